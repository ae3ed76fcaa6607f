import type { KeyedProblem, Platform, PlatformSettings } from '../platforms/types.js'
import type { Json } from '../json.js'
import type { Destination } from './payload.js'

/** No settings inputs in check mode: the platform's checks must not depend on them. */
export const NO_SETTINGS: PlatformSettings = {
  signingSecret: '',
  resultUrl: '',
  token: '',
  repository: '',
  email: '',
  apiUrl: ''
}

/** The problem check mode gives a platform with keyed incidents: a sample alert's, which opens one. */
const SAMPLE_PROBLEM: KeyedProblem = { key: 'dagster-test-0123456789abcdef', action: 'trigger' }

/**
 * Check mode's and the CLI's destination: no credentials, and a target like the one a send of this template would
 * use, built from a placeholder that is never contacted (its target throws InputError when the platform cannot work
 * without a real destination). `templateName`: templatePlatform's.
 */
export function sampleDestination(
  platform: Platform,
  templateName: string,
  problem: KeyedProblem = SAMPLE_PROBLEM
): Destination {
  return {
    platform,
    target: payload =>
      platform.checkHints?.sampleTarget?.(templateName, payload) ?? platform.resolveTarget(undefined, templateName),
    settings: NO_SETTINGS,
    headers: {},
    ...(platform.keyedIncidents && { problem }),
    now: () => new Date()
  }
}

/** The `vars` input over the platform's sample values of its required vars. */
export function withSampleVars(platform: Platform | undefined, vars: Record<string, Json>): Record<string, Json> {
  return { ...platform?.checkHints?.sampleVars, ...vars }
}
