import type { Problem } from '../../errors.js'
import { Findings } from '../shared/findings.js'
import { isObject, typeOf, type JsonObject } from '../shared/json.js'
import type { PlatformContext } from '../types.js'
import type { Json } from '../../json.js'
import { checkComponents } from './components.js'
import { embedsLength, isIsoTimestamp } from './embeds.js'
import { LIMITS } from './limits.js'
import { checkPoll } from './poll.js'
import { isSnowflake } from './snowflake.js'

const MENTION_TYPES = ['users', 'roles', 'everyone']

/**
 * The message flags a webhook may set (https://discord.com/developers/docs/resources/webhook#execute-webhook:
 * "only SUPPRESS_EMBEDS, SUPPRESS_NOTIFICATIONS and IS_COMPONENTS_V2 can be set").
 */
const WEBHOOK_FLAGS = { SUPPRESS_EMBEDS: 1 << 2, SUPPRESS_NOTIFICATIONS: 1 << 12, IS_COMPONENTS_V2: 1 << 15 } as const
const FLAG_LIST = Object.entries(WEBHOOK_FLAGS)
  .map(([name, bit]) => `${name} (${bit})`)
  .join(', ')
/** What an IS_COMPONENTS_V2 message may not hold besides components (Discord answers 400). */
const NOT_WITH_V2 = ['content', 'embeds', 'poll']

export function validate(payload: Json, ctx: PlatformContext): Problem[] {
  const findings = new Findings('Discord')
  if (!isObject(payload)) {
    findings.add('', `the message must be a JSON object, got ${typeOf(payload)}`)
    return findings.problems
  }
  if (!hasSomethingToShow(payload)) {
    findings.add(
      '',
      'the message is empty: Discord needs content, embeds, components or a poll ("Cannot send an empty message")'
    )
  }
  findings.text(payload.content, 'content', LIMITS.content)
  validateUsername(payload.username, findings)
  findings.url(payload.avatar_url, 'avatar_url')
  findings.boolean(payload.tts, 'tts')
  findings
    .list(payload.embeds, 'embeds', LIMITS.embeds, 'embeds')
    .forEach((embed, i) => validateEmbed(embed, `embeds[${i}]`, findings))
  if (Array.isArray(payload.embeds)) {
    const total = embedsLength(payload.embeds)
    if (total > LIMITS.embedTotal) {
      findings.add(
        'embeds',
        `hold ${total} characters in all; Discord allows at most ${LIMITS.embedTotal} across all embeds`
      )
    }
  }
  validateAllowedMentions(payload.allowed_mentions, findings)
  const v2 = validateFlags(payload.flags, findings)
  checkComponents(payload.components, v2, findings)
  if (v2) {
    for (const key of NOT_WITH_V2.filter(key => payload[key] !== undefined && payload[key] !== null)) {
      findings.add(
        key,
        `cannot be sent with the IS_COMPONENTS_V2 flag (${WEBHOOK_FLAGS.IS_COMPONENTS_V2} in flags; Discord answers 400): ` +
          'show the text in text display components (type 10) and remove it, or take 32768 out of flags'
      )
    }
  }
  checkPoll(payload.poll, findings)
  findings.text(payload.thread_name, 'thread_name', LIMITS.threadName, true)
  if (payload.thread_name !== undefined && ctx.target.endpoint.searchParams.has('thread_id')) {
    findings.add(
      'thread_name',
      'cannot be combined with ?thread_id= in the url (Discord rejects both): thread_id posts in an existing thread, thread_name starts a forum post; keep one'
    )
  }
  return findings.problems
}

function hasSomethingToShow(payload: JsonObject): boolean {
  const { content, embeds, components, poll } = payload
  return (
    (typeof content === 'string' && content.trim() !== '') ||
    (Array.isArray(embeds) && embeds.length > 0) ||
    (Array.isArray(components) && components.length > 0) ||
    isObject(poll)
  )
}

/** Flags a webhook may set; true when they include IS_COMPONENTS_V2. */
function validateFlags(flags: Json | undefined, findings: Findings): boolean {
  if (flags === undefined || flags === null) return false
  if (typeof flags !== 'number' || !Number.isSafeInteger(flags) || flags < 0) {
    findings.add(
      'flags',
      `must be a whole number, the sum of the flags to set (${FLAG_LIST}), got ${JSON.stringify(flags)}`
    )
    return false
  }
  const allowed = Object.values(WEBHOOK_FLAGS).reduce((sum, bit) => sum | bit, 0)
  const others = BigInt(flags) & ~BigInt(allowed)
  if (others !== 0n) {
    findings.add(
      'flags',
      `is ${flags}, which sets flags a webhook may not set (${others} of it); a webhook may set only ${FLAG_LIST}: ` +
        'write the sum of those you want (e.g. 4096 to post silently)'
    )
  }
  return (BigInt(flags) & BigInt(WEBHOOK_FLAGS.IS_COMPONENTS_V2)) !== 0n
}

function validateUsername(username: Json | undefined, findings: Findings): void {
  findings.text(username, 'username', LIMITS.username, true)
  if (typeof username === 'string' && /discord|clyde/i.test(username)) {
    findings.add(
      'username',
      "must not contain 'discord' or 'clyde' (Discord rejects such webhook names); set vars.username to another name"
    )
  }
}

function validateEmbed(value: Json, path: string, findings: Findings): void {
  const embed = findings.object(value, path)
  if (!embed) return
  findings.text(embed.title, `${path}.title`, LIMITS.title)
  findings.text(embed.description, `${path}.description`, LIMITS.description)
  findings.url(embed.url, `${path}.url`)
  validateColor(embed.color, `${path}.color`, findings)
  const timestamp = embed.timestamp
  if (timestamp !== undefined && timestamp !== null && (typeof timestamp !== 'string' || !isIsoTimestamp(timestamp))) {
    findings.add(
      `${path}.timestamp`,
      'must be an ISO 8601 time such as 2026-01-08T10:00:00Z (use << start_time_iso >>)'
    )
  }
  findings
    .list(embed.fields, `${path}.fields`, LIMITS.fields, 'fields')
    .forEach((field, i) => validateField(field, `${path}.fields[${i}]`, findings))
  const footer = findings.object(embed.footer, `${path}.footer`)
  if (footer) {
    requireText(footer.text, `${path}.footer.text`, LIMITS.footer, findings)
    findings.url(footer.icon_url, `${path}.footer.icon_url`)
  }
  const author = findings.object(embed.author, `${path}.author`)
  if (author) {
    requireText(author.name, `${path}.author.name`, LIMITS.author, findings)
    for (const key of ['url', 'icon_url']) findings.url(author[key], `${path}.author.${key}`)
  }
  for (const part of ['image', 'thumbnail']) {
    const media = findings.object(embed[part], `${path}.${part}`)
    if (!media) continue
    if (media.url === undefined || media.url === null) findings.add(`${path}.${part}.url`, 'is required')
    else findings.url(media.url, `${path}.${part}.url`)
  }
}

function requireText(value: Json | undefined, path: string, max: number, findings: Findings): void {
  if (value === undefined || value === null) return findings.add(path, 'is required')
  findings.text(value, path, max, true)
}

function validateColor(color: Json | undefined, path: string, findings: Findings): void {
  if (color === undefined || color === null) return
  if (typeof color !== 'number' || !Number.isInteger(color) || color < 0 || color > LIMITS.color) {
    findings.add(
      path,
      `must be an integer from 0 to ${LIMITS.color} (decimal RGB, e.g. 15158332 for red), got ${JSON.stringify(color)}`
    )
  }
}

function validateField(value: Json, path: string, findings: Findings): void {
  const field = findings.object(value, path)
  if (!field) return
  requireText(field.name, `${path}.name`, LIMITS.fieldName, findings)
  requireText(field.value, `${path}.value`, LIMITS.fieldValue, findings)
  findings.boolean(field.inline, `${path}.inline`)
}

function validateAllowedMentions(value: Json | undefined, findings: Findings): void {
  const mentions = findings.object(value, 'allowed_mentions')
  if (!mentions) return
  const parse = findings.list(mentions.parse, 'allowed_mentions.parse', MENTION_TYPES.length, 'types')
  parse.forEach((type, i) => {
    if (typeof type !== 'string' || !MENTION_TYPES.includes(type)) {
      findings.add(
        `allowed_mentions.parse[${i}]`,
        `must be one of ${MENTION_TYPES.join(', ')}, got ${JSON.stringify(type)}`
      )
    }
  })
  for (const kind of ['users', 'roles'] as const) {
    const path = `allowed_mentions.${kind}`
    const ids = findings.list(mentions[kind], path, LIMITS.mentionIds, 'ids')
    ids.forEach((id, i) => {
      if (!isSnowflake(id))
        findings.add(`${path}[${i}]`, `must be an id written as a string of digits, got ${JSON.stringify(id)}`)
    })
    if (ids.length > 0 && parse.includes(kind)) {
      findings.add(
        path,
        `cannot be combined with '${kind}' in allowed_mentions.parse (Discord rejects both); keep one of them`
      )
    }
  }
  findings.boolean(mentions.replied_user, 'allowed_mentions.replied_user')
}
