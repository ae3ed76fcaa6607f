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
import {
  fingerprintHash,
  markedMembers,
  memberRefName,
  problemPrefix,
  readSnapshot,
  recordRefName,
  type MemberStatus,
  type MessageRecord,
  type MessageReference,
  type ProblemSnapshot
} from './problem-refs.js'
import { changeReply, problemView, type ProblemView, type ViewMember } from './problem-view.js'
import {
  LEASE_COMMIT,
  MAX_COUNTED_OCCURRENCES,
  memberCommit,
  memberMark,
  RECORD_COMMIT,
  shownCommit,
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

/** Members named in the view; beyond, "and N more". */
const MAX_LISTED_MEMBERS = 100
const MAX_RANK = 40
/** Other members changed in one holder's session from which it takes the session for a storm. */
const STORM_MEMBERS = 30

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
}

export type LifecycleOutcome =
  /** This run posted the problem's message (first alert, a new episode, or renotify). */
  | { kind: 'posted'; message: MessageReference; view: ProblemView }
  /** This run edited the problem's message. */
  | { kind: 'edited'; message: MessageReference; view: ProblemView }
  /** Another run's edit shows this alert. */
  | { kind: 'shown'; view: ProblemView }
  /** The state could not be used: the alert went out as a message of its own, with a warning. */
  | { kind: 'posted-alone'; message: MessageReference; view: ProblemView; reason: string }

export async function runLifecycle(facts: AlertFacts, deps: LifecycleDeps): Promise<LifecycleOutcome> {
  return new ProblemRun(facts, deps).run()
}

class ProblemRun {
  private readonly t: LifecycleTimings
  private readonly prefix: string
  private readonly leaseRef: string
  private readonly shownRef: string
  private readonly hash: string
  private readonly maxListed: number
  private episode = 1
  private writtenAt = 0
  private rankDelayMs = 0
  /** The others' members as listed before this run wrote its own. */
  private othersBefore = new Map<string, string>()
  /** The members as listed before this run wrote its own: what the message showed, for the first thread reply. */
  private membersBefore = new Map<string, ViewMember>()
  /** Whether a run held the lease when this run first listed. */
  private leaseBefore = false
  /** The newest alert time a view includes. */
  private latestAt: number

  constructor(
    private readonly facts: AlertFacts,
    private readonly deps: LifecycleDeps
  ) {
    this.t = { ...DEFAULT_TIMINGS, ...deps.timings }
    // A sample alert's key cannot be a real one's: the real ones do not start with a line break.
    const key = facts.sample ? `\nsample\n${facts.key}` : facts.key
    this.prefix = problemPrefix(`${facts.destination}\n${key}`)
    this.leaseRef = `${this.prefix}lease`
    this.shownRef = `${this.prefix}shown`
    this.hash = fingerprintHash(facts.fingerprint)
    this.maxListed = deps.maxListed ?? MAX_LISTED_MEMBERS
    this.latestAt = facts.at
  }

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
    const written = await this.recordMember(snapshot)
    if (written) return this.alone(written)
    this.membersBefore = this.viewMembers(snapshot, this.episode)
    this.writtenAt = this.deps.now()
    return this.waitUntilShown()
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
      if (snapshot.shown !== undefined && snapshot.shown >= observed + 2)
        return { kind: 'shown', view: this.view(snapshot, this.viewMembers(snapshot), snapshot.records.at(-1)) }
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

  /** Posts or edits the message while holding the lease, until the members stop changing; then releases it. */
  private async hold(lease: string): Promise<LifecycleOutcome> {
    const started = this.deps.now()
    let shown: Map<string, ViewMember> | undefined
    let posted: MessageRecord | undefined
    let result: LifecycleOutcome | undefined
    let lastChange = started
    let count = 0
    let advancing: Promise<void> | undefined
    /** An edit not yet counted, or counted while another could have been under way: count once more. */
    let uncounted = false
    let pace = this.t.editPaceMs
    const writes: Promise<void>[] = []
    for (;;) {
      const idle = advancing === undefined
      const read = await this.list()
      if (read.kind === 'unavailable') {
        if (result) return result
        return this.alone(read)
      }
      const snapshot = read.snapshot
      if (snapshot.lease !== lease) {
        // Taken over: the new holder edits from here on.
        if (result) return result
        return this.alone('another run took over the message before this run could show its alert')
      }
      count = Math.max(count, snapshot.shown ?? 0)
      const othersChanged = this.othersChanged(snapshot)
      const othersSeen = othersChanged > 0
      const episode = currentEpisode(snapshot)
      const members = this.viewMembers(snapshot, episode)
      const recorded = snapshot.records.filter(record => record.episode === episode).at(-1)
      const record =
        posted && posted.episode === episode && (!recorded || posted.postedAt >= recorded.postedAt) ? posted : recorded
      const view = this.view(snapshot, members, record)
      let changed = false
      if (!record || (view.state === 'failing' && this.deps.now() - record.postedAt >= this.t.renotifyMs)) {
        posted = await this.post(view, episode, record, writes)
        result = { kind: 'posted', message: posted.message, view }
        changed = true
      } else if (!shown || signature(members) !== signature(shown)) {
        try {
          await this.deps.chat.edit(record.message, view)
          result = result?.kind === 'posted' ? { ...result, view } : { kind: 'edited', message: record.message, view }
          await this.reply(record.message, changeReply(shown ?? this.membersBefore, members))
        } catch (error) {
          this.deps.warn(`could not edit the message of ${this.facts.key} (${describe(error)}); posting a new one`)
          posted = await this.post(view, episode, record, writes)
          result = { kind: 'posted', message: posted.message, view }
        }
        changed = true
      }
      shown = members
      if (changed) lastChange = this.deps.now()
      if (othersSeen && (changed || uncounted)) {
        if (idle) {
          // This listing came after the count was last moved: moving it on says "an edit shows all recorded then".
          const from = count
          uncounted = changed
          advancing = this.count(from, snapshot.shown === undefined).then(moved => {
            if (moved) count = Math.max(count, from + 1)
            advancing = undefined
          })
        } else uncounted = true
      }
      // A storm's holder stays as long as it has been busy (within bounds): members held up by the state host's
      // content-creation limit arrive late, and a second session would cost more requests than staying.
      const quiet =
        othersChanged >= STORM_MEMBERS
          ? this.t.stormQuietMs
          : othersSeen
            ? Math.min(Math.max(lastChange - started, this.t.quietMinMs), this.t.quietMaxMs)
            : 0
      const settled = !uncounted && this.deps.now() - lastChange >= quiet
      if (settled || this.deps.now() - started >= this.t.maxWaitMs) {
        await advancing
        await Promise.all(writes)
        const released = await this.deps.store.remove(this.leaseRef)
        if (released.kind === 'unavailable')
          this.deps.warn(
            `could not release the lease on ${this.facts.key}: ${released.reason}; the next run waits it out`
          )
        return result ?? { kind: 'shown', view }
      }
      // Listings slow down while nothing changes (each is a request against the state host's 1,000 an hour).
      pace = changed ? this.t.editPaceMs : Math.min(pace * 2, this.t.editPaceMs * 4)
      await this.deps.sleep(this.spread(pace))
    }
  }

  /** Posts the message of an episode and records it (in the background: edits need not wait for the state host). */
  private async post(
    view: ProblemView,
    episode: number,
    previous: MessageRecord | undefined,
    writes: Promise<void>[]
  ): Promise<MessageRecord> {
    let message: MessageReference
    try {
      message = await this.deps.chat.post(view)
    } catch (error) {
      await this.deps.store.remove(this.leaseRef).catch(() => undefined)
      throw error
    }
    const now = this.deps.now()
    const record = {
      ref: '',
      episode,
      openedAt: previous && previous.episode === episode ? previous.openedAt : now,
      postedAt: now,
      message
    }
    writes.push(this.writeRecord(record, previous))
    return record
  }

  private async writeRecord(record: MessageRecord, previous: MessageRecord | undefined): Promise<void> {
    const name = recordRefName(this.prefix, record)
    if (name === undefined) {
      this.deps.warn(`the message reference of ${this.facts.key} is too long to keep; the next alert posts anew`)
      return
    }
    const written = await this.deps.store.create(name, RECORD_COMMIT)
    if (written.kind === 'unavailable') {
      this.deps.warn(`could not record the message of ${this.facts.key}: ${written.reason}; ${written.advice}`)
      return
    }
    if (previous?.ref) await this.deps.store.remove(previous.ref)
  }

  /** Moves `shown` from `from` to the next count; false when another run moved it first or it cannot be written. */
  private async count(from: number, unreadable: boolean): Promise<boolean> {
    const next = shownCommit(from + 1)
    const moved =
      from === 0 && !unreadable
        ? await this.deps.store.create(this.shownRef, next)
        : await this.deps.store.move(this.shownRef, next, unreadable)
    if (moved.kind === 'unavailable') this.deps.warn(`could not count an edit of ${this.facts.key}: ${moved.reason}`)
    return moved.kind === 'done'
  }

  private async reply(message: MessageReference, text: string | undefined): Promise<void> {
    if (!text || !this.deps.chat.reply) return
    try {
      await this.deps.chat.reply(message, text)
    } catch (error) {
      this.deps.warn(`could not reply in the thread of ${this.facts.key}: ${describe(error)}`)
    }
  }

  /** The alert as a message of its own, with a warning saying why: state never costs an alert. */
  private async alone(why: StateUnavailable | string): Promise<LifecycleOutcome> {
    const reason = typeof why === 'string' ? why : `${why.reason}; ${why.advice}`
    const mark: MemberMark = { episode: 1, status: this.facts.status, occurrences: 1 }
    const view = problemView([{ label: this.label(), mark }], this.viewContext(this.facts.at))
    const message = await this.deps.chat.post(view)
    this.deps.warn(`the alert was sent as a message of its own, not folded into its problem's message: ${reason}`)
    return { kind: 'posted-alone', message, view, reason }
  }

  private async list(): Promise<{ kind: 'listed'; snapshot: ProblemSnapshot } | StateUnavailable> {
    const listed = await this.deps.store.list(this.prefix)
    if (listed.kind === 'unavailable') return listed
    return { kind: 'listed', snapshot: readSnapshot(this.prefix, listed.refs) }
  }

  private viewMembers(snapshot: ProblemSnapshot, episode = currentEpisode(snapshot)): Map<string, ViewMember> {
    const members = new Map<string, ViewMember>()
    for (const { hash, member, mark } of markedMembers(snapshot, [episode]))
      members.set(hash, { label: member.label || hash, mark })
    return members
  }

  private view(snapshot: ProblemSnapshot, members: Map<string, ViewMember>, record: MessageRecord | undefined) {
    if (this.othersChanged(snapshot) > 0) this.latestAt = Math.max(this.latestAt, this.deps.now())
    return problemView([...members.values()], this.viewContext(record?.openedAt ?? this.facts.at))
  }

  private viewContext(openedAt: number) {
    return {
      key: this.facts.key,
      sample: this.facts.sample,
      openedAt,
      lastSeenAt: this.latestAt,
      latestText: this.facts.text,
      maxListed: this.maxListed
    }
  }

  private label(): string {
    return this.facts.label || this.hash
  }

  /** The other members' refs (commit by fingerprint hash). */
  private others(snapshot: ProblemSnapshot): Map<string, string> {
    const others = new Map<string, string>()
    for (const [hash, member] of snapshot.members) if (hash !== this.hash) others.set(hash, member.sha)
    return others
  }

  /** How many other members changed since this run first listed: other runs wrote (and may be waiting). */
  private othersChanged(snapshot: ProblemSnapshot): number {
    let changed = 0
    for (const [hash, sha] of this.others(snapshot)) if (this.othersBefore.get(hash) !== sha) changed++
    return changed
  }

  /** `ms` spread by ±25 %, so runs that wait together return apart. */
  private spread(ms: number): number {
    return ms * (0.75 + this.deps.random() * 0.5)
  }
}

/** The newest episode the refs know: of the newest record, or one a member already joined (its message may be due). */
function currentEpisode(snapshot: ProblemSnapshot): number {
  const recorded = snapshot.records.at(-1)?.episode ?? 0
  const candidates = [recorded, recorded + 1, recorded + 2].filter(episode => episode > 0)
  let episode = recorded
  for (const { mark } of markedMembers(snapshot, candidates)) episode = Math.max(episode, mark.episode)
  return episode
}

function episodeState(snapshot: ProblemSnapshot, episode: number): 'failing' | 'resolved' {
  const marks = markedMembers(snapshot, [episode])
  return marks.length > 0 && marks.every(({ mark }) => mark.status === 'recovered') ? 'resolved' : 'failing'
}

function signature(members: Map<string, ViewMember>): string {
  return [...members]
    .map(([hash, { mark }]) => `${hash}:${mark.episode}:${mark.status}:${mark.occurrences}`)
    .sort()
    .join(',')
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
