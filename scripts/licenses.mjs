// Writes licenses.txt for each bundle folder (dist/, dist/cli/) from the packages its source maps name.
// ncc's own --license lists only the last chunk's packages once check mode is split into a chunk of its own.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '..')
// From the first node_modules/ on (source paths are relative to different roots per bundle), nested ones kept.
const PACKAGE_DIR = /(node_modules\/(?:.*node_modules\/)?(?:@[^/]+\/)?[^/]+)\//

for (const folder of process.argv.slice(2)) {
  const dir = path.join(ROOT, folder)
  const packages = new Set()
  for (const file of readdirSync(dir).filter(name => name.endsWith('.js.map'))) {
    const map = JSON.parse(readFileSync(path.join(dir, file), 'utf8'))
    for (const source of map.sources) {
      const match = PACKAGE_DIR.exec(source)
      if (match) packages.add(match[1])
    }
  }
  const notices = [...packages].sort().map(packageDir => notice(path.join(ROOT, packageDir)))
  writeFileSync(path.join(dir, 'licenses.txt'), notices.join('\n'))
}

function notice(packageDir) {
  const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'))
  const licenseFile = readdirSync(packageDir).find(name => /^(licen[cs]e|copying)(\.|$)/i.test(name))
  const text =
    licenseFile && existsSync(path.join(packageDir, licenseFile))
      ? readFileSync(path.join(packageDir, licenseFile), 'utf8').trim()
      : ''
  return `${manifest.name}\n${manifest.license ?? 'UNKNOWN'}\n${text}\n`
}
