import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { buildSchema, getVariableValues, parse as parseGraphQL, validate as validateGraphQL, type OperationDefinitionNode } from 'graphql'
import { parseAllDocuments } from 'yaml'
import { ACTION_ROOT } from '../src/action-root.js'
import { InputError, type Problem } from '../src/errors.js'
import { deriveValues } from '../src/event/derive.js'
import { normaliseAlert } from '../src/event/normalise.js'
import { templateScope } from '../src/event/scope.js'
import { hostileAlert, NOTIFICATION_TYPES, sampleAlert } from '../src/event/tokens.js'
import { linear } from '../src/platforms/linear.js'
import type { HttpReply, Json, PlatformContext } from '../src/platforms/types.js'
import { compileTemplate } from '../src/template/compile.js'
import { loadTemplate } from '../src/template/load.js'
import { truncate } from '../src/truncate.js'
import { startLinear, type LinearStandIn } from './stand-ins/index.js'
import { platformContext } from './helpers/platform-context.js'

const TEAM = '8708e927-1d2c-4b5a-9f00-0123456789ab'
const QUERY =
  'mutation CreateIssue($title: String!, $description: String, $teamId: String!, $priority: Int, $labelIds: [String!]) ' +
  '{ issueCreate(input: {title: $title, description: $description, teamId: $teamId, priority: $priority, labelIds: $labelIds}) ' +
  '{ success issue { id identifier url } } }'

function context(headers: Record<string, string> = { authorization: 'lin_api_secret' }): PlatformContext & { warnings: Problem[] } {
  const { ctx, warnings } = platformContext({ target: linear.resolveTarget(undefined, undefined), headers })
  return Object.assign(ctx, { warnings })
}

function payload(variables: { [key: string]: Json }, query = QUERY): { [key: string]: Json } {
  return { query, variables: { title: 'Job failed', teamId: TEAM, ...variables } }
}

function variablesOf(fitted: Json): { [key: string]: Json } {
  return (fitted as { variables: { [key: string]: Json } }).variables
}

function reply(status: number, body: Json | string, headers: Record<string, string> = {}): HttpReply {
  return { status, headers, body: typeof body === 'string' ? body : JSON.stringify(body) }
}

function inputError(run: () => unknown): InputError {
  try {
    run()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

const CREATED = { data: { issueCreate: { success: true, issue: { id: 'uuid-1', identifier: 'ENG-42', url: 'https://linear.app/acme/issue/ENG-42/job-failed' } } } }

describe('linear.matches', () => {
  it('recognises the Linear API host only', () => {
    expect(linear.matches(new URL('https://api.linear.app/graphql'))).toBe(true)
    expect(linear.matches(new URL('https://linear.app/acme'))).toBe(false)
    expect(linear.matches(new URL('https://discord.com/api/webhooks/1/x'))).toBe(false)
  })
})

describe('linear.resolveTarget', () => {
  it('defaults to the public GraphQL endpoint and the linear template', () => {
    const target = linear.resolveTarget(undefined, undefined)
    expect(target.endpoint.href).toBe('https://api.linear.app/graphql')
    expect(target.defaultTemplate).toBe('linear')
  })

  it('accepts another https endpoint and plain http on loopback', () => {
    expect(linear.resolveTarget('https://proxy.example.com/linear/graphql', undefined).endpoint.href).toBe('https://proxy.example.com/linear/graphql')
    expect(linear.resolveTarget('http://127.0.0.1:8123/graphql', undefined).endpoint.port).toBe('8123')
    expect(linear.resolveTarget('http://localhost:8123/graphql', undefined).endpoint.hostname).toBe('localhost')
  })

  it.each([
    ['not a url', /not a valid URL/],
    ['http://api.linear.app/graphql', /https/],
    ['ftp://api.linear.app/graphql', /https/],
    ['https://api.linear.app/rest/issues', /\/rest\/issues.*graphql/]
  ])('rejects %s', (url, message) => {
    const error = inputError(() => linear.resolveTarget(url, undefined))
    expect(error.input).toBe('url')
    expect(error.message).toMatch(message)
    expect(error.message).toContain('https://api.linear.app/graphql')
  })
})

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

describe('linear.fit', () => {
  it('collapses the title to one line and says so', () => {
    const ctx = context()
    const fitted = linear.fit(payload({ title: '  Job\n\tdaily_etl   failed \n' }), ctx)
    expect(variablesOf(fitted).title).toBe('Job daily_etl failed')
    expect(ctx.warnings).toEqual([{ path: 'variables.title', message: expect.stringContaining('one line') }])
  })

  it('caps the title at 255 UTF-16 units without splitting an emoji', () => {
    const ctx = context()
    const title = variablesOf(linear.fit(payload({ title: '🚨'.repeat(200) }), ctx)).title as string
    expect(title).toBe('🚨'.repeat(127) + '…')
    expect(ctx.warnings[0]).toEqual({ path: 'variables.title', message: expect.stringContaining('truncated from 400') })
  })

  it('puts a visible placeholder in an empty or missing title', () => {
    for (const variables of [{ title: ' \n ' }, { title: null }]) {
      const ctx = context()
      expect(variablesOf(linear.fit(payload(variables), ctx)).title).toBe('Dagster+ alert (no summary)')
      expect(ctx.warnings[0].message).toContain('placeholder')
    }
  })

  it('caps the description at 100 000 units, keeping the code block closed', () => {
    const ctx = context()
    const description = '```\n' + 'x'.repeat(120_000) + '\n```'
    const fitted = variablesOf(linear.fit(payload({ description }), ctx)).description as string
    expect(fitted.length).toBeLessThanOrEqual(100_000)
    expect(fitted.endsWith('…\n```')).toBe(true)
    expect(ctx.warnings[0].path).toBe('variables.description')
  })

  it.each([
    ['1', 1],
    [' 4 ', 4],
    ['High', 2],
    ['urgent', 1],
    ['none', 0]
  ])('turns priority %j into the number %d', (priority, expected) => {
    const ctx = context()
    expect(variablesOf(linear.fit(payload({ priority }), ctx)).priority).toBe(expected)
    expect(ctx.warnings[0]).toEqual({ path: 'variables.priority', message: expect.stringContaining(`number ${expected}`) })
  })

  it('keeps a valid numeric priority silently', () => {
    const ctx = context()
    expect(variablesOf(linear.fit(payload({ priority: 3 }), ctx)).priority).toBe(3)
    expect(ctx.warnings).toEqual([])
  })

  it.each([[7], [-1], [1.5], ['soon'], ['9']])('drops priority %j outside 0..4 with a warning', priority => {
    const ctx = context()
    expect(variablesOf(linear.fit(payload({ priority }), ctx))).not.toHaveProperty('priority')
    expect(ctx.warnings[0]).toEqual({ path: 'variables.priority', message: expect.stringContaining('not a Linear priority') })
  })

  it('splits comma-separated label ids into a list', () => {
    const ctx = context()
    expect(variablesOf(linear.fit(payload({ labelIds: 'a1, b2,,c3' }), ctx)).labelIds).toEqual(['a1', 'b2', 'c3'])
    expect(ctx.warnings[0].path).toBe('variables.labelIds')
  })

  it('drops empty optional variables but never a required one', () => {
    const ctx = context()
    const fitted = variablesOf(linear.fit(payload({ description: '  ', labelIds: ' , ', teamId: '' }), ctx))
    expect(fitted).not.toHaveProperty('description')
    expect(fitted).not.toHaveProperty('labelIds')
    expect(fitted.teamId).toBe('')
    expect(ctx.warnings.map(w => w.path)).toEqual(expect.arrayContaining(['variables.description', 'variables.labelIds']))
  })

  it('follows whichever variable feeds a field (the seed names them $desc and $team)', () => {
    const query =
      'mutation CreateAlert($t: String!, $desc: String!, $team: String!, $p: Int) ' +
      '{ issueCreate(input: { title: $t, description: $desc, teamId: $team, priority: $p }) { success issue { identifier url } } }'
    const ctx = context()
    const fitted = variablesOf(linear.fit({ query, variables: { t: 'a\nb', desc: 'd', team: TEAM, p: '2' } }, ctx))
    expect(fitted).toEqual({ t: 'a b', desc: 'd', team: TEAM, p: 2 })
  })

  it('fits the fields of a whole `$input` variable', () => {
    const query = 'mutation M($input: IssueCreateInput!) { issueCreate(input: $input) { success issue { identifier url } } }'
    const ctx = context()
    const fitted = variablesOf(linear.fit({ query, variables: { input: { title: 'a\nb', teamId: TEAM, priority: '1', description: '' } } }, ctx))
    expect(fitted.input).toEqual({ title: 'a b', teamId: TEAM, priority: 1 })
    expect(ctx.warnings.map(w => w.path)).toEqual(['variables.input.title', 'variables.input.priority', 'variables.input.description'])
  })

  it('leaves the original payload untouched and passes unreadable payloads through', () => {
    const original = payload({ title: 'a\nb' })
    const copy = structuredClone(original)
    linear.fit(original, context())
    expect(original).toEqual(copy)
    expect(linear.fit('text', context())).toBe('text')
    expect(linear.fit({ query: 'query { viewer { id } }', variables: { a: '' } }, context())).toEqual({ query: 'query { viewer { id } }', variables: { a: '' } })
  })
})

describe('linear.validate', () => {
  function problems(body: Json): Problem[] {
    return linear.validate(body, context())
  }

  it('accepts a complete issueCreate payload', () => {
    expect(problems({ ...payload({ priority: 2, labelIds: ['x'] }), operationName: 'CreateIssue' })).toEqual([])
  })

  it('needs an object with a non-empty query string', () => {
    expect(problems('x')[0].path).toBe('')
    expect(problems({ query: '  ' })).toEqual([{ path: 'query', message: expect.stringContaining('non-empty') }])
    expect(problems({ query: QUERY, variables: [] })).toEqual([{ path: 'variables', message: expect.stringContaining('object') }])
  })

  it('needs a mutation that calls issueCreate', () => {
    expect(problems({ query: 'query { viewer { id } }' })[0].message).toContain('has no `mutation`')
    expect(problems({ query: '# mutation\nquery { viewer { id } }' })[0].message).toContain('has no `mutation`')
    const noIssueCreate = problems({ query: 'mutation M($id: String!) { issueDelete(id: $id) { success } }', variables: { id: 'x' } })
    expect(noIssueCreate.map(p => p.message)).toContainEqual(expect.stringContaining('does not call issueCreate'))
  })

  it('needs the issue url and identifier selected', () => {
    const query = QUERY.replace('issue { id identifier url }', 'issue { id team { url } }')
    const found = problems(payload({}, query))
    expect(found).toEqual([{ path: 'query', message: expect.stringContaining('does not select issue url and identifier') }])
  })

  it('reports a required variable that is missing or null', () => {
    expect(problems({ query: QUERY, variables: { teamId: TEAM } })).toEqual([
      { path: 'variables.title', message: expect.stringContaining('required (String!) but missing') }
    ])
    expect(problems(payload({ title: null }))[0].message).toContain('but null')
  })

  it('lets a required variable with a default value be omitted', () => {
    const query = QUERY.replace('$priority: Int', '$priority: Int! = 3')
    expect(problems(payload({}, query))).toEqual([])
  })

  it('checks value types: Int must be a whole number, strings must be strings, list items too', () => {
    expect(problems(payload({ priority: '2' }))).toEqual([{ path: 'variables.priority', message: expect.stringContaining('whole number') }])
    expect(problems(payload({ priority: 2.5 }))[0].path).toBe('variables.priority')
    expect(problems(payload({ title: 5 }))).toEqual([{ path: 'variables.title', message: 'must be a string, got 5' }])
    expect(problems(payload({ labelIds: ['a', 7] }))).toEqual([{ path: 'variables.labelIds[1]', message: 'must be a string, got 7' }])
    expect(problems(payload({ labelIds: 'a' }))).toEqual([])
  })

  it('says how to set and find the team UUID when teamId is missing', () => {
    const found = problems({ query: QUERY, variables: { title: 'x' } })
    expect(found).toHaveLength(1)
    expect(found[0].path).toBe('variables.teamId')
    expect(found[0].message).toContain('Set `vars: team_id: <team UUID>`')
    expect(found[0].message).toContain('teams { nodes { id key name } }')
  })

  it('recognises a team key pasted where the UUID belongs', () => {
    const found = problems(payload({ teamId: 'ENG' }))
    expect(found).toEqual([{ path: 'variables.teamId', message: expect.stringContaining("'ENG' looks like the team key") }])
    expect(problems(payload({ teamId: 'not a uuid at all' }))[0].message).toContain("must be the team's UUID")
  })

  it('checks a teamId written into the query and a missing teamId field', () => {
    const literal = QUERY.replace('teamId: $teamId', 'teamId: "ENG"').replace(', $teamId: String!', '')
    expect(problems({ query: literal, variables: { title: 'x' } })).toEqual([{ path: 'query', message: expect.stringContaining('team key') }])
    const absent = QUERY.replace('teamId: $teamId, ', '').replace(', $teamId: String!', '')
    expect(problems({ query: absent, variables: { title: 'x' } })).toEqual([{ path: 'query', message: expect.stringContaining('has no teamId') }])
  })

  it('checks a whole `$input` variable field by field', () => {
    const query = 'mutation M($input: IssueCreateInput!) { issueCreate(input: $input) { success issue { identifier url } } }'
    expect(problems({ query, variables: { input: { title: 'x', teamId: TEAM } } })).toEqual([])
    expect(problems({ query, variables: { input: { title: 'x', teamId: 'ENG', priority: '1' } } }).map(p => p.path)).toEqual([
      'variables.input.priority',
      'variables.input.teamId'
    ])
  })

  it('warns about, but accepts, a variable the mutation does not declare', () => {
    const ctx = context()
    expect(linear.validate(payload({ extra: 'x' }), ctx)).toEqual([])
    expect(ctx.warnings).toEqual([{ path: 'variables.extra', message: expect.stringContaining('not declared') }])
  })

  it('reports variables declared but unused, and used but undeclared', () => {
    const unused = QUERY.replace(', labelIds: $labelIds', '')
    expect(problems(payload({}, unused))).toEqual([{ path: 'query', message: expect.stringContaining('declares $labelIds but never uses it') }])
    const undeclared = QUERY.replace(', $labelIds: [String!]', '')
    expect(problems(payload({}, undeclared))).toEqual([{ path: 'query', message: expect.stringContaining('uses $labelIds without declaring it') }])
  })

  it('reports an operationName that names no operation', () => {
    expect(problems({ ...payload({}), operationName: 'Other' })).toEqual([
      { path: 'operationName', message: expect.stringContaining("mutation is named 'CreateIssue'") }
    ])
  })
})

describe('linear.parse', () => {
  const parse = (r: HttpReply) => linear.parse(r, context())

  it('reads the issue URL and identifier of a created issue', () => {
    expect(parse(reply(200, CREATED))).toEqual({ ok: true, url: 'https://linear.app/acme/issue/ENG-42/job-failed', id: 'ENG-42', status: 'created' })
  })

  it('treats errors[] with HTTP 200 as a failure, listing each message, user message and code', () => {
    const verdict = parse(
      reply(200, {
        errors: [
          { message: 'Argument Validation Error', extensions: { code: 'INVALID_INPUT', userPresentableMessage: 'teamId must be a UUID.' } },
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
    expect(verdict).toEqual({ ok: false, message: expect.stringContaining('Linear did create https://linear.app/acme/issue/ENG-42') })
  })

  it('treats success: false as a failure', () => {
    expect(parse(reply(200, { data: { issueCreate: { success: false, issue: null } } }))).toEqual({
      ok: false,
      message: expect.stringContaining('success: false')
    })
  })

  it.each([200, 400])('reads RATELIMITED answered with HTTP %d as a rate limit, leaving the wait to the budget headers', status => {
    const verdict = parse(reply(status, { errors: [{ message: 'Rate limit exceeded', extensions: { code: 'RATELIMITED' } }] }, { 'x-ratelimit-requests-remaining': '0' }))
    expect(verdict).toEqual({ ok: false, retry: true, rateLimited: true, message: expect.stringContaining('rate limit') })
  })

  it('recognises a rate limit by message or extensions type', () => {
    const verdict = parse(reply(400, { errors: [{ message: 'ratelimited', extensions: { type: 'ratelimited' } }] }))
    expect(verdict).toEqual({ ok: false, retry: true, rateLimited: true, message: expect.any(String) })
  })

  it('declares its budget headers, refills in epoch milliseconds', () => {
    expect(linear.rateLimitHeaders).toContainEqual({ remaining: 'x-ratelimit-requests-remaining', reset: 'x-ratelimit-requests-reset', resetIn: 'epoch-milliseconds' })
    expect(linear.rateLimitHeaders).toContainEqual({ remaining: 'x-ratelimit-complexity-remaining', reset: 'x-ratelimit-complexity-reset', resetIn: 'epoch-milliseconds' })
  })

  it.each([
    ['HTTP 400 AUTHENTICATION_ERROR', reply(400, { errors: [{ message: 'Authentication required, not authenticated', extensions: { code: 'AUTHENTICATION_ERROR' } }] })],
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
    expect(verdict).toEqual({ ok: false, retry: false, message: expect.stringContaining('issue { id identifier url }') })
  })
})

const TEMPLATE_FILE = path.join(ACTION_ROOT, 'templates', 'linear.yml')

/** The built-in template's body (after its front matter), as parsed YAML. */
function builtInTemplate(): { query: string; operationName: string; variables: Record<string, string> } {
  const documents = parseAllDocuments(readFileSync(TEMPLATE_FILE, 'utf8'))
  if (!Array.isArray(documents)) throw new Error('templates/linear.yml is not a YAML stream')
  return documents[documents.length - 1].toJS()
}

describe('templates/linear.yml', () => {
  it('passes validate with representative rendered values', () => {
    const template = builtInTemplate()
    const rendered = { ...template, variables: { title: 'Job daily_etl failed', description: '```\ntrace\n```', teamId: TEAM, priority: 1, labelIds: ['l1'] } }
    expect(linear.validate(rendered, context())).toEqual([])
  })

  it('declares the optional fields as nullable variables so they can be left out', () => {
    const template = builtInTemplate()
    expect(linear.validate({ ...template, variables: { title: 'x', teamId: TEAM } }, context())).toEqual([])
  })
})

describe('templates/linear.yml rendered for every notification type', () => {
  const template = compileTemplate(loadTemplate('linear', ACTION_ROOT))
  const render = (tokens: Record<string, string>, vars: Record<string, Json>): Json => {
    const alert = normaliseAlert(tokens)
    return template.render(templateScope(alert, deriveValues(alert, {}), vars)).value
  }
  const cases = NOTIFICATION_TYPES.flatMap(({ type }) => [
    [type, 'sample', sampleAlert(type)],
    [type, 'hostile', hostileAlert(type)]
  ] as const)

  it.each(cases)('%s %s alert: fit and validate find no problem', (_type, _kind, tokens) => {
    const ctx = context()
    const fitted = linear.fit(render(tokens, { team_id: TEAM, priority: '2', label_ids: 'l1,l2' }), ctx)
    expect(linear.validate(fitted, ctx)).toEqual([])
    const variables = variablesOf(fitted)
    expect(variables).toMatchObject({ teamId: TEAM, priority: 2, labelIds: ['l1', 'l2'] })
    const oneLineSummary = tokens.alert_summary.replace(/\s+/g, ' ').trim()
    expect(variables.title).toBe(truncate(oneLineSummary, 255, 'utf16'))
    expect(variables.description).toMatch(/^```/)
  })

  it('leaves priority and labels out when vars do not set them, and marks sample alerts', () => {
    const value = render({ ...sampleAlert('JOB'), is_sample: 'true' }, { team_id: TEAM })
    const variables = variablesOf(value)
    expect(Object.keys(variables).sort()).toEqual(['description', 'teamId', 'title'])
    expect(variables.title).toBe(`[test] ${sampleAlert('JOB').alert_summary}`)
  })

  it('writes Source, Policy, Run and Deployment lines only for present values', () => {
    const tokens = sampleAlert('JOB')
    const full = variablesOf(render(tokens, { team_id: TEAM })).description as string
    expect(full).toContain(`**Source:** ${tokens.deployment_name}`)
    expect(full).toContain(`**Run:** [`)
    expect(full).toContain(`](${tokens.run_link})`)
    expect(full).toContain(`**Deployment:** [open in Dagster+](${tokens.deployment_url})`)
    const { run_link: _run, alert_policy_name: _policy, ...rest } = tokens
    const partial = variablesOf(render(rest, { team_id: TEAM })).description as string
    expect(partial).not.toContain('**Run:**')
    expect(partial).not.toContain('**Policy:**')
    expect(partial).toContain('**Source:**')
  })

  it('without vars.team_id, validation says to set it', () => {
    const problems = linear.validate(linear.fit(render(sampleAlert('JOB'), {}), context()), context())
    expect(problems).toEqual([{ path: 'variables.teamId', message: expect.stringContaining('Set `vars: team_id: <team UUID>`') }])
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
    return linear.fit({ ...template, variables: { title: 'Job failed\nagain', teamId: TEAM, priority: '1' } }, context())
  }

  it('creates an issue with a key written as "Bearer lin_api_…"', async () => {
    const verdict = await deliver(fittedTemplate(), 'Bearer lin_api_roundtrip')
    expect(verdict).toMatchObject({ ok: true, status: 'created', id: expect.stringMatching(/^ENG-\d+$/) })
    expect(standIn.state.issues.at(-1)?.input).toMatchObject({ title: 'Job failed again', priority: 1 })
  })

  it('reads the stand-in\'s HTTP 200 RATELIMITED as a rate limit (the wait is in the declared headers)', async () => {
    standIn.fault({ kind: 'ratelimited-200', retryAfter: 5 })
    const verdict = await deliver(fittedTemplate(), 'lin_api_roundtrip')
    expect(verdict).toMatchObject({ ok: false, retry: true, rateLimited: true })
  })

  it('explains a rejected key', async () => {
    const verdict = await deliver(fittedTemplate(), 'lin_api_wrong')
    expect(verdict).toEqual({ ok: false, message: expect.stringContaining('write (or admin) scope') })
  })
})

const SCHEMA_FILE = path.resolve(ACTION_ROOT, '..', 'shared', 'contracts', 'linear-schema.graphql')
const describeWithSchema = existsSync(SCHEMA_FILE) ? describe : describe.skip

describeWithSchema('Linear schema contract (needs ../shared/contracts/linear-schema.graphql)', () => {
  const schema = existsSync(SCHEMA_FILE) ? buildSchema(readFileSync(SCHEMA_FILE, 'utf8')) : undefined

  it("the built-in template's mutation is valid against Linear's schema", () => {
    const document = parseGraphQL(builtInTemplate().query)
    expect(validateGraphQL(schema!, document)).toEqual([])
  })

  it('fitted variables coerce to the declared types, including a converted priority and split labels', () => {
    const template = builtInTemplate()
    const fitted = linear.fit({ ...template, variables: { title: 'a\nb', teamId: TEAM, priority: '2', labelIds: 'l1,l2', description: '' } }, context())
    expect(linear.validate(fitted, context())).toEqual([])
    const operation = parseGraphQL(template.query).definitions[0] as OperationDefinitionNode
    const coerced = getVariableValues(schema!, operation.variableDefinitions ?? [], variablesOf(fitted))
    expect(coerced).toEqual({ coerced: { title: 'a b', teamId: TEAM, priority: 2, labelIds: ['l1', 'l2'] } })
  })
})
