import { describe, expect, it } from '@jest/globals'
import { ACTION_ROOT } from '../src/action-root.js'
import { InputError } from '../src/errors.js'
import { deriveValues } from '../src/event/derive.js'
import { normaliseAlert } from '../src/event/normalise.js'
import { templateScope } from '../src/event/scope.js'
import { hostileAlert, NOTIFICATION_TYPES, sampleAlert } from '../src/event/tokens.js'
import type { HttpReply, HttpRequest, Json, PlatformSettings } from '../src/platforms/types.js'
import { signingKey, standardSignature, valueAt, webhook } from '../src/platforms/webhook.js'
import { compileTemplate } from '../src/template/compile.js'
import { loadTemplate } from '../src/template/load.js'
import { platformContext, thrownBy } from './helpers/platform-context.js'
import { newSigningSecret, startWebhook, verifyStandardWebhook } from './stand-ins/index.js'

const RECEIVER = 'https://alerts.example.com/hooks/dagster'
const KEY_BASE64 = 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
const SECRET = `whsec_${KEY_BASE64}`

function context(settings: Partial<PlatformSettings> = {}, headers: Record<string, string> = {}) {
  return platformContext({ target: webhook.resolveTarget(RECEIVER, undefined), settings, headers })
}

function reply(status: number, body: unknown = ''): HttpReply {
  return { status, headers: {}, body: typeof body === 'string' ? body : JSON.stringify(body) }
}

describe('webhook.matches', () => {
  it('never claims a URL: a receiver is only chosen with platform: webhook', () => {
    for (const url of [RECEIVER, 'https://example.com/webhook', 'http://127.0.0.1:8080/hooks']) {
      expect(webhook.matches(new URL(url))).toBe(false)
    }
  })
})

describe('webhook.resolveTarget', () => {
  it('requires a url', () => {
    const error = thrownBy(() => webhook.resolveTarget(' ', undefined), InputError)
    expect(error.input).toBe('url')
    expect(error.message).toContain('is required for webhook')
  })

  it('takes http and https URLs as they are, without the fragment, and uses the webhook template', () => {
    const target = webhook.resolveTarget(`${RECEIVER}?team=data#frag`, undefined)
    expect(target).toEqual({ endpoint: new URL(`${RECEIVER}?team=data`), defaultTemplate: 'webhook' })
    expect(webhook.resolveTarget('http://alerts.internal:8080/in', undefined).endpoint.toString()).toBe('http://alerts.internal:8080/in')
  })

  it.each([
    ['not a url ?token=s3cret-value', 'is not a valid URL'],
    ['ftp://files.example.com/in?token=s3cret-value', 'must be an http(s) URL, got ftp:']
  ])('rejects %s without printing it', (url, expected) => {
    const error = thrownBy(() => webhook.resolveTarget(url, undefined), InputError)
    expect(error.message).toContain(expected)
    expect(error.message).not.toContain('s3cret-value')
  })
})

describe('Standard Webhooks signing', () => {
  it('reads the key from base64 after whsec_, or from bare base64 as the reference libraries do', () => {
    expect(signingKey(SECRET)).toEqual(Buffer.from(KEY_BASE64, 'base64'))
    expect(signingKey(KEY_BASE64)).toEqual(signingKey(SECRET))
  })

  it.each(['whsec_', 'whsec_not base64!', 'plain-passphrase', 'whsec_abc'])('refuses %j without printing it', secret => {
    const error = thrownBy(() => signingKey(secret), InputError)
    expect(error.input).toBe('signing-secret')
    expect(error.message).toContain('is not a Standard Webhooks secret (whsec_ followed by base64)')
    if (secret.length > 6) expect(error.message).not.toContain(secret)
  })

  it('signs "id.timestamp.body" with HMAC-SHA256, as an independent verifier reads it', () => {
    const body = '{"a":"é 🚀"}'
    const signature = standardSignature(signingKey(SECRET), 'msg_1', 1700000000, body)
    expect(signature).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/)
    const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': '1700000000', 'webhook-signature': signature }
    expect(verifyStandardWebhook(SECRET, headers, body, 1700000000)).toEqual({ ok: true })
    expect(verifyStandardWebhook(SECRET, headers, `${body} `, 1700000000)).toEqual({ ok: false, reason: 'no v1 signature matches' })
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
    expect(verifyStandardWebhook(newSigningSecret(), headers, request.body as string)).toEqual({ ok: false, reason: 'no v1 signature matches' })
  })

  it('keeps one webhook-id per delivery, however often the request is built, and a new one for the next', () => {
    const { ctx } = context({ signingSecret: SECRET })
    const first = webhook.request(payload, ctx).headers['webhook-id']
    expect(webhook.request(payload, ctx).headers['webhook-id']).toBe(first)
    expect(webhook.request(payload, context({ signingSecret: SECRET }).ctx).headers['webhook-id']).not.toBe(first)
  })
})

describe('webhook.fit and validate', () => {
  it('sends the rendered document as it is', () => {
    const payload = { text: 'x'.repeat(100_000) }
    expect(webhook.fit(payload, context().ctx)).toBe(payload)
  })

  it('accepts an object or a list and refuses anything else', () => {
    const { ctx } = context()
    expect(webhook.validate({ a: 1 }, ctx)).toEqual([])
    expect(webhook.validate([1], ctx)).toEqual([])
    expect(webhook.validate('text', ctx)).toEqual([{ path: '', message: 'the body must be a JSON object or list, got a string; check the template' }])
    expect(webhook.validate(null, ctx)).toEqual([{ path: '', message: 'the body must be a JSON object or list, got nothing; check the template' }])
  })

  it('checks the signing secret before anything is sent, and warns about a short key', () => {
    expect(thrownBy(() => webhook.validate({}, context({ signingSecret: 'whsec_!!' }).ctx), InputError).input).toBe('signing-secret')
    const { ctx, warnings } = context({ signingSecret: 'whsec_c2hvcnQ=' })
    expect(webhook.validate({}, ctx)).toEqual([])
    expect(warnings).toEqual([{ path: 'signing-secret', message: 'is 5 bytes long; Standard Webhooks asks for at least 24 random bytes' }])
  })
})

describe('webhook.parse', () => {
  const answer = { data: { html_url: 'https://tracker.example.com/INC-7', items: [{ url: 'https://x.example/1' }] } }

  it('treats any 2xx as sent, with the webhook-id of a signed delivery as id', () => {
    const { ctx } = context({ signingSecret: SECRET })
    const id = webhook.request({}, ctx).headers['webhook-id']
    expect(webhook.parse(reply(200, answer), ctx)).toEqual({ ok: true, status: 'sent', id, url: '' })
    expect(webhook.parse(reply(204), context().ctx)).toEqual({ ok: true, status: 'sent', id: '', url: '' })
  })

  it.each([['data.html_url', 'https://tracker.example.com/INC-7'], ['data.items.0.url', 'https://x.example/1'], ['data.items[0].url', 'https://x.example/1']])(
    'outputs the URL at result-url %s',
    (path, url) => {
      const { ctx, warnings } = context({ resultUrl: path })
      expect(webhook.parse(reply(201, answer), ctx)).toMatchObject({ ok: true, url })
      expect(warnings).toEqual([])
    }
  )

  it.each([
    ['data.missing', answer, "the reply has nothing at 'data.missing'; the url output stays empty"],
    ['data.items.5.url', answer, "the reply has nothing at 'data.items.5.url'; the url output stays empty"],
    ['data', answer, "'data' in the reply is not text; the url output stays empty"],
    ['data.html_url', 'accepted', 'the reply is not JSON; the url output stays empty']
  ])('warns and keeps url empty when result-url %s is not in the reply', (path, body, message) => {
    const { ctx, warnings } = context({ resultUrl: path })
    expect(webhook.parse(reply(200, body), ctx)).toEqual({ ok: true, status: 'sent', id: '', url: '' })
    expect(warnings).toEqual([{ path: 'result-url', message }])
  })

  it('reports the first 1 KiB of an error reply, and what a 410 means', () => {
    const long = webhook.parse(reply(500, 'e'.repeat(3000)), context().ctx)
    expect(long).toEqual({ ok: false, message: `${'e'.repeat(1023)}…` })
    expect(webhook.parse(reply(422, ''), context().ctx)).toEqual({ ok: false, message: '(empty reply)' })
    expect(webhook.parse(reply(410, 'gone'), context().ctx)).toEqual({
      ok: false,
      message: 'the receiver no longer accepts these webhooks (410 Gone): gone. Check the url input'
    })
  })

  it('follows own properties only', () => {
    expect(valueAt({ a: [{ b: 'c' }] }, 'a.0.b')).toBe('c')
    expect(valueAt({}, 'constructor')).toBeUndefined()
    expect(valueAt({ a: ['x'] }, 'a.length')).toBeUndefined()
  })
})

describe('templates/webhook.yml', () => {
  const template = compileTemplate(loadTemplate('webhook', ACTION_ROOT))
  const env = { GITHUB_REPOSITORY: 'acme/data', GITHUB_RUN_ID: '7' }

  it('is written for the webhook platform', () => {
    expect(template.frontMatter).toEqual({ platform: 'webhook', description: expect.any(String), events: NOTIFICATION_TYPES.map(t => t.type) })
  })

  it.each(NOTIFICATION_TYPES.map(t => t.type))('sends the whole %s alert with alert_status, fingerprint and github', type => {
    for (const raw of [sampleAlert(type), hostileAlert(type), { ...sampleAlert(type), custom_token: 'kept', job_name: '{{job_name}}' }]) {
      const alert = normaliseAlert(raw)
      const derived = deriveValues(alert, env)
      const payload = template.render(templateScope(alert, derived, {})).value
      expect(payload).toEqual({ alert, alert_status: derived.alert_status, fingerprint: derived.fingerprint, github: derived.github })
      expect(webhook.validate(payload, context().ctx)).toEqual([])
    }
  })
})

describe('against the webhook stand-in', () => {
  async function send(request: HttpRequest): Promise<HttpReply> {
    const response = await fetch(request.url, { ...request, signal: AbortSignal.timeout(5000) })
    return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() }
  }

  it('delivers a signed alert the receiver verifies, outputs its link, and drops a resent delivery', async () => {
    const secret = newSigningSecret()
    const stand = await startWebhook({ secret })
    try {
      const { ctx, warnings } = platformContext({
        target: webhook.resolveTarget(stand.receiverUrl(), undefined),
        settings: { signingSecret: secret, resultUrl: 'data.html_url' }
      })
      const request = webhook.request({ alert: { alert_summary: 'Job "x" failed 🚀' } }, ctx)
      const verdict = webhook.parse(await send(request), ctx)
      expect(verdict).toEqual({ ok: true, status: 'sent', id: request.headers['webhook-id'], url: `${stand.url}/incidents/INC-1` })
      expect(warnings).toEqual([])
      expect(webhook.parse(await send(webhook.request({ alert: {} }, ctx)), ctx).ok).toBe(true)
      expect(stand.state.deliveries.map(d => d.record)).toEqual(['INC-1'])
      expect(stand.state.repeats).toHaveLength(1)
    } finally {
      await stand.close()
    }
  })

  it('is refused by a receiver holding another secret', async () => {
    const stand = await startWebhook({ secret: newSigningSecret() })
    try {
      const { ctx } = platformContext({ target: webhook.resolveTarget(stand.receiverUrl(), undefined), settings: { signingSecret: SECRET } })
      const answer = await send(webhook.request({}, ctx))
      expect(answer.status).toBe(401)
      expect(webhook.parse(answer, ctx)).toEqual({ ok: false, message: '{"error":"signature verification failed: no v1 signature matches"}' })
      expect(stand.state.deliveries).toEqual([])
    } finally {
      await stand.close()
    }
  })
})
