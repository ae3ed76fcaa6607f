// The problem lifecycle (src/memory/lifecycle.ts) against the Discord and GitHub stand-ins: a send that waits out
// rate limits as the delivery layer does, a small Discord chat (post, edit, reply in a forum post's thread), and a
// storm of concurrent runs with its figures. Used by __tests__/memory-fold-stand-ins.test.ts and
// scripts/storm-fold.mjs (which bundles this file).
import { startDiscord, startGitHub } from '../stand-ins/index.js'
import type { DiscordStandIn } from '../stand-ins/discord.js'
import type { GitHubOptions, GitHubStandIn } from '../stand-ins/github.js'
import type { HttpReply, HttpRequest, Send } from '../../src/http.js'
import { gitRefStore } from '../../src/memory/git-ref-store.js'
import {
  DEFAULT_TIMINGS,
  runLifecycle,
  type AlertFacts,
  type Chat,
  type LifecycleOutcome,
  type LifecycleTimings
} from '../../src/memory/lifecycle.js'
import type { ProblemView } from '../../src/memory/problem-view.js'

export interface Timed {
  at: number
  method: string
  url: string
  status: number
}

/**
 * Sends with fetch and waits as the service asks: Discord's 429 (`retry_after`), GitHub's secondary limit (403 or
 * 429 with `retry-after`) and primary limit (403 with `x-ratelimit-remaining: 0`, until `x-ratelimit-reset`).
 */
function waitingSend(log: Timed[], maxWaitMs = 900_000): Send {
  return async (request: HttpRequest) => {
    let waited = 0
    for (;;) {
      const response = await fetch(request.url, {
        method: request.method,
        headers: { 'user-agent': 'dagster-alert-relay', ...request.headers },
        body: request.body
      })
      const reply: HttpReply = {
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: await response.text()
      }
      log.push({ at: Date.now(), method: request.method, url: request.url, status: reply.status })
      const waitMs = rateLimitWait(reply)
      if (waitMs === undefined || waited + waitMs > maxWaitMs) return reply
      // A spread on top, as the delivery layer adds, so runs limited together come back apart.
      const spread = waitMs + Math.random() * Math.min(1000, waitMs / 4)
      waited += spread
      await new Promise(resolve => setTimeout(resolve, spread))
    }
  }
}

function rateLimitWait(reply: HttpReply): number | undefined {
  const header = reply.headers['retry-after']
  if (reply.status === 429) {
    try {
      const body = JSON.parse(reply.body) as { retry_after?: unknown }
      if (typeof body.retry_after === 'number') return body.retry_after * 1000
    } catch {
      // not JSON: the header
    }
    return Number(header ?? 1) * 1000
  }
  if (reply.status !== 403) return undefined
  if (header !== undefined) return Number(header) * 1000
  if (reply.headers['x-ratelimit-remaining'] === '0')
    return Math.max(0, Number(reply.headers['x-ratelimit-reset']) * 1000 - Date.now())
  return undefined
}

const COLOURS = { failing: 0xd73a49, resolved: 0x2ea043 }

/** A Discord embed of a view: what a platform's rendering could be, enough to see every member named. */
function discordEmbed(view: ProblemView): Record<string, unknown> {
  const lines = view.members.map(member => `${member.status === 'failing' ? '🔴' : '🟢'} ${member.label}`)
  if (view.more > 0) lines.push(`and ${view.more} more`)
  const title =
    view.state === 'resolved'
      ? `Resolved after ${view.resolvedAfterMinutes} min: ${view.key}`
      : `${view.counts.failing} failing, ${view.counts.recovered} recovered: ${view.key}`
  return {
    title: title.slice(0, 256),
    description: `${lines.join('\n')}\n\n${view.occurrences} alerts; last: ${view.latestText}`.slice(0, 4096),
    color: COLOURS[view.state],
    footer: { text: `first seen ${view.firstSeen}, last seen ${view.lastSeen}` }
  }
}

/** Every post and edit that landed, with the members its view counted. */
interface Shown {
  at: number
  kind: 'post' | 'edit' | 'reply'
  members: number
  view?: ProblemView
}

/** The chat part for one Discord webhook: a text channel (no thread) or a forum (one post per problem, replies). */
function discordChat(discord: DiscordStandIn, send: Send, shown: Shown[]): Chat {
  const forum = discord.state.webhook.forum
  const url = (path: string, query: Record<string, string | undefined>) => {
    const search = Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined)
    return `${discord.webhookUrl()}${path}?${new URLSearchParams(search).toString()}`
  }
  const request = async (method: 'POST' | 'PATCH', target: string, body: unknown) => {
    const reply = await send({
      method,
      url: target,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body)
    })
    if (reply.status !== 200) throw new Error(`Discord answered ${reply.status}: ${reply.body.slice(0, 200)}`)
    return JSON.parse(reply.body) as { id: string; channel_id: string }
  }
  const count = (view: ProblemView) => view.counts.failing + view.counts.recovered
  const chat: Chat = {
    async post(view) {
      const body = { embeds: [discordEmbed(view)], ...(forum && { thread_name: view.key.slice(0, 100) }) }
      const message = await request('POST', url('', { wait: 'true' }), body)
      shown.push({ at: Date.now(), kind: 'post', members: count(view), view })
      return { message: message.id, ...(forum && { thread: message.channel_id }) }
    },
    async edit(message, view) {
      await request('PATCH', url(`/messages/${message.message}`, { thread_id: message.thread }), {
        embeds: [discordEmbed(view)]
      })
      shown.push({ at: Date.now(), kind: 'edit', members: count(view), view })
    }
  }
  if (!forum) return chat
  return {
    ...chat,
    async reply(message, text) {
      await request('POST', url('', { wait: 'true', thread_id: message.thread }), { content: text.slice(0, 2000) })
      shown.push({ at: Date.now(), kind: 'reply', members: 0 })
    }
  }
}

/**
 * The lifecycle's timings with every wait multiplied by `scale`, as the stand-ins' `timeScale` does to the services'
 * windows; `renotify` (a user's choice of how long a message stays current) as it is.
 */
export function scaledTimings(scale: number): LifecycleTimings {
  const scaled = Object.fromEntries(Object.entries(DEFAULT_TIMINGS).map(([name, ms]) => [name, ms * scale]))
  return { ...(scaled as unknown as LifecycleTimings), renotifyMs: DEFAULT_TIMINGS.renotifyMs }
}

export interface FoldSetup {
  discord: DiscordStandIn
  github: GitHubStandIn
  /** Every request the runs sent, with the time of its reply. */
  log: Timed[]
  shown: Shown[]
  warnings: string[]
  chat: Chat
  /** One run (one alert), as a workflow run would do it. */
  run(facts: Partial<AlertFacts> & Pick<AlertFacts, 'fingerprint'>, name?: string): Promise<LifecycleOutcome>
  close(): Promise<void>
}

export async function foldSetup(
  options: { timeScale: number; forum?: boolean; github?: GitHubOptions; maxListed?: number } = { timeScale: 1 }
): Promise<FoldSetup> {
  const discord = await startDiscord({ timeScale: options.timeScale, forum: options.forum })
  const github = await startGitHub({ timeScale: options.timeScale, ...options.github })
  const log: Timed[] = []
  const shown: Shown[] = []
  const warnings: string[] = []
  const send = waitingSend(log)
  const chat = discordChat(discord, send, shown)
  const store = gitRefStore({ apiUrl: github.url, repository: 'acme/data-platform', token: github.state.token, send })
  let runs = 0
  return {
    discord,
    github,
    log,
    shown,
    warnings,
    chat,
    run(facts, name) {
      runs++
      return runLifecycle(
        {
          destination: 'discord',
          key: 'policy:orders',
          label: facts.fingerprint,
          status: 'failing',
          sample: false,
          text: `Asset ${facts.fingerprint} failed`,
          at: Date.now(),
          ...facts
        },
        {
          store,
          chat,
          now: Date.now,
          sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
          random: Math.random,
          warn: message => warnings.push(message),
          run: name ?? `run-${runs}`,
          timings: scaledTimings(options.timeScale),
          maxListed: options.maxListed
        }
      )
    },
    async close() {
      await discord.close()
      await github.close()
    }
  }
}

/** Whether a request counts as content creation on GitHub: every POST, and a move or removal of a git ref. */
export function createsContent(request: Timed): boolean {
  return (
    request.method === 'POST' ||
    ((request.method === 'PATCH' || request.method === 'DELETE') && /\/git\/refs\//.test(request.url))
  )
}

/** The most requests in any window of `windowMs` (the start of each window at a request). */
function peakInWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b)
  let peak = 0
  let start = 0
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end] - sorted[start] >= windowMs) start++
    peak = Math.max(peak, end - start + 1)
  }
  return peak
}

export interface StormFigures {
  alerts: number
  failedRuns: number
  /** Runs that returned before the message named their member. */
  notShownOnReturn: number
  /** From the storm's start until the message counted every member, ms (undefined: never). */
  allVisibleMs: number | undefined
  /** Until the last run returned, ms. */
  lastRunMs: number
  messages: number
  edits: number
  stateRequests: number
  stateReads: number
  contentCreating: number
  /** Ref creations answered 422: a ref another run made first (the lease), or a commit made here for the first time. */
  refCreationsRefused: number
  /** Content-creating requests GitHub refused with its secondary limit (a wait, then sent again). */
  contentRefused: number
  /** The most content-creating requests GitHub accepted in any 60 s (scaled) window. */
  contentPeakPerMinute: number
  outcomes: Record<string, number>
  warnings: string[]
}

/** `alerts` runs of one group key, started at once; the figures of the storm. */
export async function foldStorm(setup: FoldSetup, alerts: number, timeScale: number): Promise<StormFigures> {
  const started = Date.now()
  let notShownOnReturn = 0
  const results = await Promise.allSettled(
    Array.from({ length: alerts }, async (_, i) => {
      const fingerprint = `asset_${String(i).padStart(3, '0')}`
      const outcome = await setup.run({ fingerprint })
      // A run returns only once the message shows its member.
      const [embed] = (setup.discord.state.messages[0]?.payload.embeds ?? []) as { description?: string }[]
      if (outcome.kind !== 'posted-alone' && !embed?.description?.includes(fingerprint)) notShownOnReturn++
      return outcome
    })
  )
  const lastRunMs = Date.now() - started
  const outcomes: Record<string, number> = {}
  for (const result of results) {
    const kind = result.status === 'fulfilled' ? result.value.kind : 'failed'
    outcomes[kind] = (outcomes[kind] ?? 0) + 1
  }
  const complete = setup.shown.find(entry => entry.kind !== 'reply' && entry.members >= alerts)
  const state = setup.log.filter(entry => entry.url.startsWith(setup.github.url))
  const content = state.filter(createsContent)
  const accepted = content.filter(entry => entry.status !== 403)
  return {
    alerts,
    failedRuns: results.filter(result => result.status === 'rejected').length,
    notShownOnReturn,
    allVisibleMs: complete && complete.at - started,
    lastRunMs,
    messages: setup.discord.state.messages.length,
    edits: setup.discord.state.messages.reduce((sum, message) => sum + message.edits.length, 0),
    stateRequests: state.length,
    stateReads: state.filter(entry => entry.method === 'GET').length,
    contentCreating: accepted.length,
    refCreationsRefused: state.filter(
      entry => entry.method === 'POST' && entry.url.endsWith('/git/refs') && entry.status === 422
    ).length,
    contentRefused: content.length - accepted.length,
    contentPeakPerMinute: peakInWindow(
      accepted.map(entry => entry.at),
      60_000 * timeScale
    ),
    outcomes,
    warnings: setup.warnings
  }
}
