import type { KnownKeys } from '../types.js'

// HTTP alert sources: https://api-docs.incident.io/tag/Alert-Events-V2 (the event's fields) and
// https://api-docs.incident.io/#section/Making-requests/Rate-limiting (1200 requests a minute per API key).
// incident.io documents no length limits for these fields.

/** `status`: what the event says about the alert of its deduplication_key. */
export const STATUSES: readonly string[] = ['firing', 'resolved']

/** The event's fields; incident.io ignores any other key. */
export const KNOWN_KEYS: KnownKeys = {
  unknown: 'ignores',
  tree: {
    title: true,
    description: true,
    deduplication_key: true,
    status: true,
    source_url: true,
    metadata: true
  }
}
