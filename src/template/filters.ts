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
// `+ item` and `1. item` only form lists at the start of a line
const LEADING_PLUS = /^(\s*)\+(?=\s)/gm
const LEADING_ORDINAL = /^(\s*\d+)\.(?=\s)/gm

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
  const body = String(value)
    .replace(/`(?=`)/g, `\`${ZERO_WIDTH_SPACE}`)
    .replace(/[\r\n]+$/, '')
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

/** Backslash-escapes chat Markdown formatting so alert text shows as written. */
function escapeMarkdown(this: FilterCall, value: unknown): unknown {
  if (isMissing(value)) return value
  return charge(this, escapeMarkdownText(String(value)))
}

/** The `escape_markdown` filter's work, for code that writes Markdown itself (issue comments). */
export function escapeMarkdownText(text: string): string {
  return text.replace(MARKDOWN_SPECIALS, '\\$&').replace(LEADING_PLUS, '$1\\+').replace(LEADING_ORDINAL, '$1\\.')
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
