import { markdownToAdf, type AdfDoc } from '../../../src/template/markdown-to-adf.js'
import { textNodes } from '../../../src/platforms/jira/adf/prune.js'
import { jira } from '../../../src/platforms/jira/index.js'
import { platformContext } from '../../helpers/platform-context.js'
import { context, doc, fieldsOf, issue, paragraph, SITE, v3 } from './context.js'

describe('jira.fit', () => {
  it('makes the summary one line and warns', () => {
    const { ctx, warnings } = context()
    const fitted = jira.fit(issue({ summary: ' Job failed:\n\tstep  load \r\n' }), ctx)
    expect(fieldsOf(fitted).summary).toBe('Job failed: step  load')
    expect(warnings).toEqual([
      { path: 'fields.summary', message: 'line breaks and tabs replaced by spaces (a Jira summary is one line)' }
    ])
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
    expect(warnings.at(-1)).toEqual({
      path: 'fields.summary',
      message: 'was empty; set to "(no summary)" because Jira requires a summary'
    })
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
    expect(warnings).toEqual([
      { path: 'fields.description', message: 'truncated from 40000 to 32767 characters (limit 32767)' }
    ])
  })

  it('escapes wiki mentions in a v2 description, except those the author wrote', () => {
    const { ctx } = platformContext({
      target: jira.resolveTarget(`${SITE}/rest/api/2/issue`, undefined),
      authoredText: 'Owner: [~accountid:557058:owner]'
    })
    const description =
      'by [~accountid:557058:evil] [~jsmith] [Boss|~boss] [link|https://x] owner [~accountid:557058:owner]'
    expect(fieldsOf(jira.fit(issue({ description }), ctx)).description).toBe(
      'by \\[~accountid:557058:evil] \\[~jsmith] \\[Boss|~boss] [link|https://x] owner [~accountid:557058:owner]'
    )
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
      {
        path: 'fields.description',
        message: 'text converted to Atlassian Document Format (REST API v3 takes ADF, not plain text)'
      }
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
    expect(fitted).toEqual(
      doc(paragraph({ type: 'text', text: 'kept' }), paragraph({ type: 'text', text: 'View in Dagster' }))
    )
    expect(warnings).toEqual([
      {
        path: 'fields.description.content[3].content[0].marks[0]',
        message: 'link without href removed (its text stays)'
      }
    ])
  })

  it('leaves out a v3 description with nothing left in it', () => {
    const { ctx, warnings } = v3()
    expect(
      fieldsOf(jira.fit(issue({ description: doc(paragraph({ type: 'text', text: '' })) }), ctx))
    ).not.toHaveProperty('description')
    expect(warnings.at(-1)).toEqual({
      path: 'fields.description',
      message: 'nothing left after removing empty parts (missing values); description left out'
    })
  })

  it('shortens the longest texts until the ADF text fits 32767 units', () => {
    const { ctx, warnings } = v3()
    const description = doc(paragraph({ type: 'text', text: 'a'.repeat(20000) }), {
      type: 'codeBlock',
      content: [{ type: 'text', text: 'b'.repeat(30000) }]
    })
    const fitted = fieldsOf(jira.fit(issue({ description }), ctx)).description as unknown as AdfDoc
    const lengths = textNodes(fitted, '').map(({ node }) => (node.text ?? '').length)
    expect(lengths).toEqual([20000, 12767])
    expect(warnings).toEqual([
      {
        path: 'fields.description.content[1].content[0].text',
        message: "truncated from 30000 to 12767 characters (the description's text is limited to 32767)"
      }
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
    expect(fieldsOf(jira.fit(issue({ labels: 'dagster, data pipeline,' }), ctx)).labels).toEqual([
      'dagster',
      'data-pipeline'
    ])
    expect(warnings).toEqual([
      { path: 'fields.labels', message: 'text split into the list ["dagster","data pipeline"]' },
      {
        path: 'fields.labels[1]',
        message: `spaces replaced by '-' ("data-pipeline"): Jira labels cannot contain spaces`
      }
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
    expect(warnings).toEqual([
      { path: 'fields.priority', message: 'has no name or id; left out so Jira uses the default priority' }
    ])
  })

  it('keeps a good payload as it is, silently', () => {
    const { ctx, warnings } = context()
    const payload = issue({
      priority: { name: 'High' },
      labels: ['dagster'],
      description: 'text',
      issuetype: { name: 'Task' }
    })
    expect(jira.fit(payload, ctx)).toEqual(structuredClone(payload))
    expect(warnings).toEqual([])
  })

  it('does not change its input', () => {
    const { ctx } = v3()
    const input = issue({
      summary: 'a\nb',
      labels: 'a b',
      description: doc(paragraph({ type: 'text', text: '' }), paragraph({ type: 'text', text: 'x' }))
    })
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
