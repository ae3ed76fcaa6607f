import type { PlatformContext } from '../platforms/types.js'
import type { HttpReply, Send } from '../http.js'
import type { Json } from '../json.js'

/**
 * What ties issues to one problem, and one create to this occurrence of it.
 * Sample alerts get a marker of their own, so they never match a real problem's issues.
 */
export interface IssueMarker {
  /** The label every issue of the problem carries: `dagster-fp-<hash>` (`dagster-test-<hash>` for samples). */
  label: string
  /** A UUID derived from the problem and this occurrence: a retried create sends the same one. */
  createId: string
  /** A sample alert ("send test notification"): it never comments on, resolves or dedupes against real issues. */
  sample: boolean
}

/** An issue found by its marker. */
export interface TrackedIssue {
  /** What the API addresses it by (a key, a UUID, an issue number). */
  ref: string
  /** What people see and the `id` output shows (e.g. ENG-42). */
  id: string
  /** The page a person opens. */
  url: string
  /** When the service created it (ISO-8601, '' when unknown): the oldest open issue is the problem's one issue. */
  created: string
  /** Orders issues created within the same clock tick: a numeric id or issue number. */
  sequence: number
}

/** One line of a follow-up comment, e.g. `Run: <link>`. */
export interface NoteLine {
  label: string
  text: string
  /** Makes `text` a link. */
  href?: string
}

/** A comment on an open issue: the alert fired again, or the problem recovered. */
export interface FollowUpNote {
  /** One sentence, e.g. "Dagster+ alert fired again: Job daily_etl failed". */
  heading: string
  lines: NoteLine[]
}

/** Everything a tracker call needs: the marker, the fitted create payload (project, team), the platform context and a sender. */
export interface TrackerCall {
  marker: IssueMarker
  payload: Json
  ctx: PlatformContext
  /** Sends with the delivery's retry policy, timeouts and max-wait budget; replies that are not retried come back as they are. */
  send: Send
}

/**
 * The capability to keep at most one open issue per problem: find it by its marker label, comment on it,
 * close it. Each issue platform implements it in its tracker.ts.
 * Methods throw TrackerError when the service refuses a request or a step cannot be done.
 */
export interface IssueTracker {
  /** How long a just-created issue may be missing from search results (a lagging search index); 0 when it shows at once. */
  searchLagMs: number
  /** Open issues carrying the marker label where the create goes (the payload's project, team or repository). */
  findOpen(call: TrackerCall): Promise<TrackedIssue[]>
  /** The create payload with the marker added (label, merged with the template's; client-supplied id). */
  markCreate(call: TrackerCall): Promise<Json>
  /**
   * After a create whose outcome is unknown (timeout, reset, 5xx): the issue it made, if it did.
   * `known`: the open issues found before the create, which are not it.
   */
  findCreated(call: TrackerCall, known: TrackedIssue[]): Promise<TrackedIssue | undefined>
  comment(call: TrackerCall, issue: TrackedIssue, note: FollowUpNote): Promise<void>
  /** Moves the issue to a done state (the tracker's completed state). */
  close(call: TrackerCall, issue: TrackedIssue): Promise<void>
  /**
   * Closes `duplicate` as a duplicate of `original`, linked so a person finds one from the other: the tracker's
   * duplicate link or relation, and its duplicate (else done or canceled) state.
   */
  closeAsDuplicate(call: TrackerCall, duplicate: TrackedIssue, original: TrackedIssue): Promise<void>
}

/** Oldest first: by creation time, then by the service's sequence number for issues created within one tick. */
export function oldestFirst(issues: TrackedIssue[]): TrackedIssue[] {
  const time = (issue: TrackedIssue) => {
    // Some APIs write offsets without a colon (+0000), which Date.parse does not read everywhere.
    const ms = Date.parse(issue.created.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'))
    return Number.isNaN(ms) ? Infinity : ms
  }
  return [...issues].sort((a, b) => time(a) - time(b) || a.sequence - b.sequence)
}

/**
 * A tracker request the service refused (`reply`), or a step it cannot do (no transition to Done).
 * `detail` is the service's own error text; the flow adds the platform name and redacts.
 */
export class TrackerError extends Error {
  constructor(
    readonly what: string,
    readonly detail: string,
    readonly reply?: HttpReply
  ) {
    super(`${what}${reply ? ` (HTTP ${reply.status})` : ''}: ${detail}`)
    this.name = 'TrackerError'
  }
}

/**
 * A member's recovery while other members of its group key are still failing (src/memory/group-members.ts): the
 * problem's issue or incident stays open.
 */
export interface StillFailing {
  /** The member that recovered. */
  recovered: string
  /** The first of the members still failing, by label. */
  named: string[]
  /** How many members are still failing, the named ones included. */
  count: number
}

/** "B, C (and 3 more)" */
function failingList(still: StillFailing): string {
  const more = still.count - still.named.length
  return `${still.named.join(', ')}${more > 0 ? ` (and ${more} more)` : ''}`
}

/** The recovery note with a line naming the members still failing; its text is escaped as every note's is. */
export function withStillFailing(note: FollowUpNote, still: StillFailing): FollowUpNote {
  return { ...note, lines: [...note.lines, { label: 'Still failing', text: failingList(still) }] }
}

/** "A recovered; 2 members still failing (B, C)" */
export function stillFailingSummary(still: StillFailing): string {
  const members = still.count === 1 ? '1 member' : `${still.count} members`
  return `${still.recovered} recovered; ${members} still failing (${failingList(still)})`
}
