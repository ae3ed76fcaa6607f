import type * as Yaml from 'yaml'

let parser: typeof Yaml | undefined

/**
 * The `yaml` package is a quarter of the bundle: it is loaded (a chunk of its own) only when a text that is not
 * JSON must be parsed, so a send with a built-in template and JSON-or-absent inputs never pays for it.
 */
export async function loadYamlParser(): Promise<void> {
  parser ??= await import('yaml')
}

/** Thrown by `yamlParser()` before `loadYamlParser()`: the caller retries through `withYamlParser`. */
export class YamlParserNotLoaded extends Error {
  constructor() {
    super('internal error: the YAML parser was used before it was loaded')
    this.name = 'YamlParserNotLoaded'
  }
}

export function yamlParser(): typeof Yaml {
  if (!parser) throw new YamlParserNotLoaded()
  return parser
}

/** Runs `parse` (which must have no side effects), loading the YAML parser and running it again if it needs one. */
export async function withYamlParser<T>(parse: () => T): Promise<T> {
  try {
    return parse()
  } catch (error) {
    if (!(error instanceof YamlParserNotLoaded)) throw error
    await loadYamlParser()
    return parse()
  }
}
