import { markdownToAdf } from '../../../src/template/markdown-to-adf.js'
import { jira } from '../../../src/platforms/jira/index.js'
import type { Json } from '../../../src/json.js'
import { context, doc, issue, paragraph, v3 } from './context.js'

describe('jira.validate', () => {
  const problems = (payload: Json, ctx = context().ctx) => jira.validate(payload, ctx)

  it('accepts a complete issue', () => {
    expect(problems(issue({ description: 'd', labels: ['a'], priority: { name: 'High' } }))).toEqual([])
    expect(problems(issue({ project: { id: '10000' }, issuetype: { id: 10004 } }))).toEqual([])
    expect(problems(issue({ description: markdownToAdf('**x**') as unknown as Json }), v3().ctx)).toEqual([])
  })

  it('needs an object with fields', () => {
    expect(problems('x')).toEqual([{ path: '', message: 'must be a JSON object with "fields"' }])
    expect(problems({})).toEqual([
      { path: 'fields', message: 'must be an object holding the issue fields (project, issuetype, summary, …)' }
    ])
  })

  it('tells how to set a missing project', () => {
    const payload = { fields: { issuetype: { name: 'Bug' }, summary: 's' } }
    expect(problems(payload)).toEqual([
      { path: 'fields.project', message: 'is missing: set vars: project: KEY (the Jira project key, e.g. ENG)' }
    ])
  })

  it.each([
    [
      { project: { key: '' } },
      'fields.project',
      'needs a non-empty key or id: set vars: project: KEY (the Jira project key, e.g. ENG)'
    ],
    [{ project: 'ENG' }, 'fields.project', 'must be an object like {"key": …} or {"id": …}, not a string'],
    [
      { issuetype: { name: '' } },
      'fields.issuetype',
      'needs a non-empty name or id: set vars: issue_type: Bug (an issue type of the project)'
    ],
    [{ priority: 'High' }, 'fields.priority', 'must be an object like {"name": …} or {"id": …}, not a string'],
    [{ summary: 42 }, 'fields.summary', 'must be a string, not a number'],
    [{ summary: ' ' }, 'fields.summary', 'must not be empty'],
    [{ summary: 'a\nb' }, 'fields.summary', 'must be one line'],
    [{ summary: 'x'.repeat(256) }, 'fields.summary', 'is 256 characters long; Jira allows 255'],
    [
      { description: doc() },
      'fields.description',
      'REST API v2 takes a plain-text description; for a rich-text (ADF) description use url …/rest/api/3/issue'
    ],
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
      {
        path: 'fields.description.content[0].content[0].text',
        message: 'must be a non-empty string (Jira rejects empty text nodes)'
      }
    ])
  })
})
