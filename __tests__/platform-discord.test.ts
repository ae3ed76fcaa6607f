import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it, jest } from '@jest/globals'
import { parse as parseYaml } from 'yaml'
import { ACTION_ROOT } from '../src/action-root.js'
import { InputError } from '../src/errors.js'
import { deriveValues } from '../src/event/derive.js'
import { normaliseAlert } from '../src/event/normalise.js'
import { templateScope } from '../src/event/scope.js'
import { hostileAlert, NOTIFICATION_TYPES, sampleAlert } from '../src/event/tokens.js'
import { authoredMentions, discord, embedsLength, fieldErrors, maskWebhookUrl, messageLink, PLACEHOLDER } from '../src/platforms/discord.js'
import type { HttpReply, HttpRequest, Json, PlatformContext } from '../src/platforms/types.js'
import { compileTemplate } from '../src/template/compile.js'
import { loadTemplate } from '../src/template/load.js'
import { startDiscord } from './stand-ins/index.js'
import { platformContext } from './helpers/platform-context.js'

const TOKEN = 'aB3-secret_TOKEN-value'
const WEBHOOK = `https://discord.com/api/webhooks/123456789/${TOKEN}`

type JsonObject = { [key: string]: Json }

function context(options: { url?: string; authoredText?: string; headers?: Record<string, string>; vars?: Record<string, Json> } = {}) {
  return platformContext({
    target: discord.resolveTarget(options.url ?? WEBHOOK, undefined),
    headers: options.headers,
    authoredText: options.authoredText,
    vars: options.vars
  })
}

/** Fits `payload` and returns the result (as an object) with the warnings as `path: message` lines. */
function fitted(payload: Json, authoredText = '') {
  const { ctx, warnings } = context({ authoredText })
  const value = discord.fit(payload, ctx) as JsonObject
  return { value, warnings: warnings.map(w => `${w.path}: ${w.message}`) }
}

function embedOf(value: JsonObject, i = 0): JsonObject {
  return (value.embeds as JsonObject[])[i]
}

function inputError(run: () => unknown): InputError {
  try {
    run()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

function reply(status: number, body: unknown = ''): HttpReply {
  return { status, headers: {}, body: typeof body === 'string' ? body : JSON.stringify(body) }
}

describe('discord.matches', () => {
  it.each([
    WEBHOOK,
    'https://discordapp.com/api/webhooks/1/t',
    'https://ptb.discord.com/api/v10/webhooks/1/t',
    'https://canary.discordapp.com/api/webhooks/1/t/'
  ])('recognises %s', url => {
    expect(discord.matches(new URL(url))).toBe(true)
  })

  it.each([
    'https://discord.com/channels/1/2',
    'https://discord.com/api/webhooks/1/t/slack',
    'https://evil.example/api/webhooks/1/t',
    'https://api.linear.app/graphql'
  ])('does not claim %s', url => {
    expect(discord.matches(new URL(url))).toBe(false)
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
    expect(discord.resolveTarget(`http://localhost/api/webhooks/1/${TOKEN}`, undefined).endpoint.hostname).toBe('localhost')
    const error = inputError(() => discord.resolveTarget(`http://discord.com/api/webhooks/1/${TOKEN}`, undefined))
    expect(error.message).toContain('http://discord.com/api/webhooks/1/*** must use https')
  })

  it.each([
    [`https://discord.com/api/webhooks/1/${TOKEN}/slack`, 'https://discord.com/api/webhooks/1/*** is not a Discord webhook URL'],
    [`https://discord.com/channels/1/${TOKEN}`, 'https://discord.com/channels/… is a link to a Discord channel or message, not a webhook URL'],
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

describe('discord.fit', () => {
  it('drops a link that is not http(s) instead of refusing the whole alert', () => {
    const { value, warnings } = fitted({
      content: 'x',
      avatar_url: 'ftp://example.com/a.png',
      embeds: [{ title: 't', url: 'not a url', thumbnail: { url: 'javascript:alert(1)' }, footer: { text: 'f', icon_url: 'dagster://x' } }]
    })
    expect(value.avatar_url).toBeUndefined()
    expect(embedOf(value).url).toBeUndefined()
    expect(embedOf(value).thumbnail).toBeUndefined()
    expect(embedOf(value).footer).toEqual({ text: 'f' })
    expect(warnings).toEqual([
      "avatar_url: 'ftp://example.com/a.png' is not an http(s) URL; removed (Discord rejects it)",
      "embeds[0].url: 'not a url' is not an http(s) URL; removed (Discord rejects it)",
      "embeds[0].footer.icon_url: 'dagster://x' is not an http(s) URL; removed (Discord rejects it)",
      'embeds[0].thumbnail: has no http(s) url; removed (Discord requires thumbnail url)'
    ])
    const { ctx } = context()
    expect(discord.validate(value, ctx)).toEqual([])
  })

  it('returns a new value and leaves the input alone', () => {
    const input: JsonObject = { content: 'x'.repeat(2100), embeds: [{ title: 't'.repeat(300) }] }
    const copy = structuredClone(input)
    const { value } = fitted(input)
    expect(input).toEqual(copy)
    expect(value).not.toBe(input)
  })

  it('passes a non-object through for validate to report', () => {
    expect(fitted('text').value).toBe('text')
  })

  it('truncates content to 2000 characters with a warning', () => {
    const { value, warnings } = fitted({ content: 'x'.repeat(2100) })
    expect(value.content).toBe(`${'x'.repeat(1999)}…`)
    expect(warnings).toEqual(['content: truncated from 2100 to 2000 characters (limit 2000)'])
  })

  it('drops an empty username and truncates a long one to 80', () => {
    expect(fitted({ content: 'a', username: ' ' })).toEqual({
      value: expect.not.objectContaining({ username: expect.anything() }),
      warnings: ["username: empty; removed, so the webhook's own name is used"]
    })
    const long = fitted({ content: 'a', username: 'u'.repeat(90) })
    expect(long.value.username).toHaveLength(80)
    expect(long.warnings).toEqual(['username: truncated from 90 to 80 characters (limit 80)'])
  })

  it('keeps at most 10 embeds', () => {
    const { value, warnings } = fitted({ embeds: Array.from({ length: 12 }, (_, i) => ({ title: `e${i}` })) })
    expect(value.embeds).toHaveLength(10)
    expect(embedOf(value, 9).title).toBe('e9')
    expect(warnings).toEqual(['embeds: 12 embeds, Discord allows 10; dropped the last 2'])
  })

  it('truncates title, footer and author to their limits', () => {
    const { value, warnings } = fitted({
      embeds: [{ title: 't'.repeat(300), footer: { text: 'f'.repeat(2050) }, author: { name: 'a'.repeat(257) } }]
    })
    const embed = embedOf(value)
    expect(embed.title).toHaveLength(256)
    expect((embed.footer as JsonObject).text).toHaveLength(2048)
    expect((embed.author as JsonObject).name).toHaveLength(256)
    expect(warnings).toEqual([
      'embeds[0].title: truncated from 300 to 256 characters (limit 256)',
      'embeds[0].footer.text: truncated from 2050 to 2048 characters (limit 2048)',
      'embeds[0].author.name: truncated from 257 to 256 characters (limit 256)'
    ])
  })

  it('truncates a description to 4096 characters', () => {
    const { value, warnings } = fitted({ embeds: [{ description: 'd'.repeat(4100) }] })
    expect(embedOf(value).description).toHaveLength(4096)
    expect(warnings).toEqual(['embeds[0].description: truncated from 4100 to 4096 characters (limit 4096)'])
  })

  it('keeps the code fence of a truncated description closed', () => {
    const { value } = fitted({ embeds: [{ description: '```\n' + 'trace line\n'.repeat(500) + '```' }] })
    const description = embedOf(value).description as string
    expect(description.endsWith('…\n```')).toBe(true)
  })

  it('keeps at most 25 fields and fits field names and values', () => {
    const fields = Array.from({ length: 27 }, (_, i) => ({ name: `f${i}`, value: 'v' }))
    fields[0] = { name: 'n'.repeat(300), value: 'v'.repeat(1100) }
    const { value, warnings } = fitted({ embeds: [{ fields }] })
    const kept = embedOf(value).fields as JsonObject[]
    expect(kept).toHaveLength(25)
    expect(kept[0].name).toHaveLength(256)
    expect(kept[0].value).toHaveLength(1024)
    expect(warnings).toEqual([
      'embeds[0].fields[0].name: truncated from 300 to 256 characters (limit 256)',
      'embeds[0].fields[0].value: truncated from 1100 to 1024 characters (limit 1024)',
      'embeds[0].fields: 27 fields, Discord allows 25; dropped the last 2'
    ])
  })

  it('shows a placeholder for an empty field name or value', () => {
    const { value, warnings } = fitted({ embeds: [{ fields: [{ name: '', value: ' ', inline: true }] }] })
    expect(embedOf(value).fields).toEqual([{ name: PLACEHOLDER, value: PLACEHOLDER, inline: true }])
    expect(warnings).toEqual([
      "embeds[0].fields[0].name: empty; replaced with '—' (Discord requires a field name)",
      "embeds[0].fields[0].value: empty; replaced with '—' (Discord requires a field value)"
    ])
  })

  it('removes a field whose value the template left missing', () => {
    const { value, warnings } = fitted({ embeds: [{ fields: [{ name: 'Job', inline: true }, { name: 'Policy', value: 'p' }] }] })
    expect(embedOf(value).fields).toEqual([{ name: 'Policy', value: 'p' }])
    expect(warnings).toEqual(["embeds[0].fields[0]: has no value; field 'Job' removed"])
  })

  it('drops empty URLs and timestamps, and footer/author/image without their required part', () => {
    const { value, warnings } = fitted({
      avatar_url: '',
      embeds: [
        {
          title: 'kept',
          url: '',
          timestamp: '',
          footer: { text: '', icon_url: 'https://x.example/i.png' },
          author: { name: '' },
          image: { url: '' },
          thumbnail: { url: 'https://x.example/t.png' }
        },
        { title: 'second', footer: { text: 'ok', icon_url: '' }, author: { name: 'me', url: '' } }
      ]
    })
    expect(value).not.toHaveProperty('avatar_url')
    expect(embedOf(value)).toEqual({ title: 'kept', thumbnail: { url: 'https://x.example/t.png' } })
    expect(embedOf(value, 1)).toEqual({ title: 'second', footer: { text: 'ok' }, author: { name: 'me' } })
    expect(warnings).toEqual([
      'avatar_url: empty; removed (Discord rejects an empty value here)',
      'embeds[0].url: empty; removed (Discord rejects an empty value here)',
      'embeds[0].timestamp: empty; removed (Discord rejects an empty value here)',
      'embeds[0].footer: has no text; removed (Discord requires footer text)',
      'embeds[0].author: has no name; removed (Discord requires author name)',
      'embeds[0].image: has no http(s) url; removed (Discord requires image url)',
      'embeds[1].footer.icon_url: empty; removed (Discord rejects an empty value here)',
      'embeds[1].author.url: empty; removed (Discord rejects an empty value here)'
    ])
  })

  it('converts a Dagster time to ISO 8601 and drops an unreadable one', () => {
    const { value, warnings } = fitted({
      embeds: [{ timestamp: 'Jan 8, 2026 10:00 AM' }, { timestamp: 'soon' }, { timestamp: '2026-01-08T10:00:00+01:00' }]
    })
    expect(value.embeds).toEqual([{ timestamp: '2026-01-08T10:00:00Z' }, {}, { timestamp: '2026-01-08T10:00:00+01:00' }])
    expect(warnings).toEqual([
      "embeds[0].timestamp: 'Jan 8, 2026 10:00 AM' is not ISO 8601; converted to 2026-01-08T10:00:00Z",
      "embeds[1].timestamp: 'soon' is not a time Discord can read; removed"
    ])
  })

  it('turns a colour written as text into an integer', () => {
    const { value, warnings } = fitted({ embeds: [{ color: '#E74C3C' }, { color: '3066993' }, { color: 'red' }, { color: 42 }] })
    expect((value.embeds as JsonObject[]).map(e => e.color)).toEqual([15158332, 3066993, 'red', 42])
    expect(warnings).toEqual([
      "embeds[0].color: converted '#E74C3C' to the integer 15158332",
      "embeds[1].color: converted '3066993' to the integer 3066993"
    ])
  })

  it('shrinks the largest description until all embeds fit 6000 characters', () => {
    const { value, warnings } = fitted({
      embeds: [
        { title: 't', description: 'a'.repeat(4096), fields: [{ name: 'Job', value: 'daily_etl' }] },
        { description: 'b'.repeat(2500) }
      ]
    })
    expect(embedsLength(value.embeds as Json[])).toBe(6000)
    expect(embedOf(value).description).toHaveLength(3487)
    expect(embedOf(value).fields).toEqual([{ name: 'Job', value: 'daily_etl' }])
    expect(embedOf(value, 1).description).toHaveLength(2500)
    expect(warnings).toEqual([
      'embeds[0].description: truncated from 4096 to 3487 characters (limit 3487), to keep all embeds within 6000 characters'
    ])
  })

  it('caps the longest texts, field values included, at one common length', () => {
    const fields = Array.from({ length: 8 }, (_, i) => ({ name: `n${i}`, value: 'v'.repeat(1000) }))
    const { value, warnings } = fitted({ embeds: [{ description: 'd'.repeat(10), fields }] })
    expect(embedsLength(value.embeds as Json[])).toBe(5994)
    expect(embedOf(value).description).toBe('d'.repeat(10))
    expect(warnings).toEqual(
      fields.map((_, i) => `embeds[0].fields[${i}].value: truncated from 1000 to 746 characters (limit 746), to keep all embeds within 6000 characters`)
    )
  })

  it('never empties a field value, and leaves to validate what shrinking cannot fix', () => {
    const embed = {
      title: 't'.repeat(256),
      description: 'd'.repeat(100),
      fields: [{ name: 'n'.repeat(256), value: 'v'.repeat(100) }],
      footer: { text: 'f'.repeat(2048) },
      author: { name: 'a'.repeat(256) }
    }
    const { value } = fitted({ embeds: [embed, embed, embed] })
    for (const fitEmbed of value.embeds as JsonObject[]) {
      expect(fitEmbed.description).toBe('')
      expect(fitEmbed.fields).toEqual([{ name: 'n'.repeat(256), value: '…' }])
    }
    expect(discord.validate(value, context().ctx)).toEqual([
      { path: 'embeds', message: 'hold 8451 characters in all; Discord allows at most 6000 across all embeds' }
    ])
  })

  describe('allowed_mentions', () => {
    it('allows only the mentions written by the workflow author', () => {
      const authored = 'content: "<@&111> <@222> <@!333> << alert_summary >>"\n{"mention":"<@&444>"}'
      const { value } = fitted({ content: '<@&111> <@&999> <@888> @everyone failed' }, authored)
      expect(value.allowed_mentions).toEqual({ parse: [], roles: ['111', '444'], users: ['222', '333'] })
    })

    it('lets @everyone/@here ping only when the author wrote it', () => {
      expect(authoredMentions('@here on call').parse).toEqual(['everyone'])
      expect(authoredMentions('').parse).toEqual([])
      expect(fitted({ content: '@everyone the job failed' }).value.allowed_mentions).toEqual({ parse: [], roles: [], users: [] })
    })

    it('keeps allowed_mentions the template sets, even null', () => {
      const explicit = { parse: ['roles'] }
      expect(fitted({ content: 'x', allowed_mentions: explicit }, '<@1>').value.allowed_mentions).toEqual(explicit)
      expect(fitted({ content: 'x', allowed_mentions: null }).value.allowed_mentions).toBeNull()
    })
  })
})

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
        embeds: [{ title: 't'.repeat(257), description: 'd'.repeat(4097), fields: [field], footer: { text: 'f'.repeat(2049) }, author: { name: 'a'.repeat(257) } }]
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
        embeds: [{ title: 1, fields: {}, footer: 'f' }, 'embed', { fields: ['x', { name: 'n', value: 'v', inline: 'no' }] }]
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
      problems({ embeds: [{ fields: [{ name: '', inline: true }], footer: { icon_url: 'https://x.example' }, author: {}, thumbnail: {} }] })
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
      problems({ content: 'x', allowed_mentions: { parse: ['roles', 'channels'], roles: ['1'], users: ids, replied_user: 'no' } })
    ).toEqual([
      'allowed_mentions.parse[1]: must be one of users, roles, everyone, got "channels"',
      'allowed_mentions.users: has 101 ids; Discord allows at most 100',
      "allowed_mentions.roles: cannot be combined with 'roles' in allowed_mentions.parse (Discord rejects both); keep one of them",
      'allowed_mentions.replied_user: must be true or false, got a string'
    ])
    expect(problems({ content: 'x', allowed_mentions: { users: [123] } })).toEqual([
      'allowed_mentions.users[0]: must be an id written as a string of digits, got 123'
    ])
    expect(problems({ content: 'x', allowed_mentions: 'none' })).toEqual(['allowed_mentions: must be an object, got a string'])
  })
})

describe('discord.request', () => {
  it('POSTs the JSON body to the endpoint with the extra headers', () => {
    const { ctx } = context({ url: `${WEBHOOK}?thread_id=7`, headers: { 'x-trace': 'abc' } })
    const payload = { content: 'say "hi"\n' }
    expect(discord.request(payload, ctx)).toEqual({
      method: 'POST',
      url: `${WEBHOOK}?thread_id=7&wait=true`,
      headers: { 'content-type': 'application/json', 'x-trace': 'abc' },
      body: JSON.stringify(payload)
    })
  })
})

describe('discord.parse', () => {
  it('reads the message id from a 200 reply', () => {
    const { ctx } = context()
    expect(discord.parse(reply(200, { id: '555', channel_id: '777', content: 'x' }), ctx)).toEqual({
      ok: true,
      id: '555',
      url: '',
      status: 'sent'
    })
  })

  it('treats 204 (no wait) as sent without an id', () => {
    expect(discord.parse(reply(204), context().ctx)).toEqual({ ok: true, id: '', url: '', status: 'sent' })
  })

  it('passes on the wait a 429 asks for', () => {
    const verdict = discord.parse(reply(429, { message: 'You are being rate limited.', retry_after: 1.25, global: true, code: 0 }), context().ctx)
    expect(verdict).toEqual({
      ok: false,
      message: 'Discord rate limit (global: yes, retry after 1.25 s): You are being rate limited.',
      retryAfterSeconds: 1.25
    })
    expect(discord.parse(reply(429, '<html>slow down</html>'), context().ctx)).toEqual({
      ok: false,
      message: 'Discord rate limit: <html>slow down</html>'
    })
  })

  it('flattens nested field errors of a 400', () => {
    const body = {
      code: 50035,
      message: 'Invalid Form Body',
      errors: {
        embeds: { 0: { title: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 256 or fewer in length.' }] } } },
        username: { _errors: [{ code: 'USERNAME_INVALID', message: 'Username cannot contain "discord"' }] }
      }
    }
    expect(discord.parse(reply(400, body), context().ctx)).toEqual({
      ok: false,
      message:
        'Invalid Form Body (Discord code 50035) — embeds.0.title: Must be 256 or fewer in length.; username: Username cannot contain "discord"'
    })
  })

  it('names the message of a 400 without field errors', () => {
    expect(discord.parse(reply(400, { code: 50006, message: 'Cannot send an empty message' }), context().ctx)).toEqual({
      ok: false,
      message: 'Cannot send an empty message (Discord code 50006)'
    })
  })

  it.each([
    [401, { code: 50027, message: 'Invalid Webhook Token' }, 'Invalid Webhook Token (Discord code 50027): '],
    [404, { code: 10015, message: 'Unknown Webhook' }, 'Unknown Webhook (Discord code 10015): '],
    [404, '', '']
  ])('tells the user the webhook is wrong or gone on %i', (status, body, said) => {
    expect(discord.parse(reply(status, body), context().ctx)).toEqual({
      ok: false,
      message:
        `${said}the webhook URL is wrong or the webhook was deleted. Set the url input to the channel webhook URL ` +
        '(Server Settings › Integrations › Webhooks), stored as a secret'
    })
  })

  it('keeps the first 1 KiB of a non-JSON error', () => {
    const verdict = discord.parse(reply(502, `<html>${'x'.repeat(2000)}</html>`), context().ctx)
    expect(verdict.ok).toBe(false)
    if (verdict.ok) return
    expect(verdict.message).toHaveLength(1024)
    expect(verdict.message.startsWith('<html>xxx')).toBe(true)
    expect(discord.parse(reply(500, ''), context().ctx)).toEqual({ ok: false, message: '(empty reply)' })
    expect(discord.parse(reply(500, { message: '500: Internal Server Error', code: 0 }), context().ctx)).toEqual({
      ok: false,
      message: '500: Internal Server Error (Discord code 0)'
    })
  })

  it('reads errors at the top of the body', () => {
    expect(fieldErrors({ _errors: [{ code: 'X', message: 'bad' }] }, [])).toEqual(['(body): bad'])
  })
})

describe('discord.complete', () => {
  const delivered = { id: '555', url: '', status: 'sent' as const }
  const webhookReply = reply(200, { id: '123456789', guild_id: '999', channel_id: '777', name: 'hook', type: 1 })

  function sent(channel: string, ctx: PlatformContext): void {
    expect(discord.parse(reply(200, { id: '555', channel_id: channel }), ctx).ok).toBe(true)
  }

  it('links the message using the guild of the webhook', async () => {
    const { ctx, warnings } = context({ url: `${WEBHOOK}?thread_id=888` })
    sent('888', ctx)
    const send = jest.fn(async (_request: HttpRequest) => webhookReply)
    await expect(discord.complete!(delivered, ctx, send)).resolves.toEqual({ ...delivered, url: messageLink('999', '888', '555') })
    expect(send).toHaveBeenCalledWith({ method: 'GET', url: WEBHOOK, headers: {} })
    expect(warnings).toEqual([])
    expect(messageLink('999', '888', '555')).toBe('https://discord.com/channels/999/888/555')
  })

  it("falls back to the webhook's channel when the reply did not name one", async () => {
    const { ctx } = context()
    const result = await discord.complete!(delivered, ctx, async () => webhookReply)
    expect(result.url).toBe('https://discord.com/channels/999/777/555')
  })

  it.each([
    ['a failed request', async () => Promise.reject(new Error('Discord request to discord.com failed after 5 attempts')), 'the message link lookup failed: Discord request to discord.com failed after 5 attempts'],
    ['an error reply', async () => reply(500, 'oops'), 'the message link lookup answered HTTP 500'],
    ['a webhook without guild', async () => reply(200, { id: '1', guild_id: null }), 'the webhook belongs to no server']
  ])('keeps the url empty and warns after %s', async (_what, send, why) => {
    const { ctx, warnings } = context()
    sent('777', ctx)
    await expect(discord.complete!(delivered, ctx, send)).resolves.toEqual(delivered)
    expect(warnings).toEqual([{ path: 'url', message: `the message was sent, but its link is unknown (${why}); the url output stays empty` }])
  })

  it('sends nothing when the message id is unknown', async () => {
    const send = jest.fn(async (_request: HttpRequest) => webhookReply)
    await expect(discord.complete!({ ...delivered, id: '' }, context().ctx, send)).resolves.toEqual({ ...delivered, id: '' })
    expect(send).not.toHaveBeenCalled()
  })
})

describe('templates/discord.yml', () => {
  const source = loadTemplate('discord', ACTION_ROOT)
  const template = compileTemplate(source)

  function render(alert: Record<string, string>, vars: Record<string, Json> = {}) {
    const normalised = normaliseAlert(alert)
    const scope = templateScope(normalised, deriveValues(normalised, {}), vars)
    const { ctx, warnings } = context({ authoredText: `${source.text}\n${JSON.stringify(vars)}` })
    const payload = discord.fit(template.render(scope).value, ctx) as JsonObject
    return { payload, warnings, problems: discord.validate(payload, ctx) }
  }

  it('is YAML with front matter for discord and the payload keys', () => {
    const [, frontMatter, body] = readFileSync(path.join(ACTION_ROOT, 'templates/discord.yml'), 'utf8').split(/^---$/m)
    expect(parseYaml(frontMatter)).toEqual({ platform: 'discord', description: expect.any(String), events: NOTIFICATION_TYPES.map(t => t.type) })
    const payload = parseYaml(body)
    expect(Object.keys(payload)).toEqual(['username', 'avatar_url', 'content', 'embeds'])
    expect(Object.keys(payload.embeds[0])).toEqual(['title', 'url', 'description', 'color', 'fields', 'footer', 'timestamp'])
    expect(template.frontMatter).toEqual({ platform: 'discord', description: expect.any(String), events: NOTIFICATION_TYPES.map(t => t.type) })
  })

  it.each(NOTIFICATION_TYPES.map(t => t.type))('renders a valid message for a %s alert, sample and hostile', type => {
    for (const alert of [sampleAlert(type), hostileAlert(type)]) {
      const { problems } = render(alert)
      expect(problems).toEqual([])
    }
    expect(render(sampleAlert(type)).warnings).toEqual([])
  })

  it('renders the seed payload, corrected', () => {
    const { payload } = render(sampleAlert('JOB'))
    const embed = embedOf(payload)
    expect(payload.username).toBe('Dagster Monitor')
    expect(payload.content).toBe('**Alert triggered:** Job daily\\_etl failed')
    expect(embed.title).toBe('Job daily_etl failed')
    expect(embed.url).toBe('https://acme.dagster.cloud/prod/runs/4f1c2a9e-7b3d-4c8e-a5f6-2d9b0e1c3a7f')
    expect(embed.color).toBe(15158332)
    expect(embed.timestamp).toBe('2026-01-08T10:00:00Z')
    expect(embed.description).toMatch(/^\*\*Job:\*\* daily\\_etl\n[\s\S]*```\nRun [\s\S]*\n```$/)
    expect(embed.fields).toEqual([
      { name: 'Status', value: 'FAILURE', inline: true },
      { name: 'Deployment', value: 'prod', inline: true },
      { name: 'Policy', value: 'Critical Alerts', inline: true }
    ])
    expect(embed.footer).toEqual({ text: 'Dagster+ • https://acme.dagster.cloud/prod' })
    expect(payload.allowed_mentions).toEqual({ parse: [], roles: [], users: [] })
  })

  it('pings the role from vars.mention, marks samples and takes username/avatar from vars', () => {
    const alert = { ...sampleAlert('JOB'), is_sample: 'true', alert_summary: 'Job failed <@&666> @everyone' }
    const { payload } = render(alert, { mention: '<@&123>', username: 'Ops', avatar_url: 'https://x.example/a.png' })
    expect(payload.content).toMatch(/^<@&123> \[test\] \*\*Alert triggered:\*\* Job failed <@&666.*> @everyone$/)
    expect(embedOf(payload).title).toBe('[test] Job failed <@&666> @everyone')
    expect(payload.username).toBe('Ops')
    expect(payload.avatar_url).toBe('https://x.example/a.png')
    expect(payload.allowed_mentions).toEqual({ parse: [], roles: ['123'], users: [] })
  })

  it('leaves out what an alert does not have', () => {
    const alert = sampleAlert('AGENT')
    delete (alert as Record<string, string>).deployment_url
    const { payload, problems } = render(alert)
    const embed = embedOf(payload)
    expect(problems).toEqual([])
    expect(embed.url).toBe(alert.agent_url)
    expect(embed).not.toHaveProperty('timestamp')
    expect(embed.footer).toEqual({ text: 'Dagster+' })
  })
})

describe('against the Discord stand-in', () => {
  /** One loopback request, bounded in time, as the delivery stage would send it. */
  async function send(request: HttpRequest): Promise<HttpReply> {
    const response = await fetch(request.url, { ...request, signal: AbortSignal.timeout(5000) })
    return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() }
  }

  it('delivers the built-in template for a hostile alert, links the message and pings nobody from alert text', async () => {
    const stand = await startDiscord()
    try {
      const source = loadTemplate('discord', ACTION_ROOT)
      const alert = normaliseAlert(hostileAlert('JOB'))
      const vars = { mention: '<@&42>' }
      const { ctx } = platformContext({
        target: discord.resolveTarget(stand.webhookUrl(), undefined),
        vars,
        authoredText: `${source.text}\n${JSON.stringify(vars)}`
      })
      const payload = discord.fit(compileTemplate(source).render(templateScope(alert, deriveValues(alert, {}), vars)).value, ctx)
      expect(discord.validate(payload, ctx)).toEqual([])

      const verdict = discord.parse(await send(discord.request(payload, ctx)), ctx)
      expect(verdict).toMatchObject({ ok: true, status: 'sent' })
      if (!verdict.ok) return
      const message = stand.state.messages[0]
      expect(verdict.id).toBe(message.id)
      const { webhook } = stand.state
      const done = await discord.complete!(verdict, ctx, send)
      expect(done.url).toBe(messageLink(webhook.guildId, message.channelId, message.id))
      expect(stand.state.pings.map(ping => ping.mention)).toEqual(['<@&42>'])
    } finally {
      await stand.close()
    }
  })
})

describe('discord threads and forum channels', () => {
  it('takes thread_name from the template, else from vars.thread_name; shortens it to 100 and drops a blank one', () => {
    const fromVars = context({ vars: { thread_name: 'Dagster alerts' } })
    expect(discord.fit({ content: 'x' }, fromVars.ctx)).toMatchObject({ thread_name: 'Dagster alerts' })
    expect(discord.fit({ content: 'x', thread_name: 'Job daily_etl failed' }, fromVars.ctx)).toMatchObject({ thread_name: 'Job daily_etl failed' })
    const { value, warnings } = fitted({ content: 'x', thread_name: '🚨'.repeat(150) })
    expect([...(value.thread_name as string)]).toHaveLength(100)
    expect(warnings).toEqual([expect.stringMatching(/^thread_name: truncated from 150 to 100/)])
    const blank = fitted({ content: 'x', thread_name: '  ' })
    expect(blank.value).not.toHaveProperty('thread_name')
    expect(blank.warnings).toEqual(['thread_name: empty; left out, so no new forum post is started'])
  })

  it('refuses thread_name together with ?thread_id= in the url, and a thread_name that is not text', () => {
    const { ctx } = context({ url: `${WEBHOOK}?thread_id=42` })
    expect(discord.validate({ content: 'x', thread_name: 'post' }, ctx)).toEqual([
      { path: 'thread_name', message: expect.stringMatching(/cannot be combined with \?thread_id= in the url/) }
    ])
    expect(discord.validate({ content: 'x', thread_name: 5 }, context().ctx)).toEqual([{ path: 'thread_name', message: 'must be a string, got a number' }])
  })

  it('reports a wrong thread_id as a thread problem, not a deleted webhook (Unknown Channel, code 10003)', () => {
    const { ctx } = context({ url: `${WEBHOOK}?thread_id=1234567890` })
    const verdict = discord.parse(reply(404, { message: 'Unknown Channel', code: 10003 }), ctx)
    expect(verdict.ok).toBe(false)
    const message = !verdict.ok ? verdict.message : ''
    expect(message).toMatch(/^Unknown Channel \(Discord code 10003\): the webhook works, but thread 1234567890 \(thread_id in the url\) is not a thread of its channel/)
    expect(message).not.toMatch(/webhook was deleted/)
    const gone = discord.parse(reply(404, { message: 'Unknown Webhook', code: 10015 }), ctx)
    expect(!gone.ok && gone.message).toMatch(/the webhook URL is wrong or the webhook was deleted/)
  })

  it('explains Discord\'s forum errors', () => {
    const { ctx } = context()
    const forum = discord.parse(reply(400, { message: 'Webhooks posted to forum channels must have a thread_name or thread_id', code: 220001 }), ctx)
    expect(!forum.ok && forum.message).toMatch(/\(Discord code 220001\): the webhook's channel is a forum.*\?thread_id=THREAD_ID.*thread_name/)
    const notForum = discord.parse(reply(400, { message: 'Webhooks can only create threads in forum channels', code: 220003 }), ctx)
    expect(!notForum.ok && notForum.message).toMatch(/remove thread_name \(and vars.thread_name\)/)
  })
})
