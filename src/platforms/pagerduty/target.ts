import { InputError } from '../../errors.js'
import { parseEndpoint } from '../shared/endpoint.js'
import type { Target } from '../types.js'
import { isEventsHost, lookAlike } from './descriptor.js'

const DEFAULT_ENDPOINT = 'https://events.pagerduty.com/v2/enqueue'
const ENQUEUE_PATH = /^\/v2\/enqueue\/?$/

const URL_HINT =
  'Leave url unset for https://events.pagerduty.com/v2/enqueue, or set it to https://events.eu.pagerduty.com/v2/enqueue for an account in the EU region'

/** The Events API v2 endpoint; the US host when `url` is unset. */
export function resolveTarget(url: string | undefined, _template: string | undefined): Target {
  const endpoint = parseEndpoint(url, { fallback: DEFAULT_ENDPOINT, hint: URL_HINT, lookAlike })
  if (isEventsHost(endpoint) && !ENQUEUE_PATH.test(endpoint.pathname))
    throw new InputError('url', `${endpoint.origin}${endpoint.pathname} is not the Events API v2 endpoint`, URL_HINT)
  return { endpoint, defaultTemplate: 'pagerduty' }
}
