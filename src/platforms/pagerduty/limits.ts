import type { KnownKeys } from '../types.js'

// Events API v2: https://developer.pagerduty.com/docs/events-api-v2/trigger-events/ (the PD-CEF fields) and
// https://developer.pagerduty.com/docs/events-api-v2-overview (size and rate limits).

/** `payload.summary`: "a brief text summary of the event", at most 1024 characters. */
export const SUMMARY_MAX = 1024
/** `dedup_key`: at most 255 characters. */
export const DEDUP_KEY_MAX = 255
/** "Events API payloads are limited to 512 KB". */
export const EVENT_MAX_BYTES = 512 * 1024
/** `payload.severity`: the four PagerDuty knows. */
export const SEVERITIES: readonly string[] = ['critical', 'error', 'warning', 'info']

/** The event's fields; PagerDuty ignores any other key. */
export const KNOWN_KEYS: KnownKeys = {
  unknown: 'ignores',
  tree: {
    routing_key: true,
    event_action: true,
    dedup_key: true,
    payload: {
      summary: true,
      source: true,
      severity: true,
      timestamp: true,
      component: true,
      group: true,
      class: true,
      custom_details: true
    },
    images: { src: true, href: true, alt: true },
    links: { href: true, text: true },
    client: true,
    client_url: true
  }
}
