import { DERIVED_NAMES, type Derived } from './derive.js'
import type { Alert } from './normalise.js'
import { TOKENS } from './tokens.js'

/** What `<< … >>` can see: the alert tokens, the derived values, `vars`, and the whole alert as `alert`. */
export function templateScope(alert: Alert, derived: Derived, vars: Record<string, unknown>): Record<string, unknown> {
  const scope: Record<string, unknown> = { ...alert }
  // Copied as defined, so a value computed when read (the fingerprint) is still computed only when read. An
  // undefined derived value stays absent, so templates drop its key instead of printing it.
  for (const [name, property] of Object.entries(Object.getOwnPropertyDescriptors(derived))) {
    if (!('value' in property) || property.value !== undefined) Object.defineProperty(scope, name, property)
  }
  return Object.assign(scope, { vars, alert })
}

/** Every variable name a template may use without a warning, whether or not this alert has it. */
export function knownVariableNames(): Set<string> {
  return new Set([...TOKENS.keys(), ...DERIVED_NAMES, 'vars', 'alert', 'github'])
}
