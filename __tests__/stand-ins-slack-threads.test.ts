// The Slack stand-in's Web API for one message per problem: chat.update, thread replies (reply_broadcast),
// message metadata found again through conversations.history, conversations.replies, and their tier's rate.
import { afterEach, describe, expect, it } from '@jest/globals'
import { startSlack } from './stand-ins/index.js'
import type { SlackOptions, SlackStandIn } from './stand-ins/slack.js'

let slack: SlackStandIn | undefined
afterEach(async () => {
  await slack?.close()
  slack = undefined
})

async function start(options: SlackOptions = {}) {
  slack = await startSlack(options)
  const api = async (method: string, args: Record<string, unknown>) => {
    const response = await fetch(slack!.apiUrl(method), {
      method: 'POST',
      headers: { authorization: `Bearer ${slack!.state.botToken}`, 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(args)
    })
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- replies are read field by field below
    return { status: response.status, json: (await response.json()) as Record<string, any> }
  }
  return { slack, api }
}

const channel = 'C0ALERTS001'

describe('Slack stand-in: one message per problem', () => {
  it('updates the parent, replies in its thread, broadcasts on request; errors for unknown or foreign messages', async () => {
    const { slack, api } = await start()
    const metadata = { event_type: 'dagster_alert_relay_problem', event_payload: { key: 'orders', failing: 1 } }
    const parent = await api('chat.postMessage', { channel, text: 'orders failing', metadata })
    const ts = parent.json.ts as string
    const updated = await api('chat.update', {
      channel,
      ts,
      text: 'orders failing (2)',
      metadata: { ...metadata, event_payload: { key: 'orders', failing: 2 } }
    })
    expect(updated.json).toMatchObject({ ok: true, channel, ts, text: 'orders failing (2)' })
    expect(await api('chat.update', { channel, ts: '1.000001', text: 'x' })).toMatchObject({
      json: { ok: false, error: 'message_not_found' }
    })
    expect((await api('chat.update', { channel: 'data-alerts', ts, text: 'x' })).json.error).toBe('channel_not_found')
    expect((await api('chat.update', { channel, ts, text: '', blocks: [] })).json.error).toBe('no_text')

    const reply = await api('chat.postMessage', { channel, text: 'repeat', thread_ts: ts })
    expect(reply.json.message).toMatchObject({ thread_ts: ts })
    const viaReply = await api('chat.postMessage', {
      channel,
      text: 'resolved',
      thread_ts: reply.json.ts,
      reply_broadcast: true
    })
    expect(viaReply.json.message.thread_ts).toBe(ts)
    expect((await api('chat.postMessage', { channel, text: 'x', thread_ts: '1.000001' })).json.error).toBe(
      'thread_not_found'
    )
    expect(
      (await api('chat.postMessage', { channel, text: 'x', metadata: { event_type: 'bad type', event_payload: {} } }))
        .json.error
    ).toBe('invalid_metadata_schema')

    // Incoming-webhook messages are not the bot's to edit.
    await fetch(slack.webhookUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text":"hook"}'
    })
    const hookTs = slack.state.messages.at(-1)!.ts
    expect((await api('chat.update', { channel, ts: hookTs, text: 'x' })).json.error).toBe('cant_update_message')

    const history = await api('conversations.history', { channel, include_all_metadata: true, limit: 10 })
    // Newest first: the webhook message, the broadcast reply, the parent; the plain reply stays in its thread.
    expect(history.json.messages.map((m: { text: string }) => m.text)).toEqual([
      'hook',
      'resolved',
      'orders failing (2)'
    ])
    expect(history.json.messages[2]).toMatchObject({
      reply_count: 2,
      edited: { ts: expect.any(String) },
      metadata: { event_type: 'dagster_alert_relay_problem', event_payload: { failing: 2 } }
    })
    expect((await api('conversations.history', { channel })).json.messages[2].metadata).toBeUndefined()
    const page = await api('conversations.history', { channel, limit: 1 })
    expect(page.json).toMatchObject({ has_more: true, response_metadata: { next_cursor: 'offset:1' } })
    const thread = await api('conversations.replies', { channel, ts })
    expect(thread.json.messages.map((m: { text: string }) => m.text)).toEqual([
      'orders failing (2)',
      'repeat',
      'resolved'
    ])
  })

  it("chat.update: text without blocks drops the blocks; Tier 3 rate; a reply's permalink opens its thread", async () => {
    const { slack, api } = await start()
    const blocks = [{ type: 'section', text: { type: 'plain_text', text: 'block' } }]
    const ts = (await api('chat.postMessage', { channel, text: 'a', blocks })).json.ts as string
    await api('chat.update', { channel, ts, blocks, text: 'b' })
    expect(slack.state.messages[0].payload.blocks).toEqual(blocks)
    await api('chat.update', { channel, ts, text: 'c' })
    expect(slack.state.messages[0].payload).not.toHaveProperty('blocks')

    const statuses: number[] = []
    for (let i = 0; i < 51; i++) statuses.push((await api('chat.update', { channel, ts, text: `u${i}` })).status)
    // 50 a minute: the two above and 48 of these
    expect(statuses.filter(status => status === 429)).toHaveLength(3)

    const reply = (await api('chat.postMessage', { channel, text: 'r', thread_ts: ts })).json.ts as string
    const link = await api('chat.getPermalink', { channel, message_ts: reply })
    expect(link.json.permalink).toBe(`${slack.permalink(channel, reply)}?thread_ts=${ts}&cid=${channel}`)
    expect((await api('chat.getPermalink', { channel })).json.error).toBe('message_not_found')
    expect((await api('chat.getPermalink', { message_ts: ts })).json.error).toBe('channel_not_found')
  })

  it('history methods at their tier: a restricted app gets 1 a minute and 15 a page', async () => {
    const { api } = await start({ historyTier: 'restricted', timeScale: 0.01 })
    // posting is rate limited too (1 a second a channel, scaled): each message is posted again until it is in
    for (let i = 0; i < 20; i++) {
      while ((await api('chat.postMessage', { channel, text: `m${i}` })).status === 429)
        await new Promise(resolve => setTimeout(resolve, 10))
    }
    const first = await api('conversations.history', { channel, limit: 100 })
    expect(first.json.messages).toHaveLength(15)
    const second = await api('conversations.history', { channel })
    expect(second).toMatchObject({ status: 429, json: { ok: false, error: 'ratelimited' } })
  })
})
