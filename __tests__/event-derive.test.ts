import fc from 'fast-check'
import { DERIVED_NAMES, deriveValues, missingTokens, neededTokens } from '../src/event/derive.js'
import { normaliseAlert, type Alert } from '../src/event/normalise.js'
import { NOTIFICATION_TYPES, notificationType, sampleAlert } from '../src/event/tokens.js'

const RED = 15158332
const GREEN = 3066993
const ORANGE = 15105570
const GREY = 9807270

function derive(alert: Alert, env: Record<string, string | undefined> = {}) {
  return deriveValues(alert, env)
}

describe('alert_status, status_color and is_recovery', () => {
  it.each([
    [{ run_status: 'FAILURE' }, 'FAILURE', RED, false],
    [{ run_status: 'failed' }, 'FAILURE', RED, false],
    [{ run_status: 'SUCCESS' }, 'SUCCESS', GREEN, true],
    [{ run_status: 'canceled' }, 'CANCELED', GREY, false],
    [{ run_status: 'CANCELLED' }, 'CANCELED', GREY, false],
    [{ run_status: 'started' }, 'STARTED', GREY, false],
    [{ health_status: 'OK' }, 'HEALTHY', GREEN, true],
    [{ health_status: 'healthy' }, 'HEALTHY', GREEN, true],
    [{ health_status: 'DEGRADED' }, 'DEGRADED', ORANGE, false],
    [{ health_status: 'WARNING' }, 'WARNING', ORANGE, false],
    [{ health_status: 'UNKNOWN' }, 'UNKNOWN', GREY, false],
    [{ freshness_status: 'PASS' }, 'PASS', GREEN, true],
    [{ freshness_status: 'OK' }, 'PASS', GREEN, true],
    [{ freshness_status: 'FAIL' }, 'FAIL', RED, false],
    [{ freshness_status: 'WARN' }, 'WARN', ORANGE, false],
    [{ freshness_status: 'UNKNOWN' }, 'UNKNOWN', GREY, false],
    [{ checks_status: 'WARNING' }, 'WARNING', ORANGE, false],
    [{ materialization_status: 'DEGRADED' }, 'DEGRADED', ORANGE, false]
  ])('%p → %s', (alert, status, color, recovery) => {
    expect(derive(alert)).toMatchObject({ alert_status: status, status_color: color, is_recovery: recovery })
  })

  it('prefers the overall health over the parts', () => {
    expect(derive({ health_status: 'DEGRADED', checks_status: 'HEALTHY', freshness_status: 'PASS' }).alert_status).toBe(
      'DEGRADED'
    )
    expect(derive({ checks_status: 'WARNING', materialization_status: 'HEALTHY' }).alert_status).toBe('WARNING')
  })

  it.each([
    ['CODE_LOCATION', 'FAILURE', RED],
    ['tick', 'FAILURE', RED],
    ['AGENT', 'FAILURE', RED],
    ['INSIGHTS', 'EXCEEDED', ORANGE],
    ['TABLE_SCHEMA', 'CHANGED', ORANGE]
  ])('a %s alert without a status token means %s', (type, status, color) => {
    expect(derive({ notification_type: type, alert_summary: 'x' })).toMatchObject({
      alert_status: status,
      status_color: color,
      is_recovery: false
    })
  })

  it('falls back to FAILURE when a failure message is present, else ALERT', () => {
    expect(derive({ notification_type: 'ASSET_MATERIALIZATION', failure_message: 'boom' }).alert_status).toBe('FAILURE')
    expect(derive({ notification_type: 'ASSET_MATERIALIZATION', alert_summary: 'x' })).toMatchObject({
      alert_status: 'ALERT',
      status_color: GREY
    })
    expect(derive({ alert_summary: 'x' }).alert_status).toBe('ALERT')
  })
})

describe('start_time_iso and end_time_iso', () => {
  it('reads Dagster times as UTC ISO 8601', () => {
    expect(derive({ start_time: 'Jan 8, 2026 10:00 AM', end_time: 'Jan 8, 2026 10:05 PM' })).toMatchObject({
      start_time_iso: '2026-01-08T10:00:00Z',
      end_time_iso: '2026-01-08T22:05:00Z'
    })
  })

  it('leaves them out when missing or unreadable', () => {
    const derived = derive({ start_time: 'sometime', run_status: 'FAILURE' })
    expect('start_time_iso' in derived).toBe(false)
    expect('end_time_iso' in derived).toBe(false)
  })
})

describe('fingerprint', () => {
  const job = normaliseAlert(sampleAlert('JOB'))

  it('is 16 hex characters', () => {
    expect(derive(job).fingerprint).toMatch(/^[0-9a-f]{16}$/)
  })

  it('is the same for a failure and its recovery', () => {
    const { failure_message: _message, ...withoutMessage } = job
    const recovery = {
      ...withoutMessage,
      run_status: 'SUCCESS',
      run_id: 'e1d2c3b4',
      start_time: 'Jan 9, 2026 10:00 AM'
    }
    expect(derive(recovery).is_recovery).toBe(true)
    expect(derive(recovery).fingerprint).toBe(derive(job).fingerprint)
  })

  it('is the same for an unhealthy asset and its recovery', () => {
    const degraded = normaliseAlert(sampleAlert('ASSET_HEALTH'))
    expect(derive({ ...degraded, health_status: 'OK', alert_summary: 'Asset is healthy again' }).fingerprint).toBe(
      derive(degraded).fingerprint
    )
  })

  it('ignores everything about the occurrence', () => {
    const occurrence = fc.record({
      run_id: fc.string(),
      run_link: fc.string(),
      run_status: fc.string(),
      start_time: fc.string(),
      end_time: fc.string(),
      elapsed_time: fc.string(),
      alert_id: fc.string(),
      alert_summary: fc.string(),
      alert_content: fc.string(),
      failure_message: fc.string()
    })
    fc.assert(
      fc.property(occurrence, changes => derive({ ...job, ...changes }).fingerprint === derive(job).fingerprint),
      { numRuns: 100 }
    )
  })

  it.each([
    ['deployment', { deployment_name: 'staging' }],
    ['policy id', { alert_policy_id: 'another-policy' }],
    ['job', { job_name: 'hourly_etl' }]
  ])('changes with the %s', (_what, change) => {
    expect(derive({ ...job, ...change }).fingerprint).not.toBe(derive(job).fingerprint)
  })

  it('uses the policy name when there is no policy id', () => {
    const { alert_policy_id: _id, ...withoutId } = job
    expect(derive({ ...withoutId, alert_policy_name: 'Other' }).fingerprint).not.toBe(derive(withoutId).fingerprint)
  })

  it('uses the asset key, else the asset name, for asset alerts, whatever other names they carry', () => {
    const asset = normaliseAlert(sampleAlert('ASSET_MATERIALIZATION'))
    expect(derive({ ...asset, job_name: 'other_job' }).fingerprint).toBe(derive(asset).fingerprint)
    expect(derive({ ...asset, asset_key: 'other/key' }).fingerprint).not.toBe(derive(asset).fingerprint)
    const { asset_key: _key, ...byName } = asset
    expect(derive({ ...byName, asset_name: 'other' }).fingerprint).not.toBe(derive(byName).fingerprint)
  })

  it.each([
    ['CODE_LOCATION', 'location_name'],
    ['TICK', 'instigator_name'],
    ['INSIGHTS', 'metric_name']
  ])("uses %s's %s", (type, token) => {
    const alert = normaliseAlert(sampleAlert(type))
    expect(derive({ ...alert, [token]: 'other' }).fingerprint).not.toBe(derive(alert).fingerprint)
  })

  it('keeps a job and an asset with the same name apart', () => {
    const base = { deployment_name: 'prod', alert_policy_id: 'p1' }
    expect(derive({ ...base, job_name: 'orders' }).fingerprint).not.toBe(
      derive({ ...base, asset_key: 'orders' }).fingerprint
    )
  })

  it('tells agent alerts from other subject-less alerts by type, and finds a subject without a type', () => {
    const base = { deployment_name: 'prod', alert_policy_id: 'p1' }
    expect(derive({ ...base, notification_type: 'AGENT' }).fingerprint).toBe(
      derive({ ...base, notification_type: 'agent' }).fingerprint
    )
    expect(derive({ ...base, notification_type: 'AGENT' }).fingerprint).not.toBe(
      derive({ ...base, notification_type: 'JOB' }).fingerprint
    )
    expect(derive({ ...base, location_name: 'a' }).fingerprint).not.toBe(
      derive({ ...base, location_name: 'b' }).fingerprint
    )
  })
})

describe('github', () => {
  it('builds the run URL from the runner environment', () => {
    const env = { GITHUB_SERVER_URL: 'https://ghe.example.com/', GITHUB_REPOSITORY: 'acme/data', GITHUB_RUN_ID: '42' }
    expect(derive({}, env).github).toEqual({
      server_url: 'https://ghe.example.com',
      repository: 'acme/data',
      run_url: 'https://ghe.example.com/acme/data/actions/runs/42'
    })
  })

  it('defaults the server and leaves out what it cannot know', () => {
    expect(derive({}, { GITHUB_REPOSITORY: 'acme/data' }).github).toEqual({
      server_url: 'https://github.com',
      repository: 'acme/data'
    })
    expect(derive({}, { GITHUB_RUN_ID: '42', GITHUB_REPOSITORY: '' }).github).toEqual({
      server_url: 'https://github.com'
    })
  })
})

describe('DERIVED_NAMES', () => {
  it('names every derived value', () => {
    const derived = derive({ start_time: 'Jan 8, 2026 10:00 AM', end_time: 'Jan 8, 2026 10:05 AM' })
    expect([...DERIVED_NAMES].sort()).toEqual(Object.keys(derived).sort())
  })
})

describe('missingTokens: what a webhook body lacking tokens costs', () => {
  /** The README's former body: global and job tokens only. */
  const JOB_ONLY = [
    'alert_summary',
    'alert_content',
    'deployment_name',
    'deployment_url',
    'alert_policy_name',
    'alert_policy_id',
    'notification_type',
    'is_sample',
    'job_name',
    'run_id',
    'run_link',
    'run_status',
    'failure_message',
    'start_time',
    'end_time'
  ]
  const bodyOf = (type: string, status?: string) => {
    const sample = sampleAlert(type)
    return normaliseAlert({
      ...Object.fromEntries(JOB_ONLY.filter(name => name in sample).map(name => [name, sample[name]])),
      ...(status && { health_status: status })
    })
  }

  it('an asset health alert without asset_key and health_status: one fingerprint for every asset, recoveries not recognised', () => {
    const missing = missingTokens(bodyOf('ASSET_HEALTH'))
    expect(missing.map(gap => gap.tokens)).toEqual([
      ['asset_key', 'asset_name'],
      ['health_status', 'freshness_status', 'checks_status', 'materialization_status']
    ])
    expect(missing[0].consequence).toMatch(
      /every ASSET_HEALTH alert of this policy gets the same fingerprint, so they all share one issue/
    )
    expect(missing[1].consequence).toMatch(/alert_status is ALERT whatever happened, so a recovery is not recognised/)
  })

  it('nothing is missing from a complete alert of any type, nor from an alert without a known type', () => {
    for (const type of NOTIFICATION_TYPES)
      expect({ type: type.type, missing: missingTokens(normaliseAlert(sampleAlert(type.type))) }).toEqual({
        type: type.type,
        missing: []
      })
    expect(missingTokens(normaliseAlert({ alert_summary: 'x' }))).toEqual([])
  })

  it('the table: types that say their own status need no status token', () => {
    expect(neededTokens(notificationType('TICK')!)).toEqual({ type: 'TICK', subject: ['instigator_name'], status: [] })
    expect(neededTokens(notificationType('CODE_LOCATION')!)).toEqual({
      type: 'CODE_LOCATION',
      subject: ['location_name'],
      status: []
    })
    expect(neededTokens(notificationType('JOB')!)).toEqual({
      type: 'JOB',
      subject: ['job_name'],
      status: ['run_status']
    })
  })
})
