// Alert storms: many processes of the bundled action start at once against one destination, as Dagster+ does when
// an outage fails many assets. The stand-ins enforce the services' limits with windows scaled down (TIME_SCALE), so
// the waits the action honours are real but short. Default inputs throughout: every alert must be delivered.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction, type RunResult } from '../../scripts/action-runner.js'
import { startDiscord, startGitHub, startSlack } from '../stand-ins/index.js'
import type { DiscordStandIn, GitHubStandIn, SlackStandIn } from '../stand-ins/index.js'
import { dispatchEvent, SAMPLE_ALERT, type Alert, type Inputs } from './fixtures.js'

/** Alerts per storm. */
const STORM = 50
/** Every rate-limit window at 1/20: Discord's 2 s bucket lasts 100 ms, its 60 s channel window 3 s. */
const TIME_SCALE = 0.05
/**
 * Slack's one message a second at 1/5, and GitHub's minute at 1/5 (12 s): runs start over a few seconds, and these
 * limits must still be in force when the storm arrives.
 */
const SLOW_TIME_SCALE = 0.2
const RUN_TIMEOUT_MS = 120_000
const STORM_TEST_TIMEOUT_MS = 150_000

/** Alert `i` of a storm: a failed run of its own job, so each is a problem of its own (its own issue). */
function stormAlert(i: number): Alert {
  return {
    ...SAMPLE_ALERT,
    job_name: `storm_job_${i}`,
    alert_summary: `Job storm_job_${i} failed`,
    run_id: `storm-run-${i}`
  }
}

/** Starts every run at once and waits for all of them. */
function storm(inputs: Inputs): Promise<RunResult[]> {
  return Promise.all(
    Array.from({ length: STORM }, (_, i) =>
      runAction({ inputs, event: dispatchEvent(stormAlert(i)), timeoutMs: RUN_TIMEOUT_MS })
    )
  )
}

function expectAllDelivered(results: RunResult[], status: string): void {
  const failed = results
    .filter(result => result.code !== 0)
    .map(result =>
      result.stdout
        .split('\n')
        .filter(line => line.startsWith('::error::'))
        .join(' ')
    )
  expect(failed).toEqual([])
  // A real error (not a rate limit) would make a run send again; under a storm none may happen.
  const retriedOnErrors = results.flatMap(result =>
    result.stdout.split('\n').filter(line => /^attempt \d+\/\d+ in /.test(line))
  )
  expect(retriedOnErrors).toEqual([])
  expect(results.map(result => result.outputs.status)).toEqual(Array(STORM).fill(status))
}

/** How many runs had to wait for a rate limit (and said so in their last log line and summary). */
function waitedRuns(results: RunResult[]): number {
  const waited = results.filter(result => /\(waited [\d.]+ s for rate limits\)/.test(result.stdout))
  for (const result of waited) expect(result.summary).toMatch(/\| Waited for rate limits \| [\d.]+ s \|/)
  return waited.length
}

describe(`a storm of ${STORM} alerts, default inputs, limits scaled down`, () => {
  let discord: DiscordStandIn
  let slack: SlackStandIn
  let hub: GitHubStandIn

  beforeAll(async () => {
    discord = await startDiscord({ timeScale: TIME_SCALE })
    slack = await startSlack({ timeScale: SLOW_TIME_SCALE })
    hub = await startGitHub({ timeScale: SLOW_TIME_SCALE })
  })
  afterAll(async () => {
    await Promise.all([discord.close(), slack.close(), hub.close()])
  })

  it(
    'to one Discord webhook: every message delivered, none twice, past the bucket and the channel limit',
    async () => {
      const results = await storm({ platform: 'discord', url: discord.webhookUrl() })
      expectAllDelivered(results, 'sent')
      expect(discord.state.messages).toHaveLength(STORM)
      expect(new Set(discord.state.messages.map(message => JSON.stringify(message.payload))).size).toBe(STORM)
      // Beyond 30 messages the channel limit answers a shared-scope 429: at least the last 20 waited for the next window.
      expect(waitedRuns(results)).toBeGreaterThan(STORM - 30)
      expect(results.every(result => result.outputs.url.startsWith('https://discord.com/channels/'))).toBe(true)
    },
    STORM_TEST_TIMEOUT_MS
  )

  it(
    'to one Slack incoming webhook: every message delivered, at one a second after the burst',
    async () => {
      const results = await storm({ platform: 'slack', url: slack.webhookUrl() })
      expectAllDelivered(results, 'sent')
      expect(slack.state.messages).toHaveLength(STORM)
      expect(waitedRuns(results)).toBeGreaterThan(0)
    },
    STORM_TEST_TIMEOUT_MS
  )

  it(
    'to GitHub Issues, one problem each: one issue per alert, past the secondary limit on content creation',
    async () => {
      // Most of the minute's 80 content creations are already spent (another workflow, a person), so the storm meets it.
      const headers = {
        authorization: `Bearer ${hub.state.token}`,
        'user-agent': 'storm-test',
        'content-type': 'application/json'
      }
      for (let i = 0; i < 60; i++) {
        await fetch(`${hub.url}/repos/acme/data-platform/issues`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ title: `earlier ${i}` })
        })
      }
      const results = await storm({ platform: 'github', url: hub.url })
      expectAllDelivered(results, 'created')
      const stormIssues = hub.state.issues.filter(issue => issue.title.includes('Job storm_job_'))
      expect(stormIssues).toHaveLength(STORM)
      expect(new Set(stormIssues.map(issue => issue.title)).size).toBe(STORM)
      expect(waitedRuns(results)).toBeGreaterThan(0)
    },
    STORM_TEST_TIMEOUT_MS
  )
})
