import { measureLength } from '../../truncate.js'
import { isObject, type JsonObject } from '../shared/json.js'
import type { Json } from '../../json.js'

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/

/** Whether Discord reads `text` as an embed timestamp (ISO 8601, a real date). */
export function isIsoTimestamp(text: string): boolean {
  if (!ISO_8601.test(text)) return false
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}Z`
  return !Number.isNaN(new Date(zoned).getTime())
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
  return embeds
    .filter(isObject)
    .flatMap(embedText)
    .reduce((sum, text) => sum + measureLength(text), 0)
}
