/**
 * Reads a failed attempt (a transport error, or a reply the platform did not accept) as an Outcome: failed for
 * good, with a message saying what to do, or worth retrying, with how long the service asked to wait.
 */
import { REPLY_TEXT_LIMIT } from '../platforms/shared/reply.js'
import type { Verdict } from '../platforms/types.js'
import type { HttpReply } from '../http.js'
import { truncate } from '../truncate.js'
import { isRateLimit } from './rate-limit.js'
import { isRetryableStatus, retryAfterSeconds } from './retry-policy.js'
import type { TransportError } from './exchange.js'
import type { DeliveryDeps } from './types.js'

/** A wait the service asked for, and where it said so (for the message when it is too long). */
interface AskedWait {
  seconds: number
  source: string
}

/**
 * What one attempt came to. A failure either ends the delivery (`message`) or may be retried (`reason`); a rate
 * limit is retried without using up max-attempts, a temporary DNS failure (`unresolvedHost`) only a little.
 */
export type Outcome<T> =
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

export type Failure = Exclude<Outcome<unknown>, { done: true }>

export function transportFailure(name: string, error: TransportError): Failure {
  const host = error.host ?? 'the host'
  if (error.kind === 'invalid-request') {
    return {
      done: false,
      retryable: false,
      message:
        `${name}: nothing was sent to ${host}, as Node refused the request (${error.message}), which no retry ` +
        'changes: a header value must be one line of printable characters. Check the headers, token and email inputs'
    }
  }
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

export function replyFailure(
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
  const detail = truncate(deps.secrets.redact(verdict.message), REPLY_TEXT_LIMIT)
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
