import { InputError, type Problem } from '../errors.js'
import { fitText, truncate } from '../truncate.js'
import { linearTracker } from './linear-tracker.js'
import { parseEndpoint } from './shared/endpoint.js'
import { isObject, parseJson, type JsonObject } from './shared/json.js'
import { DEFAULT_ENDPOINT, lookAlike, matches } from './linear/descriptor.js'
import type { HttpReply, HttpRequest, Json, KnownKeys, Platform, PlatformContext, Target, Verdict } from './types.js'


/** Linear's schema documents no title limit; 255 is the usual issue-tracker cap and keeps titles readable. */
const TITLE_MAX = 255
/** Linear documents no description limit; this is far beyond a useful alert yet a safe request size. */
const DESCRIPTION_MAX = 100_000
/** Linear's back end is JavaScript, so lengths are counted in UTF-16 units (never fewer than code points). */
const MEASURE = 'utf16'
const ERROR_TEXT_MAX = 1024
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
const INT_MAX = 2 ** 31 - 1
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const TEAM_ID_HELP =
  'Set `vars: team_id: <team UUID>`. To find the UUID, POST {"query": "query { teams { nodes { id key name } } }"} ' +
  'to https://api.linear.app/graphql with your API key in Authorization'
const SELECTION_HELP =
  'select `success issue { id identifier url }` so the action can output the issue URL and identifier'
const MUTATION_EXAMPLE =
  'mutation CreateIssue($title: String!, $teamId: String!) ' +
  '{ issueCreate(input: {title: $title, teamId: $teamId}) { success issue { id identifier url } } }'

// ---------------------------------------------------------------------------------------------
// Reading the GraphQL operation. Light, hand-written checks: the `graphql` package is not bundled.

type TypeRef = { kind: 'named'; name: string; nonNull: boolean } | { kind: 'list'; of: TypeRef; nonNull: boolean }

interface VariableDefinition {
  type: TypeRef | undefined
  typeText: string
  hasDefault: boolean
}

/** Where issueCreate's input comes from: one `$input` variable, or an object literal of fields. */
interface IssueInput {
  /** `issueCreate(input: $input)`: every field lives in this variable. */
  variable?: string
  /** `issueCreate(input: {title: $title})`: field → variable feeding it. */
  fieldVariables: Map<string, string>
  /** `issueCreate(input: {teamId: "…"})`: field → literal text as written. */
  fieldLiterals: Map<string, string>
}

interface Mutation {
  name?: string
  variables: Map<string, VariableDefinition>
  /** Variables referenced after the definitions. */
  used: Set<string>
  issueCreate?: { input: IssueInput; selection: Map<string, string> }
}

/** Fields of IssueCreateInput whose values this module checks (types from Linear's schema). */
const ISSUE_INPUT_FIELDS: Record<string, string> = {
  title: 'String',
  description: 'String',
  priority: 'Int',
  labelIds: '[String!]',
  teamId: 'String!'
}

/** The query with `#` comments blanked (outside strings), so commented-out text never satisfies a check. */
function withoutComments(query: string): string {
  let out = ''
  let inString = false
  for (let i = 0; i < query.length; i++) {
    const ch = query[i]
    if (inString) {
      if (ch === '\\') out += ch + (query[++i] ?? '')
      else out += ch
      if (ch === '"') inString = false
      continue
    }
    if (ch === '#') {
      while (i + 1 < query.length && query[i + 1] !== '\n') i++
      continue
    }
    if (ch === '"') inString = true
    out += ch
  }
  return out
}

/** Index of the bracket closing the one at `open` (any of `{([`), skipping strings; text.length when unbalanced. */
function closingIndex(text: string, open: number): number {
  let depth = 0
  let inString = false
  for (let i = open; i < text.length; i++) {
    const ch = text[i]
    if (inString) {
      if (ch === '\\') i++
      else if (ch === '"') inString = false
    } else if (ch === '"') inString = true
    else if ('{(['.includes(ch)) depth++
    else if ('})]'.includes(ch) && --depth === 0) return i
  }
  return text.length
}

function parseType(text: string): TypeRef | undefined {
  const nonNull = text.endsWith('!')
  const inner = nonNull ? text.slice(0, -1) : text
  if (inner.startsWith('[') && inner.endsWith(']')) {
    const of = parseType(inner.slice(1, -1))
    return of && { kind: 'list', of, nonNull }
  }
  return /^[_A-Za-z]\w*$/.test(inner) ? { kind: 'named', name: inner, nonNull } : undefined
}

function parseVariableDefinitions(text: string): Map<string, VariableDefinition> {
  const definitions = new Map<string, VariableDefinition>()
  for (const chunk of text.split('$').slice(1)) {
    const match = /^(\w+)\s*:\s*([^=@,]*)(=)?/.exec(chunk)
    if (!match) continue
    const typeText = match[2].replace(/\s+/g, '')
    definitions.set(match[1], { type: parseType(typeText), typeText, hasDefault: match[3] === '=' })
  }
  return definitions
}

/** Field names at the top level of a selection set, each with its own sub-selection ('' for a leaf). */
function topLevelFields(block: string): Map<string, string> {
  const fields = new Map<string, string>()
  let last = ''
  for (let i = 0; i < block.length; i++) {
    const ch = block[i]
    if (ch === '{' || ch === '(') {
      const end = closingIndex(block, i)
      if (ch === '{' && last) fields.set(last, block.slice(i + 1, end))
      i = end
    } else if (/[_A-Za-z]/.test(ch)) {
      last = /^\w+/.exec(block.slice(i))?.[0] ?? ch
      fields.set(last, '')
      i += last.length - 1
    }
  }
  return fields
}

function readIssueInput(args: string): IssueInput {
  const input: IssueInput = { fieldVariables: new Map(), fieldLiterals: new Map() }
  const whole = /\binput\s*:\s*\$(\w+)/.exec(args)
  if (whole) return { ...input, variable: whole[1] }
  const object = /\binput\s*:\s*\{/.exec(args)
  if (!object) return input
  const open = object.index + object[0].length - 1
  const fields = args.slice(open + 1, closingIndex(args, open))
  for (const [, field, value] of fields.matchAll(/\b(\w+)\s*:\s*("(?:[^"\\]|\\.)*"|\$\w+|[^\s,{}()[\]]+)/g)) {
    if (value.startsWith('$')) input.fieldVariables.set(field, value.slice(1))
    else input.fieldLiterals.set(field, value)
  }
  return input
}

function readIssueCreate(body: string): Mutation['issueCreate'] {
  const call = /\bissueCreate\s*\(/.exec(body)
  if (!call) return undefined
  const argsOpen = call.index + call[0].length - 1
  const argsClose = closingIndex(body, argsOpen)
  const selectionOpen = body.indexOf('{', argsClose)
  const selection = selectionOpen < 0 ? '' : body.slice(selectionOpen + 1, closingIndex(body, selectionOpen))
  return { input: readIssueInput(body.slice(argsOpen + 1, argsClose)), selection: topLevelFields(selection) }
}

/** The `mutation` operation of a query, or undefined when there is none. */
function readMutation(query: string): Mutation | undefined {
  const source = withoutComments(query)
  const head = /\bmutation\b\s*(\w+)?\s*/.exec(source)
  if (!head) return undefined
  let rest = source.slice(head.index + head[0].length)
  let definitions = ''
  if (rest.startsWith('(')) {
    const close = closingIndex(rest, 0)
    definitions = rest.slice(1, close)
    rest = rest.slice(close + 1)
  }
  return {
    name: head[1],
    variables: parseVariableDefinitions(definitions),
    used: new Set([...rest.matchAll(/\$(\w+)/g)].map(match => match[1])),
    issueCreate: readIssueCreate(rest)
  }
}

/** The path inside `variables` that feeds an IssueCreateInput field, when a variable feeds it. */
function locate(mutation: Mutation, field: string): string[] | undefined {
  const input = mutation.issueCreate?.input
  if (!input) return undefined
  if (input.variable) return [input.variable, field]
  const variable = input.fieldVariables.get(field)
  return variable === undefined ? undefined : [variable]
}

// ---------------------------------------------------------------------------------------------
// Small JSON helpers

function pathText(path: string[]): string {
  return ['variables', ...path].join('.')
}

/** The object holding the last key of `path`, if every step exists. */
function holder(variables: JsonObject, path: string[]): JsonObject | undefined {
  let node: Json | undefined = variables
  for (const key of path.slice(0, -1)) node = isObject(node) ? node[key] : undefined
  return isObject(node) ? node : undefined
}

function valueAt(variables: JsonObject, path: string[]): Json | undefined {
  return holder(variables, path)?.[path[path.length - 1]]
}

function queryProblem(message: string): Problem {
  return { path: 'query', message }
}

function isEmpty(value: Json | undefined): boolean {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  return isObject(value) && Object.keys(value).length === 0
}

/** A short, printable rendering of a value for messages. */
function shown(value: Json): string {
  return truncate(JSON.stringify(value), 40)
}

// ---------------------------------------------------------------------------------------------
// fit

type Warn = PlatformContext['warn']

/** One value inside `variables` (possibly absent) that a fitter may replace or delete. */
interface Slot {
  parent: JsonObject
  key: string
  value: Json | undefined
  path: string
}

function slotAt(variables: JsonObject, path: string[]): Slot | undefined {
  const parent = holder(variables, path)
  const key = path[path.length - 1]
  return parent && { parent, key, value: parent[key], path: pathText(path) }
}

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
function dropEmptyOptionals(variables: JsonObject, mutation: Mutation, warn: Warn): void {
  const drop = (parent: JsonObject, key: string, path: string[]): void => {
    if (!(key in parent) || !isEmpty(parent[key])) return
    warn({ path: pathText(path), message: 'was empty; removed so Linear leaves the field unset' })
    delete parent[key]
  }
  for (const [name, definition] of mutation.variables) {
    if (!definition.type?.nonNull) drop(variables, name, [name])
  }
  const inputVariable = mutation.issueCreate?.input.variable
  const input = inputVariable === undefined ? undefined : variables[inputVariable]
  if (inputVariable === undefined || !isObject(input)) return
  for (const field of Object.keys(input)) {
    if (!ISSUE_INPUT_FIELDS[field]?.endsWith('!')) drop(input, field, [inputVariable, field])
  }
}

function fit(payload: Json, ctx: PlatformContext): Json {
  if (!isObject(payload) || typeof payload.query !== 'string' || !isObject(payload.variables)) return payload
  const mutation = readMutation(payload.query)
  if (!mutation) return payload
  const variables = structuredClone(payload.variables)
  const fitters: [string, (slot: Slot, warn: Warn) => void][] = [
    ['title', fitTitle],
    ['description', fitDescription],
    ['priority', fitPriority],
    ['labelIds', fitLabelIds]
  ]
  for (const [field, fitField] of fitters) {
    const path = locate(mutation, field)
    const slot = path && slotAt(variables, path)
    if (slot) fitField(slot, ctx.warn)
  }
  dropEmptyOptionals(variables, mutation, ctx.warn)
  return { ...payload, variables }
}

// ---------------------------------------------------------------------------------------------
// validate

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
    return [{ path, message: `is required (${typeText(type)}) but ${state}: the template rendered no value for it. ${fix}` }]
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
  const literal = input.fieldLiterals.get('teamId')
  if (literal === undefined) {
    return [queryProblem(`issueCreate's input has no teamId: pass \`teamId: $teamId\`. ${TEAM_ID_HELP}`)]
  }
  return checkTeamValue('query', literal.startsWith('"') ? (JSON.parse(literal) as string) : literal)
}

function checkOperation(payload: JsonObject, mutation: Mutation): Problem[] {
  const problems: Problem[] = []
  const { operationName } = payload
  if (operationName !== undefined && operationName !== null && operationName !== mutation.name) {
    problems.push({
      path: 'operationName',
      message: `is ${shown(operationName)} but the mutation is named ${mutation.name ? `'${mutation.name}'` : 'nothing'}; ` +
        'make them match or remove operationName'
    })
  }
  for (const name of mutation.variables.keys()) {
    if (mutation.used.has(name)) continue
    problems.push(queryProblem(`declares $${name} but never uses it; Linear rejects unused variables: use it or remove it`))
  }
  for (const name of mutation.used) {
    if (mutation.variables.has(name)) continue
    problems.push(queryProblem(`uses $${name} without declaring it: add \`$${name}: Type\` to the mutation's variable list`))
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

function validate(payload: Json, ctx: PlatformContext): Problem[] {
  if (!isObject(payload)) return [{ path: '', message: 'the body must be a JSON object with `query` and `variables`' }]
  const { query } = payload
  if (typeof query !== 'string' || query.trim() === '') return [queryProblem('must be a non-empty GraphQL mutation string')]
  const variables = payload.variables ?? {}
  if (!isObject(variables)) {
    return [{ path: 'variables', message: `must be an object of variable values, got ${shown(variables)}` }]
  }
  const mutation = readMutation(query)
  if (!mutation) return [queryProblem(`has no \`mutation\`: write ${MUTATION_EXAMPLE}`)]
  for (const name of Object.keys(variables)) {
    if (mutation.variables.has(name)) continue
    ctx.warn({ path: pathText([name]), message: 'is not declared by the mutation, so Linear ignores it: declare it or remove it' })
  }
  return [
    ...checkOperation(payload, mutation),
    ...checkSelection(mutation),
    ...checkVariables(mutation, variables),
    ...checkTeam(mutation, variables)
  ]
}

// ---------------------------------------------------------------------------------------------
// resolveTarget, request


function resolveTarget(url: string | undefined): Target {
  const fix = `Use ${DEFAULT_ENDPOINT} (or leave url unset)`
  const endpoint = parseEndpoint(url, { fallback: DEFAULT_ENDPOINT, hint: fix, lookAlike })
  if (!/\/graphql\/?$/.test(endpoint.pathname)) {
    throw new InputError('url', `has the path '${endpoint.pathname}', not Linear's GraphQL endpoint (…/graphql)`, fix)
  }
  return { endpoint, defaultTemplate: 'linear' }
}

/** The Authorization value to send: a personal API key goes bare, since Linear rejects `Bearer lin_api_…`. */
function authorization(ctx: PlatformContext): string {
  const value = ctx.headers.authorization?.trim()
  if (!value) {
    throw new InputError(
      'headers',
      'has no Authorization value, so Linear cannot know who creates the issue ' +
        '(an empty value usually means the secret is not set)',
      'Set headers to `Authorization: lin_api_…` from a secret'
    )
  }
  const bearerKey = /^bearer\s+(lin_api_\S*)$/i.exec(value)
  if (!bearerKey) return value
  ctx.warn({
    path: 'headers.authorization',
    message: 'removed "Bearer " before the personal API key: Linear accepts API keys only bare (OAuth tokens keep "Bearer ")'
  })
  return bearerKey[1]
}

function request(payload: Json, ctx: PlatformContext): HttpRequest {
  return {
    method: 'POST',
    url: ctx.target.endpoint.href,
    headers: { ...ctx.headers, 'content-type': 'application/json', authorization: authorization(ctx) },
    body: JSON.stringify(payload)
  }
}

// ---------------------------------------------------------------------------------------------
// parse

interface GraphQLError {
  message?: string
  userPresentableMessage?: string
  code?: string
  type?: string
}

function text(value: Json | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

function graphqlErrors(body: Json | undefined): GraphQLError[] {
  const errors = isObject(body) ? body.errors : undefined
  if (!Array.isArray(errors)) return []
  return errors.filter(isObject).map(error => {
    const extensions = isObject(error.extensions) ? error.extensions : {}
    return {
      message: text(error.message),
      userPresentableMessage: text(extensions.userPresentableMessage),
      code: text(extensions.code),
      type: text(extensions.type)
    }
  })
}

function isRateLimit(error: GraphQLError): boolean {
  return error.code === 'RATELIMITED' || /rate ?limit/i.test(`${error.type} ${error.message}`)
}

function isAuthProblem(error: GraphQLError): boolean {
  const byCode = error.code === 'AUTHENTICATION_ERROR' || error.code === 'FORBIDDEN'
  return byCode || /authenticat|forbidden/i.test(`${error.type} ${error.message}`)
}

/** Each error as `message (user message) [CODE]`, the whole within 1 KiB. */
function describeErrors(errors: GraphQLError[], reply: HttpReply): string {
  if (errors.length === 0) return truncate(reply.body || '(empty reply)', ERROR_TEXT_MAX)
  const parts = errors.map(error => {
    const userMessage = error.userPresentableMessage
    const extra = userMessage && userMessage !== error.message ? ` (${userMessage})` : ''
    const code = error.code ? ` [${error.code}]` : ''
    return `${error.message ?? error.type ?? 'unknown error'}${extra}${code}`
  })
  return truncate(parts.join('; '), ERROR_TEXT_MAX)
}

/**
 * Seconds until an exhausted Linear budget refills. Linear sends `X-RateLimit-*-Reset` as epoch
 * milliseconds; a value that can only be seconds is read as seconds.
 */
function rateLimitWait(headers: HttpReply['headers']): number | undefined {
  const waits = ['requests', 'complexity', 'endpoint-requests'].flatMap(budget => {
    const remaining = headers[`x-ratelimit-${budget}-remaining`]
    const reset = Number(headers[`x-ratelimit-${budget}-reset`])
    if (remaining === undefined || Number(remaining) > 0 || !Number.isFinite(reset) || reset <= 0) return []
    const resetMs = reset < 1e11 ? reset * 1000 : reset
    return [Math.ceil((resetMs - Date.now()) / 1000)]
  })
  const wait = Math.max(0, ...waits)
  return wait > 0 ? wait : undefined
}

function createdIssue(body: Json | undefined): JsonObject | undefined {
  const data = isObject(body) ? body.data : undefined
  const result = isObject(data) ? data.issueCreate : undefined
  return isObject(result) ? result : undefined
}

function parse(reply: HttpReply): Verdict {
  const body = parseJson(reply.body)
  const errors = graphqlErrors(body)
  const result = createdIssue(body)
  const issue = isObject(result?.issue) ? result.issue : undefined
  if (reply.status === 429 || errors.some(isRateLimit)) {
    return {
      ok: false,
      retry: true,
      retryAfterSeconds: rateLimitWait(reply.headers),
      message: `rate limited: ${describeErrors(errors, reply)}`
    }
  }
  const plainAuthText = errors.length === 0 && reply.status === 400 && /authenticat/i.test(reply.body)
  if (reply.status === 401 || plainAuthText || errors.some(isAuthProblem)) {
    return {
      ok: false,
      message:
        `the credentials were refused: ${describeErrors(errors, reply)}. Send a personal API key bare ` +
        '(`Authorization: lin_api_…`, without "Bearer "; OAuth tokens as `Bearer …`) ' +
        'and give it write (or admin) scope'
    }
  }
  if (errors.length > 0) {
    const created = text(issue?.url) ? ` (Linear did create ${text(issue?.url)}; check it before re-running)` : ''
    return { ok: false, message: `${describeErrors(errors, reply)}${created}` }
  }
  if (!result) {
    const ok = reply.status >= 200 && reply.status < 300
    return { ok: false, message: ok ? `the reply has no data.issueCreate: ${describeErrors(errors, reply)}` : describeErrors(errors, reply) }
  }
  if (result.success === false) {
    return { ok: false, message: 'Linear answered issueCreate success: false; no issue was created' }
  }
  const url = text(issue?.url)
  const id = text(issue?.identifier)
  if (!url || !id) {
    // The issue exists; a retry would create a second one.
    const message = `Linear created the issue but its reply has no issue url/identifier: the template's mutation must ${SELECTION_HELP}`
    return { ok: false, retry: false, message }
  }
  return { ok: true, url, id, status: 'created' }
}

// ---------------------------------------------------------------------------------------------
// Issue tracking: what the create payload must carry (linear-tracker.ts makes the requests)

/** The team the create payload files its issue in. */
function teamIdOf(payload: Json): string | undefined {
  if (!isObject(payload) || typeof payload.query !== 'string') return undefined
  const mutation = readMutation(payload.query)
  const path = mutation && locate(mutation, 'teamId')
  if (path) {
    const value = valueAt(isObject(payload.variables) ? payload.variables : {}, path)
    return typeof value === 'string' ? value : undefined
  }
  const literal = mutation?.issueCreate?.input.fieldLiterals.get('teamId')
  return literal?.startsWith('"') ? (JSON.parse(literal) as string) : literal
}

/** IssueCreateInput fields the tracker adds: `id` is set, `labelIds` merged with the template's. */
interface IssueMarkerFields {
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
function withIssueMarker(payload: Json, fields: IssueMarkerFields): Json {
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
function issueCreateArguments(query: string): string[] {
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
function declareInputVariables(query: string, fields: (keyof IssueMarkerFields)[]): string {
  const call = /\bissueCreate\s*\(/.exec(query)
  const head = /\bmutation\b\s*(\w+)?\s*/.exec(query)
  if (!call || !head) return query
  const argsOpen = call.index + call[0].length - 1
  const object = /\binput\s*:\s*\{/.exec(query.slice(argsOpen, closingIndex(query, argsOpen)))
  if (!object) return query
  const inputAt = argsOpen + object.index + object[0].length
  const uses = fields.map(field => `${field}: $${MARKER_VARIABLES[field].name}, `).join('')
  query = `${query.slice(0, inputAt)}${uses}${query.slice(inputAt)}`
  const definitions = fields.map(field => `$${MARKER_VARIABLES[field].name}: ${MARKER_VARIABLES[field].type}`).join(', ')
  const after = head.index + head[0].length
  if (query[after] !== '(') return `${query.slice(0, after)}(${definitions}) ${query.slice(after)}`
  const close = closingIndex(query, after)
  return `${query.slice(0, close)}, ${definitions}${query.slice(close)}`
}

/** A follow-up reply's errors as parse words them (credentials refused, …), or undefined when it has none. */
function followUpErrorText(reply: HttpReply): string | undefined {
  if (graphqlErrors(parseJson(reply.body)).length === 0 && reply.status < 300) return undefined
  const verdict = parse(reply)
  return verdict.ok ? undefined : verdict.message
}

/** A GraphQL request's members; Linear ignores any other key. What `variables` holds is validated against the mutation. */
const KNOWN_KEYS: KnownKeys = { unknown: 'ignores', tree: { query: true, operationName: true, variables: true, extensions: true } }

export const linear: Platform = {
  name: 'linear',
  graphqlDocumentKey: 'query',
  matches,
  lookAlike,
  resolveTarget,
  fit,
  validate,
  request,
  parse,
  tracker: linearTracker({ request, teamIdOf, withIssueMarker, errorText: followUpErrorText }),
  knownKeys: KNOWN_KEYS,
  sampleVars: { team_id: '8708e927-1234-4c6a-9a3e-0123456789ab' }
}
