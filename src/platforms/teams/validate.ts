import type { Problem } from '../../errors.js'
import { isHttpUrl } from '../shared/endpoint.js'
import { Findings } from '../shared/findings.js'
import { isObject, typeOf, type JsonObject } from '../shared/json.js'
import type { Json } from '../../json.js'
import { checkCard, type HostRule } from './card-check.js'
import type { Minor } from './card-schema.js'
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
  const version = card.version
  if (typeof version !== 'string' || !CARD_VERSIONS.has(version)) {
    findings.add(
      `${path}.version`,
      `must be an Adaptive Card version Teams renders, "1.0" to "1.5" as text (e.g. "1.4"), got ${JSON.stringify(version ?? null)}`
    )
  } else {
    // The type is reported above; `msteams` is Teams' own extension, which no Adaptive Cards schema lists.
    const { msteams: _extension, ...schemaPart } = card
    const minor = Number(version.slice('1.'.length)) as Minor
    for (const problem of checkCard({ ...schemaPart, type: 'AdaptiveCard' }, minor, path, teamsRule))
      findings.add(problem.path, problem.message)
  }
  const shown = [card.body, card.actions].some(list => Array.isArray(list) && list.length > 0)
  if (!shown) findings.add(path, 'the card shows nothing: it needs body elements or actions')
}

/** What Teams needs beyond the schema: texts that show something, links a reader can open. */
const teamsRule: HostRule = (shape, property, value) => {
  if ((shape === 'TextBlock' || shape === 'TextRun') && property === 'text' && (value as string).trim() === '')
    return 'must not be empty'
  if ((shape === 'Image' || shape === 'Action.OpenUrl') && property === 'url' && !isHttpUrl(value))
    return 'must be an http(s) URL'
  return undefined
}
