/** What a problem's message calls an alert's member, and the alert text it shows as the latest. */
import type { Alert } from '../event/normalise.js'

function token(alert: Alert, name: string): string | undefined {
  const value = alert[name]
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

/** The member's name in the message: its asset, else its job, else its policy, else its fingerprint. */
export function memberLabel(alert: Alert, fingerprint: string): string {
  return token(alert, 'asset_key') ?? token(alert, 'job_name') ?? token(alert, 'alert_policy_name') ?? fingerprint
}

/** The alert's text as the message's latest. */
export function latestText(alert: Alert): string {
  return token(alert, 'alert_summary') ?? token(alert, 'alert_policy_name') ?? 'Dagster+ alert'
}
