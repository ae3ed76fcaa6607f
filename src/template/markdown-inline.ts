/**
 * The inline constructs of light Markdown, found by one forward scan (linear in the text, however it is built).
 * Leftmost construct wins; at one position the priority is `code`, [text](url), bare URL, **strong**, *em*, _em_.
 * `_em_` needs non-word characters outside, so `daily_etl_job` stays as written.
 */
export type InlineSpan =
  | { kind: 'code' | 'strong' | 'em'; start: number; end: number; inner: string }
  | { kind: 'link'; start: number; end: number; inner: string; href: string }
  /** A bare URL without the sentence punctuation after it (which stays text). */
  | { kind: 'url'; start: number; end: number; href: string }

const WHITESPACE = /\s/
const WORD = /[\p{L}\p{N}_]/u
/** Characters that end a bare URL. */
const URL_END = new Set(['<', '>', '"', "'", '`', '(', ')', '[', ']', '{', '}'])
const URL_TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?'])

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && WHITESPACE.test(ch)
}

/**
 * The first index at or after `from` holding a stop character (or the text's length). Remembers its last answer:
 * a search from anywhere between that search's start and its answer has the same answer, so searches from rising
 * starts (one per opening character) read each character once.
 */
class NextStop {
  private searchedFrom = 1
  private found = 0
  constructor(
    private readonly text: string,
    private readonly stops: (ch: string) => boolean
  ) {}

  from(start: number): number {
    if (start >= this.searchedFrom && start <= this.found) return this.found
    let index = start
    while (index < this.text.length && !this.stops(this.text[index])) index++
    this.searchedFrom = start
    this.found = index
    return index
  }
}

/** The inline spans of `text` in order, none overlapping. */
export function* inlineSpans(text: string): Generator<InlineSpan> {
  const codeEnd = new NextStop(text, ch => ch === '`' || ch === '\n')
  const linkTextEnd = new NextStop(text, ch => ch === ']' || ch === '\n')
  const linkUrlEnd = new NextStop(text, ch => ch === ')' || isSpace(ch))
  const starEnd = new NextStop(text, ch => ch === '*' || ch === '\n')
  const underscoreEnd = new NextStop(text, ch => ch === '_' || ch === '\n')

  /** `code`: up to the next backtick on the line, not empty. */
  function code(start: number): InlineSpan | undefined {
    const close = codeEnd.from(start + 1)
    if (text[close] !== '`' || close === start + 1) return undefined
    return { kind: 'code', start, end: close + 1, inner: text.slice(start + 1, close) }
  }

  /** [text](http…): text up to the first `]` on the line, then a URL up to `)` with no whitespace in it. */
  function link(start: number): InlineSpan | undefined {
    const close = linkTextEnd.from(start + 1)
    if (text[close] !== ']' || close === start + 1 || text[close + 1] !== '(') return undefined
    const hrefStart = close + 2
    const scheme = schemeLength(hrefStart)
    if (scheme === 0) return undefined
    const hrefEnd = linkUrlEnd.from(hrefStart + scheme)
    if (text[hrefEnd] !== ')' || hrefEnd === hrefStart + scheme) return undefined
    const href = text.slice(hrefStart, hrefEnd)
    return { kind: 'link', start, end: hrefEnd + 1, inner: text.slice(start + 1, close), href }
  }

  /** A bare http(s) URL, up to whitespace or a character that ends one, without trailing punctuation. */
  function url(start: number): InlineSpan | undefined {
    const scheme = schemeLength(start)
    if (scheme === 0) return undefined
    let end = start + scheme
    while (end < text.length && !URL_END.has(text[end]) && !isSpace(text[end])) end++
    if (end === start + scheme) return undefined
    while (URL_TRAILING_PUNCTUATION.has(text[end - 1])) end--
    return { kind: 'url', start, end, href: text.slice(start, end) }
  }

  /** **strong**: from a non-space character to the next `**` on the line (at least one character inside). */
  function strong(start: number): InlineSpan | undefined {
    if (text[start + 1] !== '*' || start + 2 >= text.length || isSpace(text[start + 2])) return undefined
    for (let close = start + 2; close < text.length && text[close] !== '\n'; close++) {
      if (close > start + 2 && text[close] === '*' && text[close + 1] === '*') {
        return { kind: 'strong', start, end: close + 2, inner: text.slice(start + 2, close) }
      }
    }
    return undefined
  }

  /** *em*: non-space characters inside next to both stars, no star or line break within. */
  function starEm(start: number): InlineSpan | undefined {
    const first = text[start + 1]
    if (first === undefined || first === '*' || isSpace(first)) return undefined
    const close = starEnd.from(start + 1)
    if (text[close] !== '*' || isSpace(text[close - 1])) return undefined
    return { kind: 'em', start, end: close + 1, inner: text.slice(start + 1, close) }
  }

  /** _em_: as *em*, and with no letter, digit or `_` right outside either underscore. */
  function underscoreEm(start: number): InlineSpan | undefined {
    const first = text[start + 1]
    if (first === undefined || first === '_' || isSpace(first) || isWord(codePointBefore(start))) return undefined
    const close = underscoreEnd.from(start + 1)
    if (text[close] !== '_' || isSpace(text[close - 1]) || isWord(codePointAt(close + 1))) return undefined
    return { kind: 'em', start, end: close + 1, inner: text.slice(start + 1, close) }
  }

  function schemeLength(start: number): number {
    if (text.startsWith('http://', start)) return 'http://'.length
    if (text.startsWith('https://', start)) return 'https://'.length
    return 0
  }

  function codePointBefore(index: number): string {
    const low = text.charCodeAt(index - 1)
    const high = text.charCodeAt(index - 2)
    const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff
    return pair ? text.slice(index - 2, index) : text.slice(Math.max(0, index - 1), index)
  }

  function codePointAt(index: number): string {
    const point = text.codePointAt(index)
    return point === undefined ? '' : String.fromCodePoint(point)
  }

  let position = 0
  while (position < text.length) {
    let span: InlineSpan | undefined
    switch (text[position]) {
      case '`':
        span = code(position)
        break
      case '[':
        span = link(position)
        break
      case 'h':
        span = url(position)
        break
      case '*':
        span = strong(position) ?? starEm(position)
        break
      case '_':
        span = underscoreEm(position)
        break
    }
    if (span) {
      yield span
      position = span.end
    } else {
      position++
    }
  }
}

function isWord(codePoint: string): boolean {
  return codePoint !== '' && WORD.test(codePoint)
}
