// The git refs under refs/dagster-alert-relay/ against the GitHub stand-in: one GET lists a problem's refs, a ref is
// set to a commit whose id the run computed (created once per repository when missing), compare-and-swap conflicts
// between runs, refusals as typed results, and the number of requests each step costs.
import { afterEach, describe, expect, it } from '@jest/globals'
import { startGitHub } from './stand-ins/index.js'
import type { GitHubOptions, GitHubStandIn } from './stand-ins/github.js'
import type { HttpRequest, Send } from '../src/http.js'
import { gitRefStore, type RefStore } from '../src/memory/git-ref-store.js'
import { LEASE_COMMIT, memberCommit, shownCommit, STATE_TREE } from '../src/memory/state-commits.js'

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

async function start(options: GitHubOptions = {}, send?: Send): Promise<{ hub: GitHubStandIn; store: RefStore }> {
  hub = await startGitHub(options)
  const store = gitRefStore({
    apiUrl: hub.url,
    repository: 'acme/data-platform',
    token: hub.state.token,
    send: send ?? fetchSend()
  })
  return { hub, store }
}

const P = 'refs/dagster-alert-relay/problems/0123456789abcdef0123456789abcdef01234567/'
const failing = memberCommit({ episode: 1, status: 'failing', occurrences: 1 })
const routes = (hub: GitHubStandIn, from = 0) =>
  hub.requests.slice(from).map(request => `${request.method} ${request.path.split('/git/')[1].split('/')[0]}`)

describe('git ref store', () => {
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

  it('sets a ref to a computed commit: created once per repository, then one request per ref', async () => {
    const { hub, store } = await start()
    expect(await store.create(`${P}member/a`, failing)).toEqual({ kind: 'done' })
    // The commit and the shared tree did not exist yet: the ids git gives them are the ones computed.
    expect(routes(hub)).toEqual(['POST refs', 'POST commits', 'POST trees', 'POST commits', 'POST refs'])
    expect(hub.state.git['acme/data-platform'].refs.get(`${P}member/a`)).toBe(failing.sha)
    const before = hub.requests.length
    expect(await store.create(`${P}member/b`, failing)).toEqual({ kind: 'done' })
    expect(routes(hub, before)).toEqual(['POST refs'])
    // A chain commit (with a parent) too.
    expect(await store.create(`${P}shown`, shownCommit(1))).toEqual({ kind: 'done' })
    expect(await store.move(`${P}shown`, shownCommit(2), false)).toEqual({ kind: 'done' })
    expect(hub.state.git['acme/data-platform'].refs.get(`${P}shown`)).toBe(shownCommit(2).sha)
  })

  it("one GET lists a problem's refs, and only them", async () => {
    const { hub, store } = await start()
    await store.create(`${P}member/a`, failing)
    await store.create(`${P}lease`, LEASE_COMMIT)
    await store.create('refs/dagster-alert-relay/problems/ffff/member/a', failing)
    const before = hub.requests.length
    expect(await store.list(P)).toEqual({
      kind: 'listed',
      refs: [
        { name: `${P}lease`, sha: LEASE_COMMIT.sha },
        { name: `${P}member/a`, sha: failing.sha }
      ]
    })
    expect(routes(hub, before)).toEqual(['GET matching-refs'])
    expect(await store.list('refs/dagster-alert-relay/problems/none/')).toEqual({ kind: 'listed', refs: [] })
  })

  it('compare-and-swap: a second create, a move that is not a fast-forward, a removed ref are conflicts', async () => {
    const { store } = await start()
    expect(await store.create(`${P}lease`, LEASE_COMMIT)).toEqual({ kind: 'done' })
    expect(await store.create(`${P}lease`, LEASE_COMMIT)).toEqual({ kind: 'conflict' })
    await store.create(`${P}shown`, shownCommit(1))
    expect(await store.move(`${P}shown`, shownCommit(2), false)).toEqual({ kind: 'done' })
    expect(await store.move(`${P}shown`, shownCommit(3), false)).toEqual({ kind: 'done' })
    // Back to an earlier count (another holder's late move): refused.
    expect(await store.move(`${P}shown`, shownCommit(2), false)).toEqual({ kind: 'conflict' })
    // A member's status moves either way: forced.
    await store.create(`${P}member/a`, failing)
    const recovered = memberCommit({ episode: 1, status: 'recovered', occurrences: 2 })
    expect(await store.move(`${P}member/a`, recovered, true)).toEqual({ kind: 'done' })
    expect(await store.move(`${P}member/a`, failing, true)).toEqual({ kind: 'done' })
    expect(await store.remove(`${P}lease`)).toEqual({ kind: 'done' })
    expect(await store.remove(`${P}lease`)).toEqual({ kind: 'conflict' })
    expect(await store.move(`${P}lease`, LEASE_COMMIT, false)).toEqual({ kind: 'conflict' })
  })
})

describe('git ref store: refusals are results, never throws', () => {
  it('a token without contents: write: unavailable, saying which permission to give', async () => {
    const { store } = await start({ permissions: { contents: 'read' } })
    expect((await store.list(P)).kind).toBe('listed')
    expect(await store.create(`${P}lease`, LEASE_COMMIT)).toMatchObject({
      kind: 'unavailable',
      reason: expect.stringContaining('403 Resource not accessible by integration'),
      advice: expect.stringMatching(/permissions: contents: write[\s\S]*dedicated repository/)
    })
  })

  it('a refused refs API (403) on read: unavailable', async () => {
    const { store } = await start({ repositories: [{ fullName: 'acme/data-platform', refsForbidden: true }] })
    expect(await store.list(P)).toMatchObject({
      kind: 'unavailable',
      advice: expect.stringContaining('contents: write')
    })
  })

  it('an empty repository (409) and an unknown repository (404): unavailable with what to do', async () => {
    const empty = await start({ repositories: [{ fullName: 'acme/data-platform', empty: true }] })
    expect(await empty.store.list(P)).toMatchObject({
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
    expect(await store.list(P)).toMatchObject({
      kind: 'unavailable',
      reason: expect.stringContaining('404'),
      advice: expect.stringContaining('can see acme/data-platform')
    })
  })

  it('rate-limit replies the send could not wait out, and a send that gives up, are unavailable', async () => {
    const { hub, store } = await start()
    hub.fault({ kind: 'rate-limit', style: 'secondary', retryAfter: 60, method: 'POST' })
    const limited = await store.create(`${P}lease`, LEASE_COMMIT)
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
    expect(await givingUp.list(P)).toMatchObject({
      kind: 'unavailable',
      reason: expect.stringContaining('after 3 attempts')
    })
  })

  it('a host that gives a state commit another id than git would: unavailable, never a ref to the wrong commit', async () => {
    let replaced = false
    const send: Send = async request => {
      const reply = await fetchSend()(request)
      if (request.method === 'POST' && request.url.endsWith('/git/commits') && reply.status === 201) {
        replaced = true
        return { ...reply, body: reply.body.replace(/"sha":"[0-9a-f]{40}"/, `"sha":"${'0'.repeat(40)}"`) }
      }
      return reply
    }
    const { hub, store } = await start({}, send)
    expect(await store.create(`${P}lease`, LEASE_COMMIT)).toMatchObject({
      kind: 'unavailable',
      reason: expect.stringContaining(`not git's ${LEASE_COMMIT.sha}`)
    })
    expect(replaced).toBe(true)
    expect(hub.state.git['acme/data-platform'].refs.has(`${P}lease`)).toBe(false)
  })

  it('real content-creation limits: the 81st ref a minute is refused, and said so', async () => {
    const { store } = await start({ timeScale: 0.05 })
    const results = []
    // The first ref creates the commit and the tree too (5 requests): 76 more reach the limit.
    for (let i = 0; i < 77; i++) results.push(await store.create(`${P}member/m${i}`, failing))
    expect(results.slice(0, 76).every(result => result.kind === 'done')).toBe(true)
    expect(results[76]).toMatchObject({ kind: 'unavailable', reason: expect.stringContaining('secondary rate limit') })
  })
})
