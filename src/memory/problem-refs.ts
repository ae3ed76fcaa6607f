/**
 * Where a problem's state lives: the refs under `refs/dagster-alert-relay/problems/<key hash>/`, and what one
 * listing of them (a single GET) says. Everything a run needs is in the refs' names and the shared commits they
 * point at (state-commits.ts), so reading a problem never fetches a commit:
 *
 * - `member/<fingerprint hash>-<label>`: one per member (alert fingerprint), pointing at the commit of its episode,
 *   status and occurrences; a member joins with one request and the refs of 100 members never conflict.
 * - `message/<episode>-<opened>-<posted>/<reference>`: the message that shows an episode (the platform's
 *   reference, Base64url in the name), written once by the run that posted it.
 * - `lease`: present while one run edits the message; only the holder posts or edits.
 * - `shown`: how many edits holders have made while other runs waited (a chain that only moves forward).
 */
import { sha256Hex } from '../hash.js'
import { memberMark, shownCount, type MemberMark } from './state-commits.js'

const STATE_NAMESPACE = 'refs/dagster-alert-relay/problems/'

export type MemberStatus = 'failing' | 'recovered'

/** Where the problem's message is, as the platform named it when it was posted. */
export interface MessageReference {
  /** The message id, as the platform gives it. */
  message: string
  /** The channel id, when the platform has channels. */
  channel?: string
  /** The thread the message opened or sits in (a forum post, a parent message), when there is one. */
  thread?: string
}

/** A posted message of an episode: the episode opened (first message) and this message posted, epoch ms. */
export interface MessageRecord {
  ref: string
  episode: number
  openedAt: number
  postedAt: number
  message: MessageReference
}

export interface MemberRef {
  ref: string
  label: string
  sha: string
}

export interface ProblemSnapshot {
  /** The lease commit while a run edits; undefined when none does. */
  lease?: string
  /** Edits counted by `shown` (0 without the ref); undefined when the ref holds something else. */
  shown: number | undefined
  /** Newest last. */
  records: MessageRecord[]
  /** By fingerprint hash. */
  members: Map<string, MemberRef>
}

/** Labels longer than this many bytes are cut (at a character) in ref names. */
const MAX_LABEL_BYTES = 60
const FINGERPRINT_HASH_LENGTH = 20

/** The folder of a problem's refs: the key hashed, so any key makes a valid ref name. */
export function problemPrefix(key: string): string {
  return `${STATE_NAMESPACE}${sha256Hex(key).slice(0, 40)}/`
}

export function fingerprintHash(fingerprint: string): string {
  return sha256Hex(fingerprint).slice(0, FINGERPRINT_HASH_LENGTH)
}

export function memberRefName(prefix: string, fingerprint: string, label: string): string {
  const encoded = Buffer.from(cutToBytes(label, MAX_LABEL_BYTES)).toString('base64url')
  return `${prefix}member/${fingerprintHash(fingerprint)}${encoded === '' ? '' : `-${encoded}`}`
}

/** The ref of a message record, or undefined when the reference is too long for a ref name. */
export function recordRefName(prefix: string, record: Omit<MessageRecord, 'ref'>): string | undefined {
  const { message, channel = '', thread = '' } = record.message
  const reference = Buffer.from(JSON.stringify([message, channel, thread])).toString('base64url')
  if (reference.length > 200) return undefined
  return `${prefix}message/${record.episode}-${record.openedAt}-${record.postedAt}/${reference}`
}

/**
 * What the refs under `prefix` say. Names that are not the action's are ignored: anyone who can push can add refs.
 */
export function readSnapshot(prefix: string, refs: { name: string; sha: string }[]): ProblemSnapshot {
  const snapshot: ProblemSnapshot = { shown: 0, records: [], members: new Map() }
  for (const { name, sha } of refs) {
    if (!name.startsWith(prefix)) continue
    const rest = name.slice(prefix.length)
    if (rest === 'lease') snapshot.lease = sha
    else if (rest === 'shown') snapshot.shown = shownCount(sha)
    else if (rest.startsWith('message/')) {
      const record = parseRecord(name, rest.slice('message/'.length))
      if (record) snapshot.records.push(record)
    } else if (rest.startsWith('member/')) {
      const member = parseMember(name, sha, rest.slice('member/'.length))
      if (member) snapshot.members.set(member.hash, member.ref)
    }
  }
  snapshot.records.sort((a, b) => a.episode - b.episode || a.postedAt - b.postedAt)
  return snapshot
}

/** The member refs' marks for these episodes (others are left out: an earlier episode's members are not shown). */
export function markedMembers(
  snapshot: ProblemSnapshot,
  episodes: number[]
): { hash: string; member: MemberRef; mark: MemberMark }[] {
  const marked = []
  for (const [hash, member] of snapshot.members) {
    const mark = memberMark(member.sha, episodes)
    if (mark) marked.push({ hash, member, mark })
  }
  return marked
}

function parseRecord(ref: string, rest: string): MessageRecord | undefined {
  const match = /^(\d{1,9})-(\d{1,15})-(\d{1,15})\/([A-Za-z0-9_-]{1,200})$/.exec(rest)
  if (!match) return undefined
  let parts: unknown
  try {
    parts = JSON.parse(Buffer.from(match[4], 'base64url').toString())
  } catch {
    return undefined
  }
  if (!Array.isArray(parts) || parts.length !== 3 || !parts.every(part => typeof part === 'string')) return undefined
  const [message, channel, thread] = parts as string[]
  if (message === '') return undefined
  return {
    ref,
    episode: Number(match[1]),
    openedAt: Number(match[2]),
    postedAt: Number(match[3]),
    message: { message, ...(channel !== '' && { channel }), ...(thread !== '' && { thread }) }
  }
}

function parseMember(ref: string, sha: string, rest: string): { hash: string; ref: MemberRef } | undefined {
  const match = /^([0-9a-f]{20})(?:-([A-Za-z0-9_-]{1,100}))?$/.exec(rest)
  if (!match) return undefined
  const label = match[2] === undefined ? '' : Buffer.from(match[2], 'base64url').toString()
  return { hash: match[1], ref: { ref, label, sha } }
}

/** The longest start of `text` of at most `bytes` UTF-8 bytes that ends at a whole character. */
function cutToBytes(text: string, bytes: number): string {
  let cut = ''
  let used = 0
  for (const char of text) {
    used += Buffer.byteLength(char)
    if (used > bytes) break
    cut += char
  }
  return cut
}
