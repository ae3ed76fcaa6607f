// End to end: the committed bundle posts to a Standard Webhooks receiver and to a Teams Workflows webhook.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction } from '../../scripts/action-runner.js'
import {
  newSigningSecret,
  startTeams,
  startWebhook,
  verifyStandardWebhook,
  type TeamsStandIn,
  type WebhookStandIn
} from '../stand-ins/index.js'
import {
  dispatchEvent,
  errorMessages,
  expectDelivered,
  HOSTILE_ALERT,
  requestsFromNow,
  SAMPLE_ALERT,
  strayCommandLines,
  theError,
  visibleExceptMasks
} from './fixtures.js'

const SECRET = newSigningSecret()
let receiver: WebhookStandIn
let teams: TeamsStandIn

beforeAll(async () => {
  ;[receiver, teams] = await Promise.all([startWebhook({ secret: SECRET }), startTeams()])
})

afterAll(async () => {
  await Promise.all([receiver.close(), teams.close()])
})

function webhookInputs(extra: Record<string, string> = {}) {
  return {
    platform: 'webhook',
    url: receiver.receiverUrl(),
    'signing-secret': SECRET,
    'result-url': 'data.html_url',
    ...extra
  }
}

describe('webhook, end to end', () => {
  it('posts the alert signed per Standard Webhooks, and outputs the link from the reply', async () => {
    const sent = requestsFromNow(receiver)
    const result = await runAction({ inputs: webhookInputs(), event: dispatchEvent() })

    const [post] = sent()
    expectDelivered(result, post, 'sent')
    const delivery = receiver.state.deliveries.at(-1)
    expect(delivery?.signed).toBe(true)
    expect(verifyStandardWebhook(SECRET, post.headers, post.body)).toEqual({ ok: true })
    expect(verifyStandardWebhook(newSigningSecret(), post.headers, post.body)).toEqual({
      ok: false,
      reason: 'no v1 signature matches'
    })
    expect(result.outputs.id).toBe(post.headers['webhook-id'])
    expect(result.outputs.url).toBe(`${receiver.url}/incidents/${delivery?.record}`)
    expect(post.json).toEqual({
      alert: { ...SAMPLE_ALERT, is_sample: false },
      alert_status: 'FAILURE',
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      github: {
        server_url: 'https://github.com',
        repository: 'acme/data-platform',
        run_url: 'https://github.com/acme/data-platform/actions/runs/4242'
      }
    })
    expect(visibleExceptMasks(result)).not.toContain(SECRET.slice('whsec_'.length))
  })

  it('keeps the webhook-id of a delivery across retries, each attempt verifiable', async () => {
    const sent = requestsFromNow(receiver)
    receiver.fault({ kind: 'status', status: 503, body: 'busy' })
    const result = await runAction({ inputs: webhookInputs({ 'max-wait': '5' }), event: dispatchEvent() })

    expect(result.code).toBe(0)
    expect(result.outputs.attempts).toBe('2')
    const [first, second] = sent()
    expect(second.headers['webhook-id']).toBe(first.headers['webhook-id'])
    for (const request of [first, second])
      expect(verifyStandardWebhook(SECRET, request.headers, request.body)).toEqual({ ok: true })
  })

  it("fails with the receiver's own words when the secret is wrong, and never prints the secret", async () => {
    const wrong = newSigningSecret()
    const result = await runAction({ inputs: webhookInputs({ 'signing-secret': wrong }), event: dispatchEvent() })

    expect(result.code).toBe(1)
    expect(result.outputs.status).toBe('failed')
    expect(theError(result)).toBe(
      'Webhook did not accept the delivery (HTTP 401, not retried): {"error":"signature verification failed: no v1 signature matches"}'
    )
    expect(visibleExceptMasks(result)).not.toContain(wrong)
    expect(visibleExceptMasks(result)).not.toContain(wrong.slice('whsec_'.length))
  })

  it('warns and leaves url empty when result-url names nothing in the reply', async () => {
    const result = await runAction({
      inputs: webhookInputs({ 'result-url': 'data.items.0.url' }),
      event: dispatchEvent()
    })

    expect(result.code).toBe(0)
    expect(result.outputs.url).toBe('')
    expect(result.stdout).toContain(
      "::warning::result-url: the reply has nothing at 'data.items.0.url'; the url output stays empty"
    )
  })

  it('refuses a signing-secret that is not one before sending anything', async () => {
    const sent = requestsFromNow(receiver)
    const result = await runAction({
      inputs: webhookInputs({ 'signing-secret': 'not a secret!' }),
      event: dispatchEvent()
    })

    expect(result.code).toBe(1)
    expect(sent()).toEqual([])
    expect(theError(result)).toMatch(/^Input 'signing-secret': is not a Standard Webhooks secret/)
  })
})

describe('Teams, end to end', () => {
  it('posts an Adaptive Card message and reports it sent, with no link (Workflows answer 202)', async () => {
    const sent = requestsFromNow(teams)
    const result = await runAction({ inputs: { platform: 'teams', url: teams.workflowUrl() }, event: dispatchEvent() })

    const [post] = sent()
    expect(result.code).toBe(0)
    expect(errorMessages(result)).toEqual([])
    expect(result.outputs).toMatchObject({ status: 'sent', url: '', id: '', attempts: '1', response: '' })
    expect(JSON.parse(result.outputs.payload)).toEqual(post.json)
    expect(teams.state.messages.at(-1)?.payload).toEqual(post.json)
    const card = teams.state.messages.at(-1)?.cards[0]
    expect(card).toMatchObject({
      type: 'AdaptiveCard',
      version: '1.4',
      actions: [{ type: 'Action.OpenUrl', title: 'Open run', url: SAMPLE_ALERT.run_link }, expect.anything()]
    })
    expect(JSON.stringify(card)).toContain(`🔴 ${SAMPLE_ALERT.alert_summary}`)
    expect(visibleExceptMasks(result)).not.toContain(teams.state.sig)
  })

  it('posts a hostile alert through the Power Platform URL form, fitted and printing no stray command', async () => {
    const result = await runAction({
      inputs: { platform: 'teams', url: teams.workflowUrl('power-platform') },
      event: dispatchEvent(HOSTILE_ALERT)
    })

    expect(result.code).toBe(0)
    expect(Buffer.byteLength(result.outputs.payload)).toBeLessThanOrEqual(28_000)
    expect(JSON.parse(result.outputs.payload)).toEqual(teams.state.messages.at(-1)?.payload)
    expect(strayCommandLines(result.stdout)).toEqual([])
  })

  it('waits as a 429 asks and tries again', async () => {
    const sent = requestsFromNow(teams)
    teams.fault({ kind: 'rate-limit', retryAfter: 1 })
    const result = await runAction({ inputs: { platform: 'teams', url: teams.workflowUrl() }, event: dispatchEvent() })

    expect(result.code).toBe(0)
    expect(result.outputs.attempts).toBe('2')
    const [limited, retried] = sent()
    expect(sent()).toHaveLength(2)
    expect(retried.body).toBe(limited.body)
  })

  it('says the signature is wrong without printing it', async () => {
    const url = teams.workflowUrl().replace(`sig=${teams.state.sig}`, 'sig=WrongSignature0123456789')
    const result = await runAction({ inputs: { platform: 'teams', url }, event: dispatchEvent() })

    expect(result.code).toBe(1)
    expect(theError(result)).toMatch(
      /^Teams did not accept the delivery \(HTTP 401, not retried\): .*\(DirectApiInvalidAuthorizationSignature\)\. The URL's signature \(sig\) is wrong/
    )
    expect(visibleExceptMasks(result)).not.toContain('WrongSignature0123456789')
  })
})

describe('Teams, a card its declared version cannot show', () => {
  // Teams answers 202 to such a card and never posts it: the step must fail before any request instead.
  const template = [
    '---',
    'platform: teams',
    '---',
    'type: message',
    'attachments:',
    '  - contentType: application/vnd.microsoft.card.adaptive',
    '    content:',
    '      type: AdaptiveCard',
    '      version: "1.4"',
    '      body:',
    '        - type: TextBlock',
    '          text: "<< alert_summary >>"',
    '        - type: Table',
    '          columns: [{ width: 1 }]',
    '          rows: [{ type: TableRow, cells: [{ type: TableCell, items: [{ type: TextBlock, text: "<< job_name >>" }] }] }]',
    ''
  ].join('\n')

  it('fails before any request, naming the element, the path and the version to raise to', async () => {
    const sent = requestsFromNow(teams)
    const posted = teams.state.messages.length
    const dropped = teams.state.dropped.length
    const result = await runAction({
      inputs: { platform: 'teams', url: teams.workflowUrl(), template: 'teams-table.yml' },
      event: dispatchEvent(),
      files: { 'teams-table.yml': template }
    })

    expect(result.code).toBe(1)
    expect(sent()).toEqual([])
    expect([teams.state.messages.length, teams.state.dropped.length]).toEqual([posted, dropped])
    expect(theError(result)).toContain(
      'attachments[0].content.body[1].type: "Table" needs Adaptive Card 1.5 and this card declares version "1.4": raise version to "1.5"'
    )
  })
})
