import { TOKENS } from '../../event/tokens.js'
import type { Finding } from './finding.js'

// `{{ token }}` is Dagster+'s syntax (replaced in the webhook body, never in a template); `${{ … }}` is GitHub's
// (evaluated in workflow files, never in a template). Both print as written.
const DAGSTER_TOKEN = /(?<!\$)\{\{\s*([A-Za-z_]\w*)\s*\}\}/g
const GITHUB_EXPRESSION = /\$\{\{[^}]*\}\}/g

/**
 * Dagster+ or GitHub expression syntax written in a template where `<< >>` was meant. Front matter and comment lines
 * are skipped; a Dagster token is an error (the alert would show `{{alert_summary}}`), a GitHub expression a warning.
 */
export function literalSyntaxFindings(file: string, text: string): Finding[] {
  const lines = text.split(/\r\n?|\n/)
  const closing = /^---[ \t]*$/.test(lines[0]) ? lines.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(line)) : -1
  const findings: Finding[] = []
  lines.forEach((line, index) => {
    if (index <= closing || /^\s*#/.test(line)) return
    for (const match of line.matchAll(DAGSTER_TOKEN)) {
      if (!TOKENS.has(match[1])) continue
      const message = `${match[0]} is Dagster+ syntax and prints as written in a template: write << ${match[1]} >>`
      findings.push({
        file,
        line: index + 1,
        column: (match.index ?? 0) + 1,
        severity: 'error',
        title: 'Dagster+ token syntax',
        message
      })
    }
    for (const match of line.matchAll(GITHUB_EXPRESSION)) {
      const message = `${match[0]} is not evaluated in a template and prints as written: pass such values through the vars input (<< vars.NAME >>)`
      findings.push({
        file,
        line: index + 1,
        column: (match.index ?? 0) + 1,
        severity: 'warning',
        title: 'GitHub expression syntax',
        message
      })
    }
  })
  return findings
}
