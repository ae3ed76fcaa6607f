import { shrinkToBudget, type Budget, type Shrinkable } from '../shared/budget.js'
import { isObject, type JsonObject } from '../shared/json.js'
import type { PlatformContext } from '../types.js'
import type { Json } from '../../json.js'
import { bodyBytes, MESSAGE_LIMIT_BYTES, MIN_TEXT_LENGTH } from './limits.js'

/** A value the template left out: its key removed (null, absent) or rendered empty. */
function isMissing(value: Json | undefined): boolean {
  return value === undefined || value === null || value === ''
}

/**
 * A fitted copy: card parts whose values the template left out are dropped (a fact without value, a TextBlock
 * without text, a link without url), like removed keys and without warnings; then the body is brought within
 * 28 KB by shortening the longest texts first, with warnings.
 */
export function fit(payload: Json, ctx: PlatformContext): Json {
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

// ─── leave out what is missing ──────────────────────────────────────────────────────────────────

function pruneCard(card: JsonObject): void {
  if (Array.isArray(card.body)) card.body = card.body.flatMap(element => pruneElement(element) ?? [])
  pruneList(card, 'actions', pruneAction)
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
      return pruneList(element, 'facts', fact =>
        isObject(fact) && (isMissing(fact.title) || isMissing(fact.value)) ? undefined : fact
      )
        ? element
        : undefined
    case 'RichTextBlock':
      return pruneList(element, 'inlines', inline =>
        isMissing(inline) || (isObject(inline) && isMissing(inline.text)) ? undefined : inline
      )
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

// ─── 28 KB ──────────────────────────────────────────────────────────────────────────────────────

/** Every text a reader sees (TextBlock and TextRun text, fact values), with its JSON path. */
function shrinkables(value: Json, path: string, found: Shrinkable[] = []): Shrinkable[] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => shrinkables(item, `${path}[${i}]`, found))
    return found
  }
  if (!isObject(value)) return found
  if ((value.type === 'TextBlock' || value.type === 'TextRun') && typeof value.text === 'string')
    found.push(textOf(value, 'text', path))
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
  return {
    path: `${path}.${key}`,
    text: object[key] as string,
    floor: MIN_TEXT_LENGTH,
    set: text => (object[key] = text)
  }
}

/**
 * Shortens the longest text (the alert text, usually) until the whole body is within the limit, then the next
 * longest: one text at a time, so the short facts keep their values while the long text alone can make room.
 */
function fitSize(payload: JsonObject, warn: PlatformContext['warn']): void {
  let bytes = bodyBytes(payload)
  const budget: Budget = {
    fits: () => bytes <= MESSAGE_LIMIT_BYTES,
    measure: 'codepoints',
    reason: "to keep the message within Teams' 28 KB"
  }
  if (budget.fits()) return
  // The body changes only where a text does: each change counts that text's bytes, not the whole body's again.
  const texts = shrinkables(payload, '').map(text => {
    let size = bodyBytes(text.text)
    const counted: Shrinkable = {
      ...text,
      set(next) {
        const nextSize = bodyBytes(next)
        bytes += nextSize - size
        size = nextSize
        text.set(next)
      }
    }
    return { counted, size }
  })
  texts.sort((a, b) => b.size - a.size)
  for (const { counted } of texts) shrinkToBudget([counted], budget, warn)
}
