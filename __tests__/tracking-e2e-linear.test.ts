// End to end through the committed bundle against the Linear stand-in (validating every document against Linear's
// schema): one open issue per problem found by its team label, comments, the completed state on recovery, and a
// client-supplied issue id that makes a retried create recognisable.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction, type RunResult } from '../scripts/action-runner.js'
import { linearInputs, requestsFromNow, theError, visibleExceptMasks } from './e2e/fixtures.js'
import { again, deliverAlert, failedRun, notices, recovered, sampleOf } from './helpers/tracking.js'
import { startLinear, type LinearIssue, type LinearStandIn, type LoggedRequest } from './stand-ins/index.js'

let linear: LinearStandIn

beforeAll(async () => {
  linear = await startLinear()
})

afterAll(async () => {
  await linear.close()
})

function inputs(): Record<string, string> {
  return { ...linearInputs(linear), 'max-wait': '5' }
}

function issueWithIdentifier(identifier: string): LinearIssue {
  const issue = linear.state.issues.find(stored => stored.identifier === identifier)
  if (!issue) throw new Error(`no issue ${identifier}`)
  return issue
}

function stateOf(issue: LinearIssue): string {
  return linear.state.workflowStates.find(known => known.id === issue.stateId)?.type ?? 'none'
}

function labelNames(issue: LinearIssue): string[] {
  const ids = (issue.input.labelIds ?? []) as string[]
  return ids.map(id => linear.state.labels.find(label => label.id === id)?.name ?? id)
}

/** The GraphQL field each request called first (issues, issueCreate, commentCreate, …). */
function operations(requests: LoggedRequest[]): string[] {
  return requests.map(request => /\{\s*(\w+)/.exec(String((request.json as { query?: string }).query))?.[1] ?? '?')
}

describe('Linear: repeats and recovery', () => {
  it('a burst yields one labelled issue with a comment per repeat; a recovery completes it; the next failure opens a new one', async () => {
    const first = failedRun()
    const labelsBefore = linear.state.labels.length
    const created = await deliverAlert(inputs(), first)
    expect(created.outputs).toMatchObject({ status: 'created', id: expect.stringMatching(/^ENG-\d+$/) })

    for (const n of [2, 3]) {
      const result = await deliverAlert(inputs(), again(first, n))
      expect(result.outputs).toMatchObject({ status: 'commented', url: created.outputs.url, id: created.outputs.id })
    }
    const issue = issueWithIdentifier(created.outputs.id)
    expect(labelNames(issue)).toEqual([expect.stringMatching(/^dagster-fp-[0-9a-f]{16}$/)])
    expect(linear.state.labels).toHaveLength(labelsBefore + 1)
    expect(linear.state.labels[labelsBefore].teamId).toBe(linear.state.teams[0].id)
    expect(issue.comments).toHaveLength(2)
    expect(issue.comments[1].body).toContain('**Dagster+ alert fired again: Job etl\\_')
    expect(issue.comments[1].body).toContain(
      `Dagster+ run: [${again(first, 3).run_id.replace(/-/g, '\\-')}](${again(first, 3).run_link})`
    )
    expect(issue.comments[1].body).toContain('GitHub run: [https://github.com/acme/data\\-platform/actions/runs/4242]')

    const resolved = await deliverAlert(inputs(), recovered(first, 4))
    expect(resolved.outputs).toMatchObject({ status: 'resolved', id: created.outputs.id })
    expect(stateOf(issue)).toBe('completed')
    expect(issue.comments[2].body).toMatch(/^\*\*Recovered: Job etl\\_\d+ succeeded\*\*/)

    const next = await deliverAlert(inputs(), again(first, 5))
    expect(next.outputs.status).toBe('created')
    expect(next.outputs.id).not.toBe(created.outputs.id)
    expect(linear.state.labels).toHaveLength(labelsBefore + 1)
  })

  it('a recovery with no open issue is skipped with a notice', async () => {
    const before = linear.state.issues.length
    const result = await deliverAlert(inputs(), recovered(failedRun(), 2))

    expect(result.outputs).toMatchObject({ status: 'skipped', url: '', id: '' })
    expect(notices(result)).toEqual([expect.stringContaining('no open issue labelled dagster-fp-')])
    expect(linear.state.issues).toHaveLength(before)
  })

  it('a rate-limited comment (HTTP 200 RATELIMITED) is retried', async () => {
    const first = failedRun()
    const created = await deliverAlert(inputs(), first)
    linear.fault({ kind: 'ratelimited-200', retryAfter: 1, operation: 'commentCreate' })
    const result = await deliverAlert(inputs(), again(first, 2))

    expect(result.outputs).toMatchObject({ status: 'commented', id: created.outputs.id })
    expect(issueWithIdentifier(created.outputs.id).comments).toHaveLength(1)
    expect(result.stdout).toContain('Rate limit exceeded')
  })

  it('a custom template with one $input variable gets the id and the label in it', async () => {
    const template = [
      'query: "mutation Create($input: IssueCreateInput!) { issueCreate(input: $input) { success issue { id identifier url } } }"',
      'variables:',
      '  input:',
      '    teamId: "<< vars.team_id >>"',
      '    title: "<< alert_summary >>"'
    ].join('\n')
    const sent = requestsFromNow(linear)
    const result = await runWithTemplate(template, failedRun())

    expect(result.outputs.status).toBe('created')
    const create = sent().find(request => String((request.json as { query: string }).query).includes('issueCreate'))
    const input = (create?.json as { variables: { input: Record<string, unknown> } }).variables.input
    const issue = issueWithIdentifier(result.outputs.id)
    expect(input.id).toBe(issue.id)
    expect(labelNames(issue)).toEqual([expect.stringMatching(/^dagster-fp-/)])
  })
})

function runWithTemplate(template: string, alert: Record<string, string>): Promise<RunResult> {
  const files = { 'linear-input.yml': template }
  return runAction({ inputs: { ...inputs(), template: 'linear-input.yml', event: JSON.stringify(alert) }, files })
}

describe('Linear: no duplicates under retries', () => {
  it('a create stored but unanswered is recognised by its client-supplied id: one issue', async () => {
    const before = linear.state.issues.length
    linear.fault({ kind: 'store-then-hang', operation: 'issueCreate' })
    const sent = requestsFromNow(linear)
    const result = await deliverAlert({ ...inputs(), timeout: '1' }, failedRun())

    expect(result.code).toBe(0)
    expect(linear.state.issues).toHaveLength(before + 1)
    const issue = linear.state.issues[before]
    expect(result.outputs).toMatchObject({ status: 'created', id: issue.identifier, url: issue.url, attempts: '2' })
    // the search also returns the marker label (none yet), so the label is created without a lookup of its own
    // then the reconcile's search: is an older issue of the problem open too?
    expect(operations(sent())).toEqual(['issues', 'issueLabelCreate', 'issueCreate', 'issue', 'issues'])
    const create = sent()[2].json as { variables: Record<string, unknown> }
    expect(create.variables.relayIssueId).toBe(issue.id)
  })

  it('a failing search never costs the alert: a redacted warning, then the issue is created', async () => {
    const first = failedRun()
    const before = linear.state.issues.length
    linear.fault({
      kind: 'graphql-error-200',
      operation: 'issues',
      message: `boom ${linear.state.apiKey}`,
      code: 'INTERNAL'
    })
    const result = await deliverAlert(inputs(), first)

    expect(result.code).toBe(0)
    expect(result.outputs.status).toBe('created')
    expect(linear.state.issues.length).toBe(before + 1)
    expect(result.stdout).toContain(
      '::warning::Linear did not accept the search for open issues (HTTP 200, not retried): boom *** [INTERNAL]; creating a new issue'
    )
    expect(visibleExceptMasks(result)).not.toContain(linear.state.apiKey)
  })
})

describe('Linear: credentials', () => {
  it('a Bearer before the API key is removed with one warning, on the create and on a comment alike', async () => {
    const first = failedRun()
    const bearer = { ...inputs(), headers: `Authorization: Bearer ${linear.state.apiKey}` }
    for (const [alert, status] of [
      [first, 'created'],
      [again(first, 2), 'commented']
    ] as const) {
      const result = await deliverAlert(bearer, alert)
      expect(result.outputs.status).toBe(status)
      expect(result.stdout.match(/^::warning::headers\.authorization: removed "Bearer "/gm)).toHaveLength(1)
    }
  })

  it("a refused API key: the search warns, the create fails with Linear's text and the hint, never shown", async () => {
    const wrong = 'lin_api_0000000000000000000000000000000000000000'
    const result = await deliverAlert({ ...inputs(), headers: `Authorization: ${wrong}` }, failedRun())

    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      /^::warning::Linear did not accept the search for open issues \(HTTP 401, not retried\): the credentials were refused/m
    )
    expect(theError(result)).toMatch(
      /^Linear did not accept the creation of the issue \(HTTP 401, not retried\): the credentials were refused/
    )
    expect(visibleExceptMasks(result)).not.toContain(wrong)
  })
})

describe('Linear: sample alerts', () => {
  it('a sample alert creates its own [test] issue without a label and leaves the real issue alone', async () => {
    const first = failedRun()
    const real = await deliverAlert(inputs(), first)
    const labels = linear.state.labels.length
    const sample = await deliverAlert(inputs(), sampleOf(recovered(first, 2)))

    expect(sample.outputs.status).toBe('created')
    const issue = issueWithIdentifier(sample.outputs.id)
    expect(issue.title).toMatch(/^\[test\] /)
    expect(labelNames(issue)).toEqual([])
    expect(linear.state.labels).toHaveLength(labels)
    const realIssue = issueWithIdentifier(real.outputs.id)
    expect(realIssue.comments).toEqual([])
    expect(stateOf(realIssue)).toBe('unstarted')
  })
})
