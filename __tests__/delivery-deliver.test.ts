import { defaultDeliveryDeps, deliver } from '../src/delivery/deliver.js'
import { followUpSender } from '../src/delivery/follow-up.js'
import { RETRY_FLOOR_MS } from '../src/delivery/retry-policy.js'
import type { DeliveryDeps, DeliveryOptions } from '../src/delivery/types.js'
import { MAX_REQUESTS, WaitBudget } from '../src/delivery/wait-budget.js'
import { TransportError } from '../src/delivery/exchange.js'
import type { Transport } from '../src/delivery/transport.js'
import { DeliveryError } from '../src/errors.js'
import { descriptorByName } from '../src/platforms/registry.js'
import type { Platform, PlatformContext, Verdict } from '../src/platforms/types.js'
import type { HttpReply, HttpRequest } from '../src/http.js'
import { Secrets } from '../src/secrets/secrets.js'

const TOKEN = 'webhook-token-0123456789'
const WEBHOOK = `https://discord.com/api/webhooks/123/${TOKEN}`
const NOW = new Date('2026-01-08T10:00:00.000Z')
const MESSAGE_URL = 'https://discord.com/channels/1/2/3'
const JSON_HEADERS = { 'content-type': 'application/json' }

const ctx = {} as PlatformContext
const options: DeliveryOptions = { maxAttempts: 5, timeoutSeconds: 15, maxWaitSeconds: 120 }

type Scripted = HttpReply | TransportError

function reply(status: number, body: unknown = {}, headers: Record<string, string> = {}): HttpReply {
  return { status, headers, body: typeof body === 'string' ? body : JSON.stringify(body) }
}

/** Reads replies the way a platform would: 2xx is success, `message`/`retry`/`retry_after` from the body. */
function parseFake(answer: HttpReply): Verdict {
  const body = JSON.parse(answer.body || '{}') as { message?: string; retry?: boolean; retry_after?: number }
  if (answer.status < 300 && body.retry === undefined) return { ok: true, url: MESSAGE_URL, id: '3', status: 'sent' }
  const message = body.message ?? `status ${answer.status}`
  return { ok: false, message, retry: body.retry, retryAfterSeconds: body.retry_after }
}

function fakePlatform(extra: Partial<Platform> = {}): Platform {
  return {
    descriptor: descriptorByName('discord'),
    resolveTarget: () => ({ endpoint: new URL(WEBHOOK), defaultTemplate: 'discord' }),
    fit: payload => payload,
    validate: () => [],
    request: payload => ({
      method: 'POST',
      url: `${WEBHOOK}?wait=true`,
      headers: JSON_HEADERS,
      body: JSON.stringify(payload)
    }),
    parse: parseFake,
    ...extra
  }
}

interface Harness {
  deps: DeliveryDeps
  requests: HttpRequest[]
  timeouts: number[]
  sleeps: number[]
  logs: string[]
}

/** A transport that answers from `script` in order, and deps that record every wait and log line. */
function harness(script: Scripted[], random = 0.5): Harness {
  const requests: HttpRequest[] = []
  const timeouts: number[] = []
  const sleeps: number[] = []
  const logs: string[] = []
  const transport: Transport = async (request, timeoutMs) => {
    requests.push(request)
    timeouts.push(timeoutMs)
    const next = script.shift()
    if (!next) throw new Error('the test script ran out of replies')
    if (next instanceof TransportError) throw next
    return next
  }
  const secrets = new Secrets()
  secrets.addUrl(WEBHOOK)
  const deps: DeliveryDeps = {
    transport,
    secrets,
    sleep: async ms => void sleeps.push(ms),
    random: () => random,
    now: () => NOW,
    log: message => void logs.push(message)
  }
  return { deps, requests, timeouts, sleeps, logs }
}

async function deliveryError(promise: Promise<unknown>): Promise<DeliveryError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught
  )
  expect(error).toBeInstanceOf(DeliveryError)
  return error as DeliveryError
}

describe('deliver', () => {
  it('sends the platform request once and returns what the platform read from the reply', async () => {
    const h = harness([reply(200, { id: '3' })])
    const result = await deliver(fakePlatform(), { content: 'hi' }, ctx, options, h.deps)
    expect(result).toEqual({ url: MESSAGE_URL, id: '3', status: 'sent', attempts: 1, response: '{"id":"3"}' })
    expect(h.requests).toEqual([
      { method: 'POST', url: `${WEBHOOK}?wait=true`, headers: JSON_HEADERS, body: '{"content":"hi"}' }
    ])
    expect(h.timeouts).toEqual([15_000])
    expect(h.sleeps).toEqual([])
    expect(h.logs).toEqual([])
  })

  it('hands request, parse and complete one and the same context, which platforms key per-delivery state on', async () => {
    const h = harness([reply(503, { message: 'busy' }), reply(200)])
    const seen: PlatformContext[] = []
    const platform = fakePlatform({
      request: (payload, context) => (
        seen.push(context),
        { method: 'POST', url: WEBHOOK, headers: {}, body: JSON.stringify(payload) }
      ),
      parse: (answer, context) => (seen.push(context), parseFake(answer)),
      complete: async (delivered, context) => (seen.push(context), delivered)
    })
    await deliver(platform, {}, ctx, options, h.deps)
    expect(seen).toHaveLength(5) // request, parse (503), request, parse (200), complete
    expect(new Set(seen).size).toBe(1)
  })

  it('asks whether an attempt delivered only after one that may have reached the service (timeout, reset, 5xx)', async () => {
    const h = harness([
      reply(429, { message: 'slow down' }, { 'retry-after': '1' }),
      new TransportError('no complete reply within 15 s', 'timeout'),
      reply(503, { message: 'busy' }),
      new TransportError('connection to host failed: connect ECONNREFUSED 127.0.0.1:1', 'connection'),
      reply(200)
    ])
    const asked: number[] = []
    await deliver(fakePlatform(), {}, ctx, { ...options, maxWaitSeconds: 600 }, h.deps, {
      deliveredBeforeRetry: async () => void asked.push(h.requests.length)
    })
    // after the timeout (2 requests so far) and the 503 (3); not after the 429 or the refused connection
    expect(asked).toEqual([2, 3])
  })

  it('builds the request again for each retry (fresh signatures), passing its warnings on once', async () => {
    const h = harness([reply(503, { message: 'busy' }), reply(200)])
    let built = 0
    const warnings: string[] = []
    const platform = fakePlatform({
      request: (_payload, context) => {
        context.warn({ path: 'headers.authorization', message: 'removed "Bearer "' })
        return { method: 'POST', url: WEBHOOK, headers: { 'x-attempt': String(++built) } }
      }
    })
    await deliver(platform, {}, { ...ctx, warn: problem => void warnings.push(problem.message) }, options, h.deps)
    expect(h.requests.map(request => request.headers['x-attempt'])).toEqual(['1', '2'])
    expect(warnings).toEqual(['removed "Bearer "'])
  })

  it('retries a retryable status with jittered exponential backoff and logs each retry', async () => {
    const h = harness([reply(503, { message: 'busy' }), reply(503, { message: 'busy' }), reply(200)])
    const result = await deliver(fakePlatform(), {}, ctx, options, h.deps)
    expect(result.attempts).toBe(3)
    expect(h.sleeps).toEqual([500, 1000])
    expect(h.logs).toEqual([
      'Discord delivery: attempt 2/5 in 0.5 s: HTTP 503: busy',
      'Discord delivery: attempt 3/5 in 1 s: HTTP 503: busy'
    ])
  })

  it('waits the Retry-After seconds of a rate limit, plus a spread of up to half of it', async () => {
    for (const [random, expected] of [
      [0, 7000],
      [0.5, 8750],
      [0.999, 10_496.5]
    ]) {
      const h = harness([reply(429, { message: 'slow down' }, { 'retry-after': '7' }), reply(200)], random)
      await deliver(fakePlatform(), {}, ctx, options, h.deps)
      expect(h.sleeps).toEqual([expected])
    }
  })

  it('waits until a Retry-After HTTP date', async () => {
    const h = harness([reply(503, {}, { 'retry-after': 'Thu, 08 Jan 2026 10:00:30 GMT' }), reply(200)])
    await deliver(fakePlatform(), {}, ctx, options, h.deps)
    expect(h.sleeps).toEqual([30_000])
  })

  it("waits the retry_after the platform read from the body (Discord's rate limit), never shorter", async () => {
    const h = harness([reply(429, { message: 'rate limited', retry_after: 1.2345 }), reply(200)], 0)
    await deliver(fakePlatform(), {}, ctx, options, h.deps)
    expect(h.sleeps).toEqual([1235])
  })

  it('falls back to backoff when the body gives an unusable retry_after', async () => {
    const h = harness([reply(429, { retry_after: -1 }), reply(200)])
    await deliver(fakePlatform(), {}, ctx, options, h.deps)
    expect(h.sleeps).toEqual([500])
  })

  it('takes the longer wait when both header and body ask for one', async () => {
    const h = harness(
      [
        reply(429, { retry_after: 2 }, { 'retry-after': '5' }),
        reply(429, { retry_after: 9 }, { 'retry-after': '5' }),
        reply(200)
      ],
      0
    )
    await deliver(fakePlatform(), {}, ctx, options, h.deps)
    expect(h.sleeps).toEqual([5000, 9000])
  })

  it('fails at once, without sleeping, when the service asks for a wait beyond what is left of max-wait', async () => {
    const h = harness([reply(429, { message: 'You are being rate limited.' }, { 'retry-after': '300' })])
    const error = await deliveryError(deliver(fakePlatform(), {}, ctx, options, h.deps))
    expect(error.message).toBe(
      'Discord asked to wait 300 s before retrying the delivery (Retry-After), more than the 120 s left of max-wait; raise max-wait or ' +
        're-run the failed workflow run when the service is back (Dagster+ does not send the alert again). Last reply after 1 attempt: HTTP 429: You are being rate limited.'
    )
    expect(error.attempts).toBe(1)
    expect(h.sleeps).toEqual([])
    expect(h.requests).toHaveLength(1)
  })

  it('counts earlier waits against max-wait when judging a requested wait', async () => {
    const h = harness([reply(503, {}, { 'retry-after': '100' }), reply(429, { retry_after: 30 })])
    const error = await deliveryError(deliver(fakePlatform(), {}, ctx, options, h.deps))
    expect(error.message).toMatch(
      /^Discord asked to wait 30 s before retrying the delivery \(retry_after in the reply body\), more than the 20 s left/
    )
    expect(h.sleeps).toEqual([100_000])
  })

  it('clamps a backoff to what is left of max-wait, makes one last attempt, then gives up', async () => {
    const h = harness([reply(503), reply(503), reply(503)], 1)
    const error = await deliveryError(deliver(fakePlatform(), {}, ctx, { ...options, maxWaitSeconds: 1.5 }, h.deps))
    expect(h.sleeps).toEqual([1000, 500])
    expect(error.attempts).toBe(3)
    expect(error.message).toBe(
      'Discord delivery failed after 3 attempts: the 1.5 s of max-wait are used up. Last error: HTTP 503: status 503. ' +
        'Raise max-wait or re-run the failed workflow run when the service is back (Dagster+ does not send the alert again)'
    )
  })

  it('gives up after maxAttempts, counting the first, with the last platform message', async () => {
    const h = harness([
      reply(500, { message: 'first' }),
      reply(502, { message: 'second' }),
      reply(504, { message: 'third' })
    ])
    const error = await deliveryError(deliver(fakePlatform(), {}, ctx, { ...options, maxAttempts: 3 }, h.deps))
    expect(h.requests).toHaveLength(3)
    expect(h.sleeps).toHaveLength(2)
    expect(error.attempts).toBe(3)
    expect(error.response).toBe('{"message":"third"}')
    expect(error.message).toMatch(
      /^Discord delivery failed after 3 attempts: HTTP 504: third\. The service may be down/
    )
  })

  it.each([400, 401, 404, 413, 501, 505])('does not retry HTTP %i', async status => {
    const h = harness([reply(status, { message: 'Invalid Form Body' })])
    const error = await deliveryError(deliver(fakePlatform(), {}, ctx, options, h.deps))
    expect(error.message).toBe(`Discord did not accept the delivery (HTTP ${status}, not retried): Invalid Form Body`)
    expect(error.attempts).toBe(1)
    expect(h.requests).toHaveLength(1)
    expect(h.sleeps).toEqual([])
  })

  it('retries when the platform says so despite HTTP 200 (Linear RATELIMITED)', async () => {
    const h = harness([reply(200, { message: 'RATELIMITED', retry: true }), reply(200)])
    const result = await deliver(fakePlatform(), {}, ctx, options, h.deps)
    expect(result.attempts).toBe(2)
    expect(h.logs).toEqual(['Discord delivery: attempt 2/5 in 0.5 s: HTTP 200: RATELIMITED'])
  })

  it('does not retry a retryable status when the platform says it would not help', async () => {
    const h = harness([reply(503, { message: 'permanent', retry: false })])
    const error = await deliveryError(deliver(fakePlatform(), {}, ctx, options, h.deps))
    expect(error.message).toBe('Discord did not accept the delivery (HTTP 503, not retried): permanent')
  })

  it('never retries a redirect and points at the url input', async () => {
    const h = harness([reply(301, '', { location: 'https://elsewhere.example/hook' })])
    const error = await deliveryError(deliver(fakePlatform(), {}, ctx, options, h.deps))
    expect(error.message).toBe(
      'Discord answered HTTP 301, a redirect to https://elsewhere.example/hook. Redirects are not followed, so ' +
        'credentials never reach another host: check the url input and use the final address'
    )
    expect(h.requests).toHaveLength(1)
  })

  it('retries timeouts and connection errors, saying which', async () => {
    const h = harness([
      new TransportError('no complete reply within 15 s', 'timeout'),
      new TransportError('connection to discord.com failed: read ECONNRESET', 'connection'),
      reply(200)
    ])
    const result = await deliver(fakePlatform(), {}, ctx, options, h.deps)
    expect(result.attempts).toBe(3)
    expect(h.logs).toEqual([
      'Discord delivery: attempt 2/5 in 0.5 s: timeout: no complete reply within 15 s',
      'Discord delivery: attempt 3/5 in 1 s: connection to discord.com failed: read ECONNRESET'
    ])
  })

  it('does not retry a request Node refused to make (a header it cannot send), and says which inputs to check', async () => {
    const h = harness([
      new TransportError('Invalid character in header content ["x-api-key"]', 'invalid-request', 'discord.com'),
      reply(200)
    ])
    const error = await deliveryError(deliver(fakePlatform(), {}, ctx, options, h.deps))
    expect(h.requests).toHaveLength(1)
    expect(h.sleeps).toEqual([])
    expect(error.message).toBe(
      'Discord: nothing was sent to discord.com, as Node refused the request (Invalid character in header content ' +
        '["x-api-key"]), which no retry changes: a header value must be one line of printable characters. Check the ' +
        'headers, token and email inputs'
    )
  })

  it('reports the transport failure when attempts run out on it', async () => {
    const timeout = () => new TransportError('no complete reply within 15 s', 'timeout')
    const h = harness([timeout(), timeout()])
    const error = await deliveryError(deliver(fakePlatform(), {}, ctx, { ...options, maxAttempts: 2 }, h.deps))
    expect(error.message).toMatch(/^Discord delivery failed after 2 attempts: timeout: no complete reply within 15 s\./)
    expect(error.response).toBeUndefined()
  })

  it('lets an unexpected transport error through unchanged', async () => {
    const h = harness([])
    await expect(deliver(fakePlatform(), {}, ctx, options, h.deps)).rejects.toThrow(
      'the test script ran out of replies'
    )
  })

  it('redacts secrets from failure messages, responses and log lines', async () => {
    const echo = { message: `unknown webhook ${WEBHOOK} (${encodeURIComponent(TOKEN)})` }
    const h = harness([reply(503, echo), reply(404, echo)])
    const error = await deliveryError(deliver(fakePlatform(), {}, ctx, options, h.deps))
    for (const text of [error.message, error.response ?? '', ...h.logs]) {
      expect(text).not.toContain(TOKEN)
      expect(text).toContain('https://discord.com/api/webhooks/123/***')
    }
  })

  it('caps the platform error text at 1 KiB', async () => {
    const h = harness([reply(400, { message: 'x'.repeat(5000) })])
    const error = await deliveryError(deliver(fakePlatform(), {}, ctx, options, h.deps))
    expect(error.message).toBe(`Discord did not accept the delivery (HTTP 400, not retried): ${'x'.repeat(1023)}…`)
  })

  it('redacts before capping, so a secret cut in half cannot leak its first part', async () => {
    const h = harness([reply(400, { message: 'x'.repeat(1010) + TOKEN })])
    const error = await deliveryError(deliver(fakePlatform(), {}, ctx, options, h.deps))
    expect(error.message).toContain('x***')
    expect(error.message).not.toContain(TOKEN.slice(0, 10))
  })

  describe('after success', () => {
    it('lets the platform finish with follow-up requests under the same retry policy', async () => {
      const h = harness([reply(200, { id: '3' }), reply(503), reply(200, { guild_id: '42' })])
      const platform = fakePlatform({
        complete: async (delivered, _ctx, send) => {
          const guild = await send({ method: 'GET', url: WEBHOOK, headers: {} })
          return { ...delivered, url: `https://discord.com/channels/${JSON.parse(guild.body).guild_id}/2/3` }
        }
      })
      const result = await deliver(platform, {}, ctx, options, h.deps)
      const url = 'https://discord.com/channels/42/2/3'
      expect(result).toEqual({ url, id: '3', status: 'sent', attempts: 1, response: '{"id":"3"}' })
      expect(h.requests.map(request => request.method)).toEqual(['POST', 'GET', 'GET'])
      expect(h.sleeps).toEqual([500])
      // The retry's message is the platform's reading of the reply.
      expect(h.logs).toEqual(['Discord request to discord.com: attempt 2/5 in 0.5 s: HTTP 503: status 503'])
    })

    it('retries a follow-up reply the platform reads as not done yet, although its status is not retryable', async () => {
      const notYet = { ...reply(404, { message: 'not processed yet' }), headers: { 'x-not-yet': '1' } }
      const h = harness([reply(202, { id: '3' }), notYet, reply(200, { done: true })])
      const platform = fakePlatform({
        parse: answer =>
          answer.headers['x-not-yet'] ? { ok: false, message: 'not yet', retry: true } : parseFake(answer),
        complete: async (delivered, _ctx, send) => {
          const status = await send({ method: 'GET', url: WEBHOOK, headers: {} })
          return { ...delivered, url: JSON.parse(status.body).done ? 'https://example.com/done' : '' }
        }
      })
      const result = await deliver(platform, {}, ctx, options, h.deps)
      expect(result.url).toBe('https://example.com/done')
      expect(h.requests.map(request => request.method)).toEqual(['POST', 'GET', 'GET'])
      expect(h.sleeps).toHaveLength(1)
    })

    it('hands any non-retryable follow-up reply to the platform to judge', async () => {
      const h = harness([reply(200), reply(404, { message: 'Unknown Webhook' })])
      const seen: number[] = []
      const platform = fakePlatform({
        complete: async (delivered, _ctx, send) => {
          seen.push((await send({ method: 'GET', url: WEBHOOK, headers: {} })).status)
          return delivered
        }
      })
      await deliver(platform, {}, ctx, options, h.deps)
      expect(seen).toEqual([404])
    })

    it('keeps the delivery when the follow-up fails, and logs why (redacted)', async () => {
      const h = harness([reply(200)])
      const platform = fakePlatform({
        complete: async () => {
          throw new Error(`lookup of ${WEBHOOK} broke`)
        }
      })
      const result = await deliver(platform, {}, ctx, options, h.deps)
      expect(result).toMatchObject({ url: MESSAGE_URL, attempts: 1 })
      expect(h.logs).toEqual([
        `Discord: delivered, but a request after the delivery failed (lookup of https://discord.com/api/webhooks/123/*** broke); keeping ${MESSAGE_URL}`
      ])
    })

    it('shares the max-wait budget between the delivery and its follow-ups', async () => {
      const h = harness([reply(503, {}, { 'retry-after': '100' }), reply(200), reply(429, {}, { 'retry-after': '30' })])
      const failures: string[] = []
      const platform = fakePlatform({
        complete: async (delivered, _ctx, send) => {
          await send({ method: 'GET', url: WEBHOOK, headers: {} }).catch((error: Error) => failures.push(error.message))
          return delivered
        }
      })
      await deliver(platform, {}, ctx, options, h.deps)
      expect(failures).toEqual([
        expect.stringMatching(
          /^Discord asked to wait 30 s before retrying the request to discord\.com \(Retry-After\), more than the 20 s left/
        )
      ])
      expect(h.sleeps).toEqual([100_000])
    })
  })
})

describe('defaultDeliveryDeps', () => {
  it('sleeps for real, draws jitter from [0, 1) and tells the time', async () => {
    const log = (): void => {}
    const secrets = new Secrets()
    const deps = defaultDeliveryDeps(secrets, log)
    const start = performance.now()
    await deps.sleep(30)
    expect(performance.now() - start).toBeGreaterThanOrEqual(25)
    expect(deps.random()).toBeGreaterThanOrEqual(0)
    expect(deps.random()).toBeLessThan(1)
    expect(Math.abs(deps.now().getTime() - Date.now())).toBeLessThan(1000)
    expect(deps.secrets).toBe(secrets)
    expect(deps.log).toBe(log)
    expect(typeof deps.transport).toBe('function')
  })
})

describe('deliver: rate limits are waits, not failures', () => {
  const limited = (seconds: number) => reply(429, { message: 'slow down' }, { 'retry-after': String(seconds) })

  it('does not count rate-limit replies against max-attempts, and reports each wait', async () => {
    const h = harness([limited(1), limited(1), limited(1), limited(1), reply(200)], 0)
    const waits: number[] = []
    const result = await deliver(
      fakePlatform(),
      {},
      ctx,
      { ...options, maxAttempts: 2 },
      { ...h.deps, onRateLimitWait: ms => void waits.push(ms) }
    )
    expect(result.attempts).toBe(5)
    expect(waits).toEqual([1000, 1000, 1000, 1000])
    expect(h.logs[0]).toBe(
      'Discord delivery: rate limited, retrying in 1 s (does not count against max-attempts): HTTP 429: slow down'
    )
  })

  it('keeps bounding real errors by max-attempts between rate limits', async () => {
    const h = harness([reply(503, { message: 'busy' }), limited(1), reply(502, { message: 'bad gateway' })], 0)
    const error = await deliveryError(deliver(fakePlatform(), {}, ctx, { ...options, maxAttempts: 2 }, h.deps))
    expect(error.attempts).toBe(3)
    expect(error.message).toMatch(/^Discord delivery failed after 3 attempts: HTTP 502: bad gateway/)
  })

  it('is bounded by max-wait: a wait beyond what is left fails at once, saying how long it already waited', async () => {
    const h = harness([limited(4), limited(4), limited(4)], 0)
    const error = await deliveryError(deliver(fakePlatform(), {}, ctx, { ...options, maxWaitSeconds: 10 }, h.deps))
    expect(h.sleeps).toEqual([4000, 4000])
    expect(error.message).toMatch(
      /^Discord asked to wait 4 s before retrying the delivery \(Retry-After\), more than the 2 s left of max-wait \(8 s already waited for rate limits\)/
    )
  })

  it('clamps the spread to what is left of max-wait', async () => {
    const h = harness([limited(4), reply(200)], 0.999)
    await deliver(fakePlatform(), {}, ctx, { ...options, maxWaitSeconds: 5 }, h.deps)
    expect(h.sleeps).toEqual([5000])
  })

  it('a rate limit that asks for no wait: backoff with full jitter, never under 0.25 s, until max-wait is spent', async () => {
    const h = harness(
      Array.from({ length: 10 }, () => reply(429, { message: 'slow' })),
      0
    )
    const error = await deliveryError(deliver(fakePlatform(), {}, ctx, { ...options, maxWaitSeconds: 1 }, h.deps))
    expect(h.sleeps).toEqual([250, 250, 250, 250])
    expect(error.message).toMatch(
      /^Discord is still rate limiting the delivery after 5 attempts: the 1 s of max-wait are used up \(1 s of them waiting for rate limits\)/
    )
  })

  it('a platform-read rate limit in a non-429 reply (Linear 400 RATELIMITED) waits for the empty bucket to refill', async () => {
    const headers = { 'x-left': '0', 'x-refill': String(NOW.getTime() + 6000) }
    const h = harness([reply(400, { message: 'RATELIMITED', retry: true }, headers), reply(200)], 0)
    const platform = fakePlatform({
      parse: answer => ({
        ...(parseFake(answer) as Extract<Verdict, { ok: false }>),
        ...(answer.status === 400 && { rateLimited: true as const })
      })
    })
    const buckets = [{ remaining: 'x-left', reset: 'x-refill', resetIn: 'epoch-milliseconds' as const }]
    const result = await deliver(platform, {}, ctx, { ...options, maxAttempts: 1, rateLimitHeaders: buckets }, h.deps)
    expect(result.attempts).toBe(2)
    expect(h.sleeps).toEqual([6000])
  })

  it('a reply that shows an empty bucket (even a success) makes the next request wait for its refill, not spend itself', async () => {
    const empty = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': '2' }
    const h = harness([reply(200, { id: '3' }, empty), reply(200, { guild_id: '42' })], 0.5)
    const platform = fakePlatform({
      complete: async (delivered, _ctx, send) => (await send({ method: 'GET', url: WEBHOOK, headers: {} }), delivered)
    })
    const waits: number[] = []
    const buckets = [
      { remaining: 'x-ratelimit-remaining', reset: 'x-ratelimit-reset-after', resetIn: 'seconds' as const }
    ]
    await deliver(
      platform,
      {},
      ctx,
      { ...options, rateLimitHeaders: buckets },
      { ...h.deps, onRateLimitWait: ms => void waits.push(ms) }
    )
    expect(h.sleeps).toEqual([2500]) // the refill plus the spread (half of 1 s at random 0.5)
    expect(waits).toEqual([2500])
    expect(h.logs).toEqual([
      'Discord request to discord.com: the rate-limit bucket is empty: waiting 2.5 s for it to refill'
    ])
  })

  it('does not wait for a refill beyond max-wait: it sends, and the reply says what to do', async () => {
    const h = harness(
      [reply(200, { id: '3' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': '3600' }), reply(200)],
      0
    )
    const platform = fakePlatform({
      complete: async (delivered, _ctx, send) => (await send({ method: 'GET', url: WEBHOOK, headers: {} }), delivered)
    })
    const buckets = [
      { remaining: 'x-ratelimit-remaining', reset: 'x-ratelimit-reset-after', resetIn: 'seconds' as const }
    ]
    await deliver(platform, {}, ctx, { ...options, rateLimitHeaders: buckets }, h.deps)
    expect(h.sleeps).toEqual([])
    expect(h.requests).toHaveLength(2)
  })
})

describe('deliver: a host that does not resolve', () => {
  it('ENOTFOUND: not retried; names the host and the url input', async () => {
    const h = harness([
      new TransportError(
        'connection to acme.atlasian.net failed: getaddrinfo ENOTFOUND acme.atlasian.net',
        'connection',
        'acme.atlasian.net'
      )
    ])
    const error = await deliveryError(deliver(fakePlatform(), {}, ctx, options, h.deps))
    expect(h.requests).toHaveLength(1)
    expect(error.message).toBe(
      'Discord: the host acme.atlasian.net does not resolve (DNS: ENOTFOUND), so nothing was sent: check the url input for a typo in the host name'
    )
  })

  it('EAI_AGAIN (a temporary DNS failure): retried once, not through the whole budget', async () => {
    const again = () =>
      new TransportError(
        'connection to hooks.example failed: getaddrinfo EAI_AGAIN hooks.example',
        'connection',
        'hooks.example'
      )
    const h = harness([again(), again(), reply(200)])
    const error = await deliveryError(deliver(fakePlatform(), {}, ctx, options, h.deps))
    expect(h.requests).toHaveLength(2)
    expect(error.message).toMatch(
      /^Discord: the host hooks\.example did not resolve \(DNS: EAI_AGAIN, 2 attempts\): check the url input/
    )
  })

  it('names a failing request after the delivery by its host, not by internal wording', async () => {
    const h = harness([reply(200), reply(503), reply(503)])
    const failures: string[] = []
    const platform = fakePlatform({
      complete: async (delivered, _ctx, send) => {
        await send({ method: 'GET', url: WEBHOOK, headers: {} }).catch((error: Error) => failures.push(error.message))
        return delivered
      }
    })
    await deliver(platform, {}, ctx, { ...options, maxAttempts: 2 }, h.deps)
    expect(failures).toEqual([
      expect.stringMatching(/^Discord request to discord\.com failed after 2 attempts: HTTP 503/)
    ])
    expect(failures[0]).not.toContain('follow-up')
  })
})

describe('deliver: every retry waits at least the floor, and a spent max-wait stops the run', () => {
  const retryNow = () => reply(429, { message: 'slow down' }, { 'retry-after': '0' })
  const forever = (answer: () => Scripted, count = MAX_REQUESTS + 10) => Array.from({ length: count }, answer)

  it('Retry-After: 0 with max-wait 0: one request, no wait, a failure saying max-wait is spent', async () => {
    const h = harness(forever(retryNow))
    const error = await deliveryError(deliver(fakePlatform(), {}, ctx, { ...options, maxWaitSeconds: 0 }, h.deps))
    expect(h.requests).toHaveLength(1)
    expect(h.sleeps).toEqual([])
    expect(error.attempts).toBe(1)
    expect(error.message).toBe(
      'Discord is still rate limiting the delivery after 1 attempt: the 0 s of max-wait are used up. Last reply: HTTP 429: slow ' +
        'down. Raise max-wait or re-run the failed workflow run when the service is back (Dagster+ does not send the alert again)'
    )
  })

  it.each([
    ['Retry-After: 0', retryNow],
    ['a past Retry-After date', () => reply(429, {}, { 'retry-after': 'Thu, 01 Jan 2026 00:00:00 GMT' })],
    ["Discord's retry_after: 0 in the body", () => reply(429, { retry_after: 0 })],
    ['a negative retry_after', () => reply(429, { retry_after: -5 })],
    ['an empty bucket that refills at once', () => reply(429, {}, { 'x-left': '0', 'x-refill': '0' })],
    ['a 503 asking for Retry-After: 0', () => reply(503, {}, { 'retry-after': '0' })]
  ])('%s, forever, with max-wait 2: every wait at least the floor, then a stop', async (_, answer) => {
    const h = harness(forever(answer), 0)
    const buckets = [{ remaining: 'x-left', reset: 'x-refill', resetIn: 'seconds' as const }]
    const limits = { ...options, maxAttempts: 20, maxWaitSeconds: 2, rateLimitHeaders: buckets }
    const error = await deliveryError(deliver(fakePlatform(), {}, ctx, limits, h.deps))
    expect(h.sleeps.length).toBeGreaterThan(0)
    expect(Math.min(...h.sleeps)).toBeGreaterThanOrEqual(RETRY_FLOOR_MS)
    expect(h.sleeps.reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(2000)
    expect(h.requests.length).toBeLessThanOrEqual(2000 / RETRY_FLOOR_MS + 1)
    expect(error.message).toMatch(/after \d+ attempts: .*max-wait are used up/)
    expect(error.message).toContain('Raise max-wait')
  })

  it('a backoff that draws 0 still waits the floor', async () => {
    const h = harness(
      [reply(503), new TransportError('connection to discord.com failed: read ECONNRESET', 'connection'), reply(200)],
      0
    )
    await deliver(fakePlatform(), {}, ctx, options, h.deps)
    expect(h.sleeps).toEqual([RETRY_FLOOR_MS, RETRY_FLOOR_MS])
  })

  it('a request after the delivery (follow-up or tracker) retries on the same floor', async () => {
    const h = harness([reply(200), retryNow(), reply(200)], 0)
    const platform = fakePlatform({
      complete: async (delivered, _ctx, send) => (await send({ method: 'GET', url: WEBHOOK, headers: {} }), delivered)
    })
    await deliver(platform, {}, ctx, options, h.deps)
    expect(h.requests.map(request => request.method)).toEqual(['POST', 'GET', 'GET'])
    expect(h.sleeps).toEqual([RETRY_FLOOR_MS])
  })

  it('an empty bucket that has already refilled is still waited for, for the floor at least', async () => {
    const empty = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': '0' }
    const h = harness([reply(200, { id: '3' }, empty), reply(200)], 0)
    const platform = fakePlatform({
      complete: async (delivered, _ctx, send) => (await send({ method: 'GET', url: WEBHOOK, headers: {} }), delivered)
    })
    const buckets = [
      { remaining: 'x-ratelimit-remaining', reset: 'x-ratelimit-reset-after', resetIn: 'seconds' as const }
    ]
    await deliver(platform, {}, ctx, { ...options, rateLimitHeaders: buckets }, h.deps)
    expect(h.sleeps).toEqual([RETRY_FLOOR_MS])
  })

  it(`never sends more than ${MAX_REQUESTS} requests, however long max-wait is`, async () => {
    const h = harness(forever(retryNow), 0)
    const error = await deliveryError(deliver(fakePlatform(), {}, ctx, { ...options, maxWaitSeconds: 3600 }, h.deps))
    expect(h.requests).toHaveLength(MAX_REQUESTS)
    expect(error.attempts).toBe(MAX_REQUESTS)
    expect(error.message).toBe(
      `Discord: ${MAX_REQUESTS} requests were sent for this alert without finishing, so the run stops rather than ` +
        'flood the service. Check its status, or re-run the failed workflow run when the service is back (Dagster+ does not send the alert again)'
    )
  })
})

describe('retry lines and failures name the request', () => {
  it('a named delivery (a tracker create) and a named follow-up (a search), in every line and in the advice', async () => {
    const h = harness([
      reply(503, { message: 'busy' }),
      reply(429, { message: 'slow down' }, { 'retry-after': '1' }),
      reply(200, { id: '3' }),
      reply(503, { message: 'down' }),
      reply(503, { message: 'down' })
    ])
    const budget = new WaitBudget('Jira', { ...options, maxAttempts: 2 }, h.deps)
    await deliver(fakePlatform(), {}, ctx, options, h.deps, { budget, what: 'creation of the issue' })
    const search = followUpSender('Jira', budget, h.deps, undefined, 'search for open issues')
    const error = await deliveryError(search({ method: 'GET', url: 'https://acme.atlassian.net/search', headers: {} }))

    expect(h.logs).toEqual([
      'Jira creation of the issue: attempt 2/2 in 0.5 s: HTTP 503: busy',
      'Jira creation of the issue: rate limited, retrying in 1.3 s (does not count against max-attempts): HTTP 429: slow down',
      expect.stringMatching(/^Jira search for open issues: attempt 2\/2 in [\d.]+ s: HTTP 503: /)
    ])
    expect(error.message).toMatch(/^Jira search for open issues failed after 2 attempts: HTTP 503: /)
    expect(error.message).toMatch(
      /re-run the failed workflow run when the service is back \(Dagster\+ does not send the alert again\)$/
    )
  })
})
