import { describe, expect, it } from '@jest/globals'
import { ACTION_ROOT } from '../src/action-root.js'
import { InputError } from '../src/errors.js'
import { deriveValues } from '../src/event/derive.js'
import { normaliseAlert } from '../src/event/normalise.js'
import { templateScope } from '../src/event/scope.js'
import { hostileAlert, NOTIFICATION_TYPES, sampleAlert } from '../src/event/tokens.js'
import { CARD_CONTENT_TYPE, MESSAGE_LIMIT_BYTES, maskWorkflowUrl, teams } from '../src/platforms/teams.js'
import type { HttpReply, HttpRequest, Json } from '../src/platforms/types.js'
import { Secrets } from '../src/secrets.js'
import { compileTemplate } from '../src/template/compile.js'
import { loadTemplate } from '../src/template/load.js'
import { platformContext, thrownBy } from './helpers/platform-context.js'
import { startTeams } from './stand-ins/index.js'

type JsonObject = { [key: string]: Json }

const SIG = 'Xk2pQ9sV7wL1mN4bR8tY3uZ6aC0dE5fG_hJ-kqWe'
const QUERY = `api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${SIG}`
const LOGIC_APPS_URL = `https://prod-27.westeurope.logic.azure.com:443/workflows/1119d87624504ba2adcfb8e12c7cf22d/triggers/manual/paths/invoke?${QUERY}`
const POWER_PLATFORM_URL =
  'https://default61ffc6bcd9ce458b8120d32187c377.0d.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/' +
  `2f31c90260554c5a9d6dcffec47bc6c2/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${SIG}`

function context(headers: Record<string, string> = {}) {
  return platformContext({ target: teams.resolveTarget(LOGIC_APPS_URL, undefined), headers })
}

function message(body: Json[], actions?: Json[]): JsonObject {
  const content: JsonObject = { type: 'AdaptiveCard', version: '1.4', body }
  if (actions) content.actions = actions
  return { type: 'message', attachments: [{ contentType: CARD_CONTENT_TYPE, contentUrl: null, content }] }
}

function cardOf(payload: Json): JsonObject {
  return ((payload as JsonObject).attachments as JsonObject[])[0].content as JsonObject
}

function fitted(payload: Json) {
  const { ctx, warnings } = context()
  return { value: teams.fit(payload, ctx), warnings: warnings.map(w => `${w.path}: ${w.message}`) }
}

function problems(payload: Json): string[] {
  return teams.validate(payload, context().ctx).map(p => `${p.path}: ${p.message}`)
}

function reply(status: number, body: unknown = ''): HttpReply {
  return { status, headers: {}, body: typeof body === 'string' ? body : JSON.stringify(body) }
}

const bytes = (value: Json) => Buffer.byteLength(JSON.stringify(value))

describe('teams.matches', () => {
  it.each([LOGIC_APPS_URL, POWER_PLATFORM_URL, POWER_PLATFORM_URL.replace('/direct/', '/direct/cu/25/')])('recognises %s', url => {
    expect(teams.matches(new URL(url))).toBe(true)
  })

  it.each([
    'https://prod-27.westeurope.logic.azure.com/workflows/abc/runs',
    'https://evil.example/workflows/abc/triggers/manual/paths/invoke?sig=x',
    'https://discord.com/api/webhooks/1/t'
  ])('does not claim %s', url => {
    expect(teams.matches(new URL(url))).toBe(false)
  })
})

describe('teams.resolveTarget', () => {
  it('keeps the whole URL, query included, and uses the teams template', () => {
    expect(teams.resolveTarget(`${POWER_PLATFORM_URL}#x`, undefined)).toEqual({ endpoint: new URL(POWER_PLATFORM_URL), defaultTemplate: 'teams' })
  })

  it('requires a url and https, except on loopback', () => {
    expect(thrownBy(() => teams.resolveTarget(undefined, undefined), InputError).message).toContain("Input 'url': is required for Teams.")
    expect(teams.resolveTarget(`http://127.0.0.1:9/workflows/a/triggers/manual/paths/invoke?${QUERY}`, undefined).endpoint.port).toBe('9')
    const error = thrownBy(() => teams.resolveTarget(LOGIC_APPS_URL.replace('https', 'http'), undefined), InputError)
    expect(error.message).toContain('/triggers/manual/paths/invoke?… must use https')
  })

  it.each([
    [LOGIC_APPS_URL.replace(`&sig=${SIG}`, ''), 'has no sig parameter'],
    [`https://[x.logic.azure.com/workflows/a/triggers/manual/paths/invoke?sig=${SIG}`, 'is not a valid URL'],
    [`ftp://x.example/hook?sig=${SIG}`, 'must use https']
  ])('rejects %s without printing the signature', (url, expected) => {
    const error = thrownBy(() => teams.resolveTarget(url, undefined), InputError)
    expect(error.message).toContain(expected)
    expect(error.message).not.toContain(SIG)
  })

  it('shows a URL without its query, and the runner masks the sig value', () => {
    expect(maskWorkflowUrl(new URL(LOGIC_APPS_URL))).toBe(
      'https://prod-27.westeurope.logic.azure.com/workflows/1119d87624504ba2adcfb8e12c7cf22d/triggers/manual/paths/invoke?…'
    )
    const secrets = new Secrets()
    secrets.addUrl(POWER_PLATFORM_URL)
    expect(secrets.redact(`posting to ${POWER_PLATFORM_URL}`)).not.toContain(SIG)
  })
})

describe('teams.fit', () => {
  it('leaves out, without warnings, the parts whose values the template left out', () => {
    const input = message(
      [
        { type: 'TextBlock', text: 'Title', wrap: true },
        { type: 'TextBlock', wrap: true },
        { type: 'TextBlock', text: '' },
        { type: 'FactSet', facts: [{ title: 'Status', value: 'FAILURE' }, { title: 'Job' }, { title: '', value: 'x' }] },
        { type: 'FactSet', facts: [{ title: 'Asset' }] },
        { type: 'Container', items: [{ type: 'TextBlock' }, { type: 'Image' }] },
        { type: 'ColumnSet', columns: [{ type: 'Column', items: [{ type: 'TextBlock', text: 'kept' }] }, { type: 'Column', items: [{ type: 'TextBlock' }] }] },
        { type: 'RichTextBlock', inlines: [{ type: 'TextRun' }, ''] },
        { type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: 'Run', url: '' }] }
      ],
      [{ type: 'Action.OpenUrl', title: 'Open run' }, { type: 'Action.OpenUrl', title: 'Deployment', url: 'https://x.example' }]
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
    const { value } = fitted(message([{ type: 'TextBlock', text: 'x' }], [{ type: 'Action.OpenUrl', title: 'Open run' }]))
    expect(cardOf(value)).not.toHaveProperty('actions')
  })

  it('passes a non-object through for validate to report', () => {
    expect(fitted('text').value).toBe('text')
  })

  it('shortens the longest text to bring the whole body within 28 KB, and only that one when it is enough', () => {
    const trace = 'Traceback line 🚀 "quoted" \\ \n'.repeat(1500)
    const { value, warnings } = fitted(message([{ type: 'TextBlock', text: 'Job failed' }, { type: 'FactSet', facts: [{ title: 'Job', value: 'etl' }] }, { type: 'TextBlock', text: trace }]))
    const body = cardOf(value).body as JsonObject[]
    expect(bytes(value)).toBeLessThanOrEqual(MESSAGE_LIMIT_BYTES)
    expect(bytes(value)).toBeGreaterThan(MESSAGE_LIMIT_BYTES - 100)
    expect(body[0].text).toBe('Job failed')
    expect(body[1]).toEqual({ type: 'FactSet', facts: [{ title: 'Job', value: 'etl' }] })
    expect((body[2].text as string).endsWith('…')).toBe(true)
    expect(trace.startsWith((body[2].text as string).slice(0, -1))).toBe(true)
    expect(warnings).toEqual([
      expect.stringMatching(/^attachments\[0\]\.content\.body\[2\]\.text: truncated from 43500 to \d+ characters \(limit \d+\), to keep the message within Teams' 28 KB$/)
    ])
  })

  it('moves on to the next longest text, fact values included, when one is not enough', () => {
    const { value, warnings } = fitted(
      message([
        { type: 'TextBlock', text: 'a'.repeat(20_000) },
        { type: 'FactSet', facts: [{ title: 'Error', value: 'b'.repeat(19_000) }, { title: 'Cause', value: 'c'.repeat(18_000) }] }
      ])
    )
    const body = cardOf(value).body as JsonObject[]
    const [error, cause] = body[1].facts as JsonObject[]
    expect(bytes(value)).toBeLessThanOrEqual(MESSAGE_LIMIT_BYTES)
    expect(body[0].text).toHaveLength(100)
    expect((error.value as string).length).toBeLessThan(19_000)
    expect(cause.value).toBe('c'.repeat(18_000))
    expect(warnings.map(w => w.split(':')[0])).toEqual(['attachments[0].content.body[0].text', 'attachments[0].content.body[1].facts[0].value'])
  })
})

describe('teams.validate', () => {
  it('accepts an Adaptive Card message', () => {
    const card: Json[] = [{ type: 'TextBlock', text: 'x' }, { type: 'FactSet', facts: [{ title: 'a', value: 'b' }] }, { type: 'Container', items: [] }]
    expect(problems(message(card, [{ type: 'Action.OpenUrl', title: 'Open', url: 'https://x.example' }]))).toEqual([])
  })

  it('checks the message and attachment shape', () => {
    expect(problems('x')).toEqual([': the message must be a JSON object, got a string'])
    expect(problems({ text: 'hi' })).toEqual([
      'type: must be "message", got null',
      'attachments: must be a list of at least one Adaptive Card attachment'
    ])
    expect(problems({ type: 'message', attachments: ['x', { contentType: 'application/json', content: { type: 'AdaptiveCard', version: 1.4, body: [] } }] })).toEqual([
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
      [{ type: 'Action.OpenUrl', title: 'Open', url: 'javascript:alert(1)' }, { type: 'Action.OpenUrl', title: 7 }]
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

describe('teams.request and parse', () => {
  it('POSTs the JSON body to the workflow URL with the extra headers', () => {
    const payload = message([{ type: 'TextBlock', text: 'say "hi"\n' }])
    expect(teams.request(payload, context({ 'x-trace': 'abc' }).ctx)).toEqual({
      method: 'POST',
      url: LOGIC_APPS_URL.replace(':443', ''),
      headers: { 'content-type': 'application/json', 'x-trace': 'abc' },
      body: JSON.stringify(payload)
    })
  })

  it('counts 202 (and 200) as sent, with no link to output', () => {
    expect(teams.parse(reply(202), context().ctx)).toEqual({ ok: true, status: 'sent', id: '', url: '' })
    expect(teams.parse(reply(200, '1'), context().ctx)).toEqual({ ok: true, status: 'sent', id: '', url: '' })
  })

  it('reads Logic Apps errors and says what to do', () => {
    const error = (code: string, text: string) => ({ error: { code, message: text } })
    const parsed = (status: number, body: unknown) => teams.parse(reply(status, body), context().ctx)
    expect(parsed(401, error('DirectApiInvalidAuthorizationSignature', 'The provided authorization signature is not valid.'))).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^The provided authorization signature is not valid\. \(DirectApiInvalidAuthorizationSignature\)\. The URL's signature \(sig\) is wrong or the workflow is turned off: set the url input to/
      )
    })
    expect(parsed(404, error('WorkflowNotFound', "The workflow 'x' could not be found."))).toMatchObject({
      message: expect.stringContaining("could not be found. (WorkflowNotFound). The workflow was deleted or the URL is incomplete: set the url input")
    })
    expect(parsed(413, 'Request Entity Too Large')).toEqual({
      ok: false,
      message: "Request Entity Too Large. The message is larger than Teams accepts (28 KB): shorten the template's texts"
    })
    expect(parsed(400, 'Bad Request: the Adaptive Card cannot be posted.')).toEqual({ ok: false, message: 'Bad Request: the Adaptive Card cannot be posted.' })
    expect(parsed(429, error('WorkflowRequestsThrottled', 'Too many'))).toEqual({ ok: false, message: 'Too many (WorkflowRequestsThrottled)' })
    expect(parsed(502, '')).toEqual({ ok: false, message: '(empty reply)' })
    expect(parsed(500, 'e'.repeat(2000))).toEqual({ ok: false, message: `${'e'.repeat(1023)}…` })
  })
})

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
  const title = (card: JsonObject) => ((header(card).items as JsonObject[])[0].text as string)

  it('is an Adaptive Card 1.4 message template for teams', () => {
    expect(template.frontMatter).toEqual({ platform: 'teams', description: expect.any(String), events: NOTIFICATION_TYPES.map(t => t.type) })
    const { payload, card } = render(sampleAlert('JOB'))
    expect(payload).toMatchObject({ type: 'message', attachments: [{ contentType: CARD_CONTENT_TYPE, contentUrl: null }] })
    expect(card).toMatchObject({ $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.4' })
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
    expect(tick.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open deployment', url: 'https://acme.dagster.cloud/prod' }])
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
    expect((insights.actions as JsonObject[])[0]).toEqual({ type: 'Action.OpenUrl', title: 'Open Insights', url: 'https://acme.dagster.cloud/prod/insights' })
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

describe('against the Teams stand-in', () => {
  async function send(request: HttpRequest): Promise<HttpReply> {
    const response = await fetch(request.url, { ...request, signal: AbortSignal.timeout(5000) })
    return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() }
  }

  it('posts the built-in card for a hostile alert, and reports a wrong signature and an oversized message', async () => {
    const stand = await startTeams()
    try {
      const alert = normaliseAlert(hostileAlert('JOB'))
      const payload = compileTemplate(loadTemplate('teams', ACTION_ROOT)).render(templateScope(alert, deriveValues(alert, {}), {})).value
      for (const form of ['logic-apps', 'power-platform'] as const) {
        const { ctx } = platformContext({ target: teams.resolveTarget(stand.workflowUrl(form), undefined) })
        const fittedPayload = teams.fit(payload, ctx)
        expect(teams.validate(fittedPayload, ctx)).toEqual([])
        expect(teams.parse(await send(teams.request(fittedPayload, ctx)), ctx)).toEqual({ ok: true, status: 'sent', id: '', url: '' })
        expect(stand.state.messages.at(-1)?.payload).toEqual(fittedPayload)
      }

      const wrongSig = platformContext({ target: teams.resolveTarget(stand.workflowUrl().replace(stand.state.sig, 'wrong'), undefined) }).ctx
      const refused = teams.parse(await send(teams.request(payload, wrongSig)), wrongSig)
      expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('(DirectApiInvalidAuthorizationSignature). The URL\'s signature (sig) is wrong') })

      const { ctx } = platformContext({ target: teams.resolveTarget(stand.workflowUrl(), undefined) })
      const huge = message([{ type: 'TextBlock', text: 'x'.repeat(30_000) }])
      expect(teams.parse(await send(teams.request(huge, ctx)), ctx)).toMatchObject({ ok: false, message: expect.stringContaining('larger than Teams accepts') })
      const badCard = message([{ type: 'FactSet', facts: [{ title: 'a' }] }])
      expect(teams.parse(await send(teams.request(badCard, ctx)), ctx)).toEqual({
        ok: false,
        message: 'Bad Request: the Adaptive Card cannot be posted.\nattachments[0].content.body[0].facts[0].value: required string'
      })
      expect(stand.state.messages).toHaveLength(2)
    } finally {
      await stand.close()
    }
  })
})
