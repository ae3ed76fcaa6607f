import { deriveValues } from '../src/event/derive.js'
import { normaliseAlert } from '../src/event/normalise.js'
import {
  GLOBAL_TOKENS,
  NOTIFICATION_TYPES,
  TOKENS,
  hostileAlert,
  notificationType,
  sampleAlert
} from '../src/event/tokens.js'

// The scope contract in the brief every stage builds against.
const CONTRACT_TOKENS = `alert_summary alert_content deployment_name deployment_url alert_policy_name alert_policy_id
  notification_type is_sample alert_id alert_policy_description job_name run_id run_link run_status
  failure_message user_name user_email partition_name schedule_name sensor_name elapsed_time start_time end_time
  asset_key asset_name health_status materialization_status checks_status freshness_status location_name
  location_link instigator_name instigator_type agent_url metric_name threshold computed_value insights_url`.split(
  /\s+/
)

const TYPE_NAMES = NOTIFICATION_TYPES.map(t => t.type)

describe('token catalogue', () => {
  it('holds exactly the contract tokens, each once with a description and an example', () => {
    expect([...TOKENS.keys()].sort()).toEqual([...CONTRACT_TOKENS].sort())
    for (const token of TOKENS.values()) {
      expect(token.description).not.toBe('')
      expect(token.example).not.toBe('')
    }
  })

  it('lists the global tokens, the newer alert_id and alert_policy_description included', () => {
    expect(GLOBAL_TOKENS.map(t => t.name)).toEqual(CONTRACT_TOKENS.slice(0, 10))
  })

  it('has every notification type, whose tokens and subjects are catalogue tokens', () => {
    expect(TYPE_NAMES).toEqual([
      'JOB',
      'ASSET_MATERIALIZATION',
      'ASSET_HEALTH',
      'ASSET_FRESHNESS',
      'TABLE_SCHEMA',
      'CODE_LOCATION',
      'TICK',
      'AGENT',
      'INSIGHTS'
    ])
    for (const type of NOTIFICATION_TYPES) {
      for (const name of [...type.tokens, ...type.subject, ...Object.keys(type.examples)])
        expect(TOKENS.has(name)).toBe(true)
      expect(type.subject.every(name => type.tokens.includes(name))).toBe(true)
    }
  })

  it('finds a notification type ignoring case and spaces', () => {
    expect(notificationType('asset_health')?.type).toBe('ASSET_HEALTH')
    expect(notificationType(' Job ')?.type).toBe('JOB')
    expect(notificationType('JOBS')).toBeUndefined()
  })
})

describe('sampleAlert', () => {
  it.each(TYPE_NAMES)('%s has the global and type tokens with realistic values', type => {
    const sample = sampleAlert(type.toLowerCase())
    const expected = [...GLOBAL_TOKENS.map(t => t.name), ...notificationType(type)!.tokens]
    expect(Object.keys(sample).sort()).toEqual([...new Set(expected)].sort())
    expect(sample.notification_type).toBe(type)
    expect(sample.is_sample).toBe('false')
    for (const [name, value] of Object.entries(sample)) {
      if (TOKENS.get(name)!.kind === 'url') expect(value).toMatch(/^https:\/\/acme\.dagster\.cloud\/prod(\/|$)/)
    }
  })

  it.each(TYPE_NAMES)('%s is a problem, not a recovery', type => {
    const derived = deriveValues(normaliseAlert(sampleAlert(type)), {})
    expect(derived.is_recovery).toBe(false)
    expect(derived.alert_status).not.toBe('ALERT')
  })

  it("uses the type's own examples where the general one does not fit", () => {
    expect(sampleAlert('JOB').alert_summary).toBe('Job daily_etl failed')
    expect(sampleAlert('CODE_LOCATION').alert_summary).toContain('analytics_pipelines')
    expect(sampleAlert('CODE_LOCATION').failure_message).toContain('DagsterImportError')
  })

  it('gives run times Dagster writes, readable as ISO 8601', () => {
    const derived = deriveValues(normaliseAlert(sampleAlert('JOB')), {})
    expect(derived.start_time_iso).toBe('2026-01-08T10:00:00Z')
    expect(derived.end_time_iso).toBe('2026-01-08T10:05:00Z')
  })

  it('refuses an unknown type, naming the known ones', () => {
    expect(() => sampleAlert('JOBS')).toThrow(/Unknown notification type 'JOBS'.*JOB, ASSET_MATERIALIZATION/)
  })
})

describe('hostileAlert', () => {
  it.each(TYPE_NAMES)('%s has the same tokens as the sample', type => {
    expect(Object.keys(hostileAlert(type)).sort()).toEqual(Object.keys(sampleAlert(type)).sort())
  })

  it('puts a 10 KB stack trace in alert_content and failure_message', () => {
    const hostile = hostileAlert('JOB')
    for (const name of ['alert_content', 'failure_message']) {
      expect(hostile[name].length).toBeGreaterThanOrEqual(10 * 1024)
      expect(hostile[name]).toContain('Traceback (most recent call last):')
      expect(hostile[name]).toContain('```')
    }
  })

  it.each([
    ['double quote', '"'],
    ['single quote', "'"],
    ['backslash', '\\'],
    ['newline', '\n'],
    ['tab', '\t'],
    ['emoji', '🚨'],
    ['ZWJ emoji', '👩‍💻'],
    ['output delimiter', '<<'],
    ['tag delimiter', '<%'],
    ['Liquid/Dagster braces', '{{'],
    ['Actions expression', '${{'],
    ['replacement pattern', '$&'],
    ['everyone ping', '@everyone'],
    ['user mention', '<@123>'],
    ['workflow command', '\n::error']
  ])('puts a %s in the text fields', (_what, fragment) => {
    const hostile = hostileAlert('JOB')
    for (const name of ['alert_summary', 'job_name', 'alert_content', 'failure_message'])
      expect(hostile[name]).toContain(fragment)
  })

  it('keeps URLs, ids, statuses, times and numbers valid, so derived values and links still work', () => {
    const job = hostileAlert('JOB')
    const sample = sampleAlert('JOB')
    for (const name of [
      'run_link',
      'deployment_url',
      'run_id',
      'run_status',
      'start_time',
      'user_email',
      'notification_type',
      'is_sample'
    ]) {
      expect(job[name]).toBe(sample[name])
    }
    expect(hostileAlert('INSIGHTS').threshold).toBe('1000')
    expect(deriveValues(normaliseAlert(job), {}).alert_status).toBe('FAILURE')
  })
})
