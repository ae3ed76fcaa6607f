import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { compileTemplate } from '../src/template/compile.js'
import { truncate } from '../src/truncate.js'

const template = compileTemplate({
  name: 'property',
  file: 'property.yml',
  text: 'a: "<< x >>"\nb: "pre << x >> post"\nc: "<< x | truncate: 50 >>"\n',
  builtin: false
})

// Text that tries to break out: delimiters of every templating layer, quotes, escapes, replacement patterns.
const hostilePiece = fc.constantFrom(
  '<<',
  '>>',
  '<%',
  '%>',
  '{{',
  '}}',
  '${{',
  '"',
  "'",
  '\\',
  '\n',
  '\r\n',
  '$&',
  '$1',
  '`',
  '\u0000',
  '😀',
  '\u2028'
)
const hostileText = fc
  .array(fc.oneof(hostilePiece, fc.string({ unit: 'grapheme' })), { maxLength: 12 })
  .map(parts => parts.join(''))
const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme-composite' }),
  fc.string({ unit: 'binary-ascii' }),
  hostileText
)

describe('rendering any string', () => {
  it('yields JSON that round-trips and holds the string itself', () => {
    fc.assert(
      fc.property(anyText, s => {
        const { value } = template.render({ x: s })
        expect(JSON.parse(JSON.stringify(value))).toEqual(value)
        const expected: Record<string, string> = { b: `pre ${s} post` }
        if (s !== '') Object.assign(expected, { a: s, c: truncate(s, 50) })
        expect(value).toStrictEqual(expected)
      }),
      { numRuns: 500 }
    )
  })
})
