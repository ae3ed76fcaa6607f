import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/errors.js'
import { webhookDescriptor } from '../../../src/platforms/webhook/descriptor.js'
import { webhook } from '../../../src/platforms/webhook/index.js'
import { thrownBy } from '../../helpers/platform-context.js'
import { RECEIVER } from './helpers.js'

describe('webhook.matches', () => {
  it('never claims a URL: a receiver is only chosen with platform: webhook', () => {
    for (const url of [RECEIVER, 'https://example.com/webhook', 'http://127.0.0.1:8080/hooks']) {
      expect(webhookDescriptor.matches(new URL(url))).toBe(false)
    }
  })
})

describe('webhook.resolveTarget', () => {
  it('requires a url', () => {
    const error = thrownBy(() => webhook.resolveTarget(' ', undefined), InputError)
    expect(error.input).toBe('url')
    expect(error.message).toContain('is required for webhook')
  })

  it('takes http and https URLs as they are, without the fragment, and uses the webhook template', () => {
    const target = webhook.resolveTarget(`${RECEIVER}?team=data#frag`, undefined)
    expect(target).toEqual({ endpoint: new URL(`${RECEIVER}?team=data`), defaultTemplate: 'webhook' })
    expect(webhook.resolveTarget('http://alerts.internal:8080/in', undefined).endpoint.toString()).toBe(
      'http://alerts.internal:8080/in'
    )
  })

  it.each([
    ['not a url ?token=s3cret-value', 'is not a valid URL'],
    ['ftp://files.example.com/in?token=s3cret-value', 'must be an http(s) URL, got ftp:']
  ])('rejects %s without printing it', (url, expected) => {
    const error = thrownBy(() => webhook.resolveTarget(url, undefined), InputError)
    expect(error.message).toContain(expected)
    expect(error.message).not.toContain('s3cret-value')
  })
})
