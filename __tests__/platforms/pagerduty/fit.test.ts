import { describe, expect, it } from '@jest/globals'
import { pagerduty } from '../../../src/platforms/pagerduty/index.js'
import { context, EVENT, RESOLVE, TRIGGER } from './helpers.js'

describe('pagerduty.fit', () => {
  it('fills dedup_key and event_action from the problem and shows the routing key as ***', () => {
    const { ctx } = context(TRIGGER)
    const written = { ...EVENT, routing_key: 'from-template', event_action: 'resolve', dedup_key: 'other' }
    expect(pagerduty.fit(written, ctx)).toEqual({
      ...EVENT,
      routing_key: '***',
      event_action: 'trigger',
      dedup_key: TRIGGER.key
    })
  })

  it('sends a resolve with nothing but the key and the action', () => {
    expect(pagerduty.fit(EVENT, context(RESOLVE).ctx)).toEqual({
      routing_key: '***',
      event_action: 'resolve',
      dedup_key: RESOLVE.key
    })
  })

  it('makes the summary one line within 1024 characters, with warnings', () => {
    const { ctx, warnings } = context()
    const fitted = pagerduty.fit({ payload: { ...EVENT.payload, summary: `a\nb ${'x'.repeat(2000)}` } }, ctx) as {
      payload: { summary: string }
    }
    expect(fitted.payload.summary).toMatch(/^a b x+…$/)
    expect([...fitted.payload.summary]).toHaveLength(1024)
    expect(warnings.map(warning => warning.path)).toEqual(['payload.summary', 'payload.summary'])
  })

  it('leaves out the facts, fields and links the alert does not have', () => {
    const fitted = pagerduty.fit(
      {
        payload: { ...EVENT.payload, component: '', custom_details: { job: 'etl', asset: '', run: null } },
        links: [
          { text: 'Dagster+ run', href: '' },
          { text: 'GitHub run', href: 'https://github.com/acme/x/actions/runs/1' }
        ],
        images: [{ src: '' }]
      },
      context().ctx
    )
    expect(fitted).toEqual({
      payload: { ...EVENT.payload, custom_details: { job: 'etl' } },
      links: [{ text: 'GitHub run', href: 'https://github.com/acme/x/actions/runs/1' }],
      routing_key: '***',
      event_action: 'trigger',
      dedup_key: TRIGGER.key
    })
  })
})
