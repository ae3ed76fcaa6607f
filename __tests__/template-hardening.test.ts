import { describe, expect, it } from '@jest/globals'
import { TemplateError } from '../src/errors.js'
import { compileTemplate } from '../src/template/compile.js'

const compile = (text: string) => compileTemplate({ name: 't', file: 'evil.yml', text, builtin: false })

/** Runs `run` and returns the TemplateError it throws and how long that took. */
function failure(run: () => unknown): { error: TemplateError; ms: number } {
  const started = performance.now()
  try {
    run()
  } catch (error) {
    if (error instanceof TemplateError) return { error, ms: performance.now() - started }
    throw error
  }
  throw new Error('expected a TemplateError')
}

describe('file access', () => {
  it.each(['include', 'render', 'layout'])('refuses the %s tag when compiling, with its position', tag => {
    const { error } = failure(() => compile(`a: ok\nb: "x <% ${tag} 'secrets.yml' %>"`))
    expect(error.message).toBe(
      `evil.yml:2:7: the "${tag}" tag is not allowed in templates: a template cannot read other files`
    )
  })
})

describe('filters', () => {
  it('fails compilation on an unknown filter, pointing at it', () => {
    const { error } = failure(() => compile('title: "Run << run_id | shout >>"'))
    expect(error.message).toMatch(
      /^evil\.yml:1:13: undefined filter: shout \(template filters are iso8601, code_block, noformat_block, json, adf/
    )
  })

  it.each(['valueOf', 'constructor', 'toString', '__proto__'])('has no %s filter', name => {
    expect(failure(() => compile(`a: "<< x | ${name} >>"`)).error.message).toContain(`undefined filter: ${name}`)
  })
})

describe('prototype access', () => {
  it('finds nothing behind inherited properties', () => {
    const text = [
      'a: "<< x.constructor >>"',
      'b: "<< x.__proto__ >>"',
      'c: "<< constructor >>"',
      'd: "<< obj.constructor.name >>"',
      'e: "<< obj.toString >>"',
      'f: "<< obj.hasOwnProperty >>"',
      'g: "[<< x.constructor >>|<< __proto__ >>|<< obj[\'constructor\'] >>]"',
      'h: "<< x.size >>"'
    ].join('\n')
    expect(compile(text).render({ x: 'abc', obj: { a: 1 } }).value).toEqual({ g: '[||]', h: 3 })
  })
})

describe('resource limits', () => {
  it('stops a loop over a huge range fast', () => {
    const { error, ms } = failure(() => compile('a: "<% for i in (1..100000000) %>x<% endfor %>"').render({}))
    expect(error.message).toMatch(/^evil\.yml:1:5: rendering failed: memory alloc limit exceeded/)
    expect(ms).toBeLessThan(2000)
  })

  it('stops a long-running nested loop within the render time limit', () => {
    const text = 'a: "<% for i in (1..100000) %><% for j in (1..100000) %><% endfor %><% endfor %>"'
    const { error, ms } = failure(() => compile(text).render({}))
    expect(error.message).toContain(
      'rendering failed: template render limit exceeded (the template loops or builds text'
    )
    expect(ms).toBeLessThan(7000)
  })

  it('stops a string that doubles on every step', () => {
    const text = `a: "<% assign s = 'xxxxxxxxxx' %><% for i in (1..40) %><% assign s = s | append: s %><% endfor %><< s | size >>"`
    const { error, ms } = failure(() => compile(text).render({}))
    expect(error.message).toContain('memory alloc limit exceeded')
    expect(ms).toBeLessThan(2000)
  })

  it('counts text made by the template filters against the memory limit', () => {
    const text = `a: "<% assign s = '\\\\\\\\' %><% for i in (1..40) %><% assign s = s | escape_markdown %><% endfor %><< s | size >>"`
    const { error, ms } = failure(() => compile(text).render({}))
    expect(error.message).toContain('memory alloc limit exceeded')
    expect(ms).toBeLessThan(7000)
  })

  it('shares one memory budget across the leaves of a document', () => {
    const leaf = `"<% assign s = 'xxxxxxxxxx' %><% for i in (1..18) %><% assign s = s | append: s %><% endfor %><< s | size >>"`
    expect(compile(`a: ${leaf}`).render({}).value).toEqual({ a: '2621440' })
    const { error } = failure(() => compile(`a: ${leaf}\nb: ${leaf}`).render({}))
    expect(error.message).toMatch(/^evil\.yml:2:\d+: rendering failed: memory alloc limit exceeded/)
  })

  it('refuses a leaf longer than the parse limit', () => {
    const { error } = failure(() => compile(`a: "<< x >>${'y'.repeat(1_000_001)}"`))
    expect(error.message).toMatch(/^evil\.yml:1:4: parse length limit exceeded/)
  })
})
