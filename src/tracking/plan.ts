import { sha256Hex } from '../hash.js'
import { InputError, TemplateError } from '../errors.js'
import type { Derived } from '../event/derive.js'
import type { Alert } from '../event/normalise.js'
import type { RepeatMode, ResolveMode, TrackingConfig } from '../inputs.js'
import type { FollowUpNote, IssueMarker, NoteLine } from './contract.js'
import type { Json } from '../json.js'
import type { KeyedProblem } from '../platforms/types.js'
import { compileTemplate, loadTemplateModules, type CompiledTemplate, type VariableRef } from '../template/compile.js'
import type { TemplateSource } from '../template/load.js'
import type { TemplateDocument } from '../template/document.js'
import { truncate } from '../truncate.js'

/**
 * What the alert asks of the problem's issue: `open` (failures, warnings: create one or follow up on it),
 * `resolve` (recoveries), `sample` (a test notification: always its own, marked test issue).
 */
export type TrackingIntent = 'open' | 'resolve' | 'sample'

export interface TrackingPlan {
  intent: TrackingIntent
  /** The rendered dedupe-key: the problem, or the group, the alert belongs to. */
  key: string
  marker: IssueMarker
  repeat: RepeatMode
  resolve: ResolveMode
  /** The comment a repeat or a recovery adds to the open issue. */
  note: FollowUpNote
}

const LABEL_PREFIX = 'dagster-fp-'
const SAMPLE_LABEL_PREFIX = 'dagster-test-'
const HASH_LENGTH = 16
/** A key that already is a hash (the default, `fingerprint`) is used as it is, so the label shows the fingerprint. */
const HASH_KEY = /^[0-9a-f]{8,64}$/
const NOTE_SUMMARY_MAX = 500
const DEDUPE_KEY_FIX =
  'Use values every alert of the problem has, e.g. "<< alert_policy_name >>/<< job_name >>", or leave it unset (<< fingerprint >>)'

export interface PlanInput {
  config: TrackingConfig
  alert: Alert
  derived: Derived
  /** The template scope, for rendering `dedupe-key`. */
  scope: Record<string, unknown>
  now: Date
}

export function planTracking({ config, alert, derived, scope, now }: PlanInput): TrackingPlan {
  const sample = alert.is_sample === true
  const intent: TrackingIntent = sample ? 'sample' : derived.is_recovery ? 'resolve' : 'open'
  const key = renderDedupeKey(config.dedupeKey, scope)
  const keyHash = hashOf(key)
  const label = `${sample ? SAMPLE_LABEL_PREFIX : LABEL_PREFIX}${keyHash}`
  const marker: IssueMarker = { label, createId: occurrenceId(label, alert, derived), sample }
  return {
    intent,
    key,
    marker,
    repeat: config.repeat,
    resolve: config.resolve,
    note: followUpNote(intent, alert, derived, now)
  }
}

/** The `dedupe-key` template rendered for this alert; a key that renders empty would merge unrelated problems. */
export function renderDedupeKey(template: string, scope: Record<string, unknown>): string {
  let value: Json
  try {
    value = compileDedupeKey(template).render(scope).value
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error
    // Reported as an input error, like every other bad input: "Input 'dedupe-key': …"
    throw new InputError(
      'dedupe-key',
      `"${template}" is not a valid template: ${error.message.replace(/^dedupe-key:(\d+:)*\s*/, '')}`,
      DEDUPE_KEY_FIX
    )
  }
  const key = value === null ? '' : typeof value === 'string' ? value.trim() : JSON.stringify(value)
  if (key === '') throw new InputError('dedupe-key', `"${template}" renders empty for this alert`, DEDUPE_KEY_FIX)
  return key
}

/** What the `dedupe-key` template reads (none when it does not compile: rendering it reports that). */
export function dedupeKeyVariables(template: string): VariableRef[] {
  try {
    return compileDedupeKey(template).variables
  } catch (error) {
    if (error instanceof TemplateError) return []
    throw error
  }
}

/** For the edge before planTracking: loads what rendering the `dedupe-key` needs (Liquid, unless it is plain text). */
export async function loadDedupeKeyModules(template: string): Promise<void> {
  await loadTemplateModules(dedupeKeySource(template))
}

function compileDedupeKey(template: string): CompiledTemplate {
  return compileTemplate(dedupeKeySource(template))
}

/** The key as one double-quoted YAML scalar, given already parsed: no YAML parser is needed for it. */
function dedupeKeySource(template: string): TemplateSource {
  const document: TemplateDocument = {
    frontMatter: {},
    body: { kind: 'scalar', at: { line: 1, column: 1 }, value: template, text: { quoted: true } }
  }
  return { name: 'dedupe-key', file: 'dedupe-key', text: JSON.stringify(template), builtin: false, document }
}

function hashOf(key: string): string {
  return HASH_KEY.test(key) ? key : sha256Hex(key).slice(0, HASH_LENGTH)
}

/**
 * A UUID (in v4 layout, as client-chosen issue ids must be) from the marker, the alert's tokens and the GitHub run: a retried
 * create (or a re-run of the same workflow run) sends the same id, a new alert a new one.
 */
function occurrenceId(label: string, alert: Alert, derived: Derived): string {
  const tokens = Object.keys(alert)
    .sort()
    .map(name => [name, alert[name]])
  const hex = sha256Hex(JSON.stringify([label, tokens, derived.github.run_url ?? '']))
    .slice(0, 32)
    .split('')
  hex[12] = '4'
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)
  const text = hex.join('')
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`
}

function followUpNote(intent: TrackingIntent, alert: Alert, derived: Derived, now: Date): FollowUpNote {
  const summary = truncate(
    textOf(alert.alert_summary) ?? textOf(alert.alert_policy_name) ?? 'Dagster+ alert',
    NOTE_SUMMARY_MAX
  )
  const heading = intent === 'resolve' ? `Recovered: ${summary}` : `Dagster+ alert fired again: ${summary}`
  const runLink = textOf(alert.run_link)
  const lines: NoteLine[] = [
    { label: 'Status', text: derived.alert_status },
    ...(runLink ? [{ label: 'Dagster+ run', text: textOf(alert.run_id) ?? runLink, href: runLink }] : []),
    { label: 'Time', text: derived.start_time_iso ?? now.toISOString().replace(/\.\d{3}Z$/, 'Z') },
    ...(derived.github.run_url
      ? [{ label: 'GitHub run', text: derived.github.run_url, href: derived.github.run_url }]
      : [])
  ]
  return { heading, lines }
}

function textOf(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

/**
 * Whether the alert is a member of a group key whose issue or incident must wait for every member: the key names
 * more than this alert's own problem (its fingerprint), and the alert opens (a failure, a warning) or would close or
 * resolve (`resolve: close`). A sample never touches a real problem.
 */
export function isGroupMember(plan: TrackingPlan, fingerprint: string): boolean {
  if (plan.key === fingerprint) return false
  return plan.intent === 'open' || (plan.intent === 'resolve' && plan.resolve === 'close')
}

/** What a dry run of a tracked issue cannot know, since it sends nothing, not even the search. */
export function dryRunNotice(plan: TrackingPlan): string {
  const what =
    plan.intent === 'sample'
      ? 'a sample alert always creates its own [test] issue'
      : `whether this alert would create an issue, comment on the open one or close it is unknown without searching for open issues labelled ${plan.marker.label}`
  return `dry run: nothing was sent; ${what}`
}

/**
 * What a service that keeps one incident per key is told for this alert, or why nothing is sent. The key is the
 * marker label, so a sample (dagster-test-…) never touches a real incident; `repeat: new` makes it unique per
 * occurrence. A repeat with the same key folds into the open incident (the service dedupes), whether repeat is
 * comment or skip.
 */
export function keyedIncidentPlan(
  plan: TrackingPlan,
  service: string
): { problem: KeyedProblem } | { skipped: string } {
  const { intent, marker, repeat, resolve } = plan
  if (intent !== 'resolve') {
    const key = intent === 'open' && repeat === 'new' ? `${marker.label}-${marker.createId}` : marker.label
    return { problem: { key, action: 'trigger' } }
  }
  if (resolve === 'ignore')
    return { skipped: `recovery alert not delivered: the resolve input is ignore, so ${marker.label} stays open` }
  if (resolve === 'comment')
    return {
      skipped: `recovery alert not delivered: resolve is comment, and ${service} takes no comments on an incident through this API, so ${marker.label} stays open; use resolve: close to resolve it`
    }
  if (repeat === 'new')
    return {
      skipped: `recovery alert not delivered: repeat is new, so each failure opened an incident of its own that a recovery cannot name; resolve them in ${service}`
    }
  return { problem: { key: marker.label, action: 'resolve' } }
}
