/** Alerts filled from the catalogue: a realistic one of each notification type, and a hostile variant of it. */
import { lines } from './example-values.js'
import { requireType } from './notification-types.js'
import { GLOBAL_TOKENS, tokenSpec } from './token-specs.js'

/** A realistic alert of `type` (a failure-like one) with every global and type token set. */
export function sampleAlert(type: string): Record<string, string> {
  const notification = requireType(type)
  const names = [...GLOBAL_TOKENS.map(t => t.name), ...notification.tokens]
  const alert = Object.fromEntries(names.map(name => [name, notification.examples[name] ?? tokenSpec(name).example]))
  return { ...alert, notification_type: notification.type, is_sample: 'false' }
}

// Text a template must print literally and a platform must not act on: template and workflow syntax, replacement
// patterns, mentions, quotes, backslashes, control characters and astral-plane / ZWJ emoji.
const HOSTILE_TEXT = [
  '"double" \'single\' `tick` back\\slash \\n \\u0000 tab\there 🚨🔥👩‍💻',
  "<< alert_summary >> <%- raw %> {{ run_id }} ${{ secrets.GITHUB_TOKEN }} $& $1 $' </script>",
  '@everyone @here <@123> <@&456> ping',
  '::error file=x::injected workflow command'
].join('\n')

const TEN_KB = 10 * 1024

/** A Python traceback of at least 10 KB, with hostile text, a code fence and a workflow command among its lines. */
function hostileTrace(example: string): string {
  let trace = lines(example, '```', HOSTILE_TEXT, 'Traceback (most recent call last):')
  for (let frame = 1; trace.length < TEN_KB; frame++) {
    trace += `\n  File "/opt/dagster/app/analytics_pipelines/assets/orders_${frame}.py", line ${frame * 7}, in load_data`
    trace += `\n    raise ValueError(f"bad row {row!r} in C:\\\\data\\\\orders_${frame}.csv: \\"quoted\\" ✗")`
  }
  return lines(trace, 'ValueError: bad row \'{"id": 1}\'', '```', '::error::stack trace ends here')
}

/** The sample alert of `type` with hostile text in its free-text tokens; URLs, ids, statuses and times stay valid. */
export function hostileAlert(type: string): Record<string, string> {
  const sample = sampleAlert(type)
  const hostile = Object.entries(sample).map(([name, value]) => {
    const kind = tokenSpec(name).kind
    if (kind === 'trace') return [name, hostileTrace(value)]
    if (kind === 'text') return [name, `${value} ${HOSTILE_TEXT}`]
    return [name, value]
  })
  return Object.fromEntries(hostile)
}
