import { describe, expect, it } from '@jest/globals'
import { ACTION_ROOT } from '../../../src/action-root.js'
import { deriveValues } from '../../../src/event/derive.js'
import { normaliseAlert } from '../../../src/event/normalise.js'
import { templateScope } from '../../../src/event/scope.js'
import { hostileAlert, NOTIFICATION_TYPES, sampleAlert } from '../../../src/event/tokens.js'
import { teams } from '../../../src/platforms/teams/index.js'
import { CARD_CONTENT_TYPE, MESSAGE_LIMIT_BYTES } from '../../../src/platforms/teams/limits.js'
import { compileTemplate } from '../../../src/template/compile.js'
import { loadTemplate } from '../../../src/template/load.js'
import { bytes, cardOf, context, type JsonObject } from './helpers.js'

describe('templates/teams.yml', () => {
  const source = loadTemplate('teams', ACTION_ROOT)
  const template = compileTemplate(source)

  function render(alert: Record<string, string>) {
    const normalised = normaliseAlert(alert)
    const scope = templateScope(normalised, deriveValues(normalised, {}), {})
    const { ctx, warnings } = context()
    const payload = teams.fit(template.render(scope).value, ctx)
    return { payload, card: cardOf(payload), warnings, problems: teams.validate(payload, ctx) }
  }

  function facts(card: JsonObject): Record<string, string> {
    const factSet = (card.body as JsonObject[]).find(element => element.type === 'FactSet') as JsonObject
    return Object.fromEntries((factSet.facts as JsonObject[]).map(fact => [fact.title, fact.value]))
  }

  const header = (card: JsonObject) => (card.body as JsonObject[])[0] as JsonObject
  const title = (card: JsonObject) => (header(card).items as JsonObject[])[0].text as string

  it('is an Adaptive Card 1.4 message template for teams', () => {
    expect(template.frontMatter).toEqual({
      platform: 'teams',
      description: expect.any(String),
      events: NOTIFICATION_TYPES.map(t => t.type)
    })
    const { payload, card } = render(sampleAlert('JOB'))
    expect(payload).toMatchObject({
      type: 'message',
      attachments: [{ contentType: CARD_CONTENT_TYPE, contentUrl: null }]
    })
    expect(card).toMatchObject({
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      type: 'AdaptiveCard',
      version: '1.4'
    })
  })

  it.each(NOTIFICATION_TYPES.map(t => t.type))('renders a valid card for a %s alert, sample and hostile', type => {
    const sample = render(sampleAlert(type))
    expect(sample.problems).toEqual([])
    expect(sample.warnings).toEqual([])
    expect(facts(sample.card).Status).toBeDefined()
    expect(sample.card.actions).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'Action.OpenUrl' })]))
    const hostile = render(hostileAlert(type))
    expect(hostile.problems).toEqual([])
    expect(bytes(hostile.payload)).toBeLessThanOrEqual(MESSAGE_LIMIT_BYTES)
  })

  it('shows a failed run: red, its facts, the alert text, and links to the run and the deployment', () => {
    const alert = sampleAlert('JOB')
    const { card } = render(alert)
    expect(header(card).style).toBe('attention')
    expect(title(card)).toBe(`🔴 ${alert.alert_summary}`)
    expect((header(card).items as JsonObject[])[1].text).toBe('Dagster+ · prod · Critical Alerts')
    expect(facts(card)).toEqual({
      Status: 'FAILURE',
      Job: 'daily_etl',
      Run: alert.run_id,
      Partition: '2026-01-08',
      'Launched by': 'Jane Doe',
      Schedule: 'daily_schedule',
      Sensor: 'new_files_sensor',
      'Started (UTC)': 'Jan 8, 2026 10:00 AM',
      Duration: '5 minutes'
    })
    const text = (card.body as JsonObject[])[2]
    expect(text).toMatchObject({ type: 'TextBlock', fontType: 'Monospace', wrap: true })
    expect(text.text).toBe(alert.alert_content.replace(/\n/g, '\n\n'))
    expect(card.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Open run', url: alert.run_link },
      { type: 'Action.OpenUrl', title: 'Open deployment', url: alert.deployment_url }
    ])
  })

  it.each([
    [{ ...sampleAlert('JOB'), run_status: 'SUCCESS', alert_summary: 'Job daily_etl succeeded' }, 'good', '✅'],
    [sampleAlert('ASSET_HEALTH'), 'warning', '🟠'],
    [sampleAlert('INSIGHTS'), 'warning', '🟠'],
    [{ ...sampleAlert('JOB'), run_status: 'STARTED' }, 'emphasis', '🔔']
  ])('colours and marks the status (%#)', (alert, style, emoji) => {
    const { card } = render(alert)
    expect(header(card).style).toBe(style)
    expect(title(card).startsWith(`${emoji} `)).toBe(true)
  })

  it('shows the facts of each alert type and links the most specific page', () => {
    const tick = render(sampleAlert('TICK')).card
    expect(facts(tick)).toEqual({ Status: 'FAILURE', Schedule: 'daily_schedule' })
    expect(tick.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Open deployment', url: 'https://acme.dagster.cloud/prod' }
    ])
    expect(facts(render(sampleAlert('ASSET_HEALTH')).card)).toEqual({
      Status: 'DEGRADED',
      Asset: 'analytics/daily_orders',
      Health: 'DEGRADED',
      Materialization: 'DEGRADED',
      Checks: 'WARNING',
      Freshness: 'FAIL'
    })
    const insights = render(sampleAlert('INSIGHTS')).card
    expect(facts(insights)).toEqual({ Status: 'EXCEEDED', Metric: 'dagster_credits', Value: '1250', Threshold: '1000' })
    expect((insights.actions as JsonObject[])[0]).toEqual({
      type: 'Action.OpenUrl',
      title: 'Open Insights',
      url: 'https://acme.dagster.cloud/prod/insights'
    })
    expect((render(sampleAlert('CODE_LOCATION')).card.actions as JsonObject[])[0].title).toBe('Open code location')
    expect((render(sampleAlert('AGENT')).card.actions as JsonObject[])[0].title).toBe('Open agents')
  })

  it('marks test notifications and does without links an alert lacks', () => {
    const alert: Record<string, string> = { alert_summary: 'Test', is_sample: 'true', notification_type: 'JOB' }
    const { card, problems: found } = render(alert)
    expect(found).toEqual([])
    expect(title(card)).toBe('🔔 [test] Test')
    expect(card).not.toHaveProperty('actions')
    expect((card.body as JsonObject[]).map(element => element.type)).toEqual(['Container', 'FactSet'])
  })
})
