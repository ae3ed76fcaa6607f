// The findings check, render and a send share: keys the platform does not know, vars nothing reads.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { checkTemplate } from '../src/check/check-template.js'
import { closestName } from '../src/pipeline/findings/closest-name.js'
import type { Finding } from '../src/pipeline/findings/finding.js'
import { findingsError, templateFindings } from '../src/pipeline/findings/template-findings.js'
import { runCheck } from '../src/check/run.js'
import { platformByName } from '../src/platforms/registry.js'
import { compileTemplate } from '../src/template/compile.js'

function source(file: string, text: string) {
  return { name: path.basename(file, '.yml'), file, text, builtin: false }
}

function check(file: string, text: string, vars = {}) {
  return checkTemplate(source(file, text), { vars })
}

function places(findings: Finding[]): string[] {
  return findings.map(finding => `${finding.line}:${finding.column} ${finding.severity} ${finding.title}`)
}

const JIRA_MISSPELT = [
  '---',
  'platform: jira',
  '---',
  'fields:',
  '  project:',
  '    key: "<< vars.project >>"',
  '  issue_type:',
  '    name: Bug',
  '  summary: "<< alert_summary >>"',
  ''
].join('\n')

describe('keys the platform does not know', () => {
  it('Discord: embed and colour are warnings at their line, with the key meant (Discord drops them silently)', () => {
    const text = [
      'content: "<< alert_summary >>"',
      'embed:',
      '  - title: x',
      'embeds:',
      '  - title: "<< alert_summary >>"',
      '    colour: 15158332',
      ''
    ].join('\n')
    const { findings } = check('discord-typo.yml', text)
    expect(places(findings)).toEqual(['2:1 warning Unknown key', '6:5 warning Unknown key'])
    expect(findings[0].message).toBe(
      'embed is not a key Discord knows: Discord ignores it, so what it holds is never shown; did you mean embeds?'
    )
    expect(findings[1].message).toMatch(/^colour is not a key Discord knows in embeds: .*did you mean color\?$/)
  })

  it('Jira: a misspelt field is an error at its own line (Jira rejects it), not a missing issuetype at the project line', () => {
    const { findings } = check('jira-typo.yml', JIRA_MISSPELT, { project: 'ENG' })
    expect(places(findings)).toEqual(['7:3 error Unknown key'])
    expect(findings[0].message).toBe(
      'issue_type is not a key Jira knows in fields: Jira would reject the request; did you mean issuetype?'
    )
  })

  it('Jira custom fields, and every key of a webhook, are fine', () => {
    expect(
      check(
        'jira-custom.yml',
        JIRA_MISSPELT.replace('issue_type', 'issuetype').replace('  summary', '  customfield_10010: x\n  summary')
      ).findings
    ).toEqual([])
    expect(check('webhook-any.yml', 'anything: "<< alert_summary >>"\nnested: {whatever: 1}\n').findings).toEqual([])
  })

  it('a key whose value is not checked further is not looked into (Slack blocks, Teams cards)', () => {
    const slack = 'text: "<< alert_summary >>"\nblocks:\n  - type: section\n    text: {type: mrkdwn, text: hi}\n'
    expect(check('slack-blocks.yml', slack).findings.filter(finding => finding.title === 'Unknown key')).toEqual([])
    expect(places(check('slack-typo.yml', `${slack}unfurl_link: false\n`).findings)).toEqual([
      '5:1 warning Unknown key'
    ])
  })

  it('a send stops at the same error: one TemplateError at its line', () => {
    const file = source('jira-typo.yml', JIRA_MISSPELT)
    const error = findingsError(
      templateFindings(file, compileTemplate(file), platformByName('jira'), undefined).findings
    )
    expect(error?.message).toMatch(/^jira-typo\.yml:7:3: Unknown key: issue_type is not a key Jira knows/)
  })
})

describe('vars nothing reads', () => {
  function runWith(files: Record<string, string>, vars: Record<string, string>): Finding[] {
    const workspace = mkdtempSync(path.join(tmpdir(), 'unread-vars-'))
    try {
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true })
        writeFileSync(path.join(workspace, file), text)
      }
      return runCheck({ template: Object.keys(files).join('\n'), workspace, vars }).findings.filter(
        finding => finding.title === 'Unread var'
      )
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  }

  it('names the key and the closest name a template reads', () => {
    const findings = runWith(
      {
        'discord-a.yml': 'content: "<< vars.mention >> << alert_summary >>"\n',
        'jira-b.yml': JIRA_MISSPELT.replace('issue_type', 'issuetype')
      },
      { mentoin: 'x', projct: 'ENG', mention: 'y', project: 'ENG' }
    )
    expect(findings.map(finding => finding.message)).toEqual([
      'vars: mentoin is read by no template, so it changes nothing: did you mean mention?',
      'vars: projct is read by no template, so it changes nothing: did you mean project?'
    ])
    expect(findings.every(finding => finding.severity === 'warning')).toBe(true)
  })

  it("names both fixes when the template reads a var nobody gives: the typo may be the template's", () => {
    const findings = runWith(
      { 'discord-a.yml': 'content: "<< vars.projet >> << alert_summary >>"\n' },
      { project: 'DATA' }
    )
    expect(findings.map(finding => finding.message)).toEqual([
      'vars: project is read by no template, so it changes nothing: a template reads vars.projet, which is not ' +
        'given: if that is a typo in the template, write vars.project there; otherwise rename this var to projet'
    ])
  })

  it('counts what the platform reads itself (Slack channel), and a template reading vars as a whole reads them all', () => {
    expect(runWith({ 'slack-a.yml': 'text: "<< alert_summary >>"\n' }, { channel: 'C1' })).toEqual([])
    expect(runWith({ 'webhook-a.yml': 'vars: "<< vars >>"\n' }, { anything: 'x' })).toEqual([])
  })
})

describe('closestName', () => {
  it('counts a swap of two letters as one edit and ignores names too far away', () => {
    expect(closestName('mentoin', ['mention', 'username'])).toBe('mention')
    expect(closestName('colour', ['color', 'title'])).toBe('color')
    expect(closestName('zzz', ['mention'])).toBeUndefined()
  })
})
