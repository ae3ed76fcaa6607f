import type { PlatformDescriptor, UrlMistake } from '../types.js'

const WORKFLOW_HOSTS = [/\.logic\.azure\.com$/i, /\.environment\.api\.powerplatform\.com$/i]
const TRIGGER_PATH = /\/workflows\/[^/]+\/triggers\/[^/]+\/paths\/invoke\/?$/i

export function isWorkflowHost(url: URL): boolean {
  return WORKFLOW_HOSTS.some(host => host.test(url.hostname))
}

function matches(url: URL): boolean {
  return isWorkflowHost(url) && TRIGGER_PATH.test(url.pathname)
}

/** The "Get link to channel" link (https://teams.microsoft.com/l/channel/…), copied instead of a workflow's URL. */
export function lookAlike(url: URL): UrlMistake | undefined {
  if (!/^teams\.(microsoft\.com|cloud\.microsoft)$/i.test(url.hostname) || !/^\/l\//.test(url.pathname))
    return undefined
  return {
    problem: `${url.origin}${url.pathname.startsWith('/l/channel/') ? '/l/channel' : '/l'}/… is a link to a Teams channel or message, not a webhook URL`,
    fix: `Set platform: teams and url to the URL of a Teams workflow's "When a Teams webhook request is received" trigger (channel › Workflows › "Send webhook alerts to a channel"), copied whole and stored as a secret`
  }
}

export const teamsDescriptor: PlatformDescriptor = {
  name: 'teams',
  displayName: 'Teams',
  matches,
  lookAlike,
  load: () => import('./index.js').then(module => module.teams)
}
