// End to end through the committed bundle against the Jira stand-in: one open issue per problem, a comment per
// repeat, closed on recovery, no duplicate when a create's reply is lost, sample alerts kept apart.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { jiraInputs, requestsFromNow, strayCommandLines, theError, visibleExceptMasks } from './e2e/fixtures.js'
import { again, calls, deliverAlert, failedRun, notices, recovered, sampleOf } from './helpers/tracking.js'
import { startJira, type JiraIssue, type JiraStandIn } from './stand-ins/index.js'

let jira: JiraStandIn

beforeAll(async () => {
  jira = await startJira()
})

afterAll(async () => {
  await jira.close()
})

/** max-wait 0: no pause to confirm an empty search, so runs stay quick where the index does not lag. */
function quick(version: 2 | 3 = 3): Record<string, string> {
  return { ...jiraInputs(jira, version), vars: 'project: ENG\nlabels: [dagster]', 'max-wait': '0' }
}

function issueWithKey(key: string): JiraIssue {
  const issue = jira.state.issues.find(stored => stored.key === key)
  if (!issue) throw new Error(`no issue ${key}`)
  return issue
}

function fingerprintLabel(issue: JiraIssue): string {
  const label = (issue.fields.labels as string[]).find(name => name.startsWith('dagster-fp-'))
  if (!label) throw new Error(`${issue.key} has no fingerprint label`)
  return label
}

describe('Jira: repeats of one problem', () => {
  it('a burst of failures yields one issue with one comment per repeat (v3: ADF comments)', async () => {
    const first = failedRun()
    const before = jira.state.issues.length
    const created = await deliverAlert(quick(3), first)
    expect(created.outputs).toMatchObject({ status: 'created', id: expect.stringMatching(/^ENG-\d+$/) })

    for (const n of [2, 3, 4]) {
      const result = await deliverAlert(quick(3), again(first, n))
      expect(result.code).toBe(0)
      expect(result.outputs).toMatchObject({
        status: 'commented',
        url: created.outputs.url,
        id: created.outputs.id,
        attempts: '1'
      })
      expect(result.summary).toContain('Dagster Alert Relay: commented on the open issue')
    }

    expect(jira.state.issues).toHaveLength(before + 1)
    const issue = issueWithKey(created.outputs.id)
    expect(issue.fields.labels).toEqual(['dagster', expect.stringMatching(/^dagster-fp-[0-9a-f]{16}$/)])
    expect(issue.comments).toHaveLength(3)
    const third = JSON.stringify(issue.comments[1].body)
    expect(third).toContain('Dagster+ alert fired again: Job etl_')
    expect(third).toContain(again(first, 3).run_link)
    expect(third).toContain('2026-01-08T10:00:00Z')
    expect(third).toContain('https://github.com/acme/data-platform/actions/runs/4242')
  })

  it('v2: the comment is plain text with the run link, the time and the GitHub run', async () => {
    const first = failedRun({ start_time: '' })
    const created = await deliverAlert(quick(2), first)
    const result = await deliverAlert(quick(2), again(first, 2))

    expect(result.outputs).toMatchObject({ status: 'commented', id: created.outputs.id })
    const [comment] = issueWithKey(created.outputs.id).comments
    expect(comment.apiVersion).toBe(2)
    expect(comment.body).toEqual(
      expect.stringContaining(`Dagster+ run: ${again(first, 2).run_id} (${again(first, 2).run_link})`)
    )
    expect(comment.body).toEqual(expect.stringMatching(/^Time: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/m))
    expect(comment.body).toEqual(
      expect.stringContaining('GitHub run: https://github.com/acme/data-platform/actions/runs/4242')
    )
  })

  it('the search is bounded: the project, the fingerprint label, not Done, oldest first, at most 100 results', async () => {
    const sent = requestsFromNow(jira)
    await deliverAlert(quick(), failedRun())

    const search = sent()[0]
    expect(`${search.method} ${search.path}`).toBe('GET /rest/api/3/search/jql')
    expect(search.query.jql).toMatch(
      /^project = "[A-Z]+" AND labels = "dagster-fp-[0-9a-f]{16}" AND statusCategory != Done ORDER BY created ASC$/
    )
    expect(Number(search.query.maxResults)).toBeLessThanOrEqual(100)
  })

  it('repeat: skip outputs the open issue and adds nothing', async () => {
    const first = failedRun()
    const created = await deliverAlert(quick(), first)
    const sent = requestsFromNow(jira)
    const result = await deliverAlert({ ...quick(), repeat: 'skip' }, again(first, 2))

    expect(result.outputs).toMatchObject({
      status: 'skipped',
      url: created.outputs.url,
      id: created.outputs.id,
      attempts: '0'
    })
    expect(calls(sent())).toEqual(['GET /rest/api/3/search/jql'])
    expect(notices(result)).toEqual([expect.stringContaining(`${created.outputs.id} is already open`)])
    expect(issueWithKey(created.outputs.id).comments).toEqual([])
  })

  it('repeat: new opens another issue with the same label', async () => {
    const first = failedRun()
    const created = await deliverAlert(quick(), first)
    const result = await deliverAlert({ ...quick(), repeat: 'new' }, again(first, 2))

    expect(result.outputs.status).toBe('created')
    expect(result.outputs.id).not.toBe(created.outputs.id)
    expect(fingerprintLabel(issueWithKey(result.outputs.id))).toBe(fingerprintLabel(issueWithKey(created.outputs.id)))
  })

  it('dedupe-key replaces the fingerprint: alerts of two policies for one job share an issue', async () => {
    const first = failedRun()
    // No state-token: the group's members are not kept (a warning), so no request leaves for the runner's GitHub.
    const inputs = { ...quick(), 'dedupe-key': '<< deployment_name >>/<< job_name >>', 'state-token': '' }
    const created = await deliverAlert(inputs, first)
    const result = await deliverAlert(
      inputs,
      again(first, 2, { alert_policy_id: 'policy-2', alert_policy_name: 'Other' })
    )

    expect(result.outputs).toMatchObject({ status: 'commented', id: created.outputs.id })
  })

  it('a dedupe-key that renders empty stops before any request', async () => {
    const sent = requestsFromNow(jira)
    const result = await deliverAlert({ ...quick(), 'dedupe-key': '<< partition_name >>' }, failedRun())

    expect(result.code).toBe(1)
    expect(sent()).toEqual([])
    expect(theError(result)).toMatch(/^Input 'dedupe-key': "<< partition_name >>" renders empty for this alert/)
  })
})

describe('Jira: recovery', () => {
  it('a recovery comments, moves the issue to Done and outputs resolved; the next failure opens a new issue', async () => {
    const first = failedRun()
    const created = await deliverAlert(quick(2), first)
    const sent = requestsFromNow(jira)
    const result = await deliverAlert(quick(2), recovered(first, 2))

    expect(result.outputs).toMatchObject({ status: 'resolved', url: created.outputs.url, id: created.outputs.id })
    expect(result.summary).toContain('Dagster Alert Relay: open issue resolved')
    const key = created.outputs.id
    expect(calls(sent())).toEqual([
      'GET /rest/api/3/search/jql',
      `POST /rest/api/2/issue/${key}/comment`,
      `GET /rest/api/2/issue/${key}/transitions`,
      `POST /rest/api/2/issue/${key}/transitions`
    ])
    const issue = issueWithKey(key)
    expect(issue.status.category).toBe('done')
    expect(issue.comments[0].body).toEqual(
      expect.stringMatching(/^Recovered: Job etl_\d+ succeeded\nStatus: SUCCESS\n/)
    )

    const next = await deliverAlert(quick(2), again(first, 3))
    expect(next.outputs.status).toBe('created')
    expect(next.outputs.id).not.toBe(key)
  })

  it('a recovery with no open issue creates nothing: skipped, no url, a notice says why', async () => {
    const before = jira.state.issues.length
    const sent = requestsFromNow(jira)
    const result = await deliverAlert(quick(), recovered(failedRun(), 2))

    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({ status: 'skipped', url: '', id: '' })
    expect(calls(sent())).toEqual(['GET /rest/api/3/search/jql'])
    expect(notices(result)).toEqual([
      expect.stringMatching(
        /^recovery alert: no open issue labelled dagster-fp-[0-9a-f]{16}, so nothing was created or closed$/
      )
    ])
    expect(result.summary).toContain('skipped (nothing sent)')
    expect(jira.state.issues).toHaveLength(before)
  })

  it('resolve: comment adds the recovery comment and leaves the issue open', async () => {
    const first = failedRun()
    const created = await deliverAlert(quick(), first)
    const result = await deliverAlert({ ...quick(), resolve: 'comment' }, recovered(first, 2))

    expect(result.outputs).toMatchObject({ status: 'commented', id: created.outputs.id })
    const issue = issueWithKey(created.outputs.id)
    expect(issue.status.category).toBe('new')
    expect(issue.comments).toHaveLength(1)
  })

  it('resolve: ignore skips a recovery without any request', async () => {
    const first = failedRun()
    await deliverAlert(quick(), first)
    const sent = requestsFromNow(jira)
    const result = await deliverAlert({ ...quick(), resolve: 'ignore' }, recovered(first, 2))

    expect(result.outputs).toMatchObject({ status: 'skipped', url: '' })
    expect(sent()).toEqual([])
    expect(notices(result)).toEqual([expect.stringContaining('the resolve input is ignore')])
  })

  it('no transition into Done: the step fails, saying so, after the comment', async () => {
    const first = failedRun()
    const created = await deliverAlert(quick(), first)
    const workflow = jira.state.workflow
    jira.state.workflow = workflow.filter(transition => transition.status.category !== 'done')
    try {
      const result = await deliverAlert(quick(), recovered(first, 2))
      expect(result.code).toBe(1)
      expect(result.outputs.status).toBe('failed')
      expect(theError(result)).toBe(
        `Jira: the closing of ${created.outputs.id} (the recovery comment was added) could not be done: no transition from its ` +
          'status leads to a Done status (available: In Progress); add one to the workflow, or set resolve: comment'
      )
    } finally {
      jira.state.workflow = workflow
    }
  })
})

describe('Jira: no duplicates under retries', () => {
  it('a create stored but unanswered, with a lagging index, is found by searching again: one issue', async () => {
    const first = failedRun()
    const before = jira.state.issues.length
    jira.state.searchLag = { searches: 2 }
    jira.fault({ kind: 'store-then-hang', method: 'POST' })
    const sent = requestsFromNow(jira)
    try {
      const result = await deliverAlert({ ...jiraInputs(jira, 3), timeout: '1', 'max-wait': '10' }, first, 30000)

      expect(result.code).toBe(0)
      expect(jira.state.issues).toHaveLength(before + 1)
      const issue = jira.state.issues[before]
      expect(result.outputs).toMatchObject({
        status: 'created',
        id: issue.key,
        url: `${jira.url}/browse/${issue.key}`,
        attempts: '2'
      })
      expect(calls(sent())).toEqual([
        'GET /rest/api/3/search/jql',
        'GET /rest/api/3/search/jql',
        'POST /rest/api/3/issue',
        'GET /rest/api/3/search/jql',
        'GET /rest/api/3/search/jql',
        'GET /rest/api/3/search/jql',
        // the reconcile: is an older issue of the problem open too?
        'GET /rest/api/3/search/jql'
      ])
      expect(result.stdout).toContain(`an earlier attempt created ${issue.key} though its reply was lost`)
    } finally {
      jira.state.searchLag = {}
    }
  })

  it('a lagging index: the next alert confirms an empty search and comments instead of opening a second issue', async () => {
    const first = failedRun()
    const created = await deliverAlert(quick(), first)
    jira.state.searchLag = { searches: 1 }
    try {
      const result = await deliverAlert({ ...quick(), 'max-wait': '5' }, again(first, 2))
      expect(result.outputs).toMatchObject({ status: 'commented', id: created.outputs.id })
    } finally {
      jira.state.searchLag = {}
    }
  })

  it('a comment that keeps failing fails the step with Jira text and no credential', async () => {
    const first = failedRun()
    await deliverAlert(quick(), first)
    jira.fault(
      ...Array.from({ length: 2 }, () => ({
        kind: 'status' as const,
        method: 'POST',
        status: 503,
        body: { errorMessages: [`down ${jira.state.apiToken}`] }
      }))
    )
    const result = await deliverAlert({ ...quick(), 'max-attempts': '2', 'max-wait': '1' }, again(first, 2))

    expect(result.code).toBe(1)
    const error = theError(result)
    // the retry line and the error name the request that failed, and the advice is to re-run the workflow run
    expect(result.stdout).toMatch(/^Jira comment on [A-Z]+-\d+: attempt 2\/2 in [\d.]+ s: HTTP 503: down \*\*\*$/m)
    expect(error).toMatch(/^Jira comment on [A-Z]+-\d+ failed after 2 attempts: HTTP 503: down \*\*\*/)
    expect(error).toContain(
      're-run the failed workflow run when the service is back (Dagster+ does not send the alert again)'
    )
    expect(visibleExceptMasks(result)).not.toContain(jira.state.apiToken)
    expect(strayCommandLines(result.stdout)).toEqual([])
  })
})

describe('Jira: credentials', () => {
  it('a missing Authorization header stops before any request, the search included', async () => {
    const sent = requestsFromNow(jira)
    const result = await deliverAlert({ ...quick(), headers: '' }, failedRun())

    expect(result.code).toBe(1)
    expect(sent()).toEqual([])
    expect(theError(result)).toMatch(/^Input 'headers': Jira needs an Authorization header/)
  })

  it('refused credentials: the search warns, the create fails with the hint on what to send', async () => {
    const result = await deliverAlert({ ...quick(), headers: 'Authorization: Basic cmVsYXk6d3Jvbmc=' }, failedRun())

    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      /^::warning::Jira did not accept the search for open issues \(HTTP 401, not retried\).*; creating a new issue$/m
    )
    expect(theError(result)).toMatch(
      /^Jira did not accept the creation of the issue \(HTTP 401, not retried\): Client must be authenticated .*Check the credentials/
    )
  })
})

describe('Jira: sample alerts and dry runs', () => {
  it('a sample alert creates its own [test] issue and never touches the open real one', async () => {
    const first = failedRun()
    const real = await deliverAlert(quick(), first)
    const sample = await deliverAlert(quick(), sampleOf(again(first, 2)))
    const sampleRecovery = await deliverAlert(quick(), sampleOf(recovered(first, 3)))

    for (const result of [sample, sampleRecovery]) {
      expect(result.outputs.status).toBe('created')
      expect(result.outputs.id).not.toBe(real.outputs.id)
      const issue = issueWithKey(result.outputs.id)
      expect(issue.fields.summary).toMatch(/^\[test\] /)
      expect(issue.fields.labels).toEqual(['dagster', expect.stringMatching(/^dagster-test-[0-9a-f]{16}$/)])
    }
    const realIssue = issueWithKey(real.outputs.id)
    expect(realIssue.comments).toEqual([])
    expect(realIssue.status.category).toBe('new')
  })

  it('dry-run sends nothing, not even the search, and says what it cannot know', async () => {
    const sent = requestsFromNow(jira)
    const result = await deliverAlert({ ...quick(), 'dry-run': 'true' }, failedRun())

    expect(result.outputs.status).toBe('dry-run')
    expect(sent()).toEqual([])
    expect(notices(result)).toEqual([
      expect.stringMatching(
        /^dry run: nothing was sent; whether this alert would create an issue, comment on the open one or close it is unknown without searching for open issues labelled dagster-fp-[0-9a-f]{16}$/
      )
    ])
    expect(result.summary).toContain('unknown without searching')
  })
})
