// Build step (package.json `build`): parses each built-in template into `dist/templates/<name>.json` as
// `{ text, document }`, its Liquid leaves precompiled (src/template/precompile.ts), so a send with a built-in
// template loads neither the YAML parser nor liquidjs (src/template/load.ts uses a file only when its `text` is the
// template's text). Bundled with ncc and run by the build; fails when a built-in leaf would stay Liquid.
import { mkdirSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { ACTION_ROOT } from '../src/action-root.js'
import { parseTemplateDocument } from '../src/template/document.js'
import { builtinTemplateNames, loadTemplate, PRECOMPILED_FOLDER } from '../src/template/load.js'
import { precompileDocument } from '../src/template/precompile.js'
import { loadYamlParser } from '../src/yaml-parser.js'

await loadYamlParser()
const folder = path.join(ACTION_ROOT, PRECOMPILED_FOLDER)
mkdirSync(folder, { recursive: true })
const leftInLiquid: string[] = []
for (const name of builtinTemplateNames()) {
  const { document: _stale, ...source } = loadTemplate(name, ACTION_ROOT)
  const precompiled = precompileDocument(parseTemplateDocument(source))
  leftInLiquid.push(...precompiled.leftInLiquid.map(reason => `${source.file} ${reason}`))
  writeFileSync(
    path.join(folder, `${name}.json`),
    `${JSON.stringify({ text: source.text, document: precompiled.document })}\n`
  )
}
if (leftInLiquid.length > 0) {
  console.error(`Built-in template leaves the precompiler cannot run (extend src/template/program.ts):`)
  for (const line of leftInLiquid) console.error(`  ${line}`)
  process.exitCode = 1
}
