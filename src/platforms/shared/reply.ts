import type { Problem } from '../../errors.js'
import { truncate } from '../../truncate.js'

/** How much of a service's reply a message carries: enough to act on, not a whole HTML error page. */
export const REPLY_TEXT_LIMIT = 1024

/** A reply body as message text: trimmed, bounded, `(empty reply)` when there is nothing; `oneLine` folds it. */
export function replyText(body: string, options: { oneLine?: boolean } = {}): string {
  const text = options.oneLine ? body.replace(/\s+/g, ' ').trim() : body.trim()
  return text === '' ? '(empty reply)' : truncate(text, REPLY_TEXT_LIMIT)
}

/** 2xx: the service did what was asked. */
export function isSuccess(status: number): boolean {
  return status >= 200 && status < 300
}

/** Longer values are not links or ids a service hands out. */
const LINK_MAX = 8192
const ID_MAX = 256
/** White space and control characters of every kind: none belongs in a link or an id. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const SPACE_OR_CONTROL = /[\s\x00-\x1f\x7f-\x9f]/

/**
 * The link and id a reply gave, as they may be used (outputs, the log, the job summary): a link is one http(s)
 * URL, an id one printable word of bounded length. Anything else is dropped with a warning, whichever platform's
 * reply (or `result-url` path) it came from.
 */
export function usableReplyValues(
  replied: { url: string; id: string },
  service: string,
  warn: (problem: Problem) => void
): { url: string; id: string } {
  const linkProblem = replied.url === '' ? undefined : unusableLink(replied.url)
  const idProblem = replied.id === '' ? undefined : unusableId(replied.id)
  if (linkProblem)
    warn({
      path: 'url',
      message: `${service}'s reply had an unusable link (${linkProblem}); the url output stays empty`
    })
  if (idProblem)
    warn({ path: 'id', message: `${service}'s reply had an unusable id (${idProblem}); the id output stays empty` })
  return { url: linkProblem ? '' : replied.url, id: idProblem ? '' : replied.id }
}

function unusableLink(url: string): string | undefined {
  if (url.length > LINK_MAX) return `longer than ${LINK_MAX} characters`
  if (SPACE_OR_CONTROL.test(url)) return 'not one line without spaces'
  let protocol: string
  try {
    protocol = new URL(url).protocol
  } catch {
    return 'not a URL'
  }
  return protocol === 'https:' || protocol === 'http:' ? undefined : 'not an http(s) URL'
}

const PRINTABLE_ASCII = /^[\x21-\x7e]+$/

function unusableId(id: string): string | undefined {
  if (id.length > ID_MAX) return `longer than ${ID_MAX} characters`
  if (SPACE_OR_CONTROL.test(id)) return 'not one word without spaces or control characters'
  // Most ids are ASCII: only others need the Unicode classes, whose pattern costs a millisecond to compile.
  if (PRINTABLE_ASCII.test(id)) return undefined
  return /^[\p{L}\p{N}\p{P}\p{S}]+$/u.test(id) ? undefined : 'not printable text'
}
