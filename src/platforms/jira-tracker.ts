import { truncate } from '../truncate.js'
import type { AdfDoc, AdfNode } from './adf.js'
import { noteAsText, TrackerError, type FollowUpNote, type IssueTracker, type TrackedIssue, type TrackerCall } from './tracker.js'
import { isObject, parseJson, type JsonObject } from './json.js'
import type { HttpReply, HttpRequest, Json, PlatformContext, Target } from './types.js'

/** What the tracker needs from jira.ts, which owns the target and Jira's error format. */
export interface JiraSite {
  /** The configured site (origin plus any context path); issue links are built from it. */
  siteOf(target: Target): string
  versionOf(target: Target): 2 | 3
  /** The Authorization value (from the email and token inputs, or the headers input). */
  authorization(ctx: PlatformContext): string
  /** Jira's `{errorMessages, errors}` (or an error page) as one line, with a hint where one helps. */
  errorText(reply: HttpReply, ctx: PlatformContext): string
}

/** A few: more open issues than this for one problem means something else is wrong. */
const SEARCH_LIMIT = 10
const ERROR_TEXT_MAX = 1024

/**
 * Jira issues of one problem carry the marker label. They are found with the enhanced JQL search
 * (`/rest/api/3/search/jql`), whose index can lag a new issue by a moment; comments and transitions use the
 * API version of the configured endpoint (plain text for v2, ADF for v3).
 */
export function jiraTracker(site: JiraSite): IssueTracker {
  function request(call: TrackerCall, method: HttpRequest['method'], path: string, body?: Json): HttpRequest {
    const headers: Record<string, string> = { accept: 'application/json', ...call.ctx.headers, authorization: site.authorization(call.ctx) }
    if (body !== undefined) headers['content-type'] = 'application/json'
    return { method, url: `${site.siteOf(call.ctx.target)}${path}`, headers, ...(body !== undefined && { body: JSON.stringify(body) }) }
  }

  async function exchange(call: TrackerCall, what: string, method: HttpRequest['method'], path: string, body?: Json): Promise<Json | undefined> {
    const reply = await call.send(request(call, method, path, body))
    if (reply.status < 200 || reply.status >= 300) throw new TrackerError(what, site.errorText(reply, call.ctx), reply)
    return parseJson(reply.body)
  }

  function issuePath(call: TrackerCall, issue: TrackedIssue, rest: string): string {
    return `/rest/api/${site.versionOf(call.ctx.target)}/issue/${encodeURIComponent(issue.ref)}/${rest}`
  }

  async function findOpen(call: TrackerCall): Promise<TrackedIssue[]> {
    const query = new URLSearchParams({ jql: openIssuesJql(call), fields: 'summary,created', maxResults: String(SEARCH_LIMIT) })
    const found = await exchange(call, 'search for open issues', 'GET', `/rest/api/3/search/jql?${query}`)
    const issues = isObject(found) && Array.isArray(found.issues) ? found.issues : []
    return issues.flatMap(issue => {
      if (!isObject(issue) || typeof issue.key !== 'string' || issue.key === '') return []
      const url = `${site.siteOf(call.ctx.target)}/browse/${encodeURIComponent(issue.key)}`
      return [{ ref: issue.key, id: issue.key, url }]
    })
  }

  return {
    searchLags: true,
    findOpen,

    async markCreate(call) {
      const payload = call.payload
      if (!isObject(payload) || !isObject(payload.fields)) return payload
      const labels = Array.isArray(payload.fields.labels) ? payload.fields.labels : []
      const marked = labels.includes(call.marker.label) ? labels : [...labels, call.marker.label]
      return { ...payload, fields: { ...payload.fields, labels: marked } }
    },

    async findCreated(call, known) {
      const before = new Set(known.map(issue => issue.ref))
      return (await findOpen(call)).find(issue => !before.has(issue.ref))
    },

    async comment(call, issue, note) {
      const body = site.versionOf(call.ctx.target) === 3 ? (noteAsAdf(note) as unknown as Json) : noteAsText(note)
      await exchange(call, `comment on ${issue.id}`, 'POST', issuePath(call, issue, 'comment'), { body })
    },

    async close(call, issue) {
      const what = `closing of ${issue.id}`
      const listed = await exchange(call, what, 'GET', issuePath(call, issue, 'transitions'))
      const transitions = isObject(listed) && Array.isArray(listed.transitions) ? listed.transitions.filter(isObject) : []
      const done = transitions.find(transition => statusCategory(transition) === 'done')
      if (!done || (typeof done.id !== 'string' && typeof done.id !== 'number')) {
        const names = transitions.map(transition => String(transition.name)).join(', ') || 'none'
        const detail = `no transition from its status leads to a Done status (available: ${names}); add one to the workflow, or set resolve: comment`
        throw new TrackerError(what, truncate(detail, ERROR_TEXT_MAX))
      }
      await exchange(call, what, 'POST', issuePath(call, issue, 'transitions'), { transition: { id: String(done.id) } })
    }
  }
}

/** Open issues of the problem, newest first; the label alone bounds the query, as it names one problem. */
function openIssuesJql(call: TrackerCall): string {
  return `labels = ${jqlString(call.marker.label)} AND statusCategory != Done ORDER BY created DESC`
}

function jqlString(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&')}"`
}

function statusCategory(transition: JsonObject): Json | undefined {
  const to = transition.to
  const category = isObject(to) ? to.statusCategory : undefined
  return isObject(category) ? category.key : undefined
}

/** Bold heading, then one line per detail with its link (Jira REST v3 comment body). */
export function noteAsAdf(note: FollowUpNote): AdfDoc {
  const details: AdfNode[] = note.lines.flatMap(({ label, text, href }, index) => [
    ...(index > 0 ? [{ type: 'hardBreak' }] : []),
    { type: 'text', text: `${label}: ` },
    { type: 'text', text, ...(href && { marks: [{ type: 'link', attrs: { href } }] }) }
  ])
  const heading: AdfNode = { type: 'paragraph', content: [{ type: 'text', text: note.heading, marks: [{ type: 'strong' }] }] }
  return { type: 'doc', version: 1, content: details.length > 0 ? [heading, { type: 'paragraph', content: details }] : [heading] }
}
