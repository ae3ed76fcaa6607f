import type { PlatformDescriptor } from '../types.js'

/** A generic URL says nothing about its receiver: `webhook` is only ever chosen with `platform: webhook`. */
function matches(): boolean {
  return false
}

export const webhookDescriptor: PlatformDescriptor = {
  name: 'webhook',
  displayName: 'Webhook',
  matches,
  load: () => import('./index.js').then(module => module.webhook)
}
