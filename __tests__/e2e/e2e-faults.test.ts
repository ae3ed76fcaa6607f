// End to end: every fault the stand-ins can play, against the committed bundle. What retrying can fix is
// retried (with the wait the service asked for); what it cannot fails at once with the platform's own text.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { runAction, type RunResult } from '../../scripts/action-runner.js'
import { RETRY_FLOOR_MS } from '../../src/delivery/retry-policy.js'
import {
  startDiscord,
  startJira,
  startLinear,
  type DiscordStandIn,
  type JiraStandIn,
  type LinearStandIn,
  type LoggedRequest
} from '../stand-ins/index.js'
import {
  discordInputs,
  dispatchEvent,
  expectOneCreate,
  jiraInputs,
  jiraTraffic,
  linearInputs,
  linearTraffic,
  MAX_DEDUPE_LOOKUPS,
  ownProblem,
  requestsFromNow,
  theError,
  withMethod,
  type Inputs,
  type TrafficOf
} from './fixtures.js'

let discord: DiscordStandIn
let jira: JiraStandIn
let linear: LinearStandIn

beforeAll(async () => {
  // Each test scripts its own fault; the webhook's own limits (5 per 2 s) would add 429s whenever tests run close
  // together. Those limits have their own tests (stand-ins-rate-limits, e2e-storm).
  ;[discord, jira, linear] = await Promise.all([startDiscord({ rateLimits: false }), startJira(), startLinear()])
})

afterAll(async () => {
  await Promise.all([discord.close(), jira.close(), linear.close()])
})

/** Short limits so a test never waits long: the faults below ask for 1 s or for far more than 5 s. */
const QUICK: Inputs = { timeout: '2', 'max-wait': '5' }

/**
 * Each run is a problem of its own, so the issue platforms' dedupe search finds nothing and the run creates. The
 * Jira faults below apply to POST (the create; the search is a GET) and the Linear ones to issueCreate, so a
 * fault hits the create, not the search.
 */
function run(inputs: Inputs): Promise<RunResult> {
  return runAction({ inputs: { ...QUICK, ...inputs }, event: dispatchEvent(ownProblem()) })
}

/**
 * Before each retry of a create whose reply may have been lost, the action looks for the issue it may have made:
 * Jira searches up to three times (its index lags), Linear looks the issue id up once.
 */
const LOST_CREATE_LOOKUPS = { jira: 3, linear: 1 }

/** The create requests of a run: `count` of them, and besides them only a bounded number of lookups. */
function expectCreates(
  requests: LoggedRequest[],
  trafficOf: TrafficOf,
  count: number,
  lookupsPerRetry: number
): LoggedRequest[] {
  const { creates, lookups, others } = trafficOf(requests)
  expect(others).toEqual([])
  expect(creates).toHaveLength(count)
  expect(lookups.length).toBeLessThanOrEqual(MAX_DEDUPE_LOOKUPS + lookupsPerRetry * (count - 1))
  return creates
}

/** A failure that retrying could not fix: exit 1 after the alert was sent once (`sends`: messages or creates), with the platform's text. */
function expectFailedAtOnce(result: RunResult, sends: number): string {
  expect(result.code).toBe(1)
  expect(sends).toBe(1)
  expect(result.outputs.status).toBe('failed')
  expect(result.outputs.attempts).toBe('1')
  expect(result.outputs.url).toBeUndefined()
  return theError(result)
}

describe('faults that retrying fixes', () => {
  it('Jira 429 with Retry-After: 1 is retried after 1 s and creates one issue', async () => {
    const sent = requestsFromNow(jira)
    const before = jira.state.issues.length
    jira.fault({ kind: 'rate-limit', retryAfter: 1, method: 'POST' })
    const result = await run(jiraInputs(jira))

    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({ status: 'created', attempts: '2', id: jira.state.issues[before]?.key })
    expect(result.elapsedMs).toBeGreaterThanOrEqual(1000)
    expectCreates(sent(), jiraTraffic, 2, LOST_CREATE_LOOKUPS.jira)
    expect(jira.state.issues).toHaveLength(before + 1)
    expect(result.stdout).toMatch(
      /rate limited, retrying in 1(\.\d)? s \(does not count against max-attempts\): HTTP 429/
    )
    expect(result.stdout).toMatch(/jira: created \S+ \(waited 1(\.\d)? s for rate limits\)/)
  })

  it("Discord 429 with the wait only in the body's retry_after is retried after it", async () => {
    const sent = requestsFromNow(discord)
    const before = discord.state.messages.length
    discord.fault({ kind: 'rate-limit', retryAfter: 1, inBody: true, method: 'POST' })
    // Its attempts are counted: a full suite's storm test shares the CPUs, so the per-attempt timeout must not be
    // what decides the count.
    const result = await run({ ...discordInputs(discord), timeout: '15' })

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
    linear.fault({ kind: 'status', status: 503, body: 'Service Unavailable', operation: 'issueCreate' })
    const result = await run(linearInputs(linear))

    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({ status: 'created', attempts: '2', url: linear.state.issues[before]?.url })
    expectCreates(sent(), linearTraffic, 2, LOST_CREATE_LOOKUPS.linear)
    expect(linear.state.issues).toHaveLength(before + 1)
  })

  it('Jira connection reset then success: retried, one issue', async () => {
    const sent = requestsFromNow(jira)
    const before = jira.state.issues.length
    jira.fault({ kind: 'reset', method: 'POST' })
    const result = await run(jiraInputs(jira))

    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({ status: 'created', attempts: '2' })
    expectCreates(sent(), jiraTraffic, 2, LOST_CREATE_LOOKUPS.jira)
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
    linear.fault({ kind: 'ratelimited-200', retryAfter: 1, operation: 'issueCreate' })
    const result = await run(linearInputs(linear))

    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({ status: 'created', attempts: '2', url: linear.state.issues[before]?.url })
    expect(result.elapsedMs).toBeGreaterThanOrEqual(1000)
    expectCreates(sent(), linearTraffic, 2, LOST_CREATE_LOOKUPS.linear)
    expect(linear.state.issues).toHaveLength(before + 1)
  })

  it('a reply that trickles forever: cut at `timeout` and retried', async () => {
    const sent = requestsFromNow(jira)
    const before = jira.state.issues.length
    jira.fault({ kind: 'slow-body', method: 'POST' })
    const result = await run({ ...jiraInputs(jira), timeout: '1' })

    expectCreates(sent(), jiraTraffic, 2, LOST_CREATE_LOOKUPS.jira)
    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({ status: 'created', attempts: '2' })
    expect(result.elapsedMs).toBeGreaterThanOrEqual(1000)
    expect(jira.state.issues).toHaveLength(before + 1)
  })

  it('Linear RATELIMITED with HTTP 400 is retried too', async () => {
    const sent = requestsFromNow(linear)
    const before = linear.state.issues.length
    linear.fault({ kind: 'ratelimited-400', retryAfter: 1, operation: 'issueCreate' })
    const result = await run(linearInputs(linear))

    expectCreates(sent(), linearTraffic, 2, LOST_CREATE_LOOKUPS.linear)
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
    jira.fault({ kind: 'rate-limit', retryAfter: 300, method: 'POST' })
    const result = await run(jiraInputs(jira))

    const error = expectFailedAtOnce(result, expectCreates(sent(), jiraTraffic, 1, 0).length)
    expect(result.elapsedMs).toBeLessThan(5000)
    expect(error).toContain('asked to wait 300 s before retrying the creation of the issue (Retry-After)')
    expect(error).toContain('max-wait')
  })

  it('Discord retry_after 300 in the body with max-wait 5 fails at once, naming max-wait', async () => {
    const sent = requestsFromNow(discord)
    discord.fault({ kind: 'rate-limit', retryAfter: 300, inBody: true, method: 'POST' })
    const result = await run(discordInputs(discord))

    const error = expectFailedAtOnce(result, sent().length)
    expect(result.elapsedMs).toBeLessThan(5000)
    expect(error).toContain('asked to wait 300 s before retrying the delivery (retry_after in the reply body)')
    expect(error).toContain('max-wait')
  })

  it('Linear RATELIMITED with a reset 300 s away and max-wait 5 fails at once', async () => {
    const sent = requestsFromNow(linear)
    linear.fault({ kind: 'ratelimited-200', retryAfter: 300, operation: 'issueCreate' })
    const result = await run(linearInputs(linear))

    const error = expectFailedAtOnce(result, expectCreates(sent(), linearTraffic, 1, 0).length)
    expect(result.elapsedMs).toBeLessThan(5000)
    expect(error).toMatch(/asked to wait (299|300) s before retrying/)
    expect(error).toContain('RATELIMITED')
  })

  it("Discord 404 Unknown Webhook: one request, Discord's text and the fix", async () => {
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
    const errors = {
      embeds: {
        0: { title: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 256 or fewer in length.' }] } }
      }
    }
    discord.fault({
      kind: 'status',
      status: 400,
      method: 'POST',
      body: { code: 50035, message: 'Invalid Form Body', errors }
    })
    const result = await run(discordInputs(discord))

    const error = expectFailedAtOnce(result, sent().length)
    expect(error).toContain('Invalid Form Body (Discord code 50035) — embeds.0.title: Must be 256 or fewer in length.')
    expect(JSON.parse(result.outputs.response)).toMatchObject({ code: 50035 })
  })

  it('Jira 400 field errors are reported field by field', async () => {
    const sent = requestsFromNow(jira)
    const before = jira.state.issues.length
    const result = await run({ ...jiraInputs(jira), vars: 'project: ENG\nissue_type: Story\npriority: Critical' })

    const error = expectFailedAtOnce(result, expectCreates(sent(), jiraTraffic, 1, 0).length)
    expect(error).toContain('HTTP 400')
    expect(error).toContain('issuetype: Specify a valid issue type')
    expect(error).toContain("priority: Priority name 'Critical' is not valid")
    expect(jira.state.issues).toHaveLength(before)
  })

  it("Jira 404 for a wrong site path: Jira's text and a hint about the url", async () => {
    const sent = requestsFromNow(jira)
    const result = await run({ ...jiraInputs(jira), url: `${jira.url}/wrong/rest/api/2/issue` })

    const error = expectFailedAtOnce(result, expectCreates(sent(), jiraTraffic, 1, 0).length)
    expect(error).toContain('No resource found for POST /wrong/rest/api/2/issue')
    expect(error).toContain('Check url')
  })

  it('Linear GraphQL error with HTTP 200 is a failure, never a success', async () => {
    const sent = requestsFromNow(linear)
    const before = linear.state.issues.length
    linear.fault({ kind: 'graphql-error-200', message: 'Something broke inside Linear', operation: 'issueCreate' })
    const result = await run(linearInputs(linear))

    const error = expectFailedAtOnce(result, expectCreates(sent(), linearTraffic, 1, 0).length)
    expect(error).toContain('Something broke inside Linear')
    expect(linear.state.issues).toHaveLength(before)
  })

  it("Linear entity-not-found with HTTP 200 (a team UUID that does not exist) fails with Linear's text", async () => {
    const sent = requestsFromNow(linear)
    const result = await run({ ...linearInputs(linear), vars: 'team_id: 00000000-0000-4000-8000-000000000000' })

    const error = expectFailedAtOnce(result, expectCreates(sent(), linearTraffic, 1, 0).length)
    expect(error).toContain('Entity not found: Team')
  })

  it('Linear success: false is a failure', async () => {
    const sent = requestsFromNow(linear)
    linear.fault({ kind: 'success-false', operation: 'issueCreate' })
    const result = await run(linearInputs(linear))

    const error = expectFailedAtOnce(result, expectCreates(sent(), linearTraffic, 1, 0).length)
    expect(error).toContain('success: false')
  })

  it("Linear GraphQL validation error with HTTP 400 fails with Linear's text", async () => {
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
      event: dispatchEvent(ownProblem()),
      files: { 'linear-custom.yml': template }
    })

    const error = expectFailedAtOnce(result, expectCreates(sent(), linearTraffic, 1, 0).length)
    expect(error).toContain('HTTP 400')
    expect(error).toContain('Cannot query field "notARealField" on type "Issue"')
  })

  it('max-attempts 2 with a permanent 503: exit 1 after 2 attempts', async () => {
    const sent = requestsFromNow(jira)
    const before = jira.state.issues.length
    const down = { kind: 'status', status: 503, body: 'down', method: 'POST' } as const
    jira.fault(down, down)
    const result = await run({ ...jiraInputs(jira), 'max-attempts': '2' })

    expect(result.code).toBe(1)
    expectCreates(sent(), jiraTraffic, 2, LOST_CREATE_LOOKUPS.jira)
    expect(result.outputs).toMatchObject({ status: 'failed', attempts: '2' })
    expect(result.stdout).toMatch(/^Jira creation of the issue: attempt 2\/2 in [\d.]+ s: HTTP 503: down$/m)
    expect(theError(result)).toContain('Jira creation of the issue failed after 2 attempts: HTTP 503: down')
    expect(theError(result)).toContain(
      're-run the failed workflow run when the service is back (Dagster+ does not send the alert again)'
    )
    expect(jira.state.issues).toHaveLength(before)
  })
})

describe('a search for the open issue that fails never costs the alert', () => {
  /** The `::warning::` lines of a run. */
  function warnings(result: RunResult): string[] {
    return result.stdout
      .split('\n')
      .filter(line => line.startsWith('::warning::'))
      .map(line => line.slice('::warning::'.length))
  }

  it('Jira without the search endpoint (404 on the search): the issue is created, with a warning naming the search', async () => {
    const sent = requestsFromNow(jira)
    const before = jira.state.issues.length
    const noSearch = { errorMessages: ['No resource found for GET /rest/api/3/search/jql.'], errors: {} }
    jira.fault({ kind: 'status', status: 404, method: 'GET', body: noSearch })
    const result = await run(jiraInputs(jira))

    expect(result.code).toBe(0)
    const create = expectOneCreate(sent(), jiraTraffic)
    // the refused search, then the search that reconciles the create
    expect(jiraTraffic(sent()).lookups).toHaveLength(2)
    expect(jira.state.issues).toHaveLength(before + 1)
    expect(result.outputs).toMatchObject({ status: 'created', attempts: '1', id: jira.state.issues[before].key })
    expect(JSON.parse(result.outputs.payload)).toEqual(create.json)
    const [warning, ...more] = warnings(result)
    expect(more).toEqual([])
    expect(warning).toMatch(
      /^Jira did not accept the search for open issues \(HTTP 404, not retried\): .*creating a new issue$/
    )
  })

  it('Linear answering the issues query with a GraphQL error: the issue is created, with a warning naming the search', async () => {
    const sent = requestsFromNow(linear)
    const before = linear.state.issues.length
    const message = 'Cannot query field "issues" on type "Query".'
    linear.fault({ kind: 'graphql-error-200', message, code: 'GRAPHQL_VALIDATION_FAILED', operation: 'issues' })
    const result = await run(linearInputs(linear))

    expect(result.code).toBe(0)
    expectOneCreate(sent(), linearTraffic)
    expect(linear.state.issues).toHaveLength(before + 1)
    expect(result.outputs).toMatchObject({ status: 'created', attempts: '1', url: linear.state.issues[before].url })
    const [warning, ...more] = warnings(result)
    expect(more).toEqual([])
    expect(warning).toMatch(/^Linear did not accept the search for open issues /)
    expect(warning).toContain(message)
    expect(warning).toMatch(/creating a new issue$/)
  })
})

describe('what a retry of the create looks for', () => {
  it('a 429 on the Jira create is a refusal, not a lost reply: retried without searching for a lost issue', async () => {
    // README: a create whose reply is lost (timeout, reset, 5xx) may have created the issue, so it is looked for.
    // A 429 says the request was not processed; three searches (and 3 s of max-wait) against a rate-limited site
    // find nothing and spend its budget further.
    const sent = requestsFromNow(jira)
    jira.fault({ kind: 'rate-limit', retryAfter: 1, method: 'POST' })
    const result = await run(jiraInputs(jira))

    expect(result.outputs).toMatchObject({ status: 'created', attempts: '2' })
    const calls = sent().map(request => `${request.method} ${request.path}`)
    const [search, create] = ['GET /rest/api/3/search/jql', 'POST /rest/api/2/issue']
    // the search and its confirmation, the create and its retry, the search that reconciles it
    expect(calls).toEqual([search, search, create, create, search])
  })
})

describe('a service that answers "retry now" forever', () => {
  // Discord bans a webhook that floods it with rejected requests: a run must wait before each retry and stop when
  // max-wait is spent, however short the wait the service asks for.
  let server: Server
  let received = 0

  beforeAll(async () => {
    server = createServer((request, response) => {
      received++
      request.resume()
      response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '0' })
      response.end('{"message":"You are being rate limited.","retry_after":0,"global":false}')
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  })

  afterAll(async () => {
    await new Promise(resolve => server.close(resolve))
  })

  it.each([
    ['0', 1],
    ['2', 2000 / RETRY_FLOOR_MS + 1]
  ])('max-wait %s: the run ends promptly after a bounded number of requests', async (maxWait, most) => {
    const { port } = server.address() as AddressInfo
    const before = received
    const result = await runAction({
      inputs: { platform: 'discord', url: `http://127.0.0.1:${port}/api/webhooks/1/token`, 'max-wait': maxWait },
      event: dispatchEvent(ownProblem()),
      timeoutMs: 30_000
    })

    expect(result.code).toBe(1)
    expect(result.outputs.status).toBe('failed')
    expect(received - before).toBeGreaterThanOrEqual(1)
    expect(received - before).toBeLessThanOrEqual(most)
    expect(result.outputs.attempts).toBe(String(received - before))
    expect(result.elapsedMs).toBeLessThan(Number(maxWait) * 1000 + 5000)
    expect(theError(result)).toMatch(
      /^Discord is still rate limiting the delivery after \d+ attempts?: the \d+ s of max-wait are used up.*Raise max-wait/
    )
  })
})
