import type { TypeNode } from 'graphql/language/ast.js'
import { Kind } from 'graphql/language/kinds.js'
import { parseType } from 'graphql/language/parser.js'
import { print } from 'graphql/language/printer.js'
import type { Problem } from '../../errors.js'
import { isObject, type JsonObject } from '../shared/json.js'
import type { PlatformContext } from '../types.js'
import type { Json } from '../../json.js'
import { INT_MAX } from './limits.js'
import {
  ISSUE_INPUT_FIELDS,
  locate,
  readOperation,
  SELECTION_HELP,
  teamIdLiteral,
  type IssueCreateOperation
} from './operation.js'
import { isEmpty, pathText, shown, valueAt } from './variable-values.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const TEAM_ID_HELP =
  'Set `vars: team_id: <team UUID>`. To find the UUID, POST {"query": "query { teams { nodes { id key name } } }"} ' +
  'to https://api.linear.app/graphql with your API key in Authorization'

function queryProblem(message: string): Problem {
  return { path: 'query', message }
}

const SCALARS: Record<string, (value: Json) => boolean> = {
  Int: value => typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= INT_MAX,
  Float: value => typeof value === 'number' && Number.isFinite(value),
  String: value => typeof value === 'string',
  ID: value => typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value)),
  Boolean: value => typeof value === 'boolean'
}

const SCALAR_NAMES: Record<string, string> = {
  Int: 'a whole number (Int)',
  Float: 'a number (Float)',
  String: 'a string',
  ID: 'an ID string',
  Boolean: 'true or false'
}

/** Problems with one value against its GraphQL type; `skip` is a path checked elsewhere (the team). */
function checkValue(value: Json | undefined, type: TypeNode, path: string, skip: string): Problem[] {
  if (path === skip) return []
  if (value === undefined || value === null) {
    if (type.kind !== Kind.NON_NULL_TYPE) return []
    const state = value === null ? 'null' : 'missing'
    const fix = 'Supply one, or declare the variable without "!"'
    return [
      { path, message: `is required (${print(type)}) but ${state}: the template rendered no value for it. ${fix}` }
    ]
  }
  const nullable = type.kind === Kind.NON_NULL_TYPE ? type.type : type
  if (nullable.kind === Kind.LIST_TYPE) {
    // GraphQL accepts a single value where a list is expected.
    if (!Array.isArray(value)) return checkValue(value, nullable.type, path, skip)
    return value.flatMap((item, i) => checkValue(item, nullable.type, `${path}[${i}]`, skip))
  }
  const name = nullable.name.value
  const isValid = SCALARS[name]
  if (isValid && !isValid(value)) return [{ path, message: `must be ${SCALAR_NAMES[name]}, got ${shown(value)}` }]
  if (name === 'IssueCreateInput') return checkIssueInputObject(value, path, skip)
  return []
}

function checkIssueInputObject(value: Json, path: string, skip: string): Problem[] {
  if (!isObject(value)) return [{ path, message: `must be an object of IssueCreateInput fields, got ${shown(value)}` }]
  return Object.entries(ISSUE_INPUT_FIELDS).flatMap(([field, type]) =>
    checkValue(value[field], parseType(type, { noLocation: true }), `${path}.${field}`, skip)
  )
}

function checkTeamValue(path: string, value: Json | undefined): Problem[] {
  if (isEmpty(value)) return [{ path, message: `the Linear team is missing. ${TEAM_ID_HELP}` }]
  if (typeof value === 'string' && UUID.test(value)) return []
  const looksLikeKey = typeof value === 'string' && /^[A-Za-z][A-Za-z0-9]{0,6}$/.test(value)
  const hint = looksLikeKey ? ` — '${value}' looks like the team key, not the team's UUID` : ''
  return [{ path, message: `must be the team's UUID (like 8708e927-…)${hint}. ${TEAM_ID_HELP}` }]
}

function checkTeam(operation: IssueCreateOperation, variables: JsonObject): Problem[] {
  const path = locate(operation, 'teamId')
  if (path) return checkTeamValue(pathText(path), valueAt(variables, path))
  const literal = teamIdLiteral(operation)
  if (literal === undefined) {
    return [queryProblem(`issueCreate's input has no teamId: pass \`teamId: $teamId\`. ${TEAM_ID_HELP}`)]
  }
  return checkTeamValue('query', literal)
}

function checkOperation(payload: JsonObject, operation: IssueCreateOperation): Problem[] {
  const problems: Problem[] = []
  const { operationName } = payload
  if (operationName !== undefined && operationName !== null && operationName !== operation.name) {
    problems.push({
      path: 'operationName',
      message:
        `is ${shown(operationName)} but the mutation is named ${operation.name ? `'${operation.name}'` : 'nothing'}; ` +
        'make them match or remove operationName'
    })
  }
  for (const name of operation.variables.keys()) {
    if (operation.used.has(name)) continue
    problems.push(
      queryProblem(`declares $${name} but never uses it; Linear rejects unused variables: use it or remove it`)
    )
  }
  for (const name of operation.used) {
    if (operation.variables.has(name)) continue
    problems.push(
      queryProblem(`uses $${name} without declaring it: add \`$${name}: Type\` to the mutation's variable list`)
    )
  }
  return problems
}

function checkSelection(operation: IssueCreateOperation): Problem[] {
  const { reply } = operation
  const missing = (['url', 'identifier'] as const).filter(field => !reply[field])
  if (missing.length === 0) return []
  return [queryProblem(`issueCreate does not select issue ${missing.join(' and ')}: ${SELECTION_HELP}`)]
}

function checkVariables(operation: IssueCreateOperation, variables: JsonObject): Problem[] {
  const teamPath = locate(operation, 'teamId')
  const skip = teamPath ? pathText(teamPath) : ''
  return [...operation.variables].flatMap(([name, definition]) => {
    const value = variables[name]
    if (value === undefined && definition.hasDefault) return []
    return checkValue(value, definition.type, pathText([name]), skip)
  })
}

export function validate(payload: Json, ctx: PlatformContext): Problem[] {
  if (!isObject(payload)) return [{ path: '', message: 'the body must be a JSON object with `query` and `variables`' }]
  const { query } = payload
  if (typeof query !== 'string' || query.trim() === '')
    return [queryProblem('must be a non-empty GraphQL mutation string')]
  const variables = payload.variables ?? {}
  if (!isObject(variables)) {
    return [{ path: 'variables', message: `must be an object of variable values, got ${shown(variables)}` }]
  }
  const reading = readOperation(query)
  if ('problem' in reading) return [queryProblem(reading.problem)]
  const { operation } = reading
  for (const name of Object.keys(variables)) {
    if (operation.variables.has(name)) continue
    ctx.warn({
      path: pathText([name]),
      message: 'is not declared by the mutation, so Linear ignores it: declare it or remove it'
    })
  }
  return [
    ...checkOperation(payload, operation),
    ...checkSelection(operation),
    ...checkVariables(operation, variables),
    ...checkTeam(operation, variables)
  ]
}
