import type { KnownKeys } from '../types.js'

// Linear's limits. The schema is https://github.com/linear/linear/blob/master/packages/sdk/src/schema.graphql
// (served at https://api.linear.app/graphql, described at https://linear.app/developers/graphql).

/**
 * Linear's schema documents no title limit (IssueCreateInput.title is a plain String,
 * https://linear.app/developers/graphql); 255 is the usual issue-tracker cap and keeps titles readable.
 */
export const TITLE_MAX = 255
/**
 * Linear documents no description limit (IssueCreateInput.description, https://linear.app/developers/graphql);
 * this is far beyond a useful alert yet a safe request size.
 */
export const DESCRIPTION_MAX = 100_000
/** Linear's back end is JavaScript, so lengths are counted in UTF-16 units (never fewer than code points). */
export const MEASURE = 'utf16'
/** GraphQL's Int is a signed 32-bit integer (https://spec.graphql.org/October2021/#sec-Int). */
export const INT_MAX = 2 ** 31 - 1
/**
 * Issues per search: enough for every open issue a storm of one problem's alerts can leave before they are
 * reconciled (paginated with `first`, https://linear.app/developers/pagination; a connection's complexity is
 * multiplied by `first`, https://linear.app/developers/rate-limiting).
 */
export const SEARCH_LIMIT = 100
/** Labels named after one marker: a few at most (a workspace label, a team's) (https://linear.app/developers/pagination). */
export const LABEL_LIMIT = 10
/**
 * Linear's budgets (requests, complexity, per endpoint): remaining and the refill as epoch milliseconds
 * (`X-RateLimit-<budget>-Remaining` / `-Reset`, https://linear.app/developers/rate-limiting).
 */
export const RATE_LIMIT_HEADERS = ['requests', 'complexity', 'endpoint-requests'].map(budget => ({
  remaining: `x-ratelimit-${budget}-remaining`,
  reset: `x-ratelimit-${budget}-reset`,
  resetIn: 'epoch-milliseconds' as const
}))

/** A GraphQL request's members; Linear ignores any other key. What `variables` holds is validated against the mutation. */
export const KNOWN_KEYS: KnownKeys = {
  unknown: 'ignores',
  tree: { query: true, operationName: true, variables: true, extensions: true }
}
