import type { Problem } from '../../errors.js'
import { isHttpUrl } from '../shared/endpoint.js'
import { Findings } from '../shared/findings.js'
import { isObject, typeOf, type JsonObject } from '../shared/json.js'
import type { Json } from '../types.js'
import { bodyBytes, CARD_CONTENT_TYPE, CARD_VERSIONS, MESSAGE_LIMIT_BYTES } from './limits.js'

/** A value's kind for messages, an absent one as `nothing` (the template left it out). */
function kindOf(value: Json | undefined): string {
  return value === undefined || value === null ? 'nothing' : typeOf(value)
}

export function validate(payload: Json): Problem[] {
  if (!isObject(payload)) return [{ path: '', message: `the message must be a JSON object, got ${kindOf(payload)}` }]
  const findings = new Findings('Teams')
  if (payload.type !== 'message') findings.add('type', `must be "message", got ${JSON.stringify(payload.type ?? null)}`)
  const attachments = payload.attachments
  if (!Array.isArray(attachments) || attachments.length === 0) {
    findings.add('attachments', 'must be a list of at least one Adaptive Card attachment')
  } else {
    attachments.forEach((attachment, i) => validateAttachment(attachment, `attachments[${i}]`, findings))
  }
  const bytes = bodyBytes(payload)
  if (bytes > MESSAGE_LIMIT_BYTES) {
    findings.add(
      '',
      `the message takes ${bytes} bytes; Teams accepts at most 28 KB (${MESSAGE_LIMIT_BYTES} bytes): shorten the template's texts`
    )
  }
  return findings.problems
}

function validateAttachment(attachment: Json, path: string, findings: Findings): void {
  if (!isObject(attachment)) return findings.add(path, `must be an object, got ${kindOf(attachment)}`)
  if (attachment.contentType !== CARD_CONTENT_TYPE) {
    findings.add(
      `${path}.contentType`,
      `must be "${CARD_CONTENT_TYPE}", got ${JSON.stringify(attachment.contentType ?? null)}`
    )
  }
  const card = attachment.content
  if (!isObject(card)) return findings.add(`${path}.content`, `must be an Adaptive Card object, got ${kindOf(card)}`)
  validateCard(card, `${path}.content`, findings)
}

function validateCard(card: JsonObject, path: string, findings: Findings): void {
  if (card.type !== 'AdaptiveCard')
    findings.add(`${path}.type`, `must be "AdaptiveCard", got ${JSON.stringify(card.type ?? null)}`)
  if (typeof card.version !== 'string' || !CARD_VERSIONS.has(card.version)) {
    findings.add(
      `${path}.version`,
      `must be an Adaptive Card version Teams renders, "1.0" to "1.5" as text (e.g. "1.4"), got ${JSON.stringify(card.version ?? null)}`
    )
  }
  const body = listAt(card, 'body', path, findings)
  const actions = listAt(card, 'actions', path, findings)
  body.forEach((element, i) => validateElement(element, `${path}.body[${i}]`, findings))
  actions.forEach((action, i) => validateAction(action, `${path}.actions[${i}]`, findings))
  if (body.length === 0 && actions.length === 0)
    findings.add(path, 'the card shows nothing: it needs body elements or actions')
}

/** An optional list member, of any length; [] when absent, a problem when it is something else. */
function listAt(object: JsonObject, key: string, path: string, findings: Findings): Json[] {
  return findings.list(object[key], `${path}.${key}`, Infinity, key)
}

function requireText(value: Json | undefined, path: string, findings: Findings): void {
  if (typeof value !== 'string') findings.add(path, `must be text, got ${kindOf(value)}`)
  else if (value.trim() === '') findings.add(path, 'must not be empty')
}

function validateElement(element: Json, path: string, findings: Findings): void {
  if (!isObject(element)) return findings.add(path, `must be a card element object, got ${kindOf(element)}`)
  if (typeof element.type !== 'string')
    return findings.add(`${path}.type`, 'is required (e.g. "TextBlock", "FactSet", "Container")')
  const children = (key: string, check: (item: Json, itemPath: string) => void) =>
    listAt(element, key, path, findings).forEach((item, i) => check(item, `${path}.${key}[${i}]`))
  switch (element.type) {
    case 'TextBlock':
      return requireText(element.text, `${path}.text`, findings)
    case 'FactSet':
      if (!Array.isArray(element.facts)) return findings.add(`${path}.facts`, 'must be a list of {title, value}')
      return children('facts', (fact, factPath) => validateFact(fact, factPath, findings))
    case 'Image':
      if (!isHttpUrl(element.url)) findings.add(`${path}.url`, 'must be an http(s) URL')
      return
    case 'RichTextBlock':
      return children('inlines', (inline, inlinePath) => {
        if (typeof inline !== 'string')
          requireText(isObject(inline) ? inline.text : undefined, `${inlinePath}.text`, findings)
      })
    case 'Container':
    case 'Column':
      return children('items', (item, itemPath) => validateElement(item, itemPath, findings))
    case 'ColumnSet':
      return children('columns', (column, columnPath) => validateElement(column, columnPath, findings))
    case 'ActionSet':
      return children('actions', (action, actionPath) => validateAction(action, actionPath, findings))
  }
}

function validateFact(fact: Json, path: string, findings: Findings): void {
  if (!isObject(fact)) return findings.add(path, `must be an object {title, value}, got ${kindOf(fact)}`)
  for (const key of ['title', 'value']) {
    if (typeof fact[key] !== 'string') findings.add(`${path}.${key}`, `must be text, got ${kindOf(fact[key])}`)
  }
}

function validateAction(action: Json, path: string, findings: Findings): void {
  if (!isObject(action)) return findings.add(path, `must be an action object, got ${kindOf(action)}`)
  if (typeof action.type !== 'string') return findings.add(`${path}.type`, 'is required (e.g. "Action.OpenUrl")')
  if (action.title !== undefined && typeof action.title !== 'string')
    findings.add(`${path}.title`, `must be text, got ${kindOf(action.title)}`)
  if (action.type === 'Action.OpenUrl' && !isHttpUrl(action.url)) findings.add(`${path}.url`, 'must be an http(s) URL')
}
