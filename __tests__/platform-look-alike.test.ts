import { describe, expect, it } from '@jest/globals'
import { InputError } from '../src/errors.js'
import { inferPlatform, platformByName } from '../src/platforms/registry.js'
import type { PlatformName } from '../src/platforms/types.js'
import { thrownBy } from './helpers/platform-context.js'

/** Links people copy from a browser instead of the endpoint, the platform they belong to, and what the message must say. */
const LOOK_ALIKES: [string, PlatformName, RegExp][] = [
  [
    'https://discord.com/channels/123456789012345678/234567890123456789',
    'discord',
    /link to a Discord channel or message, not a webhook URL.*Server Settings › Integrations › Webhooks › .*Copy Webhook URL/
  ],
  ['https://discord.com/channels/1/2/3', 'discord', /discord\.com\/channels\/… is a link/],
  [
    'https://app.slack.com/client/T0123/C0456',
    'slack',
    /app\.slack\.com\/client\/… is a link to a Slack channel.*Incoming Webhooks.*hooks\.slack\.com\/services/
  ],
  [
    'https://acme.slack.com/archives/C0123456789',
    'slack',
    /acme\.slack\.com\/archives\/… is a link to a Slack channel.*vars: channel/
  ],
  [
    'https://acme.atlassian.net/browse/ENG-1',
    'jira',
    /https:\/\/acme\.atlassian\.net\/browse\/… is a page of the Jira app.*Set url to https:\/\/acme\.atlassian\.net\/rest\/api\/2\/issue/
  ],
  ['https://acme.atlassian.net/jira/software/projects/ENG/boards/1', 'jira', /is a page of the Jira app/],
  [
    'https://jira.example.com/tools/browse/OPS-12',
    'jira',
    /Set url to https:\/\/jira\.example\.com\/tools\/rest\/api\/2\/issue/
  ],
  [
    'https://linear.app/acme/team/ENG/active',
    'linear',
    /page of the Linear app, not Linear's API.*leave url unset.*https:\/\/api\.linear\.app\/graphql/
  ],
  [
    'https://github.com/acme/data-platform/issues',
    'github',
    /github\.com\/acme\/data-platform… is a repository's page.*platform: github and repository: acme\/data-platform/
  ],
  [
    'https://teams.microsoft.com/l/channel/19%3Aabc%40thread.tacv2/Alerts?groupId=1&tenantId=2',
    'teams',
    /teams\.microsoft\.com\/l\/channel\/… is a link to a Teams channel.*Workflows/
  ]
]

describe('look-alike URLs', () => {
  it.each(LOOK_ALIKES)(
    'without platform, %s is refused with what it is and where the right URL is',
    (url, _platform, message) => {
      const error = thrownBy(() => inferPlatform(url), InputError)
      expect(error.input).toBe('url')
      expect(error.message).toMatch(message)
      expect(error.message).not.toMatch(/could not be inferred/)
    }
  )

  it.each(LOOK_ALIKES)('with platform set, %s is refused the same way by its platform', (url, platform, message) => {
    const error = thrownBy(() => platformByName(platform).resolveTarget(url, undefined), InputError)
    expect(error.input).toBe('url')
    expect(error.message).toMatch(message)
  })

  it('leaves real endpoints and unknown hosts alone', () => {
    expect(inferPlatform('https://discord.com/api/webhooks/123/abc')?.name).toBe('discord')
    expect(inferPlatform('https://hooks.slack.com/services/T1/B2/c3')?.name).toBe('slack')
    expect(inferPlatform('https://acme.atlassian.net/rest/api/3/issue')?.name).toBe('jira')
    expect(inferPlatform('https://acme.atlassian.net')?.name).toBe('jira')
    expect(inferPlatform('https://api.linear.app/graphql')?.name).toBe('linear')
    expect(inferPlatform('https://alerts.example.com/browse/things')).toBeUndefined()
    expect(platformByName('jira').resolveTarget('https://jira.example.com/browse', undefined).endpoint.href).toBe(
      'https://jira.example.com/browse/rest/api/2/issue'
    )
  })
})
