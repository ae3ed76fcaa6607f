import { describe, expect, it } from '@jest/globals'
import { teams } from '../../../src/platforms/teams/index.js'
import { MESSAGE_LIMIT_BYTES } from '../../../src/platforms/teams/limits.js'
import type { Json } from '../../../src/platforms/types.js'
import { bytes, context, message } from './helpers.js'

function problems(payload: Json): string[] {
  return teams.validate(payload, context().ctx).map(p => `${p.path}: ${p.message}`)
}

describe('teams.validate', () => {
  it('accepts an Adaptive Card message', () => {
    const card: Json[] = [
      { type: 'TextBlock', text: 'x' },
      { type: 'FactSet', facts: [{ title: 'a', value: 'b' }] },
      { type: 'Container', items: [] }
    ]
    expect(problems(message(card, [{ type: 'Action.OpenUrl', title: 'Open', url: 'https://x.example' }]))).toEqual([])
  })

  it('checks the message and attachment shape', () => {
    expect(problems('x')).toEqual([': the message must be a JSON object, got a string'])
    expect(problems({ text: 'hi' })).toEqual([
      'type: must be "message", got null',
      'attachments: must be a list of at least one Adaptive Card attachment'
    ])
    expect(
      problems({
        type: 'message',
        attachments: [
          'x',
          { contentType: 'application/json', content: { type: 'AdaptiveCard', version: 1.4, body: [] } }
        ]
      })
    ).toEqual([
      'attachments[0]: must be an object, got a string',
      'attachments[1].contentType: must be "application/vnd.microsoft.card.adaptive", got "application/json"',
      'attachments[1].content.version: must be an Adaptive Card version Teams renders, "1.0" to "1.5" as text (e.g. "1.4"), got 1.4',
      'attachments[1].content: the card shows nothing: it needs body elements or actions'
    ])
  })

  it('checks TextBlock text, facts, links and element shapes', () => {
    const card = message(
      [
        { type: 'TextBlock', text: 3 },
        { type: 'TextBlock', text: ' ' },
        { type: 'FactSet', facts: [{ title: 'a', value: 1 }, 'x'] },
        { type: 'FactSet' },
        { type: 'Container', items: [{ text: 'no type' }] },
        'x'
      ],
      [
        { type: 'Action.OpenUrl', title: 'Open', url: 'javascript:alert(1)' },
        { type: 'Action.OpenUrl', title: 7 }
      ]
    )
    expect(problems(card)).toEqual([
      'attachments[0].content.body[0].text: must be text, got a number',
      'attachments[0].content.body[1].text: must not be empty',
      'attachments[0].content.body[2].facts[0].value: must be text, got a number',
      'attachments[0].content.body[2].facts[1]: must be an object {title, value}, got a string',
      'attachments[0].content.body[3].facts: must be a list of {title, value}',
      'attachments[0].content.body[4].items[0].type: is required (e.g. "TextBlock", "FactSet", "Container")',
      'attachments[0].content.body[5]: must be a card element object, got a string',
      'attachments[0].content.actions[0].url: must be an http(s) URL',
      'attachments[0].content.actions[1].title: must be text, got a number',
      'attachments[0].content.actions[1].url: must be an http(s) URL'
    ])
  })

  it('refuses a message over 28 KB', () => {
    const payload = message([{ type: 'TextBlock', text: 'x'.repeat(MESSAGE_LIMIT_BYTES) }])
    expect(problems(payload)).toEqual([
      `: the message takes ${bytes(payload)} bytes; Teams accepts at most 28 KB (28000 bytes): shorten the template's texts`
    ])
  })
})
