// Start-up pays for what the run uses (DESIGN.md §10): a Discord send with the built-in template and JSON or
// absent inputs runs without the YAML parser's chunk and without the Liquid engine's chunk, so it never loads
// them; YAML text and a user's template still need them.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { REPO_ROOT, runAction } from '../../scripts/action-runner.js'
import { startDiscord, type DiscordStandIn } from '../stand-ins/index.js'
import { discordInputs, dispatchEvent } from './fixtures.js'

let discord: DiscordStandIn
const copies: string[] = []

/** A copy of the action whose bundle lacks the one chunk that holds `marker`; returns its entry script. */
function actionWithout(marker: string): string {
  const action = mkdtempSync(path.join(tmpdir(), 'relay-without-'))
  copies.push(action)
  for (const entry of ['action.yml', 'templates', 'dist'])
    cpSync(path.join(REPO_ROOT, entry), path.join(action, entry), { recursive: true })
  const chunks = readdirSync(path.join(action, 'dist')).filter(file => /^\d+\.index\.js$/.test(file))
  const holding = chunks.filter(file => readFileSync(path.join(action, 'dist', file), 'utf8').includes(marker))
  expect(holding).toHaveLength(1)
  rmSync(path.join(action, 'dist', holding[0]))
  return path.join(action, 'dist', 'index.js')
}

let withoutYaml: string
let withoutLiquid: string

beforeAll(async () => {
  discord = await startDiscord()
  withoutYaml = actionWithout('class YAMLParseError')
  withoutLiquid = actionWithout('class Tokenizer')
})

afterAll(async () => {
  await discord.close()
  for (const action of copies) rmSync(action, { recursive: true, force: true })
})

describe('start-up', () => {
  const script = () => withoutYaml

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

  it('an alert given as YAML text inside a JSON event input: the parser is loaded for the nested text', async () => {
    const alert = 'alert_summary: nested YAML alert\nnotification_type: JOB\nrun_status: FAILURE'
    const result = await runAction({
      inputs: { ...discordInputs(discord), event: JSON.stringify({ alert }) },
      event: dispatchEvent()
    })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(JSON.stringify(discord.state.messages.at(-1)?.payload)).toContain('nested YAML alert')
  })

  it('a send with the built-in template never loads the Liquid engine: the build precompiled it', async () => {
    const result = await runAction({
      inputs: { ...discordInputs(discord), vars: '{"username": "Ops"}' },
      event: dispatchEvent(),
      script: withoutLiquid
    })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.outputs.status).toBe('sent')
    expect(discord.state.messages.at(-1)?.payload).toMatchObject({ username: 'Ops' })
  })

  it("a user's template needs the Liquid engine: without its chunk the run fails", async () => {
    const result = await runAction({
      inputs: { ...discordInputs(discord), template: '.github/alert.yml' },
      files: { '.github/alert.yml': 'content: "<< alert_summary >>"\n' },
      event: dispatchEvent(),
      script: withoutLiquid
    })
    expect(result.code).not.toBe(0)
  })
})
