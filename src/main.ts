import { randomId } from './hash.js'
import { readFileSync } from 'node:fs'
import { defaultDeliveryDeps } from './delivery/deliver.js'
import { DeliveryError } from './errors.js'
import { readConfig, type RelayConfig } from './inputs.js'
import { loadAllPlatforms } from './platforms/registry.js'
import { relay, type RelayOutcome } from './relay.js'
import * as core from './runner.js'
import { Secrets } from './secrets.js'
import { failureSummary, outcomeSummary } from './summary.js'
import { withOnDemandModules } from './on-demand.js'
import { loadLiquidEngine } from './template/liquid.js'
import { loadYamlParser } from './yaml-parser.js'

/** The only place that talks to the runner: inputs, outputs, masking, logs, the job summary. */
export async function run(): Promise<void> {
  const secrets = new Secrets()
  try {
    const config = await withOnDemandModules(() => readConfig(name => core.getInput(name), process.env))
    maskSecrets(config, secrets)
    if (config.mode === 'check') return await check(config)
    const outcome = await relay(config, {
      workspace: workspace(),
      env: process.env,
      eventName: process.env.GITHUB_EVENT_NAME ?? '',
      eventPayload: readEventFile(process.env.GITHUB_EVENT_PATH),
      delivery: defaultDeliveryDeps(secrets, logLine, process.env),
      info: logLine,
      warn: problem => core.warning(secrets.redact(`${problem.path ? `${problem.path}: ` : ''}${problem.message}`))
    })
    report(outcome, secrets)
  } catch (error) {
    fail(error, secrets)
  }
}

/**
 * `mode: check`: every finding as an annotation, a line per template, the job summary; fails on any error.
 * Loaded only in check mode: its GraphQL parser would slow every send.
 */
async function check(config: RelayConfig): Promise<void> {
  const { runCheck } = await import('./check/run.js')
  // templates for any platform, written in YAML
  await Promise.all([loadAllPlatforms(), loadYamlParser(), loadLiquidEngine()])
  const result = runCheck({ template: config.template, workspace: workspace(), vars: config.vars })
  for (const finding of result.findings) {
    const properties = {
      title: finding.title,
      file: finding.file,
      startLine: finding.line,
      startColumn: finding.column
    }
    if (finding.severity === 'error') core.error(finding.message, properties)
    else core.warning(finding.message, properties)
  }
  for (const line of result.lines) core.info(line)
  writeSummary(result.summary)
  if (result.errors > 0) core.setFailed(`Template check failed: ${result.lines[result.lines.length - 1]}`)
}

/** Where the caller's repository is checked out: templates given as paths are read from there. */
function workspace(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd()
}

function maskSecrets(config: RelayConfig, secrets: Secrets): void {
  for (const [name, value] of Object.entries(config.headers)) secrets.addHeader(name, value)
  if (config.url) secrets.addUrl(config.url)
  if (config.settings.signingSecret) secrets.addSigningSecret(config.settings.signingSecret)
  if (config.settings.token) secrets.add(config.settings.token)
  if (config.settings.email && config.settings.token)
    secrets.addBasicLogin(config.settings.email, config.settings.token)
  for (const value of secrets.values()) core.setSecret(value)
}

function readEventFile(path: string | undefined): unknown {
  if (!path) return undefined
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
}

function report(outcome: RelayOutcome, secrets: Secrets): void {
  const payload = secrets.redact(JSON.stringify(outcome.payload))
  const response = secrets.redact(outcome.response)
  core.setOutput('url', outcome.url)
  core.setOutput('id', outcome.id)
  core.setOutput('status', outcome.status)
  core.setOutput('attempts', String(outcome.attempts))
  core.setOutput('payload', payload)
  core.setOutput('response', response)
  if (outcome.status === 'dry-run')
    printUntrusted('Rendered payload (dry run, nothing sent)', secrets.redact(JSON.stringify(outcome.payload, null, 2)))
  const waited = outcome.rateLimitWaitSeconds ? ` (waited ${outcome.rateLimitWaitSeconds} s for rate limits)` : ''
  core.info(`${outcome.platform}: ${outcome.status}${outcome.url ? ` ${outcome.url}` : ''}${waited}`)
  if (outcome.notice) core.notice(secrets.redact(outcome.notice))
  writeSummary(secrets.redact(outcomeSummary(outcome)))
}

function fail(error: unknown, secrets: Secrets): void {
  const message = secrets.redact(error instanceof Error ? error.message : String(error))
  const attempts = error instanceof DeliveryError ? error.attempts : 0
  core.setOutput('status', 'failed')
  core.setOutput('attempts', String(attempts))
  if (error instanceof DeliveryError && error.response) core.setOutput('response', secrets.redact(error.response))
  const detail = error instanceof DeliveryError ? '' : ' (nothing was sent)'
  core.setFailed(`${message}${detail}`)
  writeSummary(secrets.redact(failureSummary(message, attempts)))
}

/**
 * Log lines can carry a platform's reply text, which may echo alert text: folded to one line, no part of it
 * can start a line the runner would read as a workflow command (`::add-mask::`, `::error::`, …).
 */
function logLine(message: string): void {
  core.info(message.replace(/[\r\n]+/g, ' '))
}

/**
 * Alert text may contain lines such as `::add-mask::` or `::error::`; stop-commands makes the runner
 * print them instead of executing them.
 */
function printUntrusted(title: string, text: string): void {
  const token = randomId()
  core.startGroup(title)
  core.info(`::stop-commands::${token}`)
  core.info(text)
  core.info(`::${token}::`)
  core.endGroup()
}

function writeSummary(markdown: string): void {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    core.appendSummary(markdown)
  } catch (error) {
    core.warning(`Could not write the job summary: ${error instanceof Error ? error.message : error}`)
  }
}
