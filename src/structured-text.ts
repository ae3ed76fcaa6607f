import { parse as parseYaml, YAMLParseError } from 'yaml'
import { InputError } from './errors.js'

/**
 * Reads an input holding a JSON or YAML mapping. JSON is tried first (it is what workflows usually pass and
 * needs no YAML parser); YAML errors are reported by position only, never by quoting the text, since inputs
 * such as `headers` hold credentials.
 */
export function parseMappingInput(text: string, input: string, example: string): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    try {
      value = parseYaml(text, { uniqueKeys: true })
    } catch (error) {
      const where = error instanceof YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line}, column ${error.linePos[0].col})` : ''
      const code = error instanceof YAMLParseError ? `: ${error.code.toLowerCase().replace(/_/g, ' ')}` : ''
      // The parser's own message quotes the offending line, which may hold a credential: use only its position.
      throw new InputError(input, `is not valid YAML or JSON${where}${code}`, `Write a mapping, for example ${example}`)
    }
  }
  if (value === null || value === undefined) return {}
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(input, `must be a mapping of names to values, not ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}`, `Write it as ${example}`)
  }
  return value as Record<string, unknown>
}
