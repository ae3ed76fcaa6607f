import type { PlatformDescriptor } from './types.js'

const WORKFLOW_HOSTS = [/\.logic\.azure\.com$/i, /\.environment\.api\.powerplatform\.com$/i]
const TRIGGER_PATH = /\/workflows\/[^/]+\/triggers\/[^/]+\/paths\/invoke\/?$/i

export function isWorkflowHost(url: URL): boolean {
  return WORKFLOW_HOSTS.some(host => host.test(url.hostname))
}

export function matches(url: URL): boolean {
  return isWorkflowHost(url) && TRIGGER_PATH.test(url.pathname)
}

export const teamsDescriptor: PlatformDescriptor = { name: 'teams', matches, load: () => import('./teams.js').then(module => module.teams) }
