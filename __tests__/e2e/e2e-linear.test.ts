// End to end: the committed bundle creates issues in the Linear stand-in over GraphQL.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction } from '../../scripts/action-runner.js'
import { startLinear, type LinearStandIn } from '../stand-ins/index.js'
import {
  dispatchEvent,
  expectDelivered,
  expectOneCreate,
  expectRefusedBeforeSending,
  graphqlOperation,
  linearInputs,
  linearTraffic,
  ownProblem,
  requestsFromNow,
  SAMPLE_ALERT
} from './fixtures.js'

const LABEL_ID = '0f2c5e4a-8d1b-4c3e-9a7f-123456789abc'
let linear: LinearStandIn

beforeAll(async () => {
  linear = await startLinear({ labels: [{ id: LABEL_ID, name: 'dagster' }] })
})

afterAll(async () => {
  await linear.close()
})

/** The id of the team label the action marks the problem's issues with (`dagster-fp-…`). */
function markerLabelId(labelIds: unknown): string {
  const ids = Array.isArray(labelIds) ? labelIds : []
  const marker = linear.state.labels.find(label => ids.includes(label.id) && label.name.startsWith('dagster-fp-'))
  if (!marker) throw new Error(`no dagster-fp- label among ${JSON.stringify(labelIds)}`)
  return marker.id
}

describe('Linear, end to end', () => {
  it('creates one issue and outputs the url and identifier Linear returned', async () => {
    const sent = requestsFromNow(linear)
    const before = linear.state.issues.length
    const result = await runAction({
      inputs: {
        ...linearInputs(linear),
        vars: `team_id: ${linear.state.teams[0].id}\npriority: 1\nlabel_ids: [${LABEL_ID}]`
      },
      event: dispatchEvent(ownProblem())
    })

    const post = expectOneCreate(sent(), linearTraffic)
    expectDelivered(result, post, 'created')
    expect(sent().map(request => request.headers.authorization)).toEqual(sent().map(() => linear.state.apiKey))
    expect(linear.state.issues).toHaveLength(before + 1)
    const issue = linear.state.issues[before]
    expect(result.outputs.url).toBe(issue.url)
    expect(result.outputs.id).toBe(issue.identifier)
    expect(JSON.parse(result.outputs.response)).toMatchObject({
      data: { issueCreate: { success: true, issue: { url: issue.url, identifier: issue.identifier } } }
    })
    expect(issue.title).toBe(SAMPLE_ALERT.alert_summary)
    expect(issue.input).toMatchObject({ teamId: linear.state.teams[0].id, priority: 1 })
    expect(issue.input.labelIds).toEqual([LABEL_ID, markerLabelId(issue.input.labelIds)])
    expect(issue.input.description).toEqual(expect.stringContaining(SAMPLE_ALERT.alert_content))
  })

  it('leaves optional fields unset when vars do not give them: the only label is the dedupe marker', async () => {
    const before = linear.state.issues.length
    const result = await runAction({ inputs: linearInputs(linear), event: dispatchEvent(ownProblem()) })

    expect(result.outputs.status).toBe('created')
    const { input } = linear.state.issues[before]
    expect(input).not.toHaveProperty('priority')
    expect(input.labelIds).toEqual([markerLabelId(input.labelIds)])
  })

  it('dry-run sends nothing and outputs the payload', async () => {
    const sent = requestsFromNow(linear)
    const result = await runAction({ inputs: { ...linearInputs(linear), 'dry-run': 'true' }, event: dispatchEvent() })

    expect(result.code).toBe(0)
    expect(sent()).toEqual([])
    expect(result.outputs).toMatchObject({ status: 'dry-run', url: '', id: '', attempts: '0' })
    expect(JSON.parse(result.outputs.payload)).toMatchObject({ variables: { title: SAMPLE_ALERT.alert_summary } })
  })

  it('alert text interpolated into the query that adds a root field is refused before any request', async () => {
    const victim = linear.state.issues[0]
    const file = '.github/linear-interpolated.yml'
    const template = [
      '---',
      'platform: linear',
      '---',
      `query: 'mutation { issueCreate(input: {teamId: "<< vars.team_id >>", title: "<< alert_summary >>"}) { success issue { id identifier url } } }'`
    ].join('\n')
    const summary = `x"}) { success issue { id identifier url } } wiped: issueUpdate(id: "${victim.id}", input: {title: "pwned`
    const sent = requestsFromNow(linear)
    const result = await runAction({
      inputs: { ...linearInputs(linear), template: file },
      event: dispatchEvent(ownProblem({ ...SAMPLE_ALERT, alert_summary: summary })),
      files: { [file]: template }
    })

    const error = expectRefusedBeforeSending(result, sent(), /^The rendered linear payload would be rejected/)
    expect(error).toContain('asks for issueUpdate besides issueCreate')
    expect(linear.state.issues[0].title).toBe(victim.title)
  })

  it('an aliased issueCreate selecting the issue through a fragment is reported created, not failed', async () => {
    const file = '.github/linear-aliased.yml'
    const template = [
      '---',
      'platform: linear',
      '---',
      'query: >-',
      '  mutation Create($title: String!, $teamId: String!) {',
      '  created: issueCreate(input: {title: $title, teamId: $teamId, description: """5" pipe # broken"""})',
      '  { ok: success issue { ...IssueFields } } }',
      '  fragment IssueFields on Issue { id identifier link: url }',
      'variables:',
      '  title: "<< alert_summary >>"',
      '  teamId: "<< vars.team_id >>"'
    ].join('\n')
    const sent = requestsFromNow(linear)
    const before = linear.state.issues.length
    const result = await runAction({
      inputs: { ...linearInputs(linear), template: file },
      event: dispatchEvent(ownProblem()),
      files: { [file]: template }
    })

    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.outputs.status).toBe('created')
    expect(linear.state.issues).toHaveLength(before + 1)
    const issue = linear.state.issues[before]
    expect(result.outputs).toMatchObject({ url: issue.url, id: issue.identifier, attempts: '1' })
    expect(issue.input.description).toBe('5" pipe # broken')
    expect(sent().filter(request => graphqlOperation(request) === 'created')).toHaveLength(1)
  })
})
