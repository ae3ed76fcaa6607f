/**
 * One Slack message per problem, with a bot token: the alert's rendered message with the problem's state first
 * (members failing and recovered, occurrences, first and last seen, the key), posted by chat.postMessage, replaced by
 * chat.update, and answered in its thread (`thread_ts`; the reply that resolves the problem also in the channel).
 * Incoming webhooks cannot edit what they posted.
 */
import { PayloadError } from '../../errors.js'
import type { Chat } from '../../memory/lifecycle.js'
import { stateLine, type ProblemView } from '../../memory/problem-view.js'
import { fitText, measureLength } from '../../truncate.js'
import { isObject, type JsonObject } from '../shared/json.js'
import type { PlatformContext, ProblemMessageDelivery, ProblemMessages } from '../types.js'
import type { Json } from '../../json.js'
import { postMessage, problemMessageLink, replyInThread, updateMessage } from './api.js'
import { POST_MESSAGE_URL } from './descriptor.js'
import { fit } from './fit.js'
import { LIMITS, MEASURE } from './limits.js'
import { neutraliseMentions } from './mentions.js'
import { isIncomingWebhook } from './target.js'
import { validate } from './validate.js'

/** Attachment colours by state, for messages that use attachments. */
const STATE_COLORS = { failing: '#e74c3c', resolved: '#2ecc71' } as const
const STATE_EMOJI = { failing: ':red_circle:', resolved: ':large_green_circle:' } as const
/** Sections the member list may take (3,000 characters each). */
const MEMBER_SECTIONS = 2
/** Room kept for the "and N more" line under the member list. */
const MORE_LINE_ROOM = 40
/** A label longer than this is shortened in the list, so one label cannot take the whole section. */
const LABEL_ROOM = 300
/** Blocks the problem adds besides the member sections: its state, its facts, a divider. */
const FRAME_BLOCKS = 3

export const WEBHOOK_CANNOT_EDIT =
  'Slack incoming webhooks cannot edit a message they posted; for one message per problem use ' +
  `url: ${POST_MESSAGE_URL} with headers \`Authorization: Bearer xoxb-…\` and vars: channel`

/** Slack's date markup: each reader sees the time in their own zone; the ISO text where it cannot be shown. */
function slackDate(iso: string): string {
  return `<!date^${Math.floor(Date.parse(iso) / 1000)}^{date_short_pretty} {time}|${iso}>`
}

/** Plain text: labels and the key are alert text, shown as written (no mrkdwn, no mentions, no emoji codes). */
function plain(text: string): JsonObject {
  return { type: 'plain_text', text, emoji: false }
}

/**
 * One line a member, failing first, in sections of at most 3,000 characters and `room` in all; the members that do
 * not fit counted as "and N more".
 */
function memberSections(view: ProblemView, sections: number, room: number): JsonObject[] {
  const texts: string[][] = [[]]
  let length = 0
  let total = 0
  let listed = 0
  for (const member of view.members) {
    const repeats = member.occurrences > 1 ? ` ×${member.occurrences}` : ''
    const label = fitText(member.label, LABEL_ROOM, 'label', () => undefined, MEASURE)
    const line = `${member.status === 'failing' ? '🔴' : '🟢'} ${label}${repeats}`
    const size = measureLength(line, MEASURE) + 1
    const last = texts.length === sections
    if (length + size > LIMITS.sectionText - (last ? MORE_LINE_ROOM : 0)) {
      if (last) break
      texts.push([])
      length = 0
    }
    if (total + size > room - MORE_LINE_ROOM) break
    texts.at(-1)?.push(line)
    length += size
    total += size
    listed++
  }
  const more = view.more + view.members.length - listed
  if (more > 0) texts.at(-1)?.push(`and ${more} more`)
  return texts.filter(lines => lines.length > 0).map(lines => ({ type: 'section', text: plain(lines.join('\n')) }))
}

/** The blocks that show the problem: its state, the members, then occurrences, first and last seen, and the key. */
function problemBlocks(view: ProblemView, sections: number, room: number): JsonObject[] {
  const facts =
    `*${view.occurrences}* ${view.occurrences === 1 ? 'occurrence' : 'occurrences'} · ` +
    `first seen ${slackDate(view.firstSeen)} · last seen ${slackDate(view.lastSeen)}`
  const key = fitText(`Problem: ${view.key}`, LIMITS.textObject, 'key', () => undefined, MEASURE)
  return [
    { type: 'section', text: { type: 'mrkdwn', text: `${STATE_EMOJI[view.state]} *${stateLine(view)}*` } },
    ...memberSections(view, sections, room),
    { type: 'context', elements: [{ type: 'mrkdwn', text: facts }, plain(key)] },
    { type: 'divider' }
  ]
}

/**
 * The alert's fitted message with the problem's blocks first and its state in front of the text (what notifications
 * and screen readers read), fitted again and validated: a view Slack would refuse throws a PayloadError. A message of text alone keeps its text as a section under the problem's blocks.
 */
export function problemPayload(payload: Json, view: ProblemView, ctx: PlatformContext): Json {
  const message: JsonObject = isObject(payload) ? structuredClone(payload) : {}
  const text = typeof message.text === 'string' ? message.text : ''
  const own = Array.isArray(message.blocks)
    ? message.blocks
    : text
      ? [{ type: 'section', text: { type: 'mrkdwn', text } }]
      : []
  const sections = Math.max(1, Math.min(MEMBER_SECTIONS, LIMITS.blocks - FRAME_BLOCKS - own.length))
  const room = Math.min(
    sections * LIMITS.sectionText,
    Math.max(LIMITS.sectionText, LIMITS.blocksText - JSON.stringify(own).length)
  )
  message.blocks = [...problemBlocks(view, sections, room), ...own]
  message.text = `${STATE_EMOJI[view.state]} ${stateLine(view)}${text ? ` · ${text}` : ''}`
  if (Array.isArray(message.attachments))
    for (const attachment of message.attachments) if (isObject(attachment)) attachment.color = STATE_COLORS[view.state]
  // What fitting changes in the alert's own part was said when it was first fitted.
  const fitted = fit(message, { ...ctx, warn: () => undefined })
  const refused = validate(fitted, ctx)
  if (refused.length > 0) throw new PayloadError('slack', refused)
  return fitted
}

/**
 * A thread reply in Slack's text escaping: `&`, `<` and `>` as entities (so no `<!here>`, `<@U…>` or link in alert
 * text works), bare broadcasts broken, sent without mrkdwn.
 */
function replyText(text: string): string {
  const escaped = text.replace(/[&<>]/g, char => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'))
  return fitText(neutraliseMentions(escaped, ''), LIMITS.text, 'text', () => undefined, MEASURE)
}

/** chat.postMessage posts in the channel the rendered message names (a template may set it without vars): it keeps problems apart. */
function destination(_ctx: PlatformContext, payload: Json): string {
  const channel = isObject(payload) ? payload.channel : undefined
  return `slack:${typeof channel === 'string' ? channel.trim() : ''}`
}

function chat({ payload, ctx, send }: ProblemMessageDelivery): Chat | { cannot: string } {
  if (isIncomingWebhook(ctx.target.endpoint)) return { cannot: WEBHOOK_CANNOT_EDIT }
  // The reply that follows the edit resolving the problem is shown in the channel too.
  let resolved = false
  return {
    post: view => postMessage(problemPayload(payload, view, ctx), ctx, send),
    async edit(message, view) {
      await updateMessage(message, problemPayload(payload, view, ctx), ctx, send)
      resolved = view.state === 'resolved'
    },
    reply: (message, text) => replyInThread(message, replyText(text), resolved, ctx, send)
  }
}

export const problemMessages: ProblemMessages & {
  payload(payload: Json, view: ProblemView, ctx: PlatformContext): Json
} = {
  destination,
  chat,
  link: (message, { ctx, send }) => problemMessageLink(message, ctx, send),
  payload: problemPayload
}
