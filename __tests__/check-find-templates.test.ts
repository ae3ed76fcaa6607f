import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { DEFAULT_TEMPLATE_FOLDER, findTemplates, templatePatterns } from '../src/check/find-templates.js'

const workspace = mkdtempSync(path.join(tmpdir(), 'relay-find-'))

beforeAll(() => {
  const files = [
    '.github/dagster-templates/discord.yml',
    '.github/dagster-templates/jira/jira-v3-incidents.yaml',
    '.github/dagster-templates/linear.json',
    '.github/dagster-templates/README.md',
    'alerts/team-a/discord-a.yml',
    'alerts/team-b/discord-b.yml',
    'alerts/team-b/linear-b.yml',
    'node_modules/pkg/discord.yml'
  ]
  for (const file of files) {
    mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true })
    writeFileSync(path.join(workspace, file), 'content: x\n')
  }
  mkdirSync(path.join(workspace, 'empty'))
})

afterAll(() => rmSync(workspace, { recursive: true, force: true }))

describe('templatePatterns', () => {
  it('defaults to the templates folder', () => {
    expect(templatePatterns(undefined)).toEqual([DEFAULT_TEMPLATE_FOLDER])
    expect(templatePatterns('  \n')).toEqual([DEFAULT_TEMPLATE_FOLDER])
  })

  it('takes one pattern a line, skipping blanks and # comments', () => {
    expect(templatePatterns('a.yml\r\n\n  # old ones\n alerts/**/*.yml \n!alerts/x.yml')).toEqual([
      'a.yml',
      'alerts/**/*.yml',
      '!alerts/x.yml'
    ])
  })
})

describe('findTemplates', () => {
  it('a folder gives its .yml, .yaml and .json files, recursively and sorted', () => {
    expect(findTemplates([DEFAULT_TEMPLATE_FOLDER], workspace)).toEqual({
      files: [
        '.github/dagster-templates/discord.yml',
        '.github/dagster-templates/jira/jira-v3-incidents.yaml',
        '.github/dagster-templates/linear.json'
      ],
      unmatched: [],
      unfinished: []
    })
  })

  it('globs match within a segment (*), across segments (**), alternatives ({a,b}) and classes ([ab])', () => {
    expect(findTemplates(['alerts/*/discord-*.yml'], workspace).files).toEqual([
      'alerts/team-a/discord-a.yml',
      'alerts/team-b/discord-b.yml'
    ])
    expect(findTemplates(['**/linear*.{yml,json}'], workspace).files).toEqual([
      '.github/dagster-templates/linear.json',
      'alerts/team-b/linear-b.yml'
    ])
    expect(findTemplates(['alerts/team-[a]/*.yml'], workspace).files).toEqual(['alerts/team-a/discord-a.yml'])
  })

  it('never searches node_modules', () => {
    expect(findTemplates(['**/discord.yml'], workspace).files).toEqual(['.github/dagster-templates/discord.yml'])
  })

  it('a line starting with ! excludes what it matches', () => {
    expect(findTemplates(['alerts', '!alerts/team-b/*.yml'], workspace).files).toEqual(['alerts/team-a/discord-a.yml'])
  })

  it('takes files as named (./ prefix allowed) and built-in template names', () => {
    expect(findTemplates(['./alerts/team-a/discord-a.yml', 'jira-v3'], workspace).files).toEqual([
      'alerts/team-a/discord-a.yml',
      'jira-v3'
    ])
  })

  it('reports patterns that match nothing or leave the workspace, with the reason', () => {
    const { files, unmatched } = findTemplates(
      ['missing.yml', 'empty', 'nowhere/**/*.yml', '../outside.yml', '/etc/passwd'],
      workspace
    )
    expect(files).toEqual([])
    expect(unmatched).toEqual([
      {
        pattern: 'missing.yml',
        reason: expect.stringMatching(
          /^is neither a file or folder in the workspace nor a built-in template \(.*discord/
        )
      },
      { pattern: 'empty', reason: 'is a folder with no .yml, .yaml or .json file' },
      { pattern: 'nowhere/**/*.yml', reason: 'matches no file in the workspace' },
      { pattern: '../outside.yml', reason: expect.stringMatching(/outside the workspace/) },
      { pattern: '/etc/passwd', reason: expect.stringMatching(/outside the workspace/) }
    ])
  })
})
