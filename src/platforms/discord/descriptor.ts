import type { PlatformDescriptor, UrlMistake } from '../types.js'

const DISCORD_HOSTS = new Set(
  ['discord.com', 'discordapp.com'].flatMap(host => [host, `ptb.${host}`, `canary.${host}`])
)
/** The execute-webhook path; the last segment is the token, a credential. */
export const WEBHOOK_PATH = /^\/api(?:\/v\d+)?\/webhooks\/(\d+)\/([\w-]+)\/?$/

function matches(url: URL): boolean {
  return DISCORD_HOSTS.has(url.hostname.toLowerCase()) && WEBHOOK_PATH.test(url.pathname)
}

/** The link a browser shows for a channel or message (https://discord.com/channels/…), copied instead of a webhook URL. */
export function lookAlike(url: URL): UrlMistake | undefined {
  if (!DISCORD_HOSTS.has(url.hostname.toLowerCase()) || !/^\/channels\//.test(url.pathname)) return undefined
  return {
    problem: `${url.origin}/channels/… is a link to a Discord channel or message, not a webhook URL`,
    fix:
      'Copy the webhook URL instead: Server Settings › Integrations › Webhooks › (New Webhook, or pick one for the channel) › ' +
      'Copy Webhook URL (https://discord.com/api/webhooks/…), and store it as a secret'
  }
}

export const discordDescriptor: PlatformDescriptor = {
  name: 'discord',
  displayName: 'Discord',
  matches,
  lookAlike,
  credentialPath: /\/api(?:\/v\d+)?\/webhooks\/\d+\/([^/?#]+)/,
  load: () => import('./index.js').then(module => module.discord)
}
