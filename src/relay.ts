import type { DeliveryDeps } from './delivery/types.js'
import { deliver } from './delivery/deliver.js'
import { InputError, PayloadError, type Problem } from './errors.js'
import { deriveValues, missingTokens } from './event/derive.js'
import { normaliseAlert } from './event/normalise.js'
import { templateScope } from './event/scope.js'
import { readAlertData } from './event/source.js'
import type { RelayConfig } from './inputs.js'
import { descriptorByName, inferPlatform, loadPlatform, platformOfDeclared } from './platforms/registry.js'
import { usableReplyValues } from './platforms/shared/reply.js'
import {
  PLATFORM_NAMES,
  type Json,
  type Platform,
  type PlatformContext,
  type PlatformDescriptor,
  type PlatformName,
  type Target
} from './platforms/types.js'
import { authoredText } from './platforms/shared/mentions.js'
import { compileTemplate, type CompiledTemplate } from './template/compile.js'
import { loadTemplate, type TemplateSource } from './template/load.js'
import { notServedNotice, routeByEventType, templateList } from './template/route.js'
import { withOnDemandModules } from './on-demand.js'

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

export interface RelayOutcome {
  platform: PlatformName
  template: string
  status: 'created' | 'sent' | 'commented' | 'resolved' | 'skipped' | 'dry-run'
  url: string
  id: string
  attempts: number
  payload: Json
  response: string
  warnings: Problem[]
  /** Why an outcome delivered nothing or what it could not know (skipped, dry run of a tracked issue). */
  notice?: string
  /** Seconds the run spent waiting for rate limits (one decimal); absent or 0 when it did not. */
  rateLimitWaitSeconds?: number
}

/** inputs → event → template → render → fit → validate → deliver. Throws InputError/TemplateError/PayloadError/DeliveryError. */
export async function relay(config: RelayConfig, environment: RelayEnvironment): Promise<RelayOutcome> {
  const alertData = await withOnDemandModules(() =>
    readAlertData({
      eventInput: config.event,
      eventName: environment.eventName,
      eventPayload: environment.eventPayload
    })
  )
  const alert = normaliseAlert(alertData.data)
  environment.info(`Alert data from ${alertData.origin}`)

  const warnings: Problem[] = []
  const warn = (problem: Problem) => {
    warnings.push(problem)
    environment.warn(problem)
  }
  const type = typeof alert.notification_type === 'string' ? alert.notification_type : undefined
  const destination = await chooseDestination(config, environment.workspace, type)
  if ('notServed' in destination) {
    const { platform, notServed, templates } = destination
    return {
      platform: platform.descriptor.name,
      template: templates,
      status: 'skipped',
      url: '',
      id: '',
      attempts: 0,
      payload: null,
      response: '',
      warnings,
      notice: notServed
    }
  }
  const { platform, target, template } = destination
  // Built-in templates are checked before they ship (the platform conformance suite); a user's template, or vars
  // that a template may not read, get the checks `check` makes. Loaded only then: most sends need none of it.
  if (!destination.allBuiltin || Object.keys(config.vars).length > 0) {
    const { applyTemplateFindings } = await import('./check/send-findings.js')
    await applyTemplateFindings(destination, config, warn)
  }
  for (const { tokens, consequence } of missingTokens(alert)) {
    warn({
      path: 'event',
      message: `the ${alert.notification_type} alert has none of ${tokens.join(', ')}: ${consequence}. ${MISSING_TOKENS_FIX}`
    })
  }
  const derived = deriveValues(alert, environment.env)
  const scope = templateScope(alert, derived, config.vars)
  const rendered = template.render(scope).value

  const ctx: PlatformContext = {
    target,
    settings: config.settings,
    headers: config.headers,
    vars: config.vars,
    authoredText: authoredText(template.literalText, config.vars),
    state: new Map(),
    now: environment.delivery.now,
    warn
  }
  const payload = platform.fit(rendered, ctx)
  const problems = platform.validate(payload, ctx)
  if (problems.length > 0) throw new PayloadError(platform.descriptor.name, problems)

  const base = { platform: platform.descriptor.name, template: template.file, payload, warnings }
  const { tracker } = platform
  // the tracking flow is loaded only for issue platforms
  const tracking = tracker && { ...(await import('./tracking/plan.js')), ...(await import('./tracking/track.js')) }
  const now = environment.delivery.now()
  // the dedupe key is a Liquid template of the user's: rendering it may load the engine
  const plan =
    tracking &&
    (await withOnDemandModules(() => tracking.planTracking({ config: config.tracking, alert, derived, scope, now })))
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
  const delivered =
    tracker && tracking && plan
      ? await tracking.deliverTracked({ platform, tracker, payload, ctx, plan, options, deps })
      : await deliver(platform, payload, ctx, options, deps)
  return {
    ...base,
    ...delivered,
    // Read from the service's reply: only a usable link and id are used
    ...usableReplyValues(delivered, platform.descriptor.displayName, warn),
    rateLimitWaitSeconds: Math.round(rateLimitWaitMs / 100) / 10
  }
}

const MISSING_TOKENS_FIX =
  'Send every token in the Dagster+ webhook body: README "Dagster+ webhook set-up", examples/dagster-webhook-body.json or `dagster-alert-relay dispatch-body`'

export interface Destination {
  platform: Platform
  target: Target
  template: CompiledTemplate
  source: TemplateSource
  /** Every template the `template` input lists (the chosen one among them), for the vars they read. */
  listed: CompiledTemplate[]
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
  const platform = await loadPlatform(choosePlatform(config, listed).name)
  for (const { ref, template } of listed) {
    const declared = template.frontMatter.platform
    const declaredPlatform = declared ? platformOfDeclared(declared) : undefined
    if (declared && declaredPlatform?.name !== platform.descriptor.name) {
      throw new InputError(
        'template',
        `${template.file} is written for ${declared}, but the platform is ${platform.descriptor.name}`,
        `Use a ${platform.descriptor.name} template or set platform: ${declaredPlatform ? declaredPlatform.name : declared}`
      )
    }
    // Every listed template must fit the url, not only the one this alert happens to use.
    platform.resolveTarget(config.url, templateVariant(platform, ref, template), config.settings)
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
    templateVariant(platform, chosen.ref, chosen.template),
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

/** A variant in front matter (e.g. `-v3`) says which API version the template is for, as a file name can. */
function templateVariant(platform: Platform, ref: string, template: CompiledTemplate): string {
  const declared = template.frontMatter.platform
  return declared && declared !== platform.descriptor.name ? declared : ref
}

async function compiled(ref: string, workspace: string): Promise<Listed> {
  const source = loadTemplate(ref, workspace)
  return { ref, source, template: await withOnDemandModules(() => compileTemplate(source)) }
}

function choosePlatform(config: RelayConfig, listed: Listed[]): PlatformDescriptor {
  if (config.platform) return descriptorByName(config.platform)
  const inferred = config.url ? inferPlatform(config.url) : undefined
  if (inferred) return inferred
  const declared = [
    ...new Set(
      listed.flatMap(each =>
        each.template.frontMatter.platform === undefined
          ? []
          : [platformOfDeclared(each.template.frontMatter.platform) ?? each.template.frontMatter.platform]
      )
    )
  ]
  if (declared.length > 1) {
    const which = listed
      .map(each => `${each.template.file}: ${each.template.frontMatter.platform ?? 'none'}`)
      .join(', ')
    throw new InputError(
      'template',
      `the templates are written for different platforms (${which})`,
      'Send to each platform from its own step, with its own templates'
    )
  }
  if (declared[0] !== undefined && typeof declared[0] !== 'string') return declared[0]
  const why = config.url ? 'could not be inferred from the url' : 'is not set and there is no url to infer it from'
  throw new InputError('platform', why, `Set platform to one of: ${PLATFORM_NAMES.join(', ')}`)
}
