// @ts-check
/**
 * Stand-in for Opsgenie's Alert API (api.opsgenie.com and api.eu.opsgenie.com serve the same paths): create
 * (`POST /v2/alerts`), close (`POST /v2/alerts/{identifier}/close`), get (`GET /v2/alerts/{identifier}`) and the
 * request status (`GET /v2/alerts/requests/{requestId}`), with `Authorization: GenieKey <key>`. Creates and closes
 * are answered 202 `Request will be processed` and applied after `processingDelayMs`, as Opsgenie processes them
 * asynchronously; until then the request status is a 404 with `X-Opsgenie-Errortype: RequestNotProcessed`. An open
 * alert with the alias of a new one is counted, not duplicated. Errors are `{message, took, requestId}` (422 with an
 * `errors` map), and the Alert domain's per-minute and per-second rolling limits answer 429.
 */
import { randomUUID } from 'node:crypto'
import { clearTimeout, setTimeout } from 'node:timers'
import { codePoints, startServer } from './http.js'
import { SlidingWindow } from './rate-limit.js'

/**
 * @typedef {import('./http.js').Reply} Reply
 * @typedef {import('./http.js').LoggedRequest} LoggedRequest
 * @typedef {import('./opsgenie.js').OpsgenieState} OpsgenieState
 * @typedef {import('./opsgenie.js').OpsgenieAlert} OpsgenieAlert
 * @typedef {import('./opsgenie.js').OpsgenieRequest} OpsgenieRequest
 */

const REQUEST_STATUS_PATH = /^\/v2\/alerts\/requests\/([^/]+)\/?$/
const CLOSE_PATH = /^\/v2\/alerts\/([^/]+)\/close\/?$/
const ALERT_PATH = /^\/v2\/alerts\/([^/]+)\/?$/
const ALERTS_PATH = /^\/v2\/alerts\/?$/
const PRIORITIES = ['P1', 'P2', 'P3', 'P4', 'P5']
const RESPONDER_TYPES = ['team', 'user', 'escalation', 'schedule']
const IDENTIFIER_TYPES = ['id', 'alias', 'tiny']
/** Field limits of Create Alert (Alert API, JSON Body Fields), in characters. */
const TEXT_LIMITS = { message: 130, alias: 512, description: 15000, entity: 512, source: 100, user: 100, note: 25000 }
const LIST_LIMITS = { tags: { items: 20, length: 50 }, actions: { items: 10, length: 50 } }
const MAX_RESPONDERS = 50
const MAX_DETAILS = 8000
/**
 * The Alert domain's limits for the whole account: a per-minute and a per-second rolling window (API Rate Limiting).
 * The page's numbers by plan were not available to check; these defaults are a choice, set them per test.
 */
const DEFAULT_LIMITS = { perMinute: 600, perSecond: 10 }

const NOT_AUTHENTICATED = 'Could not authenticate'
const NOT_INTEGRATION_KEY = { code: 40301, message: 'To perform this action, use an API key from an API integration.' }
const NOT_PROCESSABLE = 'Request body is not processable. Please check the errors.'
/** The 429 text is not documented; the headers are (X-RateLimit-State, -Reason, -Period-In-Sec). */
const TOO_MANY = 'You are making too many requests! To avoid errors, we recommend you limit requests.'

/** @param {unknown} value */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** @param {unknown} value */
function isBlank(value) {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
}

/** How long Opsgenie says a request took, in seconds, as in its `took` field and X-Response-Time header. */
const TOOK = 0.002

/**
 * The key an `Authorization` header carries: `GenieKey <key>`, or Basic with the key as password.
 * @param {string | undefined} header
 */
function keyOf(header) {
  const genie = /^GenieKey\s+(\S+)\s*$/i.exec(header ?? '')
  if (genie) return genie[1]
  const basic = /^Basic\s+(\S+)\s*$/i.exec(header ?? '')
  if (!basic) return undefined
  const decoded = Buffer.from(basic[1], 'base64').toString('utf8')
  return decoded.startsWith(':') ? decoded.slice(1) : undefined
}

/**
 * Create Alert's field checks: the `errors` map of a 422, empty when the body is valid.
 * @param {Record<string, unknown>} body
 * @returns {Record<string, string>}
 */
function createErrors(body) {
  /** @type {Record<string, string>} */
  const errors = {}
  if (isBlank(body.message)) errors.message = 'Message can not be empty.'
  for (const [field, limit] of Object.entries(TEXT_LIMITS)) {
    const value = body[field]
    if (value === undefined || value === null || errors[field]) continue
    if (typeof value !== 'string') errors[field] = `${field} must be a string.`
    else if (codePoints(value) > limit) errors[field] = `${field} can not be longer than ${limit} characters.`
  }
  if (body.priority !== undefined && !PRIORITIES.includes(String(body.priority)))
    errors.priority = `Priority should be one of [${PRIORITIES.join(', ')}].`
  for (const [field, limit] of Object.entries(LIST_LIMITS)) {
    const value = body[field]
    if (value === undefined) continue
    if (!Array.isArray(value) || value.some(item => typeof item !== 'string'))
      errors[field] = `${field} must be a list of strings.`
    else if (value.length > limit.items) errors[field] = `${field} can have at most ${limit.items} items.`
    else if (value.some(item => codePoints(item) > limit.length))
      errors[field] = `Each of ${field} can not be longer than ${limit.length} characters.`
  }
  if (body.details !== undefined) {
    const details = isObject(body.details) ? Object.entries(/** @type {object} */ (body.details)) : undefined
    if (!details || details.some(([, value]) => typeof value !== 'string'))
      errors.details = 'details must be a map of strings.'
    else if (details.reduce((total, [key, value]) => total + codePoints(key) + codePoints(value), 0) > MAX_DETAILS)
      errors.details = `details can not be longer than ${MAX_DETAILS} characters in total.`
  }
  for (const field of ['responders', 'visibleTo']) {
    const value = body[field]
    if (value === undefined) continue
    if (!Array.isArray(value)) errors[field] = `${field} must be a list.`
    else if (value.length > MAX_RESPONDERS) errors[field] = `${field} can have at most ${MAX_RESPONDERS} items.`
    else {
      const wrong = value.find(item => !isObject(item) || !RESPONDER_TYPES.includes(String(item.type)))
      if (wrong !== undefined) errors['recipients#type'] = `Invalid recipient type '${String(wrong?.type)}'`
      else if (value.some(item => isBlank(item.id) && isBlank(item.name) && isBlank(item.username)))
        errors['recipients#id'] = 'Recipient should have an id, name or username.'
    }
  }
  return errors
}

/**
 * @param {import('./opsgenie.js').OpsgenieOptions} [options]
 * @returns {Promise<import('./opsgenie.js').OpsgenieStandIn>}
 */
export async function startOpsgenie(options = {}) {
  /** @type {OpsgenieState} */
  const state = {
    apiKeys: options.apiKeys ?? [randomUUID()],
    accountKeys: options.accountKeys ?? [],
    integrationId: randomUUID(),
    processingDelayMs: options.processingDelayMs ?? 0,
    createFailure: options.createFailure ?? null,
    alerts: [],
    requests: []
  }
  const limited = options.rateLimits !== false
  const scale = options.timeScale ?? 1
  const { perMinute, perSecond } = { ...DEFAULT_LIMITS, ...options.limits }
  const windows = [
    { seconds: 60, window: new SlidingWindow({ limit: perMinute, windowMs: 60_000 * scale }) },
    { seconds: 1, window: new SlidingWindow({ limit: perSecond, windowMs: 1000 * scale }) }
  ]
  /** @type {Set<NodeJS.Timeout>} */
  const timers = new Set()
  let nextTinyId = 1

  /**
   * Every Opsgenie reply carries its request id and rate-limit state.
   * @param {Reply} reply
   * @param {number} status
   * @param {Record<string, unknown>} body
   * @param {Record<string, string>} [headers]
   */
  function answer(reply, status, body, headers = {}) {
    const requestId = randomUUID()
    reply.json(
      status,
      { ...body, took: TOOK, requestId },
      { 'x-request-id': requestId, 'x-response-time': String(TOOK), 'x-ratelimit-state': 'OK', ...headers }
    )
    return requestId
  }

  /**
   * @param {Reply} reply
   * @param {number} status
   * @param {string} message
   * @param {Record<string, string>} [headers]
   */
  function fail(reply, status, message, headers) {
    answer(reply, status, { message }, headers)
  }

  /**
   * The Alert domain's two rolling windows; true after answering 429.
   * @param {Reply} reply
   */
  function throttled(reply) {
    if (!limited) return false
    const full = windows.find(({ window }) => window.wait('account') > 0)
    if (!full) {
      for (const { window } of windows) window.take('account')
      return false
    }
    fail(reply, 429, TOO_MANY, {
      'x-ratelimit-state': 'THROTTLED',
      'x-ratelimit-reason': 'ALERT',
      'x-ratelimit-period-in-sec': String(full.seconds)
    })
    return true
  }

  /**
   * The alert an identifier names: by id, tiny id, or alias (the open alert with it, else the latest).
   * @param {string} identifier
   * @param {string} type
   */
  function findAlert(identifier, type) {
    if (type === 'id') return state.alerts.find(alert => alert.id === identifier)
    if (type === 'tiny') return state.alerts.find(alert => alert.tinyId === identifier)
    const withAlias = state.alerts.filter(alert => alert.alias === identifier)
    return withAlias.find(alert => alert.status === 'open') ?? withAlias.at(-1)
  }

  /**
   * Accepts an asynchronous request: 202 now, applied after the processing delay.
   * @param {Reply} reply
   * @param {OpsgenieRequest['action']} action
   * @param {() => Pick<OpsgenieRequest, 'isSuccess' | 'status' | 'alertId' | 'alias'>} process
   */
  function accept(reply, action, process) {
    const requestId = answer(reply, 202, { result: 'Request will be processed' })
    /** @type {OpsgenieRequest} */
    const request = { requestId, action, receivedAt: new Date().toISOString(), processedAt: null }
    state.requests.push(request)
    const run = () => Object.assign(request, process(), { processedAt: new Date().toISOString() })
    if (state.processingDelayMs <= 0) return run()
    const timer = setTimeout(() => {
      timers.delete(timer)
      run()
    }, state.processingDelayMs)
    timers.add(timer)
  }

  /**
   * @param {LoggedRequest} request
   * @param {Reply} reply
   */
  function createAlert(request, reply) {
    if (!('json' in request) || !isObject(request.json))
      return answer(reply, 422, { message: NOT_PROCESSABLE, errors: { body: 'Request body should be a JSON object.' } })
    const body = /** @type {Record<string, unknown>} */ (request.json)
    const errors = createErrors(body)
    if (Object.keys(errors).length > 0) return answer(reply, 422, { message: NOT_PROCESSABLE, errors })
    accept(reply, 'Create', () => {
      if (state.createFailure !== null) return { isSuccess: false, status: state.createFailure, alertId: '', alias: '' }
      const now = new Date().toISOString()
      const alias = isBlank(body.alias) ? undefined : String(body.alias)
      const open = alias === undefined ? undefined : state.alerts.find(a => a.alias === alias && a.status === 'open')
      if (open) {
        open.count++
        open.lastOccurredAt = now
        open.updatedAt = now
        return { isSuccess: true, status: 'Created alert', alertId: open.id, alias: open.alias }
      }
      const id = `${randomUUID()}-${Date.now()}`
      /** @type {OpsgenieAlert} */
      const alert = {
        id,
        tinyId: String(nextTinyId++),
        alias: alias ?? id,
        message: String(body.message),
        status: 'open',
        count: 1,
        priority: /** @type {OpsgenieAlert['priority']} */ (body.priority ?? 'P3'),
        body,
        createdAt: now,
        updatedAt: now,
        lastOccurredAt: now,
        closedAt: null,
        closeBody: null
      }
      state.alerts.push(alert)
      return { isSuccess: true, status: 'Created alert', alertId: id, alias: alert.alias }
    })
  }

  /**
   * @param {LoggedRequest} request
   * @param {string} identifier
   * @param {string} type
   * @param {Reply} reply
   */
  function closeAlert(request, identifier, type, reply) {
    const body = isObject(request.json) ? /** @type {Record<string, unknown>} */ (request.json) : {}
    const errors = /** @type {Record<string, string>} */ ({})
    for (const [field, limit] of Object.entries({
      user: TEXT_LIMITS.user,
      source: TEXT_LIMITS.source,
      note: TEXT_LIMITS.note
    })) {
      const value = body[field]
      if (value !== undefined && (typeof value !== 'string' || codePoints(value) > limit))
        errors[field] = `${field} can not be longer than ${limit} characters.`
    }
    if (Object.keys(errors).length > 0) return answer(reply, 422, { message: NOT_PROCESSABLE, errors })
    accept(reply, 'Close', () => {
      const alert = findAlert(identifier, type)
      if (!alert || alert.status !== 'open')
        return { isSuccess: false, status: 'Alert does not exist', alertId: '', alias: '' }
      const now = new Date().toISOString()
      Object.assign(alert, { status: 'closed', closedAt: now, updatedAt: now, closeBody: body })
      return { isSuccess: true, status: 'Closed alert', alertId: alert.id, alias: alert.alias }
    })
  }

  /**
   * @param {string} requestId
   * @param {Reply} reply
   */
  function requestStatus(requestId, reply) {
    const request = state.requests.find(known => known.requestId === requestId)
    if (!request || request.processedAt === null) {
      return fail(reply, 404, 'Request not found. It might not be processed, yet.', {
        'x-opsgenie-errortype': 'RequestNotProcessed'
      })
    }
    const { action, processedAt, isSuccess, status, alertId, alias } = request
    answer(reply, 200, {
      data: {
        success: isSuccess,
        action,
        processedAt,
        integrationId: state.integrationId,
        isSuccess,
        status,
        alertId,
        alias
      }
    })
  }

  /**
   * @param {OpsgenieAlert} alert
   */
  function alertData(alert) {
    const body = alert.body
    return {
      id: alert.id,
      tinyId: alert.tinyId,
      alias: alert.alias,
      message: alert.message,
      status: alert.status,
      acknowledged: false,
      isSeen: false,
      tags: body.tags ?? [],
      snoozed: false,
      count: alert.count,
      lastOccurredAt: alert.lastOccurredAt,
      createdAt: alert.createdAt,
      updatedAt: alert.updatedAt,
      source: body.source ?? '',
      owner: '',
      priority: alert.priority,
      responders: body.responders ?? [],
      integration: { id: state.integrationId, name: 'Dagster Alert Relay', type: 'API' },
      report: alert.closedAt ? { closeTime: Date.parse(alert.closedAt) - Date.parse(alert.createdAt) } : {},
      actions: body.actions ?? [],
      entity: body.entity ?? '',
      description: body.description ?? '',
      details: body.details ?? {}
    }
  }

  /**
   * @param {LoggedRequest} request
   * @param {Reply} reply
   */
  function handle(request, reply) {
    const key = keyOf(request.headers.authorization)
    const integrationKey = key !== undefined && state.apiKeys.includes(key)
    if (!integrationKey && !(key !== undefined && state.accountKeys.includes(key)))
      return fail(reply, 401, NOT_AUTHENTICATED)
    if (throttled(reply)) return
    const type = request.query.identifierType ?? 'id'
    const statusMatch = REQUEST_STATUS_PATH.exec(request.path)
    if (statusMatch && request.method === 'GET') return requestStatus(decodeURIComponent(statusMatch[1]), reply)
    const writes = request.method === 'POST' && (ALERTS_PATH.test(request.path) || CLOSE_PATH.test(request.path))
    if (writes && !integrationKey) return answer(reply, 403, NOT_INTEGRATION_KEY)
    if (!IDENTIFIER_TYPES.includes(type))
      return fail(reply, 422, `Invalid identifierType [${type}]. Possible values are: ${IDENTIFIER_TYPES.join(', ')}`)
    if (ALERTS_PATH.test(request.path) && request.method === 'POST') return createAlert(request, reply)
    const closeMatch = CLOSE_PATH.exec(request.path)
    if (closeMatch && request.method === 'POST')
      return closeAlert(request, decodeURIComponent(closeMatch[1]), type, reply)
    const alertMatch = ALERT_PATH.exec(request.path)
    if (alertMatch && request.method === 'GET') {
      const alert = findAlert(decodeURIComponent(alertMatch[1]), type)
      return alert ? answer(reply, 200, { data: alertData(alert) }) : fail(reply, 404, 'Alert does not exist')
    }
    fail(reply, 404, 'Not found')
  }

  /** @type {import('./http.js').FaultHandler<import('./http.js').RateLimitFault>} */
  function rateLimited(fault, _request, reply) {
    fail(reply, 429, TOO_MANY, {
      'x-ratelimit-state': 'THROTTLED',
      'x-ratelimit-reason': 'ALERT',
      'x-ratelimit-period-in-sec': String(Math.ceil(fault.retryAfter)),
      ...(fault.inBody ? {} : { 'retry-after': String(Math.ceil(fault.retryAfter)) })
    })
  }

  const server = await startServer({ handle, faultHandlers: { 'rate-limit': rateLimited } })
  return {
    ...server,
    state,
    alertsUrl: () => `${server.url}/v2/alerts`,
    authorization: (key = state.apiKeys[0]) => `GenieKey ${key}`,
    async close() {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      await server.close()
    }
  }
}
