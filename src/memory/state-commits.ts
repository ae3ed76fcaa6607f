/**
 * The commits the state refs point at. All but a takeover's are shared by every problem of a repository and have
 * fixed content (tree, author and committer with a fixed date, message), so their ids are git's object ids of that
 * content, computed here without a request: a ref can be set to one with a single request, and a run tells what a
 * ref means from the id the listing gives. Each is created once per repository, the first time a ref needs it.
 */
import { sha1Hex } from '../hash.js'
import type { MemberStatus } from './problem-refs.js'

/**
 * The one tree every state commit points at: a note saying what the refs are. Its id is fixed by its content
 * (git's object id); a test checks it against git's own computation.
 */
export const STATE_TREE = {
  sha: '398e41be1c8998764fd26425e3a6439c0fd0198a',
  path: 'README.md',
  content:
    'State of dagster-alert-relay: each ref under refs/dagster-alert-relay/problems/ is one problem,\n' +
    "and the message of the commit it points at holds that problem's state. Safe to delete.\n"
}

/** Author and committer of every state commit; the fixed date makes the ids independent of when they are made. */
export const STATE_PERSON = {
  name: 'dagster-alert-relay',
  email: 'dagster-alert-relay@users.noreply.github.com',
  date: '2000-01-01T00:00:00Z'
}

/** A commit as the git data API creates it, with the id git gives it. */
export interface CommitSpec {
  sha: string
  message: string
  parents: string[]
}

/** The commit with this message and parents on the state tree, by the state person. */
function stateCommit(message: string, parents: string[] = []): CommitSpec {
  const seconds = Date.parse(STATE_PERSON.date) / 1000
  const signature = `${STATE_PERSON.name} <${STATE_PERSON.email}> ${seconds} +0000`
  const body = [
    `tree ${STATE_TREE.sha}`,
    ...parents.map(parent => `parent ${parent}`),
    `author ${signature}`,
    `committer ${signature}`,
    '',
    message
  ].join('\n')
  return { sha: sha1Hex(`commit ${Buffer.byteLength(body)}\0${body}`), message, parents }
}

/** What a member ref says: in which episode of the problem the member was last seen, how, and how often. */
export interface MemberMark {
  episode: number
  status: MemberStatus
  occurrences: number
}

export function memberCommit(mark: MemberMark): CommitSpec {
  return stateCommit(
    `dagster-alert-relay member: episode ${mark.episode}, ${mark.status}, occurrence ${mark.occurrences}\n`
  )
}

/** The lease an editing run holds while it edits a problem's message (only it posts or edits). */
export const LEASE_COMMIT = stateCommit('dagster-alert-relay lease: a run is editing this message\n')
/** What a message record ref points at: the record is in the ref's name. */
export const RECORD_COMMIT = stateCommit("dagster-alert-relay message: the ref's name says which\n")

/** A run taking over a lease whose holder stopped moving: unique, so two runs cannot both take it over. */
export function takeoverCommit(lease: string, run: string, at: number): CommitSpec {
  return stateCommit(`dagster-alert-relay lease taken over by ${run} at ${new Date(at).toISOString()}\n`, [lease])
}

/** Edits shown, as a chain (each commit the parent of the next) so the `shown` ref moves only forward. */
export function shownCommit(count: number): CommitSpec {
  return stateCommit(`dagster-alert-relay shown: edit ${count}\n`, count > 1 ? [shownChain(count - 1)] : [])
}

/** The most occurrences a member ref counts; more show as this many. */
export const MAX_COUNTED_OCCURRENCES = 1000
/** The chain of `shown` commits is walked this far to read a ref (about 0.1 s); beyond, a ref reads as unknown. */
const MAX_SHOWN = 100_000

const shownIds: string[] = []
const shownCounts = new Map<string, number>()

function shownChain(count: number): string {
  while (shownIds.length < count) {
    const next = shownIds.length + 1
    const message = `dagster-alert-relay shown: edit ${next}\n`
    const sha = stateCommit(message, next > 1 ? [shownIds[next - 2]] : []).sha
    shownIds.push(sha)
    shownCounts.set(sha, next)
  }
  return shownIds[count - 1]
}

/** How many edits a `shown` ref's commit counts, or undefined for a commit that is not one. */
export function shownCount(sha: string): number | undefined {
  let known = shownCounts.get(sha)
  // Walked on in doubling steps: a ref far down the chain costs a few passes, an unknown one the whole chain once.
  for (let reach = Math.max(64, shownIds.length * 2); known === undefined && shownIds.length < MAX_SHOWN;) {
    shownChain(Math.min(reach, MAX_SHOWN))
    known = shownCounts.get(sha)
    reach *= 2
  }
  return known
}

const marks = new Map<string, MemberMark>()
const markedEpisodes = new Map<number, number>()

/**
 * What a member commit says, for the episodes asked about; undefined for any other commit (another episode's, or
 * not a member commit). Occurrences are looked up in doubling steps up to MAX_COUNTED_OCCURRENCES.
 */
export function memberMark(sha: string, episodes: number[]): MemberMark | undefined {
  let found = marks.get(sha)
  for (let reach = 16; found === undefined && reach <= MAX_COUNTED_OCCURRENCES * 2; reach *= 2) {
    for (const episode of episodes) {
      const from = markedEpisodes.get(episode) ?? 0
      const to = Math.min(reach, MAX_COUNTED_OCCURRENCES)
      for (let occurrences = from + 1; occurrences <= to; occurrences++) {
        for (const status of ['failing', 'recovered'] as const) {
          const mark = { episode, status, occurrences }
          marks.set(memberCommit(mark).sha, mark)
        }
      }
      markedEpisodes.set(episode, Math.max(from, to))
    }
    found = marks.get(sha)
  }
  return found && episodes.includes(found.episode) ? found : undefined
}
