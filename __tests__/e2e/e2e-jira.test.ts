// End to end: the committed bundle creates issues in the Jira Cloud stand-in through each kind of url.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction, type RunResult } from '../../scripts/action-runner.js'
import { startJira, type JiraStandIn, type LoggedRequest } from '../stand-ins/index.js'
import {
  dispatchEvent,
  expectDelivered,
  expectOneCreate,
  expectRefusedBeforeSending,
  jiraInputs,
  jiraTraffic,
  ownProblem,
  requestsFromNow,
  SAMPLE_ALERT
} from './fixtures.js'

let jira: JiraStandIn

beforeAll(async () => {
  jira = await startJira()
})

afterAll(async () => {
  await jira.close()
})

/** One create (after the dedupe search), one new issue stored, and outputs pointing at it as `<site>/browse/KEY`. */
function expectOneIssue(result: RunResult, sent: LoggedRequest[], issuesBefore: number, path: string) {
  const create = expectOneCreate(sent, jiraTraffic)
  expect(create.path).toBe(path)
  expectDelivered(result, create, 'created')
  expect(jira.state.issues).toHaveLength(issuesBefore + 1)
  const issue = jira.state.issues[issuesBefore]
  expect(result.outputs.id).toBe(issue.key)
  expect(result.outputs.id).toMatch(/^ENG-\d+$/)
  expect(result.outputs.url).toBe(`${jira.url}/browse/${issue.key}`)
  expect(JSON.parse(result.outputs.response)).toEqual({ id: issue.id, key: issue.key, self: issue.self })
  expect(issue.fields).toEqual((create.json as { fields: unknown }).fields)
  expect(issue.fields.labels).toEqual(expect.arrayContaining([expect.stringMatching(/^dagster-fp-[0-9a-f]{16}$/)]))
  return issue
}

describe('Jira, end to end', () => {
  it('v2 url: creates one issue with a plain-text description', async () => {
    const sent = requestsFromNow(jira)
    const before = jira.state.issues.length
    const result = await runAction({ inputs: jiraInputs(jira, 2), event: dispatchEvent(ownProblem()) })

    const issue = expectOneIssue(result, sent(), before, '/rest/api/2/issue')
    expect(issue.apiVersion).toBe(2)
    expect(issue.fields).toMatchObject({
      project: { key: 'ENG' },
      issuetype: { name: 'Bug' },
      summary: `Dagster: ${SAMPLE_ALERT.alert_summary}`,
      description: expect.stringContaining(SAMPLE_ALERT.alert_content)
    })
  })

  it('v3 url: creates one issue with an ADF description', async () => {
    const sent = requestsFromNow(jira)
    const before = jira.state.issues.length
    const result = await runAction({
      inputs: { ...jiraInputs(jira, 3), vars: 'project: ENG\npriority: High\nlabels: [dagster, prod]' },
      event: dispatchEvent(ownProblem())
    })

    const issue = expectOneIssue(result, sent(), before, '/rest/api/3/issue')
    expect(issue.apiVersion).toBe(3)
    expect(issue.fields).toMatchObject({
      priority: { name: 'High' },
      labels: ['dagster', 'prod', expect.stringMatching(/^dagster-fp-/)]
    })
    expect(issue.fields.description).toMatchObject({
      type: 'doc',
      version: 1,
      content: expect.arrayContaining([
        { type: 'codeBlock', content: [{ type: 'text', text: SAMPLE_ALERT.alert_content }] }
      ])
    })
  })

  it('bare site url with template jira-v3: posts to /rest/api/3/issue and links to <site>/browse/KEY', async () => {
    const sent = requestsFromNow(jira)
    const before = jira.state.issues.length
    const result = await runAction({
      inputs: { ...jiraInputs(jira), platform: 'jira', url: jira.url, template: 'jira-v3' },
      event: dispatchEvent(ownProblem())
    })

    const issue = expectOneIssue(result, sent(), before, '/rest/api/3/issue')
    expect(issue.apiVersion).toBe(3)
    expect(result.summary).toContain('templates/jira-v3.yml')
  })

  // A text description: only the declared version (not the file name or the description's shape) makes it v3.
  const V3_TEMPLATE =
    '---\nplatform: jira-v3\n---\nfields:\n  project: { key: "<< vars.project >>" }\n' +
    '  summary: "<< alert_summary >>"\n  issuetype: { name: Bug }\n  description: "<< alert_content >>"\n'

  it('bare site url with a template whose front matter says platform: jira-v3: posts to /rest/api/3/issue', async () => {
    const sent = requestsFromNow(jira)
    const before = jira.state.issues.length
    const result = await runAction({
      inputs: { ...jiraInputs(jira), url: jira.url, template: 'alerts/incident.yml' },
      event: dispatchEvent(ownProblem()),
      files: { 'alerts/incident.yml': V3_TEMPLATE }
    })

    const issue = expectOneIssue(result, sent(), before, '/rest/api/3/issue')
    expect(issue.apiVersion).toBe(3)
    expect(issue.fields.description).toMatchObject({ type: 'doc', version: 1 })
  })

  it('a template whose front matter says platform: jira-v3 on a v2 url is refused before any request', async () => {
    const sent = requestsFromNow(jira)
    const result = await runAction({
      inputs: { ...jiraInputs(jira, 2), template: 'alerts/incident.yml' },
      event: dispatchEvent(ownProblem()),
      files: { 'alerts/incident.yml': V3_TEMPLATE }
    })

    expect(result.code).toBe(1)
    expect(sent()).toEqual([])
    expect(result.stdout).toMatch(
      /::error::Input 'template': 'jira-v3' writes a rich-text \(ADF\) description for REST API v3, but url points at \/rest\/api\/2\/issue/
    )
  })

  it('bare site url without a template: the v2 built-in', async () => {
    const sent = requestsFromNow(jira)
    const before = jira.state.issues.length
    const result = await runAction({
      inputs: { ...jiraInputs(jira), platform: 'jira', url: `${jira.url}/` },
      event: dispatchEvent(ownProblem())
    })

    expectOneIssue(result, sent(), before, '/rest/api/2/issue')
    expect(typeof jira.state.issues[before].fields.description).toBe('string')
  })

  it('dry-run sends nothing and outputs the payload', async () => {
    const sent = requestsFromNow(jira)
    const result = await runAction({ inputs: { ...jiraInputs(jira, 3), 'dry-run': 'true' }, event: dispatchEvent() })

    expect(result.code).toBe(0)
    expect(sent()).toEqual([])
    expect(result.outputs).toMatchObject({ status: 'dry-run', url: '', id: '', attempts: '0' })
    expect(JSON.parse(result.outputs.payload)).toMatchObject({
      fields: { project: { key: 'ENG' }, description: { type: 'doc' } }
    })
  })
})

describe('Jira credentials as the email and token inputs', () => {
  it('creates the issue (search included) with Basic built from them, and masks every form of the pair', async () => {
    const sent = requestsFromNow(jira)
    const before = jira.state.issues.length
    const inputs = { url: jira.issueUrl(2), email: jira.state.email, token: jira.state.apiToken, vars: 'project: ENG' }
    const result = await runAction({ inputs, event: dispatchEvent(ownProblem()) })

    expectOneIssue(result, sent(), before, '/rest/api/2/issue')
    for (const request of sent()) expect(request.headers.authorization).toBe(jira.authorization)
    const encoded = jira.authorization.slice('Basic '.length)
    expect(result.stdout).toContain(`::add-mask::${encoded}`)
    expect(result.stdout).toContain(`::add-mask::${jira.state.apiToken}`)
  })

  it('refuses email while token is still the workflow GitHub token, before any request', async () => {
    const sent = requestsFromNow(jira)
    const result = await runAction({
      inputs: { url: jira.issueUrl(2), email: jira.state.email, vars: 'project: ENG' },
      event: dispatchEvent(ownProblem())
    })
    expectRefusedBeforeSending(result, sent(), /^Input 'token': is not set to an Atlassian API token/)
  })
})
