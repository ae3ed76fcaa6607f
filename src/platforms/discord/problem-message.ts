/**
 * One Discord message per problem: the alert's rendered message with the problem's embed first (members failing
 * and recovered, occurrences, first and last seen, colour by state), posted by the webhook, edited in place
 * (`PATCH …/messages/{id}`), and answered in its thread where it has one (a forum post, a thread the url names).
 */
import { PayloadError } from '../../errors.js'
import type { Chat } from '../../memory/lifecycle.js'
import { stateLine, type ProblemView } from '../../memory/problem-view.js'
import { escapeMarkdownText } from '../../template/filters.js'
import { fitText, measureLength } from '../../truncate.js'
import { isObject, type JsonObject } from '../shared/json.js'
import type { PlatformContext, ProblemMessageDelivery, ProblemMessages } from '../types.js'
import type { Json } from '../../json.js'
import { editMessage, postMessage, problemMessageLink, replyInThread } from './api.js'
import { embedsLength } from './embeds.js'
import { fit } from './fit.js'
import { LIMITS } from './limits.js'
import { validate } from './validate.js'

/** The problem embed's colour: red while a member fails, green once none does. */
const STATE_COLORS = { failing: 0xe74c3c, resolved: 0x2ecc71 } as const
/** Room kept for the "and N more" line under the member list. */
const MORE_LINE_ROOM = 40

/** The embed that shows the problem: a title by state, the members (within `room` characters), the facts. */
function problemEmbed(view: ProblemView, room: number): JsonObject {
  const title = stateLine(view)
  const fields = [
    { name: 'Occurrences', value: String(view.occurrences), inline: true },
    { name: 'First seen', value: discordTime(view.firstSeen), inline: true },
    { name: 'Last seen', value: discordTime(view.lastSeen), inline: true }
  ]
  const footer = fitText(`Problem: ${view.key}`, LIMITS.footer, 'footer', () => undefined)
  const embed: JsonObject = { title, color: STATE_COLORS[view.state], fields, footer: { text: footer } }
  const used = embedsLength([embed])
  embed.description = memberList(view, Math.min(LIMITS.description, room - used))
  return embed
}

/** One line a member, failing first, within `room` characters; the rest counted as "and N more". */
function memberList(view: ProblemView, room: number): string {
  const lines: string[] = []
  let length = 0
  let listed = 0
  for (const member of view.members) {
    const repeats = member.occurrences > 1 ? ` ×${member.occurrences}` : ''
    const line = `${member.status === 'failing' ? '🔴' : '🟢'} ${escapeMarkdownText(member.label)}${repeats}`
    const added = measureLength(line) + (lines.length > 0 ? 1 : 0)
    if (length + added > room - MORE_LINE_ROOM) break
    lines.push(line)
    length += added
    listed++
  }
  const more = view.more + view.members.length - listed
  if (more > 0) lines.push(`and ${more} more`)
  return lines.join('\n') || '—'
}

/** Discord's timestamp markup: each reader sees the time in their own zone. */
function discordTime(iso: string): string {
  return `<t:${Math.floor(Date.parse(iso) / 1000)}:f>`
}

/**
 * The alert's fitted message with the problem's embed first, fitted again and validated: a view Discord would
 * refuse throws a PayloadError.
 */
export function problemPayload(payload: Json, view: ProblemView, ctx: PlatformContext): Json {
  const message: JsonObject = isObject(payload) ? structuredClone(payload) : {}
  const others = Array.isArray(message.embeds) ? message.embeds.slice(0, LIMITS.embeds - 1) : []
  const room = Math.max(LIMITS.embedTotal - embedsLength(others), LIMITS.embedTotal / 4)
  message.embeds = [problemEmbed(view, room), ...others]
  // What fitting changes in the alert's own part was said when it was first fitted.
  const fitted = fit(message, { ...ctx, warn: () => undefined })
  const refused = validate(fitted, ctx)
  if (refused.length > 0) throw new PayloadError('discord', refused)
  return fitted
}

/** Webhooks post in one channel, or in one thread the url names: that pair keeps problems apart. */
function destination(ctx: PlatformContext): string {
  const [, id] = /\/webhooks\/([^/]+)\//.exec(ctx.target.endpoint.pathname) ?? []
  const thread = ctx.target.endpoint.searchParams.get('thread_id')
  return `discord:${id ?? ''}${thread ? `:${thread}` : ''}`
}

function chat({ payload, ctx, send }: ProblemMessageDelivery): Chat {
  return {
    post: view => postMessage(problemPayload(payload, view, ctx), ctx, send),
    edit: (message, view) => editMessage(message, problemPayload(payload, view, ctx), ctx, send),
    async reply(message, text) {
      // A text channel has no thread a webhook can post in: the edit alone says it.
      if (!message.thread) return
      const content = fitText(escapeMarkdownText(text), LIMITS.content, 'content', () => undefined)
      await replyInThread({ ...message, thread: message.thread }, content, ctx, send)
    }
  }
}

export const problemMessages: ProblemMessages = {
  destination,
  chat,
  payload: problemPayload,
  link: (message, { ctx, send }) => problemMessageLink(message, ctx, send)
}
