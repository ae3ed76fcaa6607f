import { describe, expect, it } from '@jest/globals'
import { opsgenie } from '../../../src/platforms/opsgenie/index.js'
import type { Json } from '../../../src/json.js'
import { context, RESOLVE, TRIGGER } from './helpers.js'

const ALERT = { message: 'FAILURE: Job daily_etl failed', source: 'prod', priority: 'P1' }

describe('opsgenie.fit', () => {
  it('sets the alias to the problem key, whatever the template wrote', () => {
    expect(opsgenie.fit({ ...ALERT, alias: 'other' }, context().ctx)).toEqual({ ...ALERT, alias: TRIGGER.key })
  })

  it('fits message (130, one line), description, tags and details, with warnings', () => {
    const { ctx, warnings } = context()
    const fitted = opsgenie.fit(
      {
        ...ALERT,
        message: `a\n${'m'.repeat(200)}`,
        description: 'd'.repeat(16000),
        tags: 'dagster, prod,',
        details: { job: 'etl', asset: '', count: 3 }
      },
      ctx
    ) as { [key: string]: Json }
    expect([...(fitted.message as string)]).toHaveLength(130)
    expect([...(fitted.description as string)]).toHaveLength(15000)
    expect(fitted.tags).toEqual(['dagster', 'prod'])
    expect(fitted.details).toEqual({ job: 'etl', count: '3' })
    expect(warnings.map(warning => warning.path)).toEqual(['message', 'message', 'description'])
    expect(opsgenie.validate(fitted, ctx)).toEqual([])
  })

  it('makes a recovery the Close Alert body: source, and the message as note', () => {
    expect(opsgenie.fit({ ...ALERT, description: 'x', details: { a: 'b' } }, context(RESOLVE).ctx)).toEqual({
      source: 'prod',
      note: ALERT.message
    })
  })
})

describe('opsgenie.validate', () => {
  it('names what Opsgenie would refuse', () => {
    const problems = opsgenie.validate(
      { message: '', alias: 'k', priority: 'P0', tags: ['t'.repeat(51)], details: { n: 1 } },
      context().ctx
    )
    expect(problems.map(problem => problem.path)).toEqual(['message', 'priority', 'tags[0]', 'details.n'])
  })
})
