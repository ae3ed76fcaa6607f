import type { PlatformDescriptor, UrlMistake } from '../types.js'

const WEBHOOK_HOSTS = new Set(['hooks.slack.com', 'hooks.slack-gov.com'])
const API_HOSTS = new Set(['slack.com', 'slack-gov.com'])
export const POST_MESSAGE_PATH = /^\/api\/chat\.postMessage\/?$/

export const POST_MESSAGE_URL = 'https://slack.com/api/chat.postMessage'

function matches(url: URL): boolean {
  const host = url.hostname.toLowerCase()
  // Every hooks.slack.com URL is claimed, so a workflow trigger gets Slack's explanation rather than "cannot infer".
  return WEBHOOK_HOSTS.has(host) || (API_HOSTS.has(host) && POST_MESSAGE_PATH.test(url.pathname))
}

/** Links a browser shows for a workspace, channel or message: app.slack.com/client/…, WORKSPACE.slack.com/archives/…. */
export function lookAlike(url: URL): UrlMistake | undefined {
  const host = url.hostname.toLowerCase()
  const appLink = host === 'app.slack.com' && /^\/client(\/|$)/.test(url.pathname)
  const archiveLink = /\.slack\.com$/.test(host) && /^\/archives(\/|$)/.test(url.pathname)
  if (!appLink && !archiveLink) return undefined
  return {
    problem: `${url.origin}${appLink ? '/client' : '/archives'}/… is a link to a Slack channel or message, not a webhook URL`,
    fix:
      'Create an incoming webhook for the channel (api.slack.com/apps › your app › Incoming Webhooks › Add New Webhook) and ' +
      `set url to its https://hooks.slack.com/services/… URL, stored as a secret; or use ${POST_MESSAGE_URL} with a bot ` +
      'token and vars: channel: C0123456789 (the ID at the end of a channel link)'
  }
}

export const slackDescriptor: PlatformDescriptor = {
  name: 'slack',
  displayName: 'Slack',
  matches,
  lookAlike,
  credentialPath: /^\/services\/[^/]+\/[^/]+\/([^/?#]+)/,
  load: () => import('./index.js').then(module => module.slack)
}
