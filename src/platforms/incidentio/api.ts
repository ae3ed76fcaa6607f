import { InputError } from '../../errors.js'
import { isObject, parseJson, postJson } from '../shared/json.js'
import { isSuccess, replyText } from '../shared/reply.js'
import { serviceToken } from '../shared/service-token.js'
import { incidentAccepted } from '../shared/incident-accepted.js'
import type { PlatformContext, Verdict } from '../types.js'
import type { HttpReply, HttpRequest } from '../../http.js'
import type { Json } from '../../json.js'
import { URL_HINT } from './target.js'

const TOKEN_FIX =
  "Set token: ${{ secrets.INCIDENT_IO_TOKEN }} to the HTTP alert source's token (Alerts › Sources › your HTTP source), which belongs to the source in url"

/** The event POSTed as JSON with `Authorization: Bearer <token>` (an Authorization header in `headers` wins). */
export function request(payload: Json, ctx: PlatformContext): HttpRequest {
  const posted = postJson(payload, ctx)
  if (ctx.headers.authorization) return posted
  const token = serviceToken(ctx.settings)
  if (!token)
    throw new InputError('token', "is not set to the alert source's token (it defaults to the GitHub token)", TOKEN_FIX)
  return { ...posted, headers: { ...posted.headers, authorization: `Bearer ${token}` } }
}

/**
 * 202 `{deduplication_key, message, status}`: accepted. The reply names no alert page, so the url stays empty; the
 * id is the deduplication_key. Errors: `{type, status, errors: [{code, message, source?: {field}}]}`.
 */
export function parse(reply: HttpReply, ctx: PlatformContext): Verdict {
  const body = parseJson(reply.body)
  if (isSuccess(reply.status)) {
    return incidentAccepted(ctx, isObject(body) ? body.deduplication_key : undefined)
  }
  const said = errorText(body, reply.body)
  if (reply.status === 401) return { ok: false, message: `${said}. ${TOKEN_FIX}` }
  if (reply.status === 404) return { ok: false, message: `${said}. ${URL_HINT.replace('Set it', 'Set url')}` }
  return { ok: false, message: said }
}

/** Each error as `field: message (code)`, else the reply's text. */
function errorText(body: Json | undefined, text: string): string {
  const errors = isObject(body) && Array.isArray(body.errors) ? body.errors.filter(isObject) : []
  const described = errors
    .filter(error => typeof error.message === 'string')
    .map(error => {
      const field = isObject(error.source) && typeof error.source.field === 'string' ? `${error.source.field}: ` : ''
      const code = typeof error.code === 'string' ? ` (${error.code})` : ''
      return `${field}${String(error.message)}${code}`
    })
  return replyText(described.length > 0 ? described.join('; ') : text, { oneLine: true })
}
