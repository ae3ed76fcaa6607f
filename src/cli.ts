#!/usr/bin/env node
import { readFileSync, realpathSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { checkVars, sampleContext, templatePlatform } from './check/destination.js'
import { templateErrorFinding } from './check/findings.js'
import { findingLine, terminalReport } from './check/report.js'
import { runCheck } from './check/run.js'
import { templateFindings } from './check/template-findings.js'
import { unreadVarFindings } from './check/unread-vars.js'
import { SAMPLE_ENV } from './check/variables.js'
import { InputError, PayloadError, TemplateError } from './errors.js'
import { deriveValues } from './event/derive.js'
import { normaliseAlert } from './event/normalise.js'
import { templateScope } from './event/scope.js'
import { readAlertData } from './event/source.js'
import {
  GLOBAL_TOKENS,
  NOTIFICATION_TYPES,
  notificationType,
  RECOVERY_TYPES,
  sampleAlert,
  sampleRecovery,
  TOKENS
} from './event/tokens.js'
import { loadAllPlatforms } from './platforms/registry.js'
import type { Json } from './platforms/types.js'
import { parseMappingText } from './structured-text.js'
import { compileTemplate } from './template/compile.js'
import { builtinTemplateNames, loadTemplate } from './template/load.js'
import { loadYamlParser } from './yaml-parser.js'

/** What the CLI touches of the outside world; tests pass fakes. */
export interface CliIo {
  cwd: string
  out(text: string): void
  err(text: string): void
  /** Reads a file named on the command line ('-' is standard input). */
  readInput(file: string): string
}

const COMMAND = 'dagster-alert-relay'
const GITHUB_API = 'https://api.github.com'
const EVENT_TYPE_MAX = 100
/** Exit codes: 0 fine, 1 the template or payload has errors, 2 the command line is wrong. */
const EXIT = { ok: 0, failed: 1, usage: 2 } as const

class UsageError extends Error {}

const USAGE = `Usage: ${COMMAND} <command> [options]

Commands:
  render         render a template for an alert and print the payload the action would send
  check          check templates like the action's mode: check (no request, no secret)
  dispatch-body  print the Dagster+ webhook that starts a repository_dispatch: URL and headers (stderr), JSON body (stdout)
  sample         print a filled repository_dispatch body of one alert type, to post as a test alert

Run '${COMMAND} <command> --help' for a command's options.`

const HELP: Record<string, string> = {
  render: `Usage: ${COMMAND} render --template <name|file> [--event <file|->] [--type <TYPE>] [--vars <yaml>]

Renders the template, fits it to the platform's limits and validates it, then prints the JSON payload.
  --template  built-in name (${builtinTemplateNames().join(', ')}) or a template file
  --event     alert data as JSON or YAML (a Dagster+ webhook body or the tokens); '-' reads standard input
  --type      without --event: render the sample alert of this notification type (default: the template's
              first event, else JOB); one of ${NOTIFICATION_TYPES.map(type => type.type).join(', ')}
  --vars      template variables as YAML/JSON (e.g. 'project: ENG'); required ones get sample values
Findings (as check reports them), warnings and problems go to standard error; exit code 1 when the template
has an error check reports (a send would stop there too) or the payload would be rejected.`,
  check: `Usage: ${COMMAND} check [path|glob|folder …] [--vars <yaml>]

Checks every template (default: .github/dagster-templates) against sample and hostile alerts of each of its
event types, as the action's mode: check does. Prints file:line:col: severity: message; exit code 1 on errors.
  --vars  template variables as YAML/JSON, laid over the sample values of required ones`,
  'dispatch-body': `Usage: ${COMMAND} dispatch-body [--repo owner/name] [--types JOB,ASSET_HEALTH] [--event-type dagster-alert] [--body-only]

Prints what to enter in a Dagster+ alert policy webhook so it starts a repository_dispatch workflow: the URL,
the headers and the JSON body with every token of the chosen notification types nested under
client_payload.alert (GitHub allows at most 10 top-level client_payload keys).
  --repo        the repository whose workflow runs (default OWNER/REPO)
  --types       notification types, comma separated (default: all)
  --event-type  the repository_dispatch type the workflow listens for (default dagster-alert, at most ${EVENT_TYPE_MAX} characters)
  --body-only   leave out the URL and headers (stdout is the JSON body either way)`,
  sample: `Usage: ${COMMAND} sample [--type ASSET_HEALTH] [--status failure|recovery] [--event-type dagster-alert] [--repo owner/name]

Prints a repository_dispatch body carrying a realistic alert of one notification type, every token filled as
Dagster+ fills it, to test the whole path before Dagster+ is wired:
  ${COMMAND} sample --type ASSET_HEALTH | gh api repos/OWNER/REPO/dispatches --input -
  --type        notification type (default JOB); one of ${NOTIFICATION_TYPES.map(type => type.type).join(', ')}
  --status      failure (default), or recovery: the alert that ends the same problem (closes its issue);
                recovery exists for ${RECOVERY_TYPES.join(', ')}
  --event-type  the repository_dispatch type the workflow listens for (default dagster-alert)
  --repo        the repository in the gh command shown on standard error (default OWNER/REPO)`
}

/** Runs one command line; returns the exit code. */
export function runCli(args: string[], io: CliIo): number {
  const [command, ...rest] = args
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE)
      return command === undefined ? EXIT.usage : EXIT.ok
    }
    if (!(command in HELP)) throw new UsageError(`unknown command '${command}'`)
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(HELP[command])
      return EXIT.ok
    }
    if (command === 'render') return render(rest, io)
    if (command === 'check') return check(rest, io)
    if (command === 'sample') return sample(rest, io)
    return dispatchBody(rest, io)
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.err(`${COMMAND}: ${error.message}\n${command && command in HELP ? HELP[command] : USAGE}`)
      return EXIT.usage
    }
    if (error instanceof InputError) {
      io.err(`error: ${error.message}`)
      return EXIT.failed
    }
    throw error
  }
}

/** node:util parseArgs rejects unknown options and missing values with ERR_PARSE_ARGS_* errors (read by code, not class). */
function isParseArgsError(error: unknown): error is Error {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')
}

function readVars(text: string | undefined): Record<string, Json> {
  if (!text) return {}
  const hint = 'Write one variable a line, e.g. \'project: ENG\', or JSON such as \'{"team_id": "…"}\''
  const vars = parseMappingText(text, { input: 'vars', place: '--vars', hint, allowEmpty: true })
  return JSON.parse(JSON.stringify(vars)) as Record<string, Json>
}

function render(args: string[], io: CliIo): number {
  const { values } = parseArgs({
    args,
    options: {
      template: { type: 'string' },
      event: { type: 'string' },
      type: { type: 'string' },
      vars: { type: 'string' }
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
  const choice = templatePlatform(source.file, template.frontMatter)
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
  const vars = checkVars(platform, given)
  const sampled = Object.keys(vars).filter(name => !(name in given))
  if (sampled.length > 0)
    io.err(
      `note: sample vars used: ${sampled.map(name => `${name}=${JSON.stringify(vars[name])}`).join(', ')} (set --vars to change)`
    )
  let rendered: Json
  try {
    rendered = template.render(templateScope(alert, deriveValues(alert, SAMPLE_ENV), vars)).value
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error
    io.err(findingLine(templateErrorFinding(error, 'Template fails to render')))
    return EXIT.failed
  }
  if (!platform) {
    io.err(`warning: ${'problem' in choice ? choice.problem : ''}; printing the payload unfitted and unvalidated`)
    io.out(JSON.stringify(rendered, null, 2))
    return findingsFail ? EXIT.failed : EXIT.ok
  }
  const ctx = sampleContext(
    platform,
    'platform' in choice ? choice.templateName : source.file,
    rendered,
    vars,
    source.text,
    problem => io.err(`warning: ${problem.path || 'payload'}: ${problem.message}`)
  )
  const payload = platform.fit(rendered, ctx)
  const problems = platform.validate(payload, ctx)
  io.out(JSON.stringify(payload, null, 2))
  if (problems.length === 0) return findingsFail ? EXIT.failed : EXIT.ok
  io.err(`error: ${new PayloadError(platform.name, problems).message}`)
  return EXIT.failed
}

function sampleType(type: string | undefined, events: string[] | undefined): string {
  const wanted = type ?? events?.find(event => notificationType(event)) ?? 'JOB'
  const found = notificationType(wanted)
  if (!found)
    throw new UsageError(
      `--type ${wanted} is not a notification type; use one of ${NOTIFICATION_TYPES.map(t => t.type).join(', ')}`
    )
  return found.type
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

function check(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    options: { vars: { type: 'string' } },
    allowPositionals: true,
    strict: true
  })
  const result = runCheck({ template: positionals.join('\n'), workspace: io.cwd, vars: readVars(values.vars) })
  io.out(terminalReport(result.templates, result.findings))
  return result.errors > 0 ? EXIT.failed : EXIT.ok
}

function readEventType(eventType: string): string {
  if (eventType.trim() === '' || eventType.length > EVENT_TYPE_MAX) {
    throw new UsageError(
      `--event-type must be 1 to ${EVENT_TYPE_MAX} characters (GitHub's limit), got ${eventType.length}`
    )
  }
  return eventType
}

function dispatchBody(args: string[], io: CliIo): number {
  const { values } = parseArgs({
    args,
    options: {
      repo: { type: 'string', default: 'OWNER/REPO' },
      types: { type: 'string' },
      'event-type': { type: 'string', default: 'dagster-alert' },
      'body-only': { type: 'boolean', default: false }
    },
    strict: true
  })
  const repo = values.repo
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new UsageError(`--repo must be owner/name, got '${repo}'`)
  const eventType = readEventType(values['event-type'])
  const body = { event_type: eventType, client_payload: { alert: dispatchTokens(values.types) } }
  const json = JSON.stringify(body, null, 2)
  // The request line and headers go to stderr, so stdout is the body alone: `dispatch-body > body.json` posts as is.
  if (!values['body-only']) {
    io.err(
      [
        `POST ${GITHUB_API}/repos/${repo}/dispatches`,
        `Authorization: Bearer <fine-grained token with Contents: write on ${repo}>`,
        'Accept: application/vnd.github+json',
        'X-GitHub-Api-Version: 2022-11-28',
        'Content-Type: application/json',
        ''
      ].join('\n')
    )
  }
  io.out(json)
  return EXIT.ok
}

function sample(args: string[], io: CliIo): number {
  const { values } = parseArgs({
    args,
    options: {
      type: { type: 'string', default: 'JOB' },
      status: { type: 'string', default: 'failure' },
      'event-type': { type: 'string', default: 'dagster-alert' },
      repo: { type: 'string', default: 'OWNER/REPO' }
    },
    strict: true
  })
  const type = sampleType(values.type, undefined)
  if (values.status !== 'failure' && values.status !== 'recovery')
    throw new UsageError(`--status must be failure or recovery, got '${values.status}'`)
  const alert = values.status === 'recovery' ? sampleRecovery(type) : sampleAlert(type)
  if (!alert)
    throw new UsageError(
      `--status recovery: ${type} alerts have no recovery; types with one: ${RECOVERY_TYPES.join(', ')}`
    )
  const eventType = readEventType(values['event-type'])
  if (!/^[\w.-]+\/[\w.-]+$/.test(values.repo)) throw new UsageError(`--repo must be owner/name, got '${values.repo}'`)
  io.err(
    `Post it as a test alert: ${COMMAND} sample --type ${type} --status ${values.status} | gh api repos/${values.repo}/dispatches --input -`
  )
  io.out(JSON.stringify({ event_type: eventType, client_payload: { alert } }, null, 2))
  return EXIT.ok
}

/** `{token: "{{token}}"}` for the global tokens and every token of the chosen types, in catalogue order. */
function dispatchTokens(types: string | undefined): Record<string, string> {
  const chosen = types
    ? types.split(',').map(name => {
        const found = notificationType(name)
        if (!found)
          throw new UsageError(
            `--types: '${name.trim()}' is not a notification type; use ${NOTIFICATION_TYPES.map(t => t.type).join(', ')}`
          )
        return found
      })
    : NOTIFICATION_TYPES
  const wanted = new Set([...GLOBAL_TOKENS.map(token => token.name), ...chosen.flatMap(type => type.tokens)])
  return Object.fromEntries([...TOKENS.keys()].filter(name => wanted.has(name)).map(name => [name, `{{${name}}}`]))
}

/** True when this file is the program being run (also through npm's bin symlink), not imported by a test. */
function isMain(): boolean {
  const entry = process.argv[1]
  if (!entry) return false
  try {
    return pathToFileURL(realpathSync(entry)).href === import.meta.url
  } catch {
    return false
  }
}

if (isMain()) {
  const io: CliIo = {
    cwd: process.cwd(),
    out: text => process.stdout.write(`${text}\n`),
    err: text => process.stderr.write(`${text}\n`),
    readInput: file => readFileSync(file === '-' ? 0 : file, 'utf8')
  }
  // the commands read templates for any platform, in YAML
  await Promise.all([loadAllPlatforms(), loadYamlParser()])
  process.exitCode = runCli(process.argv.slice(2), io)
}
