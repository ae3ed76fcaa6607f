// The problem-state store over git refs, against the GitHub stand-in: create, read, update, compare-and-swap
// conflicts between runs, refusals as typed results, and the number of requests each step costs.
import { afterEach, describe, expect, it } from '@jest/globals'
import { startGitHub } from './stand-ins/index.js'
import type { GitHubOptions, GitHubStandIn } from './stand-ins/github.js'
import type { HttpRequest, Send } from '../src/http.js'
import { gitRefStore, STATE_TREE, stateRef, type StateStore } from '../src/memory/git-ref-store.js'
import { memberCounts, newProblem, recordSighting, type Sighting } from '../src/memory/problem-state.js'

let hub: GitHubStandIn | undefined
afterEach(async () => {
  await hub?.close()
  hub = undefined
})

/** A send with no retries: the store must read every reply itself. */
function fetchSend(): Send {
  return async (request: HttpRequest) => {
    const response = await fetch(request.url, {
      method: request.method,
      headers: { 'user-agent': 'dagster-alert-relay', ...request.headers },
      body: request.body
    })
    return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() }
  }
}

async function start(options: GitHubOptions = {}, send?: Send): Promise<{ hub: GitHubStandIn; store: StateStore }> {
  hub = await startGitHub(options)
  const store = gitRefStore({
    apiUrl: hub.url,
    repository: 'acme/data-platform',
    token: hub.state.token,
    send: send ?? fetchSend()
  })
  return { hub, store }
}

const at = (second: number) => new Date(Date.UTC(2026, 4, 1, 10, 0, second)).toISOString()
const failing = (fingerprint: string, second = 0): Sighting => ({ fingerprint, status: 'failing', at: at(second) })

/** A run's whole update: read, record its alert, write; on a conflict read again (as the pipeline's caller will). */
async function recordWithRetry(store: StateStore, key: string, sighting: Sighting, attempts = 100) {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const read = await store.read(key)
    if (read.kind !== 'read') return read
    const state = read.state ? recordSighting(read.state, sighting) : newProblem(key, sighting)
    const written = await store.write(key, state, read.version)
    if (written.kind !== 'conflict') return { ...written, attempts: attempt }
  }
  throw new Error('never written')
}

describe('git ref state store', () => {
  it('the shared tree id is the id git gives its content', async () => {
    const { hub } = await start()
    const response = await fetch(`${hub.url}/repos/acme/data-platform/git/trees`, {
      method: 'POST',
      headers: { authorization: hub.authorization, 'user-agent': 't', 'content-type': 'application/json' },
      body: JSON.stringify({
        tree: [{ path: STATE_TREE.path, mode: '100644', type: 'blob', content: STATE_TREE.content }]
      })
    })
    expect(((await response.json()) as { sha: string }).sha).toBe(STATE_TREE.sha)
  })

  it('creates, reads and updates a problem in refs/dagster-alert-relay/, with 1 + 2 requests per first alert and 2 + 2 after', async () => {
    const { hub, store } = await start()
    const key = 'policy:orders << odd key >>'
    expect(await store.read(key)).toEqual({ kind: 'read', state: undefined, version: undefined })
    expect(hub.requests).toHaveLength(1)

    const first = newProblem(key, failing('fp-a'))
    const created = await store.write(key, first, undefined)
    expect(created.kind).toBe('written')
    // The first write in a repository also creates the shared tree (then commits again): 4 requests, once.
    expect(hub.requests.slice(1).map(request => `${request.method} ${request.path.split('/git/')[1]}`)).toEqual([
      'POST commits',
      'POST trees',
      'POST commits',
      'POST refs'
    ])
    expect(hub.state.git['acme/data-platform'].refs.has(stateRef(key))).toBe(true)
    expect(stateRef(key)).toMatch(/^refs\/dagster-alert-relay\/problems\/[0-9a-f]{40}$/)

    const before = hub.requests.length
    const read = await store.read(key)
    expect(read).toMatchObject({
      kind: 'read',
      state: first,
      version: created.kind === 'written' ? created.version : {}
    })
    if (read.kind !== 'read' || !read.state) throw new Error('unread')
    const updated = recordSighting(read.state, failing('fp-b', 5))
    expect((await store.write(key, updated, read.version)).kind).toBe('written')
    expect(
      hub.requests.slice(before).map(request => `${request.method} ${request.path.split('/git/')[1].split('/')[0]}`)
    ).toEqual(['GET ref', 'GET commits', 'POST commits', 'PATCH refs'])
    const again = await store.read(key)
    expect(again.kind === 'read' && again.state && memberCounts(again.state)).toEqual({ failing: 2, recovered: 0 })

    // Another problem's first write reuses the tree: 2 requests.
    const other = hub.requests.length
    await store.write('other', newProblem('other', failing('x')), undefined)
    expect(hub.requests.slice(other).map(request => request.method)).toEqual(['POST', 'POST'])
  })

  it('two writers of one version: one wins, the other gets a conflict, reads again and merges its member', async () => {
    const { store } = await start()
    const key = 'orders'
    await store.write(key, newProblem(key, failing('a')), undefined)
    const readA = await store.read(key)
    const readB = await store.read(key)
    if (readA.kind !== 'read' || readB.kind !== 'read' || !readA.state || !readB.state) throw new Error('unread')
    expect((await store.write(key, recordSighting(readA.state, failing('b', 1)), readA.version)).kind).toBe('written')
    expect(await store.write(key, recordSighting(readB.state, failing('c', 2)), readB.version)).toEqual({
      kind: 'conflict'
    })

    const reread = await store.read(key)
    if (reread.kind !== 'read' || !reread.state) throw new Error('unread')
    expect((await store.write(key, recordSighting(reread.state, failing('c', 2)), reread.version)).kind).toBe('written')
    const final = await store.read(key)
    expect(final.kind === 'read' && final.state?.members.map(member => member.fingerprint).sort()).toEqual([
      'a',
      'b',
      'c'
    ])
  })

  it('two first writers: the second create is a conflict, not a second state', async () => {
    const { store } = await start()
    expect((await store.write('k', newProblem('k', failing('a')), undefined)).kind).toBe('written')
    expect(await store.write('k', newProblem('k', failing('b')), undefined)).toEqual({ kind: 'conflict' })
  })

  it('20 simultaneous writers of one key all end up in the state', async () => {
    const { store } = await start({ rateLimits: false })
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => recordWithRetry(store, 'storm', failing(`asset-${i}`, i)))
    )
    expect(results.every(result => result.kind === 'written')).toBe(true)
    const final = await store.read('storm')
    if (final.kind !== 'read' || !final.state) throw new Error('unread')
    expect(final.state.members.map(member => member.fingerprint).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `asset-${i}`).sort()
    )
    expect(memberCounts(final.state)).toEqual({ failing: 20, recovered: 0 })
  })

  it('a state it cannot read is replaced, on top of the version found', async () => {
    const { hub, store } = await start()
    await store.write('k', newProblem('k', failing('a')), undefined)
    const git = hub.state.git['acme/data-platform']
    const sha = git.refs.get(stateRef('k'))!
    const commit = git.objects.get(sha)
    if (commit?.type !== 'commit') throw new Error('no commit')
    commit.message = 'hand-edited\n\n{"format": "something else"}'
    const read = await store.read('k')
    expect(read).toMatchObject({
      kind: 'read',
      state: undefined,
      version: { commit: sha },
      warning: expect.stringContaining('replaced')
    })
    if (read.kind !== 'read') throw new Error('unread')
    expect((await store.write('k', newProblem('k', failing('b')), read.version)).kind).toBe('written')
  })
})

describe('git ref state store: refusals are results, never throws', () => {
  it('a token without contents: write: unavailable, saying which permission to give', async () => {
    const { store } = await start({ permissions: { contents: 'read' } })
    expect((await store.read('k')).kind).toBe('read')
    const written = await store.write('k', newProblem('k', failing('a')), undefined)
    expect(written).toMatchObject({
      kind: 'unavailable',
      reason: expect.stringContaining('403 Resource not accessible by integration'),
      advice: expect.stringMatching(/permissions: contents: write[\s\S]*dedicated repository/)
    })
  })

  it('a refused refs API (403) on read: unavailable', async () => {
    const { store } = await start({ repositories: [{ fullName: 'acme/data-platform', refsForbidden: true }] })
    expect(await store.read('k')).toMatchObject({
      kind: 'unavailable',
      advice: expect.stringContaining('contents: write')
    })
  })

  it('an empty repository (409) and an unknown repository (404): unavailable with what to do', async () => {
    const empty = await start({ repositories: [{ fullName: 'acme/data-platform', empty: true }] })
    expect(await empty.store.read('k')).toMatchObject({
      kind: 'unavailable',
      reason: expect.stringContaining('409 Git Repository is empty.'),
      advice: expect.stringContaining('dedicated repository')
    })
    await empty.hub.close()

    hub = await startGitHub({ repositories: [{ fullName: 'acme/elsewhere' }] })
    const store = gitRefStore({
      apiUrl: hub.url,
      repository: 'acme/data-platform',
      token: hub.state.token,
      send: fetchSend()
    })
    expect(await store.read('k')).toEqual({ kind: 'read', state: undefined, version: undefined })
    expect(await store.write('k', newProblem('k', failing('a')), undefined)).toMatchObject({
      kind: 'unavailable',
      reason: expect.stringContaining('404'),
      advice: expect.stringContaining('can see acme/data-platform')
    })
  })

  it('rate-limit replies the send could not wait out, and a send that gives up, are unavailable', async () => {
    const { hub, store } = await start()
    hub.fault({ kind: 'rate-limit', style: 'secondary', retryAfter: 60, method: 'POST' })
    const limited = await store.write('k', newProblem('k', failing('a')), undefined)
    expect(limited).toMatchObject({ kind: 'unavailable', reason: expect.stringContaining('secondary rate limit') })
    expect(limited.kind === 'unavailable' && limited.advice).not.toContain('permissions')

    const givingUp = gitRefStore({
      apiUrl: hub.url,
      repository: 'acme/data-platform',
      token: hub.state.token,
      send: async () => {
        throw new Error('GitHub request to api.github.com failed after 3 attempts')
      }
    })
    expect(await givingUp.read('k')).toMatchObject({
      kind: 'unavailable',
      reason: expect.stringContaining('after 3 attempts')
    })
  })

  it('real content-creation limits: the 81st content request of a minute is refused, and said so', async () => {
    const { store } = await start({ timeScale: 0.05 })
    const results = []
    // 2 content-creating requests per write (4 for the repository's first): 40 writes reach the limit.
    for (let i = 0; i < 41; i++) results.push(await store.write(`k${i}`, newProblem(`k${i}`, failing('a')), undefined))
    expect(results.slice(0, 39).every(result => result.kind === 'written')).toBe(true)
    expect(results[40]).toMatchObject({ kind: 'unavailable', reason: expect.stringContaining('secondary rate limit') })
  })
})
