// `npm run storm`: a storm of alerts against each platform's stand-in, every run started at once with default
// inputs, as Dagster+ sends an outage's alerts. The stand-ins enforce the documented limits with every window
// multiplied by STORM_SCALE, so the storm drains that much faster than against the real service. Prints figures
// (delivered, failed runs, time to drain, the longest rate-limit wait of a run, retries on real errors such as
// timeouts, which can deliver twice); asserts nothing.
// STORM_N alerts per platform (default 100), STORM_SCALE (default 0.1; 1 is the real limits, minutes per platform),
// STORM_PLATFORMS to pick some (e.g. `discord,slack`; default all). With Discord picked, the figures of the same
// storm folded into one message per problem follow (scripts/storm-fold.mjs), beside those of separate messages.
import {
  startDiscord,
  startGitHub,
  startIncidentIo,
  startJira,
  startLinear,
  startOpsgenie,
  startPagerDuty,
  startSlack,
  startTeams
} from '../__tests__/stand-ins/index.js'
import { runAction } from './action-runner.js'

const N = Number(process.env.STORM_N ?? 100)
const SCALE = Number(process.env.STORM_SCALE ?? 0.1)
const PICKED = (process.env.STORM_PLATFORMS ?? '')
  .toLowerCase()
  .split(',')
  .map(name => name.trim())
  .filter(Boolean)
/** Long enough for the default max-wait (900 s) plus the sends themselves. */
const RUN_TIMEOUT_MS = 1_000_000

/** Alert `i`: a failed run of its own job, so each is a problem of its own (its own issue on issue platforms). */
function event(i) {
  const alert = {
    alert_summary: `Job storm_job_${i} failed`,
    alert_content: 'ValueError: bad row',
    deployment_name: 'prod',
    deployment_url: 'https://acme.dagster.cloud/prod',
    alert_policy_name: 'Critical Alerts',
    alert_policy_id: 'storm-policy',
    notification_type: 'JOB',
    is_sample: 'false',
    job_name: `storm_job_${i}`,
    run_id: `storm-run-${i}`,
    run_link: `https://acme.dagster.cloud/prod/runs/storm-run-${i}`,
    run_status: 'FAILURE',
    start_time: 'Jan 8, 2026 10:00 AM'
  }
  return { name: 'repository_dispatch', payload: { action: 'dagster-alert', client_payload: { alert } } }
}

const PLATFORMS = [
  {
    name: 'Discord',
    start: startDiscord,
    inputs: s => ({ platform: 'discord', url: s.webhookUrl() }),
    delivered: s => s.state.messages.length
  },
  {
    name: 'Slack',
    start: startSlack,
    inputs: s => ({ platform: 'slack', url: s.webhookUrl() }),
    delivered: s => s.state.messages.length
  },
  {
    name: 'Teams',
    start: startTeams,
    inputs: s => ({ platform: 'teams', url: s.workflowUrl() }),
    delivered: s => s.state.messages.length
  },
  {
    name: 'GitHub Issues',
    start: startGitHub,
    inputs: s => ({ platform: 'github', url: s.url }),
    delivered: s => s.state.issues.length
  },
  {
    name: 'Jira',
    start: startJira,
    inputs: s => ({ url: s.issueUrl(2), headers: `Authorization: ${s.authorization}`, vars: 'project: ENG' }),
    delivered: s => s.state.issues.length
  },
  {
    name: 'Linear',
    start: startLinear,
    inputs: s => ({
      platform: 'linear',
      url: s.graphqlUrl,
      headers: `Authorization: ${s.state.apiKey}`,
      vars: `team_id: ${s.state.teams[0].id}`
    }),
    delivered: s => s.state.issues.length
  },
  {
    name: 'PagerDuty',
    start: startPagerDuty,
    inputs: s => ({ platform: 'pagerduty', url: s.enqueueUrl(), token: s.state.routingKeys[0] }),
    delivered: s => s.state.incidents.length
  },
  {
    name: 'Opsgenie',
    start: startOpsgenie,
    inputs: s => ({ platform: 'opsgenie', url: s.alertsUrl(), token: s.state.apiKeys[0] }),
    delivered: s => s.state.alerts.length
  },
  {
    name: 'incident.io',
    start: startIncidentIo,
    inputs: s => ({ platform: 'incidentio', url: s.eventUrl(), token: s.state.sources[0].token }),
    delivered: s => s.state.alerts.length
  }
]

/** Seconds with one decimal. */
const seconds = ms => (ms / 1000).toFixed(1)

console.log(`Storm: ${N} alerts per platform, all runs started at once, default inputs (max-wait 900 s).`)
console.log(
  `Stand-in limits at scale ${SCALE} (every window × ${SCALE}; 1 = the real limits), so waits and drain times are`
)
console.log(`about ${SCALE} of the real ones, plus process start-up on this machine.`)
console.log('')
console.log(
  '| Platform | Delivered | Failed runs | Time to drain | Longest rate-limit wait of a run | Retries on errors |'
)
console.log('|---|---|---|---|---|---|')
for (const platform of PLATFORMS.filter(
  p => PICKED.length === 0 || PICKED.some(name => p.name.toLowerCase().startsWith(name))
)) {
  const standIn = await platform.start({ timeScale: SCALE })
  try {
    const inputs = platform.inputs(standIn)
    const started = Date.now()
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) => runAction({ inputs, event: event(i), timeoutMs: RUN_TIMEOUT_MS }))
    )
    const drained = Date.now() - started
    const failed = results.filter(result => result.code !== 0)
    const waits = results.map(result => Number(/\(waited ([\d.]+) s for rate limits\)/.exec(result.stdout)?.[1] ?? 0))
    // Timeouts and resets: a run whose request arrived but whose reply did not sends again (a duplicate message).
    const errorRetries = results.flatMap(result =>
      result.stdout.split('\n').filter(line => /^attempt \d+\/\d+ in /.test(line))
    )
    const row = [
      platform.name,
      `${platform.delivered(standIn)}/${N}`,
      failed.length,
      `${seconds(drained)} s`,
      `${Math.max(...waits).toFixed(1)} s`,
      errorRetries.length
    ]
    console.log(`| ${row.join(' | ')} |`)
    for (const line of errorRetries.slice(0, 2)) console.log(`    retried: ${line}`)
    for (const result of failed.slice(0, 3)) {
      const error = result.stdout.split('\n').find(line => line.startsWith('::error::')) ?? result.stderr.trim()
      console.log(`    failed: ${error}`)
    }
  } finally {
    await standIn.close()
  }
}

// One message per problem: N alerts of one group key folded into one Discord message, beside separate messages.
if (PICKED.length === 0 || PICKED.some(name => 'discord'.startsWith(name))) {
  console.log('')
  await import('./storm-fold.mjs')
}
