import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/errors.js'
import { teamsDescriptor } from '../../../src/platforms/teams/descriptor.js'
import { teams } from '../../../src/platforms/teams/index.js'
import { maskWorkflowUrl } from '../../../src/platforms/teams/target.js'
import { Secrets } from '../../../src/secrets/secrets.js'
import { thrownBy } from '../../helpers/platform-context.js'
import { LOGIC_APPS_URL, POWER_PLATFORM_URL, QUERY, SIG } from './helpers.js'

describe('teams.matches', () => {
  it.each([LOGIC_APPS_URL, POWER_PLATFORM_URL, POWER_PLATFORM_URL.replace('/direct/', '/direct/cu/25/')])(
    'recognises %s',
    url => {
      expect(teamsDescriptor.matches(new URL(url))).toBe(true)
    }
  )

  it.each([
    'https://prod-27.westeurope.logic.azure.com/workflows/abc/runs',
    'https://evil.example/workflows/abc/triggers/manual/paths/invoke?sig=x',
    'https://discord.com/api/webhooks/1/t'
  ])('does not claim %s', url => {
    expect(teamsDescriptor.matches(new URL(url))).toBe(false)
  })
})

describe('teams.resolveTarget', () => {
  it('keeps the whole URL, query included, and uses the teams template', () => {
    expect(teams.resolveTarget(`${POWER_PLATFORM_URL}#x`, undefined)).toEqual({
      endpoint: new URL(POWER_PLATFORM_URL),
      defaultTemplate: 'teams'
    })
  })

  it('requires a url and https, except on loopback', () => {
    expect(thrownBy(() => teams.resolveTarget(undefined, undefined), InputError).message).toContain(
      "Input 'url': is required for Teams."
    )
    expect(
      teams.resolveTarget(`http://127.0.0.1:9/workflows/a/triggers/manual/paths/invoke?${QUERY}`, undefined).endpoint
        .port
    ).toBe('9')
    const error = thrownBy(() => teams.resolveTarget(LOGIC_APPS_URL.replace('https', 'http'), undefined), InputError)
    expect(error.message).toContain('/triggers/manual/paths/invoke?… must use https')
  })

  it.each([
    [LOGIC_APPS_URL.replace(`&sig=${SIG}`, ''), 'has no sig parameter'],
    [`https://[x.logic.azure.com/workflows/a/triggers/manual/paths/invoke?sig=${SIG}`, 'is not a valid URL'],
    [`ftp://x.example/hook?sig=${SIG}`, 'must use https']
  ])('rejects %s without printing the signature', (url, expected) => {
    const error = thrownBy(() => teams.resolveTarget(url, undefined), InputError)
    expect(error.message).toContain(expected)
    expect(error.message).not.toContain(SIG)
  })

  it('shows a URL without its query, and the runner masks the sig value', () => {
    expect(maskWorkflowUrl(new URL(LOGIC_APPS_URL))).toBe(
      'https://prod-27.westeurope.logic.azure.com/workflows/1119d87624504ba2adcfb8e12c7cf22d/triggers/manual/paths/invoke?…'
    )
    const secrets = new Secrets()
    secrets.addUrl(POWER_PLATFORM_URL)
    expect(secrets.redact(`posting to ${POWER_PLATFORM_URL}`)).not.toContain(SIG)
  })
})
