import { InputError } from '../../errors.js'
import type { UrlMistake } from '../types.js'

/** Plain http is allowed only here: the stand-ins and local proxies listen on loopback. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

export interface EndpointRules {
  /** The URL used when the input is unset or blank; without it a blank input is an error. */
  fallback?: string
  /** The platform's name, for "is required for X" when there is no fallback. */
  required?: string
  /** What to do, shown with every refusal. */
  hint: string
  /** The URL as messages may show it (it may hold a credential); default scheme and host only. */
  mask?: (url: URL) => string
  /** Any http URL is allowed, not only loopback (a generic webhook receiver inside a network). */
  allowPlainHttp?: boolean
  /** The platform's reading of a link to one of its pages given instead of the endpoint. */
  lookAlike?: (url: URL) => UrlMistake | undefined
}

export function isLoopback(url: URL): boolean {
  return LOOPBACK_HOSTS.has(url.hostname)
}

/** Whether a value is an absolute http(s) URL (links in payloads). */
export function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}

/** `text` as a URL; an invalid one is refused without echoing it, since a URL may carry a token. */
export function parseUrl(text: string, hint: string): URL {
  try {
    return new URL(text)
  } catch {
    throw new InputError('url', 'is not a valid URL', hint)
  }
}

/**
 * The `url` input as an endpoint: https (http only on loopback, or anywhere with `allowPlainHttp`), without
 * its #fragment. Path and host checks stay with each platform.
 */
export function parseEndpoint(text: string | undefined, rules: EndpointRules): URL {
  const given = text?.trim() || rules.fallback
  if (!given) throw new InputError('url', `is required for ${rules.required ?? 'this platform'}`, rules.hint)
  const url = parseUrl(given, rules.hint)
  const mistake = rules.lookAlike?.(url)
  if (mistake) throw new InputError('url', mistake.problem, mistake.fix)
  if (rules.allowPlainHttp) {
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new InputError('url', `must be an http(s) URL, got ${url.protocol}`, rules.hint)
    }
  } else if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) {
    throw new InputError('url', `${(rules.mask ?? schemeAndHost)(url)} must use https`, rules.hint)
  }
  url.hash = ''
  return url
}

function schemeAndHost(url: URL): string {
  return `${url.protocol}//${url.host}`
}
