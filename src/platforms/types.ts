import type { Problem } from '../errors.js'
import type { HttpReply, HttpRequest, Send } from '../http.js'
import type { Json } from '../json.js'
import type { Status } from '../status.js'
import type { Chat } from '../memory/lifecycle.js'
import type { MessageReference } from '../memory/problem-refs.js'
import type { ProblemView } from '../memory/problem-view.js'
import type { IssueTracker } from '../tracking/contract.js'

/** Every platform name users can write; the registry maps each to its module. */
export const PLATFORM_NAMES = [
  'discord',
  'jira',
  'linear',
  'webhook',
  'teams',
  'slack',
  'github',
  'pagerduty',
  'incidentio',
  'opsgenie'
] as const
export type PlatformName = (typeof PLATFORM_NAMES)[number]

/**
 * The keys a payload may hold, level by level: each known key maps to the keys of its own value (of each item, for
 * a list) or to `true` when its value is not checked further. A name ending in `*` allows every key it starts
 * (`customfield_*`).
 */
export interface KeyTree {
  readonly [key: string]: KeyTree | true
}

/** What a platform's service does with a key it does not know. */
export interface KnownKeys {
  tree: KeyTree
  /** `rejects`: the request fails (an error); `ignores`: the key and its content are silently dropped (a warning). */
  unknown: 'rejects' | 'ignores'
}

/** Where to send, after the platform has resolved the `url` input. */
export interface Target {
  /** The endpoint requests go to (e.g. Discord webhook URL with `wait=true`). */
  endpoint: URL
  /** The built-in template that fits this endpoint (`jira-v3` for `/rest/api/3/issue`). */
  defaultTemplate: string
}

/** Inputs only some platforms read (action.yml names in comments); '' when not set. */
export interface PlatformSettings {
  /** `signing-secret`: Standard Webhooks signing key for `webhook`. */
  signingSecret: string
  /** `result-url`: dotted path of the URL in a `webhook` reply. */
  resultUrl: string
  /**
   * `token`: GitHub token for `github`; Atlassian API token for `jira` (with `email`); the key or API token of a
   * platform with keyed incidents.
   */
  token: string
  /** `email`: Atlassian account email for `jira`, sent with `token` as Basic credentials. */
  email: string
  /** `repository`: owner/name for `github`. */
  repository: string
  /** The runner's `GITHUB_API_URL` (https://HOST/api/v3 on GitHub Enterprise Server): the API base `github` defaults to. */
  apiUrl: string
}

/**
 * The problem a platform with keyed incidents is told about: the key its service keeps one incident for, and what
 * this alert does to that incident (`trigger` opens it or folds into the open one, `resolve` resolves it).
 */
export interface KeyedProblem {
  key: string
  action: 'trigger' | 'resolve'
}

/** Everything a platform needs besides the payload. */
export interface PlatformContext {
  target: Target
  settings: PlatformSettings
  /** Extra headers from the `headers` input, names lower-cased. */
  headers: Record<string, string>
  /** The `vars` input. */
  vars: Record<string, Json>
  /**
   * Text the workflow author wrote (template source and `vars` values), as opposed to alert text.
   * Discord allows only the mentions that appear here, so `@everyone` in an error message pings nobody.
   */
  authoredText: string
  /**
   * What one delivery remembers between its requests, replies and follow-ups (the webhook-id every retry repeats, the
   * channel a reply named): per delivery, never in a module-level map.
   */
  state: Map<string, unknown>
  /** Platforms with keyed incidents: the problem's key and action, which the payload carries (set by the pipeline). */
  problem?: KeyedProblem
  /** The run's clock (signing times): a platform never reads the machine's clock itself. */
  now(): Date
  /** Non-fatal findings (truncations, dropped fields); shown as warnings. */
  warn(problem: Problem): void
}

/** Why a `url` input is not what the platform needs (`problem`) and what to set instead (`fix`). */
export interface UrlMistake {
  problem: string
  fix: string
}

/** A successful delivery as the user sees it. */
export interface Delivered {
  /** The page a person opens (message link, issue URL). */
  url: string
  /** Discord message id, Jira key, Linear identifier. */
  id: string
  /** `resolved`: an incident a keyed-incident service was told to resolve. */
  status: Extract<Status, 'created' | 'sent' | 'resolved'>
}

/**
 * The platform's reading of one reply.
 * `retry` overrides the status-code policy (e.g. Linear's HTTP 200 RATELIMITED);
 * `retryAfterSeconds` carries a wait the service asked for in the body (Discord `retry_after`);
 * `rateLimited` says the reply is a rate limit (Slack `ratelimited`, GitHub's 403 secondary limit): a wait that
 * does not use up max-attempts. HTTP 429 is one without saying so.
 */
export type Verdict =
  | ({ ok: true } & Delivered)
  | { ok: false; message: string; retry?: boolean; retryAfterSeconds?: number; rateLimited?: true }

/** A rate-limit bucket a service describes in the headers of its replies (names lower case). */
export interface RateLimitHeaders {
  /** The header with the requests left in the current window. */
  remaining: string
  /** The header saying when the window refills. */
  reset: string
  /** How `reset` is written: seconds from now, or the moment as Unix epoch seconds or milliseconds. */
  resetIn: 'seconds' | 'epoch-seconds' | 'epoch-milliseconds'
}

/**
 * A platform's identity: enough to name it, to recognise its URLs and to mask their credentials. Always loaded and
 * the one source of identity (the registry holds one per platform); the platform's code is a chunk of its own,
 * loaded only when a run uses it, and carries no identity.
 */
export interface PlatformDescriptor {
  name: PlatformName
  /** How the service writes its name in messages: 'GitHub', 'Discord'. */
  displayName: string
  /**
   * Other names a template's front matter `platform` may use, each one API version of the platform (`jira-v3`, as
   * the built-in templates are named); resolveTarget and sampleTarget read them as template names.
   */
  variantNames?: readonly string[]
  /** Whether a `url` input plausibly belongs to this platform (used to infer `platform`). */
  matches(url: URL): boolean
  /**
   * A `url` that is a link to one of the service's pages rather than its endpoint (a Discord channel link, a Jira
   * issue page): what it is and where to find the right URL. Asked when inferring the platform and by `resolveTarget`.
   */
  lookAlike?(url: URL): UrlMistake | undefined
  /** A URL path pattern whose first group is a credential (a webhook token), masked wherever it appears. */
  credentialPath?: RegExp
  /** The platform's code (its `index.ts`). */
  load(): Promise<PlatformBehaviour>
}

/** Hints check mode and the CLI use to judge a template without sending it. */
export interface CheckHints {
  /** The keys the service reads; absent when any key is fine (a webhook's own receiver). */
  knownKeys?: KnownKeys
  /** `vars` the platform reads itself, besides those its templates read (Slack `channel`). */
  varsRead?: readonly string[]
  /** Sample values of the vars the platform requires (Jira project, Linear team_id). */
  sampleVars?: Readonly<Record<string, Json>>
  /**
   * The target a send of this template would most likely use, built from a placeholder destination (never
   * contacted). Absent: `resolveTarget(undefined, templateFile)`, the platform's default destination.
   */
  sampleTarget?(templateFile: string, payload: Json): Target
}

/**
 * What a platform's `index.ts` exports: behaviour only, a required core and optional capabilities. Adding a platform
 * means adding one folder that implements this, and its descriptor.
 */
export interface PlatformBehaviour {
  /**
   * Resolves the `url` input (absent: the platform default, which may come from `settings`) and a template name into
   * a target; throws InputError.
   */
  resolveTarget(url: string | undefined, template: string | undefined, settings?: PlatformSettings): Target
  /** Brings a rendered payload within the platform's limits; reports each change through `ctx.warn`. */
  fit(payload: Json, ctx: PlatformContext): Json
  /** Problems the real API would reject the (fitted) payload for; empty when it is fine. */
  validate(payload: Json, ctx: PlatformContext): Problem[]
  /**
   * The request that delivers the payload (auth headers included). Called before anything is sent and again for
   * each retry: identifiers a receiver dedupes on (a webhook-id) must stay the same for one context.
   */
  request(payload: Json, ctx: PlatformContext): HttpRequest
  /** Reads the reply to `request`. */
  parse(reply: HttpReply, ctx: PlatformContext): Verdict
  /** Buckets the service reports on every reply: a run that sees one empty waits for its refill before its next request. */
  rateLimitHeaders?: readonly RateLimitHeaders[]
  /** Follow-up after success, e.g. Discord's guild lookup for the message link. */
  complete?(delivered: Delivered, ctx: PlatformContext, send: Send): Promise<Delivered>
  /** Issue platforms: find, comment on and close the open issue of a problem (inputs dedupe-key, repeat, resolve). */
  tracker?: IssueTracker
  /**
   * The service itself keeps one open incident per key (an on-call service's dedup key): the pipeline plans the
   * problem as for issue platforms and hands its key and action to fit and request on `ctx.problem`.
   */
  keyedIncidents?: true
  /**
   * Chat platforms that edit their own messages: one message per problem (inputs dedupe-key, repeat, resolve).
   * Loaded only by runs that ask for it.
   */
  problemMessages?(): Promise<ProblemMessages>
  /** Chat platforms that cannot edit what they post: why, and what to use instead (said once when asked for). */
  noProblemMessages?: string
  checkHints?: CheckHints
}

/** A loaded platform: its behaviour, with its identity by reference to the registry's descriptor. */
export interface Platform extends PlatformBehaviour {
  readonly descriptor: PlatformDescriptor
}

/** One alert's delivery, as a chat platform's problem messages use it. */
export interface ProblemMessageDelivery {
  /** This alert's rendered template, fitted and validated: the message the problem's facts are added to. */
  payload: Json
  ctx: PlatformContext
  /** Sends with the delivery's retry policy, rate-limit waits and redaction. */
  send: Send
}

/**
 * The capability to keep one message per problem: the problem lifecycle (src/memory/lifecycle.ts) posts it, edits it
 * as members join, repeat and recover, and replies in its thread where there is one.
 */
export interface ProblemMessages {
  /** What tells this destination's problems from another's (a webhook and its thread), with no credential in it. */
  destination(ctx: PlatformContext, payload: Json): string
  /** The lifecycle's chat for one delivery, or why this destination cannot edit its messages (and what to use instead). */
  chat(delivery: ProblemMessageDelivery): Chat | { cannot: string }
  /** The page a person opens for a message of the problem (a follow-up lookup may be needed). */
  link(message: MessageReference, delivery: ProblemMessageDelivery): Promise<string>
  /**
   * The problem's message for a view: the alert's fitted message (`payload`) with the problem's state, fitted and
   * validated; throws a PayloadError when the service would refuse it. What `chat` posts and edits, and what check mode and
   * `render --states` show.
   */
  payload(payload: Json, view: ProblemView, ctx: PlatformContext): Json
}
