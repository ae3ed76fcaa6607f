import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/errors.js'
import { inferPlatform } from '../../../src/platforms/registry.js'
import { pagerduty } from '../../../src/platforms/pagerduty/index.js'

describe('pagerduty.resolveTarget', () => {
  it('defaults to the US Events API v2 endpoint and takes the EU one', () => {
    expect(pagerduty.resolveTarget(undefined, undefined).endpoint.href).toBe('https://events.pagerduty.com/v2/enqueue')
    expect(pagerduty.resolveTarget('https://events.eu.pagerduty.com/v2/enqueue', undefined)).toEqual({
      endpoint: new URL('https://events.eu.pagerduty.com/v2/enqueue'),
      defaultTemplate: 'pagerduty'
    })
  })

  it('refuses another path on the events hosts, and a web app page', () => {
    expect(() => pagerduty.resolveTarget('https://events.pagerduty.com/integration/abc/enqueue', undefined)).toThrow(
      InputError
    )
    expect(() => pagerduty.resolveTarget('https://acme.pagerduty.com/incidents/Q1', undefined)).toThrow(
      /PagerDuty page or its REST API/
    )
  })

  it('is inferred from both events hosts', () => {
    for (const url of ['https://events.pagerduty.com/v2/enqueue', 'https://events.eu.pagerduty.com/v2/enqueue'])
      expect(inferPlatform(url)?.name).toBe('pagerduty')
  })
})
