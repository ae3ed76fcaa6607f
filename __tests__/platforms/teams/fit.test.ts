import { describe, expect, it } from '@jest/globals'
import { teams } from '../../../src/platforms/teams/index.js'
import { MESSAGE_LIMIT_BYTES } from '../../../src/platforms/teams/limits.js'
import type { Json } from '../../../src/json.js'
import { bytes, cardOf, context, message, type JsonObject } from './helpers.js'

function fitted(payload: Json) {
  const { ctx, warnings } = context()
  return { value: teams.fit(payload, ctx), warnings: warnings.map(w => `${w.path}: ${w.message}`) }
}

describe('teams.fit', () => {
  it('leaves out, without warnings, the parts whose values the template left out', () => {
    const input = message(
      [
        { type: 'TextBlock', text: 'Title', wrap: true },
        { type: 'TextBlock', wrap: true },
        { type: 'TextBlock', text: '' },
        {
          type: 'FactSet',
          facts: [{ title: 'Status', value: 'FAILURE' }, { title: 'Job' }, { title: '', value: 'x' }]
        },
        { type: 'FactSet', facts: [{ title: 'Asset' }] },
        { type: 'Container', items: [{ type: 'TextBlock' }, { type: 'Image' }] },
        {
          type: 'ColumnSet',
          columns: [
            { type: 'Column', items: [{ type: 'TextBlock', text: 'kept' }] },
            { type: 'Column', items: [{ type: 'TextBlock' }] }
          ]
        },
        { type: 'RichTextBlock', inlines: [{ type: 'TextRun' }, ''] },
        { type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: 'Run', url: '' }] }
      ],
      [
        { type: 'Action.OpenUrl', title: 'Open run' },
        { type: 'Action.OpenUrl', title: 'Deployment', url: 'https://x.example' }
      ]
    )
    const copy = structuredClone(input)
    const { value, warnings } = fitted(input)
    expect(input).toEqual(copy)
    expect(cardOf(value).body).toEqual([
      { type: 'TextBlock', text: 'Title', wrap: true },
      { type: 'FactSet', facts: [{ title: 'Status', value: 'FAILURE' }] },
      { type: 'ColumnSet', columns: [{ type: 'Column', items: [{ type: 'TextBlock', text: 'kept' }] }] }
    ])
    expect(cardOf(value).actions).toEqual([{ type: 'Action.OpenUrl', title: 'Deployment', url: 'https://x.example' }])
    expect(warnings).toEqual([])
  })

  it('removes the actions when no link is left', () => {
    const { value } = fitted(
      message([{ type: 'TextBlock', text: 'x' }], [{ type: 'Action.OpenUrl', title: 'Open run' }])
    )
    expect(cardOf(value)).not.toHaveProperty('actions')
  })

  it('passes a non-object through for validate to report', () => {
    expect(fitted('text').value).toBe('text')
  })

  it('shortens the longest text to bring the whole body within 28 KB, and only that one when it is enough', () => {
    const trace = 'Traceback line 🚀 "quoted" \\ \n'.repeat(1500)
    const { value, warnings } = fitted(
      message([
        { type: 'TextBlock', text: 'Job failed' },
        { type: 'FactSet', facts: [{ title: 'Job', value: 'etl' }] },
        { type: 'TextBlock', text: trace }
      ])
    )
    const body = cardOf(value).body as JsonObject[]
    expect(bytes(value)).toBeLessThanOrEqual(MESSAGE_LIMIT_BYTES)
    expect(bytes(value)).toBeGreaterThan(MESSAGE_LIMIT_BYTES - 100)
    expect(body[0].text).toBe('Job failed')
    expect(body[1]).toEqual({ type: 'FactSet', facts: [{ title: 'Job', value: 'etl' }] })
    expect((body[2].text as string).endsWith('…')).toBe(true)
    expect(trace.startsWith((body[2].text as string).slice(0, -1))).toBe(true)
    expect(warnings).toEqual([
      expect.stringMatching(
        /^attachments\[0\]\.content\.body\[2\]\.text: truncated from 43500 to \d+ characters \(limit \d+\), to keep the message within Teams' 28 KB$/
      )
    ])
  })

  it('moves on to the next longest text, fact values included, when one is not enough', () => {
    const { value, warnings } = fitted(
      message([
        { type: 'TextBlock', text: 'a'.repeat(20_000) },
        {
          type: 'FactSet',
          facts: [
            { title: 'Error', value: 'b'.repeat(19_000) },
            { title: 'Cause', value: 'c'.repeat(18_000) }
          ]
        }
      ])
    )
    const body = cardOf(value).body as JsonObject[]
    const [error, cause] = body[1].facts as JsonObject[]
    expect(bytes(value)).toBeLessThanOrEqual(MESSAGE_LIMIT_BYTES)
    expect(body[0].text).toHaveLength(100)
    expect((error.value as string).length).toBeLessThan(19_000)
    expect(cause.value).toBe('c'.repeat(18_000))
    expect(warnings.map(w => w.split(':')[0])).toEqual([
      'attachments[0].content.body[0].text',
      'attachments[0].content.body[1].facts[0].value'
    ])
  })
})
