import { InputError } from '../errors.js'
import type { Json } from '../platforms/types.js'
import type { Markdown } from '../summary-markdown.js'
import { loadTemplate } from '../template/load.js'
import { checkTemplate, type TemplateReport } from './check-template.js'
import { findTemplates, templatePatterns } from './find-templates.js'
import { countBySeverity, type Finding } from './findings.js'
import { checkSummary, templateLine, totalsLine } from './report.js'
import { unreadVarFindings } from './unread-vars.js'

export interface CheckOptions {
  /** The `template` input: paths, globs and folders, one a line (default .github/dagster-templates). */
  template?: string
  workspace: string
  /** The `vars` input. */
  vars: Record<string, Json>
}

export interface CheckResult {
  templates: TemplateReport[]
  /** Every finding, pattern problems first, then each template's in file order. */
  findings: Finding[]
  errors: number
  warnings: number
  /** One line per template, then the totals. */
  lines: string[]
  /** The job summary. */
  summary: Markdown
}

/** `mode: check`: finds the templates, checks each, and reports. Sends nothing, reads no secret. */
export function runCheck(options: CheckOptions): CheckResult {
  const found = findTemplates(templatePatterns(options.template), options.workspace)
  const findings: Finding[] = found.unmatched.map(({ pattern, reason }) => ({
    severity: 'error',
    title: 'No template found',
    message: `template "${pattern}" ${reason}`
  }))
  const templates: TemplateReport[] = []
  for (const ref of found.files) {
    try {
      templates.push(checkTemplate(loadTemplate(ref, options.workspace), { vars: options.vars }))
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      findings.push({ file: ref, severity: 'error', title: 'Template not readable', message: error.message })
    }
  }
  findings.push(...templates.flatMap(report => report.findings))
  const readers = templates.flatMap(report => (report.reads ? [report.reads] : []))
  if (readers.length > 0) findings.push(...unreadVarFindings(Object.keys(options.vars), readers))
  const { error, warning } = countBySeverity(findings)
  return {
    templates,
    findings,
    errors: error,
    warnings: warning,
    lines: [...templates.map(templateLine), totalsLine(templates.length, findings)],
    summary: checkSummary(templates, findings)
  }
}
