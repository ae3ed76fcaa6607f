import { describe, expect, it } from '@jest/globals'
import { InputError } from '../src/errors.js'
import { isHttpUrl, isLoopback, parseEndpoint, parseUrl } from '../src/platforms/shared/endpoint.js'
import { isObject, parseJson, postJson, typeOf } from '../src/platforms/shared/json.js'
import type { Json } from '../src/json.js'
import { platformContext, thrownBy } from './helpers/platform-context.js'

const HINT = 'Set url to the endpoint'
const SECRET = 's3cret-token-value'
const maskPath = (url: URL): string => `${url.origin}/***`

function refusal(text: string | undefined, rules: Parameters<typeof parseEndpoint>[1] = { hint: HINT }): InputError {
  return thrownBy(() => parseEndpoint(text, rules), InputError)
}

describe('parseEndpoint', () => {
  it('parses the trimmed input and strips the #fragment, keeping the query', () => {
    const url = parseEndpoint('  https://example.com/hook?x=1#part  ', { hint: HINT })
    expect(url.href).toBe('https://example.com/hook?x=1')
  })

  it('uses the fallback when the input is unset or blank', () => {
    const rules = { fallback: 'https://api.example.com/v1', hint: HINT }
    expect(parseEndpoint(undefined, rules).href).toBe('https://api.example.com/v1')
    expect(parseEndpoint('   ', rules).href).toBe('https://api.example.com/v1')
  })

  it('requires the input, naming the platform, when there is no fallback', () => {
    expect(refusal(undefined, { required: 'Discord', hint: HINT }).message).toBe(
      `Input 'url': is required for Discord. ${HINT}`
    )
    expect(refusal(' ', { required: 'Discord', hint: HINT }).input).toBe('url')
    expect(refusal(undefined).message).toBe(`Input 'url': is required for this platform. ${HINT}`)
  })

  it('refuses an invalid URL without echoing it', () => {
    const error = refusal(`not a url ${SECRET}`)
    expect(error.message).toBe(`Input 'url': is not a valid URL. ${HINT}`)
  })

  it.each([
    'http://127.0.0.1:8080/hook',
    'http://localhost/hook',
    'http://[::1]:9000/hook',
    'https://example.com/hook'
  ])('accepts %s', text => {
    expect(parseEndpoint(text, { hint: HINT }).href).toBe(text)
  })

  it.each(['http://example.com/hook', 'ftp://example.com/hook', 'http://127.0.0.2/hook'])(
    'refuses %s: not https',
    text => {
      expect(refusal(text).message).toContain('must use https')
    }
  )

  it('shows only scheme and host of a refused URL, or what the mask shows', () => {
    const text = `http://example.com:8080/hooks/${SECRET}?sig=${SECRET}`
    expect(refusal(text).message).toBe(`Input 'url': http://example.com:8080 must use https. ${HINT}`)
    expect(refusal(text, { hint: HINT, mask: maskPath }).message).toContain(
      'http://example.com:8080/*** must use https'
    )
    expect(refusal(text, { hint: HINT, mask: maskPath }).message).not.toContain(SECRET)
  })

  it('allows plain http anywhere with allowPlainHttp, and still no other scheme', () => {
    const rules = { hint: HINT, allowPlainHttp: true }
    expect(parseEndpoint('http://alerts.internal/hook#x', rules).href).toBe('http://alerts.internal/hook')
    expect(refusal(`ftp://files.example.com/in?token=${SECRET}`, rules).message).toBe(
      `Input 'url': must be an http(s) URL, got ftp:. ${HINT}`
    )
  })
})

describe('parseUrl', () => {
  it('parses a URL as it is and refuses an invalid one without echoing it', () => {
    expect(parseUrl('http://example.com/a#b', HINT).hash).toBe('#b')
    expect(thrownBy(() => parseUrl(SECRET, HINT), InputError).message).not.toContain(SECRET)
  })
})

describe('isLoopback', () => {
  it.each([
    ['http://127.0.0.1/', true],
    ['http://localhost:1/', true],
    ['http://[::1]/', true],
    ['http://10.0.0.1/', false],
    ['https://localhost.example.com/', false]
  ])('%s → %s', (text, expected) => {
    expect(isLoopback(new URL(text))).toBe(expected)
  })
})

describe('isHttpUrl', () => {
  it.each([
    ['https://example.com/a', true],
    ['http://example.com', true],
    ['ftp://example.com', false],
    ['not a url', false],
    [42, false],
    [undefined, false]
  ])('%s → %s', (value, expected) => {
    expect(isHttpUrl(value)).toBe(expected)
  })
})

describe('json helpers', () => {
  it('isObject: a JSON object, not null or a list', () => {
    const objects: Json[] = [{}, { a: 1 }]
    const others: (Json | undefined)[] = [null, [], 'x', 1, undefined]
    expect(objects.every(isObject)).toBe(true)
    expect(others.some(isObject)).toBe(false)
  })

  it('parseJson: the value, or undefined when the text is not JSON', () => {
    expect(parseJson('{"a":[1]}')).toEqual({ a: [1] })
    expect(parseJson('<html>502</html>')).toBeUndefined()
    expect(parseJson('')).toBeUndefined()
  })

  it('typeOf: a kind for messages', () => {
    expect([null, [1], { a: 1 }, 'x', 2, true].map(typeOf)).toEqual([
      'null',
      'a list',
      'an object',
      'a string',
      'a number',
      'a boolean'
    ])
  })
  it('postJson: a JSON POST to the target, where the headers input may set its own content-type', () => {
    const target = { endpoint: new URL('https://example.com/hook?x=1'), defaultTemplate: 'webhook' }
    const { ctx } = platformContext({
      target,
      headers: { 'content-type': 'application/json; charset=utf-8', 'x-a': 'b' }
    })
    expect(postJson({ a: 1 }, ctx)).toEqual({
      method: 'POST',
      url: 'https://example.com/hook?x=1',
      headers: { 'content-type': 'application/json; charset=utf-8', 'x-a': 'b' },
      body: '{"a":1}'
    })
    expect(postJson([], platformContext({ target }).ctx).headers).toEqual({ 'content-type': 'application/json' })
  })
})
