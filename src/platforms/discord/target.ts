import { InputError } from '../../errors.js'
import { parseEndpoint } from '../shared/endpoint.js'
import type { Target } from '../types.js'
import { WEBHOOK_PATH, lookAlike } from './descriptor.js'

const WEBHOOK_PREFIX = /^(\/api(?:\/v\d+)?\/webhooks\/[^/]+\/)/

export const WEBHOOK_URL_HINT =
  'Set it to the channel webhook URL (Server Settings › Integrations › Webhooks), stored as a secret'

/** The webhook URL as it may be shown: the token (and anything after the webhook id) masked. */
export function maskWebhookUrl(url: URL): string {
  const prefix = WEBHOOK_PREFIX.exec(url.pathname)?.[1]
  return prefix ? `${url.origin}${prefix}***` : `${url.origin}/…`
}

/** The page a person opens for a message: https://discord.com/channels/{guild}/{channel}/{message}. */
export function messageLink(guildId: string, channelId: string, messageId: string): string {
  return `https://discord.com/channels/${guildId}/${channelId}/${messageId}`
}

export function resolveTarget(url: string | undefined, _template: string | undefined): Target {
  const endpoint = parseEndpoint(url, { required: 'Discord', hint: WEBHOOK_URL_HINT, mask: maskWebhookUrl, lookAlike })
  if (!WEBHOOK_PATH.test(endpoint.pathname)) {
    throw new InputError(
      'url',
      `${maskWebhookUrl(endpoint)} is not a Discord webhook URL (its path must be /api/webhooks/{id}/{token})`,
      WEBHOOK_URL_HINT
    )
  }
  // wait=true makes Discord answer with the message, whose id and channel the outputs need.
  endpoint.searchParams.set('wait', 'true')
  return { endpoint, defaultTemplate: 'discord' }
}

/** Check mode's placeholder webhook (never contacted). */
export function sampleTarget(templateFile: string): Target {
  return resolveTarget('https://discord.com/api/webhooks/123456789012345678/check-mode-placeholder', templateFile)
}

/** The webhook itself (GET answers with its guild): the endpoint without wait/thread_id or other query. */
export function webhookUrl(endpoint: URL): string {
  const url = new URL(endpoint)
  url.search = ''
  return url.toString()
}
