// Built-in templates ship with their Liquid leaves precompiled (src/template/precompile.ts) and rendered by a small
// interpreter (src/template/program.ts) instead of liquidjs. Both must give the same payload for any alert: every
// built-in is rendered both ways over every notification type, recoveries, and alerts with hostile, empty and
// missing values; single leaves check each operator, tag and filter the interpreter implements.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { ACTION_ROOT } from '../src/action-root.js'
import { deriveValues } from '../src/event/derive.js'
import { normaliseAlert } from '../src/event/normalise.js'
import { templateScope } from '../src/event/scope.js'
import { NOTIFICATION_TYPES, sampleAlert, sampleRecovery, TOKENS } from '../src/event/tokens.js'
import { compileTemplate, type CompiledTemplate } from '../src/template/compile.js'
import type { TemplateDocument } from '../src/template/document.js'
import { builtinTemplateNames, loadTemplate } from '../src/template/load.js'
import { precompileDocument, precompileLeaf } from '../src/template/precompile.js'

type Outcome = { value: unknown; positions: unknown } | { error: string }

function outcome(template: CompiledTemplate, scope: Record<string, unknown>): Outcome {
  try {
    const { value, positions } = template.render(scope)
    return { value, positions: [...positions] }
  } catch (error) {
    return { error: (error as Error).message }
  }
}

const RUNNER_ENV = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/data',
  GITHUB_RUN_ID: '42'
}

function scopeOf(data: Record<string, unknown>, vars: Record<string, unknown>): Record<string, unknown> {
  const alert = normaliseAlert(data)
  return templateScope(alert, deriveValues(alert, RUNNER_ENV), vars)
}

describe('built-in templates: precompiled leaves render as liquidjs renders them', () => {
  const names = builtinTemplateNames()
  const both = names.map(name => {
    const shipped = loadTemplate(name, ACTION_ROOT)
    const { document: _precompiled, ...source } = shipped
    return { name, liquid: compileTemplate(source), program: compileTemplate(shipped), shipped }
  })

  it.each(names)('%s ships with every Liquid leaf precompiled', name => {
    const { shipped } = both.find(each => each.name === name)!
    expect(shipped.document).toBeDefined()
    expect(precompileDocument(shipped.document as TemplateDocument).leftInLiquid).toEqual([])
    const leaves = JSON.stringify(shipped.document).match(/"program":/g) ?? []
    expect(leaves.length).toBeGreaterThan(0)
  })

  it.each(names)('%s reads the same variables, at the same positions', name => {
    const { liquid, program } = both.find(each => each.name === name)!
    expect(program.variables).toEqual(liquid.variables)
  })

  const alerts = NOTIFICATION_TYPES.flatMap(({ type }) => [
    sampleAlert(type),
    ...(sampleRecovery(type) ? [sampleRecovery(type)!] : [])
  ])
  const varsCases: Array<Record<string, unknown>> = [
    {},
    { username: 'Ops', mention: '<@&123>', project: 'ENG', team_id: 'T1', labels: ['a', 'b'], priority: 'High' },
    { username: '', avatar_url: false, mention: 0, project: null }
  ]
  it.each(names)('%s: every notification type and recovery, with and without vars', name => {
    const { liquid, program } = both.find(each => each.name === name)!
    for (const data of alerts) {
      for (const vars of varsCases)
        expect(outcome(program, scopeOf(data, vars))).toEqual(outcome(liquid, scopeOf(data, vars)))
    }
  })

  // Values a template branches on or filters: empty, blank, Markdown, fences, newlines, surrogate pairs, dates, numbers.
  const tricky = fc.constantFrom(
    '',
    ' ',
    '\n',
    'FAILURE',
    'SUCCESS',
    'DEGRADED',
    'WARN',
    'PASS',
    'healthy',
    '0',
    '12345678901234',
    'now',
    'Jan 8, 2026 10:00 AM',
    '2026-01-08T10:00:00Z',
    '1736330400',
    'not a date',
    '**bold** _x_ `code` ```fence``` <@everyone> [link](http://x) # h\n+ item\n1. one',
    'a · b · c',
    'line one\nline two\r\nline three\n\n',
    '😀 emoji 𝒳 and ünïcödé',
    'https://acme.dagster.cloud/prod/runs/abc?x=[1]&y=a b',
    'x'.repeat(5000)
  )
  const tokenNames = [...TOKENS.keys()]
  const mutatedAlert = fc
    .record({
      type: fc.constantFrom(...NOTIFICATION_TYPES.map(t => t.type)),
      recovery: fc.boolean(),
      changes: fc.dictionary(fc.constantFrom(...tokenNames), fc.option(tricky, { nil: undefined }), { maxKeys: 12 }),
      vars: fc.dictionary(
        fc.constantFrom('username', 'avatar_url', 'mention', 'project', 'team_id', 'labels', 'priority', 'issue_type'),
        fc.oneof(tricky, fc.constant(null), fc.boolean(), fc.integer(), fc.array(tricky, { maxLength: 3 })),
        { maxKeys: 4 }
      )
    })
    .map(({ type, recovery, changes, vars }) => {
      const data: Record<string, unknown> = { ...((recovery && sampleRecovery(type)) || sampleAlert(type)) }
      for (const [token, value] of Object.entries(changes)) {
        if (value === undefined) delete data[token]
        else data[token] = value
      }
      return { data, vars }
    })

  it.each(names)('%s: alerts with hostile, empty and missing values', name => {
    const { liquid, program } = both.find(each => each.name === name)!
    fc.assert(
      fc.property(mutatedAlert, ({ data, vars }) => {
        expect(outcome(program, scopeOf(data, vars))).toEqual(outcome(liquid, scopeOf(data, vars)))
      }),
      { numRuns: 150 }
    )
  })
})

describe('a precompiled leaf', () => {
  function leafTemplates(text: string): { liquid: CompiledTemplate; program: CompiledTemplate } {
    const leaf = precompileLeaf(text)
    if (!('program' in leaf)) throw new Error(`not precompiled: ${leaf.reason}`)
    const scalar = { kind: 'scalar' as const, at: { line: 1, column: 1 }, value: text, text: { quoted: true } }
    const document = (program?: typeof leaf.program): TemplateDocument => ({
      frontMatter: {},
      body: { kind: 'map', at: scalar.at, entries: [{ key: 'v', keyAt: scalar.at, value: { ...scalar, program } }] }
    })
    const source = { name: 'leaf', file: 'leaf.yml', text, builtin: true }
    return {
      liquid: compileTemplate({ ...source, document: document() }),
      program: compileTemplate({ ...source, document: document(leaf.program) })
    }
  }

  const scopes: Array<Record<string, unknown>> = [
    {},
    { a: '', b: ' ', n: 0, f: false, t: true, z: null, list: [], s: 'text' },
    {
      a: 'FAIL',
      b: 'x',
      n: 3,
      f: true,
      list: ['FAIL', 'b', 3],
      nested: { deep: { size: 9 }, first: 'own' },
      s: '😀abc',
      o: { k: 1 }
    },
    { a: ['FAIL'], b: ['FAIL'], list: 'FAIL,b', nested: [1, 2, 3], s: 'FAILURE', n: '3' }
  ]

  it.each([
    '<< a >>|<< b >>|<< n >>|<< list >>|<< o >>|<< z >>|<< missing.deep >>',
    '<< list.size >> << list.first >> << list.last >> << s.size >> << o.size >> << nested.deep.size >> << nested.first >>',
    "<< list[0] >> << list[-1] >> << nested['deep']['size'] >> << list[9] >>",
    '<% if a %>A<% elsif b %>B<% else %>C<% endif %>',
    "<% if a and b or n %>1<% endif %><% if not f %>2<% endif %><% if a == b %>3<% endif %><% if a != 'FAIL' %>4<% endif %>",
    '<% if n > 2 %>gt<% endif %><% if n < 5 %>lt<% endif %><% if n >= 3 %>ge<% endif %><% if n <= 3 %>le<% endif %>',
    "<% if list contains 'FAIL' %>L<% endif %><% if s contains 'bc' %>S<% endif %><% if n contains 3 %>N<% endif %>",
    '<% if a == true %>T<% endif %><% if f == false %>F<% endif %><% if list == b %>eq<% endif %>',
    '<% unless a %>U<% elsif b %>E<% else %>X<% endunless %>',
    "<% case a %><% when 'FAIL', 'x' %>one<% when b, 'FAIL' %>two<% else %>none<% endcase %>",
    "<% case n %><% when 3 %>three<% when '3' %>text<% endcase %>",
    '<% capture a %>[<< b >>]<% endcapture %><< a >>|<% capture t %> <%- if f %>y<% endif -%> <% endcapture %><< t >>',
    "<< a | default: 'd' >>|<< list | default: 'empty' >>|<< f | default: 'no' >>|<< n | default: 9 >>|<< z | default: b >>",
    "<< s | capitalize >>|<< a | prepend: '<' >>|<< s | remove_first: 'a' >>|<< s | replace: 'a', '$&' >>",
    '<< s | slice: 0, 2 >>|<< s | slice: -2 >>|<< list | slice: 1, 5 >>|<< z | slice: 0 >>|<< s | slice: 0, -1 >>',
    '<< b | strip >>|<< s | strip_newlines >>|<< s | uri_escape >>|<< list | uri_escape >>',
    "<< s | date: '%s' >>|<< n | date: '%s' >>|<< z | date: '%s' >>",
    "<< s | escape_markdown | truncate: 3 | code_block: 'js' >>",
    '<< o >>',
    '<< list >>',
    '<< n | default: 0 >>'
  ])('%s renders as liquidjs renders it, whatever the values', text => {
    const { liquid, program } = leafTemplates(text)
    for (const scope of scopes) expect(outcome(program, scope)).toEqual(outcome(liquid, scope))
  })

  it('gives liquidjs dates to `date: %s`', () => {
    const { liquid, program } = leafTemplates("<< d | date: '%s' >>")
    for (const d of ['2026-01-08T10:00:00Z', 'Jan 8, 2026 10:00 AM', '1736330400', 1736330400, 'junk', true, [], '']) {
      expect(outcome(program, { d })).toEqual(outcome(liquid, { d }))
    }
  })

  it.each([
    ['<% for x in list %><< x >><% endfor %>', 'the "for" tag'],
    ['<< a | default: nil >>', 'the literal "nil"'],
    ["<< a | default: 'x', allow_false: true >>", 'the "default" filter with a named argument'],
    ["<< a | date: '%Y' >>", 'the "date" filter with 1 argument(s) of another value'],
    ['<< a | upcase >>', 'the "upcase" filter'],
    ['<< a | strip: "x" >>', 'the "strip" filter with 1 argument(s)'],
    ['<< (1..3) >>', 'the expression "(1..3)"'],
    ['<< a[b] >>', 'the variable "a[b]"']
  ])('leaves %s in Liquid: %s', (text, reason) => {
    expect(precompileLeaf(text)).toEqual({ reason })
  })
})
