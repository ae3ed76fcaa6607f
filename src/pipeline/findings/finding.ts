export type Severity = 'error' | 'warning'

/**
 * One problem, as an annotation: `file` is workspace-relative ('templates/<name>.yml' for a built-in), `line` and
 * `column` 1-based. Only a `template` pattern that matches nothing has no file.
 */
export interface Finding {
  severity: Severity
  title: string
  message: string
  file?: string
  line?: number
  column?: number
  /** An unknown variable's name: a send renders it empty with a warning instead of stopping (DESIGN §4). */
  unknownVariable?: string
}

/** `file:line:col` as compilers print it. */
export function locationText(finding: Finding): string {
  if (!finding.file) return ''
  if (!finding.line) return finding.file
  return `${finding.file}:${finding.line}${finding.column ? `:${finding.column}` : ''}`
}
