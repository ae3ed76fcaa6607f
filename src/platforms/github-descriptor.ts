import type { PlatformDescriptor } from './types.js'

export function matches(url: URL): boolean {
  return url.hostname.toLowerCase() === 'api.github.com' || /^\/api\/v3\/?$/.test(url.pathname)
}

export const githubDescriptor: PlatformDescriptor = {
  name: 'github',
  displayName: 'GitHub',
  matches,
  load: () => import('./github.js').then(module => module.github)
}
