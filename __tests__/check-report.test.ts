import { describe, expect, it } from '@jest/globals'
import * as path from 'node:path'
import type { TemplateReport } from '../src/check/findings.js'
import { checkSummary, terminalReport } from '../src/check/report.js'
import { runCheck } from '../src/check/run.js'
import { renderMarkdown, type Markdown } from '../src/output/summary-markdown.js'

const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'templates')

const text = (summary: Markdown) => renderMarkdown(summary, each => each)

describe('runCheck', () => {
  const result = runCheck({
    template:
      'good/discord-failed-jobs.yml\nbroken/discord-unknown-event.yml\nbroken/discord-long-title.yml\nmissing/*.yml',
    workspace: FIXTURES,
    vars: {}
  })

  it('counts errors and warnings over all templates and patterns', () => {
    expect(result).toMatchObject({ errors: 2, warnings: 1 })
    expect(result.templates.map(report => report.file)).toEqual([
      'broken/discord-long-title.yml',
      'broken/discord-unknown-event.yml',
      'good/discord-failed-jobs.yml'
    ])
    expect(result.findings[0]).toEqual({
      severity: 'error',
      title: 'No template found',
      message: 'template "missing/*.yml" matches no file in the workspace'
    })
  })

  it('prints one line per template and the totals', () => {
    expect(result.lines).toEqual([
      '⚠️ broken/discord-long-title.yml (discord, 9 event types): 1 warning',
      '❌ broken/discord-unknown-event.yml (discord, 1 event type): 1 error',
      '✅ good/discord-failed-jobs.yml (discord, 1 event type): ok',
      'Checked 3 templates: 2 errors, 1 warning'
    ])
  })

  it('the job summary has a template × event type table, every problem and a preview per template', () => {
    const summary = text(result.summary)
    expect(summary).toContain('| Template | Platform | JOB | ASSET_MATERIALIZATION |')
    expect(summary).toContain('| `broken/discord-long-title.yml` | discord | ⚠️ | ⚠️ |')
    expect(summary).toContain('| `good/discord-failed-jobs.yml` | discord | ✅ | · | · |')
    expect(summary).toContain('| `broken/discord-unknown-event.yml` | discord | ❌ | · |')
    expect(summary).toContain(
      '- ❌ `broken/discord-unknown-event.yml:3:15` **Unknown event type**: front matter events: "RUN_FAILURE"'
    )
    expect(summary).toContain('- ❌ **No template found**: template "missing/*.yml" matches no file in the workspace')
    expect(summary).toContain('<details><summary>good/discord-failed-jobs.yml: JOB sample alert</summary>')
    // Each Discord template's preview, then its message in the problem states one message per problem shows.
    expect(summary.match(/<details>/g)).toHaveLength(3 * 5)
    for (const state of [
      '1 failing (first alert)',
      '1 failing ×3',
      '2 failing (member added)',
      'resolved after 42 min'
    ])
      expect(summary).toContain(
        `<details><summary>good/discord-failed-jobs.yml: JOB sample alert, as one message per problem (repeat: comment, resolve: close): ${state}</summary>`
      )
  })

  it('the terminal report is file:line:col: severity: title: message', () => {
    const text = terminalReport(result.templates, result.findings)
    expect(text.split('\n')).toContain(
      'broken/discord-unknown-event.yml:3:15: error: Unknown event type: front matter events: "RUN_FAILURE" is not a Dagster+ notification type; ' +
        'use JOB, ASSET_MATERIALIZATION, ASSET_HEALTH, ASSET_FRESHNESS, TABLE_SCHEMA, CODE_LOCATION, TICK, AGENT, INSIGHTS'
    )
    expect(text.split('\n')[0]).toBe(
      'error: No template found: template "missing/*.yml" matches no file in the workspace'
    )
    expect(text.endsWith('Checked 3 templates: 2 errors, 1 warning')).toBe(true)
  })
})

describe('checkSummary', () => {
  const report = (payload: string, message = 'x'): TemplateReport => ({
    file: 'a.yml',
    platform: 'discord',
    results: [{ type: 'JOB', result: 'error' }],
    findings: [{ file: 'a.yml', line: 2, column: 3, severity: 'error', title: 'Unknown variable', message }],
    preview: { type: 'JOB', payload: { content: payload } }
  })

  it('fences a preview longer than any backtick run in it', () => {
    const summary = text(checkSummary([report('````` not closed')], []))
    expect(summary).toContain('``````json\n{\n  "content": "````` not closed"\n}\n``````')
  })

  it('shows messages as text, never as HTML', () => {
    const reports = [report('x', '</details><img src=x> <@&123>')]
    const summary = text(checkSummary(reports, reports[0].findings))
    expect(summary).toContain('&lt;/details&gt;&lt;img src=x&gt; &lt;@&amp;123&gt;')
    expect(summary.match(/<\/details>/g)).toHaveLength(1)
  })

  it('shows a file name with line ends and HTML as one line of text', () => {
    const file = 'discord-a\n::warning file=x::y\r::add-mask::z\u2028<img src=x>`|.yml'
    const reports = [{ ...report('x'), file }]
    const summary = text(checkSummary(reports, [{ ...reports[0].findings[0], file }]))
    expect(summary).toContain("| `discord-a ::warning file=x::y ::add-mask::z <img src=x>'\\|.yml` | discord | ❌ |")
    expect(summary).toContain(
      '<details><summary>discord-a ::warning file=x::y ::add-mask::z &lt;img src=x&gt;&#96;&#124;.yml: JOB sample alert'
    )
    expect(summary).not.toMatch(/[\r\u2028]|\n::/)
  })

  it('leaves previews out past the size budget, and says so', () => {
    const big = 'x'.repeat(19_000)
    const reports = Array.from({ length: 60 }, () => report(big))
    const summary = text(checkSummary(reports, []))
    expect(summary.length).toBeLessThan(1024 * 1024)
    expect(summary).toMatch(/_\d+ previews left out to keep the summary within GitHub's size limit._/)
  })
})
