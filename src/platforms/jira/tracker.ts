import { TrackerError, type IssueTracker, type TrackedIssue, type TrackerCall } from '../../tracking/contract.js'
import { truncate } from '../../truncate.js'
import { isObject, type JsonObject } from '../shared/json.js'
import { isSuccess, REPLY_TEXT_LIMIT } from '../shared/reply.js'
import type { HttpRequest } from '../../http.js'
import type { Json } from '../../json.js'
import {
  apiRequest,
  followUpErrorText,
  followUpReply,
  foundIssues,
  offersResolution,
  refusesResolution,
  statusCategory,
  transitionsOf
} from './api.js'
import { siteOf, versionOf } from './target.js'
import { textFormat } from './text-format.js'

/** Enough for every open issue a storm of one problem's alerts can leave before they are reconciled. */
const SEARCH_LIMIT = 100
/** How long Jira's search index can take to show a new issue; reconciling waits this long before looking. */
const SEARCH_LAG_MS = 2000
/** The standard link type and resolution for a duplicate. */
const DUPLICATE = 'Duplicate'

/**
 * Jira issues of one problem carry the marker label. They are found with the enhanced JQL search
 * (`/rest/api/3/search/jql`), whose index can lag a new issue by a moment; comments and transitions use the
 * API version of the configured endpoint (plain text for v2, ADF for v3).
 */
export const jiraTracker: IssueTracker = {
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
    await exchange(call, `comment on ${issue.id}`, 'POST', issuePath(call, issue, 'comment'), {
      body: textFormat(call.ctx.target).comment(note, call.ctx)
    })
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
    await exchange(call, what, 'POST', `/rest/api/${versionOf(call.ctx.target)}/issueLink`, link)
    const done = await doneTransition(call, duplicate, what, true)
    const path = issuePath(call, duplicate, 'transitions')
    const transition = { id: String(done.id) }
    if (offersResolution(done, DUPLICATE)) {
      const reply = await call.send(
        request(call, 'POST', path, { transition, fields: { resolution: { name: DUPLICATE } } })
      )
      if (isSuccess(reply.status)) return
      // The screen list can over-report: on Jira's "cannot be set" for resolution, the link alone says why it closed.
      if (!refusesResolution(reply)) throw new TrackerError(what, followUpErrorText(reply, call.ctx), reply)
    }
    await exchange(call, what, 'POST', path, { transition })
  }
}

function request(call: TrackerCall, method: HttpRequest['method'], path: string, body?: Json): HttpRequest {
  return apiRequest(call.ctx, method, `${siteOf(call.ctx.target)}${path}`, body)
}

async function exchange(
  call: TrackerCall,
  what: string,
  method: HttpRequest['method'],
  path: string,
  body?: Json
): Promise<Json | undefined> {
  return followUpReply(what, await call.send(request(call, method, path, body)), call.ctx)
}

function issuePath(call: TrackerCall, issue: TrackedIssue, rest: string): string {
  return `/rest/api/${versionOf(call.ctx.target)}/issue/${encodeURIComponent(issue.ref)}/${rest}`
}

async function findOpen(call: TrackerCall): Promise<TrackedIssue[]> {
  const query = new URLSearchParams({
    jql: openIssuesJql(call),
    fields: 'summary,created',
    maxResults: String(SEARCH_LIMIT)
  })
  return foundIssues(await exchange(call, 'search for open issues', 'GET', `/rest/api/3/search/jql?${query}`), call.ctx)
}

/** The transition into the Done category from the issue's status; `withFields` asks for its screen's fields too. */
async function doneTransition(
  call: TrackerCall,
  issue: TrackedIssue,
  what: string,
  withFields: boolean
): Promise<JsonObject> {
  const transitions = transitionsOf(
    await exchange(
      call,
      what,
      'GET',
      issuePath(call, issue, `transitions${withFields ? '?expand=transitions.fields' : ''}`)
    )
  )
  const done = transitions.find(transition => statusCategory(transition) === 'done')
  if (!done || (typeof done.id !== 'string' && typeof done.id !== 'number')) {
    const names = transitions.map(transition => String(transition.name)).join(', ') || 'none'
    const detail = `no transition from its status leads to a Done status (available: ${names}); add one to the workflow, or set resolve: comment`
    throw new TrackerError(what, truncate(detail, REPLY_TEXT_LIMIT))
  }
  return done
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
  throw new TrackerError(
    'search for open issues',
    'the create payload names no project (fields.project.key or fields.project.id)'
  )
}

function jqlString(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&')}"`
}
