import { describe, expect, it } from '@jest/globals'
import * as path from 'node:path'
import { checkTemplate } from '../src/check/check-template.js'
import type { Finding } from '../src/pipeline/findings/finding.js'
import { NOTIFICATION_TYPES } from '../src/event/tokens.js'
import { builtinTemplateNames, loadTemplate } from '../src/template/load.js'

const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'templates')
const ALL_TYPES = NOTIFICATION_TYPES.map(type => type.type)

function check(file: string, vars = {}) {
  return checkTemplate(loadTemplate(file, FIXTURES), { vars })
}

/** What an annotation shows: where, how bad, and its title. */
function places(findings: Finding[]): string[] {
  return findings.map(
    finding => `${finding.file}:${finding.line}:${finding.column} ${finding.severity} ${finding.title}`
  )
}

describe('good templates', () => {
  it.each(['discord', 'jira-v2', 'jira-v3', 'linear'])('the built-in %s passes for every event type', name => {
    const report = check(name)
    expect(report.findings).toEqual([])
    expect(report.results).toEqual(ALL_TYPES.map(type => ({ type, result: 'ok' })))
    expect(report.preview?.type).toBe('JOB')
  })

  it('every built-in template passes, whatever its platform needs as a destination', () => {
    for (const name of builtinTemplateNames())
      expect({ name, findings: check(name).findings }).toEqual({ name, findings: [] })
  })

  it('renders only the front matter events and previews the first', () => {
    const report = check('good/discord-failed-jobs.yml')
    expect(report).toMatchObject({ platform: 'discord', findings: [], results: [{ type: 'JOB', result: 'ok' }] })
    expect(report.preview?.payload).toMatchObject({
      embeds: [{ title: 'daily_etl failure', fields: [{ name: 'Partition', value: '2026-01-08' }] }]
    })
  })

  it('checks a JSON template with front matter; a text description makes it a Jira v2 template', () => {
    const report = check('good/incident.json')
    expect(report.findings).toEqual([])
    expect(report.results.map(result => result.type)).toEqual(['ASSET_HEALTH', 'ASSET_FRESHNESS'])
    expect(report.preview?.payload).toMatchObject({
      fields: { project: { key: 'ENG' }, description: expect.stringContaining('Fingerprint: ') }
    })
  })

  it('lays the vars input over the sample vars', () => {
    const report = check('jira-v2', { project: 'OPS', priority: 'High' })
    expect(report.preview?.payload).toMatchObject({ fields: { project: { key: 'OPS' }, priority: { name: 'High' } } })
  })
})

describe('broken templates: each problem at its position', () => {
  it.each([
    ['alerts.yml', '1:1 error Unknown platform', /cannot tell which platform .*platform: discord.*discord-….yml/],
    ['discord-bad-yaml.yml', '5:5 error Invalid template', /invalid YAML: Map keys must be unique/],
    ['discord-bad-indent.yml', '4:1 error Invalid template', /invalid YAML/],
    ['discord-unknown-key.yml', '3:1 error Invalid template', /unknown front matter key "event"/],
    ['discord-unknown-filter.yml', '4:18 error Invalid template', /undefined filter: shout/],
    ['discord-value-of.yml', '1:11 error Invalid template', /undefined filter: valueOf/],
    ['discord-include.yml', '3:3 error Invalid template', /"include" tag is not allowed/],
    [
      'discord-unknown-event.yml',
      '3:15 error Unknown event type',
      /"RUN_FAILURE" is not a Dagster\+ notification type/
    ],
    ['discord-empty-content.yml', '5:1 error Discord would reject this', /the message is empty/],
    ['jira-v2-no-summary.yml', '2:3 error Required value missing', /fields.summary: the template never sets it/],
    [
      'jira-v3-bad-adf.yml',
      '13:29 error Jira would reject this',
      /marks\[0\].type: unknown or unsupported mark "bold"/
    ],
    ['linear-no-url.yml', '1:8 error Linear would reject this', /issueCreate does not select issue url/],
    ['linear-undeclared.yml', '1:8 error Linear would reject this', /uses \$priority without declaring it/],
    ['linear-syntax.yml', '1:8 error Linear would reject this', /is not valid GraphQL: Expected Name, found <EOF>/],
    ['discord-long-title.yml', '3:12 warning Adjusted for Discord', /embeds\[0\].title: truncated from 281 to 256/],
    [
      'discord-token-not-sent.yml',
      '5:41 warning Token not sent for these events',
      /asset_key is never sent for JOB alerts/
    ]
  ])('%s', (name, place, message) => {
    const file = `broken/${name}`
    const { findings } = check(file)
    expect(places(findings)).toEqual([`${file}:${place}`])
    expect(findings[0].message).toMatch(message)
  })

  it('reports every unknown variable where it is read, with a suggestion for a typo', () => {
    const { findings, results } = check('broken/discord-unknown-variable.yml')
    const file = 'broken/discord-unknown-variable.yml'
    expect(places(findings)).toEqual([
      `${file}:1:16 error Unknown variable`,
      `${file}:3:16 error Unknown variable`,
      `${file}:4:22 error Unknown variable`
    ])
    expect(findings.map(finding => finding.message)).toEqual([
      expect.stringMatching(/^alert_sumary is not a variable .*did you mean alert_summary\?/),
      expect.stringMatching(/^github.sha does not exist: github has .*run_url/),
      expect.stringMatching(/^alert.run_url is not a variable/)
    ])
    expect(new Set(results.map(result => result.result))).toEqual(new Set(['error']))
  })

  it('reports Dagster+ {{token}} syntax as an error and GitHub ${{ }} as a warning (both print as written)', () => {
    const file = 'broken/discord-dagster-syntax.yml'
    const { findings } = check(file)
    expect(places(findings)).toEqual([
      `${file}:2:11 error Dagster+ token syntax`,
      `${file}:2:32 warning GitHub expression syntax`
    ])
    expect(findings[0].message).toBe(
      '{{alert_summary}} is Dagster+ syntax and prints as written in a template: write << alert_summary >>'
    )
  })

  it('takes the platform name as exactly as a send does', () => {
    const source = {
      name: 'alerts',
      file: 'alerts.yml',
      builtin: false,
      text: '---\nplatform: Discord\n---\ncontent: x\n'
    }
    const { findings } = checkTemplate(source, { vars: {} })
    expect(places(findings)).toEqual(['alerts.yml:2:11 error Unknown platform'])
    expect(findings[0].message).toMatch(
      /^front matter platform "Discord" is not supported: use one of discord, jira, jira-v2, jira-v3, linear/
    )
  })

  it('a warning does not fail an event type; an error fails those it happened for', () => {
    expect(check('broken/discord-long-title.yml').results.every(result => result.result === 'warning')).toBe(true)
    expect(check('broken/discord-empty-content.yml').results).toEqual([{ type: 'JOB', result: 'error' }])
  })
})

describe('front matter platform jira-v2 / jira-v3: the API version the template is checked for', () => {
  const FIELDS =
    'fields:\n  project: { key: "<< vars.project >>" }\n  summary: "<< alert_summary >>"\n  issuetype: { name: Bug }\n'
  const TEXT = `${FIELDS}  description: "<< alert_content >>"\n`
  const ADF = `${FIELDS}  description:\n    type: doc\n    version: 1\n    content:\n      - type: paragraph\n        content:\n          - { type: text, text: "<< alert_content >>" }\n`

  function checkText(file: string, platform: string, body: string) {
    return checkTemplate(
      { name: file, file, builtin: false, text: `---\nplatform: ${platform}\nevents: [JOB]\n---\n${body}` },
      { vars: {} }
    )
  }

  it('jira-v3: a text description becomes ADF, as a send to /rest/api/3/issue does', () => {
    const report = checkText('incidents.yml', 'jira-v3', TEXT)
    expect(report.platform).toBe('jira')
    expect(report.findings.map(finding => finding.message)).toEqual([
      expect.stringMatching(/^fields.description: text converted to Atlassian Document Format/)
    ])
    expect(report.preview?.payload).toMatchObject({ fields: { description: { type: 'doc', version: 1 } } })
  })

  it('jira-v2: an ADF description is an error, as /rest/api/2/issue takes plain text', () => {
    const report = checkText('incidents.yml', 'jira-v2', ADF)
    expect(places(report.findings)).toEqual(['incidents.yml:10:5 error Jira would reject this'])
    expect(report.findings[0].message).toMatch(/REST API v2 takes a plain-text description/)
  })

  it('the front matter says the version over the file name', () => {
    expect(checkText('jira-v2-incidents.yml', 'jira-v3', ADF).findings).toEqual([])
    expect(checkText('jira-v3-incidents.yml', 'jira-v2', TEXT).findings).toEqual([])
  })

  it('jira: the version comes from the file name or the description, as before', () => {
    expect(checkText('jira-v3-incidents.yml', 'jira', TEXT).preview?.payload).toMatchObject({
      fields: { description: { type: 'doc' } }
    })
    expect(checkText('incidents.yml', 'jira', TEXT).preview?.payload).toMatchObject({
      fields: { description: expect.any(String) }
    })
    expect(checkText('incidents.yml', 'jira', ADF).findings).toEqual([])
  })

  it('an unknown variant is an unknown platform', () => {
    expect(places(checkText('incidents.yml', 'jira-v4', TEXT).findings)).toEqual([
      'incidents.yml:2:11 error Unknown platform'
    ])
  })
})

describe('one message per problem: the chat message in the problem states', () => {
  function checkDiscord(body: string) {
    return checkTemplate(
      {
        name: 'alerts.yml',
        file: 'alerts.yml',
        builtin: false,
        text: `---\nplatform: discord\nevents: [JOB]\n---\n${body}`
      },
      { vars: {} }
    )
  }
  const titles = (report: ReturnType<typeof checkDiscord>) =>
    report.preview?.states?.map(state => [
      state.caption,
      (state.payload as { embeds: { title: string }[] }).embeds[0].title
    ])

  it('the built-in Discord template previews its first, repeat, member-added and resolved versions, fitted and valid', () => {
    const report = check('discord')
    expect(report.findings).toEqual([])
    expect(titles(report)).toEqual([
      ['1 failing (first alert)', '1 failing'],
      ['1 failing ×3', '1 failing'],
      ['2 failing (member added)', '2 failing'],
      ['resolved after 42 min', 'Resolved after 42 min']
    ])
    const [, repeat, added] = report.preview?.states ?? []
    expect(repeat.payload).toMatchObject({ embeds: [{ description: expect.stringMatching(/ ×3$/) }, {}] })
    expect(added.payload).toMatchObject({ embeds: [{ description: expect.stringMatching(/\n🔴 .+_2$/) }, {}] })
  })

  it("a message Discord takes, but not as its problem's message, is an error for every state", () => {
    // A Components V2 message cannot carry embeds, and the problem's state is an embed.
    const report = checkDiscord('flags: 32768\ncomponents:\n  - type: 10\n    content: "<< alert_summary >>"\n')
    expect(places(report.findings)).toEqual(["alerts.yml:1:1 error Discord would reject the problem's message"])
    expect(report.findings[0].message).toMatch(
      /^embeds: with repeat: comment or resolve: close, cannot be sent with the IS_COMPONENTS_V2 flag/
    )
    expect(report.results).toEqual([{ type: 'JOB', result: 'error' }])
    expect(report.preview?.states).toEqual([])
  })

  it('platforms without one message per problem preview the message alone', () => {
    expect(check('teams').preview?.states).toBeUndefined()
    expect(check('jira-v3').preview?.states).toBeUndefined()
    expect(check('slack').preview?.states).toHaveLength(4)
  })
})

describe('hostile templates stop fast and read nothing', () => {
  it.each([
    ['discord-endless-loop.yml', '1:11'],
    ['discord-huge-repeat.yml', '1:62']
  ])('%s fails to render within the limits, reported once', (name, place) => {
    const started = Date.now()
    const { findings, results } = check(`broken/${name}`)
    expect(Date.now() - started).toBeLessThan(2000)
    expect(places(findings)).toEqual([`broken/${name}:${place} error Template fails to render`])
    expect(findings[0].message).toMatch(/limit exceeded/)
    expect(results.every(result => result.result === 'error')).toBe(true)
  })
})

describe('the hostile sample alert', () => {
  it('shortening hostile text is not a warning; the same for a realistic alert is', () => {
    const source = (text: string) => ({ name: 'discord-x', file: 'discord-x.yml', builtin: false, text })
    const quiet = checkTemplate(source('content: "<< alert_content >>"\n'), { vars: {} })
    expect(quiet.findings).toEqual([])
    const loud = checkTemplate(source(`content: "<< alert_content >> ${'x'.repeat(2000)}"\n`), { vars: {} })
    expect(places(loud.findings)).toEqual(['discord-x.yml:1:10 warning Adjusted for Discord'])
    expect(loud.findings[0].message).toMatch(/^content: truncated .* \(every event type\)$/)
  })

  it('an error only the hostile alert causes says so', () => {
    // Only the hostile summary holds "@everyone", so only it makes the username contain "Discord", which Discord rejects.
    const template = 'username: "Relay<% if alert_summary contains \'@everyone\' %> Discord<% endif %>"\ncontent: x\n'
    const { findings } = checkTemplate(
      { name: 'discord-y', file: 'discord-y.yml', builtin: false, text: template },
      { vars: {} }
    )
    expect(places(findings)).toEqual(['discord-y.yml:1:11 error Discord would reject this'])
    expect(findings[0].message).toMatch(/every event type, with the hostile sample alert only/)
  })
})
