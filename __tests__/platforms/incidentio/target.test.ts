import { describe, expect, it } from '@jest/globals'
import { inferPlatform } from '../../../src/platforms/registry.js'
import { incidentio } from '../../../src/platforms/incidentio/index.js'
import { SOURCE_URL } from './helpers.js'

describe('incidentio.resolveTarget', () => {
  it("takes an HTTP alert source's URL, which is required", () => {
    expect(incidentio.resolveTarget(SOURCE_URL, undefined)).toEqual({
      endpoint: new URL(SOURCE_URL),
      defaultTemplate: 'incidentio'
    })
    expect(() => incidentio.resolveTarget(undefined, undefined)).toThrow(/is required for incident.io/)
  })

  it('refuses another API path and a dashboard page', () => {
    expect(() => incidentio.resolveTarget('https://api.incident.io/v2/incidents', undefined)).toThrow(
      /not an HTTP alert source's URL/
    )
    expect(() => incidentio.resolveTarget('https://app.incident.io/acme/incidents/42', undefined)).toThrow(
      /is an incident.io page/
    )
  })

  it('is inferred from the source URL', () => {
    expect(inferPlatform(SOURCE_URL)?.name).toBe('incidentio')
  })
})
