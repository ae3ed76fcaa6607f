/**
 * Problem state kept in the repository the workflow runs in, as one git ref per problem under
 * `refs/dagster-alert-relay/problems/`, through the repository host's REST git data API with the job's token. The state is the
 * message of the commit the ref points at; every commit reuses one small tree. Writes are a compare-and-swap: a
 * ref is created only if absent and moved only fast-forward (the new commit's parent is the version read), so two
 * runs that read the same version cannot both win; the loser gets `conflict` and reads again.
 *
 * Requests: a read is 2 GETs (ref, commit; 1 when the problem is new); a write is 2 content-creating requests
 * (POST commit, then POST or PATCH ref), plus 2 once per repository (the shared tree, then the commit again).
 * A refusal (403, 404, 409) or a failed request is `unavailable`, never a throw: state must not cost an alert.
 */
import type { HttpReply, HttpRequest, Send } from '../http.js'
import { sha256Hex } from '../hash.js'
import type { ProblemState } from './problem-state.js'
import { parseStateMessage, stateMessage } from './state-message.js'

export const STATE_NAMESPACE = 'refs/dagster-alert-relay/problems/'

/**
 * The one tree every state commit points at: a note saying what the refs are. Its id is fixed by its content
 * (git's object id), so a run knows it without asking; a test checks it against git's own computation.
 */
export const STATE_TREE = {
  sha: '398e41be1c8998764fd26425e3a6439c0fd0198a',
  path: 'README.md',
  content:
    'State of dagster-alert-relay: each ref under refs/dagster-alert-relay/problems/ is one problem,\n' +
    "and the message of the commit it points at holds that problem's state. Safe to delete.\n"
}

/** The version a write builds on: the commit the ref pointed at when read. */
export interface StateVersion {
  commit: string
  tree: string
}

/** The state could not be read or written; the run goes on without it (a new message) and warns. */
export interface StateUnavailable {
  kind: 'unavailable'
  /** What happened, with the service's words (already part of the reply, no secret in it). */
  reason: string
  /** What to do about it. */
  advice: string
}

export type StateRead =
  | {
      kind: 'read'
      /** Undefined: no state yet (or none this version can read, then `warning` says so). */
      state: ProblemState | undefined
      /** Undefined: the ref does not exist; a write creates it. */
      version: StateVersion | undefined
      warning?: string
    }
  | StateUnavailable

export type StateWrite =
  | { kind: 'written'; version: StateVersion }
  /** Another run wrote first: read again, merge, write again. */
  | { kind: 'conflict' }
  | StateUnavailable

export interface GitRefStoreOptions {
  /** The REST API root, `https://api.github.com` (GITHUB_API_URL). */
  apiUrl: string
  /** owner/name (GITHUB_REPOSITORY). */
  repository: string
  /** The job's token (`github.token`); the caller registers it as a secret. */
  token: string
  /** Sends one request; the delivery layer's retries, rate-limit waits and redaction apply there. */
  send: Send
}

export interface StateStore {
  read(key: string): Promise<StateRead>
  write(key: string, state: ProblemState, version: StateVersion | undefined): Promise<StateWrite>
}

const PERMISSION_ADVICE =
  'give the workflow job `permissions: contents: write` (the state is kept as git refs under ' +
  'refs/dagster-alert-relay/, never on a branch); if the relay workflow must not write to this repository, run it ' +
  'from a dedicated repository that only relays alerts'

/** The ref that holds one problem's state: the key hashed, so any key makes a valid ref name. */
export function stateRef(key: string): string {
  return `${STATE_NAMESPACE}${sha256Hex(key).slice(0, 40)}`
}

export function gitRefStore(options: GitRefStoreOptions): StateStore {
  const base = `${options.apiUrl.replace(/\/+$/, '')}/repos/${options.repository}/git`

  async function call(method: HttpRequest['method'], path: string, body?: unknown): Promise<HttpReply | Error> {
    const request: HttpRequest = {
      method,
      url: `${base}/${path}`,
      headers: {
        authorization: `Bearer ${options.token}`,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        ...(body !== undefined && { 'content-type': 'application/json' })
      },
      ...(body !== undefined && { body: JSON.stringify(body) })
    }
    try {
      return await options.send(request)
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error))
    }
  }

  async function read(key: string): Promise<StateRead> {
    const ref = await call('GET', `ref/${stateRef(key).slice('refs/'.length)}`)
    // "Not Found" comes alike for an absent ref and an unseen repository; the write then tells them apart.
    if (isStatus(ref, 404)) return { kind: 'read', state: undefined, version: undefined }
    const commitSha = okField(ref, 200, body => (body.object as Record<string, unknown> | undefined)?.sha)
    if (typeof commitSha !== 'string') return unavailable('read', ref)
    const commit = await call('GET', `commits/${commitSha}`)
    const message = okField(commit, 200, body => body.message)
    const tree = okField(commit, 200, body => (body.tree as Record<string, unknown> | undefined)?.sha)
    if (typeof message !== 'string' || typeof tree !== 'string') return unavailable('read', commit)
    const version = { commit: commitSha, tree }
    const state = parseStateMessage(message)
    if (state && state.key === key) return { kind: 'read', state, version }
    return {
      kind: 'read',
      state: undefined,
      version,
      warning: `the state in ${stateRef(key)} is not one this version can read; it will be replaced`
    }
  }

  /** POST a commit of `state` on `tree`; creates the shared tree once if the repository does not have it yet. */
  async function commit(state: ProblemState, tree: string, parents: string[]): Promise<string | StateUnavailable> {
    const body = { message: stateMessage(state), tree, parents }
    let created = await call('POST', 'commits', body)
    if (tree === STATE_TREE.sha && isStatus(created, 422) && /tree sha does not exist/i.test(created.body)) {
      const made = await call('POST', 'trees', {
        tree: [{ path: STATE_TREE.path, mode: '100644', type: 'blob', content: STATE_TREE.content }]
      })
      if (okField(made, 201, value => value.sha) !== STATE_TREE.sha) return unavailable('write', made)
      created = await call('POST', 'commits', body)
    }
    const sha = okField(created, 201, value => value.sha)
    return typeof sha === 'string' ? sha : unavailable('write', created)
  }

  async function write(key: string, state: ProblemState, version: StateVersion | undefined): Promise<StateWrite> {
    const ref = stateRef(key)
    const sha = await commit(state, version?.tree ?? STATE_TREE.sha, version ? [version.commit] : [])
    if (typeof sha !== 'string') return sha
    const moved = version
      ? await call('PATCH', `refs/${ref.slice('refs/'.length)}`, { sha, force: false })
      : await call('POST', 'refs', { ref, sha })
    if (okField(moved, version ? 200 : 201, body => body.ref) === ref)
      return { kind: 'written', version: { commit: sha, tree: version?.tree ?? STATE_TREE.sha } }
    // Created meanwhile, moved meanwhile, or removed meanwhile: someone else's write came first.
    if (isStatus(moved, 422) && /already exists|not a fast forward|does not exist/i.test(moved.body))
      return { kind: 'conflict' }
    return unavailable('write', moved)
  }

  function unavailable(what: 'read' | 'write', reply: HttpReply | Error): StateUnavailable {
    const where = `the alert state in ${options.repository}`
    if (reply instanceof Error) {
      return {
        kind: 'unavailable',
        reason: `could not ${what} ${where}: ${reply.message}`,
        advice: 'the alert is sent as a new message; the next alert tries again'
      }
    }
    const said = `${reply.status} ${serviceMessage(reply)}`.trim()
    const reason = `could not ${what} ${where} (${said})`
    if (reply.status === 403 && !/rate limit/i.test(reply.body))
      return { kind: 'unavailable', reason, advice: PERMISSION_ADVICE }
    if (reply.status === 404)
      return {
        kind: 'unavailable',
        reason,
        advice: `check that the token can see ${options.repository}; ${PERMISSION_ADVICE}`
      }
    if (reply.status === 409)
      return {
        kind: 'unavailable',
        reason,
        advice: 'the repository has no commit yet: push one (any file), or keep the state in a dedicated repository'
      }
    return { kind: 'unavailable', reason, advice: 'the alert is sent as a new message; the next alert tries again' }
  }

  return { read, write }
}

function isStatus(reply: HttpReply | Error, status: number): reply is HttpReply {
  return !(reply instanceof Error) && reply.status === status
}

/** A field of a JSON reply with the expected status, or undefined. */
function okField(reply: HttpReply | Error, status: number, pick: (body: Record<string, unknown>) => unknown): unknown {
  if (!isStatus(reply, status)) return undefined
  try {
    const body: unknown = JSON.parse(reply.body)
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? pick(body as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

/** The reply's `message`, first line, bounded; the body's start when it is not JSON with one. */
function serviceMessage(reply: HttpReply): string {
  let text = reply.body
  try {
    const body: unknown = JSON.parse(reply.body)
    if (typeof body === 'object' && body !== null && typeof (body as { message?: unknown }).message === 'string')
      text = (body as { message: string }).message
  } catch {
    // not JSON: the text as is
  }
  return text.split('\n')[0].slice(0, 200)
}
