import { createHmac, randomBytes } from 'node:crypto'
import { InputError, type Problem } from '../errors.js'
import { truncate } from '../truncate.js'
import { parseEndpoint } from './shared/endpoint.js'
import type { JsonObject } from './shared/json.js'
import { matches } from './webhook/descriptor.js'
import type { HttpReply, HttpRequest, Json, Platform, PlatformContext, Target, Verdict } from './types.js'


const URL_HINT = "Set url to your receiver's endpoint, e.g. https://alerts.example.com/hooks/dagster, and platform to webhook"
const SECRET_HINT =
  'Use a Standard Webhooks secret: whsec_ followed by the base64 of 24 to 64 random bytes, ' +
  'e.g. the output of: echo "whsec_$(openssl rand -base64 32)"'
const SECRET_PREFIX = 'whsec_'
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/
/** The spec asks for at least 24 random bytes; shorter keys still verify, so they only warn. */
const MIN_KEY_BYTES = 24
const REPLY_TEXT_LIMIT = 1024

// ─── target ─────────────────────────────────────────────────────────────────────────────────────

/** Internal receivers often live on plain http inside a network, so both schemes are allowed. */
function resolveTarget(url: string | undefined, _template: string | undefined): Target {
  const endpoint = parseEndpoint(url, { required: 'webhook', hint: URL_HINT, allowPlainHttp: true })
  return { endpoint, defaultTemplate: 'webhook' }
}

// ─── signing (Standard Webhooks) ────────────────────────────────────────────────────────────────

/**
 * The HMAC key of a `signing-secret`: the base64 after `whsec_`. Without the prefix the text is read as base64
 * too, as the reference libraries do, so a receiver using them verifies either spelling alike.
 */
export function signingKey(secret: string): Buffer {
  const encoded = secret.trim().startsWith(SECRET_PREFIX) ? secret.trim().slice(SECRET_PREFIX.length) : secret.trim()
  // The secret itself is never part of a message.
  if (encoded === '' || !BASE64.test(encoded)) {
    throw new InputError('signing-secret', 'is not a Standard Webhooks secret (whsec_ followed by base64)', SECRET_HINT)
  }
  return Buffer.from(encoded, 'base64')
}

/** `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, the symmetric signature of the spec. */
export function standardSignature(key: Buffer, id: string, timestamp: number, body: string): string {
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`
}

/**
 * One `webhook-id` per delivery, so a receiver can drop a retry it already processed: kept with the delivery's
 * context, whatever number of times the request is built for it.
 */
const deliveryIds = new WeakMap<PlatformContext, string>()

function deliveryId(ctx: PlatformContext): string {
  let id = deliveryIds.get(ctx)
  if (!id) {
    // base64url has no '.', which would be ambiguous in the signed "id.timestamp.body" text.
    id = `msg_${randomBytes(18).toString('base64url')}`
    deliveryIds.set(ctx, id)
  }
  return id
}

function signatureHeaders(body: string, ctx: PlatformContext): Record<string, string> {
  const secret = ctx.settings.signingSecret
  if (!secret) return {}
  const id = deliveryId(ctx)
  const timestamp = Math.floor(Date.now() / 1000)
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': standardSignature(signingKey(secret), id, timestamp, body)
  }
}

// ─── fit, validate, request ─────────────────────────────────────────────────────────────────────

/** The receiver is the user's own: no limits to apply. */
function fit(payload: Json): Json {
  return payload
}

/** Checks the body is a JSON document, and the signing secret before anything is sent (dry runs too). */
function validate(payload: Json, ctx: PlatformContext): Problem[] {
  const secret = ctx.settings.signingSecret
  if (secret) {
    const bytes = signingKey(secret).length
    if (bytes < MIN_KEY_BYTES) {
      ctx.warn({ path: 'signing-secret', message: `is ${bytes} bytes long; Standard Webhooks asks for at least ${MIN_KEY_BYTES} random bytes` })
    }
  }
  if (payload !== null && typeof payload === 'object') return []
  return [{ path: '', message: `the body must be a JSON object or list, got ${payload === null ? 'nothing' : `a ${typeof payload}`}; check the template` }]
}

function request(payload: Json, ctx: PlatformContext): HttpRequest {
  const body = JSON.stringify(payload)
  return {
    method: 'POST',
    url: ctx.target.endpoint.toString(),
    // The signature headers come last: a `headers` input cannot replace what was signed.
    headers: { 'content-type': 'application/json', ...ctx.headers, ...signatureHeaders(body, ctx) },
    body
  }
}

// ─── reply ──────────────────────────────────────────────────────────────────────────────────────

function parse(reply: HttpReply, ctx: PlatformContext): Verdict {
  if (reply.status >= 200 && reply.status < 300) {
    return { ok: true, status: 'sent', id: deliveryIds.get(ctx) ?? '', url: resultUrl(reply.body, ctx) }
  }
  const text = reply.body.trim() === '' ? '(empty reply)' : truncate(reply.body.trim(), REPLY_TEXT_LIMIT)
  if (reply.status === 410) {
    return { ok: false, message: `the receiver no longer accepts these webhooks (410 Gone): ${text}. Check the url input` }
  }
  return { ok: false, message: text }
}

/** The `result-url` value in the reply (e.g. `data.html_url`); '' with a warning when it is not there. */
function resultUrl(body: string, ctx: PlatformContext): string {
  const path = ctx.settings.resultUrl.trim()
  if (!path) return ''
  const missing = (why: string): string => {
    ctx.warn({ path: 'result-url', message: `${why}; the url output stays empty` })
    return ''
  }
  let reply: Json
  try {
    reply = JSON.parse(body) as Json
  } catch {
    return missing('the reply is not JSON')
  }
  const value = valueAt(reply, path)
  if (value === undefined) return missing(`the reply has nothing at '${path}'`)
  if (typeof value !== 'string' || value.trim() === '') return missing(`'${path}' in the reply is not text`)
  return value
}

/** The value at a dotted path; list items by index (`data.items.0.url`, also written `data.items[0].url`). */
export function valueAt(value: Json, path: string): Json | undefined {
  let current: Json | undefined = value
  for (const key of path.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean)) {
    if (Array.isArray(current)) current = /^\d+$/.test(key) ? current[Number(key)] : undefined
    else if (current !== null && typeof current === 'object' && Object.hasOwn(current, key)) current = (current as JsonObject)[key]
    else return undefined
  }
  return current
}

export const webhook: Platform = {
  name: 'webhook',
  matches,
  resolveTarget,
  fit,
  validate,
  request,
  parse,
  sampleTarget: file => resolveTarget('https://example.com/dagster-alert-relay/check-mode-placeholder', file)
}
