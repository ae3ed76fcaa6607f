import { InputError } from '../../errors.js'
import { parseEndpoint } from '../shared/endpoint.js'
import type { Target } from '../types.js'
import { DEFAULT_ENDPOINT, lookAlike } from './descriptor.js'

export function resolveTarget(url: string | undefined): Target {
  const fix = `Use ${DEFAULT_ENDPOINT} (or leave url unset)`
  const endpoint = parseEndpoint(url, { fallback: DEFAULT_ENDPOINT, hint: fix, lookAlike })
  if (!/\/graphql\/?$/.test(endpoint.pathname)) {
    throw new InputError('url', `has the path '${endpoint.pathname}', not Linear's GraphQL endpoint (…/graphql)`, fix)
  }
  return { endpoint, defaultTemplate: 'linear' }
}
