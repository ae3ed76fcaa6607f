// Build step (package.json `build`): parses each built-in template into `dist/templates/<name>.json` as
// `{ text, document }`, so a send with a built-in template never loads the YAML parser (src/template/load.ts
// uses a file only when its `text` is the template's text). Bundled with ncc and run by the build.
import { mkdirSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { ACTION_ROOT } from '../src/action-root.js'
import { parseTemplateDocument } from '../src/template/document.js'
import { builtinTemplateNames, loadTemplate, PRECOMPILED_FOLDER } from '../src/template/load.js'
import { loadYamlParser } from '../src/yaml-parser.js'

await loadYamlParser()
const folder = path.join(ACTION_ROOT, PRECOMPILED_FOLDER)
mkdirSync(folder, { recursive: true })
for (const name of builtinTemplateNames()) {
  const { document: _stale, ...source } = loadTemplate(name, ACTION_ROOT)
  writeFileSync(
    path.join(folder, `${name}.json`),
    `${JSON.stringify({ text: source.text, document: parseTemplateDocument(source) })}\n`
  )
}
