import { truncate } from '../truncate.js'
import type { AdfDoc, AdfNode } from './adf.js'
import { noteAsText } from '../tracking/notes.js'
import { TrackerError, type FollowUpNote, type IssueTracker, type TrackedIssue, type TrackerCall } from '../tracking/contract.js'
import { isObject, parseJson, type JsonObject } from './shared/json.js'
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

/** Enough for every open issue a storm of one problem's alerts can leave before they are reconciled. */
const SEARCH_LIMIT = 100
/** How long Jira's search index can take to show a new issue; reconciling waits this long before looking. */
const SEARCH_LAG_MS = 2000
/** The standard link type and resolution for a duplicate. */
const DUPLICATE = 'Duplicate'
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
      const created = isObject(issue.fields) && typeof issue.fields.created === 'string' ? issue.fields.created : ''
      return [{ ref: issue.key, id: issue.key, url, created, sequence: Number(issue.id) || 0 }]
    })
  }

  /** The transition into the Done category from the issue's status; `withFields` asks for its screen's fields too. */
  async function doneTransition(call: TrackerCall, issue: TrackedIssue, what: string, withFields: boolean): Promise<JsonObject> {
    const listed = await exchange(call, what, 'GET', issuePath(call, issue, `transitions${withFields ? '?expand=transitions.fields' : ''}`))
    const transitions = isObject(listed) && Array.isArray(listed.transitions) ? listed.transitions.filter(isObject) : []
    const done = transitions.find(transition => statusCategory(transition) === 'done')
    if (!done || (typeof done.id !== 'string' && typeof done.id !== 'number')) {
      const names = transitions.map(transition => String(transition.name)).join(', ') || 'none'
      const detail = `no transition from its status leads to a Done status (available: ${names}); add one to the workflow, or set resolve: comment`
      throw new TrackerError(what, truncate(detail, ERROR_TEXT_MAX))
    }
    return done
  }

  return {
    searchLagMs: SEARCH_LAG_MS,
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
      const done = await doneTransition(call, issue, what, false)
      await exchange(call, what, 'POST', issuePath(call, issue, 'transitions'), { transition: { id: String(done.id) } })
    },

    async closeAsDuplicate(call, duplicate, original) {
      const what = `closing of ${duplicate.id} as a duplicate of ${original.id}`
      // Jira's pages show the outward phrase on the inwardIssue (as integrations found): this reads "NEW duplicates OLD".
      const link = { type: { name: DUPLICATE }, inwardIssue: { key: duplicate.ref }, outwardIssue: { key: original.ref } }
      await exchange(call, what, 'POST', `/rest/api/${site.versionOf(call.ctx.target)}/issueLink`, link)
      const done = await doneTransition(call, duplicate, what, true)
      const path = issuePath(call, duplicate, 'transitions')
      const transition = { id: String(done.id) }
      if (offersDuplicateResolution(done)) {
        const reply = await call.send(request(call, 'POST', path, { transition, fields: { resolution: { name: DUPLICATE } } }))
        if (reply.status >= 200 && reply.status < 300) return
        // The screen list can over-report: on Jira's "cannot be set" for resolution, the link alone says why it closed.
        if (!refusesResolution(reply)) throw new TrackerError(what, site.errorText(reply, call.ctx), reply)
      }
      await exchange(call, what, 'POST', path, { transition })
    }
  }
}

/**
 * Open issues of the problem in the project the create goes to (another project's issue with the same label is
 * another team's), oldest first, so the problem's one issue is on the first page however many a storm opened.
 */
function openIssuesJql(call: TrackerCall): string {
  return `project = ${projectOf(call)} AND labels = ${jqlString(call.marker.label)} AND statusCategory != Done ORDER BY created ASC`
}

/** The create payload's `fields.project` as JQL: its key quoted, or its numeric id. */
function projectOf(call: TrackerCall): string {
  const project = isObject(call.payload) && isObject(call.payload.fields) ? call.payload.fields.project : undefined
  const key = isObject(project) ? project.key : undefined
  const id = isObject(project) ? project.id : undefined
  if (typeof key === 'string' && key !== '') return jqlString(key)
  if ((typeof id === 'string' || typeof id === 'number') && /^\d+$/.test(String(id))) return String(id)
  throw new TrackerError('search for open issues', 'the create payload names no project (fields.project.key or fields.project.id)')
}

/** Whether the transition's screen has a resolution field that offers Duplicate (no list of values: it may). */
function offersDuplicateResolution(transition: JsonObject): boolean {
  const fields = transition.fields
  const resolution = isObject(fields) ? fields.resolution : undefined
  if (!isObject(resolution)) return false
  const allowed = resolution.allowedValues
  return !Array.isArray(allowed) || allowed.some(value => isObject(value) && value.name === DUPLICATE)
}

/** Jira's 400 for a field that is not on the transition's screen: `errors.resolution`. */
function refusesResolution(reply: HttpReply): boolean {
  if (reply.status !== 400) return false
  const body = parseJson(reply.body)
  return isObject(body) && isObject(body.errors) && typeof body.errors.resolution === 'string'
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
