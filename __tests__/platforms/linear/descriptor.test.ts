import { describe, expect, it } from '@jest/globals'
import { linear } from '../../../src/platforms/linear/index.js'

describe('linear.matches', () => {
  it('recognises the Linear API host only', () => {
    expect(linear.matches(new URL('https://api.linear.app/graphql'))).toBe(true)
    expect(linear.matches(new URL('https://linear.app/acme'))).toBe(false)
    expect(linear.matches(new URL('https://discord.com/api/webhooks/1/x'))).toBe(false)
  })
})
