import { TemplateError } from '../errors.js'
import type { Json } from '../json.js'
import type { CompiledNode, Locate } from './compile.js'
import type { SourcePosition } from './document.js'
import type { RenderSession } from './engine.js'
import { liquid } from './liquid.js'
import { startProgramRender, type ProgramSession } from './program.js'
import type { SharedLimits } from './render-limits.js'

/** The rendered document and, for each output JSON path ('embeds[0].title'), where it came from in the file. */
export interface RenderResult {
  value: Json
  positions: Map<string, SourcePosition>
}

/** Renders a compiled document for one scope: Liquid leaves through liquidjs, precompiled ones by their program. */
export function renderDocument(
  root: CompiledNode,
  scope: Record<string, unknown>,
  file: string,
  shared?: SharedLimits
): RenderResult {
  const positions = new Map<string, SourcePosition>()
  let session: RenderSession | undefined
  const state: RenderState = {
    // only a template with Liquid leaves has loaded the engine (compileLiquid), and only it starts a Liquid render
    liquid: () => (session ??= liquid.get().startRender(scope, shared)),
    programs: startProgramRender(scope, shared),
    positions,
    file
  }
  const value = renderNode(root, '', state)
  // The document itself is never removed: an emptied top-level mapping/sequence stays, a removed scalar is null.
  if (value !== undefined) return { value, positions }
  const empty: Json = root.kind === 'map' ? {} : root.kind === 'seq' ? [] : null
  positions.set('', root.at)
  return { value: empty, positions }
}

interface RenderState {
  liquid: () => RenderSession
  programs: ProgramSession
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
      return renderLeaf(node, state, () => state.liquid().text(node.templates))
    case 'whole':
      // errors from filters carry no token: point at the output itself
      return renderLeaf(
        node,
        state,
        () => toJson(state.liquid().value(node.output.value)),
        node.output.token.getPosition()
      )
    case 'program': {
      const { program } = node
      return renderLeaf(node, state, () => {
        const value = state.programs.render(program)
        return 'whole' in program ? toJson(value) : (value as string)
      })
    }
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

function renderLeaf(
  node: Extract<CompiledNode, { locate: Locate }>,
  state: RenderState,
  render: () => Json | undefined,
  [fallbackRow, fallbackCol]: number[] = []
): Json | undefined {
  try {
    return render()
  } catch (error) {
    // a precompiled leaf's error has no Liquid position; it is the leaf's own
    const {
      message,
      row = fallbackRow,
      col = fallbackCol
    } = 'program' in node
      ? { message: error instanceof Error ? error.message : String(error) }
      : liquid.get().describeLiquidError(error)
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
