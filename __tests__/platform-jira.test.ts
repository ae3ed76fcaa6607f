import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { parseAllDocuments } from 'yaml'
import { InputError } from '../src/errors.js'
import { deriveValues } from '../src/event/derive.js'
import { normaliseAlert } from '../src/event/normalise.js'
import { templateScope } from '../src/event/scope.js'
import { hostileAlert, NOTIFICATION_TYPES, sampleAlert } from '../src/event/tokens.js'
import { markdownToAdf, textNodes, type AdfDoc } from '../src/platforms/adf.js'
import { jira } from '../src/platforms/jira.js'
import type { HttpReply, Json } from '../src/platforms/types.js'
import { compileTemplate } from '../src/template/compile.js'
import { loadTemplate } from '../src/template/load.js'
import { platformContext, thrownBy } from './helpers/platform-context.js'

const SITE = 'https://acme.atlassian.net'
const BASIC = `Basic ${Buffer.from('me@example.com:api-token-123').toString('base64')}`

function context(url = `${SITE}/rest/api/2/issue`, headers: Record<string, string> = { authorization: BASIC }, template?: string) {
  return platformContext({ target: jira.resolveTarget(url, template), headers })
}
const v3 = () => context(`${SITE}/rest/api/3/issue`)

function caught(action: () => unknown): InputError {
  return thrownBy(action, InputError)
}

function issue(fields: Record<string, Json>): Json {
  return { fields: { project: { key: 'ENG' }, issuetype: { name: 'Bug' }, summary: 'Dagster: Job failed', ...fields } }
}

function fieldsOf(payload: Json): Record<string, Json> {
  return (payload as { fields: Record<string, Json> }).fields
}

const paragraph = (...texts: Json[]): Json => ({ type: 'paragraph', content: texts })
const doc = (...content: Json[]): Json => ({ type: 'doc', version: 1, content })

describe('jira.matches', () => {
  it.each([
    ['https://acme.atlassian.net', true],
    ['https://acme.jira.com/', true],
    ['https://jira.example.com/rest/api/3/issue', true],
    ['https://jira.example.com/jira/rest/api/2/issue/', true],
    ['https://discord.com/api/webhooks/1/x', false],
    ['https://api.linear.app/graphql', false]
  ])('%s → %s', (url, expected) => {
    expect(jira.matches(new URL(url))).toBe(expected)
  })
})

describe('jira.resolveTarget', () => {
  it('requires url and says what to set', () => {
    for (const url of [undefined, '  ']) {
      const error = caught(() => jira.resolveTarget(url, undefined))
      expect(error.input).toBe('url')
      expect(error.message).toContain('https://your-site.atlassian.net/rest/api/2/issue or the site URL')
    }
  })

  it.each([
    [`${SITE}/rest/api/2/issue`, undefined, `${SITE}/rest/api/2/issue`, 'jira-v2'],
    [`${SITE}/rest/api/3/issue`, undefined, `${SITE}/rest/api/3/issue`, 'jira-v3'],
    [`${SITE}/rest/api/3/issue/`, undefined, `${SITE}/rest/api/3/issue`, 'jira-v3'],
    [SITE, undefined, `${SITE}/rest/api/2/issue`, 'jira-v2'],
    [`${SITE}/`, undefined, `${SITE}/rest/api/2/issue`, 'jira-v2'],
    [SITE, 'jira-v3', `${SITE}/rest/api/3/issue`, 'jira-v3'],
    [SITE, '.github/dagster-templates/jira-v3-compact.yml', `${SITE}/rest/api/3/issue`, 'jira-v3'],
    [SITE, 'my-template.yml', `${SITE}/rest/api/2/issue`, 'jira-v2'],
    ['https://jira.example.com/jira/', undefined, 'https://jira.example.com/jira/rest/api/2/issue', 'jira-v2'],
    ['https://jira.example.com/jira/rest/api/3/issue', undefined, 'https://jira.example.com/jira/rest/api/3/issue', 'jira-v3'],
    [`${SITE}/rest/api/2/issue?updateHistory=true`, undefined, `${SITE}/rest/api/2/issue?updateHistory=true`, 'jira-v2'],
    ['http://127.0.0.1:8080/rest/api/2/issue', undefined, 'http://127.0.0.1:8080/rest/api/2/issue', 'jira-v2'],
    ['http://localhost:8080', undefined, 'http://localhost:8080/rest/api/2/issue', 'jira-v2']
  ])('%s with template %s → %s (%s)', (url, template, endpoint, defaultTemplate) => {
    const target = jira.resolveTarget(url, template)
    expect(target.endpoint.href).toBe(endpoint)
    expect(target.defaultTemplate).toBe(defaultTemplate)
  })

  it('refuses the v3 template on a v2 endpoint and names both fixes', () => {
    const error = caught(() => jira.resolveTarget(`${SITE}/rest/api/2/issue`, 'jira-v3'))
    expect(error.input).toBe('template')
    expect(error.message).toContain('/rest/api/2/issue')
    expect(error.message).toContain(`set url to ${SITE}/rest/api/3/issue`)
    expect(error.message).toContain('set template to jira-v2')
  })

  it.each(['jira-v2', '.github/dagster-templates/jira-v2-incidents.yml'])('refuses the v2 template %s on a v3 endpoint and names both fixes', template => {
    const error = caught(() => jira.resolveTarget(`${SITE}/rest/api/3/issue`, template))
    expect(error.input).toBe('template')
    expect(error.message).toContain('{noformat}')
    expect(error.message).toContain(`set url to ${SITE}/rest/api/2/issue`)
    expect(error.message).toContain('set template to jira-v3')
  })

  it.each([
    ['not a url', 'is not a valid URL'],
    ['http://acme.atlassian.net/rest/api/2/issue', 'must use https'],
    [`${SITE}/rest/api/2/issue/ENG-1`, 'is not the issue endpoint'],
    [`${SITE}/rest/api/latest/issue`, 'is not the issue endpoint']
  ])('rejects %s', (url, problem) => {
    const error = caught(() => jira.resolveTarget(url, undefined))
    expect(error.input).toBe('url')
    expect(error.message).toContain(problem)
  })

  it('refuses credentials in the URL without repeating them', () => {
    const error = caught(() => jira.resolveTarget('https://me:s3cret@acme.atlassian.net', undefined))
    expect(error.message).toContain('must not contain credentials')
    expect(error.message).not.toContain('s3cret')
  })
})

describe('jira.fit', () => {
  it('makes the summary one line and warns', () => {
    const { ctx, warnings } = context()
    const fitted = jira.fit(issue({ summary: ' Job failed:\n\tstep  load \r\n' }), ctx)
    expect(fieldsOf(fitted).summary).toBe('Job failed: step  load')
    expect(warnings).toEqual([{ path: 'fields.summary', message: 'line breaks and tabs replaced by spaces (a Jira summary is one line)' }])
  })

  it('truncates the summary to 255 UTF-16 units', () => {
    const { ctx, warnings } = context()
    const summary = fieldsOf(jira.fit(issue({ summary: '🔥'.repeat(200) }), ctx)).summary as string
    expect(summary.length).toBeLessThanOrEqual(255)
    expect(summary.endsWith('🔥…')).toBe(true)
    expect(warnings).toEqual([{ path: 'fields.summary', message: 'truncated from 400 to 255 characters (limit 255)' }])
  })

  it.each([[''], [' \n ']])('gives an empty summary (%j) a visible placeholder', summary => {
    const { ctx, warnings } = context()
    expect(fieldsOf(jira.fit(issue({ summary }), ctx)).summary).toBe('(no summary)')
    expect(warnings.at(-1)).toEqual({ path: 'fields.summary', message: 'was empty; set to "(no summary)" because Jira requires a summary' })
  })

  it('gives a missing summary the placeholder too', () => {
    const { ctx } = context()
    const payload = { fields: { project: { key: 'ENG' }, issuetype: { name: 'Bug' } } }
    expect(fieldsOf(jira.fit(payload, ctx)).summary).toBe('(no summary)')
  })

  it('truncates a v2 description to 32767 UTF-16 units', () => {
    const { ctx, warnings } = context()
    const description = fieldsOf(jira.fit(issue({ description: 'x'.repeat(40000) }), ctx)).description as string
    expect(description.length).toBe(32767)
    expect(warnings).toEqual([{ path: 'fields.description', message: 'truncated from 40000 to 32767 characters (limit 32767)' }])
  })

  it('leaves out an empty description', () => {
    const { ctx, warnings } = context()
    expect(fieldsOf(jira.fit(issue({ description: '  ' }), ctx))).not.toHaveProperty('description')
    expect(warnings).toEqual([{ path: 'fields.description', message: 'was empty and is left out' }])
  })

  it('converts a v3 text description to ADF and warns', () => {
    const { ctx, warnings } = v3()
    const fitted = jira.fit(issue({ description: 'Run failed\n\n```\nTraceback\n```' }), ctx)
    expect(fieldsOf(fitted).description).toEqual(markdownToAdf('Run failed\n\n```\nTraceback\n```'))
    expect(warnings).toEqual([
      { path: 'fields.description', message: 'text converted to Atlassian Document Format (REST API v3 takes ADF, not plain text)' }
    ])
  })

  it('leaves a v2 ADF description for validate to report', () => {
    const { ctx } = context()
    const description = doc(paragraph({ type: 'text' }))
    expect(fieldsOf(jira.fit(issue({ description }), ctx)).description).toEqual(description)
  })

  it('drops empty text nodes and the blocks they leave empty silently, and warns about lost links', () => {
    const { ctx, warnings } = v3()
    const description = doc(
      paragraph({ type: 'text', text: 'kept' }),
      paragraph({ type: 'text', text: '', marks: [{ type: 'strong' }] }, { type: 'text' }),
      { type: 'codeBlock', content: [{ type: 'text' }] },
      paragraph({ type: 'text', text: 'View in Dagster', marks: [{ type: 'link' }] })
    )
    const fitted = fieldsOf(jira.fit(issue({ description }), ctx)).description
    expect(fitted).toEqual(doc(paragraph({ type: 'text', text: 'kept' }), paragraph({ type: 'text', text: 'View in Dagster' })))
    expect(warnings).toEqual([{ path: 'fields.description.content[3].content[0].marks[0]', message: 'link without href removed (its text stays)' }])
  })

  it('leaves out a v3 description with nothing left in it', () => {
    const { ctx, warnings } = v3()
    expect(fieldsOf(jira.fit(issue({ description: doc(paragraph({ type: 'text', text: '' })) }), ctx))).not.toHaveProperty('description')
    expect(warnings.at(-1)).toEqual({ path: 'fields.description', message: 'nothing left after removing empty parts (missing values); description left out' })
  })

  it('shortens the longest texts until the ADF text fits 32767 units', () => {
    const { ctx, warnings } = v3()
    const description = doc(
      paragraph({ type: 'text', text: 'a'.repeat(20000) }),
      { type: 'codeBlock', content: [{ type: 'text', text: 'b'.repeat(30000) }] }
    )
    const fitted = fieldsOf(jira.fit(issue({ description }), ctx)).description as unknown as AdfDoc
    const lengths = textNodes(fitted, '').map(({ node }) => (node.text ?? '').length)
    expect(lengths).toEqual([20000, 12767])
    expect(warnings).toEqual([
      { path: 'fields.description.content[1].content[0].text', message: "truncated from 30000 to 12767 characters (the description's text is limited to 32767)" }
    ])
  })

  it('keeps every text node non-empty even when many must shrink', () => {
    const { ctx } = v3()
    const description = doc(...Array.from({ length: 40 }, () => paragraph({ type: 'text', text: 'c'.repeat(1000) })))
    const fitted = fieldsOf(jira.fit(issue({ description }), ctx)).description as unknown as AdfDoc
    const lengths = textNodes(fitted, '').map(({ node }) => (node.text ?? '').length)
    expect(lengths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(32767)
    expect(Math.min(...lengths)).toBeGreaterThan(0)
  })

  it('splits a comma list of labels and replaces spaces inside a label', () => {
    const { ctx, warnings } = context()
    expect(fieldsOf(jira.fit(issue({ labels: 'dagster, data pipeline,' }), ctx)).labels).toEqual(['dagster', 'data-pipeline'])
    expect(warnings).toEqual([
      { path: 'fields.labels', message: 'text split into the list ["dagster","data pipeline"]' },
      { path: 'fields.labels[1]', message: `spaces replaced by '-' ("data-pipeline"): Jira labels cannot contain spaces` }
    ])
  })

  it('splits a label text without commas on whitespace', () => {
    const { ctx } = context()
    expect(fieldsOf(jira.fit(issue({ labels: 'dagster  prod' }), ctx)).labels).toEqual(['dagster', 'prod'])
  })

  it('drops empty and duplicate labels, turns numbers into text and truncates long ones', () => {
    const { ctx, warnings } = context()
    const labels = fieldsOf(jira.fit(issue({ labels: ['a', '', 'a', 2026, 'x'.repeat(300)] }), ctx)).labels as string[]
    expect(labels.slice(0, 2)).toEqual(['a', '2026'])
    expect(labels[2]).toHaveLength(255)
    expect(warnings).toEqual([
      { path: 'fields.labels[1]', message: 'empty label dropped' },
      { path: 'fields.labels[2]', message: 'duplicate label "a" dropped' },
      { path: 'fields.labels[4]', message: 'truncated from 300 to 255 characters (limit 255)' }
    ])
  })

  it('leaves out labels when none is left', () => {
    const { ctx, warnings } = context()
    expect(fieldsOf(jira.fit(issue({ labels: [' '] }), ctx))).not.toHaveProperty('labels')
    expect(warnings.at(-1)).toEqual({ path: 'fields.labels', message: 'no label left; labels left out' })
  })

  it.each([[{ name: '' }], [{}], [{ name: ' ', id: '' }]])('drops priority %j', priority => {
    const { ctx, warnings } = context()
    expect(fieldsOf(jira.fit(issue({ priority }), ctx))).not.toHaveProperty('priority')
    expect(warnings).toEqual([{ path: 'fields.priority', message: 'has no name or id; left out so Jira uses the default priority' }])
  })

  it('keeps a good payload as it is, silently', () => {
    const { ctx, warnings } = context()
    const payload = issue({ priority: { name: 'High' }, labels: ['dagster'], description: 'text', issuetype: { name: 'Task' } })
    expect(jira.fit(payload, ctx)).toEqual(structuredClone(payload))
    expect(warnings).toEqual([])
  })

  it('does not change its input', () => {
    const { ctx } = v3()
    const input = issue({ summary: 'a\nb', labels: 'a b', description: doc(paragraph({ type: 'text', text: '' }), paragraph({ type: 'text', text: 'x' })) })
    const original = structuredClone(input)
    jira.fit(input, ctx)
    expect(input).toEqual(original)
  })

  it('returns a payload without fields unchanged', () => {
    const { ctx } = context()
    expect(jira.fit([1], ctx)).toEqual([1])
    expect(jira.fit({ fields: 'x' }, ctx)).toEqual({ fields: 'x' })
  })
})

describe('jira.validate', () => {
  const problems = (payload: Json, ctx = context().ctx) => jira.validate(payload, ctx)

  it('accepts a complete issue', () => {
    expect(problems(issue({ description: 'd', labels: ['a'], priority: { name: 'High' } }))).toEqual([])
    expect(problems(issue({ project: { id: '10000' }, issuetype: { id: 10004 } }))).toEqual([])
    expect(problems(issue({ description: markdownToAdf('**x**') as unknown as Json }), v3().ctx)).toEqual([])
  })

  it('needs an object with fields', () => {
    expect(problems('x')).toEqual([{ path: '', message: 'must be a JSON object with "fields"' }])
    expect(problems({})).toEqual([{ path: 'fields', message: 'must be an object holding the issue fields (project, issuetype, summary, …)' }])
  })

  it('tells how to set a missing project', () => {
    const payload = { fields: { issuetype: { name: 'Bug' }, summary: 's' } }
    expect(problems(payload)).toEqual([{ path: 'fields.project', message: 'is missing: set vars: project: KEY (the Jira project key, e.g. ENG)' }])
  })

  it.each([
    [{ project: { key: '' } }, 'fields.project', 'needs a non-empty key or id: set vars: project: KEY (the Jira project key, e.g. ENG)'],
    [{ project: 'ENG' }, 'fields.project', 'must be an object like {"key": …} or {"id": …}, not a string'],
    [{ issuetype: { name: '' } }, 'fields.issuetype', 'needs a non-empty name or id: set vars: issue_type: Bug (an issue type of the project)'],
    [{ priority: 'High' }, 'fields.priority', 'must be an object like {"name": …} or {"id": …}, not a string'],
    [{ summary: 42 }, 'fields.summary', 'must be a string, not a number'],
    [{ summary: ' ' }, 'fields.summary', 'must not be empty'],
    [{ summary: 'a\nb' }, 'fields.summary', 'must be one line'],
    [{ summary: 'x'.repeat(256) }, 'fields.summary', 'is 256 characters long; Jira allows 255'],
    [{ description: doc() }, 'fields.description', 'REST API v2 takes a plain-text description; for a rich-text (ADF) description use url …/rest/api/3/issue'],
    [{ description: 'x'.repeat(32768) }, 'fields.description', 'is 32768 characters long; Jira allows 32767'],
    [{ labels: 'a' }, 'fields.labels', 'must be a list of labels, not a string'],
    [{ labels: ['a b'] }, 'fields.labels[0]', '"a b" contains spaces, which Jira labels cannot'],
    [{ labels: [1] }, 'fields.labels[0]', 'must be a string, not a number'],
    [{ labels: [''] }, 'fields.labels[0]', 'must not be empty'],
    [{ labels: ['x'.repeat(256)] }, 'fields.labels[0]', 'is 256 characters long; Jira allows 255']
  ])('reports %j', (fields, path, message) => {
    expect(problems(issue(fields as Record<string, Json>))).toEqual([{ path, message }])
  })

  it('reports a missing summary', () => {
    expect(problems({ fields: { project: { key: 'E' }, issuetype: { name: 'Bug' } } })).toEqual([
      { path: 'fields.summary', message: 'is missing: Jira requires a summary' }
    ])
  })

  it('checks a v3 description as ADF, with paths', () => {
    const { ctx } = v3()
    expect(problems(issue({ description: 'text' }), ctx)[0].path).toBe('fields.description')
    expect(problems(issue({ description: doc(paragraph({ type: 'text', text: '' })) }), ctx)).toEqual([
      { path: 'fields.description.content[0].content[0].text', message: 'must be a non-empty string (Jira rejects empty text nodes)' }
    ])
  })
})

describe('jira.request', () => {
  it('posts JSON to the endpoint with the configured headers', () => {
    const { ctx } = context(`${SITE}/rest/api/3/issue`, { authorization: BASIC, 'x-extra': '1', 'content-type': 'text/plain' })
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
    expect(jira.request(issue({}), context(undefined, { authorization: 'Bearer abc' }).ctx).headers.authorization).toBe('Bearer abc')
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
      expect(error.message).toMatch(/is not set to an Atlassian API token.*Set token: \$\{\{ secrets.JIRA_API_TOKEN \}\}/)
      if (token) expect(error.message).not.toContain(token)
    }
  })

  it('refuses an Atlassian token without email, and email together with an Authorization header', () => {
    const noEmail = caught(() => jira.request(issue({}), withSettings({ token: 'ATATT3xFfGF0secret' })))
    expect(noEmail.input).toBe('email')
    expect(noEmail.message).toMatch(/is not set: an Atlassian API token in token is used with the account email/)
    expect(noEmail.message).not.toContain('ATATT3xFfGF0secret')
    const both = caught(() => jira.request(issue({}), withSettings({ email: 'me@example.com', token: 'api-token-123' }, { authorization: BASIC })))
    expect(both.input).toBe('email')
    expect(both.message).toMatch(/headers carries an Authorization header too. Keep one/)
    expect(caught(() => jira.request(issue({}), withSettings({ email: 'me', token: 'api-token-123' }))).message).toMatch(/Input 'email': is not an email address/)
  })

  it('ignores the default GitHub token when the Authorization header carries the credentials', () => {
    const ctx = withSettings({ token: 'ghs_16C7e42F292c6912E7710c838347Ae178B4a' }, { authorization: BASIC })
    expect(jira.request(issue({}), ctx).headers.authorization).toBe(BASIC)
  })

  it('explains a 401 in terms of the inputs used', () => {
    const reply: HttpReply = { status: 401, headers: {}, body: JSON.stringify({ errorMessages: ['You are not authenticated.'] }) }
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
    const verdict = jira.parse(reply(201, { id: '10001', key: 'ENG-7', self: 'https://internal:8080/rest/api/2/issue/10001' }), ctx)
    expect(verdict).toEqual({ ok: true, id: 'ENG-7', url: 'https://jira.example.com/jira/browse/ENG-7', status: 'created' })
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
      message: 'Something is off.; summary: You must specify a summary of the issue.; project: valid project is required'
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
    const verdict = jira.parse(reply(401, { code: 401, message: 'Client must be authenticated to access this resource.' }), ctx)
    expect(!verdict.ok && verdict.message).toBe(
      'Client must be authenticated to access this resource. The Authorization header is Bearer, which Jira Cloud API tokens do not accept. Set email to the Atlassian account email and token to its API token (from a secret), or set headers to `Authorization: Basic <base64 of email:api_token>` from a secret'
    )
  })

  it('explains a 403 as permission, or as a CAPTCHA when Jira says so', () => {
    const plain = jira.parse(reply(403, { errorMessages: ['No permission'] }), context().ctx)
    expect(!plain.ok && plain.message).toContain('may lack the Create Issues permission')
    const captcha = jira.parse(reply(403, '', { 'x-seraph-loginreason': 'AUTHENTICATED_FAILED,AUTHENTICATION_DENIED' }), context().ctx)
    expect(!captcha.ok && captcha.message).toBe(
      'Jira wants a CAPTCHA after failed logins: sign in once in a browser as that account, then retry'
    )
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
})

describe('built-in Jira templates', () => {
  it.each(['jira-v2', 'jira-v3'])('%s is front matter plus a YAML body for jira', name => {
    const documents = Array.from(parseAllDocuments(readFileSync(`templates/${name}.yml`, 'utf8')))
    expect(documents).toHaveLength(2)
    for (const document of documents) expect(document.errors).toEqual([])
    expect(documents[0].toJS()).toMatchObject({ platform: 'jira' })
    expect(documents[1].toJS().fields.project).toEqual({ key: '<< vars.project >>' })
  })
})

describe('built-in Jira templates rendered for every notification type', () => {
  // The real ADF schema (draft-04; Ajv 8 reads the keywords it uses the same way, so only the meta-schema check is off).
  const adfSchema = JSON.parse(readFileSync('node_modules/@atlaskit/adf-schema/dist/json-schema/v1/full.json', 'utf8'))
  const ajv = new Ajv({ strict: false, validateSchema: false })
  ajv.addSchema(adfSchema, 'adf')
  const schemaValid = ajv.compile({ $ref: 'adf#/definitions/doc_node' })

  const templates = { 'jira-v2': compileTemplate(loadTemplate('jira-v2', process.cwd())), 'jira-v3': compileTemplate(loadTemplate('jira-v3', process.cwd())) }

  function render(name: keyof typeof templates, alertTokens: Record<string, string>, vars: Record<string, Json>) {
    const alert = normaliseAlert(alertTokens)
    const { ctx, warnings } = context(SITE, undefined, name)
    const fitted = jira.fit(templates[name].render(templateScope(alert, deriveValues(alert, {}), vars)).value, ctx)
    return { fitted, fields: fieldsOf(fitted), problems: jira.validate(fitted, ctx), warnings }
  }

  const cases = (['jira-v2', 'jira-v3'] as const).flatMap(name =>
    NOTIFICATION_TYPES.flatMap(({ type }) => [
      [name, type, 'sample', sampleAlert(type)],
      [name, type, 'hostile', hostileAlert(type)]
    ] as const)
  )

  it.each(cases)('%s for a %s %s alert fits and validates', (name, _type, _kind, alert) => {
    const { fields, problems } = render(name, alert, { project: 'ENG', labels: 'dagster, data pipeline', priority: 'High' })
    expect(problems).toEqual([])
    expect(fields.project).toEqual({ key: 'ENG' })
    expect(fields.issuetype).toEqual({ name: 'Bug' })
    expect(fields.priority).toEqual({ name: 'High' })
    expect(fields.labels).toEqual(['dagster', 'data-pipeline'])
    expect(fields.summary).toMatch(/^Dagster: /)
    const firstContentLine = alert.alert_content.split('\n')[0]
    if (name === 'jira-v3') {
      if (!schemaValid(fields.description)) throw new Error(ajv.errorsText(schemaValid.errors))
      const texts = textNodes(fields.description as unknown as AdfDoc, '').map(({ node }) => node.text)
      expect(texts.some(text => text?.startsWith(firstContentLine))).toBe(true)
    } else {
      expect(fields.description).toContain(`{noformat}\n${firstContentLine}`)
    }
  })

  it.each(['jira-v2', 'jira-v3'] as const)('%s links the run when there is one, else the deployment', name => {
    const job = JSON.stringify(render(name, sampleAlert('JOB'), { project: 'ENG' }).fields.description)
    expect(job).toContain(sampleAlert('JOB').run_link)
    const tick = render(name, sampleAlert('TICK'), { project: 'ENG' })
    expect(sampleAlert('TICK').run_link).toBeUndefined()
    expect(JSON.stringify(tick.fields.description)).toContain(sampleAlert('TICK').deployment_url)
    expect(tick.warnings).toEqual([])
  })

  it.each(['jira-v2', 'jira-v3'] as const)('%s asks for vars.project and leaves out priority and labels without vars', name => {
    const { fields, problems } = render(name, sampleAlert('JOB'), {})
    expect(problems).toEqual([{ path: 'fields.project', message: 'is missing: set vars: project: KEY (the Jira project key, e.g. ENG)' }])
    expect(fields).not.toHaveProperty('priority')
    expect(fields).not.toHaveProperty('labels')
  })

  it.each(['jira-v2', 'jira-v3'] as const)('%s marks a sample notification as a test', name => {
    const { fields } = render(name, { ...sampleAlert('JOB'), is_sample: 'true' }, { project: 'ENG', issue_type: 'Task' })
    expect(fields.summary).toBe('[test] Dagster: Job daily_etl failed')
    expect(fields.issuetype).toEqual({ name: 'Task' })
    expect(JSON.stringify(fields.description)).toContain('This is a test notification from Dagster+.')
  })
})
