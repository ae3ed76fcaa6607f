import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { InputError, TemplateError } from '../src/errors.js'
import { compileTemplate } from '../src/template/compile.js'
import { loadTemplate, MAX_TEMPLATE_BYTES } from '../src/template/load.js'
import { MemoryBudget, RenderDeadline } from '../src/template/render-limits.js'

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

describe('file size', () => {
  it('refuses a template file over 256 KiB before reading it, naming the file and the limit (send and check)', () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'template-size-'))
    try {
      writeFileSync(path.join(workspace, 'ok.yml'), `a: "${'x'.repeat(MAX_TEMPLATE_BYTES - 6)}"\n`)
      expect(loadTemplate('ok.yml', workspace).text.length).toBe(MAX_TEMPLATE_BYTES)
      writeFileSync(path.join(workspace, 'big.yml'), `a: "${'x'.repeat(90 * 1024 * 1024)}"\n`)
      const started = performance.now()
      expect(() => loadTemplate('big.yml', workspace)).toThrow(
        new InputError(
          'template',
          '"big.yml" is 94,371,846 bytes, over the 262,144 bytes (256 KiB) a template file may have',
          'Shorten it: a template describes one message or issue, and its data comes from the alert and vars.'
        )
      )
      expect(performance.now() - started).toBeLessThan(100)
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })
})

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
    // the range is built once: the loops allocate nothing more, so time (not memory) is what stops them
    const text = 'a: "<% assign r = (1..100000) %><% for i in r %><% for j in r %><% endfor %><% endfor %>"'
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

  it('counts the text a render writes: outputs, literal text in loops, capture and cycle', () => {
    const doubling = '<% capture a %><< a >><< a >><% endcapture %>'.repeat(25)
    const cases = [
      `a: "<% assign a = 'xx' %>${doubling}<< a | size >>"`,
      'a: "<% for i in (1..1100000) %>xxxxxxxxxx<% endfor %>"',
      `a: "<% for i in (1..1100000) %><% cycle '${'x'.repeat(10)}', '${'y'.repeat(10)}' %><% endfor %>"`,
      `a: "<% assign s = '${'x'.repeat(100)}' %><% for i in (1..110000) %><< s >><% endfor %>"`
    ]
    for (const text of cases) {
      const { error, ms } = failure(() => compile(text).render({}))
      expect(error.message).toMatch(/^evil\.yml:1:\d+: rendering failed: memory alloc limit exceeded/)
      expect(ms).toBeLessThan(5000)
    }
  })

  it('stops at limits shared with other renders, with their message', () => {
    const memory = new MemoryBudget(1100, undefined, 'the shared budget is spent') // range and text: 100 + 1,000
    const deadline = new RenderDeadline(performance.now() + 60_000, 'the shared time is up')
    const template = compile('a: "<% for i in (1..100) %>xxxxxxxxxx<% endfor %>"')
    expect(template.render({}, { memory, deadline }).value).toEqual({ a: 'x'.repeat(1000) })
    expect(failure(() => template.render({}, { memory, deadline })).error.message).toMatch(
      /^evil\.yml:1:\d+: rendering failed: the shared budget is spent$/
    )
    const passed = new RenderDeadline(performance.now() - 1, 'the shared time is up')
    const fresh = new MemoryBudget()
    expect(failure(() => template.render({}, { memory: fresh, deadline: passed })).error.message).toBe(
      'evil.yml:1:4: rendering failed: the shared time is up'
    )
  })

  it('refuses a value with more outputs and tags than liquidjs parses in linear time', () => {
    expect(compile(`a: "${'<< x >>'.repeat(1000)}"`).render({ x: 1 }).value).toEqual({ a: '1'.repeat(1000) })
    const { error } = failure(() => compile(`a: ok\nb: "${'<< x >>'.repeat(1001)}"`))
    expect(error.message).toBe(
      'evil.yml:2:4: 1001 outputs and tags in one value, over the 1000 a value may hold: split the text across keys, or loop over a list instead of repeating'
    )
  })

  it('refuses a leaf longer than the parse limit', () => {
    const { error } = failure(() => compile(`a: "<< x >>${'y'.repeat(1_000_001)}"`))
    expect(error.message).toMatch(/^evil\.yml:1:4: parse length limit exceeded/)
  })
})
