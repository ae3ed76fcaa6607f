import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import fc from 'fast-check'
import { dropEmptyNodes, textNodes } from '../../../src/platforms/jira/adf/prune.js'
import { validateAdf } from '../../../src/platforms/jira/adf/validate.js'
import { markdownToAdf, type AdfDoc, type AdfNode } from '../../../src/template/markdown-to-adf.js'

// The real ADF schema is draft-04; Ajv 8 reads every keyword it uses the same way (no `id`, no boolean
// exclusiveMinimum/Maximum), so only the meta-schema check is switched off.
const schema = JSON.parse(readFileSync('node_modules/@atlaskit/adf-schema/dist/json-schema/v1/full.json', 'utf8'))
const ajv = new Ajv({ strict: false, validateSchema: false, allErrors: false })
ajv.addSchema(schema, 'adf')
const schemaValid = ajv.compile({ $ref: 'adf#/definitions/doc_node' })

function allTextNonEmpty(doc: AdfDoc): boolean {
  return textNodes(doc, '').every(({ node }) => typeof node.text === 'string' && node.text.length > 0)
}

function expectValid(doc: AdfDoc): void {
  const ok = schemaValid(doc)
  if (!ok) throw new Error(`schema rejects ${JSON.stringify(doc)}: ${ajv.errorsText(schemaValid.errors)}`)
  expect(validateAdf(doc, 'd')).toEqual([])
  expect(allTextNonEmpty(doc)).toBe(true)
}

const text = (value: string, ...marks: AdfNode['marks'] & object): AdfNode =>
  marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value }
const paragraph = (...content: AdfNode[]): AdfNode => ({ type: 'paragraph', content })
const link = (href: string) => ({ type: 'link', attrs: { href } })

describe('markdownToAdf', () => {
  it('gives empty input one empty paragraph', () => {
    const doc = markdownToAdf('')
    expect(doc).toEqual({ type: 'doc', version: 1, content: [{ type: 'paragraph' }] })
    expectValid(doc)
    expect(markdownToAdf('  \n\n \t').content).toEqual([{ type: 'paragraph' }])
  })

  it('splits paragraphs on blank lines and turns single newlines into hard breaks', () => {
    const doc = markdownToAdf('first\nsecond\n\n\nthird\r\nfourth')
    expect(doc.content).toEqual([
      paragraph(text('first'), { type: 'hardBreak' }, text('second')),
      paragraph(text('third'), { type: 'hardBreak' }, text('fourth'))
    ])
    expectValid(doc)
  })

  it('makes fenced blocks code blocks, with the language when given', () => {
    const doc = markdownToAdf('before\n```python\nraise ValueError("x")\n\n  **not bold**\n```\nafter')
    expect(doc.content).toEqual([
      paragraph(text('before')),
      { type: 'codeBlock', attrs: { language: 'python' }, content: [text('raise ValueError("x")\n\n  **not bold**')] },
      paragraph(text('after'))
    ])
    expectValid(doc)
  })

  it('keeps an unclosed fence as a code block to the end and an empty fence without content', () => {
    expect(markdownToAdf('```\nTraceback\n  line').content).toEqual([
      { type: 'codeBlock', content: [text('Traceback\n  line')] }
    ])
    const empty = markdownToAdf('```\n```')
    expect(empty.content).toEqual([{ type: 'codeBlock' }])
    expectValid(empty)
  })

  it('marks inline code, strong, em and links', () => {
    const doc = markdownToAdf('run `dagster dev` **now**, *really* _really_ [docs](https://docs.dagster.io/x)')
    expect(doc.content[0].content).toEqual([
      text('run '),
      text('dagster dev', { type: 'code' }),
      text(' '),
      text('now', { type: 'strong' }),
      text(', '),
      text('really', { type: 'em' }),
      text(' '),
      text('really', { type: 'em' }),
      text(' '),
      text('docs', link('https://docs.dagster.io/x'))
    ])
    expectValid(doc)
  })

  it('links bare URLs without the sentence punctuation after them', () => {
    const doc = markdownToAdf('See https://acme.dagster.cloud/prod/runs/abc123. Or http://localhost:3000!')
    expect(doc.content[0].content).toEqual([
      text('See '),
      text('https://acme.dagster.cloud/prod/runs/abc123', link('https://acme.dagster.cloud/prod/runs/abc123')),
      text('. Or '),
      text('http://localhost:3000', link('http://localhost:3000')),
      text('!')
    ])
  })

  it('leaves snake_case names and lone asterisks alone', () => {
    const doc = markdownToAdf('job daily_etl_job failed for s3://bucket/*.csv and 2 * 3')
    expect(doc.content[0].content).toEqual([text('job daily_etl_job failed for s3://bucket/*.csv and 2 * 3')])
  })

  it('combines code only with link, and nests strong inside a link', () => {
    const doc = markdownToAdf('**bold `code`** [**x** `y`](https://e.com)')
    expect(doc.content[0].content).toEqual([
      text('bold ', { type: 'strong' }),
      text('code', { type: 'code' }),
      text(' '),
      text('x', link('https://e.com'), { type: 'strong' }),
      text(' ', link('https://e.com')),
      text('y', link('https://e.com'), { type: 'code' })
    ])
    expectValid(doc)
  })

  it('never puts two marks of one type on a text', () => {
    const doc = markdownToAdf('[see https://a.com](https://b.com) ***x***')
    for (const { node } of textNodes(doc, '')) {
      const types = (node.marks ?? []).map(m => m.type)
      expect(new Set(types).size).toBe(types.length)
    }
    expectValid(doc)
  })

  it('makes bullet and ordered lists', () => {
    const doc = markdownToAdf('- one\n* **two**\n\n3. three\n4. four\n- \nend')
    expect(doc.content).toEqual([
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [paragraph(text('one'))] },
          { type: 'listItem', content: [paragraph(text('two', { type: 'strong' }))] }
        ]
      },
      {
        type: 'orderedList',
        attrs: { order: 3 },
        content: [
          { type: 'listItem', content: [paragraph(text('three'))] },
          { type: 'listItem', content: [paragraph(text('four'))] }
        ]
      },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
      paragraph(text('end'))
    ])
    expectValid(doc)
  })

  it('starts an ordered list at 1 without an order attribute', () => {
    expect(markdownToAdf('1. a').content[0]).toEqual({
      type: 'orderedList',
      content: [{ type: 'listItem', content: [paragraph(text('a'))] }]
    })
  })

  it('makes headings by level, and leaves 7 hashes or no space as text', () => {
    const doc = markdownToAdf('# Title\n### *Sub*\n####### seven\n#tag')
    expect(doc.content).toEqual([
      { type: 'heading', attrs: { level: 1 }, content: [text('Title')] },
      { type: 'heading', attrs: { level: 3 }, content: [text('Sub', { type: 'em' })] },
      paragraph(text('####### seven'), { type: 'hardBreak' }, text('#tag'))
    ])
    expectValid(doc)
  })

  it('turns any string into ADF the real schema accepts, without empty text', () => {
    const markdownish = fc.stringMatching(/^([-*#_`[\]()!:. 1\n]|https?:\/\/|```|\*\*|[a-z]{1,3})*$/)
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), markdownish), input => {
        const doc = markdownToAdf(input)
        expect(schemaValid(doc)).toBe(true)
        expect(validateAdf(doc, 'd')).toEqual([])
        expect(allTextNonEmpty(doc)).toBe(true)
      }),
      { numRuns: 500 }
    )
  })
})

describe('validateAdf agrees with the real schema', () => {
  const good: AdfDoc[] = [
    markdownToAdf('# h\n\ntext **b** `c` [l](https://x.y)\n\n- a\n1. b\n\n```js\nx\n```'),
    { type: 'doc', version: 1, content: [] },
    { type: 'doc', version: 1, content: [{ type: 'rule' }, { type: 'blockquote', content: [paragraph(text('q'))] }] },
    {
      type: 'doc',
      version: 1,
      content: [{ type: 'panel', attrs: { panelType: 'error' }, content: [paragraph(text('p'))] }]
    },
    {
      type: 'doc',
      version: 1,
      content: [
        paragraph(
          { type: 'mention', attrs: { id: 'abc' } },
          { type: 'emoji', attrs: { shortName: ':fire:' } },
          { type: 'status', attrs: { text: 'FAILED', color: 'red' } },
          text('x', { type: 'strike' }, { type: 'underline' }, { type: 'textColor', attrs: { color: '#ff0000' } })
        )
      ]
    },
    {
      type: 'doc',
      version: 1,
      content: [
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                { type: 'tableHeader', content: [paragraph(text('h'))] },
                { type: 'tableCell', content: [paragraph()] }
              ]
            }
          ]
        }
      ]
    }
  ]
  const bad: [string, unknown][] = [
    ['not an object', 'text'],
    ['wrong type', { type: 'document', version: 1, content: [] }],
    ['wrong version', { type: 'doc', version: 2, content: [] }],
    ['no content', { type: 'doc', version: 1 }],
    ['extra key on doc', { type: 'doc', version: 1, content: [], title: 'x' }],
    ['empty text', { type: 'doc', version: 1, content: [paragraph(text(''))] }],
    ['text without text', { type: 'doc', version: 1, content: [paragraph({ type: 'text' })] }],
    [
      'text not a string',
      { type: 'doc', version: 1, content: [paragraph({ type: 'text', text: 5 } as unknown as AdfNode)] }
    ],
    ['unknown node', { type: 'doc', version: 1, content: [{ type: 'bogus' }] }],
    ['text at top level', { type: 'doc', version: 1, content: [text('x')] }],
    ['paragraph inside paragraph', { type: 'doc', version: 1, content: [paragraph(paragraph())] }],
    ['unknown mark', { type: 'doc', version: 1, content: [paragraph(text('x', { type: 'blink' }))] }],
    ['link without href', { type: 'doc', version: 1, content: [paragraph(text('x', { type: 'link', attrs: {} }))] }],
    [
      'code with strong',
      { type: 'doc', version: 1, content: [paragraph(text('x', { type: 'code' }, { type: 'strong' }))] }
    ],
    [
      'marks in a codeBlock',
      { type: 'doc', version: 1, content: [{ type: 'codeBlock', content: [text('x', { type: 'strong' })] }] }
    ],
    ['hardBreak with content', { type: 'doc', version: 1, content: [paragraph({ type: 'hardBreak', content: [] })] }],
    ['heading without level', { type: 'doc', version: 1, content: [{ type: 'heading', content: [text('x')] }] }],
    ['heading level 7', { type: 'doc', version: 1, content: [{ type: 'heading', attrs: { level: 7 } }] }],
    ['empty bullet list', { type: 'doc', version: 1, content: [{ type: 'bulletList', content: [] }] }],
    ['list item outside a list', { type: 'doc', version: 1, content: [{ type: 'listItem', content: [paragraph()] }] }],
    ['panel without panelType', { type: 'doc', version: 1, content: [{ type: 'panel', content: [paragraph()] }] }],
    ['attrs on text', { type: 'doc', version: 1, content: [paragraph({ type: 'text', text: 'x', attrs: {} })] }],
    [
      'marks on a list',
      {
        type: 'doc',
        version: 1,
        content: [{ type: 'bulletList', marks: [], content: [{ type: 'listItem', content: [paragraph()] }] }]
      }
    ]
  ]

  it.each(good.map((doc, i) => [i, doc]))('accepts good doc %i like the schema does', (_i, doc) => {
    expect(schemaValid(doc)).toBe(true)
    expect(validateAdf(doc, 'fields.description')).toEqual([])
  })

  it.each(bad)('rejects %s like the schema does', (_name, doc) => {
    expect(schemaValid(doc)).toBe(false)
    expect(validateAdf(doc, 'fields.description').length).toBeGreaterThan(0)
  })

  it('names the path of the offending part', () => {
    const doc = { type: 'doc', version: 1, content: [paragraph(text('ok'), text(''))] }
    expect(validateAdf(doc, 'fields.description')).toEqual([
      {
        path: 'fields.description.content[0].content[1].text',
        message: 'must be a non-empty string (Jira rejects empty text nodes)'
      }
    ])
  })
})

describe('dropEmptyNodes', () => {
  it('keeps a malformed node (a key ADF does not have, a non-text text) for validation to report', () => {
    const doc = {
      type: 'doc',
      version: 1,
      content: [
        { type: 'paragraph', text: 'written on the paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: 42 }] },
        { type: 'paragraph', content: [{ type: 'text', text: '' }] }
      ]
    } as unknown as AdfDoc
    const { doc: cleaned } = dropEmptyNodes(doc, 'fields.description')
    expect(cleaned.content).toEqual(doc.content.slice(0, 2))
    expect(validateAdf(cleaned, 'fields.description').map(problem => problem.path)).toEqual([
      'fields.description.content[0].text',
      'fields.description.content[1].content[0].text'
    ])
  })

  it('removes empty text, then the containers it leaves empty', () => {
    const doc: AdfDoc = {
      type: 'doc',
      version: 1,
      content: [
        paragraph(text('keep')),
        paragraph({ type: 'text' }, { type: 'hardBreak' }, text('')),
        { type: 'codeBlock', content: [{ type: 'text' }] },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [paragraph(text(''))] },
            { type: 'listItem', content: [paragraph(text('b'))] }
          ]
        },
        { type: 'orderedList', content: [{ type: 'listItem', content: [paragraph(text(''))] }] },
        { type: 'rule' }
      ]
    }
    const { doc: cleaned, unlinked } = dropEmptyNodes(doc, 'fields.description')
    expect(cleaned.content).toEqual([
      paragraph(text('keep')),
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('b'))] }] },
      { type: 'rule' }
    ])
    expect(unlinked).toEqual([])
    expectValid(cleaned)
  })

  it('drops link marks whose href went missing but keeps their text', () => {
    const doc: AdfDoc = {
      type: 'doc',
      version: 1,
      content: [
        paragraph(text('View', { type: 'link' }, { type: 'strong' }), text('x', { type: 'link', attrs: { href: '' } }))
      ]
    }
    const { doc: cleaned, unlinked } = dropEmptyNodes(doc, 'd')
    expect(cleaned.content).toEqual([paragraph(text('View', { type: 'strong' }), text('x'))])
    expect(unlinked).toEqual(['d.content[0].content[0].marks[0]', 'd.content[0].content[1].marks[0]'])
    expectValid(cleaned)
  })

  it('leaves a clean document as it is', () => {
    const doc = markdownToAdf('a\n\n- b\n\n```\nc\n```')
    expect(dropEmptyNodes(doc, 'd')).toEqual({ doc, unlinked: [] })
  })
})
