import { describe, expect, it } from '@jest/globals'
import { linear } from '../../../src/platforms/linear/index.js'
import { inputError } from './helpers.js'

describe('linear.resolveTarget', () => {
  it('defaults to the public GraphQL endpoint and the linear template', () => {
    const target = linear.resolveTarget(undefined, undefined)
    expect(target.endpoint.href).toBe('https://api.linear.app/graphql')
    expect(target.defaultTemplate).toBe('linear')
  })

  it('accepts another https endpoint and plain http on loopback', () => {
    expect(linear.resolveTarget('https://proxy.example.com/linear/graphql', undefined).endpoint.href).toBe(
      'https://proxy.example.com/linear/graphql'
    )
    expect(linear.resolveTarget('http://127.0.0.1:8123/graphql', undefined).endpoint.port).toBe('8123')
    expect(linear.resolveTarget('http://localhost:8123/graphql', undefined).endpoint.hostname).toBe('localhost')
  })

  it.each([
    ['not a url', /not a valid URL/],
    ['http://api.linear.app/graphql', /https/],
    ['ftp://api.linear.app/graphql', /https/],
    ['https://api.linear.app/rest/issues', /\/rest\/issues.*graphql/]
  ])('rejects %s', (url, message) => {
    const error = inputError(() => linear.resolveTarget(url, undefined))
    expect(error.input).toBe('url')
    expect(error.message).toMatch(message)
    expect(error.message).toContain('https://api.linear.app/graphql')
  })
})
