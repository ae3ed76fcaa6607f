import { describe, expect, it } from '@jest/globals'
import type { Chat } from '../../../src/memory/lifecycle.js'
import { problemView, type ViewMember } from '../../../src/memory/problem-view.js'
import type { HttpRequest } from '../../../src/http.js'
import type { Json } from '../../../src/json.js'
import { LIMITS } from '../../../src/platforms/slack/limits.js'
import { problemMessages, problemPayload } from '../../../src/platforms/slack/problem-message.js'
import { slack } from '../../../src/platforms/slack/index.js'
import { slackPings } from '../../stand-ins/slack.js'
import { BEARER, context, reply, WEBHOOK, type JsonObject } from './helpers.js'

const OPENED = Date.parse('2026-01-08T10:00:00Z')
const CHANNEL = 'C0ALERTS001'

function members(count: number, status: 'failing' | 'recovered' = 'failing', label = (i: number) => `asset_${i}`) {
  return Array.from({ length: count }, (_, i): ViewMember => ({
    label: label(i),
    mark: { episode: 1, status, occurrences: 1 }
  }))
}

function view(list: ViewMember[], lastSeenAt = OPENED + 60_000, key = 'policy:orders', maxListed = 100) {
  return problemView(list, { key, sample: false, openedAt: OPENED, lastSeenAt, latestText: 'Asset failed', maxListed })
}

const apiContext = () => context({ vars: { channel: CHANNEL } })
const ALERT: Json = {
  channel: CHANNEL,
  text: 'FAILURE: Job daily_etl failed',
  blocks: [{ type: 'header', text: { type: 'plain_text', text: ':red_circle: Job daily_etl failed' } }]
}

function blocksOf(payload: Json): JsonObject[] {
  return (payload as JsonObject).blocks as JsonObject[]
}

/** The text of a block's text object, or of its elements joined by " | ". */
function textOf(block: JsonObject): string {
  if (block.text) return String((block.text as JsonObject).text)
  return ((block.elements ?? []) as JsonObject[]).map(element => String(element.text)).join(' | ')
}

/** Every text object's text in the blocks, at any depth. */
function allTexts(value: Json): string[] {
  if (Array.isArray(value)) return value.flatMap(allTexts)
  if (value === null || typeof value !== 'object') return []
  const own = typeof value.text === 'string' ? [value.text] : []
  return [...own, ...Object.values(value).flatMap(allTexts)]
}

/** The alert's message as the built-in template renders it at its largest. */
const LARGEST_ALERT: Json = {
  channel: CHANNEL,
  text: 'x'.repeat(300),
  blocks: [
    { type: 'header', text: { type: 'plain_text', text: 'h'.repeat(LIMITS.header) } },
    {
      type: 'section',
      fields: Array.from({ length: LIMITS.fields }, () => ({ type: 'mrkdwn', text: `*Fact*\n${'f'.repeat(150)}` }))
    },
    { type: 'section', text: { type: 'mrkdwn', text: `\`\`\`${'c'.repeat(2900)}\`\`\`` } },
    {
      type: 'actions',
      elements: [{ type: 'button', text: { type: 'plain_text', text: 'Open run' }, url: 'https://acme.dagster.cloud' }]
    },
    { type: 'context', elements: [{ type: 'mrkdwn', text: 'p'.repeat(500) }] }
  ]
}

describe('Slack problem message', () => {
  it('a first alert: the state, the member, the facts with Slack dates, the key; then the alert; text says the state', () => {
    const { ctx } = apiContext()
    const payload = problemPayload(ALERT, view(members(1)), ctx) as JsonObject
    const blocks = blocksOf(payload)
    expect(blocks.map(textOf).slice(0, 3)).toEqual([
      ':red_circle: *1 failing*',
      '🔴 asset_0',
      `*1* occurrence · first seen <!date^${OPENED / 1000}^{date_short_pretty} {time}|2026-01-08T10:00:00.000Z> · ` +
        `last seen <!date^${OPENED / 1000 + 60}^{date_short_pretty} {time}|2026-01-08T10:01:00.000Z> | Problem: policy:orders`
    ])
    expect(blocks[3]).toEqual({ type: 'divider' })
    expect(blocks[4]).toEqual((ALERT as JsonObject & { blocks: Json[] }).blocks[0])
    expect(payload.text).toBe(':red_circle: 1 failing · FAILURE: Job daily_etl failed')
    expect(slack.validate(payload, ctx)).toEqual([])
  })

  it('members failing first, repeats counted; resolved says how long it took, in green where attachments colour', () => {
    const { ctx } = apiContext()
    const list = [
      ...members(1, 'recovered', () => 'asset_a'),
      { label: 'asset_b', mark: { episode: 1, status: 'failing' as const, occurrences: 3 } },
      ...members(1, 'failing', () => 'asset_c')
    ]
    const withAttachment = { ...(ALERT as JsonObject), attachments: [{ color: '#000000', text: 'details' }] }
    const failing = problemPayload(withAttachment, view(list), ctx) as JsonObject
    expect(blocksOf(failing).slice(0, 2).map(textOf)).toEqual([
      ':red_circle: *2 failing, 1 recovered*',
      '🔴 asset_b ×3\n🔴 asset_c\n🟢 asset_a'
    ])
    expect(failing.attachments).toEqual([{ color: '#e74c3c', text: 'details' }])

    const resolved = problemPayload(withAttachment, view(members(2, 'recovered'), OPENED + 62 * 60_000), ctx)
    expect(textOf(blocksOf(resolved)[0])).toBe(':large_green_circle: *Resolved after 1 h 2 min*')
    expect((resolved as JsonObject).text).toBe(
      ':large_green_circle: Resolved after 1 h 2 min · FAILURE: Job daily_etl failed'
    )
    expect((resolved as JsonObject).attachments).toEqual([{ color: '#2ecc71', text: 'details' }])
  })

  it('a message of text alone keeps its text, as a section under the problem', () => {
    const { ctx } = apiContext()
    const payload = problemPayload({ channel: CHANNEL, text: 'Job *daily_etl* failed' }, view(members(1)), ctx)
    expect(blocksOf(payload).at(-1)).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: 'Job *daily_etl* failed' }
    })
  })

  it('names 100 members of long labels beside the largest alert within Slack limits, the rest as "and N more"', () => {
    const { ctx } = apiContext()
    const long = (i: number) => `${'warehouse/orders/'.repeat(3)}asset_${String(i).padStart(3, '0')}`
    const payload = problemPayload(LARGEST_ALERT, view(members(100, 'failing', long)), ctx)
    expect(slack.validate(payload, ctx)).toEqual([])
    const blocks = blocksOf(payload)
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocks)
    const listed = blocks
      .filter(block => block.type === 'section' && (block.text as JsonObject | undefined)?.type === 'plain_text')
      .map(textOf)
    expect(listed.length).toBe(2)
    for (const section of listed) expect(section.length).toBeLessThanOrEqual(LIMITS.sectionText)
    const lines = listed.join('\n').split('\n')
    const more = Number(/^and (\d+) more$/.exec(lines.at(-1) ?? '')?.[1])
    expect(lines.length - 1 + more).toBe(100)
    expect(more).toBeGreaterThan(0)
    expect(allTexts(blocks).join('').length).toBeLessThanOrEqual(LIMITS.blocksText)
  })

  it('lists every member that fits, and keeps the view\'s own "and N more" beyond those it lists', () => {
    const { ctx } = apiContext()
    const short = problemPayload(ALERT, view(members(100)), ctx)
    expect(textOf(blocksOf(short)[1]).split('\n')).toHaveLength(100)
    const many = problemPayload(ALERT, view(members(150), OPENED, 'k', 20), ctx)
    const lines = textOf(blocksOf(many)[1]).split('\n')
    expect(lines).toHaveLength(21)
    expect(lines.at(-1)).toBe('and 130 more')
  })

  it('keeps the blocks within 50 beside an alert of many blocks', () => {
    const { ctx } = apiContext()
    const crowded = {
      channel: CHANNEL,
      text: 'crowded',
      blocks: Array.from({ length: LIMITS.blocks }, (_, i) => ({
        type: 'section',
        text: { type: 'mrkdwn', text: `b${i}` }
      }))
    }
    const blocks = blocksOf(problemPayload(crowded, view(members(3)), ctx))
    expect(blocks).toHaveLength(LIMITS.blocks)
    expect(textOf(blocks[1])).toBe('🔴 asset_0\n🔴 asset_1\n🔴 asset_2')
  })

  it('shows hostile labels and keys as written: plain text, so no mention, link or formatting works', () => {
    const { ctx } = apiContext()
    const hostile = ['<!here> asset', '<@U0123ABC>', '*bold* _it_ `code`', '<https://evil.example|click>', '@channel']
    const payload = problemPayload(
      ALERT,
      view(
        members(hostile.length, 'failing', i => hostile[i]),
        OPENED,
        '<!channel> orders'
      ),
      ctx
    ) as JsonObject
    expect(slackPings(payload)).toEqual([])
    const blocks = blocksOf(payload)
    expect(blocks[1].text).toMatchObject({ type: 'plain_text', emoji: false })
    for (const label of hostile) expect(textOf(blocks[1])).toContain(label)
    const key = (blocks[2].elements as JsonObject[])[1]
    expect(key).toEqual({ type: 'plain_text', text: 'Problem: <!channel> orders', emoji: false })
  })

  it('a view Slack would refuse throws, so the lifecycle posts the alert alone', () => {
    const { ctx } = context()
    expect(() => problemPayload({ text: 'no channel' }, view(members(1)), ctx)).toThrow(/channel: is required/)
  })
})

/** A chat on a fake Slack that records requests and answers each with the next reply. */
function fakeSlack(replies: unknown[]) {
  const sent: HttpRequest[] = []
  const send = async (request: HttpRequest) => {
    sent.push(request)
    return reply(200, replies.shift() ?? { ok: true })
  }
  const { ctx, warnings } = apiContext()
  const payload = slack.fit(ALERT, ctx)
  const chat = problemMessages.chat({ payload, ctx, send }) as Chat
  return { chat, sent, ctx, send, warnings, bodies: () => sent.map(request => JSON.parse(request.body ?? '{}')) }
}

describe('Slack problem message: the chat', () => {
  it('posts with the bot token and reads the reference: ts as message and thread, the channel ID Slack gives', async () => {
    const { chat, sent } = fakeSlack([{ ok: true, channel: CHANNEL, ts: '1767866400.000100' }])
    const reference = await chat.post(view(members(1)))
    expect(reference).toEqual({ message: '1767866400.000100', channel: CHANNEL, thread: '1767866400.000100' })
    expect(sent[0]).toMatchObject({ method: 'POST', url: 'https://slack.com/api/chat.postMessage' })
    expect(sent[0].headers.authorization).toBe(BEARER)
  })

  it('a refused post throws with what Slack said; a reply without ts or channel throws', async () => {
    await expect(fakeSlack([{ ok: false, error: 'not_in_channel' }]).chat.post(view(members(1)))).rejects.toThrow(
      /not_in_channel: the app's bot is not a member/
    )
    await expect(fakeSlack([{ ok: true, ts: '1.000001' }]).chat.post(view(members(1)))).rejects.toThrow(
      /without the message ts or its channel/
    )
  })

  it('edits by chat.update (channel ID, ts, text and blocks together, parse none) and replies in the thread', async () => {
    const { chat, sent, bodies } = fakeSlack([])
    const reference = { message: '1.000100', channel: CHANNEL, thread: '1.000100' }
    await chat.edit(reference, view(members(2)))
    await chat.reply?.(reference, 'asset_1 failing')
    expect(sent.map(request => request.url)).toEqual([
      'https://slack.com/api/chat.update',
      'https://slack.com/api/chat.postMessage'
    ])
    const [update, threadReply] = bodies()
    expect(update).toMatchObject({
      channel: CHANNEL,
      ts: '1.000100',
      parse: 'none',
      text: ':red_circle: 2 failing · FAILURE: Job daily_etl failed'
    })
    expect(update.blocks[0].text.text).toBe(':red_circle: *2 failing*')
    expect(threadReply).toEqual({ channel: CHANNEL, thread_ts: '1.000100', text: 'asset_1 failing', mrkdwn: false })
  })

  it('the reply after the edit that resolves the problem is broadcast to the channel', async () => {
    const { chat, bodies } = fakeSlack([])
    const reference = { message: '1.000100', channel: CHANNEL, thread: '1.000100' }
    await chat.edit(reference, view(members(1, 'recovered')))
    await chat.reply?.(reference, 'asset_0 recovered')
    expect(bodies()[1]).toMatchObject({ thread_ts: '1.000100', reply_broadcast: true })
  })

  it('a refused edit throws (the lifecycle then posts anew)', async () => {
    const { chat } = fakeSlack([{ ok: false, error: 'message_not_found' }])
    await expect(chat.edit({ message: '1.000100', channel: CHANNEL }, view(members(1)))).rejects.toThrow(
      'message_not_found'
    )
  })

  it('thread replies escape alert text the way Slack reads it: no mention, link or entity works', async () => {
    const { chat, bodies } = fakeSlack([])
    await chat.reply?.(
      { message: '1.000100', channel: CHANNEL },
      '<!here> & <@U0123ABC> <https://x.example|y> @channel failing'
    )
    const [body] = bodies()
    expect(body.text).toBe('&lt;!here&gt; &amp; &lt;@U0123ABC&gt; &lt;https://x.example|y&gt; @\u2060channel failing')
    expect(slackPings(body)).toEqual([])
  })

  it('links the message by chat.getPermalink with its channel and ts', async () => {
    const permalink = 'https://acme.slack.com/archives/C0ALERTS001/p1000100'
    const { ctx, send, sent } = fakeSlack([{ ok: true, channel: CHANNEL, permalink }])
    const link = await problemMessages.link({ message: '1.000100', channel: CHANNEL }, { payload: {}, ctx, send })
    expect(link).toBe(permalink)
    expect(new URL(sent[0].url).searchParams.toString()).toBe('channel=C0ALERTS001&message_ts=1.000100')
  })

  it('keeps the problems of each channel apart: the channel the rendered message names, vars or not', () => {
    const { ctx } = apiContext()
    expect(problemMessages.destination(ctx, { channel: 'C0ALERTS001', text: 'x' })).toBe('slack:C0ALERTS001')
    expect(problemMessages.destination(ctx, { channel: 'C0OTHER0002', text: 'x' })).toBe('slack:C0OTHER0002')
  })

  it('an incoming webhook cannot edit: it names chat.postMessage with a bot token instead', () => {
    const { ctx } = context({ url: WEBHOOK, headers: {} })
    const chat = problemMessages.chat({ payload: ALERT, ctx, send: async () => reply(200, 'ok') })
    expect(chat).toEqual({
      cannot: expect.stringMatching(/incoming webhooks cannot edit.*chat\.postMessage.*Bearer xoxb-.*vars: channel/)
    })
  })
})
