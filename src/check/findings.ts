import type { TemplateError } from '../errors.js'
import type { PlatformName } from '../platforms/types.js'
import type { Json } from '../json.js'
import type { Finding, Severity } from '../pipeline/findings/finding.js'
import type { VarsReader } from '../pipeline/findings/unread-vars.js'
import type { SourcePosition } from '../template/compile.js'

/** How one event type of a template came through the check. */
export type TypeResult = 'ok' | 'warning' | 'error'

/** What checking one template found. */
export interface TemplateReport {
  file: string
  platform?: PlatformName
  /** The notification types rendered (the front matter's events, else all), in order, with their outcome. */
  results: { type: string; result: TypeResult }[]
  findings: Finding[]
  /**
   * The fitted payload for the first type's sample alert (rendered only, when the platform is unknown), and, on a
   * platform that keeps one message per problem, that message in the problem's sample states.
   */
  preview?: { type: string; payload: Json; states?: PreviewState[] }
  /** What the template (and its platform) read of `vars`; absent when it does not compile. */
  reads?: VarsReader
}

/** A chat message as its problem's message in one sample state ("1 failing ×3"). */
export interface PreviewState {
  caption: string
  payload: Json
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
