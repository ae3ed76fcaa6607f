// End to end: the committed bundle opens, comments on and closes GitHub issues in the GitHub stand-in, one open
// issue per problem, and publishes the issue's html_url.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction, type RunResult } from '../../scripts/action-runner.js'
import { startGitHub, type GitHubIssue, type GitHubStandIn } from '../stand-ins/index.js'
import {
  dispatchEvent,
  errorMessages,
  expectDelivered,
  expectRefusedBeforeSending,
  requestsFromNow,
  SAMPLE_ALERT,
  theError,
  visibleExceptMasks,
  withMethod,
  type Alert,
  type Inputs
} from './fixtures.js'

const TOKEN = 'ghs_stand-in-token'
let hub: GitHubStandIn

beforeAll(async () => {
  hub = await startGitHub({
    token: TOKEN,
    repositories: [{ fullName: 'acme/data-platform' }, { fullName: 'acme/read-only', writable: false }]
  })
})

afterAll(async () => {
  await hub.close()
})

function githubInputs(inputs: Inputs = {}): Inputs {
  return { platform: 'github', url: hub.url, ...inputs }
}

/** A failed run of its own job, so each test has a problem (fingerprint) of its own. */
function failedJob(job: string, overrides: Alert = {}): Alert {
  return { ...SAMPLE_ALERT, job_name: job, alert_summary: `Job ${job} failed`, ...overrides }
}

function issuesLabelled(prefix: string): GitHubIssue[] {
  return hub.state.issues.filter(issue => issue.labels.some(label => label.startsWith(prefix)))
}

function newestIssue(): GitHubIssue {
  const issue = hub.state.issues.at(-1)
  if (!issue) throw new Error('no issue was created')
  return issue
}

function expectOutputsOf(result: RunResult, issue: GitHubIssue, status: string): void {
  expect(errorMessages(result)).toEqual([])
  expect(result.code).toBe(0)
  expect(result.outputs.status).toBe(status)
  expect(result.outputs.url).toBe(issue.html_url)
  expect(result.outputs.id).toBe(String(issue.number))
}

describe('GitHub Issues, end to end', () => {
  it('uses GITHUB_API_URL, as a runner sets it, when the url input is not given', async () => {
    const sent = requestsFromNow(hub)
    const { url: _url, ...inputs } = githubInputs()
    const result = await runAction({
      inputs,
      env: { GITHUB_API_URL: hub.url },
      event: dispatchEvent(failedJob('api_url_job'))
    })

    expect(result.code).toBe(0)
    expectOutputsOf(result, newestIssue(), 'created')
    // the search, the create, and the search that reconciles it
    expect(sent().map(request => request.method)).toEqual(['GET', 'POST', 'GET'])
  })

  it("creates an issue in the repository; the url output is the issue's html_url", async () => {
    const sent = requestsFromNow(hub)
    const result = await runAction({
      inputs: githubInputs({ vars: 'labels: dagster, data quality' }),
      event: dispatchEvent(failedJob('create_job'))
    })

    const [search, post, reconcile] = sent()
    expect(sent()).toHaveLength(3)
    expect(reconcile).toMatchObject({ method: 'GET', query: search.query })
    expect(search).toMatchObject({
      method: 'GET',
      path: '/repos/acme/data-platform/issues',
      query: expect.objectContaining({ state: 'open' })
    })
    expect(post).toMatchObject({ method: 'POST', path: '/repos/acme/data-platform/issues' })
    expect(post.headers).toMatchObject({
      authorization: `Bearer ${TOKEN}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28'
    })
    expectDelivered(result, post, 'created')
    const issue = newestIssue()
    expectOutputsOf(result, issue, 'created')
    expect(issue.title).toBe('🔴 Job create_job failed')
    expect(issue.body).toContain('| Job | create\\_job |')
    expect(issue.labels).toEqual(['dagster', 'data quality', expect.stringMatching(/^dagster-fp-[0-9a-f]{16}$/)])
    expect(search.query.labels).toBe(issue.labels[2])
    expect(visibleExceptMasks(result)).not.toContain(TOKEN)
  })

  it('the same problem again: a comment on the open issue; its recovery: a comment and the issue closed', async () => {
    const alert = failedJob('repeat_job')
    const first = await runAction({ inputs: githubInputs(), event: dispatchEvent(alert) })
    const issue = newestIssue()
    expectOutputsOf(first, issue, 'created')

    const again = await runAction({ inputs: githubInputs(), event: dispatchEvent({ ...alert, run_id: 'second-run' }) })
    expectOutputsOf(again, issue, 'commented')
    expect(newestIssue()).toBe(issue)
    expect(issue.comments).toHaveLength(1)
    expect(issue.comments[0].body).toMatch(/^\*\*Dagster\+ alert fired again: Job repeat\\_job failed\*\*/)

    const recovery = { ...alert, run_status: 'SUCCESS', alert_summary: 'Job repeat_job succeeded' }
    const recovered = await runAction({ inputs: githubInputs(), event: dispatchEvent(recovery) })
    expectOutputsOf(recovered, issue, 'resolved')
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'completed' })
    expect(issue.comments.at(-1)?.body).toMatch(/^\*\*Recovered: Job repeat\\_job succeeded\*\*/)
  })

  it('a sample alert opens its own [test] issue, with a marker of its own', async () => {
    const result = await runAction({
      inputs: githubInputs(),
      event: dispatchEvent({ ...failedJob('sample_job'), is_sample: 'true' })
    })
    const issue = newestIssue()
    expectOutputsOf(result, issue, 'created')
    expect(issue.title).toBe('[test] 🔴 Job sample_job failed')
    expect(issue.labels).toEqual([expect.stringMatching(/^dagster-test-[0-9a-f]{16}$/)])
  })

  it("waits out a rate limit until GitHub's reset, then creates the issue", async () => {
    hub.fault({ kind: 'rate-limit', style: 'primary', retryAfter: 1, method: 'POST' })
    const result = await runAction({ inputs: githubInputs(), event: dispatchEvent(failedJob('limited_job')) })
    expectOutputsOf(result, newestIssue(), 'created')
    expect(result.outputs.attempts).toBe('2')
    expect(result.stdout).toMatch(
      /rate limited, retrying in \d+(\.\d)? s \(does not count against max-attempts\): HTTP 403: API rate limit exceeded/
    )
  })

  it('a create whose reply is lost is found by its label, not sent again', async () => {
    hub.fault({ kind: 'store-then-hang', method: 'POST' })
    const sent = requestsFromNow(hub)
    const result = await runAction({
      inputs: githubInputs({ timeout: '1' }),
      event: dispatchEvent(failedJob('lost_reply_job'))
    })
    const issue = newestIssue()
    expectOutputsOf(result, issue, 'created')
    expect(withMethod(sent(), 'POST')).toHaveLength(1)
    expect(issuesLabelled(issue.labels[0])).toEqual([issue])
    expect(result.stdout).toContain(`an earlier attempt created ${issue.number} though its reply was lost`)
  })

  it("a wrong token: exit 1 with GitHub's words and what to check; the token is never shown", async () => {
    const wrong = 'ghp_wrongTokenValue0123456789abcdef'
    const sent = requestsFromNow(hub)
    const result = await runAction({
      inputs: githubInputs({ token: wrong }),
      event: dispatchEvent(failedJob('token_job'))
    })

    // The refused search only costs the dedupe (a warning); the create is refused too, and that is the error.
    expect(result.code).toBe(1)
    expect(result.outputs.status).toBe('failed')
    expect(result.stdout).toMatch(
      /^::warning::GitHub did not accept the search for open issues \(HTTP 401, not retried\): Bad credentials/m
    )
    expect(theError(result)).toBe(
      'GitHub did not accept the creation of the issue (HTTP 401, not retried): Bad credentials. ' +
        'The token was refused: check the token input (expired, revoked, or the wrong secret)'
    )
    const issues = '/repos/acme/data-platform/issues'
    expect(sent().map(request => `${request.method} ${request.path}`)).toEqual([`GET ${issues}`, `POST ${issues}`])
    expect(sent().map(request => request.headers.authorization)).toEqual([`Bearer ${wrong}`, `Bearer ${wrong}`])
    expect(visibleExceptMasks(result)).not.toContain(wrong)
  })

  it('a token that may not write issues: the permission to add', async () => {
    const result = await runAction({
      inputs: githubInputs({ repository: 'acme/read-only' }),
      event: dispatchEvent(failedJob('read_only_job'))
    })
    expect(result.code).toBe(1)
    expect(theError(result)).toContain(
      'GitHub did not accept the creation of the issue (HTTP 403, not retried): Resource not accessible by integration. The token may not write issues in acme/read-only: give the job permissions: issues: write'
    )
  })

  it('a repository that is not owner/name is refused before anything is sent', async () => {
    const sent = requestsFromNow(hub)
    const result = await runAction({
      inputs: githubInputs({ repository: 'data-platform' }),
      event: dispatchEvent(failedJob('repo_job'))
    })
    expect(
      expectRefusedBeforeSending(result, sent(), /^Input 'repository': "data-platform" is not owner\/name/)
    ).toContain('Set repository to owner/name')
  })
})
