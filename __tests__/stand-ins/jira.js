// @ts-check
/**
 * Stand-in for Jira Cloud's create-issue endpoint (REST v2 and v3): Basic auth with email and API token,
 * the create-screen field checks, ADF validation for v3, and Jira's `{errorMessages, errors}` replies; and what
 * issue tracking uses: a lagging JQL search, comments, transitions with their screens, issue links.
 */
import { createRequire } from 'node:module'
import fs from 'node:fs'
import ajv from 'ajv'
import { codePoints, isJsonContentType, silentReply, startServer } from './http.js'
import { FixedWindow, retryAfterHeader, TokenBucket } from './rate-limit.js'

/**
 * @typedef {import('./http.js').Reply} Reply
 * @typedef {import('./http.js').LoggedRequest} LoggedRequest
 * @typedef {import('./jira.js').JiraState} JiraState
 * @typedef {import('./jira.js').JiraFault} JiraFault
 * @typedef {Required<import('./jira.js').JiraProject>} Project
 * @typedef {{ id?: unknown, name?: unknown, key?: unknown }} Reference
 */

const ISSUE_PATH = /^\/rest\/api\/([23])\/issue\/?$/
const ISSUE_BY_KEY_PATH = /^\/rest\/api\/([23])\/issue\/([^/]+)$/
const MYSELF_PATH = /^\/rest\/api\/[23]\/myself$/
const SEARCH_PATH = /^\/rest\/api\/[23]\/search\/jql$/
const ISSUE_PART_PATH = /^\/rest\/api\/([23])\/issue\/([^/]+)\/(comment|transitions)$/
const ISSUE_LINK_PATH = /^\/rest\/api\/([23])\/issueLink$/
const LINK_TYPES_PATH = /^\/rest\/api\/([23])\/issueLinkType$/
/**
 * A new site's issue link types, with Jira's ids and phrases.
 * @type {import('./jira.js').JiraLinkType[]}
 */
const DEFAULT_LINK_TYPES = [
  { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
  { id: '10001', name: 'Cloners', inward: 'is cloned by', outward: 'clones' },
  { id: '10002', name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' },
  { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' }
]
/** A new site's resolutions; their ids start at 10000. */
const DEFAULT_RESOLUTIONS = ['Done', "Won't Do", 'Duplicate', 'Cannot Reproduce']
const MAX_SEARCH_RESULTS = 5000
const DEFAULT_SEARCH_RESULTS = 50
/** Status categories by key, with Jira's ids and colours. */
const CATEGORIES = {
  new: { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, key: 'done', colorName: 'green', name: 'Done' }
}
/**
 * A simple workflow: every status can move to every other one.
 * @type {import('./jira.js').JiraTransition[]}
 */
const DEFAULT_WORKFLOW = [
  { id: '11', name: 'To Do', status: { id: '10000', name: 'To Do', category: 'new' } },
  { id: '21', name: 'In Progress', status: { id: '3', name: 'In Progress', category: 'indeterminate' } },
  { id: '31', name: 'Done', status: { id: '10001', name: 'Done', category: 'done' } }
]
const SETTABLE_FIELDS = ['project', 'issuetype', 'summary', 'description', 'priority', 'labels']
const DEFAULT_PRIORITIES = ['Highest', 'High', 'Medium', 'Low', 'Lowest']
const MAX_SUMMARY = 255
const MAX_LABEL = 255

const NOT_AUTHENTICATED = {
  errorMessages: ['You are not authenticated. Authentication required to perform this operation.'],
  errors: {}
}
const REJECTED_CREDENTIALS = 'Client must be authenticated to access this resource.'

/**
 * A time as Jira writes it: milliseconds and an offset without a colon (`2026-12-05T23:36:07.123+0000`).
 * @param {Date} date
 */
function jiraTime(date) {
  return date.toISOString().replace(/Z$/, '+0000')
}

/** @param {unknown} value */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** @type {import('ajv').ValidateFunction | undefined} */
let adfValidator

/**
 * The ADF JSON schema from @atlaskit/adf-schema (draft-04; its keywords read the same under Ajv's default draft).
 * It also refuses empty text nodes (`text_node.text` has minLength 1), as Jira does.
 */
function validateAdf(/** @type {unknown} */ document) {
  if (adfValidator === undefined) {
    const file = createRequire(import.meta.url).resolve('@atlaskit/adf-schema/json-schema/v1/full.json')
    const { $schema: _draft, ...schema } = JSON.parse(fs.readFileSync(file, 'utf8'))
    adfValidator = new ajv.default({ strict: false }).compile(schema)
  }
  return Boolean(adfValidator(document))
}

/**
 * @param {unknown} value
 * @param {Project[]} projects
 */
function findProject(value, projects) {
  if (!isObject(value)) return undefined
  const { id, key } = /** @type {Reference} */ (value)
  return projects.find(project => (key !== undefined ? project.key === key : project.id === String(id)))
}

/**
 * Looks a `{name}` or `{id}` reference up in a list whose ids are positions offset by `firstId`.
 * @param {Reference} reference
 * @param {string[]} names
 * @param {number} firstId
 */
function findNamed(reference, names, firstId) {
  const index = reference.name !== undefined ? names.indexOf(String(reference.name)) : Number(reference.id) - firstId
  return index >= 0 && index < names.length ? { id: String(firstId + index), name: names[index] } : undefined
}

/**
 * @param {Record<string, unknown>} fields
 * @param {number} version
 * @param {{ projects: Project[], settable: string[] }} screen
 * @returns {Record<string, string>}
 */
function fieldErrors(fields, version, screen) {
  /** @type {Record<string, string>} */
  const errors = {}
  for (const name of Object.keys(fields)) {
    if (!screen.settable.includes(name)) {
      errors[name] = `Field '${name}' cannot be set. It is not on the appropriate screen, or unknown.`
    }
  }
  const project = findProject(fields.project, screen.projects)
  if (!project) errors.project = 'Specify a valid project ID or key'
  if (!isObject(fields.issuetype)) errors.issuetype = 'Specify an issue type'
  else if (project && !findNamed(/** @type {Reference} */ (fields.issuetype), project.issueTypes, 10001)) {
    errors.issuetype = 'Specify a valid issue type'
  }
  const summary = summaryError(fields.summary)
  if (summary) errors.summary = summary
  const description = descriptionError(fields.description, version)
  if (description) errors.description = description
  const priority = priorityError(fields.priority, project)
  if (priority) errors.priority = priority
  const labels = labelsError(fields.labels)
  if (labels) errors.labels = labels
  return errors
}

/** @param {unknown} summary */
function summaryError(summary) {
  if (summary === undefined || summary === null || summary === '') return 'You must specify a summary of the issue.'
  if (typeof summary !== 'string') return 'Operation value must be a string'
  if (summary.trim() === '') return 'You must specify a summary of the issue.'
  if (/[\r\n]/.test(summary)) return 'The summary is invalid because it contains newline characters.'
  if (codePoints(summary) > MAX_SUMMARY) return `Summary must be less than ${MAX_SUMMARY} characters.`
  return undefined
}

/**
 * @param {unknown} description
 * @param {number} version
 */
function descriptionError(description, version) {
  if (description === undefined || description === null) return undefined
  if (version === 2) return typeof description === 'string' ? undefined : 'Operation value must be a string'
  if (!isObject(description)) return 'Operation value must be an Atlassian Document (see the Atlassian Document Format)'
  return validateAdf(description) ? undefined : 'INVALID_INPUT'
}

/**
 * @param {unknown} priority
 * @param {Project | undefined} project
 */
function priorityError(priority, project) {
  if (priority === undefined || priority === null) return undefined
  if (!isObject(priority)) return "Could not find valid 'id' or 'name' in priority object."
  const reference = /** @type {Reference} */ (priority)
  if (reference.name === undefined && reference.id === undefined)
    return "Could not find valid 'id' or 'name' in priority object."
  if (!project || findNamed(reference, project.priorities, 1)) return undefined
  return reference.name !== undefined
    ? `Priority name '${String(reference.name)}' is not valid`
    : `Priority with id '${String(reference.id)}' does not exist`
}

/** @param {unknown} labels */
function labelsError(labels) {
  if (labels === undefined || labels === null) return undefined
  if (!Array.isArray(labels)) return 'Operation value must be an array'
  for (const label of labels) {
    if (typeof label !== 'string') return 'Operation value must be a string'
    if (/\s/.test(label)) return `The label '${label}' contains spaces which is invalid.`
    if (codePoints(label) > MAX_LABEL) {
      return `The label '${label}' exceeds the maximum length for a single label of ${MAX_LABEL} characters.`
    }
  }
  return undefined
}

/**
 * @typedef {{ field: 'project' | 'labels' | 'statuscategory' | 'status', op: '=' | '!=', value: string }} Clause
 */

const JQL_FIELDS = ['project', 'labels', 'statuscategory', 'status']

/**
 * The JQL the relay's search needs: `field = value` / `field != value` clauses joined by AND, optionally
 * `ORDER BY created [ASC|DESC]`. Anything else is refused, as are unbounded queries (no clause).
 * @param {string} jql
 * @returns {{ clauses: Clause[], order?: 'ASC' | 'DESC' } | { error: string }}
 */
function parseJql(jql) {
  const [where, order] = jql.split(/\s+ORDER\s+BY\s+/i)
  if (where.trim() === '') {
    return { error: 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.' }
  }
  /** @type {Clause[]} */
  const clauses = []
  for (const part of where.split(/\s+AND\s+/i)) {
    const clause = /^\s*(\w+)\s*(!=|=)\s*("(?:[^"\\]|\\.)*"|[\w.-]+)\s*$/.exec(part)
    if (!clause) return { error: `Error in the JQL Query: the stand-in cannot read '${part.trim()}'.` }
    const field = clause[1].toLowerCase()
    if (!JQL_FIELDS.includes(field))
      return { error: `Field '${clause[1]}' does not exist or you do not have permission to view it.` }
    const value = clause[3].startsWith('"') ? clause[3].slice(1, -1).replace(/\\(.)/g, '$1') : clause[3]
    clauses.push({ field: /** @type {Clause['field']} */ (field), op: /** @type {Clause['op']} */ (clause[2]), value })
  }
  if (order === undefined) return { clauses }
  const sort = /^\s*created(?:\s+(ASC|DESC))?\s*$/i.exec(order)
  if (!sort) return { error: `Error in the JQL Query: the stand-in can only order by created (got '${order.trim()}').` }
  return { clauses, order: /** @type {'ASC' | 'DESC'} */ ((sort[1] ?? 'ASC').toUpperCase()) }
}

/**
 * @param {unknown} body
 * @param {number} version
 */
function commentBodyError(body, version) {
  if (body === undefined || body === null || body === '') return 'Comment body can not be empty!'
  if (version === 2) return typeof body === 'string' ? undefined : 'Operation value must be a string'
  if (!isObject(body)) return 'Comment body is not valid: send an Atlassian Document.'
  return validateAdf(body) ? undefined : 'INVALID_INPUT'
}

/**
 * @param {import('./jira.js').JiraProject} project
 * @param {number} index
 * @returns {Project}
 */
function withDefaults(project, index) {
  return {
    key: project.key,
    id: project.id ?? String(10000 + index),
    issueTypes: project.issueTypes ?? ['Bug', 'Task'],
    priorities: project.priorities ?? DEFAULT_PRIORITIES
  }
}

/**
 * @param {import('./jira.js').JiraOptions} [options]
 * @returns {Promise<import('./jira.js').JiraStandIn>}
 */
/** Jira's per-issue write limits: 20 writes per 2 s and 100 per 30 s on one issue (developer.atlassian.com rate limiting). */
const PER_ISSUE_WRITES = [
  { limit: 20, windowMs: 2000 },
  { limit: 100, windowMs: 30_000 }
]
/** The burst limit per endpoint and method: POST 100 per second (token bucket). */
const POST_BURST = { capacity: 100, intervalMs: 10 }

export async function startJira(options = {}) {
  /** @type {JiraState} */
  const state = {
    email: options.email ?? 'relay-bot@example.com',
    apiToken: options.apiToken ?? 'ATATT3xFfGF0stand-in-token',
    projects: (options.projects ?? [{ key: 'ENG' }]).map(withDefaults),
    issues: [],
    workflow: options.workflow ?? DEFAULT_WORKFLOW,
    searchLag: options.searchLag ?? {},
    linkTypes: options.linkTypes ?? DEFAULT_LINK_TYPES,
    links: []
  }
  const resolutions = DEFAULT_RESOLUTIONS.map((name, index) => ({ id: String(10000 + index), name }))
  const settable = [...SETTABLE_FIELDS, ...(options.extraFields ?? [])]
  const authorization = `Basic ${Buffer.from(`${state.email}:${state.apiToken}`).toString('base64')}`
  let baseUrl = ''
  let nextIssueId = 10001
  let nextCommentId = 20001
  let nextLinkId = 30001

  /**
   * Replies with the auth failure for this request, if any; true when it did.
   * @param {LoggedRequest} request
   * @param {Reply} reply
   */
  function refusedAuth(request, reply) {
    const header = request.headers.authorization
    if (header === undefined) {
      reply.json(401, NOT_AUTHENTICATED, { 'www-authenticate': 'Basic realm="protected-area"' })
      return true
    }
    if (header === authorization) return false
    reply.text(401, REJECTED_CREDENTIALS, {
      'x-seraph-loginreason': 'AUTHENTICATED_FAILED',
      'www-authenticate': 'Basic realm="protected-area"'
    })
    return true
  }

  /**
   * @param {LoggedRequest} request
   * @param {number} version
   * @param {Reply} reply
   */
  function createIssue(request, version, reply) {
    if (!isJsonContentType(request.headers['content-type'])) {
      return reply.json(415, {
        errorMessages: ['Unsupported Media Type: send the issue as application/json.'],
        errors: {}
      })
    }
    if (!('json' in request)) {
      return reply.json(400, {
        errorMessages: ['Unexpected character in the JSON body: it is not valid JSON.'],
        errors: {}
      })
    }
    const body = isObject(request.json) ? /** @type {Record<string, unknown>} */ (request.json) : {}
    const fields = isObject(body.fields) ? /** @type {Record<string, unknown>} */ (body.fields) : {}
    const errors = fieldErrors(fields, version, { projects: state.projects, settable })
    if (Object.keys(errors).length > 0) return reply.json(400, { errorMessages: [], errors })

    const project = /** @type {Project} */ (findProject(fields.project, state.projects))
    const number = state.issues.filter(issue => issue.key.startsWith(`${project.key}-`)).length + 1
    const id = String(nextIssueId++)
    const issue = {
      id,
      key: `${project.key}-${number}`,
      self: `${baseUrl}/rest/api/${version}/issue/${id}`,
      apiVersion: version,
      fields,
      created: jiraTime(new Date()),
      status: state.workflow[0].status,
      resolution: null,
      comments: [],
      searchesSeen: 0
    }
    state.issues.push(issue)
    reply.json(201, { id: issue.id, key: issue.key, self: issue.self })
  }

  /**
   * @param {string} idOrKey
   * @param {number} version
   * @param {Reply} reply
   */
  function getIssue(idOrKey, version, reply) {
    const issue = state.issues.find(stored => stored.key === idOrKey || stored.id === idOrKey)
    if (!issue) {
      return reply.json(404, {
        errorMessages: ['Issue does not exist or you do not have permission to see it.'],
        errors: {}
      })
    }
    reply.json(200, {
      id: issue.id,
      key: issue.key,
      self: `${baseUrl}/rest/api/${version}/issue/${issue.id}`,
      fields: { ...issue.fields, ...systemFields(issue) }
    })
  }

  /**
   * The fields Jira keeps itself. A link shows on each of its issues with the other one: on the outward issue as
   * `inwardIssue`, and the reverse.
   * @param {import('./jira.js').JiraIssue} issue
   */
  function systemFields(issue) {
    const issuelinks = state.links.flatMap(link => {
      const type = /** @type {import('./jira.js').JiraLinkType} */ (
        state.linkTypes.find(known => known.id === link.typeId)
      )
      const side = link.outward === issue.key ? 'inwardIssue' : link.inward === issue.key ? 'outwardIssue' : undefined
      return side ? [{ id: link.id, type, [side]: { key: side === 'inwardIssue' ? link.inward : link.outward } }] : []
    })
    return { created: issue.created, status: statusObject(issue.status), resolution: issue.resolution, issuelinks }
  }

  /** @param {import('./jira.js').JiraStatus} status */
  function statusObject(status) {
    const category = CATEGORIES[status.category]
    return {
      self: `${baseUrl}/rest/api/2/status/${status.id}`,
      id: status.id,
      name: status.name,
      statusCategory: { self: `${baseUrl}/rest/api/2/statuscategory/${category.id}`, ...category }
    }
  }

  /** @param {string} idOrKey */
  function findIssue(idOrKey) {
    return state.issues.find(stored => stored.key === idOrKey || stored.id === idOrKey)
  }

  /** @param {Reply} reply */
  function noIssue(reply) {
    reply.json(404, { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} })
  }

  /**
   * Whether the search index shows the issue yet: a lagging index shows a new issue only after it has been
   * searched `searches` times, or `ms` after it was created.
   * @param {import('./jira.js').JiraIssue} issue
   */
  function indexed(issue) {
    const { searches = 0, ms = 0 } = state.searchLag
    issue.searchesSeen++
    return issue.searchesSeen > searches && Date.now() - Date.parse(issue.created) >= ms
  }

  /**
   * The enhanced JQL search, GET (query string) or POST (JSON body), with token pagination.
   * @param {LoggedRequest} request
   * @param {Reply} reply
   */
  function search(request, reply) {
    const body =
      request.method === 'POST' && isObject(request.json) ? /** @type {Record<string, unknown>} */ (request.json) : {}
    const params = request.method === 'POST' ? body : request.query
    const jql = typeof params.jql === 'string' ? params.jql : ''
    const parsed = parseJql(jql)
    if ('error' in parsed) return reply.json(400, { errorMessages: [parsed.error], errors: {}, warningMessages: [] })
    const maxResults = Math.min(Number(params.maxResults ?? DEFAULT_SEARCH_RESULTS), MAX_SEARCH_RESULTS)
    if (!Number.isInteger(maxResults) || maxResults < 1) {
      return reply.json(400, {
        errorMessages: ["The value of 'maxResults' must be a positive whole number."],
        errors: {}
      })
    }
    const start =
      params.nextPageToken === undefined ? 0 : Number(Buffer.from(String(params.nextPageToken), 'base64url').toString())
    if (!Number.isInteger(start) || start < 0)
      return reply.json(400, { errorMessages: ['The nextPageToken is not valid.'], errors: {} })
    const wanted = Array.isArray(params.fields)
      ? params.fields.map(String)
      : String(params.fields ?? '')
          .split(',')
          .filter(Boolean)
    const matching = state.issues.filter(
      issue => parsed.clauses.every(clause => matches(issue, clause)) && indexed(issue)
    )
    const sorted = parsed.order
      ? [...matching].sort((a, b) => a.created.localeCompare(b.created) || Number(a.id) - Number(b.id))
      : matching
    if (parsed.order === 'DESC') sorted.reverse()
    const page = sorted.slice(start, start + maxResults)
    const isLast = start + maxResults >= sorted.length
    reply.json(200, {
      issues: page.map(issue => ({
        expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
        id: issue.id,
        self: `${baseUrl}/rest/api/3/issue/${issue.id}`,
        key: issue.key,
        fields: pickFields(issue, wanted)
      })),
      ...(isLast ? {} : { nextPageToken: Buffer.from(String(start + maxResults)).toString('base64url') }),
      isLast
    })
  }

  /**
   * @param {import('./jira.js').JiraIssue} issue
   * @param {string[]} wanted
   */
  function pickFields(issue, wanted) {
    /** @type {Record<string, unknown>} */
    const all = { ...issue.fields, ...systemFields(issue) }
    return Object.fromEntries(wanted.filter(name => name in all).map(name => [name, all[name]]))
  }

  /**
   * @param {import('./jira.js').JiraIssue} issue
   * @param {Clause} clause
   */
  function matches(issue, clause) {
    /** @type {string[]} */
    let values
    if (clause.field === 'project') {
      const project = state.projects.find(known => issue.key.startsWith(`${known.key}-`))
      values = project ? [project.key, project.id] : []
    } else if (clause.field === 'labels')
      values = Array.isArray(issue.fields.labels) ? issue.fields.labels.map(String) : []
    else if (clause.field === 'statuscategory') values = [CATEGORIES[issue.status.category].name, issue.status.category]
    else values = [issue.status.name]
    const lower = values.map(value => value.toLowerCase())
    const found = clause.field === 'labels' ? values.includes(clause.value) : lower.includes(clause.value.toLowerCase())
    return clause.op === '=' ? found : !found
  }

  /**
   * @param {LoggedRequest} request
   * @param {number} version
   * @param {string} idOrKey
   * @param {Reply} reply
   */
  function addComment(request, version, idOrKey, reply) {
    const issue = findIssue(idOrKey)
    if (!issue) return noIssue(reply)
    if (!isJsonContentType(request.headers['content-type'])) {
      return reply.json(415, {
        errorMessages: ['Unsupported Media Type: send the comment as application/json.'],
        errors: {}
      })
    }
    const body = isObject(request.json) ? /** @type {Record<string, unknown>} */ (request.json).body : undefined
    const error = commentBodyError(body, version)
    if (error) return reply.json(400, { errorMessages: [], errors: { comment: error } })
    const id = String(nextCommentId++)
    const created = new Date().toISOString()
    issue.comments.push({ id, body, apiVersion: version, created })
    const author = { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Relay Bot', active: true }
    reply.json(201, {
      self: `${baseUrl}/rest/api/${version}/issue/${issue.id}/comment/${id}`,
      id,
      author,
      body,
      updateAuthor: author,
      created,
      updated: created,
      jsdPublic: true
    })
  }

  /**
   * The transitions from the issue's status; with `expand=transitions.fields`, the fields of each one's screen.
   * @param {LoggedRequest} request
   * @param {number} version
   * @param {string} idOrKey
   * @param {Reply} reply
   */
  function listTransitions(request, version, idOrKey, reply) {
    const issue = findIssue(idOrKey)
    if (!issue) return noIssue(reply)
    const withFields = String(request.query.expand ?? '')
      .split(',')
      .includes('transitions.fields')
    const available = state.workflow.filter(transition => transition.status.id !== issue.status.id)
    reply.json(200, {
      expand: 'transitions',
      transitions: available.map(transition => ({
        id: transition.id,
        name: transition.name,
        to: {
          ...statusObject(transition.status),
          self: `${baseUrl}/rest/api/${version}/status/${transition.status.id}`
        },
        hasScreen: (transition.screen ?? []).length > 0,
        isGlobal: true,
        isInitial: false,
        isAvailable: true,
        isConditional: false,
        isLooped: false,
        ...(withFields && {
          fields: Object.fromEntries((transition.screen ?? []).map(name => [name, screenField(name)]))
        })
      }))
    })
  }

  /** @param {'resolution'} name */
  function screenField(name) {
    const schema = { type: name, system: name }
    return {
      required: false,
      schema,
      name: 'Resolution',
      key: name,
      hasDefaultValue: false,
      operations: ['set'],
      allowedValues: resolutions
    }
  }

  /**
   * Moves the issue; fields may be set only when they are on the transition's screen.
   * @param {LoggedRequest} request
   * @param {string} idOrKey
   * @param {Reply} reply
   */
  function doTransition(request, idOrKey, reply) {
    const issue = findIssue(idOrKey)
    if (!issue) return noIssue(reply)
    const body = isObject(request.json) ? /** @type {Record<string, unknown>} */ (request.json) : {}
    const wanted = isObject(body.transition) ? /** @type {Record<string, unknown>} */ (body.transition).id : undefined
    const transition = state.workflow.find(known => known.id === String(wanted) && known.status.id !== issue.status.id)
    if (!transition) {
      return reply.json(400, {
        errorMessages: [`Transition id '${String(wanted)}' is not valid for this issue.`],
        errors: {}
      })
    }
    const fields = isObject(body.fields) ? /** @type {Record<string, unknown>} */ (body.fields) : {}
    /** @type {Record<string, string>} */
    const errors = {}
    for (const name of Object.keys(fields)) {
      if (!(transition.screen ?? []).includes(/** @type {'resolution'} */ (name))) {
        errors[name] = `Field '${name}' cannot be set. It is not on the appropriate screen, or unknown.`
      }
    }
    const resolution =
      'resolution' in fields
        ? findNamed(/** @type {Reference} */ (fields.resolution ?? {}), DEFAULT_RESOLUTIONS, 10000)
        : undefined
    if ('resolution' in fields && !errors.resolution && !resolution)
      errors.resolution = "Could not find valid 'id' or 'name' in resolution object."
    if (Object.keys(errors).length > 0) return reply.json(400, { errorMessages: [], errors })
    issue.status = transition.status
    issue.resolution = transition.status.category === 'done' ? (resolution ?? null) : null
    reply.empty(204)
  }

  const limited = options.rateLimits !== false
  const scale = options.timeScale ?? 1
  const issueWrites = PER_ISSUE_WRITES.map(
    ({ limit, windowMs }) => new FixedWindow({ limit, windowMs: windowMs * scale })
  )
  const postBurst = new TokenBucket({ capacity: POST_BURST.capacity, intervalMs: POST_BURST.intervalMs * scale })

  /**
   * Jira's burst limit on POST and its per-issue write limit: true after answering 429 with Retry-After, an ISO
   * X-RateLimit-Reset and the RateLimit-Reason.
   * @param {LoggedRequest} request
   * @param {Reply} reply
   */
  function overLimit(request, reply) {
    if (!limited || request.method === 'GET') return false
    /** @param {number} waitMs @param {string} reason */
    const refuse = (waitMs, reason) => {
      reply.json(
        429,
        { errorMessages: ['The request has been rate-limited. Please try again later.'], errors: {}, status: 429 },
        {
          'retry-after': retryAfterHeader(waitMs),
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': new Date(Date.now() + waitMs).toISOString(),
          'ratelimit-reason': reason
        }
      )
      return true
    }
    const part = ISSUE_PART_PATH.exec(request.path)
    const issue = part ? findIssue(decodeURIComponent(part[2])) : undefined
    if (issue) {
      for (const window of issueWrites) {
        const taken = window.take(issue.key)
        if (!taken.ok) return refuse(taken.resetAfterMs, 'jira-per-issue-on-write')
      }
    }
    const burst = postBurst.take(`${request.method} ${request.path}`)
    return burst.ok ? false : refuse(burst.retryAfterMs, 'jira-burst-based')
  }

  /**
   * Links two issues with a link type named (or numbered) in the body; Jira answers 201 without a body.
   * @param {LoggedRequest} request
   * @param {Reply} reply
   */
  function linkIssues(request, reply) {
    if (!isJsonContentType(request.headers['content-type'])) {
      return reply.json(415, {
        errorMessages: ['Unsupported Media Type: send the link as application/json.'],
        errors: {}
      })
    }
    const body = isObject(request.json) ? /** @type {Record<string, unknown>} */ (request.json) : {}
    const wanted = /** @type {Reference} */ (isObject(body.type) ? body.type : {})
    const type = state.linkTypes.find(known =>
      wanted.name !== undefined ? known.name === wanted.name : known.id === String(wanted.id)
    )
    if (!type) {
      const named = wanted.name !== undefined ? `name '${String(wanted.name)}'` : `id '${String(wanted.id)}'`
      return reply.json(404, { errorMessages: [`No issue link type with ${named} found.`], errors: {} })
    }
    /** @param {unknown} side */
    const issueOf = side => {
      const reference = /** @type {Reference} */ (isObject(side) ? side : {})
      return findIssue(String(reference.key ?? reference.id ?? ''))
    }
    const inward = issueOf(body.inwardIssue)
    const outward = issueOf(body.outwardIssue)
    if (!inward || !outward) return reply.json(404, { errorMessages: ['Issue Does Not Exist'], errors: {} })
    if (inward === outward)
      return reply.json(400, { errorMessages: ['You cannot link an issue to itself.'], errors: {} })
    state.links.push({ id: String(nextLinkId++), typeId: type.id, inward: inward.key, outward: outward.key })
    reply.empty(201)
  }

  /**
   * @param {LoggedRequest} request
   * @param {Reply} reply
   */
  function handle(request, reply) {
    if (refusedAuth(request, reply) || overLimit(request, reply)) return
    const create = ISSUE_PATH.exec(request.path)
    if (create && request.method === 'POST') return createIssue(request, Number(create[1]), reply)
    const byKey = ISSUE_BY_KEY_PATH.exec(request.path)
    if (byKey && request.method === 'GET') return getIssue(decodeURIComponent(byKey[2]), Number(byKey[1]), reply)
    if (SEARCH_PATH.test(request.path) && (request.method === 'GET' || request.method === 'POST'))
      return search(request, reply)
    const part = ISSUE_PART_PATH.exec(request.path)
    if (part) {
      const [, version, key, what] = part
      const idOrKey = decodeURIComponent(key)
      if (what === 'comment' && request.method === 'POST') return addComment(request, Number(version), idOrKey, reply)
      if (what === 'transitions' && request.method === 'GET')
        return listTransitions(request, Number(version), idOrKey, reply)
      if (what === 'transitions' && request.method === 'POST') return doTransition(request, idOrKey, reply)
    }
    if (ISSUE_LINK_PATH.test(request.path) && request.method === 'POST') return linkIssues(request, reply)
    if (LINK_TYPES_PATH.test(request.path) && request.method === 'GET') {
      const version = /** @type {RegExpExecArray} */ (LINK_TYPES_PATH.exec(request.path))[1]
      const issueLinkTypes = state.linkTypes.map(type => ({
        ...type,
        self: `${baseUrl}/rest/api/${version}/issueLinkType/${type.id}`
      }))
      return reply.json(200, { issueLinkTypes })
    }
    if (MYSELF_PATH.test(request.path) && request.method === 'GET') {
      const account = { accountId: '5b10ac8d82e05b22cc7d4ef5', emailAddress: state.email, displayName: 'Relay Bot' }
      return reply.json(200, { ...account, active: true, accountType: 'atlassian' })
    }
    reply.json(404, { errorMessages: [`No resource found for ${request.method} ${request.path}.`], errors: {} })
  }

  /** @type {import('./http.js').FaultHandler<import('./http.js').RateLimitFault>} */
  function rateLimited(fault, _request, reply) {
    const reset = new Date(Date.now() + fault.retryAfter * 1000).toISOString()
    const headers = {
      'retry-after': String(Math.ceil(fault.retryAfter)),
      'x-ratelimit-limit': '100',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': reset
    }
    reply.json(429, { errorMessages: ['Rate limit exceeded.'], errors: {} }, headers)
  }

  /** @type {import('./http.js').FaultHandler<import('./jira.js').StoreThenHangFault>} */
  function storeThenHang(_fault, request) {
    handle(request, silentReply)
  }

  const server = await startServer(
    /** @type {import('./http.js').ServerOptions<JiraFault>} */ ({
      handle,
      faultHandlers: { 'rate-limit': rateLimited, 'store-then-hang': storeThenHang }
    })
  )
  baseUrl = server.url
  return {
    ...server,
    state,
    authorization,
    issueUrl: (version = 3) => `${server.url}/rest/api/${version}/issue`
  }
}
