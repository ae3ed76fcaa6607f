import { describe, expect, it } from '@jest/globals'
import { TemplateError } from '../src/errors.js'
import { compileTemplate } from '../src/template/compile.js'

const compile = (text: string) => compileTemplate({ name: 't', file: 'dir/tpl.yml', text, builtin: false })

function compileError(text: string): TemplateError {
  try {
    compile(text)
  } catch (error) {
    if (error instanceof TemplateError) return error
    throw error
  }
  throw new Error('expected a TemplateError')
}

describe('front matter', () => {
  it('reads platform, events and description and keeps them out of the body', () => {
    const template = compile(
      '---\nplatform: discord\nevents: [JOB, ASSET_MATERIALIZATION]\ndescription: Failed runs\n---\ncontent: hi\n'
    )
    expect(template.frontMatter).toEqual({
      platform: 'discord',
      events: ['JOB', 'ASSET_MATERIALIZATION'],
      description: 'Failed runs'
    })
    expect(template.render({}).value).toEqual({ content: 'hi' })
  })

  it('may follow leading comments and blank lines (a "# path" comment above it), lines and columns kept', () => {
    const template = compile(
      '# .github/dagster-templates/discord-jobs.yml\n\n---\nplatform: discord\nevents: [JOB]\n---\ncontent: "<< x >>"\n'
    )
    expect(template.frontMatter).toEqual({ platform: 'discord', events: ['JOB'] })
    expect(template.render({ x: 'hi' }).value).toEqual({ content: 'hi' })
    const error = compileError('# a comment\n---\nplatform: discord\nevents: JOB\n---\ncontent: hi\n')
    expect([error.line, error.message]).toEqual([4, expect.stringContaining('front matter "events" must be a list')])
  })

  it('refuses a second --- document in the body in words that say where front matter goes', () => {
    const error = compileError('content: hi\n---\nplatform: discord\n---\ncontent: again\n')
    expect(error.message).toContain('starts a second YAML document, and a template is one')
    expect(error.message).not.toMatch(/parseAllDocuments|Source contains multiple documents/)
    expect(error.line).toBe(2)
  })

  it('is optional, and may be empty', () => {
    expect(compile('content: hi').frontMatter).toEqual({})
    expect(compile('---\n---\ncontent: hi').frontMatter).toEqual({})
  })

  it('treats a lone leading --- as the YAML document start, not front matter', () => {
    const template = compile('---\ncontent: hi\n')
    expect(template.frontMatter).toEqual({})
    expect(template.render({}).value).toEqual({ content: 'hi' })
  })

  it('accepts a byte order mark and CRLF line ends', () => {
    const template = compile('\uFEFF---\r\nplatform: jira\r\n---\r\nsummary: "<< s >>"\r\n')
    expect(template.frontMatter).toEqual({ platform: 'jira' })
    expect(template.render({ s: 'x' })).toEqual({ value: { summary: 'x' }, positions: expect.any(Map) })
    expect(template.render({ s: 'x' }).positions.get('summary')).toEqual({ line: 4, column: 10 })
  })

  it('names an unknown key with its position', () => {
    const error = compileError('---\nplatform: discord\ncontent: x\n---\na: 1')
    expect(error.message).toBe(
      'dir/tpl.yml:3:1: unknown front matter key "content": the front matter (between the first two --- lines) allows platform, events, description'
    )
    expect([error.file, error.line, error.column]).toEqual(['dir/tpl.yml', 3, 1])
  })

  it('checks value types', () => {
    expect(compileError('---\nplatform: 3\n---\na: 1').message).toBe(
      'dir/tpl.yml:2:11: front matter "platform" must be text'
    )
    expect(compileError('---\ndescription:\n---\na: 1').message).toBe(
      'dir/tpl.yml:2:13: front matter "description" must be text'
    )
    expect(compileError('---\n\nevents: JOB\n---\na: 1').message).toMatch(
      /^dir\/tpl\.yml:3:9: front matter "events" must be a list/
    )
    expect(compileError('---\nevents: [JOB, [x]]\n---\na: 1').message).toMatch(
      /^dir\/tpl\.yml:2:9: front matter "events" must be a list/
    )
  })

  it('must be a mapping', () => {
    expect(compileError('---\n- platform\n---\na: 1').message).toBe(
      'dir/tpl.yml:2:1: front matter must be a mapping of platform, events, description'
    )
  })

  it('reports YAML errors inside it with file lines', () => {
    const error = compileError('---\nplatform: [discord\n---\na: 1')
    expect(error.message).toMatch(/^dir\/tpl\.yml:\d+:\d+: invalid YAML: /)
    expect(error.line).toBeGreaterThanOrEqual(2)
    expect(error.line).toBeLessThanOrEqual(3)
  })
})

describe('body', () => {
  it('reports YAML errors with line and column counted in the whole file', () => {
    const error = compileError('---\nplatform: discord\n---\ncontent: ok\ntitle: @x\n')
    expect(error.message).toBe('dir/tpl.yml:5:8: invalid YAML: Plain value cannot start with reserved character @')
    expect(error.message).not.toContain('\n')
  })

  it('rejects duplicate keys', () => {
    expect(compileError('a: 1\na: 2').message).toMatch(/^dir\/tpl\.yml:2:1: invalid YAML: Map keys must be unique/)
  })

  it('rejects an empty body', () => {
    expect(compileError('---\nplatform: discord\n---\n').message).toMatch(
      /^dir\/tpl\.yml:\d+: the template has no body/
    )
  })

  it('rejects YAML aliases, which could multiply the output', () => {
    expect(compileError('a: &x [1]\nb: *x').message).toBe(
      'dir/tpl.yml:2:4: YAML aliases (*x) are not supported in templates; repeat the value instead'
    )
  })

  it('rejects values JSON cannot hold', () => {
    expect(compileError('a: .inf').message).toBe('dir/tpl.yml:1:4: the value .inf cannot be written as JSON')
  })

  it('rejects mapping keys that are not text', () => {
    expect(compileError('? [a]\n: 1').message).toBe('dir/tpl.yml:1:3: mapping keys must be plain text')
  })
})
