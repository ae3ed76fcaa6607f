import { jest } from '@jest/globals'
import { fitText, measureLength, truncate } from '../src/truncate.js'

describe('truncate', () => {
  it('leaves text within the limit unchanged', () => {
    expect(truncate('hello', 5)).toBe('hello')
  })

  it('ends with an ellipsis and stays within the limit', () => {
    expect(truncate('hello world', 8)).toBe('hello w…')
  })

  it('never splits a character made of two UTF-16 units', () => {
    const text = '😀'.repeat(10)
    const cut = truncate(text, 4)
    expect(cut).toBe('😀😀😀…')
    expect(cut).not.toMatch(/[\uD800-\uDFFF]/u)
  })

  it('counts UTF-16 units when asked, still without splitting a character', () => {
    const cut = truncate('a😀😀😀', 5, 'utf16')
    expect(cut).toBe('a😀…')
    expect(cut.length).toBeLessThanOrEqual(5)
  })

  it('keeps the closing fence of a code block', () => {
    const block = '```\n' + 'x'.repeat(100) + '\n```'
    const cut = truncate(block, 30)
    expect(measureLength(cut)).toBeLessThanOrEqual(30)
    expect(cut.startsWith('```\nxxx')).toBe(true)
    expect(cut.endsWith('…\n```')).toBe(true)
  })
})

describe('fitText', () => {
  it('warns with the original and final lengths', () => {
    const warnings: string[] = []
    const out = fitText('abcdefghij', 5, 'embeds[0].title', p => warnings.push(`${p.path}: ${p.message}`))
    expect(out).toBe('abcd…')
    expect(warnings).toEqual(['embeds[0].title: truncated from 10 to 5 characters (limit 5)'])
  })

  it('is silent when nothing changes', () => {
    const warn = jest.fn()
    fitText('abc', 5, 'x', warn)
    expect(warn).not.toHaveBeenCalled()
  })
})
