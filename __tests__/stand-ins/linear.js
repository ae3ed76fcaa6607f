// @ts-check
/**
 * Stand-in for Linear's GraphQL API: a personal API key sent bare, documents validated against Linear's
 * schema (the contract when present, else a built-in subset), `issueCreate` executed with Linear's checks,
 * and Linear's error shapes (errors[] with extensions.code, often with HTTP 200).
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { GraphQLError, buildSchema, executeSync, getOperationAST, getVariableValues, parse, validate } from 'graphql'
import { isJsonContentType, silentReply, startServer } from './http.js'
import { TokenBucket } from './rate-limit.js'
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
type Query {
  issue(id: String!): Issue!
  issues(filter: IssueFilter, first: Int): IssueConnection!
  issueLabels(filter: IssueLabelFilter, first: Int): IssueLabelConnection!
  workflowStates(filter: WorkflowStateFilter, first: Int): WorkflowStateConnection!
}
type Mutation {
  issueCreate(input: IssueCreateInput!): IssuePayload!
  issueUpdate(id: String!, input: IssueUpdateInput!): IssuePayload!
  issueLabelCreate(input: IssueLabelCreateInput!): IssueLabelPayload!
  commentCreate(input: CommentCreateInput!): CommentPayload!
  issueRelationCreate(input: IssueRelationCreateInput!): IssueRelationPayload!
}
enum IssueRelationType { blocks duplicate related similar }
input IssueRelationCreateInput { id: String issueId: String! relatedIssueId: String! type: IssueRelationType! }
type IssueRelationPayload { success: Boolean! lastSyncId: Float! issueRelation: IssueRelation! }
type IssueRelation { id: ID! type: String! createdAt: DateTime! updatedAt: DateTime! issue: Issue! relatedIssue: Issue! }
input IssueCreateInput {
  id: String
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
input IssueUpdateInput { stateId: String title: String description: String priority: Int labelIds: [String!] }
input IssueLabelCreateInput { id: String name: String! teamId: String color: String description: String }
input CommentCreateInput { id: String issueId: String body: String }
input IDComparator { eq: ID neq: ID in: [ID!] nin: [ID!] }
input StringComparator { eq: String neq: String in: [String!] nin: [String!] eqIgnoreCase: String contains: String startsWith: String }
input NumberComparator { eq: Float neq: Float in: [Float!] nin: [Float!] lt: Float lte: Float gt: Float gte: Float }
input TeamFilter { id: IDComparator key: StringComparator name: StringComparator and: [TeamFilter!] or: [TeamFilter!] }
input NullableTeamFilter { id: IDComparator key: StringComparator name: StringComparator null: Boolean and: [NullableTeamFilter!] or: [NullableTeamFilter!] }
input WorkflowStateFilter {
  id: IDComparator name: StringComparator type: StringComparator position: NumberComparator team: TeamFilter
  and: [WorkflowStateFilter!] or: [WorkflowStateFilter!]
}
input IssueLabelFilter { id: IDComparator name: StringComparator team: NullableTeamFilter and: [IssueLabelFilter!] or: [IssueLabelFilter!] }
input IssueLabelCollectionFilter {
  id: IDComparator name: StringComparator team: NullableTeamFilter some: IssueLabelFilter every: IssueLabelFilter
  and: [IssueLabelCollectionFilter!] or: [IssueLabelCollectionFilter!]
}
input IssueFilter {
  id: IDComparator title: StringComparator number: NumberComparator team: TeamFilter state: WorkflowStateFilter
  labels: IssueLabelCollectionFilter and: [IssueFilter!] or: [IssueFilter!]
}
type IssuePayload { success: Boolean! lastSyncId: Float! issue: Issue }
type IssueLabelPayload { success: Boolean! lastSyncId: Float! issueLabel: IssueLabel! }
type CommentPayload { success: Boolean! lastSyncId: Float! comment: Comment! }
type IssueConnection { nodes: [Issue!]! }
type IssueLabelConnection { nodes: [IssueLabel!]! }
type WorkflowStateConnection { nodes: [WorkflowState!]! }
type Team { id: ID! key: String! name: String! }
type IssueLabel { id: ID! name: String! color: String! description: String team: Team }
type WorkflowState { id: ID! name: String! type: String! position: Float! color: String! team: Team! }
type Comment { id: ID! body: String! url: String! createdAt: DateTime! issue: Issue }
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
  labels(filter: IssueLabelFilter, first: Int): IssueLabelConnection!
  state: WorkflowState!
  team: Team!
}
`

/**
 * Each team's workflow, as Linear sets up a new team.
 * @type {Pick<import('./linear.js').LinearWorkflowState, 'name' | 'type' | 'color'>[]}
 */
const DEFAULT_STATES = [
  { name: 'Backlog', type: 'backlog', color: '#bec2c8' },
  { name: 'Todo', type: 'unstarted', color: '#e2e2e2' },
  { name: 'In Progress', type: 'started', color: '#f2c94c' },
  { name: 'Done', type: 'completed', color: '#5e6ad2' },
  { name: 'Canceled', type: 'canceled', color: '#95a2b3' },
  { name: 'Duplicate', type: 'duplicate', color: '#95a2b3' }
]

/**
 * What each entity can be filtered by: a scalar, another entity, or a collection of entities
 * (`some`/`every`, or its own fields meaning `some`). Anything else is refused loudly.
 * @typedef {{ scalar: (entity: any) => unknown } | { entity: string, of: (entity: any) => unknown } | { collection: string, of: (entity: any) => unknown[] }} Filterable
 * @type {Record<string, Record<string, Filterable>>}
 */
const FILTERABLE = {
  Issue: {
    id: { scalar: issue => issue.id },
    title: { scalar: issue => issue.title },
    number: { scalar: issue => issue.number },
    team: { entity: 'Team', of: issue => issue.team },
    state: { entity: 'WorkflowState', of: issue => issue.state },
    labels: { collection: 'IssueLabel', of: issue => issue.labels.nodes }
  },
  Team: { id: { scalar: team => team.id }, key: { scalar: team => team.key }, name: { scalar: team => team.name } },
  IssueLabel: {
    id: { scalar: label => label.id },
    name: { scalar: label => label.name },
    team: { entity: 'Team', of: label => label.team }
  },
  WorkflowState: {
    id: { scalar: workflowState => workflowState.id },
    name: { scalar: workflowState => workflowState.name },
    type: { scalar: workflowState => workflowState.type },
    position: { scalar: workflowState => workflowState.position },
    team: { entity: 'Team', of: workflowState => workflowState.team }
  }
}

/** @type {Record<string, (value: any, operand: any) => boolean>} */
const COMPARATORS = {
  eq: (value, operand) => value === operand,
  neq: (value, operand) => value !== operand,
  in: (value, operand) => operand.includes(value),
  nin: (value, operand) => !operand.includes(value),
  eqIgnoreCase: (value, operand) => String(value).toLowerCase() === String(operand).toLowerCase(),
  contains: (value, operand) => String(value).includes(operand),
  startsWith: (value, operand) => String(value).startsWith(operand),
  lt: (value, operand) => value < operand,
  lte: (value, operand) => value <= operand,
  gt: (value, operand) => value > operand,
  gte: (value, operand) => value >= operand
}

/**
 * @param {unknown} value
 * @param {Record<string, unknown>} comparator
 */
function compare(value, comparator) {
  return Object.entries(comparator).every(([name, operand]) => {
    const test = COMPARATORS[name]
    if (!test) throw new GraphQLError(`The stand-in does not support the comparator '${name}'.`)
    return test(value, operand)
  })
}

/**
 * Whether `entity` (a GraphQL object as the stand-in returns it) passes a Linear filter.
 * @param {string} kind
 * @param {any} entity
 * @param {Record<string, any>} filter
 * @returns {boolean}
 */
function passes(kind, entity, filter) {
  return Object.entries(filter).every(([key, condition]) => {
    if (key === 'and') return condition.every((/** @type {any} */ part) => passes(kind, entity, part))
    if (key === 'or') return condition.some((/** @type {any} */ part) => passes(kind, entity, part))
    const spec = FILTERABLE[kind][key]
    if (!spec) throw new GraphQLError(`The stand-in does not support filtering ${kind} by '${key}'.`)
    if ('scalar' in spec) return compare(spec.scalar(entity), condition)
    if ('entity' in spec) {
      const { null: isNull, ...rest } = condition
      const target = spec.of(entity)
      if (isNull !== undefined && (target === null || target === undefined) !== isNull) return false
      if (Object.keys(rest).length === 0) return true
      return target !== null && target !== undefined && passes(spec.entity, target, rest)
    }
    const items = spec.of(entity)
    const { some, every, ...own } = condition
    if (some && !items.some(item => passes(spec.collection, item, some))) return false
    if (every && !items.every(item => passes(spec.collection, item, every))) return false
    return Object.keys(own).length === 0 || items.some(item => passes(spec.collection, item, own))
  })
}

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
  return errors.map(error => ({ ...error.toJSON(), extensions: { type: 'graphql error', code, ...error.extensions } }))
}

/** @param {unknown} value */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
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
  const team = state.teams.find(known => known.id === teamId)
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
    const label = state.labels.find(known => known.id === labelId)
    if (!label) throw inputError('Entity not found: IssueLabel', 'Could not find referenced IssueLabel.', 'INPUT_ERROR')
    if (label.teamId && label.teamId !== teamId) {
      throw inputError('Argument Validation Error', `The label '${label.name}' belongs to another team.`, 'INPUT_ERROR')
    }
  }
  if (input.id !== undefined && input.id !== null) {
    if (!UUID.test(String(input.id))) throw inputError('Argument Validation Error', 'id must be a UUID.')
    if (state.issues.some(issue => issue.id === input.id)) {
      throw inputError('Entity already exists', 'An issue with this id already exists.', 'INPUT_ERROR')
    }
  }
  return team
}

/**
 * @param {import('./linear.js').LinearOptions} [options]
 * @returns {Promise<import('./linear.js').LinearStandIn>}
 */
/** A personal API key's request limit: 2,500 per hour, a leaky bucket (linear.app/developers/rate-limiting). */
const REQUEST_LIMIT = { capacity: 2500, intervalMs: 3_600_000 / 2500 }

export async function startLinear(options = {}) {
  /** @type {LinearState} */
  const state = {
    apiKey: options.apiKey ?? `lin_api_${randomBytes(20).toString('hex')}`,
    teams: (options.teams ?? [{ id: randomUUID(), key: 'ENG' }]).map(team => ({ name: team.key, ...team })),
    labels: options.labels ?? [],
    issues: [],
    workflowStates: [],
    relations: [],
    searchLag: options.searchLag ?? {}
  }
  for (const team of state.teams) {
    DEFAULT_STATES.forEach((workflowState, position) =>
      state.workflowStates.push({ id: randomUUID(), teamId: team.id, position, ...workflowState })
    )
  }
  const organization = options.organization ?? 'relay-stand-in'
  const schema = schemaFor(options.useContracts !== false)
  let lastSyncId = 1000

  /** @param {string} teamId */
  function teamObject(teamId) {
    const team = /** @type {Required<import('./linear.js').LinearTeam>} */ (
      state.teams.find(known => known.id === teamId)
    )
    return { id: team.id, key: team.key, name: team.name }
  }

  /** @param {import('./linear.js').LinearWorkflowState} workflowState */
  function stateObject(workflowState) {
    const { teamId, ...fields } = workflowState
    return { ...fields, team: teamObject(teamId) }
  }

  /** @param {import('./linear.js').LinearLabel} label */
  function labelObject(label) {
    return {
      id: label.id,
      name: label.name,
      color: label.color ?? '#bec2c8',
      description: label.description ?? null,
      team: label.teamId ? teamObject(label.teamId) : null
    }
  }

  /** @param {LinearIssue} issue */
  function issueObject(issue) {
    const team = /** @type {Required<import('./linear.js').LinearTeam>} */ (
      state.teams.find(known => known.id === issue.teamId)
    )
    const priority = typeof issue.input.priority === 'number' ? issue.input.priority : 0
    const now = issue.createdAt
    const workflowState = state.workflowStates.find(known => known.id === issue.stateId)
    const labelIds = /** @type {string[]} */ (issue.input.labelIds ?? [])
    const labels = state.labels.filter(label => labelIds.includes(label.id))
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
      labelIds,
      labels: { nodes: labels.map(labelObject) },
      state: workflowState ? stateObject(workflowState) : null,
      team: { id: team.id, key: team.key, name: team.name }
    }
  }

  /**
   * Whether a search shows the issue yet (see LinearOptions.searchLag).
   * @param {LinearIssue} issue
   */
  function indexed(issue) {
    const { searches = 0, ms = 0 } = state.searchLag
    issue.searchesSeen++
    return issue.searchesSeen > searches && Date.now() - Date.parse(issue.createdAt) >= ms
  }

  /** @param {string} idOrIdentifier */
  function findIssue(idOrIdentifier) {
    const issue = state.issues.find(stored => stored.id === idOrIdentifier || stored.identifier === idOrIdentifier)
    if (!issue) throw inputError('Entity not found: Issue', 'Could not find referenced Issue.', 'INPUT_ERROR')
    return issue
  }

  /**
   * @template T
   * @param {T[]} items
   * @param {unknown} first
   */
  function page(items, first) {
    return { nodes: typeof first === 'number' ? items.slice(0, first) : items.slice(0, 50) }
  }

  /**
   * @param {Record<string, unknown>} input
   */
  function createLabel(input) {
    const name = typeof input.name === 'string' ? input.name.trim() : ''
    if (name === '') throw inputError('Argument Validation Error', 'name should not be empty.')
    const teamId = typeof input.teamId === 'string' ? input.teamId : undefined
    if (teamId && !state.teams.some(team => team.id === teamId)) {
      throw inputError('Entity not found: Team', 'Could not find referenced Team.', 'INPUT_ERROR')
    }
    const clash = state.labels.some(
      label => label.name.toLowerCase() === name.toLowerCase() && (!label.teamId || !teamId || label.teamId === teamId)
    )
    if (clash) throw inputError('Duplicate label name', `A label named '${name}' already exists.`, 'INPUT_ERROR')
    /** @type {import('./linear.js').LinearLabel} */
    const label = { id: randomUUID(), name, ...(teamId && { teamId }) }
    if (typeof input.color === 'string') label.color = input.color
    if (typeof input.description === 'string') label.description = input.description
    state.labels.push(label)
    return label
  }

  /** @param {{ successFalse: boolean }} mode */
  function resolvers(mode) {
    return {
      /** @param {{ input: Record<string, unknown> }} args */
      issueCreate({ input }) {
        if (mode.successFalse) return { success: false, lastSyncId: lastSyncId++, issue: null }
        const team = checkInput(input, state)
        const title = /** @type {string} */ (input.title)
        const number = state.issues.filter(issue => issue.teamId === team.id).length + 1
        const identifier = `${team.key}-${number}`
        const firstState = state.workflowStates.find(known => known.teamId === team.id && known.type === 'unstarted')
        /** @type {LinearIssue} */
        const issue = {
          id: typeof input.id === 'string' ? input.id : randomUUID(),
          identifier,
          number,
          url: `https://linear.app/${organization}/issue/${identifier}/${slug(title)}`,
          title,
          teamId: team.id,
          input,
          stateId: /** @type {string} */ (firstState?.id),
          comments: [],
          createdAt: new Date().toISOString(),
          searchesSeen: 0
        }
        state.issues.push(issue)
        return { success: true, lastSyncId: lastSyncId++, issue: issueObject(issue) }
      },
      /** @param {{ id: string }} args */
      issue({ id }) {
        return issueObject(findIssue(id))
      },
      /** @param {{ filter?: Record<string, any>, first?: number }} args */
      issues({ filter, first }) {
        const found = state.issues
          .map(issue => ({ issue, object: issueObject(issue) }))
          .filter(({ issue, object }) => (!filter || passes('Issue', object, filter)) && indexed(issue))
          .map(({ object }) => object)
        return page(found.reverse(), first)
      },
      /** @param {{ filter?: Record<string, any>, first?: number }} args */
      issueLabels({ filter, first }) {
        return page(
          state.labels.map(labelObject).filter(label => !filter || passes('IssueLabel', label, filter)),
          first
        )
      },
      /** @param {{ filter?: Record<string, any>, first?: number }} args */
      workflowStates({ filter, first }) {
        return page(
          state.workflowStates.map(stateObject).filter(found => !filter || passes('WorkflowState', found, filter)),
          first
        )
      },
      /** @param {{ input: Record<string, unknown> }} args */
      issueLabelCreate({ input }) {
        return { success: true, lastSyncId: lastSyncId++, issueLabel: labelObject(createLabel(input)) }
      },
      /** @param {{ input: Record<string, unknown> }} args */
      commentCreate({ input }) {
        const issue = findIssue(String(input.issueId ?? ''))
        if (typeof input.body !== 'string' || input.body.trim() === '') {
          throw inputError('Argument Validation Error', 'body should not be empty.')
        }
        const comment = { id: randomUUID(), body: input.body, createdAt: new Date().toISOString() }
        issue.comments.push(comment)
        const url = `${issue.url}#comment-${comment.id.slice(0, 8)}`
        return { success: true, lastSyncId: lastSyncId++, comment: { ...comment, url, issue: issueObject(issue) } }
      },
      /**
       * Relates two issues; `duplicate` reads "issue is a duplicate of relatedIssue". The issue's state is left as
       * it is: a client that wants it closed moves it (the stand-in does not assume Linear does).
       * @param {{ input: Record<string, unknown> }} args
       */
      issueRelationCreate({ input }) {
        const issue = findIssue(String(input.issueId))
        const related = findIssue(String(input.relatedIssueId))
        if (issue === related) throw inputError('Argument Validation Error', 'An issue cannot be related to itself.')
        const type = /** @type {import('./linear.js').LinearRelation['type']} */ (input.type)
        if (
          state.relations.some(
            known => known.issueId === issue.id && known.relatedIssueId === related.id && known.type === type
          )
        ) {
          throw inputError('Entity already exists', 'These issues are already related this way.', 'INPUT_ERROR')
        }
        const relation = {
          id: typeof input.id === 'string' ? input.id : randomUUID(),
          type,
          issueId: issue.id,
          relatedIssueId: related.id,
          createdAt: new Date().toISOString()
        }
        state.relations.push(relation)
        const { issueId: _issue, relatedIssueId: _related, ...fields } = relation
        const issueRelation = {
          ...fields,
          updatedAt: relation.createdAt,
          issue: issueObject(issue),
          relatedIssue: issueObject(related)
        }
        return { success: true, lastSyncId: lastSyncId++, issueRelation }
      },
      /** @param {{ id: string, input: Record<string, unknown> }} args */
      issueUpdate({ id, input }) {
        const issue = findIssue(id)
        if (input.stateId !== undefined && input.stateId !== null) {
          const target = state.workflowStates.find(known => known.id === input.stateId)
          if (!target)
            throw inputError(
              'Entity not found: WorkflowState',
              'Could not find referenced WorkflowState.',
              'INPUT_ERROR'
            )
          if (target.teamId !== issue.teamId) {
            throw inputError(
              'Argument Validation Error',
              "The workflow state does not belong to the issue's team.",
              'INPUT_ERROR'
            )
          }
          issue.stateId = target.id
        }
        return { success: true, lastSyncId: lastSyncId++, issue: issueObject(issue) }
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
    const badRequest = (/** @type {string} */ message) =>
      fail(reply, 400, message, { type: 'graphql error', code: 'BAD_REQUEST' })
    if (!isJsonContentType(request.headers['content-type'])) {
      return badRequest('POST body must be JSON: send Content-Type: application/json.')
    }
    if (!('json' in request)) return badRequest('POST body is not valid JSON.')
    const body = /** @type {{ query?: unknown, variables?: unknown, operationName?: unknown }} */ (request.json ?? {})
    if (typeof body.query !== 'string') return badRequest('Must provide query string.')
    const variables = body.variables ?? {}
    if (typeof variables !== 'object' || Array.isArray(variables))
      return badRequest('Variables must be provided as an object.')
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
    const coerced = getVariableValues(
      schema,
      operation.variableDefinitions ?? [],
      /** @type {Record<string, unknown>} */ (variables)
    )
    if (coerced.errors) return reply.json(400, { errors: withCode(coerced.errors, 'GRAPHQL_VALIDATION_FAILED') })

    const result = executeSync({
      schema,
      document,
      operationName,
      variableValues: coerced.coerced,
      rootValue: resolvers(mode)
    })
    if (!result.errors) return reply.json(200, { data: result.data })
    reply.json(200, { errors: result.errors.map(error => error.toJSON()), data: result.data ?? null })
  }

  /**
   * @param {LoggedRequest} request
   * @param {Reply} reply
   * @param {{ successFalse: boolean }} mode
   */
  function handleWith(request, reply, mode) {
    if (request.path !== '/graphql')
      return reply.json(404, { errors: [{ message: `Cannot ${request.method} ${request.path}` }] })
    if (refusedAuth(request, reply)) return
    const budgeted = withRequestBudget(reply)
    if (!budgeted) return
    if (request.method !== 'POST')
      return fail(budgeted, 405, 'Send GraphQL requests with POST.', { code: 'BAD_REQUEST' })
    execute(request, budgeted, mode)
  }

  const limited = options.rateLimits !== false
  const requestBudget = new TokenBucket({
    capacity: REQUEST_LIMIT.capacity,
    intervalMs: REQUEST_LIMIT.intervalMs * (options.timeScale ?? 1)
  })

  /**
   * Takes a request from the key's budget: a reply that carries the budget headers, or undefined after answering
   * HTTP 400 RATELIMITED (resets in epoch milliseconds, as Linear sends them).
   * @param {Reply} reply
   * @returns {Reply | undefined}
   */
  function withRequestBudget(reply) {
    if (!limited) return reply
    const taken = requestBudget.take(state.apiKey)
    if (!taken.ok) return void rateLimited(400, taken.retryAfterMs / 1000, reply)
    const headers = {
      'x-ratelimit-requests-limit': String(REQUEST_LIMIT.capacity),
      'x-ratelimit-requests-remaining': String(taken.remaining),
      'x-ratelimit-requests-reset': String(Math.ceil(Date.now() + taken.fullAfterMs))
    }
    return {
      json: (status, body, extra = {}) => reply.json(status, body, { ...headers, ...extra }),
      text: (status, text, extra = {}) => reply.text(status, text, { ...headers, ...extra }),
      empty: (status, extra = {}) => reply.empty(status, { ...headers, ...extra })
    }
  }

  /**
   * @param {number} status
   * @param {number} retryAfter seconds
   * @param {Reply} reply
   */
  function rateLimited(status, retryAfter, reply) {
    const headers = {
      'x-ratelimit-requests-limit': String(REQUEST_LIMIT.capacity),
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
    'success-false': (_fault, request, reply) => handleWith(request, reply, { successFalse: true }),
    'store-then-hang': (_fault, request) => handleWith(request, silentReply, { successFalse: false })
  }

  /**
   * A fault with an `operation` waits for a request whose query calls it.
   * @param {LinearFault} fault
   * @param {LoggedRequest} request
   */
  function faultApplies(fault, request) {
    if (!('operation' in fault) || fault.operation === undefined) return true
    const query = isObject(request.json)
      ? String(/** @type {Record<string, unknown>} */ (request.json).query ?? '')
      : ''
    return new RegExp(`\\b${fault.operation}\\b`).test(query)
  }

  const server = await startServer({
    handle: (request, reply) => handleWith(request, reply, { successFalse: false }),
    faultHandlers,
    faultApplies
  })
  return { ...server, state, graphqlUrl: `${server.url}/graphql` }
}
