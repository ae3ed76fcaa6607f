// End to end: credentials never show in what a person sees (logs except the ::add-mask:: lines the runner
// consumes, outputs, job summary), whether the delivery succeeds or fails, even when a reply echoes them.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction, type RunResult } from '../../scripts/action-runner.js'
import {
  startDiscord,
  startJira,
  startLinear,
  startWebhook,
  type DiscordStandIn,
  type JiraStandIn,
  type LinearStandIn,
  type WebhookStandIn
} from '../stand-ins/index.js'
import {
  discordInputs,
  dispatchEvent,
  jiraInputs,
  linearInputs,
  ownProblem,
  requestsFromNow,
  visibleExceptMasks
} from './fixtures.js'

let discord: DiscordStandIn
let jira: JiraStandIn
let linear: LinearStandIn

beforeAll(async () => {
  ;[discord, jira, linear] = await Promise.all([startDiscord(), startJira(), startLinear()])
})

afterAll(async () => {
  await Promise.all([discord.close(), jira.close(), linear.close()])
})

const event = dispatchEvent()
const QUICK = { timeout: '2', 'max-wait': '2' }

function basicAuthorization(email: string, token: string): string {
  return `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}`
}

/** Every form of a Jira credential: the header value, its Base64 part, the decoded pair and the token. */
function jiraSecretForms(email: string, token: string): string[] {
  const header = basicAuthorization(email, token)
  return [header, header.slice('Basic '.length), `${email}:${token}`, token]
}

function expectNoneVisible(result: RunResult, secrets: string[]): void {
  const visible = visibleExceptMasks(result)
  for (const secret of secrets) expect(visible).not.toContain(secret)
}

/** The runner is told to mask each of them too (so its own log masking covers what the action cannot). */
function expectMasked(result: RunResult, secrets: string[]): void {
  const masks = result.stdout.split('\n').filter(line => line.startsWith('::add-mask::'))
  for (const secret of secrets) expect(masks).toContain(`::add-mask::${secret}`)
}

describe('Jira credentials, end to end', () => {
  const secrets = () => jiraSecretForms(jira.state.email, jira.state.apiToken)

  it('are masked and never visible when the issue is created', async () => {
    const result = await runAction({ inputs: jiraInputs(jira), event })

    expect(result.code).toBe(0)
    expectMasked(result, secrets())
    expectNoneVisible(result, secrets())
  })

  it('are never visible when Jira refuses a wrong token (401)', async () => {
    const wrong = jiraSecretForms(jira.state.email, 'ATATT-wrong-token-0123456789')
    const result = await runAction({ inputs: { ...jiraInputs(jira), headers: `Authorization: ${wrong[0]}` }, event })

    expect(result.code).toBe(1)
    expect(result.stdout).toContain('HTTP 401')
    expectNoneVisible(result, wrong)
  })

  it('are redacted from an error reply that echoes them', async () => {
    const echo = `credentials ${jira.authorization} for ${jira.state.email}:${jira.state.apiToken} rejected`
    // On the create (POST), for a problem of its own: a refused search only leaves a warning, and a repeat comments.
    jira.fault({
      kind: 'status',
      status: 400,
      method: 'POST',
      body: { errorMessages: [echo], errors: { token: jira.state.apiToken } }
    })
    const result = await runAction({ inputs: jiraInputs(jira), event: dispatchEvent(ownProblem()) })

    expect(result.code).toBe(1)
    expect(result.outputs.response).toContain('***')
    expectNoneVisible(result, secrets())
  })

  it('are redacted from the retry log when a retried reply echoes them', async () => {
    jira.fault({ kind: 'status', status: 503, body: `busy; your token ${jira.state.apiToken}` })
    const result = await runAction({ inputs: { ...jiraInputs(jira), ...QUICK }, event })

    expect(result.code).toBe(0)
    expect(result.stdout).toContain('busy; your token ***')
    expectNoneVisible(result, secrets())
  })
})

describe('Linear API key, end to end', () => {
  it('is masked and never visible when the issue is created', async () => {
    const result = await runAction({ inputs: linearInputs(linear), event })

    expect(result.code).toBe(0)
    expectMasked(result, [linear.state.apiKey])
    expectNoneVisible(result, [linear.state.apiKey])
  })

  it('is never visible when sent as Bearer and the Bearer is removed', async () => {
    const result = await runAction({
      inputs: { ...linearInputs(linear), headers: `Authorization: Bearer ${linear.state.apiKey}` },
      event
    })

    expect(result.code).toBe(0)
    expectNoneVisible(result, [linear.state.apiKey])
  })

  it('is never visible when the delivery fails with the right key (GraphQL error, HTTP 200)', async () => {
    linear.fault({ kind: 'graphql-error-200' })
    const result = await runAction({ inputs: linearInputs(linear), event })

    expect(result.code).toBe(1)
    expectMasked(result, [linear.state.apiKey])
    expectNoneVisible(result, [linear.state.apiKey])
  })

  it('is never visible when Linear refuses a wrong key (401)', async () => {
    const wrongKey = 'lin_api_0123456789abcdef0123456789abcdef01234567'
    const result = await runAction({
      inputs: { ...linearInputs(linear), headers: `Authorization: ${wrongKey}` },
      event
    })

    expect(result.code).toBe(1)
    expect(result.stdout).toContain('the credentials were refused')
    expectNoneVisible(result, [wrongKey])
  })
})

describe('Discord webhook token, end to end', () => {
  const token = () => discord.state.webhook.token

  it('is masked and never visible when the message is sent (the webhook lookup reply holds it too)', async () => {
    const result = await runAction({ inputs: discordInputs(discord), event })

    expect(result.code).toBe(0)
    expectMasked(result, [token()])
    expectNoneVisible(result, [token()])
  })

  it('is never visible in a dry run', async () => {
    const result = await runAction({ inputs: { ...discordInputs(discord), 'dry-run': 'true' }, event })

    expect(result.code).toBe(0)
    expectNoneVisible(result, [token()])
  })

  it('is never visible when Discord refuses a wrong token (401)', async () => {
    const wrongToken = 'wrong-token-abcdefghijklmnopqrstuvwxyz0123456789'
    const url = discord.webhookUrl().replace(token(), wrongToken)
    const result = await runAction({ inputs: { ...discordInputs(discord), url }, event })

    expect(result.code).toBe(1)
    expect(result.stdout).toContain('Invalid Webhook Token')
    expectNoneVisible(result, [wrongToken])
  })

  it('is never visible when every attempt fails to connect', async () => {
    discord.fault({ kind: 'reset' }, { kind: 'reset' })
    const result = await runAction({ inputs: { ...discordInputs(discord), ...QUICK, 'max-attempts': '2' }, event })

    expect(result.code).toBe(1)
    expect(result.outputs.attempts).toBe('2')
    expectNoneVisible(result, [token()])
  })
})

describe('a credential in every form a receiver echoes, end to end', () => {
  let receiver: WebhookStandIn
  const user = 'relay-bot'
  const password = 'pa+ss/w0rd-userinfo'
  const queryToken = 'q+tok%2Ben/value-42'
  const header = 'hdr+val/ue-secret-7'

  beforeAll(async () => {
    receiver = await startWebhook()
  })
  afterAll(() => receiver.close())

  function url(): string {
    const address = new URL(receiver.receiverUrl())
    return `${address.protocol}//${user}:${encodeURIComponent(password)}@${address.host}${address.pathname}?token=${queryToken}`
  }

  /** Each credential as written, decoded, and as JSON (with \/ and \u escapes) or percent-encoding writes it. */
  function echoedForms(): string[] {
    const decodedQuery = new URLSearchParams(`token=${queryToken}`).get('token') as string
    const values = [password, header, queryToken, decodedQuery, decodeURIComponent(queryToken)]
    return [
      ...values,
      ...values.map(value => JSON.stringify(value).slice(1, -1).replace(/\//g, '\\/')),
      ...values.map(value => JSON.stringify(value).slice(1, -1).replace(/\+/g, '\\u002B')),
      ...values.map(value => JSON.stringify(value).slice(1, -1).replace(/\+/g, '\\u002b')),
      ...values.map(value => encodeURIComponent(value).replace(/%[0-9A-F]{2}/g, hex => hex.toLowerCase())),
      ...values.map(value => encodeURIComponent(value)),
      Buffer.from(`${user}:${password}`).toString('base64')
    ]
  }

  it('never shows any of them in the log, the outputs or the summary', async () => {
    const sent = requestsFromNow(receiver)
    const forms = echoedForms()
    // As a service writes JSON: the escapes are the body's own, not escaped again.
    receiver.fault({ kind: 'status', status: 200, body: `{"echoed": "${forms.join(' ')}"}` })
    const result = await runAction({
      inputs: { platform: 'webhook', url: url(), headers: `X-Api-Key: ${header}` },
      event
    })

    expect(result.code).toBe(0)
    // Node sends the URL's userinfo as a Basic credential: that is one of the forms echoed.
    expect(sent()[0].headers.authorization).toBe(`Basic ${forms.at(-1)}`)
    expect(result.outputs.response).toContain('***')
    const visible = visibleExceptMasks(result)
    for (const form of forms) expect(visible).not.toContain(form)
    expectMasked(result, [password, header, forms.at(-1) as string])
  })
})
