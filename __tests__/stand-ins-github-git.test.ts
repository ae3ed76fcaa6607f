// The GitHub stand-in's git data API: git's own object ids, GitHub's compare-and-swap replies on refs, its refusals
// (empty repository, permissions, refused refs API) and the content-creation limits that count ref moves.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { startGitHub } from './stand-ins/index.js'
import type { GitHubOptions, GitHubStandIn } from './stand-ins/github.js'

interface Answer {
  status: number
  headers: Headers
  json: Record<string, unknown> & { message?: string }
}

let hub: GitHubStandIn | undefined
afterEach(async () => {
  await hub?.close()
  hub = undefined
})

async function start(options: GitHubOptions = {}) {
  hub = await startGitHub(options)
  const base = `${hub.url}/repos/acme/data-platform/git`
  const call = async (method: string, route: string, body?: unknown): Promise<Answer> => {
    const response = await fetch(`${base}/${route}`, {
      method,
      headers: {
        authorization: hub!.authorization,
        'user-agent': 'test',
        ...(body !== undefined && { 'content-type': 'application/json' })
      },
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    const text = await response.text()
    return { status: response.status, headers: response.headers, json: text === '' ? {} : JSON.parse(text) }
  }
  return { hub, call }
}

/** git itself, in a scratch repository: the ids it computes for the same objects. */
function git(args: string[], input?: string, env: Record<string, string> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'git-ids-'))
  try {
    execFileSync('git', ['init', '-q', dir])
    return execFileSync('git', ['-C', dir, ...args], { input, env: { ...process.env, ...env } })
      .toString()
      .trim()
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

describe('GitHub stand-in: git objects', () => {
  it('blob, tree and commit ids are the ones git computes, so the same content gets the same id', async () => {
    const { call } = await start()
    const blob = await call('POST', 'blobs', { content: 'state\n', encoding: 'utf-8' })
    expect(blob.status).toBe(201)
    expect(blob.json.sha).toBe(git(['hash-object', '--stdin'], 'state\n'))
    expect(
      (await call('POST', 'blobs', { content: Buffer.from('state\n').toString('base64'), encoding: 'base64' })).json.sha
    ).toBe(blob.json.sha)

    const tree = await call('POST', 'trees', {
      tree: [{ path: 'a/b.txt', mode: '100644', type: 'blob', content: 'state\n' }]
    })
    expect(tree.status).toBe(201)
    // The nested tree, built by git from the same blob: `git mktree` twice.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'git-tree-'))
    try {
      execFileSync('git', ['init', '-q', dir])
      const blobSha = execFileSync('git', ['-C', dir, 'hash-object', '-w', '--stdin'], { input: 'state\n' })
        .toString()
        .trim()
      const inner = execFileSync('git', ['-C', dir, 'mktree'], { input: `100644 blob ${blobSha}\tb.txt\n` })
        .toString()
        .trim()
      const outer = execFileSync('git', ['-C', dir, 'mktree'], { input: `040000 tree ${inner}\ta\n` })
        .toString()
        .trim()
      expect(tree.json.sha).toBe(outer)
      const when = '2026-05-01T10:00:00Z'
      const person = { name: 'Relay', email: 'relay@example.com', date: when }
      const commit = await call('POST', 'commits', {
        message: 'state v1',
        tree: outer,
        author: person,
        committer: person
      })
      expect(commit.status).toBe(201)
      const env = {
        GIT_AUTHOR_NAME: 'Relay',
        GIT_AUTHOR_EMAIL: 'relay@example.com',
        GIT_AUTHOR_DATE: '1777629600 +0000',
        GIT_COMMITTER_NAME: 'Relay',
        GIT_COMMITTER_EMAIL: 'relay@example.com',
        GIT_COMMITTER_DATE: '1777629600 +0000'
      }
      // commit-tree adds a final newline to a message given with -m; feed it through stdin without one instead.
      const expected = execFileSync('git', ['-C', dir, 'commit-tree', outer], {
        input: 'state v1',
        env: { ...process.env, ...env }
      })
        .toString()
        .trim()
      expect(commit.json.sha).toBe(expected)
      expect(commit.json).toMatchObject({ message: 'state v1', tree: { sha: outer }, parents: [] })
      expect((await call('GET', `commits/${expected}`)).json).toMatchObject({ sha: expected, message: 'state v1' })
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('reads back blobs (Base64) and trees; refuses a commit on an absent tree (the empty tree too, until created) or parent', async () => {
    const { call } = await start()
    const blob = await call('POST', 'blobs', { content: 'hello' })
    const read = await call('GET', `blobs/${blob.json.sha}`)
    expect(read.json).toMatchObject({ encoding: 'base64', size: 5 })
    expect(Buffer.from(String(read.json.content), 'base64').toString()).toBe('hello')
    const emptyTree = '4b825dc642cb6eb9a060e54bf8d69288fbee4904'
    expect(await call('POST', 'commits', { message: 'm', tree: emptyTree })).toMatchObject({
      status: 422,
      json: { message: 'Tree SHA does not exist' }
    })
    expect((await call('POST', 'trees', { tree: [] })).json.sha).toBe(emptyTree)
    expect((await call('POST', 'commits', { message: 'm', tree: emptyTree })).status).toBe(201)
    expect(await call('POST', 'commits', { message: 'm', tree: emptyTree, parents: ['0'.repeat(40)] })).toMatchObject({
      status: 422,
      json: { message: 'Parent SHA does not exist or is not a commit object' }
    })
    expect((await call('POST', 'commits', { tree: emptyTree })).json.message).toBe(
      'Invalid request.\n\n"message" wasn\'t supplied.'
    )
    expect((await call('GET', `trees/${emptyTree}`)).json).toMatchObject({ sha: emptyTree, tree: [], truncated: false })
    expect((await call('GET', `trees/${'1'.repeat(40)}`)).status).toBe(404)
    expect(
      await call('POST', 'trees', { tree: [{ path: '../x', mode: '100644', type: 'blob', content: 'x' }] })
    ).toMatchObject({
      status: 422
    })
    expect(
      await call('POST', 'trees', {
        tree: [{ path: 'x', mode: '100644', type: 'blob', content: 'x', sha: blob.json.sha }]
      })
    ).toMatchObject({ status: 422, json: { message: 'Invalid tree info' } })
  })
})

describe('GitHub stand-in: git refs as a compare-and-swap', () => {
  async function commitOn(call: Awaited<ReturnType<typeof start>>['call'], parents: string[], message: string) {
    const main = await call('GET', 'ref/heads/main')
    const head = await call('GET', `commits/${(main.json.object as { sha: string }).sha}`)
    const tree = (head.json.tree as { sha: string }).sha
    return String((await call('POST', 'commits', { message, tree, parents })).json.sha)
  }

  it('creates a ref only if absent, moves it only fast-forward unless forced, lists and deletes it', async () => {
    const { call } = await start()
    const first = await commitOn(call, [], 'one')
    expect(await call('GET', 'ref/relay/problems/p1')).toMatchObject({ status: 404, json: { message: 'Not Found' } })
    const created = await call('POST', 'refs', { ref: 'refs/relay/problems/p1', sha: first })
    expect(created.status).toBe(201)
    expect(created.json).toMatchObject({ ref: 'refs/relay/problems/p1', object: { sha: first, type: 'commit' } })
    expect(await call('POST', 'refs', { ref: 'refs/relay/problems/p1', sha: first })).toMatchObject({
      status: 422,
      json: { message: 'Reference already exists' }
    })
    for (const ref of ['relay/p2', 'refs/p2', 'refs/relay/..p', 'refs/relay/p.lock']) {
      expect(await call('POST', 'refs', { ref, sha: first })).toMatchObject({
        status: 422,
        json: { message: "Reference name must start with 'refs/' and have at least two slashes." }
      })
    }
    expect((await call('POST', 'refs', { ref: 'refs/relay/p3', sha: '0'.repeat(40) })).json.message).toBe(
      'Object does not exist'
    )

    const child = await commitOn(call, [first], 'two')
    const sibling = await commitOn(call, [first], 'two, elsewhere')
    expect((await call('PATCH', 'refs/relay/problems/p1', { sha: child, force: false })).status).toBe(200)
    expect(await call('PATCH', 'refs/relay/problems/p1', { sha: sibling, force: false })).toMatchObject({
      status: 422,
      json: { message: 'Update is not a fast forward' }
    })
    expect(await call('PATCH', 'refs/relay/problems/p1', { sha: sibling })).toMatchObject({ status: 422 })
    expect((await call('PATCH', 'refs/relay/problems/p1', { sha: sibling, force: true })).status).toBe(200)
    expect(await call('PATCH', 'refs/relay/problems/absent', { sha: child })).toMatchObject({
      status: 422,
      json: { message: 'Reference does not exist' }
    })

    const listed = await call('GET', 'matching-refs/relay/')
    expect((listed.json as unknown as { ref: string }[]).map(ref => ref.ref)).toEqual(['refs/relay/problems/p1'])
    expect((await call('DELETE', 'refs/relay/problems/p1')).status).toBe(204)
    expect((await call('GET', 'ref/relay/problems/p1')).status).toBe(404)
    expect((await call('DELETE', 'refs/relay/problems/p1')).json.message).toBe('Reference does not exist')
  })

  it('an empty repository answers 409; a token without contents: write, or a refused refs API, answers 403', async () => {
    const empty = await start({ repositories: [{ fullName: 'acme/data-platform', empty: true }] })
    expect(await empty.call('GET', 'ref/relay/p')).toMatchObject({
      status: 409,
      json: { message: 'Git Repository is empty.' }
    })
    expect((await empty.call('POST', 'blobs', { content: 'x' })).status).toBe(409)
    await empty.hub.close()

    const readOnly = await start({ permissions: { contents: 'read' } })
    expect((await readOnly.call('GET', 'ref/heads/main')).status).toBe(200)
    expect(await readOnly.call('POST', 'blobs', { content: 'x' })).toMatchObject({
      status: 403,
      json: { message: 'Resource not accessible by integration' }
    })
    readOnly.hub.state.permissions.contents = 'none'
    expect((await readOnly.call('GET', 'ref/heads/main')).status).toBe(403)
    await readOnly.hub.close()

    const refused = await start({ repositories: [{ fullName: 'acme/data-platform', refsForbidden: true }] })
    expect((await refused.call('GET', 'ref/heads/main')).status).toBe(403)
    expect((await refused.call('POST', 'blobs', { content: 'x' })).status).toBe(201)
  })

  it('counts ref moves as content creation: 80 a minute, then 403 with retry-after', async () => {
    const { call } = await start({ timeScale: 0.05 }) // a 3 s minute, a 180 s hour
    const base = await commitOn(call, [], 'base')
    await call('POST', 'refs', { ref: 'refs/relay/p', sha: base })
    const statuses: number[] = []
    for (let i = 0; i < 78; i++) statuses.push((await call('PATCH', 'refs/relay/p', { sha: base })).status)
    expect(statuses.every(status => status === 200)).toBe(true)
    const limited = await call('PATCH', 'refs/relay/p', { sha: base })
    expect(limited.status).toBe(403)
    expect(limited.json.message).toContain('secondary rate limit')
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect((await call('GET', 'ref/relay/p')).status).toBe(200)
  })
})
