// Guards for documentation that can drift from the code: the README tables list every input, secret and output
// there is, the YAML snippets can be pasted, and our repository is named one way everywhere.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { isMap, parse, parseAllDocuments } from 'yaml'
import { ACTION_ROOT } from '../src/action-root.js'
import { PLATFORM_NAMES } from '../src/platforms/types.js'
import { platformByName } from '../src/platforms/registry.js'
import { builtinTemplateNames } from '../src/template/load.js'

const OWN_REPOSITORY = 'dagster-alert-relay/dagster-alert-relay'

function readText(file: string): string {
  return readFileSync(path.join(ACTION_ROOT, file), 'utf8')
}

const README = readText('README.md')

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

/** The README section under `heading` (up to the next heading of the same or a higher level). */
function section(heading: string): string {
  const level = /^#+/.exec(heading)?.[0].length ?? 2
  const start = README.split('\n').findIndex(line => line === heading)
  if (start < 0) throw new Error(`README has no heading "${heading}"`)
  const lines = README.split('\n').slice(start + 1)
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

/** Every ```yaml block of the README, with the line it starts at. */
function yamlBlocks(): { line: number; text: string }[] {
  const blocks: { line: number; text: string }[] = []
  const lines = README.split('\n')
  lines.forEach((line, index) => {
    const fence = /^(\s*)```ya?ml\s*$/.exec(line)
    if (!fence) return
    const end = lines.findIndex((other, at) => at > index && other.trim() === '```')
    blocks.push({
      line: index + 1,
      text: lines
        .slice(index + 1, end)
        .map(text => text.slice(fence[1].length))
        .join('\n')
    })
  })
  return blocks
}

describe('README tables', () => {
  it('the Inputs table lists every action.yml input, and nothing else', () => {
    expect(tableNames(section('## Inputs')).sort()).toEqual(Object.keys(ACTION.inputs).sort())
  })

  it('the Outputs table lists every action.yml output, and nothing else', () => {
    expect(tableNames(section('## Outputs')).sort()).toEqual(Object.keys(ACTION.outputs).sort())
  })

  it('the reusable-workflow table lists every relay.yml input, secret and output', () => {
    const listed = tableNames(section('### Reusable workflows'))
    for (const name of [...Object.keys(RELAY.inputs), ...Object.keys(RELAY.secrets), ...Object.keys(RELAY.outputs)]) {
      expect(listed).toContain(name)
    }
  })

  it('the template input (README and action.yml) names every built-in template', () => {
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

describe('README snippets', () => {
  const blocks = yamlBlocks()

  it('are found', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(10)
  })

  it.each(blocks.map(block => [block.line, block.text] as const))(
    'the YAML block at line %i parses and can be pasted',
    (_line, text) => {
      const documents = parseAllDocuments(text)
      for (const document of Array.isArray(documents) ? documents : [documents]) {
        expect(document.errors.map(error => error.message)).toEqual([])
        const top = document.contents
        // `steps:` belongs to a job, and a job's `permissions:` sits beside `runs-on:`, never beside bare steps.
        if (isMap(top) && top.has('steps')) expect(top.has('runs-on')).toBe(true)
      }
    }
  )

  it(`name our repository ${OWN_REPOSITORY}, in the README, action.yml and every example`, () => {
    const files = [
      'README.md',
      'action.yml',
      ...readdirSync(path.join(ACTION_ROOT, 'examples')).map(name => `examples/${name}`)
    ]
    for (const file of files) expect(readText(file)).not.toMatch(/\bOWNER\/dagster-alert-relay\b/)
    for (const [, reference] of README.matchAll(/uses: ([\w.-]+\/dagster-alert-relay)[/@]/g))
      expect(reference).toBe(OWN_REPOSITORY)
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
