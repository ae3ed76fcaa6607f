import { TrackerError, type IssueTracker, type TrackedIssue, type TrackerCall } from '../../tracking/contract.js'
import { noteAsMarkdown } from '../../tracking/notes.js'
import { isObject, type JsonObject } from '../shared/json.js'
import type { Json } from '../../json.js'
import { followUpData, post } from './api.js'
import { LABEL_LIMIT, SEARCH_LIMIT } from './limits.js'
import { withIssueMarker } from './issue-marker.js'
import { teamIdOf } from './operation.js'

const LABEL_COLOR = '#4f46e5'

// The marker label is fetched with the search, so a create right after it needs no lookup of its own.
const OPEN_ISSUES = `query DagsterAlertOpenIssues($teamId: ID!, $label: String!) {
  issues(first: ${SEARCH_LIMIT}, filter: {team: {id: {eq: $teamId}}, labels: {some: {name: {eq: $label}}}, state: {type: {nin: ["completed", "canceled", "duplicate"]}}}) {
    nodes { id identifier number url createdAt }
  }
  issueLabels(first: ${LABEL_LIMIT}, filter: {name: {eq: $label}}) { nodes { id team { id } } }
}`
const LABELS_NAMED = `query DagsterAlertLabel($name: String!) {
  issueLabels(first: ${LABEL_LIMIT}, filter: {name: {eq: $name}}) { nodes { id team { id } } }
}`
const CREATE_LABEL = `mutation DagsterAlertLabelCreate($input: IssueLabelCreateInput!) {
  issueLabelCreate(input: $input) { success issueLabel { id } }
}`
const ISSUE_BY_ID = `query DagsterAlertIssue($id: String!) {
  issue(id: $id) { id identifier number url createdAt }
}`
const CREATE_COMMENT = `mutation DagsterAlertComment($input: CommentCreateInput!) {
  commentCreate(input: $input) { success }
}`
const COMPLETED_STATES = `query DagsterAlertCompletedStates($teamId: ID!) {
  workflowStates(filter: {team: {id: {eq: $teamId}}, type: {eq: "completed"}}) { nodes { id name position } }
}`
const MARK_DUPLICATE = `mutation DagsterAlertDuplicate($input: IssueRelationCreateInput!) {
  issueRelationCreate(input: $input) { success issueRelation { issue { state { type } } } }
}`
/** Linear's own duplicate state (a newer state type) and, where a team has none, the canceled ones. */
const DUPLICATE_STATES = `query DagsterAlertDuplicateStates($teamId: ID!) {
  workflowStates(filter: {team: {id: {eq: $teamId}}, type: {in: ["duplicate", "canceled"]}}) { nodes { id type position } }
}`
const UPDATE_STATE = `mutation DagsterAlertResolve($id: String!, $input: IssueUpdateInput!) {
  issueUpdate(id: $id, input: $input) { success }
}`

/** The ctx.state key of the labels named after a marker, as the search found them (a create after it needs no lookup). */
const LABELS_FOUND = 'linear.labelsFound'

interface LabelsFound {
  marker: TrackerCall['marker']
  labels: JsonObject[]
}

/** The labels the search of this call's marker found, if it ran in this delivery. */
function labelsFound(call: TrackerCall): JsonObject[] | undefined {
  const found = call.ctx.state.get(LABELS_FOUND) as LabelsFound | undefined
  return found?.marker === call.marker ? found.labels : undefined
}

async function graphql(call: TrackerCall, what: string, query: string, variables: JsonObject): Promise<JsonObject> {
  return followUpData(await call.send(post({ query, variables }, call.ctx)), what)
}

function teamOf(call: TrackerCall, what: string): string {
  const teamId = teamIdOf(call.payload)
  if (!teamId) throw new TrackerError(what, 'the create payload names no team (variables.teamId)')
  return teamId
}

async function labelId(call: TrackerCall): Promise<string> {
  const teamId = teamOf(call, 'lookup of the issue label')
  const name = call.marker.label
  const lookUp = async () =>
    nodes(field(await graphql(call, `lookup of the label ${name}`, LABELS_NAMED, { name }), 'issueLabels'))
  // A workspace label (no team) or this team's own can go on the team's issues.
  const usableIn = (labels: JsonObject[]) => {
    const usable = labels.find(label => {
      const team = field(label, 'team')
      return !isObject(team) || team.id === teamId
    })
    return typeof usable?.id === 'string' ? usable.id : undefined
  }
  const found = usableIn(labelsFound(call) ?? (await lookUp()))
  if (found) return found
  const description = 'Dagster Alert Relay: the issues of one Dagster+ alert problem'
  const input = { name, teamId, color: LABEL_COLOR, description }
  let made: Json | undefined
  try {
    made = field(await graphql(call, `creation of the label ${name}`, CREATE_LABEL, { input }), 'issueLabelCreate')
  } catch (error) {
    // A simultaneous run of the problem made the label first: that one serves.
    if (!(error instanceof TrackerError) || !/duplicate label name|already exists/i.test(error.detail)) throw error
    const theirs = usableIn(await lookUp())
    if (theirs) return theirs
    throw error
  }
  const id = field(field(made, 'issueLabel'), 'id')
  if (typeof id !== 'string')
    throw new TrackerError(`creation of the label ${name}`, 'Linear answered without the label id')
  return id
}

/**
 * Linear issues of one problem carry a team label named after the marker, created on first use; a create
 * sends the marker's UUID as the issue id, so a retried create is recognised by looking that id up.
 */
export const linearTracker: IssueTracker = {
  searchLagMs: 0,

  async findOpen(call) {
    // A sample gets no label (it is recognised by its id): there is nothing of its kind to find.
    if (call.marker.sample) return []
    const teamId = teamOf(call, 'search for open issues')
    const data = await graphql(call, 'search for open issues', OPEN_ISSUES, { teamId, label: call.marker.label })
    const found: LabelsFound = { marker: call.marker, labels: nodes(field(data, 'issueLabels')) }
    call.ctx.state.set(LABELS_FOUND, found)
    return nodes(field(data, 'issues')).flatMap(issue => trackedIssue(issue))
  },

  async markCreate(call) {
    const labelIds = call.marker.sample ? [] : [await labelId(call)]
    return withIssueMarker(call.payload, { id: call.marker.createId, labelIds })
  },

  async findCreated(call) {
    const what = 'lookup of the issue by its id'
    try {
      const data = await graphql(call, what, ISSUE_BY_ID, { id: call.marker.createId })
      return trackedIssue(field(data, 'issue'))[0]
    } catch (error) {
      // Linear answers an unknown id with "Entity not found": nothing was created.
      if (error instanceof TrackerError && /not found/i.test(error.detail)) return undefined
      throw error
    }
  },

  async comment(call, issue, note) {
    const what = `comment on ${issue.id}`
    const data = await graphql(call, what, CREATE_COMMENT, {
      input: { issueId: issue.ref, body: noteAsMarkdown(note) }
    })
    requireSuccess(data, 'commentCreate', what)
  },

  async close(call, issue) {
    const what = `closing of ${issue.id}`
    const teamId = teamOf(call, what)
    const states = nodes(field(await graphql(call, what, COMPLETED_STATES, { teamId }), 'workflowStates'))
    const done = states.sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))[0]
    if (typeof done?.id !== 'string') {
      throw new TrackerError(what, 'the team has no workflow state of type completed; add one, or set resolve: comment')
    }
    const data = await graphql(call, what, UPDATE_STATE, { id: issue.ref, input: { stateId: done.id } })
    requireSuccess(data, 'issueUpdate', what)
  },

  async closeAsDuplicate(call, duplicate, original) {
    const what = `closing of ${duplicate.id} as a duplicate of ${original.id}`
    const input = { issueId: duplicate.ref, relatedIssueId: original.ref, type: 'duplicate' }
    const marked = await graphql(call, what, MARK_DUPLICATE, { input })
    requireSuccess(marked, 'issueRelationCreate', what)
    // Linear may move a marked duplicate to its duplicate state by itself; where it did not, the relay does.
    const stateType = ['issueRelationCreate', 'issueRelation', 'issue', 'state', 'type'].reduce<Json | undefined>(
      field,
      marked
    )
    if (stateType === 'duplicate' || stateType === 'canceled') return
    const states = nodes(
      field(await graphql(call, what, DUPLICATE_STATES, { teamId: teamOf(call, what) }), 'workflowStates')
    )
    const rank = (state: JsonObject) => (state.type === 'duplicate' ? 0 : 1000) + Number(state.position ?? 0)
    const closing = states.sort((a, b) => rank(a) - rank(b))[0]
    if (typeof closing?.id !== 'string')
      throw new TrackerError(what, 'the team has no workflow state of type duplicate or canceled')
    const data = await graphql(call, what, UPDATE_STATE, { id: duplicate.ref, input: { stateId: closing.id } })
    requireSuccess(data, 'issueUpdate', what)
  }
}

function trackedIssue(node: Json | undefined): TrackedIssue[] {
  if (
    !isObject(node) ||
    typeof node.id !== 'string' ||
    typeof node.identifier !== 'string' ||
    typeof node.url !== 'string'
  )
    return []
  const created = typeof node.createdAt === 'string' ? node.createdAt : ''
  return [
    {
      ref: node.id,
      id: node.identifier,
      url: node.url,
      created,
      sequence: typeof node.number === 'number' ? node.number : 0
    }
  ]
}

function requireSuccess(data: JsonObject, mutation: string, what: string): void {
  if (field(data, mutation) && field(field(data, mutation), 'success') !== false) return
  throw new TrackerError(what, `Linear answered ${mutation} success: false`)
}

function nodes(connection: Json | undefined): JsonObject[] {
  const list = field(connection, 'nodes')
  return Array.isArray(list) ? list.filter(isObject) : []
}

function field(value: Json | undefined, key: string): Json | undefined {
  return isObject(value) ? value[key] : undefined
}
