/** The alert as templates see it: token name → text, except `is_sample`, which is a boolean when it says so. */
export type Alert = Record<string, string | boolean>

// A whole value that is still `{{ token }}`: Dagster+ left the token unreplaced because the alert has no such value.
const UNREPLACED_TOKEN = /^\{\{\s*[\w.-]+\s*\}\}$/

/** True when a token value carries nothing: null, blank, or an unreplaced `{{token}}`. */
export function isMissingValue(value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (typeof value !== 'string') return false
  const text = value.trim()
  return text === '' || UNREPLACED_TOKEN.test(text)
}

/** Drops missing values, turns `is_sample` into a boolean and every other value into text; keeps unknown tokens. */
export function normaliseAlert(data: Record<string, unknown>): Alert {
  const entries = Object.entries(data)
    .filter(([, value]) => !isMissingValue(value))
    .map(([name, value]) => [name, name === 'is_sample' ? sampleFlag(value) : asText(value)])
  // fromEntries defines own properties, so a `__proto__` key stays data and never reaches the prototype.
  return Object.fromEntries(entries)
}

function sampleFlag(value: unknown): string | boolean {
  if (typeof value === 'boolean') return value
  const text = asText(value)
  const lower = text.trim().toLowerCase()
  return lower === 'true' ? true : lower === 'false' ? false : text
}

/**
 * The value as well-formed text: a lone surrogate (half of an emoji cut by a truncation upstream, or planted) becomes
 * U+FFFD, so no filter (`uri_escape` throws on one) and no service (which would refuse the JSON) fails on it.
 */
function asText(value: unknown): string {
  const text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value)
  return wellFormed(text)
}

/** `String.prototype.toWellFormed` (ES2024; Node 20 has it, the ES2023 typings do not). */
function wellFormed(text: string): string {
  return (text as string & { toWellFormed(): string }).toWellFormed()
}
