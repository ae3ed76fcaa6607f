import { describe, expect, it } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { discord } from '../../../src/platforms/discord/index.js'
import type { Json } from '../../../src/json.js'
import { discordOpenApi } from '../../stand-ins/contracts.js'
import { context, WEBHOOK, type JsonObject } from './helpers.js'

/**
 * Differential test against Discord's OpenAPI contract (optional: skipped without ../shared/contracts): every
 * variant of a valid message the execute-webhook schema rejects, validate() rejects too. (validate() is stricter
 * than the schema where Discord's docs are: interactive components, flags, the IS_COMPONENTS_V2 rules, counts.)
 */
const spec = discordOpenApi()
const describeWithContract = spec ? describe : describe.skip

const link = { type: 2, style: 5, label: 'Open', url: 'https://x.example/run', emoji: { name: '🔗' } }
const media = { url: 'https://x.example/i.png' }
const V2_MESSAGE: JsonObject = {
  flags: 32768,
  components: [
    {
      type: 17,
      id: 1,
      accent_color: 255,
      spoiler: false,
      components: [
        { type: 10, content: 'text' },
        { type: 14, spacing: 1, divider: true },
        { type: 9, components: [{ type: 10, content: 'a' }], accessory: { type: 11, media, description: 'd' } },
        { type: 9, components: [{ type: 10, content: 'b' }], accessory: link },
        { type: 12, items: [{ media, description: 'd', spoiler: true }] },
        { type: 1, components: [link] }
      ]
    }
  ]
}
const POLL_MESSAGE: JsonObject = {
  poll: {
    question: { text: 'q' },
    answers: [{ poll_media: { text: 'a', emoji: { name: '👍' } } }],
    duration: 24,
    allow_multiselect: false,
    layout_type: 1
  }
}

/** Replacement values that break one place of a message in some way. */
const BREAKERS: Json[] = [undefined as unknown as Json, null, 'x'.repeat(5000), '', -1, 99, 2 ** 33, 1.5, true, {}, []]

/** Every message that differs from `message` in one place (a key removed or replaced, a list item replaced). */
function variants(message: Json): Json[] {
  if (Array.isArray(message)) {
    return message.flatMap((item, i) => [
      ...BREAKERS.filter(value => value !== undefined).map(value => message.map((old, j) => (j === i ? value : old))),
      ...variants(item).map(changed => message.map((old, j) => (j === i ? changed : old)))
    ])
  }
  if (typeof message !== 'object' || message === null) return []
  return Object.keys(message).flatMap(key => {
    const replaced = BREAKERS.map(value => {
      const copy: JsonObject = { ...message }
      if (value === undefined) delete copy[key]
      else copy[key] = value
      return copy
    })
    const nested = variants(message[key]).map(changed => ({ ...message, [key]: changed }))
    return [...replaced, ...nested]
  })
}

describeWithContract(
  `Discord components and polls against the OpenAPI contract${spec ? '' : ' (skipped: ../shared/contracts/discord-openapi.json is absent)'}`,
  () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false, validateSchema: false, allErrors: false })
    ajv.addSchema({ $id: 'discord', components: (spec as { components: object }).components })
    const schemaAccepts = ajv.getSchema('discord#/components/schemas/IncomingWebhookRequestPartial')!
    const { ctx } = context({ url: `${WEBHOOK}?with_components=true` })

    it.each([
      ['a Components V2 message', V2_MESSAGE],
      ['a poll', POLL_MESSAGE]
    ])('%s the contract accepts passes, and each variant the contract rejects is refused', (_name, message) => {
      expect(schemaAccepts(message)).toBe(true)
      expect(discord.validate(message, ctx)).toEqual([])
      const missed = variants(message).filter(
        variant => !schemaAccepts(variant) && discord.validate(variant, ctx).length === 0
      )
      expect(missed.map(variant => JSON.stringify(variant))).toEqual([])
    })
  }
)
