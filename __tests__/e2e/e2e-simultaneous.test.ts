// End to end: alerts of one problem (one job, different partitions and runs) arrive together, each in its own
// process of the committed bundle, as a backfill's failures do. Searching before creating cannot see a
// neighbour's create in flight; reconciling after it must leave exactly one open issue per tracker, with every
// occurrence recorded on it, the others closed as its duplicates, and no failed run.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction, type RunResult } from '../../scripts/action-runner.js'
import {
  startGitHub,
  startJira,
  startLinear,
  type GitHubStandIn,
  type JiraStandIn,
  type LinearStandIn
} from '../stand-ins/index.js'
import { dispatchEvent, errorMessages, jiraInputs, linearInputs, ownProblem, type Inputs } from './fixtures.js'

const RUNS = 10
/** Starting and running ten processes on a loaded machine takes a while; the tracking itself a few seconds. */
const RUN_TIMEOUT_MS = 90_000

let jira: JiraStandIn
let linear: LinearStandIn
let hub: GitHubStandIn

beforeAll(async () => {
  ;[jira, linear, hub] = await Promise.all([
    startJira({
      // Jira's index shows a new issue only a moment after it is made.
      searchLag: { ms: 300 },
      // Done's screen has the resolution field, so a duplicate can be resolved as one.
      workflow: [
        { id: '11', name: 'To Do', status: { id: '10000', name: 'To Do', category: 'new' } },
        { id: '31', name: 'Done', status: { id: '10001', name: 'Done', category: 'done' }, screen: ['resolution'] }
      ]
    }),
    startLinear(),
    startGitHub()
  ])
})

afterAll(async () => {
  await Promise.all([jira.close(), linear.close(), hub.close()])
})

/** RUNS alerts of one problem, each a different partition's run, sent at once by separate workflow runs. */
async function simultaneousRuns(inputs: Inputs): Promise<RunResult[]> {
  const problem = ownProblem()
  return Promise.all(
    Array.from({ length: RUNS }, (_, n) => {
      const runId = `backfill-run-${problem.alert_policy_id}-${n}`
      const alert = {
        ...problem,
        run_id: runId,
        run_link: `https://acme.dagster.cloud/prod/runs/${runId}`,
        partition_key: `2026-01-${String(n + 1).padStart(2, '0')}`
      }
      return runAction({
        inputs,
        event: dispatchEvent(alert),
        env: { GITHUB_RUN_ID: String(5000 + n) },
        timeoutMs: RUN_TIMEOUT_MS
      })
    })
  )
}

/** No failed run; one run created the survivor, every other recorded its occurrence there; all output its url. */
function expectOneIssueFor(results: RunResult[], survivorUrl: string): void {
  for (const result of results) {
    expect(errorMessages(result)).toEqual([])
    expect(result.code).toBe(0)
    expect(result.outputs.url).toBe(survivorUrl)
  }
  expect(results.map(result => result.outputs.status).sort()).toEqual([
    'commented',
    ...Array<string>(RUNS - 2).fill('commented'),
    'created'
  ])
}

describe(`${RUNS} simultaneous alerts of one problem`, () => {
  it(
    'Jira (lagging search): one open issue, every occurrence on it, the others linked and resolved as duplicates',
    async () => {
      const before = jira.state.issues.length
      const results = await simultaneousRuns(jiraInputs(jira))
      const made = jira.state.issues.slice(before)
      const open = made.filter(issue => issue.status.category !== 'done')

      expect(open).toHaveLength(1)
      const [survivor] = open
      expectOneIssueFor(results, `${jira.url}/browse/${survivor.key}`)
      expect(survivor.comments).toHaveLength(RUNS - 1)
      for (const duplicate of made.filter(issue => issue !== survivor)) {
        expect(duplicate.resolution).toMatchObject({ name: 'Duplicate' })
        expect(jira.state.links).toContainEqual(
          expect.objectContaining({ typeId: '10002', inward: duplicate.key, outward: survivor.key })
        )
      }
    },
    RUN_TIMEOUT_MS * 2
  )

  it(
    'Linear: one open issue, every occurrence on it, the others related and in the duplicate state',
    async () => {
      const before = linear.state.issues.length
      const results = await simultaneousRuns(linearInputs(linear))
      const made = linear.state.issues.slice(before)
      const typeOf = (stateId: string) => linear.state.workflowStates.find(state => state.id === stateId)?.type
      const open = made.filter(issue => typeOf(issue.stateId) !== 'duplicate')

      expect(open).toHaveLength(1)
      const [survivor] = open
      expectOneIssueFor(results, survivor.url)
      expect(survivor.comments).toHaveLength(RUNS - 1)
      for (const duplicate of made.filter(issue => issue !== survivor)) {
        expect(linear.state.relations).toContainEqual(
          expect.objectContaining({ type: 'duplicate', issueId: duplicate.id, relatedIssueId: survivor.id })
        )
      }
    },
    RUN_TIMEOUT_MS * 2
  )

  it(
    'GitHub Issues: one open issue, every occurrence on it, the others closed as its duplicates',
    async () => {
      const before = hub.state.issues.length
      const results = await simultaneousRuns({ platform: 'github', url: hub.url })
      const made = hub.state.issues.slice(before)
      const open = made.filter(issue => issue.state === 'open')

      expect(open).toHaveLength(1)
      const [survivor] = open
      expectOneIssueFor(results, survivor.html_url)
      expect(survivor.comments).toHaveLength(RUNS - 1)
      for (const duplicate of made.filter(issue => issue !== survivor)) {
        expect(duplicate).toMatchObject({ state: 'closed', state_reason: 'duplicate', duplicate_of: survivor.id })
        expect(duplicate.comments.map(comment => comment.body)).toEqual([`Duplicate of #${survivor.number}`])
      }
    },
    RUN_TIMEOUT_MS * 2
  )
})
