/**
 * The arithmetic of rate limits, the same for every platform. A platform only says which replies are rate limits
 * (`Verdict.rateLimited`) and which headers describe its buckets (`Platform.rateLimitHeaders`).
 */
import type { RateLimitHeaders, Verdict } from '../platforms/types.js'
import type { HttpReply } from '../http.js'

/**
 * The random spread added on top of every rate-limit wait, so runs that were limited together come back apart:
 * uniform in [0, half the wait], but at least [0, 0.25 s] and at most [0, 30 s]. Half the wait spreads a storm's
 * retries over a stretch as long as half the service's window; the floor separates runs told "retry now"; the
 * cap keeps a long wait (a minute-long window) from growing by more than half a minute.
 */
const SPREAD_FRACTION = 0.5
export const SPREAD_MIN_MS = 250
export const SPREAD_MAX_MS = 30_000

/** Whether a reply says "not now" because of a rate limit: the platform's reading, else HTTP 429. */
export function isRateLimit(reply: HttpReply, verdict: Extract<Verdict, { ok: false }> | undefined): boolean {
  return verdict?.rateLimited === true || reply.status === 429
}

/** The random spread (ms) to add to a rate-limit wait of `waitMs`; see SPREAD_FRACTION. */
export function spreadMs(waitMs: number, random: () => number): number {
  const width = Math.min(SPREAD_MAX_MS, Math.max(SPREAD_MIN_MS, waitMs * SPREAD_FRACTION))
  return random() * width
}

/**
 * Milliseconds until the first of the reply's empty buckets refills (the longest when several are empty), or
 * undefined when no declared bucket is empty. Epoch seconds are measured against the service's clock (the reply's
 * `Date`, whole seconds too) when it sends one, so a runner clock that is off does not skew the wait; epoch
 * milliseconds against ours, as `Date` is too coarse for them.
 */
export function emptyBucketWaitMs(
  reply: HttpReply,
  buckets: readonly RateLimitHeaders[],
  now: Date
): number | undefined {
  const waits = buckets.flatMap(bucket => {
    const remaining = reply.headers[bucket.remaining]?.trim()
    const reset = Number(reply.headers[bucket.reset]?.trim() || NaN)
    if (remaining === undefined || remaining === '' || Number(remaining) > 0 || !Number.isFinite(reset)) return []
    if (bucket.resetIn === 'seconds') return [Math.max(0, reset * 1000)]
    if (bucket.resetIn === 'epoch-milliseconds') return [Math.max(0, reset - now.getTime())]
    return [Math.max(0, reset * 1000 - serviceNowMs(reply, now))]
  })
  return waits.length === 0 ? undefined : Math.ceil(Math.max(...waits))
}

function serviceNowMs(reply: HttpReply, now: Date): number {
  const date = Date.parse(reply.headers.date ?? '')
  return Number.isNaN(date) ? now.getTime() : date
}
