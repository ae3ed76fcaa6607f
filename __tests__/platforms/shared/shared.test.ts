import { describe, expect, it } from '@jest/globals'
import type { Problem } from '../../../src/errors.js'
import { shrinkToBudget, type Shrinkable } from '../../../src/platforms/shared/budget.js'
import { Findings } from '../../../src/platforms/shared/findings.js'
import { withLookedUpLink } from '../../../src/platforms/shared/link-lookup.js'
import { dropExtraItems } from '../../../src/platforms/shared/lists.js'
import { neutralise, WORD_JOINER } from '../../../src/platforms/shared/mentions.js'
import { replyText, REPLY_TEXT_LIMIT } from '../../../src/platforms/shared/reply.js'
import type { PlatformContext } from '../../../src/platforms/types.js'

describe('replyText', () => {
  it('says (empty reply) for nothing and bounds long text', () => {
    expect(replyText('  \n ')).toBe('(empty reply)')
    expect([...replyText('x'.repeat(5000))]).toHaveLength(REPLY_TEXT_LIMIT)
  })
  it('folds to one line on request', () => {
    expect(replyText('a\n  b\n', { oneLine: true })).toBe('a b')
    expect(replyText('a\nb')).toBe('a\nb')
  })
})

describe('Findings', () => {
  it('names the platform and the measure in length problems', () => {
    const findings = new Findings('Slack', 'utf16')
    findings.text('😀😀', 'a', 3)
    findings.text('😀😀', 'b', 4)
    expect(findings.problems).toEqual([{ path: 'a', message: 'is 4 characters long; Slack allows at most 3' }])
  })
  it('checks kinds, urls, lists and required objects', () => {
    const findings = new Findings('Discord')
    findings.text(3, 't')
    findings.text(' ', 'blank', 10, true)
    findings.url('ftp://x', 'u')
    findings.boolean('yes', 'b')
    expect(findings.list([1, 2, 3], 'l', 2, 'items')).toEqual([1, 2, 3])
    expect(findings.list([], 'm', 2, 'items', 1)).toEqual([])
    expect(findings.object(undefined, 'o', true)).toBeUndefined()
    expect(findings.object(undefined, 'p')).toBeUndefined()
    expect(findings.object([], 'q')).toBeUndefined()
    expect(findings.problems.map(p => `${p.path}: ${p.message}`)).toEqual([
      't: must be a string, got a number',
      'blank: must not be empty',
      'u: must be an http(s) URL',
      'b: must be true or false, got a string',
      'l: has 3 items; Discord allows at most 2',
      'm: must hold at least 1 of items',
      'o: is required',
      'q: must be an object, got a list'
    ])
  })
})

describe('dropExtraItems', () => {
  it('keeps the first items and says how many went', () => {
    const warnings: Problem[] = []
    expect(
      dropExtraItems([1, 2, 3], { max: 2, what: 'embeds', path: 'embeds', platform: 'Discord' }, p => warnings.push(p))
    ).toEqual([1, 2])
    expect(warnings).toEqual([{ path: 'embeds', message: '3 embeds, Discord allows 2; dropped the last 1' }])
  })
})

describe('shrinkToBudget', () => {
  function texts(values: string[], floor = 0): { items: Shrinkable[]; current: string[] } {
    const current = [...values]
    return {
      current,
      items: values.map((text, i) => ({ path: `t${i}`, text, floor, set: (value: string) => (current[i] = value) }))
    }
  }
  const total = (values: string[]) => values.reduce((sum, text) => sum + [...text].length, 0)

  it('shortens the longest text first and leaves short ones alone', () => {
    const { items, current } = texts(['a'.repeat(100), 'short', 'b'.repeat(40)])
    const warnings: Problem[] = []
    shrinkToBudget(items, { fits: () => total(current) <= 100, measure: 'codepoints', reason: 'to fit 100' }, p =>
      warnings.push(p)
    )
    expect(total(current)).toBeLessThanOrEqual(100)
    expect(current[1]).toBe('short')
    expect(current[0].endsWith('…')).toBe(true)
    expect(warnings.every(w => w.message.endsWith(', to fit 100'))).toBe(true)
  })
  it('does nothing when the payload fits', () => {
    const { items, current } = texts(['abc'])
    shrinkToBudget(items, { fits: () => true, measure: 'codepoints', reason: '' }, () => {
      throw new Error('no warning expected')
    })
    expect(current).toEqual(['abc'])
  })
  it('never goes below a floor', () => {
    const { items, current } = texts(['x'.repeat(50), 'y'.repeat(50)], 5)
    shrinkToBudget(items, { fits: () => total(current) <= 1, measure: 'codepoints', reason: 'r' }, () => {})
    expect(current.map(text => [...text].length)).toEqual([5, 5])
  })
})

describe('neutralise', () => {
  it('makes unauthored mentions inert and keeps authored ones', () => {
    const pattern = /@(here|channel)\b/g
    const inert = (_: string, name: string) => `@${WORD_JOINER}${name}`
    expect(neutralise('@here and @channel', 'ping @channel', pattern, inert)).toBe(`@${WORD_JOINER}here and @channel`)
  })
})

describe('withLookedUpLink', () => {
  const delivered = { url: '', id: '1', status: 'sent' as const }
  function context(warnings: Problem[]): PlatformContext {
    return { warn: (p: Problem) => warnings.push(p) } as unknown as PlatformContext
  }
  it('uses the link found', async () => {
    expect(await withLookedUpLink(delivered, context([]), async () => ({ url: 'https://x/1' }))).toEqual({
      ...delivered,
      url: 'https://x/1'
    })
  })
  it('warns and keeps the delivery when the link is unknown or the lookup throws', async () => {
    const warnings: Problem[] = []
    expect(await withLookedUpLink(delivered, context(warnings), async () => ({ unknown: 'no server' }))).toBe(delivered)
    expect(await withLookedUpLink(delivered, context(warnings), async () => Promise.reject(new Error('reset')))).toBe(
      delivered
    )
    expect(warnings.map(w => w.message)).toEqual([
      'the message was sent, but its link is unknown (no server); the url output stays empty',
      'the message was sent, but its link is unknown (the lookup failed: reset); the url output stays empty'
    ])
  })
})
