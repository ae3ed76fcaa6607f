/**
 * The members of a group key on issue trackers and on-call services: a `dedupe-key` that names more than one
 * problem (`<< alert_policy_id >>`) keeps one issue or incident open while any of its members (alert fingerprints)
 * is failing. Each member is a ref under a prefix of its own (problem-refs.ts: the destination and the key hashed),
 * pointing at the shared commit that says failing or recovered (state-commits.ts, one fixed episode): no message
 * records, lease or edit count, which only chat messages need.
 *
 * A failure writes its member as failing before the tracker or service is told (1 request); a recovery writes it
 * recovered, then lists the members (1 GET): the others still failing keep the issue or incident open. Writing
 * before acting and listing after writing leave one window: a failure whose ref is written after a recovery's
 * listing, and whose create or trigger reaches the service before that recovery's close or resolve, is closed with
 * it (until the member's next failure). The alert itself is never lost, and the member's ref stays failing, so the
 * group's next recovery counts it.
 *
 * State that cannot be read or written never costs an alert: a warning says what to do, and the alert does what it
 * did before groups had members (a member's recovery closes or resolves).
 */
import type { DeliveryDeps, DeliveryOptions } from '../delivery/types.js'
import type { Alert } from '../event/normalise.js'
import { stillFailingSummary, type StillFailing } from '../tracking/contract.js'
import { workflowStateStore, type RefStore, type RefWrite, type StateUnavailable } from './git-ref-store.js'
import { memberLabel } from './alert-member.js'
import { fingerprintHash, markedMembers, memberRefName, problemPrefix, readSnapshot } from './problem-refs.js'
import { memberCommit, type CommitSpec } from './state-commits.js'

/** Group members have no message to count occurrences or episodes for: one episode, one occurrence. */
const EPISODE = 1
const FAILING = memberCommit({ episode: EPISODE, status: 'failing', occurrences: 1 })
const RECOVERED = memberCommit({ episode: EPISODE, status: 'recovered', occurrences: 1 })
/** Members named in a note or notice; beyond, "and N more". */
const MAX_NAMED = 10
/** A ref removed between a create that found it and the move that follows: tried again this many times. */
const MAX_WRITES = 3

export interface GroupMember {
  /** Where the issue or incident is kept (platform and endpoint): destinations never share members. */
  destination: string
  /** The rendered dedupe-key. */
  key: string
  fingerprint: string
  /** What notes and notices call the member (alert-member.ts). */
  label: string
  recovery: boolean
}

export interface GroupMemberDeps {
  /** undefined: no repository or state-token to keep the members in. */
  store: RefStore | undefined
  warn(message: string): void
}

/** One alert of a group key, as the pipeline has it. */
export interface GroupAlert extends Omit<GroupMember, 'label'> {
  alert: Alert
  /** The runner's environment (GITHUB_REPOSITORY, GITHUB_API_URL), the `state-token` input and the delivery's. */
  env: Record<string, string | undefined>
  stateToken: string
  options: DeliveryOptions
  deps: DeliveryDeps
  warn(message: string): void
}

/** The members still failing after this alert's recovery, and the sentence that says so; undefined otherwise. */
export async function groupMemberOf(
  group: GroupAlert
): Promise<{ members: StillFailing; summary: string } | undefined> {
  const { destination, key, fingerprint, alert, recovery } = group
  const store = workflowStateStore(group.env, group.stateToken, group.options, group.deps)
  const label = memberLabel(alert, fingerprint)
  const members = await recordGroupMember(
    { destination, key, fingerprint, label, recovery },
    { store, warn: group.warn }
  )
  return members && { members, summary: stillFailingSummary(members) }
}

/**
 * Records the alert's member; for a recovery, the other members still failing (undefined when none is, or when the
 * state could not be used: then the recovery closes or resolves as before, with a warning).
 */
export async function recordGroupMember(member: GroupMember, deps: GroupMemberDeps): Promise<StillFailing | undefined> {
  const fallback = member.recovery
    ? 'this recovery closes or resolves the problem even if other members are still failing'
    : "this member's failure is not counted when another member recovers"
  if (!deps.store) {
    deps.warn(
      `the members of the group key \`${member.key}\` are kept as git refs of the workflow repository, and this run ` +
        `has no GITHUB_REPOSITORY or state-token input: ${fallback}`
    )
    return undefined
  }
  const prefix = problemPrefix(`${member.destination}\n${member.key}`)
  const name = memberRefName(prefix, member.fingerprint, member.label)
  const written = await write(deps.store, name, member.recovery ? RECOVERED : FAILING, member.recovery)
  const outcome =
    written.kind === 'unavailable'
      ? written
      : member.recovery
        ? await stillFailing(deps.store, prefix, member)
        : undefined
  if (outcome === undefined || !('kind' in outcome)) return outcome
  deps.warn(
    `could not keep the members of the group key \`${member.key}\`: ${outcome.reason}; ${outcome.advice}; ${fallback}`
  )
  return undefined
}

/**
 * Sets the member's ref, failing and recovered alternating (a forced move). A recovery's member has usually failed
 * before, so it moves first and creates when the ref is absent; a failure creates first and moves when it exists.
 */
async function write(store: RefStore, name: string, commit: CommitSpec, exists: boolean): Promise<RefWrite> {
  const create = () => store.create(name, commit)
  const move = () => store.move(name, commit, true)
  const [first, second] = exists ? [move, create] : [create, move]
  let written: RefWrite = { kind: 'conflict' }
  for (let n = 0; n < MAX_WRITES && written.kind === 'conflict'; n++) {
    written = await first()
    if (written.kind === 'conflict') written = await second()
  }
  if (written.kind !== 'conflict') return written
  return {
    kind: 'unavailable',
    reason: `the member ref ${name} was created and removed by others ${MAX_WRITES} times while this run wrote it`,
    advice: 'the next alert tries again'
  }
}

/** The other members whose refs say failing, listed after this run wrote its own. */
async function stillFailing(
  store: RefStore,
  prefix: string,
  member: GroupMember
): Promise<StillFailing | undefined | StateUnavailable> {
  const listed = await store.list(prefix)
  if (listed.kind === 'unavailable') return listed
  const own = fingerprintHash(member.fingerprint)
  const failing = markedMembers(readSnapshot(prefix, listed.refs), [EPISODE])
    .filter(({ hash, mark }) => hash !== own && mark.status === 'failing')
    .map(({ hash, member: ref }) => ref.label || hash)
    .sort()
  if (failing.length === 0) return undefined
  return { recovered: member.label, named: failing.slice(0, MAX_NAMED), count: failing.length }
}
