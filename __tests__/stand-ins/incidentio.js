// @ts-check
/**
 * Stand-in for incident.io's HTTP alert sources (`POST /v2/alert_events/http/{alert_source_config_id}`, token as
 * `Authorization: Bearer` or `?token=`): a valid event is answered 202 `Event accepted for processing`; a firing
 * event opens the source's alert for its deduplication_key or updates the firing one, a resolved event resolves
 * it (and is accepted when there is none). Errors use incident.io's envelope
 * `{type, status, request_id, errors: [{code, message, source?}]}`; beyond the API key rate limit, 429.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { startServer } from './http.js'
import { SlidingWindow } from './rate-limit.js'

/**
 * @typedef {import('./http.js').Reply} Reply
 * @typedef {import('./http.js').LoggedRequest} LoggedRequest
 * @typedef {import('./incidentio.js').IncidentIoState} IncidentIoState
 * @typedef {import('./incidentio.js').IncidentIoAlert} IncidentIoAlert
 * @typedef {import('./incidentio.js').IncidentIoSource} IncidentIoSource
 * @typedef {import('./incidentio.js').IncidentIoEvent} IncidentIoEvent
 * @typedef {{ code: string, message: string, source?: { field: string } }} FieldError
 */

const EVENT_PATH = /^\/v2\/alert_events\/http\/([^/]+)\/?$/
const STATUSES = ['firing', 'resolved']
/** "The default rate limit is 1200 requests/minute per API key" (API reference, Rate Limits). */
const REQUESTS_PER_KEY = { limit: 1200, windowMs: 60_000 }
/** incident.io does not document its 429 body; this one follows its error envelope. */
const TOO_MANY = [{ code: 'too_many_requests', message: 'Rate limit exceeded, please retry later' }]
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** A new id in incident.io's shape, a ULID: 10 characters of time and 16 of randomness. */
export function newIncidentIoId() {
  let time = Date.now()
  let id = ''
  for (let i = 0; i < 10; i++) {
    id = CROCKFORD[time % 32] + id
    time = Math.floor(time / 32)
  }
  for (const byte of randomBytes(16)) id += CROCKFORD[byte % 32]
  return id
}

/** @param {unknown} value */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** @param {unknown} value */
function isBlank(value) {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
}

/**
 * @param {string} field
 * @param {string} code
 * @param {string} message
 * @returns {FieldError}
 */
function fieldError(field, code, message) {
  return { code, message, source: { field } }
}

/**
 * The body's problems; `deduplication_key` is required for sources created since it became so.
 * @param {Record<string, unknown>} body
 * @param {boolean} keyRequired
 * @returns {FieldError[]}
 */
function eventErrors(body, keyRequired) {
  /** @type {FieldError[]} */
  const errors = []
  if (isBlank(body.title)) errors.push(fieldError('title', 'is_required', 'title is required'))
  else if (typeof body.title !== 'string') errors.push(fieldError('title', 'invalid_value', 'title must be a string'))
  if (isBlank(body.status)) errors.push(fieldError('status', 'is_required', 'status is required'))
  else if (!STATUSES.includes(String(body.status)))
    errors.push(fieldError('status', 'invalid_value', `status must be one of [${STATUSES.join(', ')}]`))
  if (isBlank(body.deduplication_key)) {
    if (keyRequired) errors.push(fieldError('deduplication_key', 'is_required', 'deduplication_key is required'))
  } else if (typeof body.deduplication_key !== 'string')
    errors.push(fieldError('deduplication_key', 'invalid_value', 'deduplication_key must be a string'))
  for (const field of ['description', 'source_url']) {
    if (body[field] !== undefined && body[field] !== null && typeof body[field] !== 'string')
      errors.push(fieldError(field, 'invalid_value', `${field} must be a string`))
  }
  if (typeof body.source_url === 'string' && body.source_url !== '' && !/^https?:\/\//i.test(body.source_url))
    errors.push(fieldError('source_url', 'invalid_value', 'source_url must be a valid URL'))
  if (body.metadata !== undefined && body.metadata !== null && !isObject(body.metadata))
    errors.push(fieldError('metadata', 'invalid_value', 'metadata must be an object'))
  return errors
}

/**
 * @param {import('./incidentio.js').IncidentIoOptions} [options]
 * @returns {Promise<import('./incidentio.js').IncidentIoStandIn>}
 */
export async function startIncidentIo(options = {}) {
  /** @type {IncidentIoState} */
  const state = {
    sources: (options.sources ?? [{}]).map(source => ({
      id: source.id ?? newIncidentIoId(),
      token: source.token ?? randomBytes(24).toString('base64url'),
      deduplicationKeyRequired: source.deduplicationKeyRequired ?? true
    })),
    alerts: [],
    events: []
  }
  const limited = options.rateLimits !== false
  const perKey = new SlidingWindow({
    limit: REQUESTS_PER_KEY.limit,
    windowMs: REQUESTS_PER_KEY.windowMs * (options.timeScale ?? 1)
  })

  /**
   * incident.io's error envelope.
   * @param {Reply} reply
   * @param {number} status
   * @param {string} type
   * @param {FieldError[]} errors
   * @param {Record<string, string>} [headers]
   */
  function fail(reply, status, type, errors, headers) {
    reply.json(status, { type, status, request_id: randomUUID(), errors }, headers)
  }

  /**
   * The token the request authenticates with: the Bearer header, else `?token=`.
   * @param {LoggedRequest} request
   */
  function tokenOf(request) {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')
    return bearer ? bearer[1] : request.query.token
  }

  /**
   * Applies a valid event to the source's alerts; returns what became of it.
   * @param {IncidentIoSource} source
   * @param {Record<string, unknown>} body
   * @param {string} key
   */
  function apply(source, body, key) {
    const now = new Date().toISOString()
    const firing = state.alerts.find(
      alert => alert.sourceId === source.id && alert.deduplicationKey === key && alert.status === 'firing'
    )
    if (body.status === 'resolved') {
      if (!firing) return 'ignored'
      Object.assign(firing, { status: 'resolved', resolvedAt: now, updatedAt: now, lastEvent: body })
      firing.events++
      return 'resolved'
    }
    if (firing) {
      Object.assign(firing, { title: String(body.title), updatedAt: now, lastEvent: body })
      firing.events++
      return 'updated'
    }
    state.alerts.push({
      id: newIncidentIoId(),
      sourceId: source.id,
      deduplicationKey: key,
      status: 'firing',
      title: String(body.title),
      firstEvent: body,
      lastEvent: body,
      events: 1,
      createdAt: now,
      updatedAt: now,
      resolvedAt: null
    })
    return 'opened'
  }

  /**
   * @param {LoggedRequest} request
   * @param {string} configId
   * @param {Reply} reply
   */
  function createEvent(request, configId, reply) {
    const token = tokenOf(request)
    if (token === undefined) {
      return fail(reply, 401, 'authentication_error', [
        { code: 'missing_authorization_material', message: 'No authorization material provided in request' }
      ])
    }
    const source = state.sources.find(known => known.id === configId)
    if (!source) {
      return fail(reply, 404, 'not_found', [
        { code: 'not_found', message: `No alert source config found with ID ${configId}` }
      ])
    }
    if (token !== source.token) {
      return fail(reply, 401, 'authentication_error', [
        { code: 'invalid_authorization_material', message: 'The provided token is not valid for this alert source' }
      ])
    }
    if (limited && !perKey.take(source.token).ok) {
      return fail(reply, 429, 'too_many_requests', TOO_MANY)
    }
    if (!('json' in request) || !isObject(request.json)) {
      return fail(reply, 400, 'bad_request', [
        { code: 'bad_request', message: 'Request body could not be decoded as a JSON object' }
      ])
    }
    const body = /** @type {Record<string, unknown>} */ (request.json)
    const errors = eventErrors(body, source.deduplicationKeyRequired)
    if (errors.length > 0) return fail(reply, 422, 'validation_error', errors)
    const key = isBlank(body.deduplication_key) ? randomUUID() : String(body.deduplication_key)
    const outcome = apply(source, body, key)
    state.events.push({
      sourceId: source.id,
      deduplicationKey: key,
      status: /** @type {IncidentIoEvent['status']} */ (body.status),
      outcome
    })
    reply.json(202, { deduplication_key: key, message: 'Event accepted for processing', status: 'success' })
  }

  /**
   * @param {LoggedRequest} request
   * @param {Reply} reply
   */
  function handle(request, reply) {
    const match = EVENT_PATH.exec(request.path)
    if (!match) return fail(reply, 404, 'not_found', [{ code: 'not_found', message: 'Not found' }])
    if (request.method !== 'POST')
      return fail(reply, 405, 'method_not_allowed', [{ code: 'method_not_allowed', message: 'Method not allowed' }])
    createEvent(request, decodeURIComponent(match[1]), reply)
  }

  /** @type {import('./http.js').FaultHandler<import('./http.js').RateLimitFault>} */
  function rateLimited(fault, _request, reply) {
    const headers = fault.inBody ? undefined : { 'retry-after': String(Math.ceil(fault.retryAfter)) }
    fail(reply, 429, 'too_many_requests', TOO_MANY, headers)
  }

  const server = await startServer({ handle, faultHandlers: { 'rate-limit': rateLimited } })
  return {
    ...server,
    state,
    eventUrl: (sourceId = state.sources[0].id) => `${server.url}/v2/alert_events/http/${sourceId}`,
    authorization: (sourceId = state.sources[0].id) =>
      `Bearer ${/** @type {IncidentIoSource} */ (state.sources.find(source => source.id === sourceId)).token}`
  }
}
