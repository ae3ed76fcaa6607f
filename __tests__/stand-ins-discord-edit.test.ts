// The Discord stand-in's webhook messages: get and edit (thread_id for threads and forum posts), Unknown Message,
// and edits held to a post's limits (the webhook's bucket and the channel's 30 a minute).
import { afterEach, describe, expect, it } from '@jest/globals'
import { startDiscord } from './stand-ins/index.js'
import type { DiscordOptions, DiscordStandIn } from './stand-ins/discord.js'

let discord: DiscordStandIn | undefined
afterEach(async () => {
  await discord?.close()
  discord = undefined
})

async function start(options: DiscordOptions = {}) {
  discord = await startDiscord({ rateLimits: false, ...options })
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${discord!.webhookUrl()}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    const text = await response.text()
    return {
      status: response.status,
      headers: response.headers,
      json: (text ? JSON.parse(text) : {}) as Record<string, unknown>
    }
  }
  return { discord, call }
}

describe('Discord stand-in: editing the webhook message', () => {
  it('edits a message in place (the fields sent), gets it back with edited_timestamp, 10008 for an unknown one', async () => {
    const { discord, call } = await start()
    const posted = await call('POST', '?wait=true', {
      content: 'failing',
      embeds: [{ title: 'orders', color: 15158332 }]
    })
    const id = String(posted.json.id)
    const edited = await call('PATCH', `/messages/${id}`, { embeds: [{ title: 'orders (resolved)', color: 3066993 }] })
    expect(edited.status).toBe(200)
    expect(edited.json).toMatchObject({ id, content: 'failing', embeds: [{ title: 'orders (resolved)' }] })
    expect(edited.json.edited_timestamp).toEqual(expect.any(String))
    expect((await call('GET', `/messages/${id}`)).json).toMatchObject({ id, embeds: [{ color: 3066993 }] })
    expect(discord.state.messages[0].edits).toHaveLength(1)
    expect(await call('PATCH', '/messages/123', { content: 'x' })).toMatchObject({ status: 404, json: { code: 10008 } })
    expect(await call('GET', '/messages/123')).toMatchObject({
      status: 404,
      json: { code: 10008, message: 'Unknown Message' }
    })
    expect(await call('PATCH', `/messages/${id}`, { content: '', embeds: [] })).toMatchObject({
      status: 400,
      json: { code: 50006 }
    })
    expect(await call('PATCH', `/messages/${id}`, { content: 'x'.repeat(2001) })).toMatchObject({
      status: 400,
      json: { code: 50035 }
    })
    expect((await call('DELETE', `/messages/${id}`)).status).toBe(405)
  })

  it('a forum post: thread_name starts it, its id is the channel_id; edits need ?thread_id= of the post', async () => {
    const { call } = await start({ forum: true })
    const posted = await call('POST', '?wait=true', { content: 'failing', thread_name: 'orders' })
    const id = String(posted.json.id)
    expect(posted.json.channel_id).toBe(id)
    expect(await call('PATCH', `/messages/${id}`, { content: 'resolved' })).toMatchObject({
      status: 404,
      json: { code: 10008 }
    })
    expect(await call('PATCH', `/messages/${id}?thread_id=${id}`, { content: 'resolved' })).toMatchObject({
      status: 200,
      json: { content: 'resolved', channel_id: id }
    })
    expect(await call('GET', `/messages/${id}?thread_id=999`)).toMatchObject({ status: 404, json: { code: 10003 } })
    expect(await call('GET', `/messages/${id}?thread_id=abc`)).toMatchObject({ status: 400, json: { code: 50035 } })
    // A reply in the post, then edited there too.
    const reply = await call('POST', `?wait=true&thread_id=${id}`, { content: 'repeat 2' })
    expect(
      (await call('PATCH', `/messages/${String(reply.json.id)}?thread_id=${id}`, { content: 'repeat 3' })).status
    ).toBe(200)
  })

  it('edits share the webhook bucket (5 per 2 s) and the channel limit (30 a minute) with posts', async () => {
    const { call } = await start({ rateLimits: true, timeScale: 0.05 })
    const id = String((await call('POST', '?wait=true', { content: 'one' })).json.id)
    const statuses = []
    for (let i = 0; i < 5; i++) statuses.push((await call('PATCH', `/messages/${id}`, { content: `edit ${i}` })).status)
    expect(statuses).toEqual([200, 200, 200, 200, 429])
    let sent = 1 + 4
    const channelLimited = []
    while (sent < 31) {
      await new Promise(resolve => setTimeout(resolve, 110))
      for (let i = 0; i < 5 && sent < 31; i++, sent++)
        channelLimited.push(await call('PATCH', `/messages/${id}`, { content: `e${sent}` }))
    }
    const last = channelLimited.at(-1)!
    expect(last.status).toBe(429)
    expect(last.headers.get('x-ratelimit-scope')).toBe('shared')
    expect(channelLimited.slice(0, -1).every(answer => answer.status === 200)).toBe(true)
  })
})
