// The Linear tracker against the stand-in, with a plain sender: the requests it makes, how the create payload is
// marked, and the errors it raises.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { stripIgnoredCharacters } from 'graphql'
import { InputError } from '../../../src/errors.js'
import { linear as linearPlatform } from '../../../src/platforms/linear/index.js'
import { linearTracker as tracker } from '../../../src/platforms/linear/tracker.js'
import type { IssueMarker, TrackedIssue, TrackerCall } from '../../../src/tracking/contract.js'
import type { Json } from '../../../src/json.js'
import type { Send } from '../../../src/http.js'
import { platformContext } from '../../helpers/platform-context.js'
import { marker, send } from '../../helpers/tracker-calls.js'
import { startLinear, type LinearStandIn } from '../../stand-ins/index.js'

let linear: LinearStandIn

beforeAll(async () => {
  linear = await startLinear()
})

afterAll(async () => {
  await linear.close()
})

function linearCall(payload: Json, mark = marker()): TrackerCall {
  const target = linearPlatform.resolveTarget(linear.graphqlUrl, undefined)
  return {
    marker: mark,
    payload,
    ctx: platformContext({ target, headers: { authorization: linear.state.apiKey } }).ctx,
    send
  }
}

describe('Linear tracker: marking the create payload', () => {
  const teamId = () => linear.state.teams[0].id

  async function markAndSend(
    payload: Json,
    mark = marker()
  ): Promise<{ marked: Json; reply: unknown; mark: IssueMarker }> {
    const call = linearCall(payload, mark)
    const marked = await tracker.markCreate(call)
    const reply = await send(linearPlatform.request(marked, call.ctx))
    return { marked, reply: JSON.parse(reply.body), mark }
  }

  it("adds id and labelIds to an inline input, declaring the variables; the result passes Linear's schema", async () => {
    const query =
      'mutation Create($teamId: String!, $title: String!) { # a comment\n issueCreate(input: {teamId: $teamId, title: $title}) { success issue { id identifier url } } }'
    const { marked, reply, mark } = await markAndSend({ query, variables: { teamId: teamId(), title: 'Job failed' } })

    expect(reply).toMatchObject({ data: { issueCreate: { success: true, issue: { id: mark.createId } } } })
    const { query: sent, variables } = marked as { query: string; variables: Record<string, unknown> }
    // printed from the syntax tree: compared as GraphQL tokens, whatever the line breaks
    const tokens = (text: string) => stripIgnoredCharacters(text)
    expect(tokens(sent)).toContain(
      tokens('issueCreate(input: {id: $relayIssueId, labelIds: $relayLabelIds, teamId: $teamId')
    )
    expect(tokens(sent)).toContain(tokens('$relayIssueId: String, $relayLabelIds: [String!])'))
    expect(sent).not.toContain('# a comment')
    const label = linear.state.labels.find(known => known.name === mark.label)
    expect(variables).toMatchObject({ relayIssueId: mark.createId, relayLabelIds: [label?.id] })
  })

  it('declares variables on a mutation that had none (team as a literal)', async () => {
    const query = `mutation { issueCreate(input: {teamId: "${teamId()}", title: "Fixed"}) { success issue { id identifier url } } }`
    const { marked, reply } = await markAndSend({ query, variables: {} })
    expect(reply).toMatchObject({ data: { issueCreate: { success: true } } })
    expect((marked as { query: string }).query).toMatch(
      /^mutation \(\$relayIssueId: String, \$relayLabelIds: \[String!\]\) \{/
    )
  })

  it("merges the label into the template's labelIds variable and reuses an existing label", async () => {
    const mark = marker()
    const existing = { id: crypto.randomUUID(), name: mark.label }
    const other = { id: crypto.randomUUID(), name: 'prod' }
    linear.state.labels.push(existing, other)
    const query =
      'mutation C($teamId: String!, $labelIds: [String!]) { issueCreate(input: {teamId: $teamId, title: "t", labelIds: $labelIds}) { success issue { id identifier url } } }'
    const { marked } = await markAndSend({ query, variables: { teamId: teamId(), labelIds: [other.id] } }, mark)
    expect((marked as { variables: Record<string, unknown> }).variables.labelIds).toEqual([other.id, existing.id])
    expect(linear.state.labels.filter(label => label.name === mark.label)).toHaveLength(1)
  })

  it('creates a team label when only another team has one of that name', async () => {
    const mark = marker()
    const otherTeam = { id: crypto.randomUUID(), key: 'OPS', name: 'Ops' }
    linear.state.teams.push(otherTeam)
    linear.state.labels.push({ id: crypto.randomUUID(), name: mark.label, teamId: otherTeam.id })
    const query =
      'mutation C($teamId: String!) { issueCreate(input: {teamId: $teamId, title: "t"}) { success issue { id identifier url } } }'
    const { reply } = await markAndSend({ query, variables: { teamId: teamId() } }, mark)
    expect(reply).toMatchObject({ data: { issueCreate: { success: true } } })
    expect(linear.state.labels.filter(label => label.name === mark.label).map(label => label.teamId)).toEqual([
      otherTeam.id,
      teamId()
    ])
  })

  it('uses the label a simultaneous run created between its lookup and its own create', async () => {
    const mark = marker()
    const theirs = { id: crypto.randomUUID(), name: mark.label, teamId: teamId() }
    const racing: Send = async request => {
      if (String(request.body).includes('issueLabelCreate')) linear.state.labels.push(theirs)
      return send(request)
    }
    const query =
      'mutation C($teamId: String!) { issueCreate(input: {teamId: $teamId, title: "t"}) { success issue { id identifier url } } }'
    const marked = await tracker.markCreate({
      ...linearCall({ query, variables: { teamId: teamId() } }, mark),
      send: racing
    })
    expect((marked as { variables: Record<string, unknown> }).variables.relayLabelIds).toEqual([theirs.id])
    expect(linear.state.labels.filter(label => label.name === mark.label)).toEqual([theirs])
  })

  it('reuses the labels the search of the same delivery found, with no lookup of its own', async () => {
    const mark = marker()
    const label = { id: crypto.randomUUID(), name: mark.label, teamId: teamId() }
    linear.state.labels.push(label)
    const queries: string[] = []
    const counting: Send = request => {
      queries.push(/(?:query|mutation) (\w+)/.exec(String(request.body))?.[1] ?? '')
      return send(request)
    }
    const query =
      'mutation C($teamId: String!) { issueCreate(input: {teamId: $teamId, title: "t"}) { success issue { id identifier url } } }'
    const call = { ...linearCall({ query, variables: { teamId: teamId() } }, mark), send: counting }
    await tracker.findOpen(call)
    const marked = await tracker.markCreate(call)
    expect((marked as { variables: Record<string, unknown> }).variables.relayLabelIds).toEqual([label.id])
    expect(queries).toEqual(['DagsterAlertOpenIssues'])
  })

  it('a sample gets the id but no label', async () => {
    const query =
      'mutation C($input: IssueCreateInput!) { issueCreate(input: $input) { success issue { id identifier url } } }'
    const labels = linear.state.labels.length
    const { marked, mark } = await markAndSend(
      { query, variables: { input: { teamId: teamId(), title: 't' } } },
      marker(true)
    )
    expect((marked as { variables: { input: Record<string, unknown> } }).variables.input).toEqual({
      teamId: teamId(),
      title: 't',
      id: mark.createId,
      labelIds: []
    })
    expect(linear.state.labels).toHaveLength(labels)
  })

  it('refuses labelIds written into the query, which it cannot extend', async () => {
    const query = `mutation C($teamId: String!) { issueCreate(input: {teamId: $teamId, title: "t", labelIds: ["${crypto.randomUUID()}"]}) { success issue { id identifier url } } }`
    await expect(tracker.markCreate(linearCall({ query, variables: { teamId: teamId() } }))).rejects.toThrow(InputError)
  })
})

describe('Linear tracker: follow-ups', () => {
  it('looks a create up by its id: found, or undefined for "Entity not found"', async () => {
    const query =
      'mutation C($teamId: String!) { issueCreate(input: {teamId: $teamId, title: "t"}) { success issue { id identifier url } } }'
    const call = linearCall({ query, variables: { teamId: linear.state.teams[0].id } })
    expect(await tracker.findCreated(call, [])).toBeUndefined()
    await send(linearPlatform.request(await tracker.markCreate(call), call.ctx))
    expect(await tracker.findCreated(call, [])).toMatchObject({
      ref: call.marker.createId,
      id: expect.stringMatching(/^ENG-\d+$/)
    })
  })

  const createQuery =
    'mutation C($teamId: String!) { issueCreate(input: {teamId: $teamId, title: "t"}) { success issue { id identifier url } } }'

  async function createLinear(call: TrackerCall): Promise<TrackedIssue> {
    const marked = await tracker.markCreate({ ...call, marker: { ...call.marker, createId: crypto.randomUUID() } })
    const reply = JSON.parse((await send(linearPlatform.request(marked, call.ctx))).body)
    const found = (await tracker.findOpen(call)).find(issue => issue.ref === reply.data.issueCreate.issue.id)
    if (!found) throw new Error('the created issue is not found')
    return found
  }

  it("finds open issues of the payload's team only, with their creation time and number", async () => {
    const mark = marker()
    const other = { id: crypto.randomUUID(), key: 'DATA', name: 'Data' }
    linear.state.teams.push(other)
    for (const [index, type] of ['backlog', 'unstarted', 'completed', 'canceled', 'duplicate'].entries()) {
      linear.state.workflowStates.push({
        id: crypto.randomUUID(),
        teamId: other.id,
        name: type,
        type: type as 'backlog',
        position: index,
        color: '#000000'
      })
    }
    const eng = await createLinear(
      linearCall({ query: createQuery, variables: { teamId: linear.state.teams[0].id } }, mark)
    )
    const dataCall = linearCall({ query: createQuery, variables: { teamId: other.id } }, mark)
    const data = await createLinear(dataCall)

    expect(await tracker.findOpen(dataCall)).toEqual([data])
    expect(data).toMatchObject({ id: 'DATA-1', sequence: 1, created: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) })
    expect(eng.id).toMatch(/^ENG-/)
  })

  it("closes a duplicate: a duplicate relation, then the team's duplicate state (canceled where it has none)", async () => {
    const call = linearCall({ query: createQuery, variables: { teamId: linear.state.teams[0].id } })
    const [original, duplicate] = [await createLinear(call), await createLinear(call)]
    await tracker.closeAsDuplicate(call, duplicate, original)
    expect(linear.state.relations.at(-1)).toMatchObject({
      type: 'duplicate',
      issueId: duplicate.ref,
      relatedIssueId: original.ref
    })
    const stateOf = (issue: TrackedIssue) =>
      linear.state.workflowStates.find(
        state => state.id === linear.state.issues.find(stored => stored.id === issue.ref)?.stateId
      )?.type
    expect(stateOf(duplicate)).toBe('duplicate')
    expect(await tracker.findOpen(call)).toEqual([original])

    const states = linear.state.workflowStates
    linear.state.workflowStates = states.filter(state => state.type !== 'duplicate')
    try {
      const another = await createLinear(call)
      await tracker.closeAsDuplicate(call, another, original)
      expect(stateOf(another)).toBe('canceled')
    } finally {
      linear.state.workflowStates = states
    }
  })

  it('closing in a team without a completed state says what to do', async () => {
    const query =
      'mutation C($teamId: String!) { issueCreate(input: {teamId: $teamId, title: "t"}) { success issue { id identifier url } } }'
    const call = linearCall({ query, variables: { teamId: linear.state.teams[0].id } })
    await send(linearPlatform.request(await tracker.markCreate(call), call.ctx))
    const issue = await tracker.findCreated(call, [])
    const states = linear.state.workflowStates
    linear.state.workflowStates = states.filter(state => state.type !== 'completed')
    try {
      await expect(tracker.close(call, issue!)).rejects.toThrow(
        'the team has no workflow state of type completed; add one, or set resolve: comment'
      )
    } finally {
      linear.state.workflowStates = states
    }
  })
})
