/**
 * The run holding a problem's lease: it posts or edits the message until the members stop changing, and counts
 * `shown` for the runs that wait.
 */
import type { LifecycleOutcome } from './lifecycle.js'
import { recordRefName, type MessageRecord, type MessageReference } from './problem-refs.js'
import { currentEpisode, ProblemRun } from './problem-run.js'
import { changeReply, type ProblemView, type ViewMember } from './problem-view.js'
import { RECORD_COMMIT, shownCommit } from './state-commits.js'

/** Other members changed in one holder's session from which it takes the session for a storm. */
const STORM_MEMBERS = 30

export class LeaseHolder extends ProblemRun {
  /** Posts or edits the message while holding the lease, until the members stop changing; then releases it. */
  protected async hold(lease: string): Promise<LifecycleOutcome> {
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
        return result ?? { kind: 'shown', view, ...(record && { message: record.message }) }
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
