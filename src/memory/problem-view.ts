/**
 * What a problem's message shows, built from the member refs of its current episode: the platform renders it (and
 * fits it to its limits). Pure.
 */
import type { MemberStatus } from './problem-refs.js'
import type { MemberMark } from './state-commits.js'

interface MemberLine {
  label: string
  status: MemberStatus
  occurrences: number
}

/** Members a view names by default; beyond, "and N more". */
export const MAX_LISTED_MEMBERS = 100

export interface ProblemView {
  /** The problem key (the rendered dedupe-key). */
  key: string
  /** A sample alert's problem: never a real problem's message. */
  sample: boolean
  /** `resolved` when no member is failing. */
  state: 'failing' | 'resolved'
  counts: Record<MemberStatus, number>
  /** Alerts of this episode, all members together. */
  occurrences: number
  /** Failing members first, then recovered ones, each by label; at most the view's limit. */
  members: MemberLine[]
  /** Members beyond the list: "and N more". */
  more: number
  /** ISO 8601: the episode's first alert, and the newest alert the view includes. */
  firstSeen: string
  lastSeen: string
  /** Whole minutes from the first alert to the resolution, when resolved. */
  resolvedAfterMinutes?: number
  /** The text of the newest alert the editing run has. */
  latestText: string
}

export interface ViewMember {
  /** The member's label, or its fingerprint hash when it has none. */
  label: string
  mark: MemberMark
}

export interface ViewContext {
  key: string
  sample: boolean
  openedAt: number
  lastSeenAt: number
  latestText: string
  maxListed: number
}

export function problemView(members: ViewMember[], context: ViewContext): ProblemView {
  const counts = { failing: 0, recovered: 0 }
  let occurrences = 0
  for (const { mark } of members) {
    counts[mark.status]++
    occurrences += mark.occurrences
  }
  const state = counts.failing === 0 && members.length > 0 ? 'resolved' : 'failing'
  const ordered = [...members].sort(
    (a, b) =>
      Number(a.mark.status === 'recovered') - Number(b.mark.status === 'recovered') ||
      (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)
  )
  const listed = ordered.slice(0, context.maxListed)
  return {
    key: context.key,
    sample: context.sample,
    state,
    counts,
    occurrences,
    members: listed.map(({ label, mark }) => ({ label, status: mark.status, occurrences: mark.occurrences })),
    more: ordered.length - listed.length,
    firstSeen: new Date(context.openedAt).toISOString(),
    lastSeen: new Date(Math.max(context.openedAt, context.lastSeenAt)).toISOString(),
    ...(state === 'resolved' && {
      resolvedAfterMinutes: Math.max(0, Math.round((context.lastSeenAt - context.openedAt) / 60_000))
    }),
    latestText: context.latestText
  }
}

/** The state a problem's message leads with: "3 failing, 1 recovered" or "Resolved after 1 h 5 min", a sample marked. */
export function stateLine(view: ProblemView): string {
  const test = view.sample ? '[test] ' : ''
  if (view.state === 'resolved') return `${test}Resolved after ${duration(view.resolvedAfterMinutes ?? 0)}`
  const recovered = view.counts.recovered > 0 ? `, ${view.counts.recovered} recovered` : ''
  return `${test}${view.counts.failing} failing${recovered}`
}

function duration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`
}

/** At most this many labels name the members a thread reply is about; the rest are counted. */
const REPLY_LABELS = 5

/**
 * A thread reply saying what changed between two views of one message ("b, c failing; a recovered"), or
 * undefined when no member changed.
 */
export function changeReply(before: Map<string, ViewMember>, after: Map<string, ViewMember>): string | undefined {
  const changed: Record<MemberStatus | 'again', string[]> = { failing: [], recovered: [], again: [] }
  for (const [hash, member] of after) {
    const was = before.get(hash)?.mark
    if (!was || was.status !== member.mark.status) changed[member.mark.status].push(member.label)
    else if (was.occurrences !== member.mark.occurrences) changed.again.push(member.label)
  }
  const parts = [
    named(changed.failing, 'failing'),
    named(changed.again, 'failing again'),
    named(changed.recovered, 'recovered')
  ].filter(part => part !== undefined)
  return parts.length === 0 ? undefined : parts.join('; ')
}

function named(labels: string[], what: string): string | undefined {
  if (labels.length === 0) return undefined
  const sorted = [...labels].sort()
  const shown = sorted.slice(0, REPLY_LABELS).join(', ')
  const more = sorted.length - REPLY_LABELS
  return more > 0 ? `${shown} and ${more} more ${what}` : `${shown} ${what}`
}
