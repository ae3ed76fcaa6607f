import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startDiscord, startJira, startLinear } from './stand-ins/index.js'
import type { DiscordStandIn, JiraStandIn, LinearStandIn } from './stand-ins/index.js'
import { discordOpenApi, linearSchemaSdl } from './stand-ins/contracts.js'

interface Sent {
  status: number
  headers: Headers
  text: string
  json: unknown
}

/** One request with a bounded wait; the body is JSON unless given as a string. */
async function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: unknown; timeoutMs?: number } = {}
): Promise<Sent> {
  const { method = 'POST', headers = {}, body, timeoutMs = 2000 } = options
  const response = await fetch(url, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs)
  })
  const text = await response.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, headers: response.headers, text, json }
}

/** Resolves when the promise settles, with how long it took. */
async function settleTime(promise: Promise<unknown>): Promise<number> {
  const started = Date.now()
  await promise.catch(() => undefined)
  return Date.now() - started
}

const x = (count: number) => 'x'.repeat(count)

describe('shared fault kinds (played by the Discord stand-in)', () => {
  let discord: DiscordStandIn
  beforeEach(async () => {
    discord = await startDiscord()
  })
  afterEach(async () => {
    await discord.close()
  })

  it('logs every request with method, path, query, lower-case headers and the raw body', async () => {
    await send(`${discord.webhookUrl()}?wait=true`, { headers: { 'X-Custom': 'yes' }, body: '{"content": "hi"}' })
    expect(discord.requests).toHaveLength(1)
    expect(discord.requests[0]).toMatchObject({
      method: 'POST',
      path: new URL(discord.webhookUrl()).pathname,
      query: { wait: 'true' },
      body: '{"content": "hi"}',
      json: { content: 'hi' }
    })
    expect(discord.requests[0].headers['x-custom']).toBe('yes')
  })

  it('answers a status fault with its body and headers, once, and logs the request', async () => {
    discord.fault({ kind: 'status', status: 503, body: { message: 'down' }, headers: { 'retry-after': '3' } })
    const faulted = await send(discord.webhookUrl(), { body: { content: 'a' } })
    expect(faulted).toMatchObject({ status: 503, json: { message: 'down' } })
    expect(faulted.headers.get('retry-after')).toBe('3')
    expect((await send(discord.webhookUrl(), { body: { content: 'a' } })).status).toBe(204)
    expect(discord.requests).toHaveLength(2)
  })

  it('plays queued faults in order, one per request', async () => {
    discord.fault({ kind: 'status', status: 500 }, { kind: 'status', status: 502, body: 'bad gateway' })
    const first = await send(discord.webhookUrl(), { body: { content: 'a' } })
    const second = await send(discord.webhookUrl(), { body: { content: 'a' } })
    expect([first.status, first.text, second.status, second.text]).toEqual([500, '', 502, 'bad gateway'])
  })

  it('lets a fault wait for a request of its method', async () => {
    discord.fault({ kind: 'status', status: 500, method: 'POST' })
    expect((await send(discord.webhookUrl(), { method: 'GET' })).status).toBe(200)
    expect((await send(discord.webhookUrl(), { body: { content: 'a' } })).status).toBe(500)
  })

  it('resets the connection without a reply', async () => {
    discord.fault({ kind: 'reset' })
    await expect(send(discord.webhookUrl(), { body: { content: 'a' } })).rejects.toThrow('fetch failed')
    expect(discord.state.messages).toHaveLength(0)
  })

  it('hangs, and close() still ends the connection promptly', async () => {
    discord.fault({ kind: 'hang' })
    const pending = send(discord.webhookUrl(), { body: { content: 'a' }, timeoutMs: 5000 })
    await new Promise(resolve => setTimeout(resolve, 150))
    expect(discord.requests).toHaveLength(1)
    expect(await settleTime(discord.close())).toBeLessThan(500)
    await expect(pending).rejects.toThrow()
  })

  it('sends headers and then a body that never ends (slow-body), until close()', async () => {
    discord.fault({ kind: 'slow-body' })
    const response = await fetch(discord.webhookUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"content":"a"}',
      signal: AbortSignal.timeout(3000)
    })
    expect(response.status).toBe(200)
    const body = response.text()
    const outcome = await Promise.race([
      body.then(() => 'finished'),
      new Promise(resolve => setTimeout(() => resolve('still trickling'), 300))
    ])
    expect(outcome).toBe('still trickling')
    expect(await settleTime(discord.close())).toBeLessThan(500)
    await expect(body).rejects.toThrow()
  })
})

describe('Discord stand-in', () => {
  let discord: DiscordStandIn
  beforeEach(async () => {
    discord = await startDiscord()
  })
  afterEach(async () => {
    await discord.close()
  })

  const post = (body: unknown, query = '?wait=true') => send(`${discord.webhookUrl()}${query}`, { body })
  const errorsOf = (sent: Sent) => (sent.json as { errors: unknown }).errors

  it('with wait=true answers 200 and the created Message, without guild_id', async () => {
    const sent = await post({ content: 'Run failed', embeds: [{ title: 'job', color: 15158332 }], username: 'Dagster' })
    expect(sent.status).toBe(200)
    const message = sent.json as Record<string, unknown>
    expect(message).toMatchObject({
      content: 'Run failed',
      channel_id: discord.state.webhook.channelId,
      webhook_id: discord.state.webhook.id,
      author: { bot: true, username: 'Dagster', id: discord.state.webhook.id },
      embeds: [{ type: 'rich', title: 'job', color: 15158332 }]
    })
    expect(message.id).toMatch(/^[1-9]\d+$/)
    expect(Date.parse(message.timestamp as string)).not.toBeNaN()
    expect(message).not.toHaveProperty('guild_id')
    expect(discord.state.messages).toEqual([
      expect.objectContaining({ id: message.id, channelId: discord.state.webhook.channelId })
    ])
  })

  it('without wait answers 204 with no body, and still stores the message', async () => {
    const sent = await post({ content: 'hi' }, '')
    expect([sent.status, sent.text]).toEqual([204, ''])
    expect(discord.state.messages).toHaveLength(1)
  })

  it('gives every message a unique snowflake id', async () => {
    const ids = []
    for (let i = 0; i < 5; i++) ids.push((await post({ content: `m${i}` })).json)
    expect(new Set(ids.map(message => (message as { id: string }).id)).size).toBe(5)
  })

  it('accepts the versioned path /api/v10/webhooks/…', async () => {
    const url = discord.webhookUrl().replace('/api/webhooks/', '/api/v10/webhooks/')
    expect((await send(`${url}?wait=true`, { body: { content: 'v10' } })).status).toBe(200)
  })

  it('posts into a thread named by thread_id, and refuses an unknown one', async () => {
    const [threadId] = discord.state.webhook.threadIds
    const sent = await post({ content: 'in thread' }, `?wait=true&thread_id=${threadId}`)
    expect((sent.json as { channel_id: string }).channel_id).toBe(threadId)
    expect(discord.state.messages[0].channelId).toBe(threadId)
    const unknown = await post({ content: 'x' }, '?wait=true&thread_id=123')
    expect(unknown).toMatchObject({ status: 404, json: { message: 'Unknown Channel', code: 10003 } })
  })

  it('refuses thread_name outside a forum channel, as Discord does', async () => {
    const sent = await post({ content: 'x', thread_name: 'New post' })
    expect(sent).toMatchObject({
      status: 400,
      json: { message: 'Webhooks can only create threads in forum channels', code: 220003 }
    })
    expect(discord.state.messages).toHaveLength(0)
  })

  it('in a forum channel: needs thread_id or thread_name (not both); thread_name starts a post whose id is its first message', async () => {
    const forum = await startDiscord({ forum: true })
    try {
      const url = (query: string) => `${forum.webhookUrl()}?wait=true${query}`
      const bare = await send(url(''), { body: { content: 'x' } })
      expect(bare).toMatchObject({
        status: 400,
        json: { message: 'Webhooks posted to forum channels must have a thread_name or thread_id', code: 220001 }
      })
      const [threadId] = forum.state.webhook.threadIds
      const both = await send(url(`&thread_id=${threadId}`), { body: { content: 'x', thread_name: 'post' } })
      expect(both).toMatchObject({ status: 400, json: { code: 220002 } })
      const long = await send(url(''), { body: { content: 'x', thread_name: 'n'.repeat(101) } })
      expect(long).toMatchObject({
        status: 400,
        json: { code: 50035, errors: { thread_name: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } }
      })
      const started = await send(url(''), { body: { content: 'x', thread_name: 'Job daily_etl failed' } })
      const message = started.json as { id: string; channel_id: string }
      expect(started.status).toBe(200)
      expect(message.channel_id).toBe(message.id)
      expect(forum.state.webhook.threadIds).toContain(message.id)
      expect((await send(url(`&thread_id=${threadId}`), { body: { content: 'reply' } })).status).toBe(200)
    } finally {
      await forum.close()
    }
  })

  it('refuses an unknown webhook id with 404 Unknown Webhook and a wrong token with 401', async () => {
    const { id, token } = discord.state.webhook
    const wrongId = await send(`${discord.url}/api/webhooks/1234/${token}`, { body: { content: 'x' } })
    expect(wrongId).toMatchObject({ status: 404, json: { message: 'Unknown Webhook', code: 10015 } })
    const wrongToken = await send(`${discord.url}/api/webhooks/${id}/nope`, { body: { content: 'x' } })
    expect(wrongToken).toMatchObject({ status: 401, json: { message: 'Invalid Webhook Token', code: 50027 } })
    expect(discord.state.messages).toHaveLength(0)
  })

  it('GET on the webhook URL returns the webhook with guild_id and channel_id and no user', async () => {
    const sent = await send(discord.webhookUrl(), { method: 'GET' })
    const { id, guildId, channelId, name } = discord.state.webhook
    expect(sent).toMatchObject({ status: 200, json: { id, guild_id: guildId, channel_id: channelId, name, type: 1 } })
    expect(sent.json).not.toHaveProperty('user')
  })

  it('takes only JSON bodies: another content type is an empty message, broken JSON is 50109', async () => {
    const form = await send(`${discord.webhookUrl()}?wait=true`, {
      body: 'content=hi',
      headers: { 'content-type': 'text/plain' }
    })
    expect(form).toMatchObject({ status: 400, json: { code: 50006, message: 'Cannot send an empty message' } })
    const broken = await post('{"content": ')
    expect(broken).toMatchObject({ status: 400, json: { code: 50109 } })
  })

  it.each([
    ['no content at all', {}],
    ['blank content', { content: '   ' }],
    ['an empty embed list', { content: '', embeds: [] }]
  ])('refuses %s with 50006 Cannot send an empty message', async (_name, body) => {
    expect(await post(body)).toMatchObject({
      status: 400,
      json: { code: 50006, message: 'Cannot send an empty message' }
    })
  })

  it('accepts every limit exactly at its maximum, and ignores unknown top-level keys', async () => {
    const embed = {
      title: x(256),
      description: x(4096),
      fields: [{ name: x(256), value: x(1024) }],
      footer: { text: x(368) },
      url: 'https://dagster.cloud/runs/1',
      timestamp: '2026-01-08T10:00:00Z',
      color: 16777215
    }
    const sent = await post({ content: x(2000), username: x(80), embeds: [embed], not_a_discord_key: true })
    expect(sent.status).toBe(200)
  })

  const embedWith = (embed: Record<string, unknown>) => ({ embeds: [{ title: 't', ...embed }] })
  const manyFields = Array.from({ length: 26 }, (_, i) => ({ name: `n${i}`, value: 'v' }))

  it.each<[string, unknown, string[], string | { code: string; message: string }]>([
    [
      'content over 2000',
      { content: x(2001) },
      ['content'],
      { code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 2000 or fewer in length.' }
    ],
    [
      'an empty username',
      { content: 'a', username: '' },
      ['username'],
      { code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 80 in length.' }
    ],
    ['a username over 80', { content: 'a', username: x(81) }, ['username'], 'BASE_TYPE_BAD_LENGTH'],
    [
      'a username with "Discord"',
      { content: 'a', username: 'My Discord Bot' },
      ['username'],
      'USERNAME_INVALID_CONTAINS'
    ],
    ['a username with "clyde"', { content: 'a', username: 'CLYDE' }, ['username'], 'USERNAME_INVALID_CONTAINS'],
    ['11 embeds', { embeds: Array.from({ length: 11 }, () => ({ title: 't' })) }, ['embeds'], 'BASE_TYPE_MAX_LENGTH'],
    [
      'a title over 256',
      embedWith({ title: x(257) }),
      ['embeds', '0', 'title'],
      { code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 256 or fewer in length.' }
    ],
    [
      'a description over 4096',
      embedWith({ description: x(4097) }),
      ['embeds', '0', 'description'],
      'BASE_TYPE_MAX_LENGTH'
    ],
    ['26 fields', embedWith({ fields: manyFields }), ['embeds', '0', 'fields'], 'BASE_TYPE_MAX_LENGTH'],
    [
      'a field name over 256',
      embedWith({ fields: [{ name: x(257), value: 'v' }] }),
      ['embeds', '0', 'fields', '0', 'name'],
      'BASE_TYPE_MAX_LENGTH'
    ],
    [
      'an empty field name',
      embedWith({ fields: [{ name: '', value: 'v' }] }),
      ['embeds', '0', 'fields', '0', 'name'],
      'BASE_TYPE_REQUIRED'
    ],
    [
      'a field value over 1024',
      embedWith({ fields: [{ name: 'n', value: x(1025) }] }),
      ['embeds', '0', 'fields', '0', 'value'],
      'BASE_TYPE_MAX_LENGTH'
    ],
    [
      'a missing field value',
      embedWith({ fields: [{ name: 'n' }] }),
      ['embeds', '0', 'fields', '0', 'value'],
      'BASE_TYPE_REQUIRED'
    ],
    [
      'footer text over 2048',
      embedWith({ footer: { text: x(2049) } }),
      ['embeds', '0', 'footer', 'text'],
      'BASE_TYPE_MAX_LENGTH'
    ],
    [
      'an author name over 256',
      embedWith({ author: { name: x(257) } }),
      ['embeds', '0', 'author', 'name'],
      'BASE_TYPE_MAX_LENGTH'
    ],
    [
      'an empty embed url',
      embedWith({ url: '' }),
      ['embeds', '0', 'url'],
      { code: 'URL_TYPE_INVALID_URL', message: 'Not a well formed URL.' }
    ],
    ['a non-http embed url', embedWith({ url: 'ftp://files/x' }), ['embeds', '0', 'url'], 'URL_TYPE_INVALID_SCHEME'],
    ['an empty image url', embedWith({ image: { url: '' } }), ['embeds', '0', 'image', 'url'], 'URL_TYPE_INVALID_URL'],
    [
      'a thumbnail url that is no URL',
      embedWith({ thumbnail: { url: 'not a url' } }),
      ['embeds', '0', 'thumbnail', 'url'],
      'URL_TYPE_INVALID_URL'
    ],
    [
      "Dagster's timestamp",
      embedWith({ timestamp: 'Jan 8, 2026 10:00 AM' }),
      ['embeds', '0', 'timestamp'],
      'DATE_TIME_TYPE_PARSE'
    ],
    ['a color over 16777215', embedWith({ color: 16777216 }), ['embeds', '0', 'color'], 'NUMBER_TYPE_MAX'],
    ['a negative color', embedWith({ color: -1 }), ['embeds', '0', 'color'], 'NUMBER_TYPE_MIN'],
    ['a color given as text', embedWith({ color: '#ff0000' }), ['embeds', '0', 'color'], 'NUMBER_TYPE_COERCE'],
    ['a fractional color', embedWith({ color: 1.5 }), ['embeds', '0', 'color'], 'NUMBER_TYPE_COERCE'],
    [
      'embeds over 6000 characters in total',
      { embeds: [{ description: x(4000) }, { description: x(2001) }] },
      ['embeds'],
      'MAX_EMBED_SIZE_EXCEEDED'
    ],
    [
      'allowed_mentions parse "users" with a users list',
      { content: 'a', allowed_mentions: { parse: ['users'], users: ['1'] } },
      ['allowed_mentions'],
      'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE'
    ],
    [
      'allowed_mentions parse "roles" with a roles list',
      { content: 'a', allowed_mentions: { parse: ['roles'], roles: ['1'] } },
      ['allowed_mentions'],
      'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE'
    ],
    [
      'an unknown parse type',
      { content: 'a', allowed_mentions: { parse: ['channels'] } },
      ['allowed_mentions', 'parse', '0'],
      'ENUM_TYPE_COERCE'
    ],
    [
      '101 role ids',
      { content: 'a', allowed_mentions: { roles: Array.from({ length: 101 }, (_, i) => String(i + 1)) } },
      ['allowed_mentions', 'roles'],
      'BASE_TYPE_MAX_LENGTH'
    ],
    [
      'a role id that is no snowflake',
      { content: 'a', allowed_mentions: { roles: ['admins'] } },
      ['allowed_mentions', 'roles', '0'],
      'NUMBER_TYPE_COERCE'
    ]
  ])('refuses %s with 50035 Invalid Form Body at that field', async (_name, body, fieldPath, expected) => {
    const sent = await post(body)
    expect(sent).toMatchObject({ status: 400, json: { code: 50035, message: 'Invalid Form Body' } })
    const node = fieldPath.reduce((tree: unknown, key) => (tree as Record<string, unknown>)?.[key], errorsOf(sent))
    const error = typeof expected === 'string' ? { code: expected } : expected
    expect(node).toEqual({ _errors: expect.arrayContaining([expect.objectContaining(error)]) })
    expect(discord.state.messages).toHaveLength(0)
  })

  it('also validates against the OpenAPI request schema when the contract is present', async () => {
    const body = { content: 'a', tts: 'yes' }
    const sent = await post(body)
    if (discordOpenApi()) {
      expect(sent.status).toBe(400)
      expect(errorsOf(sent)).toEqual({ tts: { _errors: [expect.objectContaining({ code: 'SCHEMA_TYPE' })] } })
    } else {
      expect(sent.status).toBe(200)
    }
    const withoutContract = await startDiscord({ useContracts: false })
    try {
      expect((await send(`${withoutContract.webhookUrl()}?wait=true`, { body })).status).toBe(200)
    } finally {
      await withoutContract.close()
    }
  })

  it('records every mention as a ping when allowed_mentions is absent (Discord parses everything)', async () => {
    const sent = await post({ content: '@everyone @here <@&111> <@222> <@!333>' })
    const id = (sent.json as { id: string }).id
    expect(discord.state.pings).toEqual(
      ['@everyone', '@here', '<@&111>', '<@222>', '<@333>'].map(mention => ({ messageId: id, mention }))
    )
    expect(sent.json).toMatchObject({ mention_everyone: true, mention_roles: ['111'] })
  })

  it('records only the mentions allowed_mentions lets through', async () => {
    await post({ content: '@everyone <@&111> <@&999> <@222>', allowed_mentions: { parse: [], roles: ['111'] } })
    await post({ content: '@everyone <@222>', allowed_mentions: { parse: ['users'] } })
    await post({ content: 'no ping', embeds: [{ description: '@everyone' }] })
    expect(discord.state.pings.map(ping => ping.mention)).toEqual(['<@&111>', '<@222>'])
  })

  it('rate-limit answers 429 with Retry-After in whole seconds, X-RateLimit-* and retry_after in the body', async () => {
    discord.fault({ kind: 'rate-limit', retryAfter: 1.5 })
    const sent = await post({ content: 'a' })
    expect(sent).toMatchObject({
      status: 429,
      json: { message: 'You are being rate limited.', retry_after: 1.5, global: false }
    })
    expect(sent.headers.get('retry-after')).toBe('2')
    expect(sent.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(sent.headers.get('x-ratelimit-reset-after')).toBe('1.500')
    expect((await post({ content: 'a' })).status).toBe(200)
  })

  it('rate-limit can carry the wait only in the body, and be global', async () => {
    discord.fault({ kind: 'rate-limit', retryAfter: 0.25, inBody: true, global: true })
    const sent = await post({ content: 'a' })
    expect(sent).toMatchObject({ status: 429, json: { retry_after: 0.25, global: true } })
    expect(sent.headers.get('retry-after')).toBeNull()
    expect(sent.headers.get('x-ratelimit-global')).toBe('true')
  })
})

describe('Jira stand-in', () => {
  let jira: JiraStandIn
  beforeEach(async () => {
    jira = await startJira({
      email: 'bot@example.com',
      apiToken: 'token-1',
      projects: [{ key: 'ENG', issueTypes: ['Bug', 'Task'] }, { key: 'OPS' }]
    })
  })
  afterEach(async () => {
    await jira.close()
  })

  const auth = () => ({ authorization: jira.authorization })
  const create = (fields: Record<string, unknown>, version: 2 | 3 = 2) =>
    send(jira.issueUrl(version), { headers: auth(), body: { fields } })
  const base = { project: { key: 'ENG' }, issuetype: { name: 'Bug' }, summary: 'Run failed' }
  const adf = (text: string) => ({
    type: 'doc',
    version: 1,
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }]
  })

  it('creates issues (201 {id, key, self}) with keys counted per project', async () => {
    const first = await create({ ...base, description: 'plain text', priority: { name: 'High' }, labels: ['dagster'] })
    expect(first).toMatchObject({
      status: 201,
      json: { id: '10001', key: 'ENG-1', self: `${jira.url}/rest/api/2/issue/10001` }
    })
    expect((await create(base)).json).toMatchObject({ key: 'ENG-2' })
    expect((await create({ ...base, project: { key: 'OPS' } })).json).toMatchObject({ key: 'OPS-1' })
    expect((await create({ ...base, project: { id: jira.state.projects[0].id } })).json).toMatchObject({ key: 'ENG-3' })
    expect(jira.state.issues.map(issue => issue.key)).toEqual(['ENG-1', 'ENG-2', 'OPS-1', 'ENG-3'])
    expect(jira.state.issues[0].fields).toMatchObject({ description: 'plain text', labels: ['dagster'] })
  })

  it('accepts an ADF description on v3, and issue types and priorities by id', async () => {
    const sent = await create(
      { ...base, issuetype: { id: '10002' }, priority: { id: '1' }, description: adf('boom') },
      3
    )
    expect(sent).toMatchObject({ status: 201, json: { key: 'ENG-1', self: `${jira.url}/rest/api/3/issue/10001` } })
    expect(jira.state.issues[0].apiVersion).toBe(3)
  })

  it('accepts a summary and a label of exactly 255 characters', async () => {
    expect((await create({ ...base, summary: x(255), labels: [x(255)] })).status).toBe(201)
  })

  it('returns a stored issue by key, and 404 for an unknown one', async () => {
    await create({ ...base, description: 'text' })
    const found = await send(`${jira.issueUrl(3)}/ENG-1`, { method: 'GET', headers: auth() })
    expect(found).toMatchObject({
      status: 200,
      json: { key: 'ENG-1', fields: { summary: 'Run failed', description: 'text' } }
    })
    const missing = await send(`${jira.issueUrl(2)}/ENG-9`, { method: 'GET', headers: auth() })
    expect(missing).toMatchObject({ status: 404, json: { errorMessages: [expect.any(String)], errors: {} } })
  })

  it('answers /myself for valid credentials', async () => {
    const sent = await send(`${jira.url}/rest/api/3/myself`, { method: 'GET', headers: auth() })
    expect(sent).toMatchObject({ status: 200, json: { emailAddress: 'bot@example.com', active: true } })
  })

  it('refuses missing credentials with 401 and Jira’s errorMessages', async () => {
    const sent = await send(jira.issueUrl(), { body: { fields: base } })
    expect(sent).toMatchObject({
      status: 401,
      json: { errorMessages: [expect.stringMatching(/not authenticated/)], errors: {} }
    })
  })

  it.each([
    ['a wrong API token', () => `Basic ${Buffer.from('bot@example.com:wrong').toString('base64')}`],
    ['a Bearer token', () => 'Bearer token-1'],
    ['the right credentials as Bearer', () => jira.authorization.replace('Basic', 'Bearer')]
  ])('refuses %s with 401', async (_name, header) => {
    const sent = await send(jira.issueUrl(), { headers: { authorization: header() }, body: { fields: base } })
    expect(sent).toMatchObject({ status: 401, text: 'Client must be authenticated to access this resource.' })
    expect(jira.state.issues).toHaveLength(0)
  })

  it('takes only JSON: another content type is 415, broken JSON is 400', async () => {
    const text = await send(jira.issueUrl(), {
      headers: { ...auth(), 'content-type': 'text/plain' },
      body: JSON.stringify({ fields: base })
    })
    expect(text.status).toBe(415)
    const broken = await send(jira.issueUrl(), { headers: auth(), body: '{"fields": {' })
    expect(broken).toMatchObject({ status: 400, json: { errorMessages: [expect.any(String)], errors: {} } })
  })

  const blankText = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] }

  it.each<[string, Record<string, unknown>, 2 | 3, string, string | RegExp]>([
    ['a missing project', { ...base, project: undefined }, 2, 'project', 'Specify a valid project ID or key'],
    ['an unknown project', { ...base, project: { key: 'NOPE' } }, 2, 'project', 'Specify a valid project ID or key'],
    ['a missing issue type', { ...base, issuetype: undefined }, 2, 'issuetype', 'Specify an issue type'],
    [
      'an issue type the project lacks',
      { ...base, issuetype: { name: 'Epic' } },
      2,
      'issuetype',
      'Specify a valid issue type'
    ],
    ['a missing summary', { ...base, summary: undefined }, 2, 'summary', 'You must specify a summary of the issue.'],
    ['an empty summary', { ...base, summary: '' }, 2, 'summary', 'You must specify a summary of the issue.'],
    ['a summary over 255', { ...base, summary: x(256) }, 2, 'summary', 'Summary must be less than 255 characters.'],
    [
      'a summary with a newline',
      { ...base, summary: 'a\nb' },
      2,
      'summary',
      'The summary is invalid because it contains newline characters.'
    ],
    [
      'an object description on v2',
      { ...base, description: adf('x') },
      2,
      'description',
      'Operation value must be a string'
    ],
    ['a text description on v3', { ...base, description: 'text' }, 3, 'description', /must be an Atlassian Document/],
    [
      'an ADF document with an unknown node',
      { ...base, description: { type: 'doc', version: 1, content: [{ type: 'blink' }] } },
      3,
      'description',
      'INVALID_INPUT'
    ],
    ['an ADF document with an empty text node', { ...base, description: blankText }, 3, 'description', 'INVALID_INPUT'],
    [
      'an unknown priority',
      { ...base, priority: { name: 'Urgent' } },
      2,
      'priority',
      "Priority name 'Urgent' is not valid"
    ],
    ['a priority given as text', { ...base, priority: 'High' }, 2, 'priority', /Could not find valid 'id' or 'name'/],
    [
      'a label with a space',
      { ...base, labels: ['data eng'] },
      2,
      'labels',
      "The label 'data eng' contains spaces which is invalid."
    ],
    ['a label over 255', { ...base, labels: [x(256)] }, 2, 'labels', /exceeds the maximum length/],
    [
      'an unknown field',
      { ...base, foo: 1 },
      2,
      'foo',
      "Field 'foo' cannot be set. It is not on the appropriate screen, or unknown."
    ]
  ])('refuses %s with 400 {errorMessages, errors} naming the field', async (_name, fields, version, field, message) => {
    const sent = await create(fields, version)
    expect(sent).toMatchObject({ status: 400, json: { errorMessages: [], errors: { [field]: message } } })
    expect(jira.state.issues).toHaveLength(0)
  })

  it('plays status faults with their headers (503 + Retry-After)', async () => {
    jira.fault({ kind: 'status', status: 503, headers: { 'retry-after': '1' } })
    const sent = await create(base)
    expect(sent.status).toBe(503)
    expect(sent.headers.get('retry-after')).toBe('1')
    expect(jira.state.issues).toHaveLength(0)
  })

  it('rate-limit answers 429 with Retry-After and Jira’s error shape', async () => {
    jira.fault({ kind: 'rate-limit', retryAfter: 2 })
    const sent = await create(base)
    expect(sent).toMatchObject({ status: 429, json: { errorMessages: [expect.any(String)], errors: {} } })
    expect(sent.headers.get('retry-after')).toBe('2')
  })

  it('resets and hangs like the other stand-ins', async () => {
    jira.fault({ kind: 'reset' }, { kind: 'hang' })
    await expect(create(base)).rejects.toThrow('fetch failed')
    await expect(send(jira.issueUrl(), { headers: auth(), body: { fields: base }, timeoutMs: 200 })).rejects.toThrow()
    expect(jira.state.issues).toHaveLength(0)
  })

  it('store-then-hang creates the issue and never answers', async () => {
    jira.fault({ kind: 'store-then-hang' })
    await expect(send(jira.issueUrl(), { headers: auth(), body: { fields: base }, timeoutMs: 200 })).rejects.toThrow()
    expect(jira.state.issues.map(issue => issue.key)).toEqual(['ENG-1'])
    expect((await create(base)).json).toMatchObject({ key: 'ENG-2' })
  })
})

describe('Linear stand-in', () => {
  const teamId = '0b6c6a8e-5f0c-4a53-9d5b-2f4b1c0e9a11'
  const labelId = '7d1f3f2c-2d7e-4f0e-8a55-0c3f5b6a9e21'
  let linear: LinearStandIn
  beforeEach(async () => {
    linear = await startLinear({
      apiKey: 'lin_api_test',
      teams: [{ id: teamId, key: 'ENG' }],
      labels: [{ id: labelId, name: 'alert' }]
    })
  })
  afterEach(async () => {
    await linear.close()
  })

  const CREATE = `mutation IssueCreate($input: IssueCreateInput!) {
    issueCreate(input: $input) { success issue { id identifier url title } }
  }`
  const graphql = (body: unknown, authorization = 'lin_api_test', target = linear) =>
    send(target.graphqlUrl, { headers: { authorization }, body })
  const createIssue = (input: Record<string, unknown>) => graphql({ query: CREATE, variables: { input } })
  const firstError = (sent: Sent) => (sent.json as { errors: Record<string, unknown>[] }).errors[0]

  it('creates an issue and returns exactly the selected fields', async () => {
    const sent = await createIssue({ teamId, title: 'Run failed: daily_etl', priority: 1, labelIds: [labelId] })
    expect(sent.status).toBe(200)
    const payload = (sent.json as { data: { issueCreate: Record<string, unknown> } }).data.issueCreate
    expect(payload).toEqual({
      success: true,
      issue: {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        identifier: 'ENG-1',
        url: 'https://linear.app/relay-stand-in/issue/ENG-1/run-failed-daily-etl',
        title: 'Run failed: daily_etl'
      }
    })
    expect(linear.state.issues).toEqual([expect.objectContaining({ identifier: 'ENG-1', teamId })])
    const second = await graphql({
      query: 'mutation { issueCreate(input: {teamId: "' + teamId + '", title: "b"}) { issue { identifier } } }'
    })
    expect(second.json).toEqual({ data: { issueCreate: { issue: { identifier: 'ENG-2' } } } })
  })

  it.each([
    ['no Authorization header', undefined, 401],
    ['an unknown key', 'lin_api_wrong', 401],
    ['the API key as a Bearer token', 'Bearer lin_api_test', 400]
  ])('refuses %s with AUTHENTICATION_ERROR', async (_name, authorization, status) => {
    const sent = await send(linear.graphqlUrl, {
      headers: authorization ? { authorization } : {},
      body: { query: CREATE }
    })
    expect(sent.status).toBe(status)
    expect(firstError(sent)).toMatchObject({
      message: 'Authentication required, not authenticated',
      extensions: {
        code: 'AUTHENTICATION_ERROR',
        type: 'authentication error',
        userPresentableMessage: expect.any(String)
      }
    })
  })

  it('takes only JSON bodies with a query string', async () => {
    const text = await send(linear.graphqlUrl, {
      headers: { authorization: 'lin_api_test', 'content-type': 'text/plain' },
      body: CREATE
    })
    expect(text.status).toBe(400)
    expect((await graphql({ variables: {} })).status).toBe(400)
  })

  it('refuses a document that does not parse with 400 GRAPHQL_PARSE_FAILED', async () => {
    const sent = await graphql({ query: 'mutation { issueCreate(' })
    expect(sent.status).toBe(400)
    expect(firstError(sent)).toMatchObject({
      locations: [expect.any(Object)],
      extensions: { code: 'GRAPHQL_PARSE_FAILED' }
    })
  })

  it.each([
    ['an unknown field', 'mutation { issueCreate(input: {teamId: "x", title: "t"}) { success nope } }'],
    ['an unknown mutation', 'mutation { issueDestroyAll { success } }'],
    ['a missing required input field', 'mutation { issueCreate(input: {title: "t"}) { success } }']
  ])('refuses %s with 400 GRAPHQL_VALIDATION_FAILED and locations', async (_name, query) => {
    const sent = await graphql({ query })
    expect(sent.status).toBe(400)
    expect(firstError(sent)).toMatchObject({
      message: expect.any(String),
      locations: [expect.any(Object)],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' }
    })
  })

  it('refuses variables that do not coerce (priority as text) with 400', async () => {
    const sent = await createIssue({ teamId, title: 't', priority: 'high' })
    expect(sent.status).toBe(400)
    expect(firstError(sent)).toMatchObject({
      message: expect.stringContaining('priority'),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' }
    })
  })

  it.each([
    ['a teamId that is no UUID', { teamId: 'ENG', title: 't' }, 'INVALID_INPUT'],
    ['an unknown team', { teamId: '11111111-2222-4333-8444-555555555555', title: 't' }, 'INPUT_ERROR'],
    ['an empty title', { teamId, title: ' ' }, 'INVALID_INPUT'],
    ['a missing title', { teamId }, 'INVALID_INPUT'],
    ['priority 5', { teamId, title: 't', priority: 5 }, 'INVALID_INPUT'],
    ['a label id that is no UUID', { teamId, title: 't', labelIds: ['alert'] }, 'INVALID_INPUT'],
    ['an unknown label', { teamId, title: 't', labelIds: ['99999999-2222-4333-8444-555555555555'] }, 'INPUT_ERROR']
  ])('answers %s with HTTP 200, errors[] and data null', async (_name, input, code) => {
    const sent = await createIssue(input)
    expect(sent.status).toBe(200)
    expect(sent.json).toMatchObject({ data: null })
    expect(firstError(sent)).toMatchObject({
      path: ['issueCreate'],
      extensions: { code, userPresentableMessage: expect.any(String) }
    })
    expect(linear.state.issues).toHaveLength(0)
  })

  it.each([
    ['ratelimited-200', 200],
    ['ratelimited-400', 400]
  ] as const)('%s answers RATELIMITED errors with that HTTP status', async (kind, status) => {
    linear.fault({ kind, retryAfter: 2 })
    const sent = await createIssue({ teamId, title: 't' })
    expect(sent.status).toBe(status)
    expect(firstError(sent)).toMatchObject({ message: 'Rate limit exceeded', extensions: { code: 'RATELIMITED' } })
    expect(Number(sent.headers.get('x-ratelimit-requests-reset'))).toBeGreaterThan(Date.now())
    expect(linear.state.issues).toHaveLength(0)
  })

  it('plays the shared rate-limit as Linear’s HTTP 400 RATELIMITED', async () => {
    linear.fault({ kind: 'rate-limit', retryAfter: 1 })
    const sent = await createIssue({ teamId, title: 't' })
    expect(sent.status).toBe(400)
    expect(firstError(sent)).toMatchObject({ extensions: { code: 'RATELIMITED' } })
  })

  it('graphql-error-200 answers HTTP 200 with errors and data null', async () => {
    linear.fault({ kind: 'graphql-error-200', message: 'Something broke', code: 'INTERNAL_SERVER_ERROR' })
    const sent = await createIssue({ teamId, title: 't' })
    expect(sent).toMatchObject({ status: 200, json: { data: null, errors: [{ message: 'Something broke' }] } })
  })

  it('success-false answers success: false without an issue and creates nothing', async () => {
    linear.fault({ kind: 'success-false' })
    const sent = await createIssue({ teamId, title: 't' })
    expect(sent).toMatchObject({ status: 200, json: { data: { issueCreate: { success: false, issue: null } } } })
    expect(linear.state.issues).toHaveLength(0)
  })

  it('plays status, reset and hang faults', async () => {
    linear.fault({ kind: 'status', status: 502 }, { kind: 'reset' }, { kind: 'hang' })
    expect((await createIssue({ teamId, title: 't' })).status).toBe(502)
    await expect(createIssue({ teamId, title: 't' })).rejects.toThrow('fetch failed')
    await expect(
      send(linear.graphqlUrl, { headers: { authorization: 'lin_api_test' }, body: { query: CREATE }, timeoutMs: 200 })
    ).rejects.toThrow()
  })

  it('validates against Linear’s schema when present, else against its built-in subset', async () => {
    const builtIn = await startLinear({
      apiKey: 'lin_api_test',
      teams: [{ id: teamId, key: 'OPS' }],
      useContracts: false
    })
    try {
      const created = await graphql(
        { query: CREATE, variables: { input: { teamId, title: 't' } } },
        'lin_api_test',
        builtIn
      )
      expect(created.json).toMatchObject({ data: { issueCreate: { success: true, issue: { identifier: 'OPS-1' } } } })
      // issueArchive exists in Linear's schema but not in the built-in subset.
      const query = 'mutation { issueArchive(id: "x") { success } }'
      expect((await graphql({ query }, 'lin_api_test', builtIn)).status).toBe(400)
      expect((await graphql({ query })).status).toBe(linearSchemaSdl() ? 200 : 400)
    } finally {
      await builtIn.close()
    }
  })
})

describe('serve.js', () => {
  it('prints one JSON line with what the action needs, serves, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [path.resolve('__tests__/stand-ins/serve.js')], {
      stdio: ['ignore', 'pipe', 'inherit']
    })
    const exited = new Promise<number | null>(resolve => child.on('exit', resolve))
    try {
      const line = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('serve.js printed nothing within 5 s')), 5000)
        createInterface({ input: child.stdout }).once('line', first => {
          clearTimeout(timer)
          resolve(first)
        })
      })
      const connection = JSON.parse(line)
      expect(connection).toMatchObject({
        discord: { webhookUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/api\/webhooks\/\d+\/.+/) },
        jira: {
          url: expect.any(String),
          email: expect.any(String),
          apiToken: expect.any(String),
          authorization: expect.stringMatching(/^Basic /)
        },
        linear: {
          url: expect.stringMatching(/\/graphql$/),
          apiKey: expect.stringMatching(/^lin_api_/),
          teamId: expect.any(String)
        }
      })
      expect((await send(connection.discord.webhookUrl, { body: { content: 'hello' } })).status).toBe(204)
    } finally {
      child.kill('SIGTERM')
    }
    expect(await exited).toBe(0)
  })
})
