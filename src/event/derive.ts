import { sha256Hex } from '../hash.js'
import type { Alert } from './normalise.js'
import { toIso8601 } from './time.js'
import { NOTIFICATION_TYPES, notificationType, type NotificationType } from './tokens.js'

interface GithubContext {
  run_url?: string
  repository?: string
  server_url?: string
}

/** Values computed from the alert and the runner that every template can use. */
export interface Derived {
  alert_status: string
  status_color: number
  start_time_iso?: string
  end_time_iso?: string
  fingerprint: string
  github: GithubContext
  is_recovery: boolean
}

// Typed as a record so adding a field to Derived without naming it here fails to compile.
const DERIVED_KEYS: Record<keyof Derived, true> = {
  alert_status: true,
  status_color: true,
  start_time_iso: true,
  end_time_iso: true,
  fingerprint: true,
  github: true,
  is_recovery: true
}

/** The names `deriveValues` can add to the template scope. */
export const DERIVED_NAMES: readonly string[] = Object.keys(DERIVED_KEYS)

// Status tokens, the one describing the whole alert first.
const STATUS_TOKENS = ['run_status', 'health_status', 'freshness_status', 'checks_status', 'materialization_status']

// Other spellings of one status; freshness has its own words for "fine".
type Aliases = Readonly<Record<string, string>>
const STATUS_ALIASES: Aliases = { OK: 'HEALTHY', FAILED: 'FAILURE', SUCCEEDED: 'SUCCESS', CANCELLED: 'CANCELED' }
const FRESHNESS_ALIASES: Aliases = { OK: 'PASS', PASSED: 'PASS', FAILED: 'FAIL', WARNING: 'WARN' }

type Tone = 'failure' | 'recovery' | 'warning'

/** What each alert status means; recovery statuses close an issue that a failure opened. */
const STATUS_TONES: Readonly<Record<string, Tone>> = {
  FAILURE: 'failure',
  FAIL: 'failure',
  ERROR: 'failure',
  SUCCESS: 'recovery',
  HEALTHY: 'recovery',
  PASS: 'recovery',
  DEGRADED: 'warning',
  WARNING: 'warning',
  WARN: 'warning',
  EXCEEDED: 'warning',
  CHANGED: 'warning'
}

// Embed colours (decimal RGB): red, green, orange; grey for any other status.
const TONE_COLORS: Readonly<Record<Tone, number>> = { failure: 15158332, recovery: 3066993, warning: 15105570 }
const OTHER_COLOR = 9807270

const ALL_SUBJECT_TOKENS = [...new Set(NOTIFICATION_TYPES.flatMap(t => t.subject))]

const FINGERPRINT_LENGTH = 16

export function deriveValues(alert: Alert, env: Record<string, string | undefined>): Derived {
  const type = notificationType(textOf(alert.notification_type) ?? '')
  const status = alertStatus(alert, type)
  const tone = STATUS_TONES[status]
  const startIso = isoTime(alert.start_time)
  const endIso = isoTime(alert.end_time)
  const derived = {
    alert_status: status,
    status_color: tone ? TONE_COLORS[tone] : OTHER_COLOR,
    ...(startIso && { start_time_iso: startIso }),
    ...(endIso && { end_time_iso: endIso }),
    fingerprint: '',
    github: githubContext(env),
    is_recovery: tone === 'recovery'
  }
  // Hashed when first read (a template or the issue tracking reads it): most sends never need it, and hashing
  // loads node:crypto, which costs start-up.
  let hash: string | undefined
  Object.defineProperty(derived, 'fingerprint', { enumerable: true, get: () => (hash ??= fingerprint(alert, type)) })
  return derived
}

/** Tokens an alert of a type needs, any one of each group, for the fingerprint and for `alert_status`. */
export interface NeededTokens {
  type: string
  /** What the alert is about; without one, every alert of the type and policy gets one fingerprint. */
  subject: string[]
  /** What says failure or recovery; empty when the type itself says (a tick failure) or has no status token. */
  status: string[]
}

/** The one table of the tokens each notification type needs, read from the catalogue and the derivation rules. */
export function neededTokens(type: NotificationType): NeededTokens {
  const status = type.alertStatus ? [] : STATUS_TOKENS.filter(token => type.tokens.includes(token))
  return { type: type.type, subject: type.subject, status }
}

/** A group of tokens the alert's type needs of which the alert has none, and what goes wrong without them. */
export interface MissingTokens {
  tokens: string[]
  consequence: string
}

/**
 * What the alert lacks for its fingerprint and status (a Dagster+ webhook body without the type's tokens): every
 * alert of the policy then shares one fingerprint (one issue, one dedupe key), or a recovery is not recognised.
 */
export function missingTokens(alert: Alert): MissingTokens[] {
  const type = notificationType(textOf(alert.notification_type) ?? '')
  if (!type) return []
  const needed = neededTokens(type)
  const lacks = (tokens: string[]) => tokens.length > 0 && !tokens.some(token => textOf(alert[token]))
  const missing: MissingTokens[] = []
  if (lacks(needed.subject)) {
    missing.push({
      tokens: needed.subject,
      consequence: `every ${type.type} alert of this policy gets the same fingerprint, so they all share one issue (one dedupe key) instead of one each`
    })
  }
  if (lacks(needed.status)) {
    missing.push({
      tokens: needed.status,
      consequence: `alert_status is ${alertStatus(alert, type)} whatever happened, so a recovery is not recognised and never closes its issue`
    })
  }
  return missing
}

function alertStatus(alert: Alert, type: NotificationType | undefined): string {
  for (const token of STATUS_TOKENS) {
    const value = textOf(alert[token])
    if (value) return canonicalStatus(token, value)
  }
  if (type?.alertStatus) return type.alertStatus
  return textOf(alert.failure_message) ? 'FAILURE' : 'ALERT'
}

function canonicalStatus(token: string, value: string): string {
  const status = value
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_')
  const aliases = token === 'freshness_status' ? FRESHNESS_ALIASES : STATUS_ALIASES
  return aliases[status] ?? status
}

/** A hash of the problem, not the occurrence: the same for its failure and its recovery, whatever the run or time. */
function fingerprint(alert: Alert, type: NotificationType | undefined): string {
  const deployment = textOf(alert.deployment_name) ?? textOf(alert.deployment_url) ?? ''
  const policy = textOf(alert.alert_policy_id) ?? textOf(alert.alert_policy_name) ?? ''
  const problem = JSON.stringify([deployment, policy, subject(alert, type)])
  return sha256Hex(problem).slice(0, FINGERPRINT_LENGTH)
}

// What the alert is about, named with its token so a job and an asset that share a name stay apart.
function subject(alert: Alert, type: NotificationType | undefined): string {
  const candidates = type ? type.subject : ALL_SUBJECT_TOKENS
  const token = candidates.find(name => textOf(alert[name]))
  if (token) return `${token}=${textOf(alert[token])}`
  return type?.type ?? textOf(alert.notification_type)?.trim().toUpperCase() ?? ''
}

function isoTime(value: string | boolean | undefined): string | undefined {
  const text = textOf(value)
  return text === undefined ? undefined : toIso8601(text)
}

function githubContext(env: Record<string, string | undefined>): GithubContext {
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const repository = env.GITHUB_REPOSITORY || undefined
  const runId = env.GITHUB_RUN_ID || undefined
  return {
    server_url: serverUrl,
    ...(repository && { repository }),
    ...(repository && runId && { run_url: `${serverUrl}/${repository}/actions/runs/${runId}` })
  }
}

function textOf(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}
