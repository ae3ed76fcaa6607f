import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { linear } from '../../../src/platforms/linear/index.js'
import type { HttpReply } from '../../../src/http.js'
import type { Json } from '../../../src/json.js'
import { startLinear, type LinearStandIn } from '../../stand-ins/index.js'
import { builtInTemplate, context, CREATED, inputError, payload, reply, TEAM } from './helpers.js'

describe('linear.request', () => {
  it('POSTs the payload as JSON to the endpoint with the key and the extra headers', () => {
    const ctx = context({ authorization: 'lin_api_secret', 'x-trace': 'abc' })
    const body = payload({})
    const request = linear.request(body, ctx)
    expect(request).toEqual({
      method: 'POST',
      url: 'https://api.linear.app/graphql',
      headers: { authorization: 'lin_api_secret', 'content-type': 'application/json', 'x-trace': 'abc' },
      body: JSON.stringify(body)
    })
    expect(ctx.warnings).toEqual([])
  })

  it('sends a personal API key written as "Bearer lin_api_…" bare, with a warning that shows no secret', () => {
    const ctx = context({ authorization: 'Bearer lin_api_secret' })
    expect(linear.request(payload({}), ctx).headers.authorization).toBe('lin_api_secret')
    expect(ctx.warnings).toHaveLength(1)
    expect(ctx.warnings[0].path).toBe('headers.authorization')
    expect(ctx.warnings[0].message).not.toContain('secret')
  })

  it('keeps "Bearer" on an OAuth access token', () => {
    const ctx = context({ authorization: 'Bearer oauth-token' })
    expect(linear.request(payload({}), ctx).headers.authorization).toBe('Bearer oauth-token')
    expect(ctx.warnings).toEqual([])
  })

  it.each([[{}], [{ authorization: '  ' }]])('fails clearly without an Authorization value (%j)', headers => {
    const error = inputError(() => linear.request(payload({}), context(headers)))
    expect(error.input).toBe('headers')
    expect(error.message).toContain('Set headers to `Authorization: lin_api_…` from a secret')
  })
})

describe('linear.parse', () => {
  const parse = (r: HttpReply) => linear.parse(r, context())

  it('reads the issue URL and identifier of a created issue', () => {
    expect(parse(reply(200, CREATED))).toEqual({
      ok: true,
      url: 'https://linear.app/acme/issue/ENG-42/job-failed',
      id: 'ENG-42',
      status: 'created'
    })
  })

  it('treats errors[] with HTTP 200 as a failure, listing each message, user message and code', () => {
    const verdict = parse(
      reply(200, {
        errors: [
          {
            message: 'Argument Validation Error',
            extensions: { code: 'INVALID_INPUT', userPresentableMessage: 'teamId must be a UUID.' }
          },
          { message: 'Entity not found: Team' }
        ],
        data: null
      })
    )
    expect(verdict).toEqual({
      ok: false,
      message: 'Argument Validation Error (teamId must be a UUID.) [INVALID_INPUT]; Entity not found: Team'
    })
  })

  it('keeps the error text within 1 KiB', () => {
    const verdict = parse(reply(200, { errors: [{ message: 'x'.repeat(5000) }] }))
    expect(verdict.ok).toBe(false)
    if (!verdict.ok) expect(verdict.message.length).toBeLessThan(1100)
  })

  it('mentions an issue Linear created despite reporting errors', () => {
    const verdict = parse(reply(200, { ...CREATED, errors: [{ message: 'Cannot return null' }] }))
    expect(verdict).toEqual({
      ok: false,
      message: expect.stringContaining('Linear did create https://linear.app/acme/issue/ENG-42')
    })
  })

  it('treats success: false as a failure', () => {
    expect(parse(reply(200, { data: { issueCreate: { success: false, issue: null } } }))).toEqual({
      ok: false,
      message: expect.stringContaining('success: false')
    })
  })

  it.each([200, 400])(
    'reads RATELIMITED answered with HTTP %d as a rate limit, leaving the wait to the budget headers',
    status => {
      const verdict = parse(
        reply(
          status,
          { errors: [{ message: 'Rate limit exceeded', extensions: { code: 'RATELIMITED' } }] },
          { 'x-ratelimit-requests-remaining': '0' }
        )
      )
      expect(verdict).toEqual({
        ok: false,
        retry: true,
        rateLimited: true,
        message: expect.stringContaining('rate limit')
      })
    }
  )

  it('recognises a rate limit by message or extensions type', () => {
    const verdict = parse(reply(400, { errors: [{ message: 'ratelimited', extensions: { type: 'ratelimited' } }] }))
    expect(verdict).toEqual({ ok: false, retry: true, rateLimited: true, message: expect.any(String) })
  })

  it('declares its budget headers, refills in epoch milliseconds', () => {
    expect(linear.rateLimitHeaders).toContainEqual({
      remaining: 'x-ratelimit-requests-remaining',
      reset: 'x-ratelimit-requests-reset',
      resetIn: 'epoch-milliseconds'
    })
    expect(linear.rateLimitHeaders).toContainEqual({
      remaining: 'x-ratelimit-complexity-remaining',
      reset: 'x-ratelimit-complexity-reset',
      resetIn: 'epoch-milliseconds'
    })
  })

  it.each([
    [
      'HTTP 400 AUTHENTICATION_ERROR',
      reply(400, {
        errors: [
          { message: 'Authentication required, not authenticated', extensions: { code: 'AUTHENTICATION_ERROR' } }
        ]
      })
    ],
    ['HTTP 401 without JSON', reply(401, 'Unauthorized')],
    ['HTTP 400 authentication text', reply(400, 'Authentication required')],
    ['FORBIDDEN', reply(200, { errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] })]
  ])('explains how to send the key on %s', (_name, r) => {
    const verdict = parse(r)
    expect(verdict).toEqual({ ok: false, message: expect.stringContaining('without "Bearer "') })
    if (!verdict.ok) expect(verdict.message).toContain('write (or admin) scope')
  })

  it('reports a non-JSON server error with its status and text, leaving retries to the status policy', () => {
    const verdict = parse(reply(502, '<html>Bad gateway</html>'))
    expect(verdict).toEqual({ ok: false, message: '<html>Bad gateway</html>' })
  })

  it('refuses success without the issue url, without retrying (the issue exists)', () => {
    const verdict = parse(reply(200, { data: { issueCreate: { success: true, issue: { id: 'uuid-1' } } } }))
    expect(verdict).toEqual({
      ok: false,
      retry: false,
      message: expect.stringContaining('issue { id identifier url }')
    })
  })
})

describe('linear.parse reads the reply through the operation the request sent', () => {
  const ALIASED =
    'mutation M($title: String!, $teamId: String!) { created: issueCreate(input: {title: $title, teamId: $teamId}) ' +
    '{ ok: success it: issue { key: identifier link: url } } }'
  const ISSUE = { key: 'ENG-7', link: 'https://linear.app/acme/issue/ENG-7/x' }

  function requestThenParse(query: string, body: Json): ReturnType<typeof linear.parse> {
    const ctx = context()
    linear.request(payload({}, query), ctx)
    return linear.parse(reply(200, body), ctx)
  }

  it('an aliased issueCreate (and aliased fields inside it): the created issue is reported delivered', () => {
    expect(requestThenParse(ALIASED, { data: { created: { ok: true, it: ISSUE } } })).toEqual({
      ok: true,
      url: ISSUE.link,
      id: ISSUE.key,
      status: 'created'
    })
  })

  it('an aliased issueCreate answered success: false, or without its field, is a failure that names the alias', () => {
    expect(requestThenParse(ALIASED, { data: { created: { ok: false, it: null } } })).toMatchObject({
      ok: false,
      message: expect.stringContaining('success: false')
    })
    expect(requestThenParse(ALIASED, { data: {} })).toMatchObject({
      ok: false,
      message: expect.stringContaining('the reply has no data.created')
    })
  })

  it('fields selected through fragments, spread and inline', () => {
    const query =
      'mutation M($title: String!, $teamId: String!) { issueCreate(input: {title: $title, teamId: $teamId}) ' +
      '{ ...Created } } fragment Created on IssuePayload { success issue { ... on Issue { ...IssueFields } } } ' +
      'fragment IssueFields on Issue { id url identifier }'
    expect(requestThenParse(query, CREATED)).toMatchObject({ ok: true, id: 'ENG-42' })
  })
})

describe('round trip through the Linear stand-in', () => {
  let standIn: LinearStandIn
  beforeAll(async () => {
    standIn = await startLinear({ apiKey: 'lin_api_roundtrip', teams: [{ id: TEAM, key: 'ENG' }] })
  })
  afterAll(() => standIn.close())

  async function deliver(fitted: Json, authorization: string): Promise<ReturnType<typeof linear.parse>> {
    const ctx = { ...context({ authorization }), target: linear.resolveTarget(standIn.graphqlUrl, undefined) }
    const request = linear.request(fitted, ctx)
    const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body })
    const headers = Object.fromEntries(response.headers.entries())
    return linear.parse({ status: response.status, headers, body: await response.text() }, ctx)
  }

  const fittedTemplate = (): Json => {
    const template = builtInTemplate()
    return linear.fit(
      { ...template, variables: { title: 'Job failed\nagain', teamId: TEAM, priority: '1' } },
      context()
    )
  }

  it('creates an issue with a key written as "Bearer lin_api_…"', async () => {
    const verdict = await deliver(fittedTemplate(), 'Bearer lin_api_roundtrip')
    expect(verdict).toMatchObject({ ok: true, status: 'created', id: expect.stringMatching(/^ENG-\d+$/) })
    expect(standIn.state.issues.at(-1)?.input).toMatchObject({ title: 'Job failed again', priority: 1 })
  })

  it('creates an issue with an aliased issueCreate, a fragment and a block string, and reports it created', async () => {
    const query = `mutation Create($teamId: String!) {
      created: issueCreate(input: {title: "Job failed", description: """5" pipe # broken""", teamId: $teamId}) {
        success issue { ...IssueFields }
      }
    }
    fragment IssueFields on Issue { id identifier url }`
    const fitted = linear.fit({ query, variables: { teamId: TEAM } }, context())
    expect(linear.validate(fitted, context())).toEqual([])
    const verdict = await deliver(fitted, 'lin_api_roundtrip')
    expect(verdict).toMatchObject({ ok: true, status: 'created', id: expect.stringMatching(/^ENG-\d+$/) })
    expect(standIn.state.issues.at(-1)?.input).toMatchObject({ description: '5" pipe # broken' })
  })

  it("reads the stand-in's HTTP 200 RATELIMITED as a rate limit (the wait is in the declared headers)", async () => {
    standIn.fault({ kind: 'ratelimited-200', retryAfter: 5 })
    const verdict = await deliver(fittedTemplate(), 'lin_api_roundtrip')
    expect(verdict).toMatchObject({ ok: false, retry: true, rateLimited: true })
  })

  it('explains a rejected key', async () => {
    const verdict = await deliver(fittedTemplate(), 'lin_api_wrong')
    expect(verdict).toEqual({ ok: false, message: expect.stringContaining('write (or admin) scope') })
  })
})
