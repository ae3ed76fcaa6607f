import { describe, expect, it } from '@jest/globals'
import { incidentio } from '../../../src/platforms/incidentio/index.js'
import { context, RESOLVE, TRIGGER } from './helpers.js'

const EVENT = { title: 'FAILURE: Job daily_etl failed', description: 'boom', metadata: { job: 'etl' } }

describe('incidentio.fit', () => {
  it('fills deduplication_key and status from the problem, whatever the template wrote', () => {
    const written = { ...EVENT, status: 'resolved', deduplication_key: 'other' }
    expect(incidentio.fit(written, context(TRIGGER).ctx)).toEqual({
      ...EVENT,
      status: 'firing',
      deduplication_key: TRIGGER.key
    })
    expect(incidentio.fit(EVENT, context(RESOLVE).ctx)).toMatchObject({ status: 'resolved' })
  })

  it('makes the title one line and leaves out what the alert does not have', () => {
    const { ctx, warnings } = context()
    const fitted = incidentio.fit(
      { title: 'a\nb', description: '', source_url: '', metadata: { job: 'etl', asset: '' } },
      ctx
    )
    expect(fitted).toEqual({ title: 'a b', metadata: { job: 'etl' }, status: 'firing', deduplication_key: TRIGGER.key })
    expect(warnings.map(warning => warning.path)).toEqual(['title'])
  })
})

describe('incidentio.validate', () => {
  it('accepts a fitted event and names what incident.io would refuse', () => {
    const { ctx } = context()
    expect(incidentio.validate(incidentio.fit(EVENT, ctx), ctx)).toEqual([])
    const problems = incidentio.validate({ title: '', status: 'open', source_url: 'nope', metadata: [] }, ctx)
    expect(problems.map(problem => problem.path)).toEqual([
      'title',
      'status',
      'deduplication_key',
      'source_url',
      'metadata'
    ])
  })
})
