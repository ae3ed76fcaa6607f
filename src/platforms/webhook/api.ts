import { parseJson, postJson, type JsonObject } from '../shared/json.js'
import { isSuccess, replyText } from '../shared/reply.js'
import type { PlatformContext, Verdict } from '../types.js'
import type { HttpReply, HttpRequest } from '../../http.js'
import type { Json } from '../../json.js'
import { signatureHeaders, signedDeliveryId } from './signing.js'

export function request(payload: Json, ctx: PlatformContext): HttpRequest {
  const posted = postJson(payload, ctx)
  // The signature headers come last: a `headers` input cannot replace what was signed.
  return { ...posted, headers: { ...posted.headers, ...signatureHeaders(posted.body as string, ctx) } }
}

export function parse(reply: HttpReply, ctx: PlatformContext): Verdict {
  if (isSuccess(reply.status))
    return { ok: true, status: 'sent', id: signedDeliveryId(ctx), url: resultUrl(reply.body, ctx) }
  const text = replyText(reply.body)
  if (reply.status === 410) {
    return {
      ok: false,
      message: `the receiver no longer accepts these webhooks (410 Gone): ${text}. Check the url input`
    }
  }
  return { ok: false, message: text }
}

/** The `result-url` value in the reply (e.g. `data.html_url`); '' with a warning when it is not there. */
function resultUrl(body: string, ctx: PlatformContext): string {
  const path = ctx.settings.resultUrl.trim()
  if (!path) return ''
  const missing = (why: string): string => {
    ctx.warn({ path: 'result-url', message: `${why}; the url output stays empty` })
    return ''
  }
  const reply = parseJson(body)
  if (reply === undefined) return missing('the reply is not JSON')
  const value = valueAt(reply, path)
  if (value === undefined) return missing(`the reply has nothing at '${path}'`)
  if (typeof value !== 'string' || value.trim() === '') return missing(`'${path}' in the reply is not text`)
  return value
}

/** The value at a dotted path; list items by index (`data.items.0.url`, also written `data.items[0].url`). */
export function valueAt(value: Json, path: string): Json | undefined {
  let current: Json | undefined = value
  for (const key of path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)) {
    if (Array.isArray(current)) current = /^\d+$/.test(key) ? current[Number(key)] : undefined
    else if (current !== null && typeof current === 'object' && Object.hasOwn(current, key))
      current = (current as JsonObject)[key]
    else return undefined
  }
  return current
}
