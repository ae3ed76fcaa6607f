import { parseEndpoint } from '../shared/endpoint.js'
import type { Target } from '../types.js'

const URL_HINT =
  "Set url to your receiver's endpoint, e.g. https://alerts.example.com/hooks/dagster, and platform to webhook"

/** Internal receivers often live on plain http inside a network, so both schemes are allowed. */
export function resolveTarget(url: string | undefined, _template: string | undefined): Target {
  const endpoint = parseEndpoint(url, { required: 'webhook', hint: URL_HINT, allowPlainHttp: true })
  return { endpoint, defaultTemplate: 'webhook' }
}

/** Check mode's placeholder receiver (never contacted). */
export function sampleTarget(templateFile: string): Target {
  return resolveTarget('https://example.com/dagster-alert-relay/check-mode-placeholder', templateFile)
}
