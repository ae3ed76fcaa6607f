import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { InputError } from '../src/errors.js'
import { thrownBy } from './helpers/platform-context.js'

// A stand-in action folder, so the test does not depend on the real built-in templates.
const actionRoot = mkdtempSync(path.join(tmpdir(), 'relay-action-'))
const workspace = mkdtempSync(path.join(tmpdir(), 'relay-workspace-'))
const outside = mkdtempSync(path.join(tmpdir(), 'relay-outside-'))
jest.unstable_mockModule('../src/action-root.js', () => ({ ACTION_ROOT: actionRoot }))
const { builtinTemplateNames, loadTemplate } = await import('../src/template/load.js')

beforeAll(() => {
  mkdirSync(path.join(actionRoot, 'templates'))
  writeFileSync(path.join(actionRoot, 'templates', 'linear.yml'), 'builtin: linear\n')
  writeFileSync(path.join(actionRoot, 'templates', 'discord.yml'), 'builtin: discord\n')
  writeFileSync(path.join(actionRoot, 'templates', 'README.md'), 'not a template\n')
  mkdirSync(path.join(workspace, '.github', 'dagster-templates'), { recursive: true })
  writeFileSync(path.join(workspace, '.github', 'dagster-templates', 'team.yml'), 'mine: true\n')
  writeFileSync(path.join(workspace, 'discord'), 'a workspace file named like a built-in\n')
  writeFileSync(path.join(workspace, 'plain'), 'no extension\n')
  writeFileSync(path.join(outside, 'secret.yml'), 'secret: true\n')
  symlinkSync(path.join(outside, 'secret.yml'), path.join(workspace, 'link.yml'))
})

afterAll(() => {
  for (const folder of [actionRoot, workspace, outside]) rmSync(folder, { recursive: true, force: true })
})

describe('builtinTemplateNames', () => {
  it('lists the .yml files in the action templates folder, sorted', () => {
    expect(builtinTemplateNames()).toEqual(['discord', 'linear'])
  })
})

describe('loadTemplate', () => {
  it('resolves a bare built-in name against the action folder, not the workspace or cwd', () => {
    expect(loadTemplate('discord', workspace)).toEqual({
      name: 'discord',
      file: 'templates/discord.yml',
      text: 'builtin: discord\n',
      builtin: true
    })
    expect(loadTemplate(' linear ', workspace).builtin).toBe(true)
  })

  it('reads anything else as a path relative to the workspace', () => {
    expect(loadTemplate('.github/dagster-templates/team.yml', workspace)).toEqual({
      name: 'team',
      file: '.github/dagster-templates/team.yml',
      text: 'mine: true\n',
      builtin: false
    })
    expect(loadTemplate('./discord', workspace)).toMatchObject({ file: 'discord', builtin: false })
    expect(loadTemplate('plain', workspace)).toMatchObject({ name: 'plain', file: 'plain', builtin: false })
  })

  it('accepts an absolute path inside the workspace', () => {
    const absolute = path.join(workspace, '.github', 'dagster-templates', 'team.yml')
    expect(loadTemplate(absolute, workspace).file).toBe('.github/dagster-templates/team.yml')
  })

  it('names the built-ins and the workspace when nothing matches', () => {
    const error = thrownBy(() => loadTemplate('slack', workspace), InputError)
    expect(error.input).toBe('template')
    expect(error.message).toBe(
      `Input 'template': no built-in template or file named "slack". Use one of: discord, linear or a path relative to the workspace (${workspace}).`
    )
    expect(thrownBy(() => loadTemplate('.github/dagster-templates', workspace), InputError).message).toContain(
      'no built-in template or file named'
    )
    expect(thrownBy(() => loadTemplate('', workspace), InputError).message).toContain(
      'no built-in template or file named ""'
    )
  })

  it("attaches the build's parse of a built-in only when it was made from the same text", () => {
    const document = { frontMatter: {}, body: { kind: 'scalar', at: { line: 1, column: 1 }, value: 'parsed' } }
    const precompiled = path.join(actionRoot, 'dist', 'templates')
    mkdirSync(precompiled, { recursive: true })
    try {
      writeFileSync(path.join(precompiled, 'linear.json'), JSON.stringify({ text: 'builtin: linear\n', document }))
      writeFileSync(
        path.join(precompiled, 'discord.json'),
        JSON.stringify({ text: 'builtin: an older discord\n', document })
      )
      expect(loadTemplate('linear', workspace).document).toEqual(document)
      expect(loadTemplate('discord', workspace)).not.toHaveProperty('document')
      expect(loadTemplate('.github/dagster-templates/team.yml', workspace)).not.toHaveProperty('document')
    } finally {
      rmSync(path.join(actionRoot, 'dist'), { recursive: true, force: true })
    }
  })

  it('refuses paths outside the workspace, also through .. and symlinks', () => {
    for (const ref of [path.join(outside, 'secret.yml'), `../${path.basename(outside)}/secret.yml`, 'link.yml']) {
      expect(thrownBy(() => loadTemplate(ref, workspace), InputError).message).toBe(
        `Input 'template': "${ref}" is outside the workspace. Use a template file inside the repository (${workspace}).`
      )
    }
  })
})
