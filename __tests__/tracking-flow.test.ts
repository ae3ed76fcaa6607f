// The tracking flow with a scripted tracker and transport: what it decides, when it looks for a create whose
// reply was lost, how long it pauses for a lagging search, and how it words failures.
import { describe, expect, it, jest } from '@jest/globals'
import type { DeliveryDeps } from '../src/delivery/deliver.js'
import { TransportError } from '../src/delivery/transport.js'
import { DeliveryError } from '../src/errors.js'
import type { RepeatMode, ResolveMode } from '../src/inputs.js'
import { TrackerError, type IssueTracker, type TrackedIssue } from '../src/platforms/tracker.js'
import type { HttpReply, HttpRequest, Platform } from '../src/platforms/types.js'
import { Secrets } from '../src/secrets.js'
import type { TrackingIntent, TrackingPlan } from '../src/tracking/plan.js'
import { deliverTracked } from '../src/tracking/track.js'
import { platformContext } from './helpers/platform-context.js'

const SECRET = 'sekret-token-value'
const ISSUE = (n: number): TrackedIssue => ({ ref: `K-${n}`, id: `K-${n}`, url: `https://site/browse/K-${n}` })
const CREATE: HttpRequest = { method: 'POST', url: 'https://site/create', headers: {}, body: '{}' }

/** Creates answer 201 with key K-9; anything else the platform refuses with the body as its text. */
const platform: Platform = {
  name: 'jira',
  matches: () => false,
  resolveTarget: () => ({ endpoint: new URL('https://site/create'), defaultTemplate: 'x' }),
  fit: payload => payload,
  validate: () => [],
  request: () => CREATE,
  parse: reply => (reply.status === 201 ? { ok: true, status: 'created', id: 'K-9', url: 'https://site/browse/K-9' } : { ok: false, message: reply.body })
}

type Step = HttpReply | TransportError

function setup(options: { steps?: Step[]; maxWaitSeconds?: number; maxAttempts?: number; searchLags?: boolean } = {}) {
  const steps = [...(options.steps ?? [])]
  const secrets = new Secrets()
  secrets.add(SECRET)
  const sleeps: number[] = []
  const logs: string[] = []
  const deps: DeliveryDeps = {
    transport: async () => {
      const step = steps.shift()
      if (!step) throw new Error('no scripted reply left')
      if (step instanceof TransportError) throw step
      return step
    },
    secrets,
    sleep: async ms => void sleeps.push(ms),
    random: () => 0.5,
    now: () => new Date(0),
    log: message => logs.push(message)
  }
  const tracker = {
    searchLags: options.searchLags ?? true,
    findOpen: jest.fn<IssueTracker['findOpen']>(async () => []),
    markCreate: jest.fn<IssueTracker['markCreate']>(async call => ({ marked: true, was: call.payload })),
    findCreated: jest.fn<IssueTracker['findCreated']>(async () => undefined),
    comment: jest.fn<IssueTracker['comment']>(async () => undefined),
    close: jest.fn<IssueTracker['close']>(async () => undefined)
  }
  const { ctx } = platformContext({ target: platform.resolveTarget(undefined, undefined) })
  const run = (intent: TrackingIntent, repeat: RepeatMode = 'comment', resolve: ResolveMode = 'close') => {
    const plan: TrackingPlan = {
      intent,
      repeat,
      resolve,
      marker: { label: 'dagster-fp-0123456789abcdef', createId: 'uuid', sample: intent === 'sample' },
      note: { heading: 'again', lines: [] }
    }
    const delivery = { maxAttempts: options.maxAttempts ?? 3, timeoutSeconds: 1, maxWaitSeconds: options.maxWaitSeconds ?? 60 }
    return deliverTracked({ platform, tracker, payload: { fields: {} }, ctx, plan, options: delivery, deps })
  }
  return { tracker, run, sleeps, logs }
}

const reply = (status: number, body = ''): HttpReply => ({ status, headers: {}, body })
const timeout = () => new TransportError('no reply within 1 s', 'timeout')

describe('deciding', () => {
  it('no open issue: creates with the marked payload, after confirming the empty search once', async () => {
    const { tracker, run, sleeps } = setup({ steps: [reply(201, '{"key":"K-9"}')] })
    const outcome = await run('open')

    expect(outcome).toMatchObject({ status: 'created', id: 'K-9', attempts: 1, payload: { marked: true, was: { fields: {} } } })
    expect(tracker.findOpen).toHaveBeenCalledTimes(2)
    expect(sleeps).toEqual([1000])
  })

  it('does not confirm when the search does not lag, nor for samples', async () => {
    for (const [searchLags, intent] of [[false, 'open'], [true, 'sample']] as const) {
      const { tracker, run, sleeps } = setup({ steps: [reply(201)], searchLags })
      await run(intent)
      expect(tracker.findOpen).toHaveBeenCalledTimes(1)
      expect(sleeps).toEqual([])
    }
  })

  it('a repeat comments on the newest open issue', async () => {
    const { tracker, run } = setup()
    tracker.findOpen.mockResolvedValue([ISSUE(2), ISSUE(1)])
    expect(await run('open')).toMatchObject({ status: 'commented', id: 'K-2', url: ISSUE(2).url })
    expect(tracker.comment).toHaveBeenCalledWith(expect.anything(), ISSUE(2), { heading: 'again', lines: [] })
    expect(tracker.markCreate).not.toHaveBeenCalled()
  })

  it('a sample creates even when the search finds issues of its own kind', async () => {
    const { tracker, run } = setup({ steps: [reply(201)] })
    tracker.findOpen.mockResolvedValue([ISSUE(1)])
    expect(await run('sample')).toMatchObject({ status: 'created' })
    expect(tracker.comment).not.toHaveBeenCalled()
  })

  it('a recovery comments on and closes every open issue of the problem, reporting the newest', async () => {
    const { tracker, run } = setup()
    tracker.findOpen.mockResolvedValue([ISSUE(2), ISSUE(1)])
    expect(await run('resolve')).toMatchObject({ status: 'resolved', id: 'K-2' })
    expect(tracker.close.mock.calls.map(call => call[1])).toEqual([ISSUE(2), ISSUE(1)])
    expect(tracker.comment).toHaveBeenCalledTimes(2)
  })
})

describe('a create whose reply was lost', () => {
  it('searches before the retry, pausing for the lagging index, and sends nothing more once found', async () => {
    const { tracker, run, sleeps } = setup({ steps: [timeout()] })
    tracker.findCreated.mockResolvedValueOnce(undefined).mockResolvedValueOnce(undefined).mockResolvedValueOnce(ISSUE(5))
    const outcome = await run('open')

    expect(outcome).toMatchObject({ status: 'created', id: 'K-5', url: ISSUE(5).url, attempts: 2, response: '' })
    expect(tracker.findCreated).toHaveBeenCalledTimes(3)
    // confirm pause, the retry's backoff, then the two pauses between searches
    expect(sleeps.slice(-2)).toEqual([1000, 2000])
  })

  it('searches only as long as max-wait allows, then retries', async () => {
    const { tracker, run } = setup({ steps: [timeout(), reply(201)], maxWaitSeconds: 1.5 })
    expect(await run('open')).toMatchObject({ status: 'created', id: 'K-9' })
    expect(tracker.findCreated).toHaveBeenCalledTimes(1)
  })

  it('a retry refused (Linear: the id exists) is checked once more: the earlier attempt made it', async () => {
    const { tracker, run } = setup({ steps: [timeout(), reply(400, 'id already exists')], searchLags: false })
    tracker.findCreated.mockResolvedValueOnce(undefined).mockResolvedValueOnce(ISSUE(7))
    expect(await run('open')).toMatchObject({ status: 'created', id: 'K-7', attempts: 2 })
  })

  it('a retry refused when nothing was created fails with the refusal', async () => {
    const { run } = setup({ steps: [timeout(), reply(400, 'bad field')], searchLags: false })
    await expect(run('open')).rejects.toThrow('Jira did not accept the delivery (HTTP 400, not retried): bad field')
  })

  it('a first attempt refused outright is not looked for', async () => {
    const { tracker, run } = setup({ steps: [reply(400, 'bad field')], searchLags: false })
    await expect(run('open')).rejects.toBeInstanceOf(DeliveryError)
    expect(tracker.findCreated).not.toHaveBeenCalled()
  })
})

describe('failures', () => {
  it('a refused tracker request becomes a DeliveryError naming the platform and step, redacted', async () => {
    const { tracker, run } = setup()
    tracker.findOpen.mockResolvedValue([ISSUE(3)])
    tracker.comment.mockRejectedValue(new TrackerError('comment on K-3', `denied for ${SECRET}`, reply(403, `{"token":"${SECRET}"}`)))
    const error = await run('open').catch(caught => caught)

    expect(error).toBeInstanceOf(DeliveryError)
    expect(error.message).toBe('Jira did not accept the comment on K-3 (HTTP 403, not retried): denied for ***')
    expect(error.response).toBe('{"token":"***"}')
  })

  it('a step that cannot be done says so without an HTTP status', async () => {
    const { tracker, run } = setup()
    tracker.findOpen.mockResolvedValue([ISSUE(3)])
    tracker.close.mockRejectedValue(new TrackerError('closing of K-3', 'no transition to Done'))
    await expect(run('resolve')).rejects.toThrow('Jira: the closing of K-3 (the recovery comment was added) could not be done: no transition to Done')
  })

  it('resolve: ignore skips without a request', async () => {
    const { tracker, run } = setup()
    expect(await run('resolve', 'comment', 'ignore')).toMatchObject({ status: 'skipped', url: '', notice: expect.stringContaining('ignore') })
    expect(tracker.findOpen).not.toHaveBeenCalled()
  })
})
