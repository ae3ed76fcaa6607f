import { parseArgs } from 'node:util'
import { templateErrorFinding } from '../check/findings.js'
import { findingLine } from '../check/report.js'
import { PayloadError, TemplateError } from '../errors.js'
import { deriveValues, type Derived } from '../event/derive.js'
import { normaliseAlert, type Alert } from '../event/normalise.js'
import { templateScope } from '../event/scope.js'
import { readAlertData } from '../event/source.js'
import { NOTIFICATION_TYPES, notificationType, sampleAlert } from '../event/tokens.js'
import { templateFindings } from '../pipeline/findings/template-findings.js'
import { unreadVarFindings } from '../pipeline/findings/unread-vars.js'
import { SAMPLE_ENV } from '../pipeline/findings/variables.js'
import { DEFAULT_DEDUPE_KEY } from '../inputs.js'
import type { Json } from '../json.js'
import type { Platform } from '../platforms/types.js'
import { keyedIncidentPlan, planTracking } from '../tracking/plan.js'
import { producePayload } from '../pipeline/payload.js'
import { problemStates } from '../pipeline/problem-states.js'
import { templatePlatform } from '../pipeline/platform-choice.js'
import { sampleDestination, withSampleVars } from '../pipeline/sample-destination.js'
import { compileTemplate } from '../template/compile.js'
import { builtinTemplateNames, loadTemplate } from '../template/load.js'
import { isMeantFor, notServedNotice } from '../template/route.js'
import { COMMAND, EXIT, UsageError, type CliIo, type Command } from './command.js'
import { readVars, sampleType } from './options.js'

/** `render`: the payload a send would post for an alert, with the findings check reports. */
export const render: Command = {
  help: `Usage: ${COMMAND} render --template <name|file> [--event <file|->] [--type <TYPE>] [--vars <yaml>] [--states]

Renders the template, fits it to the platform's limits and validates it, then prints the JSON payload.
  --template  built-in name (${builtinTemplateNames().join(', ')}) or a template file
  --event     alert data as JSON or YAML (a Dagster+ webhook body or the tokens); '-' reads standard input
  --type      without --event: render the sample alert of this notification type (default: the template's
              first event, else JOB); one of ${NOTIFICATION_TYPES.map(type => type.type).join(', ')}
  --vars      template variables as YAML/JSON (e.g. 'project: ENG'); required ones get sample values
  --states    chat platforms that keep one message per problem (repeat: comment, resolve: close): print one
              JSON object with the message ("message", as sent without one message per problem) and the
              problem's message as a send would post it ("first") and edit it when the member fails again
              ("repeat": 1 failing ×3), a second member fails ("member-added") and all recover ("resolved":
              after 42 min), each fitted and validated
Findings (as check reports them), warnings and problems go to standard error; exit code 1 when the template
has an error check reports (a send would stop there too) or the payload would be rejected.`,
  run: renderTemplate
}

function renderTemplate(args: string[], io: CliIo): number {
  const { values } = parseArgs({
    args,
    options: {
      template: { type: 'string' },
      event: { type: 'string' },
      type: { type: 'string' },
      vars: { type: 'string' },
      states: { type: 'boolean' }
    },
    strict: true
  })
  if (!values.template) throw new UsageError('render needs --template')
  const source = loadTemplate(values.template, io.cwd)
  let template
  try {
    template = compileTemplate(source)
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error
    io.err(findingLine(templateErrorFinding(error, 'Invalid template')))
    return EXIT.failed
  }
  const alert = normaliseAlert(
    values.event ? readEvent(values.event, io) : sampleAlert(sampleType(values.type, template.frontMatter.events))
  )
  const type = typeof alert.notification_type === 'string' ? alert.notification_type : undefined
  if (!isMeantFor(template.frontMatter, type))
    io.err(`note: a send would skip this alert: ${notServedNotice([template], type)}; rendered anyway`)
  const choice = templatePlatform(template)
  const platform = 'platform' in choice ? choice.platform : undefined
  const given = readVars(values.vars)
  // The findings check and a send make: an error here is one that stops a send.
  const types = template.frontMatter.events?.flatMap(event => notificationType(event) ?? [])
  const findings = [
    ...templateFindings(source, template, platform, types).findings,
    ...unreadVarFindings(Object.keys(given), [{ variables: template.variables, platform }])
  ]
  for (const finding of findings) io.err(findingLine(finding))
  const findingsFail = findings.some(finding => finding.severity === 'error')
  const vars = withSampleVars(platform, given)
  const sampled = Object.keys(vars).filter(name => !(name in given))
  if (sampled.length > 0)
    io.err(
      `note: sample vars used: ${sampled.map(name => `${name}=${JSON.stringify(vars[name])}`).join(', ')} (set --vars to change)`
    )
  const derived = deriveValues(alert, SAMPLE_ENV)
  const scope = templateScope(alert, derived, vars)
  if (!('platform' in choice)) {
    const rendered = reportingRenderError(io, () => template.render(scope))
    if (!rendered) return EXIT.failed
    io.err(`warning: ${choice.problem}; printing the payload unfitted and unvalidated`)
    io.out(JSON.stringify(rendered.value, null, 2))
    return findingsFail ? EXIT.failed : EXIT.ok
  }
  // An on-call service is told the alert's own key and action (trigger, or resolve for a recovery), as a send with
  // the default dedupe-key, repeat and resolve would tell it.
  const incident = choice.platform.keyedIncidents && incidentProblem(alert, derived, scope, choice.platform)
  if (incident && 'skipped' in incident) {
    io.err(`note: a send would deliver nothing: ${incident.skipped}`)
    return findingsFail ? EXIT.failed : EXIT.ok
  }
  const destination = sampleDestination(choice.platform, choice.templateName, incident ? incident.problem : undefined)
  const produced = reportingRenderError(io, () =>
    producePayload(template, { scope, vars }, destination, problem =>
      io.err(`warning: ${problem.path || 'payload'}: ${problem.message}`)
    )
  )
  if (!produced) return EXIT.failed
  const platformName = choice.platform.descriptor.name
  if (produced.problems.length > 0) {
    io.out(JSON.stringify(produced.payload, null, 2))
    io.err(`error: ${new PayloadError(platformName, produced.problems).message}`)
    return EXIT.failed
  }
  const states = values.states && problemStates(choice.platform, produced, alert, derived)
  if (values.states && !states)
    io.err(`note: ${platformName} keeps no message per problem: --states adds nothing, the payload is printed alone`)
  if (!states) {
    io.out(JSON.stringify(produced.payload, null, 2))
    return findingsFail ? EXIT.failed : EXIT.ok
  }
  const shown: Record<string, Json> = { message: produced.payload }
  let refused = false
  for (const state of states) {
    if ('payload' in state) shown[state.name] = state.payload
    else {
      refused = true
      const problems = state.refused.map(problem => `\n  - ${problem.path || '(body)'}: ${problem.message}`).join('')
      io.err(
        `error: the problem's message "${state.name}" (${state.caption}) would be rejected by ${platformName}:${problems}`
      )
    }
  }
  io.out(JSON.stringify(shown, null, 2))
  return findingsFail || refused ? EXIT.failed : EXIT.ok
}

/** What `render` returns, or undefined when the template fails to render (the finding printed). */
function reportingRenderError<T>(io: CliIo, render: () => T): T | undefined {
  try {
    return render()
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error
    io.err(findingLine(templateErrorFinding(error, 'Template fails to render')))
    return undefined
  }
}

function readEvent(file: string, io: CliIo): Record<string, unknown> {
  let text: string
  try {
    text = io.readInput(file)
  } catch (error) {
    throw new UsageError(`cannot read --event ${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
  return readAlertData({ eventInput: text, eventName: '', eventPayload: undefined }).data
}

/** What a send with the default dedupe-key, repeat and resolve tells an on-call service about this alert. */
function incidentProblem(alert: Alert, derived: Derived, scope: Record<string, unknown>, platform: Platform) {
  const config = { dedupeKey: DEFAULT_DEDUPE_KEY, repeat: 'comment', resolve: 'close' } as const
  const plan = planTracking({ config, alert, derived, scope, now: new Date() })
  return keyedIncidentPlan(plan, platform.descriptor.displayName)
}
