import type { SharedFault, StandIn } from './http.js'
import type { RateLimitOptions } from './rate-limit.js'

export interface JiraProject {
  key: string
  /** Numeric id as a string; generated when absent. */
  id?: string
  issueTypes?: string[]
  priorities?: string[]
}

export interface JiraStatus {
  id: string
  name: string
  category: 'new' | 'indeterminate' | 'done'
}

/** A workflow transition into `status`, offered from every other status. */
export interface JiraTransition {
  id: string
  name: string
  status: JiraStatus
  /** The fields on the transition's screen, which a transition request may set; none by default. */
  screen?: 'resolution'[]
}

export interface JiraLinkType {
  id: string
  name: string
  /** The phrase shown on the inward issue's side, e.g. "is duplicated by". */
  inward: string
  outward: string
}

export interface JiraLink {
  id: string
  typeId: string
  /** Issue keys, as sent in inwardIssue and outwardIssue. */
  inward: string
  outward: string
}

/**
 * How far the search index lags: a new issue shows up in searches only after it matched `searches` of them
 * (and was hidden from those), and no sooner than `ms` after it was created.
 */
export interface JiraSearchLag {
  searches?: number
  ms?: number
}

export interface JiraComment {
  id: string
  /** Text (v2) or an ADF document (v3), as received. */
  body: unknown
  apiVersion: number
  created: string
}

/**
 * Rate limits (on by default): per issue 20 writes per 2 s and 100 per 30 s, and POST bursts of 100 per second;
 * beyond, 429 with Retry-After, an ISO X-RateLimit-Reset and RateLimit-Reason.
 */
export interface JiraOptions extends RateLimitOptions {
  email?: string
  apiToken?: string
  projects?: JiraProject[]
  /** Field ids that may be set besides project, issuetype, summary, description, priority and labels. */
  extraFields?: string[]
  /** Statuses and transitions; default To Do → In Progress → Done (new issues start in the first). */
  workflow?: JiraTransition[]
  searchLag?: JiraSearchLag
  /** Issue link types; default Blocks, Cloners, Duplicate, Relates. */
  linkTypes?: JiraLinkType[]
}

/** Creates the issue as usual (if valid), then never answers: a request that landed but whose reply was lost. */
export interface StoreThenHangFault {
  kind: 'store-then-hang'
  method?: string
}

export type JiraFault = SharedFault | StoreThenHangFault

export interface JiraIssue {
  id: string
  key: string
  self: string
  /** 2 or 3: the REST version the issue was created through. */
  apiVersion: number
  /** The `fields` object as received. */
  fields: Record<string, unknown>
  /** As Jira writes times: `2026-12-05T23:36:07.123+0000`. */
  created: string
  status: JiraStatus
  /** Set by a transition into a Done status whose screen has it. */
  resolution: { id: string; name: string } | null
  comments: JiraComment[]
  /** Searches the issue matched so far (for the search lag). */
  searchesSeen: number
}

export interface JiraState {
  email: string
  apiToken: string
  projects: Required<JiraProject>[]
  issues: JiraIssue[]
  workflow: JiraTransition[]
  /** Change it between runs to make the search index lag. */
  searchLag: JiraSearchLag
  linkTypes: JiraLinkType[]
  links: JiraLink[]
}

export type JiraStandIn = StandIn<JiraFault, JiraState> & {
  /** The value of a valid `Authorization` header (`Basic base64(email:apiToken)`). */
  authorization: string
  /** `${url}/rest/api/<version>/issue` */
  issueUrl(version?: 2 | 3): string
}

export function startJira(options?: JiraOptions): Promise<JiraStandIn>
