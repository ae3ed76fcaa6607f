// End to end: one Slack message per problem with a bot token (repeat: comment, resolve: close): chat.postMessage,
// chat.update of the parent and thread replies on the Slack stand-in, the state in git refs of the workflow's
// repository on the GitHub stand-in, through the bundle as a runner runs it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction, type RunResult } from '../../scripts/action-runner.js'
import { startGitHub, startSlack, type SlackStandIn } from '../stand-ins/index.js'
import type { GitHubStandIn } from '../stand-ins/github.js'
import type { SlackMessage } from '../stand-ins/slack.js'
import { dispatchEvent, ownProblem, requestsFromNow, type Alert } from './fixtures.js'

let slack: SlackStandIn
let github: GitHubStandIn

beforeAll(async () => {
  slack = await startSlack()
  github = await startGitHub()
})

afterAll(async () => {
  await slack.close()
  await github.close()
})

const CHANNEL = 'C0ALERTS001'
const OPT_IN = { repeat: 'comment', resolve: 'close' }

function apiInputs(target: SlackStandIn): Record<string, string> {
  return {
    platform: 'slack',
    url: target.apiUrl(),
    headers: `Authorization: Bearer ${target.state.botToken}`,
    vars: `channel: ${CHANNEL}`
  }
}

function run(
  alert: Alert,
  inputs: Record<string, string> = OPT_IN,
  options: {
    target?: SlackStandIn
    state?: GitHubStandIn
    timeoutMs?: number
    destination?: Record<string, string>
  } = {}
) {
  const target = options.target ?? slack
  const state = options.state ?? github
  return runAction({
    inputs: { ...(options.destination ?? apiInputs(target)), ...inputs, token: state.state.token },
    event: dispatchEvent(alert),
    // The memory's token: the `token` input today, `state-token` once the action has it.
    env: { GITHUB_API_URL: state.url, GITHUB_TOKEN: state.state.token, 'INPUT_STATE-TOKEN': state.state.token },
    timeoutMs: options.timeoutMs
  })
}

function recovery(alert: Alert): Alert {
  return { ...alert, run_status: 'SUCCESS', alert_summary: 'Job daily_etl succeeded' }
}

function message(target: SlackStandIn, ts: string): SlackMessage {
  const found = target.state.messages.find(each => each.ts === ts)
  if (!found) throw new Error(`no message ${ts}`)
  return found
}

/** The problem's state line and member list: the first two blocks of a message's current payload. */
function problemText(target: SlackStandIn, ts: string): { state: string; members: string } {
  const blocks = (message(target, ts).payload.blocks ?? []) as { text?: { text?: string } }[]
  return { state: blocks[0]?.text?.text ?? '', members: blocks[1]?.text?.text ?? '' }
}

/** Messages in the channel itself (not thread replies), from the given index of the stand-in's list. */
function parents(target: SlackStandIn, from = 0): SlackMessage[] {
  return target.state.messages.slice(from).filter(each => each.threadTs === undefined)
}

function warnings(result: RunResult): string[] {
  return result.stdout.split('\n').filter(line => line.startsWith('::warning'))
}

describe('one Slack message per problem with a bot token, end to end', () => {
  it('fail, repeat, repeat, recover: one message, updated in place, replies in its thread, resolved at the end', async () => {
    const alert = ownProblem()
    const before = slack.state.messages.length
    const failed = await run(alert)
    expect(failed.code).toBe(0)
    expect(failed.outputs.status).toBe('sent')
    const ts = failed.outputs.id
    expect(failed.outputs.url).toBe(slack.permalink(CHANNEL, ts))
    expect(problemText(slack, ts)).toEqual({ state: ':red_circle: *1 failing*', members: '🔴 daily_etl' })

    const repeats = [await run(alert), await run(alert)]
    for (const repeated of repeats) {
      expect(repeated.outputs).toMatchObject({ status: 'commented', id: ts, url: failed.outputs.url })
      expect(repeated.summary).toContain('updated the message of')
    }
    expect(problemText(slack, ts).members).toBe('🔴 daily_etl ×3')

    const recovered = await run(recovery(alert))
    expect(recovered.outputs).toMatchObject({ status: 'resolved', id: ts, url: failed.outputs.url })
    expect(problemText(slack, ts)).toEqual({
      state: ':large_green_circle: *Resolved after 0 min*',
      members: '🟢 daily_etl ×4'
    })
    expect(message(slack, ts).payload.text).toMatch(/^:large_green_circle: Resolved after 0 min · /)

    expect(parents(slack, before).map(each => each.ts)).toEqual([ts])
    expect(message(slack, ts).edits).toHaveLength(3)
    const replies = slack.state.messages.slice(before).filter(each => each.threadTs === ts)
    expect(replies.map(each => [each.payload.text, each.broadcast ?? false])).toEqual([
      ['daily_etl failing again', false],
      ['daily_etl failing again', false],
      ['daily_etl recovered', true]
    ])
    expect([failed, ...repeats, recovered].flatMap(warnings)).toEqual([])
  })

  it('a group key of three members resolves only when the last one recovers', async () => {
    const policy = ownProblem()
    const inputs = { ...OPT_IN, 'dedupe-key': '<< alert_policy_id >>' }
    const [a, b, c] = ['job_a', 'job_b', 'job_c'].map(job => ({ ...policy, job_name: job }))
    const first = await run(a, inputs)
    await run(b, inputs)
    await run(c, inputs)
    const ts = first.outputs.id
    expect(problemText(slack, ts).state).toBe(':red_circle: *3 failing*')
    const aBack = await run(recovery(a), inputs)
    expect(aBack.outputs.status).toBe('commented')
    expect(problemText(slack, ts)).toEqual({
      state: ':red_circle: *2 failing, 1 recovered*',
      members: '🔴 job_b\n🔴 job_c\n🟢 job_a ×2'
    })
    const bBack = await run(recovery(b), inputs)
    expect(bBack.outputs.status).toBe('commented')
    expect(problemText(slack, ts).state).toBe(':red_circle: *1 failing, 2 recovered*')
    const cBack = await run(recovery(c), inputs)
    expect(cBack.outputs).toMatchObject({ status: 'resolved', id: ts })
    expect(problemText(slack, ts).state).toMatch(/^:large_green_circle: \*Resolved after/)
  })

  it('20 simultaneous first alerts of one group key leave exactly one message, naming every member', async () => {
    const storm = await startSlack()
    // A state host of its own, its limit windows scaled: on a loaded machine 20 runs may reach GitHub's 80
    // content-creating requests a minute, and then wait for the window as they should, within the run's time.
    const state = await startGitHub({ timeScale: 0.1 })
    try {
      const policy = ownProblem()
      const inputs = { ...OPT_IN, 'dedupe-key': '<< alert_policy_id >>' }
      const jobs = Array.from({ length: 20 }, (_, i) => `job_${String(i).padStart(2, '0')}`)
      const results = await Promise.all(
        jobs.map(job => run({ ...policy, job_name: job }, inputs, { target: storm, state, timeoutMs: 240_000 }))
      )
      expect(results.map(result => result.code)).toEqual(jobs.map(() => 0))
      const [parent] = parents(storm)
      expect(parents(storm)).toHaveLength(1)
      const shown = problemText(storm, parent.ts)
      expect(shown.state).toBe(':red_circle: *20 failing*')
      for (const job of jobs) expect(shown.members).toContain(job)
      expect(results.flatMap(warnings)).toEqual([])
    } finally {
      await storm.close()
      await state.close()
    }
  }, 300_000)

  it('state refused (403 on the refs API): every alert is delivered as a message of its own, with a warning', async () => {
    const refused = await startGitHub({ repositories: [{ fullName: 'acme/data-platform', refsForbidden: true }] })
    try {
      const alert = ownProblem()
      const before = slack.state.messages.length
      const results = [await run(alert, OPT_IN, { state: refused }), await run(alert, OPT_IN, { state: refused })]
      expect(results.map(result => [result.code, result.outputs.status])).toEqual([
        [0, 'sent'],
        [0, 'sent']
      ])
      expect(parents(slack, before)).toHaveLength(2)
      for (const result of results)
        expect(warnings(result).join('\n')).toMatch(/a message of its own.*403.*contents: write/)
    } finally {
      await refused.close()
    }
  })

  it('an incoming webhook cannot edit: the alert is posted as today, and a warning names chat.postMessage', async () => {
    const refs = requestsFromNow(github)
    const before = slack.state.messages.length
    const result = await run(
      ownProblem(),
      { repeat: 'comment' },
      {
        destination: { platform: 'slack', url: slack.webhookUrl() }
      }
    )
    expect(result.code).toBe(0)
    expect(result.outputs.status).toBe('sent')
    expect(slack.state.messages.slice(before).map(each => each.via)).toEqual(['webhook'])
    const warned = warnings(result)
    expect(warned).toHaveLength(1)
    expect(warned[0]).toMatch(/incoming webhooks cannot edit.*chat\.postMessage.*Bearer xoxb-.*vars: channel/)
    expect(refs()).toEqual([])
  })
})
