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

function asText(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}
