import { describe, expect, it } from '@jest/globals'
import { problemView, type ViewMember } from '../../../src/memory/problem-view.js'
import { embedsLength } from '../../../src/platforms/discord/embeds.js'
import { LIMITS } from '../../../src/platforms/discord/limits.js'
import { problemMessages, problemPayload } from '../../../src/platforms/discord/problem-message.js'
import { discord } from '../../../src/platforms/discord/index.js'
import type { Json } from '../../../src/json.js'
import { context, embedOf, type JsonObject } from './helpers.js'

const OPENED = Date.parse('2026-01-08T10:00:00Z')

function members(count: number, status: 'failing' | 'recovered' = 'failing', label = (i: number) => `asset_${i}`) {
  return Array.from({ length: count }, (_, i): ViewMember => ({
    label: label(i),
    mark: { episode: 1, status, occurrences: 1 }
  }))
}

function view(list: ViewMember[], lastSeenAt = OPENED + 60_000) {
  return problemView(list, {
    key: 'policy:orders',
    sample: false,
    openedAt: OPENED,
    lastSeenAt,
    latestText: 'Asset failed',
    maxListed: 100
  })
}

/** The alert's message as the built-in template renders it at its largest: a full description and three fields. */
const LARGEST_ALERT: Json = {
  content: '**Alert triggered:** Job daily_etl failed',
  embeds: [
    {
      title: 'Job daily_etl failed',
      description: 'x'.repeat(LIMITS.description),
      color: 15158332,
      fields: [
        { name: 'Status', value: 'FAILURE', inline: true },
        { name: 'Deployment', value: 'prod', inline: true },
        { name: 'Policy', value: 'Critical Alerts', inline: true }
      ],
      footer: { text: 'Dagster+ • https://acme.dagster.cloud/prod' }
    }
  ]
}

describe('Discord problem message', () => {
  it('puts the problem first: members, occurrences, first and last seen, red while failing', () => {
    const { ctx } = context()
    const list = [...members(2), ...members(1, 'recovered', () => 'asset_*x*')]
    const payload = problemPayload({ content: 'alert' }, view(list), ctx) as JsonObject
    expect(embedOf(payload)).toEqual({
      title: '2 failing, 1 recovered',
      description: '🔴 asset\\_0\n🔴 asset\\_1\n🟢 asset\\_\\*x\\*',
      color: 0xe74c3c,
      fields: [
        { name: 'Occurrences', value: '3', inline: true },
        { name: 'First seen', value: `<t:${OPENED / 1000}:f>`, inline: true },
        { name: 'Last seen', value: `<t:${OPENED / 1000 + 60}:f>`, inline: true }
      ],
      footer: { text: 'Problem: policy:orders' }
    })
    expect(payload.content).toBe('alert')
  })

  it('says how long a resolved problem took, in green', () => {
    const { ctx } = context()
    const resolved = view(members(2, 'recovered'), OPENED + 62 * 60_000)
    expect(embedOf(problemPayload({ content: 'back' }, resolved, ctx) as JsonObject)).toMatchObject({
      title: 'Resolved after 1 h 2 min',
      color: 0x2ecc71
    })
  })

  it('names 100 members of long labels beside the largest alert within Discord limits, the rest as "and N more"', () => {
    const { ctx } = context()
    const long = (i: number) => `${'warehouse/orders/'.repeat(3)}asset_${String(i).padStart(3, '0')}`
    const payload = problemPayload(LARGEST_ALERT, view(members(100, 'failing', long)), ctx) as JsonObject
    const embeds = payload.embeds as Json[]
    expect(embedsLength(embeds)).toBeLessThanOrEqual(LIMITS.embedTotal)
    expect(discord.validate(payload, ctx)).toEqual([])
    const lines = String(embedOf(payload).description).split('\n')
    const more = Number(/^and (\d+) more$/.exec(lines.at(-1) ?? '')?.[1])
    expect(lines.length - 1 + more).toBe(100)
    expect(lines.length).toBeGreaterThan(10)
  })

  it('keeps the view\'s own "and N more" beyond the members it lists', () => {
    const { ctx } = context()
    const many = problemView(members(150), {
      key: 'k',
      sample: false,
      openedAt: OPENED,
      lastSeenAt: OPENED,
      latestText: '',
      maxListed: 20
    })
    const description = String(embedOf(problemPayload({ content: 'a' }, many, ctx) as JsonObject).description)
    expect(description.split('\n')).toHaveLength(21)
    expect(description).toMatch(/\nand 130 more$/)
  })

  it("keeps problems of one webhook's channel and of a thread it posts in apart, with no token in the name", () => {
    const channel = problemMessages.destination(context().ctx, {})
    const thread = problemMessages.destination(
      context({ url: 'https://discord.com/api/webhooks/123456789/tok?thread_id=42' }).ctx,
      {}
    )
    expect(channel).toBe('discord:123456789')
    expect(thread).toBe('discord:123456789:42')
  })
})
