import { DeliveryError } from '../errors.js'
import type {
  Delivered,
  HttpReply,
  HttpRequest,
  Json,
  Platform,
  PlatformContext,
  RateLimitHeaders,
  Send,
  Verdict
} from '../platforms/types.js'
import type { Secrets } from '../secrets.js'
import { truncate } from '../truncate.js'
import { emptyBucketWaitMs, isRateLimit, SPREAD_MIN_MS, spreadMs } from './rate-limit.js'
import { backoffMs, isRetryableStatus, retryAfterSeconds } from './retry-policy.js'
import { createTransport, TransportError, type Transport } from './transport.js'

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

export interface DeliveryResult extends Delivered {
  /** Attempts the main request took. */
  attempts: number
  /** The platform's reply body, redacted ('' when an earlier attempt turned out to have delivered). */
  response: string
}

/** For callers that wrap a delivery in more requests (the issue tracking flow). */
export interface DeliveryHooks {
  /** A budget shared with the caller's own requests, so max-wait bounds them all. */
  budget?: WaitBudget
  /** Before each retry: whether an attempt whose reply was lost did deliver after all (then nothing is resent). */
  deliveredBeforeRetry?(send: Send): Promise<Delivered | undefined>
}

/** How much of a platform's error text goes into a message: enough to act on, not a whole HTML error page. */
const PLATFORM_TEXT_LIMIT = 1024

/** A wait the service asked for, and where it said so (for the message when it is too long). */
interface AskedWait {
  seconds: number
  source: string
}

/**
 * What one attempt came to. A failure either ends the delivery (`message`) or may be retried (`reason`); a rate
 * limit is retried without using up max-attempts, a temporary DNS failure (`unresolvedHost`) only a little.
 */
type Outcome<T> =
  | { done: true; value: T }
  | { done: false; retryable: false; message: string; response?: string }
  | {
      done: false
      retryable: true
      reason: string
      askedWait?: AskedWait
      response?: string
      mayHaveArrived?: boolean
      rateLimited?: boolean
      unresolvedHost?: string
    }

type Failure = Exclude<Outcome<unknown>, { done: true }>

/**
 * Sends a rendered payload: retries what may succeed later, waits as the service asks or with jittered
 * backoff, keeps all waits within max-wait, and lets the platform read each reply and finish up after
 * success. Every message it produces is redacted.
 */
export async function deliver(
  platform: Platform,
  payload: Json,
  ctx: PlatformContext,
  options: DeliveryOptions,
  deps: DeliveryDeps,
  hooks: DeliveryHooks = {}
): Promise<DeliveryResult> {
  const name = displayName(platform)
  const budget = hooks.budget ?? new WaitBudget(name, options, deps)
  // One context object for request, parse and complete: platforms keep per-delivery state by it (the webhook-id,
  // Discord's channel). Warnings of requests rebuilt per retry are shown once.
  const delivery = warningOnce(ctx)
  // Built before anything is sent, so missing credentials stop the delivery at once; rebuilt for each retry so
  // time-bound parts (a Standard Webhooks timestamp and signature) are fresh.
  const firstRequest = platform.request(payload, delivery)
  const sendFollowUp = followUpSender(name, budget, options, deps)
  // Only after an attempt that may have reached the service is it asked whether that attempt delivered.
  let mayHaveArrived = false
  const { value, attempts } = await budget.run('delivery', async n => {
    const earlier = mayHaveArrived ? await hooks.deliveredBeforeRetry?.(sendFollowUp) : undefined
    if (earlier) return { done: true, value: { delivered: earlier } }
    const request = n === 1 ? firstRequest : platform.request(payload, delivery)
    const outcome = await attemptDelivery(platform, request, delivery, budget, deps)
    mayHaveArrived = !outcome.done && outcome.retryable && outcome.mayHaveArrived === true
    return outcome
  })
  const delivered = await completeDelivery(platform, value.delivered, delivery, sendFollowUp, deps)
  return { ...delivered, attempts, response: value.reply ? deps.secrets.redact(value.reply.body) : '' }
}

/** The context with each distinct warning passed on once (requests rebuilt per attempt repeat theirs). */
export function warningOnce(ctx: PlatformContext): PlatformContext {
  const shown = new Set<string>()
  return {
    ...ctx,
    warn: problem => {
      const key = `${problem.path}\n${problem.message}`
      if (shown.has(key)) return
      shown.add(key)
      ctx.warn(problem)
    }
  }
}

export function defaultDeliveryDeps(secrets: Secrets, log: (message: string) => void): DeliveryDeps {
  return {
    transport: createTransport(),
    secrets,
    // Not unref'd: while waiting to retry, this timer is the only thing keeping the action running.
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    random: Math.random,
    now: () => new Date(),
    log
  }
}

async function attemptDelivery(
  platform: Platform,
  request: HttpRequest,
  ctx: PlatformContext,
  budget: WaitBudget,
  deps: DeliveryDeps
): Promise<Outcome<{ delivered: Delivered; reply?: HttpReply }>> {
  const sent = await budget.send(request)
  if (sent instanceof TransportError) return transportFailure(displayName(platform), sent)
  const verdict = platform.parse(sent, ctx)
  if (!verdict.ok) return replyFailure(displayName(platform), 'delivery', sent, verdict, deps)
  const delivered: Delivered = { url: verdict.url, id: verdict.id, status: verdict.status }
  return { done: true, value: { delivered, reply: sent } }
}

/** A follow-up reply the platform reads as worth retrying (Linear's rate limit with HTTP 200), if it is one. */
export type RetryReading = (reply: HttpReply) => Extract<Verdict, { ok: false }> | undefined

/**
 * The follow-up `send` handed to `platform.complete` and the issue tracker: same transport, retry policy and
 * wait budget. `retryReading` lets the platform retry replies whose status alone does not say so.
 */
export function followUpSender(
  name: string,
  budget: WaitBudget,
  _options: DeliveryOptions,
  deps: DeliveryDeps,
  retryReading?: RetryReading
): Send {
  return async request => {
    // Named by where it goes: users know their hosts, not the action's internal steps.
    const what = `request to ${new URL(request.url).host}`
    const { value } = await budget.run(what, async () => {
      const sent = await budget.send(request)
      if (sent instanceof TransportError) return transportFailure(name, sent)
      const verdict = retryReading?.(sent)
      if (verdict) return replyFailure(name, what, sent, verdict, deps)
      // Whatever else came back is the platform's to read.
      if (!isRetryableStatus(sent.status)) return { done: true, value: sent }
      return replyFailure(name, what, sent, { ok: false, message: sent.body }, deps)
    })
    return value
  }
}

/** The message is already out: a failing follow-up costs a detail (e.g. the message link), not the delivery. */
async function completeDelivery(
  platform: Platform,
  delivered: Delivered,
  ctx: PlatformContext,
  sendFollowUp: Send,
  deps: DeliveryDeps
): Promise<Delivered> {
  if (!platform.complete) return delivered
  try {
    return await platform.complete(delivered, ctx, sendFollowUp)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const name = displayName(platform)
    deps.log(
      deps.secrets.redact(
        `${name}: delivered, but a request after the delivery failed (${message}); keeping ${delivered.url}`
      )
    )
    return delivered
  }
}

function transportFailure(name: string, error: TransportError): Failure {
  const host = error.host ?? 'the host'
  // A name that does not exist will not exist on the next attempt either.
  if (/ENOTFOUND/.test(error.message)) {
    return {
      done: false,
      retryable: false,
      message: `${name}: the host ${host} does not resolve (DNS: ENOTFOUND), so nothing was sent: check the url input for a typo in the host name`
    }
  }
  const reason = error.kind === 'timeout' ? `timeout: ${error.message}` : error.message
  // A timeout or a reset may come after the service stored the request; a refused connection never reached it.
  const mayHaveArrived = !/ECONNREFUSED|EAI_AGAIN/.test(error.message)
  // EAI_AGAIN is a temporary DNS failure: worth a retry or two, not the whole budget.
  const unresolvedHost = /EAI_AGAIN/.test(error.message) ? host : undefined
  return { done: false, retryable: true, reason, mayHaveArrived, ...(unresolvedHost && { unresolvedHost }) }
}

function replyFailure(
  name: string,
  what: string,
  reply: HttpReply,
  verdict: Extract<Verdict, { ok: false }>,
  deps: DeliveryDeps
): Failure {
  const response = deps.secrets.redact(reply.body)
  if (reply.status >= 300 && reply.status < 400) {
    const location = reply.headers.location ? ` to ${reply.headers.location}` : ''
    return {
      done: false,
      retryable: false,
      response,
      message:
        `${name} answered HTTP ${reply.status}, a redirect${location}. Redirects are not followed, so credentials ` +
        'never reach another host: check the url input and use the final address'
    }
  }
  // Platforms word the detail; the status and the retry decision are said here, once.
  const detail = truncate(deps.secrets.redact(verdict.message), PLATFORM_TEXT_LIMIT)
  const reason = `HTTP ${reply.status}: ${detail}`
  if (!(verdict.retry ?? isRetryableStatus(reply.status))) {
    return {
      done: false,
      retryable: false,
      response,
      message: `${name} did not accept the ${what} (HTTP ${reply.status}, not retried): ${detail}`
    }
  }
  const askedWait = waitAskedFor(reply, verdict.retryAfterSeconds, deps.now())
  const rateLimited = isRateLimit(reply, verdict)
  // 408, 425 and 429 say the request was not processed; a 5xx may come after it was.
  return { done: false, retryable: true, reason, response, askedWait, rateLimited, mayHaveArrived: reply.status >= 500 }
}

/** The longest wait the reply asks for, in its header or its body; never shorter than either. */
function waitAskedFor(reply: HttpReply, bodySeconds: number | undefined, now: Date): AskedWait | undefined {
  const asked: AskedWait[] = []
  const headerSeconds = retryAfterSeconds(reply.headers, now)
  if (headerSeconds !== undefined) asked.push({ seconds: headerSeconds, source: 'Retry-After' })
  // A platform may hand on whatever the body said; only a real duration counts.
  if (bodySeconds !== undefined && Number.isFinite(bodySeconds) && bodySeconds >= 0) {
    asked.push({ seconds: bodySeconds, source: 'retry_after in the reply body' })
  }
  return asked.sort((a, b) => b.seconds - a.seconds)[0]
}

/** A temporary DNS failure (EAI_AGAIN) gets this many attempts of a request, not all of max-attempts. */
const DNS_ATTEMPTS = 2

/**
 * Attempts of each request, and the max-wait budget all of them share. Real errors (5xx, timeouts, resets) use
 * up max-attempts; rate limits only max-wait. Every request goes through `send`, which first waits for a bucket
 * an earlier reply said was empty.
 */
export class WaitBudget {
  private waitedMs = 0
  private rateLimitWaitedMs = 0
  /** When the bucket an earlier reply reported empty refills (epoch ms), until the next request waits for it. */
  private bucketRefillsAt: number | undefined

  constructor(
    private readonly service: string,
    private readonly options: DeliveryOptions,
    private readonly deps: DeliveryDeps
  ) {}

  /** Runs `attempt` (given its number, from 1) until it is done, fails for good, runs out of attempts or out of wait. */
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
        const waitMs = this.rateLimitWait(outcome, n, rateLimits)
        const line = `rate limited, retrying in ${seconds(waitMs)} s (does not count against max-attempts): ${outcome.reason}`
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
            'overloaded: check its status, raise max-attempts or max-wait, or let the alert fire again',
          n,
          outcome.response
        )
      }
      const waitMs = this.errorWait(what, outcome, n, errors)
      const line = `attempt ${errors + 1}/${maxAttempts} in ${seconds(waitMs)} s: ${outcome.reason}`
      this.deps.log(this.deps.secrets.redact(line))
      await this.deps.sleep(waitMs)
      this.waitedMs += waitMs
    }
  }

  /** Sends one request, after waiting for a bucket an earlier reply reported empty; notes the reply's buckets. */
  async send(request: HttpRequest): Promise<HttpReply | TransportError> {
    await this.waitForBucket()
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
   * An empty bucket: wait for its refill (plus the spread) rather than spend a request to learn it. A refill beyond
   * what is left of max-wait is not waited for: the reply to the request will say what to do.
   */
  private async waitForBucket(): Promise<void> {
    const refillMs = this.bucketRefillsAt === undefined ? 0 : this.bucketRefillsAt - this.deps.now().getTime()
    this.bucketRefillsAt = undefined
    if (refillMs <= 0 || refillMs > this.leftMs()) return
    const waitMs = Math.min(this.leftMs(), refillMs + spreadMs(refillMs, this.deps.random))
    this.deps.log(`the rate-limit bucket is empty: waiting ${seconds(waitMs)} s for it to refill`)
    await this.waitForRateLimit(waitMs)
  }

  /**
   * A rate limit: the longer of the wait the service asked for and its empty bucket's refill, plus the spread; a
   * wait beyond what is left of max-wait fails at once. Nothing asked: backoff with full jitter, at least the spread
   * floor, so rate limits that ask for nothing cannot spin.
   */
  private rateLimitWait(outcome: Extract<Failure, { retryable: true }>, n: number, rateLimits: number): number {
    const refillMs =
      this.bucketRefillsAt === undefined ? undefined : Math.max(0, this.bucketRefillsAt - this.deps.now().getTime())
    this.bucketRefillsAt = undefined
    const askedMs = outcome.askedWait ? Math.ceil(outcome.askedWait.seconds * 1000) : undefined
    const minimumMs = Math.max(askedMs ?? 0, refillMs ?? 0)
    const leftMs = this.leftMs()
    if (askedMs === undefined && refillMs === undefined) {
      if (leftMs >= SPREAD_MIN_MS)
        return Math.min(leftMs, Math.max(SPREAD_MIN_MS, backoffMs(rateLimits - 1, this.deps.random)))
      throw this.failure(
        `${this.service} is still rate limiting after ${attempts(n)}: the ${this.options.maxWaitSeconds} s of max-wait are ` +
          `used up (${seconds(this.rateLimitWaitedMs)} s of them waiting for rate limits). Last reply: ${outcome.reason}. ` +
          'Raise max-wait or let the alert fire again',
        n,
        outcome.response
      )
    }
    if (minimumMs <= leftMs) return Math.min(leftMs, minimumMs + spreadMs(minimumMs, this.deps.random))
    const source = outcome.askedWait && askedMs === minimumMs ? outcome.askedWait.source : 'its rate-limit headers'
    const waited =
      this.rateLimitWaitedMs > 0 ? ` (${seconds(this.rateLimitWaitedMs)} s already waited for rate limits)` : ''
    throw this.failure(
      `${this.service} asked to wait ${seconds(minimumMs)} s before retrying (${source}), more than the ` +
        `${seconds(leftMs)} s left of max-wait${waited}; raise max-wait or let the alert fire again. ` +
        `Last reply after ${attempts(n)}: ${outcome.reason}`,
      n,
      outcome.response
    )
  }

  /** A real error: a wait the service asks for is honoured exactly or not at all; a backoff is clamped to what is left. */
  private errorWait(what: string, outcome: Extract<Failure, { retryable: true }>, n: number, errors: number): number {
    const { maxWaitSeconds } = this.options
    const leftMs = this.leftMs()
    const asked = outcome.askedWait
    if (asked) {
      const askedMs = Math.ceil(asked.seconds * 1000)
      if (askedMs <= leftMs) return askedMs
      throw this.failure(
        `${this.service} asked to wait ${seconds(askedMs)} s before retrying (${asked.source}), more than the ` +
          `${seconds(leftMs)} s left of max-wait; raise max-wait or let the alert fire again. ` +
          `Last reply after ${attempts(n)}: ${outcome.reason}`,
        n,
        outcome.response
      )
    }
    if (leftMs <= 0) {
      throw this.failure(
        `${this.service} ${what} failed after ${attempts(n)}: the ${maxWaitSeconds} s of max-wait are used up. ` +
          `Last error: ${outcome.reason}. Raise max-wait or let the alert fire again`,
        n,
        outcome.response
      )
    }
    return Math.min(backoffMs(errors - 1, this.deps.random), leftMs)
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

export function displayName(platform: Platform): string {
  return platform.displayName ?? capitalise(platform.name)
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function attempts(n: number): string {
  return n === 1 ? '1 attempt' : `${n} attempts`
}

/** Seconds with one decimal at most: "1.3", "300". */
function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10)
}
