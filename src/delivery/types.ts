/** What a delivery is configured with (the action's inputs) and what it runs on (injected for tests). */
import type { RateLimitHeaders } from '../platforms/types.js'
import type { Secrets } from '../secrets.js'
import type { Transport } from './transport.js'

export interface DeliveryOptions {
  /** Attempts per request, the first included. */
  maxAttempts: number
  /** Limit on one attempt, connect to last byte. */
  timeoutSeconds: number
  /** Limit on the sum of all waits between attempts of one delivery (follow-ups included), rate-limit waits included. */
  maxWaitSeconds: number
  /** The destination's bucket headers (`Platform.rateLimitHeaders`), read on every reply. */
  rateLimitHeaders?: readonly RateLimitHeaders[]
}

export interface DeliveryDeps {
  transport: Transport
  secrets: Secrets
  sleep(ms: number): Promise<void>
  random(): number
  now(): Date
  log(message: string): void
  /** Told of each wait for a rate limit (ms), so the caller can report how long the run waited for them. */
  onRateLimitWait?(ms: number): void
}
