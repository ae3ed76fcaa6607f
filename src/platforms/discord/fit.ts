import { toIso8601 } from '../../event/time.js'
import type { Problem } from '../../errors.js'
import { fitText } from '../../truncate.js'
import { shrinkToBudget, type Shrinkable } from '../shared/budget.js'
import { isHttpUrl } from '../shared/endpoint.js'
import { isObject, type JsonObject } from '../shared/json.js'
import { dropExtraItems } from '../shared/lists.js'
import type { PlatformContext } from '../types.js'
import type { Json } from '../../json.js'
import { embedsLength, isIsoTimestamp } from './embeds.js'
import { LIMITS } from './limits.js'

type Warn = (problem: Problem) => void

/** Shown instead of an empty field name or value, which Discord rejects. */
export const PLACEHOLDER = '—'

const HEX_COLOR = /^#([0-9a-f]{6})$/i
const DECIMAL_COLOR = /^\d+$/

function isBlank(value: Json | undefined): boolean {
  return typeof value !== 'string' || value.trim() === ''
}

/** A fitted copy of the payload: limits applied, empty values Discord rejects dropped, mentions restricted. */
export function fit(payload: Json, ctx: PlatformContext): Json {
  if (!isObject(payload)) return payload
  const fitted = structuredClone(payload)
  const warn = ctx.warn.bind(ctx)
  if (typeof fitted.content === 'string') fitted.content = fitText(fitted.content, LIMITS.content, 'content', warn)
  fitUsername(fitted, warn)
  dropUnusableUrl(fitted, 'avatar_url', 'avatar_url', warn)
  fitThreadName(fitted, ctx.vars.thread_name, warn)
  if (Array.isArray(fitted.embeds)) {
    fitted.embeds = dropExtraItems(
      fitted.embeds,
      { max: LIMITS.embeds, what: 'embeds', path: 'embeds', platform: 'Discord' },
      warn
    )
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
  fitOptionalText(payload, 'thread_name', LIMITS.threadName, 'empty; left out, so no new forum post is started', warn)
}

function fitUsername(payload: JsonObject, warn: Warn): void {
  fitOptionalText(payload, 'username', LIMITS.username, "empty; removed, so the webhook's own name is used", warn)
}

/** A top-level text Discord refuses blank: a blank one is removed (saying what that means), a long one shortened. */
function fitOptionalText(payload: JsonObject, key: string, max: number, whenBlank: string, warn: Warn): void {
  const text = payload[key]
  if (typeof text !== 'string') return
  if (text.trim() === '') {
    delete payload[key]
    warn({ path: key, message: whenBlank })
    return
  }
  payload[key] = fitText(text, max, key, warn)
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
      warn({
        path: fieldPath,
        message: `has no value; field${typeof field.name === 'string' ? ` '${field.name}'` : ''} removed`
      })
      return
    }
    if (isObject(field)) fitField(field, fieldPath, warn)
    kept.push(field)
  })
  embed.fields = dropExtraItems(
    kept,
    { max: LIMITS.fields, what: 'fields', path: `${path}.fields`, platform: 'Discord' },
    warn
  )
}

function fitField(field: JsonObject, path: string, warn: Warn): void {
  for (const [key, max] of [
    ['name', LIMITS.fieldName],
    ['value', LIMITS.fieldValue]
  ] as const) {
    const text = field[key]
    if (text !== undefined && text !== null && typeof text !== 'string') continue
    if (isBlank(text)) {
      field[key] = PLACEHOLDER
      warn({
        path: `${path}.${key}`,
        message: `empty; replaced with '${PLACEHOLDER}' (Discord requires a field ${key})`
      })
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

/** Descriptions (they hold the alert text) and field values; a field value keeps at least its ellipsis. */
function shrinkables(embeds: Json[]): Shrinkable[] {
  const found: Shrinkable[] = []
  embeds.forEach((embed, i) => {
    if (!isObject(embed)) return
    if (typeof embed.description === 'string') {
      found.push({
        path: `embeds[${i}].description`,
        text: embed.description,
        floor: 0,
        set: text => (embed.description = text)
      })
    }
    if (!Array.isArray(embed.fields)) return
    embed.fields.forEach((field, j) => {
      if (isObject(field) && typeof field.value === 'string') {
        found.push({
          path: `embeds[${i}].fields[${j}].value`,
          text: field.value,
          floor: 1,
          set: text => (field.value = text)
        })
      }
    })
  })
  return found
}

/** Brings all embeds within 6000 characters, shortening the longest descriptions and field values first. */
function fitEmbedTotal(embeds: Json[], warn: Warn): void {
  const reason = `to keep all embeds within ${LIMITS.embedTotal} characters`
  shrinkToBudget(
    shrinkables(embeds),
    { fits: () => embedsLength(embeds) <= LIMITS.embedTotal, measure: 'codepoints', reason },
    warn
  )
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
