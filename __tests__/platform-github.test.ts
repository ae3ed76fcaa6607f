import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { checkTemplate } from '../src/check/check-template.js'
import { SAMPLE_ENV } from '../src/check/variables.js'
import { createTransport } from '../src/delivery/transport.js'
import { InputError, type Problem } from '../src/errors.js'
import { deriveValues } from '../src/event/derive.js'
import { normaliseAlert } from '../src/event/normalise.js'
import { templateScope } from '../src/event/scope.js'
import { hostileAlert, NOTIFICATION_TYPES, sampleAlert } from '../src/event/tokens.js'
import { github, neutraliseMentions, shortenMarkdown } from '../src/platforms/github.js'
import { markerLabel } from '../src/platforms/github-tracker.js'
import { inferPlatform } from '../src/platforms/registry.js'
import { TrackerError, type FollowUpNote, type IssueMarker, type TrackerCall } from '../src/tracking/contract.js'
import type { HttpReply, Json, PlatformContext, PlatformSettings } from '../src/platforms/types.js'
import { compileTemplate } from '../src/template/compile.js'
import { loadTemplate } from '../src/template/load.js'
import { measureLength } from '../src/truncate.js'
import { platformContext, thrownBy } from './helpers/platform-context.js'
import { startGitHub, type GitHubIssue, type GitHubStandIn } from './stand-ins/index.js'

const TOKEN = 'ghs_stand-in-token'
const SETTINGS = { token: TOKEN, repository: 'acme/data-platform' }
const tracker = github.tracker!

function context(url?: string, settings: Partial<PlatformSettings> = SETTINGS, headers: Record<string, string> = {}) {
  return platformContext({ target: github.resolveTarget(url, undefined), settings, headers })
}

function fitted(payload: Json): { payload: Record<string, Json>; warnings: Problem[] } {
  const { ctx, warnings } = context()
  return { payload: github.fit(payload, ctx) as Record<string, Json>, warnings }
}

function validated(payload: Json): Problem[] {
  return github.validate(payload, context().ctx)
}

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

describe('github.matches and inference', () => {
  it.each([
    ['https://api.github.com', true],
    ['https://ghe.example.com/api/v3', true],
    ['https://github.com/acme/data-platform', false],
    ['https://discord.com/api/webhooks/1/x', false]
  ])('%s → %s', (url, expected) => {
    expect(github.matches(new URL(url))).toBe(expected)
  })

  it('a url of the GitHub API picks the github platform', () => {
    expect(inferPlatform('https://api.github.com')?.name).toBe('github')
  })
})

describe('github.resolveTarget', () => {
  it('defaults to the github.com API and the github-issue template', () => {
    const target = github.resolveTarget(undefined, undefined)
    expect(target.endpoint.href).toBe('https://api.github.com/')
    expect(target.defaultTemplate).toBe('github-issue')
  })

  it('takes a GitHub Enterprise Server API base, and loopback http for the stand-in', () => {
    expect(github.resolveTarget('https://ghe.example.com/api/v3/', undefined).endpoint.href).toBe('https://ghe.example.com/api/v3/')
    expect(github.resolveTarget('http://127.0.0.1:8080', undefined).endpoint.origin).toBe('http://127.0.0.1:8080')
  })

  it.each([
    ['not a url', /is not a valid URL/],
    ['http://ghe.example.com/api/v3', /must use https/],
    ['https://x-access-token:secret@api.github.com', /must not contain credentials/],
    ['https://github.com', /GitHub's website, not its API/],
    ['https://api.github.com/repos/acme/data-platform/issues', /the API base, not a repository's endpoint.*Set repository to owner\/name/]
  ])('refuses %s', (url, message) => {
    const error = thrownBy(() => github.resolveTarget(url, undefined), InputError)
    expect(error.input).toBe('url')
    expect(error.message).toMatch(message)
    expect(error.message).toContain('${{ github.api_url }}')
    expect(error.message).not.toContain('secret@')
  })
})

describe('github.fit', () => {
  it('makes the title one line, and fills an empty one', () => {
    const multiLine = fitted({ title: ' Job failed\n  at step\tload ' })
    expect(multiLine.payload.title).toBe('Job failed at step load')
    expect(multiLine.warnings).toEqual([{ path: 'title', message: expect.stringContaining('one line') }])
    const empty = fitted({ title: '  ' })
    expect(empty.payload.title).toBe('(no title)')
    expect(empty.warnings[0].message).toContain('GitHub requires a title')
  })

  it('shortens the title to 256 characters without splitting an emoji', () => {
    const { payload, warnings } = fitted({ title: `🔴 ${'x'.repeat(254)}🚀🚀` })
    expect(measureLength(payload.title as string)).toBe(256)
    expect(payload.title).toMatch(/^🔴 x+…$/)
    expect(warnings).toEqual([{ path: 'title', message: 'truncated from 258 to 256 characters (limit 256)' }])
  })

  it('cuts a long body inside its longest code block, keeping the facts, fences and links', () => {
    const body = `| Status | FAILURE |\n|---|---|\n\n\`\`\`\nshort\n\`\`\`\n\n\`\`\`\n${'trace line\n'.repeat(8000)}end\n\`\`\`\n\n[Run](https://x.test/run)`
    const { payload, warnings } = fitted({ title: 't', body })
    const shortened = payload.body as string
    expect(measureLength(shortened)).toBe(65536)
    expect(shortened.startsWith('| Status | FAILURE |\n|---|---|\n\n```\nshort\n```\n\n```\ntrace line\n')).toBe(true)
    expect(shortened.endsWith('…\n```\n\n[Run](https://x.test/run)')).toBe(true)
    expect(warnings).toEqual([{ path: 'body', message: expect.stringContaining('truncated from 88085 to 65536 characters') }])
  })

  it('cuts the end of a long body without a code block, closing a fence it cuts into', () => {
    expect(shortenMarkdown('a'.repeat(20), 10)).toBe(`${'a'.repeat(9)}…`)
    const open = shortenMarkdown(`intro\n\`\`\`\n${'x'.repeat(50)}`, 30)
    expect(measureLength(open)).toBe(30)
    expect(open.endsWith('…\n```')).toBe(true)
    expect(shortenMarkdown('fits', 10)).toBe('fits')
  })

  it('splits label text at commas and line breaks, trims, drops empty and duplicate names, shortens long ones', () => {
    const { payload, warnings } = fitted({ title: 't', labels: `dagster, data quality,\nDagster, ,${'l'.repeat(60)}` })
    expect(payload.labels).toEqual(['dagster', 'data quality', `${'l'.repeat(49)}…`])
    expect(warnings.map(warning => warning.path)).toEqual(['labels[2]', 'labels[3]'])
    expect(fitted({ title: 't', labels: [2026, ' prod '] }).payload.labels).toEqual(['2026', 'prod'])
  })

  it('leaves out labels and assignees that come to nothing', () => {
    const { payload } = fitted({ title: 't', labels: ' , ', assignees: [] })
    expect(payload).toEqual({ title: 't' })
  })

  it('reads assignees as logins without @, at most 10', () => {
    expect(fitted({ title: 't', assignees: '@octocat, jane-doe Octocat' }).payload.assignees).toEqual(['octocat', 'jane-doe'])
    const many = fitted({ title: 't', assignees: Array.from({ length: 12 }, (_, n) => `user${n}`) })
    expect(many.payload.assignees).toHaveLength(10)
    expect(many.warnings).toEqual([{ path: 'assignees', message: '12 assignees; GitHub takes 10, so the first 10 are kept' }])
  })
})

describe('github API base', () => {
  it('defaults to GITHUB_API_URL as runners set it (GitHub Enterprise Server), else api.github.com', () => {
    const saved = process.env.GITHUB_API_URL
    try {
      process.env.GITHUB_API_URL = 'https://ghe.example.com/api/v3'
      expect(github.resolveTarget(undefined, undefined).endpoint.href).toBe('https://ghe.example.com/api/v3')
      expect(github.resolveTarget('https://api.github.com', undefined).endpoint.href).toBe('https://api.github.com/')
      delete process.env.GITHUB_API_URL
      expect(github.resolveTarget(undefined, undefined).endpoint.href).toBe('https://api.github.com/')
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL
      else process.env.GITHUB_API_URL = saved
    }
  })
})

describe('github mentions', () => {
  it('neutralises @mentions from alert text, outside code, and keeps the authored ones and e-mail addresses', () => {
    const body = 'Owner: @alice, team @acme/data, by bob@example.com, paged @oncall\n```\n@alice in a trace\n```\n`@carol`'
    expect(neutraliseMentions(body, 'paged @oncall')).toBe(
      'Owner: @\u2060alice, team @\u2060acme/data, by bob@example.com, paged @oncall\n```\n@alice in a trace\n```\n`@carol`'
    )
  })

  it('is part of fit', () => {
    const { ctx } = platformContext({ target: github.resolveTarget(undefined, undefined), authoredText: '' })
    expect(github.fit({ title: 't', body: 'cc @alice' }, ctx)).toEqual({ title: 't', body: 'cc @\u2060alice' })
  })
})

describe('github.validate', () => {
  it('accepts an issue', () => {
    expect(validated({ title: 'Job failed', body: 'text', labels: ['dagster'], assignees: ['octocat'], milestone: 3, type: 'Bug' })).toEqual([])
    expect(validated({ title: 'Job failed', body: null, milestone: null })).toEqual([])
  })

  it.each<[string, Json, unknown[]]>([
    ['not an object', [], [{ path: '', message: expect.stringContaining('must be a JSON object') }]],
    ['no title', { body: 'x' }, [{ path: 'title', message: 'is missing: GitHub requires a title' }]],
    ['a number title', { title: 5 }, [{ path: 'title', message: 'must be a string, not a number' }]],
    ['an empty title', { title: ' ' }, [{ path: 'title', message: 'must not be empty' }]],
    ['a two-line title', { title: 'a\nb' }, [{ path: 'title', message: 'must be one line' }]],
    ['a long title', { title: 'x'.repeat(257) }, [{ path: 'title', message: 'is 257 characters long; GitHub allows 256' }]],
    ['a body object', { title: 't', body: { text: 'x' } }, [{ path: 'body', message: 'must be Markdown text, not a object' }]],
    ['a long body', { title: 't', body: 'x'.repeat(65537) }, [{ path: 'body', message: 'is 65537 characters long; GitHub allows 65536' }]],
    ['labels as text', { title: 't', labels: 'a' }, [{ path: 'labels', message: 'must be a list of names, not a string' }]],
    ['a long label', { title: 't', labels: ['ok', 'l'.repeat(51)] }, [{ path: 'labels[1]', message: 'is 51 characters long; GitHub allows 50' }]],
    ['an empty assignee', { title: 't', assignees: [''] }, [{ path: 'assignees[0]', message: 'must not be empty' }]],
    ['11 assignees', { title: 't', assignees: Array(11).fill('octocat') }, [{ path: 'assignees', message: 'has 11 logins; GitHub allows 10' }]],
    ['a milestone title', { title: 't', milestone: 'v1' }, [{ path: 'milestone', message: 'must be a milestone number, not "v1"' }]],
    ['a type object', { title: 't', type: {} }, [{ path: 'type', message: 'must be an issue type name, not a object' }]],
    ['a misspelt field', { title: 't', lables: ['a'] }, [{ path: 'lables', message: expect.stringContaining('is not a field of a GitHub issue') }]]
  ])('refuses %s', (_name, payload, problems) => {
    expect(validated(payload)).toEqual(problems)
  })
})

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
    const { ctx } = context(undefined, { token: '', repository: 'acme/data-platform' }, { authorization: 'token ghp_other' })
    expect(github.request({ title: 't' }, ctx).headers.authorization).toBe('token ghp_other')
  })

  it.each([
    [{ token: '' }, 'token', /GitHub needs a token.*permissions: issues: write/],
    [{ token: `Bearer ${TOKEN}` }, 'token', /contains spaces: give the token alone/],
    [{ repository: '' }, 'repository', /is not set. Set repository to owner\/name/],
    [{ repository: 'https://github.com/acme/data-platform' }, 'repository', /"https:\/\/github.com\/acme\/data-platform" is not owner\/name/],
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
  const created = { id: 1, node_id: 'I_1', number: 42, html_url: 'https://github.com/acme/data-platform/issues/42', state: 'open' }

  it('reads a created issue: the html_url and the number', () => {
    expect(verdictOf(201, created)).toEqual({ ok: true, url: created.html_url, id: '42', status: 'created' })
  })

  it('a success without an issue is a failure', () => {
    expect(failureOf(200, { message: 'hm' }).message).toBe('the reply has no issue number and html_url: {"message":"hm"}')
    expect(failureOf(201, '').message).toBe('the reply has no issue number and html_url: (empty reply)')
  })

  it('401: GitHub says Bad credentials; the hint names the token input', () => {
    const failure = failureOf(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' })
    expect(failure.message).toBe('Bad credentials. The token was refused: check the token input (expired, revoked, or the wrong secret)')
    expect(failure.retry).toBeUndefined()
  })

  it('403 without a rate limit: the permission the workflow needs', () => {
    const failure = failureOf(403, { message: 'Resource not accessible by integration' })
    expect(failure.message).toContain('Resource not accessible by integration. The token may not write issues in acme/data-platform')
    expect(failure.message).toContain('permissions: issues: write')
    expect(failure.retry).toBeUndefined()
  })

  it('403 or 429 with the primary limit used up: a rate limit; the reset headers are declared for delivery', () => {
    expect(github.rateLimitHeaders).toEqual([{ remaining: 'x-ratelimit-remaining', reset: 'x-ratelimit-reset', resetIn: 'epoch-seconds' }])
    const date = 'Thu, 08 Jan 2026 10:00:00 GMT'
    const reset = String(Date.parse(date) / 1000 + 30)
    for (const status of [403, 429]) {
      const failure = failureOf(status, { message: 'API rate limit exceeded for installation ID 1.' }, {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': reset,
        date
      })
      // The wait until the reset is delivery's arithmetic, from the declared headers.
      expect(failure).toMatchObject({ retry: true, rateLimited: true })
      expect(failure.retryAfterSeconds).toBeUndefined()
      expect(failure.message).toBe('API rate limit exceeded for installation ID 1.')
    }
  })

  it('a secondary rate limit: Retry-After is left to delivery; without it, a minute', () => {
    const message = { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }
    const withHeader = failureOf(403, message, { 'retry-after': '7' })
    expect(withHeader.retry).toBe(true)
    expect(withHeader.retryAfterSeconds).toBeUndefined()
    expect(failureOf(403, message)).toMatchObject({ retry: true, rateLimited: true, retryAfterSeconds: 60 })
  })

  it('422 "was submitted too quickly": a rate limit on content creation, retried after a minute', () => {
    const tooQuickly = { message: 'Validation Failed', errors: [{ resource: 'Issue', code: 'custom', field: 'title', message: 'was submitted too quickly' }] }
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
    expect(failureOf(502, '<html>\n<body>Bad gateway</body>\n</html>').message).toBe('<html> <body>Bad gateway</body> </html>')
    expect(failureOf(500, 'x'.repeat(5000)).message).toHaveLength(1024)
    expect(failureOf(503, '').message).toBe('(empty reply)')
  })
})

describe('github against the stand-in', () => {
  let hub: GitHubStandIn
  const transport = createTransport()
  const send = (request: Parameters<typeof transport>[0]) => transport(request, 5000)

  beforeAll(async () => {
    hub = await startGitHub({ repositories: [{ fullName: 'acme/data-platform' }, { fullName: 'acme/no-issues', hasIssues: false }, { fullName: 'acme/other' }] })
  })

  afterAll(async () => {
    await hub.close()
  })

  function hubContext(settings: Partial<PlatformSettings> = {}): PlatformContext {
    return context(hub.url, { ...SETTINGS, ...settings }).ctx
  }

  async function create(payload: Json, settings: Partial<PlatformSettings> = {}) {
    const ctx = hubContext(settings)
    return github.parse(await send(github.request(payload, ctx)), ctx)
  }

  it('creates an issue, with labels GitHub makes on the way; the url is the reply\'s html_url', async () => {
    const verdict = await create({ title: 'Job failed', body: 'text', labels: ['dagster', 'new label'], assignees: ['octocat'] })
    const issue = hub.state.issues.at(-1)!
    expect(verdict).toEqual({ ok: true, url: issue.html_url, id: String(issue.number), status: 'created' })
    expect(issue.html_url).toBe(`https://github.com/acme/data-platform/issues/${issue.number}`)
    expect(issue.labels).toEqual(['dagster', 'new label'])
    expect(hub.state.labels['acme/data-platform'].map(label => label.name)).toEqual(expect.arrayContaining(['dagster', 'new label']))
  })

  it('the stand-in refuses what GitHub refuses, and parse words it', async () => {
    const cases: [Json, Partial<PlatformSettings>, string][] = [
      [{ title: 'x'.repeat(257) }, {}, 'Validation Failed: title is too long (maximum is 256 characters)'],
      [{ title: 't', body: 'x'.repeat(65537) }, {}, 'Validation Failed: body is too long (maximum is 65536 characters)'],
      [{ title: 't', labels: ['l'.repeat(51)] }, {}, 'Validation Failed: name is too long (maximum is 50 characters)'],
      [{ title: 't', assignees: ['nobody'] }, {}, 'Issue assignees is invalid ("nobody")'],
      [{ body: 'no title' }, {}, 'Invalid request. "title" wasn\'t supplied.'],
      [{ title: 't' }, { token: 'ghs_wrong' }, 'Bad credentials. The token was refused'],
      [{ title: 't' }, { repository: 'acme/missing' }, 'Not Found. Check the repository input (acme/missing)'],
      [{ title: 't' }, { repository: 'acme/no-issues' }, 'Issues are disabled for this repo. Issues are turned off in acme/no-issues']
    ]
    for (const [payload, settings, message] of cases) {
      const verdict = await create(payload, settings)
      expect(verdict).toMatchObject({ ok: false, message: expect.stringContaining(message) })
    }
  })

  it('the stand-in plays GitHub\'s rate limits, which parse retries with their wait', async () => {
    hub.fault({ kind: 'rate-limit', style: 'primary', retryAfter: 30 }, { kind: 'rate-limit', style: 'secondary-no-header', retryAfter: 0 })
    expect(await create({ title: 't' })).toMatchObject({ ok: false, retry: true, rateLimited: true })
    expect(await create({ title: 't' })).toMatchObject({ ok: false, retry: true, rateLimited: true, retryAfterSeconds: 60 })
  })

  it('the stand-in pages lists with a Link header, and refuses requests GitHub refuses', async () => {
    for (const title of ['one', 'two', 'three']) hub.seed({ title })
    const ctx = hubContext()
    const api = (method: 'GET' | 'PATCH', path: string, body?: Json) =>
      send({ ...github.request({ title: 't' }, ctx), method, url: `${hub.url}${path}`, body: body === undefined ? undefined : JSON.stringify(body) })
    const page = await api('GET', '/repos/acme/data-platform/issues?state=all&per_page=1&page=2')
    expect(JSON.parse(page.body)).toHaveLength(1)
    expect(page.headers.link).toMatch(/page=3>; rel="next", <[^>]+page=\d+>; rel="last"$/)
    expect(page.headers.link).toContain('page=1>; rel="prev"')

    const notJson = await send({ ...github.request({ title: 't' }, ctx), url: `${hub.url}/repos/acme/data-platform/issues`, body: '{title:' })
    expect([notJson.status, JSON.parse(notJson.body).message]).toEqual([400, 'Problems parsing JSON'])
    const badState = await api('PATCH', `/repos/acme/data-platform/issues/${hub.state.issues[0].number}`, { state: 'done' })
    expect([badState.status, JSON.parse(badState.body).message]).toEqual([422, expect.stringContaining(`For 'properties/state', "done" is not one of`)])
    const noAuth = await send({ method: 'GET', url: `${hub.url}/repos/acme/data-platform/issues`, headers: {} })
    expect([noAuth.status, JSON.parse(noAuth.body).message]).toEqual([401, 'Requires authentication'])
  })

  it('the stand-in, like GitHub, refuses a request without a User-Agent', async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      http.get(`${hub.url}/repos/acme/data-platform/issues`, { headers: { authorization: `Bearer ${TOKEN}` } }, res => {
        res.resume()
        resolve(res.statusCode)
      }).on('error', reject)
    })
    expect(status).toBe(403)
  })

  describe('tracker', () => {
    const marker: IssueMarker = { label: 'dagster-fp-0123456789abcdef', createId: 'c0ffee00-0000-4000-8000-000000000000', sample: false }
    const note: FollowUpNote = {
      heading: 'Dagster+ alert fired again: Job daily_etl failed',
      lines: [{ label: 'Dagster+ run', text: 'abc', href: 'https://acme.dagster.cloud/prod/runs/abc' }]
    }

    function call(payload: Json = { title: 'Job failed', labels: ['dagster'] }, settings: Partial<PlatformSettings> = {}): TrackerCall {
      return { marker, payload, ctx: hubContext(settings), send }
    }

    const trackedOf = (issue: GitHubIssue) => ({ ref: String(issue.number), id: String(issue.number), url: issue.html_url, created: issue.created_at, sequence: issue.number })

    it('marks the create with the marker label, merged with the template\'s', async () => {
      expect(await tracker.markCreate(call())).toEqual({ title: 'Job failed', labels: ['dagster', marker.label] })
      expect(await tracker.markCreate(call({ title: 't', labels: [marker.label] }))).toEqual({ title: 't', labels: [marker.label] })
      expect(await tracker.markCreate(call({ title: 't' }))).toEqual({ title: 't', labels: [marker.label] })
    })

    it('keeps a marker label within GitHub\'s 50 characters', () => {
      expect(markerLabel({ ...marker, label: `dagster-fp-${'a'.repeat(64)}` })).toBe(`dagster-fp-${'a'.repeat(39)}`)
    })

    it('finds the open issues of the problem, oldest first, not closed ones, pull requests or other problems', async () => {
      const older = hub.seed({ title: 'older', labels: [marker.label] })
      hub.seed({ title: 'closed', labels: [marker.label], state: 'closed', state_reason: 'completed' })
      hub.seed({ title: 'a pull request', labels: [marker.label], pull_request: { html_url: 'https://github.com/acme/data-platform/pull/1' } })
      hub.seed({ title: 'another problem', labels: ['dagster-fp-ffffffffffffffff'] })
      const newer = hub.seed({ title: 'newer', labels: [marker.label.toUpperCase()] })

      const open = await tracker.findOpen(call())
      expect(open).toEqual([older, newer].map(issue => trackedOf(issue)))
      const search = hub.requests.at(-1)!
      expect(search.method).toBe('GET')
      expect(search.path).toBe('/repos/acme/data-platform/issues')
      expect(search.query).toEqual({ labels: marker.label, state: 'open', sort: 'created', direction: 'asc', per_page: '100' })

      // An issue made after the search (by a create whose reply was lost) is the one not known before.
      const made = hub.seed({ title: 'made', labels: [marker.label] })
      expect(await tracker.findCreated(call(), open)).toEqual(trackedOf(made))
      expect(await tracker.findCreated(call(), await tracker.findOpen(call()))).toBeUndefined()
    })

    it('comments in Markdown and closes as completed', async () => {
      const seeded = hub.seed({ title: 'open one', labels: [marker.label] })
      const issue = trackedOf(seeded)
      await tracker.comment(call(), issue, note)
      expect(seeded.comments.map(comment => comment.body)).toEqual([
        '**Dagster+ alert fired again: Job daily\\_etl failed**\n\nDagster+ run: [abc](https://acme.dagster.cloud/prod/runs/abc)'
      ])
      await tracker.close(call(), issue)
      expect(seeded).toMatchObject({ state: 'closed', state_reason: 'completed' })
      expect(hub.requests.at(-1)).toMatchObject({ method: 'PATCH', json: { state: 'closed', state_reason: 'completed' } })
    })

    it('looks only in the repository the create goes to', async () => {
      const elsewhere = hub.seed({ title: 'same label, other repository', labels: [marker.label], repository: 'acme/other' })
      expect(await tracker.findOpen(call())).not.toContainEqual(expect.objectContaining({ url: elsewhere.html_url }))
      expect(hub.requests.at(-1)?.path).toBe('/repos/acme/data-platform/issues')
    })

    it('closes a duplicate: a "Duplicate of #N" comment, then closed as duplicate of the original\'s REST id', async () => {
      const original = hub.seed({ title: 'first', labels: [marker.label] })
      const duplicate = hub.seed({ title: 'second', labels: [marker.label] })
      const open = await tracker.findOpen(call())
      const [first, second] = [original, duplicate].map(issue => open.find(found => found.url === issue.html_url)!)
      await tracker.closeAsDuplicate(call(), second, first)

      expect(duplicate.comments.map(comment => comment.body)).toEqual([`Duplicate of #${original.number}`])
      expect(duplicate).toMatchObject({ state: 'closed', state_reason: 'duplicate', duplicate_of: original.id })
      expect(hub.requests.at(-1)?.json).toEqual({ state: 'closed', state_reason: 'duplicate', duplicate_issue_id: original.id })
      expect(original.state).toBe('open')
    })

    it('a refusal is a TrackerError with GitHub\'s text and the reply', async () => {
      const missing = { ref: '9999', id: '9999', url: 'https://github.com/acme/data-platform/issues/9999', created: '', sequence: 9999 }
      const error = await tracker.comment(call(), missing, note).then(
        () => undefined,
        (thrown: unknown) => thrown
      )
      expect(error).toBeInstanceOf(TrackerError)
      expect((error as TrackerError).reply?.status).toBe(404)
      expect((error as TrackerError).detail).toMatch(/^Not Found\. /)
      const refused = await tracker.findOpen(call(undefined, { token: 'ghs_wrong' })).catch((thrown: unknown) => thrown)
      expect(refused).toMatchObject({ what: 'search for open issues', detail: expect.stringMatching(/^Bad credentials\. /) })
    })
  })
})

describe('templates/github-issue.yml', () => {
  const source = loadTemplate('github-issue', process.cwd())
  const template = compileTemplate(source)

  function render(alert: Record<string, string>, vars: Record<string, Json> = {}): Record<string, Json> {
    const normalised = normaliseAlert(alert)
    const { ctx } = platformContext({ target: github.resolveTarget(undefined, undefined) })
    return github.fit(template.render(templateScope(normalised, deriveValues(normalised, SAMPLE_ENV), vars)).value, ctx) as Record<string, Json>
  }

  it('check mode finds nothing to report for any notification type, sample or hostile', () => {
    const report = checkTemplate(source, { vars: {} })
    expect(report.platform).toBe('github')
    expect(report.findings).toEqual([])
    expect(report.results.map(result => result.result)).toEqual(NOTIFICATION_TYPES.map(() => 'ok'))
  })

  it.each(NOTIFICATION_TYPES.map(type => type.type))('%s: status emoji and summary, the facts table, alert text in a code block, links', type => {
    const alert = sampleAlert(type)
    const issue = render(alert)
    expect(issue.title).toMatch(new RegExp(`^[🔴🟢🟠⚪] ${alert.alert_summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'u'))
    const body = issue.body as string
    expect(body).toMatch(/^\| Status \| [A-Z_]+ \|\n\|---\|---\|\n\| Deployment \| prod \|/)
    expect(body).toContain(`\n\`\`\`\n${alert.alert_content.split('\n')[0]}`)
    expect(body).toMatch(/\[GitHub run\]\(https:\/\/github\.com\/acme\/data-platform\/actions\/runs\/1234567890\)$/)
    expect(body).not.toMatch(/\n\n\n/)
    expect(issue).not.toHaveProperty('labels')
  })

  it('links the run, the asset and the code location where the alert has them', () => {
    expect(render(sampleAlert('JOB')).body).toMatch(/^\[Run\]\(https:\/\/acme\.dagster\.cloud\/prod\/runs\/[0-9a-f-]+\) · /m)
    expect(render(sampleAlert('ASSET_HEALTH')).body).toContain('[Asset](https://acme.dagster.cloud/prod/assets/analytics/daily_orders)')
    expect(render(sampleAlert('CODE_LOCATION')).body).toContain('[Code location](https://acme.dagster.cloud/prod/locations/analytics_pipelines)')
  })

  it('a sample alert: [test] title and a note', () => {
    const issue = render({ ...sampleAlert('JOB'), is_sample: 'true' })
    expect(issue.title).toBe('[test] 🔴 Job daily_etl failed')
    expect(issue.body).toMatch(/^> \[!NOTE\]\n> A test notification from Dagster\+/)
  })

  it('a recovery gets the green emoji', () => {
    expect(render({ ...sampleAlert('JOB'), run_status: 'SUCCESS', alert_summary: 'Job daily_etl succeeded' }).title).toBe('🟢 Job daily_etl succeeded')
  })

  it('labels and assignees from vars', () => {
    const issue = render(sampleAlert('JOB'), { labels: 'dagster, data quality', assignees: ['octocat'] })
    expect(issue.labels).toEqual(['dagster', 'data quality'])
    expect(issue.assignees).toEqual(['octocat'])
  })

  it('hostile alert text cannot break the table', () => {
    const body = render(hostileAlert('JOB')).body as string
    const table = body.slice(0, body.indexOf('\n\n'))
    for (const row of table.split('\n')) expect(row).toMatch(/^\|.*\|$/)
  })
})
