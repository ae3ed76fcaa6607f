import { Kind } from 'graphql/language/kinds.js'
import { fitText } from '../../truncate.js'
import { isObject, type JsonObject } from '../shared/json.js'
import type { PlatformContext } from '../types.js'
import type { Json } from '../../json.js'
import { DESCRIPTION_MAX, MEASURE, TITLE_MAX } from './limits.js'
import { ISSUE_INPUT_FIELDS, issueCreateOf, locate, type IssueCreateOperation } from './operation.js'
import { isEmpty, pathText, shown, slotAt, type Slot } from './variable-values.js'

const TITLE_PLACEHOLDER = 'Dagster+ alert (no summary)'
const PRIORITY_NAMES: Record<string, number> = {
  none: 0,
  'no priority': 0,
  urgent: 1,
  high: 2,
  medium: 3,
  normal: 3,
  low: 4
}
const PRIORITY_HELP = '0 none, 1 urgent, 2 high, 3 medium, 4 low'

type Warn = PlatformContext['warn']

function fitTitle({ parent, key, value, path }: Slot, warn: Warn): void {
  if (value !== undefined && value !== null && typeof value !== 'string') return
  // Linear stores newlines in titles but shows them badly: one line reads better.
  const oneLine = (value ?? '').replace(/\s+/g, ' ').trim()
  if (oneLine === '') {
    warn({ path, message: `was empty; used the placeholder '${TITLE_PLACEHOLDER}'` })
    parent[key] = TITLE_PLACEHOLDER
    return
  }
  if (oneLine !== value) warn({ path, message: 'line breaks and repeated spaces collapsed so the title is one line' })
  parent[key] = fitText(oneLine, TITLE_MAX, path, warn, MEASURE)
}

function fitDescription({ parent, key, value, path }: Slot, warn: Warn): void {
  if (typeof value === 'string') parent[key] = fitText(value, DESCRIPTION_MAX, path, warn, MEASURE)
}

/** Linear's priority as a number: "2" and "High" both become 2; undefined when it cannot be one. */
function priorityNumber(value: Json): number | undefined {
  if (typeof value === 'number') return value
  if (typeof value !== 'string') return undefined
  const text = value.trim().toLowerCase()
  return /^-?\d+$/.test(text) ? Number(text) : PRIORITY_NAMES[text]
}

function isPriority(value: Json | undefined): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 4
}

function fitPriority({ parent, key, value, path }: Slot, warn: Warn): void {
  if (value === undefined || isEmpty(value) || isPriority(value)) return
  const priority = priorityNumber(value)
  if (isPriority(priority)) {
    warn({ path, message: `converted ${shown(value)} to the number ${priority} (Linear's priority is an Int)` })
    parent[key] = priority
    return
  }
  warn({ path, message: `${shown(value)} is not a Linear priority (${PRIORITY_HELP}); removed` })
  delete parent[key]
}

function fitLabelIds({ parent, key, value, path }: Slot, warn: Warn): void {
  if (typeof value !== 'string') return
  const ids = value.split(/[\s,]+/).filter(id => id !== '')
  warn({ path, message: `split the text into a list of ${ids.length} label id(s)` })
  parent[key] = ids
}

/** Removes empty values of optional variables (or optional input fields), which Linear would reject or blank. */
function dropEmptyOptionals(variables: JsonObject, operation: IssueCreateOperation, warn: Warn): void {
  const drop = (parent: JsonObject, key: string, path: string[]): void => {
    if (!(key in parent) || !isEmpty(parent[key])) return
    warn({ path: pathText(path), message: 'was empty; removed so Linear leaves the field unset' })
    delete parent[key]
  }
  for (const [name, definition] of operation.variables) {
    if (definition.type.kind !== Kind.NON_NULL_TYPE) drop(variables, name, [name])
  }
  const inputVariable = operation.input.variable
  const input = inputVariable === undefined ? undefined : variables[inputVariable]
  if (inputVariable === undefined || !isObject(input)) return
  for (const field of Object.keys(input)) {
    if (!ISSUE_INPUT_FIELDS[field]?.endsWith('!')) drop(input, field, [inputVariable, field])
  }
}

export function fit(payload: Json, ctx: PlatformContext): Json {
  if (!isObject(payload) || typeof payload.query !== 'string' || !isObject(payload.variables)) return payload
  const operation = issueCreateOf(payload)
  if (!operation) return payload
  const variables = structuredClone(payload.variables)
  const fitters: [string, (slot: Slot, warn: Warn) => void][] = [
    ['title', fitTitle],
    ['description', fitDescription],
    ['priority', fitPriority],
    ['labelIds', fitLabelIds]
  ]
  for (const [field, fitField] of fitters) {
    const path = locate(operation, field)
    const slot = path && slotAt(variables, path)
    if (slot) fitField(slot, ctx.warn)
  }
  dropEmptyOptionals(variables, operation, ctx.warn)
  return { ...payload, variables }
}
