import type { PlatformDescriptor, UrlMistake } from '../types.js'

/** The Alert API hosts: the US instance and the EU one. */
const API_HOSTS: ReadonlySet<string> = new Set(['api.opsgenie.com', 'api.eu.opsgenie.com'])
const OPSGENIE_HOST = /(^|\.)opsgenie\.com$/i

export function isApiHost(url: URL): boolean {
  return API_HOSTS.has(url.hostname.toLowerCase())
}

function matches(url: URL): boolean {
  return isApiHost(url)
}

/** A page of the web app (acme.app.opsgenie.com/…), copied instead of the Alert API endpoint. */
export function lookAlike(url: URL): UrlMistake | undefined {
  if (!OPSGENIE_HOST.test(url.hostname) || isApiHost(url)) return undefined
  return {
    problem: `${url.origin}/… is an Opsgenie page, not the Alert API`,
    fix: 'Set platform: opsgenie and leave url unset (https://api.opsgenie.com/v2/alerts; https://api.eu.opsgenie.com/v2/alerts for an EU account), and token to the API key of an API integration (Settings › Integrations › API)'
  }
}

export const opsgenieDescriptor: PlatformDescriptor = {
  name: 'opsgenie',
  displayName: 'Opsgenie',
  matches,
  lookAlike,
  load: () => import('./index.js').then(module => module.opsgenie)
}
