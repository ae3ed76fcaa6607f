/**
 * A text with the escapes a service or runtime may write a secret in decoded, for finding secrets however they
 * were escaped: JSON's `\uXXXX` (either hex case, any character), `\/`, `\\` and `\"`, and percent-escapes
 * (either hex case; a UTF-8 sequence as its character). A match found in `text` is mapped back to the stretch of the
 * original it came from, so the escaped original is what gets masked. Linear in the text: the text between escapes
 * is copied whole (a loop over every character would run in the interpreter at start-up, on every line written).
 */
export interface DecodedEscapes {
  text: string
  /** Where the unit at `index` of `text` starts in the original. */
  startOf(index: number): number
  /** Where the unit at `index` of `text` ends in the original (exclusive). */
  endOf(index: number): number
}

/** An escape `decodeEscapes` reads (JSON's `\n` is not one: no secret form holds a line break). */
const ESCAPE = /\\[u/\\"]|%[0-9a-fA-F]{2}/

/** Whether a text has anything to decode. */
export function hasEscapes(text: string): boolean {
  return ESCAPE.test(text)
}

/** A decoded escape: where it stands in the decoded text and its length there, and where it stood in the original. */
interface Decoded {
  at: number
  length: number
  from: number
  to: number
}

export function decodeEscapes(original: string): DecodedEscapes {
  const escapeStart = /[\\%]/g
  const decoded: Decoded[] = []
  let text = ''
  let copied = 0
  for (let match = escapeStart.exec(original); match; match = escapeStart.exec(original)) {
    const at = match.index
    const escape = original[at] === '\\' ? jsonEscape(original, at) : percentEscape(original, at)
    if (!escape) continue
    text += original.slice(copied, at)
    decoded.push({ at: text.length, length: escape.decoded.length, from: at, to: escape.end })
    text += escape.decoded
    copied = escape.end
    escapeStart.lastIndex = escape.end
  }
  text += original.slice(copied)
  /** The last escape at or before `index` of the decoded text (binary search), or undefined. */
  const escapeBefore = (index: number): Decoded | undefined => {
    let low = 0
    let high = decoded.length - 1
    let found: Decoded | undefined
    while (low <= high) {
      const middle = (low + high) >> 1
      if (decoded[middle].at <= index) {
        found = decoded[middle]
        low = middle + 1
      } else high = middle - 1
    }
    return found
  }
  /** The original's [start, end) of the unit at `index`. */
  const span = (index: number): [number, number] => {
    const escape = escapeBefore(index)
    if (!escape) return [index, index + 1]
    if (index < escape.at + escape.length) return [escape.from, escape.to]
    const start = escape.to + (index - escape.at - escape.length)
    return [start, start + 1]
  }
  return { text, startOf: index => span(index)[0], endOf: index => span(index)[1] }
}

interface Escape {
  decoded: string
  end: number
}

function jsonEscape(text: string, at: number): Escape | undefined {
  const next = text[at + 1]
  if (next === '/' || next === '\\' || next === '"') return { decoded: next, end: at + 2 }
  if (next !== 'u') return undefined
  const code = hexValue(text, at + 2, 4)
  return code === undefined ? undefined : { decoded: String.fromCharCode(code), end: at + 6 }
}

/** `%XX`, or the `%XX` sequence of one UTF-8 character; undefined when it is neither. */
function percentEscape(text: string, at: number): Escape | undefined {
  const first = percentByte(text, at)
  if (first === undefined) return undefined
  if (first < 0x80) return { decoded: String.fromCharCode(first), end: at + 3 }
  const length = first >= 0xf0 && first <= 0xf4 ? 4 : first >= 0xe0 ? 3 : first >= 0xc2 && first < 0xe0 ? 2 : 0
  if (length === 0) return undefined
  let code = first & (0xff >> (length + 1))
  for (let k = 1; k < length; k++) {
    const byte = percentByte(text, at + 3 * k)
    if (byte === undefined || (byte & 0xc0) !== 0x80) return undefined
    code = (code << 6) | (byte & 0x3f)
  }
  if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code < [0, 0, 0x80, 0x800, 0x10000][length])
    return undefined
  return { decoded: String.fromCodePoint(code), end: at + 3 * length }
}

function percentByte(text: string, at: number): number | undefined {
  return text[at] === '%' ? hexValue(text, at + 1, 2) : undefined
}

function hexValue(text: string, at: number, digits: number): number | undefined {
  if (at + digits > text.length) return undefined
  let value = 0
  for (let k = at; k < at + digits; k++) {
    const digit = parseInt(text[k], 16)
    if (Number.isNaN(digit)) return undefined
    value = value * 16 + digit
  }
  return value
}
