// @ts-check
/**
 * Stand-in for Linear's GraphQL API: a personal API key sent bare, documents validated against Linear's
 * schema (the contract when present, else a built-in subset), `issueCreate` executed with Linear's checks,
 * and Linear's error shapes (errors[] with extensions.code, often with HTTP 200).
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { GraphQLError, buildSchema, executeSync, getOperationAST, getVariableValues, parse, validate } from 'graphql'
import { isJsonContentType, startServer } from './http.js'
import { linearSchemaSdl } from './contracts.js'

/**
 * @typedef {import('./http.js').Reply} Reply
 * @typedef {import('./http.js').LoggedRequest} LoggedRequest
 * @typedef {import('./linear.js').LinearState} LinearState
 * @typedef {import('./linear.js').LinearFault} LinearFault
 * @typedef {import('./linear.js').LinearIssue} LinearIssue
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const PRIORITY_LABELS = ['No priority', 'Urgent', 'High', 'Normal', 'Low']

/** The part of Linear's schema the relay uses, for checkouts without the contract beside them. */
const BUILT_IN_SDL = `
scalar DateTime
type Query { issue(id: String!): Issue! }
type Mutation { issueCreate(input: IssueCreateInput!): IssuePayload! }
input IssueCreateInput {
  title: String
  teamId: String!
  description: String
  priority: Int
  labelIds: [String!]
  assigneeId: String
  projectId: String
  stateId: String
  parentId: String
  estimate: Int
}
type IssuePayload { success: Boolean! lastSyncId: Float! issue: Issue }
type Team { id: ID! key: String! name: String! }
type Issue {
  id: ID!
  identifier: String!
  number: Float!
  title: String!
  description: String
  priority: Float!
  priorityLabel: String!
  url: String!
  branchName: String!
  createdAt: DateTime!
  updatedAt: DateTime!
  labelIds: [String!]!
  team: Team!
}
`

/** @type {Map<string, import('graphql').GraphQLSchema>} */
const schemas = new Map()

/** Builds each schema once per process: Linear's full SDL takes a few hundred milliseconds. */
function schemaFor(/** @type {boolean} */ useContracts) {
  const sdl = (useContracts && linearSchemaSdl()) || BUILT_IN_SDL
  let schema = schemas.get(sdl)
  if (!schema) schemas.set(sdl, (schema = buildSchema(sdl)))
  return schema
}

/**
 * An error the way Linear reports a rejected input: GraphQL error with typed extensions.
 * @param {string} message
 * @param {string} userPresentableMessage
 * @param {'INVALID_INPUT' | 'INPUT_ERROR'} code
 */
function inputError(message, userPresentableMessage, code = 'INVALID_INPUT') {
  return new GraphQLError(message, {
    extensions: { type: 'invalid input', code, userError: true, userPresentableMessage }
  })
}

/**
 * @param {readonly import('graphql').GraphQLError[]} errors
 * @param {string} code
 */
function withCode(errors, code) {
  return errors.map((error) => ({ ...error.toJSON(), extensions: { type: 'graphql error', code, ...error.extensions } }))
}

/** @param {string} title */
function slug(title) {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
}

/**
 * @param {Record<string, unknown>} input
 * @param {LinearState} state
 */
function checkInput(input, state) {
  const teamId = String(input.teamId)
  if (!UUID.test(teamId)) throw inputError('Argument Validation Error', 'teamId must be a UUID.')
  const team = state.teams.find((known) => known.id === teamId)
  if (!team) throw inputError('Entity not found: Team', 'Could not find referenced Team.', 'INPUT_ERROR')
  if (typeof input.title !== 'string' || input.title.trim() === '') {
    throw inputError('Argument Validation Error', 'title should not be empty.')
  }
  const priority = input.priority
  if (typeof priority === 'number' && (priority < 0 || priority > 4)) {
    throw inputError('Argument Validation Error', 'priority must be between 0 and 4.')
  }
  for (const labelId of Array.isArray(input.labelIds) ? input.labelIds.map(String) : []) {
    if (!UUID.test(labelId)) throw inputError('Argument Validation Error', 'each value in labelIds must be a UUID.')
    if (!state.labels.some((label) => label.id === labelId)) {
      throw inputError('Entity not found: IssueLabel', 'Could not find referenced IssueLabel.', 'INPUT_ERROR')
    }
  }
  return team
}

/**
 * @param {import('./linear.js').LinearOptions} [options]
 * @returns {Promise<import('./linear.js').LinearStandIn>}
 */
export async function startLinear(options = {}) {
  /** @type {LinearState} */
  const state = {
    apiKey: options.apiKey ?? `lin_api_${randomBytes(20).toString('hex')}`,
    teams: (options.teams ?? [{ id: randomUUID(), key: 'ENG' }]).map((team) => ({ name: team.key, ...team })),
    labels: options.labels ?? [],
    issues: []
  }
  const organization = options.organization ?? 'relay-stand-in'
  const schema = schemaFor(options.useContracts !== false)
  let lastSyncId = 1000

  /** @param {LinearIssue} issue */
  function issueObject(issue) {
    const team = /** @type {Required<import('./linear.js').LinearTeam>} */ (state.teams.find((known) => known.id === issue.teamId))
    const priority = typeof issue.input.priority === 'number' ? issue.input.priority : 0
    const now = new Date().toISOString()
    return {
      id: issue.id,
      identifier: issue.identifier,
      number: issue.number,
      title: issue.title,
      description: issue.input.description ?? null,
      priority,
      priorityLabel: PRIORITY_LABELS[priority],
      url: issue.url,
      branchName: `${issue.identifier.toLowerCase()}-${slug(issue.title)}`,
      createdAt: now,
      updatedAt: now,
      labelIds: issue.input.labelIds ?? [],
      team: { id: team.id, key: team.key, name: team.name }
    }
  }

  /** @param {{ successFalse: boolean }} mode */
  function resolvers(mode) {
    return {
      /** @param {{ input: Record<string, unknown> }} args */
      issueCreate({ input }) {
        if (mode.successFalse) return { success: false, lastSyncId: lastSyncId++, issue: null }
        const team = checkInput(input, state)
        const title = /** @type {string} */ (input.title)
        const number = state.issues.filter((issue) => issue.teamId === team.id).length + 1
        const identifier = `${team.key}-${number}`
        /** @type {LinearIssue} */
        const issue = {
          id: randomUUID(),
          identifier,
          number,
          url: `https://linear.app/${organization}/issue/${identifier}/${slug(title)}`,
          title,
          teamId: team.id,
          input
        }
        state.issues.push(issue)
        return { success: true, lastSyncId: lastSyncId++, issue: issueObject(issue) }
      },
      /** @param {{ id: string }} args */
      issue({ id }) {
        const issue = state.issues.find((stored) => stored.id === id || stored.identifier === id)
        if (!issue) throw inputError('Entity not found: Issue', 'Could not find referenced Issue.', 'INPUT_ERROR')
        return issueObject(issue)
      }
    }
  }

  /**
   * @param {Reply} reply
   * @param {number} status
   * @param {string} message
   * @param {Record<string, unknown>} extensions
   */
  function fail(reply, status, message, extensions) {
    reply.json(status, { errors: [{ message, extensions }] })
  }

  /**
   * Replies with the auth failure for this request, if any; true when it did.
   * @param {LoggedRequest} request
   * @param {Reply} reply
   */
  function refusedAuth(request, reply) {
    const header = request.headers.authorization
    if (header === state.apiKey) return false
    const bearer = header !== undefined && /^Bearer\s/i.test(header)
    fail(reply, bearer ? 400 : 401, 'Authentication required, not authenticated', {
      type: 'authentication error',
      code: 'AUTHENTICATION_ERROR',
      statusCode: bearer ? 400 : 401,
      userError: true,
      userPresentableMessage: bearer
        ? 'This looks like a personal API key sent as a Bearer token. Send the key without the "Bearer " prefix.'
        : 'You need to authenticate to access this operation.'
    })
    return true
  }

  /**
   * Parses, validates and executes a GraphQL request.
   * @param {LoggedRequest} request
   * @param {Reply} reply
   * @param {{ successFalse: boolean }} mode
   */
  function execute(request, reply, mode) {
    const badRequest = (/** @type {string} */ message) => fail(reply, 400, message, { type: 'graphql error', code: 'BAD_REQUEST' })
    if (!isJsonContentType(request.headers['content-type'])) {
      return badRequest('POST body must be JSON: send Content-Type: application/json.')
    }
    if (!('json' in request)) return badRequest('POST body is not valid JSON.')
    const body = /** @type {{ query?: unknown, variables?: unknown, operationName?: unknown }} */ (request.json ?? {})
    if (typeof body.query !== 'string') return badRequest('Must provide query string.')
    const variables = body.variables ?? {}
    if (typeof variables !== 'object' || Array.isArray(variables)) return badRequest('Variables must be provided as an object.')
    const operationName = typeof body.operationName === 'string' ? body.operationName : undefined

    let document
    try {
      document = parse(body.query)
    } catch (error) {
      return reply.json(400, { errors: withCode([/** @type {GraphQLError} */ (error)], 'GRAPHQL_PARSE_FAILED') })
    }
    const invalid = validate(schema, document)
    if (invalid.length > 0) return reply.json(400, { errors: withCode(invalid, 'GRAPHQL_VALIDATION_FAILED') })
    const operation = getOperationAST(document, operationName)
    if (!operation) {
      const error = new GraphQLError('Could not determine which operation to run: name it with operationName.')
      return reply.json(400, { errors: withCode([error], 'GRAPHQL_VALIDATION_FAILED') })
    }
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], /** @type {Record<string, unknown>} */ (variables))
    if (coerced.errors) return reply.json(400, { errors: withCode(coerced.errors, 'GRAPHQL_VALIDATION_FAILED') })

    const result = executeSync({ schema, document, operationName, variableValues: coerced.coerced, rootValue: resolvers(mode) })
    if (!result.errors) return reply.json(200, { data: result.data })
    reply.json(200, { errors: result.errors.map((error) => error.toJSON()), data: result.data ?? null })
  }

  /**
   * @param {LoggedRequest} request
   * @param {Reply} reply
   * @param {{ successFalse: boolean }} mode
   */
  function handleWith(request, reply, mode) {
    if (request.path !== '/graphql') return reply.json(404, { errors: [{ message: `Cannot ${request.method} ${request.path}` }] })
    if (refusedAuth(request, reply)) return
    if (request.method !== 'POST') return fail(reply, 405, 'Send GraphQL requests with POST.', { code: 'BAD_REQUEST' })
    execute(request, reply, mode)
  }

  /**
   * @param {number} status
   * @param {number} retryAfter seconds
   * @param {Reply} reply
   */
  function rateLimited(status, retryAfter, reply) {
    const headers = {
      'x-ratelimit-requests-limit': '1500',
      'x-ratelimit-requests-remaining': '0',
      'x-ratelimit-requests-reset': String(Date.now() + Math.round(retryAfter * 1000))
    }
    const extensions = {
      type: 'ratelimited',
      code: 'RATELIMITED',
      userError: true,
      userPresentableMessage: 'Rate limit exceeded. Try again later.'
    }
    reply.json(status, { errors: [{ message: 'Rate limit exceeded', extensions }] }, headers)
  }

  /** @type {import('./http.js').ServerOptions<LinearFault>['faultHandlers']} */
  const faultHandlers = {
    'rate-limit': (fault, _request, reply) => rateLimited(400, fault.retryAfter, reply),
    'ratelimited-200': (fault, _request, reply) => rateLimited(200, fault.retryAfter ?? 1, reply),
    'ratelimited-400': (fault, _request, reply) => rateLimited(400, fault.retryAfter ?? 1, reply),
    'graphql-error-200': (fault, _request, reply) => {
      const extensions = { type: 'internal error', code: fault.code ?? 'INTERNAL_SERVER_ERROR' }
      reply.json(200, { errors: [{ message: fault.message ?? 'Internal server error', extensions }], data: null })
    },
    'success-false': (_fault, request, reply) => handleWith(request, reply, { successFalse: true })
  }

  const server = await startServer({
    handle: (request, reply) => handleWith(request, reply, { successFalse: false }),
    faultHandlers
  })
  return { ...server, state, graphqlUrl: `${server.url}/graphql` }
}
