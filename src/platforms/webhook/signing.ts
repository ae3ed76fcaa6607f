import { createHmac, randomBytes } from 'node:crypto'
import { InputError } from '../../errors.js'
import type { PlatformContext } from '../types.js'

// Standard Webhooks: https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md

const SECRET_HINT =
  'Use a Standard Webhooks secret: whsec_ followed by the base64 of 24 to 64 random bytes, ' +
  'e.g. the output of: echo "whsec_$(openssl rand -base64 32)"'
const SECRET_PREFIX = 'whsec_'
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/
/** The spec asks for at least 24 random bytes; shorter keys still verify, so they only warn. */
export const MIN_KEY_BYTES = 24
/** Where a delivery keeps its `webhook-id` in `ctx.state`. */
const DELIVERY_ID = 'webhook-id'

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

/** The `webhook-id` this delivery was signed with; '' when it was not signed. */
export function signedDeliveryId(ctx: PlatformContext): string {
  const id = ctx.state.get(DELIVERY_ID)
  return typeof id === 'string' ? id : ''
}

/**
 * One `webhook-id` per delivery, so a receiver can drop a retry it already processed: kept in the delivery's
 * state, whatever number of times the request is built for it.
 */
function deliveryId(ctx: PlatformContext): string {
  let id = signedDeliveryId(ctx)
  if (!id) {
    // base64url has no '.', which would be ambiguous in the signed "id.timestamp.body" text.
    id = `msg_${randomBytes(18).toString('base64url')}`
    ctx.state.set(DELIVERY_ID, id)
  }
  return id
}

/** The three signature headers of a body, or none without a `signing-secret`. */
export function signatureHeaders(body: string, ctx: PlatformContext): Record<string, string> {
  const secret = ctx.settings.signingSecret
  if (!secret) return {}
  const id = deliveryId(ctx)
  const timestamp = Math.floor(ctx.now().getTime() / 1000)
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': standardSignature(signingKey(secret), id, timestamp, body)
  }
}
