// The stand-ins' rate limits: each service's documented shape, with windows scaled so the tests run in milliseconds.
import { describe, expect, it } from '@jest/globals'
import { startDiscord, startGitHub, startJira, startSlack } from './stand-ins/index.js'
import { FixedWindow, TokenBucket } from './stand-ins/rate-limit.js'

interface Answer {
  status: number
  headers: Headers
  json: unknown
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body)
  })
  const text = await response.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = text
  }
  return { status: response.status, headers: response.headers, json }
}

const pause = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

describe('limiters', () => {
  it('FixedWindow: `limit` per window and key, then refusals until the window that began with the first request ends', () => {
    let now = 0
    const window = new FixedWindow({ limit: 2, windowMs: 1000, now: () => now })
    expect(window.take('a')).toEqual({ ok: true, remaining: 1, resetAfterMs: 1000 })
    now = 400
    expect(window.take('a')).toEqual({ ok: true, remaining: 0, resetAfterMs: 600 })
    expect(window.take('a')).toEqual({ ok: false, remaining: 0, resetAfterMs: 600 })
    expect(window.take('b').ok).toBe(true)
    now = 1000
    expect(window.take('a')).toEqual({ ok: true, remaining: 1, resetAfterMs: 1000 })
  })

  it('TokenBucket: a burst of `capacity`, then one every interval', () => {
    let now = 0
    const bucket = new TokenBucket({ capacity: 2, intervalMs: 1000, now: () => now })
    expect(bucket.take('c')).toMatchObject({ ok: true, remaining: 1 })
    expect(bucket.take('c')).toMatchObject({ ok: true, remaining: 0, fullAfterMs: 2000 })
    expect(bucket.take('c')).toMatchObject({ ok: false, retryAfterMs: 1000 })
    now = 250
    expect(bucket.take('c')).toMatchObject({ ok: false, retryAfterMs: 750 })
    now = 1000
    expect(bucket.take('c')).toMatchObject({ ok: true, remaining: 0 })
  })
})

describe('Discord stand-in limits', () => {
  it('5 requests per 2 s per webhook, X-RateLimit-* on every reply, then a user-scope 429 asking for the rest of the bucket', async () => {
    const discord = await startDiscord({ timeScale: 0.5 }) // the bucket lasts 1 s
    try {
      const url = `${discord.webhookUrl()}?wait=true`
      const answers = []
      for (let i = 0; i < 6; i++) answers.push(await post(url, { content: `m${i}` }))
      expect(answers.map(answer => answer.status)).toEqual([200, 200, 200, 200, 200, 429])
      expect(answers.map(answer => answer.headers.get('x-ratelimit-remaining'))).toEqual(['4', '3', '2', '1', '0', '0'])
      const limited = answers[5]
      expect(limited.headers.get('x-ratelimit-scope')).toBe('user')
      expect(Number(limited.headers.get('x-ratelimit-reset-after'))).toBeLessThanOrEqual(1)
      expect(limited.headers.get('retry-after')).toBe('1')
      expect(limited.json).toMatchObject({
        message: 'You are being rate limited.',
        global: false,
        retry_after: expect.any(Number)
      })
      await pause(Number(limited.headers.get('x-ratelimit-reset-after')) * 1000 + 5)
      expect((await post(url, { content: 'again' })).status).toBe(200)
      expect(discord.state.messages).toHaveLength(6)
    } finally {
      await discord.close()
    }
  })

  it('30 messages per 60 s per channel, then a shared-scope 429 whose retry_after is the rest of the window', async () => {
    const discord = await startDiscord({ timeScale: 0.01 }) // 20 ms buckets, a 600 ms channel window
    try {
      const url = `${discord.webhookUrl()}?wait=true`
      let shared: Answer | undefined
      const start = Date.now()
      while (!shared) {
        const answer = await post(url, { content: 'storm' })
        if (answer.status === 429 && answer.headers.get('x-ratelimit-scope') === 'shared') shared = answer
        else if (answer.status === 429) await pause(Number(answer.headers.get('x-ratelimit-reset-after')) * 1000)
      }
      expect(discord.state.messages).toHaveLength(30)
      const retryAfter = (shared.json as { retry_after: number }).retry_after
      expect(retryAfter).toBeGreaterThan(0)
      expect(retryAfter).toBeLessThanOrEqual(0.6 - (Date.now() - start) / 1000 + 0.05)
      expect(shared.json).toMatchObject({ message: 'The resource is being rate limited.', global: false })
      expect(shared.headers.get('x-ratelimit-remaining')).not.toBeNull()
    } finally {
      await discord.close()
    }
  })

  it('can be turned off', async () => {
    const discord = await startDiscord({ rateLimits: false })
    try {
      for (let i = 0; i < 8; i++)
        expect((await post(`${discord.webhookUrl()}?wait=true`, { content: 'x' })).status).toBe(200)
    } finally {
      await discord.close()
    }
  })
})

describe('Slack stand-in limits', () => {
  it('a burst of 10 per channel, then one a second: 429 with Retry-After (webhook and chat.postMessage)', async () => {
    const slack = await startSlack({ timeScale: 0.1 })
    try {
      const statuses = []
      for (let i = 0; i < 11; i++) statuses.push((await post(slack.webhookUrl(), { text: `m${i}` })).status)
      expect(statuses).toEqual([...Array(10).fill(200), 429])
      const api = await post(
        slack.apiUrl('chat.postMessage'),
        { channel: slack.state.webhook.channelId, text: 'x' },
        { authorization: `Bearer ${slack.state.botToken}` }
      )
      expect(api.status).toBe(429)
      expect(api.json).toEqual({ ok: false, error: 'ratelimited' })
      expect(api.headers.get('retry-after')).toBe('1')
      await pause(110)
      expect((await post(slack.webhookUrl(), { text: 'later' })).status).toBe(200)
    } finally {
      await slack.close()
    }
  })
})

describe('GitHub stand-in limits', () => {
  it('80 content creations per minute, then a 403 secondary limit with retry-after; primary headers on every reply', async () => {
    const hub = await startGitHub({ timeScale: 0.05 }) // a 3 s minute
    try {
      const headers = { authorization: `Bearer ${hub.state.token}`, 'user-agent': 'test' }
      const url = `${hub.url}/repos/acme/data-platform/issues`
      const answers = []
      for (let i = 0; i < 81; i++) answers.push(await post(url, { title: `t${i}` }, headers))
      expect(answers.slice(0, 80).every(answer => answer.status === 201)).toBe(true)
      expect(answers[79].headers.get('x-ratelimit-remaining')).toBe('920')
      const limited = answers[80]
      expect(limited.status).toBe(403)
      expect(limited.json).toMatchObject({ message: expect.stringContaining('secondary rate limit') })
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
      expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(3)
    } finally {
      await hub.close()
    }
  })
})

describe('Jira stand-in limits', () => {
  it('20 writes per 2 s on one issue, then 429 with Retry-After and RateLimit-Reason jira-per-issue-on-write', async () => {
    const jira = await startJira({ timeScale: 0.5 })
    try {
      const auth = { authorization: jira.authorization }
      const fields = { project: { key: 'ENG' }, issuetype: { name: 'Bug' }, summary: 's' }
      const { key } = (await post(jira.issueUrl(2), { fields }, auth)).json as { key: string }
      const statuses = []
      for (let i = 0; i < 21; i++)
        statuses.push((await post(`${jira.url}/rest/api/2/issue/${key}/comment`, { body: `c${i}` }, auth)).status)
      expect(statuses).toEqual([...Array(20).fill(201), 429])
      const limited = await post(`${jira.url}/rest/api/2/issue/${key}/comment`, { body: 'again' }, auth)
      expect(limited.headers.get('ratelimit-reason')).toBe('jira-per-issue-on-write')
      expect(limited.headers.get('retry-after')).toBe('1')
      expect(limited.headers.get('x-ratelimit-reset')).toMatch(/^\d{4}-\d\d-\d\dT/)
    } finally {
      await jira.close()
    }
  })
})
