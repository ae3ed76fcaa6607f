import { InputError } from '../../errors.js'
import { parseEndpoint } from '../shared/endpoint.js'
import type { Target } from '../types.js'
import { POST_MESSAGE_PATH, POST_MESSAGE_URL, lookAlike } from './descriptor.js'

/** An incoming webhook: /services/{team}/{bot}/{secret}; the last segment is a credential. */
const WEBHOOK_PATH = /^\/services\/([^/]+)\/([^/]+)\/([^/]+)\/?$/
/** Workflow Builder webhooks take workflow variables, not messages. */
const TRIGGER_PATH = /^\/triggers\//

const URL_HINT =
  'Set url to an incoming webhook URL (https://hooks.slack.com/services/…, stored as a secret), or to ' +
  `${POST_MESSAGE_URL} with headers \`Authorization: Bearer xoxb-…\` and vars: channel`
export const TOKEN_HINT =
  'Set headers to `Authorization: Bearer xoxb-…` (the bot token of your Slack app) from a secret'
export const CHANNEL_HINT = "set vars: channel: C0123456789 (the channel ID, shown in the channel's details)"

export function isIncomingWebhook(endpoint: URL): boolean {
  return WEBHOOK_PATH.test(endpoint.pathname)
}

/** The URL as it may be shown: the webhook secret masked, an API method's path, no query; any other path may hold a secret. */
export function maskSlackUrl(url: URL): string {
  const webhook = WEBHOOK_PATH.exec(url.pathname)
  if (webhook) return `${url.origin}/services/${webhook[1]}/${webhook[2]}/***`
  return /^\/api\/[\w.]+$/.test(url.pathname) ? `${url.origin}${url.pathname}` : `${url.origin}/…`
}

/** Where requests go when `url` is not set: the Web API method, with a bot token in the headers. */
export function resolveTarget(url: string | undefined, _template: string | undefined): Target {
  const endpoint = parseEndpoint(url, { fallback: POST_MESSAGE_URL, hint: URL_HINT, mask: maskSlackUrl, lookAlike })
  if (TRIGGER_PATH.test(endpoint.pathname)) {
    throw new InputError(
      'url',
      `${endpoint.origin}/triggers/… is a Workflow Builder webhook, which takes workflow variables, not messages`,
      URL_HINT
    )
  }
  if (!WEBHOOK_PATH.test(endpoint.pathname) && !POST_MESSAGE_PATH.test(endpoint.pathname)) {
    throw new InputError(
      'url',
      `${maskSlackUrl(endpoint)} is neither a Slack incoming webhook (/services/T…/B…/…) nor chat.postMessage`,
      URL_HINT
    )
  }
  return { endpoint, defaultTemplate: 'slack' }
}
