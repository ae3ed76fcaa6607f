import { checkDataShape, checkTextSize, checkYamlNesting } from './data-limits.js'
import { InputError } from './errors.js'
import { loadYamlParser, yamlParser } from './yaml-parser.js'

/** Where mapping text came from, for messages: the input to name, a phrase for the place, and how to write it. */
export interface MappingSource {
  input: string
  /** e.g. "the 'event' input" or "'alert' in workflow_dispatch inputs". */
  place: string
  /** What a correct value looks like. */
  hint: string
  /** Whether an empty document (or `null`) means an empty mapping; otherwise it is refused. */
  allowEmpty: boolean
  /** YAML scalars stay text as written (`007`, `1e3`, `true`), as alert tokens must; JSON keeps its types. */
  scalarsAsText?: boolean
}

/**
 * Reads JSON or YAML text that must hold a mapping, within the size and depth limits of `data-limits.ts`. JSON is
 * tried first (what workflows usually pass, and no YAML parser needed; V8's JSON.parse does not recurse); YAML
 * errors are reported by position and reason only, never by quoting the text, since inputs such as `headers` hold
 * credentials.
 */
export function parseMappingText(text: string, source: MappingSource): Record<string, unknown> {
  checkTextSize(text, source)
  const value = parseJsonOrYaml(text, source)
  checkDataShape(value, source)
  if ((value === null || value === undefined) && source.allowEmpty) return {}
  if (!isMapping(value)) {
    throw new InputError(
      source.input,
      `${source.place} must be a mapping of names to values, but it is ${describeKind(value)}`,
      source.hint
    )
  }
  return value
}

/** For edges: loads the YAML parser when one of `texts`, each a text parseMappingText is about to read, is not JSON. */
export async function loadYamlParserFor(texts: readonly string[]): Promise<void> {
  if (texts.some(text => !isJson(text))) await loadYamlParser()
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

function parseJsonOrYaml(text: string, source: MappingSource): unknown {
  try {
    return JSON.parse(text)
  } catch {
    // Not JSON: YAML reads the rest (JSON is YAML), and its errors carry line and column.
  }
  checkYamlNesting(text, source)
  const yaml = yamlParser()
  try {
    return yaml.parse(text, { uniqueKeys: true, schema: source.scalarsAsText ? 'failsafe' : 'core' })
  } catch (error) {
    throw new InputError(
      source.input,
      `${source.place} is not valid JSON or YAML${describeYamlError(error)}`,
      `Fix the syntax there. ${source.hint}`
    )
  }
}

function describeYamlError(error: unknown): string {
  if (!(error instanceof yamlParser().YAMLParseError)) return ''
  const position = error.linePos ? ` at line ${error.linePos[0].line}, column ${error.linePos[0].col}` : ''
  return `: ${error.code.toLowerCase().replace(/_/g, ' ')}${position}`
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describeKind(value: unknown): string {
  if (value === null || value === undefined) return 'empty'
  if (Array.isArray(value)) return 'a list'
  return `a ${typeof value}`
}
