// @ts-check
/**
 * Stand-in for PagerDuty's Events API v2 (`POST /v2/enqueue`, served the same on events.pagerduty.com and
 * events.eu.pagerduty.com): the routing key travels in the body, a valid event is answered 202 `Event processed`
 * and applied to the alerts of its routing key (a trigger opens one or folds into the open one with the same
 * dedup_key, a resolve or acknowledge without an open alert is accepted and dropped), an invalid one 400
 * `invalid event` with PagerDuty's error list, an unknown routing key 400 `Invalid routing key`, and more than 120
 * events a minute on one routing key 429 `throttle exceeded`.
 */
import { randomBytes } from 'node:crypto'
import { codePoints, startServer } from './http.js'
import { SlidingWindow } from './rate-limit.js'

/**
 * @typedef {import('./http.js').Reply} Reply
 * @typedef {import('./http.js').LoggedRequest} LoggedRequest
 * @typedef {import('./pagerduty.js').PagerDutyState} PagerDutyState
 * @typedef {import('./pagerduty.js').PagerDutyIncident} PagerDutyIncident
 * @typedef {import('./pagerduty.js').PagerDutyEvent} PagerDutyEvent
 */

const ENQUEUE_PATH = /^\/v2\/enqueue\/?$/
const ACTIONS = ['trigger', 'acknowledge', 'resolve']
const SEVERITIES = ['critical', 'warning', 'error', 'info']
const ROUTING_KEY_LENGTH = 32
const MAX_DEDUP_KEY = 255
const MAX_SUMMARY = 1024
/** "Events API payloads are limited to 512 KB" (Events API v2 Overview, Size Limits). */
const MAX_EVENT_BYTES = 512 * 1024
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i
/** "approximately 120 calls/minute per integration key … over a 60 second window looking back" (Events API Rate Limits). */
const EVENTS_PER_KEY = { limit: 120, windowMs: 60_000 }

/** The body PagerDuty answers a body that is not JSON with (Events API v2 OpenAPI, Error example). */
const UNRECOGNIZED = {
  status: 'Unrecognized object',
  message: 'Event object format is unrecognized',
  errors: ['JSON parse error']
}
/** PagerDuty's 429 body, as logged from the events endpoint. */
const THROTTLED = {
  status: 'throttle exceeded',
  message: 'Requests for this service are arriving too quickly.  Please retry later.'
}

/** @param {unknown} value */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** @param {unknown} value */
function isBlank(value) {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
}

/** A new routing key in the shape PagerDuty issues: 32 lower-case hex characters. */
export function newRoutingKey() {
  return randomBytes(16).toString('hex')
}

/**
 * The routing key's problems, in PagerDuty's words.
 * @param {unknown} key
 * @returns {string[]}
 */
function routingKeyErrors(key) {
  if (isBlank(key)) return ["'routing_key' cannot be blank"]
  const text = String(key)
  /** @type {string[]} */
  const errors = []
  if (text.length !== ROUTING_KEY_LENGTH)
    errors.push(`Length of 'routing_key' is incorrect (should be ${ROUTING_KEY_LENGTH} characters)`)
  if (!/^[A-Za-z0-9]*$/.test(text)) errors.push("'routing_key' cannot contain non-alphanumeric characters.")
  return errors
}

/**
 * A trigger's payload (PD-CEF): summary, source and severity required.
 * @param {unknown} payload
 * @returns {string[]}
 */
function payloadErrors(payload) {
  if (!isObject(payload)) return ["'payload' is missing or blank"]
  const fields = /** @type {Record<string, unknown>} */ (payload)
  /** @type {string[]} */
  const errors = []
  if (isBlank(fields.summary)) errors.push("'payload.summary' is missing or blank")
  else if (typeof fields.summary !== 'string') errors.push("'payload.summary' must be a string")
  else if (codePoints(fields.summary) > MAX_SUMMARY)
    errors.push(`'payload.summary' is too long (must be ${MAX_SUMMARY} characters or less)`)
  if (isBlank(fields.source)) errors.push("'payload.source' is missing or blank")
  else if (typeof fields.source !== 'string') errors.push("'payload.source' must be a string")
  if (isBlank(fields.severity)) errors.push("'payload.severity' is missing or blank")
  else if (!SEVERITIES.includes(String(fields.severity)))
    errors.push(
      "'payload.severity' is invalid (must be one of the following: 'critical', 'warning', 'error' or 'info')"
    )
  const timestamp = fields.timestamp
  if (timestamp !== undefined && (typeof timestamp !== 'string' || !ISO_8601.test(timestamp)))
    errors.push("'payload.timestamp' is invalid (must be an ISO 8601 timestamp)")
  for (const name of ['component', 'group', 'class']) {
    if (fields[name] !== undefined && typeof fields[name] !== 'string')
      errors.push(`'payload.${name}' must be a string`)
  }
  if (
    fields.custom_details !== undefined &&
    !isObject(fields.custom_details) &&
    typeof fields.custom_details !== 'string'
  )
    errors.push("'payload.custom_details' must be an object")
  return errors
}

/**
 * `links` need an href, `images` an https src.
 * @param {Record<string, unknown>} event
 * @returns {string[]}
 */
function contextErrors(event) {
  /** @type {string[]} */
  const errors = []
  for (const [list, field] of /** @type {const} */ ([
    ['links', 'href'],
    ['images', 'src']
  ])) {
    const items = event[list]
    if (items === undefined) continue
    if (!Array.isArray(items)) {
      errors.push(`'${list}' must be an array`)
      continue
    }
    items.forEach((item, index) => {
      const value = isObject(item) ? /** @type {Record<string, unknown>} */ (item)[field] : undefined
      if (isBlank(value)) errors.push(`'${list}[${index}].${field}' is missing or blank`)
      else if (list === 'images' && !String(value).startsWith('https://'))
        errors.push(`'images[${index}].src' must be served over HTTPS`)
    })
  }
  return errors
}

/**
 * Everything PagerDuty checks in the event itself, before it looks the routing key up.
 * @param {Record<string, unknown>} event
 * @returns {string[]}
 */
function eventErrors(event) {
  const errors = routingKeyErrors(event.routing_key)
  const action = event.event_action
  if (isBlank(action)) errors.push("'event_action' is missing or blank")
  else if (!ACTIONS.includes(String(action)))
    errors.push("'event_action' is invalid (must be one of the following: 'trigger', 'acknowledge' or 'resolve')")
  const dedupKey = event.dedup_key
  if (dedupKey !== undefined && dedupKey !== null && typeof dedupKey !== 'string')
    errors.push("'dedup_key' must be a string")
  else if (typeof dedupKey === 'string' && codePoints(dedupKey) > MAX_DEDUP_KEY)
    errors.push(`'dedup_key' is too long (must be ${MAX_DEDUP_KEY} characters or less)`)
  else if (isBlank(dedupKey) && (action === 'acknowledge' || action === 'resolve'))
    errors.push("'dedup_key' is missing or blank")
  if (action === 'trigger') errors.push(...payloadErrors(event.payload), ...contextErrors(event))
  return errors
}

/**
 * @param {import('./pagerduty.js').PagerDutyOptions} [options]
 * @returns {Promise<import('./pagerduty.js').PagerDutyStandIn>}
 */
export async function startPagerDuty(options = {}) {
  /** @type {PagerDutyState} */
  const state = {
    routingKeys: options.routingKeys ?? [newRoutingKey()],
    incidents: [],
    events: []
  }
  const limited = options.rateLimits !== false
  const perKey = new SlidingWindow({
    limit: EVENTS_PER_KEY.limit,
    windowMs: EVENTS_PER_KEY.windowMs * (options.timeScale ?? 1)
  })

  /**
   * The alert an event with this routing key and dedup_key applies to: the open one, if any.
   * @param {string} routingKey
   * @param {string} dedupKey
   */
  function openIncident(routingKey, dedupKey) {
    return state.incidents.find(
      incident => incident.routingKey === routingKey && incident.dedupKey === dedupKey && incident.status !== 'resolved'
    )
  }

  /**
   * Applies a valid event as PagerDuty does; returns what became of it.
   * @param {Record<string, unknown>} event
   * @param {string} routingKey
   * @param {string} dedupKey
   */
  function apply(event, routingKey, dedupKey) {
    const at = new Date().toISOString()
    const open = openIncident(routingKey, dedupKey)
    if (event.event_action === 'trigger') {
      const payload = /** @type {Record<string, unknown>} */ (event.payload)
      if (open) {
        open.triggers++
        open.lastEvent = event
        open.updatedAt = at
        return 'folded'
      }
      state.incidents.push({
        routingKey,
        dedupKey,
        status: 'triggered',
        summary: String(payload.summary),
        severity: /** @type {PagerDutyIncident['severity']} */ (payload.severity),
        firstEvent: event,
        lastEvent: event,
        triggers: 1,
        acknowledges: 0,
        createdAt: at,
        updatedAt: at,
        resolvedAt: null
      })
      return 'opened'
    }
    if (!open) return 'dropped'
    open.lastEvent = event
    open.updatedAt = at
    if (event.event_action === 'acknowledge') {
      open.acknowledges++
      open.status = 'acknowledged'
      return 'acknowledged'
    }
    open.status = 'resolved'
    open.resolvedAt = at
    return 'resolved'
  }

  /**
   * @param {LoggedRequest} request
   * @param {Reply} reply
   */
  function enqueue(request, reply) {
    if (Buffer.byteLength(request.body) > MAX_EVENT_BYTES) {
      return reply.json(400, {
        status: 'invalid event',
        message: 'Event object is invalid',
        errors: ['Event object is too large (must be 512 KB or less)']
      })
    }
    if (!('json' in request) || !isObject(request.json)) return reply.json(400, UNRECOGNIZED)
    const event = /** @type {Record<string, unknown>} */ (request.json)
    const errors = eventErrors(event)
    if (errors.length > 0)
      return reply.json(400, { status: 'invalid event', message: 'Event object is invalid', errors })
    const routingKey = String(event.routing_key)
    if (!state.routingKeys.includes(routingKey)) return reply.text(400, 'Invalid routing key')
    if (limited && !perKey.take(routingKey).ok) return reply.json(429, THROTTLED)
    const dedupKey = isBlank(event.dedup_key) ? randomBytes(16).toString('hex') : String(event.dedup_key)
    const outcome = apply(event, routingKey, dedupKey)
    state.events.push({
      routingKey,
      dedupKey,
      action: /** @type {PagerDutyEvent['action']} */ (event.event_action),
      outcome
    })
    reply.json(202, { status: 'success', message: 'Event processed', dedup_key: dedupKey })
  }

  /**
   * @param {LoggedRequest} request
   * @param {Reply} reply
   */
  function handle(request, reply) {
    if (!ENQUEUE_PATH.test(request.path)) return reply.text(404, 'Not Found')
    if (request.method !== 'POST') return reply.text(405, 'Method Not Allowed')
    enqueue(request, reply)
  }

  /** @type {import('./http.js').FaultHandler<import('./http.js').RateLimitFault>} */
  function rateLimited(fault, _request, reply) {
    const headers = fault.inBody ? undefined : { 'retry-after': String(Math.ceil(fault.retryAfter)) }
    reply.json(429, THROTTLED, headers)
  }

  const server = await startServer({ handle, faultHandlers: { 'rate-limit': rateLimited } })
  return { ...server, state, enqueueUrl: () => `${server.url}/v2/enqueue` }
}
