import type { Json } from '../../json.js'

/**
 * Only mentions the workflow author wrote may notify anyone; a mention that arrives in alert text is made inert.
 * The rule lives here once; each platform supplies its own mention syntax.
 */

/** U+2060: invisible, and breaks `@name` so that no service links or pings it. */
export const WORD_JOINER = '\u2060'

/**
 * What the workflow author wrote that is sent: the template body's literal text (never its comments, front matter
 * or Liquid expressions) and the `vars` values, one piece a line. Only mentions found here may notify anyone.
 */
export function authoredText(templateLiteralText: string, vars: Record<string, Json>): string {
  return [templateLiteralText, ...textsOf(vars)].join('\n')
}

function textsOf(value: Json): string[] {
  if (typeof value === 'string') return [value]
  if (value === null || typeof value !== 'object') return []
  return Object.values(value).flatMap(textsOf)
}

/**
 * `text` with every match of `pattern` (global) that the author did not write replaced by `inert(match, ...groups)`.
 * `mentionOf` says which part of a match is the mention itself (default: the whole match). A mention counts as
 * written when `pattern` finds the very same mention in `authoredText` (so `@ann` is not authorised by `@anna`).
 */
export function neutralise(
  text: string,
  authoredText: string,
  pattern: RegExp,
  inert: (match: string, ...groups: string[]) => string,
  mentionOf: (match: string, ...groups: string[]) => string = match => match
): string {
  const authored = new Set(
    [...authoredText.matchAll(pattern)].map(([match, ...groups]) => mentionOf(match, ...texts(groups)))
  )
  return text.replace(pattern, (match: string, ...rest: unknown[]) => {
    // the groups come before the match's offset, the first number
    const groups = texts(
      rest.slice(
        0,
        rest.findIndex(part => typeof part === 'number')
      )
    )
    return authored.has(mentionOf(match, ...groups)) ? match : inert(match, ...groups)
  })
}

/** A match's groups, one that took part in no match as ''. */
function texts(groups: unknown[]): string[] {
  return groups.map(group => (typeof group === 'string' ? group : ''))
}
