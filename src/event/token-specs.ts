/** Every Dagster+ alert token: its name, what it means, an example value and what kind of value it is. */
import { DEPLOYMENT_URL, lines, LOCATION_LINK, RUN_ID, RUN_LINK, STEP_FAILURE } from './example-values.js'

/** What a token's value looks like; `text` and `trace` values are the ones a hostile alert makes hostile. */
type TokenKind = 'text' | 'trace' | 'url' | 'id' | 'status' | 'time' | 'number' | 'email' | 'flag'

export interface TokenSpec {
  name: string
  description: string
  example: string
  kind: TokenKind
}

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

/** The catalogue entry of token `name`; a name missing from it is a bug. */
export function tokenSpec(name: string): TokenSpec {
  const found = TOKENS.get(name)
  if (!found) throw new Error(`Token '${name}' is missing from the catalogue`)
  return found
}
