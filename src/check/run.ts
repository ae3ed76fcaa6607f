import { InputError } from '../errors.js'
import type { Json } from '../json.js'
import type { Markdown } from '../output/summary-markdown.js'
import { loadTemplate } from '../template/load.js'
import { checkTemplate } from './check-template.js'
import {
  DEFAULT_TEMPLATE_FOLDER,
  findTemplates,
  MAX_ENTRIES,
  templatePatterns,
  type FoundTemplates
} from './find-templates.js'
import { CheckBudget, type CheckLimits } from './limits.js'
import type { Finding } from '../pipeline/findings/finding.js'
import { countBySeverity, type TemplateReport } from './findings.js'
import { checkSummary, templateLine, totalsLine } from './report.js'
import { unreadVarFindings } from '../pipeline/findings/unread-vars.js'

export interface CheckOptions {
  /** The `template` input: paths, globs and folders, one a line (default .github/dagster-templates). */
  template?: string
  workspace: string
  /** The `vars` input. */
  vars: Record<string, Json>
  /** Bounds of the check as a whole (default CHECK_LIMITS). */
  limits?: CheckLimits
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
  const budget = new CheckBudget(options.limits)
  const found = findTemplates(templatePatterns(options.template), options.workspace)
  const findings = patternFindings(found, budget.limits)
  const templates: TemplateReport[] = []
  for (const ref of found.files.length > budget.limits.templates ? [] : found.files) {
    const spent = budget.spent()
    if (spent) {
      findings.push({ file: ref, severity: 'error', title: 'Not checked', message: spent })
      continue
    }
    const share = budget.share()
    try {
      templates.push(checkTemplate(loadTemplate(ref, options.workspace), { vars: options.vars, share }))
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      findings.push({ file: ref, severity: 'error', title: 'Template not readable', message: error.message })
    }
  }
  for (const report of templates) findings.push(...report.findings)
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

/** Patterns that match nothing, or too much to check. */
function patternFindings(found: FoundTemplates, limits: CheckLimits): Finding[] {
  const findings = found.unmatched.map(({ pattern, reason }): Finding => ({
    severity: 'error',
    title: 'No template found',
    message: `template "${pattern}" ${reason}`
  }))
  for (const pattern of found.unfinished) {
    findings.push({
      severity: 'error',
      title: 'Too many files',
      message: `template "${pattern}" searches more than ${MAX_ENTRIES.toLocaleString('en-US')} files and folders, where check mode stops; name the folder that holds the templates (default ${DEFAULT_TEMPLATE_FOLDER})`
    })
  }
  if (found.files.length > limits.templates) {
    findings.push({
      severity: 'error',
      title: 'Too many templates',
      message: `the template input matches ${found.files.length} files; check mode checks at most ${limits.templates} in one run: narrow the patterns, or check the rest in another job`
    })
  }
  return findings
}
