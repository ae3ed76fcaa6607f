import { parseArgs } from 'node:util'
import { GLOBAL_TOKENS, NOTIFICATION_TYPES, notificationType, TOKENS } from '../event/tokens.js'
import { COMMAND, EXIT, UsageError, type CliIo, type Command } from './command.js'
import { EVENT_TYPE_MAX, readEventType, readRepo } from './options.js'

const GITHUB_API = 'https://api.github.com'
/** The Dagster+ deployment environment variable the webhook header reads the token from. */
const TOKEN_VARIABLE = 'DAGSTER_ALERT_RELAY_TOKEN'

/** `dispatch-body`: the Dagster+ webhook (URL, headers, body) that starts a repository_dispatch. */
export const dispatchBody: Command = {
  help: `Usage: ${COMMAND} dispatch-body [--repo owner/name] [--types JOB,ASSET_HEALTH] [--event-type dagster-alert] [--body-only]

Prints what to enter in a Dagster+ alert policy webhook so it starts a repository_dispatch workflow: the URL,
the headers and the JSON body with every token of the chosen notification types nested under
client_payload.alert (GitHub allows at most 10 top-level client_payload keys). The Authorization header reads
the token from the Dagster+ deployment environment variable ${TOKEN_VARIABLE} ({{env.${TOKEN_VARIABLE}}}), so
it is never written into the webhook in plain text.
  --repo        the repository whose workflow runs (default OWNER/REPO)
  --types       notification types, comma separated (default: all)
  --event-type  the repository_dispatch type the workflow listens for (default dagster-alert, at most ${EVENT_TYPE_MAX} characters)
  --body-only   leave out the URL and headers (stdout is the JSON body either way)`,
  run(args: string[], io: CliIo): number {
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
    const repo = readRepo(values.repo)
    const eventType = readEventType(values['event-type'])
    const body = { event_type: eventType, client_payload: { alert: dispatchTokens(values.types) } }
    const json = JSON.stringify(body, null, 2)
    // The request line and headers go to stderr, so stdout is the body alone: `dispatch-body > body.json` posts as is.
    if (!values['body-only']) {
      io.err(
        [
          `POST ${GITHUB_API}/repos/${repo}/dispatches`,
          `Authorization: Bearer {{env.${TOKEN_VARIABLE}}}`,
          'Accept: application/vnd.github+json',
          'X-GitHub-Api-Version: 2022-11-28',
          'Content-Type: application/json',
          '',
          `Create ${TOKEN_VARIABLE} in Dagster+ as a deployment environment variable (a secret), holding a`,
          `fine-grained GitHub token for ${repo} alone with Contents: Read and write (what a repository_dispatch`,
          'needs). Such tokens expire: renew it before its date; an expired one shows as a 401 in the webhook log of',
          'Dagster+, and no workflow runs.',
          ''
        ].join('\n')
      )
    }
    io.out(json)
    return EXIT.ok
  }
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
