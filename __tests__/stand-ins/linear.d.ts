import type { SharedFault, StandIn } from './http.js'

export interface LinearTeam {
  /** A UUID. */
  id: string
  key: string
  name?: string
}

export interface LinearLabel {
  id: string
  name: string
}

export interface LinearOptions {
  /** Personal API key (`lin_api_…`); generated when absent. */
  apiKey?: string
  teams?: LinearTeam[]
  labels?: LinearLabel[]
  /** The workspace slug in issue URLs. */
  organization?: string
  /** Validate against Linear's schema from the contracts when present (default true); else a built-in subset. */
  useContracts?: boolean
}

interface LinearFaultBase {
  method?: string
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

export type LinearFault = SharedFault | RateLimitedFault | GraphqlErrorFault | SuccessFalseFault

export interface LinearIssue {
  id: string
  identifier: string
  number: number
  url: string
  title: string
  teamId: string
  /** The `input` argument as received (after GraphQL coercion). */
  input: Record<string, unknown>
}

export interface LinearState {
  apiKey: string
  teams: Required<LinearTeam>[]
  labels: LinearLabel[]
  issues: LinearIssue[]
}

export type LinearStandIn = StandIn<LinearFault, LinearState> & {
  /** `${url}/graphql` */
  graphqlUrl: string
}

export function startLinear(options?: LinearOptions): Promise<LinearStandIn>
