import { describe, expect, it, jest } from '@jest/globals'
import { InputError } from '../../../src/errors.js'
import { slack } from '../../../src/platforms/slack/index.js'
import type { Delivered, Verdict } from '../../../src/platforms/types.js'
import type { HttpRequest } from '../../../src/http.js'
import { thrownBy } from '../../helpers/platform-context.js'
import { BEARER, context, reply, TOKEN, WEBHOOK, type ContextOptions } from './helpers.js'

describe('slack.request', () => {
  it('POSTs JSON with a charset to an incoming webhook, with the extra headers', () => {
    const { ctx } = context({ url: WEBHOOK, headers: { 'x-trace': 'abc' } })
    const payload = { text: 'say "hi"\n' }
    expect(slack.request(payload, ctx)).toEqual({
      method: 'POST',
      url: WEBHOOK,
      headers: { 'x-trace': 'abc', 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(payload)
    })
  })

  it('sends the bot token to chat.postMessage', () => {
    const { ctx, warnings } = context()
    expect(slack.request({ channel: 'C1', text: 'x' }, ctx).headers).toEqual({
      authorization: BEARER,
      'content-type': 'application/json; charset=utf-8'
    })
    expect(warnings).toEqual([])
  })

  it('puts "Bearer " before a bare token, with a warning', () => {
    const { ctx, warnings } = context({ headers: { authorization: TOKEN } })
    expect(slack.request({ channel: 'C1', text: 'x' }, ctx).headers.authorization).toBe(BEARER)
    expect(warnings).toEqual([
      {
        path: 'headers.authorization',
        message: 'added "Bearer " before the token: Slack accepts tokens only as Bearer'
      }
    ])
  })

  it('refuses chat.postMessage without a token, before sending', () => {
    const error = thrownBy(() => slack.request({ channel: 'C1', text: 'x' }, context({ headers: {} }).ctx), InputError)
    expect(error.input).toBe('headers')
    expect(error.message).toBe(
      "Input 'headers': has no Authorization value, so chat.postMessage cannot know which Slack app posts (an empty value usually " +
        'means the secret is not set). Set headers to `Authorization: Bearer xoxb-…` (the bot token of your Slack app) from a secret, ' +
        'or set url to an incoming webhook URL'
    )
  })
})

describe('slack.parse, incoming webhook', () => {
  const parseWebhook = (status: number, body: string): Verdict =>
    slack.parse(reply(status, body), context({ url: WEBHOOK }).ctx)

  it('reads 200 ok as sent, with no id and no link (a webhook says nothing more)', () => {
    expect(parseWebhook(200, 'ok')).toEqual({ ok: true, id: '', url: '', status: 'sent' })
  })

  it.each([
    [
      400,
      'invalid_payload',
      'invalid_payload: Slack could not read the message (not JSON, or a field of the wrong shape)'
    ],
    [400, 'no_text', 'no_text: the message has no text or blocks'],
    [
      400,
      'invalid_blocks',
      'invalid_blocks: Slack rejected the blocks (Block Kit); run with dry-run to see the payload'
    ],
    [403, 'action_prohibited', 'action_prohibited: a workspace admin restricted posting through this webhook'],
    [
      404,
      'no_service',
      'no_service: the webhook URL is wrong or the webhook was removed. Set the url input to an incoming webhook URL (your Slack app › Incoming Webhooks), stored as a secret'
    ],
    [
      404,
      'channel_not_found',
      "channel_not_found: the webhook's channel was deleted; create an incoming webhook for another channel"
    ],
    [
      410,
      'channel_is_archived',
      "channel_is_archived: the webhook's channel is archived; unarchive it or create an incoming webhook for another channel"
    ],
    [500, 'rollup_error', 'rollup_error'],
    [502, '', '(empty reply)']
  ])('explains HTTP %i %s', (status, body, message) => {
    expect(parseWebhook(status, body)).toEqual({ ok: false, message })
  })

  it('names a rate limit (the status policy retries it, honouring Retry-After)', () => {
    expect(parseWebhook(429, 'rate_limited')).toEqual({ ok: false, message: 'rate limited: rate_limited' })
  })
})

describe('slack.parse, chat.postMessage', () => {
  function parseApi(body: unknown, status = 200, options: ContextOptions = {}) {
    const { ctx, warnings } = context(options)
    slack.request({ channel: 'C0ALERTS', text: 'x' }, ctx)
    return { verdict: slack.parse(reply(status, body), ctx), warnings }
  }

  it('reads ok: true as sent, with the message ts as id', () => {
    const { verdict, warnings } = parseApi({
      ok: true,
      channel: 'C0ALERTS',
      ts: '1767866400.000100',
      message: { text: 'x' }
    })
    expect(verdict).toEqual({ ok: true, id: '1767866400.000100', url: '', status: 'sent' })
    expect(warnings).toEqual([])
  })

  it("passes on Slack's warnings about a message it sent", () => {
    const { warnings } = parseApi({
      ok: true,
      channel: 'C1',
      ts: '1.2',
      warning: 'missing_charset',
      response_metadata: { warnings: ['missing_charset', 'superfluous_charset'] }
    })
    expect(warnings).toEqual([
      { path: '', message: 'Slack sent the message with warnings: missing_charset, superfluous_charset' }
    ])
  })

  it.each([
    [
      'not_authed',
      {},
      'not_authed: no token reached Slack. Set headers to `Authorization: Bearer xoxb-…` (the bot token of your Slack app) from a secret'
    ],
    [
      'invalid_auth',
      {},
      'invalid_auth: Slack refused the token. Set headers to `Authorization: Bearer xoxb-…` (the bot token of your Slack app) from a secret; ' +
        'reinstall the app if the token was revoked'
    ],
    [
      'not_in_channel',
      {},
      "not_in_channel: the app's bot is not a member of C0ALERTS: invite it (/invite @YourApp in the channel), or add the chat:write.public scope for public channels"
    ],
    [
      'channel_not_found',
      {},
      "channel_not_found: Slack cannot find C0ALERTS, or the token cannot see it: set vars: channel: C0123456789 (the channel ID, shown in the channel's details); " +
        'invite the bot to private channels'
    ],
    ['is_archived', {}, 'is_archived: C0ALERTS is archived: unarchive it or set vars: channel to another channel'],
    [
      'missing_scope',
      { needed: 'chat:write', provided: 'channels:read' },
      'missing_scope: the token lacks the scope chat:write (it has channels:read); add it under OAuth & Permissions and reinstall the app'
    ],
    [
      'invalid_blocks',
      {
        response_metadata: { messages: ['[ERROR] must be less than 151 characters [json-pointer:/blocks/0/text/text]'] }
      },
      'invalid_blocks: Slack rejected the blocks (Block Kit); run with dry-run to see the payload — ' +
        '[ERROR] must be less than 151 characters [json-pointer:/blocks/0/text/text]'
    ],
    ['fatal_error', {}, 'fatal_error']
  ])('fails on HTTP 200 {ok: false, error: %s}, saying what to do', (error, extra, message) => {
    expect(parseApi({ ok: false, error, ...extra }).verdict).toEqual({ ok: false, message })
  })

  it('retries rate limits and a service that is briefly unavailable', () => {
    expect(parseApi({ ok: false, error: 'ratelimited' }, 429).verdict).toEqual({
      ok: false,
      retry: true,
      rateLimited: true,
      message: 'rate limited: ratelimited'
    })
    expect(parseApi({ ok: false, error: 'ratelimited' }).verdict).toMatchObject({
      ok: false,
      retry: true,
      rateLimited: true
    })
    expect(parseApi({ ok: false, error: 'service_unavailable' }).verdict).toEqual({
      ok: false,
      retry: true,
      message: 'service_unavailable'
    })
  })

  it('never reports success without ok: true', () => {
    expect(parseApi('<html>proxy</html>').verdict).toEqual({
      ok: false,
      message: 'the reply is not a Slack API answer: <html>proxy</html>'
    })
    expect(parseApi({ channel: 'C1', ts: '1.2' }).verdict).toEqual({ ok: false, message: 'unknown_error' })
    expect(parseApi('Bad Gateway', 502).verdict).toEqual({ ok: false, message: 'Bad Gateway' })
  })
})

describe('slack.complete', () => {
  const delivered: Delivered = { id: '1767866400.000100', url: '', status: 'sent' }
  const permalink = 'https://acme.slack.com/archives/C0ALERTS/p1767866400000100'

  function sentContext(options: ContextOptions = {}) {
    const parts = context(options)
    expect(slack.parse(reply(200, { ok: true, channel: 'C0ALERTS', ts: delivered.id }), parts.ctx).ok).toBe(true)
    return parts
  }

  it('asks chat.getPermalink with the same token and outputs the link', async () => {
    const { ctx, warnings } = sentContext({ headers: { authorization: TOKEN, 'x-trace': 'abc' } })
    const send = jest.fn(async (_request: HttpRequest) => reply(200, { ok: true, channel: 'C0ALERTS', permalink }))
    await expect(slack.complete!(delivered, ctx, send)).resolves.toEqual({ ...delivered, url: permalink })
    expect(send).toHaveBeenCalledWith({
      method: 'GET',
      url: 'https://slack.com/api/chat.getPermalink?channel=C0ALERTS&message_ts=1767866400.000100',
      headers: { authorization: BEARER, 'x-trace': 'abc' }
    })
    expect(warnings).toEqual([])
  })

  it.each([
    [
      'a failed request',
      async () => Promise.reject(new Error('Slack request to slack.com failed after 5 attempts')),
      'chat.getPermalink failed: Slack request to slack.com failed after 5 attempts'
    ],
    [
      'an error answer',
      async () => reply(200, { ok: false, error: 'message_not_found' }),
      'chat.getPermalink answered message_not_found'
    ],
    ['a reply that is not JSON', async () => reply(500, 'oops'), 'chat.getPermalink answered HTTP 500'],
    [
      'an answer without a link',
      async () => reply(200, { ok: true, permalink: 'slack://x' }),
      'chat.getPermalink gave no permalink'
    ]
  ])('keeps the url empty and warns after %s', async (_what, send, why) => {
    const { ctx, warnings } = sentContext()
    await expect(slack.complete!(delivered, ctx, send)).resolves.toEqual(delivered)
    expect(warnings).toEqual([
      { path: 'url', message: `the message was sent, but its link is unknown (${why}); the url output stays empty` }
    ])
  })

  it('warns when Slack did not say which channel the message is in', async () => {
    const { ctx, warnings } = context()
    const send = jest.fn(async (_request: HttpRequest) => reply(200, {}))
    await expect(slack.complete!(delivered, ctx, send)).resolves.toEqual(delivered)
    expect(send).not.toHaveBeenCalled()
    expect(warnings.map(w => w.message)).toEqual([
      'the message was sent, but its link is unknown (Slack did not say which channel the message is in); the url output stays empty'
    ])
  })

  it('sends nothing for an incoming webhook or an unknown ts', async () => {
    const send = jest.fn(async (_request: HttpRequest) => reply(200, {}))
    await expect(slack.complete!(delivered, context({ url: WEBHOOK }).ctx, send)).resolves.toEqual(delivered)
    await expect(slack.complete!({ ...delivered, id: '' }, sentContext().ctx, send)).resolves.toEqual({
      ...delivered,
      id: ''
    })
    expect(send).not.toHaveBeenCalled()
  })
})
