import { TemplateError } from '../../errors.js'
import type { NotificationType } from '../../event/tokens.js'
import type { Platform } from '../../platforms/types.js'
import type { CompiledTemplate } from '../../template/compile.js'
import type { TemplateSource } from '../../template/load.js'
import { locationText, type Finding } from './finding.js'
import { literalSyntaxFindings } from './literal-syntax.js'
import { unknownKeyFindings } from './unknown-keys.js'
import { variableFindings } from './variables.js'

export interface TemplateFindings {
  findings: Finding[]
  /** Known keys a misspelt key was meant as (`fields.issuetype`): the unknown key is the problem, not their absence. */
  meant: Set<string>
}

/**
 * What `check`, `render` and a send all find in a template before rendering it: unknown variables, Dagster+ or GitHub
 * syntax where `<< >>` was meant, and keys the platform does not know. `types`: the template's declared events.
 */
export function templateFindings(
  source: TemplateSource,
  template: CompiledTemplate,
  platform: Platform | undefined,
  types: NotificationType[] | undefined
): TemplateFindings {
  const keys = platform
    ? unknownKeyFindings(source.file, template.keys, platform)
    : { findings: [], meant: new Set<string>() }
  const findings = [
    ...variableFindings(source.file, template.variables, types),
    ...literalSyntaxFindings(source.file, source.text),
    ...keys.findings
  ]
  return { findings, meant: keys.meant }
}

/**
 * The findings as a send weighs them: an unknown variable renders empty with a warning that names it (check mode
 * calls it an error, so it is fixed before it ships); a send never loses an alert to a misspelt name.
 */
export function atSendTime(findings: readonly Finding[]): Finding[] {
  return findings.map(finding =>
    finding.unknownVariable === undefined
      ? finding
      : {
          ...finding,
          severity: 'warning',
          title: `unknown variable '${finding.unknownVariable}' renders empty`,
          message: finding.message
        }
  )
}

/** A send stops at the findings `check` calls errors: one TemplateError at the first, listing them all. */
export function findingsError(findings: readonly Finding[]): TemplateError | undefined {
  const errors = findings.filter(finding => finding.severity === 'error')
  if (errors.length === 0) return undefined
  const [first, ...others] = errors
  const more = others.map(finding => `\n  ${locationText(finding)}: ${finding.title}: ${finding.message}`).join('')
  return new TemplateError(`${first.title}: ${first.message}${more}`, first.file ?? '', first.line, first.column)
}
