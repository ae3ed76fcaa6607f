import { describe, expect, it } from '@jest/globals'
import { embedsLength } from '../../../src/platforms/discord/embeds.js'
import { authoredMentions, PLACEHOLDER } from '../../../src/platforms/discord/fit.js'
import { discord } from '../../../src/platforms/discord/index.js'
import type { Json } from '../../../src/json.js'
import { context, embedOf, fitted, type JsonObject } from './helpers.js'

describe('discord.fit', () => {
  it('drops a link that is not http(s) instead of refusing the whole alert', () => {
    const { value, warnings } = fitted({
      content: 'x',
      avatar_url: 'ftp://example.com/a.png',
      embeds: [
        {
          title: 't',
          url: 'not a url',
          thumbnail: { url: 'javascript:alert(1)' },
          footer: { text: 'f', icon_url: 'dagster://x' }
        }
      ]
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
    const { value, warnings } = fitted({
      embeds: [
        {
          fields: [
            { name: 'Job', inline: true },
            { name: 'Policy', value: 'p' }
          ]
        }
      ]
    })
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
    expect(value.embeds).toEqual([
      { timestamp: '2026-01-08T10:00:00Z' },
      {},
      { timestamp: '2026-01-08T10:00:00+01:00' }
    ])
    expect(warnings).toEqual([
      "embeds[0].timestamp: 'Jan 8, 2026 10:00 AM' is not ISO 8601; converted to 2026-01-08T10:00:00Z",
      "embeds[1].timestamp: 'soon' is not a time Discord can read; removed"
    ])
  })

  it('turns a colour written as text into an integer', () => {
    const { value, warnings } = fitted({
      embeds: [{ color: '#E74C3C' }, { color: '3066993' }, { color: 'red' }, { color: 42 }]
    })
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
      fields.map(
        (_, i) =>
          `embeds[0].fields[${i}].value: truncated from 1000 to 746 characters (limit 746), to keep all embeds within 6000 characters`
      )
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
      expect(fitted({ content: '@everyone the job failed' }).value.allowed_mentions).toEqual({
        parse: [],
        roles: [],
        users: []
      })
    })

    it('keeps allowed_mentions the template sets, even null', () => {
      const explicit = { parse: ['roles'] }
      expect(fitted({ content: 'x', allowed_mentions: explicit }, '<@1>').value.allowed_mentions).toEqual(explicit)
      expect(fitted({ content: 'x', allowed_mentions: null }).value.allowed_mentions).toBeNull()
    })
  })
})

describe('discord threads and forum channels', () => {
  it('takes thread_name from the template, else from vars.thread_name; shortens it to 100 and drops a blank one', () => {
    const fromVars = context({ vars: { thread_name: 'Dagster alerts' } })
    expect(discord.fit({ content: 'x' }, fromVars.ctx)).toMatchObject({ thread_name: 'Dagster alerts' })
    expect(discord.fit({ content: 'x', thread_name: 'Job daily_etl failed' }, fromVars.ctx)).toMatchObject({
      thread_name: 'Job daily_etl failed'
    })
    const { value, warnings } = fitted({ content: 'x', thread_name: '🚨'.repeat(150) })
    expect([...(value.thread_name as string)]).toHaveLength(100)
    expect(warnings).toEqual([expect.stringMatching(/^thread_name: truncated from 150 to 100/)])
    const blank = fitted({ content: 'x', thread_name: '  ' })
    expect(blank.value).not.toHaveProperty('thread_name')
    expect(blank.warnings).toEqual(['thread_name: empty; left out, so no new forum post is started'])
  })
})
