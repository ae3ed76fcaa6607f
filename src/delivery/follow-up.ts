import type { Verdict } from '../platforms/types.js'
import type { HttpReply, Send } from '../http.js'
import { replyFailure, transportFailure } from './outcome.js'
import { isRetryableStatus } from './retry-policy.js'
import { TransportError } from './exchange.js'
import type { DeliveryDeps } from './types.js'
import type { WaitBudget } from './wait-budget.js'

/** A follow-up reply the platform reads as worth retrying (a rate limit sent with HTTP 200), if it is one. */
export type RetryReading = (reply: HttpReply) => Extract<Verdict, { ok: false }> | undefined

/**
 * The follow-up `send` handed to `platform.complete` and the issue tracker: same transport, retry policy and
 * wait budget. `retryReading` lets the platform retry replies whose status alone does not say so.
 */
export function followUpSender(
  name: string,
  budget: WaitBudget,
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
