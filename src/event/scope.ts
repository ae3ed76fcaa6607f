import { DERIVED_NAMES, type Derived } from './derive.js'
import type { Alert } from './normalise.js'
import { TOKENS } from './tokens.js'

/** What `<< … >>` can see: the alert tokens, the derived values, `vars`, and the whole alert as `alert`. */
export function templateScope(alert: Alert, derived: Derived, vars: Record<string, unknown>): Record<string, unknown> {
  // An undefined derived value must stay absent, so templates drop its key instead of printing it.
  const present = Object.entries(derived).filter(([, value]) => value !== undefined)
  return { ...alert, ...Object.fromEntries(present), vars, alert }
}

/** Every variable name a template may use without a warning, whether or not this alert has it. */
export function knownVariableNames(): Set<string> {
  return new Set([...TOKENS.keys(), ...DERIVED_NAMES, 'vars', 'alert', 'github'])
}
