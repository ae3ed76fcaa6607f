import { describe, expect, it } from '@jest/globals'
import { teams } from '../../../src/platforms/teams/index.js'
import { MESSAGE_LIMIT_BYTES } from '../../../src/platforms/teams/limits.js'
import type { Json } from '../../../src/json.js'
import { bytes, cardOf, context, message } from './helpers.js'

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
      'attachments[0].content.body[2].facts[1]: must be a Fact object, got a string',
      'attachments[0].content.body[3].facts: is required in a FactSet',
      'attachments[0].content.body[4].items[0].type: is required: one of "ActionSet", "ColumnSet", "Container", "FactSet", "Image", "ImageSet", "Input.ChoiceSet", "Input.Date", "Input.Number", "Input.Text", "Input.Time", "Input.Toggle", "Media", "RichTextBlock", "TextBlock"',
      'attachments[0].content.body[5]: must be a card element object, got a string',
      'attachments[0].content.actions[0].url: must be an http(s) URL',
      'attachments[0].content.actions[1].url: is required in an Action.OpenUrl',
      'attachments[0].content.actions[1].title: must be text, got a number'
    ])
  })

  // Teams answers 202 to a card its schema refuses and drops it later: refused here, before any request.
  it('refuses what the schema of the declared version refuses, naming the path, the value and the fix', () => {
    const card = message([
      { type: 'Bogus', text: 'x' },
      { type: 'TextBlock', text: 'x', size: 'huge' },
      { type: 'Table', rows: [] },
      { type: 'TextBlock', text: 'x', style: 'heading' },
      { type: 'TextBlock', text: 'x', colour: 'good' }
    ])
    expect(problems(card)).toEqual([
      'attachments[0].content.body[0].type: "Bogus" is not an Adaptive Card 1.4 card element: use one of "ActionSet", "ColumnSet", "Container", "FactSet", "Image", "ImageSet", "Input.ChoiceSet", "Input.Date", "Input.Number", "Input.Text", "Input.Time", "Input.Toggle", "Media", "RichTextBlock", "TextBlock"',
      'attachments[0].content.body[1].size: "huge" is not a value an Adaptive Card 1.4 allows here: use one of "default", "small", "medium", "large", "extraLarge"',
      'attachments[0].content.body[2].type: "Table" needs Adaptive Card 1.5 and this card declares version "1.4": raise version to "1.5" (Teams renders up to 1.5) or use ColumnSet or FactSet',
      'attachments[0].content.body[3].style: TextBlock\'s "style" needs Adaptive Card 1.5 and this card declares version "1.4": raise version to "1.5" (Teams renders up to 1.5) or remove it',
      'attachments[0].content.body[4].colour: TextBlock has no property "colour" in Adaptive Card 1.4: remove it'
    ])
    const older = message([{ type: 'TextBlock', text: 'x' }], [{ type: 'Action.Execute', title: 'Run', verb: 'go' }])
    cardOf(older).version = '1.2'
    expect(problems(older)).toEqual([
      'attachments[0].content.actions[0].type: "Action.Execute" needs Adaptive Card 1.4 and this card declares version "1.2": raise version to "1.4" (Teams renders up to 1.5) or use Action.Submit'
    ])
  })

  it('accepts what the schema accepts: word values in any case, fallback and requires, and the msteams extension', () => {
    const payload = message(
      [
        { type: 'TextBlock', text: 'x', size: 'Large', weight: 'Bolder', spacing: 'None', fontType: 'Monospace' },
        { type: 'Table', rows: [], fallback: { type: 'TextBlock', text: 'no table' }, requires: { table: '1.5' } },
        { type: 'Container', items: [{ type: 'TextBlock', text: 'in', fallback: 'drop' }], style: 'good' }
      ],
      [{ type: 'Action.Execute', title: 'Run', verb: 'go', mode: 'secondary' }]
    )
    cardOf(payload).version = '1.5'
    cardOf(payload).msteams = { width: 'Full' }
    expect(problems(payload)).toEqual([])
  })

  it('reads a 1.0 or 1.1 card by the 1.1 schema, where extra properties are allowed and words are exact', () => {
    const payload = message([
      { type: 'TextBlock', text: 'x', colour: 'good', size: 'Large' },
      { type: 'Media', sources: [{ mimeType: 'video/mp4', url: 'https://x.example/v.mp4' }] }
    ])
    cardOf(payload).version = '1.0'
    expect(problems(payload)).toEqual([
      'attachments[0].content.body[0].size: "Large" is not a value an Adaptive Card 1.0 allows here: use one of "default", "small", "medium", "large", "extraLarge" (letter case as written)',
      'attachments[0].content.body[1].type: "Media" needs Adaptive Card 1.1 and this card declares version "1.0": raise version to "1.1" (Teams renders up to 1.5) or remove it'
    ])
  })

  it('refuses a message over 28 KB', () => {
    const payload = message([{ type: 'TextBlock', text: 'x'.repeat(MESSAGE_LIMIT_BYTES) }])
    expect(problems(payload)).toEqual([
      `: the message takes ${bytes(payload)} bytes; Teams accepts at most 28 KB (28000 bytes): shorten the template's texts`
    ])
  })
})
