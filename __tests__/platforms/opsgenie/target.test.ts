import { describe, expect, it } from '@jest/globals'
import { inferPlatform } from '../../../src/platforms/registry.js'
import { opsgenie } from '../../../src/platforms/opsgenie/index.js'

describe('opsgenie.resolveTarget', () => {
  it('defaults to the US Alert API and takes the EU one', () => {
    expect(opsgenie.resolveTarget(undefined, undefined).endpoint.href).toBe('https://api.opsgenie.com/v2/alerts')
    expect(opsgenie.resolveTarget('https://api.eu.opsgenie.com/v2/alerts/', undefined)).toEqual({
      endpoint: new URL('https://api.eu.opsgenie.com/v2/alerts'),
      defaultTemplate: 'opsgenie'
    })
    expect(inferPlatform('https://api.eu.opsgenie.com/v2/alerts')?.name).toBe('opsgenie')
  })

  it('refuses another API path and a web app page', () => {
    expect(() => opsgenie.resolveTarget('https://api.opsgenie.com/v2/heartbeats', undefined)).toThrow(
      /not the Alert API's \/v2\/alerts/
    )
    expect(() => opsgenie.resolveTarget('https://acme.app.opsgenie.com/alert/list', undefined)).toThrow(
      /is an Opsgenie page/
    )
  })
})
