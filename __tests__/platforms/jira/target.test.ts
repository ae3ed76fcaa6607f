import { jiraDescriptor } from '../../../src/platforms/jira/descriptor.js'
import { jira } from '../../../src/platforms/jira/index.js'
import { caught, SITE } from './context.js'

describe('jira.matches', () => {
  it.each([
    ['https://acme.atlassian.net', true],
    ['https://acme.jira.com/', true],
    ['https://jira.example.com/rest/api/3/issue', true],
    ['https://jira.example.com/jira/rest/api/2/issue/', true],
    ['https://discord.com/api/webhooks/1/x', false],
    ['https://api.linear.app/graphql', false]
  ])('%s → %s', (url, expected) => {
    expect(jiraDescriptor.matches(new URL(url))).toBe(expected)
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
    [
      'https://jira.example.com/jira/rest/api/3/issue',
      undefined,
      'https://jira.example.com/jira/rest/api/3/issue',
      'jira-v3'
    ],
    [
      `${SITE}/rest/api/2/issue?updateHistory=true`,
      undefined,
      `${SITE}/rest/api/2/issue?updateHistory=true`,
      'jira-v2'
    ],
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

  it.each(['jira-v2', '.github/dagster-templates/jira-v2-incidents.yml'])(
    'refuses the v2 template %s on a v3 endpoint and names both fixes',
    template => {
      const error = caught(() => jira.resolveTarget(`${SITE}/rest/api/3/issue`, template))
      expect(error.input).toBe('template')
      expect(error.message).toContain('{noformat}')
      expect(error.message).toContain(`set url to ${SITE}/rest/api/2/issue`)
      expect(error.message).toContain('set template to jira-v3')
    }
  )

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
