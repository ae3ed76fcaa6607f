import { InputError } from './errors.js'
import { NOTIFICATION_TYPES, notificationType } from './event/tokens.js'
import { closestName } from './pipeline/findings/closest-name.js'
import { PLATFORM_NAMES, type PlatformName, type PlatformSettings } from './platforms/types.js'
import type { Json } from './json.js'
import { parseMappingText } from './structured-text.js'

type Mode = 'send' | 'check'

/** What an alert does when its problem already has an open issue (input `repeat`). */
export type RepeatMode = 'comment' | 'skip' | 'new'
/** What a recovery alert does to the problem's open issue (input `resolve`). */
export type ResolveMode = 'close' | 'comment' | 'ignore'

/** One open issue per problem, on platforms that track issues. */
export interface TrackingConfig {
  /** Template of the key that names the problem (input `dedupe-key`). */
  dedupeKey: string
  repeat: RepeatMode
  resolve: ResolveMode
}

export const DEFAULT_DEDUPE_KEY = '<< fingerprint >>'
/**
 * Sized from the slowest documented limit: a storm of 100 alerts to one chat channel (30 messages a minute)
 * drains in about 4 minutes, so even the run that loses every race gets through, with more than 3× to spare.
 */
const DEFAULT_MAX_WAIT_SECONDS = 900

/** The action's inputs, validated. Only main.ts reads raw inputs; everything after works on this. */
export interface RelayConfig {
  platform?: PlatformName
  url?: string
  headers: Record<string, string>
  template?: string
  /**
   * The notification types this step serves (input `events`, names as the catalogue spells them); an alert of
   * another type is skipped before any template is loaded. Undefined: every type.
   */
  events?: string[]
  event: string
  vars: Record<string, Json>
  mode: Mode
  dryRun: boolean
  maxAttempts: number
  timeoutSeconds: number
  maxWaitSeconds: number
  settings: PlatformSettings
  /** The token for the state kept as git refs of the workflow repository (input `state-token`, the job's token). */
  stateToken: string
  tracking: TrackingConfig
  problemMessages: ProblemMessageConfig
}

/**
 * One message per problem on chat platforms that edit their messages. Asked for by giving `repeat: comment`,
 * `repeat: skip` (one message per problem whose repeats are not shown) or `resolve: close`: on chat both default to
 * a new message per alert (issue platforms keep comment and close); `resolve: ignore` drops recoveries on chat either way.
 */
export interface ProblemMessageConfig {
  asked: boolean
  /** `resolve: ignore` given: recoveries are not delivered (with one message per problem or without). */
  ignoreRecoveries: boolean
  /** A still-failing problem whose message is older than this gets a fresh message (input `renotify`, hours). */
  renotifyHours: number
}

/** Reads one input as the runner passes it (trimmed, '' when not set). */
export type InputReader = (name: string) => string

/** The runner's environment variables (process.env on a runner). */
export type RunnerEnv = Readonly<Record<string, string | undefined>>

export function readConfig(input: InputReader, env: RunnerEnv = {}): RelayConfig {
  return {
    platform: readPlatform(input('platform')),
    url: input('url') || undefined,
    headers: readHeaders(input('headers')),
    template: input('template') || undefined,
    events: readEvents(input('events')),
    event: input('event'),
    vars: readVars(input('vars')),
    mode: readChoice(input('mode') || 'send', 'mode', ['send', 'check']),
    dryRun: readBoolean(input('dry-run'), 'dry-run'),
    maxAttempts: readNumber(input('max-attempts'), 'max-attempts', { default: 5, min: 1, max: 20, integer: true }),
    timeoutSeconds: readNumber(input('timeout'), 'timeout', { default: 15, min: 1, max: 600 }),
    maxWaitSeconds: readNumber(input('max-wait'), 'max-wait', { default: DEFAULT_MAX_WAIT_SECONDS, min: 0, max: 3600 }),
    settings: {
      signingSecret: input('signing-secret'),
      resultUrl: input('result-url'),
      token: readHeaderSafe(input('token'), 'token'),
      email: readHeaderSafe(input('email'), 'email'),
      repository: input('repository'),
      apiUrl: env.GITHUB_API_URL ?? ''
    },
    stateToken: readHeaderSafe(input('state-token'), 'state-token'),
    tracking: {
      dedupeKey: input('dedupe-key') || DEFAULT_DEDUPE_KEY,
      repeat: readChoice(input('repeat') || 'comment', 'repeat', ['comment', 'skip', 'new']),
      resolve: readChoice(input('resolve') || 'close', 'resolve', ['close', 'comment', 'ignore'])
    },
    problemMessages: {
      asked: input('repeat') === 'comment' || input('repeat') === 'skip' || input('resolve') === 'close',
      ignoreRecoveries: input('resolve') === 'ignore',
      renotifyHours: readNumber(input('renotify'), 'renotify', { default: 24, min: 0, max: 8760 })
    }
  }
}

function readPlatform(text: string): PlatformName | undefined {
  if (!text) return undefined
  return readChoice(text.toLowerCase(), 'platform', PLATFORM_NAMES)
}

function readChoice<T extends string>(text: string, input: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(text)) return text as T
  throw new InputError(input, `"${text}" is not supported`, `Use one of: ${choices.join(', ')}`)
}

function readBoolean(text: string, input: string): boolean {
  if (!text) return false
  if (/^(true|yes|on)$/i.test(text)) return true
  if (/^(false|no|off)$/i.test(text)) return false
  throw new InputError(input, `"${text}" is not a boolean`, 'Use true or false')
}

interface NumberRule {
  default: number
  min: number
  max: number
  integer?: boolean
}

function readNumber(text: string, input: string, rule: NumberRule): number {
  if (!text) return rule.default
  const value = Number(text)
  const kind = rule.integer ? 'a whole number' : 'a number'
  if (!Number.isFinite(value) || (rule.integer && !Number.isInteger(value))) {
    throw new InputError(
      input,
      `"${text}" is not ${kind}`,
      `Use ${kind} from ${rule.min} to ${rule.max} (default ${rule.default})`
    )
  }
  if (value < rule.min || value > rule.max) {
    throw new InputError(
      input,
      `${value} is out of range`,
      `Use ${kind} from ${rule.min} to ${rule.max} (default ${rule.default})`
    )
  }
  return value
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

/**
 * A character a header value cannot hold (RFC 9110 field-value as Node sends it): anything but tab, visible ASCII,
 * space and obs-text (0x80-0xFF). Node refuses the rest only when the request is made, which would read as a
 * failed connection and be retried.
 */
const NOT_FIELD_VALUE = /[^\t\x20-\x7e\x80-\xff]/
const HEADER_VALUE_FIX =
  'Give one line of printable characters (copy the credential again, without line breaks or typographic quotes)'

/** What is wrong with a header value, for a message that never shows it (it is a credential); undefined if nothing. */
function fieldValueProblem(value: string): string | undefined {
  const bad = NOT_FIELD_VALUE.exec(value)?.[0]
  if (bad === undefined) return undefined
  if (bad === '\r' || bad === '\n') return 'a line break'
  if (bad.charCodeAt(0) > 0xff)
    return 'a character a header cannot carry (beyond Latin-1, such as an emoji or a typographic quote)'
  return 'a control character'
}

/** An input the action sends in a header (alone or encoded): refused at once if a header could not carry it. */
function readHeaderSafe(text: string, input: string): string {
  const problem = fieldValueProblem(text)
  if (problem) throw new InputError(input, `the value contains ${problem}`, HEADER_VALUE_FIX)
  return text
}

/** Header names lower-cased; values must be strings (numbers are accepted and stringified). */
function readHeaders(text: string): Record<string, string> {
  if (!text) return {}
  const hint = "Write one header a line, e.g. 'Authorization: Basic <base64 of email:token>' (from a secret)"
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(
    parseMappingText(text, { input: 'headers', place: 'the value', hint, allowEmpty: true })
  )) {
    if (!HEADER_NAME.test(name)) {
      throw new InputError(
        'headers',
        `"${name}" is not a valid header name`,
        'Use names such as Authorization or X-Api-Key'
      )
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new InputError('headers', `the value of "${name}" must be text`, `Write it as ${name}: <value>`)
    }
    const headerValue = String(value).trim()
    const problem = fieldValueProblem(headerValue)
    if (problem) throw new InputError('headers', `the value of "${name}" contains ${problem}`, HEADER_VALUE_FIX)
    headers[name.toLowerCase()] = headerValue
  }
  return headers
}

const EVENT_NAME = /^[A-Za-z_]+$/

/**
 * The `events` input: notification types as a YAML list (`[JOB, TICK]` or `- JOB` lines) or separated by commas,
 * spaces or line breaks; each one a catalogue name (ignoring case), so that a workflow condition testing the text for
 * a type's name never misses one the step serves (.github/workflows/relay.yml).
 */
function readEvents(text: string): string[] | undefined {
  if (!text) return undefined
  const known = NOTIFICATION_TYPES.map(type => type.type)
  const trimmed = text.trim()
  const list = trimmed.startsWith('[') && trimmed.endsWith(']') ? trimmed.slice(1, -1) : trimmed
  const names = list
    .split(/[\s,]+/)
    .filter(word => word !== '' && word !== '-')
    .map(word => (/^(["']).+\1$/.test(word) ? word.slice(1, -1) : word))
  const types = names.map(name => {
    const type = EVENT_NAME.test(name) ? notificationType(name) : undefined
    if (type) return type.type
    const guess = closestName(name, known)
    throw new InputError(
      'events',
      `"${name}" is not a Dagster+ notification type`,
      `${guess ? `Did you mean ${guess}? ` : ''}Use one or more of: ${known.join(', ')}`
    )
  })
  if (types.length === 0)
    throw new InputError('events', 'lists no notification type', `Use one or more of: ${known.join(', ')}`)
  return [...new Set(types)]
}

function readVars(text: string): Record<string, Json> {
  if (!text) return {}
  const hint = 'Write one variable a line, e.g. \'project: ENG\', or JSON such as \'{"team_id": "…"}\''
  const vars = parseMappingText(text, { input: 'vars', place: 'the value', hint, allowEmpty: true })
  return JSON.parse(JSON.stringify(vars)) as Record<string, Json>
}
