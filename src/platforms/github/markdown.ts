import { longestFencedBlock } from './fenced-blocks.js'
import { measureLength, truncate } from '../../truncate.js'
import { neutralise, WORD_JOINER } from '../shared/mentions.js'

const FENCE_LINE = /^(`{3,}|~{3,})/gm
const CLOSING_FENCE = '\n```'

/**
 * `@login` or `@org/team` not preceded by a letter or digit (so e-mail addresses stay as they are). Anything else
 * before it may vanish from the rendered text (`_@login_`, `\@login`, a backtick an escape made literal), so it
 * counts; code spans and blocks count too, which a mistaken fence could open or close.
 */
const MENTION = /(?<![A-Za-z0-9])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[\w.-]+)?)/g

/**
 * Only the mentions written in the template or `vars` notify anyone: an `@name` from alert text (a job named
 * after its owner, a stack trace line) gets an invisible word joiner after the `@`, which GitHub does not link.
 */
export function neutraliseMentions(body: string, authoredText: string): string {
  return neutralise(body, authoredText, MENTION, (_whole, name) => `@${WORD_JOINER}${name}`)
}

/**
 * Markdown within `max` code points. The longest fenced code block (a stack trace, usually) is cut first, keeping
 * its fences and whatever follows it (links); otherwise the end is cut and an open fence closed.
 */
export function shortenMarkdown(text: string, max: number): string {
  const excess = measureLength(text) - max
  if (excess <= 0) return text
  const longest = longestFencedBlock(text)
  if (longest) {
    const content = text.slice(longest.start, longest.end)
    const kept = measureLength(content) - excess
    if (kept >= 1) return text.slice(0, longest.start) + truncate(content, kept) + text.slice(longest.end)
  }
  const cut = truncate(text, max)
  const fences = cut.match(FENCE_LINE)?.length ?? 0
  return fences % 2 === 0 ? cut : truncate(text, max - CLOSING_FENCE.length) + CLOSING_FENCE
}
