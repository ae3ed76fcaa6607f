import { describe, expect, it } from '@jest/globals'
import { emptyBucketWaitMs, isRateLimit, SPREAD_MAX_MS, SPREAD_MIN_MS, spreadMs } from '../src/delivery/rate-limit.js'
import type { RateLimitHeaders } from '../src/platforms/types.js'
import type { HttpReply } from '../src/http.js'

const NOW = new Date('2026-01-08T10:00:00.000Z')
const SECONDS: RateLimitHeaders = {
  remaining: 'x-ratelimit-remaining',
  reset: 'x-ratelimit-reset-after',
  resetIn: 'seconds'
}
const EPOCH_S: RateLimitHeaders = {
  remaining: 'x-ratelimit-remaining',
  reset: 'x-ratelimit-reset',
  resetIn: 'epoch-seconds'
}
const EPOCH_MS: RateLimitHeaders = {
  remaining: 'x-requests-remaining',
  reset: 'x-requests-reset',
  resetIn: 'epoch-milliseconds'
}

function reply(headers: Record<string, string>, status = 200): HttpReply {
  return { status, headers, body: '' }
}

describe('spreadMs', () => {
  it('adds nothing at the low end and at most half the wait at the high end', () => {
    expect(spreadMs(10_000, () => 0)).toBe(0)
    expect(spreadMs(10_000, () => 0.5)).toBe(2500)
    expect(spreadMs(10_000, () => 0.999_999)).toBeLessThan(5000)
  })

  it('spreads even a wait of zero over the floor, and never beyond the cap', () => {
    expect(spreadMs(0, () => 0.999_999)).toBeCloseTo(SPREAD_MIN_MS, 0)
    expect(SPREAD_MIN_MS).toBe(250)
    expect(spreadMs(3_600_000, () => 0.999_999)).toBeCloseTo(SPREAD_MAX_MS, 0)
    expect(SPREAD_MAX_MS).toBe(30_000)
  })

  it('stays within [0, bound) for any draw', () => {
    for (let i = 0; i < 1000; i++) {
      const wait = Math.random() * 120_000
      const spread = spreadMs(wait, Math.random)
      expect(spread).toBeGreaterThanOrEqual(0)
      expect(spread).toBeLessThan(Math.min(SPREAD_MAX_MS, Math.max(SPREAD_MIN_MS, wait / 2)))
    }
  })
})

describe('emptyBucketWaitMs', () => {
  it('reads a reset given in seconds from now, only when nothing remains', () => {
    expect(
      emptyBucketWaitMs(reply({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': '1.5' }), [SECONDS], NOW)
    ).toBe(1500)
    expect(
      emptyBucketWaitMs(reply({ 'x-ratelimit-remaining': '1', 'x-ratelimit-reset-after': '1.5' }), [SECONDS], NOW)
    ).toBeUndefined()
    expect(emptyBucketWaitMs(reply({}), [SECONDS], NOW)).toBeUndefined()
    expect(emptyBucketWaitMs(reply({ 'x-ratelimit-remaining': '0' }), [SECONDS], NOW)).toBeUndefined()
  })

  it("reads epoch seconds against the service's clock (the Date header) when it sends one", () => {
    const date = 'Thu, 08 Jan 2026 09:59:00 GMT' // the service's clock is a minute behind ours
    const reset = String(Date.parse(date) / 1000 + 30)
    expect(
      emptyBucketWaitMs(reply({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset, date }), [EPOCH_S], NOW)
    ).toBe(30_000)
    const resetByOurClock = String(NOW.getTime() / 1000 + 12)
    expect(
      emptyBucketWaitMs(reply({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': resetByOurClock }), [EPOCH_S], NOW)
    ).toBe(12_000)
  })

  it('reads epoch milliseconds, and a reset already past as no wait', () => {
    expect(
      emptyBucketWaitMs(
        reply({ 'x-requests-remaining': '0', 'x-requests-reset': String(NOW.getTime() + 4321) }),
        [EPOCH_MS],
        NOW
      )
    ).toBe(4321)
    expect(
      emptyBucketWaitMs(
        reply({ 'x-requests-remaining': '0', 'x-requests-reset': String(NOW.getTime() - 5000) }),
        [EPOCH_MS],
        NOW
      )
    ).toBe(0)
  })

  it('waits for the latest of several empty buckets', () => {
    const headers = {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset-after': '2',
      'x-requests-remaining': '0',
      'x-requests-reset': String(NOW.getTime() + 9000)
    }
    expect(emptyBucketWaitMs(reply(headers), [SECONDS, EPOCH_MS], NOW)).toBe(9000)
  })
})

describe('isRateLimit', () => {
  it('is HTTP 429 by default, or whatever the platform reads as one', () => {
    expect(isRateLimit(reply({}, 429), { ok: false, message: '' })).toBe(true)
    expect(isRateLimit(reply({}, 400), { ok: false, message: '', rateLimited: true })).toBe(true)
    expect(isRateLimit(reply({}, 503), { ok: false, message: '', retry: true })).toBe(false)
  })
})
