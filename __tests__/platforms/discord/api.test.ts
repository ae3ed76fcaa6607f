import { describe, expect, it, jest } from '@jest/globals'
import { ACTION_ROOT } from '../../../src/action-root.js'
import { deriveValues } from '../../../src/event/derive.js'
import { normaliseAlert } from '../../../src/event/normalise.js'
import { templateScope } from '../../../src/event/scope.js'
import { hostileAlert } from '../../../src/event/tokens.js'
import { fieldErrors } from '../../../src/platforms/discord/api.js'
import { discord } from '../../../src/platforms/discord/index.js'
import { authoredText } from '../../../src/platforms/shared/mentions.js'
import { messageLink } from '../../../src/platforms/discord/target.js'
import type { PlatformContext } from '../../../src/platforms/types.js'
import type { HttpReply, HttpRequest } from '../../../src/http.js'
import { compileTemplate } from '../../../src/template/compile.js'
import { loadTemplate } from '../../../src/template/load.js'
import { platformContext } from '../../helpers/platform-context.js'
import { startDiscord } from '../../stand-ins/index.js'
import { context, reply, WEBHOOK } from './helpers.js'

describe('discord.request', () => {
  it('POSTs the JSON body to the endpoint with the extra headers', () => {
    const { ctx } = context({ url: `${WEBHOOK}?thread_id=7`, headers: { 'x-trace': 'abc' } })
    const payload = { content: 'say "hi"\n' }
    expect(discord.request(payload, ctx)).toEqual({
      method: 'POST',
      url: `${WEBHOOK}?thread_id=7&wait=true`,
      headers: { 'content-type': 'application/json', 'x-trace': 'abc' },
      body: JSON.stringify(payload)
    })
  })

  it('asks Discord to read the components of a message that has them (it drops them otherwise)', () => {
    const { ctx } = context()
    const link = { type: 2, style: 5, label: 'Run', url: 'https://acme.dagster.cloud/runs/1' }
    const withComponents = discord.request({ content: 'x', components: [{ type: 1, components: [link] }] }, ctx)
    expect(new URL(withComponents.url).searchParams.get('with_components')).toBe('true')
    expect(new URL(discord.request({ content: 'x' }, ctx).url).searchParams.has('with_components')).toBe(false)
  })
})

describe('discord.parse', () => {
  it('reads the message id from a 200 reply', () => {
    const { ctx } = context()
    expect(discord.parse(reply(200, { id: '555', channel_id: '777', content: 'x' }), ctx)).toEqual({
      ok: true,
      id: '555',
      url: '',
      status: 'sent'
    })
  })

  it('treats 204 (no wait) as sent without an id', () => {
    expect(discord.parse(reply(204), context().ctx)).toEqual({ ok: true, id: '', url: '', status: 'sent' })
  })

  it('passes on the wait a 429 asks for', () => {
    const verdict = discord.parse(
      reply(429, { message: 'You are being rate limited.', retry_after: 1.25, global: true, code: 0 }),
      context().ctx
    )
    expect(verdict).toEqual({
      ok: false,
      message: 'Discord rate limit (global: yes, retry after 1.25 s): You are being rate limited.',
      retryAfterSeconds: 1.25
    })
    expect(discord.parse(reply(429, '<html>slow down</html>'), context().ctx)).toEqual({
      ok: false,
      message: 'Discord rate limit: <html>slow down</html>'
    })
  })

  it('flattens nested field errors of a 400', () => {
    const body = {
      code: 50035,
      message: 'Invalid Form Body',
      errors: {
        embeds: {
          0: { title: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 256 or fewer in length.' }] } }
        },
        username: { _errors: [{ code: 'USERNAME_INVALID', message: 'Username cannot contain "discord"' }] }
      }
    }
    expect(discord.parse(reply(400, body), context().ctx)).toEqual({
      ok: false,
      message:
        'Invalid Form Body (Discord code 50035) — embeds.0.title: Must be 256 or fewer in length.; username: Username cannot contain "discord"'
    })
  })

  it('names the message of a 400 without field errors', () => {
    expect(discord.parse(reply(400, { code: 50006, message: 'Cannot send an empty message' }), context().ctx)).toEqual({
      ok: false,
      message: 'Cannot send an empty message (Discord code 50006)'
    })
  })

  it.each([
    [401, { code: 50027, message: 'Invalid Webhook Token' }, 'Invalid Webhook Token (Discord code 50027): '],
    [404, { code: 10015, message: 'Unknown Webhook' }, 'Unknown Webhook (Discord code 10015): '],
    [404, '', '']
  ])('tells the user the webhook is wrong or gone on %i', (status, body, said) => {
    expect(discord.parse(reply(status, body), context().ctx)).toEqual({
      ok: false,
      message:
        `${said}the webhook URL is wrong or the webhook was deleted. Set the url input to the channel webhook URL ` +
        '(Server Settings › Integrations › Webhooks), stored as a secret'
    })
  })

  it('keeps the first 1 KiB of a non-JSON error', () => {
    const verdict = discord.parse(reply(502, `<html>${'x'.repeat(2000)}</html>`), context().ctx)
    expect(verdict.ok).toBe(false)
    if (verdict.ok) return
    expect(verdict.message).toHaveLength(1024)
    expect(verdict.message.startsWith('<html>xxx')).toBe(true)
    expect(discord.parse(reply(500, ''), context().ctx)).toEqual({ ok: false, message: '(empty reply)' })
    expect(discord.parse(reply(500, { message: '500: Internal Server Error', code: 0 }), context().ctx)).toEqual({
      ok: false,
      message: '500: Internal Server Error (Discord code 0)'
    })
  })

  it('reads errors at the top of the body', () => {
    expect(fieldErrors({ _errors: [{ code: 'X', message: 'bad' }] }, [])).toEqual(['(body): bad'])
  })
})

describe('discord.complete', () => {
  const delivered = { id: '555', url: '', status: 'sent' as const }
  const webhookReply = reply(200, { id: '123456789', guild_id: '999', channel_id: '777', name: 'hook', type: 1 })

  function sent(channel: string, ctx: PlatformContext): void {
    expect(discord.parse(reply(200, { id: '555', channel_id: channel }), ctx).ok).toBe(true)
  }

  it('links the message using the guild of the webhook', async () => {
    const { ctx, warnings } = context({ url: `${WEBHOOK}?thread_id=888` })
    sent('888', ctx)
    const send = jest.fn(async (_request: HttpRequest) => webhookReply)
    await expect(discord.complete!(delivered, ctx, send)).resolves.toEqual({
      ...delivered,
      url: messageLink('999', '888', '555')
    })
    expect(send).toHaveBeenCalledWith({ method: 'GET', url: WEBHOOK, headers: {} })
    expect(warnings).toEqual([])
    expect(messageLink('999', '888', '555')).toBe('https://discord.com/channels/999/888/555')
  })

  it('links the channel the reply named, which only its own delivery remembers', async () => {
    const { ctx } = context()
    sent('888', ctx)
    await expect(discord.complete!(delivered, ctx, async () => webhookReply)).resolves.toMatchObject({
      url: 'https://discord.com/channels/999/888/555'
    })
    const other = context().ctx
    await expect(discord.complete!(delivered, other, async () => webhookReply)).resolves.toMatchObject({
      url: 'https://discord.com/channels/999/777/555'
    })
  })

  it("falls back to the webhook's channel when the reply did not name one", async () => {
    const { ctx } = context()
    const result = await discord.complete!(delivered, ctx, async () => webhookReply)
    expect(result.url).toBe('https://discord.com/channels/999/777/555')
  })

  it.each([
    [
      'a failed request',
      async () => Promise.reject(new Error('Discord request to discord.com failed after 5 attempts')),
      'the message link lookup failed: Discord request to discord.com failed after 5 attempts'
    ],
    ['an error reply', async () => reply(500, 'oops'), 'the message link lookup answered HTTP 500'],
    ['a webhook without guild', async () => reply(200, { id: '1', guild_id: null }), 'the webhook belongs to no server']
  ])('keeps the url empty and warns after %s', async (_what, send, why) => {
    const { ctx, warnings } = context()
    sent('777', ctx)
    await expect(discord.complete!(delivered, ctx, send)).resolves.toEqual(delivered)
    expect(warnings).toEqual([
      { path: 'url', message: `the message was sent, but its link is unknown (${why}); the url output stays empty` }
    ])
  })

  it('sends nothing when the message id is unknown', async () => {
    const send = jest.fn(async (_request: HttpRequest) => webhookReply)
    await expect(discord.complete!({ ...delivered, id: '' }, context().ctx, send)).resolves.toEqual({
      ...delivered,
      id: ''
    })
    expect(send).not.toHaveBeenCalled()
  })
})

describe('against the Discord stand-in', () => {
  /** One loopback request, bounded in time, as the delivery stage would send it. */
  async function send(request: HttpRequest): Promise<HttpReply> {
    const response = await fetch(request.url, { ...request, signal: AbortSignal.timeout(5000) })
    return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() }
  }

  it('delivers the built-in template for a hostile alert, links the message and pings nobody from alert text', async () => {
    const stand = await startDiscord()
    try {
      const source = loadTemplate('discord', ACTION_ROOT)
      const alert = normaliseAlert(hostileAlert('JOB'))
      const vars = { mention: '<@&42>' }
      const { ctx } = platformContext({
        target: discord.resolveTarget(stand.webhookUrl(), undefined),
        vars,
        authoredText: authoredText(compileTemplate(source).literalText, vars)
      })
      const payload = discord.fit(
        compileTemplate(source).render(templateScope(alert, deriveValues(alert, {}), vars)).value,
        ctx
      )
      expect(discord.validate(payload, ctx)).toEqual([])

      const verdict = discord.parse(await send(discord.request(payload, ctx)), ctx)
      expect(verdict).toMatchObject({ ok: true, status: 'sent' })
      if (!verdict.ok) return
      const message = stand.state.messages[0]
      expect(verdict.id).toBe(message.id)
      const { webhook } = stand.state
      const done = await discord.complete!(verdict, ctx, send)
      expect(done.url).toBe(messageLink(webhook.guildId, message.channelId, message.id))
      expect(stand.state.pings.map(ping => ping.mention)).toEqual(['<@&42>'])
    } finally {
      await stand.close()
    }
  })
})

describe('discord threads and forum channels', () => {
  it('reports a wrong thread_id as a thread problem, not a deleted webhook (Unknown Channel, code 10003)', () => {
    const { ctx } = context({ url: `${WEBHOOK}?thread_id=1234567890` })
    const verdict = discord.parse(reply(404, { message: 'Unknown Channel', code: 10003 }), ctx)
    expect(verdict.ok).toBe(false)
    const message = !verdict.ok ? verdict.message : ''
    expect(message).toMatch(
      /^Unknown Channel \(Discord code 10003\): the webhook works, but thread 1234567890 \(thread_id in the url\) is not a thread of its channel/
    )
    expect(message).not.toMatch(/webhook was deleted/)
    const gone = discord.parse(reply(404, { message: 'Unknown Webhook', code: 10015 }), ctx)
    expect(!gone.ok && gone.message).toMatch(/the webhook URL is wrong or the webhook was deleted/)
  })

  it("explains Discord's forum errors", () => {
    const { ctx } = context()
    const forum = discord.parse(
      reply(400, { message: 'Webhooks posted to forum channels must have a thread_name or thread_id', code: 220001 }),
      ctx
    )
    expect(!forum.ok && forum.message).toMatch(
      /\(Discord code 220001\): the webhook's channel is a forum.*\?thread_id=THREAD_ID.*thread_name/
    )
    const notForum = discord.parse(
      reply(400, { message: 'Webhooks can only create threads in forum channels', code: 220003 }),
      ctx
    )
    expect(!notForum.ok && notForum.message).toMatch(/remove thread_name \(and vars.thread_name\)/)
  })
})
