// The stand-ins' endpoints for issue tracking: Jira's enhanced JQL search, comments, transitions and issue links;
// Linear's issue/label/workflow-state queries, relations and the mutations on them; GitHub's close as duplicate;
// the search lag and store-then-hang faults.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  startGitHub,
  startJira,
  startLinear,
  type GitHubStandIn,
  type JiraStandIn,
  type LinearStandIn
} from './stand-ins/index.js'

interface Sent {
  status: number
  json: unknown
}

async function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: unknown; timeoutMs?: number } = {}
): Promise<Sent> {
  const { method = 'POST', headers = {}, body, timeoutMs = 2000 } = options
  const response = await fetch(url, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs)
  })
  const text = await response.text()
  return { status: response.status, json: text ? JSON.parse(text) : undefined }
}

describe('Jira stand-in: search, comments, transitions', () => {
  let jira: JiraStandIn
  const auth = () => ({ authorization: jira.authorization })
  const search = (params: Record<string, string>) =>
    send(`${jira.url}/rest/api/3/search/jql?${new URLSearchParams(params)}`, { method: 'GET', headers: auth() })
  const create = async (labels: string[], version: 2 | 3 = 2, project = 'ENG') => {
    const fields = { project: { key: project }, issuetype: { name: 'Bug' }, summary: 's', labels }
    return ((await send(jira.issueUrl(version), { headers: auth(), body: { fields } })).json as { key: string }).key
  }

  beforeAll(async () => {
    jira = await startJira({ projects: [{ key: 'ENG' }, { key: 'DATA' }] })
  })
  afterAll(async () => {
    await jira.close()
  })

  it('finds issues by label and status category, newest first, with token pagination (GET and POST alike)', async () => {
    const keys = [await create(['fp-a']), await create(['fp-a']), await create(['fp-a', 'x']), await create(['fp-b'])]
    const jql = 'labels = "fp-a" AND statusCategory != Done ORDER BY created DESC'
    const first = await search({ jql, maxResults: '2', fields: 'summary' })
    expect(first).toMatchObject({ status: 200, json: { isLast: false, nextPageToken: expect.any(String) } })
    const page1 = first.json as { issues: { key: string; fields: object }[]; nextPageToken: string }
    expect(page1.issues.map(issue => issue.key)).toEqual([keys[2], keys[1]])
    expect(page1.issues[0].fields).toEqual({ summary: 's' })
    const second = await send(`${jira.url}/rest/api/3/search/jql`, {
      headers: auth(),
      body: { jql, maxResults: 2, nextPageToken: page1.nextPageToken }
    })
    expect(second.json).toEqual({ issues: [expect.objectContaining({ key: keys[0] })], isLast: true })
  })

  it("refuses unbounded queries and unknown fields with Jira's error shape", async () => {
    expect(await search({ jql: '' })).toMatchObject({
      status: 400,
      json: { errorMessages: [expect.stringContaining('Unbounded JQL')] }
    })
    expect(await search({ jql: 'assignee = me' })).toMatchObject({
      status: 400,
      json: { errorMessages: ["Field 'assignee' does not exist or you do not have permission to view it."] }
    })
    expect((await send(`${jira.url}/rest/api/3/search/jql?jql=labels%3Dx`, { method: 'GET' })).status).toBe(401)
    expect(await search({ jql: 'labels = "a" OR labels = "b"' })).toMatchObject({
      status: 400,
      json: { errorMessages: [expect.stringContaining('cannot read')] }
    })
  })

  it('lags: a new issue shows up only after the given number of searches that matched it', async () => {
    jira.state.searchLag = { searches: 2 }
    try {
      await create(['fp-lag'])
      const counts = []
      for (let n = 0; n < 3; n++)
        counts.push(((await search({ jql: 'labels = "fp-lag"' })).json as { issues: unknown[] }).issues.length)
      expect(counts).toEqual([0, 0, 1])
    } finally {
      jira.state.searchLag = {}
    }
  })

  it('comments: v2 text, v3 ADF (validated); 404 for an unknown issue', async () => {
    const key = await create([])
    const url = (version: number) => `${jira.url}/rest/api/${version}/issue/${key}/comment`
    expect(await send(url(2), { headers: auth(), body: { body: 'hello' } })).toMatchObject({
      status: 201,
      json: { id: expect.any(String), body: 'hello' }
    })
    expect(await send(url(2), { headers: auth(), body: { body: { type: 'doc' } } })).toMatchObject({
      status: 400,
      json: { errors: { comment: 'Operation value must be a string' } }
    })
    const adf = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'hi' }] }] }
    expect((await send(url(3), { headers: auth(), body: { body: adf } })).status).toBe(201)
    const empty = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] }
    expect(await send(url(3), { headers: auth(), body: { body: empty } })).toMatchObject({
      status: 400,
      json: { errors: { comment: 'INVALID_INPUT' } }
    })
    expect(
      (await send(`${jira.url}/rest/api/2/issue/ENG-999/comment`, { headers: auth(), body: { body: 'x' } })).status
    ).toBe(404)
    expect(jira.state.issues.find(issue => issue.key === key)?.comments.map(comment => comment.apiVersion)).toEqual([
      2, 3
    ])
  })

  it('transitions: lists the others with their status category; performs a valid one (204), refuses others', async () => {
    const key = await create([])
    const url = `${jira.url}/rest/api/2/issue/${key}/transitions`
    const listed = (await send(url, { method: 'GET', headers: auth() })).json as {
      transitions: { id: string; to: { statusCategory: { key: string } } }[]
    }
    expect(listed.transitions.map(transition => [transition.id, transition.to.statusCategory.key])).toEqual([
      ['21', 'indeterminate'],
      ['31', 'done']
    ])
    expect(await send(url, { headers: auth(), body: { transition: { id: '11' } } })).toMatchObject({
      status: 400,
      json: { errorMessages: ["Transition id '11' is not valid for this issue."] }
    })
    expect((await send(url, { headers: auth(), body: { transition: { id: '31' } } })).status).toBe(204)
    expect(jira.state.issues.find(issue => issue.key === key)?.status.name).toBe('Done')
  })

  it('scopes a search to a project by key or id; writes created times as Jira does; lags by time', async () => {
    const [eng, data] = [await create(['fp-scope']), await create(['fp-scope'], 2, 'DATA')]
    const keysOf = async (jql: string) =>
      ((await search({ jql, fields: 'created' })).json as { issues: { key: string; fields: { created: string } }[] })
        .issues
    expect((await keysOf('project = "DATA" AND labels = "fp-scope"')).map(issue => issue.key)).toEqual([data])
    const dataId = jira.state.projects.find(project => project.key === 'DATA')?.id
    expect((await keysOf(`project = ${dataId} AND labels = "fp-scope"`)).map(issue => issue.key)).toEqual([data])
    expect((await keysOf('project = ENG AND labels = "fp-scope"'))[0]).toMatchObject({
      key: eng,
      fields: { created: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/) }
    })

    jira.state.searchLag = { ms: 300 }
    try {
      const fresh = await create(['fp-lag-ms'])
      expect(await keysOf('labels = "fp-lag-ms"')).toEqual([])
      await new Promise(resolve => setTimeout(resolve, 350))
      expect((await keysOf('labels = "fp-lag-ms"')).map(issue => issue.key)).toEqual([fresh])
    } finally {
      jira.state.searchLag = {}
    }
  })

  it('transition screens: listed with expand=transitions.fields; resolution only where the screen has it, and a valid one', async () => {
    const workflow = jira.state.workflow
    jira.state.workflow = workflow.map(transition =>
      transition.id === '31' ? { ...transition, screen: ['resolution' as const] } : transition
    )
    try {
      const key = await create([])
      const url = `${jira.url}/rest/api/2/issue/${key}/transitions`
      const plain = (await send(url, { method: 'GET', headers: auth() })).json as {
        transitions: Record<string, unknown>[]
      }
      expect(plain.transitions[1]).toMatchObject({ id: '31', hasScreen: true })
      expect(plain.transitions[1].fields).toBeUndefined()
      const expanded = (await send(`${url}?expand=transitions.fields`, { method: 'GET', headers: auth() })).json as {
        transitions: { fields: Record<string, unknown> }[]
      }
      expect(expanded.transitions[0].fields).toEqual({})
      expect(expanded.transitions[1].fields.resolution).toMatchObject({
        key: 'resolution',
        allowedValues: expect.arrayContaining([{ id: '10002', name: 'Duplicate' }])
      })

      const notOnScreen = { transition: { id: '21' }, fields: { resolution: { name: 'Duplicate' } } }
      expect(await send(url, { headers: auth(), body: notOnScreen })).toMatchObject({
        status: 400,
        json: {
          errorMessages: [],
          errors: { resolution: "Field 'resolution' cannot be set. It is not on the appropriate screen, or unknown." }
        }
      })
      expect(
        (
          await send(url, {
            headers: auth(),
            body: { transition: { id: '31' }, fields: { resolution: { name: 'Fixed' } } }
          })
        ).status
      ).toBe(400)
      expect(
        (
          await send(url, {
            headers: auth(),
            body: { transition: { id: '31' }, fields: { resolution: { name: 'Duplicate' } } }
          })
        ).status
      ).toBe(204)
      expect(jira.state.issues.find(issue => issue.key === key)).toMatchObject({
        status: { name: 'Done' },
        resolution: { name: 'Duplicate' }
      })
    } finally {
      jira.state.workflow = workflow
    }
  })

  it("issue links: the site's link types, a Duplicate link (201, no body) shown on both issues, Jira's refusals", async () => {
    const types = (await send(`${jira.url}/rest/api/3/issueLinkType`, { method: 'GET', headers: auth() })).json as {
      issueLinkTypes: object[]
    }
    expect(types.issueLinkTypes).toContainEqual(
      expect.objectContaining({ name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' })
    )
    const [original, duplicate] = [await create([]), await create([])]
    const link = (body: unknown) => send(`${jira.url}/rest/api/3/issueLink`, { headers: auth(), body })
    expect(
      await link({ type: { name: 'Duplicate' }, inwardIssue: { key: duplicate }, outwardIssue: { key: original } })
    ).toEqual({ status: 201, json: undefined })

    const linksOf = async (key: string) =>
      (
        (await send(`${jira.url}/rest/api/3/issue/${key}`, { method: 'GET', headers: auth() })).json as {
          fields: { issuelinks: object[] }
        }
      ).fields.issuelinks
    expect(await linksOf(duplicate)).toEqual([
      expect.objectContaining({ type: expect.objectContaining({ name: 'Duplicate' }), outwardIssue: { key: original } })
    ])
    expect(await linksOf(original)).toEqual([expect.objectContaining({ inwardIssue: { key: duplicate } })])

    expect(
      await link({ type: { name: 'Duplicates' }, inwardIssue: { key: duplicate }, outwardIssue: { key: original } })
    ).toEqual({
      status: 404,
      json: { errorMessages: ["No issue link type with name 'Duplicates' found."], errors: {} }
    })
    expect(
      (await link({ type: { name: 'Duplicate' }, inwardIssue: { key: 'ENG-999' }, outwardIssue: { key: original } }))
        .status
    ).toBe(404)
    expect(
      (await link({ type: { name: 'Duplicate' }, inwardIssue: { key: original }, outwardIssue: { key: original } }))
        .status
    ).toBe(400)
  })
})

interface Entity {
  id: string
  identifier: string
  name: string
}

/** What the queries below select. */
interface Data {
  issueLabelCreate: { success: boolean; issueLabel: Entity }
  issueLabels: { nodes: Entity[] }
  issues: { nodes: Entity[] }
  issueCreate: { success: boolean; issue: Entity }
  commentCreate: unknown
  workflowStates: { nodes: Entity[] }
  issueUpdate: unknown
  issueRelationCreate: unknown
}

describe('Linear stand-in: issues, labels, comments, workflow states', () => {
  let linear: LinearStandIn
  const gql = async (query: string, variables: Record<string, unknown> = {}) =>
    (await send(linear.graphqlUrl, { headers: { authorization: linear.state.apiKey }, body: { query, variables } }))
      .json as {
      data?: Data
      errors?: { message: string; extensions?: { code?: string } }[]
    }
  const teamId = () => linear.state.teams[0].id
  const createIssue = async (input: Record<string, unknown>) =>
    gql(
      'mutation C($input: IssueCreateInput!) { issueCreate(input: $input) { success issue { id identifier url } } }',
      { input: { teamId: teamId(), title: 't', ...input } }
    )

  beforeAll(async () => {
    linear = await startLinear()
  })
  afterAll(async () => {
    await linear.close()
  })

  it('creates labels (team or workspace), refuses a duplicate name, and finds them by name', async () => {
    const create =
      'mutation L($input: IssueLabelCreateInput!) { issueLabelCreate(input: $input) { success issueLabel { id name team { id } } } }'
    const made = await gql(create, { input: { name: 'fp-1', teamId: teamId() } })
    expect(made.data?.issueLabelCreate).toMatchObject({
      success: true,
      issueLabel: { name: 'fp-1', team: { id: teamId() } }
    })
    expect((await gql(create, { input: { name: 'FP-1', teamId: teamId() } })).errors?.[0].message).toBe(
      'Duplicate label name'
    )
    const found = await gql('query Q($name: String!) { issueLabels(filter: {name: {eq: $name}}) { nodes { id } } }', {
      name: 'fp-1'
    })
    expect(found.data?.issueLabels.nodes).toEqual([{ id: made.data?.issueLabelCreate.issueLabel.id }])
  })

  it('filters issues by team, label and state type; newest first', async () => {
    const label = linear.state.labels[0].id
    const older = await createIssue({ labelIds: [label] })
    const newer = await createIssue({ labelIds: [label] })
    await createIssue({})
    const query = `query Q($teamId: ID!) { issues(first: 10, filter: {team: {id: {eq: $teamId}}, labels: {some: {name: {eq: "fp-1"}}}, state: {type: {nin: ["completed", "canceled"]}}}) { nodes { identifier state { type } } } }`
    const found = await gql(query, { teamId: teamId() })
    expect(found.data?.issues.nodes).toEqual([
      { identifier: newer.data?.issueCreate.issue.identifier, state: { type: 'unstarted' } },
      { identifier: older.data?.issueCreate.issue.identifier, state: { type: 'unstarted' } }
    ])
  })

  it('refuses a filter field the schema does not have', async () => {
    const found = await gql('query { issues(filter: {colour: {eq: "red"}}) { nodes { id } } }')
    expect(found.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED')
  })

  it('a client-supplied id must be a UUID and unique', async () => {
    const id = crypto.randomUUID()
    expect((await createIssue({ id })).data?.issueCreate.issue.id).toBe(id)
    expect((await createIssue({ id })).errors?.[0].message).toBe('Entity already exists')
    expect((await createIssue({ id: 'not-a-uuid' })).errors?.[0].message).toBe('Argument Validation Error')
  })

  it('comments on an issue (non-empty body) and moves it to a state of its team only', async () => {
    const created = (await createIssue({})).data?.issueCreate.issue
    if (!created) throw new Error('the stand-in created no issue')
    const issue = created
    const comment =
      'mutation K($input: CommentCreateInput!) { commentCreate(input: $input) { success comment { body } } }'
    expect((await gql(comment, { input: { issueId: issue.id, body: 'again' } })).data?.commentCreate).toEqual({
      success: true,
      comment: { body: 'again' }
    })
    expect((await gql(comment, { input: { issueId: issue.id, body: ' ' } })).errors?.[0].message).toBe(
      'Argument Validation Error'
    )

    const states = await gql(
      'query S($teamId: ID!) { workflowStates(filter: {team: {id: {eq: $teamId}}, type: {eq: "completed"}}) { nodes { id name } } }',
      { teamId: teamId() }
    )
    expect(states.data?.workflowStates.nodes).toEqual([{ id: expect.any(String), name: 'Done' }])
    const update =
      'mutation U($id: String!, $input: IssueUpdateInput!) { issueUpdate(id: $id, input: $input) { success issue { state { type } } } }'
    const done = states.data?.workflowStates.nodes[0].id
    expect((await gql(update, { id: issue.id, input: { stateId: done } })).data?.issueUpdate).toEqual({
      success: true,
      issue: { state: { type: 'completed' } }
    })
    const otherTeam = { id: crypto.randomUUID(), key: 'OPS', name: 'Ops' }
    linear.state.teams.push(otherTeam)
    linear.state.workflowStates.push({
      id: crypto.randomUUID(),
      teamId: otherTeam.id,
      name: 'Shipped',
      type: 'completed',
      position: 0,
      color: '#000'
    })
    const foreign = linear.state.workflowStates[linear.state.workflowStates.length - 1].id
    expect((await gql(update, { id: issue.id, input: { stateId: foreign } })).errors?.[0].extensions?.code).toBe(
      'INPUT_ERROR'
    )
    expect(linear.state.issues.find(stored => stored.id === issue.id)?.comments.map(stored => stored.body)).toEqual([
      'again'
    ])
  })

  it('relates an issue to another as its duplicate (by id or identifier), not to itself; teams have a duplicate state', async () => {
    const [original, duplicate] = [
      (await createIssue({})).data?.issueCreate.issue,
      (await createIssue({})).data?.issueCreate.issue
    ]
    const relate =
      'mutation R($input: IssueRelationCreateInput!) { issueRelationCreate(input: $input) { success issueRelation { type issue { identifier state { type } } relatedIssue { identifier } } } }'
    const related = await gql(relate, {
      input: { issueId: duplicate?.identifier, relatedIssueId: original?.id, type: 'duplicate' }
    })
    expect(related.data?.issueRelationCreate).toEqual({
      success: true,
      issueRelation: {
        type: 'duplicate',
        issue: { identifier: duplicate?.identifier, state: { type: 'unstarted' } },
        relatedIssue: { identifier: original?.identifier }
      }
    })
    expect(linear.state.relations.at(-1)).toMatchObject({
      type: 'duplicate',
      issueId: duplicate?.id,
      relatedIssueId: original?.id
    })
    expect(
      (await gql(relate, { input: { issueId: duplicate?.id, relatedIssueId: duplicate?.id, type: 'duplicate' } }))
        .errors?.[0].message
    ).toBe('Argument Validation Error')
    expect(
      (await gql(relate, { input: { issueId: duplicate?.id, relatedIssueId: original?.id, type: 'copy' } })).errors?.[0]
        .extensions?.code
    ).toBe('GRAPHQL_VALIDATION_FAILED')
    const states = await gql(
      'query S($teamId: ID!) { workflowStates(filter: {team: {id: {eq: $teamId}}, type: {in: ["duplicate", "canceled"]}}) { nodes { name } } }',
      { teamId: teamId() }
    )
    expect(states.data?.workflowStates.nodes).toEqual([{ name: 'Canceled' }, { name: 'Duplicate' }])
  })

  it('store-then-hang with an operation lets other requests pass, then stores the create and never answers', async () => {
    linear.fault({ kind: 'store-then-hang', operation: 'issueCreate' })
    expect((await gql('query { issueLabels { nodes { id } } }')).data).toBeDefined()
    const before = linear.state.issues.length
    await expect(createIssue({})).rejects.toThrow()
    expect(linear.state.issues).toHaveLength(before + 1)
  })

  it('lags: a new issue shows up in issues() only after the given number of matching searches', async () => {
    linear.state.searchLag = { searches: 1 }
    try {
      const id = (await createIssue({})).data?.issueCreate.issue?.id
      const query = 'query Q($id: ID!) { issues(filter: {id: {eq: $id}}) { nodes { id } } }'
      const counts = [
        (await gql(query, { id })).data?.issues.nodes.length,
        (await gql(query, { id })).data?.issues.nodes.length
      ]
      expect(counts).toEqual([0, 1])
    } finally {
      linear.state.searchLag = {}
    }
  })
})

describe('GitHub stand-in: closing as a duplicate, creation times', () => {
  let hub: GitHubStandIn
  const patch = (number: number, body: unknown) =>
    send(`${hub.url}/repos/acme/data-platform/issues/${number}`, {
      method: 'PATCH',
      headers: { authorization: hub.authorization, 'user-agent': 'test' },
      body
    })

  beforeAll(async () => {
    hub = await startGitHub()
  })
  afterAll(async () => {
    await hub.close()
  })

  it("state_reason is one of GitHub's; duplicate_issue_id must name another existing issue by its REST id", async () => {
    const [original, duplicate] = [hub.seed({ title: 'a' }), hub.seed({ title: 'b' })]
    expect(await patch(duplicate.number, { state: 'closed', state_reason: 'dupe' })).toMatchObject({
      status: 422,
      json: { message: expect.stringContaining("'properties/state_reason'") }
    })
    expect(
      await patch(duplicate.number, { state: 'closed', state_reason: 'duplicate', duplicate_issue_id: 'x' })
    ).toMatchObject({ status: 422 })
    expect(
      await patch(duplicate.number, { state: 'closed', state_reason: 'duplicate', duplicate_issue_id: original.number })
    ).toMatchObject({
      status: 422,
      json: { message: 'Validation Failed', errors: [{ field: 'duplicate_issue_id', code: 'invalid' }] }
    })
    expect(duplicate.state).toBe('open')
    expect(
      await patch(duplicate.number, { state: 'closed', state_reason: 'duplicate', duplicate_issue_id: original.id })
    ).toMatchObject({
      status: 200,
      json: { state: 'closed', state_reason: 'duplicate' }
    })
    expect(duplicate.duplicate_of).toBe(original.id)
  })

  it('creation times are whole seconds; a list orders issues of one second by number', async () => {
    const made = [hub.seed({ title: 'x', labels: ['fp-tie'] }), hub.seed({ title: 'y', labels: ['fp-tie'] })]
    expect(made[0].created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    made[1].created_at = made[0].created_at
    const listed = await send(`${hub.url}/repos/acme/data-platform/issues?labels=fp-tie&sort=created&direction=asc`, {
      method: 'GET',
      headers: { authorization: hub.authorization, 'user-agent': 'test' }
    })
    expect((listed.json as { number: number }[]).map(issue => issue.number)).toEqual(made.map(issue => issue.number))
  })
})
