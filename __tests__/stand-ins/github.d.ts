import type { SharedFault, StandIn } from './http.js'
import type { RateLimitOptions } from './rate-limit.js'
import type { GitDatabase } from './github-git.js'

export interface GitHubRepositoryOptions {
  /** owner/name */
  fullName: string
  /** false: Issues are turned off (410). */
  hasIssues?: boolean
  /** false: the token may read but not write issues (403 "Resource not accessible by integration"). */
  writable?: boolean
  /** true: the refs API answers 403 "Resource not accessible by integration" (a rule or policy refuses it). */
  refsForbidden?: boolean
  /** true: no commit yet; the git data API answers 409 "Git Repository is empty.". */
  empty?: boolean
}

/**
 * Rate limits (on by default): the workflow token's 1,000 requests per hour (403, `x-ratelimit-remaining: 0`) and
 * content creations (POST, and PATCH/DELETE of a git ref) at most 80 per minute and 500 per hour (403 secondary limit
 * with `retry-after`); headers on every reply.
 */
export interface GitHubOptions extends RateLimitOptions {
  /** The token a request must carry (`Authorization: Bearer …` or `token …`). */
  token?: string
  /** The token's permissions. `contents` (default `write`): `read` refuses git data writes, `none` every git data request (403). */
  permissions?: { contents?: 'none' | 'read' | 'write' }
  repositories?: GitHubRepositoryOptions[]
  /** Logins that can be assigned; others are refused with 422. */
  assignable?: string[]
  /** Where html_url points (github.com's web host, not the API). */
  htmlBase?: string
}

/**
 * GitHub's rate-limit replies. `primary`: 403 with `x-ratelimit-remaining: 0` and `x-ratelimit-reset` `retryAfter`
 * seconds ahead. `secondary`: 429 (or `status`) with `Retry-After: retryAfter`. `secondary-no-header`: 403 with
 * only the message (GitHub then asks for at least a minute).
 */
export interface GitHubRateLimitFault {
  kind: 'rate-limit'
  style: 'primary' | 'secondary' | 'secondary-no-header'
  retryAfter: number
  status?: 403 | 429
  method?: string
}

/** Handles the request as usual (an issue is created), then never answers: a reply lost on the way. */
export interface GitHubStoreThenHangFault {
  kind: 'store-then-hang'
  method?: string
}

export type GitHubFault = Exclude<SharedFault, { kind: 'rate-limit' }> | GitHubRateLimitFault | GitHubStoreThenHangFault

export interface GitHubLabel {
  id: number
  name: string
  color: string
}

export interface GitHubComment {
  id: number
  body: string
  created_at: string
}

export interface GitHubIssue {
  id: number
  number: number
  repository: string
  title: string
  body: string | null
  /** Label names, as GitHub lists them. */
  labels: string[]
  assignees: string[]
  state: 'open' | 'closed'
  state_reason: string | null
  html_url: string
  /** Set for pull requests, which share the issue list. */
  pull_request?: { html_url: string }
  comments: GitHubComment[]
  /** Whole seconds, as GitHub writes them. */
  created_at: string
  /** The REST id of the issue it was closed as a duplicate of (duplicate_issue_id). */
  duplicate_of?: number
}

export interface GitHubState {
  token: string
  repositories: Required<GitHubRepositoryOptions>[]
  /** Mutable: a test may take the permission away between requests. */
  permissions: { contents: 'none' | 'read' | 'write' }
  /** Each repository's object database and refs, by full name. */
  git: Record<string, GitDatabase>
  /** Labels by repository, created with the first issue that names them. */
  labels: Record<string, GitHubLabel[]>
  issues: GitHubIssue[]
}

export type GitHubStandIn = StandIn<GitHubFault, GitHubState> & {
  /** A valid `Authorization` header value. */
  authorization: string
  /** Adds an issue (or pull request) directly, as if made by someone else. */
  seed(issue: Partial<GitHubIssue> & { title: string }): GitHubIssue
}

export function startGitHub(options?: GitHubOptions): Promise<GitHubStandIn>
