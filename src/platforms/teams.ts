import { InputError, type Problem } from '../errors.js'
import { fitText, truncate } from '../truncate.js'
import { isHttpUrl, parseEndpoint } from './shared/endpoint.js'
import { isObject, postJson, type JsonObject } from './shared/json.js'
import { isWorkflowHost, lookAlike, matches } from './teams/descriptor.js'
import type { HttpReply, Json, KnownKeys, Platform, PlatformContext, Target, Verdict } from './types.js'

type Warn = PlatformContext['warn']
type Add = (path: string, message: string) => void

/** Workflows webhook hosts: Azure Logic Apps (older flows) and Power Platform environments (newer flows). */
const URL_HINT =
  "Set it to the URL of a Teams workflow's \"When a Teams webhook request is received\" trigger " +
  '(channel › Workflows › "Send webhook alerts to a channel"), copied whole and stored as a secret'

/**
 * Teams accepts messages of up to 28 KB. Measured as bytes of the JSON body, and read as 28,000 rather than
 * 28,672 so the message fits whichever Microsoft means.
 */
export const MESSAGE_LIMIT_BYTES = 28_000
/** Shrinking to fit never takes a text below this many characters while a longer one is left. */
const MIN_TEXT_LENGTH = 100
export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive'
/** Adaptive Card versions Teams renders. */
const CARD_VERSIONS = new Set(['1.0', '1.1', '1.2', '1.3', '1.4', '1.5'])
const REPLY_TEXT_LIMIT = 1024

/** A value the template left out: its key removed (null, absent) or rendered empty. */
function isMissing(value: Json | undefined): boolean {
  return value === undefined || value === null || value === ''
}

function typeOf(value: Json | undefined): string {
  if (value === null || value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

function bodyBytes(value: Json): number {
  return Buffer.byteLength(JSON.stringify(value))
}

/** The URL as it may be shown: the query, which holds the `sig` credential, left out. */
export function maskWorkflowUrl(url: URL): string {
  return `${url.origin}${url.pathname}${url.search ? '?…' : ''}`
}

// ─── target ─────────────────────────────────────────────────────────────────────────────────────

function resolveTarget(url: string | undefined, _template: string | undefined): Target {
  const endpoint = parseEndpoint(url, { required: 'Teams', hint: URL_HINT, mask: maskWorkflowUrl, lookAlike })
  if (isWorkflowHost(endpoint) && !endpoint.searchParams.get('sig')) {
    throw new InputError('url', `${maskWorkflowUrl(endpoint)} has no sig parameter, the signature that lets it post`, URL_HINT)
  }
  return { endpoint, defaultTemplate: 'teams' }
}

// ─── fit: leave out what is missing ─────────────────────────────────────────────────────────────

/**
 * A fitted copy: card parts whose values the template left out are dropped (a fact without value, a TextBlock
 * without text, a link without url), like removed keys and without warnings; then the body is brought within
 * 28 KB by shortening the longest texts first, with warnings.
 */
function fit(payload: Json, ctx: PlatformContext): Json {
  if (!isObject(payload)) return payload
  const fitted = structuredClone(payload)
  if (Array.isArray(fitted.attachments)) {
    for (const attachment of fitted.attachments) {
      if (isObject(attachment) && isObject(attachment.content)) pruneCard(attachment.content)
    }
  }
  fitSize(fitted, ctx.warn.bind(ctx))
  return fitted
}

function pruneCard(card: JsonObject): void {
  if (Array.isArray(card.body)) card.body = pruneElements(card.body)
  pruneList(card, 'actions', pruneAction)
}

function pruneElements(elements: Json[]): Json[] {
  return elements.flatMap(element => pruneElement(element) ?? [])
}

/** Replaces `object[key]` by its pruned items; removes the key when none is left. Returns whether any is left. */
function pruneList(object: JsonObject, key: string, prune: (item: Json) => Json | undefined): boolean {
  const items = object[key]
  if (!Array.isArray(items)) return true
  const kept = items.flatMap(item => prune(item) ?? [])
  if (kept.length > 0) object[key] = kept
  else delete object[key]
  return kept.length > 0
}

/** The element without its left-out parts, or undefined when nothing of it is left to show. */
function pruneElement(element: Json): Json | undefined {
  // Anything that is not an element object is validate's to report.
  if (!isObject(element)) return element
  switch (element.type) {
    case 'TextBlock':
      return isMissing(element.text) ? undefined : element
    case 'Image':
      return isMissing(element.url) ? undefined : element
    case 'FactSet':
      return pruneList(element, 'facts', fact => (isObject(fact) && (isMissing(fact.title) || isMissing(fact.value)) ? undefined : fact))
        ? element
        : undefined
    case 'RichTextBlock':
      return pruneList(element, 'inlines', inline => (isMissing(inline) || (isObject(inline) && isMissing(inline.text)) ? undefined : inline))
        ? element
        : undefined
    case 'Container':
    case 'Column':
      return pruneList(element, 'items', pruneElement) ? element : undefined
    case 'ColumnSet':
      return pruneList(element, 'columns', pruneElement) ? element : undefined
    case 'ActionSet':
      return pruneList(element, 'actions', pruneAction) ? element : undefined
    default:
      return element
  }
}

function pruneAction(action: Json): Json | undefined {
  return isObject(action) && action.type === 'Action.OpenUrl' && isMissing(action.url) ? undefined : action
}

// ─── fit: 28 KB ─────────────────────────────────────────────────────────────────────────────────

interface Shrinkable {
  path: string
  text: string
  set(text: string): void
}

/** Every text a reader sees (TextBlock and TextRun text, fact values), with its JSON path. */
function shrinkables(value: Json, path: string, found: Shrinkable[] = []): Shrinkable[] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => shrinkables(item, `${path}[${i}]`, found))
    return found
  }
  if (!isObject(value)) return found
  if ((value.type === 'TextBlock' || value.type === 'TextRun') && typeof value.text === 'string') found.push(textOf(value, 'text', path))
  if (value.type === 'FactSet' && Array.isArray(value.facts)) {
    value.facts.forEach((fact, i) => {
      if (isObject(fact) && typeof fact.value === 'string') found.push(textOf(fact, 'value', `${path}.facts[${i}]`))
    })
  }
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'object' && child !== null) shrinkables(child, path ? `${path}.${key}` : key, found)
  }
  return found
}

function textOf(object: JsonObject, key: string, path: string): Shrinkable {
  return { path: `${path}.${key}`, text: object[key] as string, set: text => (object[key] = text) }
}

/** The most characters of `text` (ending in `…`) whose JSON form takes at most `maxBytes`, never below `floor`. */
function charactersWithin(text: string, maxBytes: number, floor: number): number {
  const length = [...text].length
  let low = Math.min(floor, length)
  let high = length
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (bodyBytes(truncate(text, mid)) <= maxBytes) low = mid
    else high = mid - 1
  }
  return low
}

/** Shortens the longest texts (the alert text, usually) until the whole body is within the limit. */
function fitSize(payload: JsonObject, warn: Warn): void {
  if (bodyBytes(payload) <= MESSAGE_LIMIT_BYTES) return
  const why: Warn = problem => warn({ ...problem, message: `${problem.message}, to keep the message within Teams' 28 KB` })
  const texts = shrinkables(payload, '').sort((a, b) => bodyBytes(b.text) - bodyBytes(a.text))
  for (const text of texts) {
    const excess = bodyBytes(payload) - MESSAGE_LIMIT_BYTES
    if (excess <= 0) return
    const length = charactersWithin(text.text, bodyBytes(text.text) - excess, MIN_TEXT_LENGTH)
    text.set(fitText(text.text, length, text.path, why))
  }
}

// ─── validate ───────────────────────────────────────────────────────────────────────────────────

function validate(payload: Json): Problem[] {
  const problems: Problem[] = []
  const add: Add = (path, message) => problems.push({ path, message })
  if (!isObject(payload)) return [{ path: '', message: `the message must be a JSON object, got ${typeOf(payload)}` }]
  if (payload.type !== 'message') add('type', `must be "message", got ${JSON.stringify(payload.type ?? null)}`)
  const attachments = payload.attachments
  if (!Array.isArray(attachments) || attachments.length === 0) {
    add('attachments', 'must be a list of at least one Adaptive Card attachment')
  } else {
    attachments.forEach((attachment, i) => validateAttachment(attachment, `attachments[${i}]`, add))
  }
  const bytes = bodyBytes(payload)
  if (bytes > MESSAGE_LIMIT_BYTES) {
    add('', `the message takes ${bytes} bytes; Teams accepts at most 28 KB (${MESSAGE_LIMIT_BYTES} bytes): shorten the template's texts`)
  }
  return problems
}

function validateAttachment(attachment: Json, path: string, add: Add): void {
  if (!isObject(attachment)) return add(path, `must be an object, got ${typeOf(attachment)}`)
  if (attachment.contentType !== CARD_CONTENT_TYPE) {
    add(`${path}.contentType`, `must be "${CARD_CONTENT_TYPE}", got ${JSON.stringify(attachment.contentType ?? null)}`)
  }
  const card = attachment.content
  if (!isObject(card)) return add(`${path}.content`, `must be an Adaptive Card object, got ${typeOf(card)}`)
  validateCard(card, `${path}.content`, add)
}

function validateCard(card: JsonObject, path: string, add: Add): void {
  if (card.type !== 'AdaptiveCard') add(`${path}.type`, `must be "AdaptiveCard", got ${JSON.stringify(card.type ?? null)}`)
  if (typeof card.version !== 'string' || !CARD_VERSIONS.has(card.version)) {
    add(`${path}.version`, `must be an Adaptive Card version Teams renders, "1.0" to "1.5" as text (e.g. "1.4"), got ${JSON.stringify(card.version ?? null)}`)
  }
  const body = listAt(card, 'body', path, add)
  const actions = listAt(card, 'actions', path, add)
  body.forEach((element, i) => validateElement(element, `${path}.body[${i}]`, add))
  actions.forEach((action, i) => validateAction(action, `${path}.actions[${i}]`, add))
  if (body.length === 0 && actions.length === 0) add(path, 'the card shows nothing: it needs body elements or actions')
}

/** An optional list member; [] when absent, a problem when it is something else. */
function listAt(object: JsonObject, key: string, path: string, add: Add): Json[] {
  const value = object[key]
  if (value === undefined || value === null) return []
  if (Array.isArray(value)) return value
  add(`${path}.${key}`, `must be a list, got ${typeOf(value)}`)
  return []
}

function requireText(value: Json | undefined, path: string, add: Add): void {
  if (typeof value !== 'string') add(path, `must be text, got ${typeOf(value)}`)
  else if (value.trim() === '') add(path, 'must not be empty')
}

function validateElement(element: Json, path: string, add: Add): void {
  if (!isObject(element)) return add(path, `must be a card element object, got ${typeOf(element)}`)
  if (typeof element.type !== 'string') return add(`${path}.type`, 'is required (e.g. "TextBlock", "FactSet", "Container")')
  const children = (key: string, check: (item: Json, itemPath: string) => void) =>
    listAt(element, key, path, add).forEach((item, i) => check(item, `${path}.${key}[${i}]`))
  switch (element.type) {
    case 'TextBlock':
      return requireText(element.text, `${path}.text`, add)
    case 'FactSet':
      if (!Array.isArray(element.facts)) return add(`${path}.facts`, 'must be a list of {title, value}')
      return children('facts', (fact, factPath) => validateFact(fact, factPath, add))
    case 'Image':
      if (!isHttpUrl(element.url)) add(`${path}.url`, 'must be an http(s) URL')
      return
    case 'RichTextBlock':
      return children('inlines', (inline, inlinePath) => {
        if (typeof inline !== 'string') requireText(isObject(inline) ? inline.text : undefined, `${inlinePath}.text`, add)
      })
    case 'Container':
    case 'Column':
      return children('items', (item, itemPath) => validateElement(item, itemPath, add))
    case 'ColumnSet':
      return children('columns', (column, columnPath) => validateElement(column, columnPath, add))
    case 'ActionSet':
      return children('actions', (action, actionPath) => validateAction(action, actionPath, add))
  }
}

function validateFact(fact: Json, path: string, add: Add): void {
  if (!isObject(fact)) return add(path, `must be an object {title, value}, got ${typeOf(fact)}`)
  for (const key of ['title', 'value']) {
    if (typeof fact[key] !== 'string') add(`${path}.${key}`, `must be text, got ${typeOf(fact[key])}`)
  }
}

function validateAction(action: Json, path: string, add: Add): void {
  if (!isObject(action)) return add(path, `must be an action object, got ${typeOf(action)}`)
  if (typeof action.type !== 'string') return add(`${path}.type`, 'is required (e.g. "Action.OpenUrl")')
  if (action.title !== undefined && typeof action.title !== 'string') add(`${path}.title`, `must be text, got ${typeOf(action.title)}`)
  if (action.type === 'Action.OpenUrl' && !isHttpUrl(action.url)) add(`${path}.url`, 'must be an http(s) URL')
}

// ─── request and reply ──────────────────────────────────────────────────────────────────────────

/** Workflows answer 202 with no body: the post happens afterwards, so there is no message link to output. */
function parse(reply: HttpReply): Verdict {
  if (reply.status >= 200 && reply.status < 300) return { ok: true, status: 'sent', id: '', url: '' }
  const said = errorText(reply.body)
  switch (reply.status) {
    case 401:
    case 403:
      return { ok: false, message: `${said}. The URL's signature (sig) is wrong or the workflow is turned off: ${URL_HINT.replace('Set it', 'set the url input')}` }
    case 404:
      return { ok: false, message: `${said}. The workflow was deleted or the URL is incomplete: ${URL_HINT.replace('Set it', 'set the url input')}` }
    case 413:
      return { ok: false, message: `${said}. The message is larger than Teams accepts (28 KB): shorten the template's texts` }
    default:
      return { ok: false, message: said }
  }
}

/** `{"error":{"code","message"}}` (Logic Apps / Power Platform) as `message (code)`, else the text itself. */
function errorText(body: string): string {
  try {
    const error = (JSON.parse(body) as JsonObject).error
    if (isObject(error) && typeof error.message === 'string') {
      return truncate(`${error.message}${typeof error.code === 'string' ? ` (${error.code})` : ''}`, REPLY_TEXT_LIMIT)
    }
  } catch {
    // not JSON: the text as it came
  }
  return body.trim() === '' ? '(empty reply)' : truncate(body.trim(), REPLY_TEXT_LIMIT)
}

/** The message around the cards; Teams ignores any other key. The card itself is left to validate. */
const KNOWN_KEYS: KnownKeys = {
  unknown: 'ignores',
  tree: { type: true, summary: true, text: true, attachments: { contentType: true, contentUrl: true, content: true, name: true, thumbnailUrl: true } }
}

export const teams: Platform = {
  name: 'teams',
  matches,
  lookAlike,
  resolveTarget,
  fit,
  validate,
  request: postJson,
  parse,
  knownKeys: KNOWN_KEYS,
  sampleTarget: file => resolveTarget('https://example.logic.azure.com/workflows/check-mode/triggers/manual/paths/invoke?sig=placeholder', file)
}
