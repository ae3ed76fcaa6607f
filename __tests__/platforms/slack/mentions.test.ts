import { describe, expect, it } from '@jest/globals'
import { neutraliseMentions } from '../../../src/platforms/slack/mentions.js'
import { slackPings } from '../../stand-ins/index.js'
import { fitted, mrkdwn, plain, type JsonObject } from './helpers.js'

describe('slack.fit, mentions', () => {
  const alertText = 'failed <!channel> <!here|here> <!everyone> <@U0123> <@W9|bob> <!subteam^S1|@oncall> @here @channel'

  it('neutralises every mention the author did not write, in text and every mrkdwn text object', () => {
    const { value } = fitted({
      text: alertText,
      blocks: [
        { type: 'section', text: mrkdwn(alertText), fields: [mrkdwn(alertText)] },
        { type: 'context', elements: [mrkdwn(alertText)] },
        { type: 'header', text: plain(alertText) }
      ]
    })
    const neutral =
      'failed &lt;!channel&gt; &lt;!here|here&gt; &lt;!everyone&gt; &lt;@U0123&gt; &lt;@W9|bob&gt; ' +
      '&lt;!subteam^S1|@oncall&gt; @\u2060here @\u2060channel'
    const blocks = value.blocks as JsonObject[]
    expect(value.text).toBe(neutral)
    expect(blocks[0]).toEqual({ type: 'section', text: mrkdwn(neutral), fields: [mrkdwn(neutral)] })
    expect(blocks[1]).toEqual({ type: 'context', elements: [mrkdwn(neutral)] })
    // plain_text never notifies anyone, and shows entities literally
    expect(blocks[2]).toEqual({ type: 'header', text: plain(alertText) })
    expect(slackPings(value)).toEqual([])
  })

  it('keeps the mentions written in the template or vars', () => {
    const authored = 'text: "<< vars.mention >> @here"\n{"mention":"<!subteam^S1|@oncall>"}'
    expect(neutraliseMentions('<!subteam^S1|@oncall> <!subteam^S2> @here <!channel>', authored)).toBe(
      '<!subteam^S1|@oncall> &lt;!subteam^S2&gt; @here &lt;!channel&gt;'
    )
  })

  it('leaves links, channel links and dates alone', () => {
    const text = '<https://x.example|run> <#C0123> <!date^1767866400^{date_short_pretty}|2026-01-08> a & b < c'
    expect(neutraliseMentions(text, '')).toBe(text)
  })
})
