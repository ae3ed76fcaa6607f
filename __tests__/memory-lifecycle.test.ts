// The problem lifecycle with an in-memory ref store and chat: what one run decides and does (post, edit, resolve,
// renotify, a new episode, sample alerts, a refused state, a holder that died, a deleted message), and that
// simultaneous runs leave one message. Timings are scaled down; the store behaves as the git refs API does
// (create only if absent, fast-forward moves, the commits' parents as computed).
import { describe, expect, it } from '@jest/globals'
import type { RefStore, RefWrite, StateUnavailable } from '../src/memory/git-ref-store.js'
import { runLifecycle, type AlertFacts, type Chat } from '../src/memory/lifecycle.js'
import type { MessageReference } from '../src/memory/problem-refs.js'
import { readSnapshot, recordRefName, problemPrefix } from '../src/memory/problem-refs.js'
import type { ProblemView } from '../src/memory/problem-view.js'
import { LEASE_COMMIT, memberCommit, type CommitSpec } from '../src/memory/state-commits.js'
import { scaledTimings } from './helpers/fold-harness.js'

const REFUSED: StateUnavailable = {
  kind: 'unavailable',
  reason: 'could not read the alert state in acme/data-platform (403 Resource not accessible by integration)',
  advice: 'give the workflow job `permissions: contents: write`'
}

class MemoryStore implements RefStore {
  readonly refs = new Map<string, string>()
  private readonly parents = new Map<string, string[]>()
  refuse: 'list' | 'write' | undefined

  async list(prefix: string) {
    await tick()
    if (this.refuse === 'list') return REFUSED
    return {
      kind: 'listed' as const,
      refs: [...this.refs].filter(([name]) => name.startsWith(prefix)).map(([name, sha]) => ({ name, sha }))
    }
  }

  async create(name: string, commit: CommitSpec): Promise<RefWrite> {
    return this.write(() => {
      if (this.refs.has(name)) return { kind: 'conflict' }
      this.refs.set(name, commit.sha)
      return { kind: 'done' }
    }, commit)
  }

  async move(name: string, commit: CommitSpec, force: boolean): Promise<RefWrite> {
    return this.write(() => {
      const current = this.refs.get(name)
      if (current === undefined || (!force && !this.reaches(commit.sha, current))) return { kind: 'conflict' }
      this.refs.set(name, commit.sha)
      return { kind: 'done' }
    }, commit)
  }

  async remove(name: string): Promise<RefWrite> {
    return this.write(() => (this.refs.delete(name) ? { kind: 'done' } : { kind: 'conflict' }))
  }

  private async write(change: () => RefWrite, commit?: CommitSpec): Promise<RefWrite> {
    await tick()
    if (this.refuse === 'write') return REFUSED
    if (commit) this.parents.set(commit.sha, commit.parents)
    return change()
  }

  private reaches(sha: string, ancestor: string): boolean {
    if (sha === ancestor) return true
    return (this.parents.get(sha) ?? []).some(parent => this.reaches(parent, ancestor))
  }
}

const tick = () => new Promise(resolve => setTimeout(resolve, Math.random() * 3))

class MemoryChat implements Chat {
  posts: ProblemView[] = []
  edits: { message: string; view: ProblemView }[] = []
  replies: { message: string; text: string }[] = []
  /** Messages deleted by someone: editing them fails. */
  deleted = new Set<string>()

  async post(view: ProblemView): Promise<MessageReference> {
    await tick()
    this.posts.push(view)
    return { message: `m${this.posts.length}`, thread: `t${this.posts.length}` }
  }

  async edit(message: MessageReference, view: ProblemView): Promise<void> {
    await tick()
    if (this.deleted.has(message.message)) throw new Error('Discord answered 404: Unknown Message (10008)')
    this.edits.push({ message: message.message, view })
  }

  async reply(message: MessageReference, text: string): Promise<void> {
    this.replies.push({ message: message.message, text })
  }

  /** The view the message `id` shows now. */
  current(id: string): ProblemView | undefined {
    return this.edits.filter(edit => edit.message === id).at(-1)?.view ?? this.posts[Number(id.slice(1)) - 1]
  }
}

const MINUTE = 60_000

function world() {
  const store = new MemoryStore()
  const chat = new MemoryChat()
  const warnings: string[] = []
  let offset = 0
  let runs = 0
  const run = (facts: Partial<AlertFacts> & { fingerprint: string }, options: { skipRepeats?: boolean } = {}) =>
    runLifecycle(
      {
        destination: 'discord:123',
        key: 'policy:orders',
        label: facts.fingerprint,
        status: 'failing',
        sample: false,
        text: `${facts.fingerprint} failed`,
        at: Date.now() + offset,
        ...facts
      },
      {
        store,
        chat,
        now: () => Date.now() + offset,
        sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
        random: Math.random,
        warn: message => warnings.push(message),
        run: `run-${++runs}`,
        timings: scaledTimings(0.01),
        maxListed: 10,
        ...options
      }
    )
  return { store, chat, warnings, run, later: (ms: number) => (offset += ms) }
}

describe('problem lifecycle', () => {
  it('a first alert posts and records the message; repeats edit it; the recovery resolves it, replying in its thread', async () => {
    const { store, chat, warnings, run, later } = world()
    expect(await run({ fingerprint: 'orders_daily' })).toMatchObject({ kind: 'posted', message: { message: 'm1' } })
    const records = readSnapshot(
      problemPrefix('discord:123\npolicy:orders'),
      [...store.refs].map(([name, sha]) => ({ name, sha }))
    ).records
    expect(records).toMatchObject([{ episode: 1, message: { message: 'm1', thread: 't1' } }])
    await run({ fingerprint: 'orders_daily' })
    later(42 * MINUTE)
    expect(await run({ fingerprint: 'orders_daily', text: 'the third' })).toMatchObject({
      kind: 'edited',
      view: { state: 'failing', occurrences: 3, latestText: 'the third' }
    })
    const resolved = await run({ fingerprint: 'orders_daily', status: 'recovered' })
    expect(resolved).toMatchObject({
      kind: 'edited',
      view: { state: 'resolved', counts: { failing: 0, recovered: 1 }, resolvedAfterMinutes: 42 }
    })
    expect(chat.posts).toHaveLength(1)
    expect(chat.edits.map(edit => edit.message)).toEqual(['m1', 'm1', 'm1'])
    expect(chat.replies.map(reply => reply.text)).toEqual([
      'orders_daily failing again',
      'orders_daily failing again',
      'orders_daily recovered'
    ])
    // The lease is released: the next run does not wait for anyone.
    expect([...store.refs.keys()].some(name => name.endsWith('/lease'))).toBe(false)
    expect(warnings).toEqual([])
  })

  it('a group of three resolves only when its last member recovers', async () => {
    const { chat, run } = world()
    for (const member of ['a', 'b', 'c']) await run({ fingerprint: member })
    expect((await run({ fingerprint: 'b', status: 'recovered' })).view).toMatchObject({
      state: 'failing',
      counts: { failing: 2, recovered: 1 }
    })
    expect((await run({ fingerprint: 'a', status: 'recovered' })).view.state).toBe('failing')
    expect((await run({ fingerprint: 'c', status: 'recovered' })).view).toMatchObject({
      state: 'resolved',
      counts: { failing: 0, recovered: 3 }
    })
    expect(chat.posts).toHaveLength(1)
  })

  it('a problem still failing when its message is older than renotify gets a fresh message', async () => {
    const { chat, store, run, later } = world()
    await run({ fingerprint: 'a' })
    later(23 * 60 * MINUTE)
    expect((await run({ fingerprint: 'a' })).kind).toBe('edited')
    later(2 * 60 * MINUTE)
    const fresh = await run({ fingerprint: 'a' })
    expect(fresh).toMatchObject({ kind: 'posted', message: { message: 'm2' }, view: { occurrences: 3 } })
    // The older record is removed: a listing carries one per episode.
    expect([...store.refs.keys()].filter(name => name.includes('/message/'))).toHaveLength(1)
    expect((await run({ fingerprint: 'a' })).kind === 'edited' && chat.edits.at(-1)?.message).toBe('m2')
  })

  it('a failure after the problem resolved opens a new episode: a new message with only its members', async () => {
    const { chat, run } = world()
    await run({ fingerprint: 'a' })
    await run({ fingerprint: 'b' })
    await run({ fingerprint: 'a', status: 'recovered' })
    await run({ fingerprint: 'b', status: 'recovered' })
    const again = await run({ fingerprint: 'b' })
    expect(again).toMatchObject({ kind: 'posted', message: { message: 'm2' } })
    expect(again.view).toMatchObject({ counts: { failing: 1, recovered: 0 }, occurrences: 1 })
    expect(chat.current('m1')?.state).toBe('resolved')
  })

  it('a sample alert never touches the real problem: its own state and message', async () => {
    const { chat, run } = world()
    await run({ fingerprint: 'a' })
    expect(await run({ fingerprint: 'a', sample: true })).toMatchObject({ kind: 'posted', view: { sample: true } })
    await run({ fingerprint: 'a', status: 'recovered', sample: true })
    expect(chat.current('m1')).toMatchObject({ state: 'failing', sample: false, occurrences: 1 })
    expect(chat.current('m2')).toMatchObject({ state: 'resolved', sample: true })
  })

  it('state that cannot be read or written costs no alert: a message of its own, with a warning', async () => {
    for (const refuse of ['list', 'write'] as const) {
      const { store, chat, warnings, run } = world()
      store.refuse = refuse
      expect(await run({ fingerprint: 'a' })).toMatchObject({
        kind: 'posted-alone',
        reason: expect.stringContaining('403')
      })
      expect(chat.posts).toHaveLength(1)
      expect(warnings).toEqual([expect.stringMatching(/message of its own.*403.*contents: write/)])
    }
  })

  it('a lease whose holder died is taken over after the stall bound: the alert is shown, with a warning', async () => {
    const { store, chat, warnings, run } = world()
    // A run claimed the problem and died before posting.
    const prefix = problemPrefix('discord:123\npolicy:orders')
    store.refs.set(`${prefix}lease`, LEASE_COMMIT.sha)
    const started = Date.now()
    expect(await run({ fingerprint: 'a' })).toMatchObject({ kind: 'posted' })
    expect(Date.now() - started).toBeGreaterThanOrEqual(scaledTimings(0.01).stallMs)
    expect(chat.posts).toHaveLength(1)
    expect(warnings).toEqual([expect.stringContaining('took over')])
  })

  it('a message someone deleted is posted again and recorded', async () => {
    const { chat, warnings, run } = world()
    await run({ fingerprint: 'a' })
    chat.deleted.add('m1')
    expect(await run({ fingerprint: 'a' })).toMatchObject({ kind: 'posted', message: { message: 'm2' } })
    expect((await run({ fingerprint: 'a' })).kind === 'edited' && chat.edits.at(-1)?.message).toBe('m2')
    expect(warnings).toEqual([expect.stringContaining('could not edit the message')])
  })

  it('20 simultaneous first alerts of one problem leave one message', async () => {
    const { chat, warnings, run } = world()
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => run({ fingerprint: 'orders_daily' })))
    expect(chat.posts).toHaveLength(1)
    expect(outcomes.filter(outcome => outcome.kind === 'posted')).toHaveLength(1)
    expect(warnings).toEqual([])
  })

  it('60 simultaneous members fold into one message: the first ones named, "and N more", every run shown', async () => {
    const { chat, warnings, run } = world()
    const outcomes = await Promise.all(
      Array.from({ length: 60 }, (_, i) => run({ fingerprint: `asset_${String(i).padStart(2, '0')}` }))
    )
    expect(chat.posts).toHaveLength(1)
    const final = chat.current('m1')
    expect(final).toMatchObject({ counts: { failing: 60, recovered: 0 }, more: 50 })
    expect(final?.members.map(member => member.label)).toEqual(Array.from({ length: 10 }, (_, i) => `asset_0${i}`))
    expect(outcomes.every(outcome => outcome.kind !== 'posted-alone')).toBe(true)
    // A run another run's edit showed says where its alert is, as the others do.
    const shown = outcomes.filter(outcome => outcome.kind === 'shown')
    expect(shown.length).toBeGreaterThan(0)
    expect(shown.map(outcome => outcome.message)).toEqual(shown.map(() => ({ message: 'm1', thread: 't1' })))
    // Edits were coalesced: far fewer than one per alert.
    expect(chat.edits.length).toBeLessThan(20)
    expect(warnings).toEqual([])
  })

  it('repeat: skip: a repeat of a member already failing is skipped and recorded nowhere; a new member still joins', async () => {
    const { chat, store, run, later } = world()
    const skip = { skipRepeats: true }
    expect((await run({ fingerprint: 'a' }, skip)).kind).toBe('posted')
    const refs = new Map(store.refs)
    expect(await run({ fingerprint: 'a' }, skip)).toMatchObject({
      kind: 'skipped',
      message: { message: 'm1' },
      view: { counts: { failing: 1 }, occurrences: 1 }
    })
    expect(store.refs).toEqual(refs)
    expect(chat.edits).toEqual([])
    expect(await run({ fingerprint: 'b' }, skip)).toMatchObject({ kind: 'edited', view: { counts: { failing: 2 } } })
    // A member failing again after its recovery is news; a message due for renotify is posted anew.
    await run({ fingerprint: 'a', status: 'recovered' }, skip)
    expect((await run({ fingerprint: 'a' }, skip)).kind).toBe('edited')
    expect((await run({ fingerprint: 'b' }, skip)).kind).toBe('skipped')
    later(25 * 60 * MINUTE)
    expect(await run({ fingerprint: 'b' }, skip)).toMatchObject({ kind: 'posted', message: { message: 'm2' } })
    expect(chat.posts).toHaveLength(2)
  })

  it('a member ref says its episode, status and occurrences; a record ref says where the message is', () => {
    const prefix = problemPrefix('k')
    const record = { episode: 2, openedAt: 1_000, postedAt: 2_000, message: { message: '17.5', channel: 'C1' } }
    const name = recordRefName(prefix, record)!
    const snapshot = readSnapshot(prefix, [
      { name, sha: 'f'.repeat(40) },
      {
        name: `${prefix}member/${'0'.repeat(20)}-${Buffer.from('a/b ✓').toString('base64url')}`,
        sha: memberCommit({ episode: 2, status: 'recovered', occurrences: 7 }).sha
      },
      { name: `${prefix}message/not-ours`, sha: 'f'.repeat(40) },
      { name: `${prefix}member/../x`, sha: 'f'.repeat(40) }
    ])
    expect(snapshot.records).toEqual([{ ref: name, ...record }])
    expect([...snapshot.members.values()]).toMatchObject([{ label: 'a/b ✓' }])
  })
})
