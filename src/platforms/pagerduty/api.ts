import { InputError } from '../../errors.js'
import { isObject, parseJson, postJson } from '../shared/json.js'
import { isSuccess, replyText } from '../shared/reply.js'
import { serviceToken } from '../shared/service-token.js'
import { incidentAccepted } from '../shared/incident-accepted.js'
import type { PlatformContext, Verdict } from '../types.js'
import type { HttpReply, HttpRequest } from '../../http.js'
import type { Json } from '../../json.js'

const TOKEN_FIX =
  'Set token: ${{ secrets.PAGERDUTY_ROUTING_KEY }} to the integration key of an Events API v2 integration on the PagerDuty service (Service › Integrations › Events API v2)'

/** The event POSTed as JSON, with the routing key from the `token` input in place of the payload's placeholder. */
export function request(payload: Json, ctx: PlatformContext): HttpRequest {
  const routingKey = serviceToken(ctx.settings)
  if (!routingKey)
    throw new InputError(
      'token',
      'is not set to a PagerDuty integration key (it defaults to the GitHub token)',
      TOKEN_FIX
    )
  return postJson(isObject(payload) ? { ...payload, routing_key: routingKey } : payload, ctx)
}

/**
 * 202 `{status, message, dedup_key}`: the event was processed. The reply names no incident page, so the url stays
 * empty; the id is the dedup_key. Errors: `{status, message, errors[]}`, a text `Invalid routing key`, 429
 * `throttle exceeded` (a rate limit without Retry-After: backoff).
 */
export function parse(reply: HttpReply, ctx: PlatformContext): Verdict {
  const body = parseJson(reply.body)
  if (isSuccess(reply.status)) {
    return incidentAccepted(ctx, isObject(body) ? body.dedup_key : undefined)
  }
  const said = errorText(body, reply.body)
  if (reply.status === 429) return { ok: false, message: `PagerDuty rate limit: ${said}` }
  if (/routing.?key/i.test(said)) return { ok: false, message: `${said}. ${TOKEN_FIX}` }
  if (reply.status === 404)
    return {
      ok: false,
      message: `${said}. The url is not the Events API v2 endpoint: leave url unset, or use https://events.eu.pagerduty.com/v2/enqueue for an EU account`
    }
  return { ok: false, message: said }
}

/** `message: error; error` (Events API v2 error object), else the reply's text. */
function errorText(body: Json | undefined, text: string): string {
  if (!isObject(body) || typeof body.message !== 'string') return replyText(text, { oneLine: true })
  const errors = Array.isArray(body.errors) ? body.errors.filter(error => typeof error === 'string') : []
  return replyText(errors.length > 0 ? `${body.message}: ${errors.join('; ')}` : body.message, { oneLine: true })
}
