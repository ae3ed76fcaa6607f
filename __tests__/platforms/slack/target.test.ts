import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/errors.js'
import { POST_MESSAGE_URL } from '../../../src/platforms/slack/descriptor.js'
import { slack } from '../../../src/platforms/slack/index.js'
import { maskSlackUrl } from '../../../src/platforms/slack/target.js'
import { thrownBy } from '../../helpers/platform-context.js'
import { SECRET, TOKEN, WEBHOOK } from './helpers.js'

describe('slack.resolveTarget', () => {
  it('defaults to chat.postMessage and the slack template', () => {
    const target = slack.resolveTarget(undefined, undefined)
    expect(target.endpoint.toString()).toBe(POST_MESSAGE_URL)
    expect(target.defaultTemplate).toBe('slack')
    expect(slack.resolveTarget('  ', undefined).endpoint.toString()).toBe(POST_MESSAGE_URL)
  })

  it('keeps an incoming webhook URL as it is, without a fragment', () => {
    expect(slack.resolveTarget(`${WEBHOOK}#x`, undefined).endpoint.toString()).toBe(WEBHOOK)
  })

  it('accepts plain http only on loopback (the stand-in)', () => {
    expect(slack.resolveTarget(`http://127.0.0.1:9/services/T1/B1/${SECRET}`, undefined).endpoint.port).toBe('9')
    const error = thrownBy(
      () => slack.resolveTarget(`http://hooks.slack.com/services/T1/B1/${SECRET}`, undefined),
      InputError
    )
    expect(error.message).toContain('http://hooks.slack.com/services/T1/B1/*** must use https')
  })

  it.each([
    [
      `https://hooks.slack.com/triggers/T1/123/${SECRET}`,
      'https://hooks.slack.com/triggers/… is a Workflow Builder webhook, which takes workflow variables, not messages'
    ],
    [`https://hooks.slack.com/services/T1/${SECRET}`, 'https://hooks.slack.com/… is neither a Slack incoming webhook'],
    ['https://slack.com/api/chat.update', 'https://slack.com/api/chat.update is neither a Slack incoming webhook'],
    [`not a url ${SECRET}`, 'is not a valid URL']
  ])('rejects %s without printing the secret', (url, expected) => {
    const error = thrownBy(() => slack.resolveTarget(url, undefined), InputError)
    expect(error.input).toBe('url')
    expect(error.message).toContain(expected)
    expect(error.message).not.toContain(SECRET)
    expect(error.message).toContain('Set url to an incoming webhook URL')
  })

  it('masks the webhook secret and drops the query when showing a URL', () => {
    expect(maskSlackUrl(new URL(WEBHOOK))).toBe('https://hooks.slack.com/services/T0123ABCD/B0456EFGH/***')
    expect(maskSlackUrl(new URL(`${POST_MESSAGE_URL}?token=${TOKEN}`))).toBe(POST_MESSAGE_URL)
    expect(maskSlackUrl(new URL(`https://hooks.slack.com/services/${SECRET}`))).toBe('https://hooks.slack.com/…')
  })
})
