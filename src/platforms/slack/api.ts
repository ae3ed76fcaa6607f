import { InputError } from '../../errors.js'
import { isHttpUrl } from '../shared/endpoint.js'
import { isObject, parseJson, type JsonObject } from '../shared/json.js'
import { withLookedUpLink } from '../shared/link-lookup.js'
import { isSuccess, replyText } from '../shared/reply.js'
import type { Delivered, PlatformContext, Verdict } from '../types.js'
import type { HttpReply, HttpRequest, Send } from '../../http.js'
import type { Json } from '../../json.js'
import type { MessageReference } from '../../memory/problem-refs.js'
import { describeApiError, WEBHOOK_ERRORS } from './errors.js'
import { isIncomingWebhook, TOKEN_HINT } from './target.js'

/** ctx.state: the channel the request asked for (for error messages), and the one Slack put the message in (for `complete`). */
const REQUESTED_CHANNEL = 'slack.requestedChannel'
const DELIVERED_CHANNEL = 'slack.deliveredChannel'

function channelIn(ctx: PlatformContext, key: string): string | undefined {
  const channel = ctx.state.get(key)
  return typeof channel === 'string' ? channel : undefined
}

/** The Authorization value for the Web API: a bare `xox…-` token gets the `Bearer ` Slack requires. */
function authorization(ctx: PlatformContext): string {
  const value = ctx.headers.authorization?.trim()
  if (!value) {
    throw new InputError(
      'headers',
      'has no Authorization value, so chat.postMessage cannot know which Slack app posts (an empty value usually means the secret is not set)',
      `${TOKEN_HINT}, or set url to an incoming webhook URL`
    )
  }
  return /^xox\w-/.test(value) ? `Bearer ${value}` : value
}

export function request(payload: Json, ctx: PlatformContext): HttpRequest {
  // Slack warns (missing_charset) about JSON without a charset.
  const headers: Record<string, string> = { ...ctx.headers, 'content-type': 'application/json; charset=utf-8' }
  if (!isIncomingWebhook(ctx.target.endpoint)) {
    headers.authorization = authorization(ctx)
    if (headers.authorization !== ctx.headers.authorization?.trim()) {
      ctx.warn({
        path: 'headers.authorization',
        message: 'added "Bearer " before the token: Slack accepts tokens only as Bearer'
      })
    }
    if (isObject(payload) && typeof payload.channel === 'string') ctx.state.set(REQUESTED_CHANNEL, payload.channel)
  }
  return { method: 'POST', url: ctx.target.endpoint.toString(), headers, body: JSON.stringify(payload) }
}

export function parse(reply: HttpReply, ctx: PlatformContext): Verdict {
  return isIncomingWebhook(ctx.target.endpoint) ? parseWebhookReply(reply) : parseApiReply(reply, ctx)
}

/** 200 `ok` is a sent message; an incoming webhook says nothing else, so there is no id and no link. */
function parseWebhookReply(reply: HttpReply): Verdict {
  if (isSuccess(reply.status)) return { ok: true, id: '', url: '', status: 'sent' }
  const code = reply.body.trim()
  if (reply.status === 429) return { ok: false, message: `rate limited: ${replyText(reply.body)}` }
  const hint = WEBHOOK_ERRORS[code]
  return { ok: false, message: hint ? `${code}: ${hint}` : replyText(reply.body) }
}

/** Web API errors arrive as HTTP 200 `{ok: false, error}`: a failure, whatever the status says. */
function parseApiReply(reply: HttpReply, ctx: PlatformContext): Verdict {
  const body = parseJson(reply.body)
  const answer = isObject(body) ? body : undefined
  const error = typeof answer?.error === 'string' ? answer.error : undefined
  if (reply.status === 429 || error === 'ratelimited' || error === 'rate_limited') {
    return { ok: false, retry: true, rateLimited: true, message: `rate limited: ${error ?? replyText(reply.body)}` }
  }
  if (!answer) {
    return {
      ok: false,
      message: isSuccess(reply.status)
        ? `the reply is not a Slack API answer: ${replyText(reply.body)}`
        : replyText(reply.body)
    }
  }
  if (answer.ok !== true) {
    return {
      ok: false,
      message: describeApiError(error ?? 'unknown_error', answer, channelIn(ctx, REQUESTED_CHANNEL)),
      ...(error === 'service_unavailable' && { retry: true })
    }
  }
  if (typeof answer.channel === 'string') ctx.state.set(DELIVERED_CHANNEL, answer.channel)
  const warnings = slackWarnings(answer)
  if (warnings.length > 0)
    ctx.warn({ path: '', message: `Slack sent the message with warnings: ${warnings.join(', ')}` })
  return { ok: true, id: typeof answer.ts === 'string' ? answer.ts : '', url: '', status: 'sent' }
}

function slackWarnings(answer: JsonObject): string[] {
  const metadata = isObject(answer.response_metadata) ? answer.response_metadata : {}
  const listed = Array.isArray(metadata.warnings) ? metadata.warnings.filter(w => typeof w === 'string') : []
  const single = typeof answer.warning === 'string' ? answer.warning.split(',') : []
  return [...new Set([...single, ...listed])]
}

/** Asks chat.getPermalink for the message link; the message is out, so a failure only warns. */
export async function complete(delivered: Delivered, ctx: PlatformContext, send: Send): Promise<Delivered> {
  if (isIncomingWebhook(ctx.target.endpoint) || !delivered.id) return delivered
  return withLookedUpLink(delivered, ctx, async () => {
    const channel = channelIn(ctx, DELIVERED_CHANNEL)
    if (!channel) return { unknown: 'Slack did not say which channel the message is in' }
    const lookup = new URL('chat.getPermalink', ctx.target.endpoint)
    lookup.search = new URLSearchParams({ channel, message_ts: delivered.id }).toString()
    let reply: HttpReply
    try {
      reply = await send({
        method: 'GET',
        url: lookup.toString(),
        headers: { ...ctx.headers, authorization: authorization(ctx) }
      })
    } catch (error) {
      return { unknown: `chat.getPermalink failed: ${error instanceof Error ? error.message : String(error)}` }
    }
    const answer = parseJson(reply.body)
    if (!isObject(answer)) return { unknown: `chat.getPermalink answered HTTP ${reply.status}` }
    if (answer.ok !== true)
      return { unknown: `chat.getPermalink answered ${typeof answer.error === 'string' ? answer.error : 'ok: false'}` }
    if (typeof answer.permalink !== 'string' || !isHttpUrl(answer.permalink))
      return { unknown: 'chat.getPermalink gave no permalink' }
    return { url: answer.permalink }
  })
}

/** A problem's message by chat.postMessage: its ts (which also names its thread) and the channel ID Slack put it in. */
export async function postMessage(payload: Json, ctx: PlatformContext, send: Send): Promise<MessageReference> {
  const verdict = parse(await send(request(payload, ctx)), ctx)
  if (!verdict.ok) throw new Error(verdict.message)
  const channel = channelIn(ctx, DELIVERED_CHANNEL)
  if (!verdict.id || !channel) throw new Error('Slack answered without the message ts or its channel')
  return { message: verdict.id, channel, thread: verdict.id }
}

/** What chat.update may change; the rest of a message stays as posted. */
const UPDATED_KEYS = ['text', 'blocks', 'attachments', 'link_names', 'metadata'] as const

/**
 * Replaces the app's own message (chat.update, by channel ID and ts). Text and blocks are sent together: given text
 * without blocks, Slack drops the message's blocks. chat.update parses text as a client would unless told otherwise,
 * so it gets the parse chat.postMessage used (`none` unless the message says).
 */
export async function updateMessage(
  message: MessageReference,
  payload: Json,
  ctx: PlatformContext,
  send: Send
): Promise<void> {
  if (!message.channel) throw new Error('the message reference has no channel ID, which chat.update needs')
  const body: JsonObject = { channel: message.channel, ts: message.message }
  if (isObject(payload)) for (const key of UPDATED_KEYS) if (key in payload) body[key] = payload[key]
  body.parse = isObject(payload) && typeof payload.parse === 'string' ? payload.parse : 'none'
  const update = request(body, ctx)
  const reply = await send({ ...update, url: new URL('chat.update', ctx.target.endpoint).toString() })
  const verdict = parse(reply, ctx)
  if (!verdict.ok) throw new Error(verdict.message)
}

/** Posts `text` in the message's thread, as written (no mrkdwn), and in the channel too when `broadcast`. */
export async function replyInThread(
  message: MessageReference,
  text: string,
  broadcast: boolean,
  ctx: PlatformContext,
  send: Send
): Promise<void> {
  const body: JsonObject = {
    channel: message.channel ?? '',
    thread_ts: message.thread ?? message.message,
    text,
    mrkdwn: false,
    ...(broadcast && { reply_broadcast: true })
  }
  const verdict = parse(await send(request(body, ctx)), ctx)
  if (!verdict.ok) throw new Error(verdict.message)
}

/** The permalink of a problem's message (chat.getPermalink); '' when it cannot be known. */
export async function problemMessageLink(message: MessageReference, ctx: PlatformContext, send: Send): Promise<string> {
  const state = new Map<string, unknown>(message.channel ? [[DELIVERED_CHANNEL, message.channel]] : [])
  const linked = await complete({ id: message.message, url: '', status: 'sent' }, { ...ctx, state }, send)
  return linked.url
}
