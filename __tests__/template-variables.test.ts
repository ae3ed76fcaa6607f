import { describe, expect, it } from '@jest/globals'
import { TemplateError } from '../src/errors.js'
import { compileTemplate } from '../src/template/compile.js'

const compile = (text: string) => compileTemplate({ name: 't', file: 'vars.yml', text, builtin: false })
const names = (text: string) => compile(text).variables.map(v => v.name)

describe('variables', () => {
  it('lists every global variable read, with its dotted path and file position', () => {
    const text = [
      '---',
      'platform: discord',
      '---',
      'content: "<< vars.mention >> **<< alert_summary >>**"',
      'url: << github.run_url >>'
    ].join('\n')
    expect(compile(text).variables).toEqual([
      { name: 'vars.mention', line: 4, column: 14 },
      { name: 'alert_summary', line: 4, column: 35 },
      { name: 'github.run_url', line: 5, column: 9 }
    ])
  })

  it('maps positions inside single-quoted scalars and | blocks', () => {
    const text = ["a: 'x << one >>'", 'b: |', '', '  first << two >>', '    << three >>'].join('\n')
    expect(compile(text).variables).toEqual([
      { name: 'one', line: 1, column: 10 },
      { name: 'two', line: 4, column: 12 },
      { name: 'three', line: 5, column: 8 }
    ])
  })

  it('excludes loop variables and assigned names, but not what they are made from', () => {
    const text =
      'a: "<% for item in items %><< item.name >><< forloop.index >><% endfor %><% assign y = x | upcase %><< y >>"'
    expect(names(text).sort()).toEqual(['items', 'x'])
  })

  it('includes variables read by tags and filter arguments, and bracket lookups', () => {
    const text = `a: "<% if alert_status == 'FAILURE' %>!<% endif %><< run_id | default: fallback >><< alert['job_name'] >><< alert[key].x >>"`
    expect(names(text).sort()).toEqual(['alert', 'alert.job_name', 'alert_status', 'fallback', 'key', 'run_id'])
  })

  it('is empty for a template without Liquid', () => {
    expect(names('a: plain\nb: 3')).toEqual([])
  })
})

describe('Liquid syntax errors', () => {
  function compileError(text: string): TemplateError {
    try {
      compile(text)
    } catch (error) {
      if (error instanceof TemplateError) return error
      throw error
    }
    throw new Error('expected a TemplateError')
  }

  it('carry the file line and column of the problem inside the leaf', () => {
    expect(compileError('a: 1\nb: "ok <% if x %>"').message).toBe('vars.yml:2:8: tag <% if x %> not closed')
    expect(compileError('a: |\n  line one\n  line << x | nope >>').message).toMatch(
      /^vars\.yml:3:8: undefined filter: nope/
    )
  })
})
