import type { SharedFault, StandIn } from './http.js'

export interface JiraProject {
  key: string
  /** Numeric id as a string; generated when absent. */
  id?: string
  issueTypes?: string[]
  priorities?: string[]
}

export interface JiraOptions {
  email?: string
  apiToken?: string
  projects?: JiraProject[]
  /** Field ids that may be set besides project, issuetype, summary, description, priority and labels. */
  extraFields?: string[]
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
  created: string
}

export interface JiraState {
  email: string
  apiToken: string
  projects: Required<JiraProject>[]
  issues: JiraIssue[]
}

export type JiraStandIn = StandIn<JiraFault, JiraState> & {
  /** The value of a valid `Authorization` header (`Basic base64(email:apiToken)`). */
  authorization: string
  /** `${url}/rest/api/<version>/issue` */
  issueUrl(version?: 2 | 3): string
}

export function startJira(options?: JiraOptions): Promise<JiraStandIn>
