import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { parse as parseYaml } from 'yaml'
import { ACTION_ROOT } from '../src/action-root.js'
import { checkTemplate } from '../src/check/check-template.js'
import { InputError } from '../src/errors.js'
import { deriveValues } from '../src/event/derive.js'
import { normaliseAlert } from '../src/event/normalise.js'
import { templateScope } from '../src/event/scope.js'
import { hostileAlert, NOTIFICATION_TYPES, sampleAlert } from '../src/event/tokens.js'
import { inferPlatform } from '../src/platforms/registry.js'
import { POST_MESSAGE_URL } from '../src/platforms/slack/descriptor.js'
import { maskSlackUrl, neutraliseMentions, slack } from '../src/platforms/slack.js'
import type { Delivered, HttpReply, HttpRequest, Json, Verdict } from '../src/platforms/types.js'
import { compileTemplate } from '../src/template/compile.js'
import { loadTemplate } from '../src/template/load.js'
import { platformContext, thrownBy } from './helpers/platform-context.js'
import { blockKitErrors, slackPings, startSlack, type SlackStandIn } from './stand-ins/index.js'

const SECRET = 'xYz123SecretPart0987abcd'
const WEBHOOK = `https://hooks.slack.com/services/T0123ABCD/B0456EFGH/${SECRET}`
const TOKEN = 'xoxb-1111-2222-secretTokenValue'
const BEARER = `Bearer ${TOKEN}`

type JsonObject = { [key: string]: Json }

interface ContextOptions {
  url?: string
  authoredText?: string
  headers?: Record<string, string>
  vars?: Record<string, Json>
}

/** A context for chat.postMessage (default) or the incoming webhook `url`. */
function context(options: ContextOptions = {}) {
  return platformContext({
    target: slack.resolveTarget(options.url, undefined),
    headers: options.headers ?? { authorization: BEARER },
    vars: options.vars,
    authoredText: options.authoredText
  })
}

/** Fits `payload` and returns the result with the warnings as `path: message` lines. */
function fitted(payload: Json, options: ContextOptions = {}) {
  const { ctx, warnings } = context(options)
  const value = slack.fit(payload, ctx) as JsonObject
  return { value, warnings: warnings.map(w => `${w.path}: ${w.message}`) }
}

function problems(payload: Json, options: ContextOptions = {}): string[] {
  return slack.validate(payload, context(options).ctx).map(p => `${p.path}: ${p.message}`)
}

function reply(status: number, body: unknown = '', headers: Record<string, string> = {}): HttpReply {
  return { status, headers, body: typeof body === 'string' ? body : JSON.stringify(body) }
}

const mrkdwn = (text: string) => ({ type: 'mrkdwn', text })
const plain = (text: string) => ({ type: 'plain_text', text })
const section = (text: string) => ({ type: 'section', text: mrkdwn(text) })

describe('slack.matches', () => {
  it.each([WEBHOOK, 'https://hooks.slack.com/triggers/T1/123/abc', 'https://slack.com/api/chat.postMessage', 'https://hooks.slack-gov.com/services/T/B/s'])(
    'recognises %s',
    url => {
      expect(slack.matches(new URL(url))).toBe(true)
    }
  )

  it.each(['https://slack.com/api/chat.update', 'https://example.com/services/T1/B1/secret', 'https://discord.com/api/webhooks/1/t'])(
    'does not claim %s',
    url => {
      expect(slack.matches(new URL(url))).toBe(false)
    }
  )

  it('is what the registry infers for Slack URLs', () => {
    expect(inferPlatform(WEBHOOK)?.name).toBe('slack')
    expect(inferPlatform(POST_MESSAGE_URL)?.name).toBe('slack')
  })
})

describe('slack.resolveTarget', () => {
  it('defaults to chat.postMessage and the slack template', () => {
    const target = slack.resolveTarget(undefined, undefined)
    expect(target.endpoint.toString()).toBe(POST_MESSAGE_URL)
    expect(target.defaultTemplate).toBe('slack')
    expect(slack.resolveTarget('  ', undefined).endpoint.toString()).toBe(POST_MESSAGE_URL)
  })

  it('keeps an incoming webhook URL as it is, without a fragment', () => {
    expect(slack.resolveTarget(`${WEBHOOK}#x`, undefined).endpoint.toString()).toBe(WEBHOOK)
  })

  it('accepts plain http only on loopback (the stand-in)', () => {
    expect(slack.resolveTarget(`http://127.0.0.1:9/services/T1/B1/${SECRET}`, undefined).endpoint.port).toBe('9')
    const error = thrownBy(() => slack.resolveTarget(`http://hooks.slack.com/services/T1/B1/${SECRET}`, undefined), InputError)
    expect(error.message).toContain('http://hooks.slack.com/services/T1/B1/*** must use https')
  })

  it.each([
    [`https://hooks.slack.com/triggers/T1/123/${SECRET}`, 'https://hooks.slack.com/triggers/… is a Workflow Builder webhook, which takes workflow variables, not messages'],
    [`https://hooks.slack.com/services/T1/${SECRET}`, 'https://hooks.slack.com/… is neither a Slack incoming webhook'],
    ['https://slack.com/api/chat.update', 'https://slack.com/api/chat.update is neither a Slack incoming webhook'],
    [`not a url ${SECRET}`, 'is not a valid URL']
  ])('rejects %s without printing the secret', (url, expected) => {
    const error = thrownBy(() => slack.resolveTarget(url, undefined), InputError)
    expect(error.input).toBe('url')
    expect(error.message).toContain(expected)
    expect(error.message).not.toContain(SECRET)
    expect(error.message).toContain('Set url to an incoming webhook URL')
  })

  it('masks the webhook secret and drops the query when showing a URL', () => {
    expect(maskSlackUrl(new URL(WEBHOOK))).toBe('https://hooks.slack.com/services/T0123ABCD/B0456EFGH/***')
    expect(maskSlackUrl(new URL(`${POST_MESSAGE_URL}?token=${TOKEN}`))).toBe(POST_MESSAGE_URL)
    expect(maskSlackUrl(new URL(`https://hooks.slack.com/services/${SECRET}`))).toBe('https://hooks.slack.com/…')
  })
})

describe('slack.fit', () => {
  it('returns a new value, leaves the input alone and passes a non-object through', () => {
    const input: JsonObject = { text: 'x'.repeat(40001) }
    const copy = structuredClone(input)
    expect(fitted(input).value).not.toBe(input)
    expect(input).toEqual(copy)
    expect(fitted('text').value).toBe('text')
  })

  it('takes the channel from vars.channel for chat.postMessage when the template sets none', () => {
    expect(fitted({ text: 'x' }, { vars: { channel: ' C0ALERTS ' } }).value.channel).toBe('C0ALERTS')
    expect(fitted({ text: 'x', channel: 'C1' }, { vars: { channel: 'C2' } }).value.channel).toBe('C1')
    expect(fitted({ text: 'x' }, { url: WEBHOOK, vars: { channel: 'C2' } }).value).not.toHaveProperty('channel')
  })

  it('removes empty optional strings', () => {
    const { value, warnings } = fitted({ text: 'x', username: '', icon_url: ' ', icon_emoji: '', thread_ts: '' })
    expect(value).toEqual({ text: 'x' })
    expect(warnings).toEqual([])
  })

  it('truncates text to 40000 UTF-16 units, never splitting a character', () => {
    const { value, warnings } = fitted({ text: '😀'.repeat(20001) })
    expect(value.text).toBe(`${'😀'.repeat(19999)}…`)
    expect(warnings).toEqual(['text: truncated from 40002 to 39999 characters (limit 40000)'])
  })

  it('fits header, section text, fields, context and button texts to their limits', () => {
    const { value, warnings } = fitted({
      text: 'x',
      blocks: [
        { type: 'header', text: { ...plain('h'.repeat(160)), emoji: true } },
        { type: 'section', text: mrkdwn('s'.repeat(3100)), fields: [mrkdwn('f'.repeat(2100))] },
        { type: 'context', elements: [mrkdwn('c'.repeat(3001))] },
        { type: 'actions', elements: [{ type: 'button', text: plain('b'.repeat(80)), url: 'https://x.example' }] }
      ]
    })
    const blocks = value.blocks as JsonObject[]
    expect(blocks[0].text).toEqual({ type: 'plain_text', text: `${'h'.repeat(149)}…`, emoji: true })
    expect(warnings).toEqual([
      'blocks[0].text.text: truncated from 160 to 150 characters (limit 150)',
      'blocks[1].fields[0].text: truncated from 2100 to 2000 characters (limit 2000)',
      'blocks[1].text.text: truncated from 3100 to 3000 characters (limit 3000)',
      'blocks[2].elements[0].text: truncated from 3001 to 3000 characters (limit 3000)',
      'blocks[3].elements[0].text.text: truncated from 80 to 75 characters (limit 75)'
    ])
  })

  it('keeps the code fence of a truncated section closed', () => {
    const { value } = fitted({ text: 'x', blocks: [section('```\n' + 'trace line\n'.repeat(400) + '```')] })
    const text = ((value.blocks as JsonObject[])[0].text as JsonObject).text as string
    expect(text).toHaveLength(3000)
    expect(text.endsWith('…\n```')).toBe(true)
  })

  it('drops blocks beyond 50, fields beyond 10, context elements beyond 10 and actions beyond 25', () => {
    const many = (n: number, make: (i: number) => Json) => Array.from({ length: n }, (_, i) => make(i))
    const button = (i: number) => ({ type: 'button', text: plain(`b${i}`), url: 'https://x.example' })
    const { value, warnings } = fitted({
      text: 'x',
      blocks: [
        { type: 'section', fields: many(12, i => mrkdwn(`f${i}`)) },
        { type: 'context', elements: many(11, i => mrkdwn(`c${i}`)) },
        { type: 'actions', elements: many(26, button) },
        ...many(50, i => section(`s${i}`))
      ]
    })
    const blocks = value.blocks as JsonObject[]
    expect(blocks).toHaveLength(50)
    expect(blocks[0].fields).toHaveLength(10)
    expect(blocks[1].elements).toHaveLength(10)
    expect(blocks[2].elements).toHaveLength(25)
    expect(warnings).toEqual([
      'blocks[0].fields: 12 fields, Slack allows 10; dropped the last 2',
      'blocks[1].elements: 11 elements, Slack allows 10; dropped the last 1',
      'blocks[2].elements: 26 elements, Slack allows 25; dropped the last 1',
      'blocks: 53 blocks, Slack allows 50; dropped the last 3'
    ])
  })

  it('removes blank texts silently, and blocks left with nothing to show', () => {
    const { value, warnings } = fitted({
      text: 'x',
      blocks: [
        { type: 'header', text: plain(' ') },
        { type: 'section', text: mrkdwn(''), fields: [mrkdwn('*Job*\netl'), mrkdwn(''), { type: 'mrkdwn' }] },
        { type: 'section', text: { type: 'mrkdwn' } },
        { type: 'section', fields: [mrkdwn(' ')] },
        { type: 'context', elements: [mrkdwn(''), { type: 'image', image_url: 'https://x.example/i.png', alt_text: 'logo' }] },
        { type: 'context', elements: [plain('  ')] },
        { type: 'divider' }
      ]
    })
    expect(value.blocks).toEqual([
      { type: 'section', fields: [mrkdwn('*Job*\netl')] },
      { type: 'context', elements: [{ type: 'image', image_url: 'https://x.example/i.png', alt_text: 'logo' }] },
      { type: 'divider' }
    ])
    expect(warnings).toEqual([])
  })

  it('removes a link button without a link, with a warning, and an actions block left empty', () => {
    const { value, warnings } = fitted({
      text: 'x',
      blocks: [
        { type: 'actions', elements: [{ type: 'button', text: plain('Open run'), url: '' }] },
        { type: 'actions', elements: [{ type: 'button', text: plain('Ack'), action_id: 'ack' }, { type: 'button', text: plain('Open') }] }
      ]
    })
    expect(value.blocks).toEqual([{ type: 'actions', elements: [{ type: 'button', text: plain('Ack'), action_id: 'ack' }] }])
    expect(warnings).toEqual([
      'blocks[0].elements[0]: has no url (the alert has no link for it); button removed',
      'blocks[1].elements[1]: has no url (the alert has no link for it); button removed'
    ])
  })

  it('drops a blank top-level text, and says when blocks have no text beside them', () => {
    expect(fitted({ text: ' ', blocks: [] }).value).toEqual({ blocks: [] })
    expect(fitted({ blocks: [section('hi')] }).warnings).toEqual([
      'text: is missing: Slack shows it in notifications and to screen readers; add a one-line text next to blocks'
    ])
  })

  describe('mentions', () => {
    const alertText = 'failed <!channel> <!here|here> <!everyone> <@U0123> <@W9|bob> <!subteam^S1|@oncall> @here @channel'

    it('neutralises every mention the author did not write, in text and every mrkdwn text object', () => {
      const { value } = fitted({
        text: alertText,
        blocks: [
          { type: 'section', text: mrkdwn(alertText), fields: [mrkdwn(alertText)] },
          { type: 'context', elements: [mrkdwn(alertText)] },
          { type: 'header', text: plain(alertText) }
        ]
      })
      const neutral =
        'failed &lt;!channel&gt; &lt;!here|here&gt; &lt;!everyone&gt; &lt;@U0123&gt; &lt;@W9|bob&gt; ' +
        '&lt;!subteam^S1|@oncall&gt; @\u2060here @\u2060channel'
      const blocks = value.blocks as JsonObject[]
      expect(value.text).toBe(neutral)
      expect(blocks[0]).toEqual({ type: 'section', text: mrkdwn(neutral), fields: [mrkdwn(neutral)] })
      expect(blocks[1]).toEqual({ type: 'context', elements: [mrkdwn(neutral)] })
      // plain_text never notifies anyone, and shows entities literally
      expect(blocks[2]).toEqual({ type: 'header', text: plain(alertText) })
      expect(slackPings(value)).toEqual([])
    })

    it('keeps the mentions written in the template or vars', () => {
      const authored = 'text: "<< vars.mention >> @here"\n{"mention":"<!subteam^S1|@oncall>"}'
      expect(neutraliseMentions('<!subteam^S1|@oncall> <!subteam^S2> @here <!channel>', authored)).toBe(
        '<!subteam^S1|@oncall> &lt;!subteam^S2&gt; @here &lt;!channel&gt;'
      )
    })

    it('leaves links, channel links and dates alone', () => {
      const text = '<https://x.example|run> <#C0123> <!date^1767866400^{date_short_pretty}|2026-01-08> a & b < c'
      expect(neutraliseMentions(text, '')).toBe(text)
    })
  })
})

describe('slack.validate', () => {
  const complete: JsonObject = {
    channel: 'C0ALERTS',
    text: 'FAILURE: job failed',
    username: 'Dagster',
    icon_url: 'https://x.example/i.png',
    unfurl_links: false,
    blocks: [
      { type: 'header', text: { ...plain('h'), emoji: true }, block_id: 'title' },
      { type: 'section', text: { ...mrkdwn('s'), verbatim: true }, fields: [mrkdwn('f')] },
      { type: 'context', elements: [mrkdwn('c'), { type: 'image', image_url: 'https://x.example/i.png', alt_text: 'i' }] },
      { type: 'actions', elements: [{ type: 'button', text: plain('Open'), url: 'https://x.example', style: 'primary' }] },
      { type: 'divider' },
      { type: 'rich_text', elements: [] }
    ]
  }

  it('accepts a complete message, for chat.postMessage and an incoming webhook', () => {
    expect(problems(complete)).toEqual([])
    expect(problems({ ...complete, channel: undefined } as unknown as Json, { url: WEBHOOK })).toEqual([])
  })

  it('rejects a body that is not an object, and an empty message', () => {
    expect(problems([1])).toEqual([': the message must be a JSON object, got a list'])
    expect(problems({ channel: 'C1', text: ' ', blocks: [] })).toEqual([': the message is empty: Slack needs text or blocks (it answers no_text)'])
  })

  it('requires a channel for chat.postMessage and says how to set it', () => {
    expect(problems({ text: 'x' })).toEqual([
      "channel: is required for chat.postMessage: set vars: channel: C0123456789 (the channel ID, shown in the channel's details), " +
        "and invite the app's bot to that channel"
    ])
    expect(problems({ text: 'x' }, { url: WEBHOOK })).toEqual([])
  })

  it('reports lengths beyond every limit, in UTF-16 units', () => {
    expect(
      problems({
        channel: 'C1',
        text: '😀'.repeat(20001),
        blocks: [
          { type: 'header', text: plain('h'.repeat(151)), block_id: 'b'.repeat(256) },
          { type: 'section', text: mrkdwn('s'.repeat(3001)), fields: [mrkdwn('f'.repeat(2001))] },
          { type: 'context', elements: [mrkdwn('c'.repeat(3001))] },
          { type: 'actions', elements: [{ type: 'button', text: plain('b'.repeat(76)), url: `https://x.example/${'u'.repeat(3000)}`, value: 'v'.repeat(2001) }] }
        ]
      })
    ).toEqual([
      'text: is 40002 characters long; Slack allows at most 40000',
      'blocks[0].block_id: is 256 characters long; Slack allows at most 255',
      'blocks[0].text.text: is 151 characters long; Slack allows at most 150',
      'blocks[1].text.text: is 3001 characters long; Slack allows at most 3000',
      'blocks[1].fields[0].text: is 2001 characters long; Slack allows at most 2000',
      'blocks[2].elements[0].text: is 3001 characters long; Slack allows at most 3000',
      'blocks[3].elements[0].text.text: is 76 characters long; Slack allows at most 75',
      'blocks[3].elements[0].url: is 3018 characters long; Slack allows at most 3000',
      'blocks[3].elements[0].value: is 2001 characters long; Slack allows at most 2000'
    ])
  })

  it('reports too many blocks, fields and elements, and empty lists', () => {
    const many = (n: number, item: Json) => Array.from({ length: n }, () => item)
    expect(
      problems({
        channel: 'C1',
        blocks: [
          { type: 'section', fields: many(11, mrkdwn('f')) },
          { type: 'section', fields: [] },
          { type: 'context', elements: many(11, mrkdwn('c')) },
          { type: 'actions', elements: [] },
          ...many(47, { type: 'divider' })
        ]
      })
    ).toEqual([
      'blocks: has 51 blocks; Slack allows at most 50',
      'blocks[0].fields: has 11 fields; Slack allows at most 10',
      'blocks[1].fields: must hold at least 1 of fields',
      'blocks[2].elements: has 11 elements; Slack allows at most 10',
      'blocks[3].elements: must hold at least 1 of elements'
    ])
  })

  it('checks Block Kit shapes: types, text objects, required parts, URLs, styles and unique block ids', () => {
    expect(
      problems({
        channel: 'C1',
        text: 5,
        icon_url: 'dagster.png',
        unfurl_links: 'no',
        blocks: [
          { type: 'header', text: mrkdwn('h') },
          { type: 'section', text: { type: 'markdown', text: '' } },
          { type: 'section' },
          { type: 'section', text: { ...plain('p'), verbatim: true }, fields: [{ ...mrkdwn('m'), emoji: true }] },
          { type: 'context' },
          { type: 'actions', elements: [{ type: 'button', text: plain('b'), url: 'ftp://x', style: 'red' }, 'x'] },
          { text: plain('no type') },
          { type: 'divider', block_id: 'a' },
          { type: 'divider', block_id: 'a' },
          'block'
        ]
      })
    ).toEqual([
      'text: must be a string, got a number',
      'icon_url: must be an http(s) URL',
      'unfurl_links: must be true or false, got a string',
      'blocks[0].text.type: must be plain_text, got "mrkdwn"',
      'blocks[1].text.type: must be plain_text or mrkdwn, got "markdown"',
      'blocks[1].text.text: must be a non-empty string',
      'blocks[2]: a section needs text or fields',
      'blocks[3].text.verbatim: is only allowed on mrkdwn',
      'blocks[3].fields[0].emoji: is only allowed on plain_text',
      'blocks[4].elements: is required',
      'blocks[5].elements[0].url: must be an http(s) URL',
      'blocks[5].elements[0].style: must be primary or danger, got "red"',
      'blocks[5].elements[1]: must be an object, got a string',
      'blocks[6].type: is required (header, section, context, actions, divider, …)',
      'blocks[9]: must be an object, got a string',
      "blocks[8].block_id: 'a' is used by an earlier block; block_id must be unique"
    ])
  })
})

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
    expect(warnings).toEqual([{ path: 'headers.authorization', message: 'added "Bearer " before the token: Slack accepts tokens only as Bearer' }])
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
  const parseWebhook = (status: number, body: string): Verdict => slack.parse(reply(status, body), context({ url: WEBHOOK }).ctx)

  it('reads 200 ok as sent, with no id and no link (a webhook says nothing more)', () => {
    expect(parseWebhook(200, 'ok')).toEqual({ ok: true, id: '', url: '', status: 'sent' })
  })

  it.each([
    [400, 'invalid_payload', 'invalid_payload: Slack could not read the message (not JSON, or a field of the wrong shape)'],
    [400, 'no_text', 'no_text: the message has no text or blocks'],
    [400, 'invalid_blocks', 'invalid_blocks: Slack rejected the blocks (Block Kit); run with dry-run to see the payload'],
    [403, 'action_prohibited', 'action_prohibited: a workspace admin restricted posting through this webhook'],
    [404, 'no_service', 'no_service: the webhook URL is wrong or the webhook was removed. Set the url input to an incoming webhook URL (your Slack app › Incoming Webhooks), stored as a secret'],
    [404, 'channel_not_found', "channel_not_found: the webhook's channel was deleted; create an incoming webhook for another channel"],
    [410, 'channel_is_archived', "channel_is_archived: the webhook's channel is archived; unarchive it or create an incoming webhook for another channel"],
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
    const { verdict, warnings } = parseApi({ ok: true, channel: 'C0ALERTS', ts: '1767866400.000100', message: { text: 'x' } })
    expect(verdict).toEqual({ ok: true, id: '1767866400.000100', url: '', status: 'sent' })
    expect(warnings).toEqual([])
  })

  it("passes on Slack's warnings about a message it sent", () => {
    const { warnings } = parseApi({ ok: true, channel: 'C1', ts: '1.2', warning: 'missing_charset', response_metadata: { warnings: ['missing_charset', 'superfluous_charset'] } })
    expect(warnings).toEqual([{ path: '', message: 'Slack sent the message with warnings: missing_charset, superfluous_charset' }])
  })

  it.each([
    ['not_authed', {}, 'not_authed: no token reached Slack. Set headers to `Authorization: Bearer xoxb-…` (the bot token of your Slack app) from a secret'],
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
      { response_metadata: { messages: ['[ERROR] must be less than 151 characters [json-pointer:/blocks/0/text/text]'] } },
      'invalid_blocks: Slack rejected the blocks (Block Kit); run with dry-run to see the payload — ' +
        '[ERROR] must be less than 151 characters [json-pointer:/blocks/0/text/text]'
    ],
    ['fatal_error', {}, 'fatal_error']
  ])('fails on HTTP 200 {ok: false, error: %s}, saying what to do', (error, extra, message) => {
    expect(parseApi({ ok: false, error, ...extra }).verdict).toEqual({ ok: false, message })
  })

  it('retries rate limits and a service that is briefly unavailable', () => {
    expect(parseApi({ ok: false, error: 'ratelimited' }, 429).verdict).toEqual({ ok: false, retry: true, rateLimited: true, message: 'rate limited: ratelimited' })
    expect(parseApi({ ok: false, error: 'ratelimited' }).verdict).toMatchObject({ ok: false, retry: true, rateLimited: true })
    expect(parseApi({ ok: false, error: 'service_unavailable' }).verdict).toEqual({ ok: false, retry: true, message: 'service_unavailable' })
  })

  it('never reports success without ok: true', () => {
    expect(parseApi('<html>proxy</html>').verdict).toEqual({ ok: false, message: 'the reply is not a Slack API answer: <html>proxy</html>' })
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
    ['a failed request', async () => Promise.reject(new Error('Slack request to slack.com failed after 5 attempts')), 'chat.getPermalink failed: Slack request to slack.com failed after 5 attempts'],
    ['an error answer', async () => reply(200, { ok: false, error: 'message_not_found' }), 'chat.getPermalink answered message_not_found'],
    ['a reply that is not JSON', async () => reply(500, 'oops'), 'chat.getPermalink answered HTTP 500'],
    ['an answer without a link', async () => reply(200, { ok: true, permalink: 'slack://x' }), 'chat.getPermalink gave no permalink']
  ])('keeps the url empty and warns after %s', async (_what, send, why) => {
    const { ctx, warnings } = sentContext()
    await expect(slack.complete!(delivered, ctx, send)).resolves.toEqual(delivered)
    expect(warnings).toEqual([{ path: 'url', message: `the message was sent, but its link is unknown (${why}); the url output stays empty` }])
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
    await expect(slack.complete!({ ...delivered, id: '' }, sentContext().ctx, send)).resolves.toEqual({ ...delivered, id: '' })
    expect(send).not.toHaveBeenCalled()
  })
})

describe('templates/slack.yml', () => {
  const source = loadTemplate('slack', ACTION_ROOT)
  const template = compileTemplate(source)
  const GITHUB_ENV = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/data', GITHUB_RUN_ID: '42' }

  function render(alert: Record<string, string>, vars: Record<string, Json> = { channel: 'C0ALERTS' }, url?: string) {
    const normalised = normaliseAlert(alert)
    const scope = templateScope(normalised, deriveValues(normalised, GITHUB_ENV), vars)
    const { ctx, warnings } = context({ url, vars, authoredText: `${source.text}\n${JSON.stringify(vars)}` })
    const payload = slack.fit(template.render(scope).value, ctx) as JsonObject
    const found = slack.validate(payload, ctx)
    return { payload, blocks: payload.blocks as JsonObject[], warnings: warnings.map(w => `${w.path}: ${w.message}`), problems: found }
  }

  function fieldTexts(blocks: JsonObject[]): string[] {
    return (blocks[1].fields as JsonObject[]).map(field => field.text as string)
  }

  it('is YAML with front matter for slack and the payload keys', () => {
    const [, frontMatter, body] = readFileSync(path.join(ACTION_ROOT, 'templates/slack.yml'), 'utf8').split(/^---$/m)
    expect(parseYaml(frontMatter)).toEqual({ platform: 'slack', description: expect.any(String), events: NOTIFICATION_TYPES.map(t => t.type) })
    const payload = parseYaml(body)
    expect(Object.keys(payload)).toEqual(['channel', 'username', 'icon_url', 'text', 'unfurl_links', 'unfurl_media', 'blocks'])
    expect(payload.blocks.map((block: JsonObject) => block.type)).toEqual(['header', 'section', 'section', 'actions', 'context'])
  })

  it.each(NOTIFICATION_TYPES.map(t => t.type))('renders a valid message for a %s alert, sample and hostile, for both endpoints', type => {
    for (const alert of [sampleAlert(type), hostileAlert(type)]) {
      expect(render(alert).problems).toEqual([])
      expect(render(alert, {}, WEBHOOK).problems).toEqual([])
      expect(blockKitErrors(render(alert).payload.blocks)).toEqual([])
    }
    expect(render(sampleAlert(type)).warnings).toEqual([])
  })

  it('passes check mode without findings', () => {
    expect(checkTemplate(source, { vars: {} }).findings).toEqual([])
  })

  it('renders a failed run: status emoji, facts as fields, the alert in a code block, a button to the run, context links', () => {
    const { payload, blocks } = render(sampleAlert('JOB'))
    expect(payload).toMatchObject({ channel: 'C0ALERTS', text: 'FAILURE: Job daily_etl failed', unfurl_links: false, unfurl_media: false })
    expect(payload).not.toHaveProperty('username')
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', emoji: true, text: ':red_circle: Job daily_etl failed' } })
    expect(blocks[1]).not.toHaveProperty('text')
    expect(fieldTexts(blocks)).toEqual([
      '*Status*\nFAILURE',
      '*Deployment*\nprod',
      '*Policy*\nCritical Alerts',
      '*Job*\ndaily_etl',
      '*Partition*\n2026-01-08',
      '*Schedule*\ndaily_schedule',
      '*Duration*\n5 minutes',
      '*Started*\n<!date^1767866400^{date_short_pretty} {time}|2026-01-08T10:00:00Z>'
    ])
    expect((blocks[2].text as JsonObject).text).toMatch(/^```\nRun 4f1c2a9e[\s\S]*\n```$/)
    expect(blocks[3]).toEqual({
      type: 'actions',
      elements: [{ type: 'button', text: { type: 'plain_text', text: 'Open run' }, url: 'https://acme.dagster.cloud/prod/runs/4f1c2a9e-7b3d-4c8e-a5f6-2d9b0e1c3a7f' }]
    })
    expect(blocks[4]).toEqual({
      type: 'context',
      elements: [mrkdwn('<https://acme.dagster.cloud/prod|Dagster+> · policy *Critical Alerts* · <https://github.com/acme/data/actions/runs/42|GitHub run>')]
    })
  })

  it.each([
    ['ASSET_HEALTH', ':large_orange_circle:', 'Open asset', 'https://acme.dagster.cloud/prod/assets/analytics/daily_orders', '*Asset*\nanalytics/daily_orders'],
    ['CODE_LOCATION', ':red_circle:', 'Open code location', 'https://acme.dagster.cloud/prod/locations/analytics_pipelines', '*Code location*\nanalytics_pipelines'],
    ['TICK', ':red_circle:', 'Open deployment', 'https://acme.dagster.cloud/prod', '*Schedule*\ndaily_schedule'],
    ['AGENT', ':red_circle:', 'Open agents', 'https://acme.dagster.cloud/prod/agents', '*Policy*\nCritical Alerts'],
    ['INSIGHTS', ':large_orange_circle:', 'Open Insights', 'https://acme.dagster.cloud/prod/insights', '*Metric*\ndagster_credits = 1250 (threshold 1000)']
  ])('renders a %s alert with its emoji, link and facts', (type, emoji, label, url, fact) => {
    const { blocks } = render(sampleAlert(type))
    expect((blocks[0].text as JsonObject).text).toBe(`${emoji} ${sampleAlert(type).alert_summary}`)
    expect((blocks[3].elements as JsonObject[])[0]).toMatchObject({ text: { text: label }, url })
    expect(fieldTexts(blocks)).toContain(fact)
  })

  it('shows recoveries green, other statuses white, and marks test notifications', () => {
    const recovered = render({ ...sampleAlert('JOB'), run_status: 'SUCCESS', alert_summary: 'Job daily_etl succeeded', is_sample: 'true' })
    expect((recovered.blocks[0].text as JsonObject).text).toBe('[test] :large_green_circle: Job daily_etl succeeded')
    expect(recovered.payload.text).toBe('[test] SUCCESS: Job daily_etl succeeded')
    const canceled = render({ ...sampleAlert('JOB'), run_status: 'CANCELED' })
    expect((canceled.blocks[0].text as JsonObject).text).toBe(':white_circle: Job daily_etl failed')
  })

  it('notifies the mention from vars and nobody named in alert text; an incoming webhook gets no channel', () => {
    const alert = { ...sampleAlert('JOB'), alert_summary: 'Job failed <!channel> @here <@U999>' }
    const { payload, blocks } = render(alert, { mention: '<!subteam^S0ONCALL|@data-oncall>' }, WEBHOOK)
    expect(payload).not.toHaveProperty('channel')
    expect(blocks[1].text).toEqual(mrkdwn('<!subteam^S0ONCALL|@data-oncall>'))
    expect(payload.text).toBe('<!subteam^S0ONCALL|@data-oncall> FAILURE: Job failed &lt;!channel&gt; @\u2060here &lt;@U999&gt;')
    expect(slackPings(payload)).toEqual(['<!subteam^S0ONCALL>'])
  })

  it('leaves out facts, code block and button an alert does not have, silently', () => {
    const alert: Record<string, string> = { alert_summary: 'Something happened', notification_type: 'JOB' }
    const { payload, blocks, warnings, problems: found } = render(alert)
    expect(found).toEqual([])
    expect(warnings).toEqual(['blocks[3].elements[0]: has no url (the alert has no link for it); button removed'])
    expect(blocks.map(block => block.type)).toEqual(['header', 'section', 'context'])
    expect(fieldTexts(blocks)).toEqual(['*Status*\nALERT'])
    expect(payload.text).toBe('ALERT: Something happened')
  })
})

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
  async function deliver(url: string, alert: Record<string, string>, vars: Record<string, Json>, headers: Record<string, string> = {}) {
    const source = loadTemplate('slack', ACTION_ROOT)
    const normalised = normaliseAlert(alert)
    const { ctx, warnings } = platformContext({
      target: slack.resolveTarget(url, undefined),
      headers,
      vars,
      authoredText: `${source.text}\n${JSON.stringify(vars)}`
    })
    const payload = slack.fit(compileTemplate(source).render(templateScope(normalised, deriveValues(normalised, {}), vars)).value, ctx)
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
    const { ctx, verdict, warnings } = await deliver(stand.apiUrl(), hostileAlert('ASSET_HEALTH'), { channel: 'data-alerts' }, {
      authorization: `Bearer ${stand.state.botToken}`
    })
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
    const { verdict } = await deliver(stand.apiUrl(), sampleAlert('JOB'), vars, { authorization: authorization.replace('TOKEN', stand.state.botToken) })
    expect(verdict).toMatchObject({ ok: false, message: expect.stringContaining(message) })
  })

  describe('the stand-in itself', () => {
    async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
      return send({ method: 'POST', url, headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) })
    }

    it('answers incoming webhook errors as Slack does, in plain text', async () => {
      const { teamId, botId } = stand.state.webhook
      expect(await post(`${stand.url}/services/${teamId}/BNOPE/x`, { text: 'x' })).toMatchObject({ status: 404, body: 'no_service' })
      expect(await post(`${stand.url}/services/${teamId}/${botId}/wrong`, { text: 'x' })).toMatchObject({ status: 403, body: 'invalid_token' })
      expect(await post(stand.webhookUrl(), 'not json')).toMatchObject({ status: 400, body: 'invalid_payload' })
      expect(await post(stand.webhookUrl(), { blocks: [] })).toMatchObject({ status: 400, body: 'no_text' })
      expect(await post(stand.webhookUrl(), { text: 'x', blocks: [{ type: 'header', text: plain('h'.repeat(151)) }] })).toMatchObject({
        status: 400,
        body: 'invalid_blocks'
      })
    })

    it('answers API errors with HTTP 200, and Block Kit details in response_metadata', async () => {
      const auth = { authorization: `Bearer ${stand.state.botToken}` }
      const answer = async (body: unknown, headers = auth) => JSON.parse((await post(stand.apiUrl(), body, headers)).body)
      expect(await answer({ channel: 'C0ALERTS001', text: 'x' }, {} as typeof auth)).toEqual({ ok: false, error: 'not_authed' })
      expect(await answer({ channel: 'C0ALERTS001', text: 'x'.repeat(40001) })).toEqual({ ok: false, error: 'msg_too_long' })
      expect(await answer({ channel: 'C0ALERTS001', text: 'x', blocks: [{ type: 'section' }, { type: 'divider', extra: 1 }] })).toEqual({
        ok: false,
        error: 'invalid_blocks',
        response_metadata: {
          messages: ['[ERROR] must provide either text or fields [json-pointer:/blocks/0]', '[ERROR] invalid additional property: extra [json-pointer:/blocks/1]']
        }
      })
      expect(await answer({ channel: 'C0ALERTS001', text: 'x' })).toMatchObject({ ok: true, warning: 'missing_charset' })
    })

    it('plays a rate limit with Retry-After, as text for webhooks and JSON for the API', async () => {
      stand.fault({ kind: 'rate-limit', retryAfter: 2 }, { kind: 'rate-limit', retryAfter: 1 })
      const hook = await post(stand.webhookUrl(), { text: 'x' })
      expect(hook).toMatchObject({ status: 429, body: 'rate_limited', headers: expect.objectContaining({ 'retry-after': '2' }) })
      const api = await post(stand.apiUrl(), { channel: 'C0ALERTS001', text: 'x' })
      expect(api.status).toBe(429)
      expect(JSON.parse(api.body)).toEqual({ ok: false, error: 'ratelimited' })
    })

    it('counts notifying mentions the way Slack parses them', () => {
      expect(slackPings({ text: '<!here> <!channel|channel> @everyone &lt;!here&gt; @\u2060here <@U1|bob> <#C1> a@here.com', blocks: [] })).toEqual([
        '<!here>',
        '<!channel>',
        '@everyone',
        '<@U1>'
      ])
    })
  })
})
