import http from 'node:http'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/errors.js'
import { github } from '../../../src/platforms/github/index.js'
import type { PlatformSettings } from '../../../src/platforms/types.js'
import type { HttpReply } from '../../../src/http.js'
import type { Json } from '../../../src/json.js'
import { thrownBy } from '../../helpers/platform-context.js'
import type { GitHubStandIn } from '../../stand-ins/index.js'
import { context, SETTINGS, TOKEN, useStandIn } from './context.js'

function reply(status: number, body: unknown, headers: Record<string, string> = {}): HttpReply {
  return { status, headers, body: typeof body === 'string' ? body : JSON.stringify(body) }
}

function verdictOf(status: number, body: unknown, headers: Record<string, string> = {}) {
  return github.parse(reply(status, body, headers), context().ctx)
}

function failureOf(status: number, body: unknown, headers: Record<string, string> = {}) {
  const verdict = verdictOf(status, body, headers)
  if (verdict.ok) throw new Error('expected a failure')
  return verdict
}

const DOCS = { documentation_url: 'https://docs.github.com/rest', status: '422' }
describe('github.request', () => {
  it('posts the issue to the repository with the token and the API version', () => {
    const { ctx } = context(undefined, SETTINGS, { 'x-extra': 'yes' })
    const request = github.request({ title: 'Job failed' }, ctx)
    expect(request).toEqual({
      method: 'POST',
      url: 'https://api.github.com/repos/acme/data-platform/issues',
      headers: {
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        authorization: `Bearer ${TOKEN}`,
        'x-extra': 'yes',
        'content-type': 'application/json'
      },
      body: '{"title":"Job failed"}'
    })
  })

  it('goes to a GitHub Enterprise Server API base', () => {
    const { ctx } = context('https://ghe.example.com/api/v3/', { token: TOKEN, repository: ' data/alerts ' })
    expect(github.request({ title: 't' }, ctx).url).toBe('https://ghe.example.com/api/v3/repos/data/alerts/issues')
  })

  it('lets an Authorization header stand in for the token', () => {
    const { ctx } = context(
      undefined,
      { token: '', repository: 'acme/data-platform' },
      { authorization: 'token ghp_other' }
    )
    expect(github.request({ title: 't' }, ctx).headers.authorization).toBe('token ghp_other')
  })

  it.each([
    [{ token: '' }, 'token', /GitHub needs a token.*permissions: issues: write/],
    [{ token: `Bearer ${TOKEN}` }, 'token', /contains spaces: give the token alone/],
    [{ repository: '' }, 'repository', /is not set. Set repository to owner\/name/],
    [
      { repository: 'https://github.com/acme/data-platform' },
      'repository',
      /"https:\/\/github.com\/acme\/data-platform" is not owner\/name/
    ],
    [{ repository: 'acme' }, 'repository', /"acme" is not owner\/name/]
  ])('refuses settings %j before sending', (settings, input, message) => {
    const { ctx } = context(undefined, { ...SETTINGS, ...settings })
    const error = thrownBy(() => github.request({ title: 't' }, ctx), InputError)
    expect(error.input).toBe(input)
    expect(error.message).toMatch(message)
    expect(error.message).not.toContain(TOKEN)
  })
})

describe('github.parse', () => {
  const created = {
    id: 1,
    node_id: 'I_1',
    number: 42,
    html_url: 'https://github.com/acme/data-platform/issues/42',
    state: 'open'
  }

  it('reads a created issue: the html_url and the number', () => {
    expect(verdictOf(201, created)).toEqual({ ok: true, url: created.html_url, id: '42', status: 'created' })
  })

  it('a success without an issue is a failure', () => {
    expect(failureOf(200, { message: 'hm' }).message).toBe(
      'the reply has no issue number and html_url: {"message":"hm"}'
    )
    expect(failureOf(201, '').message).toBe('the reply has no issue number and html_url: (empty reply)')
  })

  it('401: GitHub says Bad credentials; the hint names the token input', () => {
    const failure = failureOf(401, {
      message: 'Bad credentials',
      documentation_url: 'https://docs.github.com/rest',
      status: '401'
    })
    expect(failure.message).toBe(
      'Bad credentials. The token was refused: check the token input (expired, revoked, or the wrong secret)'
    )
    expect(failure.retry).toBeUndefined()
  })

  it('403 without a rate limit: the permission the workflow needs', () => {
    const failure = failureOf(403, { message: 'Resource not accessible by integration' })
    expect(failure.message).toContain(
      'Resource not accessible by integration. The token may not write issues in acme/data-platform'
    )
    expect(failure.message).toContain('permissions: issues: write')
    expect(failure.retry).toBeUndefined()
  })

  it('403 or 429 with the primary limit used up: a rate limit; the reset headers are declared for delivery', () => {
    expect(github.rateLimitHeaders).toEqual([
      { remaining: 'x-ratelimit-remaining', reset: 'x-ratelimit-reset', resetIn: 'epoch-seconds' }
    ])
    const date = 'Thu, 08 Jan 2026 10:00:00 GMT'
    const reset = String(Date.parse(date) / 1000 + 30)
    for (const status of [403, 429]) {
      const failure = failureOf(
        status,
        { message: 'API rate limit exceeded for installation ID 1.' },
        {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': reset,
          date
        }
      )
      // The wait until the reset is delivery's arithmetic, from the declared headers.
      expect(failure).toMatchObject({ retry: true, rateLimited: true })
      expect(failure.retryAfterSeconds).toBeUndefined()
      expect(failure.message).toBe('API rate limit exceeded for installation ID 1.')
    }
  })

  it('a secondary rate limit: Retry-After is left to delivery; without it, a minute', () => {
    const message = {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
    }
    const withHeader = failureOf(403, message, { 'retry-after': '7' })
    expect(withHeader.retry).toBe(true)
    expect(withHeader.retryAfterSeconds).toBeUndefined()
    expect(failureOf(403, message)).toMatchObject({ retry: true, rateLimited: true, retryAfterSeconds: 60 })
  })

  it('422 "was submitted too quickly": a rate limit on content creation, retried after a minute', () => {
    const tooQuickly = {
      message: 'Validation Failed',
      errors: [{ resource: 'Issue', code: 'custom', field: 'title', message: 'was submitted too quickly' }]
    }
    expect(failureOf(422, tooQuickly)).toMatchObject({ retry: true, rateLimited: true, retryAfterSeconds: 60 })
    expect(failureOf(422, { message: 'Validation Failed', errors: [] }).rateLimited).toBeUndefined()
  })

  it('remaining requests are not a rate limit', () => {
    expect(failureOf(403, { message: 'Forbidden' }, { 'x-ratelimit-remaining': '4999' }).retry).toBeUndefined()
  })

  it('404 and 410: the repository input and the Issues feature', () => {
    expect(failureOf(404, { message: 'Not Found' }).message).toBe(
      'Not Found. Check the repository input (acme/data-platform): it does not exist, or the token cannot see it ' +
        '(the workflow token reaches only the repository the workflow runs in)'
    )
    expect(failureOf(410, { message: 'Issues are disabled for this repo' }).message).toContain(
      'Issues are turned off in acme/data-platform: turn them on (Settings → General → Features → Issues)'
    )
  })

  it('422: field by field', () => {
    const errors = [
      { resource: 'Issue', code: 'custom', field: 'title', message: 'title is too long (maximum is 256 characters)' },
      { resource: 'Label', code: 'missing_field', field: 'name' },
      { value: 'nobody', resource: 'Issue', field: 'assignees', code: 'invalid' }
    ]
    expect(failureOf(422, { message: 'Validation Failed', errors, ...DOCS }).message).toBe(
      'Validation Failed: title is too long (maximum is 256 characters); Label name is required but missing; ' +
        'Issue assignees is invalid ("nobody"). Assignees must be users who can be assigned in the repository (collaborators)'
    )
    expect(failureOf(422, { message: 'Invalid request.\n\n"title" wasn\'t supplied.', ...DOCS }).message).toBe(
      'Invalid request. "title" wasn\'t supplied.'
    )
  })

  it('a reply that is not GitHub JSON, shortened to one line', () => {
    expect(failureOf(502, '<html>\n<body>Bad gateway</body>\n</html>').message).toBe(
      '<html> <body>Bad gateway</body> </html>'
    )
    expect(failureOf(500, 'x'.repeat(5000)).message).toHaveLength(1024)
    expect(failureOf(503, '').message).toBe('(empty reply)')
  })
})

describe('github against the stand-in', () => {
  const standIn = useStandIn()
  const { send, hubContext } = standIn
  let hub: GitHubStandIn
  beforeAll(() => {
    hub = standIn.hub()
  })

  async function create(payload: Json, settings: Partial<PlatformSettings> = {}) {
    const ctx = hubContext(settings)
    return github.parse(await send(github.request(payload, ctx)), ctx)
  }

  it("creates an issue, with labels GitHub makes on the way; the url is the reply's html_url", async () => {
    const verdict = await create({
      title: 'Job failed',
      body: 'text',
      labels: ['dagster', 'new label'],
      assignees: ['octocat']
    })
    const issue = hub.state.issues.at(-1)!
    expect(verdict).toEqual({ ok: true, url: issue.html_url, id: String(issue.number), status: 'created' })
    expect(issue.html_url).toBe(`https://github.com/acme/data-platform/issues/${issue.number}`)
    expect(issue.labels).toEqual(['dagster', 'new label'])
    expect(hub.state.labels['acme/data-platform'].map(label => label.name)).toEqual(
      expect.arrayContaining(['dagster', 'new label'])
    )
  })

  it('the stand-in refuses what GitHub refuses, and parse words it', async () => {
    const cases: [Json, Partial<PlatformSettings>, string][] = [
      [{ title: 'x'.repeat(257) }, {}, 'Validation Failed: title is too long (maximum is 256 characters)'],
      [
        { title: 't', body: 'x'.repeat(65537) },
        {},
        'Validation Failed: body is too long (maximum is 65536 characters)'
      ],
      [{ title: 't', labels: ['l'.repeat(51)] }, {}, 'Validation Failed: name is too long (maximum is 50 characters)'],
      [{ title: 't', assignees: ['nobody'] }, {}, 'Issue assignees is invalid ("nobody")'],
      [{ body: 'no title' }, {}, 'Invalid request. "title" wasn\'t supplied.'],
      [{ title: 't' }, { token: 'ghs_wrong' }, 'Bad credentials. The token was refused'],
      [{ title: 't' }, { repository: 'acme/missing' }, 'Not Found. Check the repository input (acme/missing)'],
      [
        { title: 't' },
        { repository: 'acme/no-issues' },
        'Issues are disabled for this repo. Issues are turned off in acme/no-issues'
      ]
    ]
    for (const [payload, settings, message] of cases) {
      const verdict = await create(payload, settings)
      expect(verdict).toMatchObject({ ok: false, message: expect.stringContaining(message) })
    }
  })

  it("the stand-in plays GitHub's rate limits, which parse retries with their wait", async () => {
    hub.fault(
      { kind: 'rate-limit', style: 'primary', retryAfter: 30 },
      { kind: 'rate-limit', style: 'secondary-no-header', retryAfter: 0 }
    )
    expect(await create({ title: 't' })).toMatchObject({ ok: false, retry: true, rateLimited: true })
    expect(await create({ title: 't' })).toMatchObject({
      ok: false,
      retry: true,
      rateLimited: true,
      retryAfterSeconds: 60
    })
  })

  it('the stand-in pages lists with a Link header, and refuses requests GitHub refuses', async () => {
    for (const title of ['one', 'two', 'three']) hub.seed({ title })
    const ctx = hubContext()
    const api = (method: 'GET' | 'PATCH', path: string, body?: Json) =>
      send({
        ...github.request({ title: 't' }, ctx),
        method,
        url: `${hub.url}${path}`,
        body: body === undefined ? undefined : JSON.stringify(body)
      })
    const page = await api('GET', '/repos/acme/data-platform/issues?state=all&per_page=1&page=2')
    expect(JSON.parse(page.body)).toHaveLength(1)
    expect(page.headers.link).toMatch(/page=3>; rel="next", <[^>]+page=\d+>; rel="last"$/)
    expect(page.headers.link).toContain('page=1>; rel="prev"')

    const notJson = await send({
      ...github.request({ title: 't' }, ctx),
      url: `${hub.url}/repos/acme/data-platform/issues`,
      body: '{title:'
    })
    expect([notJson.status, JSON.parse(notJson.body).message]).toEqual([400, 'Problems parsing JSON'])
    const badState = await api('PATCH', `/repos/acme/data-platform/issues/${hub.state.issues[0].number}`, {
      state: 'done'
    })
    expect([badState.status, JSON.parse(badState.body).message]).toEqual([
      422,
      expect.stringContaining(`For 'properties/state', "done" is not one of`)
    ])
    const noAuth = await send({ method: 'GET', url: `${hub.url}/repos/acme/data-platform/issues`, headers: {} })
    expect([noAuth.status, JSON.parse(noAuth.body).message]).toEqual([401, 'Requires authentication'])
  })

  it('the stand-in, like GitHub, refuses a request without a User-Agent', async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      http
        .get(`${hub.url}/repos/acme/data-platform/issues`, { headers: { authorization: `Bearer ${TOKEN}` } }, res => {
          res.resume()
          resolve(res.statusCode)
        })
        .on('error', reject)
    })
    expect(status).toBe(403)
  })
})
