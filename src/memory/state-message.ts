/**
 * A problem's state as the message of a git commit: a summary line people can read in `git log`, a blank line, and
 * the state as JSON. Reading validates every field: the ref can be moved by anyone who can push to the repository.
 */
import type { Member, MemberStatus, MessageReference, ProblemState } from './problem-state.js'
import { MAX_LISTED_MEMBERS } from './problem-state.js'

const FORMAT = 'dagster-alert-relay problem state v1'
/** A state message longer than this was not written by the action (200 members take ~40 KiB). */
const MAX_MESSAGE_LENGTH = 256 * 1024
const SUMMARY_KEY_LENGTH = 60

/** The commit message that holds `state`. */
export function stateMessage(state: ProblemState): string {
  const key = state.key.length > SUMMARY_KEY_LENGTH ? `${state.key.slice(0, SUMMARY_KEY_LENGTH)}…` : state.key
  const summary = `${FORMAT}: ${key.replace(/[\r\n]+/g, ' ')}`
  return `${summary}\n\n${JSON.stringify({ format: FORMAT, ...state })}\n`
}

/** The state a commit message holds, or undefined when it holds none this version can read. */
export function parseStateMessage(message: string): ProblemState | undefined {
  if (message.length > MAX_MESSAGE_LENGTH) return undefined
  const start = message.indexOf('\n\n')
  if (start === -1) return undefined
  let value: unknown
  try {
    value = JSON.parse(message.slice(start + 2))
  } catch {
    return undefined
  }
  if (!isRecord(value) || value.format !== FORMAT) return undefined
  const { key, message: reference, members, unlisted, openedAt, updatedAt } = value
  if (typeof key !== 'string' || !isTime(openedAt) || !isTime(updatedAt)) return undefined
  if (!Array.isArray(members) || members.length > MAX_LISTED_MEMBERS || !members.every(isMember)) return undefined
  if (!isRecord(unlisted) || !isCount(unlisted.failing) || !isCount(unlisted.recovered)) return undefined
  if (reference !== undefined && !isMessageReference(reference)) return undefined
  return {
    key,
    ...(reference !== undefined && { message: reference }),
    members,
    unlisted: { failing: unlisted.failing, recovered: unlisted.recovered },
    openedAt,
    updatedAt
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isTime(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value))
}

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0
}

function isStatus(value: unknown): value is MemberStatus {
  return value === 'failing' || value === 'recovered'
}

function isMember(value: unknown): value is Member {
  return (
    isRecord(value) &&
    typeof value.fingerprint === 'string' &&
    isStatus(value.status) &&
    isTime(value.firstSeen) &&
    isTime(value.lastSeen) &&
    isCount(value.occurrences)
  )
}

function isMessageReference(value: unknown): value is MessageReference {
  const optionalText = (field: unknown) => field === undefined || typeof field === 'string'
  return (
    isRecord(value) &&
    typeof value.platform === 'string' &&
    typeof value.message === 'string' &&
    optionalText(value.channel) &&
    optionalText(value.thread) &&
    isTime(value.postedAt)
  )
}
