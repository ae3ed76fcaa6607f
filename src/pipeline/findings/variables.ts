import { deriveValues } from '../../event/derive.js'
import { normaliseAlert } from '../../event/normalise.js'
import { knownVariableNames } from '../../event/scope.js'
import { GLOBAL_TOKENS, NOTIFICATION_TYPES, sampleAlert, TOKENS, type NotificationType } from '../../event/tokens.js'
import type { VariableRef } from '../../template/compile.js'
import { closestName } from './closest-name.js'
import type { Finding } from './finding.js'

/** The runner values `github.*` is built from, as on a real run; check mode and the CLI render with them. */
export const SAMPLE_ENV: Readonly<Record<string, string>> = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/data-platform',
  GITHUB_RUN_ID: '1234567890'
}

let githubKeys: string[] | undefined

/** The keys `github` has on a real run, read from the derivation itself. */
function githubFields(): string[] {
  githubKeys ??= Object.keys(deriveValues(normaliseAlert(sampleAlert(NOTIFICATION_TYPES[0].type)), SAMPLE_ENV).github)
  return githubKeys
}

/**
 * Static checks of what a template reads. Unknown names are errors (at send time they render empty); a token that
 * none of the template's declared event types carries is a warning, since it always renders empty for them.
 * `vars.*` is not checked: vars come from the calling workflow.
 */
export function variableFindings(
  file: string,
  variables: VariableRef[],
  types: NotificationType[] | undefined
): Finding[] {
  const known = knownVariableNames()
  const carried = types && new Set([...GLOBAL_TOKENS.map(token => token.name), ...types.flatMap(type => type.tokens)])
  const findings: Finding[] = []
  const seen = new Set<string>()
  // a hostile template can read the same unknown name a hundred thousand times: one suggestion search per name
  const messages = new Map<string, string>()
  const unknown = (prefix: string, name: string, names: Iterable<string>) => {
    const message = messages.get(prefix + name) ?? prefix + unknownMessage(name, [...names])
    messages.set(prefix + name, message)
    return message
  }
  for (const ref of variables) {
    const place = `${ref.line}:${ref.column}`
    if (seen.has(place)) continue
    seen.add(place)
    const [head, member] = ref.name.split('.')
    const at = { file, line: ref.line, column: ref.column }
    if (!known.has(head)) {
      findings.push({
        ...at,
        severity: 'error',
        title: 'Unknown variable',
        message: unknown('', head, known),
        unknownVariable: head
      })
    } else if (head === 'github' && member !== undefined && !githubFields().includes(member)) {
      const message = `github.${member} does not exist: github has ${githubFields().join(', ')}`
      findings.push({ ...at, severity: 'error', title: 'Unknown variable', message, unknownVariable: ref.name })
    } else if (head === 'alert' && member !== undefined && !TOKENS.has(member)) {
      findings.push({
        ...at,
        severity: 'error',
        title: 'Unknown variable',
        message: unknown('alert.', member, TOKENS.keys()),
        unknownVariable: ref.name
      })
    } else if (types && carried && TOKENS.has(head) && !carried.has(head)) {
      const message = `${head} is never sent for ${types.map(type => type.type).join(', ')} alerts (the template's events), so it always renders empty`
      findings.push({ ...at, severity: 'warning', title: 'Token not sent for these events', message })
    }
  }
  return findings
}

function unknownMessage(name: string, known: string[]): string {
  const guess = closestName(name, known)
  const hint = guess ? `did you mean ${guess}? ` : ''
  return (
    `${name} is not a variable templates can read (it would render empty): ${hint}` +
    'use a Dagster+ token (alert_summary, run_status, …), a derived value (alert_status, status_color, …), vars.NAME or github.*'
  )
}
