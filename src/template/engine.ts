import {
  Context,
  Liquid,
  type Emitter,
  LiquidError,
  Output,
  Tokenizer,
  TokenKind,
  toValue,
  toValueSync,
  TypeGuards,
  type Template,
  type Value
} from 'liquidjs/dist/liquid.browser.mjs'
import { TEMPLATE_FILTERS } from './filters.js'
import { MemoryBudget, RENDER_LIMITS, renderDeadline, type SharedLimits } from './render-limits.js'
import { stringify } from './standard-filters.js'

const FORBIDDEN_TAGS = ['include', 'render', 'layout']

let sharedEngine: Liquid | undefined

/** The one Liquid instance, created on first use (creating it at import time would slow every start). */
export function templateEngine(): Liquid {
  sharedEngine ??= createEngine()
  return sharedEngine
}

function createEngine(): Liquid {
  const liquid = new Liquid({
    outputDelimiterLeft: '<<',
    outputDelimiterRight: '>>',
    tagDelimiterLeft: '<%',
    tagDelimiterRight: '%>',
    ownPropertyOnly: true,
    strictFilters: true,
    templates: {}, // an in-memory, empty file system: nothing on disk is ever read
    // fixed, so `date` output does not depend on the runner; also spares ~10 ms of Intl start-up per run
    locale: 'en-US',
    timezoneOffset: 0,
    parseLimit: RENDER_LIMITS.parseLimit,
    renderLimit: RENDER_LIMITS.renderLimit,
    memoryLimit: RENDER_LIMITS.memoryLimit
  })
  for (const name of FORBIDDEN_TAGS) {
    liquid.registerTag(name, {
      parse() {
        throw new Error(`the "${name}" tag is not allowed in templates: a template cannot read other files`)
      },
      render() {
        return ''
      }
    })
  }
  for (const [name, filter] of Object.entries(TEMPLATE_FILTERS)) liquid.registerFilter(name, filter)
  chargeWrittenText(liquid)
  return liquid
}

/**
 * liquidjs counts what filters and ranges allocate, not the text a render writes: outputs, literal text in loops,
 * `cycle`, and `capture`, which can double a variable on every line. Every text buffer a render starts (the
 * leaf's own and each capture's) charges what is written to it against the render's memory budget.
 */
function chargeWrittenText(liquid: Liquid): void {
  const { renderer } = liquid
  const renderTemplates = renderer.renderTemplates.bind(renderer)
  renderer.renderTemplates = (templates, ctx, emitter) =>
    renderTemplates(templates, ctx, emitter ?? new ChargedEmitter(ctx.memoryLimit))
}

/** liquidjs's plain text emitter, charging each write. */
class ChargedEmitter implements Emitter {
  buffer = ''
  constructor(private readonly memory: Context['memoryLimit']) {}
  write(html: unknown): void {
    const text = stringify(toValue(html))
    this.memory.use(text.length)
    this.buffer += text
  }
}

/** Parses one leaf's Liquid text; throws the Liquid error (with a token position inside `text`). */
export function parseLiquid(text: string): Template[] {
  const markers = countMarkers(text)
  if (markers > RENDER_LIMITS.markerLimit) {
    throw new Error(
      `${markers} outputs and tags in one value, over the ${RENDER_LIMITS.markerLimit} a value may hold: split the text across keys, or loop over a list instead of repeating`
    )
  }
  return templateEngine().parse(text)
}

/**
 * The text of a leaf that is written as it is, outside every output and tag: its plain text and the content of
 * `raw` blocks, not what a `comment` block holds. Each piece on its own, so pieces an output separates never join.
 */
export function literalText(text: string): string[] {
  const options = templateEngine().options
  const pieces: string[] = []
  let inComment = false
  for (const token of new Tokenizer(text, options.operators).readTopLevelTokens(options)) {
    const tag = TypeGuards.isTagToken(token) ? token.name : undefined
    if (tag === 'comment' || tag === 'endcomment') inComment = tag === 'comment'
    else if (!inComment && TypeGuards.isHTMLToken(token)) pieces.push(token.getContent())
  }
  return pieces
}

const MARKER = /<[<%]/g

/** How many `<<` and `<%` the text holds: an upper bound on the outputs and tags liquidjs would parse. */
function countMarkers(text: string): number {
  let count = 0
  MARKER.lastIndex = 0
  while (MARKER.exec(text)) count++
  return count
}

/** The single output of a leaf that is exactly `<< expr >>` (surrounding whitespace allowed), else undefined. */
export function soleOutput(templates: Template[]): Output | undefined {
  const outputs = templates.filter(t => t instanceof Output)
  const onlyBlankText = templates.every(
    t => t instanceof Output || (t.token.kind === TokenKind.HTML && t.token.getText().trim() === '')
  )
  return outputs.length === 1 && onlyBlankText ? outputs[0] : undefined
}

/** A global variable read by a leaf: its path (`vars.project`) and 1-based row/column inside the leaf text. */
export interface LeafVariable {
  path: string
  row: number
  col: number
}

/** Every variable the templates read from the render scope (loop variables and assigned names excluded). */
export function globalVariables(templates: Template[]): LeafVariable[] {
  const { globals } = templateEngine().analyzeSync(templates, { partials: false })
  return Object.values(globals)
    .flat()
    .map(variable => ({ path: staticPath(variable.segments), row: variable.location.row, col: variable.location.col }))
}

/** `alert[key].x` → `alert`: the path stops where a segment is itself a variable. */
function staticPath(segments: ReadonlyArray<unknown>): string {
  const names: string[] = []
  for (const segment of segments) {
    if (typeof segment !== 'string' && typeof segment !== 'number') break
    names.push(String(segment))
  }
  return names.join('.')
}

/** Renders the leaves of one document; all leaves share one time and memory budget. */
export interface RenderSession {
  text(templates: Template[]): string
  value(value: Value): unknown
}

/** `shared`: limits many renders share (check mode's), charged besides the document's own. */
export function startRender(scope: Record<string, unknown>, shared?: SharedLimits): RenderSession {
  const liquid = templateEngine()
  // increment/decrement write into the scope object: give them a copy so the caller's scope stays as it was (copied
  // as defined, so a value computed when read is still computed only if a template reads it)
  const env = Object.defineProperties({}, Object.getOwnPropertyDescriptors(scope))
  const memoryLimit = new MemoryBudget(RENDER_LIMITS.memoryLimit, shared?.memory) as unknown as Context['memoryLimit']
  const renderLimit = renderDeadline(shared) as unknown as Context['renderLimit']
  // a fresh context per leaf, so an `assign` in one leaf is not visible in the next
  const leafContext = () => new Context(env, liquid.options, { sync: true }, { liquid, memoryLimit, renderLimit })
  return {
    text: templates => String(toValueSync(liquid.renderer.renderTemplates(templates, leafContext()))),
    value: value => toValue(toValueSync(value.value(leafContext())))
  }
}

/** A Liquid error's own message (without liquidjs's ", line:x, col:y") and its row/column inside the leaf. */
export function describeLiquidError(error: unknown): { message: string; row?: number; col?: number } {
  const message = error instanceof Error ? error.message : String(error)
  const plain = message.replace(/, line:\d+, col:\d+$/, '')
  if (!LiquidError.is(error) || !error.token) return { message: plain }
  const [row, col] = error.token.getPosition()
  return { message: plain, row, col }
}
