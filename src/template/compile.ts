import type { Output, Template } from 'liquidjs'
import { TemplateError } from '../errors.js'
import type { Json } from '../json.js'
import { loadYamlParser } from '../yaml-parser.js'
import {
  parseTemplateDocument,
  type FrontMatter,
  type SourcePosition,
  type TemplateEntry,
  type TemplateNode,
  type TextLayout
} from './document.js'
import { liquid, loadLiquidEngine } from './liquid.js'
import type { TemplateSource } from './load.js'
import type { LeafProgram, ProgramNode } from './program.js'
import type { SharedLimits } from './render-limits.js'
import { renderDocument, type RenderResult } from './render.js'

export type { FrontMatter, SourcePosition } from './document.js'
export type { RenderResult } from './render.js'

/** A global variable the template reads: dotted path ('vars.project', 'github.run_url') and where. */
export interface VariableRef extends SourcePosition {
  name: string
}

/** A mapping key of the template: the keys leading to it (lists are transparent: `embeds.title`), itself last, and where. */
export interface KeyRef extends SourcePosition {
  path: string[]
}

export interface CompiledTemplate {
  file: string
  frontMatter: FrontMatter
  variables: VariableRef[]
  /** Every mapping key, in file order; keys are never templated, so these are all the keys the payload can have. */
  keys: KeyRef[]
  /**
   * The text of the body written as it is (literal values, and the text of Liquid leaves outside outputs and tags),
   * one piece a line, blank ones left out: what the author wrote that is sent. Never comments, front matter, keys or
   * Liquid expressions.
   */
  literalText: string
  /**
   * Throws TemplateError (file:line:col) when rendering fails or exceeds the engine's limits, or `shared` ones
   * (check mode's shares of its time and memory).
   */
  render(scope: Record<string, unknown>, shared?: SharedLimits): RenderResult
}

/** Maps a 1-based row/column inside a leaf's text to the file. */
export type Locate = (row: number, col: number) => SourcePosition

export type CompiledNode =
  | { kind: 'literal'; at: SourcePosition; value: Json }
  | { kind: 'text'; at: SourcePosition; locate: Locate; templates: Template[] }
  | { kind: 'whole'; at: SourcePosition; locate: Locate; output: Output }
  | { kind: 'program'; at: SourcePosition; locate: Locate; program: LeafProgram }
  | { kind: 'map'; at: SourcePosition; entries: Array<[string, CompiledNode]> }
  | { kind: 'seq'; at: SourcePosition; items: CompiledNode[] }

const LIQUID_MARKERS = /<<|<%/

/** Whether a template value holds Liquid (an output or a tag); any other value is a literal. */
export function isLiquidText(value: unknown): value is string {
  return typeof value === 'string' && LIQUID_MARKERS.test(value)
}
const FILTER_HINT =
  'template filters are iso8601, code_block, noformat_block, json, adf, escape_markdown, truncate and the standard Liquid filters'

/**
 * For edges: loads what compiling `source` needs and reads it (throws TemplateError): the YAML parser unless the
 * build parsed it, the Liquid engine when a leaf is Liquid the build did not precompile.
 */
export async function loadTemplateModules(source: TemplateSource): Promise<TemplateSource> {
  let document = source.document
  if (!document) {
    await loadYamlParser()
    document = parseTemplateDocument(source)
  }
  if (needsLiquidEngine(document.body)) await loadLiquidEngine()
  return { ...source, document }
}

/** Whether a node holds a Liquid leaf the build did not precompile: compileNode compiles it with the engine. */
function needsLiquidEngine(node: TemplateNode): boolean {
  switch (node.kind) {
    case 'map':
      return node.entries.some(entry => entry.value !== null && needsLiquidEngine(entry.value))
    case 'seq':
      return node.items.some(needsLiquidEngine)
    case 'scalar':
      return !node.program && isLiquidText(node.value)
    case 'invalid':
      return false
  }
}

/**
 * Parses the file, then every Liquid leaf, once. Throws TemplateError with file:line:col. What it needs is loaded
 * first (loadTemplateModules, or check mode and the CLI, which load everything).
 */
export function compileTemplate(source: TemplateSource): CompiledTemplate {
  const document = source.document ?? parseTemplateDocument(source)
  const variableReaders: Array<() => VariableRef[]> = []
  const literalReaders: Array<() => string[]> = []
  const keys: KeyRef[] = []
  const root = compileNode(document.body, { file: source.file, variableReaders, literalReaders, keys }, [])
  let variables: VariableRef[] | undefined
  let literalText: string | undefined
  return {
    file: source.file,
    frontMatter: document.frontMatter,
    // Found when first asked for (checks, unread vars): a send with a built-in template never needs them.
    get variables() {
      variables ??= variableReaders.flatMap(read => read())
      return variables
    },
    keys,
    get literalText() {
      literalText ??= literalReaders
        .flatMap(read => read())
        .filter(piece => piece.trim() !== '')
        .join('\n')
      return literalText
    },
    render: (scope, shared) => renderDocument(root, scope, source.file, shared)
  }
}

interface CompileState {
  file: string
  /** Each Liquid leaf's reader of the variables it uses, in file order. */
  variableReaders: Array<() => VariableRef[]>
  /** Each leaf's reader of its literal text, in file order. */
  literalReaders: Array<() => string[]>
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
      if (node.program) return compileProgram(node.program, node.text, at, state)
      if (isLiquidText(node.value)) return compileLiquid(node.value, node.text, at, state)
      if (typeof node.value === 'string') state.literalReaders.push(() => [node.value as string])
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
  const { parseLiquid, describeLiquidError, globalVariables, literalText, soleOutput } = liquid.get()
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
  state.literalReaders.push(() => literalText(text))
  const output = soleOutput(templates)
  return output ? { kind: 'whole', at, locate, output } : { kind: 'text', at, locate, templates }
}

function compileProgram(
  program: LeafProgram,
  layout: TextLayout | undefined,
  at: SourcePosition,
  state: CompileState
): CompiledNode {
  const locate = leafLocator(layout, at)
  state.variableReaders.push(() =>
    program.variables.map(variable => ({ name: variable.path, ...locate(variable.row, variable.col) }))
  )
  state.literalReaders.push(() => ('nodes' in program ? programText(program.nodes) : []))
  return { kind: 'program', at, locate, program }
}

/** A precompiled leaf's literal text: its text nodes, in every branch (the precompiler keeps no raw or comment). */
function programText(nodes: ProgramNode[]): string[] {
  return nodes.flatMap(node => {
    if ('text' in node) return [node.text]
    if ('output' in node) return []
    if ('capture' in node) return programText(node.body)
    if ('case' in node) return [...node.whens.flatMap(when => programText(when.body)), ...programText(node.otherwise)]
    return [...node.branches.flatMap(branch => programText(branch.body)), ...programText(node.otherwise)]
  })
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
