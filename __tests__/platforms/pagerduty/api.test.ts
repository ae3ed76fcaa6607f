import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/errors.js'
import { pagerduty } from '../../../src/platforms/pagerduty/index.js'
import { context, EVENT, RESOLVE, reply, ROUTING_KEY, TRIGGER } from './helpers.js'

describe('pagerduty.request', () => {
  it('puts the routing key from the token input in place of the placeholder', () => {
    const { ctx } = context()
    const request = pagerduty.request(pagerduty.fit(EVENT, ctx), ctx)
    expect(request).toMatchObject({ method: 'POST', url: 'https://events.pagerduty.com/v2/enqueue' })
    expect(JSON.parse(request.body!)).toMatchObject({ routing_key: ROUTING_KEY, dedup_key: TRIGGER.key })
  })

  it('refuses to send without a token, or with the workflow’s GitHub token the input defaults to', () => {
    for (const token of ['', 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'])
      expect(() => pagerduty.request(EVENT, context(TRIGGER, token).ctx)).toThrow(InputError)
  })
})

describe('pagerduty.parse', () => {
  const accepted = { status: 'success', message: 'Event processed', dedup_key: TRIGGER.key }

  it('reads 202 as sent (trigger) or resolved (resolve), the dedup_key as id, with no link', () => {
    expect(pagerduty.parse(reply(202, accepted), context().ctx)).toEqual({
      ok: true,
      status: 'sent',
      id: TRIGGER.key,
      url: ''
    })
    expect(pagerduty.parse(reply(202, accepted), context(RESOLVE).ctx)).toMatchObject({ status: 'resolved' })
  })

  it('links the page the user configured (vars: incident_url), a link only', () => {
    const linked = (incident_url: string | number) =>
      pagerduty.parse(reply(202, accepted), { ...context().ctx, vars: { incident_url } })
    const page = 'https://acme.pagerduty.com/service-directory/PABC123'
    expect(linked(page)).toMatchObject({ ok: true, url: page })
    expect(linked('javascript:alert(1)')).toMatchObject({ url: '' })
    expect(linked(42)).toMatchObject({ url: '' })
  })

  it('says what to do about a refused routing key, in PagerDuty’s words', () => {
    const invalid = pagerduty.parse(reply(400, 'Invalid routing key'), context().ctx)
    expect(invalid).toMatchObject({ ok: false, message: expect.stringMatching(/^Invalid routing key\. Set token/) })
    const length = pagerduty.parse(
      reply(400, {
        status: 'invalid event',
        message: 'Event object is invalid',
        errors: ["Length of 'routing_key' is incorrect (should be 32 characters)"]
      }),
      context().ctx
    )
    expect(length).toMatchObject({
      message: expect.stringContaining("Event object is invalid: Length of 'routing_key' is incorrect")
    })
    expect(length).toMatchObject({ message: expect.stringContaining('Events API v2 integration') })
  })

  it('reads 429 as a rate limit (no Retry-After: backoff)', () => {
    const verdict = pagerduty.parse(
      reply(429, { status: 'throttle exceeded', message: 'Requests for this service are arriving too quickly.' }),
      context().ctx
    )
    expect(verdict).toEqual({
      ok: false,
      message: 'PagerDuty rate limit: Requests for this service are arriving too quickly.'
    })
  })
})
