import { InputError } from '../../../src/errors.js'
import { discord } from '../../../src/platforms/discord/index.js'
import type { HttpReply } from '../../../src/http.js'
import type { Json } from '../../../src/json.js'
import { platformContext, thrownBy } from '../../helpers/platform-context.js'

/** What the Discord platform tests share: a webhook URL, a context for it, and readers of fit results and replies. */

export const TOKEN = 'aB3-secret_TOKEN-value'
export const WEBHOOK = `https://discord.com/api/webhooks/123456789/${TOKEN}`

export type JsonObject = { [key: string]: Json }

export function context(
  options: { url?: string; authoredText?: string; headers?: Record<string, string>; vars?: Record<string, Json> } = {}
) {
  return platformContext({
    target: discord.resolveTarget(options.url ?? WEBHOOK, undefined),
    headers: options.headers,
    authoredText: options.authoredText,
    vars: options.vars
  })
}

/** Fits `payload` and returns the result (as an object) with the warnings as `path: message` lines. */
export function fitted(payload: Json, authoredText = '') {
  const { ctx, warnings } = context({ authoredText })
  const value = discord.fit(payload, ctx) as JsonObject
  return { value, warnings: warnings.map(w => `${w.path}: ${w.message}`) }
}

export function embedOf(value: JsonObject, i = 0): JsonObject {
  return (value.embeds as JsonObject[])[i]
}

export function inputError(run: () => unknown): InputError {
  return thrownBy(run, InputError)
}

export function reply(status: number, body: unknown = ''): HttpReply {
  return { status, headers: {}, body: typeof body === 'string' ? body : JSON.stringify(body) }
}
