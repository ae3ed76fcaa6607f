import { isObject, parseJson, postJson, type JsonObject } from '../shared/json.js'
import { withLookedUpLink } from '../shared/link-lookup.js'
import { isSuccess, replyText } from '../shared/reply.js'
import type { Delivered, PlatformContext, Verdict } from '../types.js'
import type { HttpReply, HttpRequest, Send } from '../../http.js'
import type { Json } from '../../json.js'
import type { MessageReference } from '../../memory/problem-refs.js'
import { WEBHOOK_URL_HINT, messageLink, webhookUrl } from './target.js'

/**
 * The message as a webhook post. Discord drops a message's components unless the url asks it to read them
 * (`with_components=true`), so a message with components asks.
 */
export function request(payload: Json, ctx: PlatformContext): HttpRequest {
  const post = postJson(payload, ctx)
  if (!isObject(payload) || !Array.isArray(payload.components) || payload.components.length === 0) return post
  const url = new URL(post.url)
  url.searchParams.set('with_components', 'true')
  return { ...post, url: url.toString() }
}

const THREAD_HINT =
  "To post in an existing thread or forum post, add ?thread_id=THREAD_ID to the url (the last number of the thread's link); " +
  'to start a new forum post per alert, give the template a thread_name key (e.g. thread_name: "<< alert_summary >>") or set vars: thread_name'
/** Discord's "Unknown Webhook" and "Invalid Webhook Token" error codes. */
const WEBHOOK_GONE_CODES = new Set([10015, 50027])
/** Discord's "Unknown Channel": with `thread_id`, the thread does not exist (or is not in the webhook's channel). */
const UNKNOWN_CHANNEL_CODE = 10003
/** What Discord's forum error codes mean for the user, and what to do. */
const FORUM_ERRORS: Readonly<Record<number, string>> = {
  220001: `the webhook's channel is a forum, where every message goes to a post (thread). ${THREAD_HINT}`,
  220002: 'a forum message takes either thread_id (an existing post) or thread_name (a new post), not both; remove one',
  220003:
    "thread_name starts a new post only in a forum or media channel, and this webhook's channel is neither: remove thread_name (and vars.thread_name)"
}

/**
 * The channel the delivered message landed in, kept from `parse` for `complete` (which builds the link), in the
 * delivery's state. The message's own channel is the right one for the link: in a thread it is the thread.
 */
const DELIVERED_CHANNEL = 'discord.deliveredChannel'

export function parse(reply: HttpReply, ctx: PlatformContext): Verdict {
  const body = parseJson(reply.body)
  if (isSuccess(reply.status)) {
    const message = isObject(body) ? body : {}
    if (typeof message.channel_id === 'string') ctx.state.set(DELIVERED_CHANNEL, message.channel_id)
    return { ok: true, id: typeof message.id === 'string' ? message.id : '', url: '', status: 'sent' }
  }
  if (reply.status === 429) return rateLimited(body, reply.body)
  const error = isObject(body) ? body : undefined
  const threadId = ctx.target.endpoint.searchParams.get('thread_id')
  if (error?.code === UNKNOWN_CHANNEL_CODE && threadId) return { ok: false, message: unknownThread(error, threadId) }
  if (typeof error?.code === 'number' && error.code in FORUM_ERRORS)
    return { ok: false, message: `${describeError(error)}: ${FORUM_ERRORS[error.code]}` }
  if (
    reply.status === 401 ||
    reply.status === 404 ||
    (typeof error?.code === 'number' && WEBHOOK_GONE_CODES.has(error.code))
  ) {
    return { ok: false, message: webhookGone(error) }
  }
  return { ok: false, message: error ? describeError(error) : replyText(reply.body) }
}

function rateLimited(body: Json | undefined, text: string): Verdict {
  if (!isObject(body)) return { ok: false, message: `Discord rate limit: ${replyText(text)}` }
  const seconds = typeof body.retry_after === 'number' && body.retry_after >= 0 ? body.retry_after : undefined
  const said = typeof body.message === 'string' ? body.message : 'You are being rate limited.'
  const wait = seconds === undefined ? '' : `, retry after ${seconds} s`
  return {
    ok: false,
    message: `Discord rate limit (global: ${body.global === true ? 'yes' : 'no'}${wait}): ${said}`,
    ...(seconds !== undefined && { retryAfterSeconds: seconds })
  }
}

function webhookGone(error: JsonObject | undefined): string {
  const said = error && typeof error.message === 'string' ? `${error.message}${codeOf(error)}: ` : ''
  return `${said}the webhook URL is wrong or the webhook was deleted. ${WEBHOOK_URL_HINT.replace('Set it', 'Set the url input')}`
}

function unknownThread(error: JsonObject, threadId: string): string {
  return (
    `${describeError(error)}: the webhook works, but thread ${threadId} (thread_id in the url) is not a thread of its channel, ` +
    "or was deleted. Set thread_id to the last number of the thread's link (…/channels/SERVER/THREAD_ID), or remove it to post in the channel"
  )
}

function codeOf(error: JsonObject): string {
  return typeof error.code === 'number' ? ` (Discord code ${error.code})` : ''
}

/** `Invalid Form Body (Discord code 50035) — embeds.0.title: Must be 256 or fewer in length.` */
function describeError(error: JsonObject): string {
  const said = typeof error.message === 'string' ? error.message : 'Discord reported an error'
  const details = fieldErrors(error.errors, [])
  return `${said}${codeOf(error)}${details.length > 0 ? ` — ${details.join('; ')}` : ''}`
}

/** Discord nests field errors by path: {embeds: {0: {title: {_errors: [{code, message}]}}}} → `embeds.0.title: …`. */
export function fieldErrors(errors: Json | undefined, path: string[]): string[] {
  if (!isObject(errors)) return []
  const here = Array.isArray(errors._errors)
    ? errors._errors
        .filter(isObject)
        .map(entry => `${path.join('.') || '(body)'}: ${String(entry.message ?? entry.code)}`)
    : []
  const nested = Object.entries(errors)
    .filter(([key]) => key !== '_errors')
    .flatMap(([key, value]) => fieldErrors(value, [...path, key]))
  return [...here, ...nested]
}

/** Looks up the webhook's guild to build the message link; the message is out, so a failure only warns. */
export async function complete(delivered: Delivered, ctx: PlatformContext, send: Send): Promise<Delivered> {
  if (!delivered.id) return delivered
  return withLookedUpLink(delivered, ctx, async () => {
    let reply: HttpReply
    try {
      reply = await send({ method: 'GET', url: webhookUrl(ctx.target.endpoint), headers: { ...ctx.headers } })
    } catch (error) {
      return { unknown: `the message link lookup failed: ${error instanceof Error ? error.message : String(error)}` }
    }
    const webhook = parseJson(reply.body)
    if (reply.status !== 200 || !isObject(webhook))
      return { unknown: `the message link lookup answered HTTP ${reply.status}` }
    if (typeof webhook.guild_id !== 'string') return { unknown: 'the webhook belongs to no server' }
    const replied = ctx.state.get(DELIVERED_CHANNEL)
    const channel =
      typeof replied === 'string' ? replied : (ctx.target.endpoint.searchParams.get('thread_id') ?? webhook.channel_id)
    if (typeof channel !== 'string') return { unknown: 'Discord did not say which channel the message is in' }
    return { url: messageLink(webhook.guild_id, channel, delivered.id) }
  })
}

/** A problem's message as a webhook post (wait=true): its id, channel and, in a thread or a new forum post, thread. */
export async function postMessage(payload: Json, ctx: PlatformContext, send: Send): Promise<MessageReference> {
  const reply = await send(request(payload, ctx))
  const verdict = parse(reply, ctx)
  if (!verdict.ok || !verdict.id)
    throw new Error(verdict.ok ? 'Discord answered without a message id' : verdict.message)
  const channel = ctx.state.get(DELIVERED_CHANNEL)
  const thread =
    ctx.target.endpoint.searchParams.get('thread_id') ??
    (isObject(payload) && typeof payload.thread_name === 'string' && typeof channel === 'string' ? channel : undefined)
  return { message: verdict.id, ...(typeof channel === 'string' && { channel }), ...(thread && { thread }) }
}

/** What an edit of a webhook's message may change. */
const EDITED_KEYS = ['content', 'embeds', 'allowed_mentions'] as const

/** Edits the webhook's own message in place (`PATCH …/messages/{id}`, `thread_id` when it sits in a thread). */
export async function editMessage(
  message: MessageReference,
  payload: Json,
  ctx: PlatformContext,
  send: Send
): Promise<void> {
  const body: JsonObject = {}
  if (isObject(payload)) for (const key of EDITED_KEYS) if (key in payload) body[key] = payload[key]
  const url = new URL(`${webhookUrl(ctx.target.endpoint)}/messages/${encodeURIComponent(message.message)}`)
  if (message.thread) url.searchParams.set('thread_id', message.thread)
  const reply = await send({ ...postJson(body, ctx), method: 'PATCH', url: url.toString() })
  const verdict = parse(reply, ctx)
  if (!verdict.ok) throw new Error(verdict.message)
}

/** Posts `text` in the message's thread (a forum post, a thread the url names); alert text never pings. */
export async function replyInThread(
  message: MessageReference & { thread: string },
  text: string,
  ctx: PlatformContext,
  send: Send
): Promise<void> {
  const url = new URL(webhookUrl(ctx.target.endpoint))
  url.searchParams.set('wait', 'true')
  url.searchParams.set('thread_id', message.thread)
  const body = { content: text, allowed_mentions: { parse: [] } }
  const reply = await send({ ...postJson(body, ctx), url: url.toString() })
  const verdict = parse(reply, ctx)
  if (!verdict.ok) throw new Error(verdict.message)
}

/** The link of a message of the webhook (one lookup of its guild); '' when it cannot be known. */
export async function problemMessageLink(message: MessageReference, ctx: PlatformContext, send: Send): Promise<string> {
  const state = new Map<string, unknown>()
  const channel = message.thread ?? message.channel
  if (channel) state.set(DELIVERED_CHANNEL, channel)
  const linked = await complete({ id: message.message, url: '', status: 'sent' }, { ...ctx, state }, send)
  return linked.url
}
