/**
 * Only mentions the workflow author wrote (the template and `vars`) may notify anyone; a mention that arrives in
 * alert text is made inert. The rule lives here once; each platform supplies its own mention syntax.
 */

/** U+2060: invisible, and breaks `@name` so that no service links or pings it. */
export const WORD_JOINER = '\u2060'

/** Whether the workflow author wrote this mention (so it may notify). */
function isAuthored(mention: string, authoredText: string): boolean {
  return authoredText.includes(mention)
}

/**
 * `text` with every match of `pattern` (global) that the author did not write replaced by `inert(match, ...groups)`.
 * `mentionOf` says which part of a match is the mention itself (default: the whole match).
 */
export function neutralise(
  text: string,
  authoredText: string,
  pattern: RegExp,
  inert: (match: string, ...groups: string[]) => string,
  mentionOf: (match: string, ...groups: string[]) => string = match => match
): string {
  return text.replace(pattern, (match: string, ...rest: unknown[]) => {
    const groups = rest.filter((part): part is string => typeof part === 'string')
    return isAuthored(mentionOf(match, ...groups), authoredText) ? match : inert(match, ...groups)
  })
}
