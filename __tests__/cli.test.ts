import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { runCli, type CliIo } from '../src/cli/index.js'
import { deriveValues } from '../src/event/derive.js'
import { normaliseAlert } from '../src/event/normalise.js'
import { readAlertData } from '../src/event/source.js'
import { GLOBAL_TOKENS, NOTIFICATION_TYPES } from '../src/event/tokens.js'
import { builtinTemplateNames } from '../src/template/load.js'

const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'templates')

/** Runs one command line against the fixtures folder; `stdin` is what '-' reads. */
function cli(args: string[], stdin = '') {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    cwd: FIXTURES,
    out: text => out.push(text),
    err: text => err.push(text),
    readInput: file => (file === '-' ? stdin : readFileSync(path.join(FIXTURES, file), 'utf8'))
  }
  const code = runCli(args, io)
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('render', () => {
  it('prints the fitted payload for the sample alert of the template’s first event type', () => {
    const { code, out, err } = cli(['render', '--template', 'good/discord-failed-jobs.yml'])
    expect(code).toBe(0)
    expect(err).toBe('')
    const payload = JSON.parse(out)
    expect(payload).toMatchObject({
      embeds: [{ title: 'daily_etl failure', color: 15158332, timestamp: '2026-01-08T10:00:00Z' }]
    })
    expect(payload.allowed_mentions).toEqual({ parse: [], roles: [], users: [] })
  })

  it('an on-call template is told the alert’s own key and action, as a send would: resolve for a recovery', () => {
    const recovery = cli(['sample', '--type', 'JOB', '--status', 'recovery']).out
    for (const template of ['pagerduty', 'opsgenie', 'incidentio']) {
      const failed = cli(['render', '--template', template, '--type', 'JOB'])
      const recovered = cli(['render', '--template', template, '--event', '-'], recovery)
      expect([failed.code, recovered.code]).toEqual([0, 0])
      expect(failed.out).toMatch(/dagster-fp-[0-9a-f]{16}/)
      expect(failed.out).not.toMatch(/dagster-test-/)
    }
    const paged = JSON.parse(cli(['render', '--template', 'pagerduty', '--type', 'JOB']).out)
    const resolved = JSON.parse(cli(['render', '--template', 'pagerduty', '--event', '-'], recovery).out)
    expect(paged).toMatchObject({ event_action: 'trigger' })
    expect(resolved).toMatchObject({ event_action: 'resolve', dedup_key: paged.dedup_key })
  })

  it('says when a send would skip the alert, the type being outside the template’s events, and renders it anyway', () => {
    const { code, out, err } = cli(['render', '--template', 'good/discord-failed-jobs.yml', '--type', 'TICK'])
    expect(code).toBe(0)
    expect(err).toMatch(/^note: a send would skip this alert: .*TICK.*; rendered anyway$/m)
    expect(JSON.parse(out)).toHaveProperty('embeds')
    expect(cli(['render', '--template', 'good/discord-failed-jobs.yml', '--type', 'JOB']).err).toBe('')
  })

  it('--states: the message and the problem’s message in its first, repeat, member-added and resolved states', () => {
    const { code, out, err } = cli(['render', '--template', 'good/discord-failed-jobs.yml', '--states'])
    expect(err).toBe('')
    expect(code).toBe(0)
    const shown = JSON.parse(out)
    expect(Object.keys(shown)).toEqual(['message', 'first', 'repeat', 'member-added', 'resolved'])
    expect(shown.message.embeds).toHaveLength(1)
    expect(shown.first.embeds[0]).toMatchObject({ title: '1 failing', description: '🔴 daily\\_etl' })
    expect(shown.repeat.embeds[0]).toMatchObject({ title: '1 failing', description: '🔴 daily\\_etl ×3' })
    expect(shown['member-added'].embeds[0]).toMatchObject({
      title: '2 failing',
      description: '🔴 daily\\_etl ×3\n🔴 daily\\_etl\\_2'
    })
    expect(shown.resolved.embeds[0]).toMatchObject({ title: 'Resolved after 42 min', color: 0x2ecc71 })
    // The template's own embed follows the problem's, as a send edits it.
    expect(shown.resolved.embeds[1]).toEqual(shown.message.embeds[0])
  })

  it('--states: a problem’s message the platform would refuse is an error; a platform without one says so', () => {
    const refused = cli(['render', '--template', 'broken/discord-components-v2.yml', '--states'])
    expect(refused.code).toBe(1)
    expect(refused.err).toMatch(
      /^error: the problem's message "first" \(1 failing \(first alert\)\) would be rejected by discord:\n {2}- embeds: cannot be sent with the IS_COMPONENTS_V2 flag/
    )
    expect(Object.keys(JSON.parse(refused.out))).toEqual(['message'])
    const jira = cli(['render', '--template', 'jira-v3', '--states', '--vars', 'project: OPS'])
    expect(jira.code).toBe(0)
    expect(jira.err).toBe(
      'note: jira keeps no message per problem: --states adds nothing, the payload is printed alone'
    )
    expect(JSON.parse(jira.out)).toMatchObject({ fields: { project: { key: 'OPS' } } })
  })

  it('takes the alert from --event (a dispatch body on standard input) and vars from --vars', () => {
    const event = JSON.stringify({
      event_type: 'dagster-alert',
      client_payload: { alert: { alert_summary: 'Boom "quoted"', notification_type: 'JOB' } }
    })
    const { code, out, err } = cli(['render', '--template', 'jira-v2', '--event', '-', '--vars', 'project: OPS'], event)
    expect(code).toBe(0)
    expect(err).toBe('')
    expect(JSON.parse(out)).toMatchObject({ fields: { project: { key: 'OPS' }, summary: 'Dagster: Boom "quoted"' } })
  })

  it('says which required vars got sample values, and renders the --type sample', () => {
    const { code, out, err } = cli(['render', '--template', 'linear', '--type', 'tick'])
    expect(code).toBe(0)
    expect(err).toBe('note: sample vars used: team_id="8708e927-1234-4c6a-9a3e-0123456789ab" (set --vars to change)')
    expect(JSON.parse(out).variables.title).toBe('Schedule daily_schedule failed to tick')
  })

  it('prints the payload and the problems, and exits 1, when the platform would reject it', () => {
    const { code, out, err } = cli(['render', '--template', 'broken/jira-v3-bad-adf.yml'])
    expect(code).toBe(1)
    expect(JSON.parse(out).fields.summary).toBe('Job daily_etl failed')
    expect(err).toMatch(
      /error: The rendered jira payload would be rejected:\n {2}- fields.description.content\[0\].content\[0\].marks\[0\].type: unknown or unsupported mark "bold"/
    )
  })

  it('reports a template error at its position and exits 1', () => {
    const { code, out, err } = cli(['render', '--template', 'broken/discord-unknown-filter.yml'])
    expect(code).toBe(1)
    expect(out).toBe('')
    expect(err).toMatch(/^broken\/discord-unknown-filter.yml:4:18: error: Invalid template: undefined filter: shout/)
  })

  it('reports an unknown variable as check does and exits 1, since a send stops there too', () => {
    const { code, out, err } = cli(['render', '--template', 'broken/discord-unknown-variable.yml'])
    expect(code).toBe(1)
    expect(err).toMatch(
      /^broken\/discord-unknown-variable.yml:1:16: error: Unknown variable: alert_sumary is not a variable/
    )
    expect(JSON.parse(out)).toHaveProperty('content')
  })

  it('needs --template, and knows the notification types', () => {
    expect(cli(['render'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^dagster-alert-relay: render needs --template\nUsage: dagster-alert-relay render/)
    })
    expect(cli(['render', '--template', 'discord', '--type', 'RUN'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--type RUN is not a notification type/)
    })
    expect(cli(['render', '--template', 'nope.yml'])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^error: Input 'template': no built-in template or file named "nope.yml"/)
    })
  })
})

describe('check', () => {
  it('exits 0 and prints a line per template when there are no errors (warnings allowed)', () => {
    const { code, out } = cli(['check', 'good', 'broken/discord-long-title.yml'])
    expect(code).toBe(0)
    expect(out.split('\n')).toEqual([
      'broken/discord-long-title.yml:3:12: warning: Adjusted for Discord: embeds[0].title: truncated from 281 to 256 characters (limit 256) (every event type)',
      '',
      '⚠️ broken/discord-long-title.yml (discord, 9 event types): 1 warning',
      '✅ good/discord-failed-jobs.yml (discord, 1 event type): ok',
      '✅ good/incident.json (jira, 2 event types): ok',
      'Checked 3 templates: 0 errors, 1 warning'
    ])
  })

  it('exits 1 with file:line:col diagnostics on errors, using --vars', () => {
    const { code, out } = cli([
      'check',
      'broken/linear-*.yml',
      '--vars',
      'team_id: 8708e927-0000-4c6a-9a3e-0123456789ab'
    ])
    expect(code).toBe(1)
    expect(out).toContain(
      'broken/linear-no-url.yml:1:8: error: Linear would reject this: query: issueCreate does not select issue url'
    )
    expect(out).toContain('Checked 3 templates: 3 errors, 0 warnings')
  })

  it('checks .github/dagster-templates by default', () => {
    const { code, out } = cli(['check'])
    expect(code).toBe(1)
    expect(out).toMatch(
      /^error: No template found: template ".github\/dagster-templates" is neither a file or folder in the workspace nor a built-in template \(discord, .*\)\n\nChecked 0 templates: 1 error, 0 warnings$/
    )
  })
})

describe('bounds', () => {
  it('render and check refuse a template file over 256 KiB, naming it and the limit', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'cli-size-'))
    try {
      writeFileSync(path.join(cwd, 'discord-big.yml'), `content: "${'x'.repeat(300_000)}"\n`)
      const err: string[] = []
      const io: CliIo = { cwd, out: () => {}, err: text => err.push(text), readInput: () => '' }
      const limit = /"discord-big\.yml" is 300,012 bytes, over the 262,144 bytes \(256 KiB\) a template file may have/
      expect(runCli(['render', '--template', 'discord-big.yml'], io)).toBe(1)
      expect(err.join('\n')).toMatch(limit)
      const out: string[] = []
      expect(runCli(['check', 'discord-big.yml'], { ...io, out: text => out.push(text) })).toBe(1)
      expect(out.join('\n')).toMatch(limit)
    } finally {
      rmSync(cwd, { recursive: true, force: true })
    }
  })
})

describe('dispatch-body', () => {
  /** The request line and headers, then a note (stderr), and the body (stdout, JSON alone so it can be posted as is). */
  function parts(err: string, out: string) {
    const [request, note] = err.trim().split('\n\n')
    const [requestLine, ...headers] = request.split('\n')
    return { requestLine, headers, note, body: JSON.parse(out) }
  }

  it('prints the dispatch URL, the headers and a body with every token of every type under alert', () => {
    const { code, out, err } = cli(['dispatch-body', '--repo', 'acme/data-platform'])
    expect(code).toBe(0)
    const { requestLine, headers, note, body } = parts(err, out)
    expect(requestLine).toBe('POST https://api.github.com/repos/acme/data-platform/dispatches')
    expect(headers).toEqual([
      // a Dagster+ deployment environment variable: the token is never written into the webhook
      'Authorization: Bearer {{env.DAGSTER_ALERT_RELAY_TOKEN}}',
      'Accept: application/vnd.github+json',
      'X-GitHub-Api-Version: 2022-11-28',
      'Content-Type: application/json'
    ])
    expect(note.replace(/\n/g, ' ')).toBe(
      'Create DAGSTER_ALERT_RELAY_TOKEN in Dagster+ as a deployment environment variable (a secret), holding a ' +
        'fine-grained GitHub token for acme/data-platform alone with Contents: Read and write (what a ' +
        'repository_dispatch needs). Such tokens expire: renew it before its date; an expired one shows as a 401 ' +
        'in the webhook log of Dagster+, and no workflow runs.'
    )
    expect(Object.keys(body)).toEqual(['event_type', 'client_payload'])
    expect(body.event_type).toBe('dagster-alert')
    expect(Object.keys(body.client_payload)).toEqual(['alert'])
    const tokens = new Set([
      ...GLOBAL_TOKENS.map(token => token.name),
      ...NOTIFICATION_TYPES.flatMap(type => type.tokens)
    ])
    expect(Object.keys(body.client_payload.alert).sort()).toEqual([...tokens].sort())
    expect(body.client_payload.alert.run_status).toBe('{{run_status}}')
    // GitHub's limits for a repository dispatch
    expect(Buffer.byteLength(JSON.stringify(body.client_payload))).toBeLessThan(65_535)
  })

  it('limits the tokens to the chosen types, and prints only the body with --body-only', () => {
    const { code, out } = cli([
      'dispatch-body',
      '--types',
      'job, asset_health',
      '--event-type',
      'dagster-prod',
      '--body-only'
    ])
    expect(code).toBe(0)
    const body = JSON.parse(out)
    expect(body.event_type).toBe('dagster-prod')
    const expected = [
      ...GLOBAL_TOKENS.map(token => token.name),
      ...NOTIFICATION_TYPES[0].tokens,
      ...NOTIFICATION_TYPES[2].tokens
    ]
    expect(Object.keys(body.client_payload.alert).sort()).toEqual([...new Set(expected)].sort())
    expect(body.client_payload.alert).not.toHaveProperty('location_name')
  })

  it('refuses what GitHub would refuse or what is not a type', () => {
    expect(cli(['dispatch-body', '--event-type', 'x'.repeat(101)])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--event-type must be 1 to 100 characters/)
    })
    expect(cli(['dispatch-body', '--types', 'JOB,RUNS'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--types: 'RUNS' is not a notification type/)
    })
    expect(cli(['dispatch-body', '--repo', 'not a repo'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--repo must be owner\/name/)
    })
    expect(cli(['dispatch-body', '--bogus'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/Unknown option '--bogus'/)
    })
  })
})

describe('sample', () => {
  /** The alert the action reads from a repository_dispatch with this body, and what it derives from it. */
  function asReceived(body: unknown) {
    const alert = normaliseAlert(
      readAlertData({ eventInput: '', eventName: 'repository_dispatch', eventPayload: body }).data
    )
    return { alert, derived: deriveValues(alert, {}) }
  }

  it.each(NOTIFICATION_TYPES.map(type => type.type))(
    'prints a filled %s dispatch body the action reads as that type, every token set',
    type => {
      const { code, out, err } = cli(['sample', '--type', type.toLowerCase(), '--repo', 'acme/data-platform'])
      expect(code).toBe(0)
      expect(err).toBe(
        `Post it as a test alert: dagster-alert-relay sample --type ${type} --status failure | gh api repos/acme/data-platform/dispatches --input -`
      )
      const body = JSON.parse(out)
      expect(body.event_type).toBe('dagster-alert')
      expect(Object.keys(body.client_payload)).toEqual(['alert'])
      expect(out).not.toContain('{{')
      const { alert, derived } = asReceived(body)
      const wanted = [
        ...GLOBAL_TOKENS.map(token => token.name),
        ...NOTIFICATION_TYPES.find(t => t.type === type)!.tokens
      ]
      expect(Object.keys(alert).sort()).toEqual([...new Set(wanted)].sort())
      expect(alert).toMatchObject({ notification_type: type, is_sample: false })
      expect(derived.is_recovery).toBe(false)
    }
  )

  it('--status recovery prints the alert that ends the same problem: same fingerprint, a recovery status, no failure text', () => {
    for (const type of ['JOB', 'ASSET_HEALTH', 'ASSET_FRESHNESS']) {
      const failure = asReceived(JSON.parse(cli(['sample', '--type', type]).out))
      const { code, out } = cli(['sample', '--type', type, '--status', 'recovery', '--event-type', 'dagster-test'])
      expect(code).toBe(0)
      expect(JSON.parse(out).event_type).toBe('dagster-test')
      const recovery = asReceived(JSON.parse(out))
      expect(recovery.derived.is_recovery).toBe(true)
      expect(recovery.derived.fingerprint).toBe(failure.derived.fingerprint)
      expect(recovery.alert).not.toHaveProperty('failure_message')
    }
    expect(asReceived(JSON.parse(cli(['sample', '--status', 'recovery']).out)).alert).toMatchObject({
      run_status: 'SUCCESS',
      alert_summary: 'Job daily_etl succeeded'
    })
  })

  it('--test prints the alert of Dagster+\'s "send test notification" (is_sample true), in the same body shape', () => {
    const { code, out, err } = cli(['sample', '--type', 'ASSET_HEALTH', '--test', '--repo', 'acme/data-platform'])
    expect(code).toBe(0)
    expect(err).toBe(
      'Post it as a test alert: dagster-alert-relay sample --type ASSET_HEALTH --status failure --test | gh api repos/acme/data-platform/dispatches --input -'
    )
    const body = JSON.parse(out)
    expect(Object.keys(body)).toEqual(['event_type', 'client_payload'])
    expect(Object.keys(body.client_payload)).toEqual(['alert'])
    expect(body.client_payload.alert.is_sample).toBe('true')
    const { alert, derived } = asReceived(body)
    const real = asReceived(JSON.parse(cli(['sample', '--type', 'ASSET_HEALTH']).out))
    expect(alert).toEqual({ ...real.alert, is_sample: true })
    expect(derived.fingerprint).toBe(real.derived.fingerprint)
  })

  it('refuses a type that is not one, a recovery a type does not have, and a bad status', () => {
    expect(cli(['sample', '--type', 'RUN'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--type RUN is not a notification type/)
    })
    expect(cli(['sample', '--type', 'TICK', '--status', 'recovery'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(
        /--status recovery: TICK alerts have no recovery; types with one: JOB, ASSET_HEALTH, ASSET_FRESHNESS/
      )
    })
    expect(cli(['sample', '--status', 'ok'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--status must be failure or recovery/)
    })
  })
})

describe('help', () => {
  it('render --help lists every built-in template', () => {
    const { out } = cli(['render', '--help'])
    expect(builtinTemplateNames().length).toBeGreaterThanOrEqual(8)
    for (const name of builtinTemplateNames()) expect(out).toMatch(new RegExp(`--template .*\\b${name}\\b`))
  })

  it.each(['render', 'check', 'dispatch-body', 'sample'])('%s --help describes the command', command => {
    const { code, out } = cli([command, '--help'])
    expect(code).toBe(0)
    expect(out).toMatch(new RegExp(`^Usage: dagster-alert-relay ${command}`))
  })

  it('lists the commands; an unknown command is a usage error', () => {
    expect(cli(['--help'])).toMatchObject({
      code: 0,
      out: expect.stringContaining('dispatch-body  print the Dagster+ webhook')
    })
    expect(cli(['--help']).out).toContain('sample         print a filled repository_dispatch body')
    expect(cli([])).toMatchObject({ code: 2 })
    expect(cli(['send'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^dagster-alert-relay: unknown command 'send'/)
    })
  })

  it('an object property name is not a command', () => {
    expect(cli(['toString'])).toMatchObject({
      code: 2,
      out: '',
      err: expect.stringMatching(/^dagster-alert-relay: unknown command 'toString'/)
    })
  })
})
