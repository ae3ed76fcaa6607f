// End to end: the committed bundle posts to the Slack stand-in through an incoming webhook and through
// chat.postMessage, whose errors arrive as HTTP 200 {ok: false} and must fail the step.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction, type RunResult } from '../../scripts/action-runner.js'
import { startSlack, type SlackStandIn } from '../stand-ins/index.js'
import {
  dispatchEvent,
  errorMessages,
  expectDelivered,
  HOSTILE_ALERT,
  requestsFromNow,
  SAMPLE_ALERT,
  strayCommandLines,
  theError,
  visibleExceptMasks,
  withMethod,
  type Inputs
} from './fixtures.js'

let slack: SlackStandIn

beforeAll(async () => {
  slack = await startSlack()
})

afterAll(async () => {
  await slack.close()
})

const QUICK = { timeout: '2', 'max-wait': '5' }

/** The stand-in is on loopback, so the platform is named (a real hooks.slack.com URL is recognised). */
function webhookInputs(extra: Inputs = {}): Inputs {
  return { platform: 'slack', url: slack.webhookUrl(), ...QUICK, ...extra }
}

function apiInputs(extra: Inputs = {}): Inputs {
  return {
    platform: 'slack',
    url: slack.apiUrl(),
    headers: `Authorization: Bearer ${slack.state.botToken}`,
    vars: 'channel: C0ALERTS001',
    ...QUICK,
    ...extra
  }
}

function expectNotVisible(result: RunResult, secret: string): void {
  expect(result.stdout).toContain(`::add-mask::${secret}`)
  expect(visibleExceptMasks(result)).not.toContain(secret)
}

describe('Slack incoming webhook, end to end', () => {
  it('posts one message, outputs status sent with no link (a webhook gives none), and never shows the secret', async () => {
    const sent = requestsFromNow(slack)
    const result = await runAction({ inputs: webhookInputs(), event: dispatchEvent() })

    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(sent().map(request => request.method)).toEqual(['POST'])
    const message = slack.state.messages.at(-1)
    expect(message).toMatchObject({ via: 'webhook', channel: slack.state.webhook.channelId, pings: [] })
    expect(result.outputs).toMatchObject({ status: 'sent', url: '', id: '', attempts: '1', response: 'ok' })
    expect(JSON.parse(result.outputs.payload)).toEqual(sent()[0].json)
    expect(message?.payload).toMatchObject({ text: `FAILURE: ${SAMPLE_ALERT.alert_summary}` })
    expect(message?.payload).not.toHaveProperty('channel')
    expectNotVisible(result, slack.state.webhook.secret)
  })

  it('delivers a hostile alert that notifies nobody but the mention from vars, and runs no workflow command', async () => {
    const result = await runAction({
      inputs: webhookInputs({ vars: 'mention: "<!subteam^S0ONCALL|@data-oncall>"' }),
      event: dispatchEvent(HOSTILE_ALERT)
    })

    expect(result.code).toBe(0)
    expect(slack.state.messages.at(-1)?.pings).toEqual(['<!subteam^S0ONCALL>'])
    expect(strayCommandLines(result.stdout)).toEqual([])
  })

  it("fails with Slack's code and what to do when the webhook's channel is archived", async () => {
    slack.fault({ kind: 'status', status: 410, body: 'channel_is_archived' })
    const result = await runAction({ inputs: webhookInputs(), event: dispatchEvent() })

    expect(result.code).toBe(1)
    expect(result.outputs).toMatchObject({ status: 'failed', attempts: '1', response: 'channel_is_archived' })
    expect(theError(result)).toBe(
      "Slack did not accept the delivery (HTTP 410, not retried): channel_is_archived: the webhook's channel is archived; " +
        'unarchive it or create an incoming webhook for another channel'
    )
  })

  it('dry-run renders and validates, and sends nothing', async () => {
    const sent = requestsFromNow(slack)
    const result = await runAction({ inputs: webhookInputs({ 'dry-run': 'true' }), event: dispatchEvent() })

    expect(result.code).toBe(0)
    expect(sent()).toEqual([])
    expect(result.outputs).toMatchObject({ status: 'dry-run', attempts: '0' })
    expect(JSON.parse(result.outputs.payload).blocks[0].type).toBe('header')
  })
})

describe('Slack chat.postMessage, end to end', () => {
  it('posts with the bot token, looks up the permalink once, and outputs it with the message ts', async () => {
    const sent = requestsFromNow(slack)
    const result = await runAction({ inputs: apiInputs(), event: dispatchEvent() })

    const [post] = withMethod(sent(), 'POST')
    expectDelivered(result, post, 'sent')
    expect(sent().map(request => `${request.method} ${request.path}`)).toEqual([
      'POST /api/chat.postMessage',
      'GET /api/chat.getPermalink'
    ])
    const message = slack.state.messages.at(-1)
    expect(message).toMatchObject({ via: 'api', channel: 'C0ALERTS001' })
    expect(result.outputs.id).toBe(message?.ts)
    expect(result.outputs.url).toBe(slack.permalink('C0ALERTS001', result.outputs.id))
    expect(JSON.parse(result.outputs.response)).toMatchObject({ ok: true, channel: 'C0ALERTS001', ts: message?.ts })
    expect(post.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(message?.payload).toMatchObject({
      channel: 'C0ALERTS001',
      blocks: [{ type: 'header' }, { type: 'section' }, { type: 'section' }, { type: 'actions' }, { type: 'context' }]
    })
    expectNotVisible(result, slack.state.botToken)
  })

  it.each([
    ['C0RANDOM002', "not_in_channel: the app's bot is not a member of C0RANDOM002: invite it"],
    ['C0ARCHIVE03', 'is_archived: C0ARCHIVE03 is archived'],
    ['C0MISSING00', 'channel_not_found: Slack cannot find C0MISSING00, or the token cannot see it']
  ])('fails the step on the HTTP 200 error Slack answers for channel %s, without retrying', async (channel, error) => {
    const sent = requestsFromNow(slack)
    const result = await runAction({ inputs: apiInputs({ vars: `channel: ${channel}` }), event: dispatchEvent() })

    expect(result.code).toBe(1)
    expect(sent()).toHaveLength(1)
    expect(result.outputs).toMatchObject({ status: 'failed', attempts: '1' })
    expect(JSON.parse(result.outputs.response)).toMatchObject({ ok: false })
    expect(theError(result)).toContain(`Slack did not accept the delivery (HTTP 200, not retried): ${error}`)
  })

  it('fails on a wrong token, naming the fix and never showing the token', async () => {
    const wrong = 'xoxb-9999-8888-wrongTokenValue'
    const result = await runAction({
      inputs: apiInputs({ headers: `Authorization: Bearer ${wrong}` }),
      event: dispatchEvent()
    })

    expect(result.code).toBe(1)
    expect(theError(result)).toContain(
      'invalid_auth: Slack refused the token. Set headers to `Authorization: Bearer xoxb-…`'
    )
    expectNotVisible(result, wrong)
  })

  it('waits as a 429 asks and retries, then delivers', async () => {
    slack.fault({ kind: 'rate-limit', retryAfter: 1, method: 'POST' })
    const sent = requestsFromNow(slack)
    const result = await runAction({ inputs: apiInputs(), event: dispatchEvent() })

    expect(result.code).toBe(0)
    expect(result.outputs.attempts).toBe('2')
    expect(withMethod(sent(), 'POST')).toHaveLength(2)
    expect(result.outputs.url).toBe(slack.permalink('C0ALERTS001', result.outputs.id))
  })

  it('keeps a delivered message delivered when the permalink lookup fails, with a warning', async () => {
    slack.fault({ kind: 'status', method: 'GET', status: 200, body: { ok: false, error: 'message_not_found' } })
    const result = await runAction({ inputs: apiInputs(), event: dispatchEvent() })

    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({ status: 'sent', url: '', id: slack.state.messages.at(-1)?.ts })
    expect(result.stdout).toContain(
      'the message was sent, but its link is unknown (chat.getPermalink answered message_not_found)'
    )
    expect(errorMessages(result)).toEqual([])
  })

  it('refuses before sending when the channel or the token is missing', async () => {
    const sent = requestsFromNow(slack)
    const noChannel = await runAction({ inputs: apiInputs({ vars: '' }), event: dispatchEvent() })
    const noToken = await runAction({ inputs: apiInputs({ headers: '' }), event: dispatchEvent() })

    expect(sent()).toEqual([])
    expect([noChannel.code, noToken.code]).toEqual([1, 1])
    expect(theError(noChannel)).toContain('channel: is required for chat.postMessage: set vars: channel: C0123456789')
    expect(theError(noToken)).toContain("Input 'headers': has no Authorization value")
    expect(theError(noToken)).toContain('(nothing was sent)')
  })
})
