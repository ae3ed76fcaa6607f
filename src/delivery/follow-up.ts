import type { Platform, PlatformContext, Verdict } from '../platforms/types.js'
import type { HttpReply, Send } from '../http.js'
import { replyFailure, transportFailure } from './outcome.js'
import { isRetryableStatus } from './retry-policy.js'
import { TransportError } from './exchange.js'
import type { DeliveryDeps } from './types.js'
import type { WaitBudget } from './wait-budget.js'

/** A follow-up reply the platform reads as worth retrying (a rate limit sent with HTTP 200), if it is one. */
export type RetryReading = (reply: HttpReply) => Extract<Verdict, { ok: false }> | undefined

/**
 * Follow-up replies worth retrying, in the platform's words: by status (5xx, 429) or because the platform says so
 * although the status does not (a rate limit sent with HTTP 200, a request not processed yet). Others are the
 * caller's to read.
 */
export function platformRetryReading(platform: Platform, ctx: PlatformContext): RetryReading {
  return reply => {
    const verdict = platform.parse(reply, ctx)
    return !verdict.ok && (verdict.retry ?? isRetryableStatus(reply.status)) ? verdict : undefined
  }
}

/**
 * The same for a delivery's own follow-ups, reading failed replies only: a platform's parse may keep state from the
 * delivery's successful reply (the channel a message landed in) that a follow-up's reply must not replace.
 */
export function failureRetryReading(platform: Platform, ctx: PlatformContext): RetryReading {
  const reading = platformRetryReading(platform, ctx)
  return reply => (reply.status >= 200 && reply.status < 300 ? undefined : reading(reply))
}

/**
 * The follow-up `send` handed to `platform.complete` and the issue tracker: same transport, retry policy and
 * wait budget. `retryReading` lets the platform retry replies whose status alone does not say so. `what` names the
 * requests in log lines and messages (the issue tracker's step: a search for open issues, a comment); by default
 * where each goes, as users know their hosts, not the action's internal steps.
 */
export function followUpSender(
  name: string,
  budget: WaitBudget,
  deps: DeliveryDeps,
  retryReading?: RetryReading,
  what?: string
): Send {
  return async request => {
    const named = what ?? `request to ${new URL(request.url).host}`
    const { value } = await budget.run(named, async () => {
      const sent = await budget.send(request, named)
      if (sent instanceof TransportError) return transportFailure(name, sent)
      const verdict = retryReading?.(sent)
      if (verdict) return replyFailure(name, named, sent, verdict, deps)
      // Whatever else came back is the platform's to read.
      if (!isRetryableStatus(sent.status)) return { done: true, value: sent }
      return replyFailure(name, named, sent, { ok: false, message: sent.body }, deps)
    })
    return value
  }
}
