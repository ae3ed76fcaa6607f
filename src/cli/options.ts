/** Option values more than one command reads, checked; a wrong one is a UsageError naming the option. */
import { notificationType, NOTIFICATION_TYPES } from '../event/tokens.js'
import type { Json } from '../json.js'
import { parseMappingText } from '../structured-text.js'
import { UsageError } from './command.js'

export const EVENT_TYPE_MAX = 100

/** --vars: template variables as YAML or JSON. */
export function readVars(text: string | undefined): Record<string, Json> {
  if (!text) return {}
  const hint = 'Write one variable a line, e.g. \'project: ENG\', or JSON such as \'{"team_id": "…"}\''
  const vars = parseMappingText(text, { input: 'vars', place: '--vars', hint, allowEmpty: true })
  return JSON.parse(JSON.stringify(vars)) as Record<string, Json>
}

/** --type: the notification type named (default: the first of `events` that is one, else JOB). */
export function sampleType(type: string | undefined, events: string[] | undefined): string {
  const wanted = type ?? events?.find(event => notificationType(event)) ?? 'JOB'
  const found = notificationType(wanted)
  if (!found)
    throw new UsageError(
      `--type ${wanted} is not a notification type; use one of ${NOTIFICATION_TYPES.map(t => t.type).join(', ')}`
    )
  return found.type
}

/** --event-type: a repository_dispatch type within GitHub's length limit. */
export function readEventType(eventType: string): string {
  if (eventType.trim() === '' || eventType.length > EVENT_TYPE_MAX) {
    throw new UsageError(
      `--event-type must be 1 to ${EVENT_TYPE_MAX} characters (GitHub's limit), got ${eventType.length}`
    )
  }
  return eventType
}

/** --repo: owner/name. */
export function readRepo(repo: string): string {
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new UsageError(`--repo must be owner/name, got '${repo}'`)
  return repo
}
