import { oneLine } from './line-breaks.js'

/**
 * Job summary Markdown in which no value can become markup. The summary is written as `safeMarkdown` templates: the
 * template's own text is the program's, every value put into it is text from outside (alert text, a reply, a
 * file name) and is redacted and escaped when the output choke point renders it. A value is shown as text
 * (`safeMarkdown\`| Status | ${status} |\``), as code (`code`), as a link only when it is an http(s) URL (`link`), or
 * in a fenced block it cannot close (`fenced`).
 */
export class Markdown {
  /** Only this module's builders hold `BUILT`, so text from outside cannot be made Markdown. */
  constructor(
    built: typeof BUILT,
    readonly pieces: readonly Piece[]
  ) {
    if (built !== BUILT) throw new Error('Markdown is built with the safeMarkdown tag')
  }
}

const BUILT = Symbol('built by summary-markdown')

const LINE_END = built([{ kind: 'markdown', text: '\n' }])

function built(pieces: readonly Piece[]): Markdown {
  return new Markdown(BUILT, pieces)
}

type Piece =
  | { kind: 'markdown'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'link'; url: string }
  | { kind: 'fenced'; language: string; text: string }

/** A value: text (strings and numbers are escaped) or Markdown built here. */
export type MarkdownValue = string | number | Markdown

/** The tag for summary templates: the literal text is Markdown, every `${value}` is escaped as text. */
export function safeMarkdown(literals: TemplateStringsArray, ...values: MarkdownValue[]): Markdown {
  const pieces: Piece[] = []
  literals.forEach((literal, i) => {
    pieces.push({ kind: 'markdown', text: literal })
    if (i < values.length) pieces.push(...piecesOf(values[i]))
  })
  return built(pieces)
}

/** Parts joined by a separator (a line end, by default). */
export function joined(parts: readonly MarkdownValue[], separator: Markdown = LINE_END): Markdown {
  return built(parts.flatMap((part, i) => [...(i > 0 ? separator.pieces : []), ...piecesOf(part)]))
}

/** Inline code: one line, backticks shown as `'`, pipes escaped for table cells. */
export function code(text: string): Markdown {
  return built([{ kind: 'code', text }])
}

/** A link to the URL when it is one line and an http(s) URL; otherwise the value as text. */
export function link(url: string): Markdown {
  return built([{ kind: 'link', url }])
}

/** A fenced block longer than any backtick run in the text, so the text cannot close it. */
export function fenced(language: string, text: string): Markdown {
  return built([{ kind: 'fenced', language, text }])
}

/** A collapsed block: the title as text, the body in a fenced block. */
export function details(title: MarkdownValue, language: string, text: string): Markdown {
  return safeMarkdown`<details><summary>${title}</summary>\n\n${fenced(language, text)}\n\n</details>\n`
}

/** The Markdown text, each value redacted by `redact` before it is escaped. */
export function renderMarkdown(document: Markdown, redact: (text: string) => string): string {
  return document.pieces.map(piece => renderPiece(piece, redact)).join('')
}

function piecesOf(value: MarkdownValue): readonly Piece[] {
  return value instanceof Markdown ? value.pieces : [{ kind: 'text', text: String(value) }]
}

function renderPiece(piece: Piece, redact: (text: string) => string): string {
  switch (piece.kind) {
    case 'markdown':
      return piece.text
    case 'text':
      return escapeText(oneLine(redact(piece.text)))
    case 'code':
      return codeSpan(oneLine(redact(piece.text)))
    case 'link':
      return linkTo(oneLine(redact(piece.url)))
    case 'fenced':
      return fence(piece.language, redact(piece.text))
  }
}

/**
 * Characters that start markup (HTML tags and entities, links and images, code spans, table cells, backslash
 * escapes), as character references: these read as the same character in Markdown and in HTML blocks alike.
 */
const MARKUP = /[&<>|`[\]\\]/g

const REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

function escapeText(text: string): string {
  return text.replace(MARKUP, char => REFERENCES[char] ?? `&#${char.charCodeAt(0)};`)
}

function codeSpan(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\``
}

/** Characters a URL may keep that would end a link destination or a table cell, percent-encoded. */
const DESTINATION_BREAKERS = /[()<>|`'"[\]\\\s]/g

function linkTo(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return escapeText(url)
  }
  if (/\s/.test(url) || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return escapeText(url)
  const destination = parsed.href.replace(
    DESTINATION_BREAKERS,
    char => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
  )
  return `[${escapeText(parsed.href)}](${destination})`
}

function fence(language: string, text: string): string {
  let longest = 2
  for (const run of text.matchAll(/`+/g)) longest = Math.max(longest, run[0].length)
  const marks = '`'.repeat(longest + 1)
  return `${marks}${language}\n${text}\n${marks}`
}
