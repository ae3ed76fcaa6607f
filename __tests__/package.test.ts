// The npm package: only what the CLI and the action need, and the CLI runs from it outside a clone.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ACTION_ROOT } from '../src/action-root.js'

const PACK_TIMEOUT = 120_000

interface PackResult {
  filename: string
  files: { path: string }[]
}

function npmPack(...args: string[]): PackResult {
  const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', ...args], {
    cwd: ACTION_ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  })
  return (JSON.parse(output) as PackResult[])[0]
}

describe('npm pack', () => {
  let files: string[]

  beforeAll(() => {
    files = npmPack('--dry-run')
      .files.map(file => file.path)
      .sort()
  }, PACK_TIMEOUT)

  it('lists the bundles, the built-in templates, action.yml, README, LICENSE and package.json only', () => {
    const intended = [
      /^dist\/(cli\/)?([\w.]+\.)?index\.js$/,
      /^dist\/templates\/[\w-]+\.json$/,
      /^dist\/(cli\/)?(licenses\.txt|package\.json)$/,
      /^templates\/[\w-]+\.yml$/,
      /^(action\.yml|README\.md|LICENSE|package\.json)$/
    ]
    expect(files.filter(file => !intended.some(pattern => pattern.test(file)))).toEqual([])
  })

  it('holds everything the action and the CLI load at run time', () => {
    const templates = readdirSync(path.join(ACTION_ROOT, 'templates')).map(name => `templates/${name}`)
    const chunks = readdirSync(path.join(ACTION_ROOT, 'dist'))
      .filter(name => name.endsWith('.js'))
      .map(name => `dist/${name}`)
    expect(files).toEqual(
      expect.arrayContaining([
        'action.yml',
        'LICENSE',
        'README.md',
        'dist/index.js',
        'dist/package.json',
        'dist/cli/index.js',
        'dist/cli/package.json',
        'dist/licenses.txt',
        'dist/cli/licenses.txt',
        ...chunks,
        ...templates
      ])
    )
  })
})

describe('the CLI from the packed tarball, outside the clone', () => {
  let scratch: string
  let cliPath: string
  let workspace: string

  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'dagster-alert-relay-package-'))
    const { filename } = npmPack('--pack-destination', scratch)
    execFileSync('tar', ['-xzf', path.join(scratch, filename), '-C', scratch])
    cliPath = path.join(scratch, 'package', 'dist', 'cli', 'index.js')
    workspace = path.join(scratch, 'workspace')
    mkdirSync(path.join(workspace, 'alerts'), { recursive: true })
    mkdirSync(path.join(workspace, 'broken'), { recursive: true })
    const fixtures = path.join(ACTION_ROOT, '__tests__', 'fixtures', 'templates')
    copyFileSync(
      path.join(fixtures, 'good', 'discord-failed-jobs.yml'),
      path.join(workspace, 'alerts', 'discord-failed-jobs.yml')
    )
    copyFileSync(
      path.join(fixtures, 'broken', 'jira-v3-bad-adf.yml'),
      path.join(workspace, 'broken', 'jira-v3-bad-adf.yml')
    )
    writeFileSync(
      path.join(workspace, 'alerts', 'incident.yml'),
      '---\nplatform: linear\nevents: [JOB]\n---\n' +
        'query: "mutation($input: IssueCreateInput!) { issueCreate(input: $input) { success issue { url identifier } } }"\n' +
        'variables:\n  input:\n    teamId: "<< vars.team_id >>"\n    title: "<< alert_summary >>"\n'
    )
  }, PACK_TIMEOUT)

  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true })
  })

  function run(...args: string[]) {
    // A clean environment apart from PATH: nothing points back at the clone.
    return spawnSync(process.execPath, [cliPath, ...args], {
      cwd: workspace,
      encoding: 'utf8',
      env: { PATH: process.env.PATH }
    })
  }

  it('checks a folder of templates and exits 0 when they pass', () => {
    const result = run('check', 'alerts')
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain('alerts/discord-failed-jobs.yml')
    expect(result.stdout).toContain('alerts/incident.yml')
    expect(result.status).toBe(0)
  })

  it('reports a broken template at its line and exits 1', () => {
    const result = run('check', 'broken')
    expect(result.stdout).toMatch(/broken\/jira-v3-bad-adf\.yml:13:29: error: .*unknown or unsupported mark "bold"/)
    expect(result.status).toBe(1)
  })

  it('renders a built-in template from the package', () => {
    const result = run('render', '--template', 'jira-v3', '--vars', 'project: OPS')
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({
      fields: { project: { key: 'OPS' }, description: { type: 'doc' } }
    })
  })
})
