import { DeliveryError } from '../errors.js'
import type { HttpReply, HttpRequest } from '../http.js'
import type { Failure, Outcome } from './outcome.js'
import { emptyBucketWaitMs, spreadMs } from './rate-limit.js'
import { backoffMs, RETRY_FLOOR_MS } from './retry-policy.js'
import { TransportError } from './exchange.js'
import type { DeliveryDeps, DeliveryOptions } from './types.js'

/** What to do about an alert a failed delivery leaves undelivered: Dagster+ sends each alert once. */
const RERUN = 're-run the failed workflow run when the service is back (Dagster+ does not send the alert again)'

/** A temporary DNS failure (EAI_AGAIN) gets this many attempts of a request, not all of max-attempts. */
const DNS_ATTEMPTS = 2

/**
 * The most requests one budget (a delivery with its follow-ups and tracker requests) sends, whatever the replies
 * say: the last line of defence against a loop the waits do not stop. A storm's slowest run, waiting out rate
 * limits for minutes, stays far below it.
 */
export const MAX_REQUESTS = 200

/**
 * Attempts of each request, and the max-wait budget all of them share. Real errors (5xx, timeouts, resets) use
 * up max-attempts; rate limits only max-wait. Every retry waits at least RETRY_FLOOR_MS, and a run that cannot
 * afford that stops. Every request goes through `send`, which first waits for a bucket an earlier reply said was
 * empty, and which refuses to send more than MAX_REQUESTS.
 */
export class WaitBudget {
  private waitedMs = 0
  private requests = 0
  private rateLimitWaitedMs = 0
  /** When the bucket an earlier reply reported empty refills (epoch ms), until the next request waits for it. */
  private bucketRefillsAt: number | undefined

  constructor(
    private readonly service: string,
    private readonly options: DeliveryOptions,
    private readonly deps: DeliveryDeps
  ) {}

  /**
   * Runs `attempt` (given its number, from 1) until it is done, fails for good, runs out of attempts or out of wait.
   * `what` names the request (the delivery, a search for open issues, a comment) in every line and message.
   */
  async run<T>(what: string, attempt: (n: number) => Promise<Outcome<T>>): Promise<{ value: T; attempts: number }> {
    const { maxAttempts } = this.options
    let errors = 0
    let rateLimits = 0
    let dnsFailures = 0
    for (let n = 1; ; n++) {
      const outcome = await attempt(n)
      if (outcome.done) return { value: outcome.value, attempts: n }
      if (!outcome.retryable) throw this.failure(outcome.message, n, outcome.response)
      if (outcome.rateLimited) {
        rateLimits++
        const waitMs = this.rateLimitWait(what, outcome, n, rateLimits)
        const line = `${this.service} ${what}: rate limited, retrying in ${seconds(waitMs)} s (does not count against max-attempts): ${outcome.reason}`
        this.deps.log(this.deps.secrets.redact(line))
        await this.waitForRateLimit(waitMs)
        continue
      }
      errors++
      if (outcome.unresolvedHost && ++dnsFailures >= DNS_ATTEMPTS) {
        throw this.failure(
          `${this.service}: the host ${outcome.unresolvedHost} did not resolve (DNS: EAI_AGAIN, ${attempts(dnsFailures)}): ` +
            "check the url input for a typo in the host name; if it is right, the runner's DNS is failing",
          n,
          outcome.response
        )
      }
      if (errors >= maxAttempts) {
        throw this.failure(
          `${this.service} ${what} failed after ${attempts(n)}: ${outcome.reason}. The service may be down or ` +
            `overloaded: check its status, raise max-attempts or max-wait, or ${RERUN}`,
          n,
          outcome.response
        )
      }
      const waitMs = this.errorWait(what, outcome, n, errors)
      const line = `${this.service} ${what}: attempt ${errors + 1}/${maxAttempts} in ${seconds(waitMs)} s: ${outcome.reason}`
      this.deps.log(this.deps.secrets.redact(line))
      await this.deps.sleep(waitMs)
      this.waitedMs += waitMs
    }
  }

  /**
   * Sends one request (`what`, as run names it), after waiting for a bucket an earlier reply reported empty; notes
   * the reply's buckets.
   */
  async send(request: HttpRequest, what: string): Promise<HttpReply | TransportError> {
    if (++this.requests > MAX_REQUESTS) {
      throw this.failure(
        `${this.service}: ${MAX_REQUESTS} requests were sent for this alert without finishing, so the run stops ` +
          `rather than flood the service. Check its status, or ${RERUN}`,
        MAX_REQUESTS,
        undefined
      )
    }
    await this.waitForBucket(what)
    let reply: HttpReply
    try {
      reply = await this.deps.transport(request, this.options.timeoutSeconds * 1000)
    } catch (error) {
      if (error instanceof TransportError) return error
      throw error
    }
    const emptyMs = emptyBucketWaitMs(reply, this.options.rateLimitHeaders ?? [], this.deps.now())
    this.bucketRefillsAt = emptyMs === undefined ? undefined : this.deps.now().getTime() + emptyMs
    return reply
  }

  /** Waits `ms` when that much of max-wait is left (true), else does not wait at all (false). */
  async pause(ms: number): Promise<boolean> {
    if (ms > this.leftMs()) return false
    await this.deps.sleep(ms)
    this.waitedMs += ms
    return true
  }

  /**
   * An empty bucket: wait for its refill (plus the spread, and never less than the floor) rather than spend a
   * request to learn it. A refill beyond what is left of max-wait is not waited for: the reply to the request will
   * say what to do.
   */
  private async waitForBucket(what: string): Promise<void> {
    if (this.bucketRefillsAt === undefined) return
    const refillMs = Math.max(RETRY_FLOOR_MS, this.bucketRefillsAt - this.deps.now().getTime())
    this.bucketRefillsAt = undefined
    if (refillMs > this.leftMs()) return
    const waitMs = Math.min(this.leftMs(), refillMs + spreadMs(refillMs, this.deps.random))
    this.deps.log(
      `${this.service} ${what}: the rate-limit bucket is empty: waiting ${seconds(waitMs)} s for it to refill`
    )
    await this.waitForRateLimit(waitMs)
  }

  /**
   * A rate limit: the longer of the wait the service asked for, its empty bucket's refill and the floor, plus the
   * spread; a wait the service asks for beyond what is left of max-wait fails at once. Nothing asked: backoff with
   * full jitter, never under the floor. When not even the floor is left, the run stops.
   */
  private rateLimitWait(
    what: string,
    outcome: Extract<Failure, { retryable: true }>,
    n: number,
    rateLimits: number
  ): number {
    const refillMs =
      this.bucketRefillsAt === undefined ? undefined : Math.max(0, this.bucketRefillsAt - this.deps.now().getTime())
    this.bucketRefillsAt = undefined
    const askedMs = outcome.askedWait ? Math.ceil(outcome.askedWait.seconds * 1000) : undefined
    const serviceMs =
      askedMs === undefined && refillMs === undefined ? undefined : Math.max(askedMs ?? 0, refillMs ?? 0)
    const leftMs = this.leftMs()
    if (serviceMs !== undefined && serviceMs > leftMs) {
      const source = outcome.askedWait && askedMs === serviceMs ? outcome.askedWait.source : 'its rate-limit headers'
      throw this.waitTooLong(what, serviceMs, source, n, outcome)
    }
    if (leftMs < RETRY_FLOOR_MS) {
      const waited =
        this.rateLimitWaitedMs > 0 ? ` (${seconds(this.rateLimitWaitedMs)} s of them waiting for rate limits)` : ''
      throw this.failure(
        `${this.service} is still rate limiting the ${what} after ${attempts(n)}: the ${this.options.maxWaitSeconds} s of ` +
          `max-wait are used up${waited}. Last reply: ${outcome.reason}. Raise max-wait or ${RERUN}`,
        n,
        outcome.response
      )
    }
    if (serviceMs === undefined) {
      return Math.min(leftMs, Math.max(RETRY_FLOOR_MS, backoffMs(rateLimits - 1, this.deps.random)))
    }
    const minimumMs = Math.max(RETRY_FLOOR_MS, serviceMs)
    return Math.min(leftMs, minimumMs + spreadMs(minimumMs, this.deps.random))
  }

  /**
   * A real error: a wait the service asks for is honoured exactly (never under the floor) or not at all; a backoff
   * is clamped to what is left, and raised to the floor. When not even the floor is left, the run stops.
   */
  private errorWait(what: string, outcome: Extract<Failure, { retryable: true }>, n: number, errors: number): number {
    const leftMs = this.leftMs()
    const asked = outcome.askedWait
    const askedMs = asked ? Math.ceil(asked.seconds * 1000) : undefined
    if (asked && askedMs !== undefined && askedMs > leftMs)
      throw this.waitTooLong(what, askedMs, asked.source, n, outcome)
    if (leftMs < RETRY_FLOOR_MS) {
      throw this.failure(
        `${this.service} ${what} failed after ${attempts(n)}: the ${this.options.maxWaitSeconds} s of max-wait are ` +
          `used up. Last error: ${outcome.reason}. Raise max-wait or ${RERUN}`,
        n,
        outcome.response
      )
    }
    return Math.max(RETRY_FLOOR_MS, askedMs ?? Math.min(backoffMs(errors - 1, this.deps.random), leftMs))
  }

  /** The service asked for a wait before retrying `what` (`source` says where) longer than what is left of max-wait. */
  private waitTooLong(
    what: string,
    askedMs: number,
    source: string,
    n: number,
    outcome: Extract<Failure, { retryable: true }>
  ): DeliveryError {
    const waited =
      this.rateLimitWaitedMs > 0 ? ` (${seconds(this.rateLimitWaitedMs)} s already waited for rate limits)` : ''
    return this.failure(
      `${this.service} asked to wait ${seconds(askedMs)} s before retrying the ${what} (${source}), more than the ` +
        `${seconds(this.leftMs())} s left of max-wait${waited}; raise max-wait or ${RERUN}. ` +
        `Last reply after ${attempts(n)}: ${outcome.reason}`,
      n,
      outcome.response
    )
  }

  private async waitForRateLimit(ms: number): Promise<void> {
    await this.deps.sleep(ms)
    this.waitedMs += ms
    this.rateLimitWaitedMs += ms
    this.deps.onRateLimitWait?.(ms)
  }

  private leftMs(): number {
    return this.options.maxWaitSeconds * 1000 - this.waitedMs
  }

  private failure(message: string, attemptCount: number, response: string | undefined): DeliveryError {
    return new DeliveryError(this.deps.secrets.redact(message), attemptCount, response)
  }
}

function attempts(n: number): string {
  return n === 1 ? '1 attempt' : `${n} attempts`
}

/** Seconds with one decimal at most: "1.3", "300". */
function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10)
}
