import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { defaultDeliveryDeps } from './delivery/deliver.js'
import { DeliveryError, PayloadError } from './errors.js'
import { readConfig, type RelayConfig } from './inputs.js'
import { relay, type RelayOutcome } from './relay.js'
import { Secrets } from './secrets.js'
import { failureSummary, outcomeSummary } from './summary.js'

/** The only place that talks to the runner: inputs, outputs, masking, logs, the job summary. */
export async function run(): Promise<void> {
  const secrets = new Secrets()
  try {
    const config = readConfig(name => core.getInput(name))
    maskSecrets(config, secrets)
    const outcome = await relay(config, {
      workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
      env: process.env,
      eventName: process.env.GITHUB_EVENT_NAME ?? '',
      eventPayload: readEventFile(process.env.GITHUB_EVENT_PATH),
      delivery: defaultDeliveryDeps(secrets, message => core.info(message)),
      info: message => core.info(message)
    })
    report(outcome, secrets)
  } catch (error) {
    fail(error, secrets)
  }
}

function maskSecrets(config: RelayConfig, secrets: Secrets): void {
  for (const [name, value] of Object.entries(config.headers)) secrets.addHeader(name, value)
  if (config.url) secrets.addUrl(config.url)
  for (const value of [config.settings.signingSecret, config.settings.token]) if (value) secrets.add(value)
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
  for (const warning of outcome.warnings) core.warning(secrets.redact(`${warning.path ? `${warning.path}: ` : ''}${warning.message}`))
  core.setOutput('url', outcome.url)
  core.setOutput('id', outcome.id)
  core.setOutput('status', outcome.status)
  core.setOutput('attempts', String(outcome.attempts))
  core.setOutput('payload', payload)
  core.setOutput('response', response)
  if (outcome.status === 'dry-run') printUntrusted('Rendered payload (dry run, nothing sent)', secrets.redact(JSON.stringify(outcome.payload, null, 2)))
  core.info(outcome.url ? `${outcome.platform}: ${outcome.status} ${outcome.url}` : `${outcome.platform}: ${outcome.status}`)
  writeSummary(secrets.redact(outcomeSummary(outcome)))
}

function fail(error: unknown, secrets: Secrets): void {
  const message = secrets.redact(error instanceof Error ? error.message : String(error))
  const attempts = error instanceof DeliveryError ? error.attempts : 0
  core.setOutput('status', 'failed')
  core.setOutput('attempts', String(attempts))
  if (error instanceof DeliveryError && error.response) core.setOutput('response', secrets.redact(error.response))
  const detail = error instanceof PayloadError || error instanceof DeliveryError ? '' : ' (nothing was sent)'
  core.setFailed(`${message}${detail}`)
  writeSummary(secrets.redact(failureSummary(message, attempts)))
}

/**
 * Alert text may contain lines such as `::add-mask::` or `::error::`; stop-commands makes the runner
 * print them instead of executing them.
 */
function printUntrusted(title: string, text: string): void {
  const token = randomUUID()
  core.startGroup(title)
  core.info(`::stop-commands::${token}`)
  core.info(text)
  core.info(`::${token}::`)
  core.endGroup()
}

function writeSummary(markdown: string): void {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  core.summary.addRaw(markdown, true)
  core.summary.write().catch(error => core.warning(`Could not write the job summary: ${error instanceof Error ? error.message : error}`))
}
