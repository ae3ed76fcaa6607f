/**
 * A text with the escapes a service or runtime may write a secret in decoded, for finding secrets however they
 * were escaped: JSON's `\uXXXX` (either hex case, any character), `\/`, `\\` and `\"`, and percent-escapes
 * (either hex case; a UTF-8 sequence as its character). Each decoded UTF-16 unit keeps where its escape starts
 * and ends in the text, so a match found in `text` masks the escaped original. One pass: linear in the text.
 */
export interface DecodedEscapes {
  text: string
  /** For each unit of `text`: the index in the original where it starts, and where it ends (exclusive). */
  starts: Uint32Array
  ends: Uint32Array
}

/** An escape `decodeEscapes` reads (JSON's `\n` is not one: no secret form holds a line break). */
const ESCAPE = /\\[u/\\"]|%[0-9a-fA-F]{2}/

/** Whether a text has anything to decode. */
export function hasEscapes(text: string): boolean {
  return ESCAPE.test(text)
}

export function decodeEscapes(original: string): DecodedEscapes {
  const units: string[] = []
  const starts = new Uint32Array(original.length)
  const ends = new Uint32Array(original.length)
  const emit = (decoded: string, start: number, end: number) => {
    for (const unit of decoded.length === 1 ? [decoded] : decoded.split('')) {
      starts[units.length] = start
      ends[units.length] = end
      units.push(unit)
    }
  }
  let i = 0
  while (i < original.length) {
    const escape =
      original[i] === '\\' ? jsonEscape(original, i) : original[i] === '%' ? percentEscape(original, i) : undefined
    if (escape) {
      emit(escape.decoded, i, escape.end)
      i = escape.end
    } else {
      emit(original[i], i, i + 1)
      i++
    }
  }
  return { text: units.join(''), starts: starts.subarray(0, units.length), ends: ends.subarray(0, units.length) }
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
