import type { KnownKeys, RateLimitHeaders } from '../types.js'

/** Discord's documented limits, in characters (code points) or items. */
export const LIMITS = {
  /** https://discord.com/developers/docs/resources/webhook#execute-webhook (content: up to 2000 characters) */
  content: 2000,
  /** https://discord.com/developers/docs/resources/webhook#execute-webhook (username; the API answers 1–80 characters) */
  username: 80,
  /** https://discord.com/developers/docs/resources/webhook#execute-webhook (embeds: up to 10) */
  embeds: 10,
  /** https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
  title: 256,
  /** https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
  description: 4096,
  /** https://discord.com/developers/docs/resources/message#embed-object-embed-limits (up to 25 field objects) */
  fields: 25,
  /** https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
  fieldName: 256,
  /** https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
  fieldValue: 1024,
  /** https://discord.com/developers/docs/resources/message#embed-object-embed-limits (footer.text) */
  footer: 2048,
  /** https://discord.com/developers/docs/resources/message#embed-object-embed-limits (author.name) */
  author: 256,
  /** https://discord.com/developers/docs/resources/webhook#execute-webhook (thread_name: a forum post's name, 1–100 characters) */
  threadName: 100,
  /** https://discord.com/developers/docs/resources/message#embed-object-embed-limits (all embeds of a message together) */
  embedTotal: 6000,
  /** https://discord.com/developers/docs/resources/message#allowed-mentions-object (users and roles: up to 100 ids each) */
  mentionIds: 100,
  /** https://discord.com/developers/docs/resources/message#embed-object-embed-structure (color: an RGB integer, 0xffffff at most) */
  color: 0xffffff
} as const

const MEDIA_KEYS = { url: true, width: true, height: true, description: true } as const

/** Execute Webhook's JSON parameters and the embed object (contracts/discord-openapi.json); Discord drops any other key. */
export const KNOWN_KEYS: KnownKeys = {
  unknown: 'ignores',
  tree: {
    content: true,
    username: true,
    avatar_url: true,
    tts: true,
    embeds: {
      type: true,
      title: true,
      description: true,
      url: true,
      timestamp: true,
      color: true,
      fields: { name: true, value: true, inline: true },
      footer: { text: true, icon_url: true },
      author: { name: true, url: true, icon_url: true },
      image: MEDIA_KEYS,
      thumbnail: MEDIA_KEYS,
      video: MEDIA_KEYS,
      provider: { name: true, url: true }
    },
    allowed_mentions: { parse: true, roles: true, users: true, replied_user: true },
    components: true,
    attachments: true,
    poll: true,
    flags: true,
    thread_name: true,
    applied_tags: true
  }
}

/** The per-webhook bucket. The per-channel limit is not in these headers: its 429 says how long to wait. */
export const RATE_LIMIT_HEADERS: readonly RateLimitHeaders[] = [
  { remaining: 'x-ratelimit-remaining', reset: 'x-ratelimit-reset-after', resetIn: 'seconds' }
]
