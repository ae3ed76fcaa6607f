import type { DeliveryDeps } from './delivery/deliver.js'
import { deliver } from './delivery/deliver.js'
import { InputError, PayloadError, type Problem } from './errors.js'
import { deriveValues } from './event/derive.js'
import { normaliseAlert } from './event/normalise.js'
import { knownVariableNames, templateScope } from './event/scope.js'
import { readAlertData } from './event/source.js'
import type { RelayConfig } from './inputs.js'
import { inferPlatform, platformByName } from './platforms/registry.js'
import { PLATFORM_NAMES, type Json, type Platform, type PlatformContext, type PlatformName, type Target } from './platforms/types.js'
import { compileTemplate, type CompiledTemplate } from './template/compile.js'
import { loadTemplate, type TemplateSource } from './template/load.js'
import { dryRunNotice, planTracking } from './tracking/plan.js'
import { deliverTracked } from './tracking/track.js'

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
  const alertData = readAlertData({ eventInput: config.event, eventName: environment.eventName, eventPayload: environment.eventPayload })
  const alert = normaliseAlert(alertData.data)
  environment.info(`Alert data from ${alertData.origin}`)

  const { platform, target, template, source } = chooseDestination(config, environment.workspace)
  const warnings: Problem[] = []
  const warn = (problem: Problem) => {
    warnings.push(problem)
    environment.warn(problem)
  }
  unknownVariables(template).forEach(warn)
  const derived = deriveValues(alert, environment.env)
  const scope = templateScope(alert, derived, config.vars)
  const rendered = template.render(scope).value

  const ctx: PlatformContext = {
    target,
    settings: config.settings,
    headers: config.headers,
    vars: config.vars,
    authoredText: `${source.text}\n${JSON.stringify(config.vars)}`,
    warn
  }
  const payload = platform.fit(rendered, ctx)
  const problems = platform.validate(payload, ctx)
  if (problems.length > 0) throw new PayloadError(platform.name, problems)

  const base = { platform: platform.name, template: template.file, payload, warnings }
  const { tracker } = platform
  const plan = tracker && planTracking({ config: config.tracking, alert, derived, scope, now: environment.delivery.now() })
  if (config.dryRun) return { ...base, status: 'dry-run', url: '', id: '', attempts: 0, response: '', ...(plan && { notice: dryRunNotice(plan) }) }

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
  const delivered = tracker && plan
    ? await deliverTracked({ platform, tracker, payload, ctx, plan, options, deps })
    : await deliver(platform, payload, ctx, options, deps)
  return { ...base, ...delivered, rateLimitWaitSeconds: Math.round(rateLimitWaitMs / 100) / 10 }
}

interface Destination {
  platform: Platform
  target: Target
  template: CompiledTemplate
  source: TemplateSource
}

/**
 * The platform comes from the `platform` input, else the `url`, else the template's front matter;
 * the template from the `template` input, else the platform's built-in for that endpoint.
 */
function chooseDestination(config: RelayConfig, workspace: string): Destination {
  let platform = config.platform ? platformByName(config.platform) : config.url ? inferPlatform(config.url) : undefined
  let source: TemplateSource | undefined
  let template: CompiledTemplate | undefined
  if (!platform && config.template) {
    source = loadTemplate(config.template, workspace)
    template = compileTemplate(source)
    const declared = template.frontMatter.platform
    if (declared && (PLATFORM_NAMES as readonly string[]).includes(declared)) platform = platformByName(declared as PlatformName)
  }
  if (!platform) {
    const why = config.url ? 'could not be inferred from the url' : 'is not set and there is no url to infer it from'
    throw new InputError('platform', why, `Set platform to one of: ${PLATFORM_NAMES.join(', ')}`)
  }
  const target = platform.resolveTarget(config.url, config.template)
  if (!source || !template) {
    source = loadTemplate(config.template ?? target.defaultTemplate, workspace)
    template = compileTemplate(source)
  }
  const declared = template.frontMatter.platform
  if (declared && declared !== platform.name) {
    throw new InputError('template', `${template.file} is written for ${declared}, but the platform is ${platform.name}`, `Use a ${platform.name} template or set platform: ${declared}`)
  }
  return { platform, target, template, source }
}

/** Top-level names the template reads that neither the alert catalogue, the derived values nor `vars` provide. */
function unknownVariables(template: CompiledTemplate): Problem[] {
  const known = knownVariableNames()
  const reported = new Set<string>()
  const warnings: Problem[] = []
  for (const ref of template.variables) {
    const head = ref.name.split('.')[0]
    if (known.has(head) || reported.has(head)) continue
    reported.add(head)
    warnings.push({
      path: `${template.file}:${ref.line}:${ref.column}`,
      message: `unknown variable '${head}' renders empty; templates can read the Dagster+ tokens, derived values and vars.NAME`
    })
  }
  return warnings
}
