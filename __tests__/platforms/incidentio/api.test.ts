import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/errors.js'
import { incidentio } from '../../../src/platforms/incidentio/index.js'
import { context, reply, RESOLVE, TOKEN, TRIGGER } from './helpers.js'

describe('incidentio.request', () => {
  it('sends the token as a Bearer credential; an Authorization header in headers wins', () => {
    expect(incidentio.request({}, context().ctx).headers.authorization).toBe(`Bearer ${TOKEN}`)
    const own = context(TRIGGER, '', { authorization: 'Bearer mine' }).ctx
    expect(incidentio.request({}, own).headers.authorization).toBe('Bearer mine')
  })

  it('refuses to send without a token, or with the workflow’s GitHub token', () => {
    for (const token of ['', 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'])
      expect(() => incidentio.request({}, context(TRIGGER, token).ctx)).toThrow(InputError)
  })
})

describe('incidentio.parse', () => {
  const accepted = { deduplication_key: TRIGGER.key, message: 'Event accepted for processing', status: 'success' }

  it('reads 202 as sent (firing) or resolved, the deduplication_key as id', () => {
    expect(incidentio.parse(reply(202, accepted), context().ctx)).toEqual({
      ok: true,
      status: 'sent',
      id: TRIGGER.key,
      url: ''
    })
    expect(incidentio.parse(reply(202, accepted), context(RESOLVE).ctx)).toMatchObject({ status: 'resolved' })
  })

  it('reports errors field by field in incident.io’s words, with what to do about a refused token', () => {
    const invalid = incidentio.parse(
      reply(422, {
        type: 'validation_error',
        status: 422,
        errors: [{ code: 'is_required', message: 'title is required', source: { field: 'title' } }]
      }),
      context().ctx
    )
    expect(invalid).toEqual({ ok: false, message: 'title: title is required (is_required)' })
    const refused = incidentio.parse(
      reply(401, {
        type: 'authentication_error',
        status: 401,
        errors: [{ code: 'invalid_authorization_material', message: 'The provided token is not valid' }]
      }),
      context().ctx
    )
    expect(refused).toMatchObject({ message: expect.stringMatching(/^The provided token is not valid .*Set token/) })
  })
})
