import type { PlatformDescriptor } from './types.js'

const WEBHOOK_HOSTS = new Set(['hooks.slack.com', 'hooks.slack-gov.com'])
const API_HOSTS = new Set(['slack.com', 'slack-gov.com'])
export const POST_MESSAGE_PATH = /^\/api\/chat\.postMessage\/?$/

export function matches(url: URL): boolean {
  const host = url.hostname.toLowerCase()
  // Every hooks.slack.com URL is claimed, so a workflow trigger gets Slack's explanation rather than "cannot infer".
  return WEBHOOK_HOSTS.has(host) || (API_HOSTS.has(host) && POST_MESSAGE_PATH.test(url.pathname))
}

export const slackDescriptor: PlatformDescriptor = { name: 'slack', matches, load: () => import('./slack.js').then(module => module.slack) }
