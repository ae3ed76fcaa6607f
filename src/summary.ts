import type { Problem } from './errors.js'
import type { RelayOutcome } from './relay.js'

const TITLES: Record<RelayOutcome['status'], string> = {
  created: 'issue created',
  sent: 'message sent',
  commented: 'commented on the open issue',
  resolved: 'open issue resolved',
  skipped: 'skipped (nothing sent)',
  'dry-run': 'dry run (nothing sent)'
}

/** The job summary for a delivered (or dry-run) alert. All text passed in is already redacted. */
export function outcomeSummary(outcome: RelayOutcome): string {
  const rows: [string, string][] = [
    ['Platform', outcome.platform],
    ['Template', code(outcome.template)],
    ['Status', outcome.status],
    ['URL', outcome.url ? `[${escapeCell(outcome.url)}](${outcome.url})` : '—'],
    ['Id', outcome.id ? code(outcome.id) : '—'],
    ['Attempts', String(outcome.attempts)],
    ...(outcome.rateLimitWaitSeconds
      ? [['Waited for rate limits', `${outcome.rateLimitWaitSeconds} s`] as [string, string]]
      : [])
  ]
  return [
    `### Dagster Alert Relay: ${TITLES[outcome.status]}`,
    '',
    table(rows),
    outcome.notice ? `\n${escapeCell(outcome.notice)}` : '',
    warningList(outcome.warnings),
    details('Rendered payload', 'json', JSON.stringify(outcome.payload, null, 2))
  ].join('\n')
}

/** The job summary when nothing was delivered. */
export function failureSummary(message: string, attempts: number, payload?: string): string {
  return [
    '### Dagster Alert Relay: delivery failed',
    '',
    table([
      ['Status', 'failed'],
      ['Attempts', String(attempts)]
    ]),
    '',
    fenced('text', message),
    payload ? details('Rendered payload', 'json', payload) : ''
  ].join('\n')
}

function table(rows: [string, string][]): string {
  return ['| | |', '|---|---|', ...rows.map(([name, value]) => `| ${name} | ${value} |`)].join('\n')
}

function warningList(warnings: Problem[]): string {
  if (warnings.length === 0) return ''
  return [
    '',
    '**Warnings**',
    '',
    ...warnings.map(w => `- ${code(w.path || 'payload')}: ${escapeCell(w.message)}`)
  ].join('\n')
}

function details(title: string, language: string, text: string): string {
  return ['', `<details><summary>${title}</summary>`, '', fenced(language, text), '', '</details>', ''].join('\n')
}

/** A fence longer than any backtick run inside, so alert text cannot close it. */
export function fenced(language: string, text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(m => m[0].length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}${language}\n${text}\n${fence}`
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}
