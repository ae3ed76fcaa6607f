#!/usr/bin/env node
import { readFileSync, realpathSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { InputError } from '../errors.js'
import { loadAllPlatforms } from '../platforms/registry.js'
import { loadYamlParser } from '../yaml-parser.js'
import { loadLiquidEngine } from '../template/liquid.js'
import { check } from './check.js'
import { COMMAND, EXIT, UsageError, type CliIo, type Command } from './command.js'
import { dispatchBody } from './dispatch-body.js'
import { render } from './render.js'
import { sample } from './sample.js'

export type { CliIo } from './command.js'

const COMMANDS: ReadonlyMap<string, Command> = new Map([
  ['render', render],
  ['check', check],
  ['dispatch-body', dispatchBody],
  ['sample', sample]
])

const USAGE = `Usage: ${COMMAND} <command> [options]

Commands:
  render         render a template for an alert and print the payload the action would send
  check          check templates like the action's mode: check (no request, no secret)
  dispatch-body  print the Dagster+ webhook that starts a repository_dispatch: URL and headers (stderr), JSON body (stdout)
  sample         print a filled repository_dispatch body of one alert type, to post as a test alert

Run '${COMMAND} <command> --help' for a command's options.`

/** Runs one command line; returns the exit code. */
export function runCli(args: string[], io: CliIo): number {
  const [command, ...rest] = args
  const chosen = command === undefined ? undefined : COMMANDS.get(command)
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE)
      return command === undefined ? EXIT.usage : EXIT.ok
    }
    if (!chosen) throw new UsageError(`unknown command '${command}'`)
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(chosen.help)
      return EXIT.ok
    }
    return chosen.run(rest, io)
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.err(`${COMMAND}: ${error.message}\n${chosen ? chosen.help : USAGE}`)
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
  await Promise.all([loadAllPlatforms(), loadYamlParser(), loadLiquidEngine()])
  process.exitCode = runCli(process.argv.slice(2), io)
}
