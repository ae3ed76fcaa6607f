import type { SharedFault, StandIn } from './http.js'
import type { RateLimitOptions } from './rate-limit.js'

export interface LinearTeam {
  /** A UUID. */
  id: string
  key: string
  name?: string
}

export interface LinearLabel {
  id: string
  name: string
  /** A team label; absent: a workspace label. */
  teamId?: string
  color?: string
  description?: string
}

/** One state of a team's workflow; each team gets Backlog, Todo, In Progress, Done (completed), Canceled. */
export interface LinearWorkflowState {
  id: string
  teamId: string
  name: string
  type: 'triage' | 'backlog' | 'unstarted' | 'started' | 'completed' | 'canceled' | 'duplicate'
  position: number
  color: string
}

/**
 * How far `issues(filter:)` lags: a new issue shows up only after it matched `searches` searches (and was
 * hidden from those), and no sooner than `ms` after it was created.
 */
export interface LinearSearchLag {
  searches?: number
  ms?: number
}

export interface LinearComment {
  id: string
  body: string
  createdAt: string
}

/** Rate limits (on by default): 2,500 requests per hour per API key (leaky bucket); beyond, HTTP 400 RATELIMITED with reset headers in epoch ms. */
export interface LinearOptions extends RateLimitOptions {
  /** Personal API key (`lin_api_…`); generated when absent. */
  apiKey?: string
  teams?: LinearTeam[]
  labels?: LinearLabel[]
  /** The workspace slug in issue URLs. */
  organization?: string
  /** Validate against Linear's schema from the contracts when present (default true); else a built-in subset. */
  useContracts?: boolean
  searchLag?: LinearSearchLag
}

interface LinearFaultBase {
  method?: string
  /** Applies only to a request whose query calls this field (e.g. 'issueCreate'); others pass it by. */
  operation?: string
}
/** HTTP 200 (or 400) with `errors: [{ message: 'Rate limit exceeded', extensions: { code: 'RATELIMITED' } }]`. */
export interface RateLimitedFault extends LinearFaultBase {
  kind: 'ratelimited-200' | 'ratelimited-400'
  /** Seconds until the request budget refills (X-RateLimit-Requests-Reset); default 1. */
  retryAfter?: number
}
/** HTTP 200 with a GraphQL error and `data: null`. */
export interface GraphqlErrorFault extends LinearFaultBase {
  kind: 'graphql-error-200'
  message?: string
  code?: string
}
/** Executes the request, but `issueCreate` answers `success: false` with no issue (and creates nothing). */
export interface SuccessFalseFault extends LinearFaultBase {
  kind: 'success-false'
}

/** Executes the request (an issueCreate stores its issue), then never answers: a reply lost after the fact. */
export interface StoreThenHangFault extends LinearFaultBase {
  kind: 'store-then-hang'
}

export type LinearFault =
  (SharedFault & LinearFaultBase) | RateLimitedFault | GraphqlErrorFault | SuccessFalseFault | StoreThenHangFault

export interface LinearIssue {
  id: string
  identifier: string
  number: number
  url: string
  title: string
  teamId: string
  /** The `input` argument as received (after GraphQL coercion). */
  input: Record<string, unknown>
  stateId: string
  comments: LinearComment[]
  createdAt: string
  /** Searches the issue matched so far (for the search lag). */
  searchesSeen: number
}

/** `issueId` is `type` of `relatedIssueId` (for duplicate: its duplicate). */
export interface LinearRelation {
  id: string
  type: 'blocks' | 'duplicate' | 'related' | 'similar'
  issueId: string
  relatedIssueId: string
  createdAt: string
}

export interface LinearState {
  apiKey: string
  teams: Required<LinearTeam>[]
  labels: LinearLabel[]
  issues: LinearIssue[]
  workflowStates: LinearWorkflowState[]
  relations: LinearRelation[]
  /** Change it between runs to make searches lag. */
  searchLag: LinearSearchLag
}

export type LinearStandIn = StandIn<LinearFault, LinearState> & {
  /** `${url}/graphql` */
  graphqlUrl: string
}

export function startLinear(options?: LinearOptions): Promise<LinearStandIn>
