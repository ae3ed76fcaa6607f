import type { DeliveryDeps, DeliveryOutcome } from './delivery/types.js'
import { deliver } from './delivery/deliver.js'
import { PayloadError, type Problem } from './errors.js'
import { deriveValues, missingTokens } from './event/derive.js'
import { normaliseAlert } from './event/normalise.js'
import { templateScope } from './event/scope.js'
import { loadAlertDataParser, readAlertData } from './event/source.js'
import type { RelayConfig } from './inputs.js'
import { loadPlatform } from './platforms/registry.js'
import { usableReplyValues } from './platforms/shared/reply.js'
import type { Platform, PlatformName, Target } from './platforms/types.js'
import type { Json } from './json.js'
import { producePayload } from './pipeline/payload.js'
import type { SendTemplates } from './pipeline/send-findings.js'
import { checkWrittenFor, sendPlatform, templateVariant } from './pipeline/platform-choice.js'
import { compileTemplate, loadTemplateModules, type CompiledTemplate } from './template/compile.js'
import { loadTemplate, type TemplateSource } from './template/load.js'
import { eventsServe, notInEventsNotice, notServedNotice, routeByEventType, templateList } from './template/route.js'

/** What the pipeline needs from the outside world; main.ts supplies the real ones, tests fakes. */
export interface RelayEnvironment {
  workspace: string
  env: Record<string, string | undefined>
  eventName: string
  eventPayload: unknown
  delivery: DeliveryDeps
  info(message: string): void
  /** Each warning as it happens, so those found before a failure are shown too. */
  warn(problem: Problem): void
}

/** What the run came to, as the outputs and the job summary say it. */
export interface RelayOutcome extends DeliveryOutcome {
  /** Absent when the alert was skipped before the platform was chosen (a type the events input leaves out). */
  platform?: PlatformName
  /** The template used; those listed ('' for none) when the events input skipped the alert. */
  template: string
  payload: Json
  warnings: Problem[]
  /** Seconds the run spent waiting for rate limits (one decimal); absent or 0 when it did not. */
  rateLimitWaitSeconds?: number
  /** What the destination keeps: an issue (trackers), an incident (on-call services) or a message (chat, webhooks). */
  subject?: DeliverySubject
}

export type DeliverySubject = 'issue' | 'incident' | 'message'

/** inputs → event → template → render → fit → validate → deliver. Throws InputError/TemplateError/PayloadError/DeliveryError. */
export async function relay(config: RelayConfig, environment: RelayEnvironment): Promise<RelayOutcome> {
  const sources = { eventInput: config.event, eventName: environment.eventName, eventPayload: environment.eventPayload }
  await loadAlertDataParser(sources)
  const alertData = readAlertData(sources)
  const alert = normaliseAlert(alertData.data)
  environment.info(`Alert data from ${alertData.origin}`)

  const warnings: Problem[] = []
  const warn = (problem: Problem) => {
    warnings.push(problem)
    environment.warn(problem)
  }
  const type = typeof alert.notification_type === 'string' ? alert.notification_type : undefined
  // Before any template or platform code is loaded: a step that does not serve the type costs the least
  if (config.events && !eventsServe(config.events, type)) {
    const template = templateList(config.template).join(', ')
    const notice = notInEventsNotice(config.events, type)
    return { ...(config.platform && { platform: config.platform }), template, ...NOT_SENT, warnings, notice }
  }
  const destination = await chooseDestination(config, environment.workspace, type)
  if ('notServed' in destination) {
    const { platform, notServed, templates } = destination
    return { platform: platform.descriptor.name, template: templates, ...NOT_SENT, warnings, notice: notServed }
  }
  const { platform, target, template } = destination
  // the problem plan, and what its dedupe key needs, are loaded only for platforms that keep one issue or incident
  // per problem; the tracking flow only for issue platforms
  const [planning, track] = await Promise.all([
    (platform.tracker || platform.keyedIncidents) && loadPlanning(config.tracking.dedupeKey),
    platform.tracker && import('./tracking/track.js')
  ])
  const tracking = planning && track && { ...planning, ...track }
  // Built-in templates are checked before they ship (the platform conformance suite); a user's template, or vars
  // that a template may not read, get the checks `check` makes. Loaded only then: most sends need none of it.
  if (!destination.allBuiltin || Object.keys(config.vars).length > 0) {
    const { applyTemplateFindings } = await import('./pipeline/send-findings.js')
    const dedupeKey = planning && planning.dedupeKeyVariables(config.tracking.dedupeKey)
    applyTemplateFindings(destination, Object.keys(config.vars), dedupeKey, warn)
  }
  for (const { tokens, consequence } of missingTokens(alert)) {
    warn({
      path: 'event',
      message: `the ${alert.notification_type} alert has none of ${tokens.join(', ')}: ${consequence}. ${MISSING_TOKENS_FIX}`
    })
  }
  const derived = deriveValues(alert, environment.env)
  const scope = templateScope(alert, derived, config.vars)
  const now = environment.delivery.now()
  const plan = planning && planning.planTracking({ config: config.tracking, alert, derived, scope, now })
  const keyed =
    planning && plan && platform.keyedIncidents && planning.keyedIncidentPlan(plan, platform.descriptor.displayName)
  if (keyed && 'skipped' in keyed)
    return { platform: platform.descriptor.name, template: template.file, ...NOT_SENT, warnings, notice: keyed.skipped }
  const { payload, problems, ctx } = producePayload(
    template,
    { scope, vars: config.vars },
    {
      platform,
      target: () => target,
      settings: config.settings,
      headers: config.headers,
      ...(keyed && { problem: keyed.problem }),
      now: environment.delivery.now
    },
    warn
  )
  if (problems.length > 0) throw new PayloadError(platform.descriptor.name, problems)

  const subject: DeliverySubject = platform.tracker ? 'issue' : platform.keyedIncidents ? 'incident' : 'message'
  const base = { platform: platform.descriptor.name, template: template.file, payload, warnings, subject }
  const { tracker } = platform
  if (config.dryRun)
    return {
      ...base,
      status: 'dry-run',
      url: '',
      id: '',
      attempts: 0,
      response: '',
      ...(tracking && plan && { notice: tracking.dryRunNotice(plan) })
    }

  const options = {
    maxAttempts: config.maxAttempts,
    timeoutSeconds: config.timeoutSeconds,
    maxWaitSeconds: config.maxWaitSeconds,
    rateLimitHeaders: platform.rateLimitHeaders
  }
  let rateLimitWaitMs = 0
  const deps: DeliveryDeps = {
    ...environment.delivery,
    onRateLimitWait: ms => {
      rateLimitWaitMs += ms
    }
  }
  // A member of a group key: recorded before the issue or incident is touched; a recovery while other members are
  // still failing leaves it open. Loaded only for a key that names more than the alert's own problem.
  const group =
    planning && plan && planning.isGroupMember(plan, derived.fingerprint) && (await import('./memory/group-members.js'))
  const stillFailing =
    group &&
    (await group.groupMemberOf({
      // Members are kept per service and endpoint: destinations never share them.
      destination: `tracker:${platform.descriptor.name}:${target.endpoint.origin}${target.endpoint.pathname}`,
      key: plan.key,
      fingerprint: derived.fingerprint,
      alert,
      recovery: plan.intent === 'resolve',
      env: environment.env,
      stateToken: config.stateToken,
      options,
      deps,
      warn: message => warn({ path: 'dedupe-key', message: deps.secrets.redact(message) })
    }))
  if (stillFailing && keyed)
    return { ...base, ...NOT_SENT, notice: `${stillFailing.summary}: the incident ${keyed.problem.key} stays open` }
  // `resolve: ignore` on chat: a recovery is not delivered, whether or not one message per problem is kept.
  if (!tracker && !platform.keyedIncidents && config.problemMessages.ignoreRecoveries && derived.is_recovery)
    return { ...base, ...NOT_SENT, notice: 'recovery alert not delivered: the resolve input is ignore' }
  // One message per problem on chat, when asked for: the lifecycle and its state are loaded only then.
  const problemFlow =
    !tracker &&
    !platform.keyedIncidents &&
    config.problemMessages.asked &&
    (await import('./memory/problem-delivery.js'))
  const delivered =
    tracker && tracking && plan
      ? await tracking.deliverTracked({
          platform,
          tracker,
          payload,
          ctx,
          plan,
          options,
          deps,
          ...(stillFailing && { stillFailing: stillFailing.members })
        })
      : problemFlow
        ? await problemFlow.deliverProblemMessage({
            platform,
            payload,
            ctx,
            options,
            deps,
            alert,
            derived,
            scope,
            warn,
            env: environment.env,
            tracking: config.tracking,
            problemMessages: config.problemMessages,
            stateToken: config.stateToken
          })
        : await deliver(platform, payload, ctx, options, deps)
  return {
    ...base,
    ...delivered,
    // Read from the service's reply: only a usable link and id are used
    ...usableReplyValues(delivered, platform.descriptor.displayName, warn),
    rateLimitWaitSeconds: Math.round(rateLimitWaitMs / 100) / 10
  }
}

/** The problem plan, with what rendering `dedupeKey` needs loaded. */
async function loadPlanning(dedupeKey: string) {
  const plan = await import('./tracking/plan.js')
  await plan.loadDedupeKeyModules(dedupeKey)
  return plan
}

/** What a run that sends nothing outputs (with a notice saying why). */
const NOT_SENT = { status: 'skipped', url: '', id: '', attempts: 0, payload: null, response: '' } as const

const MISSING_TOKENS_FIX =
  'Send every token in the Dagster+ webhook body: docs/dagster-plus-setup.md, examples/dagster-webhook-body.json or `dagster-alert-relay dispatch-body`'

/** Where this alert goes, and with which template. */
interface Destination extends SendTemplates {
  target: Target
  /** Whether every listed template is a built-in one. */
  allBuiltin: boolean
}

interface Listed {
  ref: string
  source: TemplateSource
  template: CompiledTemplate
}

/**
 * The platform comes from the `platform` input, else the `url`, else the templates' front matter; the template is
 * the first the `template` input lists that is meant for the alert's type (§4 routing), else the platform's built-in
 * for that endpoint. No listed template for the type: nothing to send.
 */
async function chooseDestination(
  config: RelayConfig,
  workspace: string,
  type: string | undefined
): Promise<Destination | { platform: Platform; templates: string; notServed: string }> {
  const listed: Listed[] = []
  for (const ref of templateList(config.template)) listed.push(await compiled(ref, workspace))
  const platform = await loadPlatform(
    sendPlatform(
      config,
      listed.map(each => each.template)
    ).name
  )
  for (const { ref, template } of listed) {
    checkWrittenFor(platform.descriptor.name, template)
    // Every listed template must fit the url, not only the one this alert happens to use.
    platform.resolveTarget(
      config.url,
      templateVariant(template.frontMatter, platform.descriptor.name, ref),
      config.settings
    )
  }
  if (listed.length === 0)
    listed.push(
      await compiled(platform.resolveTarget(config.url, undefined, config.settings).defaultTemplate, workspace)
    )
  const chosen = routeByEventType(
    listed.map(each => ({ ...each, frontMatter: each.template.frontMatter })),
    type
  )
  if (!chosen) {
    const templates = listed.map(each => each.template)
    return {
      platform,
      templates: templates.map(each => each.file).join(', '),
      notServed: notServedNotice(templates, type)
    }
  }
  const target = platform.resolveTarget(
    config.url,
    templateVariant(chosen.template.frontMatter, platform.descriptor.name, chosen.ref),
    config.settings
  )
  return {
    platform,
    target,
    template: chosen.template,
    source: chosen.source,
    listed: listed.map(each => each.template),
    allBuiltin: listed.every(each => each.source.builtin)
  }
}

async function compiled(ref: string, workspace: string): Promise<Listed> {
  const source = loadTemplate(ref, workspace)
  return { ref, source, template: compileTemplate(await loadTemplateModules(source)) }
}
