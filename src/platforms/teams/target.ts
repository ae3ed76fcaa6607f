import { InputError } from '../../errors.js'
import { parseEndpoint } from '../shared/endpoint.js'
import type { Target } from '../types.js'
import { isWorkflowHost, lookAlike } from './descriptor.js'

/** Workflows webhook hosts: Azure Logic Apps (older flows) and Power Platform environments (newer flows). */
export const URL_HINT =
  'Set it to the URL of a Teams workflow\'s "When a Teams webhook request is received" trigger ' +
  '(channel › Workflows › "Send webhook alerts to a channel"), copied whole and stored as a secret'

/** The URL as it may be shown: the query, which holds the `sig` credential, left out. */
export function maskWorkflowUrl(url: URL): string {
  // A workflow's path holds only ids (its credential is the sig parameter); any other URL's path may hold a token.
  if (!isWorkflowHost(url)) return `${url.origin}/…`
  return `${url.origin}${url.pathname}${url.search ? '?…' : ''}`
}

export function resolveTarget(url: string | undefined, _template: string | undefined): Target {
  const endpoint = parseEndpoint(url, { required: 'Teams', hint: URL_HINT, mask: maskWorkflowUrl, lookAlike })
  if (isWorkflowHost(endpoint) && !endpoint.searchParams.get('sig')) {
    throw new InputError(
      'url',
      `${maskWorkflowUrl(endpoint)} has no sig parameter, the signature that lets it post`,
      URL_HINT
    )
  }
  return { endpoint, defaultTemplate: 'teams' }
}

/** Check mode's placeholder workflow URL (never contacted). */
export function sampleTarget(templateFile: string): Target {
  return resolveTarget(
    'https://example.logic.azure.com/workflows/check-mode/triggers/manual/paths/invoke?sig=placeholder',
    templateFile
  )
}
