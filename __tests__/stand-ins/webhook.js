// @ts-check
/**
 * Stand-in for a custom receiver of Standard Webhooks (https://www.standardwebhooks.com): it verifies signatures
 * with its own reading of the spec (not the relay's code), treats a repeated webhook-id as a delivery it already
 * has, and answers with JSON that links the record it made, for `result-url`.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { isJsonContentType, startServer } from './http.js'

/** The spec's advice: refuse timestamps more than five minutes from now, either way. */
const TOLERANCE_SECONDS = 5 * 60
const SECRET_PREFIX = 'whsec_'

/**
 * @typedef {import('./http.js').Reply} Reply
 * @typedef {import('./http.js').LoggedRequest} LoggedRequest
 * @typedef {import('./webhook.js').Verification} Verification
 */

/** A new secret as the spec serialises it: `whsec_` and the base64 of 32 random bytes. */
export function newSigningSecret() {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`
}

/**
 * Checks a delivery the way a Standard Webhooks consumer does: HMAC-SHA256 keyed with the base64-decoded secret
 * over `{webhook-id}.{webhook-timestamp}.{raw body}`, any `v1,` entry of the space-separated signature list
 * matching (in constant time), and a timestamp within the tolerance.
 * @param {string} secret
 * @param {Record<string, string | undefined>} headers lower-case names
 * @param {string} rawBody
 * @param {number} [nowSeconds]
 * @returns {Verification}
 */
export function verifyStandardWebhook(secret, headers, rawBody, nowSeconds = Math.floor(Date.now() / 1000)) {
  const id = headers['webhook-id']
  const timestamp = headers['webhook-timestamp']
  const signatures = headers['webhook-signature']
  if (!id || !timestamp || !signatures)
    return { ok: false, reason: 'missing webhook-id, webhook-timestamp or webhook-signature' }
  if (!/^\d+$/.test(timestamp)) return { ok: false, reason: `webhook-timestamp ${timestamp} is not whole seconds` }
  if (Math.abs(nowSeconds - Number(timestamp)) > TOLERANCE_SECONDS)
    return { ok: false, reason: 'webhook-timestamp is too old or too new' }
  const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64')
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.`).update(rawBody).digest()
  for (const entry of signatures.split(' ')) {
    const comma = entry.indexOf(',')
    if (comma < 0 || entry.slice(0, comma) !== 'v1') continue
    const given = Buffer.from(entry.slice(comma + 1), 'base64')
    if (given.length === expected.length && timingSafeEqual(given, expected)) return { ok: true }
  }
  return { ok: false, reason: 'no v1 signature matches' }
}

/**
 * @param {import('./webhook.js').WebhookOptions} [options]
 * @returns {Promise<import('./webhook.js').WebhookStandIn>}
 */
export async function startWebhook(options = {}) {
  const path = options.path ?? '/hooks/dagster'
  /** @type {import('./webhook.js').WebhookState} */
  const state = { secret: options.secret, deliveries: [], repeats: [], refused: [] }
  /** @type {Map<string, import('./webhook.js').WebhookDelivery>} */
  const byId = new Map()
  let base = ''

  /**
   * @param {LoggedRequest} request
   * @param {Reply} reply
   * @param {number} status
   * @param {string} error
   */
  function refuse(request, reply, status, error) {
    state.refused.push({ status, error, request })
    reply.json(status, { error })
  }

  /**
   * @param {import('./webhook.js').WebhookDelivery} delivery
   */
  function record(delivery) {
    return { ok: true, data: { id: delivery.record, html_url: `${base}/incidents/${delivery.record}` } }
  }

  /**
   * @param {LoggedRequest} request
   * @param {Reply} reply
   */
  function handle(request, reply) {
    if (request.path !== path) return refuse(request, reply, 404, `no receiver at ${request.path}`)
    if (request.method !== 'POST') return refuse(request, reply, 405, 'only POST is accepted')
    if (!isJsonContentType(request.headers['content-type']))
      return refuse(request, reply, 415, 'Content-Type must be application/json')
    if (!('json' in request)) return refuse(request, reply, 400, 'the body is not JSON')
    const webhookId = request.headers['webhook-id']
    if (state.secret) {
      const verification = verifyStandardWebhook(state.secret, request.headers, request.body)
      if (!verification.ok) return refuse(request, reply, 401, `signature verification failed: ${verification.reason}`)
    }
    const seen = webhookId ? byId.get(webhookId) : undefined
    if (seen) {
      state.repeats.push(seen)
      return reply.json(200, { ...record(seen), duplicate: true })
    }
    const delivery = {
      record: `INC-${state.deliveries.length + 1}`,
      webhookId,
      signed: Boolean(state.secret),
      headers: request.headers,
      body: request.body,
      payload: request.json
    }
    state.deliveries.push(delivery)
    if (webhookId) byId.set(webhookId, delivery)
    reply.json(200, options.reply ? options.reply(delivery) : record(delivery))
  }

  const server = await startServer({ handle })
  base = server.url
  return { ...server, state, receiverUrl: () => `${server.url}${path}` }
}
