// End to end: where the bundle finds the alert (dispatch payloads, workflow_dispatch inputs, the `event`
// input) and how it treats tokens Dagster+ left empty or unreplaced. Checked on the Jira v2 stand-in, whose
// plain-text description shows every token the template printed.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { stringify as toYaml } from 'yaml'
import { runAction } from '../../scripts/action-runner.js'
import { startJira, type JiraStandIn } from '../stand-ins/index.js'
import {
  dispatchEvent,
  expectOneCreate,
  flatDispatchEvent,
  jiraInputs,
  jiraTraffic,
  ownPolicyId,
  ownProblem,
  requestsFromNow,
  SAMPLE_ALERT,
  workflowDispatchEvent,
  type GitHubEvent,
  type Inputs
} from './fixtures.js'

let jira: JiraStandIn

beforeAll(async () => {
  jira = await startJira()
})

afterAll(async () => {
  await jira.close()
})

interface IssueFields {
  summary: string
  description: string
}

/**
 * Runs the action, expects exactly one issue created, and returns its fields and the run's log. Each test's alert
 * is a problem of its own (ownProblem, ownPolicyId), so none comments on another test's issue.
 */
async function deliverIssue(
  event: GitHubEvent | undefined,
  inputs: Inputs = {}
): Promise<IssueFields & { stdout: string }> {
  const sent = requestsFromNow(jira)
  const before = jira.state.issues.length
  const result = await runAction({ inputs: { ...jiraInputs(jira, 2), ...inputs }, event })
  expect(result.code).toBe(0)
  expect(result.outputs.status).toBe('created')
  expectOneCreate(sent(), jiraTraffic)
  expect(jira.state.issues).toHaveLength(before + 1)
  return { ...(jira.state.issues[before].fields as unknown as IssueFields), stdout: result.stdout }
}

describe('alert data sources, end to end', () => {
  it('repository_dispatch with the tokens nested under client_payload.alert', async () => {
    const issue = await deliverIssue(dispatchEvent(ownProblem()))

    expect(issue.summary).toBe(`Dagster: ${SAMPLE_ALERT.alert_summary}`)
    expect(issue.description).toContain(SAMPLE_ALERT.alert_content)
    expect(issue.description).toContain(`Run: ${SAMPLE_ALERT.run_link}`)
    expect(issue.stdout).toContain('Alert data from repository_dispatch client_payload')
  })

  it('repository_dispatch with the tokens at the top level of client_payload', async () => {
    const issue = await deliverIssue(flatDispatchEvent(ownProblem()))

    expect(issue.summary).toBe(`Dagster: ${SAMPLE_ALERT.alert_summary}`)
    expect(issue.description).toContain(`Job: ${SAMPLE_ALERT.job_name}`)
  })

  it('repository_dispatch with tokens both flat and nested: nested values win, unreplaced nested ones do not', async () => {
    const event: GitHubEvent = {
      name: 'repository_dispatch',
      payload: {
        client_payload: {
          alert_summary: 'flat summary',
          run_id: 'flat-run-id',
          job_name: 'flat_job',
          alert: { alert_summary: 'nested summary', run_id: '{{run_id}}', job_name: '', alert_policy_id: ownPolicyId() }
        }
      }
    }
    const issue = await deliverIssue(event)

    expect(issue.summary).toBe('Dagster: nested summary')
    expect(issue.description).toContain('Run: flat-run-id')
    expect(issue.description).toContain('Job: flat_job')
  })

  it('workflow_dispatch inputs, one input per token', async () => {
    const issue = await deliverIssue(
      workflowDispatchEvent({
        alert_summary: 'Manual test alert',
        run_status: 'FAILURE',
        alert_policy_id: ownPolicyId()
      })
    )

    expect(issue.summary).toBe('Dagster: Manual test alert')
    expect(issue.description).toContain('Status: FAILURE')
    expect(issue.stdout).toContain('Alert data from workflow_dispatch inputs')
  })

  it("workflow_dispatch with the tokens as JSON in an 'alert' input", async () => {
    const issue = await deliverIssue(workflowDispatchEvent({ alert: JSON.stringify(ownProblem()) }))

    expect(issue.summary).toBe(`Dagster: ${SAMPLE_ALERT.alert_summary}`)
    expect(issue.description).toContain(SAMPLE_ALERT.alert_content)
  })

  it('the event input as JSON', async () => {
    const issue = await deliverIssue(undefined, {
      event: JSON.stringify({ ...ownProblem(), alert_summary: 'from JSON input' })
    })

    expect(issue.summary).toBe('Dagster: from JSON input')
    expect(issue.description).toContain(SAMPLE_ALERT.alert_content)
    expect(issue.stdout).toContain("Alert data from the 'event' input")
  })

  it('the event input as YAML, multi-line values included', async () => {
    const issue = await deliverIssue(undefined, {
      event: toYaml({ ...ownProblem(), alert_summary: 'from YAML input' })
    })

    expect(issue.summary).toBe('Dagster: from YAML input')
    expect(issue.description).toContain(SAMPLE_ALERT.alert_content)
  })

  it('the event input holding the whole dispatch body: the tokens under client_payload.alert', async () => {
    const body = {
      event_type: 'dagster-alert',
      client_payload: { alert: { ...ownProblem(), alert_summary: 'from a pasted body' } }
    }
    const issue = await deliverIssue(undefined, { event: JSON.stringify(body) })

    expect(issue.summary).toBe('Dagster: from a pasted body')
  })

  it('the event input as YAML keeps token text as written (007 stays 007, 1e3 stays 1e3)', async () => {
    const issue = await deliverIssue(undefined, {
      event: `alert_summary: Job failed\nrun_id: 007\njob_name: 1e3\npartition_name: 0x1F\nalert_policy_id: ${ownPolicyId()}`
    })

    expect(issue.description).toContain('Run: 007')
    expect(issue.description).toContain('Job: 1e3')
    expect(issue.description).toContain('Partition: 0x1F')
  })

  it('the event input wins over the dispatch payload', async () => {
    const issue = await deliverIssue(dispatchEvent(), {
      event: `alert_summary: chosen by the event input\nalert_policy_id: ${ownPolicyId()}`
    })

    expect(issue.summary).toBe('Dagster: chosen by the event input')
    expect(issue.description).not.toContain(SAMPLE_ALERT.alert_content)
  })

  it('treats unreplaced {{token}} values and empty values as missing', async () => {
    const alert = {
      ...ownProblem(),
      run_link: '{{run_link}}',
      deployment_url: '{{ deployment_url }}',
      job_name: '',
      failure_message: '{{failure_message}}',
      partition_name: '{{partition_name}}'
    }
    const issue = await deliverIssue(dispatchEvent(alert))

    expect(issue.description).not.toContain('{{')
    expect(issue.description).not.toMatch(/^(Job|Partition|Links|Failure message):/m)
    expect(issue.description).toContain(`Run: ${SAMPLE_ALERT.run_id}`)
  })

  it('reads is_sample "true" as a sample alert', async () => {
    const issue = await deliverIssue(dispatchEvent({ ...ownProblem(), is_sample: 'true' }))

    expect(issue.summary).toBe(`[test] Dagster: ${SAMPLE_ALERT.alert_summary}`)
    expect(issue.description).toContain('This is a test notification from Dagster+.')
  })
})
