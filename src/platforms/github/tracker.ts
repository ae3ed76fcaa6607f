import { noteAsMarkdown } from '../../tracking/notes.js'
import type { IssueMarker, IssueTracker, TrackedIssue, TrackerCall } from '../../tracking/contract.js'
import { isObject } from '../shared/json.js'
import { exchange, listedIssues } from './api.js'
import { LABEL_MAX, PAGE_MAX } from './limits.js'
import { neutraliseMentions } from './markdown.js'

/**
 * GitHub issues of one problem carry the marker label, which GitHub creates along with the first issue that
 * names it. They are found with the repository's issue list filtered by that label: unlike the search API, the
 * list shows a new issue at once. Pull requests share the list and are skipped.
 */
export function githubTracker(): IssueTracker {
  /** The REST `id` (not the number) of issues a search found, by page address: what duplicate_issue_id takes. */
  const databaseIds = new Map<string, number>()

  async function findOpen(call: TrackerCall): Promise<TrackedIssue[]> {
    const query = new URLSearchParams({
      labels: markerLabel(call.marker),
      state: 'open',
      sort: 'created',
      direction: 'asc',
      per_page: String(PAGE_MAX)
    })
    const listed = listedIssues(await exchange(call, 'search for open issues', 'GET', `/issues?${query}`))
    for (const { issue, databaseId } of listed) if (databaseId !== undefined) databaseIds.set(issue.url, databaseId)
    return listed.map(({ issue }) => issue)
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
      await exchange(call, `comment on ${issue.id}`, 'POST', `/issues/${issue.ref}/comments`, {
        // alert text, like the issue's body: only the author's mentions notify
        body: neutraliseMentions(noteAsMarkdown(note), call.ctx.authoredText)
      })
    },

    async close(call, issue) {
      await exchange(call, `closing of ${issue.id}`, 'PATCH', `/issues/${issue.ref}`, {
        state: 'closed',
        state_reason: 'completed'
      })
    },

    async closeAsDuplicate(call, duplicate, original) {
      const what = `closing of ${duplicate.id} as a duplicate of ${original.id}`
      // This comment is what shows "marked this as a duplicate of #N" on the issue's timeline.
      await exchange(call, what, 'POST', `/issues/${duplicate.ref}/comments`, { body: `Duplicate of #${original.ref}` })
      const originalId = databaseIds.get(original.url)
      const close = {
        state: 'closed',
        state_reason: 'duplicate',
        ...(originalId !== undefined && { duplicate_issue_id: originalId })
      }
      await exchange(call, what, 'PATCH', `/issues/${duplicate.ref}`, close)
    }
  }
}

/** The marker label within GitHub's limit (a `dedupe-key` that is a long hash makes a long label); the same for find and create. */
export function markerLabel(marker: IssueMarker): string {
  return marker.label.slice(0, LABEL_MAX)
}
