import { InputError } from '../../errors.js'
import { isObject } from '../shared/json.js'
import type { Json } from '../types.js'
import {
  closingIndex,
  locate,
  readMutation,
  slotAt,
  teamIdLiteral,
  valueAt,
  withoutComments
} from './operation-read.js'

// What the tracker reads from and adds to the create payload's GraphQL operation.

/** The team the create payload files its issue in. */
export function teamIdOf(payload: Json): string | undefined {
  if (!isObject(payload) || typeof payload.query !== 'string') return undefined
  const mutation = readMutation(payload.query)
  const path = mutation && locate(mutation, 'teamId')
  if (path) {
    const value = valueAt(isObject(payload.variables) ? payload.variables : {}, path)
    return typeof value === 'string' ? value : undefined
  }
  return mutation && teamIdLiteral(mutation)
}

/** IssueCreateInput fields the tracker adds: `id` is set, `labelIds` merged with the template's. */
export interface IssueMarkerFields {
  id: string
  labelIds: string[]
}

const MARKER_VARIABLES: Record<keyof IssueMarkerFields, { name: string; type: string }> = {
  id: { name: 'relayIssueId', type: 'String' },
  labelIds: { name: 'relayLabelIds', type: '[String!]' }
}

/**
 * The create payload with the marker fields in issueCreate's input: through the variable that feeds a field,
 * else a variable added to the mutation (comments in the query are dropped on the way).
 */
export function withIssueMarker(payload: Json, fields: IssueMarkerFields): Json {
  if (!isObject(payload) || typeof payload.query !== 'string') return payload
  let query = withoutComments(payload.query)
  const mutation = readMutation(query)
  const input = mutation?.issueCreate?.input
  if (!mutation || !input) return payload
  const variables = isObject(payload.variables) ? structuredClone(payload.variables) : {}
  const added: (keyof IssueMarkerFields)[] = []
  for (const field of ['id', 'labelIds'] as const) {
    const path = locate(mutation, field)
    if (!path && issueCreateArguments(query).includes(field)) {
      const fix = `Pass it as a variable (${field}: $${field}) so the action can add the issue's ${field === 'id' ? 'id' : 'label'}`
      throw new InputError('template', `issueCreate's ${field} is written into the query`, fix)
    }
    const slot = path && slotAt(variables, path)
    if (slot) slot.parent[slot.key] = field === 'id' ? fields.id : mergedIds(slot.value, fields.labelIds)
    else if (!input.variable) added.push(field)
  }
  for (const field of added) variables[MARKER_VARIABLES[field].name] = fields[field]
  if (added.length > 0) query = declareInputVariables(query, added)
  return { ...payload, query, variables }
}

/** Every `name:` inside issueCreate's arguments, whatever its value (a literal list included); strings left out. */
export function issueCreateArguments(query: string): string[] {
  const call = /\bissueCreate\s*\(/.exec(query)
  if (!call) return []
  const open = call.index + call[0].length - 1
  const args = query.slice(open, closingIndex(query, open)).replace(/"(?:[^"\\]|\\.)*"/g, '""')
  return [...args.matchAll(/\b(\w+)\s*:/g)].map(match => match[1])
}

function mergedIds(value: Json | undefined, ids: string[]): Json {
  // fit has turned a text list into an array already
  const current = Array.isArray(value) ? value : []
  return [...current, ...ids.filter(id => !current.includes(id))]
}

/** Adds `field: $variable` to issueCreate's input object and declares each variable. */
export function declareInputVariables(query: string, fields: (keyof IssueMarkerFields)[]): string {
  const call = /\bissueCreate\s*\(/.exec(query)
  const head = /\bmutation\b\s*(\w+)?\s*/.exec(query)
  if (!call || !head) return query
  const argsOpen = call.index + call[0].length - 1
  const object = /\binput\s*:\s*\{/.exec(query.slice(argsOpen, closingIndex(query, argsOpen)))
  if (!object) return query
  const inputAt = argsOpen + object.index + object[0].length
  const uses = fields.map(field => `${field}: $${MARKER_VARIABLES[field].name}, `).join('')
  query = `${query.slice(0, inputAt)}${uses}${query.slice(inputAt)}`
  const definitions = fields
    .map(field => `$${MARKER_VARIABLES[field].name}: ${MARKER_VARIABLES[field].type}`)
    .join(', ')
  const after = head.index + head[0].length
  if (query[after] !== '(') return `${query.slice(0, after)}(${definitions}) ${query.slice(after)}`
  const close = closingIndex(query, after)
  return `${query.slice(0, close)}, ${definitions}${query.slice(close)}`
}
