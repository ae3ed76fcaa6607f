import { fitText } from '../../truncate.js'
import { isObject, type JsonObject } from '../shared/json.js'
import { dropExtraItems } from '../shared/lists.js'
import type { PlatformContext } from '../types.js'
import type { Json } from '../../json.js'
import { LIMITS, MEASURE, TEXT_TYPES } from './limits.js'
import { neutraliseBlocks, neutraliseMentions } from './mentions.js'
import { isIncomingWebhook } from './target.js'

type Warn = PlatformContext['warn']

/**
 * A fitted copy of the payload: mentions restricted, texts truncated, excess items dropped (each with a warning).
 * Blank texts are removed silently, with whatever they leave empty: Slack rejects them and nothing visible is lost.
 */
export function fit(payload: Json, ctx: PlatformContext): Json {
  if (!isObject(payload)) return payload
  const fitted = structuredClone(payload)
  const warn = ctx.warn.bind(ctx)
  const channel = ctx.vars.channel
  if (
    !isIncomingWebhook(ctx.target.endpoint) &&
    fitted.channel === undefined &&
    typeof channel === 'string' &&
    channel.trim()
  ) {
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
      warn({
        path: 'text',
        message: 'is missing: Slack shows it in notifications and to screen readers; add a one-line text next to blocks'
      })
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

/** dropExtraItems, in Slack's name. */
function dropExtra(items: Json[], max: number, what: string, path: string, warn: Warn): Json[] {
  return dropExtraItems(items, { max, what, path, platform: 'Slack' }, warn)
}

/** A text object (or bare string) with nothing to show. */
function isBlankText(value: Json | undefined): boolean {
  if (value === undefined || value === null) return true
  if (typeof value === 'string') return value.trim() === ''
  if (!isObject(value)) return false
  return value.text === undefined || value.text === null || (typeof value.text === 'string' && value.text.trim() === '')
}

function fitTextObject(value: Json | undefined, max: number, path: string, warn: Warn): void {
  if (isObject(value) && typeof value.text === 'string')
    value.text = fitText(value.text, max, `${path}.text`, warn, MEASURE)
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
  const elements = block.elements.filter(
    element => !(isObject(element) && TEXT_TYPES.includes(String(element.type)) && isBlankText(element))
  )
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
