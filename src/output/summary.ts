import type { Problem } from '../errors.js'
import type { DeliverySubject, RelayOutcome } from '../relay.js'
import type { Status } from '../status.js'
import { code, details, fenced, joined, link, safeMarkdown, type Markdown } from './summary-markdown.js'

const TITLES: Record<Status, string> = {
  created: 'issue created',
  sent: 'message sent',
  commented: 'commented on the open issue',
  resolved: 'open issue resolved',
  skipped: 'skipped (nothing sent)',
  'dry-run': 'dry run (nothing sent)',
  failed: 'delivery failed'
}

/** Where the destination keeps a message or an incident rather than an issue, what each status did to it. */
const SUBJECT_TITLES: Record<Exclude<DeliverySubject, 'issue'>, Partial<Record<Status, string>>> = {
  message: { commented: "updated the problem's message", resolved: "marked the problem's message resolved" },
  incident: { sent: 'incident triggered (opened or folded into the open one)', resolved: 'incident resolved' }
}

function title(status: Status, subject: DeliverySubject | undefined): string {
  return (subject && subject !== 'issue' && SUBJECT_TITLES[subject][status]) || TITLES[status]
}

/** The job summary for a delivered (or dry-run) alert; every value is escaped and redacted where it is written. */
export function outcomeSummary(outcome: RelayOutcome): Markdown {
  const rows: [string, Markdown | string][] = [
    ['Platform', outcome.platform ?? '—'],
    ['Template', outcome.template ? code(outcome.template) : '—'],
    ['Status', outcome.status],
    ['URL', outcome.url ? link(outcome.url) : '—'],
    ['Id', outcome.id ? code(outcome.id) : '—'],
    ['Attempts', String(outcome.attempts)],
    ...(outcome.rateLimitWaitSeconds
      ? [['Waited for rate limits', `${outcome.rateLimitWaitSeconds} s`] as [string, string]]
      : [])
  ]
  return joined([
    safeMarkdown`### Dagster Alert Relay: ${title(outcome.status, outcome.subject)}`,
    '',
    table(rows),
    outcome.notice ? safeMarkdown`\n**Note:** ${outcome.notice}` : '',
    warningList(outcome.warnings),
    safeMarkdown`\n${details('Rendered payload', 'json', JSON.stringify(outcome.payload, null, 2))}`
  ])
}

/** The job summary when nothing was delivered. */
export function failureSummary(message: string, attempts: number): Markdown {
  return joined([
    safeMarkdown`### Dagster Alert Relay: ${TITLES.failed}`,
    '',
    table([
      ['Status', 'failed' satisfies Status],
      ['Attempts', String(attempts)]
    ]),
    '',
    fenced('text', message)
  ])
}

function table(rows: [string, Markdown | string][]): Markdown {
  return joined([safeMarkdown`| | |\n|---|---|`, ...rows.map(([name, value]) => safeMarkdown`| ${name} | ${value} |`)])
}

function warningList(warnings: Problem[]): Markdown | string {
  if (warnings.length === 0) return ''
  return joined([
    safeMarkdown`\n**Warnings**\n`,
    ...warnings.map(w => safeMarkdown`- ${code(w.path || 'payload')}: ${w.message}`)
  ])
}
