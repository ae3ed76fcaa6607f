import { slack } from '../../../src/platforms/slack/index.js'
import type { HttpReply } from '../../../src/http.js'
import type { Json } from '../../../src/json.js'
import { platformContext } from '../../helpers/platform-context.js'

export const SECRET = 'xYz123SecretPart0987abcd'
export const WEBHOOK = `https://hooks.slack.com/services/T0123ABCD/B0456EFGH/${SECRET}`
export const TOKEN = 'xoxb-1111-2222-secretTokenValue'
export const BEARER = `Bearer ${TOKEN}`

export type JsonObject = { [key: string]: Json }

export interface ContextOptions {
  url?: string
  authoredText?: string
  headers?: Record<string, string>
  vars?: Record<string, Json>
}

/** A context for chat.postMessage (default) or the incoming webhook `url`. */
export function context(options: ContextOptions = {}) {
  return platformContext({
    target: slack.resolveTarget(options.url, undefined),
    headers: options.headers ?? { authorization: BEARER },
    vars: options.vars,
    authoredText: options.authoredText
  })
}

/** Fits `payload` and returns the result with the warnings as `path: message` lines. */
export function fitted(payload: Json, options: ContextOptions = {}) {
  const { ctx, warnings } = context(options)
  const value = slack.fit(payload, ctx) as JsonObject
  return { value, warnings: warnings.map(w => `${w.path}: ${w.message}`) }
}

export function problems(payload: Json, options: ContextOptions = {}): string[] {
  return slack.validate(payload, context(options).ctx).map(p => `${p.path}: ${p.message}`)
}

export function reply(status: number, body: unknown = '', headers: Record<string, string> = {}): HttpReply {
  return { status, headers, body: typeof body === 'string' ? body : JSON.stringify(body) }
}

export const mrkdwn = (text: string) => ({ type: 'mrkdwn', text })
export const plain = (text: string) => ({ type: 'plain_text', text })
export const section = (text: string) => ({ type: 'section', text: mrkdwn(text) })
