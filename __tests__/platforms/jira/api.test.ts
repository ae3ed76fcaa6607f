import { jira } from '../../../src/platforms/jira/index.js'
import type { HttpReply } from '../../../src/http.js'
import { platformContext } from '../../helpers/platform-context.js'
import { BASIC, caught, context, issue, SITE } from './context.js'

describe('jira.request', () => {
  it('posts JSON to the endpoint with the configured headers', () => {
    const { ctx } = context(`${SITE}/rest/api/3/issue`, {
      authorization: BASIC,
      'x-extra': '1',
      'content-type': 'text/plain'
    })
    const payload = issue({})
    expect(jira.request(payload, ctx)).toEqual({
      method: 'POST',
      url: `${SITE}/rest/api/3/issue`,
      headers: { accept: 'application/json', authorization: BASIC, 'x-extra': '1', 'content-type': 'application/json' },
      body: JSON.stringify(payload)
    })
  })

  it('refuses to send without an Authorization header', () => {
    const { ctx } = context(undefined, {})
    const error = caught(() => jira.request(issue({}), ctx))
    expect(error.input).toBe('headers')
    expect(error.message).toContain('Jira needs an Authorization header')
    expect(error.message).toContain('Authorization: Basic <base64 of email:api_token>')
  })

  it('refuses a Basic header that is not Base64 of email:token, without printing it', () => {
    for (const value of ['Basic me@example.com:tok3n', `Basic ${Buffer.from('no-colon-token').toString('base64')}`]) {
      const error = caught(() => jira.request(issue({}), context(undefined, { authorization: value }).ctx))
      expect(error.input).toBe('headers')
      expect(error.message).not.toContain('tok3n')
      expect(error.message).not.toContain(value.slice(6))
    }
  })

  it('accepts Basic credentials and other schemes', () => {
    expect(jira.request(issue({}), context().ctx).headers.authorization).toBe(BASIC)
    expect(jira.request(issue({}), context(undefined, { authorization: 'Bearer abc' }).ctx).headers.authorization).toBe(
      'Bearer abc'
    )
  })
})

describe('jira credentials from the email and token inputs', () => {
  const withSettings = (settings: { email?: string; token?: string }, headers: Record<string, string> = {}) =>
    platformContext({ target: jira.resolveTarget(`${SITE}/rest/api/2/issue`, undefined), headers, settings }).ctx

  it('builds the Basic header from the account email and API token, for the create and every follow-up', () => {
    const ctx = withSettings({ email: 'me@example.com', token: 'api-token-123' })
    expect(jira.request(issue({}), ctx).headers.authorization).toBe(BASIC)
  })

  it('refuses email without an Atlassian token: unset, or the workflow GitHub token the input defaults to', () => {
    for (const token of ['', 'ghs_16C7e42F292c6912E7710c838347Ae178B4a', 'github_pat_11ABC']) {
      const error = caught(() => jira.request(issue({}), withSettings({ email: 'me@example.com', token })))
      expect(error.input).toBe('token')
      expect(error.message).toMatch(
        /is not set to an Atlassian API token.*Set token: \$\{\{ secrets.JIRA_API_TOKEN \}\}/
      )
      if (token) expect(error.message).not.toContain(token)
    }
  })

  it('refuses an Atlassian token without email, and email together with an Authorization header', () => {
    const noEmail = caught(() => jira.request(issue({}), withSettings({ token: 'ATATT3xFfGF0secret' })))
    expect(noEmail.input).toBe('email')
    expect(noEmail.message).toMatch(/is not set: an Atlassian API token in token is used with the account email/)
    expect(noEmail.message).not.toContain('ATATT3xFfGF0secret')
    const both = caught(() =>
      jira.request(
        issue({}),
        withSettings({ email: 'me@example.com', token: 'api-token-123' }, { authorization: BASIC })
      )
    )
    expect(both.input).toBe('email')
    expect(both.message).toMatch(/headers carries an Authorization header too. Keep one/)
    expect(
      caught(() => jira.request(issue({}), withSettings({ email: 'me', token: 'api-token-123' }))).message
    ).toMatch(/Input 'email': is not an email address/)
  })

  it('ignores the default GitHub token when the Authorization header carries the credentials', () => {
    const ctx = withSettings({ token: 'ghs_16C7e42F292c6912E7710c838347Ae178B4a' }, { authorization: BASIC })
    expect(jira.request(issue({}), ctx).headers.authorization).toBe(BASIC)
  })

  it('explains a 401 in terms of the inputs used', () => {
    const reply: HttpReply = {
      status: 401,
      headers: {},
      body: JSON.stringify({ errorMessages: ['You are not authenticated.'] })
    }
    const verdict = jira.parse(reply, withSettings({ email: 'me@example.com', token: 'api-token-123' }))
    expect(!verdict.ok && verdict.message).toBe(
      "You are not authenticated. Check the credentials: email must be the Atlassian account's email and token an API token of that account (not its password)"
    )
  })
})

describe('jira.parse', () => {
  const reply = (status: number, body: unknown, headers: Record<string, string> = {}): HttpReply => ({
    status,
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  })

  it('reads 201 into the browse URL of the configured site, not the reply self', () => {
    const { ctx } = context('https://jira.example.com/jira/rest/api/2/issue')
    const verdict = jira.parse(
      reply(201, { id: '10001', key: 'ENG-7', self: 'https://internal:8080/rest/api/2/issue/10001' }),
      ctx
    )
    expect(verdict).toEqual({
      ok: true,
      id: 'ENG-7',
      url: 'https://jira.example.com/jira/browse/ENG-7',
      status: 'created'
    })
  })

  it('does not report success for a 2xx without an issue key', () => {
    const verdict = jira.parse(reply(200, '<html>login</html>'), context().ctx)
    expect(verdict).toEqual({ ok: false, message: 'Jira answered HTTP 200 without an issue key: login' })
  })

  it('lists every error message and field error', () => {
    const body = {
      errorMessages: ['Something is off.'],
      errors: { summary: 'You must specify a summary of the issue.', project: 'valid project is required' }
    }
    expect(jira.parse(reply(400, body), context().ctx)).toEqual({
      ok: false,
      message:
        'Something is off.; summary: You must specify a summary of the issue.; project: valid project is required. ' +
        'The template sets fields.project itself (vars: project is not given): use the key of a project this account ' +
        `can see on ${SITE} (shown in the project's settings and in its issue keys)`
    })
  })

  it('explains a 401 with Basic credentials', () => {
    const verdict = jira.parse(reply(401, { errorMessages: ['You are not authenticated.'], errors: {} }), context().ctx)
    expect(verdict.ok).toBe(false)
    expect(!verdict.ok && verdict.message).toBe(
      'You are not authenticated. Check the credentials. Set email to the Atlassian account email and token to its API token (from a secret), or set headers to `Authorization: Basic <base64 of email:api_token>` from a secret (an Atlassian API token, not the account password)'
    )
  })

  it('explains that Bearer is not accepted for API tokens, reading a gateway message', () => {
    const { ctx } = context(undefined, { authorization: 'Bearer abc' })
    const verdict = jira.parse(
      reply(401, { code: 401, message: 'Client must be authenticated to access this resource.' }),
      ctx
    )
    expect(!verdict.ok && verdict.message).toBe(
      'Client must be authenticated to access this resource. The Authorization header is Bearer, which Jira Cloud API tokens do not accept. Set email to the Atlassian account email and token to its API token (from a secret), or set headers to `Authorization: Basic <base64 of email:api_token>` from a secret'
    )
  })

  it('explains a 403 as permission, or as a CAPTCHA when Jira says so', () => {
    const plain = jira.parse(reply(403, { errorMessages: ['No permission'] }), context().ctx)
    expect(!plain.ok && plain.message).toContain('may lack the Create Issues permission')
    const captcha = jira.parse(
      reply(403, '', { 'x-seraph-loginreason': 'AUTHENTICATED_FAILED,AUTHENTICATION_DENIED' }),
      context().ctx
    )
    expect(!captcha.ok && captcha.message).toBe(
      'Jira wants a CAPTCHA after failed logins: sign in once in a browser as that account, then retry'
    )
  })

  it('names the project sent and vars: project when Jira refuses the project', () => {
    const refused = reply(400, { errorMessages: [], errors: { project: 'Specify a valid project ID or key' } })
    const withVars = platformContext({ target: context().ctx.target, vars: { project: 'DTA' } })
    const verdict = jira.parse(refused, withVars.ctx)
    expect(!verdict.ok && verdict.message).toBe(
      'project: Specify a valid project ID or key. The project sent was "DTA" (vars: project): use the key of a ' +
        `project this account can see on ${SITE} (shown in the project's settings and in its issue keys)`
    )
    const fromTemplate = jira.parse(refused, context().ctx)
    expect(!fromTemplate.ok && fromTemplate.message).toContain('The template sets fields.project itself')
  })

  it('explains a 404 with the site and endpoint', () => {
    const verdict = jira.parse(reply(404, { errorMessages: ['Not found'] }), context().ctx)
    expect(!verdict.ok && verdict.message).toBe(
      `Not found. Check url (site ${SITE}, endpoint /rest/api/2/issue) and that the project exists and the account can see it`
    )
  })

  it('turns an HTML error page into its first KiB of text', () => {
    const page = `<html><head><style>p{color:red}</style><script>var a = 1 < 2</script><title>Oops</title></head>
      <body><h1>Internal&nbsp;error</h1><p>Something &amp; broke</p><p>${'z'.repeat(3000)}</p></body></html>`
    const verdict = jira.parse(reply(500, page, { 'content-type': 'text/html' }), context().ctx)
    expect(verdict.ok).toBe(false)
    const message = !verdict.ok ? verdict.message : ''
    expect(message.startsWith('Oops Internal error Something & broke zzz')).toBe(true)
    expect(message).not.toMatch(/[<>]|color|var a/)
    expect(message.endsWith('z…')).toBe(true)
    expect(message.length).toBeLessThanOrEqual(''.length + 1024)
  })

  it('reads a hostile error page of unclosed tags in linear time', () => {
    for (const page of ['<'.repeat(65_536), '<script>'.repeat(8_192), `<style>${'<a>'.repeat(20_000)}`]) {
      const started = performance.now()
      const verdict = jira.parse(reply(500, page, { 'content-type': 'text/html' }), context().ctx)
      expect(verdict.ok).toBe(false)
      expect(performance.now() - started).toBeLessThan(200)
    }
  })

  it('keeps an unclosed < as text and drops script and style bodies', () => {
    const verdict = jira.parse(reply(502, '<p>a</p><SCRIPT>x()</SCRIPT>done 1 <', {}), context().ctx)
    expect(!verdict.ok && verdict.message).toBe('a done 1 <')
  })
})
