import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/errors.js'
import type { HttpRequest } from '../../../src/http.js'
import { opsgenie } from '../../../src/platforms/opsgenie/index.js'
import { API_KEY, context, reply, RESOLVE, TRIGGER } from './helpers.js'

describe('opsgenie.request', () => {
  it('creates at /v2/alerts and closes by alias, with the GenieKey from token', () => {
    expect(opsgenie.request({}, context().ctx)).toMatchObject({
      method: 'POST',
      url: 'https://api.opsgenie.com/v2/alerts',
      headers: { authorization: `GenieKey ${API_KEY}` }
    })
    expect(opsgenie.request({}, context(RESOLVE).ctx).url).toBe(
      `https://api.opsgenie.com/v2/alerts/${RESOLVE.key}/close?identifierType=alias`
    )
  })

  it('takes an Authorization header from headers instead, and refuses to send with neither', () => {
    const own = context(TRIGGER, '', { authorization: 'GenieKey mine' }).ctx
    expect(opsgenie.request({}, own).headers.authorization).toBe('GenieKey mine')
    expect(() => opsgenie.request({}, context(TRIGGER, '').ctx)).toThrow(InputError)
  })
})

describe('opsgenie.parse', () => {
  it('reads 202 as sent or resolved, the alias as id', () => {
    const accepted = reply(202, { result: 'Request will be processed', requestId: 'r-1', took: 0.002 })
    expect(opsgenie.parse(accepted, context().ctx)).toEqual({ ok: true, status: 'sent', id: TRIGGER.key, url: '' })
    expect(opsgenie.parse(accepted, context(RESOLVE).ctx)).toMatchObject({ status: 'resolved' })
  })

  it('asks again for a request not processed yet, and waits out a 429 for its window', () => {
    const notYet = reply(
      404,
      { message: 'Request not found. It might not be processed, yet.' },
      { 'x-opsgenie-errortype': 'RequestNotProcessed' }
    )
    expect(opsgenie.parse(notYet, context().ctx)).toMatchObject({ ok: false, retry: true })
    const limited = reply(429, { message: 'You are making too many requests!' }, { 'x-ratelimit-period-in-sec': '60' })
    expect(opsgenie.parse(limited, context().ctx)).toMatchObject({ ok: false, retryAfterSeconds: 60 })
  })

  it('reports field errors in Opsgenie’s words', () => {
    const invalid = reply(422, {
      message: 'Request body is not processable. Please check the errors.',
      errors: { message: 'Message can not be empty.' }
    })
    expect(opsgenie.parse(invalid, context().ctx)).toEqual({
      ok: false,
      message: 'Request body is not processable. Please check the errors. message: Message can not be empty.'
    })
  })
})

describe('opsgenie.complete', () => {
  const accepted = reply(202, { result: 'Request will be processed', requestId: 'r-1' })

  async function completed(statusBody: unknown, problem = TRIGGER) {
    const { ctx, warnings } = context(problem)
    opsgenie.parse(accepted, ctx)
    const asked: HttpRequest[] = []
    const result = await opsgenie.complete!({ status: 'sent', id: TRIGGER.key, url: '' }, ctx, async request => {
      asked.push(request)
      return reply(200, statusBody)
    })
    return { result, warnings, asked }
  }

  it('follows the request id and is quiet when Opsgenie processed it', async () => {
    const { result, warnings, asked } = await completed({ data: { isSuccess: true, status: 'Created alert' } })
    expect(asked).toMatchObject([{ method: 'GET', url: 'https://api.opsgenie.com/v2/alerts/requests/r-1' }])
    expect(result.status).toBe('sent')
    expect(warnings).toEqual([])
  })

  it('fails with Opsgenie’s status when it refused to create the alert: nothing was opened', async () => {
    await expect(completed({ data: { isSuccess: false, status: 'Integration is disabled' } })).rejects.toThrow(
      /did not create the alert: "Integration is disabled"\. .*re-run the failed workflow run/
    )
  })

  it('warns with Opsgenie’s status when a close found no open alert', async () => {
    const { warnings } = await completed({ data: { isSuccess: false, status: 'Alert does not exist' } }, RESOLVE)
    expect(warnings[0].message).toContain('did not close an alert: "Alert does not exist"')
  })
})
