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
    expect(discord.state.messages.at(-1)?.payload.content).toBe(
      `From the workspace: ${SAMPLE_ALERT.alert_summary} for ws`
    )
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
    expect(result.stdout).toContain(
      "::error::Input 'template': jira.yml is written for jira, but the platform is discord"
    )
  })

  it('an unknown variable renders empty with a warning that names it, and the message is still sent', async () => {
    const result = await runAction({
      inputs: { ...discordInputs(discord), template: 'typo.yml' },
      event,
      files: { 'typo.yml': 'content: "<< alert_summary >><< alert_sumary >>"' }
    })

    expect(result.code).toBe(0)
    expect(discord.state.messages.at(-1)?.payload.content).toBe(SAMPLE_ALERT.alert_summary)
    expect(result.stdout).toMatch(
      /^::warning::typo\.yml:1:\d+: unknown variable 'alert_sumary' renders empty: .*did you mean alert_summary\?/m
    )
  })

  it('Dagster+ {{ }} syntax in a template stops the send (it would post the literal braces)', async () => {
    const sent = requestsFromNow(discord)
    const result = await runAction({
      inputs: { ...discordInputs(discord), template: 'braces.yml' },
      event,
      files: { 'braces.yml': 'content: "{{alert_summary}}"\n' }
    })

    expect(result.code).toBe(1)
    expect(sent()).toEqual([])
    expect(result.stdout).toMatch(
      /^::error::braces\.yml:1:11: Dagster\+ token syntax: \{\{alert_summary\}\} is Dagster\+ syntax/m
    )
  })

  it('a key Discord does not know, and a var nothing reads, are warnings naming the key meant; the message goes out', async () => {
    const result = await runAction({
      inputs: { ...discordInputs(discord), template: 'keys.yml', vars: 'mention: "<@&1>"\nmentoin: "<@&2>"' },
      event,
      files: { 'keys.yml': 'content: "<< vars.mention >> << alert_summary >>"\nembed:\n  - title: x\n' }
    })

    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /^::warning::keys\.yml:2:1: Unknown key: embed is not a key Discord knows: .*did you mean embeds\?/m
    )
    expect(result.stdout).toMatch(
      /^::warning::Unread var: vars: mentoin is read by no template, so it changes nothing: did you mean mention\?/m
    )
  })

  it('an asset alert without the asset and status tokens is sent with a warning naming them and what it costs', async () => {
    const { job_name: _job, run_status: _status, ...rest } = SAMPLE_ALERT
    const result = await runAction({
      inputs: discordInputs(discord),
      event: dispatchEvent({ ...rest, notification_type: 'ASSET_HEALTH', alert_summary: 'Asset orders is DEGRADED' })
    })

    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /^::warning::event: the ASSET_HEALTH alert has none of asset_key, asset_name: every ASSET_HEALTH alert of this policy gets the same fingerprint/m
    )
    expect(result.stdout).toMatch(
      /^::warning::event: the ASSET_HEALTH alert has none of health_status, .*a recovery is not recognised/m
    )
  })
})

describe('routing by event type, end to end', () => {
  const files = {
    'jobs.yml': ['---', 'platform: discord', 'events: [JOB]', '---', 'content: "Job: << alert_summary >>"'].join('\n'),
    'assets.yml': [
      '---',
      'platform: discord',
      'events: [ASSET_HEALTH, ASSET_FRESHNESS]',
      '---',
      'content: "Asset: << alert_summary >>"'
    ].join('\n')
  }
  const assetEvent = dispatchEvent({
    ...SAMPLE_ALERT,
    notification_type: 'ASSET_HEALTH',
    asset_key: 'analytics/orders',
    health_status: 'DEGRADED'
  })

  it('the first listed template meant for the alert type is used', async () => {
    const jobs = await runAction({
      inputs: { ...discordInputs(discord), template: 'jobs.yml\nassets.yml' },
      event,
      files
    })
    expect(jobs.code).toBe(0)
    expect(discord.state.messages.at(-1)?.payload.content).toBe(`Job: ${SAMPLE_ALERT.alert_summary}`)

    const assets = await runAction({
      inputs: { ...discordInputs(discord), template: 'jobs.yml\nassets.yml' },
      event: assetEvent,
      files
    })
    expect(assets.code).toBe(0)
    expect(discord.state.messages.at(-1)?.payload.content).toBe(`Asset: ${SAMPLE_ALERT.alert_summary}`)
  })

  it('the platform comes from the front matter of the listed templates', async () => {
    const result = await runAction({
      inputs: { url: discord.webhookUrl(), template: 'assets.yml\njobs.yml' },
      event,
      files
    })
    expect(result.code).toBe(0)
    expect(result.outputs.status).toBe('sent')
  })

  it('an alert no listed template is for sends nothing, exits 0 with status skipped and a notice naming the types served', async () => {
    const sent = requestsFromNow(discord)
    const result = await runAction({ inputs: { ...discordInputs(discord), template: 'assets.yml' }, event, files })

    expect(result.code).toBe(0)
    expect(sent()).toEqual([])
    expect(result.outputs.status).toBe('skipped')
    expect(result.stdout).toMatch(
      /^::notice::Nothing sent: no template of this step is meant for a JOB alert\. This step serves ASSET_HEALTH, ASSET_FRESHNESS \(assets\.yml\)/m
    )
  })
})

describe('the events input, end to end', () => {
  const assetEvent = dispatchEvent({
    ...SAMPLE_ALERT,
    notification_type: 'ASSET_HEALTH',
    asset_key: 'analytics/orders'
  })

  it('sends an alert of a type it names with the built-in template', async () => {
    const sent = requestsFromNow(discord)
    const result = await runAction({ inputs: { ...discordInputs(discord), events: '[JOB, TICK]' }, event })

    expectDelivered(result, withMethod(sent(), 'POST')[0], 'sent')
  })

  it('skips an alert of another type before loading any template: status skipped, a notice naming type and input', async () => {
    const sent = requestsFromNow(discord)
    // a template that does not exist and no url: loading either would fail the step
    const result = await runAction({ inputs: { template: 'missing.yml', events: 'JOB, TICK' }, event: assetEvent })

    expect(result.code).toBe(0)
    expect(sent()).toEqual([])
    expect(result.outputs.status).toBe('skipped')
    expect(result.stdout).toMatch(
      /^::notice::Nothing sent: the events input of this step \(JOB, TICK\) does not include an ASSET_HEALTH alert; add ASSET_HEALTH to the events input to send it here\./m
    )
  })

  it('fails on a name that is not a notification type, naming it and the input, before sending', async () => {
    const sent = requestsFromNow(discord)
    const result = await runAction({ inputs: { ...discordInputs(discord), events: 'JOBS' }, event })

    expect(result.code).toBe(1)
    expect(sent()).toEqual([])
    expect(result.stdout).toMatch(
      /^::error::Input 'events': "JOBS" is not a Dagster\+ notification type\. Did you mean JOB\?/m
    )
  })
})
