import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ACTION_ROOT } from '../../../src/action-root.js'
import { deriveValues } from '../../../src/event/derive.js'
import { normaliseAlert } from '../../../src/event/normalise.js'
import { templateScope } from '../../../src/event/scope.js'
import { hostileAlert, sampleAlert } from '../../../src/event/tokens.js'
import { slack } from '../../../src/platforms/slack/index.js'
import { authoredText } from '../../../src/platforms/shared/mentions.js'
import type { HttpReply, HttpRequest } from '../../../src/http.js'
import type { Json } from '../../../src/json.js'
import { compileTemplate } from '../../../src/template/compile.js'
import { loadTemplate } from '../../../src/template/load.js'
import { platformContext } from '../../helpers/platform-context.js'
import { slackPings, startSlack, type SlackStandIn } from '../../stand-ins/index.js'
import { plain } from './helpers.js'

describe('against the Slack stand-in', () => {
  let stand: SlackStandIn
  beforeAll(async () => {
    stand = await startSlack()
  })
  afterAll(async () => {
    await stand.close()
  })

  /** One loopback request, bounded in time, as the delivery stage would send it. */
  async function send(request: HttpRequest): Promise<HttpReply> {
    const response = await fetch(request.url, { ...request, signal: AbortSignal.timeout(5000) })
    return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() }
  }

  /** Renders the built-in template for `alert`, fits, validates, sends and parses, as the pipeline does. */
  async function deliver(
    url: string,
    alert: Record<string, string>,
    vars: Record<string, Json>,
    headers: Record<string, string> = {}
  ) {
    const source = loadTemplate('slack', ACTION_ROOT)
    const normalised = normaliseAlert(alert)
    const { ctx, warnings } = platformContext({
      target: slack.resolveTarget(url, undefined),
      headers,
      vars,
      authoredText: authoredText(compileTemplate(source).literalText, vars)
    })
    const payload = slack.fit(
      compileTemplate(source).render(templateScope(normalised, deriveValues(normalised, {}), vars)).value,
      ctx
    )
    expect(slack.validate(payload, ctx)).toEqual([])
    const verdict = slack.parse(await send(slack.request(payload, ctx)), ctx)
    return { ctx, verdict, warnings }
  }

  it('posts a hostile alert through the incoming webhook, notifying only the mention from vars', async () => {
    const before = stand.state.messages.length
    const { verdict } = await deliver(stand.webhookUrl(), hostileAlert('JOB'), { mention: '<!here>' })
    expect(verdict).toEqual({ ok: true, id: '', url: '', status: 'sent' })
    const [message] = stand.state.messages.slice(before)
    expect(message).toMatchObject({ via: 'webhook', channel: stand.state.webhook.channelId, pings: ['<!here>'] })
  })

  it('posts through chat.postMessage and links the message with chat.getPermalink', async () => {
    const before = stand.state.messages.length
    const { ctx, verdict, warnings } = await deliver(
      stand.apiUrl(),
      hostileAlert('ASSET_HEALTH'),
      { channel: 'data-alerts' },
      {
        authorization: `Bearer ${stand.state.botToken}`
      }
    )
    const [message] = stand.state.messages.slice(before)
    expect(verdict).toEqual({ ok: true, id: message.ts, url: '', status: 'sent' })
    expect(message).toMatchObject({ via: 'api', channel: 'C0ALERTS001', pings: [] })
    if (!verdict.ok) return
    const done = await slack.complete!(verdict, ctx, send)
    expect(done.url).toBe(stand.permalink('C0ALERTS001', message.ts))
    expect(warnings).toEqual([])
  })

  it.each([
    [{ channel: 'C0RANDOM002' }, `Bearer TOKEN`, 'not_in_channel: '],
    [{ channel: 'C0ARCHIVE03' }, `Bearer TOKEN`, 'is_archived: '],
    [{ channel: 'C0NOPE00000' }, `Bearer TOKEN`, 'channel_not_found: '],
    [{ channel: 'C0ALERTS001' }, 'Bearer xoxb-wrong', 'invalid_auth: ']
  ])('fails on the HTTP 200 error chat.postMessage answers for %j', async (vars, authorization, message) => {
    const { verdict } = await deliver(stand.apiUrl(), sampleAlert('JOB'), vars, {
      authorization: authorization.replace('TOKEN', stand.state.botToken)
    })
    expect(verdict).toMatchObject({ ok: false, message: expect.stringContaining(message) })
  })

  describe('the stand-in itself', () => {
    async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
      return send({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body)
      })
    }

    it('answers incoming webhook errors as Slack does, in plain text', async () => {
      const { teamId, botId } = stand.state.webhook
      expect(await post(`${stand.url}/services/${teamId}/BNOPE/x`, { text: 'x' })).toMatchObject({
        status: 404,
        body: 'no_service'
      })
      expect(await post(`${stand.url}/services/${teamId}/${botId}/wrong`, { text: 'x' })).toMatchObject({
        status: 403,
        body: 'invalid_token'
      })
      expect(await post(stand.webhookUrl(), 'not json')).toMatchObject({ status: 400, body: 'invalid_payload' })
      expect(await post(stand.webhookUrl(), { blocks: [] })).toMatchObject({ status: 400, body: 'no_text' })
      expect(
        await post(stand.webhookUrl(), { text: 'x', blocks: [{ type: 'header', text: plain('h'.repeat(151)) }] })
      ).toMatchObject({
        status: 400,
        body: 'invalid_blocks'
      })
    })

    it('answers API errors with HTTP 200, and Block Kit details in response_metadata', async () => {
      const auth = { authorization: `Bearer ${stand.state.botToken}` }
      const answer = async (body: unknown, headers = auth) =>
        JSON.parse((await post(stand.apiUrl(), body, headers)).body)
      expect(await answer({ channel: 'C0ALERTS001', text: 'x' }, {} as typeof auth)).toEqual({
        ok: false,
        error: 'not_authed'
      })
      expect(await answer({ channel: 'C0ALERTS001', text: 'x'.repeat(40001) })).toEqual({
        ok: false,
        error: 'msg_too_long'
      })
      expect(
        await answer({
          channel: 'C0ALERTS001',
          text: 'x',
          blocks: [{ type: 'section' }, { type: 'divider', extra: 1 }]
        })
      ).toEqual({
        ok: false,
        error: 'invalid_blocks',
        response_metadata: {
          messages: [
            '[ERROR] must provide either text or fields [json-pointer:/blocks/0]',
            '[ERROR] invalid additional property: extra [json-pointer:/blocks/1]'
          ]
        }
      })
      expect(
        await answer({
          channel: 'C0ALERTS001',
          text: 'x',
          blocks: [{ type: 'image', image_url: 'https://x.example/i.png' }]
        })
      ).toEqual({
        ok: false,
        error: 'invalid_blocks',
        response_metadata: { messages: ['[ERROR] must provide a string [json-pointer:/blocks/0/alt_text]'] }
      })
      expect(await answer({ channel: 'C0ALERTS001', text: 'x' })).toMatchObject({
        ok: true,
        warning: 'missing_charset'
      })
    })

    it('plays a rate limit with Retry-After, as text for webhooks and JSON for the API', async () => {
      stand.fault({ kind: 'rate-limit', retryAfter: 2 }, { kind: 'rate-limit', retryAfter: 1 })
      const hook = await post(stand.webhookUrl(), { text: 'x' })
      expect(hook).toMatchObject({
        status: 429,
        body: 'rate_limited',
        headers: expect.objectContaining({ 'retry-after': '2' })
      })
      const api = await post(stand.apiUrl(), { channel: 'C0ALERTS001', text: 'x' })
      expect(api.status).toBe(429)
      expect(JSON.parse(api.body)).toEqual({ ok: false, error: 'ratelimited' })
    })

    it('counts notifying mentions the way Slack parses them', () => {
      expect(
        slackPings({
          text: '<!here> <!channel|channel> @everyone &lt;!here&gt; @\u2060here <@U1|bob> <#C1> a@here.com',
          blocks: []
        })
      ).toEqual(['<!here>', '<!channel>', '@everyone', '<@U1>'])
    })
  })
})
