export class FixedWindow {
  constructor(options: { limit: number; windowMs: number; now?: () => number })
  readonly limit: number
  readonly windowMs: number
  take(key: string): { ok: boolean; remaining: number; resetAfterMs: number }
}

export class SlidingWindow {
  constructor(options: { limit: number; windowMs: number; now?: () => number })
  readonly limit: number
  readonly windowMs: number
  /** Milliseconds until `key` has room (0: now); counts nothing. */
  wait(key: string): number
  take(key: string): { ok: boolean; remaining: number; retryAfterMs: number }
}

export class TokenBucket {
  constructor(options: { capacity: number; intervalMs: number; now?: () => number })
  take(key: string): { ok: boolean; retryAfterMs: number; remaining: number; fullAfterMs: number }
}

export function retryAfterHeader(ms: number): string

/** Options every stand-in with rate limits takes. */
export interface RateLimitOptions {
  /** Enforce the service's documented rate limits (default true). */
  rateLimits?: boolean
  /** Multiplies every rate-limit window (default 1, the real limits); 0.05 runs a storm 20 times faster. */
  timeScale?: number
}
