import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse as parseYaml } from 'yaml'
import { ACTION_ROOT } from '../../../src/action-root.js'
import { deriveValues } from '../../../src/event/derive.js'
import { normaliseAlert } from '../../../src/event/normalise.js'
import { templateScope } from '../../../src/event/scope.js'
import { hostileAlert, NOTIFICATION_TYPES, sampleAlert } from '../../../src/event/tokens.js'
import { discord } from '../../../src/platforms/discord/index.js'
import { authoredText } from '../../../src/platforms/shared/mentions.js'
import type { Json } from '../../../src/json.js'
import { compileTemplate } from '../../../src/template/compile.js'
import { loadTemplate } from '../../../src/template/load.js'
import { context, embedOf, type JsonObject } from './helpers.js'

describe('templates/discord.yml', () => {
  const source = loadTemplate('discord', ACTION_ROOT)
  const template = compileTemplate(source)

  function render(alert: Record<string, string>, vars: Record<string, Json> = {}) {
    const normalised = normaliseAlert(alert)
    const scope = templateScope(normalised, deriveValues(normalised, {}), vars)
    const { ctx, warnings } = context({ authoredText: authoredText(template.literalText, vars) })
    const payload = discord.fit(template.render(scope).value, ctx) as JsonObject
    return { payload, warnings, problems: discord.validate(payload, ctx) }
  }

  it('is YAML with front matter for discord and the payload keys', () => {
    const [, frontMatter, body] = readFileSync(path.join(ACTION_ROOT, 'templates/discord.yml'), 'utf8').split(/^---$/m)
    expect(parseYaml(frontMatter)).toEqual({
      platform: 'discord',
      description: expect.any(String),
      events: NOTIFICATION_TYPES.map(t => t.type)
    })
    const payload = parseYaml(body)
    expect(Object.keys(payload)).toEqual(['username', 'avatar_url', 'content', 'embeds'])
    expect(Object.keys(payload.embeds[0])).toEqual([
      'title',
      'url',
      'description',
      'color',
      'fields',
      'footer',
      'timestamp'
    ])
    expect(template.frontMatter).toEqual({
      platform: 'discord',
      description: expect.any(String),
      events: NOTIFICATION_TYPES.map(t => t.type)
    })
  })

  it.each(NOTIFICATION_TYPES.map(t => t.type))('renders a valid message for a %s alert, sample and hostile', type => {
    for (const alert of [sampleAlert(type), hostileAlert(type)]) {
      const { problems } = render(alert)
      expect(problems).toEqual([])
    }
    expect(render(sampleAlert(type)).warnings).toEqual([])
  })

  it('in a custom template, mentions in comments and front matter allow no ping; those in its text do', () => {
    const custom = compileTemplate({
      name: 'custom',
      file: 'custom.yml',
      builtin: false,
      text: [
        '---',
        'description: may ping @here, @everyone, <@&111> and <@222>',
        '---',
        '# <@&333> <@!444> @everyone',
        'content: "<@&555> << alert_summary >>"'
      ].join('\n')
    })
    const mentions = '@here @everyone <@&111> <@222> <@&333> <@!444> <@&555>'
    const alert = normaliseAlert({ ...sampleAlert('JOB'), alert_summary: mentions })
    const { ctx } = context({ authoredText: authoredText(custom.literalText, {}) })
    const payload = discord.fit(custom.render(templateScope(alert, deriveValues(alert, {}), {})).value, ctx)
    expect((payload as JsonObject).allowed_mentions).toEqual({ parse: [], roles: ['555'], users: [] })
  })

  it('renders the seed payload, corrected', () => {
    const { payload } = render(sampleAlert('JOB'))
    const embed = embedOf(payload)
    expect(payload.username).toBe('Dagster Monitor')
    expect(payload.content).toBe('**Alert triggered:** Job daily\\_etl failed')
    expect(embed.title).toBe('Job daily_etl failed')
    expect(embed.url).toBe('https://acme.dagster.cloud/prod/runs/4f1c2a9e-7b3d-4c8e-a5f6-2d9b0e1c3a7f')
    expect(embed.color).toBe(15158332)
    expect(embed.timestamp).toBe('2026-01-08T10:00:00Z')
    expect(embed.description).toMatch(/^\*\*Job:\*\* daily\\_etl\n[\s\S]*```\nRun [\s\S]*\n```$/)
    expect(embed.fields).toEqual([
      { name: 'Status', value: 'FAILURE', inline: true },
      { name: 'Deployment', value: 'prod', inline: true },
      { name: 'Policy', value: 'Critical Alerts', inline: true }
    ])
    expect(embed.footer).toEqual({ text: 'Dagster+ • https://acme.dagster.cloud/prod' })
    expect(payload.allowed_mentions).toEqual({ parse: [], roles: [], users: [] })
  })

  it('pings the role from vars.mention, marks samples and takes username/avatar from vars', () => {
    const alert = { ...sampleAlert('JOB'), is_sample: 'true', alert_summary: 'Job failed <@&666> @everyone' }
    const { payload } = render(alert, { mention: '<@&123>', username: 'Ops', avatar_url: 'https://x.example/a.png' })
    expect(payload.content).toMatch(/^<@&123> \[test\] \*\*Alert triggered:\*\* Job failed <@&666.*> @everyone$/)
    expect(embedOf(payload).title).toBe('[test] Job failed <@&666> @everyone')
    expect(payload.username).toBe('Ops')
    expect(payload.avatar_url).toBe('https://x.example/a.png')
    expect(payload.allowed_mentions).toEqual({ parse: [], roles: ['123'], users: [] })
  })

  it('leaves out what an alert does not have', () => {
    const alert = sampleAlert('AGENT')
    delete (alert as Record<string, string>).deployment_url
    const { payload, problems } = render(alert)
    const embed = embedOf(payload)
    expect(problems).toEqual([])
    expect(embed.url).toBe(alert.agent_url)
    expect(embed).not.toHaveProperty('timestamp')
    expect(embed.footer).toEqual({ text: 'Dagster+' })
  })
})
