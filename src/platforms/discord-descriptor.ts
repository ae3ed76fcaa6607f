import type { PlatformDescriptor } from './types.js'

const DISCORD_HOSTS = new Set(
  ['discord.com', 'discordapp.com'].flatMap(host => [host, `ptb.${host}`, `canary.${host}`])
)
/** The execute-webhook path; the last segment is the token, a credential. */
export const WEBHOOK_PATH = /^\/api(?:\/v\d+)?\/webhooks\/(\d+)\/([\w-]+)\/?$/

export function matches(url: URL): boolean {
  return DISCORD_HOSTS.has(url.hostname.toLowerCase()) && WEBHOOK_PATH.test(url.pathname)
}

export const discordDescriptor: PlatformDescriptor = { name: 'discord', matches, load: () => import('./discord.js').then(module => module.discord) }
