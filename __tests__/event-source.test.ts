import { DEPTH_LIMIT, SIZE_LIMIT } from '../src/data-limits.js'
import { InputError } from '../src/errors.js'
import { readAlertData, type EventSources } from '../src/event/source.js'

const PUSH: EventSources = { eventInput: '', eventName: 'push', eventPayload: { ref: 'refs/heads/main' } }

function read(sources: Partial<EventSources>) {
  return readAlertData({ ...PUSH, ...sources })
}

function failure(sources: Partial<EventSources>): InputError {
  try {
    read(sources)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe('event')
    return error as InputError
  }
  throw new Error('expected an InputError')
}

function dispatch(clientPayload: unknown): Partial<EventSources> {
  return { eventName: 'repository_dispatch', eventPayload: { action: 'dagster-alert', client_payload: clientPayload } }
}

describe('readAlertData from the event input', () => {
  it('reads a JSON token map', () => {
    expect(read({ eventInput: '{"alert_summary": "Job daily_etl failed", "threshold": 1000}' })).toEqual({
      data: { alert_summary: 'Job daily_etl failed', threshold: 1000 },
      origin: "the 'event' input"
    })
  })

  it('reads a YAML token map', () => {
    const yaml = 'alert_summary: "Job daily_etl failed"\nalert_content: |\n  line 1\n  line 2\n'
    expect(read({ eventInput: yaml }).data).toEqual({
      alert_summary: 'Job daily_etl failed',
      alert_content: 'line 1\nline 2\n'
    })
  })

  it('reads {alert: {...}}, merged over top-level tokens', () => {
    const input = JSON.stringify({ deployment_name: 'prod', job_name: 'old', alert: { job_name: 'daily_etl' } })
    expect(read({ eventInput: input }).data).toEqual({ deployment_name: 'prod', job_name: 'daily_etl' })
  })

  it('reads the dispatch body {event_type, client_payload: {alert: {...}}}', () => {
    const input = JSON.stringify({ event_type: 'dagster-alert', client_payload: { alert: { job_name: 'daily_etl' } } })
    expect(read({ eventInput: input }).data).toEqual({ job_name: 'daily_etl' })
  })

  it('wins over the dispatch event', () => {
    const found = read({ ...dispatch({ alert: { job_name: 'from_dispatch' } }), eventInput: 'job_name: from_input' })
    expect(found).toEqual({ data: { job_name: 'from_input' }, origin: "the 'event' input" })
  })

  it('reports bad YAML with line and column', () => {
    const error = failure({ eventInput: 'alert_summary: ok\njob_name: [daily_etl\n' })
    expect(error.message).toMatch(/the 'event' input is not valid JSON or YAML: .* at line \d+, column \d+/)
    expect(error.message).not.toContain('\n')
  })

  it('reports unterminated JSON with line and column', () => {
    expect(failure({ eventInput: '{"alert_summary": "ok",\n "job_name": "daily_etl"' }).message).toMatch(
      /line 2, column \d+/
    )
  })

  it.each([
    ['a list', '[1, 2]'],
    ['a string', 'just some text'],
    ['a number', '42'],
    ['empty', 'null']
  ])('refuses %s', (kind, input) => {
    expect(failure({ eventInput: input }).message).toContain(
      `the 'event' input must be a mapping of names to values, but it is ${kind}`
    )
  })

  it('refuses an alert key that is not a mapping', () => {
    expect(failure({ eventInput: '{"alert": [1]}' }).message).toContain(
      "'alert' in the 'event' input must be a mapping"
    )
  })

  it('refuses input whose tokens all lack a value', () => {
    const error = failure({ eventInput: '{"alert_summary": "{{alert_summary}}", "run_link": "", "is_sample": "true"}' })
    expect(error.message).toContain("no alert data found: the 'event' input has no Dagster+ token with a value")
    expect(error.message).toContain('repository_dispatch')
  })
})

describe('readAlertData from repository_dispatch', () => {
  it('reads tokens under client_payload.alert', () => {
    expect(read(dispatch({ alert: { alert_summary: 'Job daily_etl failed' } }))).toEqual({
      data: { alert_summary: 'Job daily_etl failed' },
      origin: 'repository_dispatch client_payload'
    })
  })

  it('reads tokens at the top of client_payload', () => {
    expect(read(dispatch({ alert_summary: 'Job daily_etl failed' })).data).toEqual({
      alert_summary: 'Job daily_etl failed'
    })
  })

  it('merges both, alert winning, but an unreplaced alert value never hides a top-level one', () => {
    const payload = {
      run_id: 'top',
      run_link: 'https://acme.dagster.cloud/prod/runs/top',
      alert: { run_id: 'nested', run_link: '{{run_link}}' }
    }
    expect(read(dispatch(payload)).data).toEqual({
      run_id: 'nested',
      run_link: 'https://acme.dagster.cloud/prod/runs/top'
    })
  })

  it('reads an alert holding JSON text', () => {
    expect(read(dispatch({ alert: '{"job_name": "daily_etl"}' })).data).toEqual({ job_name: 'daily_etl' })
  })

  it('ignores an alert key Dagster left unreplaced', () => {
    expect(read(dispatch({ alert: '{{alert}}', job_name: 'daily_etl' })).data).toEqual({ job_name: 'daily_etl' })
  })

  it('refuses a payload with nothing but placeholders', () => {
    const error = failure(dispatch({ alert: { alert_summary: '{{alert_summary}}', alert_content: ' ' } }))
    expect(error.message).toContain(
      'no alert data found: repository_dispatch client_payload has no Dagster+ token with a value'
    )
  })

  it('says when the event has no client_payload', () => {
    expect(failure({ eventName: 'repository_dispatch', eventPayload: {} }).message).toContain(
      'the repository_dispatch event has no client_payload'
    )
  })
})

describe('readAlertData from workflow_dispatch', () => {
  const manual = (inputs: unknown): Partial<EventSources> => ({
    eventName: 'workflow_dispatch',
    eventPayload: { inputs }
  })

  it('reads tokens given as inputs', () => {
    expect(read(manual({ alert_summary: 'Job daily_etl failed', is_sample: true }))).toEqual({
      data: { alert_summary: 'Job daily_etl failed', is_sample: true },
      origin: 'workflow_dispatch inputs'
    })
  })

  it('merges an alert input holding JSON or YAML text', () => {
    expect(read(manual({ deployment_name: 'prod', alert: '{"job_name": "daily_etl"}' })).data).toEqual({
      deployment_name: 'prod',
      job_name: 'daily_etl'
    })
    expect(read(manual({ alert: 'job_name: daily_etl\nrun_status: FAILURE' })).data).toEqual({
      job_name: 'daily_etl',
      run_status: 'FAILURE'
    })
  })

  it('reports an alert input that does not parse, naming it', () => {
    expect(failure(manual({ alert: 'job_name: [daily_etl' })).message).toMatch(
      /'alert' in workflow_dispatch inputs is not valid JSON or YAML: .*line 1/
    )
  })

  it('refuses empty inputs', () => {
    expect(failure(manual({ alert: '', job_name: '' })).message).toContain(
      'workflow_dispatch inputs has no Dagster+ token with a value'
    )
  })
})

describe('readAlertData without a source', () => {
  it('names the trigger and the three ways to give alert data', () => {
    const error = failure({})
    expect(error.message).toContain(
      "no alert data found: the 'event' input is empty and this run was triggered by 'push'"
    )
    expect(error.message).toContain("the 'event' input (the tokens as JSON or YAML)")
    expect(error.message).toContain('client_payload.alert')
    expect(error.message).toContain('workflow_dispatch')
  })

  it('treats a blank event input as not given', () => {
    expect(failure({ eventInput: '  \n' }).message).toContain("triggered by 'push'")
  })

  it('says when no event is known at all', () => {
    expect(failure({ eventName: '', eventPayload: undefined }).message).toContain('no triggering event is known')
  })
})

describe('readAlertData needs a Dagster+ token', () => {
  it('treats workflow_dispatch inputs without any catalogue token as no alert data', () => {
    const error = (() => {
      try {
        readAlertData({
          eventInput: '',
          eventName: 'workflow_dispatch',
          eventPayload: { inputs: { 'dry-run': 'true', environment: 'prod' } }
        })
      } catch (e) {
        return e as Error
      }
      throw new Error('expected an error')
    })()
    expect(error.message).toContain('workflow_dispatch inputs has no Dagster+ token with a value')
  })
})

describe('readAlertData keeps YAML token text as written', () => {
  it('does not turn 007, 1e3, 0x1F or true into numbers or booleans', () => {
    const found = readAlertData({
      eventInput: 'run_id: 007\njob_name: 1e3\npartition_name: 0x1F\nuser_name: true',
      eventName: '',
      eventPayload: undefined
    })
    expect(found.data).toEqual({ run_id: '007', job_name: '1e3', partition_name: '0x1F', user_name: 'true' })
  })
})

describe('readAlertData refuses data too deep or too large to read, naming where it came from', () => {
  /** `levels` of nested lists under `deep`, next to a real token: the mapping itself is level 1. */
  const nestedJson = (levels: number) =>
    `{"alert_summary": "Job failed", "deep": ${'['.repeat(levels)}${']'.repeat(levels)}}`
  const nestedValue = (levels: number): unknown => {
    let value: unknown = 'bottom'
    for (let i = 0; i < levels; i++) value = [value]
    return value
  }

  it('JSON nested 10,000 levels deep in the event input (JSON.parse reads it; everything after would overflow)', () => {
    expect(failure({ eventInput: nestedJson(10_000) }).message).toBe(
      "Input 'event': the 'event' input is nested 10,001 levels deep; at most 32 are read. Send flatter data: a " +
        'mapping of names to values, nested at most 32 levels'
    )
  })

  it('reads data exactly 32 levels deep, and refuses 33', () => {
    expect(read({ eventInput: nestedJson(DEPTH_LIMIT - 1) }).data).toHaveProperty('alert_summary')
    expect(failure({ eventInput: nestedJson(DEPTH_LIMIT) }).message).toContain('is nested 33 levels deep')
  })

  it.each([
    ['flow lists', `alert_summary: x\ndeep: ${'['.repeat(2000)}${']'.repeat(2000)}`],
    ['flow mappings', `alert_summary: x\ndeep: ${'{a: '.repeat(2000)}1${'}'.repeat(2000)}`],
    ['compact block lists', `alert_summary: x\ndeep:\n  ${'- '.repeat(2000)}x`],
    ['block mappings', `alert_summary: x\n${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} x`]
  ])('YAML %s nested thousands deep: refused before the parser recurses into them', (_, yaml) => {
    expect(failure({ eventInput: yaml }).message).toMatch(
      /^Input 'event': the 'event' input is nested [\d,]+ levels deep; at most 32 are read/
    )
  })

  it('YAML whose brackets sit inside quoted text is read: the guard before the parser leaves room for them', () => {
    const brackets = '['.repeat(100)
    expect(read({ eventInput: `alert_summary: "${brackets}"` }).data).toEqual({ alert_summary: brackets })
  })

  it('a YAML alias inside its own anchor (data that contains itself)', () => {
    expect(failure({ eventInput: 'alert_summary: x\nloop: &a [*a]' }).message).toMatch(
      /^Input 'event': the 'event' input contains itself \(a YAML alias inside its own anchor\)/
    )
  })

  it('an event input larger than 1 MB', () => {
    const text = JSON.stringify({ alert_summary: 'x', alert_content: 'y'.repeat(2 * SIZE_LIMIT) })
    expect(failure({ eventInput: text }).message).toMatch(
      /^Input 'event': the 'event' input is 2 MB; at most 1 MB is read/
    )
  })

  it('a nested alert mapping given as text in the dispatch payload is held to the same limits', () => {
    const alert = `${'['.repeat(5000)}${']'.repeat(5000)}`
    expect(failure(dispatch({ alert })).message).toMatch(
      /^Input 'event': 'alert' in repository_dispatch client_payload is nested 5,000 levels deep/
    )
  })

  it('a dispatch payload (the event file) nested 10,000 levels deep or holding more than 1 MB of text', () => {
    expect(failure(dispatch({ alert_summary: 'x', deep: nestedValue(10_000) })).message).toMatch(
      /^Input 'event': the alert data in the repository_dispatch client_payload is nested 10,001 levels deep; at most 32 are read/
    )
    expect(failure(dispatch({ alert_summary: 'x', alert_content: 'y'.repeat(1.5 * SIZE_LIMIT) })).message).toMatch(
      /^Input 'event': the alert data in the repository_dispatch client_payload holds 1.5 MB of text; at most 1 MB is read/
    )
    const inputs = { alert_summary: 'x', deep: nestedValue(100) }
    expect(failure({ eventName: 'workflow_dispatch', eventPayload: { inputs } }).message).toMatch(
      /^Input 'event': the alert data in the workflow_dispatch inputs is nested 101 levels deep/
    )
  })
})
