/**
 * How deep and how large structured input (the `event`, `vars` and `headers` inputs, the dispatch payload) may be.
 * Deeper data would overflow the stack of the YAML parser and of every later step that walks it (serialising a
 * nested token, the template scope), and a hostile text could make the YAML parser exhaust memory: both are
 * refused with a message naming the input, before they are walked.
 */
import { InputError } from './errors.js'

/** Levels of nesting read: a mapping of text values is 1 level; alert tokens and template variables need a few. */
export const DEPTH_LIMIT = 32
/** Bytes of text read (UTF-8), or characters of text held by data already parsed. */
export const SIZE_LIMIT = 1024 * 1024
/**
 * Text whose nesting bound (below) exceeds this is refused before the YAML parser sees it: the parser recurses per
 * level and overflows the stack at several hundred. Above DEPTH_LIMIT, as the bound counts brackets inside quoted
 * text too; the exact depth of what parses is checked against DEPTH_LIMIT afterwards.
 */
const YAML_NESTING_GUARD = 256

const FIX = `Send flatter data: a mapping of names to values, nested at most ${DEPTH_LIMIT} levels`

/** Where the data came from, for messages: the input to name and a phrase for the place. */
export interface DataSource {
  input: string
  place: string
}

/** Refuses text larger than SIZE_LIMIT; before any parsing. */
export function checkTextSize(text: string, { input, place }: DataSource): void {
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > SIZE_LIMIT)
    throw new InputError(input, `${place} is ${megabytes(bytes)}; at most ${megabytes(SIZE_LIMIT)} is read`, FIX)
}

/** Refuses YAML text that could nest deeper than the parser can follow; before it is parsed. */
export function checkYamlNesting(text: string, source: DataSource): void {
  const bound = yamlNestingBound(text)
  if (bound > YAML_NESTING_GUARD) throw tooDeep(bound, source)
}

/**
 * Refuses parsed data nested deeper than DEPTH_LIMIT, holding more than SIZE_LIMIT characters of text, or
 * containing itself (a YAML alias inside its own anchor). One pass with an explicit stack: no recursion, linear.
 */
export function checkDataShape(value: unknown, source: DataSource): void {
  let depth = 0
  let size = 0
  const onPath = new Set<object>()
  // An object is pushed twice: to enter it (its children follow) and, marked `leave`, to leave it.
  const stack: { value: unknown; level: number; leave?: boolean }[] = [{ value, level: 1 }]
  while (stack.length > 0) {
    const frame = stack.pop()!
    const current = frame.value
    if (typeof current === 'string') size += current.length
    if (typeof current !== 'object' || current === null) continue
    if (frame.leave) {
      onPath.delete(current)
      continue
    }
    if (onPath.has(current)) {
      throw new InputError(source.input, `${source.place} contains itself (a YAML alias inside its own anchor)`, FIX)
    }
    onPath.add(current)
    depth = Math.max(depth, frame.level)
    stack.push({ value: current, level: frame.level, leave: true })
    for (const [key, child] of Object.entries(current)) {
      size += key.length
      stack.push({ value: child, level: frame.level + 1 })
    }
  }
  if (depth > DEPTH_LIMIT) throw tooDeep(depth, source)
  if (size > SIZE_LIMIT) {
    throw new InputError(
      source.input,
      `${source.place} holds ${megabytes(size)} of text; at most ${megabytes(SIZE_LIMIT)} is read`,
      FIX
    )
  }
}

/**
 * An upper bound on how deep YAML text nests, read without parsing it: the most flow brackets open at once, plus
 * the most block levels open at once (indentation levels, and compact `- `/`? ` entries that open one each).
 * Brackets and indentation inside quoted or block text count too, so the bound can be high, never low.
 */
function yamlNestingBound(text: string): number {
  let open = 0
  let mostOpen = 0
  let mostBlock = 0
  const indents: number[] = []
  for (const line of text.split('\n')) {
    let at = 0
    while (line[at] === ' ') at++
    const indent = at
    let compact = 0
    while ((line[at] === '-' || line[at] === '?') && (line[at + 1] === ' ' || line[at + 1] === undefined)) {
      compact++
      at += 2
      while (line[at] === ' ') at++
    }
    if (at < line.length || compact > 0) {
      while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop()
      indents.push(indent)
      mostBlock = Math.max(mostBlock, indents.length + compact)
    }
    for (let i = at; i < line.length; i++) {
      const char = line[i]
      if (char === '[' || char === '{') mostOpen = Math.max(mostOpen, ++open)
      else if ((char === ']' || char === '}') && open > 0) open--
    }
  }
  return mostOpen + mostBlock
}

function tooDeep(depth: number, { input, place }: DataSource): InputError {
  return new InputError(
    input,
    `${place} is nested ${depth.toLocaleString('en-US')} levels deep; at most ${DEPTH_LIMIT} are read`,
    FIX
  )
}

/** "5 MB", "1.5 MB": one decimal at most. */
function megabytes(bytes: number): string {
  return `${Math.round((bytes / SIZE_LIMIT) * 10) / 10} MB`
}
