import { describe, expect, it } from '@jest/globals'
import type { Json } from '../../../src/json.js'
import { fitted, mrkdwn, plain, section, WEBHOOK, type JsonObject } from './helpers.js'

describe('slack.fit', () => {
  it('returns a new value, leaves the input alone and passes a non-object through', () => {
    const input: JsonObject = { text: 'x'.repeat(40001) }
    const copy = structuredClone(input)
    expect(fitted(input).value).not.toBe(input)
    expect(input).toEqual(copy)
    expect(fitted('text').value).toBe('text')
  })

  it('takes the channel from vars.channel for chat.postMessage when the template sets none', () => {
    expect(fitted({ text: 'x' }, { vars: { channel: ' C0ALERTS ' } }).value.channel).toBe('C0ALERTS')
    expect(fitted({ text: 'x', channel: 'C1' }, { vars: { channel: 'C2' } }).value.channel).toBe('C1')
    expect(fitted({ text: 'x' }, { url: WEBHOOK, vars: { channel: 'C2' } }).value).not.toHaveProperty('channel')
  })

  it('removes empty optional strings', () => {
    const { value, warnings } = fitted({ text: 'x', username: '', icon_url: ' ', icon_emoji: '', thread_ts: '' })
    expect(value).toEqual({ text: 'x' })
    expect(warnings).toEqual([])
  })

  it('truncates text to 40000 UTF-16 units, never splitting a character', () => {
    const { value, warnings } = fitted({ text: '😀'.repeat(20001) })
    expect(value.text).toBe(`${'😀'.repeat(19999)}…`)
    expect(warnings).toEqual(['text: truncated from 40002 to 39999 characters (limit 40000)'])
  })

  it('fits header, section text, fields, context and button texts to their limits', () => {
    const { value, warnings } = fitted({
      text: 'x',
      blocks: [
        { type: 'header', text: { ...plain('h'.repeat(160)), emoji: true } },
        { type: 'section', text: mrkdwn('s'.repeat(3100)), fields: [mrkdwn('f'.repeat(2100))] },
        { type: 'context', elements: [mrkdwn('c'.repeat(3001))] },
        { type: 'actions', elements: [{ type: 'button', text: plain('b'.repeat(80)), url: 'https://x.example' }] }
      ]
    })
    const blocks = value.blocks as JsonObject[]
    expect(blocks[0].text).toEqual({ type: 'plain_text', text: `${'h'.repeat(149)}…`, emoji: true })
    expect(warnings).toEqual([
      'blocks[0].text.text: truncated from 160 to 150 characters (limit 150)',
      'blocks[1].fields[0].text: truncated from 2100 to 2000 characters (limit 2000)',
      'blocks[1].text.text: truncated from 3100 to 3000 characters (limit 3000)',
      'blocks[2].elements[0].text: truncated from 3001 to 3000 characters (limit 3000)',
      'blocks[3].elements[0].text.text: truncated from 80 to 75 characters (limit 75)'
    ])
  })

  it('keeps the code fence of a truncated section closed', () => {
    const { value } = fitted({ text: 'x', blocks: [section('```\n' + 'trace line\n'.repeat(400) + '```')] })
    const text = ((value.blocks as JsonObject[])[0].text as JsonObject).text as string
    expect(text).toHaveLength(3000)
    expect(text.endsWith('…\n```')).toBe(true)
  })

  it('drops blocks beyond 50, fields beyond 10, context elements beyond 10 and actions beyond 25', () => {
    const many = (n: number, make: (i: number) => Json) => Array.from({ length: n }, (_, i) => make(i))
    const button = (i: number) => ({ type: 'button', text: plain(`b${i}`), url: 'https://x.example' })
    const { value, warnings } = fitted({
      text: 'x',
      blocks: [
        { type: 'section', fields: many(12, i => mrkdwn(`f${i}`)) },
        { type: 'context', elements: many(11, i => mrkdwn(`c${i}`)) },
        { type: 'actions', elements: many(26, button) },
        ...many(50, i => section(`s${i}`))
      ]
    })
    const blocks = value.blocks as JsonObject[]
    expect(blocks).toHaveLength(50)
    expect(blocks[0].fields).toHaveLength(10)
    expect(blocks[1].elements).toHaveLength(10)
    expect(blocks[2].elements).toHaveLength(25)
    expect(warnings).toEqual([
      'blocks[0].fields: 12 fields, Slack allows 10; dropped the last 2',
      'blocks[1].elements: 11 elements, Slack allows 10; dropped the last 1',
      'blocks[2].elements: 26 elements, Slack allows 25; dropped the last 1',
      'blocks: 53 blocks, Slack allows 50; dropped the last 3'
    ])
  })

  it('removes blank texts silently, and blocks left with nothing to show', () => {
    const { value, warnings } = fitted({
      text: 'x',
      blocks: [
        { type: 'header', text: plain(' ') },
        { type: 'section', text: mrkdwn(''), fields: [mrkdwn('*Job*\netl'), mrkdwn(''), { type: 'mrkdwn' }] },
        { type: 'section', text: { type: 'mrkdwn' } },
        { type: 'section', fields: [mrkdwn(' ')] },
        {
          type: 'context',
          elements: [mrkdwn(''), { type: 'image', image_url: 'https://x.example/i.png', alt_text: 'logo' }]
        },
        { type: 'context', elements: [plain('  ')] },
        { type: 'divider' }
      ]
    })
    expect(value.blocks).toEqual([
      { type: 'section', fields: [mrkdwn('*Job*\netl')] },
      { type: 'context', elements: [{ type: 'image', image_url: 'https://x.example/i.png', alt_text: 'logo' }] },
      { type: 'divider' }
    ])
    expect(warnings).toEqual([])
  })

  it('removes a link button without a link, with a warning, and an actions block left empty', () => {
    const { value, warnings } = fitted({
      text: 'x',
      blocks: [
        { type: 'actions', elements: [{ type: 'button', text: plain('Open run'), url: '' }] },
        {
          type: 'actions',
          elements: [
            { type: 'button', text: plain('Ack'), action_id: 'ack' },
            { type: 'button', text: plain('Open') }
          ]
        }
      ]
    })
    expect(value.blocks).toEqual([
      { type: 'actions', elements: [{ type: 'button', text: plain('Ack'), action_id: 'ack' }] }
    ])
    expect(warnings).toEqual([
      'blocks[0].elements[0]: has no url (the alert has no link for it); button removed',
      'blocks[1].elements[1]: has no url (the alert has no link for it); button removed'
    ])
  })

  it('drops a blank top-level text, and says when blocks have no text beside them', () => {
    expect(fitted({ text: ' ', blocks: [] }).value).toEqual({ blocks: [] })
    expect(fitted({ blocks: [section('hi')] }).warnings).toEqual([
      'text: is missing: Slack shows it in notifications and to screen readers; add a one-line text next to blocks'
    ])
  })
})
