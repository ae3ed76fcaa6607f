import type { PlatformContext } from '../types.js'
import type { Json } from '../../json.js'

/** The first `max` items; the rest dropped with a warning that says how many and why. */
export function dropExtraItems(
  items: Json[],
  limit: { max: number; what: string; path: string; platform: string },
  warn: PlatformContext['warn']
): Json[] {
  const { max, what, path, platform } = limit
  if (items.length <= max) return items
  warn({ path, message: `${items.length} ${what}, ${platform} allows ${max}; dropped the last ${items.length - max}` })
  return items.slice(0, max)
}
