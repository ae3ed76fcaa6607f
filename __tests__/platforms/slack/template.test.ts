import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse as parseYaml } from 'yaml'
import { ACTION_ROOT } from '../../../src/action-root.js'
import { checkTemplate } from '../../../src/check/check-template.js'
import { deriveValues } from '../../../src/event/derive.js'
import { normaliseAlert } from '../../../src/event/normalise.js'
import { templateScope } from '../../../src/event/scope.js'
import { hostileAlert, NOTIFICATION_TYPES, sampleAlert } from '../../../src/event/tokens.js'
import { slack } from '../../../src/platforms/slack/index.js'
import { authoredText } from '../../../src/platforms/shared/mentions.js'
import type { Json } from '../../../src/json.js'
import { compileTemplate } from '../../../src/template/compile.js'
import { loadTemplate } from '../../../src/template/load.js'
import { blockKitErrors, slackPings } from '../../stand-ins/index.js'
import { context, mrkdwn, WEBHOOK, type JsonObject } from './helpers.js'

describe('templates/slack.yml', () => {
  const source = loadTemplate('slack', ACTION_ROOT)
  const template = compileTemplate(source)
  const GITHUB_ENV = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/data', GITHUB_RUN_ID: '42' }

  function render(alert: Record<string, string>, vars: Record<string, Json> = { channel: 'C0ALERTS' }, url?: string) {
    const normalised = normaliseAlert(alert)
    const scope = templateScope(normalised, deriveValues(normalised, GITHUB_ENV), vars)
    const { ctx, warnings } = context({ url, vars, authoredText: authoredText(template.literalText, vars) })
    const payload = slack.fit(template.render(scope).value, ctx) as JsonObject
    const found = slack.validate(payload, ctx)
    return {
      payload,
      blocks: payload.blocks as JsonObject[],
      warnings: warnings.map(w => `${w.path}: ${w.message}`),
      problems: found
    }
  }

  function fieldTexts(blocks: JsonObject[]): string[] {
    return (blocks[1].fields as JsonObject[]).map(field => field.text as string)
  }

  it('is YAML with front matter for slack and the payload keys', () => {
    const [, frontMatter, body] = readFileSync(path.join(ACTION_ROOT, 'templates/slack.yml'), 'utf8').split(/^---$/m)
    expect(parseYaml(frontMatter)).toEqual({
      platform: 'slack',
      description: expect.any(String),
      events: NOTIFICATION_TYPES.map(t => t.type)
    })
    const payload = parseYaml(body)
    expect(Object.keys(payload)).toEqual([
      'channel',
      'username',
      'icon_url',
      'text',
      'unfurl_links',
      'unfurl_media',
      'blocks'
    ])
    expect(payload.blocks.map((block: JsonObject) => block.type)).toEqual([
      'header',
      'section',
      'section',
      'actions',
      'context'
    ])
  })

  it.each(NOTIFICATION_TYPES.map(t => t.type))(
    'renders a valid message for a %s alert, sample and hostile, for both endpoints',
    type => {
      for (const alert of [sampleAlert(type), hostileAlert(type)]) {
        expect(render(alert).problems).toEqual([])
        expect(render(alert, {}, WEBHOOK).problems).toEqual([])
        expect(blockKitErrors(render(alert).payload.blocks)).toEqual([])
      }
      expect(render(sampleAlert(type)).warnings).toEqual([])
    }
  )

  it('passes check mode without findings', () => {
    expect(checkTemplate(source, { vars: {} }).findings).toEqual([])
  })

  it('renders a failed run: status emoji, facts as fields, the alert in a code block, a button to the run, context links', () => {
    const { payload, blocks } = render(sampleAlert('JOB'))
    expect(payload).toMatchObject({
      channel: 'C0ALERTS',
      text: 'FAILURE: Job daily_etl failed',
      unfurl_links: false,
      unfurl_media: false
    })
    expect(payload).not.toHaveProperty('username')
    expect(blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', emoji: true, text: ':red_circle: Job daily_etl failed' }
    })
    expect(blocks[1]).not.toHaveProperty('text')
    expect(fieldTexts(blocks)).toEqual([
      '*Status*\nFAILURE',
      '*Deployment*\nprod',
      '*Policy*\nCritical Alerts',
      '*Job*\ndaily_etl',
      '*Partition*\n2026-01-08',
      '*Schedule*\ndaily_schedule',
      '*Duration*\n5 minutes',
      '*Started*\n<!date^1767866400^{date_short_pretty} {time}|2026-01-08T10:00:00Z>'
    ])
    expect((blocks[2].text as JsonObject).text).toMatch(/^```\nRun 4f1c2a9e[\s\S]*\n```$/)
    expect(blocks[3]).toEqual({
      type: 'actions',
      elements: [
        {
          type: 'button',
          text: { type: 'plain_text', text: 'Open run' },
          url: 'https://acme.dagster.cloud/prod/runs/4f1c2a9e-7b3d-4c8e-a5f6-2d9b0e1c3a7f'
        }
      ]
    })
    expect(blocks[4]).toEqual({
      type: 'context',
      elements: [
        mrkdwn(
          '<https://acme.dagster.cloud/prod|Dagster+> · policy *Critical Alerts* · <https://github.com/acme/data/actions/runs/42|GitHub run>'
        )
      ]
    })
  })

  it.each([
    [
      'ASSET_HEALTH',
      ':large_orange_circle:',
      'Open asset',
      'https://acme.dagster.cloud/prod/assets/analytics/daily_orders',
      '*Asset*\nanalytics/daily_orders'
    ],
    [
      'CODE_LOCATION',
      ':red_circle:',
      'Open code location',
      'https://acme.dagster.cloud/prod/locations/analytics_pipelines',
      '*Code location*\nanalytics_pipelines'
    ],
    ['TICK', ':red_circle:', 'Open deployment', 'https://acme.dagster.cloud/prod', '*Schedule*\ndaily_schedule'],
    ['AGENT', ':red_circle:', 'Open agents', 'https://acme.dagster.cloud/prod/agents', '*Policy*\nCritical Alerts'],
    [
      'INSIGHTS',
      ':large_orange_circle:',
      'Open Insights',
      'https://acme.dagster.cloud/prod/insights',
      '*Metric*\ndagster_credits = 1250 (threshold 1000)'
    ]
  ])('renders a %s alert with its emoji, link and facts', (type, emoji, label, url, fact) => {
    const { blocks } = render(sampleAlert(type))
    expect((blocks[0].text as JsonObject).text).toBe(`${emoji} ${sampleAlert(type).alert_summary}`)
    expect((blocks[3].elements as JsonObject[])[0]).toMatchObject({ text: { text: label }, url })
    expect(fieldTexts(blocks)).toContain(fact)
  })

  it('shows recoveries green, other statuses white, and marks test notifications', () => {
    const recovered = render({
      ...sampleAlert('JOB'),
      run_status: 'SUCCESS',
      alert_summary: 'Job daily_etl succeeded',
      is_sample: 'true'
    })
    expect((recovered.blocks[0].text as JsonObject).text).toBe('[test] :large_green_circle: Job daily_etl succeeded')
    expect(recovered.payload.text).toBe('[test] SUCCESS: Job daily_etl succeeded')
    const canceled = render({ ...sampleAlert('JOB'), run_status: 'CANCELED' })
    expect((canceled.blocks[0].text as JsonObject).text).toBe(':white_circle: Job daily_etl failed')
  })

  it('notifies the mention from vars and nobody named in alert text; an incoming webhook gets no channel', () => {
    const alert = { ...sampleAlert('JOB'), alert_summary: 'Job failed <!channel> @here <@U999>' }
    const { payload, blocks } = render(alert, { mention: '<!subteam^S0ONCALL|@data-oncall>' }, WEBHOOK)
    expect(payload).not.toHaveProperty('channel')
    expect(blocks[1].text).toEqual(mrkdwn('<!subteam^S0ONCALL|@data-oncall>'))
    expect(payload.text).toBe(
      '<!subteam^S0ONCALL|@data-oncall> FAILURE: Job failed &lt;!channel&gt; @\u2060here &lt;@U999&gt;'
    )
    expect(slackPings(payload)).toEqual(['<!subteam^S0ONCALL>'])
  })

  it('pings nobody for the mentions its description names (<!here>, <!subteam^…>) when alert text holds them', () => {
    const mentions = '<!here> <!subteam^S0123ABCD> <!channel> <!everyone> <@U0123> <@W9|bob> @here @channel'
    const alert = { ...sampleAlert('JOB'), alert_summary: `Job failed ${mentions}`, job_name: mentions }
    expect(template.frontMatter.description).toContain('<!here>')
    const { payload } = render({ ...alert, alert_content: mentions }, {}, WEBHOOK)
    expect(slackPings(payload)).toEqual([])
  })

  it('in a custom template, mentions in comments and front matter are not authored; those in its text are', () => {
    const custom = compileTemplate({
      name: 'custom',
      file: 'custom.yml',
      builtin: false,
      text: [
        '---',
        'description: pings <!here>, <!channel>, <!subteam^S1>, <@U1> and @here',
        '---',
        '# <!everyone> <@U2> @channel',
        'text: "<@U3> << alert_summary >>"'
      ].join('\n')
    })
    const mentions = '<!here> <!channel> <!subteam^S1> <@U1> @here <!everyone> <@U2> @channel <@U3>'
    const alert = normaliseAlert({ ...sampleAlert('JOB'), alert_summary: mentions })
    const { ctx } = context({ url: WEBHOOK, authoredText: authoredText(custom.literalText, {}) })
    const payload = slack.fit(custom.render(templateScope(alert, deriveValues(alert, {}), {})).value, ctx) as JsonObject
    expect(slackPings(payload)).toEqual(['<@U3>'])
  })

  it('leaves out facts, code block and button an alert does not have, silently', () => {
    const alert: Record<string, string> = { alert_summary: 'Something happened', notification_type: 'JOB' }
    const { payload, blocks, warnings, problems: found } = render(alert)
    expect(found).toEqual([])
    expect(warnings).toEqual(['blocks[3].elements[0]: has no url (the alert has no link for it); button removed'])
    expect(blocks.map(block => block.type)).toEqual(['header', 'section', 'context'])
    expect(fieldTexts(blocks)).toEqual(['*Status*\nALERT'])
    expect(payload.text).toBe('ALERT: Something happened')
  })
})
