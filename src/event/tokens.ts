/**
 * The Dagster+ alert token catalogue: the one table behind sample alerts, known variable names, docs and the
 * dispatch-body generator. Tokens and notification types follow Dagster+'s webhook guide.
 */

/** What a token's value looks like; `text` and `trace` values are the ones a hostile alert makes hostile. */
export type TokenKind = 'text' | 'trace' | 'url' | 'id' | 'status' | 'time' | 'number' | 'email' | 'flag'

export interface TokenSpec {
  name: string
  description: string
  example: string
  kind: TokenKind
}

export interface NotificationType {
  type: string
  title: string
  /** Tokens beyond the global ones. */
  tokens: string[]
  /** Tokens naming what the alert is about (first present wins); the fingerprint's subject. */
  subject: string[]
  /** The alert status an alert of this type means when no status token says (e.g. a code location load failure). */
  alertStatus?: string
  /** Example values for this type where a token's general example does not fit. */
  examples: Readonly<Record<string, string>>
}

const DEPLOYMENT_URL = 'https://acme.dagster.cloud/prod'
const RUN_ID = '4f1c2a9e-7b3d-4c8e-a5f6-2d9b0e1c3a7f'
const RUN_LINK = `${DEPLOYMENT_URL}/runs/${RUN_ID}`

const LOCATION_LINK = `${DEPLOYMENT_URL}/locations/analytics_pipelines`
const ASSET_LINK = `${DEPLOYMENT_URL}/assets/analytics/daily_orders`

function lines(...texts: string[]): string {
  return texts.join('\n')
}

const STEP_FAILURE = lines(
  'dagster._core.errors.DagsterExecutionStepExecutionError: Error occurred while executing op "load_data":',
  '',
  'psycopg2.errors.UndefinedTable: relation "raw.orders" does not exist',
  "LINE 1: SELECT * FROM raw.orders WHERE order_date = '2026-01-08'"
)
const IMPORT_FAILURE =
  "dagster._core.errors.DagsterImportError: Encountered ImportError: `No module named 'pandas'` while importing module analytics_pipelines"

function spec(name: string, kind: TokenKind, description: string, example: string): TokenSpec {
  return { name, kind, description, example }
}

export const GLOBAL_TOKENS: readonly TokenSpec[] = [
  spec('alert_summary', 'text', 'One-line summary of the alert.', 'Job daily_etl failed'),
  spec(
    'alert_content',
    'trace',
    'Full alert details: errors and links.',
    lines(`Run ${RUN_ID} of job daily_etl failed.`, '', STEP_FAILURE, '', `View run: ${RUN_LINK}`)
  ),
  spec('deployment_name', 'text', 'Name of the Dagster+ deployment.', 'prod'),
  spec('deployment_url', 'url', 'URL of the Dagster+ deployment.', DEPLOYMENT_URL),
  spec('alert_policy_name', 'text', 'Name of the alert policy that triggered.', 'Critical Alerts'),
  spec('alert_policy_id', 'id', 'Unique ID of the alert policy.', '3f5e8c1a-6b2d-4e7f-9a10-5c8d2b7e4f61'),
  spec('notification_type', 'id', 'Type of notification event, e.g. JOB or TICK.', 'JOB'),
  spec('is_sample', 'flag', '`true` when Dagster+ sent a test notification.', 'false'),
  spec('alert_id', 'id', 'Unique ID of this alert.', 'b7d2e9f0-1c3a-4d5b-8e6f-0a9b8c7d6e5f'),
  spec(
    'alert_policy_description',
    'text',
    'Description of the alert policy.',
    'Page the data on-call when a production job fails'
  )
]

const TYPE_TOKENS: readonly TokenSpec[] = [
  spec('job_name', 'text', 'Name of the job.', 'daily_etl'),
  spec('run_id', 'id', 'Unique ID of the run.', RUN_ID),
  spec('run_link', 'url', 'URL of the run in Dagster+.', RUN_LINK),
  spec('run_status', 'status', 'Run status, e.g. SUCCESS or FAILURE.', 'FAILURE'),
  spec('failure_message', 'trace', 'Error of a failed run, materialization or code location load.', STEP_FAILURE),
  spec('user_name', 'text', 'Name of the user who launched the run.', 'Jane Doe'),
  spec('user_email', 'email', 'Email of the user who launched the run.', 'jane.doe@example.com'),
  spec('partition_name', 'text', 'Partition of the run, if any.', '2026-01-08'),
  spec('schedule_name', 'text', 'Schedule that launched the run.', 'daily_schedule'),
  spec('sensor_name', 'text', 'Sensor that launched the run.', 'new_files_sensor'),
  spec('elapsed_time', 'text', 'Human-readable duration of the run.', '5 minutes'),
  spec('start_time', 'time', 'Start time of the run (UTC).', 'Jan 8, 2026 10:00 AM'),
  spec('end_time', 'time', 'End time of the run (UTC).', 'Jan 8, 2026 10:05 AM'),
  spec('asset_key', 'text', 'Full asset key.', 'analytics/daily_orders'),
  spec('asset_name', 'text', 'Name of the asset.', 'daily_orders'),
  spec('health_status', 'status', 'Overall asset health, e.g. HEALTHY (OK), WARNING or DEGRADED.', 'DEGRADED'),
  spec('materialization_status', 'status', "Health of the asset's materializations.", 'DEGRADED'),
  spec('checks_status', 'status', "Health of the asset's checks.", 'WARNING'),
  spec('freshness_status', 'status', 'Freshness state: PASS, WARN, FAIL or UNKNOWN.', 'FAIL'),
  spec('location_name', 'text', 'Name of the code location.', 'analytics_pipelines'),
  spec('location_link', 'url', 'URL of the code location in Dagster+.', LOCATION_LINK),
  spec('instigator_name', 'text', 'Name of the schedule or sensor.', 'daily_schedule'),
  spec('instigator_type', 'id', 'Type of instigator: schedule or sensor.', 'schedule'),
  spec('agent_url', 'url', 'URL of the agents page in Dagster+.', `${DEPLOYMENT_URL}/agents`),
  spec('metric_name', 'text', 'Internal name of the Insights metric.', 'dagster_credits'),
  spec('threshold', 'number', 'Configured threshold value.', '1000'),
  spec('computed_value', 'number', 'Actual computed value.', '1250'),
  spec('insights_url', 'url', 'URL of the Insights page.', `${DEPLOYMENT_URL}/insights`)
]

export const TOKENS: ReadonlyMap<string, TokenSpec> = new Map([...GLOBAL_TOKENS, ...TYPE_TOKENS].map(t => [t.name, t]))

const RUN_TOKENS = ['run_id', 'run_link', 'failure_message', 'user_name', 'user_email']
const ASSET_TOKENS = ['asset_key', 'asset_name']
const ASSET_SUBJECT = ['asset_key', 'asset_name']

export const NOTIFICATION_TYPES: readonly NotificationType[] = [
  {
    type: 'JOB',
    title: 'Job run (success, failure, long-running)',
    tokens: [
      'job_name',
      'run_id',
      'run_link',
      'run_status',
      'failure_message',
      'user_name',
      'user_email',
      'partition_name',
      'schedule_name',
      'sensor_name',
      'elapsed_time',
      'start_time',
      'end_time'
    ],
    subject: ['job_name'],
    examples: {}
  },
  {
    type: 'ASSET_MATERIALIZATION',
    title: 'Asset materialization (success, failure, check failure)',
    tokens: [...ASSET_TOKENS, ...RUN_TOKENS],
    subject: ASSET_SUBJECT,
    examples: {
      alert_summary: 'Asset analytics/daily_orders failed to materialize',
      alert_content: lines(
        `Materialization of analytics/daily_orders failed in run ${RUN_ID}.`,
        '',
        STEP_FAILURE,
        '',
        `View run: ${RUN_LINK}`
      )
    }
  },
  {
    type: 'ASSET_HEALTH',
    title: 'Asset health',
    tokens: [...ASSET_TOKENS, 'health_status', 'materialization_status', 'checks_status', 'freshness_status'],
    subject: ASSET_SUBJECT,
    examples: {
      alert_summary: 'Asset analytics/daily_orders is DEGRADED',
      alert_content: lines(
        'Asset analytics/daily_orders is DEGRADED.',
        'Materialization: DEGRADED',
        'Checks: WARNING',
        'Freshness: FAIL',
        '',
        `View asset: ${ASSET_LINK}`
      )
    }
  },
  {
    type: 'ASSET_FRESHNESS',
    title: 'Asset freshness',
    tokens: [...ASSET_TOKENS, 'freshness_status'],
    subject: ASSET_SUBJECT,
    examples: {
      alert_summary: 'Asset analytics/daily_orders is overdue',
      alert_content: lines(
        'Asset analytics/daily_orders failed its freshness policy: last materialized 26 hours ago,',
        'expected every 24 hours.',
        '',
        `View asset: ${ASSET_LINK}`
      )
    }
  },
  {
    type: 'TABLE_SCHEMA',
    title: 'Table schema change',
    tokens: [...ASSET_TOKENS],
    subject: ASSET_SUBJECT,
    alertStatus: 'CHANGED',
    examples: {
      alert_summary: 'Schema of analytics/daily_orders changed',
      alert_content: lines(
        'Columns of analytics/daily_orders changed:',
        '- removed: discount_code (VARCHAR)',
        '+ added: discount_id (BIGINT)'
      )
    }
  },
  {
    type: 'CODE_LOCATION',
    title: 'Code location load failure',
    tokens: ['location_name', 'location_link', 'failure_message'],
    subject: ['location_name'],
    alertStatus: 'FAILURE',
    examples: {
      alert_summary: 'Code location analytics_pipelines failed to load',
      alert_content: lines(
        'Code location analytics_pipelines failed to load.',
        '',
        IMPORT_FAILURE,
        '',
        `View: ${LOCATION_LINK}`
      ),
      failure_message: IMPORT_FAILURE
    }
  },
  {
    type: 'TICK',
    title: 'Schedule or sensor tick failure',
    tokens: ['instigator_name', 'instigator_type'],
    subject: ['instigator_name'],
    alertStatus: 'FAILURE',
    examples: {
      alert_summary: 'Schedule daily_schedule failed to tick',
      alert_content: lines(
        'Tick of schedule daily_schedule failed.',
        '',
        'dagster._core.errors.ScheduleExecutionError: Error occurred during the execution of should_execute for schedule daily_schedule'
      )
    }
  },
  {
    type: 'AGENT',
    title: 'Agent downtime',
    tokens: ['agent_url'],
    subject: [],
    alertStatus: 'FAILURE',
    examples: {
      alert_summary: 'Dagster+ agent is unavailable',
      alert_content: `No agent has sent a heartbeat to deployment prod for 5 minutes.\n\nView agents: ${DEPLOYMENT_URL}/agents`
    }
  },
  {
    type: 'INSIGHTS',
    title: 'Insights metric threshold exceeded',
    tokens: ['metric_name', 'threshold', 'computed_value', 'insights_url'],
    subject: ['metric_name'],
    alertStatus: 'EXCEEDED',
    examples: {
      alert_summary: 'dagster_credits exceeded 1000',
      alert_content: `Insights metric dagster_credits is 1250, above the threshold of 1000.\n\nView: ${DEPLOYMENT_URL}/insights`
    }
  }
]

/** The notification type named `type`, ignoring case. */
export function notificationType(type: string): NotificationType | undefined {
  const wanted = type.trim().toUpperCase()
  return NOTIFICATION_TYPES.find(t => t.type === wanted)
}

function requireType(type: string): NotificationType {
  const found = notificationType(type)
  if (!found) {
    const known = NOTIFICATION_TYPES.map(t => t.type).join(', ')
    throw new Error(`Unknown notification type '${type}'; known types: ${known}`)
  }
  return found
}

/** A realistic alert of `type` (a failure-like one) with every global and type token set. */
export function sampleAlert(type: string): Record<string, string> {
  const notification = requireType(type)
  const names = [...GLOBAL_TOKENS.map(t => t.name), ...notification.tokens]
  const alert = Object.fromEntries(names.map(name => [name, notification.examples[name] ?? tokenSpec(name).example]))
  return { ...alert, notification_type: notification.type, is_sample: 'false' }
}

function tokenSpec(name: string): TokenSpec {
  const found = TOKENS.get(name)
  if (!found) throw new Error(`Token '${name}' is missing from the catalogue`)
  return found
}

/**
 * What changes when the problem of an alert of these types is over (a run succeeded, an asset healthy or fresh
 * again); '' removes a token the recovery does not carry. Other types have no recovery alert.
 */
const RECOVERY_EXAMPLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  JOB: {
    alert_summary: 'Job daily_etl succeeded',
    alert_content: lines(`Run ${RUN_ID} of job daily_etl succeeded.`, '', `View run: ${RUN_LINK}`),
    run_status: 'SUCCESS',
    failure_message: ''
  },
  ASSET_HEALTH: {
    alert_summary: 'Asset analytics/daily_orders is HEALTHY',
    alert_content: lines(
      'Asset analytics/daily_orders is HEALTHY.',
      'Materialization: HEALTHY',
      'Checks: HEALTHY',
      'Freshness: PASS',
      '',
      `View asset: ${ASSET_LINK}`
    ),
    health_status: 'HEALTHY',
    materialization_status: 'HEALTHY',
    checks_status: 'HEALTHY',
    freshness_status: 'PASS'
  },
  ASSET_FRESHNESS: {
    alert_summary: 'Asset analytics/daily_orders is fresh again',
    alert_content: lines(
      'Asset analytics/daily_orders passes its freshness policy again.',
      '',
      `View asset: ${ASSET_LINK}`
    ),
    freshness_status: 'PASS'
  }
}

/** The notification types that have a recovery alert. */
export const RECOVERY_TYPES: readonly string[] = Object.keys(RECOVERY_EXAMPLES)

/** The recovery that ends `sampleAlert(type)`'s problem (same subject, so the same fingerprint); undefined when the type has none. */
export function sampleRecovery(type: string): Record<string, string> | undefined {
  const notification = requireType(type)
  const recovery = RECOVERY_EXAMPLES[notification.type]
  if (!recovery) return undefined
  const alert = { ...sampleAlert(notification.type), ...recovery }
  return Object.fromEntries(Object.entries(alert).filter(([, value]) => value !== ''))
}

// Text a template must print literally and a platform must not act on: template and workflow syntax, replacement
// patterns, mentions, quotes, backslashes, control characters and astral-plane / ZWJ emoji.
const HOSTILE_TEXT = [
  '"double" \'single\' `tick` back\\slash \\n \\u0000 tab\there 🚨🔥👩‍💻',
  "<< alert_summary >> <%- raw %> {{ run_id }} ${{ secrets.GITHUB_TOKEN }} $& $1 $' </script>",
  '@everyone @here <@123> <@&456> ping',
  '::error file=x::injected workflow command'
].join('\n')

const TEN_KB = 10 * 1024

/** A Python traceback of at least 10 KB, with hostile text, a code fence and a workflow command among its lines. */
function hostileTrace(example: string): string {
  let trace = lines(example, '```', HOSTILE_TEXT, 'Traceback (most recent call last):')
  for (let frame = 1; trace.length < TEN_KB; frame++) {
    trace += `\n  File "/opt/dagster/app/analytics_pipelines/assets/orders_${frame}.py", line ${frame * 7}, in load_data`
    trace += `\n    raise ValueError(f"bad row {row!r} in C:\\\\data\\\\orders_${frame}.csv: \\"quoted\\" ✗")`
  }
  return lines(trace, 'ValueError: bad row \'{"id": 1}\'', '```', '::error::stack trace ends here')
}

/** The sample alert of `type` with hostile text in its free-text tokens; URLs, ids, statuses and times stay valid. */
export function hostileAlert(type: string): Record<string, string> {
  const sample = sampleAlert(type)
  const hostile = Object.entries(sample).map(([name, value]) => {
    const kind = tokenSpec(name).kind
    if (kind === 'trace') return [name, hostileTrace(value)]
    if (kind === 'text') return [name, `${value} ${HOSTILE_TEXT}`]
    return [name, value]
  })
  return Object.fromEntries(hostile)
}
