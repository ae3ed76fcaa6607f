// @ts-check
/**
 * The rate limits stand-ins enforce, in the shapes the services document (research/rate-limits.md). Every window
 * is multiplied by the stand-in's `timeScale` (default 1, the real limits): 0.05 turns Discord's 2 s bucket into
 * 100 ms, so a storm test runs in seconds and the waits the replies ask for shrink with it.
 */

/**
 * A fixed window per key: `limit` requests, then refusals until the window that began with the first request ends.
 */
export class FixedWindow {
  /** @param {{ limit: number, windowMs: number, now?: () => number }} options */
  constructor({ limit, windowMs, now = Date.now }) {
    this.limit = limit
    this.windowMs = windowMs
    this.now = now
    /** @type {Map<string, { start: number, count: number }>} */
    this.windows = new Map()
  }

  /**
   * Counts one request for `key` if the window has room.
   * @param {string} key
   * @returns {{ ok: boolean, remaining: number, resetAfterMs: number }}
   */
  take(key) {
    const window = this.current(key)
    const ok = window.count < this.limit
    if (ok) window.count++
    return { ok, remaining: this.limit - window.count, resetAfterMs: window.start + this.windowMs - this.now() }
  }

  /** @param {string} key */
  current(key) {
    const now = this.now()
    let window = this.windows.get(key)
    if (!window || now >= window.start + this.windowMs) {
      window = { start: now, count: 0 }
      this.windows.set(key, window)
    }
    return window
  }
}

/**
 * A rolling window per key: at most `limit` requests in the `windowMs` looking back from now (PagerDuty's events
 * limit, Opsgenie's per-minute and per-second domain limits). A refusal is not counted.
 */
export class SlidingWindow {
  /** @param {{ limit: number, windowMs: number, now?: () => number }} options */
  constructor({ limit, windowMs, now = Date.now }) {
    this.limit = limit
    this.windowMs = windowMs
    this.now = now
    /** @type {Map<string, number[]>} */
    this.times = new Map()
  }

  /**
   * How long until `key` has room (0: now), without counting a request; for limits checked together.
   * @param {string} key
   */
  wait(key) {
    const now = this.now()
    const times = this.times.get(key) ?? []
    let expired = 0
    while (expired < times.length && times[expired] <= now - this.windowMs) expired++
    times.splice(0, expired)
    this.times.set(key, times)
    return times.length < this.limit ? 0 : times[0] + this.windowMs - now
  }

  /**
   * Counts one request for `key` if the window has room; else says how long until the oldest one leaves it.
   * @param {string} key
   * @returns {{ ok: boolean, remaining: number, retryAfterMs: number }}
   */
  take(key) {
    const retryAfterMs = this.wait(key)
    const times = /** @type {number[]} */ (this.times.get(key))
    if (retryAfterMs === 0) times.push(this.now())
    return { ok: retryAfterMs === 0, remaining: this.limit - times.length, retryAfterMs }
  }
}

/** A bucket per key of `capacity` tokens (the burst), refilled by one every `intervalMs` (the steady rate). */
export class TokenBucket {
  /** @param {{ capacity: number, intervalMs: number, now?: () => number }} options */
  constructor({ capacity, intervalMs, now = Date.now }) {
    this.capacity = capacity
    this.intervalMs = intervalMs
    this.now = now
    /** @type {Map<string, { tokens: number, at: number }>} */
    this.buckets = new Map()
  }

  /**
   * Takes a token for `key` if there is one; else says how long until there is. `remaining` is the whole tokens
   * left, `fullAfterMs` how long until the bucket is full again.
   * @param {string} key
   * @returns {{ ok: boolean, retryAfterMs: number, remaining: number, fullAfterMs: number }}
   */
  take(key) {
    const now = this.now()
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, at: now }
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.at) / this.intervalMs)
    bucket.at = now
    this.buckets.set(key, bucket)
    const ok = bucket.tokens >= 1
    if (ok) bucket.tokens -= 1
    const retryAfterMs = ok ? 0 : (1 - bucket.tokens) * this.intervalMs
    return {
      ok,
      retryAfterMs,
      remaining: Math.floor(bucket.tokens),
      fullAfterMs: (this.capacity - bucket.tokens) * this.intervalMs
    }
  }
}

/** Whole seconds a `Retry-After` header carries for a wait of `ms` (rounded up, as services do; at least 1). */
export function retryAfterHeader(ms) {
  return String(Math.max(1, Math.ceil(ms / 1000)))
}
