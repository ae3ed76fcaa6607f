import { describe, expect, it } from '@jest/globals'
import { pagerduty } from '../../../src/platforms/pagerduty/index.js'
import { context, EVENT } from './helpers.js'

const valid = { ...EVENT, routing_key: '***', event_action: 'trigger', dedup_key: 'dagster-fp-1' }

describe('pagerduty.validate', () => {
  it('accepts a fitted trigger and a resolve', () => {
    const { ctx } = context()
    expect(pagerduty.validate(valid, ctx)).toEqual([])
    expect(pagerduty.validate({ routing_key: '***', event_action: 'resolve', dedup_key: 'k' }, ctx)).toEqual([])
  })

  it('names what PagerDuty would refuse: severity, source, summary, key length, link', () => {
    const problems = pagerduty.validate(
      {
        ...valid,
        dedup_key: 'k'.repeat(256),
        payload: { summary: '', source: '', severity: 'high' },
        links: [{ href: 'not a url' }]
      },
      context().ctx
    )
    expect(problems.map(problem => problem.path)).toEqual([
      'dedup_key',
      'payload.summary',
      'payload.source',
      'payload.severity',
      'links[0].href'
    ])
    expect(problems[3].message).toContain('critical, error, warning, info')
  })
})
