// `node scripts/storm-fold.mjs` (and the end of `npm run storm`): a storm of alerts of one group key folded into one chat message (src/memory/
// lifecycle.ts) against the Discord and GitHub stand-ins, every run started at once, beside the same alerts sent as
// separate messages. The stand-ins enforce the documented limits (Discord 5 per 2 s per webhook and 30 per minute per
// channel, edits included; GitHub's job token 1,000 requests an hour, 80 content-creating a minute and 500 an hour)
// with every window multiplied by STORM_SCALE; times are printed unscaled (divided by it). Also the requests of one
// problem's quiet life (first alert, repeat, recovery). Prints figures; asserts nothing.
// STORM_N alerts (default 100), STORM_SCALE (default 0.1; 1 is the real limits, minutes per run).
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const N = Number(process.env.STORM_N ?? 100)
const SCALE = Number(process.env.STORM_SCALE ?? 0.1)
const root = path.resolve(import.meta.dirname, '..')
const out = path.join(root, 'node_modules/.cache/storm-fold')

// The lifecycle and the stand-in harness are TypeScript: bundled once, as the precompile script is.
execFileSync(path.join(root, 'node_modules/.bin/ncc'), ['build', '__tests__/helpers/fold-harness.ts', '-o', out], {
  cwd: root,
  stdio: 'ignore'
})
const { createsContent, foldSetup, foldStorm } = await import(pathToFileURL(path.join(out, 'index.js')).href)

const seconds = ms => (ms === undefined ? 'never' : `${(ms / SCALE / 1000).toFixed(0)} s`)
const perAlert = count => (count / N).toFixed(1)

console.log(`Storm: ${N} alerts of one group key (one policy, ${N} assets), all runs started at once.`)
console.log(`Stand-in limits at scale ${SCALE}; times below are unscaled (as at the real limits).`)
console.log('')

// Folded: one message per problem.
const folded = await foldSetup({ timeScale: SCALE })
const figures = await foldStorm(folded, N, SCALE)
await folded.close()

// Unfolded: today, one message per alert.
const plain = await foldSetup({ timeScale: SCALE })
const started = Date.now()
const posted = await Promise.allSettled(
  Array.from({ length: N }, (_, i) =>
    plain.chat.post({
      key: 'policy:orders',
      sample: false,
      state: 'failing',
      counts: { failing: 1, recovered: 0 },
      occurrences: 1,
      members: [{ label: `asset_${i}`, status: 'failing', occurrences: 1 }],
      more: 0,
      firstSeen: new Date().toISOString(),
      lastSeen: new Date().toISOString(),
      latestText: `Asset asset_${i} failed`
    })
  )
)
const unfoldedMs = Date.now() - started
const unfoldedFailed = posted.filter(result => result.status === 'rejected').length
await plain.close()

console.log('| | Folded (one message per problem) | Separate messages (today) |')
console.log('|---|---|---|')
console.log(`| Messages in the channel | ${figures.messages} | ${N - unfoldedFailed} |`)
console.log(`| Edits | ${figures.edits} | 0 |`)
console.log(`| Every alert visible after | ${seconds(figures.allVisibleMs)} | ${seconds(unfoldedMs)} |`)
console.log(`| Last run returned after | ${seconds(figures.lastRunMs)} | ${seconds(unfoldedMs)} |`)
console.log(`| Failed runs | ${figures.failedRuns} | ${unfoldedFailed} |`)
console.log(`| How runs ended | ${JSON.stringify(figures.outcomes)} | posted |`)
console.log(
  `| GitHub state requests | ${figures.stateRequests} (${perAlert(figures.stateRequests)} an alert: ` +
    `${perAlert(figures.stateReads)} reads, ${perAlert(figures.contentCreating)} content-creating) | 0 |`
)
console.log(
  `| Content-creating, most in a minute | ${figures.contentPeakPerMinute} (limit 80; ${figures.contentRefused} more ` +
    'refused by the limit, waited out and sent again) | 0 |'
)
console.log(`| Warnings | ${figures.warnings.length} | 0 |`)
console.log('')

// A quiet life: one problem, one alert at a time.
const quiet = await foldSetup({ timeScale: SCALE })
const steps = []
for (const [what, facts] of [
  ['first alert', { fingerprint: 'orders_daily' }],
  ['repeat', { fingerprint: 'orders_daily' }],
  ['new member', { fingerprint: 'orders_hourly' }],
  ['recovery', { fingerprint: 'orders_daily', status: 'recovered' }],
  ['last recovery', { fingerprint: 'orders_hourly', status: 'recovered' }]
]) {
  const before = quiet.log.length
  const outcome = await quiet.run(facts)
  const state = quiet.log.slice(before).filter(entry => entry.url.startsWith(quiet.github.url))
  const writes = state.filter(createsContent).length
  steps.push(`| ${what} | ${outcome.kind} | ${state.length - writes} | ${writes} |`)
}
await quiet.close()
console.log('One problem, one alert at a time (a fresh repository: the first alert also creates the shared objects):')
console.log('')
console.log('| Alert | Outcome | State reads | Content-creating |')
console.log('|---|---|---|---|')
for (const step of steps) console.log(step)
