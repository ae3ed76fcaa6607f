import type { Problem } from '../errors.js'
import { notificationType } from '../event/tokens.js'
import type { Platform } from '../platforms/types.js'
import type { CompiledTemplate, VariableRef } from '../template/compile.js'
import type { TemplateSource } from '../template/load.js'
import { locationText } from './findings/finding.js'
import { atSendTime, findingsError, templateFindings } from './findings/template-findings.js'
import { unreadVarFindings } from './findings/unread-vars.js'

/** What a send checks of its templates. */
export interface SendTemplates {
  platform: Platform
  /** The template this alert renders. */
  template: CompiledTemplate
  source: TemplateSource
  /** Every template the `template` input lists (the chosen one among them), for the vars they read. */
  listed: readonly CompiledTemplate[]
}

/**
 * The findings `check` makes, before rendering: its errors stop the send (nothing goes out), its warnings are shown.
 * Unread vars count what every listed template reads, and `dedupeKey` (what the dedupe-key reads, on issue platforms).
 */
export function applyTemplateFindings(
  { platform, template, source, listed }: SendTemplates,
  vars: readonly string[],
  dedupeKey: readonly VariableRef[] | undefined,
  warn: (problem: Problem) => void
): void {
  const types = template.frontMatter.events?.flatMap(event => notificationType(event) ?? [])
  const findings = atSendTime(templateFindings(source, template, platform, types).findings)
  const error = findingsError(findings)
  if (error) throw error
  const readers = [
    ...listed.map(each => ({ variables: each.variables, platform })),
    ...(dedupeKey ? [{ variables: dedupeKey }] : [])
  ]
  findings.push(...unreadVarFindings(vars, readers))
  for (const finding of findings) warn({ path: locationText(finding), message: `${finding.title}: ${finding.message}` })
}
