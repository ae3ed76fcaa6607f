// Alerts and runs for the issue tracking tests (dedupe, follow-ups, resolution), end to end through the bundle.
import { runAction, type RunResult } from '../../scripts/action-runner.js'
import type { LoggedRequest } from '../stand-ins/index.js'

export type Alert = Record<string, string>

let jobNumber = 0

/** A failed run of a job no other test uses, so each test has a problem (fingerprint) of its own. */
export function failedRun(overrides: Alert = {}): Alert {
  jobNumber++
  return {
    alert_summary: `Job etl_${jobNumber} failed`,
    alert_content: 'ValueError: bad row',
    deployment_name: 'prod',
    alert_policy_name: 'Critical Alerts',
    alert_policy_id: 'policy-1',
    notification_type: 'JOB',
    is_sample: 'false',
    job_name: `etl_${jobNumber}`,
    run_id: `run-${jobNumber}-1`,
    run_link: `https://acme.dagster.cloud/prod/runs/run-${jobNumber}-1`,
    run_status: 'FAILURE',
    start_time: 'Jan 8, 2026 10:00 AM',
    ...overrides
  }
}

/** The same problem failing again in run `n`. */
export function again(alert: Alert, n: number, overrides: Alert = {}): Alert {
  const runId = alert.run_id.replace(/-\d+$/, `-${n}`)
  return { ...alert, run_id: runId, run_link: alert.run_link.replace(alert.run_id, runId), ...overrides }
}

/** The problem's recovery: the job's next run succeeded. */
export function recovered(alert: Alert, n: number): Alert {
  return again(alert, n, { alert_summary: alert.alert_summary.replace('failed', 'succeeded'), run_status: 'SUCCESS' })
}

export function sampleOf(alert: Alert): Alert {
  return { ...alert, is_sample: 'true' }
}

/** Runs the bundle for one alert passed as the `event` input. */
export function deliverAlert(inputs: Record<string, string>, alert: Alert, timeoutMs?: number): Promise<RunResult> {
  return runAction({ inputs: { ...inputs, event: JSON.stringify(alert) }, timeoutMs })
}

/** `METHOD path` of each request, for comparing request sequences. */
export function calls(requests: LoggedRequest[]): string[] {
  return requests.map(request => `${request.method} ${request.path}`)
}

/** The `::notice::` lines of a run. */
export function notices(result: RunResult): string[] {
  return result.stdout
    .split('\n')
    .filter(line => line.startsWith('::notice::'))
    .map(line => line.slice('::notice::'.length))
}
