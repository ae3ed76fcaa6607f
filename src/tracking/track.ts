import { deliver, warningOnce } from '../delivery/deliver.js'
import { followUpSender, platformRetryReading, type RetryReading } from '../delivery/follow-up.js'
import type { DeliveryDeps, DeliveryOptions, DeliveryOutcome } from '../delivery/types.js'
import type { Status } from '../status.js'
import { WaitBudget } from '../delivery/wait-budget.js'
import { DeliveryError } from '../errors.js'
import {
  oldestFirst,
  stillFailingSummary,
  TrackerError,
  withStillFailing,
  type FollowUpNote,
  type IssueTracker,
  type StillFailing,
  type TrackedIssue,
  type TrackerCall
} from './contract.js'
import { REPLY_TEXT_LIMIT } from '../platforms/shared/reply.js'
import type { Platform, PlatformContext } from '../platforms/types.js'
import type { Json } from '../json.js'
import { truncate } from '../truncate.js'
import type { TrackingPlan } from './plan.js'

export interface TrackedDelivery {
  platform: Platform
  tracker: IssueTracker
  payload: Json
  ctx: PlatformContext
  plan: TrackingPlan
  options: DeliveryOptions
  deps: DeliveryDeps
  /** A recovery whose group key has other members still failing: the issue gets the note and stays open. */
  stillFailing?: StillFailing
}

/** Pauses between searches for an issue a lost reply may have created: a tracker's search index may lag new issues. */
const LAG_PAUSES_MS = [1000, 2000]
/** Before trusting "no open issue" from a lagging search, one more look after this pause. */
const CONFIRM_PAUSE_MS = 1000
/**
 * Before reconciling a create, at least this long even where search does not lag: a neighbour's create that
 * the service took before mine may still be finishing when mine is answered.
 */
const RECONCILE_SETTLE_MS = 500
/**
 * At most one open issue per problem: a repeat comments on (or skips) the open issue, a recovery closes it,
 * anything else creates one, and a create whose reply was lost is looked for before it is sent again.
 * Simultaneous runs cannot see each other's create in flight, so a create is reconciled: the oldest open issue
 * of the problem is its one issue, and a run whose new issue is not the oldest records its occurrence there and
 * closes its own as a duplicate. Every request shares the delivery's retry policy and max-wait; every message
 * is redacted.
 */
export async function deliverTracked(delivery: TrackedDelivery): Promise<DeliveryOutcome> {
  const flow = new TrackingFlow(delivery)
  const { plan } = delivery
  flow.checkCredentials()
  if (plan.intent === 'resolve' && plan.resolve === 'ignore') {
    return flow.skipped(`recovery alert not delivered: the resolve input is ignore (${plan.marker.label})`)
  }
  if (plan.intent === 'resolve') {
    const open = await flow.findOpen(true)
    if (open.length === 0)
      return flow.skipped(
        `recovery alert: no open issue labelled ${plan.marker.label}, so nothing was created or closed`
      )
    const { stillFailing } = delivery
    if (stillFailing) {
      const outcome = await flow.resolve(open, withStillFailing(plan.note, stillFailing), false)
      return { ...outcome, notice: `${stillFailingSummary(stillFailing)}: ${outcome.id} stays open` }
    }
    return flow.resolve(open, plan.note, plan.resolve === 'close')
  }
  // Dedupe must never cost an alert: a search the service refuses (no search endpoint, no permission to search)
  // leaves a warning and the alert becomes a new issue. A sample's own marker matches no real issue; its search
  // only tells a later retry which issues were there before.
  const open = await flow.bestEffort([], () => flow.findOpen(plan.intent !== 'sample'), 'creating a new issue')
  // A sample is its own issue, and repeat: new asks for one issue per occurrence: neither is reconciled.
  if (plan.intent === 'sample' || plan.repeat === 'new') return flow.create(open)
  if (open.length === 0) return flow.reconcile(await flow.create(open))
  const oldest = oldestFirst(open)[0]
  if (plan.repeat === 'skip')
    return flow.skipped(`repeat is skip: ${oldest.id} is already open for this problem`, oldest)
  return flow.commentOn(oldest)
}

class TrackingFlow {
  private readonly name: string
  private readonly budget: WaitBudget
  private readonly deps: DeliveryDeps
  /** What every tracker call carries but its sender, which each step names (stepCall). */
  private readonly call: Omit<TrackerCall, 'send'>
  private readonly retryReading: RetryReading
  private readonly ctx: PlatformContext
  private requests = 0

  constructor(private readonly delivery: TrackedDelivery) {
    const { platform, options, plan, payload } = delivery
    // Requests after the first repeat the platform's warnings (e.g. a credential prefix it removed): each is shown once.
    const ctx = warningOnce(delivery.ctx)
    this.ctx = ctx
    this.name = platform.descriptor.displayName
    // Counts what reaches the network, so an outcome can report the attempts its own request took.
    this.deps = {
      ...delivery.deps,
      transport: (request, timeoutMs) => (this.requests++, delivery.deps.transport(request, timeoutMs))
    }
    this.budget = new WaitBudget(this.name, options, this.deps)
    this.retryReading = platformRetryReading(platform, ctx)
    this.call = { marker: plan.marker, payload, ctx }
  }

  /** The create request is built first: missing or malformed credentials stop the flow before any request. */
  checkCredentials(): void {
    this.delivery.platform.request(this.delivery.payload, this.ctx)
  }

  /** Open issues of the problem; with `confirmEmpty`, an empty answer from a lagging search index is confirmed once. */
  async findOpen(confirmEmpty: boolean): Promise<TrackedIssue[]> {
    const { tracker } = this.delivery
    const open = await this.step('search for open issues', call => tracker.findOpen(call))
    if (open.length > 0 || tracker.searchLagMs === 0 || !confirmEmpty) return open
    if (!(await this.budget.pause(CONFIRM_PAUSE_MS))) return open
    this.log(
      `no open issue labelled ${this.call.marker.label}; searching once more, as a new issue can take a moment to show up`
    )
    return this.step('search for open issues', call => tracker.findOpen(call))
  }

  async create(known: TrackedIssue[]): Promise<DeliveryOutcome> {
    const { platform, tracker, options } = this.delivery
    const { ctx } = this
    const unmarked = this.delivery.payload
    const payload = await this.bestEffort(
      unmarked,
      () => this.step('preparation of the issue', call => tracker.markCreate(call)),
      'creating it without the dedupe marker'
    )
    const deliveredBeforeRetry = async () => {
      const found = await this.bestEffort(undefined, () => this.findCreated(known), 'sending it again')
      return found && { url: found.url, id: found.id, status: 'created' as const }
    }
    try {
      const result = await deliver(platform, payload, ctx, options, this.deps, {
        budget: this.budget,
        deliveredBeforeRetry,
        what: 'creation of the issue'
      })
      return {
        status: 'created',
        url: result.url,
        id: result.id,
        attempts: result.attempts,
        response: result.response,
        payload
      }
    } catch (error) {
      // A retry that failed (e.g. "id already exists") may be the echo of an earlier attempt that did create it.
      if (!(error instanceof DeliveryError) || error.attempts < 2) throw error
      const found = await this.findCreated(known)
      if (!found) throw error
      return { status: 'created', url: found.url, id: found.id, attempts: error.attempts, response: '', payload }
    }
  }

  async commentOn(issue: TrackedIssue): Promise<DeliveryOutcome> {
    const { tracker, plan } = this.delivery
    const attempts = await this.counted(() =>
      this.step(`comment on ${issue.id}`, call => tracker.comment(call, issue, plan.note))
    )
    this.log(`${issue.id} is already open for this problem: added the occurrence as a comment`)
    return this.outcome('commented', issue, attempts)
  }

  /**
   * After this run's create: the problem's open issues, looked for once any created before it can show up. When
   * the oldest is another run's, this occurrence is recorded there and the new issue closed as its duplicate.
   * A step the service refuses leaves a warning and the created issue as the outcome: the alert is not lost.
   */
  async reconcile(created: DeliveryOutcome): Promise<DeliveryOutcome> {
    const { tracker } = this.delivery
    const pauseMs = Math.max(tracker.searchLagMs, RECONCILE_SETTLE_MS)
    if (!(await this.budget.pause(pauseMs)))
      this.log('max-wait leaves no time to let the search catch up; looking for other open issues at once')
    const open = await this.bestEffort(undefined, () => this.findOpen(false), `keeping ${created.id}`)
    const mine = open?.find(issue => issue.id === created.id)
    // Without its own issue in sight, this run cannot tell which is older: closing nothing is the safe side.
    if (!open || !mine) return created
    const oldest = oldestFirst(open)[0]
    if (oldest === mine) return created
    const instead = `leaving ${created.id} open beside ${oldest.id}`
    const recorded = await this.bestEffort(undefined, () => this.commentOn(oldest), instead)
    if (!recorded) return created
    const closing = `closing of ${mine.id} as a duplicate of ${oldest.id} (the occurrence was added to ${oldest.id})`
    const closed = await this.bestEffort(
      false,
      () => this.step(closing, call => tracker.closeAsDuplicate(call, mine, oldest)).then(() => true),
      instead
    )
    if (!closed) return created
    this.log(`${oldest.id} was opened for this problem just before ${mine.id}: closed ${mine.id} as its duplicate`)
    return recorded
  }

  /** Comments `note` on every open issue of the problem and, with `close`, closes it; the oldest is the output. */
  async resolve(found: TrackedIssue[], note: FollowUpNote, close: boolean): Promise<DeliveryOutcome> {
    const { tracker } = this.delivery
    const open = oldestFirst(found)
    let attempts = 0
    for (const issue of open) {
      attempts = await this.counted(() =>
        this.step(`comment on ${issue.id}`, call => tracker.comment(call, issue, note))
      )
      if (!close) continue
      const closing = `closing of ${issue.id} (the recovery comment was added)`
      attempts = await this.counted(() => this.step(closing, call => tracker.close(call, issue)))
      this.log(`recovered: closed ${issue.id}`)
    }
    return this.outcome(close ? 'resolved' : 'commented', open[0], attempts)
  }

  /** `action`'s result, or `fallback` with a warning when the service refused it: for steps an alert must not fail on. */
  async bestEffort<T>(fallback: T, action: () => Promise<T>, instead: string): Promise<T> {
    try {
      return await action()
    } catch (error) {
      if (!(error instanceof DeliveryError)) throw error
      this.ctx.warn({ path: '', message: `${error.message}; ${instead}` })
      return fallback
    }
  }

  skipped(notice: string, issue?: TrackedIssue): DeliveryOutcome {
    return { ...this.outcome('skipped', issue, 0), notice }
  }

  private outcome(
    status: Extract<Status, 'commented' | 'resolved' | 'skipped'>,
    issue: TrackedIssue | undefined,
    attempts: number
  ): DeliveryOutcome {
    return {
      status,
      url: issue?.url ?? '',
      id: issue?.id ?? '',
      attempts,
      response: '',
      payload: this.delivery.payload
    }
  }

  /** The issue an attempt whose reply was lost created, searching again while a lagging index may hide it. */
  private async findCreated(known: TrackedIssue[]): Promise<TrackedIssue | undefined> {
    const { tracker } = this.delivery
    const tries = tracker.searchLagMs > 0 ? LAG_PAUSES_MS.length + 1 : 1
    for (let n = 0; n < tries; n++) {
      if (n > 0 && !(await this.budget.pause(LAG_PAUSES_MS[n - 1]))) break
      const found = await this.step('search for the issue a lost reply may have created', call =>
        tracker.findCreated(call, known)
      )
      if (found) {
        this.log(`an earlier attempt created ${found.id} though its reply was lost; not sending it again`)
        return found
      }
    }
    return undefined
  }

  private async counted(action: () => Promise<unknown>): Promise<number> {
    const before = this.requests
    await action()
    return this.requests - before
  }

  /**
   * Runs one tracker step, its requests named `what` in retry lines, turning the service's refusal into a redacted
   * DeliveryError that names the step.
   */
  private async step<T>(what: string, action: (call: TrackerCall) => Promise<T>): Promise<T> {
    const send = followUpSender(this.name, this.budget, this.deps, this.retryReading, what)
    try {
      return await action({ ...this.call, send })
    } catch (error) {
      if (!(error instanceof TrackerError)) throw error
      const { secrets } = this.deps
      const { reply } = error
      const detail = truncate(error.detail, REPLY_TEXT_LIMIT)
      const message = reply
        ? `${this.name} did not accept the ${what} (HTTP ${reply.status}, not retried): ${detail}`
        : `${this.name}: the ${what} could not be done: ${detail}`
      throw new DeliveryError(secrets.redact(message), 1, reply && secrets.redact(reply.body))
    }
  }

  private log(message: string): void {
    this.deps.log(this.deps.secrets.redact(`${this.name}: ${message}`))
  }
}
