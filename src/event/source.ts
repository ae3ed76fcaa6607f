import { checkDataShape } from '../data-limits.js'
import { InputError } from '../errors.js'
import { isMapping, loadYamlParserFor, parseMappingText } from '../structured-text.js'
import { isMissingValue } from './normalise.js'
import { TOKENS } from './tokens.js'

/** Where alert data can come from: `eventInput` is '' when not given, `eventPayload` the parsed GITHUB_EVENT_PATH. */
export interface EventSources {
  eventInput: string
  eventName: string
  eventPayload: unknown
}

/** Raw alert tokens and a phrase naming where they came from, for messages. */
export interface AlertData {
  data: Record<string, unknown>
  origin: string
}

type Mapping = Record<string, unknown>
/** Reads mapping text found in the sources; `where` names it in messages. */
type ParseMapping = (text: string, where: string) => Mapping

const EVENT_INPUT = "the 'event' input"
const MAPPING_HINT =
  'Write the tokens as a mapping: {"alert_summary": "…", "run_status": "FAILURE"} or "alert_summary: …" lines'
const HOW_TO_PROVIDE =
  "Provide alert data in one of three ways: the 'event' input (the tokens as JSON or YAML), " +
  'a repository_dispatch event with the tokens in client_payload.alert (the Dagster+ webhook body), ' +
  "or a workflow_dispatch event with the tokens as inputs (or an 'alert' input holding them as JSON)"

/** The alert tokens from the first source that has any: the `event` input, then the dispatch event. */
export function readAlertData(sources: EventSources): AlertData {
  const found = findAlertData(sources, parseMapping)
  if (!found) throw new InputError('event', `no alert data found: ${describeAbsence(sources)}`, HOW_TO_PROVIDE)
  if (!hasTokenValue(found.data)) {
    const problem = `no alert data found: ${found.origin} has no Dagster+ token with a value`
    throw new InputError(
      'event',
      `${problem} (empty values and unreplaced {{token}} placeholders count as missing)`,
      HOW_TO_PROVIDE
    )
  }
  return found
}

/**
 * For the edge before readAlertData: loads the YAML parser when a text it will read (the event input, an `alert`
 * given as text) is not JSON.
 */
export async function loadAlertDataParser(sources: EventSources): Promise<void> {
  const texts: string[] = []
  const jsonMapping: ParseMapping = text => {
    texts.push(text)
    try {
      const value: unknown = JSON.parse(text)
      return isMapping(value) ? value : {}
    } catch {
      return {}
    }
  }
  try {
    findAlertData(sources, jsonMapping)
  } catch {
    // Bad data: readAlertData meets the same problem and reports it.
  }
  await loadYamlParserFor(texts)
}

function findAlertData(
  { eventInput, eventName, eventPayload }: EventSources,
  parse: ParseMapping
): AlertData | undefined {
  if (eventInput.trim() !== '') {
    const root = parse(eventInput, EVENT_INPUT)
    // The whole dispatch body or event file pasted in: its tokens live in client_payload.
    const tokens = isMapping(root.client_payload) ? root.client_payload : root
    return { data: mergeNestedAlert(tokens, EVENT_INPUT, parse), origin: EVENT_INPUT }
  }
  const payload = isMapping(eventPayload) ? eventPayload : {}
  // The event file is parsed whole (JSON.parse does not recurse); only the part read is held to the limits.
  if (eventName === 'repository_dispatch' && isMapping(payload.client_payload)) {
    const origin = 'repository_dispatch client_payload'
    checkDataShape(payload.client_payload, { input: 'event', place: `the alert data in the ${origin}` })
    return { data: mergeNestedAlert(payload.client_payload, origin, parse), origin }
  }
  if (eventName === 'workflow_dispatch' && isMapping(payload.inputs)) {
    const origin = 'workflow_dispatch inputs'
    checkDataShape(payload.inputs, { input: 'event', place: `the alert data in the ${origin}` })
    return { data: mergeNestedAlert(payload.inputs, origin, parse), origin }
  }
  return undefined
}

/** Top-level tokens merged with those under `alert` (a mapping, or mapping text); present `alert` values win. */
function mergeNestedAlert(tokens: Mapping, origin: string, parse: ParseMapping): Mapping {
  const { alert, ...topLevel } = tokens
  if (isMissingValue(alert)) return topLevel
  const where = `'alert' in ${origin}`
  const nested = typeof alert === 'string' ? parse(alert, where) : alert
  if (!isMapping(nested))
    throw new InputError(
      'event',
      `${where} must be a mapping of names to values, but it is ${Array.isArray(nested) ? 'a list' : `a ${typeof nested}`}`,
      MAPPING_HINT
    )
  const present = Object.entries(nested).filter(([, value]) => !isMissingValue(value))
  return { ...topLevel, ...Object.fromEntries(present) }
}

function parseMapping(text: string, where: string): Mapping {
  return parseMappingText(text, {
    input: 'event',
    place: where,
    hint: MAPPING_HINT,
    allowEmpty: false,
    scalarsAsText: true
  })
}

function describeAbsence({ eventName, eventPayload }: EventSources): string {
  const emptyInput = "the 'event' input is empty and"
  if (!eventName) return `${emptyInput} no triggering event is known`
  const payload = isMapping(eventPayload) ? eventPayload : {}
  if (eventName === 'repository_dispatch' && !isMapping(payload.client_payload)) {
    return `${emptyInput} the repository_dispatch event has no client_payload`
  }
  if (eventName === 'workflow_dispatch' && !isMapping(payload.inputs)) {
    return `${emptyInput} the workflow_dispatch event has no inputs`
  }
  return `${emptyInput} this run was triggered by '${eventName}'`
}

// At least one Dagster+ token must have a value (is_sample alone says nothing about an alert), so a
// workflow_dispatch with only unrelated inputs is "no alert data", not an empty alert.
function hasTokenValue(data: Mapping): boolean {
  return Object.entries(data).some(
    ([name, value]) => name !== 'is_sample' && TOKENS.has(name) && !isMissingValue(value)
  )
}
