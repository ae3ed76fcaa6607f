import { toIso8601 } from '../src/event/time.js'

describe('toIso8601', () => {
  it.each([
    ['Jan 8, 2026 10:00 AM', '2026-01-08T10:00:00Z'],
    ['Jan 8, 2026 10:05 PM', '2026-01-08T22:05:00Z'],
    ['Dec 31, 2025 12:00 AM', '2025-12-31T00:00:00Z'],
    ['Dec 31, 2025 12:30 PM', '2025-12-31T12:30:00Z'],
    ['Sep 1, 2026 9:07:30 am', '2026-09-01T09:07:30Z'],
    ['2026-01-08T10:00:00+02:00', '2026-01-08T08:00:00Z'],
    ['2026-01-08T10:00:00', '2026-01-08T10:00:00Z'],
    ['1767866400', '2026-01-08T10:00:00Z']
  ])('reads %s', (text, iso) => {
    expect(toIso8601(text)).toBe(iso)
  })

  it.each(['', 'yesterday', 'Feb 30, 2026 10:00 AM', 'Jan 8, 2026 13:00 PM', '{{start_time}}'])('rejects %p', text => {
    expect(toIso8601(text)).toBeUndefined()
  })
})
