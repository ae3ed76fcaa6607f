import { accessSync, appendFileSync, constants, existsSync } from 'node:fs'
import { EOL } from 'node:os'

/**
 * The runner's side of the workflow-command and file-command protocols, as `@actions/core` speaks them. The
 * action needs only these few; `@actions/core` would also bring `@actions/exec` and `@actions/io` (a fifth of
 * the start-up bundle) into every run. Used by main.ts alone.
 */

/** Where an annotation points (`core.AnnotationProperties`). */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  startColumn?: number
}

/** An input as the runner passes it (`INPUT_<NAME>`), trimmed; '' when not set. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim()
}

/** The runner masks the value in every later log line. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT || ''
  if (!file) {
    process.stdout.write(EOL)
    issueCommand('set-output', { name }, value)
    return
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
  const delimiter = delimiterFor(name, value)
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' })
}

export function info(message: string): void {
  process.stdout.write(message + EOL)
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', annotation(properties), message)
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', annotation(properties), message)
}

export function notice(message: string): void {
  issueCommand('notice', {}, message)
}

/** The step fails (exit code 1) with this error. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

export function startGroup(name: string): void {
  issueCommand('group', {}, name)
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '')
}

/**
 * Appends Markdown (and a line end) to the job summary file; throws when the file cannot be written. Synchronous,
 * as the file commands are: a promise-based write would start libuv's thread pool (~3 ms) for one append.
 */
export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) {
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.'
    )
  }
  try {
    accessSync(file, constants.R_OK | constants.W_OK)
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`)
  }
  appendFileSync(file, markdown + EOL, { encoding: 'utf8' })
}

type CommandProperties = Record<string, string | number | undefined>

function annotation(properties: AnnotationProperties): CommandProperties {
  const { title, file, startLine, startColumn } = properties
  return { title, file, line: startLine, col: startColumn }
}

/** `::command key=value,…::message`, escaped so neither part can end the command early. */
function issueCommand(command: string, properties: CommandProperties, message: string): void {
  const pairs = Object.entries(properties)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
  process.stdout.write(`::${command}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}${EOL}`)
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * A heredoc delimiter that neither text contains, so no value (alert text included) can end itself early and add
 * outputs of its own. Checked rather than unguessable, so writing outputs does not load node:crypto.
 */
function delimiterFor(...texts: string[]): string {
  for (;;) {
    const delimiter = `ghadelimiter_${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`
    if (!texts.some(text => text.includes(delimiter))) return delimiter
  }
}
