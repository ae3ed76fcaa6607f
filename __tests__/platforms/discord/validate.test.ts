import { describe, expect, it } from '@jest/globals'
import { checkTemplate } from '../../../src/check/check-template.js'
import { discord } from '../../../src/platforms/discord/index.js'
import type { Json } from '../../../src/json.js'
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

describe('discord flags, components and polls', () => {
  const withComponents = context({ url: `${WEBHOOK}?with_components=true` }).ctx
  const problems = (payload: Json, ctx = withComponents) =>
    discord.validate(payload, ctx).map(p => `${p.path}: ${p.message}`)
  const text = (content: string) => ({ type: 10, content })
  const link = { type: 2, style: 5, label: 'Open run', url: 'https://x.example/run' }
  const V2 = 32768

  it('accepts the flags a webhook may set, link buttons in action rows, and a Components V2 layout', () => {
    expect(problems({ content: 'x', flags: 4 | 4096 })).toEqual([])
    expect(problems({ content: 'x', components: [{ type: 1, components: [link] }] })).toEqual([])
    expect(
      problems({
        flags: V2 | 4096,
        components: [
          {
            type: 17,
            accent_color: 0xff0000,
            components: [
              text('**Job failed**'),
              { type: 14, spacing: 2, divider: true },
              { type: 9, components: [text('run 42')], accessory: link },
              {
                type: 9,
                components: [text('asset')],
                accessory: { type: 11, media: { url: 'https://x.example/i.png' } }
              },
              { type: 12, items: [{ media: { url: 'https://x.example/i.png' }, description: 'chart' }] },
              { type: 1, components: [{ ...link, label: '', emoji: { name: '🔗' } }] }
            ]
          }
        ]
      })
    ).toEqual([])
  })

  it('refuses flags a webhook may not set, and flags that are not a whole number', () => {
    expect(problems({ content: 'x', flags: 64 | 4 })).toEqual([
      'flags: is 68, which sets flags a webhook may not set (64 of it); a webhook may set only SUPPRESS_EMBEDS (4), ' +
        'SUPPRESS_NOTIFICATIONS (4096), IS_COMPONENTS_V2 (32768): write the sum of those you want (e.g. 4096 to post silently)'
    ])
    expect(problems({ content: 'x', flags: 2 ** 40 })).toEqual([
      expect.stringMatching(/^flags: is 1099511627776, which sets flags/)
    ])
    expect(problems({ content: 'x', flags: '4' })).toEqual([
      'flags: must be a whole number, the sum of the flags to set (SUPPRESS_EMBEDS (4), SUPPRESS_NOTIFICATIONS (4096), IS_COMPONENTS_V2 (32768)), got "4"'
    ])
    expect(problems({ content: 'x', flags: -4 })).toHaveLength(1)
  })

  it('refuses content, embeds and a poll beside the IS_COMPONENTS_V2 flag', () => {
    const poll = { question: { text: 'q' }, answers: [{ poll_media: { text: 'a' } }] }
    expect(problems({ flags: V2, content: 'x', embeds: [{ title: 't' }], poll, components: [text('t')] })).toEqual(
      ['content', 'embeds', 'poll'].map(
        key =>
          `${key}: cannot be sent with the IS_COMPONENTS_V2 flag (32768 in flags; Discord answers 400): ` +
          'show the text in text display components (type 10) and remove it, or take 32768 out of flags'
      )
    )
  })

  it('refuses interactive components and files, which a channel webhook cannot send', () => {
    expect(
      problems({
        content: 'x',
        components: [
          { type: 1, components: [{ type: 2, style: 1, label: 'Ack', custom_id: 'ack' }] },
          { type: 1, components: [{ type: 3, custom_id: 's', options: [] }] }
        ]
      })
    ).toEqual([
      "components[0].components[0].style: 1 makes a button that is interactive: a webhook made in a channel's settings cannot send it, " +
        'and nothing here would answer a click; use a link button (type 2, style 5, with a url) or a text display instead',
      "components[1].components[0]: a string select (3) is interactive: a webhook made in a channel's settings cannot send it, " +
        'and nothing here would answer a click; use a link button (type 2, style 5, with a url) or a text display instead'
    ])
    expect(
      problems({ flags: V2, components: [{ type: 1, components: [{ type: 2, style: 6, sku_id: '1' }] }] })
    ).toEqual([expect.stringMatching(/^components\[0\]\.components\[0\]\.style: 6 makes a button that is interactive/)])
    expect(problems({ flags: V2, components: [{ type: 13, file: { url: 'attachment://log.txt' } }] })).toEqual([
      'components[0]: a file (13) shows a file uploaded with the message (attachment://…), and the relay uploads none: ' +
        'link the file from a text display, or show an image with a media gallery (type 12)'
    ])
  })

  it('refuses Components V2 layout without the flag, and misplaced or unknown component types', () => {
    expect(problems({ components: [text('t')] })).toEqual([
      'components[0].type: a text display (10) needs the IS_COMPONENTS_V2 flag: set flags: 32768 (and leave out content, ' +
        'embeds and poll), or use action row (1) only'
    ])
    expect(problems({ flags: V2, components: [{ type: 4 }, {}, link, 'x'] })).toEqual([
      'components[0].type: 4 is not a component type a webhook message may hold: use one of action row (1), section (9), ' +
        'text display (10), media gallery (12), file (13), separator (14), container (17)',
      'components[1].type: is required: one of action row (1), section (9), text display (10), media gallery (12), file (13), separator (14), container (17)',
      'components[2].type: a button (2) cannot be here: use one of action row (1), section (9), text display (10), ' +
        'media gallery (12), file (13), separator (14), container (17)',
      'components[3]: must be an object, got a string'
    ])
  })

  it('checks each component against its contract: required parts, texts, URLs, numbers and counts', () => {
    expect(
      problems({
        flags: V2,
        components: [
          { type: 17, components: [], accent_color: 0x1000000 },
          { type: 9, components: [text('a'), text('b'), text('c'), text('d')] },
          { type: 10, content: '' },
          { type: 14, spacing: 3 },
          { type: 12, items: [{ media: { url: 'ftp://x' }, description: 'd'.repeat(1025) }] },
          { type: 1, components: [{ type: 2, style: 5, custom_id: 'x', label: 'l'.repeat(81) }] },
          { type: 1, components: Array.from({ length: 6 }, () => link) }
        ]
      })
    ).toEqual([
      'components[0].components: must hold at least 1 of components',
      'components[0].accent_color: must be an integer from 0 to 16777215, got 16777216',
      'components[1].accessory: is required',
      'components[1].components: has 4 components; Discord allows at most 3',
      'components[2].content: must not be empty',
      'components[3].spacing: must be one of 1 (small), 2 (large), got 3',
      'components[4].items[0].media.url: must be an http(s) URL',
      'components[4].items[0].description: is 1025 characters long; Discord allows at most 1024',
      'components[5].components[0].label: is 81 characters long; Discord allows at most 80',
      'components[5].components[0].custom_id: is not allowed on a link button (style 5): remove it',
      'components[5].components[0].url: is required: a link button (style 5) opens this http(s) URL',
      'components[6].components: has 6 components; Discord allows at most 5'
    ])
  })

  it('counts components and text displays across the whole message', () => {
    const rows = Array.from({ length: 6 }, () => ({ type: 1, components: [link] }))
    expect(problems({ content: 'x', components: rows })).toEqual([
      'components: has 6 components; Discord allows at most 5'
    ])
    const nested = Array.from({ length: 14 }, () => ({ type: 9, components: [text('t')], accessory: link }))
    expect(problems({ flags: V2, components: nested })).toEqual([
      'components: hold 42 components in all (nested ones count); Discord allows at most 40 in a message'
    ])
    expect(problems({ flags: V2, components: [text('a'.repeat(3000)), text('b'.repeat(1001))] })).toEqual([
      'components: the text displays hold 4001 characters in all; Discord allows at most 4000 in a message'
    ])
  })

  it('checks a poll: question, 1 to 10 answers of at most 55 characters, duration and layout', () => {
    const answer = (text: string) => ({ poll_media: { text } })
    expect(
      problems({
        poll: {
          question: { text: 'Roll back?' },
          answers: [answer('yes'), { poll_media: { text: 'no', emoji: { name: '👎' } } }],
          duration: 24
        }
      })
    ).toEqual([])
    expect(
      problems({
        poll: {
          question: { text: 'q'.repeat(301), emoji: { name: '❓' } },
          answers: [
            answer('a'.repeat(56)),
            answer(''),
            { poll_media: {} },
            {},
            { poll_media: { text: 'x', emoji: { id: 5 } } }
          ],
          duration: 769,
          allow_multiselect: 'yes',
          layout_type: 2
        }
      })
    ).toEqual([
      'poll.question.text: is 301 characters long; Discord allows at most 300',
      'poll.question.emoji: is not supported: a poll question holds text only; remove it',
      'poll.answers[0].poll_media.text: is 56 characters long; Discord allows at most 55',
      'poll.answers[1].poll_media.text: must not be empty',
      'poll.answers[2].poll_media.text: is required: 1 to 55 characters',
      'poll.answers[3].poll_media: is required',
      "poll.answers[4].poll_media.emoji.id: must be a custom emoji's id written as a string of digits, got 5",
      'poll.duration: must be a whole number of hours from 1 to 768 (32 days), got 769',
      'poll.allow_multiselect: must be true or false, got a string',
      'poll.layout_type: must be 1 (the only layout), got 2'
    ])
    expect(problems({ poll: { question: {}, answers: Array.from({ length: 11 }, () => answer('a')) } })).toEqual([
      'poll.question.text: is required: 1 to 300 characters',
      'poll.answers: has 11 answers; Discord allows at most 10'
    ])
    expect(problems({ poll: {} })).toEqual(['poll.question: is required', 'poll.answers: is required: 1 to 10 answers'])
  })
})

describe('discord components in check mode', () => {
  const check = (body: string) =>
    checkTemplate(
      {
        name: 'discord-layout',
        file: 'discord-layout.yml',
        text: `---\nplatform: discord\n---\n${body}`,
        builtin: false
      },
      { vars: {} }
    ).findings.map(finding => `${finding.severity} ${finding.message}`)

  it('checks the components themselves', () => {
    const row = (style: number) =>
      `components:\n  - type: 1\n    components:\n      - type: 2\n        style: ${style}\n        label: Open\n        url: https://x.example\n`
    expect(check(`content: "<< alert_summary >>"\n${row(5)}`)).toEqual([])
    expect(check(`content: "<< alert_summary >>"\n${row(1)}`)).toContainEqual(
      expect.stringMatching(/^error .*components\[0\]\.components\[0\]\.style: 1 makes a button that is interactive/)
    )
  })
})
