import type { Problem } from './errors.js'

/** How a platform counts length: Unicode code points or UTF-16 code units (Java/JS back ends). */
export type Measure = 'codepoints' | 'utf16'

const ELLIPSIS = '…'
const FENCE = '```'

export function measureLength(text: string, measure: Measure = 'codepoints'): number {
  if (measure === 'utf16') return text.length
  // A surrogate pair is one code point; a lone surrogate counts as one, as a string's iterator counts it.
  let pairs = 0
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i)
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs++
        i++
      }
    }
  }
  return text.length - pairs
}

/** Whether `text` measures more than `max`, reading little more of it than `max` units (a cap on a huge text). */
function longerThan(text: string, max: number, measure: Measure): boolean {
  // A code point takes one or two units: a text of more than 2 × max + 1 units has more than max of them.
  return measure === 'utf16' ? text.length > max : measureLength(text.slice(0, 2 * max + 2), measure) > max
}

/** The longest prefix of `text` within `max` units that does not split a character. */
function prefix(text: string, max: number, measure: Measure): string {
  let used = 0
  let end = 0
  for (const ch of text) {
    const size = measure === 'utf16' ? ch.length : 1
    if (used + size > max) break
    used += size
    end += ch.length
  }
  return text.slice(0, end)
}

/**
 * Shortens `text` to at most `max` units, ending with `…`. A fenced code block keeps its closing
 * fence (the cut happens inside it), so a long stack trace stays a code block.
 */
export function truncate(text: string, max: number, measure: Measure = 'codepoints'): string {
  if (!longerThan(text, max, measure)) return text
  if (max <= 0) return ''
  const fenced = text.startsWith(FENCE) && text.trimEnd().endsWith(FENCE) && text.length > 2 * FENCE.length
  if (fenced) {
    const closing = `${ELLIPSIS}\n${FENCE}`
    const room = max - measureLength(closing, measure)
    const firstLine = text.indexOf('\n')
    if (firstLine > 0 && room > firstLine) {
      return prefix(text.trimEnd().slice(0, -FENCE.length), room, measure).replace(/\n$/, '') + closing
    }
  }
  return prefix(text, max - 1, measure) + ELLIPSIS
}

/** Truncates and reports the change (path, original and final length) through `warn`. */
export function fitText(
  text: string,
  max: number,
  path: string,
  warn: (problem: Problem) => void,
  measure: Measure = 'codepoints'
): string {
  const before = measureLength(text, measure)
  if (before <= max) return text
  const after = truncate(text, max, measure)
  warn({ path, message: `truncated from ${before} to ${measureLength(after, measure)} characters (limit ${max})` })
  return after
}
