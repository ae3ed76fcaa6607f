import type { PlatformDescriptor, UrlMistake } from '../types.js'

/** The Events API v2 hosts: the US service region and the EU one. */
const EVENTS_HOSTS: ReadonlySet<string> = new Set(['events.pagerduty.com', 'events.eu.pagerduty.com'])
const PAGERDUTY_HOST = /(^|\.)pagerduty\.com$/i

export function isEventsHost(url: URL): boolean {
  return EVENTS_HOSTS.has(url.hostname.toLowerCase())
}

function matches(url: URL): boolean {
  return isEventsHost(url)
}

/** A page of the web app (acme.pagerduty.com/…) or the REST API, copied instead of the Events API endpoint. */
export function lookAlike(url: URL): UrlMistake | undefined {
  if (!PAGERDUTY_HOST.test(url.hostname) || isEventsHost(url)) return undefined
  return {
    problem: `${url.origin}/… is a PagerDuty page or its REST API, not the Events API v2 endpoint`,
    fix: 'Set platform: pagerduty and leave url unset (https://events.pagerduty.com/v2/enqueue; https://events.eu.pagerduty.com/v2/enqueue for an account in the EU region), and set token to the integration key of an Events API v2 integration on the service (Service › Integrations)'
  }
}

export const pagerdutyDescriptor: PlatformDescriptor = {
  name: 'pagerduty',
  displayName: 'PagerDuty',
  matches,
  lookAlike,
  load: () => import('./index.js').then(module => module.pagerduty)
}
