/**
 * One run's view of its problem's state: who it is among the members, what it saw when it first listed, and the
 * message it would show; shared by the waiting run and the lease holder (lifecycle.ts, lease-holder.ts).
 */
import type { StateUnavailable } from './git-ref-store.js'
import type { AlertFacts, LifecycleDeps, LifecycleOutcome, LifecycleTimings } from './lifecycle.js'
import {
  fingerprintHash,
  markedMembers,
  problemPrefix,
  readSnapshot,
  type MessageRecord,
  type ProblemSnapshot
} from './problem-refs.js'
import { MAX_LISTED_MEMBERS, problemView, type ViewMember } from './problem-view.js'
import type { MemberMark } from './state-commits.js'

export class ProblemRun {
  protected readonly prefix: string
  protected readonly leaseRef: string
  protected readonly shownRef: string
  protected readonly hash: string
  private readonly maxListed: number
  /** The others' members as listed before this run wrote its own. */
  protected othersBefore = new Map<string, string>()
  /** The members as listed before this run wrote its own: what the message showed, for the first thread reply. */
  protected membersBefore = new Map<string, ViewMember>()
  /** The newest alert time a view includes. */
  private latestAt: number

  constructor(
    protected readonly facts: AlertFacts,
    protected readonly deps: LifecycleDeps,
    protected readonly t: LifecycleTimings
  ) {
    // A sample alert's key cannot be a real one's: the real ones do not start with a line break.
    const key = facts.sample ? `\nsample\n${facts.key}` : facts.key
    this.prefix = problemPrefix(`${facts.destination}\n${key}`)
    this.leaseRef = `${this.prefix}lease`
    this.shownRef = `${this.prefix}shown`
    this.hash = fingerprintHash(facts.fingerprint)
    this.maxListed = deps.maxListed ?? MAX_LISTED_MEMBERS
    this.latestAt = facts.at
  }

  /** The alert as a message of its own, with a warning saying why: state never costs an alert. */
  protected async alone(why: StateUnavailable | string): Promise<LifecycleOutcome> {
    const reason = typeof why === 'string' ? why : `${why.reason}; ${why.advice}`
    const mark: MemberMark = { episode: 1, status: this.facts.status, occurrences: 1 }
    const view = problemView([{ label: this.label(), mark }], this.viewContext(this.facts.at))
    const message = await this.deps.chat.post(view)
    this.deps.warn(`the alert was sent as a message of its own, not folded into its problem's message: ${reason}`)
    return { kind: 'posted-alone', message, view, reason }
  }

  protected async list(): Promise<{ kind: 'listed'; snapshot: ProblemSnapshot } | StateUnavailable> {
    const listed = await this.deps.store.list(this.prefix)
    if (listed.kind === 'unavailable') return listed
    return { kind: 'listed', snapshot: readSnapshot(this.prefix, listed.refs) }
  }

  protected viewMembers(snapshot: ProblemSnapshot, episode = currentEpisode(snapshot)): Map<string, ViewMember> {
    const members = new Map<string, ViewMember>()
    for (const { hash, member, mark } of markedMembers(snapshot, [episode]))
      members.set(hash, { label: member.label || hash, mark })
    return members
  }

  protected view(snapshot: ProblemSnapshot, members: Map<string, ViewMember>, record: MessageRecord | undefined) {
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
  protected others(snapshot: ProblemSnapshot): Map<string, string> {
    const others = new Map<string, string>()
    for (const [hash, member] of snapshot.members) if (hash !== this.hash) others.set(hash, member.sha)
    return others
  }

  /** How many other members changed since this run first listed: other runs wrote (and may be waiting). */
  protected othersChanged(snapshot: ProblemSnapshot): number {
    let changed = 0
    for (const [hash, sha] of this.others(snapshot)) if (this.othersBefore.get(hash) !== sha) changed++
    return changed
  }

  /** `ms` spread by ±25 %, so runs that wait together return apart. */
  protected spread(ms: number): number {
    return ms * (0.75 + this.deps.random() * 0.5)
  }
}

/** The newest episode the refs know: of the newest record, or one a member already joined (its message may be due). */
export function currentEpisode(snapshot: ProblemSnapshot): number {
  const recorded = snapshot.records.at(-1)?.episode ?? 0
  const candidates = [recorded, recorded + 1, recorded + 2].filter(episode => episode > 0)
  let episode = recorded
  for (const { mark } of markedMembers(snapshot, candidates)) episode = Math.max(episode, mark.episode)
  return episode
}
