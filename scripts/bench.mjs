// `npm run bench`: whole-process wall time of `node dist/index.js` delivering one Discord message to a loopback
// stand-in, against bare `node` start-up on the same machine (DESIGN.md §10). Prints figures; asserts nothing.
import { spawn } from 'node:child_process'
import { statSync } from 'node:fs'
import * as path from 'node:path'
import { startDiscord } from '../__tests__/stand-ins/index.js'
import { REPO_ROOT, runAction } from './action-runner.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 20)
const event = {
  name: 'repository_dispatch',
  payload: {
    client_payload: {
      alert: {
        alert_summary: 'Job daily_etl failed',
        alert_content: 'ValueError: bad row',
        deployment_name: 'prod',
        alert_policy_name: 'Critical Alerts',
        notification_type: 'JOB',
        job_name: 'daily_etl',
        run_link: 'https://acme.dagster.cloud/prod/runs/abc123',
        run_status: 'FAILURE',
        start_time: 'Jan 8, 2026 10:00 AM'
      }
    }
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function bareNode() {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
    child.on('error', reject)
    child.on('close', () => resolve(Number(process.hrtime.bigint() - started) / 1e6))
  })
}

const discord = await startDiscord()
try {
  const inputs = { platform: 'discord', url: discord.webhookUrl() }
  await runAction({ inputs, event }) // warm the stand-in (its contract validator compiles on first use)
  const bare = []
  const relay = []
  for (let i = 0; i < RUNS; i++) {
    bare.push(await bareNode())
    const result = await runAction({ inputs, event })
    if (result.code !== 0) throw new Error(`delivery failed:\n${result.stdout}\n${result.stderr}`)
    relay.push(result.elapsedMs)
  }
  const bundle = statSync(path.join(REPO_ROOT, 'dist', 'index.js')).size
  const ratio = median(relay) / median(bare)
  console.log(`runs:                      ${RUNS} (interleaved)`)
  console.log(`bare node start-up:        median ${median(bare).toFixed(1)} ms`)
  console.log(`one Discord delivery:      median ${median(relay).toFixed(1)} ms (min ${Math.min(...relay).toFixed(1)}, max ${Math.max(...relay).toFixed(1)})`)
  console.log(`ratio:                     ${ratio.toFixed(2)}× bare node (target ≤ 2.5×)`)
  console.log(`bundle dist/index.js:      ${(bundle / 1024).toFixed(0)} KiB`)
} finally {
  await discord.close()
}
