/** Dagster+'s notification types: the tokens each one carries beyond the global ones, and its example values. */
import {
  ASSET_LINK,
  DEPLOYMENT_URL,
  IMPORT_FAILURE,
  lines,
  LOCATION_LINK,
  RUN_ID,
  RUN_LINK,
  STEP_FAILURE
} from './example-values.js'

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

/** The notification type named `type`; an unknown name is an error. */
export function requireType(type: string): NotificationType {
  const found = notificationType(type)
  if (!found) {
    const known = NOTIFICATION_TYPES.map(t => t.type).join(', ')
    throw new Error(`Unknown notification type '${type}'; known types: ${known}`)
  }
  return found
}
