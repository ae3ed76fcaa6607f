/**
 * Git refs in the repository the workflow runs in, through the repository host's REST git data API with the
 * `state-token` input (the job's token by default): list the refs under a folder (one GET), create a ref only if
 * absent, move one (fast-forward only unless forced), remove one. A ref is set to a commit whose id the caller
 * computed (state-commits.ts); when the repository does not have that commit yet, it is created first (and the shared
 * tree before it), once per repository.
 *
 * Creating a ref that exists, or a move that is not a fast-forward, is `conflict`: another run came first. A
 * refusal (403, 404, 409) or a failed request is `unavailable`, never a throw: state must not cost an alert.
 */
import { followUpSender, type RetryReading } from '../delivery/follow-up.js'
import type { DeliveryDeps, DeliveryOptions } from '../delivery/types.js'
import { WaitBudget } from '../delivery/wait-budget.js'
import type { HttpReply, HttpRequest, Send } from '../http.js'
import type { RateLimitHeaders } from '../platforms/types.js'
import { STATE_PERSON, STATE_TREE, type CommitSpec } from './state-commits.js'

/** The state could not be read or written; the run goes on without it (a new message) and warns. */
export interface StateUnavailable {
  kind: 'unavailable'
  /** What happened, with the service's words (already part of the reply, no secret in it). */
  reason: string
  /** What to do about it. */
  advice: string
}

type RefListing = { kind: 'listed'; refs: { name: string; sha: string }[] } | StateUnavailable

export type RefWrite = { kind: 'done' } | { kind: 'conflict' } | StateUnavailable

export interface GitRefStoreOptions {
  /** The REST API root, `https://api.github.com` (GITHUB_API_URL). */
  apiUrl: string
  /** owner/name (GITHUB_REPOSITORY). */
  repository: string
  /** The `state-token` input (the job's token by default); the caller registers it as a secret. */
  token: string
  /** Sends one request; the delivery layer's retries, rate-limit waits and redaction apply there. */
  send: Send
}

export interface RefStore {
  /** Every ref whose full name starts with `prefix` (which ends with `/`). */
  list(prefix: string): Promise<RefListing>
  /** Creates `name` at `commit` unless it exists (then `conflict`). */
  create(name: string, commit: CommitSpec): Promise<RefWrite>
  /** Moves `name` to `commit`: a fast-forward unless `force` (else `conflict`); `conflict` when it does not exist. */
  move(name: string, commit: CommitSpec, force: boolean): Promise<RefWrite>
  /** Removes `name`; `conflict` when it does not exist. */
  remove(name: string): Promise<RefWrite>
}

const PERMISSION_ADVICE =
  'give the workflow job `permissions: contents: write` (the state is kept as git refs under ' +
  'refs/dagster-alert-relay/, never on a branch), or give a token that may write them in the state-token input; ' +
  'if the relay workflow must not write to this repository, run it from a dedicated repository that only relays alerts'

/** The state host's request buckets: the hour's requests, reset at an epoch second. */
const STATE_RATE_LIMIT_HEADERS: readonly RateLimitHeaders[] = [
  { remaining: 'x-ratelimit-remaining', reset: 'x-ratelimit-reset', resetIn: 'epoch-seconds' }
]
/** Without a Retry-After or a spent bucket, the state host asks for at least a minute. */
const STATE_RATE_LIMIT_WAIT_SECONDS = 60

/**
 * The state host's rate limits (a 403 or 429 with Retry-After, a spent hour, or saying so): waits, not refusals.
 * Any other refusal is the store's to read (no permission: the run goes on without its state, with a warning).
 */
const stateRateLimit: RetryReading = reply => {
  if (reply.status !== 403 && reply.status !== 429) return undefined
  const spent = reply.headers['x-ratelimit-remaining']?.trim() === '0'
  const retryAfter = reply.headers['retry-after'] !== undefined
  if (!spent && !retryAfter && !/rate limit/i.test(reply.body)) return undefined
  return {
    ok: false,
    message: `the alert state host's rate limit (HTTP ${reply.status})`,
    retry: true,
    rateLimited: true,
    ...(!spent && !retryAfter && { retryAfterSeconds: STATE_RATE_LIMIT_WAIT_SECONDS })
  }
}

/**
 * The refs of the repository the workflow runs in (GITHUB_REPOSITORY, through GITHUB_API_URL) with the `state-token`
 * input, its rate limits read as waits within the run's max-wait; undefined without a repository or a token.
 */
export function workflowStateStore(
  env: Record<string, string | undefined>,
  token: string,
  options: DeliveryOptions,
  deps: DeliveryDeps
): RefStore | undefined {
  const repository = env.GITHUB_REPOSITORY
  if (!repository || !token) return undefined
  const stateOptions = { ...options, rateLimitHeaders: STATE_RATE_LIMIT_HEADERS }
  return gitRefStore({
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    repository,
    token,
    send: followUpSender('the alert state', new WaitBudget('the alert state', stateOptions, deps), deps, stateRateLimit)
  })
}

export function gitRefStore(options: GitRefStoreOptions): RefStore {
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

  async function list(prefix: string): Promise<RefListing> {
    const reply = await call('GET', `matching-refs/${prefix.slice('refs/'.length)}`)
    const body = okBody(reply, 200)
    if (!Array.isArray(body)) return unavailable('read', reply)
    const refs = []
    for (const item of body as unknown[]) {
      const name = isRecord(item) ? item.ref : undefined
      const sha = isRecord(item) && isRecord(item.object) ? item.object.sha : undefined
      if (typeof name === 'string' && typeof sha === 'string') refs.push({ name, sha })
    }
    return { kind: 'listed', refs }
  }

  /** A ref request, with the commit created first when the repository lacks it. */
  async function setRef(commit: CommitSpec, request: () => Promise<HttpReply | Error>): Promise<RefWrite> {
    let reply = await request()
    if (isStatus(reply, 422) && /object does not exist/i.test(reply.body)) {
      const made = await createCommit(commit)
      if (made) return made
      reply = await request()
    }
    if (isStatus(reply, 200) || isStatus(reply, 201)) return { kind: 'done' }
    // Created meanwhile, moved meanwhile, or removed meanwhile: someone else's write came first.
    if (isStatus(reply, 422) && /already exists|not a fast forward|does not exist/i.test(reply.body))
      return { kind: 'conflict' }
    return unavailable('write', reply)
  }

  /** Creates a state commit (and the shared tree when missing); undefined when it has the id computed. */
  async function createCommit(commit: CommitSpec): Promise<StateUnavailable | undefined> {
    const body = {
      message: commit.message,
      tree: STATE_TREE.sha,
      parents: commit.parents,
      author: STATE_PERSON,
      committer: STATE_PERSON
    }
    let created = await call('POST', 'commits', body)
    if (isStatus(created, 422) && /tree sha does not exist/i.test(created.body)) {
      const made = await call('POST', 'trees', {
        tree: [{ path: STATE_TREE.path, mode: '100644', type: 'blob', content: STATE_TREE.content }]
      })
      if (field(okBody(made, 201), 'sha') !== STATE_TREE.sha) return unavailable('write', made)
      created = await call('POST', 'commits', body)
    }
    const sha = field(okBody(created, 201), 'sha')
    if (sha === commit.sha) return undefined
    if (typeof sha !== 'string') return unavailable('write', created)
    return {
      kind: 'unavailable',
      reason: `the alert state in ${options.repository}: the host gave a state commit the id ${sha}, not git's ${commit.sha}`,
      advice: 'please report this with the host and its version'
    }
  }

  function unavailable(what: 'read' | 'write', reply: HttpReply | Error): StateUnavailable {
    const where = `the alert state in ${options.repository}`
    if (reply instanceof Error) {
      return {
        kind: 'unavailable',
        reason: `could not ${what} ${where}: ${reply.message}`,
        advice: 'the next alert tries again'
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
    return { kind: 'unavailable', reason, advice: 'the next alert tries again' }
  }

  const refPath = (name: string) => `refs/${name.slice('refs/'.length)}`

  return {
    list,
    create: (name, commit) => setRef(commit, () => call('POST', 'refs', { ref: name, sha: commit.sha })),
    move: (name, commit, force) => setRef(commit, () => call('PATCH', refPath(name), { sha: commit.sha, force })),
    async remove(name) {
      const reply = await call('DELETE', refPath(name))
      if (isStatus(reply, 204)) return { kind: 'done' }
      if (isStatus(reply, 422) && /does not exist/i.test(reply.body)) return { kind: 'conflict' }
      return unavailable('write', reply)
    }
  }
}

function isStatus(reply: HttpReply | Error, status: number): reply is HttpReply {
  return !(reply instanceof Error) && reply.status === status
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The JSON body of a reply with the expected status, or undefined. */
function okBody(reply: HttpReply | Error, status: number): unknown {
  if (!isStatus(reply, status)) return undefined
  try {
    return JSON.parse(reply.body) as unknown
  } catch {
    return undefined
  }
}

function field(body: unknown, name: string): unknown {
  return isRecord(body) ? body[name] : undefined
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
