import type { SharedFault, StandIn } from './http.js'
import type { RateLimitOptions } from './rate-limit.js'

export interface SlackChannel {
  /** Slack's channel ID, e.g. C0ALERTS001. */
  id: string
  name: string
  /** Whether the app's bot is in the channel (chat.postMessage answers not_in_channel otherwise). */
  member: boolean
  archived: boolean
}

/** Rate limits (on by default): 1 message per second per channel after a burst of 10; beyond, 429 with Retry-After. */
export interface SlackOptions extends RateLimitOptions {
  /** Channels of the workspace; by default #data-alerts (bot is a member), #random (not) and #old-alerts (archived). */
  channels?: SlackChannel[]
  /** The channel the incoming webhook posts to; the first channel when absent. */
  webhookChannelId?: string
  botToken?: string
  webhookSecret?: string
  /** Workspace subdomain used in permalinks (https://DOMAIN.slack.com/archives/…). */
  domain?: string
  /**
   * conversations.history/.replies rate: `tier3` (default, 50 a minute, up to 999 a page: a team's own app) or
   * `restricted` (1 a minute, 15 a page: a commercially distributed non-Marketplace app created after May 2025).
   */
  historyTier?: 'tier3' | 'restricted'
}

/** `rate-limit` answers HTTP 429 with Retry-After: text `rate_limited` for webhooks, `{ok: false, error: 'ratelimited'}` for the API. */
export type SlackFault = SharedFault

/** A mention that would notify someone, as written: `<!here>`, `<!subteam^S1>`, `<@U123>`, `@channel`. */
export interface SlackPing {
  ts: string
  mention: string
}

export interface SlackMessage {
  ts: string
  /** The channel ID the message is in. */
  channel: string
  via: 'webhook' | 'api'
  /** The request body as received, with chat.update's fields laid over it. */
  payload: Record<string, unknown>
  pings: string[]
  /** The parent's ts, for a reply in a thread. */
  threadTs?: string
  /** A reply also shown in the channel (reply_broadcast). */
  broadcast?: boolean
  /** Message metadata, listed by the history methods with include_all_metadata. */
  metadata?: { event_type: string; event_payload: Record<string, unknown> }
  /** Each chat.update, in order. */
  edits: { ts: string; payload: Record<string, unknown> }[]
}

export interface SlackState {
  teamId: string
  domain: string
  botToken: string
  botUserId: string
  webhook: { teamId: string; botId: string; secret: string; channelId: string }
  channels: SlackChannel[]
  messages: SlackMessage[]
  pings: SlackPing[]
}

export type SlackStandIn = StandIn<SlackFault, SlackState> & {
  /** `${url}/services/T…/B…/secret`, the pre-created incoming webhook. */
  webhookUrl(): string
  /** `${url}/api/METHOD` (default chat.postMessage). */
  apiUrl(method?: string): string
  /** The permalink chat.getPermalink gives for a message. */
  permalink(channelId: string, ts: string): string
}

export function startSlack(options?: SlackOptions): Promise<SlackStandIn>

/** Slack's `response_metadata.messages` for a `blocks` value; empty when Slack would accept it. */
export function blockKitErrors(blocks: unknown): string[]

/** Mentions in a message body that would notify someone. */
export function slackPings(payload: Record<string, unknown>): string[]
