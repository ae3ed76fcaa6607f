import { parseArgs } from 'node:util'
import { terminalReport } from '../check/report.js'
import { runCheck } from '../check/run.js'
import { COMMAND, EXIT, type CliIo, type Command } from './command.js'
import { readVars } from './options.js'

/** `check`: the action's mode: check, on the command line. */
export const check: Command = {
  help: `Usage: ${COMMAND} check [path|glob|folder …] [--vars <yaml>]

Checks every template (default: .github/dagster-templates) against sample and hostile alerts of each of its
event types, as the action's mode: check does. Prints file:line:col: severity: message; exit code 1 on errors.
  --vars  template variables as YAML/JSON, laid over the sample values of required ones`,
  run(args: string[], io: CliIo): number {
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
}
