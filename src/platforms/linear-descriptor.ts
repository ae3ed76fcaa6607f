import type { PlatformDescriptor } from './types.js'

export function matches(url: URL): boolean {
  return url.hostname === 'api.linear.app'
}

export const linearDescriptor: PlatformDescriptor = { name: 'linear', matches, load: () => import('./linear.js').then(module => module.linear) }
