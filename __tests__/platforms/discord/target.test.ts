import { describe, expect, it } from '@jest/globals'
import { discordDescriptor } from '../../../src/platforms/discord/descriptor.js'
import { discord } from '../../../src/platforms/discord/index.js'
import { maskWebhookUrl } from '../../../src/platforms/discord/target.js'
import { inputError, TOKEN, WEBHOOK } from './helpers.js'

describe('discord.matches', () => {
  it.each([
    WEBHOOK,
    'https://discordapp.com/api/webhooks/1/t',
    'https://ptb.discord.com/api/v10/webhooks/1/t',
    'https://canary.discordapp.com/api/webhooks/1/t/'
  ])('recognises %s', url => {
    expect(discordDescriptor.matches(new URL(url))).toBe(true)
  })

  it.each([
    'https://discord.com/channels/1/2',
    'https://discord.com/api/webhooks/1/t/slack',
    'https://evil.example/api/webhooks/1/t',
    'https://api.linear.app/graphql'
  ])('does not claim %s', url => {
    expect(discordDescriptor.matches(new URL(url))).toBe(false)
  })
})

describe('discord.resolveTarget', () => {
  it('requires a url and says where to find it', () => {
    const error = inputError(() => discord.resolveTarget(undefined, undefined))
    expect(error.input).toBe('url')
    expect(error.message).toBe(
      "Input 'url': is required for Discord. Set it to the channel webhook URL (Server Settings › Integrations › Webhooks), stored as a secret"
    )
    expect(inputError(() => discord.resolveTarget('  ', undefined)).message).toContain('is required for Discord')
  })

  it('adds wait=true and uses the discord template', () => {
    const target = discord.resolveTarget(WEBHOOK, undefined)
    expect(target.endpoint.toString()).toBe(`${WEBHOOK}?wait=true`)
    expect(target.defaultTemplate).toBe('discord')
  })

  it('keeps thread_id and other query parameters, overriding a wait=false', () => {
    const target = discord.resolveTarget(`${WEBHOOK}?thread_id=42&wait=false&with_components=true`, undefined)
    expect(target.endpoint.searchParams.get('thread_id')).toBe('42')
    expect(target.endpoint.searchParams.get('with_components')).toBe('true')
    expect(target.endpoint.searchParams.getAll('wait')).toEqual(['true'])
  })

  it('accepts plain http only on loopback (the stand-ins)', () => {
    expect(discord.resolveTarget(`http://127.0.0.1:8080/api/webhooks/1/${TOKEN}`, undefined).endpoint.port).toBe('8080')
    expect(discord.resolveTarget(`http://localhost/api/webhooks/1/${TOKEN}`, undefined).endpoint.hostname).toBe(
      'localhost'
    )
    const error = inputError(() => discord.resolveTarget(`http://discord.com/api/webhooks/1/${TOKEN}`, undefined))
    expect(error.message).toContain('http://discord.com/api/webhooks/1/*** must use https')
  })

  it.each([
    [
      `https://discord.com/api/webhooks/1/${TOKEN}/slack`,
      'https://discord.com/api/webhooks/1/*** is not a Discord webhook URL'
    ],
    [
      `https://discord.com/channels/1/${TOKEN}`,
      'https://discord.com/channels/… is a link to a Discord channel or message, not a webhook URL'
    ],
    [`ftp://discord.com/api/webhooks/1/${TOKEN}`, 'must use https'],
    [`not a url ${TOKEN}`, 'is not a valid URL']
  ])('rejects %s without printing the token', (url, expected) => {
    const error = inputError(() => discord.resolveTarget(url, undefined))
    expect(error.message).toContain(expected)
    expect(error.message).not.toContain(TOKEN)
  })

  it('masks the token in a shown webhook URL', () => {
    expect(maskWebhookUrl(new URL(WEBHOOK))).toBe('https://discord.com/api/webhooks/123456789/***')
  })
})
