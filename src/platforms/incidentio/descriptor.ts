import type { PlatformDescriptor, UrlMistake } from '../types.js'

const API_HOST = 'api.incident.io'
const APP_HOST = /(^|\.)incident\.io$/i
/** An HTTP alert source's events endpoint; the group is the alert source config id. */
export const EVENTS_PATH = /^\/v2\/alert_events\/http\/([^/]+)\/?$/

export function isApiHost(url: URL): boolean {
  return url.hostname.toLowerCase() === API_HOST
}

function matches(url: URL): boolean {
  return isApiHost(url) && EVENTS_PATH.test(url.pathname)
}

/** A page of the dashboard (app.incident.io/…) or the site, copied instead of the alert source's URL. */
export function lookAlike(url: URL): UrlMistake | undefined {
  if (!APP_HOST.test(url.hostname) || isApiHost(url)) return undefined
  return {
    problem: `${url.origin}/… is an incident.io page, not an HTTP alert source's endpoint`,
    fix: "Set platform: incidentio and url to the HTTP alert source's URL, https://api.incident.io/v2/alert_events/http/<config id> (Alerts › Sources › your HTTP source), and token to its token"
  }
}

export const incidentioDescriptor: PlatformDescriptor = {
  name: 'incidentio',
  displayName: 'incident.io',
  matches,
  lookAlike,
  load: () => import('./index.js').then(module => module.incidentio)
}
