import type { Problem } from '../../errors.js'
import { Findings } from '../shared/findings.js'
import { isObject, typeOf, type JsonObject } from '../shared/json.js'
import type { PlatformContext } from '../types.js'
import type { Json } from '../../json.js'
import { checkImage, checkRequiredKeys, isBlockType } from './block-kit.js'
import { LIMITS, MEASURE, TEXT_TYPES } from './limits.js'
import { CHANNEL_HINT, isIncomingWebhook } from './target.js'

const BUTTON_STYLES = ['primary', 'danger']

/** Problems Slack would reject the message for; each names the JSON path and what Slack expects there. */
export function validate(payload: Json, ctx: PlatformContext): Problem[] {
  const findings = new Findings('Slack', MEASURE)
  if (!isObject(payload)) {
    findings.add('', `the message must be a JSON object, got ${typeOf(payload)}`)
    return findings.problems
  }
  if (!hasSomethingToShow(payload))
    findings.add('', 'the message is empty: Slack needs text or blocks (it answers no_text)')
  findings.text(payload.text, 'text', LIMITS.text)
  validateChannel(payload.channel, ctx, findings)
  findings.text(payload.username, 'username')
  findings.url(payload.icon_url, 'icon_url')
  findings.text(payload.icon_emoji, 'icon_emoji')
  findings.text(payload.thread_ts, 'thread_ts')
  for (const key of ['unfurl_links', 'unfurl_media', 'mrkdwn', 'reply_broadcast']) findings.boolean(payload[key], key)
  const blocks = findings.list(payload.blocks, 'blocks', LIMITS.blocks, 'blocks')
  blocks.forEach((block, i) => validateBlock(block, `blocks[${i}]`, findings))
  validateBlockIds(blocks, findings)
  return findings.problems
}

/** A Block Kit text object: {type: plain_text|mrkdwn, text (1..max)}; `plainOnly` where Slack takes plain_text only. */
function checkTextObject(
  findings: Findings,
  value: Json | undefined,
  path: string,
  max: number,
  plainOnly = false
): void {
  const object = findings.object(value, path, true)
  if (!object) return
  const types = plainOnly ? ['plain_text'] : TEXT_TYPES
  if (typeof object.type !== 'string' || !types.includes(object.type)) {
    findings.add(`${path}.type`, `must be ${types.join(' or ')}, got ${JSON.stringify(object.type ?? null)}`)
  }
  if (typeof object.text !== 'string' || object.text.trim() === '')
    findings.add(`${path}.text`, 'must be a non-empty string')
  else findings.text(object.text, `${path}.text`, max)
  if ('emoji' in object && object.type !== 'plain_text') findings.add(`${path}.emoji`, 'is only allowed on plain_text')
  if ('verbatim' in object && object.type !== 'mrkdwn') findings.add(`${path}.verbatim`, 'is only allowed on mrkdwn')
  findings.boolean(object.emoji, `${path}.emoji`)
  findings.boolean(object.verbatim, `${path}.verbatim`)
}

function hasSomethingToShow(payload: JsonObject): boolean {
  const { text, blocks, attachments } = payload
  return (
    (typeof text === 'string' && text.trim() !== '') ||
    (Array.isArray(blocks) && blocks.length > 0) ||
    (Array.isArray(attachments) && attachments.length > 0)
  )
}

function validateChannel(channel: Json | undefined, ctx: PlatformContext, findings: Findings): void {
  // An incoming webhook posts to the channel it was created for (and ignores `channel`).
  if (isIncomingWebhook(ctx.target.endpoint)) return findings.text(channel, 'channel')
  if (typeof channel !== 'string' || channel.trim() === '') {
    findings.add(
      'channel',
      `is required for chat.postMessage: ${CHANNEL_HINT}, and invite the app's bot to that channel`
    )
  }
}

function validateBlock(value: Json, path: string, findings: Findings): void {
  const block = findings.object(value, path, true)
  if (!block) return
  findings.text(block.block_id, `${path}.block_id`, LIMITS.blockId)
  switch (block.type) {
    case 'header':
      return checkTextObject(findings, block.text, `${path}.text`, LIMITS.header, true)
    case 'section':
      return validateSection(block, path, findings)
    case 'context':
      return validateContext(block, path, findings)
    case 'actions':
      return validateActions(block, path, findings)
    case 'image':
      checkImage(block, path, findings)
      if (block.title !== undefined && block.title !== null)
        checkTextObject(findings, block.title, `${path}.title`, LIMITS.imageTitle, true)
      return
    case undefined:
    case null:
      return findings.add(`${path}.type`, 'is required (header, section, context, actions, divider, …)')
    default:
      if (isBlockType(block.type)) return checkRequiredKeys(block, block.type, path, findings)
      findings.add(
        `${path}.type`,
        `${JSON.stringify(block.type)} is not a Block Kit block type (Slack answers invalid_blocks): ` +
          'use header, section, context, actions, divider, image, rich_text, markdown, …'
      )
  }
}

function validateSection(block: JsonObject, path: string, findings: Findings): void {
  if (block.text === undefined && block.fields === undefined)
    return findings.add(path, 'a section needs text or fields')
  if (block.text !== undefined) checkTextObject(findings, block.text, `${path}.text`, LIMITS.sectionText)
  const fields = findings.list(block.fields, `${path}.fields`, LIMITS.fields, 'fields', 1)
  fields.forEach((field, i) => checkTextObject(findings, field, `${path}.fields[${i}]`, LIMITS.fieldText))
}

function validateContext(block: JsonObject, path: string, findings: Findings): void {
  if (block.elements === undefined) return findings.add(`${path}.elements`, 'is required')
  const elements = findings.list(block.elements, `${path}.elements`, LIMITS.contextElements, 'elements', 1)
  elements.forEach((element, i) => {
    const elementPath = `${path}.elements[${i}]`
    if (isObject(element) && element.type === 'image') return checkImage(element, elementPath, findings)
    checkTextObject(findings, element, elementPath, LIMITS.textObject)
  })
}

function validateActions(block: JsonObject, path: string, findings: Findings): void {
  if (block.elements === undefined) return findings.add(`${path}.elements`, 'is required')
  const elements = findings.list(block.elements, `${path}.elements`, LIMITS.actionElements, 'elements', 1)
  elements.forEach((element, i) => {
    const elementPath = `${path}.elements[${i}]`
    const object = findings.object(element, elementPath, true)
    if (object?.type === 'button') validateButton(object, elementPath, findings)
  })
}

function validateButton(button: JsonObject, path: string, findings: Findings): void {
  checkTextObject(findings, button.text, `${path}.text`, LIMITS.buttonText, true)
  findings.url(button.url, `${path}.url`, LIMITS.buttonUrl)
  findings.text(button.value, `${path}.value`, LIMITS.buttonValue)
  findings.text(button.action_id, `${path}.action_id`, LIMITS.actionId)
  if (button.style !== undefined && !BUTTON_STYLES.includes(String(button.style))) {
    findings.add(`${path}.style`, `must be primary or danger, got ${JSON.stringify(button.style)}`)
  }
}

function validateBlockIds(blocks: Json[], findings: Findings): void {
  const seen = new Set<string>()
  blocks.forEach((block, i) => {
    const id = isObject(block) ? block.block_id : undefined
    if (typeof id !== 'string') return
    if (seen.has(id))
      findings.add(`blocks[${i}].block_id`, `'${id}' is used by an earlier block; block_id must be unique`)
    seen.add(id)
  })
}
