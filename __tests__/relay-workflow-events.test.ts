// relay.yml's job condition on the `events` input, evaluated for every notification type, sample events values and
// the shapes a dispatch payload can take, against what the action itself would do with the same run: a job the
// condition skips must be one whose alert the action would have skipped.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { ACTION_ROOT } from '../src/action-root.js'
import { InputError } from '../src/errors.js'
import { normaliseAlert } from '../src/event/normalise.js'
import { readAlertData } from '../src/event/source.js'
import { NOTIFICATION_TYPES } from '../src/event/tokens.js'
import { readConfig } from '../src/inputs.js'
import { eventsServe } from '../src/template/route.js'
import { conditionHolds, evaluateExpression } from './helpers/workflow-expression.js'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const WORKFLOW = parse(readFileSync(path.join(ACTION_ROOT, '.github/workflows/relay.yml'), 'utf8')) as {
  on: { workflow_call: { inputs: Record<string, { description: string }> } }
  jobs: { relay: { if: string } }
}
const CONDITION = WORKFLOW.jobs.relay.if
const KNOWN = NOTIFICATION_TYPES.map(type => type.type)

interface Run {
  events: string
  eventInput: string
  eventName: string
  payload: Json
}

/** What the action does with the run: sends (serves), skips the alert, or fails (and so shows the mistake). */
function actionVerdict(run: Run): 'serves' | 'skips' | 'fails' {
  try {
    const { events } = readConfig(name => (name === 'events' ? run.events : ''))
    const { data } = readAlertData({ eventInput: run.eventInput, eventName: run.eventName, eventPayload: run.payload })
    const type = normaliseAlert(data).notification_type
    return !events || eventsServe(events, typeof type === 'string' ? type : undefined) ? 'serves' : 'skips'
  } catch (error) {
    if (error instanceof InputError) return 'fails'
    throw error
  }
}

function jobRuns(run: Run): boolean {
  return conditionHolds(CONDITION, {
    github: { event_name: run.eventName, event: run.payload },
    inputs: { events: run.events, event: run.eventInput }
  })
}

const ALERT = { alert_summary: 'Job daily_etl failed', run_id: 'abc123' }

/** The alert's type as Dagster+ may carry it, and as a payload could: other case, spaces, unknown, unreplaced. */
const TYPES: (string | undefined)[] = [
  ...KNOWN,
  'job',
  'Asset_Health',
  ' TICK ',
  'ASSET',
  'SOMETHING_NEW',
  '',
  '{{notification_type}}',
  undefined
]

function withType(type: string | undefined): Record<string, Json> {
  return type === undefined ? { ...ALERT } : { ...ALERT, notification_type: type }
}

/** Every way the type can reach the action in a repository_dispatch payload. */
function dispatchPayloads(type: string | undefined): Json[] {
  const other = type === 'JOB' ? 'TICK' : 'JOB'
  return [
    { client_payload: { alert: withType(type) } },
    { client_payload: withType(type) },
    { client_payload: { alert: JSON.stringify(withType(type)) } },
    { client_payload: { alert: JSON.stringify(withType(type)), notification_type: other } },
    { client_payload: { alert: withType('{{notification_type}}'), notification_type: type ?? null } },
    { client_payload: { alert: withType(''), notification_type: type ?? null } },
    { client_payload: { alert: withType(type), notification_type: other } },
    { client_payload: { alert: '', ...withType(type) } },
    { client_payload: { alert: null, ...withType(type) } }
  ]
}

const VALID_EVENTS = [
  'JOB',
  'job',
  'TICK',
  '[JOB, TICK]',
  '["asset_health", "ASSET_FRESHNESS"]',
  '- ASSET_MATERIALIZATION\n- ASSET_HEALTH\n',
  'TABLE_SCHEMA,CODE_LOCATION',
  'AGENT INSIGHTS',
  KNOWN.join(', '),
  ''
]

function runsOf(events: string): Run[] {
  return TYPES.flatMap((type): Run[] => [
    ...dispatchPayloads(type).map(payload => ({ events, eventInput: '', eventName: 'repository_dispatch', payload })),
    {
      events,
      eventInput: JSON.stringify(withType(type)),
      eventName: 'repository_dispatch',
      payload: { client_payload: { alert: withType('JOB') } }
    },
    { events, eventInput: '', eventName: 'workflow_dispatch', payload: { inputs: withType(type) } }
  ])
}

describe("relay.yml's job condition on events", () => {
  it('never skips a job whose alert the action would send', () => {
    const wronglySkipped = VALID_EVENTS.flatMap(runsOf).filter(run => actionVerdict(run) === 'serves' && !jobRuns(run))
    expect(wronglySkipped).toEqual([])
  })

  it('skips the job for a type the events leave out, carried as the dispatch body puts it', () => {
    for (const events of VALID_EVENTS.filter(text => text !== '' && text !== KNOWN.join(', '))) {
      const skipped = runsOf(events).filter(run => !jobRuns(run))
      const served = (events.match(/[A-Za-z_]+/g) ?? []).map(name => name.toUpperCase())
      expect(skipped.length).toBeGreaterThan(0)
      for (const type of KNOWN.filter(known => !served.includes(known))) {
        const run = { events, eventInput: '', eventName: 'repository_dispatch', payload: dispatchPayloads(type)[0] }
        expect(jobRuns(run)).toBe(false)
        expect(actionVerdict(run)).toBe('skips')
      }
    }
  })

  it('runs the job when events names no type, so the action reports the mistake instead of skipping in silence', () => {
    for (const events of ['asset-health', 'asset health', 'failures']) {
      for (const run of runsOf(events)) {
        expect(actionVerdict(run)).toBe('fails')
        expect(jobRuns(run)).toBe(true)
      }
    }
  })

  it('lists exactly the catalogue types, in the fromJSON list and in the "names at least one" test', () => {
    const listed = /fromJSON\('(\[[^']*\])'\)/.exec(CONDITION)?.[1]
    expect(JSON.parse(listed ?? '[]')).toEqual(KNOWN)
    const named = [...CONDITION.matchAll(/contains\(inputs\.events, '([A-Z_]+)'\)/g)].map(match => match[1])
    expect(named).toEqual(KNOWN)
    for (const type of KNOWN) expect(WORKFLOW.on.workflow_call.inputs.events.description).toContain(type)
  })
})

/** The job conditions the docs give jobs of steps, with the events of the steps they guard. */
function documentedConditions(): { page: string; condition: string; events: string }[] {
  const found = []
  for (const name of readdirSync(path.join(ACTION_ROOT, 'docs'))) {
    const text = readFileSync(path.join(ACTION_ROOT, 'docs', name), 'utf8')
    for (const [, block] of text.matchAll(/```yaml\n([\s\S]*?)```/g)) {
      if (!/^jobs:/m.test(block)) continue
      const workflow = parse(block) as {
        jobs?: Record<string, { if?: string; steps?: { with?: { events?: string } }[] }>
      }
      for (const job of Object.values(workflow?.jobs ?? {})) {
        if (typeof job.if !== 'string' || !job.if.includes('notification_type')) continue
        for (const step of job.steps ?? [])
          if (typeof step.with?.events === 'string')
            found.push({ page: name, condition: job.if, events: step.with.events })
      }
    }
  }
  return found
}

describe('the job conditions the docs give jobs of steps', () => {
  it('are found, and never skip a job whose step would send the alert', () => {
    const conditions = documentedConditions()
    expect(conditions.length).toBeGreaterThan(0)
    for (const { page, condition, events } of conditions) {
      const wronglySkipped = runsOf(events)
        .filter(run => run.eventInput === '' && actionVerdict(run) === 'serves')
        .filter(run => !conditionHolds(condition, { github: { event_name: run.eventName, event: run.payload } }))
      expect({ page, wronglySkipped }).toEqual({ page, wronglySkipped: [] })
      const other = KNOWN.find(type => !events.toUpperCase().includes(type))
      const payload = { client_payload: { alert: withType(other) } }
      expect(conditionHolds(condition, { github: { event_name: 'repository_dispatch', event: payload } })).toBe(false)
    }
  })
})

describe('the expression evaluator the condition test relies on', () => {
  it('follows GitHub: case-insensitive comparison and contains, operands from && and ||, null for a missing property', () => {
    const context = { github: { event: { client_payload: { alert: 'text' } } }, inputs: { events: 'Job, Tick' } }
    expect(evaluateExpression("contains(inputs.events, 'TICK')", context)).toBe(true)
    expect(evaluateExpression("contains(fromJSON('[\"JOB\"]'), 'job')", context)).toBe(true)
    expect(evaluateExpression("'abc' == 'ABC'", context)).toBe(true)
    expect(evaluateExpression('github.event.client_payload.alert.notification_type', context)).toBeNull()
    expect(evaluateExpression("inputs.missing || 'fallback'", context)).toBe('fallback')
    expect(evaluateExpression("'' == null && !null", context)).toBe(true)
    expect(evaluateExpression("!(inputs.events == '') && 0", context)).toBe(0)
  })
})
