import type { SharedFault, StandIn } from './http.js'
import type { RateLimitOptions } from './rate-limit.js'

/**
 * Rate limits (on by default): the Alert domain's per-minute and per-second rolling windows for the account, every
 * Alert API request counted; beyond, 429 with X-RateLimit-State THROTTLED and X-RateLimit-Period-In-Sec (60 or 1).
 */
export interface OpsgenieOptions extends RateLimitOptions {
  /** API integration keys (may create, close and read); one random UUID when absent. */
  apiKeys?: string[]
  /** Account keys from API Key Management: they authenticate, read, and get 403 40301 on create and close. */
  accountKeys?: string[]
  /** How long a create or close waits before it is processed (default 0: at once, before the 202 is sent). */
  processingDelayMs?: number
  /** Creates are accepted (202) and then fail in processing with this status (e.g. an integration's rule refusing). */
  createFailure?: string
  /** The Alert domain's limits (defaults 600 a minute and 10 a second: not checked against Opsgenie's table). */
  limits?: { perMinute?: number; perSecond?: number }
}

export interface OpsgenieAlert {
  id: string
  tinyId: string
  alias: string
  message: string
  status: 'open' | 'closed'
  /** Creates folded into it by alias, the first included. */
  count: number
  priority: 'P1' | 'P2' | 'P3' | 'P4' | 'P5'
  /** The create request's body, as received. */
  body: Record<string, unknown>
  createdAt: string
  updatedAt: string
  lastOccurredAt: string
  closedAt: string | null
  /** The close request's body (user, source, note), as received. */
  closeBody: Record<string, unknown> | null
}

/** An accepted create or close: what GET /v2/alerts/requests/{requestId} reports once it is processed. */
export interface OpsgenieRequest {
  requestId: string
  action: 'Create' | 'Close'
  receivedAt: string
  processedAt: string | null
  isSuccess?: boolean
  /** `Created alert`, `Closed alert`, `Alert does not exist`. */
  status?: string
  alertId?: string
  alias?: string
}

export interface OpsgenieState {
  apiKeys: string[]
  accountKeys: string[]
  /** The integration every request status names. */
  integrationId: string
  /** Change it between requests to make processing slower or faster. */
  processingDelayMs: number
  /** Set: every create fails in processing with this status (isSuccess false), after its 202. */
  createFailure: string | null
  alerts: OpsgenieAlert[]
  requests: OpsgenieRequest[]
}

export type OpsgenieStandIn = StandIn<SharedFault, OpsgenieState> & {
  /** `${url}/v2/alerts` */
  alertsUrl(): string
  /** `GenieKey <key>` for the first integration key, or the one given. */
  authorization(key?: string): string
}

export function startOpsgenie(options?: OpsgenieOptions): Promise<OpsgenieStandIn>
