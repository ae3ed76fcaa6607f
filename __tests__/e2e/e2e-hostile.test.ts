// End to end: alert text built to break things (quotes, backslashes, tabs, emoji, template and expression
// syntax, replacement patterns, mentions, workflow-command lines, a 10 KB stack trace) reaches every
// platform byte for byte, pings nobody and never becomes a workflow command.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction } from '../../scripts/action-runner.js'
import {
  startDiscord,
  startGitHub,
  startJira,
  startLinear,
  startSlack,
  type DiscordStandIn,
  type GitHubStandIn,
  type JiraStandIn,
  type LinearStandIn,
  type SlackStandIn
} from '../stand-ins/index.js'
import {
  discordInputs,
  dispatchEvent,
  expectDelivered,
  expectOneCreate,
  HOSTILE_ALERT,
  HOSTILE_CONTENT,
  HOSTILE_LINES,
  HOSTILE_SUMMARY,
  jiraInputs,
  jiraTraffic,
  linearInputs,
  linearTraffic,
  ownProblem,
  requestsFromNow,
  SAMPLE_ALERT,
  STACK_TRACE,
  strayCommandLines,
  theError,
  withMethod
} from './fixtures.js'

let discord: DiscordStandIn
let jira: JiraStandIn
let linear: LinearStandIn
let slack: SlackStandIn
let hub: GitHubStandIn

beforeAll(async () => {
  ;[discord, jira, linear, slack, hub] = await Promise.all([
    startDiscord(),
    startJira(),
    startLinear(),
    startSlack(),
    startGitHub({ repositories: [{ fullName: 'acme/data-platform' }] })
  ])
})

afterAll(async () => {
  await Promise.all([discord.close(), jira.close(), linear.close(), slack.close(), hub.close()])
})

const event = dispatchEvent(HOSTILE_ALERT)

/** The hostile alert as a problem no other test has: an issue platform creates for it rather than comment. */
function ownHostileEvent() {
  return dispatchEvent(ownProblem(HOSTILE_ALERT))
}

describe('hostile alert text, end to end', () => {
  it('Discord: the embed keeps title and text byte for byte, and @everyone / <@id> in alert text ping nobody', async () => {
    const sent = requestsFromNow(discord)
    const pingsBefore = discord.state.pings.length
    const result = await runAction({ inputs: discordInputs(discord), event })

    const [post] = withMethod(sent(), 'POST')
    expectDelivered(result, post, 'sent')
    const embed = (discord.state.messages.at(-1)?.payload.embeds as { title: string; description: string }[])[0]
    expect(embed.title).toBe(HOSTILE_SUMMARY)
    // The template shortens the alert text to fit Discord's 4096; everything before the cut is intact.
    expect(embed.description).toContain(HOSTILE_LINES.join('\n'))
    expect(embed.description).toContain(STACK_TRACE.slice(0, 1500))
    expect(discord.state.pings.slice(pingsBefore)).toEqual([])
    expect(post.json).toMatchObject({ allowed_mentions: { parse: [], roles: [], users: [] } })
  })

  it('Discord: a role written in vars.mention still pings, the mentions inside alert text still do not', async () => {
    const role = '223456789012345678'
    const pingsBefore = discord.state.pings.length
    const result = await runAction({ inputs: { ...discordInputs(discord), vars: `mention: "<@&${role}>"` }, event })

    expect(result.code).toBe(0)
    expect(discord.state.pings.slice(pingsBefore).map(ping => ping.mention)).toEqual([`<@&${role}>`])
  })

  it('Jira v2: the description holds the alert text and the stack trace exactly', async () => {
    const sent = requestsFromNow(jira)
    const before = jira.state.issues.length
    const result = await runAction({ inputs: jiraInputs(jira, 2), event: ownHostileEvent() })

    expectDelivered(result, expectOneCreate(sent(), jiraTraffic), 'created')
    const { fields } = jira.state.issues[before]
    expect(fields.summary).toBe(`Dagster: ${HOSTILE_SUMMARY}`)
    expect(fields.description).toEqual(expect.stringContaining(`{noformat}\n${HOSTILE_CONTENT}\n{noformat}`))
  })

  it('Jira v3: the ADF code block text is the alert text exactly', async () => {
    const sent = requestsFromNow(jira)
    const before = jira.state.issues.length
    const result = await runAction({ inputs: jiraInputs(jira, 3), event: ownHostileEvent() })

    expectDelivered(result, expectOneCreate(sent(), jiraTraffic), 'created')
    const description = jira.state.issues[before].fields.description as {
      content: { type: string; content?: { text: string }[] }[]
    }
    const codeTexts = description.content.filter(node => node.type === 'codeBlock').map(node => node.content?.[0].text)
    expect(codeTexts).toEqual([HOSTILE_CONTENT, HOSTILE_LINES.join('\n')])
  })

  it('Linear: title and description keep the text, ${{ and all', async () => {
    const sent = requestsFromNow(linear)
    const before = linear.state.issues.length
    const result = await runAction({ inputs: linearInputs(linear), event: ownHostileEvent() })

    expectDelivered(result, expectOneCreate(sent(), linearTraffic), 'created')
    const issue = linear.state.issues[before]
    expect(issue.title).toBe(HOSTILE_SUMMARY)
    expect(issue.input.description).toEqual(expect.stringContaining(HOSTILE_CONTENT))
    expect(issue.input.description).toEqual(expect.stringContaining('${{ secrets.GITHUB_TOKEN }}'))
  })

  it('dry-run prints the payload with the command lines inside a stop-commands block only', async () => {
    const result = await runAction({ inputs: { ...discordInputs(discord), 'dry-run': 'true' }, event })

    expect(result.code).toBe(0)
    expect(result.stdout).toContain('::error::INJECTED-BY-ALERT')
    expect(strayCommandLines(result.stdout)).toEqual([])
  })

  it('an error reply that echoes the alert text fails with one escaped ::error:: line', async () => {
    const sent = requestsFromNow(jira)
    const echo = { errorMessages: [`Cannot create:\n${HOSTILE_LINES.join('\n')}`], errors: {} }
    jira.fault({ kind: 'status', status: 400, method: 'POST', body: echo })
    const result = await runAction({ inputs: jiraInputs(jira, 2), event: ownHostileEvent() })

    expect(result.code).toBe(1)
    expectOneCreate(sent(), jiraTraffic)
    expect(theError(result)).toContain(HOSTILE_LINES.join('\n'))
    expect(strayCommandLines(result.stdout)).toEqual([])
  })

  it('a retried 5xx whose reply echoes the alert text does not turn its lines into workflow commands', async () => {
    // Proxies and gateways often echo the request in their error pages; the retry is logged with that text.
    discord.fault({ kind: 'status', status: 503, body: `Upstream error while handling:\n${HOSTILE_LINES.join('\n')}` })
    const result = await runAction({ inputs: { ...discordInputs(discord), 'max-wait': '1' }, event })

    expect(result.code).toBe(0)
    expect(result.outputs.attempts).toBe('2')
    expect(strayCommandLines(result.stdout)).toEqual([])
  })
})

describe('mentions in alert text ping nobody, end to end', () => {
  /** Every kind of Slack mention, including those templates/slack.yml's description names. */
  const SLACK_MENTIONS = '<!here> <!subteam^S0123ABCD> <!channel> <!everyone> <@U0123> <@W9|bob> @here @channel'
  /** A template whose front matter and comments name mentions: only the one in its text is the author's. */
  const MENTIONING_TEMPLATE = (platformLine: string, body: string) =>
    [
      '---',
      platformLine,
      `description: may ping ${SLACK_MENTIONS} @everyone <@&111> <@222> @alice [~accountid:1]`,
      '---',
      `# ${SLACK_MENTIONS} @everyone <@&111> <@222> @alice`,
      body
    ].join('\n')

  it('Slack built-in: the mentions its description names, in alert text, ping nobody', async () => {
    const pingsBefore = slack.state.pings.length
    const alert = { ...SAMPLE_ALERT, alert_summary: `Job failed ${SLACK_MENTIONS}`, alert_content: SLACK_MENTIONS }
    const result = await runAction({
      inputs: { platform: 'slack', url: slack.webhookUrl() },
      event: dispatchEvent(alert)
    })

    expect(result.code).toBe(0)
    expect(slack.state.pings.slice(pingsBefore)).toEqual([])
  })

  it("Slack custom template: mentions in its comments and front matter are not the author's", async () => {
    const pingsBefore = slack.state.pings.length
    const result = await runAction({
      inputs: { platform: 'slack', url: slack.webhookUrl(), template: 'alert.yml' },
      event: dispatchEvent({ ...SAMPLE_ALERT, alert_summary: `${SLACK_MENTIONS} <@U0AUTHOR>` }),
      files: { 'alert.yml': MENTIONING_TEMPLATE('platform: slack', 'text: "<@U0AUTHOR> << alert_summary >>"') }
    })

    expect(result.code).toBe(0)
    expect(slack.state.pings.slice(pingsBefore).map(ping => ping.mention)).toEqual(['<@U0AUTHOR>'])
  })

  it('Discord custom template: @here in its description allows no @everyone ping from alert text', async () => {
    const sent = requestsFromNow(discord)
    const pingsBefore = discord.state.pings.length
    const result = await runAction({
      inputs: { ...discordInputs(discord), template: 'alert.yml' },
      event: dispatchEvent({ ...SAMPLE_ALERT, alert_summary: '@everyone @here <@&111> <@222> <@&555>' }),
      files: { 'alert.yml': MENTIONING_TEMPLATE('platform: discord', 'content: "<@&555> << alert_summary >>"') }
    })

    expect(result.code).toBe(0)
    expect(withMethod(sent(), 'POST')[0].json).toMatchObject({
      allowed_mentions: { parse: [], roles: ['555'], users: [] }
    })
    expect(discord.state.pings.slice(pingsBefore).map(ping => ping.mention)).toEqual(['<@&555>'])
  })

  it('GitHub: an @mention after an escaped backtick, in code and in repeat comments is made inert', async () => {
    const alert = {
      ...SAMPLE_ALERT,
      job_name: 'mention_job `@alice',
      alert_summary: 'Job failed, ask @alice or @acme/data-eng',
      alert_content: 'Traceback\n  owner: @carol'
    }
    const inputs = { platform: 'github', url: hub.url }
    const created = await runAction({ inputs, event: dispatchEvent(alert) })
    expect(created.code).toBe(0)
    const issue = hub.state.issues.at(-1)!
    const again = await runAction({ inputs, event: dispatchEvent({ ...alert, run_id: 'second-run' }) })
    expect(again.outputs.status).toBe('commented')

    const texts = [issue.body ?? '', ...issue.comments.map(comment => comment.body ?? '')]
    expect(texts.join('\n')).toContain('@\u2060alice')
    for (const text of texts) expect(text).not.toMatch(/(?<![A-Za-z0-9])@(?:alice|acme|carol)/)
  })

  it('Jira v2: {noformat} in alert text cannot close its block, and a wiki mention in alert text is escaped', async () => {
    const before = jira.state.issues.length
    const alert = ownProblem({
      ...SAMPLE_ALERT,
      job_name: 'etl [~accountid:557058:evil]',
      alert_content: 'Traceback\n{noformat}\nh1. [~accountid:557058:evil] {NOFORMAT}'
    })
    const result = await runAction({ inputs: jiraInputs(jira, 2), event: dispatchEvent(alert) })

    expect(result.code).toBe(0)
    const description = jira.state.issues[before].fields.description as string
    expect(description.match(/\{noformat/gi)).toHaveLength(description.includes('Failure message') ? 4 : 2)
    expect(description).toContain('Job: etl \\[~accountid:557058:evil]')
    expect(description).not.toMatch(/(?<!\\)\[~/)
  })
})
