// End to end: one Discord message per problem (repeat: comment, resolve: close), its state in git refs of the
// workflow's repository on the GitHub stand-in, through the bundle as a runner runs it.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ACTION_ROOT } from '../../src/action-root.js'
import { runAction, type RunResult } from '../../scripts/action-runner.js'
import { startDiscord, startGitHub, type DiscordStandIn } from '../stand-ins/index.js'
import type { GitHubStandIn } from '../stand-ins/github.js'
import { discordInputs, dispatchEvent, ownProblem, requestsFromNow, withMethod, type Alert } from './fixtures.js'

let discord: DiscordStandIn
let github: GitHubStandIn

beforeAll(async () => {
  discord = await startDiscord()
  github = await startGitHub()
})

afterAll(async () => {
  await discord.close()
  await github.close()
})

const OPT_IN = { repeat: 'comment', resolve: 'close' }

function run(
  target: DiscordStandIn,
  alert: Alert,
  inputs: Record<string, string> = OPT_IN,
  state = github,
  timeoutMs?: number
) {
  return runAction({
    inputs: { ...discordInputs(target), ...inputs },
    event: dispatchEvent(alert),
    env: { GITHUB_API_URL: state.url, GITHUB_TOKEN: state.state.token },
    timeoutMs
  })
}

function recovery(alert: Alert): Alert {
  return { ...alert, run_status: 'SUCCESS', alert_summary: 'Job daily_etl succeeded' }
}

/** The problem embed (first) of a message's current payload. */
function problemEmbed(target: DiscordStandIn, id: string): { title?: string; description?: string; color?: number } {
  const message = target.state.messages.find(each => each.id === id)
  const [embed] = (message?.payload.embeds ?? []) as { title?: string; description?: string; color?: number }[]
  return embed ?? {}
}

function warnings(result: RunResult): string[] {
  return result.stdout.split('\n').filter(line => line.startsWith('::warning'))
}

describe('one Discord message per problem, end to end', () => {
  it('fail, repeat, recover: one message, edited twice, ending resolved; the outputs say what each run did', async () => {
    const alert = ownProblem()
    const posts = requestsFromNow(discord)
    const failed = await run(discord, alert)
    expect(failed.code).toBe(0)
    expect(failed.outputs.status).toBe('sent')
    const id = failed.outputs.id
    expect(problemEmbed(discord, id).title).toBe('1 failing')
    expect(problemEmbed(discord, id).description).toBe('🔴 daily\\_etl')

    const repeated = await run(discord, alert)
    expect(repeated.outputs).toMatchObject({ status: 'commented', id, url: failed.outputs.url })
    expect(problemEmbed(discord, id).description).toBe('🔴 daily\\_etl ×2')
    expect(repeated.summary).toContain('updated the message of')

    const recovered = await run(discord, recovery(alert))
    expect(recovered.outputs).toMatchObject({ status: 'resolved', id })
    expect(problemEmbed(discord, id)).toMatchObject({ title: 'Resolved after 0 min', color: 0x2ecc71 })
    expect(problemEmbed(discord, id).description).toBe('🟢 daily\\_etl ×3')

    const message = discord.state.messages.find(each => each.id === id)
    expect(message?.edits).toHaveLength(2)
    expect(withMethod(posts(), 'POST')).toHaveLength(1)
    expect([failed, repeated, recovered].flatMap(warnings)).toEqual([])
  })

  it('a group key: a member recovering leaves the message failing until the last one recovers', async () => {
    const policy = ownProblem()
    const inputs = { ...OPT_IN, 'dedupe-key': '<< alert_policy_id >>' }
    const a = { ...policy, job_name: 'job_a' }
    const b = { ...policy, job_name: 'job_b' }
    const first = await run(discord, a, inputs)
    await run(discord, b, inputs)
    const aBack = await run(discord, recovery(a), inputs)
    expect(aBack.outputs.status).toBe('commented')
    expect(problemEmbed(discord, first.outputs.id).title).toBe('1 failing, 1 recovered')
    const bBack = await run(discord, recovery(b), inputs)
    expect(bBack.outputs.status).toBe('resolved')
    expect(problemEmbed(discord, first.outputs.id).title).toMatch(/^Resolved after/)
  })

  it('repeat: skip alone: one message per problem; a repeat is skipped, a new member joins; each summary says so', async () => {
    const policy: Alert = { ...ownProblem(), job_name: 'job_a' }
    // The key is alert text: the summary shows it as text, never as markup.
    const inputs = { repeat: 'skip', 'dedupe-key': '<< alert_policy_id >> <b>|</b>' }
    const refs = requestsFromNow(github)
    const first = await run(discord, policy, inputs)
    expect(first.outputs.status).toBe('sent')
    const written = withMethod(refs(), 'POST').length + withMethod(refs(), 'PATCH').length
    const repeated = await run(discord, policy, inputs)
    expect(repeated.outputs).toMatchObject({ status: 'skipped', id: first.outputs.id, url: first.outputs.url })
    // A skipped repeat records nothing.
    expect(withMethod(refs(), 'POST').length + withMethod(refs(), 'PATCH').length).toBe(written)
    const joined = await run(discord, { ...policy, job_name: 'job_b' }, inputs)
    expect(joined.outputs).toMatchObject({ status: 'commented', id: first.outputs.id })
    expect(problemEmbed(discord, first.outputs.id).description).toBe('🔴 job\\_a\n🔴 job\\_b')
    const key = `${policy.alert_policy_id} &lt;b&gt;&#124;&lt;/b&gt;`
    expect(first.summary).toContain(`**Note:** posted the message of &#96;${key}&#96; (1 failing, 0 recovered)`)
    expect(repeated.summary).toContain(
      `**Note:** repeat not shown (the repeat input is skip): the member already fails in the message of &#96;${key}&#96; (1 failing, 0 recovered)`
    )
    expect(joined.summary).toContain(`**Note:** updated the message of &#96;${key}&#96; (2 failing, 0 recovered)`)
    expect([first, repeated, joined].flatMap(result => result.summary.match(/<b>/g) ?? [])).toEqual([])
  })

  it('resolve: ignore: a recovery is not delivered and records nothing; the message stays failing', async () => {
    const alert = ownProblem()
    const inputs = { repeat: 'comment', resolve: 'ignore' }
    const failed = await run(discord, alert, inputs)
    const refs = requestsFromNow(github)
    const posts = requestsFromNow(discord)
    const ignored = await run(discord, recovery(alert), inputs)
    expect(ignored.outputs).toMatchObject({ status: 'skipped', id: '', attempts: '0' })
    expect(ignored.stdout).toContain('recovery alert not delivered: the resolve input is ignore')
    expect(ignored.summary).toContain('**Note:** recovery alert not delivered: the resolve input is ignore')
    expect([refs(), posts()]).toEqual([[], []])
    expect(problemEmbed(discord, failed.outputs.id).title).toBe('1 failing')
  })

  it('resolve: ignore alone: recoveries are not delivered, failures are messages of their own, no state', async () => {
    const alert = ownProblem()
    const refs = requestsFromNow(github)
    const posts = requestsFromNow(discord)
    const failed = await run(discord, alert, { resolve: 'ignore' })
    const ignored = await run(discord, recovery(alert), { resolve: 'ignore' })
    expect(failed.outputs.status).toBe('sent')
    expect(ignored.outputs).toMatchObject({ status: 'skipped', attempts: '0' })
    expect(ignored.summary).toContain('**Note:** recovery alert not delivered: the resolve input is ignore')
    expect(withMethod(posts(), 'POST')).toHaveLength(1)
    expect(refs()).toEqual([])
  })

  it('in a forum, the problem is one post: repeats and the recovery reply in its thread', async () => {
    const forum = await startDiscord({ forum: true })
    try {
      const alert = ownProblem()
      const inputs = { ...OPT_IN, vars: 'thread_name: daily_etl' }
      const failed = await run(forum, alert, inputs)
      await run(forum, alert, inputs)
      const recovered = await run(forum, recovery(alert), inputs)
      expect(recovered.outputs.status).toBe('resolved')
      const thread = forum.state.messages[0].channelId
      expect(forum.state.messages.map(message => message.channelId)).toEqual([thread, thread, thread])
      expect(forum.state.messages.slice(1).map(message => message.payload.content)).toEqual([
        'daily\\_etl failing again',
        'daily\\_etl recovered'
      ])
      expect(problemEmbed(forum, failed.outputs.id).title).toMatch(/^Resolved after/)
    } finally {
      await forum.close()
    }
  })

  it('a template whose problem message Discord would refuse still delivers each alert, as a message of its own', async () => {
    const template = readFileSync(
      path.join(ACTION_ROOT, '__tests__/fixtures/templates/broken/discord-components-v2.yml'),
      'utf8'
    )
    const refs = requestsFromNow(github)
    const result = await runAction({
      inputs: { ...discordInputs(discord), ...OPT_IN, template: 'components.yml' },
      event: dispatchEvent(ownProblem()),
      env: { GITHUB_API_URL: github.url, GITHUB_TOKEN: github.state.token },
      files: { 'components.yml': template }
    })
    expect(result.code).toBe(0)
    expect(result.outputs.status).toBe('sent')
    expect(warnings(result).join('\n')).toMatch(/problem's message would be refused.*a message of its own/)
    expect(refs()).toEqual([])
  })

  it('with repeat and resolve left default, every alert is a message of its own, and no state is touched', async () => {
    const alert = ownProblem()
    const refs = requestsFromNow(github)
    const first = await run(discord, alert, {})
    const second = await run(discord, alert, {})
    expect([first.outputs.status, second.outputs.status]).toEqual(['sent', 'sent'])
    expect(first.outputs.id).not.toBe(second.outputs.id)
    expect(refs()).toEqual([])
    expect(discord.state.messages.find(each => each.id === first.outputs.id)?.edits).toEqual([])
  })

  it('20 simultaneous first alerts of one group key leave exactly one message, naming every member', async () => {
    const storm = await startDiscord()
    // A state host of its own, its limit windows scaled: on a loaded machine 20 runs may reach GitHub's 80
    // content-creating requests a minute, and then wait for the window as they should, within the run's time.
    const state = await startGitHub({ timeScale: 0.1 })
    try {
      const policy = ownProblem()
      const inputs = { ...OPT_IN, 'dedupe-key': '<< alert_policy_id >>' }
      const jobs = Array.from({ length: 20 }, (_, i) => `job_${String(i).padStart(2, '0')}`)
      const results = await Promise.all(
        jobs.map(job => run(storm, { ...policy, job_name: job }, inputs, state, 240_000))
      )
      expect(results.map(result => result.code)).toEqual(jobs.map(() => 0))
      expect(storm.state.messages).toHaveLength(1)
      const [embed] = storm.state.messages[0].payload.embeds as { title?: string; description?: string }[]
      expect(embed.title).toBe('20 failing')
      for (const job of jobs) expect(embed.description).toContain(job.replace('_', '\\_'))
      // Every run names the one message, the runs another run's edit showed included.
      const ids = new Set(results.map(result => result.outputs.id))
      expect(ids).toEqual(new Set([storm.state.messages[0].id]))
      expect(new Set(results.map(result => result.outputs.url)).size).toBe(1)
      expect(results[0].outputs.url).toMatch(/^https:\/\/discord\.com\/channels\/\d+\/\d+\/\d+$/)
      expect(results.flatMap(warnings)).toEqual([])
    } finally {
      await storm.close()
      await state.close()
    }
  }, 300_000)

  it('state refused (403 on the refs API): the alert is delivered as a message of its own, with a warning', async () => {
    const refused = await startGitHub({ repositories: [{ fullName: 'acme/data-platform', refsForbidden: true }] })
    try {
      const alert = ownProblem()
      const before = discord.state.messages.length
      const results = [await run(discord, alert, OPT_IN, refused), await run(discord, alert, OPT_IN, refused)]
      expect(results.map(result => [result.code, result.outputs.status])).toEqual([
        [0, 'sent'],
        [0, 'sent']
      ])
      expect(discord.state.messages.length - before).toBe(2)
      for (const result of results)
        expect(warnings(result).join('\n')).toMatch(/a message of its own.*403.*contents: write/)
    } finally {
      await refused.close()
    }
  })
})
