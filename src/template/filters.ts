import { toIso8601 } from '../event/time.js'
import { markdownToAdf } from './markdown-to-adf.js'
import { truncate } from '../truncate.js'

/** What a filter gets as `this` (from liquidjs, or from a precompiled template's render): the render budget. */
export interface FilterCall {
  context: { memoryLimit: { use(count: number): void } }
}

export type TemplateFilter = (this: FilterCall, value: unknown, ...args: unknown[]) => unknown

const FENCE = '```'
const ZERO_WIDTH_SPACE = '\u200b'
// Chat Markdown characters that format text wherever they appear
const MARKDOWN_SPECIALS = /[\\*_~`|>#\-[\]()]/g
const WHITESPACE = /\s/
// What a multiline `^` counts as the end of a line
const LINE_TERMINATORS = '\n\r\u2028\u2029'

/** Missing values stay missing, so a whole-leaf `<< x | filter >>` still removes its key. */
function isMissing(value: unknown): value is null | undefined | '' {
  return value === undefined || value === null || value === ''
}

/** Counts a produced string against the render's memory budget (a filter in a loop could double a string each time). */
export function charge(call: FilterCall, text: string): string {
  call.context.memoryLimit.use(text.length)
  return text
}

/** Dagster's "Jan 8, 2026 10:00 AM" (or epoch seconds, ISO) → ISO 8601 UTC; anything unreadable passes through. */
function iso8601(value: unknown): unknown {
  if (isMissing(value)) return value
  return toIso8601(String(value)) ?? value
}

/**
 * A fenced code block. Backtick runs inside are broken with zero-width spaces so the text cannot close the
 * block early; an optional language tag is reduced to the characters a fence info string can safely hold.
 */
function codeBlock(this: FilterCall, value: unknown, language: unknown = ''): unknown {
  if (isMissing(value)) return value
  const body = withoutTrailingLineBreaks(String(value).replace(/`(?=`)/g, `\`${ZERO_WIDTH_SPACE}`))
  const info = String(language).replace(/[^\w+#.-]/g, '')
  return charge(this, `${FENCE}${info}\n${body}\n${FENCE}`)
}

/** The brace of what opens or closes a wiki-markup `{noformat}` block, in any case. */
const NOFORMAT_MACRO = /\{(?=noformat)/gi

/**
 * A wiki-markup `{noformat}` block, where text shows exactly as written: a `{noformat}` inside the text gets a
 * zero-width space after its brace, so it shows as written but cannot close the block early.
 */
function noformatBlock(this: FilterCall, value: unknown): unknown {
  if (isMissing(value)) return value
  return charge(this, `{noformat}\n${String(value).replace(NOFORMAT_MACRO, `{${ZERO_WIDTH_SPACE}`)}\n{noformat}`)
}

/** `text` without the line breaks it ends with (a loop: `/[\r\n]+$/` retries every run of line breaks to the end). */
function withoutTrailingLineBreaks(text: string): string {
  let end = text.length
  while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--
  return text.slice(0, end)
}

/** Backslash-escapes chat Markdown formatting so alert text shows as written. */
function escapeMarkdown(this: FilterCall, value: unknown): unknown {
  if (isMissing(value)) return value
  return charge(this, escapeMarkdownText(String(value)))
}

/** The `escape_markdown` filter's work, for code that writes Markdown itself (issue comments). */
export function escapeMarkdownText(text: string): string {
  return escapeListMarkers(text.replace(MARKDOWN_SPECIALS, '\\$&'))
}

/**
 * Escapes the `+` of `+ item` and the `.` of `1. item`, which form lists only where they start a line (after
 * whitespace) and are followed by whitespace. One pass over the text: the multiline patterns `^(\s*)\+(?=\s)` and
 * `^(\s*\d+)\.(?=\s)` this replaces rescan a long run of blank lines from each of its line starts.
 */
function escapeListMarkers(text: string): string {
  let escaped = ''
  let copiedTo = 0
  // What the current line holds so far: only whitespace, whitespace then digits, or anything else.
  let line: 'blank' | 'number' | 'text' = 'blank'
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    const marker = (ch === '+' && line === 'blank') || (ch === '.' && line === 'number')
    if (marker && i + 1 < text.length && WHITESPACE.test(text[i + 1])) {
      escaped += `${text.slice(copiedTo, i)}\\`
      copiedTo = i
      line = 'text'
    } else if (LINE_TERMINATORS.includes(ch)) line = 'blank'
    else if (WHITESPACE.test(ch)) line = line === 'blank' ? 'blank' : 'text'
    else if (ch >= '0' && ch <= '9') line = line === 'text' ? 'text' : 'number'
    else line = 'text'
  }
  return escaped + text.slice(copiedTo)
}

/** Replaces Liquid's `truncate`: counts code points and ends with `…` (see src/truncate.ts). */
function truncateText(value: unknown, max: unknown = 50): unknown {
  if (isMissing(value)) return value
  const limit = Number(max)
  if (!Number.isInteger(limit) || limit < 0) {
    throw new Error(`truncate needs a whole number of characters, e.g. truncate: 200 (got "${String(max)}")`)
  }
  return truncate(String(value), limit)
}

/** Plain text or Markdown → an Atlassian Document Format document (rich-text fields that take ADF). */
function adf(this: FilterCall, value: unknown): unknown {
  if (isMissing(value)) return value
  return markdownToAdf(charge(this, String(value)))
}

/** The filters templates get on top of standard Liquid (whose `json` already is JSON.stringify). */
export const TEMPLATE_FILTERS: Record<string, TemplateFilter> = {
  iso8601,
  code_block: codeBlock,
  noformat_block: noformatBlock,
  escape_markdown: escapeMarkdown,
  truncate: truncateText,
  adf
}
