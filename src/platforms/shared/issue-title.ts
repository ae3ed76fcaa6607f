import { fitText, type Measure } from '../../truncate.js'
import type { JsonObject } from './json.js'
import type { PlatformContext } from '../types.js'

/** How a tracker takes an issue's one-line title (GitHub `title`, Jira `fields.summary`). */
export interface TitleRules {
  /** The field's key in `holder`, also the word messages use: `title`, `summary`. */
  key: string
  /** The JSON path shown in warnings. */
  path: string
  platform: string
  /** Set when the title is empty, since the tracker refuses an issue without one. */
  placeholder: string
  max: number
  measure?: Measure
}

/**
 * Fits `holder[key]` in place: line breaks and tabs become spaces, an empty title becomes the placeholder, a long
 * one is shortened; each change warns. A value that is not text is left for validation to report.
 */
export function fitIssueTitle(holder: JsonObject, rules: TitleRules, warn: PlatformContext['warn']): void {
  const { key, path, platform, placeholder } = rules
  const value = holder[key]
  if (value !== undefined && typeof value !== 'string') return
  const original = value ?? ''
  let title = joinLines(original)
  if (title !== original)
    warn({ path, message: `line breaks and tabs replaced by spaces (a ${platform} ${key} is one line)` })
  title = title.trim()
  if (title === '') {
    warn({ path, message: `was empty; set to "${placeholder}" because ${platform} requires a ${key}` })
    title = placeholder
  }
  holder[key] = fitText(title, rules.max, path, warn, rules.measure)
}

const BREAK_RUN = /[\r\n\t\v\f\u2028\u2029]+/g

/**
 * Each run of line breaks and tabs, with the spaces on either side of it, becomes one space (spaces already taken by
 * the run before stay with it). Not the one pattern ` *[…]+ *`: it retries a long run of spaces from each position.
 */
function joinLines(text: string): string {
  let joined = ''
  let copiedTo = 0
  for (const run of text.matchAll(BREAK_RUN)) {
    let start = run.index
    while (start > copiedTo && text[start - 1] === ' ') start--
    let end = run.index + run[0].length
    while (text[end] === ' ') end++
    joined += `${text.slice(copiedTo, start)} `
    copiedTo = end
  }
  return joined + text.slice(copiedTo)
}
