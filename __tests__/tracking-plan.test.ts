import { describe, expect, it } from '@jest/globals'
import { InputError } from '../src/errors.js'
import { deriveValues } from '../src/event/derive.js'
import { normaliseAlert, type Alert } from '../src/event/normalise.js'
import { templateScope } from '../src/event/scope.js'
import { readConfig, type TrackingConfig } from '../src/inputs.js'
import { dryRunNotice, keyedIncidentPlan, planTracking, renderDedupeKey } from '../src/tracking/plan.js'

const ENV = { GITHUB_REPOSITORY: 'acme/data', GITHUB_RUN_ID: '7' }
const NOW = new Date('2026-02-03T04:05:06.789Z')
const DEFAULTS: TrackingConfig = { dedupeKey: '<< fingerprint >>', repeat: 'comment', resolve: 'close' }

const FAILED_RUN = {
  alert_summary: 'Job daily_etl failed',
  deployment_name: 'prod',
  alert_policy_id: 'policy-1',
  notification_type: 'JOB',
  job_name: 'daily_etl',
  run_id: 'run-1',
  run_link: 'https://acme.dagster.cloud/prod/runs/run-1',
  run_status: 'FAILURE',
  start_time: 'Jan 8, 2026 10:00 AM'
}

function plan(data: Record<string, string>, config: Partial<TrackingConfig> = {}, env: Record<string, string> = ENV) {
  const alert: Alert = normaliseAlert(data)
  const derived = deriveValues(alert, env)
  return planTracking({
    config: { ...DEFAULTS, ...config },
    alert,
    derived,
    scope: templateScope(alert, derived, {}),
    now: NOW
  })
}

describe('planTracking', () => {
  it('labels the problem with its fingerprint and marks failures as open', () => {
    const alert = normaliseAlert(FAILED_RUN)
    const { fingerprint } = deriveValues(alert, ENV)
    expect(plan(FAILED_RUN)).toMatchObject({
      intent: 'open',
      marker: { label: `dagster-fp-${fingerprint}`, sample: false }
    })
  })

  it.each([
    ['run_status', 'SUCCESS'],
    ['health_status', 'HEALTHY'],
    ['freshness_status', 'PASSED']
  ])('a recovery (%s %s) is to resolve, with the same label as the failure', (token, status) => {
    const failure = plan({ ...FAILED_RUN, run_status: '', [token]: 'FAILURE' })
    const recovery = plan({ ...FAILED_RUN, run_status: '', [token]: status })
    expect(recovery.intent).toBe('resolve')
    expect(recovery.marker.label).toBe(failure.marker.label)
  })

  it('a sample alert gets a test label of its own, whatever its status', () => {
    const real = plan(FAILED_RUN)
    const sample = plan({ ...FAILED_RUN, is_sample: 'true', run_status: 'SUCCESS' })
    expect(sample.intent).toBe('sample')
    expect(sample.marker).toMatchObject({
      label: real.marker.label.replace('dagster-fp-', 'dagster-test-'),
      sample: true
    })
  })

  it('a custom dedupe key is hashed into the label; alerts agreeing on it share the label', () => {
    const config = { dedupeKey: '<< job_name >> in << deployment_name >>' }
    const one = plan(FAILED_RUN, config)
    const other = plan({ ...FAILED_RUN, alert_policy_id: 'policy-2', run_id: 'run-9' }, config)
    expect(one.marker.label).toMatch(/^dagster-fp-[0-9a-f]{16}$/)
    expect(other.marker.label).toBe(one.marker.label)
    expect(plan({ ...FAILED_RUN, job_name: 'other' }, config).marker.label).not.toBe(one.marker.label)
  })

  it('the create id is a v4-layout UUID, the same for the same occurrence and new for a new run or GitHub run', () => {
    const id = plan(FAILED_RUN).marker.createId
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(plan(FAILED_RUN).marker.createId).toBe(id)
    expect(plan({ ...FAILED_RUN, run_id: 'run-2' }).marker.createId).not.toBe(id)
    expect(plan(FAILED_RUN, {}, { ...ENV, GITHUB_RUN_ID: '8' }).marker.createId).not.toBe(id)
  })

  it('passes repeat and resolve through', () => {
    expect(plan(FAILED_RUN, { repeat: 'skip', resolve: 'ignore' })).toMatchObject({ repeat: 'skip', resolve: 'ignore' })
  })

  it('the note names the occurrence: summary, status, run link, start time, GitHub run', () => {
    expect(plan(FAILED_RUN).note).toEqual({
      heading: 'Dagster+ alert fired again: Job daily_etl failed',
      lines: [
        { label: 'Status', text: 'FAILURE' },
        { label: 'Dagster+ run', text: 'run-1', href: FAILED_RUN.run_link },
        { label: 'Time', text: '2026-01-08T10:00:00Z' },
        {
          label: 'GitHub run',
          text: 'https://github.com/acme/data/actions/runs/7',
          href: 'https://github.com/acme/data/actions/runs/7'
        }
      ]
    })
  })

  it('a recovery note says so; without a start time or links it uses now and leaves the links out', () => {
    const note = plan(
      { alert_policy_name: 'Freshness', notification_type: 'ASSET_FRESHNESS', freshness_status: 'PASS' },
      {},
      {}
    ).note
    expect(note).toEqual({
      heading: 'Recovered: Freshness',
      lines: [
        { label: 'Status', text: 'PASS' },
        { label: 'Time', text: '2026-02-03T04:05:06Z' }
      ]
    })
  })
})

describe('keyedIncidentPlan', () => {
  const RECOVERED = { ...FAILED_RUN, run_status: 'SUCCESS' }

  it('triggers a failure and resolves its recovery by the same key, the problem marker', () => {
    const failure = keyedIncidentPlan(plan(FAILED_RUN), 'Pager')
    const recovery = keyedIncidentPlan(plan(RECOVERED), 'Pager')
    expect(failure).toEqual({ problem: { key: expect.stringMatching(/^dagster-fp-[0-9a-f]{16}$/), action: 'trigger' } })
    expect(recovery).toEqual({
      problem: { key: (failure as { problem: { key: string } }).problem.key, action: 'resolve' }
    })
  })

  it('gives a sample alert its own key, and never resolves with it', () => {
    const failure = keyedIncidentPlan(plan(FAILED_RUN), 'Pager')
    const sample = keyedIncidentPlan(plan({ ...RECOVERED, is_sample: 'true' }), 'Pager')
    expect(sample).toEqual({ problem: { key: expect.stringMatching(/^dagster-test-/), action: 'trigger' } })
    expect(sample).not.toEqual(failure)
  })

  it('sends nothing for a recovery when resolve is ignore or comment, saying why', () => {
    expect(keyedIncidentPlan(plan(RECOVERED, { resolve: 'ignore' }), 'Pager')).toEqual({
      skipped: expect.stringContaining('the resolve input is ignore')
    })
    expect(keyedIncidentPlan(plan(RECOVERED, { resolve: 'comment' }), 'Pager')).toEqual({
      skipped: expect.stringContaining('Pager takes no comments')
    })
  })

  it('repeat: new gives every occurrence a key of its own, which a recovery cannot name', () => {
    const first = keyedIncidentPlan(plan(FAILED_RUN, { repeat: 'new' }), 'Pager')
    const second = keyedIncidentPlan(plan({ ...FAILED_RUN, run_id: 'run-2' }, { repeat: 'new' }), 'Pager')
    expect(first).toEqual({
      problem: { key: expect.stringMatching(/^dagster-fp-[0-9a-f]{16}-[0-9a-f-]{36}$/), action: 'trigger' }
    })
    expect(second).not.toEqual(first)
    expect(keyedIncidentPlan(plan(RECOVERED, { repeat: 'new' }), 'Pager')).toEqual({
      skipped: expect.stringContaining('repeat is new')
    })
  })
})

describe('renderDedupeKey', () => {
  it('renders the template with the alert scope', () => {
    expect(renderDedupeKey('<< job_name >>/<< vars.team >>', { job_name: 'etl', vars: { team: 'data' } })).toBe(
      'etl/data'
    )
  })

  it('refuses a key that renders empty, naming the input', () => {
    expect(() => renderDedupeKey('<< asset_key >>', {})).toThrow(InputError)
    expect(() => renderDedupeKey('<< asset_key >>', {})).toThrow(
      /^Input 'dedupe-key': "<< asset_key >>" renders empty for this alert/
    )
  })

  it('reports a broken template as an error of the dedupe-key input', () => {
    expect(() => renderDedupeKey('<< job_name | nope >>', {})).toThrow(InputError)
    expect(() => renderDedupeKey('<< job_name | nope >>', {})).toThrow(
      /^Input 'dedupe-key': "<< job_name \| nope >>" is not a valid template: undefined filter: nope/
    )
  })
})

describe('dryRunNotice', () => {
  it('says the outcome is unknown without the search, naming the label', () => {
    const { marker } = plan(FAILED_RUN)
    expect(dryRunNotice(plan(FAILED_RUN))).toContain(
      `unknown without searching for open issues labelled ${marker.label}`
    )
    expect(dryRunNotice(plan({ ...FAILED_RUN, is_sample: 'true' }))).toContain('always creates its own [test] issue')
  })
})

describe('readConfig: tracking inputs', () => {
  const read = (values: Record<string, string>) => readConfig(name => values[name] ?? '')

  it('reads dedupe-key, repeat and resolve', () => {
    expect(read({ 'dedupe-key': '<< job_name >>', repeat: 'new', resolve: 'comment' }).tracking).toEqual({
      dedupeKey: '<< job_name >>',
      repeat: 'new',
      resolve: 'comment'
    })
  })

  it('refuses other values, listing the choices', () => {
    expect(() => read({ repeat: 'reopen' })).toThrow(
      'Input \'repeat\': "reopen" is not supported. Use one of: comment, skip, new'
    )
    expect(() => read({ resolve: 'delete' })).toThrow(
      'Input \'resolve\': "delete" is not supported. Use one of: close, comment, ignore'
    )
  })
})
