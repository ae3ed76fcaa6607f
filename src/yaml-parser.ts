import type * as Yaml from 'yaml'
import { chunkModule } from './chunk-module.js'

/**
 * The `yaml` package is a quarter of the bundle: it is loaded (a chunk of its own) only when a text that is not
 * JSON must be parsed, so a send with a built-in template and JSON-or-absent inputs never pays for it.
 */
const yaml = chunkModule<typeof Yaml>('the YAML parser', () => import('yaml'))

/** For edges that know a text that is not JSON (or a template the build did not parse) is about to be parsed. */
export async function loadYamlParser(): Promise<void> {
  await yaml.load()
}

export function yamlParser(): typeof Yaml {
  return yaml.get()
}
