import type { Alert } from '../event/normalise.js'

/**
 * What a problem's message, a tracker's note or a notice calls a member (one alert fingerprint): its asset, else its
 * job, else its alert policy, else the fingerprint.
 */
export function memberLabel(alert: Alert, fingerprint: string): string {
  return (
    alertText(alert, 'asset_key') ??
    alertText(alert, 'job_name') ??
    alertText(alert, 'alert_policy_name') ??
    fingerprint
  )
}

/** A token's text when the alert has it, not blank. */
export function alertText(alert: Alert, name: string): string | undefined {
  const value = alert[name]
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}
