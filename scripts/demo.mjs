// `npm run demo`: runs the committed bundle (dist/index.js) as a GitHub runner would, against local stand-ins
// of Discord, Jira Cloud and Linear on 127.0.0.1, for one sample Dagster+ alert, and prints each URL.
import { startDiscord, startJira, startLinear } from '../__tests__/stand-ins/index.js'
import { runAction } from './action-runner.js'

const alert = {
  alert_summary: 'Job daily_etl failed',
  alert_content: 'Step "load_data" failed:\n  File "etl.py", line 42, in load_data\n    raise ValueError("bad row")\nValueError: bad row',
  deployment_name: 'prod',
  deployment_url: 'https://acme.dagster.cloud/prod',
  alert_policy_name: 'Critical Alerts',
  alert_policy_id: 'abc123-def456',
  notification_type: 'JOB',
  is_sample: 'false',
  job_name: 'daily_etl',
  run_id: 'abc123-def456',
  run_link: 'https://acme.dagster.cloud/prod/runs/abc123-def456',
  run_status: 'FAILURE',
  failure_message: "Step 'load_data' failed",
  start_time: 'Jan 8, 2026 10:00 AM',
  end_time: 'Jan 8, 2026 10:05 AM'
}
// What Dagster+ posts to POST /repos/{owner}/{repo}/dispatches arrives as this event.
const event = { name: 'repository_dispatch', payload: { action: 'dagster-alert', client_payload: { alert } } }

const [discord, jira, linear] = await Promise.all([startDiscord(), startJira(), startLinear()])
const runs = [
  ['Discord', { url: discord.webhookUrl(), platform: 'discord', vars: 'mention: "<@&123456789012345678>"' }],
  ['Jira v2', { url: `${jira.url}/rest/api/2/issue`, platform: 'jira', headers: `Authorization: ${jira.authorization}`, vars: 'project: ENG\npriority: High' }],
  ['Jira v3', { url: jira.issueUrl(3), platform: 'jira', headers: `Authorization: ${jira.authorization}`, vars: 'project: ENG\nlabels: [dagster, prod]' }],
  ['Linear', { url: linear.graphqlUrl, platform: 'linear', headers: `Authorization: ${linear.state.apiKey}`, vars: `team_id: ${linear.state.teams[0].id}\npriority: 1` }]
]

let failed = 0
try {
  console.log(`Delivering "${alert.alert_summary}" with the committed bundle (dist/index.js) to local stand-ins:\n`)
  for (const [name, inputs] of runs) {
    const result = await runAction({ inputs, event })
    const { status, url, id, attempts } = result.outputs
    if (result.code === 0) {
      console.log(`  ${name.padEnd(8)} ${status.padEnd(8)} ${id.padEnd(20)} ${url}   (${attempts} attempt, ${Math.round(result.elapsedMs)} ms)`)
    } else {
      failed++
      const error = result.stdout.split('\n').find(line => line.startsWith('::error::')) ?? result.stderr
      console.log(`  ${name.padEnd(8)} FAILED   ${error}`)
    }
  }
  console.log('\nThe Discord URL is built from the guild the stand-in reports, as on the real service;')
  console.log('the Jira URL is <site>/browse/<KEY>; the Linear URL is the one Linear returns.')
} finally {
  await Promise.all([discord.close(), jira.close(), linear.close()])
}
process.exitCode = failed ? 1 : 0
