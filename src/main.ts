import { readFileSync } from 'node:fs'
import { defaultDeliveryDeps } from './delivery/deliver.js'
import { DeliveryError } from './errors.js'
import { readConfig, type RelayConfig } from './inputs.js'
import { loadAllPlatforms } from './platforms/registry.js'
import { Output } from './output/output.js'
import { relay, type RelayOutcome } from './relay.js'
import { getInput } from './output/runner.js'
import { Secrets } from './secrets/secrets.js'
import type { Status } from './status.js'
import { failureSummary, outcomeSummary } from './output/summary.js'
import { loadYamlParserFor } from './structured-text.js'
import { loadLiquidEngine } from './template/liquid.js'
import { loadYamlParser } from './yaml-parser.js'

/**
 * The only place that talks to the runner: it reads the inputs, and writes outputs, masks, logs and the job
 * summary through the output choke point alone.
 */
export async function run(): Promise<void> {
  const secrets = new Secrets()
  const output = new Output(secrets)
  const info = (message: string) => output.info(message)
  try {
    // the inputs read as JSON or YAML: YAML needs its parser
    await loadYamlParserFor([getInput('headers'), getInput('vars')].filter(text => text !== ''))
    const config = readConfig(getInput, process.env)
    registerSecrets(config, secrets)
    output.maskSecrets()
    if (config.mode === 'check') return await check(config, output)
    const outcome = await relay(config, {
      workspace: workspace(),
      env: process.env,
      eventName: process.env.GITHUB_EVENT_NAME ?? '',
      eventPayload: readEventFile(process.env.GITHUB_EVENT_PATH),
      delivery: defaultDeliveryDeps(secrets, info, process.env),
      info,
      warn: problem => output.warning(`${problem.path ? `${problem.path}: ` : ''}${problem.message}`)
    })
    report(outcome, output)
  } catch (error) {
    fail(error, output)
  }
}

/**
 * `mode: check`: every finding as an annotation, a line per template, the job summary; fails on any error.
 * Loaded only in check mode: its GraphQL parser would slow every send.
 */
async function check(config: RelayConfig, output: Output): Promise<void> {
  const { runCheck } = await import('./check/run.js')
  // templates for any platform, written in YAML
  await Promise.all([loadAllPlatforms(), loadYamlParser(), loadLiquidEngine()])
  const result = runCheck({ template: config.template, workspace: workspace(), vars: config.vars })
  for (const finding of result.findings) {
    const place = { title: finding.title, file: finding.file, line: finding.line, column: finding.column }
    if (finding.severity === 'error') output.error(finding.message, place)
    else output.warning(finding.message, place)
  }
  for (const line of result.lines) output.info(line)
  output.summary(result.summary)
  if (result.errors > 0) output.fail(`Template check failed: ${result.lines[result.lines.length - 1]}`)
}

/** Where the caller's repository is checked out: templates given as paths are read from there. */
function workspace(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd()
}

function registerSecrets(config: RelayConfig, secrets: Secrets): void {
  for (const [name, value] of Object.entries(config.headers)) secrets.addHeader(name, value)
  if (config.url) secrets.addUrl(config.url)
  if (config.settings.signingSecret) secrets.addSigningSecret(config.settings.signingSecret)
  if (config.settings.token) secrets.add(config.settings.token)
  if (config.stateToken) secrets.add(config.stateToken)
  if (config.settings.email && config.settings.token)
    secrets.addBasicLogin(config.settings.email, config.settings.token)
}

function readEventFile(path: string | undefined): unknown {
  if (!path) return undefined
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
}

function report(outcome: RelayOutcome, output: Output): void {
  output.setOutput('url', outcome.url)
  output.setOutput('id', outcome.id)
  output.setOutput('status', outcome.status)
  output.setOutput('attempts', String(outcome.attempts))
  output.setOutput('payload', JSON.stringify(outcome.payload))
  output.setOutput('response', outcome.response)
  // Alert text may hold lines such as `::add-mask::`: printed in a block where the runner runs no command.
  if (outcome.status === 'dry-run')
    output.untrustedBlock('Rendered payload (dry run, nothing sent)', JSON.stringify(outcome.payload, null, 2))
  const waited = outcome.rateLimitWaitSeconds ? ` (waited ${outcome.rateLimitWaitSeconds} s for rate limits)` : ''
  output.info(
    `${outcome.platform ? `${outcome.platform}: ` : ''}${outcome.status}${outcome.url ? ` ${outcome.url}` : ''}${waited}`
  )
  if (outcome.notice) output.notice(outcome.notice)
  output.summary(outcomeSummary(outcome))
}

function fail(error: unknown, output: Output): void {
  const message = error instanceof Error ? error.message : String(error)
  const attempts = error instanceof DeliveryError ? error.attempts : 0
  output.setOutput('status', 'failed' satisfies Status)
  output.setOutput('attempts', String(attempts))
  if (error instanceof DeliveryError && error.response) output.setOutput('response', error.response)
  const detail = error instanceof DeliveryError ? '' : ' (nothing was sent)'
  output.fail(`${message}${detail}`)
  output.summary(failureSummary(message, attempts))
}
