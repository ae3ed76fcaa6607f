// Start-up pays for what the run uses (DESIGN.md §10): a Discord send with the built-in template and JSON or
// absent inputs runs without the YAML parser's chunk, so it never loads it; YAML text still works with it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { REPO_ROOT, runAction } from '../../scripts/action-runner.js'
import { startDiscord, type DiscordStandIn } from '../stand-ins/index.js'
import { discordInputs, dispatchEvent } from './fixtures.js'

let discord: DiscordStandIn
let action: string

beforeAll(async () => {
  discord = await startDiscord()
  // a copy of the action whose bundle lacks the chunk that holds the YAML parser
  action = mkdtempSync(path.join(tmpdir(), 'relay-no-yaml-'))
  for (const entry of ['action.yml', 'templates', 'dist'])
    cpSync(path.join(REPO_ROOT, entry), path.join(action, entry), { recursive: true })
  const chunks = readdirSync(path.join(action, 'dist')).filter(file => /^\d+\.index\.js$/.test(file))
  const yamlChunks = chunks.filter(file =>
    readFileSync(path.join(action, 'dist', file), 'utf8').includes('class YAMLParseError')
  )
  expect(yamlChunks).toHaveLength(1)
  rmSync(path.join(action, 'dist', yamlChunks[0]))
})

afterAll(async () => {
  await discord.close()
  rmSync(action, { recursive: true, force: true })
})

describe('start-up', () => {
  const script = () => path.join(action, 'dist', 'index.js')

  it('a send with the built-in template and JSON vars never loads the YAML parser', async () => {
    const result = await runAction({
      inputs: { ...discordInputs(discord), vars: '{"team": "data"}' },
      event: dispatchEvent(),
      script: script()
    })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.outputs.status).toBe('sent')
  })

  it('YAML vars need the parser: without its chunk the run fails', async () => {
    const result = await runAction({
      inputs: { ...discordInputs(discord), vars: 'team: data' },
      event: dispatchEvent(),
      script: script()
    })
    expect(result.code).not.toBe(0)
  })
})
