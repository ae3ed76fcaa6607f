import { describe, expect, it } from '@jest/globals'
import { inferPlatform } from '../../../src/platforms/registry.js'
import { POST_MESSAGE_URL, slackDescriptor } from '../../../src/platforms/slack/descriptor.js'
import { WEBHOOK } from './helpers.js'

describe('slack.matches', () => {
  it.each([
    WEBHOOK,
    'https://hooks.slack.com/triggers/T1/123/abc',
    'https://slack.com/api/chat.postMessage',
    'https://hooks.slack-gov.com/services/T/B/s'
  ])('recognises %s', url => {
    expect(slackDescriptor.matches(new URL(url))).toBe(true)
  })

  it.each([
    'https://slack.com/api/chat.update',
    'https://example.com/services/T1/B1/secret',
    'https://discord.com/api/webhooks/1/t'
  ])('does not claim %s', url => {
    expect(slackDescriptor.matches(new URL(url))).toBe(false)
  })

  it('is what the registry infers for Slack URLs', () => {
    expect(inferPlatform(WEBHOOK)?.name).toBe('slack')
    expect(inferPlatform(POST_MESSAGE_URL)?.name).toBe('slack')
  })
})
