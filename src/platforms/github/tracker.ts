import { noteAsMarkdown } from '../tracking/notes.js'
import { TrackerError, type IssueMarker, type IssueTracker, type TrackedIssue, type TrackerCall } from '../tracking/contract.js'
import { isObject, parseJson } from './shared/json.js'
import type { HttpReply, HttpRequest, Json, PlatformContext } from './types.js'

/** What the tracker needs from github.ts, which owns the API base, the token and GitHub's error format. */
export interface GitHubApi {
  /** A request to `<api>/repos/{owner}/{name}<path>` with the token; throws InputError for a bad token or repository. */
  repoRequest(ctx: PlatformContext, method: HttpRequest['method'], path: string, body?: Json): HttpRequest
  /** GitHub's `{message, errors}` as one line, with a hint where the status has a usual cause. */
  errorText(reply: HttpReply, ctx: PlatformContext): string
}

/** Enough for every open issue a storm of one problem's alerts can leave before they are reconciled (GitHub's page maximum). */
const SEARCH_LIMIT = 100
/** GitHub refuses longer label names. */
const LABEL_MAX = 50

/**
 * GitHub issues of one problem carry the marker label, which GitHub creates along with the first issue that
 * names it. They are found with the repository's issue list filtered by that label: unlike the search API, the
 * list shows a new issue at once. Pull requests share the list and are skipped.
 */
export function githubTracker(api: GitHubApi): IssueTracker {
  async function exchange(call: TrackerCall, what: string, method: HttpRequest['method'], path: string, body?: Json): Promise<Json | undefined> {
    const reply = await call.send(api.repoRequest(call.ctx, method, path, body))
    if (reply.status < 200 || reply.status >= 300) throw new TrackerError(what, api.errorText(reply, call.ctx), reply)
    return parseJson(reply.body)
  }

  /** The REST `id` (not the number) of issues a search found, by page address: what duplicate_issue_id takes. */
  const databaseIds = new Map<string, number>()

  async function findOpen(call: TrackerCall): Promise<TrackedIssue[]> {
    const query = new URLSearchParams({
      labels: markerLabel(call.marker),
      state: 'open',
      sort: 'created',
      direction: 'asc',
      per_page: String(SEARCH_LIMIT)
    })
    const listed = await exchange(call, 'search for open issues', 'GET', `/issues?${query}`)
    const items = Array.isArray(listed) ? listed : []
    return items.flatMap(item => {
      if (!isObject(item) || item.pull_request !== undefined) return []
      if (typeof item.html_url === 'string' && Number.isInteger(item.id)) databaseIds.set(item.html_url, item.id as number)
      return trackedIssue(item)
    })
  }

  return {
    searchLagMs: 0,
    findOpen,

    async markCreate(call) {
      const payload = call.payload
      if (!isObject(payload)) return payload
      const label = markerLabel(call.marker)
      const labels = Array.isArray(payload.labels) ? payload.labels : []
      return { ...payload, labels: labels.includes(label) ? labels : [...labels, label] }
    },

    async findCreated(call, known) {
      const before = new Set(known.map(issue => issue.ref))
      return (await findOpen(call)).find(issue => !before.has(issue.ref))
    },

    async comment(call, issue, note) {
      await exchange(call, `comment on ${issue.id}`, 'POST', `/issues/${issue.ref}/comments`, { body: noteAsMarkdown(note) })
    },

    async close(call, issue) {
      await exchange(call, `closing of ${issue.id}`, 'PATCH', `/issues/${issue.ref}`, { state: 'closed', state_reason: 'completed' })
    },

    async closeAsDuplicate(call, duplicate, original) {
      const what = `closing of ${duplicate.id} as a duplicate of ${original.id}`
      // This comment is what shows "marked this as a duplicate of #N" on the issue's timeline.
      await exchange(call, what, 'POST', `/issues/${duplicate.ref}/comments`, { body: `Duplicate of #${original.ref}` })
      const originalId = databaseIds.get(original.url)
      const close = { state: 'closed', state_reason: 'duplicate', ...(originalId !== undefined && { duplicate_issue_id: originalId }) }
      await exchange(call, what, 'PATCH', `/issues/${duplicate.ref}`, close)
    }
  }
}

/** The marker label within GitHub's limit (a `dedupe-key` that is a long hash makes a long label); the same for find and create. */
export function markerLabel(marker: IssueMarker): string {
  return marker.label.slice(0, LABEL_MAX)
}

/** An issue as the REST API returns it: `{number, html_url, …}`; the number is what the API and `gh` take. */
export function trackedIssue(issue: Json | undefined): TrackedIssue[] {
  if (!isObject(issue) || !Number.isInteger(issue.number) || typeof issue.html_url !== 'string' || issue.html_url === '') return []
  const number = String(issue.number)
  const created = typeof issue.created_at === 'string' ? issue.created_at : ''
  return [{ ref: number, id: number, url: issue.html_url, created, sequence: issue.number as number }]
}
