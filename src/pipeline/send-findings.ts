import type { Problem } from '../errors.js'
import { notificationType } from '../event/tokens.js'
import type { RelayConfig } from '../inputs.js'
import { withOnDemandModules } from '../on-demand.js'
import type { Destination } from '../relay.js'
import type { VariableRef } from '../template/compile.js'
import { locationText } from './findings.js'
import { atSendTime, findingsError, templateFindings } from './template-findings.js'
import { unreadVarFindings } from './unread-vars.js'

/**
 * The findings `check` makes, before rendering: its errors stop the send (nothing goes out), its warnings are shown.
 * Unread vars count what every listed template reads, and the dedupe key.
 */
export async function applyTemplateFindings(
  destination: Destination,
  config: RelayConfig,
  warn: (problem: Problem) => void
): Promise<void> {
  const { source, template, platform, listed } = destination
  const types = template.frontMatter.events?.flatMap(event => notificationType(event) ?? [])
  const findings = atSendTime(templateFindings(source, template, platform, types).findings)
  const error = findingsError(findings)
  if (error) throw error
  const readers = [
    ...listed.map(each => ({ variables: each.variables, platform })),
    ...(platform.tracker ? [{ variables: await dedupeKeyVariables(config.tracking.dedupeKey) }] : [])
  ]
  findings.push(...unreadVarFindings(Object.keys(config.vars), readers))
  for (const finding of findings) warn({ path: locationText(finding), message: `${finding.title}: ${finding.message}` })
}

/** What the `dedupe-key` template reads; it is Liquid, so reading it may load the engine. */
async function dedupeKeyVariables(dedupeKey: string): Promise<VariableRef[]> {
  const { dedupeKeyVariables: variablesOf } = await import('../tracking/plan.js')
  return withOnDemandModules(() => variablesOf(dedupeKey))
}
