import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/errors.js'
import type { Json } from '../../../src/json.js'
import { webhook } from '../../../src/platforms/webhook/index.js'
import { signingKey, standardSignature } from '../../../src/platforms/webhook/signing.js'
import { platformContext, thrownBy } from '../../helpers/platform-context.js'
import { newSigningSecret, verifyStandardWebhook } from '../../stand-ins/index.js'
import { context, KEY_BASE64, RECEIVER, SECRET } from './helpers.js'

describe('Standard Webhooks signing', () => {
  it('reads the key from base64 after whsec_, or from bare base64 as the reference libraries do', () => {
    expect(signingKey(SECRET)).toEqual(Buffer.from(KEY_BASE64, 'base64'))
    expect(signingKey(KEY_BASE64)).toEqual(signingKey(SECRET))
  })

  it.each(['whsec_', 'whsec_not base64!', 'plain-passphrase', 'whsec_abc'])(
    'refuses %j without printing it',
    secret => {
      const error = thrownBy(() => signingKey(secret), InputError)
      expect(error.input).toBe('signing-secret')
      expect(error.message).toContain('is not a Standard Webhooks secret (whsec_ followed by base64)')
      if (secret.length > 6) expect(error.message).not.toContain(secret)
    }
  )

  it('signs "id.timestamp.body" with HMAC-SHA256, as an independent verifier reads it', () => {
    const body = '{"a":"é 🚀"}'
    const signature = standardSignature(signingKey(SECRET), 'msg_1', 1700000000, body)
    expect(signature).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/)
    const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': '1700000000', 'webhook-signature': signature }
    expect(verifyStandardWebhook(SECRET, headers, body, 1700000000)).toEqual({ ok: true })
    expect(verifyStandardWebhook(SECRET, headers, `${body} `, 1700000000)).toEqual({
      ok: false,
      reason: 'no v1 signature matches'
    })
  })
})

describe('webhook.request', () => {
  const payload: Json = { alert: { alert_summary: 'Job "x" failed\n' }, n: 1 }

  it('POSTs the JSON with the extra headers and no signature when there is no secret', () => {
    const { ctx } = context({}, { authorization: 'Bearer t0ken' })
    expect(webhook.request(payload, ctx)).toEqual({
      method: 'POST',
      url: RECEIVER,
      headers: { 'content-type': 'application/json', authorization: 'Bearer t0ken' },
      body: JSON.stringify(payload)
    })
  })

  it('adds webhook-id, webhook-timestamp and a v1 signature that verify with the secret and fail with another', () => {
    const { ctx } = context({ signingSecret: SECRET }, { 'webhook-signature': 'v1,forged' })
    const before = Math.floor(Date.now() / 1000)
    const request = webhook.request(payload, ctx)
    const headers = request.headers
    expect(headers['webhook-id']).toMatch(/^msg_[A-Za-z0-9_-]{24}$/)
    expect(Number(headers['webhook-timestamp'])).toBeGreaterThanOrEqual(before)
    expect(Number(headers['webhook-timestamp'])).toBeLessThanOrEqual(Math.floor(Date.now() / 1000))
    expect(headers['webhook-signature']).not.toBe('v1,forged')
    expect(verifyStandardWebhook(SECRET, headers, request.body as string)).toEqual({ ok: true })
    expect(verifyStandardWebhook(newSigningSecret(), headers, request.body as string)).toEqual({
      ok: false,
      reason: 'no v1 signature matches'
    })
  })

  it("signs with the run's clock from the context, not the machine's", () => {
    const { ctx } = platformContext({
      target: webhook.resolveTarget(RECEIVER, undefined),
      settings: { signingSecret: SECRET },
      now: () => new Date('2026-01-08T10:00:00Z')
    })
    const request = webhook.request(payload, ctx)
    expect(request.headers['webhook-timestamp']).toBe('1767866400')
    expect(request.headers['webhook-signature']).toBe(
      standardSignature(signingKey(SECRET), request.headers['webhook-id'], 1767866400, request.body as string)
    )
  })

  it('keeps one webhook-id per delivery, however often the request is built, and a new one for the next', () => {
    const { ctx } = context({ signingSecret: SECRET })
    const first = webhook.request(payload, ctx).headers['webhook-id']
    expect(webhook.request(payload, ctx).headers['webhook-id']).toBe(first)
    expect(webhook.request(payload, context({ signingSecret: SECRET }).ctx).headers['webhook-id']).not.toBe(first)
  })
})
