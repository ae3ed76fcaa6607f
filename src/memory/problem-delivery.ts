/**
 * One message per problem on a chat platform, for one alert: the alert's facts, the state store (git refs of the
 * workflow's repository with the `state-token` input) and the platform's chat, handed to the lifecycle; what it did becomes
 * the step's outcome. Loaded only by runs that ask for it (`repeat: comment` or `resolve: close` on chat).
 */
import { deliver } from '../delivery/deliver.js'
import { followUpSender, platformRetryReading } from '../delivery/follow-up.js'
import type { DeliveryDeps, DeliveryOptions, DeliveryOutcome } from '../delivery/types.js'
import { WaitBudget } from '../delivery/wait-budget.js'
import { PayloadError, type Problem } from '../errors.js'
import type { Derived } from '../event/derive.js'
import type { Alert } from '../event/normalise.js'
import type { ProblemMessageConfig, TrackingConfig } from '../inputs.js'
import type { Json } from '../json.js'
import type { Platform, PlatformContext, ProblemMessages } from '../platforms/types.js'
import { latestText, memberLabel } from './alert-member.js'
import { workflowStateStore } from './git-ref-store.js'
import { runLifecycle, type AlertFacts, type LifecycleOutcome } from './lifecycle.js'
import type { ProblemView } from './problem-view.js'
import { sampleViews } from './sample-views.js'

export interface ProblemDelivery {
  platform: Platform
  /** This alert's rendered template, fitted and validated. */
  payload: Json
  ctx: PlatformContext
  options: DeliveryOptions
  deps: DeliveryDeps
  alert: Alert
  derived: Derived
  /** The template scope, for rendering `dedupe-key`. */
  scope: Record<string, unknown>
  tracking: TrackingConfig
  problemMessages: ProblemMessageConfig
  /** The `state-token` input: the job's token by default. */
  stateToken: string
  /** The runner's environment: GITHUB_API_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT. */
  env: Record<string, string | undefined>
  warn(problem: Problem): void
}

const WARNING_PATH = 'repeat'

export async function deliverProblemMessage(delivery: ProblemDelivery): Promise<DeliveryOutcome> {
  const { platform, payload, ctx, options, deps, warn } = delivery
  const name = platform.descriptor.displayName
  const asToday = () => deliver(platform, payload, ctx, options, deps)
  if (!platform.problemMessages) {
    warn({
      path: WARNING_PATH,
      message: `${platform.noProblemMessages ?? `${name} cannot edit the messages it posts, so repeat and resolve do not apply`}; each alert is a message of its own`
    })
    return asToday()
  }
  const messages = await platform.problemMessages()
  const budget = new WaitBudget(name, options, deps)
  const send = followUpSender(name, budget, deps, platformRetryReading(platform, ctx))
  const chatDelivery = { payload, ctx, send }
  const chat = messages.chat(chatDelivery)
  if ('cannot' in chat) {
    warn({ path: WARNING_PATH, message: `${chat.cannot}; each alert is a message of its own` })
    return asToday()
  }
  // A template whose problem message the platform would refuse (check mode says so) still delivers its alert.
  const refused = refusedProblemMessage(messages, delivery)
  if (refused) {
    warn({ path: WARNING_PATH, message: `${refused}; each alert is a message of its own` })
    return asToday()
  }
  const store = workflowStateStore(delivery.env, delivery.stateToken, options, deps)
  if (!store) {
    warn({
      path: WARNING_PATH,
      message:
        'one message per problem keeps its state in the workflow repository, and this run has no GITHUB_REPOSITORY ' +
        'or state-token: the alert is a message of its own'
    })
    return asToday()
  }
  const facts = await alertFacts(delivery, messages.destination(ctx, payload))
  const outcome = await runLifecycle(facts, {
    store,
    chat,
    now: () => deps.now().getTime(),
    sleep: deps.sleep,
    random: deps.random,
    warn: message => warn({ path: WARNING_PATH, message: deps.secrets.redact(message) }),
    run: `${delivery.env.GITHUB_RUN_ID ?? 'local'}-${delivery.env.GITHUB_RUN_ATTEMPT ?? '1'}`,
    timings: { renotifyMs: delivery.problemMessages.renotifyHours * 3_600_000 },
    skipRepeats: delivery.tracking.repeat === 'skip'
  })
  const message = 'message' in outcome ? outcome.message : undefined
  const url = message ? await messages.link(message, chatDelivery) : ''
  return {
    status: statusOf(outcome),
    url,
    id: message?.message ?? '',
    attempts: 1,
    response: '',
    notice: noticeOf(outcome, facts.key)
  }
}

/** Why the platform would refuse this alert's problem message (its longest state), or undefined when it would not. */
function refusedProblemMessage(messages: ProblemMessages, delivery: ProblemDelivery): string | undefined {
  const { alert, derived, payload, ctx } = delivery
  const longest = sampleViews(alert, derived.fingerprint, delivery.deps.now().getTime()).at(-1)
  if (!longest) return undefined
  try {
    messages.payload(payload, longest.view, ctx)
    return undefined
  } catch (error) {
    if (!(error instanceof PayloadError)) throw error
    return `the problem's message would be refused: ${error.problems.map(each => `${each.path || '(body)'}: ${each.message}`).join('; ')}`
  }
}

/** The alert's problem: the rendered dedupe-key. */
async function problemKey({ tracking, scope }: ProblemDelivery): Promise<string> {
  const plan = await import('../tracking/plan.js')
  await plan.loadDedupeKeyModules(tracking.dedupeKey)
  return plan.renderDedupeKey(tracking.dedupeKey, scope)
}

/** The alert as the lifecycle sees it: its problem (the rendered dedupe-key), member, status, label and text. */
async function alertFacts(delivery: ProblemDelivery, destination: string): Promise<AlertFacts> {
  const { alert, derived } = delivery
  return {
    destination,
    key: await problemKey(delivery),
    fingerprint: derived.fingerprint,
    label: memberLabel(alert, derived.fingerprint),
    status: derived.is_recovery ? 'recovered' : 'failing',
    sample: alert.is_sample === true,
    text: latestText(alert),
    at: delivery.deps.now().getTime()
  }
}

function statusOf(outcome: LifecycleOutcome): DeliveryOutcome['status'] {
  if (outcome.kind === 'posted' || outcome.kind === 'posted-alone') return 'sent'
  if (outcome.kind === 'skipped') return 'skipped'
  return outcome.view.state === 'resolved' ? 'resolved' : 'commented'
}

/** What happened, as the summary says it: "updated the message of `orders` (3 failing, 1 recovered)". */
function noticeOf(outcome: LifecycleOutcome, key: string): string {
  const counts = (view: ProblemView) =>
    view.state === 'resolved'
      ? `resolved after ${view.resolvedAfterMinutes ?? 0} min`
      : `${view.counts.failing} failing, ${view.counts.recovered} recovered`
  switch (outcome.kind) {
    case 'posted':
      return `posted the message of \`${key}\` (${counts(outcome.view)})`
    case 'edited':
      return `updated the message of \`${key}\` (${counts(outcome.view)})`
    case 'shown':
      return `another run's update of the message of \`${key}\` shows this alert (${counts(outcome.view)})`
    case 'posted-alone':
      return `posted as a message of its own, not in the message of \`${key}\`: ${outcome.reason}`
    case 'skipped':
      return `repeat not shown (the repeat input is skip): the member already fails in the message of \`${key}\` (${counts(outcome.view)})`
  }
}
