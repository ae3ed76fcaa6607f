import { InputError } from '../../errors.js'
import { parseEndpoint } from '../shared/endpoint.js'
import type { Target } from '../types.js'
import { EVENTS_PATH, isApiHost, lookAlike } from './descriptor.js'

export const URL_HINT =
  "Set it to the HTTP alert source's URL, https://api.incident.io/v2/alert_events/http/<config id> (Alerts › Sources › your HTTP source)"

/** An HTTP alert source's endpoint (there is no default: each source has its own). */
export function resolveTarget(url: string | undefined, _template: string | undefined): Target {
  const endpoint = parseEndpoint(url, { required: 'incident.io', hint: URL_HINT, lookAlike })
  if (isApiHost(endpoint) && !EVENTS_PATH.test(endpoint.pathname))
    throw new InputError('url', `${endpoint.origin}${endpoint.pathname} is not an HTTP alert source's URL`, URL_HINT)
  return { endpoint, defaultTemplate: 'incidentio' }
}

/** Check mode's placeholder alert source (never contacted). */
export function sampleTarget(templateFile: string): Target {
  return resolveTarget('https://api.incident.io/v2/alert_events/http/01CHECKM0DEP1ACEH01DER00000', templateFile)
}
