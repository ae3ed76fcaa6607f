/**
 * One message per problem on chat, for one run (one alert): the run records its member, then makes sure the
 * problem's message shows a state that includes it, and only then returns.
 *
 * Only the run holding the problem's lease posts or edits, so simultaneous runs leave one message, and edits arrive
 * in order. The holder lists the members, posts the message (first alert of an episode, or a still-failing problem
 * whose message is older than `renotify`) or edits it when the members changed, then lists again after a pause:
 * one edit carries every member recorded meanwhile (a storm folds). Runs that find the lease held wait; each time
 * the holder has edited with a listing made after the last count of `shown`, it counts one more, so a waiter that
 * has seen `shown` move twice since its member was recorded knows the message includes it. A lease that does not
 * move for `stallMs` is taken over (the holder died): the alert is never lost, at worst shown by a second message
 * with a warning. State that cannot be read or written never costs an alert either: the run posts its alert as a
 * message of its own and warns.
 */
import type { RefStore, StateUnavailable } from './git-ref-store.js'
import { LeaseHolder } from './lease-holder.js'
import {
  markedMembers,
  memberRefName,
  type MemberStatus,
  type MessageReference,
  type ProblemSnapshot
} from './problem-refs.js'
import { currentEpisode } from './problem-run.js'
import type { ProblemView } from './problem-view.js'
import {
  LEASE_COMMIT,
  MAX_COUNTED_OCCURRENCES,
  memberCommit,
  memberMark,
  takeoverCommit,
  type MemberMark
} from './state-commits.js'

/** The run's alert, as the lifecycle needs it. */
export interface AlertFacts {
  /** Where the message goes (platform and channel): destinations never share a problem's state. */
  destination: string
  /** The problem key (the rendered dedupe-key). */
  key: string
  /** The member: the alert's fingerprint. */
  fingerprint: string
  /** What the message calls the member (an asset key, a job name). */
  label: string
  status: MemberStatus
  /** A sample alert: kept under a key of its own, so it never touches a real problem's state or message. */
  sample: boolean
  /** The alert's text, shown as the latest. */
  text: string
  /** Epoch ms. */
  at: number
}

/** The platform's part: posting and editing the problem's message, and replying in its thread where it has one. */
export interface Chat {
  post(view: ProblemView): Promise<MessageReference>
  edit(message: MessageReference, view: ProblemView): Promise<void>
  reply?(message: MessageReference, text: string): Promise<void>
}

export interface LifecycleTimings {
  /** A still-failing problem whose message is older gets a fresh message. */
  renotifyMs: number
  /** The holder's pause between listings (edits): the strictest chat allows 30 messages and edits a minute per channel. */
  editPaceMs: number
  /** A waiter's first look again, doubled each time up to `maxPollMs` (reads count against 1,000 an hour). */
  firstPollMs: number
  maxPollMs: number
  /** A lease that has not moved this long is taken over; above the state host's 60 s content-creation window. */
  stallMs: number
  /** How long a holder that has seen other runs stays after the last change: as long as it was busy, within these. */
  quietMinMs: number
  quietMaxMs: number
  /**
   * How long the holder of a storm (STORM_MEMBERS others changed) stays after the last change: the content-creation
   * window may be spent, and runs it held up arrive up to its 60 s later; staying costs less than a new session.
   */
  stormQuietMs: number
  /** Runs that find no lease try for it over a window of 40 slots, in their members' order. */
  rankSlotMs: number
  /** No run waits or holds longer than this; a waiter then posts its alert alone and warns. */
  maxWaitMs: number
}

export const DEFAULT_TIMINGS: LifecycleTimings = {
  renotifyMs: 24 * 3_600_000,
  editPaceMs: 2_500,
  firstPollMs: 6_000,
  maxPollMs: 30_000,
  stallMs: 90_000,
  quietMinMs: 5_000,
  quietMaxMs: 30_000,
  stormQuietMs: 65_000,
  rankSlotMs: 50,
  maxWaitMs: 600_000
}
const MAX_RANK = 40

export interface LifecycleDeps {
  store: RefStore
  chat: Chat
  now(): number
  sleep(ms: number): Promise<void>
  random(): number
  warn(message: string): void
  /** This run's name in a takeover commit (the workflow run id and attempt). */
  run: string
  timings?: Partial<LifecycleTimings>
  maxListed?: number
  /**
   * `repeat: skip`: an alert of a member already failing in the problem's current message is not shown (nothing is
   * recorded), unless the message is due for `renotify`; a new member, or one failing again after recovering, is.
   */
  skipRepeats?: boolean
}

export type LifecycleOutcome =
  /** This run posted the problem's message (first alert, a new episode, or renotify). */
  | { kind: 'posted'; message: MessageReference; view: ProblemView }
  /** This run edited the problem's message. */
  | { kind: 'edited'; message: MessageReference; view: ProblemView }
  /** Another run's edit shows this alert (the message, when the state records it). */
  | { kind: 'shown'; view: ProblemView; message?: MessageReference }
  /** `repeat: skip`: the member already fails in the problem's message, which stays as it is. */
  | { kind: 'skipped'; message: MessageReference; view: ProblemView }
  /** The state could not be used: the alert went out as a message of its own, with a warning. */
  | { kind: 'posted-alone'; message: MessageReference; view: ProblemView; reason: string }

export async function runLifecycle(facts: AlertFacts, deps: LifecycleDeps): Promise<LifecycleOutcome> {
  return new LifecycleRun(facts, deps, { ...DEFAULT_TIMINGS, ...deps.timings }).run()
}

/** The run of one alert: records its member, then waits until the message shows it, or takes the lease and shows it. */
class LifecycleRun extends LeaseHolder {
  private episode = 1
  private writtenAt = 0
  private rankDelayMs = 0
  /** Whether a run held the lease when this run first listed. */
  private leaseBefore = false

  async run(): Promise<LifecycleOutcome> {
    const first = await this.list()
    if (first.kind === 'unavailable') return this.alone(first)
    const snapshot = first.snapshot
    this.othersBefore = this.others(snapshot)
    this.leaseBefore = snapshot.lease !== undefined
    const current = currentEpisode(snapshot)
    this.episode = current === 0 ? 1 : current
    if (
      this.facts.status === 'failing' &&
      snapshot.records.some(record => record.episode === this.episode) &&
      episodeState(snapshot, this.episode) === 'resolved'
    )
      this.episode++
    const repeat = this.deps.skipRepeats ? this.skippedRepeat(snapshot) : undefined
    if (repeat) return repeat
    const written = await this.recordMember(snapshot)
    if (written) return this.alone(written)
    this.membersBefore = this.viewMembers(snapshot, this.episode)
    this.writtenAt = this.deps.now()
    return this.waitUntilShown()
  }

  /**
   * With `repeat: skip`, an alert of a member already failing in this episode's message: skipped, unless the message
   * is due for `renotify` (then it is posted anew, as without skip). Without a message yet, the alert is recorded and
   * shown as any other: the run posting the first message may not have got that far.
   */
  private skippedRepeat(snapshot: ProblemSnapshot): LifecycleOutcome | undefined {
    const members = this.viewMembers(snapshot, this.episode)
    const record = snapshot.records.filter(each => each.episode === this.episode).at(-1)
    if (this.facts.status !== 'failing' || members.get(this.hash)?.mark.status !== 'failing' || !record)
      return undefined
    if (this.deps.now() - record.postedAt >= this.t.renotifyMs) return undefined
    return { kind: 'skipped', message: record.message, view: this.view(snapshot, members, record) }
  }

  /** Sets this run's member ref to its new mark; a refusal when the state cannot be written. */
  private async recordMember(snapshot: ProblemSnapshot): Promise<StateUnavailable | undefined> {
    let known = snapshot.members.get(this.hash)
    for (let attempt = 0; attempt < 3; attempt++) {
      const before = known && memberMark(known.sha, [this.episode])
      const mark: MemberMark = {
        episode: this.episode,
        status: this.facts.status,
        occurrences: Math.min((before?.occurrences ?? 0) + 1, MAX_COUNTED_OCCURRENCES)
      }
      const commit = memberCommit(mark)
      const name = known?.ref ?? memberRefName(this.prefix, this.facts.fingerprint, this.facts.label)
      const written = known
        ? await this.deps.store.move(name, commit, true)
        : await this.deps.store.create(name, commit)
      if (written.kind === 'unavailable') return written
      if (written.kind === 'done') {
        this.rankDelayMs = this.rankDelay(mark)
        return undefined
      }
      // Another run of this member created (or removed) the ref meanwhile: count on top of what it wrote.
      const again = await this.list()
      if (again.kind === 'unavailable') return again
      known = again.snapshot.members.get(this.hash)
    }
    return {
      kind: 'unavailable',
      reason: `the ref of this member of ${this.facts.key} kept changing while this run wrote it`,
      advice: 'the alert is sent as a new message; the next alert tries again'
    }
  }

  /**
   * Runs that find no lease try for it one after another, so a storm's runs do not all ask at once: a repeat at
   * once, a new member at a point of a short window given by its fingerprint (a storm's members spread over it).
   */
  private rankDelay(mark: MemberMark): number {
    const spread = this.deps.random() * this.t.rankSlotMs
    if (mark.occurrences > 1) return spread
    const place = Number.parseInt(this.hash.slice(0, 8), 16) / 2 ** 32
    return place * MAX_RANK * this.t.rankSlotMs + spread
  }

  private async waitUntilShown(): Promise<LifecycleOutcome> {
    let observed: number | undefined
    let lastLease: string | undefined
    let lastShown: number | undefined
    let lastMove = this.deps.now()
    let pollMs = this.t.firstPollMs
    // With no holder, this run's turn for the lease comes after its rank delay; with one, look at once (the count
    // this run starts from must be read after its member was written).
    let delay = this.leaseBefore ? 0 : this.rankDelayMs
    for (;;) {
      if (this.deps.now() - this.writtenAt > this.t.maxWaitMs)
        return this.alone(`no run showed this alert within ${Math.round(this.t.maxWaitMs / 1000)} s`)
      if (delay > 0) await this.deps.sleep(delay)
      const read = await this.list()
      if (read.kind === 'unavailable') return this.alone(read)
      const snapshot = read.snapshot
      // The count when this run first looked after writing its member: two more, and an edit shows it.
      observed ??= snapshot.shown ?? Number.POSITIVE_INFINITY
      if (snapshot.lease === undefined) {
        // No holder (or it left before two counts): this run edits itself.
        const taken = await this.deps.store.create(this.leaseRef, LEASE_COMMIT)
        if (taken.kind === 'unavailable') return this.alone(taken)
        if (taken.kind === 'done') return this.hold(LEASE_COMMIT.sha)
        delay = this.t.rankSlotMs
        continue
      }
      if (snapshot.shown !== undefined && snapshot.shown >= observed + 2) {
        const record = snapshot.records.at(-1)
        const view = this.view(snapshot, this.viewMembers(snapshot), record)
        return { kind: 'shown', view, ...(record && { message: record.message }) }
      }
      if (snapshot.lease !== lastLease || snapshot.shown !== lastShown) {
        lastLease = snapshot.lease
        lastShown = snapshot.shown
        lastMove = this.deps.now()
      } else if (this.deps.now() - lastMove >= this.t.stallMs) {
        const commit = takeoverCommit(snapshot.lease, this.deps.run, this.deps.now())
        const taken = await this.deps.store.move(this.leaseRef, commit, false)
        if (taken.kind === 'unavailable') return this.alone(taken)
        if (taken.kind === 'done') {
          this.deps.warn(
            `the run editing the message of ${this.facts.key} did not move for ${Math.round(this.t.stallMs / 1000)} s; ` +
              'this run took over (if that run had posted without recording it, the problem now has two messages)'
          )
          return this.hold(commit.sha)
        }
        lastMove = this.deps.now()
      }
      delay = this.spread(pollMs)
      pollMs = Math.min(pollMs * 2, this.t.maxPollMs)
    }
  }
}

function episodeState(snapshot: ProblemSnapshot, episode: number): 'failing' | 'resolved' {
  const marks = markedMembers(snapshot, [episode])
  return marks.length > 0 && marks.every(({ mark }) => mark.status === 'recovered') ? 'resolved' : 'failing'
}
