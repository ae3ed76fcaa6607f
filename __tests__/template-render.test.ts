import { describe, expect, it } from '@jest/globals'
import { compileTemplate } from '../src/template/compile.js'

const compile = (text: string) => compileTemplate({ name: 't', file: 'tpl.yml', text, builtin: false })
const render = (text: string, scope: Record<string, unknown> = {}) => compile(text).render(scope).value

describe('structural rendering', () => {
  it('keeps the type of a whole-leaf value', () => {
    const scope = { n: 42, ok: false, list: [1, 'two'], obj: { a: 1, b: [true] }, s: 'text' }
    const text =
      'n: "<< n >>"\nok: "<< ok >>"\nlist: "<< list >>"\nobj: "<< obj >>"\ns: "<< s >>"\nspaced: "  << n >>  "'
    expect(render(text, scope)).toEqual({
      n: 42,
      ok: false,
      list: [1, 'two'],
      obj: { a: 1, b: [true] },
      s: 'text',
      spaced: 42
    })
  })

  it('renders a leaf mixing text and outputs as a string, missing values as empty text', () => {
    expect(render('a: "n=<< n >> <<missing>>!"\nb: "<< n >><< n >>"', { n: 7 })).toEqual({ a: 'n=7 !', b: '77' })
  })

  it('renders tags inside a leaf as text', () => {
    expect(render('a: "<% if n > 1 %>many<% else %>one<% endif %>"', { n: 3 })).toEqual({ a: 'many' })
    expect(render('a: "<% for i in list %><< i >>,<% endfor %>"', { list: [1, 2] })).toEqual({ a: '1,2,' })
  })

  it('passes numbers, booleans, null and plain strings through unchanged', () => {
    const text = 'n: 1.5\nb: true\nz: null\nempty:\ns: plain {{ not_liquid }} ${{ nor_this }}\nl: []\nm: {}'
    expect(render(text)).toEqual({
      n: 1.5,
      b: true,
      z: null,
      empty: null,
      s: 'plain {{ not_liquid }} ${{ nor_this }}',
      l: [],
      m: {}
    })
  })

  it('accepts JSON documents', () => {
    expect(render('{"title": "<< t >>", "n": [1, "<< t >>"]}', { t: 'x' })).toEqual({ title: 'x', n: [1, 'x'] })
  })

  it('never templates keys', () => {
    expect(render('"<< k >>": v\n"<% x %>": w', { k: 'no' })).toEqual({ '<< k >>': 'v', '<% x %>': 'w' })
  })

  it('keeps keys spelled as written and treats __proto__ as an ordinary key', () => {
    const value = render('1.0: a\n~: b\n__proto__: "<< x >>"', { x: 'c' }) as Record<string, unknown>
    expect(Object.keys(value)).toEqual(['1.0', '~', '__proto__'])
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(JSON.parse(JSON.stringify(value))).toEqual({ '1.0': 'a', '~': 'b', ['__proto__']: 'c' })
  })

  it('removes keys and array items whose whole-leaf value is missing, null or empty', () => {
    const text =
      'a: "<< missing >>"\nb: "<< nil >>"\nc: "<< empty >>"\nd: [1, "<< missing >>", 2]\ne: "<< zero >>"\nf: "<< no >>"'
    expect(render(text, { nil: null, empty: '', zero: 0, no: false })).toEqual({ d: [1, 2], e: 0, f: false })
  })

  it('removes mappings and sequences emptied by removals, cascading up', () => {
    const text = [
      'embeds:',
      '  - title: "<< missing >>"',
      '    footer:',
      '      text: "<< missing >>"',
      '  - title: kept',
      'fields: ["<< missing >>"]',
      'deep: {a: {b: ["<< missing >>"]}}',
      'authored_empty: {}',
      'content: "<< c >>"'
    ].join('\n')
    expect(render(text, { c: 'hi' })).toEqual({ embeds: [{ title: 'kept' }], authored_empty: {}, content: 'hi' })
  })

  it('keeps the document itself even when every key is removed', () => {
    expect(render('a: "<< missing >>"')).toEqual({})
    expect(render('- "<< missing >>"')).toEqual([])
    expect(render('"<< missing >>"')).toBeNull()
  })

  it('keeps a mixed leaf that renders empty as an empty string', () => {
    expect(render('a: "<< missing >><< missing >>"\nb: "<% if false %>x<% endif %>"')).toEqual({ a: '', b: '' })
  })

  it('outputs values literally: they are never rendered again and need no escaping', () => {
    const hostile = `<< x >> <% raw %> {{ y }} \${{ secrets.z }} "quoted" 'single' back\\slash\nnew line $& $1 \u0000 😀`
    const value = render('a: "<< v >>"\nb: "pre << v >> post"\nc: ["<< v >>"]', { v: hostile, x: 'NO', y: 'NO' })
    expect(value).toEqual({ a: hostile, b: `pre ${hostile} post`, c: [hostile] })
    expect(JSON.parse(JSON.stringify(value))).toEqual(value)
  })

  it('renders the same compiled template many times with different scopes', () => {
    const template = compile('a: "<< x >>"')
    expect(template.render({ x: 1 }).value).toEqual({ a: 1 })
    expect(template.render({ x: 'two' }).value).toEqual({ a: 'two' })
    expect(template.render({}).value).toEqual({})
  })

  it('keeps assign local to its leaf and leaves the caller scope untouched', () => {
    const scope = { n: 1 }
    const text = 'a: "<% assign y = 5 %><< y >>"\nb: "<< y >>"\nc: "<% increment n %><% increment n %>"'
    expect(render(text, scope)).toEqual({ a: '5', c: '12' })
    expect(scope).toEqual({ n: 1 })
  })

  it('converts whole-leaf values to JSON data', () => {
    const value = render('a: "<< big >>"\nb: "<< obj >>"\nc: "<< s | split: \',\' >>"', {
      big: Number.POSITIVE_INFINITY,
      obj: { keep: '', gone: undefined, nested: [undefined, null] },
      s: 'x,y'
    })
    expect(value).toEqual({ b: { keep: '', nested: [null, null] }, c: ['x', 'y'] })
  })

  it('cuts cycles in whole-leaf values', () => {
    const list: unknown[] = []
    const cyclic: Record<string, unknown> = { name: 'loop', list }
    cyclic.self = cyclic
    list.push(cyclic)
    expect(render('a: "<< v >>"', { v: cyclic })).toEqual({ a: { name: 'loop', list: [null] } })
  })
})

describe('positions', () => {
  it('maps each output path to its position in the file, front matter lines included', () => {
    const text = [
      '---',
      'platform: discord',
      '---',
      'content: "<< c >>"',
      'embeds:',
      '  - title: "<< missing >>"',
      '  - title: t',
      '    color: 5'
    ].join('\n')
    const { positions } = compile(text).render({ c: 'x' })
    expect(positions.get('content')).toEqual({ line: 4, column: 10 })
    expect(positions.get('embeds')).toEqual({ line: 6, column: 3 })
    expect(positions.get('embeds[0]')).toEqual({ line: 7, column: 5 })
    expect(positions.get('embeds[0].title')).toEqual({ line: 7, column: 12 })
    expect(positions.get('embeds[0].color')).toEqual({ line: 8, column: 12 })
    expect(positions.has('embeds[1]')).toBe(false)
  })
})

describe('literal text (what the author wrote that is sent)', () => {
  it('is the literal values and the text of Liquid leaves outside outputs and tags, raw blocks included', () => {
    const text = [
      '---',
      'description: pings <!here> and @everyone',
      '---',
      '# a comment: <!channel> @here',
      'plain: "<@123> written"',
      'count: 3',
      '"@everyone-key": 1',
      'mixed: "cc <@&9> << alert_summary | default: \'@here\' >> then <% if x %>@ops<% else %>@dev<% endif %>"',
      'raw: "<% raw %><!subteam^S1><< x >><% endraw %>"',
      'gone: "<% comment %><!channel><% endcomment %><%# <!everyone> %>kept"',
      'whole: "<< vars.mention >>"',
      'list: [a, "<< b >>-b"]'
    ].join('\n')
    expect(compile(text).literalText.split('\n')).toEqual([
      '<@123> written',
      'cc <@&9> ',
      ' then ',
      '@ops',
      '@dev',
      '<!subteam^S1><< x >>',
      'kept',
      'a',
      '-b'
    ])
  })

  it('keeps pieces an output separates apart, so no mention is assembled across one', () => {
    expect(compile('t: "<@<< x >>123>"').literalText).toBe('<@\n123>')
  })
})
