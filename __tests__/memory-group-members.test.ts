// The members of a group key on trackers and on-call services, with an in-memory ref store that answers as the git
// refs API does (create only if absent, a move of an absent ref is a conflict): what each alert writes and reads,
// which members a recovery finds still failing, and that a refused or missing store only warns.
import { describe, expect, it } from '@jest/globals'
import type { RefStore, RefWrite, StateUnavailable } from '../src/memory/git-ref-store.js'
import { recordGroupMember, type GroupMember } from '../src/memory/group-members.js'
import { problemPrefix } from '../src/memory/problem-refs.js'
import type { CommitSpec } from '../src/memory/state-commits.js'
import { stillFailingSummary, withStillFailing } from '../src/tracking/contract.js'

const REFUSED: StateUnavailable = {
  kind: 'unavailable',
  reason: 'could not write the alert state in acme/data-platform (403 Resource not accessible by integration)',
  advice:
    'give the workflow job `permissions: contents: write`, or give a token that may write them in the state-token input'
}

class MemoryStore implements RefStore {
  readonly refs = new Map<string, string>()
  readonly calls: string[] = []
  refuse = false

  async list(prefix: string) {
    this.calls.push('list')
    if (this.refuse) return REFUSED
    const refs = [...this.refs].filter(([name]) => name.startsWith(prefix)).map(([name, sha]) => ({ name, sha }))
    return { kind: 'listed' as const, refs }
  }

  async create(name: string, commit: CommitSpec): Promise<RefWrite> {
    this.calls.push('create')
    if (this.refuse) return REFUSED
    if (this.refs.has(name)) return { kind: 'conflict' }
    this.refs.set(name, commit.sha)
    return { kind: 'done' }
  }

  async move(name: string, commit: CommitSpec, force: boolean): Promise<RefWrite> {
    this.calls.push(`move${force ? ' (forced)' : ''}`)
    if (this.refuse) return REFUSED
    if (!this.refs.has(name)) return { kind: 'conflict' }
    this.refs.set(name, commit.sha)
    return { kind: 'done' }
  }

  async remove(): Promise<RefWrite> {
    throw new Error('group members never remove a ref')
  }
}

function group(store: RefStore | undefined, base: Partial<GroupMember> = {}) {
  const warnings: string[] = []
  const alert = (label: string, recovery = false) =>
    recordGroupMember(
      {
        destination: 'tracker:github:https://api.github.com',
        key: 'policy-1',
        fingerprint: `fp-${label}`,
        label,
        recovery,
        ...base
      },
      { store, warn: message => warnings.push(message) }
    )
  return {
    warnings,
    fail: (label: string) => alert(label),
    recover: (label: string) => alert(label, true)
  }
}

describe('group members', () => {
  it('three members: the first two recoveries name the members still failing, the last finds none', async () => {
    const store = new MemoryStore()
    const { fail, recover, warnings } = group(store)
    for (const label of ['A', 'B', 'C']) expect(await fail(label)).toBeUndefined()
    expect(await recover('A')).toEqual({ recovered: 'A', named: ['B', 'C'], count: 2 })
    expect(await recover('B')).toEqual({ recovered: 'B', named: ['C'], count: 1 })
    expect(await recover('C')).toBeUndefined()
    expect(warnings).toEqual([])
    expect(store.refs.size).toBe(3)
    expect(
      [...store.refs.keys()].every(name =>
        name.startsWith(problemPrefix('tracker:github:https://api.github.com\npolicy-1'))
      )
    )
  })

  it('a failure costs one request (two when its ref exists), a recovery two (three when it does not): write, then list', async () => {
    const store = new MemoryStore()
    const { fail, recover } = group(store)
    await fail('A')
    expect(store.calls.splice(0)).toEqual(['create'])
    await fail('A')
    expect(store.calls.splice(0)).toEqual(['create', 'move (forced)'])
    await recover('A')
    expect(store.calls.splice(0)).toEqual(['move (forced)', 'list'])
    // A member whose failure was never recorded (the state was refused then) is created by its recovery.
    await recover('B')
    expect(store.calls.splice(0)).toEqual(['move (forced)', 'create', 'list'])
  })

  it('a member failing again after its recovery counts as failing; its own ref never keeps its group open', async () => {
    const { fail, recover } = group(new MemoryStore())
    await fail('A')
    await fail('B')
    await recover('B')
    await fail('B')
    expect(await recover('A')).toEqual({ recovered: 'A', named: ['B'], count: 1 })
    expect(await recover('B')).toBeUndefined()
  })

  it('another key or destination has members of its own', async () => {
    const store = new MemoryStore()
    await group(store).fail('B')
    expect(await group(store, { key: 'policy-2' }).recover('A')).toBeUndefined()
    expect(await group(store, { destination: 'tracker:jira:https://acme.atlassian.net' }).recover('A')).toBeUndefined()
    expect(await group(store).recover('A')).toEqual({ recovered: 'A', named: ['B'], count: 1 })
  })

  it('names the first ten members still failing; the note and the notice say how many more', async () => {
    const { fail, recover } = group(new MemoryStore())
    const labels = Array.from({ length: 12 }, (_, n) => `asset_${String(n).padStart(2, '0')}`)
    for (const label of labels) await fail(label)
    const still = await recover('asset_00')
    expect(still).toEqual({ recovered: 'asset_00', named: labels.slice(1, 11), count: 11 })
    if (!still) throw new Error('unreachable')
    expect(stillFailingSummary(still)).toBe(
      `asset_00 recovered; 11 members still failing (${labels.slice(1, 11).join(', ')} (and 1 more))`
    )
    const note = withStillFailing({ heading: 'Recovered: x', lines: [{ label: 'Status', text: 'SUCCESS' }] }, still)
    expect(note.lines.at(-1)).toEqual({
      label: 'Still failing',
      text: `${labels.slice(1, 11).join(', ')} (and 1 more)`
    })
  })

  it('refs refused: a warning with what to do, and the recovery closes as before (nothing still failing)', async () => {
    const store = new MemoryStore()
    const { fail, recover, warnings } = group(store)
    await fail('B')
    store.refuse = true
    expect(await recover('A')).toBeUndefined()
    expect(warnings).toEqual([
      expect.stringMatching(
        /^could not keep the members of the group key `policy-1`: .*403.*contents: write.*state-token.*; this recovery closes or resolves the problem even if other members are still failing$/
      )
    ])
    expect(await fail('C')).toBeUndefined()
    expect(warnings[1]).toMatch(/this member's failure is not counted when another member recovers$/)
  })

  it('no repository or state-token: a warning naming the input, no request', async () => {
    const { recover, warnings } = group(undefined)
    expect(await recover('A')).toBeUndefined()
    expect(warnings).toEqual([expect.stringContaining('no GITHUB_REPOSITORY or state-token input')])
  })
})
