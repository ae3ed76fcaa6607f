import type { SharedFault, StandIn } from './http.js'
import type { RateLimitOptions } from './rate-limit.js'

/**
 * Rate limits (on by default): 5 requests per 2 s per webhook and route (X-RateLimit-* headers on every reply; an
 * edit shares the post's bucket), and 30 messages per 60 s per channel, edits included (a 429 with
 * X-RateLimit-Scope: shared asking for the rest of the window).
 */
export interface DiscordOptions extends RateLimitOptions {
  /** Webhook id (a snowflake); generated when absent. */
  webhookId?: string
  /** Webhook token; generated when absent. */
  token?: string
  guildId?: string
  channelId?: string
  /** Threads of the channel that `?thread_id=` may name; one is created when absent. */
  threadIds?: string[]
  /** Webhook name, the default author name. */
  name?: string
  /** The webhook's channel is a forum: each message needs ?thread_id= or a thread_name (a new post); default false. */
  forum?: boolean
  /** Validate bodies against Discord's OpenAPI schema too, when the contract is present (default true). */
  useContracts?: boolean
}

/** A mention that would notify someone: `@everyone`, `@here`, `<@USER_ID>` or `<@&ROLE_ID>`. */
export interface DiscordPing {
  messageId: string
  mention: string
}

export interface DiscordMessage {
  id: string
  /** The channel it is in: the webhook's channel, a thread, or (for a forum post's first message) the post. */
  channelId: string
  /** The request body as received, with every edit's fields laid over it. */
  payload: Record<string, unknown>
  /** The mentions the current version notifies. */
  pings: DiscordPing[]
  /** Each edit, in order: when, and the fields it sent. */
  edits: { at: string; payload: Record<string, unknown> }[]
}

export interface DiscordState {
  webhook: {
    id: string
    token: string
    guildId: string
    channelId: string
    threadIds: string[]
    name: string
    forum: boolean
  }
  messages: DiscordMessage[]
  pings: DiscordPing[]
}

export type DiscordStandIn = StandIn<SharedFault, DiscordState> & {
  /** `${url}/api/webhooks/<id>/<token>` for the pre-created webhook. */
  webhookUrl(): string
}

export function startDiscord(options?: DiscordOptions): Promise<DiscordStandIn>
