// End to end: every fault the stand-ins can play, against the committed bundle. What retrying can fix is
// retried (with the wait the service asked for); what it cannot fails at once with the platform's own text.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction, type RunResult } from '../../scripts/action-runner.js'
import { startDiscord, startJira, startLinear, type DiscordStandIn, type JiraStandIn, type LinearStandIn } from '../stand-ins/index.js'
import {
  discordInputs,
  dispatchEvent,
  jiraInputs,
  linearInputs,
  requestsFromNow,
  theError,
  withMethod,
  type Inputs
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

/** Short limits so a test never waits long: the faults below ask for 1 s or for far more than 5 s. */
const QUICK: Inputs = { timeout: '2', 'max-wait': '5' }
const event = dispatchEvent()

function run(inputs: Inputs): Promise<RunResult> {
  return runAction({ inputs: { ...QUICK, ...inputs }, event })
}

/** A failure that retrying could not fix: exit 1 after one request, with the platform's text in the error. */
function expectFailedAtOnce(result: RunResult, requestCount: number): string {
  expect(result.code).toBe(1)
  expect(requestCount).toBe(1)
  expect(result.outputs.status).toBe('failed')
  expect(result.outputs.attempts).toBe('1')
  expect(result.outputs.url).toBeUndefined()
  return theError(result)
}

describe('faults that retrying fixes', () => {
  it('Jira 429 with Retry-After: 1 is retried after 1 s and creates one issue', async () => {
    const sent = requestsFromNow(jira)
    const before = jira.state.issues.length
    jira.fault({ kind: 'rate-limit', retryAfter: 1 })
    const result = await run(jiraInputs(jira))

    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({ status: 'created', attempts: '2', id: jira.state.issues[before]?.key })
    expect(result.elapsedMs).toBeGreaterThanOrEqual(1000)
    expect(sent()).toHaveLength(2)
    expect(jira.state.issues).toHaveLength(before + 1)
    expect(result.stdout).toContain('attempt 2/5 in 1 s: HTTP 429')
  })

  it("Discord 429 with the wait only in the body's retry_after is retried after it", async () => {
    const sent = requestsFromNow(discord)
    const before = discord.state.messages.length
    discord.fault({ kind: 'rate-limit', retryAfter: 1, inBody: true, method: 'POST' })
    const result = await run(discordInputs(discord))

    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({ status: 'sent', attempts: '2' })
    expect(result.elapsedMs).toBeGreaterThanOrEqual(1000)
    expect(sent().map(request => request.method)).toEqual(['POST', 'POST', 'GET'])
    expect(discord.state.messages).toHaveLength(before + 1)
    expect(result.outputs.url).toContain(`/${discord.state.messages[before].id}`)
  })

  it('Linear 503 then success: retried, one issue', async () => {
    const sent = requestsFromNow(linear)
    const before = linear.state.issues.length
    linear.fault({ kind: 'status', status: 503, body: 'Service Unavailable' })
    const result = await run(linearInputs(linear))

    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({ status: 'created', attempts: '2', url: linear.state.issues[before]?.url })
    expect(sent()).toHaveLength(2)
    expect(linear.state.issues).toHaveLength(before + 1)
  })

  it('Jira connection reset then success: retried, one issue', async () => {
    const sent = requestsFromNow(jira)
    const before = jira.state.issues.length
    jira.fault({ kind: 'reset' })
    const result = await run(jiraInputs(jira))

    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({ status: 'created', attempts: '2' })
    expect(sent()).toHaveLength(2)
    expect(jira.state.issues).toHaveLength(before + 1)
  })

  it('Discord request that never gets an answer: times out after `timeout` and is retried', async () => {
    const sent = requestsFromNow(discord)
    discord.fault({ kind: 'hang', method: 'POST' })
    const result = await run({ ...discordInputs(discord), timeout: '1' })

    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({ status: 'sent', attempts: '2' })
    expect(result.outputs.url).toMatch(/^https:\/\/discord\.com\/channels\/\d+\/\d+\/\d+$/)
    expect(result.elapsedMs).toBeGreaterThanOrEqual(1000)
    expect(withMethod(sent(), 'POST')).toHaveLength(2)
    expect(result.stdout).toMatch(/attempt 2\/5 in [\d.]+ s: timeout/)
  })

  it('Linear RATELIMITED with HTTP 200 is a rate limit, not a success: retried after the reset', async () => {
    const sent = requestsFromNow(linear)
    const before = linear.state.issues.length
    linear.fault({ kind: 'ratelimited-200', retryAfter: 1 })
    const result = await run(linearInputs(linear))

    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({ status: 'created', attempts: '2', url: linear.state.issues[before]?.url })
    expect(result.elapsedMs).toBeGreaterThanOrEqual(1000)
    expect(sent()).toHaveLength(2)
    expect(linear.state.issues).toHaveLength(before + 1)
  })

  it('a reply that trickles forever: cut at `timeout` and retried', async () => {
    const before = jira.state.issues.length
    jira.fault({ kind: 'slow-body' })
    const result = await run({ ...jiraInputs(jira), timeout: '1' })

    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({ status: 'created', attempts: '2' })
    expect(result.elapsedMs).toBeGreaterThanOrEqual(1000)
    expect(jira.state.issues).toHaveLength(before + 1)
  })

  it('Linear RATELIMITED with HTTP 400 is retried too', async () => {
    const before = linear.state.issues.length
    linear.fault({ kind: 'ratelimited-400', retryAfter: 1 })
    const result = await run(linearInputs(linear))

    expect(result.code).toBe(0)
    expect(result.outputs.attempts).toBe('2')
    expect(linear.state.issues).toHaveLength(before + 1)
  })

  it('Discord webhook lookup failing after the message went out: still a success, with an empty url and a warning', async () => {
    const before = discord.state.messages.length
    discord.fault({ kind: 'status', status: 404, method: 'GET', body: { message: 'Unknown Webhook', code: 10015 } })
    const result = await run(discordInputs(discord))

    expect(result.code).toBe(0)
    expect(discord.state.messages).toHaveLength(before + 1)
    expect(result.outputs).toMatchObject({ status: 'sent', id: discord.state.messages[before].id, url: '' })
    expect(result.stdout).toMatch(/^::warning::url: the message was sent, but its link is unknown/m)
  })
})

describe('faults that retrying cannot fix', () => {
  it('Jira Retry-After: 300 with max-wait 5 fails at once, naming max-wait', async () => {
    const sent = requestsFromNow(jira)
    jira.fault({ kind: 'rate-limit', retryAfter: 300 })
    const result = await run(jiraInputs(jira))

    const error = expectFailedAtOnce(result, sent().length)
    expect(result.elapsedMs).toBeLessThan(5000)
    expect(error).toContain('asked to wait 300 s before retrying (Retry-After)')
    expect(error).toContain('max-wait')
  })

  it('Discord retry_after 300 in the body with max-wait 5 fails at once, naming max-wait', async () => {
    const sent = requestsFromNow(discord)
    discord.fault({ kind: 'rate-limit', retryAfter: 300, inBody: true, method: 'POST' })
    const result = await run(discordInputs(discord))

    const error = expectFailedAtOnce(result, sent().length)
    expect(result.elapsedMs).toBeLessThan(5000)
    expect(error).toContain('asked to wait 300 s before retrying (retry_after in the reply body)')
    expect(error).toContain('max-wait')
  })

  it('Linear RATELIMITED with a reset 300 s away and max-wait 5 fails at once', async () => {
    const sent = requestsFromNow(linear)
    linear.fault({ kind: 'ratelimited-200', retryAfter: 300 })
    const result = await run(linearInputs(linear))

    const error = expectFailedAtOnce(result, sent().length)
    expect(result.elapsedMs).toBeLessThan(5000)
    expect(error).toMatch(/asked to wait (299|300) s before retrying/)
    expect(error).toContain('RATELIMITED')
  })

  it('Discord 404 Unknown Webhook: one request, Discord\'s text and the fix', async () => {
    const sent = requestsFromNow(discord)
    const otherWebhook = discord.webhookUrl().replace(`/${discord.state.webhook.id}/`, '/1234567890123/')
    const result = await run({ ...discordInputs(discord), url: otherWebhook })

    const error = expectFailedAtOnce(result, sent().length)
    expect(error).toContain('HTTP 404')
    expect(error).toContain('Unknown Webhook (Discord code 10015)')
    expect(error).toContain('Set the url input')
  })

  it('Discord 400 Invalid Form Body: field errors by path', async () => {
    const sent = requestsFromNow(discord)
    const errors = { embeds: { 0: { title: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 256 or fewer in length.' }] } } } }
    discord.fault({ kind: 'status', status: 400, method: 'POST', body: { code: 50035, message: 'Invalid Form Body', errors } })
    const result = await run(discordInputs(discord))

    const error = expectFailedAtOnce(result, sent().length)
    expect(error).toContain('Invalid Form Body (Discord code 50035) — embeds.0.title: Must be 256 or fewer in length.')
    expect(JSON.parse(result.outputs.response)).toMatchObject({ code: 50035 })
  })

  it('Jira 400 field errors are reported field by field', async () => {
    const sent = requestsFromNow(jira)
    const before = jira.state.issues.length
    const result = await run({ ...jiraInputs(jira), vars: 'project: ENG\nissue_type: Story\npriority: Critical' })

    const error = expectFailedAtOnce(result, sent().length)
    expect(error).toContain('HTTP 400')
    expect(error).toContain('issuetype: Specify a valid issue type')
    expect(error).toContain("priority: Priority name 'Critical' is not valid")
    expect(jira.state.issues).toHaveLength(before)
  })

  it('Jira 404 for a wrong site path: Jira\'s text and a hint about the url', async () => {
    const sent = requestsFromNow(jira)
    const result = await run({ ...jiraInputs(jira), url: `${jira.url}/wrong/rest/api/2/issue` })

    const error = expectFailedAtOnce(result, sent().length)
    expect(error).toContain('No resource found for POST /wrong/rest/api/2/issue')
    expect(error).toContain('Check url')
  })

  it('Linear GraphQL error with HTTP 200 is a failure, never a success', async () => {
    const sent = requestsFromNow(linear)
    const before = linear.state.issues.length
    linear.fault({ kind: 'graphql-error-200', message: 'Something broke inside Linear' })
    const result = await run(linearInputs(linear))

    const error = expectFailedAtOnce(result, sent().length)
    expect(error).toContain('Something broke inside Linear')
    expect(linear.state.issues).toHaveLength(before)
  })

  it('Linear entity-not-found with HTTP 200 (a team UUID that does not exist) fails with Linear\'s text', async () => {
    const sent = requestsFromNow(linear)
    const result = await run({ ...linearInputs(linear), vars: 'team_id: 00000000-0000-4000-8000-000000000000' })

    const error = expectFailedAtOnce(result, sent().length)
    expect(error).toContain('Entity not found: Team')
  })

  it('Linear success: false is a failure', async () => {
    const sent = requestsFromNow(linear)
    linear.fault({ kind: 'success-false' })
    const result = await run(linearInputs(linear))

    const error = expectFailedAtOnce(result, sent().length)
    expect(error).toContain('success: false')
  })

  it('Linear GraphQL validation error with HTTP 400 fails with Linear\'s text', async () => {
    const sent = requestsFromNow(linear)
    const template = [
      'query: >-',
      '  mutation Create($title: String!, $teamId: String!)',
      '  { issueCreate(input: {title: $title, teamId: $teamId}) { success issue { id identifier url notARealField } } }',
      'variables:',
      '  title: "<< alert_summary >>"',
      '  teamId: "<< vars.team_id >>"'
    ].join('\n')
    const result = await runAction({
      inputs: { ...QUICK, ...linearInputs(linear), template: 'linear-custom.yml' },
      event,
      files: { 'linear-custom.yml': template }
    })

    const error = expectFailedAtOnce(result, sent().length)
    expect(error).toContain('HTTP 400')
    expect(error).toContain('Cannot query field "notARealField" on type "Issue"')
  })

  it('max-attempts 2 with a permanent 503: exit 1 after 2 attempts', async () => {
    const sent = requestsFromNow(jira)
    const before = jira.state.issues.length
    jira.fault({ kind: 'status', status: 503, body: 'down' }, { kind: 'status', status: 503, body: 'down' })
    const result = await run({ ...jiraInputs(jira), 'max-attempts': '2' })

    expect(result.code).toBe(1)
    expect(sent()).toHaveLength(2)
    expect(result.outputs).toMatchObject({ status: 'failed', attempts: '2' })
    expect(theError(result)).toContain('Jira delivery failed after 2 attempts: HTTP 503: down')
    expect(jira.state.issues).toHaveLength(before)
  })
})
