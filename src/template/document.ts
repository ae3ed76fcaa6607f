import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml'
import { TemplateError } from '../errors.js'
import type { TemplateSource } from './load.js'

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

/** A template file split into validated front matter and the parsed YAML body. */
export interface TemplateDocument {
  frontMatter: FrontMatter
  body: Node
  /** Position of a character offset in the body's source (whose lines are the file's lines). */
  positionAt(offset: number): SourcePosition
  /** The text of a 1-based file line (for mapping positions inside block scalars). */
  lineText(line: number): string
  lineCount: number
}

const FENCE_LINE = /^---[ \t]*$/
const FRONT_MATTER_KEYS = 'platform, events, description'

export function parseTemplateDocument(source: TemplateSource): TemplateDocument {
  // CRLF → LF keeps every line and column where it was
  const lines = source.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n')
  const closing = FENCE_LINE.test(lines[0]) ? lines.findIndex((line, i) => i > 0 && FENCE_LINE.test(line)) : -1
  // Blank lines stand in for what precedes each part, so YAML positions are already file positions.
  const bodyLines = closing > 0 ? [...lines.slice(0, closing + 1).fill(''), ...lines.slice(closing + 1)] : lines
  const body = parseYaml(bodyLines.join('\n'), source.file)
  if (!body.doc.contents) {
    throw new TemplateError('the template has no body: write the payload as YAML or JSON', source.file, bodyLines.length)
  }
  const frontMatter =
    closing > 0 ? readFrontMatter(parseYaml(['', ...lines.slice(1, closing)].join('\n'), source.file), source.file) : {}
  return {
    frontMatter,
    body: body.doc.contents,
    positionAt: offset => toPosition(body.lineCounter, offset),
    lineText: line => lines[line - 1] ?? '',
    lineCount: lines.length
  }
}

interface ParsedYaml {
  doc: Document.Parsed
  lineCounter: LineCounter
}

function parseYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter })
  const [error] = doc.errors
  if (error) {
    const at = error.linePos?.[0]
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
      const events = isSeq(value) ? value.items.map(item => (isScalar(item) && typeof item.value === 'string' ? item.value : undefined)) : []
      if (!isSeq(value) || events.includes(undefined)) {
        fail('front matter "events" must be a list of notification types, e.g. [JOB, ASSET_MATERIALIZATION]', value ?? pair.key)
      }
      frontMatter.events = events as string[]
    } else {
      fail(`unknown front matter key "${key}": the front matter (between the first two --- lines) allows ${FRONT_MATTER_KEYS}`, pair.key)
    }
  }
  return frontMatter
}
