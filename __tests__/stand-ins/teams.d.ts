import type { SharedFault, RateLimitFault, StandIn } from './http.js'
import type { RateLimitOptions } from './rate-limit.js'

/** Rate limits (on by default): 4,500 invocations per 5 minutes per workflow; beyond, 429 with Retry-After. */
export interface TeamsOptions extends RateLimitOptions {
  /** The workflow id in the URL (32 hex digits); generated when absent. */
  workflowId?: string
  /** The `sig` query value, the URL's credential; generated when absent. */
  sig?: string
}

export interface TeamsMessage {
  /** The request body as received. */
  payload: Record<string, unknown>
  /** The Adaptive Cards of its attachments. */
  cards: Record<string, unknown>[]
}

export interface TeamsState {
  workflowId: string
  sig: string
  /** Messages accepted (answered 202), in order. */
  messages: TeamsMessage[]
  /** Messages answered 202 but never posted: a card used an element or action newer than its version. */
  dropped: TeamsMessage[]
}

export type TeamsStandIn = StandIn<SharedFault | RateLimitFault, TeamsState> & {
  /**
   * The trigger URL with api-version, sp, sv and sig: `logic-apps` is the `/workflows/…` form of older flows,
   * `power-platform` the `/powerautomate/automations/direct/workflows/…` form of newer ones.
   */
  workflowUrl(form?: 'logic-apps' | 'power-platform'): string
}

export function startTeams(options?: TeamsOptions): Promise<TeamsStandIn>
