import { NOTIFICATION_TYPES } from '../event/tokens.js'
import type { TemplateReport, TypeResult } from './check-template.js'
import { countBySeverity, locationText, type Finding } from './findings.js'
import { fenced } from '../summary.js'

/** GitHub refuses job summaries over 1 MiB; previews stop well before that. */
const SUMMARY_BUDGET = 800_000
const PREVIEW_MAX = 20_000

const MARKS: Record<TypeResult, string> = { ok: '✅', warning: '⚠️', error: '❌' }

/** One line per template: its outcome, platform and counts. */
export function templateLine(report: TemplateReport): string {
  const { error, warning } = countBySeverity(report.findings)
  const mark = error > 0 ? MARKS.error : warning > 0 ? MARKS.warning : MARKS.ok
  const types = report.results.length > 0 ? `, ${plural(report.results.length, 'event type')}` : ''
  const counts =
    error + warning === 0
      ? 'ok'
      : [error && plural(error, 'error'), warning && plural(warning, 'warning')].filter(Boolean).join(', ')
  return `${mark} ${report.file} (${report.platform ?? 'platform unknown'}${types}): ${counts}`
}

/** The verdict in one line: what was checked and how many problems. */
export function totalsLine(templates: number, findings: readonly Finding[]): string {
  const { error, warning } = countBySeverity(findings)
  const checked = `Checked ${plural(templates, 'template')}`
  if (error + warning === 0) return `${checked}: no problems`
  return `${checked}: ${plural(error, 'error')}, ${plural(warning, 'warning')}`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** `file:line:col: error: title: message`, as compilers print a diagnostic. */
export function findingLine(finding: Finding): string {
  const where = locationText(finding)
  return `${where ? `${where}: ` : ''}${finding.severity}: ${finding.title}: ${finding.message}`
}

/** Every finding as a diagnostic line, then one line per template and the totals. */
export function terminalReport(templates: readonly TemplateReport[], findings: readonly Finding[]): string {
  const problems = findings.map(findingLine)
  return [
    ...problems,
    ...(problems.length > 0 ? [''] : []),
    ...templates.map(templateLine),
    totalsLine(templates.length, findings)
  ].join('\n')
}

/** The job summary: a template × event type table, every problem, and a rendered preview per template. */
export function checkSummary(templates: readonly TemplateReport[], findings: readonly Finding[]): string {
  const parts = ['### Dagster Alert Relay: template check', '', totalsLine(templates.length, findings), '']
  if (templates.length > 0) parts.push(resultTable(templates), '')
  if (findings.length > 0) parts.push('**Problems**', '', ...findings.map(problemItem), '')
  let size = parts.join('\n').length
  let left = 0
  for (const report of templates) {
    const preview = previewBlock(report)
    if (!preview) continue
    if (size + preview.length > SUMMARY_BUDGET) {
      left++
      continue
    }
    parts.push(preview)
    size += preview.length
  }
  if (left > 0) parts.push(`_${plural(left, 'preview')} left out to keep the summary within GitHub's size limit._`, '')
  return parts.join('\n')
}

function resultTable(templates: readonly TemplateReport[]): string {
  const checked = new Set(templates.flatMap(report => report.results.map(result => result.type)))
  const types = NOTIFICATION_TYPES.map(type => type.type).filter(type => checked.has(type))
  const header = `| Template | Platform | ${types.join(' | ')} |`
  const rule = `|---|---|${types.map(() => ':-:|').join('')}`
  const rows = templates.map(report => {
    const byType = new Map(report.results.map(result => [result.type, result.result]))
    // A template that does not compile has no per-type results: every column fails.
    const cell = (type: string) =>
      report.results.length === 0 ? MARKS.error : byType.has(type) ? MARKS[byType.get(type) as TypeResult] : '·'
    return `| ${code(report.file)} | ${report.platform ?? '—'} | ${types.map(cell).join(' | ')} |`
  })
  return [header, rule, ...rows, '', "✅ ok · ⚠️ warnings · ❌ errors · `·` not one of the template's events"].join(
    '\n'
  )
}

function problemItem(finding: Finding): string {
  const where = locationText(finding)
  return `- ${MARKS[finding.severity]} ${where ? `${code(where)} ` : ''}**${escapeHtml(finding.title)}**: ${escapeHtml(finding.message)}`
}

function previewBlock(report: TemplateReport): string | undefined {
  if (!report.preview) return undefined
  let json = JSON.stringify(report.preview.payload, null, 2)
  if (json.length > PREVIEW_MAX)
    json = `${json.slice(0, PREVIEW_MAX)}\n… (${json.length - PREVIEW_MAX} more characters)`
  const title = `${escapeHtml(report.file)}: ${report.preview.type} sample alert`
  return [`<details><summary>${title}</summary>`, '', fenced('json', json), '', '</details>', ''].join('\n')
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\``
}

/** Messages can quote template or alert text (`<@&123>`, `</details>`): shown as text, never as HTML. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ')
}
