import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/errors.js'
import { webhook } from '../../../src/platforms/webhook/index.js'
import { thrownBy } from '../../helpers/platform-context.js'
import { context } from './helpers.js'

describe('webhook.fit and validate', () => {
  it('sends the rendered document as it is', () => {
    const payload = { text: 'x'.repeat(100_000) }
    expect(webhook.fit(payload, context().ctx)).toBe(payload)
  })

  it('accepts an object or a list and refuses anything else', () => {
    const { ctx } = context()
    expect(webhook.validate({ a: 1 }, ctx)).toEqual([])
    expect(webhook.validate([1], ctx)).toEqual([])
    expect(webhook.validate('text', ctx)).toEqual([
      { path: '', message: 'the body must be a JSON object or list, got a string; check the template' }
    ])
    expect(webhook.validate(null, ctx)).toEqual([
      { path: '', message: 'the body must be a JSON object or list, got nothing; check the template' }
    ])
  })

  it('checks the signing secret before anything is sent, and warns about a short key', () => {
    expect(thrownBy(() => webhook.validate({}, context({ signingSecret: 'whsec_!!' }).ctx), InputError).input).toBe(
      'signing-secret'
    )
    const { ctx, warnings } = context({ signingSecret: 'whsec_c2hvcnQ=' })
    expect(webhook.validate({}, ctx)).toEqual([])
    expect(warnings).toEqual([
      { path: 'signing-secret', message: 'is 5 bytes long; Standard Webhooks asks for at least 24 random bytes' }
    ])
  })
})
