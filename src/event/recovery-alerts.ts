/** The alerts that end a sample alert's problem, for the notification types that have one. */
import { ASSET_LINK, lines, RUN_ID, RUN_LINK } from './example-values.js'
import { requireType } from './notification-types.js'
import { sampleAlert } from './sample-alerts.js'

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
