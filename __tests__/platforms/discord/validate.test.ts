import { describe, expect, it } from '@jest/globals'
import { discord } from '../../../src/platforms/discord/index.js'
import type { Json } from '../../../src/platforms/types.js'
import { context, WEBHOOK } from './helpers.js'

describe('discord.validate', () => {
  const { ctx } = context()
  const problems = (payload: Json) => discord.validate(payload, ctx).map(p => `${p.path}: ${p.message}`)

  it('accepts a complete message', () => {
    expect(
      problems({
        username: 'Dagster Monitor',
        avatar_url: 'https://dagster.io/logo.png',
        content: 'hi',
        embeds: [
          {
            title: 't',
            url: 'https://x.example',
            description: 'd',
            color: 0xffffff,
            timestamp: '2026-01-08T10:00:00Z',
            fields: [{ name: 'n', value: 'v', inline: true }],
            footer: { text: 'f', icon_url: 'https://x.example/i.png' },
            author: { name: 'a', url: 'https://x.example' },
            image: { url: 'https://x.example/i.png' }
          }
        ],
        allowed_mentions: { parse: ['everyone'], roles: ['1'], users: [] }
      })
    ).toEqual([])
  })

  it('rejects a body that is not an object', () => {
    expect(problems([1])).toEqual([': the message must be a JSON object, got a list'])
  })

  const emptyMessages: Json[] = [{}, { content: '  ' }, { embeds: [] }, { content: '', components: [] }]
  it.each(emptyMessages)('rejects an empty message %j', payload => {
    expect(problems(payload)).toEqual([
      ': the message is empty: Discord needs content, embeds, components or a poll ("Cannot send an empty message")'
    ])
  })

  it('reports lengths beyond every limit', () => {
    const field = { name: 'n'.repeat(257), value: 'v'.repeat(1025) }
    expect(
      problems({
        content: 'c'.repeat(2001),
        username: 'u'.repeat(81),
        embeds: [
          {
            title: 't'.repeat(257),
            description: 'd'.repeat(4097),
            fields: [field],
            footer: { text: 'f'.repeat(2049) },
            author: { name: 'a'.repeat(257) }
          }
        ]
      })
    ).toEqual([
      'content: is 2001 characters long; Discord allows at most 2000',
      'username: is 81 characters long; Discord allows at most 80',
      'embeds[0].title: is 257 characters long; Discord allows at most 256',
      'embeds[0].description: is 4097 characters long; Discord allows at most 4096',
      'embeds[0].fields[0].name: is 257 characters long; Discord allows at most 256',
      'embeds[0].fields[0].value: is 1025 characters long; Discord allows at most 1024',
      'embeds[0].footer.text: is 2049 characters long; Discord allows at most 2048',
      'embeds[0].author.name: is 257 characters long; Discord allows at most 256',
      'embeds: hold 7942 characters in all; Discord allows at most 6000 across all embeds'
    ])
  })

  it('reports too many embeds and fields, and the 6000 total', () => {
    const fields = Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' }))
    expect(problems({ embeds: [{ fields }] })).toEqual(['embeds[0].fields: has 26 fields; Discord allows at most 25'])
    expect(problems({ embeds: Array.from({ length: 11 }, () => ({ title: 't' })) })).toEqual([
      'embeds: has 11 embeds; Discord allows at most 10'
    ])
    expect(problems({ embeds: [{ description: 'd'.repeat(4000) }, { description: 'd'.repeat(2001) }] })).toEqual([
      'embeds: hold 6001 characters in all; Discord allows at most 6000 across all embeds'
    ])
  })

  it('reports wrong types', () => {
    expect(
      problems({
        content: 5,
        tts: 'yes',
        embeds: [
          { title: 1, fields: {}, footer: 'f' },
          'embed',
          { fields: ['x', { name: 'n', value: 'v', inline: 'no' }] }
        ]
      })
    ).toEqual([
      'content: must be a string, got a number',
      'tts: must be true or false, got a string',
      'embeds[0].title: must be a string, got a number',
      'embeds[0].fields: must be a list, got an object',
      'embeds[0].footer: must be an object, got a string',
      'embeds[1]: must be an object, got a string',
      'embeds[2].fields[0]: must be an object, got a string',
      'embeds[2].fields[1].inline: must be true or false, got a string'
    ])
  })

  it('requires field name/value, footer text, author name and image url', () => {
    expect(
      problems({
        embeds: [
          { fields: [{ name: '', inline: true }], footer: { icon_url: 'https://x.example' }, author: {}, thumbnail: {} }
        ]
      })
    ).toEqual([
      'embeds[0].fields[0].name: must not be empty',
      'embeds[0].fields[0].value: is required',
      'embeds[0].footer.text: is required',
      'embeds[0].author.name: is required',
      'embeds[0].thumbnail.url: is required'
    ])
  })

  it('checks colours, URLs and timestamps', () => {
    expect(
      problems({
        avatar_url: 'dagster.png',
        embeds: [
          { color: 0x1000000, url: '', timestamp: 'Jan 8, 2026 10:00 AM' },
          { color: 1.5, image: { url: 'ftp://x' }, timestamp: '2026-01-08T10:00:00' },
          { color: '#fff' }
        ]
      })
    ).toEqual([
      'avatar_url: must be an http(s) URL',
      'embeds[0].url: must be an http(s) URL',
      'embeds[0].color: must be an integer from 0 to 16777215 (decimal RGB, e.g. 15158332 for red), got 16777216',
      'embeds[0].timestamp: must be an ISO 8601 time such as 2026-01-08T10:00:00Z (use << start_time_iso >>)',
      'embeds[1].color: must be an integer from 0 to 16777215 (decimal RGB, e.g. 15158332 for red), got 1.5',
      'embeds[1].image.url: must be an http(s) URL',
      'embeds[2].color: must be an integer from 0 to 16777215 (decimal RGB, e.g. 15158332 for red), got "#fff"'
    ])
  })

  it('rejects usernames Discord reserves', () => {
    expect(problems({ content: 'x', username: 'My Discord Bot' })).toEqual([
      "username: must not contain 'discord' or 'clyde' (Discord rejects such webhook names); set vars.username to another name"
    ])
    expect(problems({ content: 'x', username: 'CLYDE' })).toHaveLength(1)
    expect(problems({ content: 'x', username: '' })).toEqual(['username: must not be empty'])
  })

  it('checks the allowed_mentions shape', () => {
    const ids = Array.from({ length: 101 }, (_, i) => String(i))
    expect(
      problems({
        content: 'x',
        allowed_mentions: { parse: ['roles', 'channels'], roles: ['1'], users: ids, replied_user: 'no' }
      })
    ).toEqual([
      'allowed_mentions.parse[1]: must be one of users, roles, everyone, got "channels"',
      'allowed_mentions.users: has 101 ids; Discord allows at most 100',
      "allowed_mentions.roles: cannot be combined with 'roles' in allowed_mentions.parse (Discord rejects both); keep one of them",
      'allowed_mentions.replied_user: must be true or false, got a string'
    ])
    expect(problems({ content: 'x', allowed_mentions: { users: [123] } })).toEqual([
      'allowed_mentions.users[0]: must be an id written as a string of digits, got 123'
    ])
    expect(problems({ content: 'x', allowed_mentions: 'none' })).toEqual([
      'allowed_mentions: must be an object, got a string'
    ])
  })
})

describe('discord threads and forum channels', () => {
  it('refuses thread_name together with ?thread_id= in the url, and a thread_name that is not text', () => {
    const { ctx } = context({ url: `${WEBHOOK}?thread_id=42` })
    expect(discord.validate({ content: 'x', thread_name: 'post' }, ctx)).toEqual([
      { path: 'thread_name', message: expect.stringMatching(/cannot be combined with \?thread_id= in the url/) }
    ])
    expect(discord.validate({ content: 'x', thread_name: 5 }, context().ctx)).toEqual([
      { path: 'thread_name', message: 'must be a string, got a number' }
    ])
  })
})
