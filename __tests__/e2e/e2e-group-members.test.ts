// End to end: a dedupe-key that names a group (one alert policy, three jobs A, B, C) keeps its issue or incident
// open while any member is failing, on every issue tracker and on-call service; the members are kept as git refs of
// the workflow's repository on the GitHub stand-in (state-token). A refused state warns and does what it did
// before; the default key (one member) never touches the refs API.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction, type RunResult } from '../../scripts/action-runner.js'
import {
  newRoutingKey,
  startDiscord,
  startGitHub,
  startIncidentIo,
  startJira,
  startLinear,
  startOpsgenie,
  startPagerDuty,
  type GitHubStandIn,
  type IncidentIoStandIn,
  type JiraStandIn,
  type LinearStandIn,
  type LoggedRequest,
  type OpsgenieStandIn,
  type PagerDutyStandIn
} from '../stand-ins/index.js'
import {
  discordInputs,
  dispatchEvent,
  jiraInputs,
  linearInputs,
  ownProblem,
  requestsFromNow,
  type Alert,
  type Inputs
} from './fixtures.js'

const ROUTING_KEY = newRoutingKey()
const GROUP_KEY = { 'dedupe-key': '<< alert_policy_id >>' }
let hub: GitHubStandIn
let jira: JiraStandIn
let linear: LinearStandIn
let pagerduty: PagerDutyStandIn
let opsgenie: OpsgenieStandIn
let incidentio: IncidentIoStandIn

beforeAll(async () => {
  ;[hub, jira, linear, pagerduty, opsgenie, incidentio] = await Promise.all([
    startGitHub(),
    startJira(),
    startLinear(),
    startPagerDuty({ routingKeys: [ROUTING_KEY] }),
    startOpsgenie(),
    startIncidentIo()
  ])
})

afterAll(async () => {
  await Promise.all([hub, jira, linear, pagerduty, opsgenie, incidentio].map(standIn => standIn.close()))
})

/** Runs the bundle with the members kept on `state` (the GitHub stand-in unless a test gives its own). */
function run(inputs: Inputs, alert: Alert, state: GitHubStandIn = hub): Promise<RunResult> {
  return runAction({
    inputs: { ...inputs, 'state-token': state.state.token },
    event: dispatchEvent(alert),
    env: { GITHUB_API_URL: state.url, GITHUB_TOKEN: state.state.token }
  })
}

/** Jobs A, B and C of one alert policy: three members of the group key. */
function threeMembers(): Alert[] {
  const policy = ownProblem()
  return ['job_a', 'job_b', 'job_c'].map(job => ({ ...policy, job_name: job, alert_summary: `Job ${job} failed` }))
}

function recoveryOf(alert: Alert): Alert {
  return { ...alert, run_status: 'SUCCESS', alert_summary: `Job ${alert.job_name} succeeded`, failure_message: '' }
}

function warnings(result: RunResult): string[] {
  return result.stdout.split('\n').filter(line => line.startsWith('::warning'))
}

function notices(result: RunResult): string[] {
  return result.stdout
    .split('\n')
    .filter(line => line.startsWith('::notice::'))
    .map(line => line.slice('::notice::'.length))
}

function refRequests(requests: LoggedRequest[]): LoggedRequest[] {
  return requests.filter(request => /\/git\//.test(request.path))
}

interface Tracker {
  name: string
  inputs(): Inputs
  isOpen(id: string): boolean
  /** The text of the issue's last comment. */
  lastComment(id: string): string
}

const trackers: Tracker[] = [
  {
    name: 'GitHub Issues',
    inputs: () => ({ platform: 'github', url: hub.url, token: hub.state.token }),
    isOpen: id => issueOnGitHub(id).state === 'open',
    lastComment: id => issueOnGitHub(id).comments.at(-1)?.body ?? ''
  },
  {
    name: 'Jira',
    inputs: () => jiraInputs(jira),
    isOpen: id => issueOnJira(id).status.category !== 'done',
    lastComment: id => JSON.stringify(issueOnJira(id).comments.at(-1)?.body ?? '')
  },
  {
    name: 'Linear',
    inputs: () => linearInputs(linear),
    isOpen: id => {
      const state = linear.state.workflowStates.find(each => each.id === issueOnLinear(id).stateId)
      return state?.type !== 'completed' && state?.type !== 'canceled'
    },
    lastComment: id => issueOnLinear(id).comments.at(-1)?.body ?? ''
  }
]

function issueOnGitHub(id: string) {
  const issue = hub.state.issues.find(each => String(each.number) === id)
  if (!issue) throw new Error(`no issue #${id}`)
  return issue
}

function issueOnJira(id: string) {
  const issue = jira.state.issues.find(each => each.key === id)
  if (!issue) throw new Error(`no issue ${id}`)
  return issue
}

function issueOnLinear(id: string) {
  const issue = linear.state.issues.find(each => each.identifier === id)
  if (!issue) throw new Error(`no issue ${id}`)
  return issue
}

describe.each(trackers)('a group key on $name', tracker => {
  it('A, B and C fail: one issue; A and B recover: comments naming who is still failing; C recovers: closed', async () => {
    const [a, b, c] = threeMembers()
    const inputs = { ...tracker.inputs(), ...GROUP_KEY }
    const opened = await run(inputs, a)
    expect(opened.outputs.status).toBe('created')
    const { id } = opened.outputs
    for (const alert of [b, c]) expect((await run(inputs, alert)).outputs).toMatchObject({ status: 'commented', id })

    const aBack = await run(inputs, recoveryOf(a))
    expect(aBack.outputs).toMatchObject({ status: 'commented', id })
    expect(notices(aBack)).toEqual([`job_a recovered; 2 members still failing (job_b, job_c): ${id} stays open`])
    expect(tracker.isOpen(id)).toBe(true)
    expect(tracker.lastComment(id)).toMatch(/Still failing.*job\\{0,2}_b, job\\{0,2}_c/)

    const bBack = await run(inputs, recoveryOf(b))
    expect(bBack.outputs).toMatchObject({ status: 'commented', id })
    expect(notices(bBack)).toEqual([`job_b recovered; 1 member still failing (job_c): ${id} stays open`])
    expect(tracker.isOpen(id)).toBe(true)

    const cBack = await run(inputs, recoveryOf(c))
    expect(cBack.outputs).toMatchObject({ status: 'resolved', id })
    expect(tracker.isOpen(id)).toBe(false)
    expect([opened, aBack, bBack, cBack].flatMap(warnings)).toEqual([])
  }, 90_000)
})

interface OnCall {
  name: string
  inputs(): Inputs
  /** The incidents (alerts) the service keeps for `key`, and whether each is open. */
  incidents(key: string): boolean[]
}

const onCalls: OnCall[] = [
  {
    name: 'PagerDuty',
    inputs: () => ({ platform: 'pagerduty', url: pagerduty.enqueueUrl(), token: ROUTING_KEY }),
    incidents: key =>
      pagerduty.state.incidents.filter(each => each.dedupKey === key).map(each => each.status !== 'resolved')
  },
  {
    name: 'Opsgenie',
    inputs: () => ({ platform: 'opsgenie', url: opsgenie.alertsUrl(), token: opsgenie.state.apiKeys[0] }),
    incidents: key => opsgenie.state.alerts.filter(each => each.alias === key).map(each => each.status === 'open')
  },
  {
    name: 'incident.io',
    inputs: () => ({ platform: 'incidentio', url: incidentio.eventUrl(), token: incidentio.state.sources[0].token }),
    incidents: key =>
      incidentio.state.alerts.filter(each => each.deduplicationKey === key).map(each => each.status === 'firing')
  }
]

describe.each(onCalls)('a group key on $name', service => {
  it('A, B and C fail: one incident; it is resolved only when C, the last, recovers', async () => {
    const [a, b, c] = threeMembers()
    const inputs = { ...service.inputs(), ...GROUP_KEY }
    const fired = [await run(inputs, a), await run(inputs, b), await run(inputs, c)]
    expect(fired.map(result => result.outputs.status)).toEqual(['sent', 'sent', 'sent'])
    const key = fired[0].outputs.id
    expect(fired.map(result => result.outputs.id)).toEqual([key, key, key])
    expect(service.incidents(key)).toEqual([true])

    const aBack = await run(inputs, recoveryOf(a))
    expect(aBack.outputs.status).toBe('skipped')
    expect(notices(aBack)).toEqual([
      `job_a recovered; 2 members still failing (job_b, job_c): the incident ${key} stays open`
    ])
    const bBack = await run(inputs, recoveryOf(b))
    expect(bBack.outputs.status).toBe('skipped')
    expect(service.incidents(key)).toEqual([true])

    const cBack = await run(inputs, recoveryOf(c))
    expect(cBack.outputs).toMatchObject({ status: 'resolved', id: key })
    expect(service.incidents(key)).toEqual([false])
    expect([...fired, aBack, bBack, cBack].flatMap(warnings)).toEqual([])
  }, 90_000)
})

describe('group members kept or not', () => {
  it('refs refused (403): each alert warns with what to do, and a recovery closes as before', async () => {
    const refused = await startGitHub({ repositories: [{ fullName: 'acme/data-platform', refsForbidden: true }] })
    try {
      const [a, b] = threeMembers()
      const inputs = { ...jiraInputs(jira), ...GROUP_KEY }
      const opened = await run(inputs, a, refused)
      const repeated = await run(inputs, b, refused)
      const aBack = await run(inputs, recoveryOf(a), refused)
      expect([opened, repeated, aBack].map(result => [result.code, result.outputs.status])).toEqual([
        [0, 'created'],
        [0, 'commented'],
        [0, 'resolved']
      ])
      expect(issueOnJira(opened.outputs.id).status.category).toBe('done')
      for (const result of [opened, repeated, aBack])
        expect(warnings(result).join('\n')).toMatch(/members of the group key.*403.*contents: write.*state-token/)
      expect(warnings(aBack).join('\n')).toContain('this recovery closes or resolves the problem even if')
    } finally {
      await refused.close()
    }
  }, 60_000)

  it('the default key (one member per problem): no request to the refs API, and no warning', async () => {
    const [a] = threeMembers()
    const refs = requestsFromNow(hub)
    const opened = await run(jiraInputs(jira), a)
    const closed = await run(jiraInputs(jira), recoveryOf(a))
    expect([opened.outputs.status, closed.outputs.status]).toEqual(['created', 'resolved'])
    expect(refRequests(refs())).toEqual([])
    expect([opened, closed].flatMap(warnings)).toEqual([])
  })

  it('a failure writes its member with one request, a recovery with two (write, then list)', async () => {
    const [a, b, c] = threeMembers()
    const inputs = { ...onCalls[0].inputs(), ...GROUP_KEY }
    // Both state commits (failing, recovered) made by earlier runs, as in a repository that has seen alerts.
    await run(inputs, a)
    await run(inputs, recoveryOf(c))
    const failing = requestsFromNow(hub)
    await run(inputs, b)
    // The state commits exist already (earlier runs made them): a ref request only.
    expect(refRequests(failing()).map(request => request.method)).toEqual(['POST'])
    const recovering = requestsFromNow(hub)
    await run(inputs, recoveryOf(a))
    expect(refRequests(recovering()).map(request => request.method)).toEqual(['PATCH', 'GET'])
  })
})

describe('state-token', () => {
  it('keeps the state apart from the destination token, for chat too, and is masked', async () => {
    const stateToken = 'ghs_state-token-only-for-refs-0123456789'
    const [state, discord] = await Promise.all([startGitHub({ token: stateToken }), startDiscord()])
    try {
      const [a] = threeMembers()
      const runs = []
      for (let n = 0; n < 2; n++)
        runs.push(
          await runAction({
            inputs: {
              ...discordInputs(discord),
              repeat: 'comment',
              token: 'not-the-state-token',
              'state-token': stateToken
            },
            event: dispatchEvent(a),
            env: { GITHUB_API_URL: state.url, GITHUB_TOKEN: 'ghs_not-the-state-token' }
          })
        )
      expect(runs.map(result => result.outputs.status)).toEqual(['sent', 'commented'])
      expect(discord.state.messages).toHaveLength(1)
      expect(runs.flatMap(warnings)).toEqual([])
      for (const result of runs) expect(result.stdout).toContain(`::add-mask::${stateToken}`)
    } finally {
      await Promise.all([state.close(), discord.close()])
    }
  })
})
