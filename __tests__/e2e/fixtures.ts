// Shared alerts, inputs and checks for the end-to-end tests, which run the committed dist/index.js through
// scripts/action-runner.js against the stand-ins.
import { expect } from '@jest/globals'
import type { RunOptions, RunResult } from '../../scripts/action-runner.js'
import type { DiscordStandIn, JiraStandIn, LinearStandIn, LoggedRequest } from '../stand-ins/index.js'

export type Alert = Record<string, string>
export type Inputs = RunOptions['inputs']
export type GitHubEvent = NonNullable<RunOptions['event']>

/** A failed-run alert with the tokens Dagster+ fills for a JOB alert. */
export const SAMPLE_ALERT: Alert = {
  alert_summary: 'Job daily_etl failed',
  alert_content:
    'Step "load_data" failed:\n  File "etl.py", line 42, in load_data\n    raise ValueError("bad row")\nValueError: bad row',
  deployment_name: 'prod',
  deployment_url: 'https://acme.dagster.cloud/prod',
  alert_policy_name: 'Critical Alerts',
  alert_policy_id: 'abc123-def456',
  notification_type: 'JOB',
  is_sample: 'false',
  job_name: 'daily_etl',
  run_id: 'abc123-def456',
  run_link: 'https://acme.dagster.cloud/prod/runs/abc123-def456',
  run_status: 'FAILURE',
  failure_message: "Step 'load_data' failed",
  start_time: 'Jan 8, 2026 10:00 AM',
  end_time: 'Jan 8, 2026 10:05 AM'
}

let problemCount = 0

/** An alert policy id no other alert of this test file has: with it, an alert is a problem of its own. */
export function ownPolicyId(): string {
  problemCount++
  return `e2e-policy-${problemCount}`
}

/**
 * `alert` as a problem no other test has (its own alert_policy_id, which the templates do not print, so its own
 * fingerprint). Issue platforms keep one open issue per problem: an alert that repeats an earlier test's problem
 * comments on that test's issue instead of creating one.
 */
export function ownProblem(alert: Alert = SAMPLE_ALERT): Alert {
  return { ...alert, alert_policy_id: ownPolicyId() }
}

/** Marks alert text that tries to become a workflow command; no command line may ever carry it. */
const INJECTED = 'INJECTED-BY-ALERT'

/** Alert text written to break JSON, YAML, Liquid, GitHub expressions, String.replace and the runner's log. */
export const HOSTILE_LINES = [
  'He said "stop" and \'left\' \\ C:\\path\\to\\file \\n \\u0000',
  '\ttabbed\tcolumns\t',
  'emoji 🚀🔥 family 👨‍👩‍👧 flag 🇩🇪 astral 𝕏',
  '<< alert_summary >> <% raw %> {{ run_id }} {{token}} ${{ secrets.GITHUB_TOKEN }} $& $1 $$',
  '@everyone @here <@123456789012345678> <@!123456789012345679> <@&123456789012345670>',
  `::error::${INJECTED} error`,
  `::add-mask::${INJECTED}`,
  `::warning file=x.py,line=1::${INJECTED} warning`,
  `::stop-commands::${INJECTED}`,
  `::set-output name=url::${INJECTED}`,
  `::group::${INJECTED}`
]

/** A Python traceback of a little over 10 KB. */
export const STACK_TRACE = (() => {
  const frames: string[] = ['Traceback (most recent call last):']
  for (let i = 0; frames.join('\n').length < 10_240; i++) {
    frames.push(`  File "/opt/dagster/app/pipelines/stage_${i}.py", line ${100 + i}, in run_stage_${i}`)
    frames.push(`    result = transform(frame, options={"strict": True, "retries": ${i}})`)
  }
  frames.push('ValueError: bad row "42"\\n')
  return frames.join('\n')
})()

export const HOSTILE_CONTENT = `${HOSTILE_LINES.join('\n')}\n${STACK_TRACE}`

/** One line (Jira summaries are one line): quotes, backslashes, emoji, template syntax, mentions. */
export const HOSTILE_SUMMARY =
  'Job "daily_etl" failed \\ \'x\' 🚀 << y >> {{ z }} ${{ github.token }} $& @everyone <@123456789012345678>'

export const HOSTILE_ALERT: Alert = {
  ...SAMPLE_ALERT,
  alert_summary: HOSTILE_SUMMARY,
  alert_content: HOSTILE_CONTENT,
  failure_message: HOSTILE_LINES.join('\n')
}

/** What Dagster+ posts to /dispatches, as the repository_dispatch event: tokens under client_payload.alert. */
export function dispatchEvent(alert: Alert = SAMPLE_ALERT): GitHubEvent {
  return { name: 'repository_dispatch', payload: { action: 'dagster-alert', client_payload: { alert } } }
}

/** The tokens at the top level of client_payload (a webhook body without the `alert` key). */
export function flatDispatchEvent(alert: Alert = SAMPLE_ALERT): GitHubEvent {
  return { name: 'repository_dispatch', payload: { action: 'dagster-alert', client_payload: alert } }
}

export function workflowDispatchEvent(inputs: Record<string, string>): GitHubEvent {
  return { name: 'workflow_dispatch', payload: { inputs, ref: 'refs/heads/main' } }
}

export function discordInputs(discord: DiscordStandIn): Inputs {
  return { platform: 'discord', url: discord.webhookUrl() }
}

export function jiraInputs(jira: JiraStandIn, version: 2 | 3 = 2): Inputs {
  return { url: jira.issueUrl(version), headers: `Authorization: ${jira.authorization}`, vars: 'project: ENG' }
}

export function linearInputs(linear: LinearStandIn): Inputs {
  return {
    platform: 'linear',
    url: linear.graphqlUrl,
    headers: `Authorization: ${linear.state.apiKey}`,
    vars: `team_id: ${linear.state.teams[0].id}`
  }
}

/** The requests a stand-in receives from now on: call at the start of a test, read after the run. */
export function requestsFromNow(standIn: { requests: LoggedRequest[] }): () => LoggedRequest[] {
  const start = standIn.requests.length
  return () => standIn.requests.slice(start)
}

export function withMethod(requests: LoggedRequest[], method: string): LoggedRequest[] {
  return requests.filter(request => request.method === method)
}

/** What an issue platform received in one run, by role: a dedupe lookup precedes each create. */
export interface IssueTraffic {
  creates: LoggedRequest[]
  /** The search for an open issue of the problem (and its confirmation), the marker label, a lost create. */
  lookups: LoggedRequest[]
  /** Comments, transitions and anything else: a run that creates sends none. */
  others: LoggedRequest[]
}

export type TrafficOf = (requests: LoggedRequest[]) => IssueTraffic

/**
 * A run that finds no open issue: the search, its confirmation (Jira) or the marker label's lookup and creation
 * (Linear), and after the create the search that reconciles it with simultaneous runs.
 */
export const MAX_DEDUPE_LOOKUPS = 4

type RequestTest = (request: LoggedRequest) => boolean

function trafficBy(requests: LoggedRequest[], isCreate: RequestTest, isLookup: RequestTest): IssueTraffic {
  const creates = requests.filter(isCreate)
  const lookups = requests.filter(request => !isCreate(request) && isLookup(request))
  return {
    creates,
    lookups,
    others: requests.filter(request => !creates.includes(request) && !lookups.includes(request))
  }
}

/** Jira: creates are POST …/rest/api/{2,3}/issue, lookups the JQL searches. */
export function jiraTraffic(requests: LoggedRequest[]): IssueTraffic {
  return trafficBy(
    requests,
    request => request.method === 'POST' && /\/rest\/api\/[23]\/issue\/?$/.test(request.path),
    request => /\/rest\/api\/[23]\/search\/jql$/.test(request.path)
  )
}

/** The field a GraphQL request's document calls first: `issueCreate`, `issues`, `commentCreate`, … */
export function graphqlOperation(request: LoggedRequest): string | undefined {
  const query = (request.json as { query?: unknown } | undefined)?.query
  return typeof query === 'string' ? /^[^{]*\{\s*(\w+)/.exec(query)?.[1] : undefined
}

const LINEAR_LOOKUPS = ['issues', 'issueLabels', 'issueLabelCreate', 'issue']

/** Linear: creates call issueCreate; lookups search issues, find or create the marker label, or look a lost create up. */
export function linearTraffic(requests: LoggedRequest[]): IssueTraffic {
  return trafficBy(
    requests,
    request => graphqlOperation(request) === 'issueCreate',
    request => LINEAR_LOOKUPS.includes(graphqlOperation(request) ?? '')
  )
}

/**
 * The one create of a run that found no open issue: a few lookups before it, nothing else; after it at most the
 * search that reconciles a successful create (which finds it the oldest, so nothing more).
 */
export function expectOneCreate(requests: LoggedRequest[], trafficOf: TrafficOf): LoggedRequest {
  const { creates, lookups, others } = trafficOf(requests)
  expect(others).toEqual([])
  expect(creates).toHaveLength(1)
  expect(lookups.length).toBeLessThanOrEqual(MAX_DEDUPE_LOOKUPS)
  const after = requests.slice(requests.indexOf(creates[0]) + 1)
  expect(after.length).toBeLessThanOrEqual(1)
  expect(lookups).toEqual(expect.arrayContaining(after))
  return creates[0]
}

/** The messages of `::error::` lines, with the runner's escapes (%25 %0D %0A) undone. */
export function errorMessages(result: RunResult): string[] {
  return result.stdout
    .split('\n')
    .filter(line => line.startsWith('::error::'))
    .map(line => line.slice('::error::'.length).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'))
}

/** The one error the step failed with. */
export function theError(result: RunResult): string {
  const errors = errorMessages(result)
  expect(errors).toHaveLength(1)
  return errors[0]
}

/** Commands this action may write to stdout (set-output and the rest go through files or not at all). */
const OWN_COMMANDS = new Set(['add-mask', 'error', 'warning', 'group', 'endgroup', 'stop-commands'])

/**
 * Stdout lines the runner would execute as workflow commands although the action did not mean them: a
 * command it never writes, or one that is a line of alert text. Lines inside a stop-commands block are
 * printed only.
 */
export function strayCommandLines(stdout: string): string[] {
  const stray: string[] = []
  let resumeLine: string | undefined
  for (const line of stdout.split('\n')) {
    if (resumeLine !== undefined) {
      if (line === resumeLine) resumeLine = undefined
      continue
    }
    if (!line.startsWith('::')) continue
    const [, command = '', data = ''] = /^::([\w-]+)[^:]*::(.*)$/.exec(line) ?? []
    // Our own messages may quote alert text further on; a command whose data starts with it came from it.
    if (!OWN_COMMANDS.has(command) || data.startsWith(INJECTED)) stray.push(line)
    if (command === 'stop-commands') resumeLine = `::${line.slice('::stop-commands::'.length)}::`
  }
  return stray
}

/** Everything a person sees except the `::add-mask::` lines, which the runner consumes (and hides). */
export function visibleExceptMasks(result: RunResult): string {
  return result.visible
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
}

/** Checks shared by every successful delivery: outputs, payload equal to what was received, summary. */
export function expectDelivered(result: RunResult, received: LoggedRequest, status: 'sent' | 'created'): void {
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  expect(errorMessages(result)).toEqual([])
  expect(result.outputs.status).toBe(status)
  expect(result.outputs.attempts).toBe('1')
  expect(JSON.parse(result.outputs.payload)).toEqual(received.json)
  expect(JSON.parse(result.outputs.response)).toEqual(expect.any(Object))
  expect(result.summary).toContain(result.outputs.url)
  expect(result.summary).toContain('<summary>Rendered payload</summary>')
  expect(result.summary).toContain(JSON.stringify(received.json, null, 2))
  expect(strayCommandLines(result.stdout)).toEqual([])
}

/** Checks shared by every run that must stop before any request: exit 1, one error naming `input`. */
export function expectRefusedBeforeSending(result: RunResult, sent: LoggedRequest[], input: RegExp): string {
  expect(result.code).toBe(1)
  expect(sent).toEqual([])
  expect(result.outputs.status).toBe('failed')
  expect(result.outputs.attempts).toBe('0')
  const error = theError(result)
  expect(error).toMatch(input)
  expect(error).toContain('(nothing was sent)')
  expect(result.summary).toContain('delivery failed')
  return error
}
