import type { Output, Template } from 'liquidjs'
import { TemplateError } from '../errors.js'
import type { Json } from '../platforms/types.js'
import {
  parseTemplateDocument,
  type FrontMatter,
  type SourcePosition,
  type TemplateEntry,
  type TemplateNode,
  type TextLayout
} from './document.js'
import {
  describeLiquidError,
  globalVariables,
  parseLiquid,
  soleOutput,
  startRender,
  type RenderSession
} from './engine.js'
import type { TemplateSource } from './load.js'

export type { FrontMatter, SourcePosition } from './document.js'

/** A global variable the template reads: dotted path ('vars.project', 'github.run_url') and where. */
export interface VariableRef extends SourcePosition {
  name: string
}

/** A mapping key of the template: the keys leading to it (lists are transparent: `embeds.title`), itself last, and where. */
export interface KeyRef extends SourcePosition {
  path: string[]
}

/** The rendered document and, for each output JSON path ('embeds[0].title'), where it came from in the file. */
export interface RenderResult {
  value: Json
  positions: Map<string, SourcePosition>
}

export interface CompiledTemplate {
  file: string
  frontMatter: FrontMatter
  variables: VariableRef[]
  /** Every mapping key, in file order; keys are never templated, so these are all the keys the payload can have. */
  keys: KeyRef[]
  /** Throws TemplateError (file:line:col) when rendering fails or exceeds the engine's limits. */
  render(scope: Record<string, unknown>): RenderResult
}

/** Maps a 1-based row/column inside a leaf's text to the file. */
type Locate = (row: number, col: number) => SourcePosition

type CompiledNode =
  | { kind: 'literal'; at: SourcePosition; value: Json }
  | { kind: 'text'; at: SourcePosition; locate: Locate; templates: Template[] }
  | { kind: 'whole'; at: SourcePosition; locate: Locate; output: Output }
  | { kind: 'map'; at: SourcePosition; entries: Array<[string, CompiledNode]> }
  | { kind: 'seq'; at: SourcePosition; items: CompiledNode[] }

const LIQUID_MARKERS = /<<|<%/
const FILTER_HINT =
  'template filters are iso8601, code_block, json, adf, escape_markdown, truncate and the standard Liquid filters'

/** Parses the file, then every Liquid leaf, once. Throws TemplateError with file:line:col. */
export function compileTemplate(source: TemplateSource): CompiledTemplate {
  const document = source.document ?? parseTemplateDocument(source)
  const variableReaders: Array<() => VariableRef[]> = []
  const keys: KeyRef[] = []
  const root = compileNode(document.body, { file: source.file, variableReaders, keys }, [])
  let variables: VariableRef[] | undefined
  return {
    file: source.file,
    frontMatter: document.frontMatter,
    // Found when first asked for (checks, unread vars): a send with a built-in template never needs them.
    get variables() {
      variables ??= variableReaders.flatMap(read => read())
      return variables
    },
    keys,
    render: scope => renderDocument(root, scope, source.file)
  }
}

interface CompileState {
  file: string
  /** Each Liquid leaf's reader of the variables it uses, in file order. */
  variableReaders: Array<() => VariableRef[]>
  keys: KeyRef[]
}

function compileNode(node: TemplateNode, state: CompileState, keyPath: string[]): CompiledNode {
  const at = node.at
  switch (node.kind) {
    case 'map':
      return { kind: 'map', at, entries: node.entries.map(entry => compileEntry(entry, state, keyPath)) }
    case 'seq':
      return { kind: 'seq', at, items: node.items.map(item => compileNode(item, state, keyPath)) }
    case 'scalar':
      if (typeof node.value === 'string' && LIQUID_MARKERS.test(node.value))
        return compileLiquid(node.value, node.text, at, state)
      return { kind: 'literal', at, value: node.value }
    case 'invalid':
      throw new TemplateError(INVALID_NODE[node.reason](node.source), state.file, at.line, at.column)
  }
}

const INVALID_NODE = {
  'not-json': (source: string) => `the value ${source} cannot be written as JSON`,
  alias: (source: string) => `YAML aliases (*${source}) are not supported in templates; repeat the value instead`,
  unsupported: () => 'unsupported YAML node'
}

function compileEntry(entry: TemplateEntry, state: CompileState, mapPath: string[]): [string, CompiledNode] {
  if (entry.key === undefined)
    throw new TemplateError('mapping keys must be plain text', state.file, entry.keyAt.line, entry.keyAt.column)
  const keyPath = [...mapPath, entry.key]
  state.keys.push({ path: keyPath, ...entry.keyAt })
  if (entry.value) return [entry.key, compileNode(entry.value, state, keyPath)]
  return [entry.key, { kind: 'literal', at: entry.keyAt, value: null }]
}

function compileLiquid(
  text: string,
  layout: TextLayout | undefined,
  at: SourcePosition,
  state: CompileState
): CompiledNode {
  const locate = leafLocator(layout, at)
  let templates: Template[]
  try {
    templates = parseLiquid(text)
  } catch (error) {
    const { message, row, col } = describeLiquidError(error)
    const where = row ? locate(row, col ?? 1) : at
    const hint = message.startsWith('undefined filter') ? ` (${FILTER_HINT})` : ''
    throw new TemplateError(`${message}${hint}`, state.file, where.line, where.column)
  }
  state.variableReaders.push(() =>
    globalVariables(templates).map(variable => ({ name: variable.path, ...locate(variable.row, variable.col) }))
  )
  const output = soleOutput(templates)
  return output ? { kind: 'whole', at, locate, output } : { kind: 'text', at, locate, templates }
}

/**
 * Best-effort mapping from the leaf's (unescaped) text to the file: exact for the first line of plain and
 * quoted scalars and for every line of a `|` block; other multi-line scalars report the leaf's own position.
 */
function leafLocator(layout: TextLayout | undefined, at: SourcePosition): Locate {
  if (layout && 'blockIndent' in layout)
    return (row, col) => ({ line: at.line + row, column: layout.blockIndent + col })
  const opening = layout?.quoted ? 1 : 0
  return (row, col) => (row === 1 ? { line: at.line, column: at.column + opening + col - 1 } : at)
}

function renderDocument(root: CompiledNode, scope: Record<string, unknown>, file: string): RenderResult {
  const positions = new Map<string, SourcePosition>()
  const session = startRender(scope)
  const value = renderNode(root, '', { session, positions, file })
  // The document itself is never removed: an emptied top-level mapping/sequence stays, a removed scalar is null.
  if (value !== undefined) return { value, positions }
  const empty: Json = root.kind === 'map' ? {} : root.kind === 'seq' ? [] : null
  positions.set('', root.at)
  return { value: empty, positions }
}

interface RenderState {
  session: RenderSession
  positions: Map<string, SourcePosition>
  file: string
}

/** The node's JSON value, or undefined when it is removed (missing whole-leaf value, or emptied by removals). */
function renderNode(node: CompiledNode, path: string, state: RenderState): Json | undefined {
  const value = renderValue(node, path, state)
  if (value !== undefined) state.positions.set(path, node.at)
  return value
}

function renderValue(node: CompiledNode, path: string, state: RenderState): Json | undefined {
  switch (node.kind) {
    case 'literal':
      return node.value
    case 'text':
      return renderLiquid(node, state, () => state.session.text(node.templates))
    case 'whole':
      // errors from filters carry no token: point at the output itself
      return renderLiquid(
        node,
        state,
        () => toJson(state.session.value(node.output.value)),
        node.output.token.getPosition()
      )
    case 'map':
      return renderMap(node.entries, path, state)
    case 'seq':
      return renderSeq(node.items, path, state)
  }
}

function renderMap(entries: Array<[string, CompiledNode]>, path: string, state: RenderState): Json | undefined {
  const result: { [key: string]: Json } = {}
  let kept = 0
  for (const [key, child] of entries) {
    const value = renderNode(child, path ? `${path}.${key}` : key, state)
    if (value === undefined) continue
    setOwn(result, key, value)
    kept++
  }
  return entries.length > 0 && kept === 0 ? undefined : result
}

function renderSeq(items: CompiledNode[], path: string, state: RenderState): Json | undefined {
  const result: Json[] = []
  for (const item of items) {
    const value = renderNode(item, `${path}[${result.length}]`, state)
    if (value !== undefined) result.push(value)
  }
  return items.length > 0 && result.length === 0 ? undefined : result
}

function renderLiquid(
  node: { at: SourcePosition; locate: Locate },
  state: RenderState,
  render: () => Json | undefined,
  [fallbackRow, fallbackCol]: number[] = []
): Json | undefined {
  try {
    return render()
  } catch (error) {
    const { message, row = fallbackRow, col = fallbackCol } = describeLiquidError(error)
    const where = row ? node.locate(row, col ?? 1) : node.at
    const hint = /limit exceeded/.test(message) ? ' (the template loops or builds text beyond the render limits)' : ''
    throw new TemplateError(`rendering failed: ${message}${hint}`, state.file, where.line, where.column)
  }
}

/**
 * A whole-leaf value as JSON. Missing, null and '' remove the key; inside objects and arrays values are kept
 * as data (JSON.stringify rules: undefined members dropped, non-finite numbers become null).
 */
function toJson(value: unknown): Json | undefined {
  const json = toJsonValue(value, [])
  return json === null || json === '' ? undefined : json
}

function toJsonValue(value: unknown, ancestors: unknown[]): Json | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  // functions and the like are not data; a cycle (possible in a YAML `vars` input with anchors) is cut
  if (typeof value !== 'object' || ancestors.includes(value)) return undefined
  const inside = [...ancestors, value]
  if (Array.isArray(value)) return value.map(item => toJsonValue(item, inside) ?? null)
  const result: { [key: string]: Json } = {}
  for (const [key, member] of Object.entries(value)) {
    const json = toJsonValue(member, inside)
    if (json !== undefined) setOwn(result, key, json)
  }
  return result
}

/** Assignment that treats '__proto__' as an ordinary key instead of replacing the prototype. */
function setOwn(target: { [key: string]: Json }, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}
