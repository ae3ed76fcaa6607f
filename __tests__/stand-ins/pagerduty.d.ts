import type { SharedFault, StandIn } from './http.js'
import type { RateLimitOptions } from './rate-limit.js'

/**
 * Rate limit (on by default): 120 events per routing key in any 60 s, then 429 `throttle exceeded` without a
 * Retry-After (PagerDuty documents none).
 */
export interface PagerDutyOptions extends RateLimitOptions {
  /** The integration (routing) keys that exist; one random 32-character key when absent. */
  routingKeys?: string[]
}

/** One alert PagerDuty keeps for a routing key and dedup_key (an incident on the service). */
export interface PagerDutyIncident {
  routingKey: string
  dedupKey: string
  status: 'triggered' | 'acknowledged' | 'resolved'
  /** From the trigger that opened it. */
  summary: string
  severity: 'critical' | 'error' | 'warning' | 'info'
  /** The event that opened it and the last one applied to it, as received. */
  firstEvent: Record<string, unknown>
  lastEvent: Record<string, unknown>
  /** Triggers folded into it, the opening one included. */
  triggers: number
  acknowledges: number
  createdAt: string
  updatedAt: string
  resolvedAt: string | null
}

/** Every accepted event and what became of it (`dropped`: an acknowledge or resolve with no open alert). */
export interface PagerDutyEvent {
  routingKey: string
  dedupKey: string
  action: 'trigger' | 'acknowledge' | 'resolve'
  outcome: 'opened' | 'folded' | 'acknowledged' | 'resolved' | 'dropped'
}

export interface PagerDutyState {
  routingKeys: string[]
  incidents: PagerDutyIncident[]
  events: PagerDutyEvent[]
}

export type PagerDutyStandIn = StandIn<SharedFault, PagerDutyState> & {
  /** `${url}/v2/enqueue` */
  enqueueUrl(): string
}

export function startPagerDuty(options?: PagerDutyOptions): Promise<PagerDutyStandIn>

/** A routing key in the shape PagerDuty issues (32 hex characters). */
export function newRoutingKey(): string
