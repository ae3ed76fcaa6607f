// End to end: templates from the repository being run (the workspace), not from the action's folder, and
// built-ins found although the working directory is the workspace.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction } from '../../scripts/action-runner.js'
import { startDiscord, type DiscordStandIn } from '../stand-ins/index.js'
import { discordInputs, dispatchEvent, expectDelivered, requestsFromNow, SAMPLE_ALERT, withMethod } from './fixtures.js'

let discord: DiscordStandIn

beforeAll(async () => {
  discord = await startDiscord()
})

afterAll(async () => {
  await discord.close()
})

const event = dispatchEvent()

function customTemplate(marker: string): string {
  return ['---', 'platform: discord', '---', `content: "${marker}: << alert_summary >> for << vars.team >>"`].join('\n')
}

describe('templates, end to end', () => {
  it('a custom template file from the workspace, with vars', async () => {
    const sent = requestsFromNow(discord)
    const file = '.github/dagster-templates/failed-runs.yml'
    const result = await runAction({
      inputs: { ...discordInputs(discord), template: file, vars: 'team: data-eng' },
      event,
      files: { [file]: customTemplate('Custom') }
    })

    expectDelivered(result, withMethod(sent(), 'POST')[0], 'sent')
    expect(discord.state.messages.at(-1)?.payload.content).toBe(`Custom: ${SAMPLE_ALERT.alert_summary} for data-eng`)
    expect(result.summary).toContain(`\`${file}\``)
  })

  it('a path is read from the workspace even when the action has a file at the same path', async () => {
    const result = await runAction({
      inputs: { ...discordInputs(discord), template: 'templates/discord.yml', vars: 'team: ws' },
      event,
      files: { 'templates/discord.yml': customTemplate('From the workspace') }
    })

    expect(result.code).toBe(0)
    expect(discord.state.messages.at(-1)?.payload.content).toBe(`From the workspace: ${SAMPLE_ALERT.alert_summary} for ws`)
  })

  it('a path is resolved against GITHUB_WORKSPACE, not the working directory', async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'relay-e2e-workspace-'))
    try {
      writeFileSync(path.join(workspace, 'alert.yml'), customTemplate('Elsewhere'))
      const result = await runAction({
        inputs: { ...discordInputs(discord), template: 'alert.yml', vars: 'team: ops' },
        event,
        env: { GITHUB_WORKSPACE: workspace }
      })

      expect(result.code).toBe(0)
      expect(discord.state.messages.at(-1)?.payload.content).toBe(`Elsewhere: ${SAMPLE_ALERT.alert_summary} for ops`)
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })

  it('the platform comes from the template front matter when neither platform nor a known url says it', async () => {
    const result = await runAction({
      inputs: { url: discord.webhookUrl(), template: 'custom.yml', vars: 'team: fm' },
      event,
      files: { 'custom.yml': customTemplate('Front matter') }
    })

    expect(result.code).toBe(0)
    expect(result.outputs.status).toBe('sent')
  })

  it('a built-in named explicitly is found in the action folder although the working directory is the workspace', async () => {
    const sent = requestsFromNow(discord)
    const result = await runAction({ inputs: { ...discordInputs(discord), template: 'discord' }, event })

    expectDelivered(result, withMethod(sent(), 'POST')[0], 'sent')
    expect(result.summary).toContain('`templates/discord.yml`')
  })

  it('a template written for another platform is refused before any request', async () => {
    const sent = requestsFromNow(discord)
    const result = await runAction({
      inputs: { ...discordInputs(discord), template: 'jira.yml' },
      event,
      files: { 'jira.yml': '---\nplatform: jira\n---\nfields: {}\n' }
    })

    expect(result.code).toBe(1)
    expect(sent()).toEqual([])
    expect(result.stdout).toContain("::error::Input 'template': jira.yml is written for jira, but the platform is discord")
  })

  it('an unknown variable renders empty with a warning that names it, and the message is still sent', async () => {
    const result = await runAction({
      inputs: { ...discordInputs(discord), template: 'typo.yml' },
      event,
      files: { 'typo.yml': 'content: "<< alert_summary >><< alert_sumary >>"' }
    })

    expect(result.code).toBe(0)
    expect(discord.state.messages.at(-1)?.payload.content).toBe(SAMPLE_ALERT.alert_summary)
    expect(result.stdout).toMatch(/^::warning::typo\.yml:1:\d+: unknown variable 'alert_sumary'/m)
  })
})
