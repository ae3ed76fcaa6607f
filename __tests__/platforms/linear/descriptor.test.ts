import { describe, expect, it } from '@jest/globals'
import { linearDescriptor } from '../../../src/platforms/linear/descriptor.js'

describe('linear.matches', () => {
  it('recognises the Linear API host only', () => {
    expect(linearDescriptor.matches(new URL('https://api.linear.app/graphql'))).toBe(true)
    expect(linearDescriptor.matches(new URL('https://linear.app/acme'))).toBe(false)
    expect(linearDescriptor.matches(new URL('https://discord.com/api/webhooks/1/x'))).toBe(false)
  })
})
