// Times `check` over 100 templates (the built-ins, 25 copies each) through the CLI bundle: DESIGN §10 wants
// 100 templates × all event types within 2 s. Run `npm run build` first.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const workspace = mkdtempSync(path.join(tmpdir(), 'relay-bench-check-'))
const builtins = ['discord', 'jira-v2', 'jira-v3', 'linear'].filter(name =>
  readdirSync(path.join(root, 'templates')).includes(`${name}.yml`)
)
try {
  for (let copy = 0; copy < 100 / builtins.length; copy++) {
    for (const name of builtins)
      copyFileSync(path.join(root, 'templates', `${name}.yml`), path.join(workspace, `${name}-${copy}.yml`))
  }
  const started = process.hrtime.bigint()
  const output = execFileSync(process.execPath, [path.join(root, 'dist', 'cli', 'index.js'), 'check', '.'], {
    cwd: workspace,
    encoding: 'utf8'
  })
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6
  console.log(output.trim().split('\n').pop())
  console.log(
    `check of ${readdirSync(workspace).length} templates × every event type (sample and hostile alert): ${elapsed.toFixed(0)} ms, process start included`
  )
} finally {
  rmSync(workspace, { recursive: true, force: true })
}
