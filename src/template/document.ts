import type { Document, LineCounter, Node, Pair, Scalar } from 'yaml'
import { TemplateError } from '../errors.js'
import { yamlParser } from '../yaml-parser.js'
import type { TemplateSource } from './load.js'
import type { LeafProgram } from './program.js'

export interface FrontMatter {
  platform?: string
  events?: string[]
  description?: string
}

/** 1-based, counted in the whole file (front matter included). */
export interface SourcePosition {
  line: number
  column: number
}

/**
 * A template file split into validated front matter and its body as plain data (JSON-serialisable, so the
 * built-in templates ship parsed and a send with one of them never loads the YAML parser).
 */
export interface TemplateDocument {
  frontMatter: FrontMatter
  body: TemplateNode
}

/** One YAML node of the body, at the file position where it starts. */
export type TemplateNode =
  | { kind: 'map'; at: SourcePosition; entries: TemplateEntry[] }
  | { kind: 'seq'; at: SourcePosition; items: TemplateNode[] }
  | {
      kind: 'scalar'
      at: SourcePosition
      value: string | number | boolean | null
      text?: TextLayout
      /** A built-in's Liquid leaf as the build precompiled it (src/template/precompile.ts). */
      program?: LeafProgram
    }
  /** A value JSON cannot hold (`.inf`), an alias (`*name`) or another node kind; `source` as written. */
  | { kind: 'invalid'; at: SourcePosition; reason: 'not-json' | 'alias' | 'unsupported'; source: string }

/** A mapping entry; `key` is undefined when the key is not plain text. */
export interface TemplateEntry {
  key?: string
  keyAt: SourcePosition
  value: TemplateNode | null
}

/**
 * Where a text scalar's characters sit in the file: a `|` block's lines start at `blockIndent`; a quoted
 * scalar's first line starts one column after its opening quote.
 */
export type TextLayout = { blockIndent: number } | { quoted: boolean }

const FENCE_LINE = /^---[ \t]*$/
const BLANK_OR_COMMENT = /^\s*(?:#.*)?$/
const FRONT_MATTER_KEYS = 'platform, events, description'

/**
 * Where the front matter's `---` lines are (0-based line indexes), when the file has front matter: the first line
 * that is neither blank nor a YAML comment opens it (so a `# path` comment may stand above it), the next `---` line
 * closes it.
 */
export function frontMatterBounds(lines: readonly string[]): { opening: number; closing: number } | undefined {
  const opening = lines.findIndex(line => !BLANK_OR_COMMENT.test(line))
  if (opening < 0 || !FENCE_LINE.test(lines[opening])) return undefined
  const closing = lines.findIndex((line, i) => i > opening && FENCE_LINE.test(line))
  return closing > 0 ? { opening, closing } : undefined
}

export function parseTemplateDocument(source: TemplateSource): TemplateDocument {
  // CRLF → LF keeps every line and column where it was
  const lines = source.text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
  const bounds = frontMatterBounds(lines)
  const closing = bounds?.closing ?? -1
  // Blank lines stand in for what precedes each part, so YAML positions are already file positions.
  const bodyLines = closing > 0 ? [...lines.slice(0, closing + 1).fill(''), ...lines.slice(closing + 1)] : lines
  const body = parseYaml(bodyLines.join('\n'), source.file)
  if (!body.doc.contents) {
    throw new TemplateError(
      'the template has no body: write the payload as YAML or JSON',
      source.file,
      bodyLines.length
    )
  }
  const frontMatter = bounds
    ? readFrontMatter(
        parseYaml(
          [...lines.slice(0, bounds.opening + 1).fill(''), ...lines.slice(bounds.opening + 1, bounds.closing)].join(
            '\n'
          ),
          source.file
        ),
        source.file
      )
    : {}
  return { frontMatter, body: toTemplateNode(body.doc.contents, { lineCounter: body.lineCounter, lines }) }
}

interface BodySource {
  lineCounter: LineCounter
  lines: string[]
}

function toTemplateNode(node: Node, source: BodySource): TemplateNode {
  const { isAlias, isMap, isScalar, isSeq } = yamlParser()
  const at = toPosition(source.lineCounter, node.range?.[0] ?? 0)
  if (isMap(node)) {
    const entries = (node.items as Pair<Node, Node | null>[]).map(pair => toTemplateEntry(pair, at, source))
    return { kind: 'map', at, entries }
  }
  if (isSeq(node)) return { kind: 'seq', at, items: (node.items as Node[]).map(item => toTemplateNode(item, source)) }
  if (isScalar(node)) return toTemplateScalar(node, at, source)
  if (isAlias(node)) return { kind: 'invalid', at, reason: 'alias', source: node.source }
  return { kind: 'invalid', at, reason: 'unsupported', source: '' }
}

/** Keys are never templated; they keep their spelling (`1.0`, `~`) as JSON object keys. */
function toTemplateEntry(pair: Pair<Node, Node | null>, mapAt: SourcePosition, source: BodySource): TemplateEntry {
  const key = pair.key
  const keyAt = key?.range ? toPosition(source.lineCounter, key.range[0]) : mapAt
  const value = pair.value ? toTemplateNode(pair.value, source) : null
  if (!yamlParser().isScalar(key)) return { keyAt, value }
  return { key: key.source ?? String(key.value), keyAt: toPosition(source.lineCounter, key.range?.[0] ?? 0), value }
}

function toTemplateScalar(node: Scalar, at: SourcePosition, source: BodySource): TemplateNode {
  const value = node.value
  if (typeof value === 'string') return { kind: 'scalar', at, value, text: textLayout(node, at, source) }
  if (value === null || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) {
    return { kind: 'scalar', at, value }
  }
  return { kind: 'invalid', at, reason: 'not-json', source: node.source ?? String(value) }
}

function textLayout(node: Scalar, at: SourcePosition, source: BodySource): TextLayout {
  const { Scalar } = yamlParser()
  if (node.type === Scalar.BLOCK_LITERAL) return { blockIndent: blockIndent(at.line, source.lines) }
  return { quoted: node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE }
}

/** A `|` block's indentation: that of its first non-blank content line. */
function blockIndent(headerLine: number, lines: string[]): number {
  for (let line = headerLine + 1; ; line++) {
    const text = lines[line - 1] ?? ''
    if (text.trim() !== '' || line > lines.length) return /^ */.exec(text)?.[0].length ?? 0
  }
}

const SECOND_DOCUMENT =
  'a --- line here starts a second YAML document, and a template is one: front matter goes between the first two ' +
  '--- lines of the file (only blank lines and # comments may come before it); remove this --- line or move the ' +
  'front matter to the top'

interface ParsedYaml {
  doc: Document.Parsed
  lineCounter: LineCounter
}

function parseYaml(text: string, file: string): ParsedYaml {
  const yaml = yamlParser()
  const lineCounter = new yaml.LineCounter()
  const doc = yaml.parseDocument(text, { lineCounter })
  const [error] = doc.errors
  if (error) {
    const at = error.linePos?.[0]
    if (error.code === 'MULTIPLE_DOCS') throw new TemplateError(SECOND_DOCUMENT, file, at?.line, at?.col)
    const message = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '')
    throw new TemplateError(`invalid YAML: ${message}`, file, at?.line, at?.col)
  }
  return { doc, lineCounter }
}

function toPosition(lineCounter: LineCounter, offset: number): SourcePosition {
  const { line, col } = lineCounter.linePos(offset)
  return { line, column: col }
}

/** Checks each front matter key's name and type; errors point at the offending key or value. */
function readFrontMatter({ doc, lineCounter }: ParsedYaml, file: string): FrontMatter {
  const { isMap, isScalar, isSeq } = yamlParser()
  const contents = doc.contents
  function fail(message: string, node: Node | null | undefined): never {
    const at = node?.range ? toPosition(lineCounter, node.range[0]) : undefined
    throw new TemplateError(message, file, at?.line ?? 2, at?.column)
  }
  if (!contents) return {}
  if (!isMap(contents)) return fail(`front matter must be a mapping of ${FRONT_MATTER_KEYS}`, contents)
  const frontMatter: FrontMatter = {}
  for (const pair of contents.items as Pair<Node, Node | null>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    const value = pair.value
    const text = isScalar(value) && typeof value.value === 'string' ? value.value : undefined
    if (key === 'platform' || key === 'description') {
      if (text === undefined) fail(`front matter "${key}" must be text`, value ?? pair.key)
      frontMatter[key] = text
    } else if (key === 'events') {
      const events = isSeq(value)
        ? value.items.map(item => (isScalar(item) && typeof item.value === 'string' ? item.value : undefined))
        : []
      if (!isSeq(value) || events.includes(undefined)) {
        fail(
          'front matter "events" must be a list of notification types, e.g. [JOB, ASSET_MATERIALIZATION]',
          value ?? pair.key
        )
      }
      frontMatter.events = events as string[]
    } else {
      fail(
        `unknown front matter key "${key}": the front matter (between the first two --- lines) allows ${FRONT_MATTER_KEYS}`,
        pair.key
      )
    }
  }
  return frontMatter
}
