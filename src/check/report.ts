import { NOTIFICATION_TYPES } from '../event/tokens.js'
import type { Json } from '../json.js'
import { locationText, type Finding } from '../pipeline/findings/finding.js'
import { countBySeverity, type TemplateReport, type TypeResult } from './findings.js'
import { code, details, joined, renderMarkdown, safeMarkdown, type Markdown } from '../output/summary-markdown.js'

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
export function checkSummary(templates: readonly TemplateReport[], findings: readonly Finding[]): Markdown {
  const heading = safeMarkdown`### Dagster Alert Relay: template check\n\n${totalsLine(templates.length, findings)}\n`
  const parts: Markdown[] = [heading]
  if (templates.length > 0) parts.push(safeMarkdown`${resultTable(templates)}\n`)
  if (findings.length > 0) parts.push(safeMarkdown`**Problems**\n\n${joined(findings.map(problemItem))}\n`)
  let size = sizeOf(joined(parts))
  let left = 0
  for (const report of templates) {
    const preview = previewBlock(report)
    if (!preview) continue
    const length = sizeOf(preview)
    if (size + length > SUMMARY_BUDGET) {
      left++
      continue
    }
    parts.push(preview)
    size += length
  }
  if (left > 0) parts.push(safeMarkdown`_${plural(left, 'preview')} ${LEFT_OUT}._\n`)
  return joined(parts)
}

const LEFT_OUT = "left out to keep the summary within GitHub's size limit"
const CELL_SEPARATOR = safeMarkdown` | `

/** Characters the summary takes, before redaction (which only shortens it). */
function sizeOf(part: Markdown): number {
  return renderMarkdown(part, text => text).length
}

function resultTable(templates: readonly TemplateReport[]): Markdown {
  const checked = new Set(templates.flatMap(report => report.results.map(result => result.type)))
  const types = NOTIFICATION_TYPES.map(type => type.type).filter(type => checked.has(type))
  const header = safeMarkdown`| Template | Platform | ${joined(types, CELL_SEPARATOR)} |`
  const rule = safeMarkdown`|---|---|${joined(
    types.map(() => CENTRED),
    safeMarkdown``
  )}`
  const rows = templates.map(report => {
    const byType = new Map(report.results.map(result => [result.type, result.result]))
    // A template that does not compile has no per-type results: every column fails.
    const cell = (type: string) =>
      report.results.length === 0 ? MARKS.error : byType.has(type) ? MARKS[byType.get(type) as TypeResult] : '·'
    const cells = joined(types.map(cell), CELL_SEPARATOR)
    return safeMarkdown`| ${code(report.file)} | ${report.platform ?? '—'} | ${cells} |`
  })
  return joined([...[header, rule], ...rows, LEGEND])
}

const CENTRED = safeMarkdown`:-:|`
const LEGEND = safeMarkdown`\n✅ ok · ⚠️ warnings · ❌ errors · \`·\` not one of the template's events`

function problemItem(finding: Finding): Markdown {
  const where = locationText(finding)
  return safeMarkdown`- ${MARKS[finding.severity]} ${where ? safeMarkdown`${code(where)} ` : ''}**${finding.title}**: ${finding.message}`
}

/** The sample alert's payload, then (one message per problem) the message in each problem state. */
function previewBlock(report: TemplateReport): Markdown | undefined {
  if (!report.preview) return undefined
  const { type, payload, states = [] } = report.preview
  const title = `${report.file}: ${type} sample alert`
  return joined([
    details(title, 'json', previewJson(payload)),
    ...states.map(state =>
      details(
        `${title}, as one message per problem (repeat: comment, resolve: close): ${state.caption}`,
        'json',
        previewJson(state.payload)
      )
    )
  ])
}

function previewJson(payload: Json): string {
  const json = JSON.stringify(payload, null, 2)
  return json.length > PREVIEW_MAX
    ? `${json.slice(0, PREVIEW_MAX)}\n… (${json.length - PREVIEW_MAX} more characters)`
    : json
}
