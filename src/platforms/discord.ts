import { InputError, type Problem } from '../errors.js'
import { toIso8601 } from '../event/time.js'
import { fitText, measureLength, truncate } from '../truncate.js'
import { WEBHOOK_PATH, lookAlike, matches } from './discord/descriptor.js'
import { isHttpUrl, parseEndpoint } from './shared/endpoint.js'
import { isObject, postJson, parseJson, typeOf, type JsonObject } from './shared/json.js'
import type { Delivered, HttpReply, Json, KnownKeys, Platform, PlatformContext, Send, Target, Verdict } from './types.js'

type Warn = (problem: Problem) => void

const WEBHOOK_PREFIX = /^(\/api(?:\/v\d+)?\/webhooks\/[^/]+\/)/

const WEBHOOK_URL_HINT = 'Set it to the channel webhook URL (Server Settings › Integrations › Webhooks), stored as a secret'
const THREAD_HINT =
  'To post in an existing thread or forum post, add ?thread_id=THREAD_ID to the url (the last number of the thread\'s link); ' +
  'to start a new forum post per alert, give the template a thread_name key (e.g. thread_name: "<< alert_summary >>") or set vars: thread_name'

/** Discord's documented limits, in characters (code points). */
const LIMITS = {
  content: 2000,
  username: 80,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  threadName: 100,
  embedTotal: 6000,
  mentionIds: 100,
  color: 0xffffff
} as const

/** Shown instead of an empty field name or value, which Discord rejects. */
export const PLACEHOLDER = '—'

const MENTION_TYPES = ['users', 'roles', 'everyone']
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/
const SNOWFLAKE = /^\d+$/
const HEX_COLOR = /^#([0-9a-f]{6})$/i
const DECIMAL_COLOR = /^\d+$/
/** Discord's "Unknown Webhook" and "Invalid Webhook Token" error codes. */
const WEBHOOK_GONE_CODES = new Set([10015, 50027])
/** Discord's "Unknown Channel": with `thread_id`, the thread does not exist (or is not in the webhook's channel). */
const UNKNOWN_CHANNEL_CODE = 10003
/** What Discord's forum error codes mean for the user, and what to do. */
const FORUM_ERRORS: Readonly<Record<number, string>> = {
  220001: `the webhook's channel is a forum, where every message goes to a post (thread). ${THREAD_HINT}`,
  220002: 'a forum message takes either thread_id (an existing post) or thread_name (a new post), not both; remove one',
  220003: "thread_name starts a new post only in a forum or media channel, and this webhook's channel is neither: remove thread_name (and vars.thread_name)"
}
const REPLY_TEXT_LIMIT = 1024

const MEDIA_KEYS = { url: true, width: true, height: true, description: true } as const

/** Execute Webhook's JSON parameters and the embed object (contracts/discord-openapi.json); Discord drops any other key. */
const KNOWN_KEYS: KnownKeys = {
  unknown: 'ignores',
  tree: {
    content: true,
    username: true,
    avatar_url: true,
    tts: true,
    embeds: {
      type: true,
      title: true,
      description: true,
      url: true,
      timestamp: true,
      color: true,
      fields: { name: true, value: true, inline: true },
      footer: { text: true, icon_url: true },
      author: { name: true, url: true, icon_url: true },
      image: MEDIA_KEYS,
      thumbnail: MEDIA_KEYS,
      video: MEDIA_KEYS,
      provider: { name: true, url: true }
    },
    allowed_mentions: { parse: true, roles: true, users: true, replied_user: true },
    components: true,
    attachments: true,
    poll: true,
    flags: true,
    thread_name: true,
    applied_tags: true
  }
}

// ─── helpers ────────────────────────────────────────────────────────────────────────────────────

function isBlank(value: Json | undefined): boolean {
  return typeof value !== 'string' || value.trim() === ''
}

function isIsoTimestamp(text: string): boolean {
  if (!ISO_8601.test(text)) return false
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}Z`
  return !Number.isNaN(new Date(zoned).getTime())
}

/** The webhook URL as it may be shown: the token (and anything after the webhook id) masked. */
export function maskWebhookUrl(url: URL): string {
  const prefix = WEBHOOK_PREFIX.exec(url.pathname)?.[1]
  return prefix ? `${url.origin}${prefix}***` : `${url.origin}/…`
}

/** The page a person opens for a message: https://discord.com/channels/{guild}/{channel}/{message}. */
export function messageLink(guildId: string, channelId: string, messageId: string): string {
  return `https://discord.com/channels/${guildId}/${channelId}/${messageId}`
}

// ─── target ─────────────────────────────────────────────────────────────────────────────────────

function resolveTarget(url: string | undefined, _template: string | undefined): Target {
  const endpoint = parseEndpoint(url, { required: 'Discord', hint: WEBHOOK_URL_HINT, mask: maskWebhookUrl, lookAlike })
  if (!WEBHOOK_PATH.test(endpoint.pathname)) {
    throw new InputError(
      'url',
      `${maskWebhookUrl(endpoint)} is not a Discord webhook URL (its path must be /api/webhooks/{id}/{token})`,
      WEBHOOK_URL_HINT
    )
  }
  // wait=true makes Discord answer with the message, whose id and channel the outputs need.
  endpoint.searchParams.set('wait', 'true')
  return { endpoint, defaultTemplate: 'discord' }
}

/** The webhook itself (GET answers with its guild): the endpoint without wait/thread_id or other query. */
function webhookUrl(endpoint: URL): string {
  const url = new URL(endpoint)
  url.search = ''
  return url.toString()
}

// ─── fit ────────────────────────────────────────────────────────────────────────────────────────

/** A fitted copy of the payload: limits applied, empty values Discord rejects dropped, mentions restricted. */
function fit(payload: Json, ctx: PlatformContext): Json {
  if (!isObject(payload)) return payload
  const fitted = structuredClone(payload)
  const warn = ctx.warn.bind(ctx)
  if (typeof fitted.content === 'string') fitted.content = fitText(fitted.content, LIMITS.content, 'content', warn)
  fitUsername(fitted, warn)
  dropUnusableUrl(fitted, 'avatar_url', 'avatar_url', warn)
  fitThreadName(fitted, ctx.vars.thread_name, warn)
  if (Array.isArray(fitted.embeds)) {
    fitted.embeds = dropExtraItems(fitted.embeds, LIMITS.embeds, 'embeds', 'embeds', warn)
    fitted.embeds.forEach((embed, i) => {
      if (isObject(embed)) fitEmbed(embed, `embeds[${i}]`, warn)
    })
    fitEmbedTotal(fitted.embeds, warn)
  }
  if (!('allowed_mentions' in fitted)) fitted.allowed_mentions = authoredMentions(ctx.authoredText)
  return fitted
}

/**
 * A forum post's title: the template's `thread_name`, else `vars.thread_name` (so the built-in template can post
 * to a forum); blank is left out, a long one shortened to Discord's 100.
 */
function fitThreadName(payload: JsonObject, fromVars: Json | undefined, warn: Warn): void {
  if (!('thread_name' in payload) && typeof fromVars === 'string') payload.thread_name = fromVars
  if (typeof payload.thread_name !== 'string') return
  if (payload.thread_name.trim() === '') {
    delete payload.thread_name
    warn({ path: 'thread_name', message: 'empty; left out, so no new forum post is started' })
    return
  }
  payload.thread_name = fitText(payload.thread_name, LIMITS.threadName, 'thread_name', warn)
}

function fitUsername(payload: JsonObject, warn: Warn): void {
  if (typeof payload.username !== 'string') return
  if (payload.username.trim() === '') {
    delete payload.username
    warn({ path: 'username', message: "empty; removed, so the webhook's own name is used" })
    return
  }
  payload.username = fitText(payload.username, LIMITS.username, 'username', warn)
}

/** Removes `key` when it is an empty string, which Discord rejects where a URL or date is expected. */
function dropEmptyString(object: JsonObject, key: string, path: string, warn: Warn): void {
  if (object[key] !== '') return
  delete object[key]
  warn({ path, message: 'empty; removed (Discord rejects an empty value here)' })
}

/**
 * Removes a link Discord would reject (empty, or not http(s)): links come from alert data, and a bad one
 * must cost the link, not the whole alert.
 */
function dropUnusableUrl(object: JsonObject, key: string, path: string, warn: Warn): void {
  const value = object[key]
  if (value === '') return dropEmptyString(object, key, path, warn)
  if (typeof value !== 'string' || isHttpUrl(value)) return
  delete object[key]
  warn({ path, message: `'${value.slice(0, 80)}' is not an http(s) URL; removed (Discord rejects it)` })
}

function dropExtraItems(items: Json[], max: number, what: string, path: string, warn: Warn): Json[] {
  if (items.length <= max) return items
  warn({ path, message: `${items.length} ${what}, Discord allows ${max}; dropped the last ${items.length - max}` })
  return items.slice(0, max)
}

function fitEmbed(embed: JsonObject, path: string, warn: Warn): void {
  if (typeof embed.title === 'string') embed.title = fitText(embed.title, LIMITS.title, `${path}.title`, warn)
  if (typeof embed.description === 'string') {
    embed.description = fitText(embed.description, LIMITS.description, `${path}.description`, warn)
  }
  dropUnusableUrl(embed, 'url', `${path}.url`, warn)
  fitColor(embed, path, warn)
  fitTimestamp(embed, path, warn)
  fitFields(embed, path, warn)
  fitNamedPart(embed, 'footer', 'text', LIMITS.footer, path, warn)
  fitNamedPart(embed, 'author', 'name', LIMITS.author, path, warn)
  for (const part of ['image', 'thumbnail']) fitMedia(embed, part, path, warn)
}

function fitColor(embed: JsonObject, path: string, warn: Warn): void {
  const color = embed.color
  if (typeof color !== 'string') return
  const hex = HEX_COLOR.exec(color.trim())?.[1]
  const value = hex ? parseInt(hex, 16) : DECIMAL_COLOR.test(color.trim()) ? Number(color.trim()) : undefined
  if (value === undefined) return
  embed.color = value
  warn({ path: `${path}.color`, message: `converted '${color}' to the integer ${value}` })
}

function fitTimestamp(embed: JsonObject, path: string, warn: Warn): void {
  const timestamp = embed.timestamp
  if (typeof timestamp !== 'string' || isIsoTimestamp(timestamp)) return
  if (timestamp === '') return dropEmptyString(embed, 'timestamp', `${path}.timestamp`, warn)
  const iso = toIso8601(timestamp)
  if (iso) {
    embed.timestamp = iso
    warn({ path: `${path}.timestamp`, message: `'${timestamp}' is not ISO 8601; converted to ${iso}` })
  } else {
    delete embed.timestamp
    warn({ path: `${path}.timestamp`, message: `'${timestamp}' is not a time Discord can read; removed` })
  }
}

function fitFields(embed: JsonObject, path: string, warn: Warn): void {
  if (!Array.isArray(embed.fields)) return
  const kept: Json[] = []
  embed.fields.forEach((field, i) => {
    const fieldPath = `${path}.fields[${i}]`
    // A whole-leaf value that was missing removed the `value` key: the field goes with it, as Discord needs both.
    if (isObject(field) && (field.value === undefined || field.value === null)) {
      warn({ path: fieldPath, message: `has no value; field${typeof field.name === 'string' ? ` '${field.name}'` : ''} removed` })
      return
    }
    if (isObject(field)) fitField(field, fieldPath, warn)
    kept.push(field)
  })
  embed.fields = dropExtraItems(kept, LIMITS.fields, 'fields', `${path}.fields`, warn)
}

function fitField(field: JsonObject, path: string, warn: Warn): void {
  for (const [key, max] of [['name', LIMITS.fieldName], ['value', LIMITS.fieldValue]] as const) {
    const text = field[key]
    if (text !== undefined && text !== null && typeof text !== 'string') continue
    if (isBlank(text)) {
      field[key] = PLACEHOLDER
      warn({ path: `${path}.${key}`, message: `empty; replaced with '${PLACEHOLDER}' (Discord requires a field ${key})` })
    } else {
      field[key] = fitText(text as string, max, `${path}.${key}`, warn)
    }
  }
}

/** footer/author: removed when their required text is empty, else truncated; their empty URLs dropped. */
function fitNamedPart(embed: JsonObject, part: string, key: string, max: number, path: string, warn: Warn): void {
  const object = embed[part]
  if (!isObject(object)) return
  const partPath = `${path}.${part}`
  if (object[key] === undefined || object[key] === null || object[key] === '') {
    delete embed[part]
    warn({ path: partPath, message: `has no ${key}; removed (Discord requires ${part} ${key})` })
    return
  }
  if (typeof object[key] === 'string') object[key] = fitText(object[key], max, `${partPath}.${key}`, warn)
  for (const urlKey of ['url', 'icon_url']) dropUnusableUrl(object, urlKey, `${partPath}.${urlKey}`, warn)
}

function fitMedia(embed: JsonObject, part: string, path: string, warn: Warn): void {
  const object = embed[part]
  if (!isObject(object)) return
  if (typeof object.url !== 'string' || !isHttpUrl(object.url)) {
    delete embed[part]
    warn({ path: `${path}.${part}`, message: `has no http(s) url; removed (Discord requires ${part} url)` })
  }
}

/** The strings Discord counts towards the 6000 characters all embeds of a message may hold. */
function embedText(embed: JsonObject): string[] {
  const fields = Array.isArray(embed.fields) ? embed.fields.filter(isObject) : []
  const parts = [
    embed.title,
    embed.description,
    ...fields.flatMap(field => [field.name, field.value]),
    isObject(embed.footer) ? embed.footer.text : undefined,
    isObject(embed.author) ? embed.author.name : undefined
  ]
  return parts.filter((part): part is string => typeof part === 'string')
}

/** The characters Discord counts across all embeds of a message (limit 6000). */
export function embedsLength(embeds: Json[]): number {
  return embeds.filter(isObject).flatMap(embedText).reduce((sum, text) => sum + measureLength(text), 0)
}

/** A text Discord counts that fitting may shorten: where it is, how short it may get, how to write it back. */
interface Shrinkable {
  path: string
  text: string
  length: number
  floor: number
  set(text: string): void
}

/** Descriptions (they hold the alert text) and field values; a field value keeps at least its ellipsis. */
function shrinkables(embeds: Json[]): Shrinkable[] {
  const found: Shrinkable[] = []
  const add = (path: string, text: string, floor: number, set: (text: string) => void) =>
    found.push({ path, text, length: measureLength(text), floor, set })
  embeds.forEach((embed, i) => {
    if (!isObject(embed)) return
    if (typeof embed.description === 'string') add(`embeds[${i}].description`, embed.description, 0, text => (embed.description = text))
    if (!Array.isArray(embed.fields)) return
    embed.fields.forEach((field, j) => {
      if (isObject(field) && typeof field.value === 'string') {
        add(`embeds[${i}].fields[${j}].value`, field.value, 1, text => (field.value = text))
      }
    })
  })
  return found
}

/** How many characters capping every text at `cap` (but never below its floor) removes. */
function removedByCap(texts: Shrinkable[], cap: number): number {
  return texts.reduce((sum, t) => sum + Math.max(0, t.length - Math.max(cap, t.floor)), 0)
}

/**
 * Brings all embeds within 6000 characters by capping the longest descriptions and field values at one
 * common length, the largest cap that removes enough: the longest text (usually the alert text) shrinks
 * first, and short facts are touched only when the long texts alone cannot make room.
 */
function fitEmbedTotal(embeds: Json[], warn: Warn): void {
  const excess = embedsLength(embeds) - LIMITS.embedTotal
  if (excess <= 0) return
  const texts = shrinkables(embeds)
  let low = 0
  let high = Math.max(0, ...texts.map(t => t.length))
  // Largest cap that still removes `excess` (removedByCap falls as the cap grows); 0 when nothing does.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (removedByCap(texts, mid) >= excess) low = mid
    else high = mid - 1
  }
  const why: Warn = problem => warn({ ...problem, message: `${problem.message}, to keep all embeds within ${LIMITS.embedTotal} characters` })
  for (const text of texts) {
    const cap = Math.max(low, text.floor)
    if (text.length > cap) text.set(fitText(text.text, cap, text.path, why))
  }
}

/**
 * Only the mentions the workflow author wrote (template and vars) may notify anyone; `@everyone` or `<@id>`
 * arriving inside alert text stays plain text.
 */
export function authoredMentions(authoredText: string): JsonObject {
  const users = [...new Set([...authoredText.matchAll(/<@!?(\d+)>/g)].map(match => match[1]))]
  const roles = [...new Set([...authoredText.matchAll(/<@&(\d+)>/g)].map(match => match[1]))]
  const parse = /@(?:everyone|here)\b/.test(authoredText) ? ['everyone'] : []
  return { parse, roles, users }
}

// ─── validate ───────────────────────────────────────────────────────────────────────────────────

/** Collects problems; each check names the JSON path and what Discord expects there. */
class Findings {
  readonly problems: Problem[] = []

  add(path: string, message: string): void {
    this.problems.push({ path, message })
  }

  /** An optional string: when present, a string of at most `max` characters (and at least `min`). */
  text(value: Json | undefined, path: string, max: number, min = 0): void {
    if (value === undefined || value === null) return
    if (typeof value !== 'string') return this.add(path, `must be a string, got ${typeOf(value)}`)
    const length = measureLength(value)
    if (length > max) this.add(path, `is ${length} characters long; Discord allows at most ${max}`)
    if (min > 0 && value.trim() === '') this.add(path, 'must not be empty')
  }

  url(value: Json | undefined, path: string): void {
    if (value === undefined || value === null) return
    if (typeof value !== 'string' || !isHttpUrl(value)) this.add(path, 'must be an http(s) URL')
  }

  boolean(value: Json | undefined, path: string): void {
    if (value !== undefined && value !== null && typeof value !== 'boolean') this.add(path, `must be true or false, got ${typeOf(value)}`)
  }

  list(value: Json | undefined, path: string, max: number, what: string): Json[] {
    if (value === undefined || value === null) return []
    if (!Array.isArray(value)) {
      this.add(path, `must be a list, got ${typeOf(value)}`)
      return []
    }
    if (value.length > max) this.add(path, `has ${value.length} ${what}; Discord allows at most ${max}`)
    return value
  }

  object(value: Json | undefined, path: string): JsonObject | undefined {
    if (value === undefined || value === null) return undefined
    if (isObject(value)) return value
    this.add(path, `must be an object, got ${typeOf(value)}`)
    return undefined
  }
}

function validate(payload: Json, ctx: PlatformContext): Problem[] {
  const findings = new Findings()
  if (!isObject(payload)) {
    findings.add('', `the message must be a JSON object, got ${typeOf(payload)}`)
    return findings.problems
  }
  if (!hasSomethingToShow(payload)) {
    findings.add('', 'the message is empty: Discord needs content, embeds, components or a poll ("Cannot send an empty message")')
  }
  findings.text(payload.content, 'content', LIMITS.content)
  validateUsername(payload.username, findings)
  findings.url(payload.avatar_url, 'avatar_url')
  findings.boolean(payload.tts, 'tts')
  findings.list(payload.embeds, 'embeds', LIMITS.embeds, 'embeds').forEach((embed, i) => validateEmbed(embed, `embeds[${i}]`, findings))
  if (Array.isArray(payload.embeds)) {
    const total = embedsLength(payload.embeds)
    if (total > LIMITS.embedTotal) {
      findings.add('embeds', `hold ${total} characters in all; Discord allows at most ${LIMITS.embedTotal} across all embeds`)
    }
  }
  validateAllowedMentions(payload.allowed_mentions, findings)
  findings.text(payload.thread_name, 'thread_name', LIMITS.threadName, 1)
  if (payload.thread_name !== undefined && ctx.target.endpoint.searchParams.has('thread_id')) {
    findings.add('thread_name', 'cannot be combined with ?thread_id= in the url (Discord rejects both): thread_id posts in an existing thread, thread_name starts a forum post; keep one')
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

function validateUsername(username: Json | undefined, findings: Findings): void {
  findings.text(username, 'username', LIMITS.username, 1)
  if (typeof username === 'string' && /discord|clyde/i.test(username)) {
    findings.add('username', "must not contain 'discord' or 'clyde' (Discord rejects such webhook names); set vars.username to another name")
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
    findings.add(`${path}.timestamp`, 'must be an ISO 8601 time such as 2026-01-08T10:00:00Z (use << start_time_iso >>)')
  }
  findings.list(embed.fields, `${path}.fields`, LIMITS.fields, 'fields').forEach((field, i) => validateField(field, `${path}.fields[${i}]`, findings))
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
  findings.text(value, path, max, 1)
}

function validateColor(color: Json | undefined, path: string, findings: Findings): void {
  if (color === undefined || color === null) return
  if (typeof color !== 'number' || !Number.isInteger(color) || color < 0 || color > LIMITS.color) {
    findings.add(path, `must be an integer from 0 to ${LIMITS.color} (decimal RGB, e.g. 15158332 for red), got ${JSON.stringify(color)}`)
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
      findings.add(`allowed_mentions.parse[${i}]`, `must be one of ${MENTION_TYPES.join(', ')}, got ${JSON.stringify(type)}`)
    }
  })
  for (const kind of ['users', 'roles'] as const) {
    const path = `allowed_mentions.${kind}`
    const ids = findings.list(mentions[kind], path, LIMITS.mentionIds, 'ids')
    ids.forEach((id, i) => {
      if (typeof id !== 'string' || !SNOWFLAKE.test(id)) findings.add(`${path}[${i}]`, `must be an id written as a string of digits, got ${JSON.stringify(id)}`)
    })
    if (ids.length > 0 && parse.includes(kind)) {
      findings.add(path, `cannot be combined with '${kind}' in allowed_mentions.parse (Discord rejects both); keep one of them`)
    }
  }
  findings.boolean(mentions.replied_user, 'allowed_mentions.replied_user')
}

// ─── request and reply ──────────────────────────────────────────────────────────────────────────

/**
 * The channel each delivered message landed in, kept from `parse` for `complete` (which builds the link).
 * Keyed by the delivery's context so it needs no change to `Delivered` and is forgotten with the context.
 * The message's own channel is the right one for the link: in a thread it is the thread.
 */
const deliveredChannels = new WeakMap<PlatformContext, string>()

function parse(reply: HttpReply, ctx: PlatformContext): Verdict {
  const body = parseJson(reply.body)
  if (reply.status >= 200 && reply.status < 300) {
    const message = isObject(body) ? body : {}
    if (typeof message.channel_id === 'string') deliveredChannels.set(ctx, message.channel_id)
    return { ok: true, id: typeof message.id === 'string' ? message.id : '', url: '', status: 'sent' }
  }
  if (reply.status === 429) return rateLimited(body, reply.body)
  const error = isObject(body) ? body : undefined
  const threadId = ctx.target.endpoint.searchParams.get('thread_id')
  if (error?.code === UNKNOWN_CHANNEL_CODE && threadId) return { ok: false, message: unknownThread(error, threadId) }
  if (typeof error?.code === 'number' && error.code in FORUM_ERRORS) return { ok: false, message: `${describeError(error)}: ${FORUM_ERRORS[error.code]}` }
  if (reply.status === 401 || reply.status === 404 || (typeof error?.code === 'number' && WEBHOOK_GONE_CODES.has(error.code))) {
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
    ? errors._errors.filter(isObject).map(entry => `${path.join('.') || '(body)'}: ${String(entry.message ?? entry.code)}`)
    : []
  const nested = Object.entries(errors)
    .filter(([key]) => key !== '_errors')
    .flatMap(([key, value]) => fieldErrors(value, [...path, key]))
  return [...here, ...nested]
}

function replyText(text: string): string {
  return text.trim() === '' ? '(empty reply)' : truncate(text.trim(), REPLY_TEXT_LIMIT)
}

// ─── complete ───────────────────────────────────────────────────────────────────────────────────

/** Looks up the webhook's guild to build the message link; the message is out, so a failure only warns. */
async function complete(delivered: Delivered, ctx: PlatformContext, send: Send): Promise<Delivered> {
  if (!delivered.id) return delivered
  const linkUnknown = (why: string): Delivered => {
    ctx.warn({ path: 'url', message: `the message was sent, but its link is unknown (${why}); the url output stays empty` })
    return delivered
  }
  let reply: HttpReply
  try {
    reply = await send({ method: 'GET', url: webhookUrl(ctx.target.endpoint), headers: { ...ctx.headers } })
  } catch (error) {
    return linkUnknown(`the message link lookup failed: ${error instanceof Error ? error.message : String(error)}`)
  }
  const webhook = parseJson(reply.body)
  if (reply.status !== 200 || !isObject(webhook)) return linkUnknown(`the message link lookup answered HTTP ${reply.status}`)
  if (typeof webhook.guild_id !== 'string') return linkUnknown('the webhook belongs to no server')
  const channel = deliveredChannels.get(ctx) ?? ctx.target.endpoint.searchParams.get('thread_id') ?? webhook.channel_id
  if (typeof channel !== 'string') return linkUnknown('Discord did not say which channel the message is in')
  return { ...delivered, url: messageLink(webhook.guild_id, channel, delivered.id) }
}

export const discord: Platform = {
  name: 'discord',
  matches,
  lookAlike,
  resolveTarget,
  fit,
  validate,
  request: postJson,
  parse,
  // The per-webhook bucket. The per-channel limit is not in these headers: its 429 says how long to wait.
  rateLimitHeaders: [{ remaining: 'x-ratelimit-remaining', reset: 'x-ratelimit-reset-after', resetIn: 'seconds' }],
  complete,
  knownKeys: KNOWN_KEYS,
  varsRead: ['thread_name'],
  sampleTarget: file => resolveTarget('https://discord.com/api/webhooks/123456789012345678/check-mode-placeholder', file)
}
