import type { Json } from '../../json.js'
import type { JsonObject } from './json.js'

/** A fact the template left out: null, or rendered empty. */
export function isLeftOut(value: Json | undefined): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
}

/**
 * A copy of a map of facts (PagerDuty custom_details, Opsgenie details, incident.io metadata) without the facts the
 * template left out, so an alert shows only what it has.
 */
export function withoutLeftOut(details: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(details).filter(([, value]) => !isLeftOut(value)))
}

/** The items of a list of links whose `field` (href, src, url) is set; the key removed when none is left. */
export function pruneLinks(holder: JsonObject, key: string, field: string): void {
  const items = holder[key]
  if (!Array.isArray(items)) return
  const kept = items.filter(
    item => !(item !== null && typeof item === 'object' && !Array.isArray(item) && isLeftOut(item[field]))
  )
  if (kept.length > 0) holder[key] = kept
  else delete holder[key]
}
