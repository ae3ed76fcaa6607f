// `npm run demo`: runs the committed bundle (dist/index.js) as a GitHub runner would, against local stand-ins
// of every destination on 127.0.0.1, for one sample Dagster+ alert, and prints each URL.
import {
  newSigningSecret,
  startDiscord,
  startGitHub,
  startIncidentIo,
  startJira,
  startLinear,
  startOpsgenie,
  startPagerDuty,
  startSlack,
  startTeams,
  startWebhook
} from '../__tests__/stand-ins/index.js'
import { runAction } from './action-runner.js'

const alert = {
  alert_summary: 'Job daily_etl failed',
  alert_content:
    'Step "load_data" failed:\n  File "etl.py", line 42, in load_data\n    raise ValueError("bad row")\nValueError: bad row',
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

const secret = newSigningSecret()
const standIns = await Promise.all([
  startDiscord(),
  startJira(),
  startLinear(),
  startSlack(),
  startTeams(),
  startGitHub(),
  startWebhook({ secret }),
  startPagerDuty(),
  startOpsgenie(),
  startIncidentIo()
])
const [discord, jira, linear, slack, teams, github, webhook, pagerduty, opsgenie, incidentio] = standIns
const slackChannel = slack.state.channels[0].id
const runs = [
  ['Discord', { url: discord.webhookUrl(), platform: 'discord', vars: 'mention: "<@&123456789012345678>"' }],
  // One message per problem (repeat: comment): the second alert edits the first one's message, the problem's state
  // kept in git refs of the workflow's repository (the GitHub stand-in).
  ['Discord', { url: discord.webhookUrl(), platform: 'discord', repeat: 'comment', resolve: 'close' }, 'state'],
  ['Discord', { url: discord.webhookUrl(), platform: 'discord', repeat: 'comment', resolve: 'close' }, 'state'],
  [
    'Jira',
    {
      url: `${jira.url}/rest/api/2/issue`,
      platform: 'jira',
      headers: `Authorization: ${jira.authorization}`,
      vars: 'project: ENG\npriority: High'
    }
  ],
  // The same alert again: Jira keeps one open issue per problem, so this one comments on it.
  [
    'Jira',
    {
      url: jira.issueUrl(3),
      platform: 'jira',
      headers: `Authorization: ${jira.authorization}`,
      vars: 'project: ENG\nlabels: [dagster, prod]'
    }
  ],
  [
    'Linear',
    {
      url: linear.graphqlUrl,
      platform: 'linear',
      headers: `Authorization: ${linear.state.apiKey}`,
      vars: `team_id: ${linear.state.teams[0].id}\npriority: 1`
    }
  ],
  [
    'Slack',
    {
      url: slack.apiUrl(),
      platform: 'slack',
      headers: `Authorization: Bearer ${slack.state.botToken}`,
      vars: `channel: ${slackChannel}`
    }
  ],
  ['Teams', { url: teams.workflowUrl(), platform: 'teams' }],
  [
    'GitHub',
    {
      url: github.url,
      platform: 'github',
      token: github.state.token,
      repository: github.state.repositories[0].fullName
    }
  ],
  [
    'Webhook',
    { url: webhook.receiverUrl(), platform: 'webhook', 'signing-secret': secret, 'result-url': 'data.html_url' }
  ],
  // On-call services keep one incident per problem themselves: the key is the problem's, the id output.
  ['PagerDuty', { url: pagerduty.enqueueUrl(), platform: 'pagerduty', token: pagerduty.state.routingKeys[0] }],
  ['Opsgenie', { url: opsgenie.alertsUrl(), platform: 'opsgenie', token: opsgenie.state.apiKeys[0] }],
  ['incident.io', { url: incidentio.eventUrl(), platform: 'incidentio', token: incidentio.state.sources[0].token }]
]

let failed = 0
try {
  console.log(`Delivering "${alert.alert_summary}" with the committed bundle (dist/index.js) to local stand-ins:\n`)
  const stateHost = { GITHUB_API_URL: github.url, GITHUB_TOKEN: github.state.token }
  for (const [name, inputs, state] of runs) {
    const result = await runAction({ inputs, event, ...(state && { env: stateHost }) })
    const { status, url, id, attempts } = result.outputs
    if (result.code === 0) {
      console.log(
        `  ${name.padEnd(11)} ${status.padEnd(9)} ${(id || '—').padEnd(20)} ${url || '(the service returns no link)'}   (${attempts} attempt, ${Math.round(result.elapsedMs)} ms)`
      )
    } else {
      failed++
      const error = result.stdout.split('\n').find(line => line.startsWith('::error::')) ?? result.stderr
      console.log(`  ${name.padEnd(11)} FAILED   ${error}`)
    }
  }
  console.log('\nThe Discord URL is built from the guild the stand-in reports, as on the real service; the Jira URL is')
  console.log(
    '<site>/browse/<KEY>; Slack, Linear and GitHub URLs are the ones they return; Teams, PagerDuty, Opsgenie and ' +
      'incident.io answer 202 with no link.'
  )
  console.log('Jira and Linear first look for an open issue of the same problem (one issue per problem).')
  console.log(
    'The second and third Discord runs keep one message per problem: the first posts it, the second edits it (commented).'
  )
} finally {
  await Promise.all(standIns.map(standIn => standIn.close()))
}
process.exitCode = failed ? 1 : 0
