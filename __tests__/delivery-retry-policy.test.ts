import { backoffMs, isRetryableStatus, retryAfterSeconds } from '../src/delivery/retry-policy.js'

describe('isRetryableStatus', () => {
  it.each([408, 425, 429, 500, 502, 503, 504])('retries %i', status => {
    expect(isRetryableStatus(status)).toBe(true)
  })

  it.each([200, 201, 301, 400, 401, 403, 404, 413, 422, 501, 505])('does not retry %i', status => {
    expect(isRetryableStatus(status)).toBe(false)
  })
})

describe('retryAfterSeconds', () => {
  const now = new Date('2026-01-08T10:00:00.000Z')

  it('reads delay-seconds', () => {
    expect(retryAfterSeconds({ 'retry-after': '7' }, now)).toBe(7)
    expect(retryAfterSeconds({ 'retry-after': ' 0 ' }, now)).toBe(0)
  })

  it('reads fractional seconds some services send', () => {
    expect(retryAfterSeconds({ 'retry-after': '1.5' }, now)).toBe(1.5)
  })

  it('reads an HTTP date as the time left until it', () => {
    expect(retryAfterSeconds({ 'retry-after': 'Thu, 08 Jan 2026 10:00:30 GMT' }, now)).toBe(30)
  })

  it('treats a date already past as no wait', () => {
    expect(retryAfterSeconds({ 'retry-after': 'Thu, 08 Jan 2026 09:59:00 GMT' }, now)).toBe(0)
  })

  it('ignores an absent or unreadable header', () => {
    expect(retryAfterSeconds({}, now)).toBeUndefined()
    expect(retryAfterSeconds({ 'retry-after': 'soon' }, now)).toBeUndefined()
    expect(retryAfterSeconds({ 'retry-after': '-5' }, now)).toBeUndefined()
  })
})

describe('backoffMs', () => {
  it('grows exponentially from about 1 s', () => {
    expect([0, 1, 2, 3].map(retry => backoffMs(retry, () => 1))).toEqual([1000, 2000, 4000, 8000])
  })

  it('is capped at 30 s', () => {
    expect(backoffMs(10, () => 1)).toBe(30_000)
  })

  it('uses full jitter: anywhere from 0 to the ceiling', () => {
    expect(backoffMs(2, () => 0)).toBe(0)
    expect(backoffMs(2, () => 0.25)).toBe(1000)
  })
})
