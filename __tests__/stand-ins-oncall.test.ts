// The on-call stand-ins (PagerDuty Events API v2, Opsgenie Alert API, incident.io HTTP alert sources): every reply
// shape, folding by problem key and resolution, auth failures, validation errors and 429s with scaled windows.
import { afterEach, describe, expect, it } from '@jest/globals'
import { newIncidentIoId, newRoutingKey, startIncidentIo, startOpsgenie, startPagerDuty } from './stand-ins/index.js'
import type { IncidentIoStandIn, OpsgenieStandIn, PagerDutyStandIn } from './stand-ins/index.js'
import { SlidingWindow } from './stand-ins/rate-limit.js'

interface Answer {
  status: number
  headers: Headers
  text: string
  json: unknown
}

async function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: unknown } = {}
): Promise<Answer> {
  const { method = 'POST', headers = {}, body } = options
  const response = await fetch(url, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(5000)
  })
  const text = await response.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, headers: response.headers, text, json }
}

const pause = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))
const x = (count: number) => 'x'.repeat(count)

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  while (closers.length > 0) await closers.pop()?.()
})

async function pagerDuty(options: Parameters<typeof startPagerDuty>[0] = {}): Promise<PagerDutyStandIn> {
  const standIn = await startPagerDuty(options)
  closers.push(() => standIn.close())
  return standIn
}

async function opsgenie(options: Parameters<typeof startOpsgenie>[0] = {}): Promise<OpsgenieStandIn> {
  const standIn = await startOpsgenie(options)
  closers.push(() => standIn.close())
  return standIn
}

async function incidentIo(options: Parameters<typeof startIncidentIo>[0] = {}): Promise<IncidentIoStandIn> {
  const standIn = await startIncidentIo(options)
  closers.push(() => standIn.close())
  return standIn
}

describe('SlidingWindow', () => {
  it('allows `limit` in any window looking back from now, counts no refusal, and says when the oldest leaves', () => {
    let now = 0
    const window = new SlidingWindow({ limit: 2, windowMs: 1000, now: () => now })
    expect(window.take('k')).toEqual({ ok: true, remaining: 1, retryAfterMs: 0 })
    now = 600
    expect(window.take('k')).toEqual({ ok: true, remaining: 0, retryAfterMs: 0 })
    expect(window.take('k')).toEqual({ ok: false, remaining: 0, retryAfterMs: 400 })
    expect(window.wait('k')).toBe(400)
    expect(window.take('other').ok).toBe(true)
    now = 1000 // the first request leaves; the one at 600 stays until 1600
    expect(window.take('k')).toEqual({ ok: true, remaining: 0, retryAfterMs: 0 })
    expect(window.wait('k')).toBe(600)
  })
})

describe('PagerDuty Events API v2 stand-in', () => {
  const trigger = (routingKey: string, dedupKey?: string, payload: Record<string, unknown> = {}) => ({
    routing_key: routingKey,
    event_action: 'trigger',
    ...(dedupKey === undefined ? {} : { dedup_key: dedupKey }),
    payload: { summary: 'Run failed: nightly_etl', source: 'dagster-plus', severity: 'error', ...payload },
    links: [{ href: 'https://dagster.example/runs/1', text: 'Run' }]
  })

  it('trigger → repeat → resolve: one incident per routing key and dedup_key, folded, then resolved; 202 as PagerDuty writes it', async () => {
    const pd = await pagerDuty()
    const [key] = pd.state.routingKeys
    const first = await send(pd.enqueueUrl(), { body: trigger(key, 'problem-1') })
    expect(first.status).toBe(202)
    expect(first.json).toEqual({ status: 'success', message: 'Event processed', dedup_key: 'problem-1' })
    expect((await send(pd.enqueueUrl(), { body: trigger(key, 'problem-1', { summary: 'again' }) })).status).toBe(202)
    expect(pd.state.incidents).toHaveLength(1)
    expect(pd.state.incidents[0]).toMatchObject({
      status: 'triggered',
      triggers: 2,
      summary: 'Run failed: nightly_etl'
    })
    expect(pd.state.incidents[0].lastEvent).toMatchObject({ payload: { summary: 'again' } })

    const resolve = { routing_key: key, event_action: 'resolve', dedup_key: 'problem-1' }
    const resolved = await send(pd.enqueueUrl(), { body: resolve })
    expect(resolved.json).toEqual({ status: 'success', message: 'Event processed', dedup_key: 'problem-1' })
    expect(pd.state.incidents[0]).toMatchObject({ status: 'resolved', resolvedAt: expect.any(String) })

    // A resolve with no open alert is accepted and does nothing; a trigger after resolution opens a new one.
    expect((await send(pd.enqueueUrl(), { body: resolve })).status).toBe(202)
    await send(pd.enqueueUrl(), { body: trigger(key, 'problem-1') })
    expect(pd.state.incidents.map(incident => incident.status)).toEqual(['resolved', 'triggered'])
    expect(pd.state.events.map(event => event.outcome)).toEqual(['opened', 'folded', 'resolved', 'dropped', 'opened'])
  })

  it('acknowledge keeps the alert open (a later trigger folds into it); a resolve via another routing key is dropped', async () => {
    const other = newRoutingKey()
    const pd = await pagerDuty({ routingKeys: [newRoutingKey(), other] })
    const [key] = pd.state.routingKeys
    await send(pd.enqueueUrl(), { body: trigger(key, 'p') })
    await send(pd.enqueueUrl(), { body: { routing_key: key, event_action: 'acknowledge', dedup_key: 'p' } })
    await send(pd.enqueueUrl(), { body: trigger(key, 'p') })
    await send(pd.enqueueUrl(), { body: { routing_key: other, event_action: 'resolve', dedup_key: 'p' } })
    expect(pd.state.incidents).toHaveLength(1)
    expect(pd.state.incidents[0]).toMatchObject({ status: 'acknowledged', triggers: 2, acknowledges: 1 })
    expect(pd.state.events.at(-1)).toMatchObject({ routingKey: other, outcome: 'dropped' })
  })

  it('a trigger without dedup_key gets a generated one, returned in the reply', async () => {
    const pd = await pagerDuty()
    const answer = await send(pd.enqueueUrl(), { body: trigger(pd.state.routingKeys[0]) })
    const dedupKey = (answer.json as { dedup_key: string }).dedup_key
    expect(dedupKey).toMatch(/^[0-9a-f]{32}$/)
    expect(pd.state.incidents[0].dedupKey).toBe(dedupKey)
  })

  it('400 invalid event with the error list, in PagerDuty’s words', async () => {
    const pd = await pagerDuty()
    const [key] = pd.state.routingKeys
    const invalid = async (body: unknown) => {
      const answer = await send(pd.enqueueUrl(), { body })
      expect(answer.status).toBe(400)
      expect(answer.json).toMatchObject({ status: 'invalid event', message: 'Event object is invalid' })
      return (answer.json as { errors: string[] }).errors
    }
    expect(await invalid({})).toEqual(["'routing_key' cannot be blank", "'event_action' is missing or blank"])
    expect(await invalid({ ...trigger('e+23rschqsESqk9Q6_-g', 'k') })).toEqual([
      "Length of 'routing_key' is incorrect (should be 32 characters)",
      "'routing_key' cannot contain non-alphanumeric characters."
    ])
    expect(await invalid({ ...trigger(key, 'k'), event_action: 'page' })).toEqual([
      "'event_action' is invalid (must be one of the following: 'trigger', 'acknowledge' or 'resolve')"
    ])
    expect(await invalid({ routing_key: key, event_action: 'trigger' })).toEqual(["'payload' is missing or blank"])
    expect(await invalid({ routing_key: key, event_action: 'trigger', payload: { severity: 'fatal' } })).toEqual([
      "'payload.summary' is missing or blank",
      "'payload.source' is missing or blank",
      "'payload.severity' is invalid (must be one of the following: 'critical', 'warning', 'error' or 'info')"
    ])
    expect(await invalid(trigger(key, 'k', { summary: x(1025) }))).toEqual([
      "'payload.summary' is too long (must be 1024 characters or less)"
    ])
    expect(await invalid(trigger(key, x(256)))).toEqual(["'dedup_key' is too long (must be 255 characters or less)"])
    expect(await invalid({ routing_key: key, event_action: 'resolve' })).toEqual(["'dedup_key' is missing or blank"])
    expect(await invalid({ ...trigger(key, 'k', { timestamp: 'yesterday' }) })).toEqual([
      "'payload.timestamp' is invalid (must be an ISO 8601 timestamp)"
    ])
    expect(await invalid({ ...trigger(key, 'k'), links: [{ text: 'no href' }] })).toEqual([
      "'links[0].href' is missing or blank"
    ])
    // At the limits exactly, the event is accepted.
    expect((await send(pd.enqueueUrl(), { body: trigger(key, x(255), { summary: x(1024) }) })).status).toBe(202)
    expect(pd.state.incidents).toHaveLength(1)
  })

  it('a body that is not JSON: 400 Unrecognized object; an unknown routing key: 400 Invalid routing key, nothing kept', async () => {
    const pd = await pagerDuty()
    const notJson = await send(pd.enqueueUrl(), { body: 'routing_key=x' })
    expect(notJson.status).toBe(400)
    expect(notJson.json).toEqual({
      status: 'Unrecognized object',
      message: 'Event object format is unrecognized',
      errors: ['JSON parse error']
    })
    const unknown = await send(pd.enqueueUrl(), { body: trigger(newRoutingKey(), 'k') })
    expect(unknown.status).toBe(400)
    expect(unknown.text).toBe('Invalid routing key')
    expect(pd.state.incidents).toEqual([])
    expect(pd.state.events).toEqual([])
  })

  it('120 events per routing key in any 60 s, then 429 throttle exceeded (no Retry-After); room again as the window slides', async () => {
    const pd = await pagerDuty({ timeScale: 0.05 }) // a 3 s window
    const [key] = pd.state.routingKeys
    const burst = await Promise.all(
      Array.from({ length: 120 }, (_, i) => send(pd.enqueueUrl(), { body: trigger(key, `k${i}`) }))
    )
    expect(burst.every(answer => answer.status === 202)).toBe(true)
    const burstEnd = Date.now()
    const limited = await send(pd.enqueueUrl(), { body: trigger(key, 'over') })
    expect(limited.status).toBe(429)
    expect(limited.json).toEqual({
      status: 'throttle exceeded',
      message: 'Requests for this service are arriving too quickly.  Please retry later.'
    })
    expect(limited.headers.get('retry-after')).toBeNull()
    expect(pd.state.incidents).toHaveLength(120)
    await pause(burstEnd + 3050 - Date.now())
    expect((await send(pd.enqueueUrl(), { body: trigger(key, 'later') })).status).toBe(202)
  })

  it('plays a scripted rate-limit fault with PagerDuty’s 429 body and a Retry-After', async () => {
    const pd = await pagerDuty()
    pd.fault({ kind: 'rate-limit', retryAfter: 2 })
    const answer = await send(pd.enqueueUrl(), { body: trigger(pd.state.routingKeys[0], 'k') })
    expect(answer.status).toBe(429)
    expect(answer.headers.get('retry-after')).toBe('2')
    expect(answer.json).toMatchObject({ status: 'throttle exceeded' })
    expect(pd.state.incidents).toEqual([])
  })
})

describe('Opsgenie Alert API stand-in', () => {
  const requestIdOf = (answer: Answer) => (answer.json as { requestId: string }).requestId

  async function requestStatus(og: OpsgenieStandIn, answer: Answer) {
    return send(`${og.alertsUrl()}/requests/${requestIdOf(answer)}`, {
      method: 'GET',
      headers: { authorization: og.authorization() }
    })
  }

  it('create → repeat → close by alias: 202 Request will be processed, counted by alias, closed; request status tells each outcome', async () => {
    const og = await opsgenie()
    const auth = { authorization: og.authorization() }
    const body = { message: 'Run failed: nightly_etl', alias: 'problem-1', priority: 'P2', details: { run: '1' } }
    const created = await send(og.alertsUrl(), { headers: auth, body })
    expect(created.status).toBe(202)
    expect(created.json).toEqual({
      result: 'Request will be processed',
      took: expect.any(Number),
      requestId: expect.any(String)
    })
    expect(created.headers.get('x-request-id')).toBe(requestIdOf(created))
    expect(created.headers.get('x-ratelimit-state')).toBe('OK')
    const createdStatus = await requestStatus(og, created)
    expect(createdStatus.status).toBe(200)
    expect(createdStatus.json).toMatchObject({
      data: { success: true, isSuccess: true, action: 'Create', status: 'Created alert', alias: 'problem-1' },
      took: expect.any(Number),
      requestId: expect.any(String)
    })

    await send(og.alertsUrl(), { headers: auth, body })
    expect(og.state.alerts).toHaveLength(1)
    const got = await send(`${og.alertsUrl()}/problem-1?identifierType=alias`, { method: 'GET', headers: auth })
    expect(got.status).toBe(200)
    expect(got.json).toMatchObject({ data: { alias: 'problem-1', status: 'open', count: 2, priority: 'P2' } })

    const close = () =>
      send(`${og.alertsUrl()}/problem-1/close?identifierType=alias`, { headers: auth, body: { note: 'recovered' } })
    const closed = await close()
    expect(closed.status).toBe(202)
    expect((await requestStatus(og, closed)).json).toMatchObject({
      data: { isSuccess: true, action: 'Close', status: 'Closed alert', alias: 'problem-1' }
    })
    expect(og.state.alerts[0]).toMatchObject({ status: 'closed', closeBody: { note: 'recovered' } })

    // Closing again is accepted, then reported as failed; a new create with the alias opens a new alert.
    expect((await requestStatus(og, await close())).json).toMatchObject({
      data: { isSuccess: false, status: 'Alert does not exist', alertId: '' }
    })
    await send(og.alertsUrl(), { headers: auth, body })
    expect(og.state.alerts.map(alert => [alert.status, alert.count])).toEqual([
      ['closed', 2],
      ['open', 1]
    ])
  })

  it('processes asynchronously: until the delay passes, request status is 404 RequestNotProcessed and nothing exists', async () => {
    const og = await opsgenie({ processingDelayMs: 150 })
    const auth = { authorization: og.authorization() }
    const created = await send(og.alertsUrl(), { headers: auth, body: { message: 'm', alias: 'a' } })
    const pending = await requestStatus(og, created)
    expect(pending.status).toBe(404)
    expect(pending.headers.get('x-opsgenie-errortype')).toBe('RequestNotProcessed')
    expect(pending.json).toMatchObject({ message: expect.any(String), took: expect.any(Number) })
    expect(og.state.alerts).toEqual([])
    await pause(200)
    expect((await requestStatus(og, created)).status).toBe(200)
    expect(og.state.alerts).toHaveLength(1)
  })

  it('auth: 401 Could not authenticate without a key or with a wrong one; 403 40301 for an account key on writes (reads allowed); Basic works', async () => {
    const accountKey = '2d7c6b4e-0000-4000-8000-000000000000'
    const og = await opsgenie({ accountKeys: [accountKey] })
    const wrongKey = { authorization: 'GenieKey 00000000-0000-0000-0000-000000000000' }
    for (const headers of [{}, wrongKey] as Record<string, string>[]) {
      const refused = await send(og.alertsUrl(), { headers, body: { message: 'm' } })
      expect(refused.status).toBe(401)
      expect(refused.json).toEqual({
        message: 'Could not authenticate',
        took: expect.any(Number),
        requestId: expect.any(String)
      })
    }
    const forbidden = await send(og.alertsUrl(), {
      headers: { authorization: `GenieKey ${accountKey}` },
      body: { message: 'm' }
    })
    expect(forbidden.status).toBe(403)
    expect(forbidden.json).toEqual({
      code: 40301,
      message: 'To perform this action, use an API key from an API integration.',
      took: expect.any(Number),
      requestId: expect.any(String)
    })
    const basic = `Basic ${Buffer.from(`:${og.state.apiKeys[0]}`).toString('base64')}`
    expect(
      (await send(og.alertsUrl(), { headers: { authorization: basic }, body: { message: 'm', alias: 'a' } })).status
    ).toBe(202)
    const read = await send(`${og.alertsUrl()}/a?identifierType=alias`, {
      method: 'GET',
      headers: { authorization: `GenieKey ${accountKey}` }
    })
    expect(read.status).toBe(200)
    expect(og.state.alerts).toHaveLength(1)
  })

  it('422 Request body is not processable with the errors by field; unknown alert 404; bad identifierType 422', async () => {
    const og = await opsgenie({ rateLimits: false })
    const auth = { authorization: og.authorization() }
    const errorsOf = async (body: unknown) => {
      const answer = await send(og.alertsUrl(), { headers: auth, body })
      expect(answer.status).toBe(422)
      expect(answer.json).toMatchObject({ message: 'Request body is not processable. Please check the errors.' })
      return Object.keys((answer.json as { errors: Record<string, string> }).errors)
    }
    expect(await errorsOf({ alias: 'a' })).toEqual(['message'])
    expect(
      await errorsOf({ message: x(131), alias: x(513), description: x(15001), entity: x(513), source: x(101) })
    ).toEqual(['message', 'alias', 'description', 'entity', 'source'])
    expect(await errorsOf({ message: 'm', priority: 'P6' })).toEqual(['priority'])
    expect(await errorsOf({ message: 'm', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) })).toEqual(['tags'])
    expect(await errorsOf({ message: 'm', actions: [x(51)] })).toEqual(['actions'])
    expect(await errorsOf({ message: 'm', details: { n: 1 } })).toEqual(['details'])
    expect(await errorsOf({ message: 'm', details: { k: x(8000) } })).toEqual(['details'])
    const recipient = await send(og.alertsUrl(), {
      headers: auth,
      body: { message: 'm', responders: [{ type: 'bb', id: '1' }] }
    })
    expect(recipient.json).toMatchObject({ errors: { 'recipients#type': "Invalid recipient type 'bb'" } })
    // At the limits exactly, the alert is created.
    expect((await send(og.alertsUrl(), { headers: auth, body: { message: x(130), alias: x(512) } })).status).toBe(202)
    expect(og.state.alerts).toHaveLength(1)

    const missing = await send(`${og.alertsUrl()}/nope?identifierType=alias`, { method: 'GET', headers: auth })
    expect(missing.status).toBe(404)
    expect(missing.json).toMatchObject({ message: 'Alert does not exist' })
    expect((await send(`${og.alertsUrl()}/a/close?identifierType=name`, { headers: auth, body: {} })).status).toBe(422)
  })

  it('the Alert domain’s per-second and per-minute rolling windows: 429 THROTTLED naming the period; refusals are not counted', async () => {
    const og = await opsgenie({ limits: { perSecond: 3, perMinute: 5 }, timeScale: 0.2 }) // 200 ms and 12 s
    const create = () =>
      send(og.alertsUrl(), { headers: { authorization: og.authorization() }, body: { message: 'm' } })
    for (let i = 0; i < 3; i++) expect((await create()).status).toBe(202)
    const perSecond = await create()
    expect(perSecond.status).toBe(429)
    expect(perSecond.headers.get('x-ratelimit-state')).toBe('THROTTLED')
    expect(perSecond.headers.get('x-ratelimit-period-in-sec')).toBe('1')
    expect(perSecond.json).toMatchObject({
      message: expect.any(String),
      took: expect.any(Number),
      requestId: expect.any(String)
    })
    await pause(250)
    for (let i = 0; i < 2; i++) expect((await create()).status).toBe(202)
    const perMinute = await create()
    expect(perMinute.status).toBe(429)
    expect(perMinute.headers.get('x-ratelimit-period-in-sec')).toBe('60')
    expect(og.state.alerts).toHaveLength(5)
  })

  it('plays a scripted rate-limit fault as a THROTTLED 429', async () => {
    const og = await opsgenie()
    og.fault({ kind: 'rate-limit', retryAfter: 1 })
    const answer = await send(og.alertsUrl(), {
      headers: { authorization: og.authorization() },
      body: { message: 'm' }
    })
    expect(answer.status).toBe(429)
    expect(answer.headers.get('x-ratelimit-state')).toBe('THROTTLED')
    expect(og.state.requests).toEqual([])
  })
})

describe('incident.io HTTP alert source stand-in', () => {
  const event = (status: string, key = 'problem-1', extra: Record<string, unknown> = {}) => ({
    title: 'Run failed: nightly_etl',
    status,
    deduplication_key: key,
    description: 'The run failed.',
    source_url: 'https://dagster.example/runs/1',
    metadata: { job: 'nightly_etl' },
    ...extra
  })

  it('firing → firing → resolved: one alert per source and deduplication_key, updated, then resolved; 202 as incident.io writes it', async () => {
    const io = await incidentIo()
    const auth = { authorization: io.authorization() }
    const first = await send(io.eventUrl(), { headers: auth, body: event('firing') })
    expect(first.status).toBe(202)
    expect(first.json).toEqual({
      deduplication_key: 'problem-1',
      message: 'Event accepted for processing',
      status: 'success'
    })
    await send(io.eventUrl(), { headers: auth, body: event('firing', 'problem-1', { title: 'Still failing' }) })
    expect(io.state.alerts).toHaveLength(1)
    expect(io.state.alerts[0]).toMatchObject({ status: 'firing', events: 2, title: 'Still failing' })
    await send(io.eventUrl(), { headers: auth, body: event('resolved') })
    expect(io.state.alerts[0]).toMatchObject({ status: 'resolved', resolvedAt: expect.any(String) })
    // A resolved event with no firing alert is accepted and ignored; firing again opens a new alert.
    expect((await send(io.eventUrl(), { headers: auth, body: event('resolved') })).status).toBe(202)
    await send(io.eventUrl(), { headers: auth, body: event('firing') })
    expect(io.state.alerts.map(alert => alert.status)).toEqual(['resolved', 'firing'])
    expect(io.state.events.map(entry => entry.outcome)).toEqual(['opened', 'updated', 'resolved', 'ignored', 'opened'])
  })

  it('alerts are kept per source: the same key on two sources is two alerts; the token may come as ?token=', async () => {
    const io = await incidentIo({ sources: [{}, {}] })
    const [one, two] = io.state.sources
    await send(io.eventUrl(one.id), { headers: { authorization: io.authorization(one.id) }, body: event('firing') })
    expect((await send(`${io.eventUrl(two.id)}?token=${two.token}`, { body: event('firing') })).status).toBe(202)
    expect(io.state.alerts.map(alert => alert.sourceId)).toEqual([one.id, two.id])
  })

  it('401 without a token or with a wrong one, 404 for an unknown source, in incident.io’s error envelope', async () => {
    const io = await incidentIo()
    const missing = await send(io.eventUrl(), { body: event('firing') })
    expect(missing.status).toBe(401)
    expect(missing.json).toEqual({
      type: 'authentication_error',
      status: 401,
      request_id: expect.any(String),
      errors: [{ code: 'missing_authorization_material', message: 'No authorization material provided in request' }]
    })
    const wrong = await send(io.eventUrl(), { headers: { authorization: 'Bearer nope' }, body: event('firing') })
    expect(wrong.status).toBe(401)
    expect(wrong.json).toMatchObject({
      type: 'authentication_error',
      errors: [{ code: 'invalid_authorization_material' }]
    })
    const unknown = await send(io.eventUrl(newIncidentIoId()), {
      headers: { authorization: io.authorization() },
      body: event('firing')
    })
    expect(unknown.status).toBe(404)
    expect(unknown.json).toMatchObject({ type: 'not_found', status: 404, errors: [{ code: 'not_found' }] })
    expect(io.state.alerts).toEqual([])
  })

  it('422 validation_error naming each field; 400 for a body that is not JSON; a source that does not require the key generates one', async () => {
    const io = await incidentIo({ sources: [{}, { deduplicationKeyRequired: false }] })
    const auth = { authorization: io.authorization() }
    const invalid = await send(io.eventUrl(), { headers: auth, body: { description: 'd', metadata: 'not an object' } })
    expect(invalid.status).toBe(422)
    expect(invalid.json).toMatchObject({ type: 'validation_error', status: 422, request_id: expect.any(String) })
    const fields = (invalid.json as { errors: { code: string; source: { field: string } }[] }).errors.map(error => [
      error.source.field,
      error.code
    ])
    expect(fields).toEqual([
      ['title', 'is_required'],
      ['status', 'is_required'],
      ['deduplication_key', 'is_required'],
      ['metadata', 'invalid_value']
    ])
    const badStatus = await send(io.eventUrl(), { headers: auth, body: event('open') })
    expect(badStatus.json).toMatchObject({ errors: [{ code: 'invalid_value', source: { field: 'status' } }] })
    const notJson = await send(io.eventUrl(), { headers: auth, body: 'title=x' })
    expect(notJson.status).toBe(400)
    expect(notJson.json).toMatchObject({ type: 'bad_request', status: 400 })

    const lenient = io.state.sources[1]
    const { deduplication_key: _omitted, ...withoutKey } = event('firing')
    const generated = await send(io.eventUrl(lenient.id), {
      headers: { authorization: io.authorization(lenient.id) },
      body: withoutKey
    })
    expect(generated.status).toBe(202)
    expect((generated.json as { deduplication_key: string }).deduplication_key).toMatch(/^[0-9a-f-]{36}$/)
    expect(io.state.alerts).toHaveLength(1)
  })

  it('1200 requests per token in any minute, then 429 too_many_requests', async () => {
    const io = await incidentIo({ timeScale: 0.1 }) // a 6 s window
    const auth = { authorization: io.authorization() }
    for (let batch = 0; batch < 12; batch++) {
      const answers = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          send(io.eventUrl(), { headers: auth, body: event('firing', `k${batch}-${i}`) })
        )
      )
      expect(answers.every(answer => answer.status === 202)).toBe(true)
    }
    const limited = await send(io.eventUrl(), { headers: auth, body: event('firing', 'over') })
    expect(limited.status).toBe(429)
    expect(limited.json).toMatchObject({
      type: 'too_many_requests',
      status: 429,
      errors: [{ code: 'too_many_requests' }]
    })
    expect(io.state.alerts).toHaveLength(1200)
    expect((await send(io.eventUrl(), { headers: auth, body: event('resolved', 'k0-0') })).status).toBe(429)
  })

  it('plays a scripted rate-limit fault with a Retry-After', async () => {
    const io = await incidentIo()
    io.fault({ kind: 'rate-limit', retryAfter: 3 })
    const answer = await send(io.eventUrl(), { headers: { authorization: io.authorization() }, body: event('firing') })
    expect(answer.status).toBe(429)
    expect(answer.headers.get('retry-after')).toBe('3')
    expect(io.state.alerts).toEqual([])
  })
})
