import type { Delivered, Platform, PlatformContext } from '../platforms/types.js'
import type { HttpReply, HttpRequest, Send } from '../http.js'
import type { Json } from '../json.js'
import type { Secrets } from '../secrets/secrets.js'
import { DeliveryError } from '../errors.js'
import { failureRetryReading, followUpSender } from './follow-up.js'
import { replyFailure, transportFailure, type Outcome } from './outcome.js'
import { TransportError } from './exchange.js'
import { createTransport } from './transport.js'
import type { DeliveryDeps, DeliveryOptions, DeliveryOutcome } from './types.js'
import { WaitBudget } from './wait-budget.js'

/** For callers that wrap a delivery in more requests (the issue tracking flow). */
export interface DeliveryHooks {
  /** A budget shared with the caller's own requests, so max-wait bounds them all. */
  budget?: WaitBudget
  /** Before each retry: whether an attempt whose reply was lost did deliver after all (then nothing is resent). */
  deliveredBeforeRetry?(send: Send): Promise<Delivered | undefined>
  /** What the request is, in log lines and messages (the creation of an issue); default "delivery". */
  what?: string
}

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
): Promise<DeliveryOutcome> {
  const name = platform.descriptor.displayName
  const budget = hooks.budget ?? new WaitBudget(name, options, deps)
  // One context object for request, parse and complete: platforms keep per-delivery state by it (the webhook-id,
  // a message's channel). Warnings of requests rebuilt per retry are shown once.
  const delivery = warningOnce(ctx)
  // Built before anything is sent, so missing credentials stop the delivery at once; rebuilt for each retry so
  // time-bound parts (a Standard Webhooks timestamp and signature) are fresh.
  const firstRequest = platform.request(payload, delivery)
  // A follow-up reply the platform reads as "not yet" or a rate limit is retried like the delivery.
  const sendFollowUp = followUpSender(name, budget, deps, failureRetryReading(platform, delivery))
  // Only after an attempt that may have reached the service is it asked whether that attempt delivered.
  let mayHaveArrived = false
  const what = hooks.what ?? 'delivery'
  const { value, attempts } = await budget.run(what, async n => {
    const earlier = mayHaveArrived ? await hooks.deliveredBeforeRetry?.(sendFollowUp) : undefined
    if (earlier) return { done: true, value: { delivered: earlier } }
    const request = n === 1 ? firstRequest : platform.request(payload, delivery)
    const outcome = await attemptDelivery(platform, what, request, delivery, budget, deps)
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

/** `env`: the runner's environment, for its proxy settings. */
export function defaultDeliveryDeps(
  secrets: Secrets,
  log: (message: string) => void,
  env: Record<string, string | undefined> = {}
): DeliveryDeps {
  return {
    transport: createTransport(env),
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
  what: string,
  request: HttpRequest,
  ctx: PlatformContext,
  budget: WaitBudget,
  deps: DeliveryDeps
): Promise<Outcome<{ delivered: Delivered; reply?: HttpReply }>> {
  const sent = await budget.send(request, what)
  if (sent instanceof TransportError) return transportFailure(platform.descriptor.displayName, sent)
  const verdict = platform.parse(sent, ctx)
  if (!verdict.ok) return replyFailure(platform.descriptor.displayName, what, sent, verdict, deps)
  const delivered: Delivered = { url: verdict.url, id: verdict.id, status: verdict.status }
  return { done: true, value: { delivered, reply: sent } }
}

/**
 * The message is already out: a failing follow-up costs a detail (e.g. the message link), not the delivery. Unless
 * the follow-up shows the service did not take it after all (a DeliveryError: an asynchronous create it refused).
 */
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
    if (error instanceof DeliveryError) throw error
    const message = error instanceof Error ? error.message : String(error)
    const name = platform.descriptor.displayName
    deps.log(
      deps.secrets.redact(
        `${name}: delivered, but a request after the delivery failed (${message}); keeping ${delivered.url}`
      )
    )
    return delivered
  }
}
