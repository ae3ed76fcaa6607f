import { DeliveryError, InputError } from '../../errors.js'
import { isObject, parseJson } from '../shared/json.js'
import { isSuccess, replyText } from '../shared/reply.js'
import { serviceToken } from '../shared/service-token.js'
import { incidentAccepted } from '../shared/incident-accepted.js'
import type { Delivered, PlatformContext, Verdict } from '../types.js'
import type { HttpReply, HttpRequest, Send } from '../../http.js'
import type { Json } from '../../json.js'
import { URL_HINT } from './target.js'

const TOKEN_FIX =
  'Set token: ${{ secrets.OPSGENIE_API_KEY }} to the API key of an API integration (Settings › Integrations › API; a key from API Key Management may read but not create or close alerts), or headers: "Authorization: GenieKey …"'
/** Where a delivery keeps the request id of Opsgenie's 202, for `complete` to follow. */
const REQUEST_ID = 'opsgenie.requestId'
/** "Request not found. It might not be processed, yet.": the request status is asked again. */
const NOT_PROCESSED = 'requestnotprocessed'

/**
 * A create POSTs the alert to /v2/alerts; a recovery closes the problem's alert by alias
 * (/v2/alerts/{alias}/close?identifierType=alias). `Authorization: GenieKey <token>` unless `headers` has one.
 */
export function request(payload: Json, ctx: PlatformContext): HttpRequest {
  const problem = ctx.problem
  const url =
    problem?.action === 'resolve'
      ? `${ctx.target.endpoint.href}/${encodeURIComponent(problem.key)}/close?identifierType=alias`
      : ctx.target.endpoint.href
  return {
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json', ...authorized(ctx) },
    body: JSON.stringify(payload)
  }
}

function authorized(ctx: PlatformContext): Record<string, string> {
  if (ctx.headers.authorization) return ctx.headers
  const token = serviceToken(ctx.settings).replace(/^GenieKey\s+/i, '')
  if (!token)
    throw new InputError('token', 'is not set to an Opsgenie API key (it defaults to the GitHub token)', TOKEN_FIX)
  return { ...ctx.headers, authorization: `GenieKey ${token}` }
}

/**
 * 202 `{result, requestId}`: accepted, processed later (complete follows the request id). The reply names no alert
 * page, so the url stays empty; the id is the alias. Errors: `{message, errors?}`; 429 names its window in
 * X-RateLimit-Period-In-Sec, a wait.
 */
export function parse(reply: HttpReply, ctx: PlatformContext): Verdict {
  const body = parseJson(reply.body)
  if (isSuccess(reply.status)) {
    if (isObject(body) && typeof body.requestId === 'string') ctx.state.set(REQUEST_ID, body.requestId)
    return incidentAccepted(ctx)
  }
  const said = errorText(body, reply.body)
  if (reply.status === 404 && reply.headers['x-opsgenie-errortype']?.toLowerCase() === NOT_PROCESSED)
    return { ok: false, message: said, retry: true }
  if (reply.status === 429) {
    const period = Number(reply.headers['x-ratelimit-period-in-sec'])
    return {
      ok: false,
      message: `Opsgenie rate limit: ${said}`,
      ...(Number.isFinite(period) && period > 0 && { retryAfterSeconds: period })
    }
  }
  if (reply.status === 401 || reply.status === 403) return { ok: false, message: `${said}. ${TOKEN_FIX}` }
  if (reply.status === 404 && ctx.problem?.action !== 'resolve')
    return { ok: false, message: `${said}. ${URL_HINT.replace('Leave url', 'Check the url input: leave it')}` }
  return { ok: false, message: said }
}

/** `message` with each field error (`errors: {field: text}`), else the reply's text. */
function errorText(body: Json | undefined, text: string): string {
  if (!isObject(body) || typeof body.message !== 'string') return replyText(text, { oneLine: true })
  const fields = isObject(body.errors)
    ? Object.entries(body.errors).map(
        ([field, error]) => `${field}: ${typeof error === 'string' ? error : JSON.stringify(error)}`
      )
    : []
  return replyText(fields.length > 0 ? `${body.message} ${fields.join('; ')}` : body.message, { oneLine: true })
}

/**
 * Opsgenie processes a create or close after its 202: the request status (GET /v2/alerts/requests/{id}) says what
 * became of it. Asked again while it is not processed, within max-attempts and max-wait; when it never is, a warning
 * says the request was only accepted; a close that found no open alert warns; a create Opsgenie refused fails.
 */
export async function complete(delivered: Delivered, ctx: PlatformContext, send: Send): Promise<Delivered> {
  const requestId = ctx.state.get(REQUEST_ID)
  if (typeof requestId !== 'string' || !/^[\w-]{1,100}$/.test(requestId)) return delivered
  const onlyAccepted = (why: string) => {
    ctx.warn({
      path: '',
      message: `Opsgenie accepted the request (202, request ${requestId}) but ${why}: check the alert in Opsgenie`
    })
    return delivered
  }
  let reply: HttpReply
  try {
    reply = await send({
      method: 'GET',
      url: `${ctx.target.endpoint.href}/requests/${requestId}`,
      headers: authorized(ctx)
    })
  } catch (error) {
    return onlyAccepted(`its outcome could not be read (${error instanceof Error ? error.message : String(error)})`)
  }
  const body = parseJson(reply.body)
  const data = isObject(body) && isObject(body.data) ? body.data : undefined
  if (reply.status !== 200 || !data) return onlyAccepted(`its request status answered HTTP ${reply.status}`)
  if (data.isSuccess === true) return delivered
  const status = typeof data.status === 'string' ? replyText(data.status, { oneLine: true }) : 'no status'
  if (ctx.problem?.action === 'resolve')
    return onlyAccepted(`did not close an alert: "${status}" (no open alert with alias ${ctx.problem.key})`)
  // A create Opsgenie processed and refused opened no alert: the step fails, so the run can be re-run.
  throw new DeliveryError(
    `Opsgenie accepted the request (202, request ${requestId}) but did not create the alert: "${status}". ` +
      'Check the API integration in Opsgenie (enabled, its alert rules), then re-run the failed workflow run ' +
      '(Dagster+ does not send the alert again)',
    1,
    reply.body
  )
}
