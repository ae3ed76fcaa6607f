import { describe, expect, it } from '@jest/globals'
import type { HttpReply, HttpRequest } from '../../../src/http.js'
import { valueAt } from '../../../src/platforms/webhook/api.js'
import { webhook } from '../../../src/platforms/webhook/index.js'
import { platformContext } from '../../helpers/platform-context.js'
import { newSigningSecret, startWebhook } from '../../stand-ins/index.js'
import { context, reply, SECRET } from './helpers.js'

describe('webhook.parse', () => {
  const answer = { data: { html_url: 'https://tracker.example.com/INC-7', items: [{ url: 'https://x.example/1' }] } }

  it('treats any 2xx as sent, with the webhook-id of a signed delivery as id', () => {
    const { ctx } = context({ signingSecret: SECRET })
    const id = webhook.request({}, ctx).headers['webhook-id']
    expect(webhook.parse(reply(200, answer), ctx)).toEqual({ ok: true, status: 'sent', id, url: '' })
    expect(webhook.parse(reply(204), context().ctx)).toEqual({ ok: true, status: 'sent', id: '', url: '' })
  })

  it.each([
    ['data.html_url', 'https://tracker.example.com/INC-7'],
    ['data.items.0.url', 'https://x.example/1'],
    ['data.items[0].url', 'https://x.example/1']
  ])('outputs the URL at result-url %s', (path, url) => {
    const { ctx, warnings } = context({ resultUrl: path })
    expect(webhook.parse(reply(201, answer), ctx)).toMatchObject({ ok: true, url })
    expect(warnings).toEqual([])
  })

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
      expect(verdict).toEqual({
        ok: true,
        status: 'sent',
        id: request.headers['webhook-id'],
        url: `${stand.url}/incidents/INC-1`
      })
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
      const { ctx } = platformContext({
        target: webhook.resolveTarget(stand.receiverUrl(), undefined),
        settings: { signingSecret: SECRET }
      })
      const answer = await send(webhook.request({}, ctx))
      expect(answer.status).toBe(401)
      expect(webhook.parse(answer, ctx)).toEqual({
        ok: false,
        message: '{"error":"signature verification failed: no v1 signature matches"}'
      })
      expect(stand.state.deliveries).toEqual([])
    } finally {
      await stand.close()
    }
  })
})
