import { InputError, type Problem } from '../errors.js'
import { fitText, measureLength, truncate, type Measure } from '../truncate.js'
import { isHttpUrl, parseEndpoint } from './shared/endpoint.js'
import { isObject, parseJson, typeOf, type JsonObject } from './shared/json.js'
import { POST_MESSAGE_PATH, POST_MESSAGE_URL, lookAlike, matches } from './slack/descriptor.js'
import type { Delivered, HttpReply, HttpRequest, Json, KnownKeys, Platform, PlatformContext, Send, Target, Verdict } from './types.js'

type Warn = (problem: Problem) => void

/** Where requests go when `url` is not set: the Web API method, with a bot token in the headers. */

/** An incoming webhook: /services/{team}/{bot}/{secret}; the last segment is a credential. */
const WEBHOOK_PATH = /^\/services\/([^/]+)\/([^/]+)\/([^/]+)\/?$/
/** Workflow Builder webhooks take workflow variables, not messages. */
const TRIGGER_PATH = /^\/triggers\//

const URL_HINT =
  'Set url to an incoming webhook URL (https://hooks.slack.com/services/…, stored as a secret), or to ' +
  `${POST_MESSAGE_URL} with headers \`Authorization: Bearer xoxb-…\` and vars: channel`
const TOKEN_HINT = 'Set headers to `Authorization: Bearer xoxb-…` (the bot token of your Slack app) from a secret'
const CHANNEL_HINT = "set vars: channel: C0123456789 (the channel ID, shown in the channel's details)"

/** Block Kit and chat.postMessage limits. */
const LIMITS = {
  text: 40000,
  blocks: 50,
  blockId: 255,
  header: 150,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  contextElements: 10,
  textObject: 3000,
  actionElements: 25,
  buttonText: 75,
  buttonUrl: 3000,
  buttonValue: 2000,
  actionId: 255
} as const

/**
 * Slack does not say how it counts characters; UTF-16 units are never fewer than code points, so a text within
 * a limit by this measure is within it by either.
 */
const MEASURE: Measure = 'utf16'

const TEXT_TYPES = ['plain_text', 'mrkdwn']
const BUTTON_STYLES = ['primary', 'danger']
const REPLY_TEXT_LIMIT = 1024

/** Mentions that notify people: <!here>, <!channel>, <!everyone>, <!group>, <!subteam^ID>, <@U…>, each with an optional |label. */
const SPECIAL_MENTION = /<(?:@[^<>]*|!(?:here|channel|everyone|group|subteam\^)[^<>]*)>/gi
/** Written without brackets, these may still be parsed as mentions in mrkdwn (Slack's "automatic parsing"). */
const BARE_BROADCAST = /@(here|channel|everyone)\b/gi
/** Invisible, and breaks `@here` so no parser sees the word. */
const WORD_JOINER = '\u2060'

/**
 * chat.postMessage's and incoming webhooks' arguments and legacy attachments; Slack ignores any other key. Blocks are
 * left to validate: Slack rejects a malformed block.
 */
const KNOWN_KEYS: KnownKeys = {
  unknown: 'ignores',
  tree: {
    channel: true,
    text: true,
    blocks: true,
    attachments: {
      fallback: true, color: true, pretext: true, author_name: true, author_link: true, author_icon: true, title: true,
      title_link: true, text: true, fields: { title: true, value: true, short: true }, image_url: true, thumb_url: true,
      footer: true, footer_icon: true, ts: true, mrkdwn_in: true, blocks: true, actions: true, callback_id: true
    },
    username: true,
    icon_url: true,
    icon_emoji: true,
    thread_ts: true,
    reply_broadcast: true,
    unfurl_links: true,
    unfurl_media: true,
    mrkdwn: true,
    markdown_text: true,
    parse: true,
    link_names: true,
    metadata: true
  }
}

// ─── helpers ────────────────────────────────────────────────────────────────────────────────────

function replyText(text: string): string {
  return text.trim() === '' ? '(empty reply)' : truncate(text.trim(), REPLY_TEXT_LIMIT)
}

function isIncomingWebhook(endpoint: URL): boolean {
  return WEBHOOK_PATH.test(endpoint.pathname)
}

/** The URL as it may be shown: the webhook secret masked, an API method's path, no query; any other path may hold a secret. */
export function maskSlackUrl(url: URL): string {
  const webhook = WEBHOOK_PATH.exec(url.pathname)
  if (webhook) return `${url.origin}/services/${webhook[1]}/${webhook[2]}/***`
  return /^\/api\/[\w.]+$/.test(url.pathname) ? `${url.origin}${url.pathname}` : `${url.origin}/…`
}

// ─── target ─────────────────────────────────────────────────────────────────────────────────────

function resolveTarget(url: string | undefined, _template: string | undefined): Target {
  const endpoint = parseEndpoint(url, { fallback: POST_MESSAGE_URL, hint: URL_HINT, mask: maskSlackUrl, lookAlike })
  if (TRIGGER_PATH.test(endpoint.pathname)) {
    throw new InputError('url', `${endpoint.origin}/triggers/… is a Workflow Builder webhook, which takes workflow variables, not messages`, URL_HINT)
  }
  if (!WEBHOOK_PATH.test(endpoint.pathname) && !POST_MESSAGE_PATH.test(endpoint.pathname)) {
    throw new InputError('url', `${maskSlackUrl(endpoint)} is neither a Slack incoming webhook (/services/T…/B…/…) nor chat.postMessage`, URL_HINT)
  }
  return { endpoint, defaultTemplate: 'slack' }
}

// ─── mentions ───────────────────────────────────────────────────────────────────────────────────

/**
 * Only mentions the workflow author wrote (template and vars) may notify anyone: any other `<!here>`, `<@U…>`, …
 * is escaped the way Slack escapes text (`&lt;!here&gt;` shows as `<!here>`), and a bare `@here` gets an
 * invisible word joiner.
 */
export function neutraliseMentions(text: string, authoredText: string): string {
  return text
    .replace(SPECIAL_MENTION, special => (authoredText.includes(special) ? special : `&lt;${special.slice(1, -1)}&gt;`))
    .replace(BARE_BROADCAST, (word, name: string) => (authoredText.includes(word) ? word : `@${WORD_JOINER}${name}`))
}

/** Every mrkdwn text object, wherever a block nests it; plain_text never notifies anyone. */
function neutraliseBlocks(value: Json, authoredText: string): void {
  if (Array.isArray(value)) return value.forEach(item => neutraliseBlocks(item, authoredText))
  if (!isObject(value)) return
  if (value.type === 'mrkdwn' && typeof value.text === 'string') value.text = neutraliseMentions(value.text, authoredText)
  for (const child of Object.values(value)) neutraliseBlocks(child, authoredText)
}

// ─── fit ────────────────────────────────────────────────────────────────────────────────────────

/**
 * A fitted copy of the payload: mentions restricted, texts truncated, excess items dropped (each with a warning).
 * Blank texts are removed silently, with whatever they leave empty: Slack rejects them and nothing visible is lost.
 */
function fit(payload: Json, ctx: PlatformContext): Json {
  if (!isObject(payload)) return payload
  const fitted = structuredClone(payload)
  const warn = ctx.warn.bind(ctx)
  const channel = ctx.vars.channel
  if (!isIncomingWebhook(ctx.target.endpoint) && fitted.channel === undefined && typeof channel === 'string' && channel.trim()) {
    fitted.channel = channel.trim()
  }
  for (const key of ['username', 'icon_url', 'icon_emoji', 'thread_ts']) {
    if (typeof fitted[key] === 'string' && (fitted[key] as string).trim() === '') delete fitted[key]
  }
  fitTopText(fitted, ctx.authoredText, warn)
  if (Array.isArray(fitted.blocks)) {
    neutraliseBlocks(fitted.blocks, ctx.authoredText)
    const kept = fitted.blocks.flatMap((block, i) => fitBlock(block, `blocks[${i}]`, warn))
    fitted.blocks = dropExtra(kept, LIMITS.blocks, 'blocks', 'blocks', warn)
    if (fitted.text === undefined && kept.length > 0) {
      warn({ path: 'text', message: 'is missing: Slack shows it in notifications and to screen readers; add a one-line text next to blocks' })
    }
  }
  return fitted
}

function fitTopText(payload: JsonObject, authoredText: string, warn: Warn): void {
  if (typeof payload.text !== 'string') return
  if (payload.text.trim() === '') {
    delete payload.text
    return
  }
  payload.text = fitText(neutraliseMentions(payload.text, authoredText), LIMITS.text, 'text', warn, MEASURE)
}

function dropExtra(items: Json[], max: number, what: string, path: string, warn: Warn): Json[] {
  if (items.length <= max) return items
  warn({ path, message: `${items.length} ${what}, Slack allows ${max}; dropped the last ${items.length - max}` })
  return items.slice(0, max)
}

/** A text object (or bare string) with nothing to show. */
function isBlankText(value: Json | undefined): boolean {
  if (value === undefined || value === null) return true
  if (typeof value === 'string') return value.trim() === ''
  if (!isObject(value)) return false
  return value.text === undefined || value.text === null || (typeof value.text === 'string' && value.text.trim() === '')
}

function fitTextObject(value: Json | undefined, max: number, path: string, warn: Warn): void {
  if (isObject(value) && typeof value.text === 'string') value.text = fitText(value.text, max, `${path}.text`, warn, MEASURE)
}

/** The block, fitted, or nothing when it has nothing left to show. */
function fitBlock(block: Json, path: string, warn: Warn): Json[] {
  if (!isObject(block)) return [block]
  switch (block.type) {
    case 'header':
      if (isBlankText(block.text)) return []
      fitTextObject(block.text, LIMITS.header, `${path}.text`, warn)
      return [block]
    case 'section':
      return fitSection(block, path, warn)
    case 'context':
      return fitContext(block, path, warn)
    case 'actions':
      return fitActions(block, path, warn)
    default:
      return [block]
  }
}

function fitSection(block: JsonObject, path: string, warn: Warn): Json[] {
  if ('text' in block && isBlankText(block.text)) delete block.text
  if (Array.isArray(block.fields)) {
    const fields = block.fields.filter(field => !isBlankText(field))
    fields.forEach((field, i) => fitTextObject(field, LIMITS.fieldText, `${path}.fields[${i}]`, warn))
    if (fields.length === 0) delete block.fields
    else block.fields = dropExtra(fields, LIMITS.fields, 'fields', `${path}.fields`, warn)
  }
  if (block.text === undefined && block.fields === undefined) return []
  fitTextObject(block.text, LIMITS.sectionText, `${path}.text`, warn)
  return [block]
}

function fitContext(block: JsonObject, path: string, warn: Warn): Json[] {
  if (!Array.isArray(block.elements)) return [block]
  const elements = block.elements.filter(element => !(isObject(element) && TEXT_TYPES.includes(String(element.type)) && isBlankText(element)))
  if (elements.length === 0) return []
  elements.forEach((element, i) => fitTextObject(element, LIMITS.textObject, `${path}.elements[${i}]`, warn))
  block.elements = dropExtra(elements, LIMITS.contextElements, 'elements', `${path}.elements`, warn)
  return [block]
}

function fitActions(block: JsonObject, path: string, warn: Warn): Json[] {
  if (!Array.isArray(block.elements)) return [block]
  const elements = block.elements.flatMap((element, i) => fitButton(element, `${path}.elements[${i}]`, warn))
  if (elements.length === 0) return []
  block.elements = dropExtra(elements, LIMITS.actionElements, 'elements', `${path}.elements`, warn)
  return [block]
}

/** A link button whose link the alert did not have does nothing: it goes, with a warning (its label is lost). */
function fitButton(element: Json, path: string, warn: Warn): Json[] {
  if (!isObject(element) || element.type !== 'button') return [element]
  if (element.url === '') delete element.url
  if (element.url === undefined && element.action_id === undefined) {
    warn({ path, message: 'has no url (the alert has no link for it); button removed' })
    return []
  }
  fitTextObject(element.text, LIMITS.buttonText, `${path}.text`, warn)
  return [element]
}

// ─── validate ───────────────────────────────────────────────────────────────────────────────────

/** Collects problems; each check names the JSON path and what Slack expects there. */
class Findings {
  readonly problems: Problem[] = []

  add(path: string, message: string): void {
    this.problems.push({ path, message })
  }

  /** An optional string of at most `max` characters. */
  string(value: Json | undefined, path: string, max = Infinity): void {
    if (value === undefined || value === null) return
    if (typeof value !== 'string') return this.add(path, `must be a string, got ${typeOf(value)}`)
    const length = measureLength(value, MEASURE)
    if (length > max) this.add(path, `is ${length} characters long; Slack allows at most ${max}`)
  }

  url(value: Json | undefined, path: string, max = Infinity): void {
    if (value === undefined || value === null) return
    if (typeof value !== 'string' || !isHttpUrl(value)) return this.add(path, 'must be an http(s) URL')
    this.string(value, path, max)
  }

  boolean(value: Json | undefined, path: string): void {
    if (value !== undefined && value !== null && typeof value !== 'boolean') this.add(path, `must be true or false, got ${typeOf(value)}`)
  }

  /** A list (absent: empty) of at most `max` items; `min` 1 makes an empty list a problem too. */
  list(value: Json | undefined, path: string, max: number, what: string, min = 0): Json[] {
    if (value === undefined || value === null) return []
    if (!Array.isArray(value)) {
      this.add(path, `must be a list, got ${typeOf(value)}`)
      return []
    }
    if (value.length > max) this.add(path, `has ${value.length} ${what}; Slack allows at most ${max}`)
    if (value.length < min) this.add(path, `must hold at least ${min} of ${what}`)
    return value
  }

  object(value: Json | undefined, path: string): JsonObject | undefined {
    if (isObject(value)) return value
    this.add(path, value === undefined || value === null ? 'is required' : `must be an object, got ${typeOf(value)}`)
    return undefined
  }

  /** A Block Kit text object: {type: plain_text|mrkdwn, text (1..max)}; `plainOnly` where Slack takes plain_text only. */
  textObject(value: Json | undefined, path: string, max: number, plainOnly = false): void {
    const object = this.object(value, path)
    if (!object) return
    const types = plainOnly ? ['plain_text'] : TEXT_TYPES
    if (typeof object.type !== 'string' || !types.includes(object.type)) {
      this.add(`${path}.type`, `must be ${types.join(' or ')}, got ${JSON.stringify(object.type ?? null)}`)
    }
    if (typeof object.text !== 'string' || object.text.trim() === '') this.add(`${path}.text`, 'must be a non-empty string')
    else this.string(object.text, `${path}.text`, max)
    if ('emoji' in object && object.type !== 'plain_text') this.add(`${path}.emoji`, 'is only allowed on plain_text')
    if ('verbatim' in object && object.type !== 'mrkdwn') this.add(`${path}.verbatim`, 'is only allowed on mrkdwn')
    this.boolean(object.emoji, `${path}.emoji`)
    this.boolean(object.verbatim, `${path}.verbatim`)
  }
}

function validate(payload: Json, ctx: PlatformContext): Problem[] {
  const findings = new Findings()
  if (!isObject(payload)) {
    findings.add('', `the message must be a JSON object, got ${typeOf(payload)}`)
    return findings.problems
  }
  if (!hasSomethingToShow(payload)) findings.add('', 'the message is empty: Slack needs text or blocks (it answers no_text)')
  findings.string(payload.text, 'text', LIMITS.text)
  validateChannel(payload.channel, ctx, findings)
  findings.string(payload.username, 'username')
  findings.url(payload.icon_url, 'icon_url')
  findings.string(payload.icon_emoji, 'icon_emoji')
  findings.string(payload.thread_ts, 'thread_ts')
  for (const key of ['unfurl_links', 'unfurl_media', 'mrkdwn', 'reply_broadcast']) findings.boolean(payload[key], key)
  const blocks = findings.list(payload.blocks, 'blocks', LIMITS.blocks, 'blocks')
  blocks.forEach((block, i) => validateBlock(block, `blocks[${i}]`, findings))
  validateBlockIds(blocks, findings)
  return findings.problems
}

function hasSomethingToShow(payload: JsonObject): boolean {
  const { text, blocks, attachments } = payload
  return (typeof text === 'string' && text.trim() !== '') || (Array.isArray(blocks) && blocks.length > 0) || (Array.isArray(attachments) && attachments.length > 0)
}

function validateChannel(channel: Json | undefined, ctx: PlatformContext, findings: Findings): void {
  // An incoming webhook posts to the channel it was created for (and ignores `channel`).
  if (isIncomingWebhook(ctx.target.endpoint)) return findings.string(channel, 'channel')
  if (typeof channel !== 'string' || channel.trim() === '') {
    findings.add('channel', `is required for chat.postMessage: ${CHANNEL_HINT}, and invite the app's bot to that channel`)
  }
}

function validateBlock(value: Json, path: string, findings: Findings): void {
  const block = findings.object(value, path)
  if (!block) return
  findings.string(block.block_id, `${path}.block_id`, LIMITS.blockId)
  switch (block.type) {
    case 'header':
      return findings.textObject(block.text, `${path}.text`, LIMITS.header, true)
    case 'section':
      return validateSection(block, path, findings)
    case 'context':
      return validateContext(block, path, findings)
    case 'actions':
      return validateActions(block, path, findings)
    case undefined:
    case null:
      return findings.add(`${path}.type`, 'is required (header, section, context, actions, divider, …)')
    default:
      // Other Block Kit blocks (divider, image, rich_text, …) are Slack's to check.
      if (typeof block.type !== 'string') findings.add(`${path}.type`, `must be a string, got ${typeOf(block.type)}`)
  }
}

function validateSection(block: JsonObject, path: string, findings: Findings): void {
  if (block.text === undefined && block.fields === undefined) return findings.add(path, 'a section needs text or fields')
  if (block.text !== undefined) findings.textObject(block.text, `${path}.text`, LIMITS.sectionText)
  const fields = findings.list(block.fields, `${path}.fields`, LIMITS.fields, 'fields', 1)
  fields.forEach((field, i) => findings.textObject(field, `${path}.fields[${i}]`, LIMITS.fieldText))
}

function validateContext(block: JsonObject, path: string, findings: Findings): void {
  if (block.elements === undefined) return findings.add(`${path}.elements`, 'is required')
  const elements = findings.list(block.elements, `${path}.elements`, LIMITS.contextElements, 'elements', 1)
  elements.forEach((element, i) => {
    const elementPath = `${path}.elements[${i}]`
    if (isObject(element) && element.type === 'image') return findings.string(element.alt_text, `${elementPath}.alt_text`, 2000)
    findings.textObject(element, elementPath, LIMITS.textObject)
  })
}

function validateActions(block: JsonObject, path: string, findings: Findings): void {
  if (block.elements === undefined) return findings.add(`${path}.elements`, 'is required')
  const elements = findings.list(block.elements, `${path}.elements`, LIMITS.actionElements, 'elements', 1)
  elements.forEach((element, i) => {
    const elementPath = `${path}.elements[${i}]`
    const object = findings.object(element, elementPath)
    if (object?.type === 'button') validateButton(object, elementPath, findings)
  })
}

function validateButton(button: JsonObject, path: string, findings: Findings): void {
  findings.textObject(button.text, `${path}.text`, LIMITS.buttonText, true)
  findings.url(button.url, `${path}.url`, LIMITS.buttonUrl)
  findings.string(button.value, `${path}.value`, LIMITS.buttonValue)
  findings.string(button.action_id, `${path}.action_id`, LIMITS.actionId)
  if (button.style !== undefined && !BUTTON_STYLES.includes(String(button.style))) {
    findings.add(`${path}.style`, `must be primary or danger, got ${JSON.stringify(button.style)}`)
  }
}

function validateBlockIds(blocks: Json[], findings: Findings): void {
  const seen = new Set<string>()
  blocks.forEach((block, i) => {
    const id = isObject(block) ? block.block_id : undefined
    if (typeof id !== 'string') return
    if (seen.has(id)) findings.add(`blocks[${i}].block_id`, `'${id}' is used by an earlier block; block_id must be unique`)
    seen.add(id)
  })
}

// ─── request ────────────────────────────────────────────────────────────────────────────────────

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

/** The channel each request asked for, for error messages; keyed by the delivery's context. */
const requestedChannels = new WeakMap<PlatformContext, string>()

function request(payload: Json, ctx: PlatformContext): HttpRequest {
  // Slack warns (missing_charset) about JSON without a charset.
  const headers: Record<string, string> = { ...ctx.headers, 'content-type': 'application/json; charset=utf-8' }
  if (!isIncomingWebhook(ctx.target.endpoint)) {
    headers.authorization = authorization(ctx)
    if (headers.authorization !== ctx.headers.authorization?.trim()) {
      ctx.warn({ path: 'headers.authorization', message: 'added "Bearer " before the token: Slack accepts tokens only as Bearer' })
    }
    if (isObject(payload) && typeof payload.channel === 'string') requestedChannels.set(ctx, payload.channel)
  }
  return { method: 'POST', url: ctx.target.endpoint.toString(), headers, body: JSON.stringify(payload) }
}

// ─── parse ──────────────────────────────────────────────────────────────────────────────────────

const WEBHOOK_GONE = 'the webhook URL is wrong or the webhook was removed. Set the url input to an incoming webhook URL (your Slack app › Incoming Webhooks), stored as a secret'

/** Incoming webhooks answer errors as a bare code in a text body. */
const WEBHOOK_ERRORS: Readonly<Record<string, string>> = {
  invalid_payload: 'Slack could not read the message (not JSON, or a field of the wrong shape)',
  no_text: 'the message has no text or blocks',
  invalid_blocks: 'Slack rejected the blocks (Block Kit); run with dry-run to see the payload',
  invalid_blocks_format: 'Slack rejected the blocks (Block Kit); run with dry-run to see the payload',
  action_prohibited: 'a workspace admin restricted posting through this webhook',
  posting_to_general_channel_denied: "only admins may post to the webhook's channel",
  no_service: WEBHOOK_GONE,
  no_team: WEBHOOK_GONE,
  invalid_token: WEBHOOK_GONE,
  team_disabled: 'the Slack workspace of this webhook is disabled',
  channel_not_found: "the webhook's channel was deleted; create an incoming webhook for another channel",
  channel_is_archived: "the webhook's channel is archived; unarchive it or create an incoming webhook for another channel",
  user_not_found: 'the webhook posts to a user who no longer exists'
}

function parse(reply: HttpReply, ctx: PlatformContext): Verdict {
  return isIncomingWebhook(ctx.target.endpoint) ? parseWebhookReply(reply) : parseApiReply(reply, ctx)
}

/** 200 `ok` is a sent message; an incoming webhook says nothing else, so there is no id and no link. */
function parseWebhookReply(reply: HttpReply): Verdict {
  if (reply.status >= 200 && reply.status < 300) return { ok: true, id: '', url: '', status: 'sent' }
  const code = reply.body.trim()
  if (reply.status === 429) return { ok: false, message: `rate limited: ${replyText(reply.body)}` }
  const hint = WEBHOOK_ERRORS[code]
  return { ok: false, message: hint ? `${code}: ${hint}` : replyText(reply.body) }
}

/** The channel each delivered message landed in (Slack's ID), kept from `parse` for `complete`. */
const deliveredChannels = new WeakMap<PlatformContext, string>()

/** Web API errors arrive as HTTP 200 `{ok: false, error}`: a failure, whatever the status says. */
function parseApiReply(reply: HttpReply, ctx: PlatformContext): Verdict {
  const body = parseJson(reply.body)
  const answer = isObject(body) ? body : undefined
  const error = typeof answer?.error === 'string' ? answer.error : undefined
  if (reply.status === 429 || error === 'ratelimited' || error === 'rate_limited') {
    return { ok: false, retry: true, rateLimited: true, message: `rate limited: ${error ?? replyText(reply.body)}` }
  }
  if (!answer) {
    const ok = reply.status >= 200 && reply.status < 300
    return { ok: false, message: ok ? `the reply is not a Slack API answer: ${replyText(reply.body)}` : replyText(reply.body) }
  }
  if (answer.ok !== true) {
    return { ok: false, message: describeApiError(error ?? 'unknown_error', answer, requestedChannels.get(ctx)), ...(error === 'service_unavailable' && { retry: true }) }
  }
  if (typeof answer.channel === 'string') deliveredChannels.set(ctx, answer.channel)
  const warnings = slackWarnings(answer)
  if (warnings.length > 0) ctx.warn({ path: '', message: `Slack sent the message with warnings: ${warnings.join(', ')}` })
  return { ok: true, id: typeof answer.ts === 'string' ? answer.ts : '', url: '', status: 'sent' }
}

function slackWarnings(answer: JsonObject): string[] {
  const metadata = isObject(answer.response_metadata) ? answer.response_metadata : {}
  const listed = Array.isArray(metadata.warnings) ? metadata.warnings.filter(w => typeof w === 'string') : []
  const single = typeof answer.warning === 'string' ? answer.warning.split(',') : []
  return [...new Set([...single, ...listed])]
}

const TOKEN_REFUSED = `Slack refused the token. ${TOKEN_HINT}; reinstall the app if the token was revoked`
const RESTRICTED = (channel: string) => `a workspace setting or admin does not let this app post in ${channel}`

/** What to do about the common chat.postMessage errors. */
const API_ERROR_HINTS: Readonly<Record<string, (channel: string, answer: JsonObject) => string>> = {
  not_authed: () => `no token reached Slack. ${TOKEN_HINT}`,
  invalid_auth: () => TOKEN_REFUSED,
  account_inactive: () => TOKEN_REFUSED,
  token_revoked: () => TOKEN_REFUSED,
  token_expired: () => TOKEN_REFUSED,
  missing_scope: (_channel, answer) =>
    `the token lacks the scope ${typeof answer.needed === 'string' ? answer.needed : 'chat:write'}` +
    `${typeof answer.provided === 'string' ? ` (it has ${answer.provided})` : ''}; add it under OAuth & Permissions and reinstall the app`,
  not_in_channel: channel =>
    `the app's bot is not a member of ${channel}: invite it (/invite @YourApp in the channel), or add the chat:write.public scope for public channels`,
  channel_not_found: channel => `Slack cannot find ${channel}, or the token cannot see it: ${CHANNEL_HINT}; invite the bot to private channels`,
  is_archived: channel => `${channel} is archived: unarchive it or set vars: channel to another channel`,
  msg_too_long: () => 'the message text is too long',
  no_text: () => 'the message has no text or blocks',
  invalid_blocks: () => 'Slack rejected the blocks (Block Kit); run with dry-run to see the payload',
  invalid_blocks_format: () => 'Slack rejected the blocks (Block Kit); run with dry-run to see the payload',
  restricted_action: RESTRICTED,
  restricted_action_read_only_channel: RESTRICTED,
  ekm_access_denied: RESTRICTED,
  team_access_not_granted: RESTRICTED
}

/** `not_in_channel: the app's bot is not a member of C0123…: invite it …` plus Slack's own detail lines. */
function describeApiError(error: string, answer: JsonObject, channel = 'the channel'): string {
  const hint = API_ERROR_HINTS[error]?.(channel, answer)
  const metadata = isObject(answer.response_metadata) ? answer.response_metadata : {}
  const details = Array.isArray(metadata.messages) ? metadata.messages.filter(m => typeof m === 'string') : []
  return `${error}${hint ? `: ${hint}` : ''}${details.length > 0 ? ` — ${details.join('; ')}` : ''}`
}

// ─── complete ───────────────────────────────────────────────────────────────────────────────────

/** Asks chat.getPermalink for the message link; the message is out, so a failure only warns. */
async function complete(delivered: Delivered, ctx: PlatformContext, send: Send): Promise<Delivered> {
  if (isIncomingWebhook(ctx.target.endpoint) || !delivered.id) return delivered
  const linkUnknown = (why: string): Delivered => {
    ctx.warn({ path: 'url', message: `the message was sent, but its link is unknown (${why}); the url output stays empty` })
    return delivered
  }
  const channel = deliveredChannels.get(ctx)
  if (!channel) return linkUnknown('Slack did not say which channel the message is in')
  const lookup = new URL('chat.getPermalink', ctx.target.endpoint)
  lookup.search = new URLSearchParams({ channel, message_ts: delivered.id }).toString()
  let reply: HttpReply
  try {
    reply = await send({ method: 'GET', url: lookup.toString(), headers: { ...ctx.headers, authorization: authorization(ctx) } })
  } catch (error) {
    return linkUnknown(`chat.getPermalink failed: ${error instanceof Error ? error.message : String(error)}`)
  }
  const answer = parseJson(reply.body)
  if (!isObject(answer)) return linkUnknown(`chat.getPermalink answered HTTP ${reply.status}`)
  if (answer.ok !== true) return linkUnknown(`chat.getPermalink answered ${typeof answer.error === 'string' ? answer.error : 'ok: false'}`)
  if (typeof answer.permalink !== 'string' || !isHttpUrl(answer.permalink)) return linkUnknown('chat.getPermalink gave no permalink')
  return { ...delivered, url: answer.permalink }
}

export const slack: Platform = {
  name: 'slack',
  matches,
  lookAlike,
  resolveTarget,
  fit,
  validate,
  request,
  parse,
  complete,
  knownKeys: KNOWN_KEYS,
  varsRead: ['channel'],
  sampleVars: { channel: 'C0123456789' }
}
