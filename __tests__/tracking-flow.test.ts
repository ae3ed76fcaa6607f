// The tracking flow with a scripted tracker and transport: what it decides, when it looks for a create whose
// reply was lost, how long it pauses for a lagging search, and how it words failures.
import { describe, expect, it, jest } from '@jest/globals'
import type { DeliveryDeps } from '../src/delivery/types.js'
import { TransportError } from '../src/delivery/exchange.js'
import { DeliveryError } from '../src/errors.js'
import type { RepeatMode, ResolveMode } from '../src/inputs.js'
import { TrackerError, type IssueTracker, type StillFailing, type TrackedIssue } from '../src/tracking/contract.js'
import { descriptorByName } from '../src/platforms/registry.js'
import type { Platform } from '../src/platforms/types.js'
import type { HttpReply, HttpRequest } from '../src/http.js'
import { Secrets } from '../src/secrets/secrets.js'
import type { TrackingIntent, TrackingPlan } from '../src/tracking/plan.js'
import { deliverTracked } from '../src/tracking/track.js'
import { platformContext } from './helpers/platform-context.js'

const SECRET = 'sekret-token-value'
/** Issue K-n, created n seconds into the day (K-9 is what a create makes). */
const ISSUE = (n: number, created = `2026-12-05T10:00:${String(n).padStart(2, '0')}.000+0000`): TrackedIssue => ({
  ref: `K-${n}`,
  id: `K-${n}`,
  url: `https://site/browse/K-${n}`,
  created,
  sequence: n
})
const CREATE: HttpRequest = { method: 'POST', url: 'https://site/create', headers: {}, body: '{}' }

/** Creates answer 201 with key K-9; anything else the platform refuses with the body as its text. */
const platform: Platform = {
  descriptor: descriptorByName('jira'),
  resolveTarget: () => ({ endpoint: new URL('https://site/create'), defaultTemplate: 'x' }),
  fit: payload => payload,
  validate: () => [],
  request: () => CREATE,
  parse: reply =>
    reply.status === 201
      ? { ok: true, status: 'created', id: 'K-9', url: 'https://site/browse/K-9' }
      : { ok: false, message: reply.body }
}

type Step = HttpReply | TransportError

function setup(options: { steps?: Step[]; maxWaitSeconds?: number; maxAttempts?: number; searchLagMs?: number } = {}) {
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
    searchLagMs: options.searchLagMs ?? 2000,
    findOpen: jest.fn<IssueTracker['findOpen']>(async () => []),
    markCreate: jest.fn<IssueTracker['markCreate']>(async call => ({ marked: true, was: call.payload })),
    findCreated: jest.fn<IssueTracker['findCreated']>(async () => undefined),
    comment: jest.fn<IssueTracker['comment']>(async () => undefined),
    close: jest.fn<IssueTracker['close']>(async () => undefined),
    closeAsDuplicate: jest.fn<IssueTracker['closeAsDuplicate']>(async () => undefined)
  }
  const { ctx, warnings } = platformContext({ target: platform.resolveTarget(undefined, undefined) })
  const run = (
    intent: TrackingIntent,
    repeat: RepeatMode = 'comment',
    resolve: ResolveMode = 'close',
    stillFailing?: StillFailing
  ) => {
    const plan: TrackingPlan = {
      intent,
      key: '0123456789abcdef',
      repeat,
      resolve,
      marker: { label: 'dagster-fp-0123456789abcdef', createId: 'uuid', sample: intent === 'sample' },
      note: { heading: 'again', lines: [] }
    }
    const delivery = {
      maxAttempts: options.maxAttempts ?? 3,
      timeoutSeconds: 1,
      maxWaitSeconds: options.maxWaitSeconds ?? 60
    }
    return deliverTracked({
      platform,
      tracker,
      payload: { fields: {} },
      ctx,
      plan,
      options: delivery,
      deps,
      ...(stillFailing && { stillFailing })
    })
  }
  return { tracker, run, sleeps, logs, warnings }
}

const reply = (status: number, body = ''): HttpReply => ({ status, headers: {}, body })
const timeout = () => new TransportError('no reply within 1 s', 'timeout')

describe('deciding', () => {
  it('no open issue: creates with the marked payload, after confirming the empty search once', async () => {
    const { tracker, run, sleeps } = setup({ steps: [reply(201, '{"key":"K-9"}')] })
    const outcome = await run('open')

    expect(outcome).toMatchObject({
      status: 'created',
      id: 'K-9',
      attempts: 1,
      payload: { marked: true, was: { fields: {} } }
    })
    // the search, its confirmation, and the reconciling search after the create
    expect(tracker.findOpen).toHaveBeenCalledTimes(3)
    expect(sleeps).toEqual([1000, 2000])
  })

  it('does not confirm when the search does not lag, nor for samples', async () => {
    for (const [searchLagMs, intent, searches] of [
      [0, 'open', 2],
      [2000, 'sample', 1]
    ] as const) {
      const { tracker, run, sleeps } = setup({ steps: [reply(201)], searchLagMs })
      await run(intent)
      expect(tracker.findOpen).toHaveBeenCalledTimes(searches)
      expect(sleeps).toEqual(intent === 'open' ? [500] : [])
    }
  })

  it('a repeat comments on the oldest open issue', async () => {
    const { tracker, run } = setup()
    tracker.findOpen.mockResolvedValue([ISSUE(2), ISSUE(1)])
    expect(await run('open')).toMatchObject({ status: 'commented', id: 'K-1', url: ISSUE(1).url })
    expect(tracker.comment).toHaveBeenCalledWith(expect.anything(), ISSUE(1), { heading: 'again', lines: [] })
    expect(tracker.markCreate).not.toHaveBeenCalled()
  })

  it('a sample creates even when the search finds issues of its own kind', async () => {
    const { tracker, run } = setup({ steps: [reply(201)] })
    tracker.findOpen.mockResolvedValue([ISSUE(1)])
    expect(await run('sample')).toMatchObject({ status: 'created' })
    expect(tracker.comment).not.toHaveBeenCalled()
  })

  it('a recovery comments on and closes every open issue of the problem, reporting the oldest', async () => {
    const { tracker, run } = setup()
    tracker.findOpen.mockResolvedValue([ISSUE(2), ISSUE(1)])
    expect(await run('resolve')).toMatchObject({ status: 'resolved', id: 'K-1' })
    expect(tracker.close.mock.calls.map(call => call[1])).toEqual([ISSUE(1), ISSUE(2)])
    expect(tracker.comment).toHaveBeenCalledTimes(2)
  })

  it('a member recovering while others of its group key fail: the note names them, the issue stays open', async () => {
    const { tracker, run } = setup()
    tracker.findOpen.mockResolvedValue([ISSUE(1)])
    const stillFailing = { recovered: 'job_a', named: ['job_b', 'job_c'], count: 12 }
    expect(await run('resolve', 'comment', 'close', stillFailing)).toMatchObject({
      status: 'commented',
      id: 'K-1',
      notice: 'job_a recovered; 12 members still failing (job_b, job_c (and 10 more)): K-1 stays open'
    })
    expect(tracker.comment).toHaveBeenCalledWith(expect.anything(), ISSUE(1), {
      heading: 'again',
      lines: [{ label: 'Still failing', text: 'job_b, job_c (and 10 more)' }]
    })
    expect(tracker.close).not.toHaveBeenCalled()
  })
})

describe('reconciling a create with simultaneous runs of the problem', () => {
  /** No open issue before the create (the search and its confirmation); after it, `after`. */
  function raced(after: TrackedIssue[], options: Parameters<typeof setup>[0] = {}) {
    const setUp = setup({ steps: [reply(201)], ...options })
    setUp.tracker.findOpen.mockResolvedValueOnce([]).mockResolvedValueOnce([]).mockResolvedValueOnce(after)
    return setUp
  }

  it("keeps this run's issue when it is the oldest, after pausing for the search lag", async () => {
    const { tracker, run, sleeps } = raced([ISSUE(9), ISSUE(12)])
    expect(await run('open')).toMatchObject({ status: 'created', id: 'K-9', attempts: 1 })
    expect(sleeps).toEqual([1000, 2000])
    expect(tracker.comment).not.toHaveBeenCalled()
    expect(tracker.closeAsDuplicate).not.toHaveBeenCalled()
  })

  it("an older issue of another run gets the occurrence; this run's is closed as its duplicate and the older is the output", async () => {
    const { tracker, run, logs } = raced([ISSUE(9), ISSUE(3), ISSUE(12)])
    expect(await run('open')).toMatchObject({ status: 'commented', id: 'K-3', url: ISSUE(3).url })
    expect(tracker.comment).toHaveBeenCalledWith(expect.anything(), ISSUE(3), { heading: 'again', lines: [] })
    expect(tracker.closeAsDuplicate).toHaveBeenCalledWith(expect.anything(), ISSUE(9), ISSUE(3))
    expect(tracker.comment.mock.invocationCallOrder[0]).toBeLessThan(
      tracker.closeAsDuplicate.mock.invocationCallOrder[0]
    )
    expect(logs.at(-1)).toBe('Jira: K-3 was opened for this problem just before K-9: closed K-9 as its duplicate')
  })

  it('issues created within one clock tick are ordered by their sequence number, whatever the time zone', async () => {
    const { tracker, run } = raced([ISSUE(9, '2026-12-05T10:00:00Z'), ISSUE(3, '2026-12-05T11:00:00.000+0100')])
    expect(await run('open')).toMatchObject({ status: 'commented', id: 'K-3' })
    expect(tracker.closeAsDuplicate).toHaveBeenCalledWith(
      expect.anything(),
      ISSUE(9, '2026-12-05T10:00:00Z'),
      expect.objectContaining({ id: 'K-3' })
    )
  })

  it('without its own issue in sight it closes nothing: it cannot tell which is older', async () => {
    const { tracker, run } = raced([ISSUE(3)])
    expect(await run('open')).toMatchObject({ status: 'created', id: 'K-9' })
    expect(tracker.comment).not.toHaveBeenCalled()
    expect(tracker.closeAsDuplicate).not.toHaveBeenCalled()
  })

  it('a refused step never loses the alert: a warning, and the created issue is the output', async () => {
    const refusal = new TrackerError('x', 'denied', reply(403))
    const cases: [string, (tracker: ReturnType<typeof setup>['tracker']) => void, string][] = [
      [
        'search',
        tracker => tracker.findOpen.mockRejectedValueOnce(refusal),
        'Jira did not accept the search for open issues (HTTP 403, not retried): denied; keeping K-9'
      ],
      [
        'comment',
        tracker => tracker.comment.mockRejectedValueOnce(refusal),
        'Jira did not accept the comment on K-3 (HTTP 403, not retried): denied; leaving K-9 open beside K-3'
      ],
      [
        'close',
        tracker => tracker.closeAsDuplicate.mockRejectedValueOnce(refusal),
        'Jira did not accept the closing of K-9 as a duplicate of K-3 (the occurrence was added to K-3) (HTTP 403, not retried): denied; leaving K-9 open beside K-3'
      ]
    ]
    for (const [, refuse, warning] of cases) {
      const { tracker, run, warnings } = setup({ steps: [reply(201)] })
      tracker.findOpen.mockResolvedValueOnce([]).mockResolvedValueOnce([])
      refuse(tracker)
      tracker.findOpen.mockResolvedValueOnce([ISSUE(9), ISSUE(3)])
      expect(await run('open')).toMatchObject({ status: 'created', id: 'K-9' })
      expect(warnings.map(problem => problem.message)).toEqual([warning])
    }
  })

  it('the pause counts against max-wait; without time left it looks at once', async () => {
    const { tracker, run, sleeps, logs } = raced([ISSUE(9), ISSUE(3)], { maxWaitSeconds: 1.5 })
    expect(await run('open')).toMatchObject({ status: 'commented', id: 'K-3' })
    expect(sleeps).toEqual([1000])
    expect(logs).toContain(
      'Jira: max-wait leaves no time to let the search catch up; looking for other open issues at once'
    )
    expect(tracker.closeAsDuplicate).toHaveBeenCalled()
  })

  it('repeat: new and samples are not reconciled: each occurrence is meant to be its own issue', async () => {
    for (const [intent, repeat] of [
      ['open', 'new'],
      ['sample', 'comment']
    ] as const) {
      const { tracker, run } = setup({ steps: [reply(201)] })
      tracker.findOpen.mockResolvedValue([ISSUE(3)])
      expect(await run(intent, repeat)).toMatchObject({ status: 'created', id: 'K-9' })
      expect(tracker.closeAsDuplicate).not.toHaveBeenCalled()
    }
  })
})

describe('a create whose reply was lost', () => {
  it('searches before the retry, pausing for the lagging index, and sends nothing more once found', async () => {
    const { tracker, run, sleeps } = setup({ steps: [timeout()] })
    tracker.findCreated
      .mockResolvedValueOnce(undefined)
      .mockResolvedValueOnce(undefined)
      .mockResolvedValueOnce(ISSUE(5))
    const outcome = await run('open')

    expect(outcome).toMatchObject({ status: 'created', id: 'K-5', url: ISSUE(5).url, attempts: 2, response: '' })
    expect(tracker.findCreated).toHaveBeenCalledTimes(3)
    // confirm pause, the retry's backoff, the two pauses between searches, then the pause before reconciling
    expect(sleeps.slice(-3)).toEqual([1000, 2000, 2000])
  })

  it('searches only as long as max-wait allows, then retries', async () => {
    const { tracker, run } = setup({ steps: [timeout(), reply(201)], maxWaitSeconds: 1.5 })
    expect(await run('open')).toMatchObject({ status: 'created', id: 'K-9' })
    expect(tracker.findCreated).toHaveBeenCalledTimes(1)
  })

  it('a retry refused (Linear: the id exists) is checked once more: the earlier attempt made it', async () => {
    const { tracker, run } = setup({ steps: [timeout(), reply(400, 'id already exists')], searchLagMs: 0 })
    tracker.findCreated.mockResolvedValueOnce(undefined).mockResolvedValueOnce(ISSUE(7))
    expect(await run('open')).toMatchObject({ status: 'created', id: 'K-7', attempts: 2 })
  })

  it('a retry refused when nothing was created fails with the refusal', async () => {
    const { run } = setup({ steps: [timeout(), reply(400, 'bad field')], searchLagMs: 0 })
    await expect(run('open')).rejects.toThrow(
      'Jira did not accept the creation of the issue (HTTP 400, not retried): bad field'
    )
  })

  it('a first attempt refused outright is not looked for', async () => {
    const { tracker, run } = setup({ steps: [reply(400, 'bad field')], searchLagMs: 0 })
    await expect(run('open')).rejects.toBeInstanceOf(DeliveryError)
    expect(tracker.findCreated).not.toHaveBeenCalled()
  })
})

describe('failures', () => {
  it('a refused tracker request becomes a DeliveryError naming the platform and step, redacted', async () => {
    const { tracker, run } = setup()
    tracker.findOpen.mockResolvedValue([ISSUE(3)])
    tracker.comment.mockRejectedValue(
      new TrackerError('comment on K-3', `denied for ${SECRET}`, reply(403, `{"token":"${SECRET}"}`))
    )
    const error = await run('open').catch(caught => caught)

    expect(error).toBeInstanceOf(DeliveryError)
    expect(error.message).toBe('Jira did not accept the comment on K-3 (HTTP 403, not retried): denied for ***')
    expect(error.response).toBe('{"token":"***"}')
  })

  it('a step that cannot be done says so without an HTTP status', async () => {
    const { tracker, run } = setup()
    tracker.findOpen.mockResolvedValue([ISSUE(3)])
    tracker.close.mockRejectedValue(new TrackerError('closing of K-3', 'no transition to Done'))
    await expect(run('resolve')).rejects.toThrow(
      'Jira: the closing of K-3 (the recovery comment was added) could not be done: no transition to Done'
    )
  })

  it('resolve: ignore skips without a request', async () => {
    const { tracker, run } = setup()
    expect(await run('resolve', 'comment', 'ignore')).toMatchObject({
      status: 'skipped',
      url: '',
      notice: expect.stringContaining('ignore')
    })
    expect(tracker.findOpen).not.toHaveBeenCalled()
  })
})
