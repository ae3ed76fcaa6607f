/** What a delivery is configured with (the action's inputs) and what it runs on (injected for tests). */
import type { RateLimitHeaders } from '../platforms/types.js'
import type { Json } from '../json.js'
import type { Secrets } from '../secrets/secrets.js'
import type { Status } from '../status.js'
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

/** What a delivery came to, a tracked one's too; the run adds what its outputs say besides (RelayOutcome). */
export interface DeliveryOutcome {
  status: Status
  /** The page a person opens (message link, issue URL); '' when there is none. */
  url: string
  id: string
  /** Attempts of the request that made the outcome (the message, the create, the comment, the close); 0 when skipped. */
  attempts: number
  /** The platform's reply body, redacted ('' when an earlier attempt turned out to have delivered, or none was read). */
  response: string
  /** The payload as sent, when the delivery changed it (a tracked create carries the marker). */
  payload?: Json
  /** Why the outcome delivered nothing, or what it could not know (skipped, dry run of a tracked issue). */
  notice?: string
}
