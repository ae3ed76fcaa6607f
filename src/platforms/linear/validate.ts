import type { Problem } from '../../errors.js'
import { isObject, type JsonObject } from '../shared/json.js'
import type { Json, PlatformContext } from '../types.js'
import { INT_MAX } from './limits.js'
import {
  ISSUE_INPUT_FIELDS,
  isEmpty,
  locate,
  parseType,
  pathText,
  readMutation,
  SELECTION_HELP,
  shown,
  teamIdLiteral,
  topLevelFields,
  valueAt,
  type Mutation,
  type TypeRef
} from './operation-read.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const TEAM_ID_HELP =
  'Set `vars: team_id: <team UUID>`. To find the UUID, POST {"query": "query { teams { nodes { id key name } } }"} ' +
  'to https://api.linear.app/graphql with your API key in Authorization'
const MUTATION_EXAMPLE =
  'mutation CreateIssue($title: String!, $teamId: String!) ' +
  '{ issueCreate(input: {title: $title, teamId: $teamId}) { success issue { id identifier url } } }'

function queryProblem(message: string): Problem {
  return { path: 'query', message }
}

function typeText(type: TypeRef): string {
  const inner = type.kind === 'list' ? `[${typeText(type.of)}]` : type.name
  return type.nonNull ? `${inner}!` : inner
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
function checkValue(value: Json | undefined, type: TypeRef, path: string, skip: string): Problem[] {
  if (path === skip) return []
  if (value === undefined || value === null) {
    if (!type.nonNull) return []
    const state = value === null ? 'null' : 'missing'
    const fix = 'Supply one, or declare the variable without "!"'
    return [
      { path, message: `is required (${typeText(type)}) but ${state}: the template rendered no value for it. ${fix}` }
    ]
  }
  if (type.kind === 'list') {
    // GraphQL accepts a single value where a list is expected.
    if (!Array.isArray(value)) return checkValue(value, type.of, path, skip)
    return value.flatMap((item, i) => checkValue(item, type.of, `${path}[${i}]`, skip))
  }
  const isValid = SCALARS[type.name]
  if (isValid && !isValid(value)) return [{ path, message: `must be ${SCALAR_NAMES[type.name]}, got ${shown(value)}` }]
  if (type.name === 'IssueCreateInput') return checkIssueInputObject(value, path, skip)
  return []
}

function checkIssueInputObject(value: Json, path: string, skip: string): Problem[] {
  if (!isObject(value)) return [{ path, message: `must be an object of IssueCreateInput fields, got ${shown(value)}` }]
  return Object.entries(ISSUE_INPUT_FIELDS).flatMap(([field, type]) =>
    checkValue(value[field], parseType(type) as TypeRef, `${path}.${field}`, skip)
  )
}

function checkTeamValue(path: string, value: Json | undefined): Problem[] {
  if (isEmpty(value)) return [{ path, message: `the Linear team is missing. ${TEAM_ID_HELP}` }]
  if (typeof value === 'string' && UUID.test(value)) return []
  const looksLikeKey = typeof value === 'string' && /^[A-Za-z][A-Za-z0-9]{0,6}$/.test(value)
  const hint = looksLikeKey ? ` — '${value}' looks like the team key, not the team's UUID` : ''
  return [{ path, message: `must be the team's UUID (like 8708e927-…)${hint}. ${TEAM_ID_HELP}` }]
}

function checkTeam(mutation: Mutation, variables: JsonObject): Problem[] {
  const input = mutation.issueCreate?.input
  if (!input) return []
  const path = locate(mutation, 'teamId')
  if (path) return checkTeamValue(pathText(path), valueAt(variables, path))
  const literal = teamIdLiteral(mutation)
  if (literal === undefined) {
    return [queryProblem(`issueCreate's input has no teamId: pass \`teamId: $teamId\`. ${TEAM_ID_HELP}`)]
  }
  return checkTeamValue('query', literal)
}

function checkOperation(payload: JsonObject, mutation: Mutation): Problem[] {
  const problems: Problem[] = []
  const { operationName } = payload
  if (operationName !== undefined && operationName !== null && operationName !== mutation.name) {
    problems.push({
      path: 'operationName',
      message:
        `is ${shown(operationName)} but the mutation is named ${mutation.name ? `'${mutation.name}'` : 'nothing'}; ` +
        'make them match or remove operationName'
    })
  }
  for (const name of mutation.variables.keys()) {
    if (mutation.used.has(name)) continue
    problems.push(
      queryProblem(`declares $${name} but never uses it; Linear rejects unused variables: use it or remove it`)
    )
  }
  for (const name of mutation.used) {
    if (mutation.variables.has(name)) continue
    problems.push(
      queryProblem(`uses $${name} without declaring it: add \`$${name}: Type\` to the mutation's variable list`)
    )
  }
  for (const [name, definition] of mutation.variables) {
    if (!definition.type) problems.push(queryProblem(`cannot read the type '${definition.typeText}' of $${name}`))
  }
  return problems
}

function checkSelection(mutation: Mutation): Problem[] {
  if (!mutation.issueCreate) return [queryProblem(`does not call issueCreate: write ${MUTATION_EXAMPLE}`)]
  const issue = mutation.issueCreate.selection.get('issue')
  const issueFields = topLevelFields(issue ?? '')
  const missing = ['url', 'identifier'].filter(field => !issueFields.has(field))
  if (missing.length === 0) return []
  return [queryProblem(`issueCreate does not select issue ${missing.join(' and ')}: ${SELECTION_HELP}`)]
}

function checkVariables(mutation: Mutation, variables: JsonObject): Problem[] {
  const teamPath = locate(mutation, 'teamId')
  const skip = teamPath ? pathText(teamPath) : ''
  return [...mutation.variables].flatMap(([name, definition]) => {
    const value = variables[name]
    if (!definition.type || (value === undefined && definition.hasDefault)) return []
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
  const mutation = readMutation(query)
  if (!mutation) return [queryProblem(`has no \`mutation\`: write ${MUTATION_EXAMPLE}`)]
  for (const name of Object.keys(variables)) {
    if (mutation.variables.has(name)) continue
    ctx.warn({
      path: pathText([name]),
      message: 'is not declared by the mutation, so Linear ignores it: declare it or remove it'
    })
  }
  return [
    ...checkOperation(payload, mutation),
    ...checkSelection(mutation),
    ...checkVariables(mutation, variables),
    ...checkTeam(mutation, variables)
  ]
}
