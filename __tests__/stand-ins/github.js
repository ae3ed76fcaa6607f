// @ts-check
/**
 * Stand-in for the GitHub REST API's issue endpoints (create, list, get, update, comment): token auth, the
 * User-Agent requirement, GitHub's `{message, errors, documentation_url, status}` replies (schema errors as
 * "Invalid request", field errors as "Validation Failed"), labels created along with the issue that names them,
 * paginated lists with a Link header, and GitHub's rate-limit replies. The git data API (refs, blobs, trees,
 * commits) of each repository is in github-git.js; the token's `contents` permission decides whether it may write.
 */
import { URLSearchParams } from 'node:url'
import { codePoints, silentReply, startServer } from './http.js'
import { FixedWindow, retryAfterHeader } from './rate-limit.js'
import { GIT_PATH, gitDataApi, newGitDatabase } from './github-git.js'

/**
 * @typedef {import('./http.js').Reply} Reply
 * @typedef {import('./http.js').LoggedRequest} LoggedRequest
 * @typedef {import('./github.js').GitHubState} GitHubState
 * @typedef {import('./github.js').GitHubFault} GitHubFault
 * @typedef {import('./github.js').GitHubIssue} GitHubIssue
 * @typedef {Required<import('./github.js').GitHubRepositoryOptions>} Repository
 */

const DOCS = 'https://docs.github.com/rest'
const MAX_TITLE = 256
const MAX_BODY = 65536
const MAX_LABEL = 50
const MAX_PER_PAGE = 100
const DEFAULT_PER_PAGE = 30
const LABEL_COLOR = 'ededed'
const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
const STATES = ['open', 'closed']
const STATE_REASONS = ['completed', 'not_planned', 'reopened', 'duplicate']

const REPO_PATH = /^\/repos\/([^/]+)\/([^/]+)\/issues$/
const ISSUE_PATH = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/
const COMMENTS_PATH = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/

/** @param {unknown} value */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * GitHub's error body: the message, a documentation link and the status as a string.
 * @param {Reply} reply @param {number} status @param {string} message @param {object} [extra] @param {Record<string, string>} [headers]
 */
function fail(reply, status, message, extra = {}, headers = {}) {
  reply.json(status, { message, ...extra, documentation_url: DOCS, status: String(status) }, headers)
}

/** A request body that breaks the endpoint's schema. @param {Reply} reply @param {string} detail */
function invalidRequest(reply, detail) {
  fail(reply, 422, `Invalid request.\n\n${detail}`)
}

/** Field errors. @param {Reply} reply @param {object[]} errors */
function validationFailed(reply, errors) {
  fail(reply, 422, 'Validation Failed', { errors })
}

/** @param {unknown} value */
function shown(value) {
  return JSON.stringify(value)
}

/**
 * @param {import('./github.js').GitHubOptions} [options]
 * @returns {Promise<import('./github.js').GitHubStandIn>}
 */
/** The workflow token's primary limit: 1,000 requests per hour per repository (GitHub docs, rate limits for the REST API). */
const PRIMARY_LIMIT = { limit: 1000, windowMs: 3_600_000 }
/** The secondary limits on content creation: "no more than 80 content-generating requests per minute and no more
 * than 500 content-generating requests per hour". */
const CONTENT_LIMIT = { limit: 80, windowMs: 60_000 }
const CONTENT_HOURLY_LIMIT = { limit: 500, windowMs: 3_600_000 }
const FORBIDDEN = 'Resource not accessible by integration'

export async function startGitHub(options = {}) {
  /** @type {GitHubState} */
  const state = {
    token: options.token ?? 'ghs_stand-in-token',
    repositories: (options.repositories ?? [{ fullName: 'acme/data-platform' }]).map(repository => ({
      fullName: repository.fullName,
      hasIssues: repository.hasIssues ?? true,
      writable: repository.writable ?? true,
      refsForbidden: repository.refsForbidden ?? false,
      empty: repository.empty ?? false
    })),
    permissions: { contents: options.permissions?.contents ?? 'write' },
    labels: {},
    issues: [],
    git: {}
  }
  for (const repository of state.repositories) state.git[repository.fullName] = newGitDatabase(repository.empty)
  const assignable = new Set((options.assignable ?? ['octocat', 'jane-doe']).map(login => login.toLowerCase()))
  const htmlBase = options.htmlBase ?? 'https://github.com'
  let baseUrl = ''
  let nextId = 1_000_001

  /** @param {string} login */
  function user(login) {
    return { login, id: 1000 + login.length, type: 'User' }
  }

  /** @param {string} repository @param {string} name */
  function labelNamed(repository, name) {
    const labels = (state.labels[repository] ??= [])
    const existing = labels.find(label => label.name.toLowerCase() === name.toLowerCase())
    if (existing) return existing
    const label = { id: nextId++, name, color: LABEL_COLOR }
    labels.push(label)
    return label
  }

  /** @param {string} repository @param {string} name */
  function labelJson(repository, name) {
    const label = labelNamed(repository, name)
    const url = `${baseUrl}/repos/${repository}/labels/${encodeURIComponent(label.name)}`
    return {
      id: label.id,
      node_id: `LA_${label.id}`,
      url,
      name: label.name,
      color: label.color,
      default: false,
      description: null
    }
  }

  /** @param {GitHubIssue} issue */
  function issueJson(issue) {
    const api = `${baseUrl}/repos/${issue.repository}/issues/${issue.number}`
    return {
      url: api,
      repository_url: `${baseUrl}/repos/${issue.repository}`,
      labels_url: `${api}/labels{/name}`,
      comments_url: `${api}/comments`,
      events_url: `${api}/events`,
      html_url: issue.html_url,
      id: issue.id,
      node_id: `I_${issue.id}`,
      number: issue.number,
      title: issue.title,
      user: BOT,
      labels: issue.labels.map(name => labelJson(issue.repository, name)),
      state: issue.state,
      locked: false,
      assignee: issue.assignees[0] ? user(issue.assignees[0]) : null,
      assignees: issue.assignees.map(user),
      milestone: null,
      comments: issue.comments.length,
      created_at: issue.created_at,
      updated_at: issue.created_at,
      closed_at: issue.state === 'closed' ? new Date().toISOString() : null,
      author_association: 'NONE',
      active_lock_reason: null,
      body: issue.body,
      state_reason: issue.state_reason,
      ...(issue.pull_request && {
        pull_request: { url: `${baseUrl}/repos/${issue.repository}/pulls/${issue.number}`, ...issue.pull_request }
      })
    }
  }

  /** @param {string} repository @param {Partial<GitHubIssue> & { title: string }} fields @returns {GitHubIssue} */
  function store(repository, fields) {
    const number = state.issues.filter(issue => issue.repository === repository).length + 1
    const kind = fields.pull_request ? 'pull' : 'issues'
    /** @type {GitHubIssue} */
    const issue = {
      id: nextId++,
      number,
      repository,
      body: null,
      labels: [],
      assignees: [],
      state: 'open',
      state_reason: null,
      html_url: `${htmlBase}/${repository}/${kind}/${number}`,
      comments: [],
      // GitHub's times are whole seconds: issues made together share one, and lists order them by number.
      created_at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      ...fields
    }
    for (const name of issue.labels) labelNamed(repository, name)
    state.issues.push(issue)
    return issue
  }

  /**
   * What is wrong with a create's fields: a schema error ("Invalid request") or field errors ("Validation Failed").
   * @param {Record<string, unknown>} body
   * @returns {{ detail: string } | { errors: object[] } | undefined}
   */
  function issueFieldsRefusal(body) {
    const { title, labels, assignees } = body
    if (title === undefined) return { detail: '"title" wasn\'t supplied.' }
    if (typeof title !== 'string' && typeof title !== 'number') {
      return { detail: `For 'properties/title', ${shown(title)} is not a string or integer.` }
    }
    if (body.body !== undefined && body.body !== null && typeof body.body !== 'string') {
      return { detail: `For 'properties/body', ${shown(body.body)} is not a string or null.` }
    }
    if (labels !== undefined && labels !== null && !Array.isArray(labels))
      return { detail: `For 'properties/labels', ${shown(labels)} is not an array.` }
    if (assignees !== undefined && assignees !== null && !Array.isArray(assignees)) {
      return { detail: `For 'properties/assignees', ${shown(assignees)} is not an array.` }
    }
    const notText = [...(labels ?? []), ...(assignees ?? [])].find(item => typeof item !== 'string')
    if (notText !== undefined) return { detail: `For 'items', ${shown(notText)} is not a string.` }
    const errors = fieldErrors(
      String(title),
      body.body,
      /** @type {string[]} */ (labels ?? []),
      /** @type {string[]} */ (assignees ?? [])
    )
    return errors.length > 0 ? { errors } : undefined
  }

  /** @param {string} title @param {unknown} body @param {string[]} labels @param {string[]} assignees */
  function fieldErrors(title, body, labels, assignees) {
    /** @type {object[]} */
    const errors = []
    if (title.trim() === '') errors.push({ resource: 'Issue', code: 'missing_field', field: 'title' })
    else if (codePoints(title) > MAX_TITLE) {
      errors.push({
        resource: 'Issue',
        code: 'custom',
        field: 'title',
        message: `title is too long (maximum is ${MAX_TITLE} characters)`
      })
    }
    if (typeof body === 'string' && codePoints(body) > MAX_BODY) {
      errors.push({
        resource: 'Issue',
        code: 'custom',
        field: 'body',
        message: `body is too long (maximum is ${MAX_BODY} characters)`
      })
    }
    for (const label of labels) {
      if (label.trim() === '') errors.push({ resource: 'Label', code: 'missing_field', field: 'name' })
      else if (codePoints(label) > MAX_LABEL) {
        errors.push({
          resource: 'Label',
          code: 'custom',
          field: 'name',
          message: `name is too long (maximum is ${MAX_LABEL} characters)`
        })
      }
    }
    for (const login of assignees) {
      if (!assignable.has(login.toLowerCase()))
        errors.push({ value: login, resource: 'Issue', field: 'assignees', code: 'invalid' })
    }
    return errors
  }

  /** @param {Repository} repository @param {LoggedRequest} request @param {Reply} reply */
  function createIssue(repository, request, reply) {
    const body = /** @type {Record<string, unknown>} */ (request.json)
    const refusal = issueFieldsRefusal(body)
    if (refusal)
      return 'detail' in refusal ? invalidRequest(reply, refusal.detail) : validationFailed(reply, refusal.errors)
    const issue = store(repository.fullName, {
      title: String(body.title),
      body: typeof body.body === 'string' ? body.body : null,
      labels: /** @type {string[]} */ (body.labels ?? []).map(name => labelNamed(repository.fullName, name).name),
      assignees: /** @type {string[]} */ (body.assignees ?? [])
    })
    reply.json(201, issueJson(issue), {
      location: `${baseUrl}/repos/${issue.repository}/issues/${issue.number}`,
      ...rateHeaders()
    })
  }

  /** @param {Repository} repository @param {LoggedRequest} request @param {Reply} reply */
  function listIssues(repository, request, reply) {
    const { query } = request
    const wantedState = query.state ?? 'open'
    const wantedLabels = (query.labels ?? '')
      .split(',')
      .map(label => label.trim().toLowerCase())
      .filter(label => label !== '')
    const perPage = Math.min(MAX_PER_PAGE, Number(query.per_page ?? DEFAULT_PER_PAGE) || DEFAULT_PER_PAGE)
    const page = Math.max(1, Number(query.page ?? 1) || 1)
    const ascending = query.direction === 'asc'
    const matching = state.issues
      .filter(issue => issue.repository === repository.fullName)
      .filter(issue => wantedState === 'all' || issue.state === wantedState)
      .filter(issue => wantedLabels.every(wanted => issue.labels.some(label => label.toLowerCase() === wanted)))
      .sort((a, b) => (ascending ? 1 : -1) * (a.created_at.localeCompare(b.created_at) || a.number - b.number))
    const lastPage = Math.max(1, Math.ceil(matching.length / perPage))
    const items = matching.slice((page - 1) * perPage, page * perPage).map(issueJson)
    reply.json(200, items, { ...linkHeader(request, page, lastPage), ...rateHeaders() })
  }

  /** @param {LoggedRequest} request @param {number} page @param {number} lastPage @returns {Record<string, string>} */
  function linkHeader(request, page, lastPage) {
    /** @param {number} to @param {string} rel */
    const link = (to, rel) =>
      `<${baseUrl}${request.path}?${new URLSearchParams({ ...request.query, page: String(to) })}>; rel="${rel}"`
    const links = [
      ...(page > 1 ? [link(page - 1, 'prev'), link(1, 'first')] : []),
      ...(page < lastPage ? [link(page + 1, 'next'), link(lastPage, 'last')] : [])
    ]
    return links.length > 0 ? { link: links.join(', ') } : {}
  }

  /** @param {GitHubIssue} issue @param {LoggedRequest} request @param {Reply} reply */
  function updateIssue(issue, request, reply) {
    const body = /** @type {Record<string, unknown>} */ (request.json)
    if (body.state !== undefined && !STATES.includes(String(body.state))) {
      return invalidRequest(reply, `For 'properties/state', ${shown(body.state)} is not one of ${shown(STATES)}.`)
    }
    if (
      body.state_reason !== undefined &&
      body.state_reason !== null &&
      !STATE_REASONS.includes(String(body.state_reason))
    ) {
      return invalidRequest(
        reply,
        `For 'properties/state_reason', ${shown(body.state_reason)} is not one of ${shown(STATE_REASONS)} or null.`
      )
    }
    if (body.title !== undefined && (typeof body.title !== 'string' || body.title.trim() === '')) {
      return validationFailed(reply, [{ resource: 'Issue', code: 'missing_field', field: 'title' }])
    }
    // The canonical issue's REST id (not its number); ignored unless the issue is closed as a duplicate.
    const duplicateOf = body.duplicate_issue_id
    if (duplicateOf !== undefined && duplicateOf !== null && !Number.isInteger(duplicateOf)) {
      return invalidRequest(
        reply,
        `For 'properties/duplicate_issue_id', ${shown(duplicateOf)} is not an integer or null.`
      )
    }
    const closingAsDuplicate =
      body.state === 'closed' && body.state_reason === 'duplicate' && typeof duplicateOf === 'number'
    const canonical = closingAsDuplicate ? state.issues.find(known => known.id === duplicateOf) : undefined
    if (closingAsDuplicate && (!canonical || canonical === issue)) {
      return validationFailed(reply, [
        { value: duplicateOf, resource: 'Issue', field: 'duplicate_issue_id', code: 'invalid' }
      ])
    }
    if (typeof body.title === 'string') issue.title = body.title
    if (typeof body.body === 'string' || body.body === null) issue.body = body.body
    if (body.state === 'closed') {
      issue.state = 'closed'
      issue.state_reason = typeof body.state_reason === 'string' ? body.state_reason : 'completed'
      if (canonical) issue.duplicate_of = canonical.id
    } else if (body.state === 'open') {
      issue.state = 'open'
      issue.state_reason = issue.state_reason === null ? null : 'reopened'
    }
    reply.json(200, issueJson(issue), rateHeaders())
  }

  /** @param {GitHubIssue} issue @param {LoggedRequest} _request @param {Reply} reply */
  function getIssue(issue, _request, reply) {
    reply.json(200, issueJson(issue), rateHeaders())
  }

  /** @param {GitHubIssue} issue @param {LoggedRequest} request @param {Reply} reply */
  function addComment(issue, request, reply) {
    const { body } = /** @type {Record<string, unknown>} */ (request.json)
    if (body === undefined) return invalidRequest(reply, '"body" wasn\'t supplied.')
    if (typeof body !== 'string') return invalidRequest(reply, `For 'properties/body', ${shown(body)} is not a string.`)
    if (body.trim() === '')
      return validationFailed(reply, [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }])
    if (codePoints(body) > MAX_BODY) {
      return validationFailed(reply, [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: `Body is too long (maximum is ${MAX_BODY} characters)`
        }
      ])
    }
    const comment = { id: nextId++, body, created_at: new Date().toISOString() }
    issue.comments.push(comment)
    const api = `${baseUrl}/repos/${issue.repository}/issues`
    reply.json(
      201,
      {
        id: comment.id,
        node_id: `IC_${comment.id}`,
        url: `${api}/comments/${comment.id}`,
        html_url: `${issue.html_url}#issuecomment-${comment.id}`,
        issue_url: `${api}/${issue.number}`,
        body,
        user: BOT,
        created_at: comment.created_at,
        updated_at: comment.created_at,
        author_association: 'NONE'
      },
      rateHeaders()
    )
  }

  const limited = options.rateLimits !== false
  const scale = options.timeScale ?? 1
  const primary = new FixedWindow({ limit: PRIMARY_LIMIT.limit, windowMs: PRIMARY_LIMIT.windowMs * scale })
  const contentCreation = new FixedWindow({ limit: CONTENT_LIMIT.limit, windowMs: CONTENT_LIMIT.windowMs * scale })
  const hourlyContentCreation = new FixedWindow({
    limit: CONTENT_HOURLY_LIMIT.limit,
    windowMs: CONTENT_HOURLY_LIMIT.windowMs * scale
  })
  /** The primary limit as the request being answered left it (requests are answered one at a time). */
  let primaryNow = { remaining: PRIMARY_LIMIT.limit - 1, resetAfterMs: PRIMARY_LIMIT.windowMs }

  /** What a reply says about the primary rate limit. */
  function rateHeaders() {
    return {
      'x-ratelimit-limit': String(PRIMARY_LIMIT.limit),
      'x-ratelimit-remaining': String(primaryNow.remaining),
      'x-ratelimit-reset': String(Math.ceil((Date.now() + primaryNow.resetAfterMs) / 1000)),
      'x-ratelimit-used': String(PRIMARY_LIMIT.limit - primaryNow.remaining),
      'x-ratelimit-resource': 'core',
      'x-github-api-version-selected': '2022-11-28'
    }
  }

  /**
   * Whether a request counts as content creation: every POST, and a move or removal of a git ref (a write to the
   * repository like a push; GitHub does not list which requests count, so the stricter reading).
   * @param {LoggedRequest} request
   */
  function createsContent(request) {
    if (request.method === 'POST') return true
    return (request.method === 'PATCH' || request.method === 'DELETE') && /\/git\/refs\//.test(request.path)
  }

  /**
   * The primary limit (every request) and the secondary limits on content creation (80 a minute, 500 an hour): true
   * after answering 403 as GitHub does, the primary with `x-ratelimit-remaining: 0`, the secondary with `retry-after`.
   * @param {LoggedRequest} request @param {Reply} reply
   */
  function overLimit(request, reply) {
    if (!limited) return false
    const taken = primary.take(state.token)
    primaryNow = taken
    if (!taken.ok) {
      fail(reply, 403, 'API rate limit exceeded for installation ID 123456.', {}, rateHeaders())
      return true
    }
    if (!createsContent(request)) return false
    const hourly = hourlyContentCreation.take(state.token)
    const created = hourly.ok ? contentCreation.take(state.token) : hourly
    if (created.ok) return false
    const message =
      'You have exceeded a secondary rate limit and have been temporarily blocked from content creation. Please retry your request again later.'
    fail(reply, 403, message, {}, { ...rateHeaders(), 'retry-after': retryAfterHeader(created.resetAfterMs) })
    return true
  }

  /** The refusal GitHub answers before looking at the request, if any; true when it answered. @param {LoggedRequest} request @param {Reply} reply */
  function refusedClient(request, reply) {
    if (!request.headers['user-agent']) {
      reply.text(
        403,
        'Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required). Check https://developer.github.com for other possible causes.'
      )
      return true
    }
    const header = request.headers.authorization
    const [scheme = '', credential, ...rest] = (header ?? '').trim().split(/\s+/)
    if (header === undefined) fail(reply, 401, 'Requires authentication')
    else if (!/^(bearer|token)$/i.test(scheme) || credential !== state.token || rest.length > 0)
      fail(reply, 401, 'Bad credentials')
    else if ((request.method === 'POST' || request.method === 'PATCH') && !isObject(request.json)) {
      // A git ref removal carries no body; every other write carries a JSON object.
      if ('json' in request) invalidRequest(reply, `Invalid input: ${shown(request.json)} is not an object.`)
      else fail(reply, 400, 'Problems parsing JSON')
    } else return false
    return true
  }

  /** @param {string} owner @param {string} name @param {string} method @param {Reply} reply @returns {Repository | undefined} */
  function repositoryFor(owner, name, method, reply) {
    const fullName = `${decodeURIComponent(owner)}/${decodeURIComponent(name)}`
    const repository = state.repositories.find(known => known.fullName.toLowerCase() === fullName.toLowerCase())
    if (!repository) return void fail(reply, 404, 'Not Found')
    if (!repository.hasIssues) return void fail(reply, 410, 'Issues are disabled for this repo')
    if (method !== 'GET' && !repository.writable) return void fail(reply, 403, FORBIDDEN)
    return repository
  }

  /**
   * A git data request: the repository, the token's `contents` permission and a refused refs API, then the route.
   * @param {RegExpExecArray} match @param {LoggedRequest} request @param {Reply} reply
   */
  function gitRequest(match, request, reply) {
    const [, owner, name, kind, rest = ''] = match
    const fullName = `${decodeURIComponent(owner)}/${decodeURIComponent(name)}`
    const repository = state.repositories.find(known => known.fullName.toLowerCase() === fullName.toLowerCase())
    if (!repository) return fail(reply, 404, 'Not Found')
    const { contents } = state.permissions
    if (contents === 'none' || (request.method !== 'GET' && contents !== 'write')) return fail(reply, 403, FORBIDDEN)
    if (repository.refsForbidden && ['ref', 'refs', 'matching-refs'].includes(kind)) return fail(reply, 403, FORBIDDEN)
    const api = gitDataApi({
      git: state.git[repository.fullName],
      base: `${baseUrl}/repos/${repository.fullName}`,
      fail,
      headers: rateHeaders
    })
    api(request, reply, kind, decodeURIComponent(rest))
  }

  /** @param {Repository} repository @param {string} number @param {Reply} reply */
  function issueFor(repository, number, reply) {
    const issue = state.issues.find(
      stored => stored.repository === repository.fullName && stored.number === Number(number)
    )
    if (!issue) fail(reply, 404, 'Not Found')
    return issue
  }

  /** @param {LoggedRequest} request @param {Reply} reply */
  function handle(request, reply) {
    if (refusedClient(request, reply) || overLimit(request, reply)) return
    const { method, path } = request
    const git = GIT_PATH.exec(path)
    if (git) return gitRequest(git, request, reply)
    const routes = [
      { pattern: REPO_PATH, methods: { POST: createIssue, GET: listIssues }, issue: false },
      { pattern: ISSUE_PATH, methods: { PATCH: updateIssue, GET: getIssue }, issue: true },
      { pattern: COMMENTS_PATH, methods: { POST: addComment }, issue: true }
    ]
    for (const route of routes) {
      const match = route.pattern.exec(path)
      if (!match) continue
      const action = /** @type {Record<string, Function>} */ (route.methods)[method]
      if (!action) return fail(reply, 404, 'Not Found')
      const repository = repositoryFor(match[1], match[2], method, reply)
      if (!repository) return
      if (!route.issue) return action(repository, request, reply)
      const issue = issueFor(repository, match[3], reply)
      return issue && action(issue, request, reply)
    }
    fail(reply, 404, 'Not Found')
  }

  /** @type {import('./http.js').FaultHandler<import('./github.js').GitHubRateLimitFault>} */
  function rateLimited(fault, _request, reply) {
    const reset = String(Math.floor(Date.now() / 1000) + Math.ceil(fault.retryAfter))
    if (fault.style === 'primary') {
      const headers = {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': reset,
        'x-ratelimit-used': '5000',
        'x-ratelimit-resource': 'core'
      }
      return fail(reply, fault.status ?? 403, 'API rate limit exceeded for installation ID 123456.', {}, headers)
    }
    const message = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
    const headers = fault.style === 'secondary' ? { 'retry-after': String(Math.ceil(fault.retryAfter)) } : {}
    fail(reply, fault.status ?? (fault.style === 'secondary' ? 429 : 403), message, {}, headers)
  }

  /** @type {import('./http.js').FaultHandler<import('./github.js').GitHubStoreThenHangFault>} */
  function storeThenHang(_fault, request) {
    handle(request, silentReply)
  }

  const server = await startServer(
    /** @type {import('./http.js').ServerOptions<GitHubFault>} */ ({
      handle,
      faultHandlers: { 'rate-limit': rateLimited, 'store-then-hang': storeThenHang }
    })
  )
  baseUrl = server.url
  return {
    ...server,
    state,
    authorization: `Bearer ${state.token}`,
    seed: fields => store(fields.repository ?? state.repositories[0].fullName, fields)
  }
}
