import type { TemplateError } from '../errors.js'
import type { SourcePosition } from '../template/compile.js'

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

/** The position of a JSON path ('embeds[0].fields[2].value') in the template: the path, else its nearest ancestor. */
export function positionOfPath(path: string, positions: ReadonlyMap<string, SourcePosition>): SourcePosition {
  for (let current = path; ; current = parentPath(current)) {
    const found = positions.get(current)
    if (found) return found
    if (current === '') return { line: 1, column: 1 }
  }
}

function parentPath(path: string): string {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['))
  return cut > 0 ? path.slice(0, cut) : ''
}

/** `file:line:col` as compilers print it. */
export function locationText(finding: Finding): string {
  if (!finding.file) return ''
  if (!finding.line) return finding.file
  return `${finding.file}:${finding.line}${finding.column ? `:${finding.column}` : ''}`
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0 }
  for (const finding of findings) counts[finding.severity]++
  return counts
}

/** A template that does not parse or compile, at the error's position. */
export function templateErrorFinding(error: TemplateError, title: string): Finding {
  return {
    file: error.file,
    line: error.line ?? 1,
    column: error.column ?? 1,
    severity: 'error',
    title,
    message: ownMessage(error)
  }
}

/** A TemplateError's message without the `file:line:col: ` it starts with. */
export function ownMessage(error: TemplateError): string {
  const prefix = error.line
    ? `${error.file}:${error.line}${error.column ? `:${error.column}` : ''}: `
    : `${error.file}: `
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message
}
