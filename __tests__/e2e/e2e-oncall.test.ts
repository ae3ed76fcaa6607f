// End to end: the committed bundle pages through the on-call stand-ins. Each service keeps one incident per key:
// a failure opens the problem's incident, a repeat folds into it, a recovery resolves it; a sample alert has a key
// of its own; the credential never shows.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction } from '../../scripts/action-runner.js'
import {
  newRoutingKey,
  startIncidentIo,
  startOpsgenie,
  startPagerDuty,
  type IncidentIoStandIn,
  type OpsgenieStandIn,
  type PagerDutyStandIn
} from '../stand-ins/index.js'
import {
  dispatchEvent,
  expectDelivered,
  ownProblem,
  requestsFromNow,
  SAMPLE_ALERT,
  theError,
  visibleExceptMasks,
  type Alert
} from './fixtures.js'

const ROUTING_KEY = newRoutingKey()
let pagerduty: PagerDutyStandIn
let incidentio: IncidentIoStandIn
let opsgenie: OpsgenieStandIn
const ACCOUNT_KEY = '5d1c9a2e-0f3b-4c7d-8e6a-1b2c3d4e5f60'

beforeAll(async () => {
  ;[pagerduty, incidentio, opsgenie] = await Promise.all([
    startPagerDuty({ routingKeys: [ROUTING_KEY] }),
    startIncidentIo(),
    startOpsgenie({ accountKeys: [ACCOUNT_KEY] })
  ])
})

afterAll(async () => {
  await Promise.all([pagerduty.close(), incidentio.close(), opsgenie.close()])
})

function recoveryOf(alert: Alert): Alert {
  return { ...alert, run_status: 'SUCCESS', alert_summary: 'Job daily_etl succeeded', failure_message: '' }
}

function pagerdutyInputs(extra: Record<string, string> = {}) {
  return { platform: 'pagerduty', url: pagerduty.enqueueUrl(), token: ROUTING_KEY, ...extra }
}

describe('PagerDuty, end to end', () => {
  it('failure, repeat and recovery leave one incident of the problem, resolved; the key never shows', async () => {
    const failure = ownProblem()
    const sent = requestsFromNow(pagerduty)
    const first = await runAction({ inputs: pagerdutyInputs(), event: dispatchEvent(failure) })
    const [trigger] = sent()
    expectDelivered(first, { ...trigger, json: { ...(trigger.json as object), routing_key: '***' } }, 'sent')
    const dedupKey = first.outputs.id
    expect(dedupKey).toMatch(/^dagster-fp-[0-9a-f]{16}$/)
    expect(first.outputs.url).toBe('')
    expect(trigger.json).toMatchObject({
      routing_key: ROUTING_KEY,
      event_action: 'trigger',
      dedup_key: dedupKey,
      payload: { severity: 'critical', source: 'prod', summary: 'FAILURE: Job daily_etl failed' },
      links: [
        { text: 'Dagster+ run', href: SAMPLE_ALERT.run_link },
        { text: 'GitHub run', href: 'https://github.com/acme/data-platform/actions/runs/4242' }
      ]
    })

    // repeat and resolve as written for trackers mean the same here: no chat message flow, no warning about one
    const repeat = await runAction({
      inputs: pagerdutyInputs({ repeat: 'comment', resolve: 'close' }),
      event: dispatchEvent(failure)
    })
    expect(repeat.outputs).toMatchObject({ status: 'sent', id: dedupKey })
    expect(repeat.stdout).not.toContain('::warning')
    const recovery = await runAction({ inputs: pagerdutyInputs(), event: dispatchEvent(recoveryOf(failure)) })
    expect(recovery.code).toBe(0)
    expect(recovery.outputs).toMatchObject({ status: 'resolved', id: dedupKey, url: '' })
    expect(JSON.parse(recovery.outputs.payload)).toEqual({
      routing_key: '***',
      event_action: 'resolve',
      dedup_key: dedupKey
    })

    const incidents = pagerduty.state.incidents.filter(incident => incident.dedupKey === dedupKey)
    expect(incidents).toHaveLength(1)
    expect(incidents[0]).toMatchObject({ status: 'resolved', triggers: 2 })
    for (const run of [first, repeat, recovery]) expect(visibleExceptMasks(run)).not.toContain(ROUTING_KEY)
  })

  it('a sample alert opens an incident of its own and never resolves the real one', async () => {
    const failure = ownProblem()
    const opened = await runAction({ inputs: pagerdutyInputs(), event: dispatchEvent(failure) })
    const sample = await runAction({
      inputs: pagerdutyInputs(),
      event: dispatchEvent({ ...recoveryOf(failure), is_sample: 'true' })
    })
    expect(sample.outputs.status).toBe('sent')
    expect(sample.outputs.id).toMatch(/^dagster-test-/)
    const real = pagerduty.state.incidents.filter(incident => incident.dedupKey === opened.outputs.id)
    expect(real).toMatchObject([{ status: 'triggered', triggers: 1 }])
  })

  it('resolve: ignore sends nothing for a recovery and leaves the incident open', async () => {
    const failure = ownProblem()
    const opened = await runAction({ inputs: pagerdutyInputs(), event: dispatchEvent(failure) })
    const sent = requestsFromNow(pagerduty)
    const recovery = await runAction({
      inputs: pagerdutyInputs({ resolve: 'ignore' }),
      event: dispatchEvent(recoveryOf(failure))
    })
    expect(recovery.code).toBe(0)
    expect(recovery.outputs.status).toBe('skipped')
    expect(recovery.summary).toContain('resolve input is ignore')
    expect(sent()).toEqual([])
    expect(pagerduty.state.incidents.find(incident => incident.dedupKey === opened.outputs.id)?.status).toBe(
      'triggered'
    )
  })

  it('a wrong integration key fails with PagerDuty’s own text and what to do, without showing the key', async () => {
    const wrongKey = newRoutingKey()
    const result = await runAction({ inputs: pagerdutyInputs({ token: wrongKey }), event: dispatchEvent() })
    expect(result.code).toBe(1)
    const error = theError(result)
    expect(error).toContain('Invalid routing key')
    expect(error).toContain('integration key of an Events API v2 integration')
    expect(visibleExceptMasks(result)).not.toContain(wrongKey)
  })

  it('without a token it stops before sending and says which input to set', async () => {
    const sent = requestsFromNow(pagerduty)
    const result = await runAction({ inputs: pagerdutyInputs({ token: '' }), event: dispatchEvent() })
    expect(result.code).toBe(1)
    expect(sent()).toEqual([])
    expect(theError(result)).toMatch(/Input 'token'.*integration key/)
  })
})

function incidentioInputs(extra: Record<string, string> = {}) {
  const { token } = incidentio.state.sources[0]
  return { platform: 'incidentio', url: incidentio.eventUrl(), token, ...extra }
}

describe('incident.io, end to end', () => {
  it('failure, repeat and recovery leave one alert of the problem, resolved; the token never shows', async () => {
    const { token } = incidentio.state.sources[0]
    const failure = ownProblem()
    const sent = requestsFromNow(incidentio)
    const first = await runAction({ inputs: incidentioInputs(), event: dispatchEvent(failure) })
    const [firing] = sent()
    expectDelivered(first, firing, 'sent')
    const key = first.outputs.id
    expect(key).toMatch(/^dagster-fp-[0-9a-f]{16}$/)
    expect(firing.headers.authorization).toBe(`Bearer ${token}`)
    expect(firing.json).toMatchObject({
      title: 'FAILURE: Job daily_etl failed',
      status: 'firing',
      deduplication_key: key,
      source_url: SAMPLE_ALERT.run_link,
      metadata: { severity: 'critical', job: 'daily_etl' }
    })

    const repeat = await runAction({ inputs: incidentioInputs(), event: dispatchEvent(failure) })
    expect(repeat.outputs).toMatchObject({ status: 'sent', id: key })
    const recovery = await runAction({ inputs: incidentioInputs(), event: dispatchEvent(recoveryOf(failure)) })
    expect(recovery.outputs).toMatchObject({ status: 'resolved', id: key, url: '' })

    const alerts = incidentio.state.alerts.filter(alert => alert.deduplicationKey === key)
    expect(alerts).toMatchObject([{ status: 'resolved', events: 3 }])
    for (const run of [first, repeat, recovery]) expect(visibleExceptMasks(run)).not.toContain(token)
  })

  it('a sample alert fires an alert of its own and never resolves the real one', async () => {
    const failure = ownProblem()
    const opened = await runAction({ inputs: incidentioInputs(), event: dispatchEvent(failure) })
    const sample = await runAction({
      inputs: incidentioInputs(),
      event: dispatchEvent({ ...recoveryOf(failure), is_sample: 'true' })
    })
    expect(sample.outputs.id).toMatch(/^dagster-test-/)
    expect(incidentio.state.alerts.find(alert => alert.deduplicationKey === opened.outputs.id)?.status).toBe('firing')
  })

  it('a wrong token fails with incident.io’s own text and what to do, without showing it', async () => {
    const wrong = 'not-the-source-token-0123456789'
    const result = await runAction({ inputs: incidentioInputs({ token: wrong }), event: dispatchEvent() })
    expect(result.code).toBe(1)
    const error = theError(result)
    expect(error).toContain('The provided token is not valid for this alert source')
    expect(error).toContain("HTTP alert source's token")
    expect(visibleExceptMasks(result)).not.toContain(wrong)
  })

  it('a wrong alert source id fails with incident.io’s own text and which url to use', async () => {
    const result = await runAction({
      inputs: incidentioInputs({ url: incidentio.eventUrl('01NOSUCHSOURCE0000000000000') }),
      event: dispatchEvent()
    })
    expect(result.code).toBe(1)
    expect(theError(result)).toMatch(/No alert source config found with ID .*Set url to the HTTP alert source's URL/)
  })
})

function opsgenieInputs(extra: Record<string, string> = {}) {
  return { platform: 'opsgenie', url: opsgenie.alertsUrl(), token: opsgenie.state.apiKeys[0], ...extra }
}

describe('Opsgenie, end to end', () => {
  it('failure, repeat and recovery leave one alert of the problem, closed by alias; the key never shows', async () => {
    const key = opsgenie.state.apiKeys[0]
    const failure = ownProblem()
    const sent = requestsFromNow(opsgenie)
    const first = await runAction({ inputs: opsgenieInputs(), event: dispatchEvent(failure) })
    const [create, status] = sent()
    expectDelivered(first, create, 'sent')
    const alias = first.outputs.id
    expect(alias).toMatch(/^dagster-fp-[0-9a-f]{16}$/)
    expect(create.headers.authorization).toBe(`GenieKey ${key}`)
    expect(create.json).toMatchObject({
      alias,
      message: 'FAILURE: Job daily_etl failed',
      priority: 'P1',
      source: 'prod',
      entity: 'daily_etl',
      tags: ['dagster'],
      details: { job: 'daily_etl', dagster_url: SAMPLE_ALERT.run_link }
    })
    expect(status).toMatchObject({ method: 'GET', path: expect.stringMatching(/^\/v2\/alerts\/requests\//) })

    const repeat = await runAction({ inputs: opsgenieInputs(), event: dispatchEvent(failure) })
    expect(repeat.outputs).toMatchObject({ status: 'sent', id: alias })
    const closing = requestsFromNow(opsgenie)
    const recovery = await runAction({ inputs: opsgenieInputs(), event: dispatchEvent(recoveryOf(failure)) })
    expect(recovery.code).toBe(0)
    expect(recovery.outputs).toMatchObject({ status: 'resolved', id: alias, url: '' })
    expect(closing()[0]).toMatchObject({
      method: 'POST',
      path: `/v2/alerts/${alias}/close`,
      query: { identifierType: 'alias' }
    })

    const alerts = opsgenie.state.alerts.filter(alert => alert.alias === alias)
    expect(alerts).toMatchObject([{ status: 'closed', count: 2 }])
    for (const run of [first, repeat, recovery]) {
      expect(visibleExceptMasks(run)).not.toContain(key)
      expect(run.summary).not.toContain('only accepted')
    }
  })

  it('a create Opsgenie accepts and then refuses fails the step with its status, the key never shown', async () => {
    opsgenie.state.createFailure = 'Integration is disabled'
    try {
      const result = await runAction({ inputs: opsgenieInputs(), event: dispatchEvent(ownProblem()) })
      expect(result.code).toBe(1)
      expect(result.outputs.status).toBe('failed')
      expect(result.stdout).toMatch(/did not create the alert: "Integration is disabled"/)
      expect(result.stdout).toMatch(/re-run the failed workflow run/)
      expect(visibleExceptMasks(result)).not.toContain(opsgenie.state.apiKeys[0])
    } finally {
      opsgenie.state.createFailure = null
    }
  })

  it('follows a request Opsgenie processes later until it is done', async () => {
    opsgenie.state.processingDelayMs = 1500
    try {
      const failure = ownProblem()
      const result = await runAction({ inputs: opsgenieInputs(), event: dispatchEvent(failure) })
      expect(result.code).toBe(0)
      expect(result.stdout).not.toMatch(/accepted the request/)
      expect(opsgenie.state.alerts.find(alert => alert.alias === result.outputs.id)?.status).toBe('open')
    } finally {
      opsgenie.state.processingDelayMs = 0
    }
  })

  it('says a recovery closed nothing when no alert of the problem is open', async () => {
    const result = await runAction({ inputs: opsgenieInputs(), event: dispatchEvent(recoveryOf(ownProblem())) })
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/did not close an alert: "Alert does not exist"/)
  })

  it('a sample alert opens an alert of its own and never closes the real one', async () => {
    const failure = ownProblem()
    const opened = await runAction({ inputs: opsgenieInputs(), event: dispatchEvent(failure) })
    const sample = await runAction({
      inputs: opsgenieInputs(),
      event: dispatchEvent({ ...recoveryOf(failure), is_sample: 'true' })
    })
    expect(sample.outputs.id).toMatch(/^dagster-test-/)
    expect(opsgenie.state.alerts.find(alert => alert.alias === opened.outputs.id)?.status).toBe('open')
  })

  it('a wrong key, or an account key, fails with Opsgenie’s own text and what to do, without showing it', async () => {
    for (const [token, said] of [
      ['0b6f1e4c-9d2a-4e8b-a7c3-5f1d2e3c4b5a', 'Could not authenticate'],
      [ACCOUNT_KEY, 'To perform this action, use an API key from an API integration.']
    ]) {
      const result = await runAction({ inputs: opsgenieInputs({ token }), event: dispatchEvent() })
      expect(result.code).toBe(1)
      const error = theError(result)
      expect(error).toContain(said)
      expect(error).toContain('API key of an API integration')
      expect(visibleExceptMasks(result)).not.toContain(token)
    }
  })
})
