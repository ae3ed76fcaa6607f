import { describe, expect, it } from '@jest/globals'
import { ACTION_ROOT } from '../../../src/action-root.js'
import { deriveValues } from '../../../src/event/derive.js'
import { normaliseAlert } from '../../../src/event/normalise.js'
import { templateScope } from '../../../src/event/scope.js'
import { hostileAlert } from '../../../src/event/tokens.js'
import { teams } from '../../../src/platforms/teams/index.js'
import type { HttpReply, HttpRequest } from '../../../src/http.js'
import { compileTemplate } from '../../../src/template/compile.js'
import { loadTemplate } from '../../../src/template/load.js'
import { platformContext } from '../../helpers/platform-context.js'
import { startTeams } from '../../stand-ins/index.js'
import { context, LOGIC_APPS_URL, message, reply } from './helpers.js'

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
    expect(
      parsed(401, error('DirectApiInvalidAuthorizationSignature', 'The provided authorization signature is not valid.'))
    ).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^The provided authorization signature is not valid\. \(DirectApiInvalidAuthorizationSignature\)\. The URL's signature \(sig\) is wrong or the workflow is turned off: set the url input to/
      )
    })
    expect(parsed(404, error('WorkflowNotFound', "The workflow 'x' could not be found."))).toMatchObject({
      message: expect.stringContaining(
        'could not be found. (WorkflowNotFound). The workflow was deleted or the URL is incomplete: set the url input'
      )
    })
    expect(parsed(413, 'Request Entity Too Large')).toEqual({
      ok: false,
      message:
        "Request Entity Too Large. The message is larger than Teams accepts (28 KB): shorten the template's texts"
    })
    expect(parsed(400, 'Bad Request: the Adaptive Card cannot be posted.')).toEqual({
      ok: false,
      message: 'Bad Request: the Adaptive Card cannot be posted.'
    })
    expect(parsed(429, error('WorkflowRequestsThrottled', 'Too many'))).toEqual({
      ok: false,
      message: 'Too many (WorkflowRequestsThrottled)'
    })
    expect(parsed(502, '')).toEqual({ ok: false, message: '(empty reply)' })
    expect(parsed(500, 'e'.repeat(2000))).toEqual({ ok: false, message: `${'e'.repeat(1023)}…` })
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
      const payload = compileTemplate(loadTemplate('teams', ACTION_ROOT)).render(
        templateScope(alert, deriveValues(alert, {}), {})
      ).value
      for (const form of ['logic-apps', 'power-platform'] as const) {
        const { ctx } = platformContext({ target: teams.resolveTarget(stand.workflowUrl(form), undefined) })
        const fittedPayload = teams.fit(payload, ctx)
        expect(teams.validate(fittedPayload, ctx)).toEqual([])
        expect(teams.parse(await send(teams.request(fittedPayload, ctx)), ctx)).toEqual({
          ok: true,
          status: 'sent',
          id: '',
          url: ''
        })
        expect(stand.state.messages.at(-1)?.payload).toEqual(fittedPayload)
      }

      const wrongSig = platformContext({
        target: teams.resolveTarget(stand.workflowUrl().replace(stand.state.sig, 'wrong'), undefined)
      }).ctx
      const refused = teams.parse(await send(teams.request(payload, wrongSig)), wrongSig)
      expect(refused).toMatchObject({
        ok: false,
        message: expect.stringContaining("(DirectApiInvalidAuthorizationSignature). The URL's signature (sig) is wrong")
      })

      const { ctx } = platformContext({ target: teams.resolveTarget(stand.workflowUrl(), undefined) })
      const huge = message([{ type: 'TextBlock', text: 'x'.repeat(30_000) }])
      expect(teams.parse(await send(teams.request(huge, ctx)), ctx)).toMatchObject({
        ok: false,
        message: expect.stringContaining('larger than Teams accepts')
      })
      const badCard = message([{ type: 'FactSet', facts: [{ title: 'a' }] }])
      expect(teams.parse(await send(teams.request(badCard, ctx)), ctx)).toEqual({
        ok: false,
        message:
          'Bad Request: the Adaptive Card cannot be posted.\nattachments[0].content.body[0].facts[0].value: required string'
      })
      expect(stand.state.messages).toHaveLength(2)
    } finally {
      await stand.close()
    }
  })
})
