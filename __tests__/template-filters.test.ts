import { describe, expect, it } from '@jest/globals'
import { TemplateError } from '../src/errors.js'
import { compileTemplate } from '../src/template/compile.js'
import { truncate } from '../src/truncate.js'

/** Renders `<< value | filter >>` as a whole leaf. */
function apply(filter: string, value: unknown): unknown {
  const template = compileTemplate({ name: 't', file: 't.yml', text: `out: "<< value | ${filter} >>"`, builtin: false })
  return (template.render({ value }).value as { out?: unknown }).out
}

const ZWSP = '\u200b'

describe('iso8601', () => {
  it('turns Dagster times into ISO 8601', () => {
    expect(apply('iso8601', 'Jan 8, 2026 10:00 AM')).toBe('2026-01-08T10:00:00Z')
    expect(apply('iso8601', 1767866400)).toBe('2026-01-08T10:00:00Z')
  })

  it('passes unreadable input through unchanged', () => {
    expect(apply('iso8601', 'soon')).toBe('soon')
    expect(apply('iso8601', undefined)).toBeUndefined()
  })
})

describe('code_block', () => {
  it('wraps text in a fenced block, without a doubled final newline', () => {
    expect(apply('code_block', 'Traceback\n  line 1\n')).toBe('```\nTraceback\n  line 1\n```')
  })

  it('takes an optional language, reduced to safe characters', () => {
    expect(apply("code_block: 'python'", 'x = 1')).toBe('```python\nx = 1\n```')
    expect(apply("code_block: 'py`\\nthon'", 'x')).toBe('```python\nx\n```')
  })

  it('cannot be closed early by backticks in the value', () => {
    const value = 'before\n```\n@everyone **bold**\n````'
    const block = apply('code_block', value) as string
    expect(block).toBe(
      `\`\`\`\nbefore\n\`${ZWSP}\`${ZWSP}\`\n@everyone **bold**\n\`${ZWSP}\`${ZWSP}\`${ZWSP}\`\n\`\`\``
    )
    expect(block.slice(3, -3)).not.toContain('``')
    expect(block.replaceAll(ZWSP, '').slice(3, -3)).toBe('\n' + value + '\n')
  })

  it('leaves a missing value missing, so the key is removed', () => {
    expect(apply('code_block', undefined)).toBeUndefined()
    expect(apply('code_block', '')).toBeUndefined()
  })
})

describe('noformat_block', () => {
  it('wraps text in a {noformat} block that a {noformat} in the text, in any case, cannot close', () => {
    const value = 'before\n{noformat}\n[~accountid:1] h1. x\n{NoFormat:title=y}'
    const block = apply('noformat_block', value) as string
    expect(block).toBe(
      `{noformat}\nbefore\n{${ZWSP}noformat}\n[~accountid:1] h1. x\n{${ZWSP}NoFormat:title=y}\n{noformat}`
    )
    expect(block.slice('{noformat}'.length, -'{noformat}'.length).toLowerCase()).not.toContain('{noformat')
    expect(block.replaceAll(ZWSP, '')).toBe(`{noformat}\n${value}\n{noformat}`)
  })

  it('leaves a missing value missing', () => {
    expect(apply('noformat_block', undefined)).toBeUndefined()
    expect(apply('noformat_block', '')).toBeUndefined()
  })
})

describe('json', () => {
  it('is JSON.stringify', () => {
    expect(apply('json', 'say "hi"\n')).toBe('"say \\"hi\\"\\n"')
    expect(apply('json', { a: [1, true] })).toBe('{"a":[1,true]}')
  })
})

describe('escape_markdown', () => {
  it('backslash-escapes Markdown and Discord specials', () => {
    expect(apply('escape_markdown', '*a* _b_ ~~c~~ `d` ||e|| [f](g) \\ > #h -i')).toBe(
      '\\*a\\* \\_b\\_ \\~\\~c\\~\\~ \\`d\\` \\|\\|e\\|\\| \\[f\\]\\(g\\) \\\\ \\> \\#h \\-i'
    )
  })

  it('escapes list markers only where they start a line', () => {
    expect(apply('escape_markdown', '1. first\n  + second\nversion 2. 3+4')).toBe(
      '1\\. first\n  \\+ second\nversion 2. 3+4'
    )
  })

  it('leaves plain text alone', () => {
    expect(apply('escape_markdown', 'Run 42 failed: ok.')).toBe('Run 42 failed: ok.')
  })
})

describe('truncate', () => {
  it('counts code points and ends with …', () => {
    expect(apply('truncate: 5', '😀😀😀😀😀😀')).toBe('😀😀😀😀…')
    expect(apply('truncate: 5', 'short')).toBe('short')
    expect(apply('truncate: 4', 'abcdef')).toBe(truncate('abcdef', 4))
  })

  it('defaults to 50 like Liquid', () => {
    expect(apply('truncate', 'x'.repeat(60))).toBe(`${'x'.repeat(49)}…`)
  })

  it('keeps a code block closed', () => {
    expect(apply('code_block | truncate: 20', 'x'.repeat(100))).toBe(truncate(`\`\`\`\n${'x'.repeat(100)}\n\`\`\``, 20))
    expect((apply('code_block | truncate: 20', 'x'.repeat(100)) as string).endsWith('…\n```')).toBe(true)
  })

  it('rejects a length that is not a whole number', () => {
    expect(() => apply("truncate: 'many'", 'abc')).toThrow(TemplateError)
    expect(() => apply("truncate: 'many'", 'abc')).toThrow(
      't.yml:1:7: rendering failed: truncate needs a whole number of characters'
    )
  })
})

describe('standard Liquid filters', () => {
  it('are available', () => {
    expect(apply("default: 'none'", undefined)).toBe('none')
    expect(apply('upcase', 'abc')).toBe('ABC')
  })
})

describe('adf', () => {
  it('turns text into an Atlassian Document Format document', () => {
    const doc = apply('adf', 'Run **failed**\n\nsecond paragraph') as Record<string, unknown>
    expect(doc).toEqual(expect.objectContaining({ type: 'doc', version: 1 }))
    expect(Array.isArray(doc.content)).toBe(true)
  })

  it('leaves a missing value missing', () => {
    expect(apply('adf', undefined)).toBeUndefined()
  })
})
