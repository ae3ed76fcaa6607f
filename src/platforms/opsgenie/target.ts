import { InputError } from '../../errors.js'
import { parseEndpoint } from '../shared/endpoint.js'
import type { Target } from '../types.js'
import { isApiHost, lookAlike } from './descriptor.js'

const DEFAULT_ENDPOINT = 'https://api.opsgenie.com/v2/alerts'
const ALERTS_PATH = /^\/v2\/alerts\/?$/

export const URL_HINT =
  'Leave url unset for https://api.opsgenie.com/v2/alerts, or set it to https://api.eu.opsgenie.com/v2/alerts for an account in the EU instance'

/** The Alert API's alerts endpoint; the US host when `url` is unset. Close and request status are paths below it. */
export function resolveTarget(url: string | undefined, _template: string | undefined): Target {
  const endpoint = parseEndpoint(url, { fallback: DEFAULT_ENDPOINT, hint: URL_HINT, lookAlike })
  if (isApiHost(endpoint) && !ALERTS_PATH.test(endpoint.pathname))
    throw new InputError('url', `${endpoint.origin}${endpoint.pathname} is not the Alert API's /v2/alerts`, URL_HINT)
  endpoint.pathname = endpoint.pathname.replace(/\/$/, '')
  return { endpoint, defaultTemplate: 'opsgenie' }
}
