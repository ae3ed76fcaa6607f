import fc from 'fast-check'
import { isMissingValue, normaliseAlert } from '../src/event/normalise.js'

describe('normaliseAlert', () => {
  it('makes text well-formed: a lone surrogate becomes U+FFFD, whole pairs stay', () => {
    const alert = normaliseAlert({
      asset_key: 'orders/\ud83d',
      alert_summary: 'a \udc00 b 🚀',
      alert_content: { x: '\ud800' }
    })
    expect(alert).toEqual({
      asset_key: 'orders/\ufffd',
      alert_summary: 'a \ufffd b 🚀',
      alert_content: '{"x":"\\ud800"}'
    })
  })

  it.each([
    ['empty', ''],
    ['whitespace only', ' \n\t '],
    ['null', null],
    ['undefined', undefined],
    ['an unreplaced token', '{{run_link}}'],
    ['an unreplaced token with spaces', '{{ run_link }}'],
    ['an unreplaced token with padding', '  {{  alert_policy_description }}\n']
  ])('drops a value that is %s', (_what, value) => {
    expect(normaliseAlert({ run_link: value, job_name: 'daily_etl' })).toEqual({ job_name: 'daily_etl' })
  })

  it.each(['Run failed: see {{run_link}}', '{{run_link}} {{run_id}}', '{{ not a token }}', '{run_link}', '{{}}'])(
    'keeps %p, which is more than one unreplaced token',
    value => {
      expect(normaliseAlert({ alert_content: value })).toEqual({ alert_content: value })
    }
  )

  it.each([
    ['true', true],
    ['false', false],
    ['TRUE', true],
    [' False ', false],
    [true, true],
    [false, false]
  ])('reads is_sample %p as a boolean', (value, flag) => {
    expect(normaliseAlert({ is_sample: value })).toEqual({ is_sample: flag })
  })

  it('keeps an is_sample that is not a boolean as text', () => {
    expect(normaliseAlert({ is_sample: 'maybe' })).toEqual({ is_sample: 'maybe' })
  })

  it('turns numbers, booleans and nested values into text', () => {
    expect(
      normaliseAlert({ threshold: 1000, computed_value: 1250.5, flaky: true, tags: { team: 'data' }, ids: [1, 2] })
    ).toEqual({
      threshold: '1000',
      computed_value: '1250.5',
      flaky: 'true',
      tags: '{"team":"data"}',
      ids: '[1,2]'
    })
  })

  it('keeps text exactly as sent, surrounding whitespace included', () => {
    expect(normaliseAlert({ alert_content: '  line 1\nline 2\n' })).toEqual({ alert_content: '  line 1\nline 2\n' })
  })

  it('keeps unknown tokens, even ones Liquid cannot name', () => {
    expect(normaliseAlert({ team: 'data', 'odd-key': 'x', 'with space': 'y' })).toEqual({
      team: 'data',
      'odd-key': 'x',
      'with space': 'y'
    })
  })

  it('keeps a __proto__ key as plain data', () => {
    const alert = normaliseAlert(JSON.parse('{"__proto__": {"polluted": "yes"}, "job_name": "daily_etl"}'))
    expect(Object.getPrototypeOf(alert)).toBe(Object.prototype)
    expect(Object.getOwnPropertyDescriptor(alert, '__proto__')?.value).toBe('{"polluted":"yes"}')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('gives only strings and booleans, and only for present values, whatever the input', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), data => {
        const alert = normaliseAlert(data)
        for (const [name, value] of Object.entries(alert)) {
          expect(isMissingValue(data[name])).toBe(false)
          expect(name === 'is_sample' ? ['string', 'boolean'] : ['string']).toContain(typeof value)
        }
      }),
      { numRuns: 200 }
    )
  })
})
