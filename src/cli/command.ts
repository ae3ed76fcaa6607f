/** What every CLI command shares: the outside world it touches, its exit codes and its usage error. */

/** What the CLI touches of the outside world; tests pass fakes. */
export interface CliIo {
  cwd: string
  out(text: string): void
  err(text: string): void
  /** Reads a file named on the command line ('-' is standard input). */
  readInput(file: string): string
}

/** One subcommand: its --help text and what it does with its arguments (returns the exit code). */
export interface Command {
  help: string
  run(args: string[], io: CliIo): number
}

export const COMMAND = 'dagster-alert-relay'

/** Exit codes: 0 fine, 1 the template or payload has errors, 2 the command line is wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const

/** A wrong command line: printed with the command's help, exit code 2. */
export class UsageError extends Error {}
