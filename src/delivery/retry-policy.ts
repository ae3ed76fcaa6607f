/**
 * When to try again and how long to wait: the same for every platform. A platform only reads its replies
 * (`Verdict.retry`, `Verdict.retryAfterSeconds`); it never decides how retries happen.
 */

/** Statuses that say "not now" rather than "not this": timeouts, rate limits and transient server errors. */
const RETRYABLE_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504])

const BACKOFF_BASE_MS = 1000
const BACKOFF_CAP_MS = 30_000

/**
 * The least wait before any retry, whatever set the wait (the service's `Retry-After: 0`, a bucket that refills at
 * once, a backoff that drew 0): a run never sends again without waiting, so a service that keeps answering "retry
 * now" costs four requests a second at most, and a spent max-wait stops the run instead of letting it spin.
 */
export const RETRY_FLOOR_MS = 250

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status)
}

/**
 * The wait a `Retry-After` header asks for, in seconds: delay-seconds or an HTTP date (a date already past
 * means "now", 0). Undefined when the header is absent or unreadable.
 */
export function retryAfterSeconds(headers: Record<string, string | undefined>, now: Date): number | undefined {
  const value = headers['retry-after']?.trim()
  if (!value) return undefined
  if (/^\d+(?:\.\d+)?$/.test(value)) return Number(value)
  // Date.parse also accepts bare numbers and other non-dates; an HTTP date always names a day or month.
  const date = /[a-z]/i.test(value) ? Date.parse(value) : NaN
  if (Number.isNaN(date)) return undefined
  return Math.max(0, (date - now.getTime()) / 1000)
}

/**
 * Exponential backoff with full jitter: anywhere between 0 and `base * 2^retry` (capped), so clients that
 * failed together do not come back together. `retry` is 0 before the second attempt.
 */
export function backoffMs(retry: number, random: () => number): number {
  return random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** retry)
}
