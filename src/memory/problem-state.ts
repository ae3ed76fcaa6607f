/**
 * What a run keeps of one problem between runs: the chat message that shows it and its members (one per alert
 * fingerprint), failing or recovered. Pure: the store (git-ref-store.ts) reads and writes it.
 */

/** Where the problem's message is, as the platform named it when it was posted. */
export interface MessageReference {
  platform: string
  /** The channel id, when the platform has channels. */
  channel?: string
  /** The thread the message opened or sits in (a forum post, a parent message), when there is one. */
  thread?: string
  /** The message id, as the platform gives it. */
  message: string
  /** ISO 8601. */
  postedAt: string
}

export type MemberStatus = 'failing' | 'recovered'

export interface Member {
  fingerprint: string
  status: MemberStatus
  /** ISO 8601. */
  firstSeen: string
  lastSeen: string
  occurrences: number
}

export interface ProblemState {
  /** The problem key (the rendered dedupe-key). */
  key: string
  message?: MessageReference
  /** Listed members, most recent first; at most MAX_LISTED_MEMBERS. */
  members: Member[]
  /** Members beyond the list, counted only. */
  unlisted: Record<MemberStatus, number>
  /** ISO 8601: the first alert of this problem, and the last change. */
  openedAt: string
  updatedAt: string
}

/** Members kept by name; beyond, counts (a message shows "and N more" long before this). */
export const MAX_LISTED_MEMBERS = 200
/** Longer fingerprints are not a fingerprint the action made: kept by their first characters. */
export const MAX_FINGERPRINT_LENGTH = 200

/** One alert, as the state records it. */
export interface Sighting {
  fingerprint: string
  status: MemberStatus
  /** ISO 8601. */
  at: string
}

/** A new problem's state, with its first member. */
export function newProblem(key: string, sighting: Sighting): ProblemState {
  return recordSighting(
    { key, members: [], unlisted: { failing: 0, recovered: 0 }, openedAt: sighting.at, updatedAt: sighting.at },
    sighting
  )
}

/**
 * The state with this alert recorded: its member's status, last seen and occurrences (a new member if unknown).
 * Members beyond the limit are counted, recovered ones dropped from the list first. A recovery of an unlisted
 * member moves one unlisted count from failing to recovered.
 */
export function recordSighting(state: ProblemState, sighting: Sighting): ProblemState {
  const fingerprint = sighting.fingerprint.slice(0, MAX_FINGERPRINT_LENGTH)
  const known = state.members.find(member => member.fingerprint === fingerprint)
  const others = state.members.filter(member => member !== known)
  const unlisted = { ...state.unlisted }
  let member: Member
  if (known) {
    member = {
      ...known,
      status: sighting.status,
      lastSeen: latest(known.lastSeen, sighting.at),
      occurrences: known.occurrences + 1
    }
  } else {
    member = { fingerprint, status: sighting.status, firstSeen: sighting.at, lastSeen: sighting.at, occurrences: 1 }
    if (sighting.status === 'recovered' && unlisted.failing > 0) {
      unlisted.failing--
      unlisted.recovered++
      return { ...state, unlisted, updatedAt: latest(state.updatedAt, sighting.at) }
    }
  }
  const members = bounded([member, ...others], unlisted)
  return { ...state, members, unlisted, updatedAt: latest(state.updatedAt, sighting.at) }
}

/** The problem is resolved when no member is failing. */
export function isResolved(state: ProblemState): boolean {
  return state.unlisted.failing === 0 && state.members.every(member => member.status === 'recovered')
}

/** Counts of members by status, listed and unlisted. */
export function memberCounts(state: ProblemState): Record<MemberStatus, number> {
  const counts = { ...state.unlisted }
  for (const member of state.members) counts[member.status]++
  return counts
}

/** The same state with the message that now shows it. */
export function withMessage(state: ProblemState, message: MessageReference): ProblemState {
  return { ...state, message }
}

/** Keeps MAX_LISTED_MEMBERS, dropping the oldest recovered ones first, then the oldest failing ones (counted). */
function bounded(members: Member[], unlisted: Record<MemberStatus, number>): Member[] {
  if (members.length <= MAX_LISTED_MEMBERS) return members
  const kept = [...members]
  while (kept.length > MAX_LISTED_MEMBERS) {
    let drop = kept.findLastIndex(member => member.status === 'recovered')
    if (drop === -1) drop = kept.length - 1
    unlisted[kept[drop].status]++
    kept.splice(drop, 1)
  }
  return kept
}

/** The later of two ISO 8601 times (runs may record out of order). */
function latest(a: string, b: string): string {
  return Date.parse(b) > Date.parse(a) ? b : a
}
