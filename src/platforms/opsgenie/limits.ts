import type { KnownKeys } from '../types.js'

// Alert API, Create Alert and Close Alert: https://docs.opsgenie.com/docs/alert-api (field limits) and
// https://docs.opsgenie.com/docs/api-rate-limiting (the Alert domain's per-minute and per-second windows).

/** Text fields of Create Alert and Close Alert, in characters. */
export const TEXT_LIMITS = {
  message: 130,
  alias: 512,
  description: 15000,
  entity: 512,
  source: 100,
  user: 100,
  note: 25000
} as const
/** `tags`: at most 20, each at most 50 characters. */
export const TAGS = { items: 20, length: 50 }
/** `details`: a map of texts, keys and values at most 8000 characters together. */
export const DETAILS_MAX = 8000
export const PRIORITIES: readonly string[] = ['P1', 'P2', 'P3', 'P4', 'P5']

/** Create Alert's fields (Close Alert's user, source and note among them); Opsgenie ignores any other key. */
export const KNOWN_KEYS: KnownKeys = {
  unknown: 'ignores',
  tree: {
    message: true,
    alias: true,
    description: true,
    responders: true,
    visibleTo: true,
    actions: true,
    tags: true,
    details: true,
    entity: true,
    source: true,
    priority: true,
    user: true,
    note: true
  }
}
