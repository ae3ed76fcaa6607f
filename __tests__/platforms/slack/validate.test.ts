import { describe, expect, it } from '@jest/globals'
import type { Json } from '../../../src/json.js'
import { mrkdwn, plain, problems, WEBHOOK, type JsonObject } from './helpers.js'

describe('slack.validate', () => {
  const complete: JsonObject = {
    channel: 'C0ALERTS',
    text: 'FAILURE: job failed',
    username: 'Dagster',
    icon_url: 'https://x.example/i.png',
    unfurl_links: false,
    blocks: [
      { type: 'header', text: { ...plain('h'), emoji: true }, block_id: 'title' },
      { type: 'section', text: { ...mrkdwn('s'), verbatim: true }, fields: [mrkdwn('f')] },
      {
        type: 'context',
        elements: [mrkdwn('c'), { type: 'image', image_url: 'https://x.example/i.png', alt_text: 'i' }]
      },
      {
        type: 'actions',
        elements: [{ type: 'button', text: plain('Open'), url: 'https://x.example', style: 'primary' }]
      },
      { type: 'divider' },
      { type: 'rich_text', elements: [] }
    ]
  }

  it('accepts a complete message, for chat.postMessage and an incoming webhook', () => {
    expect(problems(complete)).toEqual([])
    expect(problems({ ...complete, channel: undefined } as unknown as Json, { url: WEBHOOK })).toEqual([])
  })

  it('rejects a body that is not an object, and an empty message', () => {
    expect(problems([1])).toEqual([': the message must be a JSON object, got a list'])
    expect(problems({ channel: 'C1', text: ' ', blocks: [] })).toEqual([
      ': the message is empty: Slack needs text or blocks (it answers no_text)'
    ])
  })

  it('requires a channel for chat.postMessage and says how to set it', () => {
    expect(problems({ text: 'x' })).toEqual([
      "channel: is required for chat.postMessage: set vars: channel: C0123456789 (the channel ID, shown in the channel's details), " +
        "and invite the app's bot to that channel"
    ])
    expect(problems({ text: 'x' }, { url: WEBHOOK })).toEqual([])
  })

  it('reports lengths beyond every limit, in UTF-16 units', () => {
    expect(
      problems({
        channel: 'C1',
        text: '😀'.repeat(20001),
        blocks: [
          { type: 'header', text: plain('h'.repeat(151)), block_id: 'b'.repeat(256) },
          { type: 'section', text: mrkdwn('s'.repeat(3001)), fields: [mrkdwn('f'.repeat(2001))] },
          { type: 'context', elements: [mrkdwn('c'.repeat(3001))] },
          {
            type: 'actions',
            elements: [
              {
                type: 'button',
                text: plain('b'.repeat(76)),
                url: `https://x.example/${'u'.repeat(3000)}`,
                value: 'v'.repeat(2001)
              }
            ]
          }
        ]
      })
    ).toEqual([
      'text: is 40002 characters long; Slack allows at most 40000',
      'blocks[0].block_id: is 256 characters long; Slack allows at most 255',
      'blocks[0].text.text: is 151 characters long; Slack allows at most 150',
      'blocks[1].text.text: is 3001 characters long; Slack allows at most 3000',
      'blocks[1].fields[0].text: is 2001 characters long; Slack allows at most 2000',
      'blocks[2].elements[0].text: is 3001 characters long; Slack allows at most 3000',
      'blocks[3].elements[0].text.text: is 76 characters long; Slack allows at most 75',
      'blocks[3].elements[0].url: is 3018 characters long; Slack allows at most 3000',
      'blocks[3].elements[0].value: is 2001 characters long; Slack allows at most 2000'
    ])
  })

  it('reports too many blocks, fields and elements, and empty lists', () => {
    const many = (n: number, item: Json) => Array.from({ length: n }, () => item)
    expect(
      problems({
        channel: 'C1',
        blocks: [
          { type: 'section', fields: many(11, mrkdwn('f')) },
          { type: 'section', fields: [] },
          { type: 'context', elements: many(11, mrkdwn('c')) },
          { type: 'actions', elements: [] },
          ...many(47, { type: 'divider' })
        ]
      })
    ).toEqual([
      'blocks: has 51 blocks; Slack allows at most 50',
      'blocks[0].fields: has 11 fields; Slack allows at most 10',
      'blocks[1].fields: must hold at least 1 of fields',
      'blocks[2].elements: has 11 elements; Slack allows at most 10',
      'blocks[3].elements: must hold at least 1 of elements'
    ])
  })

  it('checks Block Kit shapes: types, text objects, required parts, URLs, styles and unique block ids', () => {
    expect(
      problems({
        channel: 'C1',
        text: 5,
        icon_url: 'dagster.png',
        unfurl_links: 'no',
        blocks: [
          { type: 'header', text: mrkdwn('h') },
          { type: 'section', text: { type: 'markdown', text: '' } },
          { type: 'section' },
          { type: 'section', text: { ...plain('p'), verbatim: true }, fields: [{ ...mrkdwn('m'), emoji: true }] },
          { type: 'context' },
          { type: 'actions', elements: [{ type: 'button', text: plain('b'), url: 'ftp://x', style: 'red' }, 'x'] },
          { text: plain('no type') },
          { type: 'divider', block_id: 'a' },
          { type: 'divider', block_id: 'a' },
          'block'
        ]
      })
    ).toEqual([
      'text: must be a string, got a number',
      'icon_url: must be an http(s) URL',
      'unfurl_links: must be true or false, got a string',
      'blocks[0].text.type: must be plain_text, got "mrkdwn"',
      'blocks[1].text.type: must be plain_text or mrkdwn, got "markdown"',
      'blocks[1].text.text: must be a non-empty string',
      'blocks[2]: a section needs text or fields',
      'blocks[3].text.verbatim: is only allowed on mrkdwn',
      'blocks[3].fields[0].emoji: is only allowed on plain_text',
      'blocks[4].elements: is required',
      'blocks[5].elements[0].url: must be an http(s) URL',
      'blocks[5].elements[0].style: must be primary or danger, got "red"',
      'blocks[5].elements[1]: must be an object, got a string',
      'blocks[6].type: is required (header, section, context, actions, divider, …)',
      'blocks[9]: must be an object, got a string',
      "blocks[8].block_id: 'a' is used by an earlier block; block_id must be unique"
    ])
  })
})

describe('slack.validate: block types and images', () => {
  const image = { type: 'image', image_url: 'https://x.example/chart.png', alt_text: 'error rate chart' }

  it('accepts an image block by URL or by Slack file, with a title, and the other Block Kit blocks with their parts', () => {
    expect(
      problems({
        channel: 'C1',
        blocks: [
          { ...image, title: plain('Error rate') },
          { type: 'image', slack_file: { id: 'F0123' }, alt_text: 'chart' },
          { type: 'markdown', text: '**bold**' },
          {
            type: 'video',
            alt_text: 'v',
            title: plain('t'),
            thumbnail_url: 'https://x.example/t.png',
            video_url: 'https://x.example/v'
          },
          { type: 'table', rows: [] }
        ]
      })
    ).toEqual([])
  })

  it('refuses a block type Slack does not know, naming the value and the types there are', () => {
    expect(problems({ channel: 'C1', blocks: [{ type: 'sectoin', text: mrkdwn('x') }, { type: 5 }] })).toEqual([
      'blocks[0].type: "sectoin" is not a Block Kit block type (Slack answers invalid_blocks): use header, section, context, actions, divider, image, rich_text, markdown, …',
      'blocks[1].type: 5 is not a Block Kit block type (Slack answers invalid_blocks): use header, section, context, actions, divider, image, rich_text, markdown, …'
    ])
  })

  it('refuses an image without alt_text or a picture, with both sources, or with a bad URL, title or length', () => {
    expect(
      problems({
        channel: 'C1',
        blocks: [
          { type: 'image', image_url: 'https://x.example/i.png' },
          { type: 'image', alt_text: 'a' },
          { ...image, slack_file: { url: 'https://files.slack.com/x' } },
          { ...image, image_url: 'chart.png', alt_text: 'a'.repeat(2001), title: mrkdwn('t') },
          { type: 'image', slack_file: {}, alt_text: ' ' },
          { type: 'context', elements: [{ type: 'image', image_url: 'https://x.example/i.png' }] }
        ]
      })
    ).toEqual([
      'blocks[0].alt_text: is required: a plain-text description of the image for screen readers (Slack answers invalid_blocks without it)',
      'blocks[1].image_url: is required: the http(s) URL of the image (or give slack_file instead)',
      'blocks[2]: an image takes image_url or slack_file, not both: remove one',
      'blocks[3].image_url: must be an http(s) URL',
      'blocks[3].alt_text: is 2001 characters long; Slack allows at most 2000',
      'blocks[3].title.type: must be plain_text, got "mrkdwn"',
      'blocks[4].slack_file: must have either url or id (one of them)',
      'blocks[4].alt_text: must not be empty',
      'blocks[5].elements[0].alt_text: is required: a plain-text description of the image for screen readers (Slack answers invalid_blocks without it)'
    ])
  })

  it('refuses a known block without a part it requires', () => {
    expect(
      problems({
        channel: 'C1',
        blocks: [{ type: 'markdown' }, { type: 'video', alt_text: 'v' }, { type: 'rich_text' }]
      })
    ).toEqual([
      'blocks[0].text: is required in a markdown block (Slack answers invalid_blocks without it)',
      'blocks[1].thumbnail_url: is required in a video block (Slack answers invalid_blocks without it)',
      'blocks[1].title: is required in a video block (Slack answers invalid_blocks without it)',
      'blocks[1].video_url: is required in a video block (Slack answers invalid_blocks without it)',
      'blocks[2].elements: is required in a rich_text block (Slack answers invalid_blocks without it)'
    ])
  })
})
