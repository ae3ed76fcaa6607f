import { parseArgs } from 'node:util'
import { NOTIFICATION_TYPES, RECOVERY_TYPES, sampleAlert, sampleRecovery } from '../event/tokens.js'
import { COMMAND, EXIT, UsageError, type CliIo, type Command } from './command.js'
import { readEventType, readRepo, sampleType } from './options.js'

/** `sample`: a repository_dispatch body carrying a filled alert, to post as a test alert. */
export const sample: Command = {
  help: `Usage: ${COMMAND} sample [--type ASSET_HEALTH] [--status failure|recovery] [--test] [--event-type dagster-alert] [--repo owner/name]

Prints a repository_dispatch body carrying a realistic alert of one notification type, every token filled as
Dagster+ fills it, to test the whole path before Dagster+ is wired:
  ${COMMAND} sample --type ASSET_HEALTH | gh api repos/OWNER/REPO/dispatches --input -
  --type        notification type (default JOB); one of ${NOTIFICATION_TYPES.map(type => type.type).join(', ')}
  --status      failure (default), or recovery: the alert that ends the same problem (closes its issue);
                recovery exists for ${RECOVERY_TYPES.join(', ')}
  --test        the alert Dagster+'s "send test notification" button sends (is_sample true): built-in templates
                mark it as a test, and issue trackers give it an issue of its own that no real alert touches
  --event-type  the repository_dispatch type the workflow listens for (default dagster-alert)
  --repo        the repository in the gh command shown on standard error (default OWNER/REPO)`,
  run(args: string[], io: CliIo): number {
    const { values } = parseArgs({
      args,
      options: {
        type: { type: 'string', default: 'JOB' },
        status: { type: 'string', default: 'failure' },
        test: { type: 'boolean', default: false },
        'event-type': { type: 'string', default: 'dagster-alert' },
        repo: { type: 'string', default: 'OWNER/REPO' }
      },
      strict: true
    })
    const type = sampleType(values.type, undefined)
    if (values.status !== 'failure' && values.status !== 'recovery')
      throw new UsageError(`--status must be failure or recovery, got '${values.status}'`)
    const filled = values.status === 'recovery' ? sampleRecovery(type) : sampleAlert(type)
    if (!filled)
      throw new UsageError(
        `--status recovery: ${type} alerts have no recovery; types with one: ${RECOVERY_TYPES.join(', ')}`
      )
    const alert = values.test ? { ...filled, is_sample: 'true' } : filled
    const eventType = readEventType(values['event-type'])
    const repo = readRepo(values.repo)
    const test = values.test ? ' --test' : ''
    io.err(
      `Post it as a test alert: ${COMMAND} sample --type ${type} --status ${values.status}${test} | gh api repos/${repo}/dispatches --input -`
    )
    io.out(JSON.stringify({ event_type: eventType, client_payload: { alert } }, null, 2))
    return EXIT.ok
  }
}
