import { deriveValues } from '../src/event/derive.js'
import { normaliseAlert } from '../src/event/normalise.js'
import { knownVariableNames, templateScope } from '../src/event/scope.js'

describe('templateScope', () => {
  const alert = normaliseAlert({ job_name: 'daily_etl', run_status: 'FAILURE', is_sample: 'false', team: 'data' })
  const derived = deriveValues(alert, { GITHUB_REPOSITORY: 'acme/data', GITHUB_RUN_ID: '7' })
  const vars = { mention: '<@&123>' }

  it('holds the tokens, the derived values, vars and the whole alert', () => {
    const scope = templateScope(alert, derived, vars)
    expect(scope).toMatchObject({
      job_name: 'daily_etl',
      team: 'data',
      is_sample: false,
      alert_status: 'FAILURE',
      status_color: 15158332,
      fingerprint: derived.fingerprint,
      is_recovery: false,
      vars,
      alert
    })
    expect(scope.github).toEqual({
      server_url: 'https://github.com',
      repository: 'acme/data',
      run_url: 'https://github.com/acme/data/actions/runs/7'
    })
  })

  it('has no key for a derived value that is undefined', () => {
    const scope = templateScope(alert, { ...derived, start_time_iso: undefined }, vars)
    expect('start_time_iso' in scope).toBe(false)
  })

  it('lets derived values, vars and alert win over tokens of the same name', () => {
    const clashing = normaliseAlert({ alert_status: 'spoofed', vars: 'x', alert: 'y', job_name: 'daily_etl' })
    const scope = templateScope(clashing, derived, vars)
    expect(scope.alert_status).toBe('FAILURE')
    expect(scope.vars).toBe(vars)
    expect(scope.alert).toBe(clashing)
  })
})

describe('knownVariableNames', () => {
  it('names the catalogue tokens, the derived values, vars, alert and github', () => {
    const names = knownVariableNames()
    for (const name of [
      'alert_summary',
      'insights_url',
      'alert_policy_description',
      'alert_status',
      'status_color',
      'start_time_iso',
      'end_time_iso',
      'fingerprint',
      'is_recovery',
      'github',
      'vars',
      'alert'
    ]) {
      expect(names.has(name)).toBe(true)
    }
    expect(names.has('team')).toBe(false)
  })
})
