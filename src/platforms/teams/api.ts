import { isObject, parseJson, postJson } from '../shared/json.js'
import { isSuccess, replyText } from '../shared/reply.js'
import type { Verdict } from '../types.js'
import type { HttpReply } from '../../http.js'
import { URL_HINT } from './target.js'

export const request = postJson

const SET_URL = URL_HINT.replace('Set it', 'set the url input')

/** Workflows answer 202 with no body: the post happens afterwards, so there is no message link to output. */
export function parse(reply: HttpReply): Verdict {
  if (isSuccess(reply.status)) return { ok: true, status: 'sent', id: '', url: '' }
  const said = errorText(reply.body)
  switch (reply.status) {
    case 401:
    case 403:
      return {
        ok: false,
        message: `${said}. The URL's signature (sig) is wrong or the workflow is turned off: ${SET_URL}`
      }
    case 404:
      return { ok: false, message: `${said}. The workflow was deleted or the URL is incomplete: ${SET_URL}` }
    case 413:
      return {
        ok: false,
        message: `${said}. The message is larger than Teams accepts (28 KB): shorten the template's texts`
      }
    default:
      return { ok: false, message: said }
  }
}

/** `{"error":{"code","message"}}` (Logic Apps / Power Platform) as `message (code)`, else the text itself. */
function errorText(body: string): string {
  const reply = parseJson(body)
  const error = isObject(reply) ? reply.error : undefined
  if (isObject(error) && typeof error.message === 'string') {
    return replyText(`${error.message}${typeof error.code === 'string' ? ` (${error.code})` : ''}`)
  }
  return replyText(body)
}
