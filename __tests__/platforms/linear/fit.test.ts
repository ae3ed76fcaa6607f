import { describe, expect, it } from '@jest/globals'
import { linear } from '../../../src/platforms/linear/index.js'
import { context, payload, TEAM, variablesOf } from './helpers.js'

describe('linear.fit', () => {
  it('collapses the title to one line and says so', () => {
    const ctx = context()
    const fitted = linear.fit(payload({ title: '  Job\n\tdaily_etl   failed \n' }), ctx)
    expect(variablesOf(fitted).title).toBe('Job daily_etl failed')
    expect(ctx.warnings).toEqual([{ path: 'variables.title', message: expect.stringContaining('one line') }])
  })

  it('caps the title at 255 UTF-16 units without splitting an emoji', () => {
    const ctx = context()
    const title = variablesOf(linear.fit(payload({ title: '🚨'.repeat(200) }), ctx)).title as string
    expect(title).toBe('🚨'.repeat(127) + '…')
    expect(ctx.warnings[0]).toEqual({ path: 'variables.title', message: expect.stringContaining('truncated from 400') })
  })

  it('puts a visible placeholder in an empty or missing title', () => {
    for (const variables of [{ title: ' \n ' }, { title: null }]) {
      const ctx = context()
      expect(variablesOf(linear.fit(payload(variables), ctx)).title).toBe('Dagster+ alert (no summary)')
      expect(ctx.warnings[0].message).toContain('placeholder')
    }
  })

  it('caps the description at 100 000 units, keeping the code block closed', () => {
    const ctx = context()
    const description = '```\n' + 'x'.repeat(120_000) + '\n```'
    const fitted = variablesOf(linear.fit(payload({ description }), ctx)).description as string
    expect(fitted.length).toBeLessThanOrEqual(100_000)
    expect(fitted.endsWith('…\n```')).toBe(true)
    expect(ctx.warnings[0].path).toBe('variables.description')
  })

  it.each([
    ['1', 1],
    [' 4 ', 4],
    ['High', 2],
    ['urgent', 1],
    ['none', 0]
  ])('turns priority %j into the number %d', (priority, expected) => {
    const ctx = context()
    expect(variablesOf(linear.fit(payload({ priority }), ctx)).priority).toBe(expected)
    expect(ctx.warnings[0]).toEqual({
      path: 'variables.priority',
      message: expect.stringContaining(`number ${expected}`)
    })
  })

  it('keeps a valid numeric priority silently', () => {
    const ctx = context()
    expect(variablesOf(linear.fit(payload({ priority: 3 }), ctx)).priority).toBe(3)
    expect(ctx.warnings).toEqual([])
  })

  it.each([[7], [-1], [1.5], ['soon'], ['9']])('drops priority %j outside 0..4 with a warning', priority => {
    const ctx = context()
    expect(variablesOf(linear.fit(payload({ priority }), ctx))).not.toHaveProperty('priority')
    expect(ctx.warnings[0]).toEqual({
      path: 'variables.priority',
      message: expect.stringContaining('not a Linear priority')
    })
  })

  it('splits comma-separated label ids into a list', () => {
    const ctx = context()
    expect(variablesOf(linear.fit(payload({ labelIds: 'a1, b2,,c3' }), ctx)).labelIds).toEqual(['a1', 'b2', 'c3'])
    expect(ctx.warnings[0].path).toBe('variables.labelIds')
  })

  it('drops empty optional variables but never a required one', () => {
    const ctx = context()
    const fitted = variablesOf(linear.fit(payload({ description: '  ', labelIds: ' , ', teamId: '' }), ctx))
    expect(fitted).not.toHaveProperty('description')
    expect(fitted).not.toHaveProperty('labelIds')
    expect(fitted.teamId).toBe('')
    expect(ctx.warnings.map(w => w.path)).toEqual(
      expect.arrayContaining(['variables.description', 'variables.labelIds'])
    )
  })

  it('follows whichever variable feeds a field (the seed names them $desc and $team)', () => {
    const query =
      'mutation CreateAlert($t: String!, $desc: String!, $team: String!, $p: Int) ' +
      '{ issueCreate(input: { title: $t, description: $desc, teamId: $team, priority: $p }) { success issue { identifier url } } }'
    const ctx = context()
    const fitted = variablesOf(linear.fit({ query, variables: { t: 'a\nb', desc: 'd', team: TEAM, p: '2' } }, ctx))
    expect(fitted).toEqual({ t: 'a b', desc: 'd', team: TEAM, p: 2 })
  })

  it('fits the fields of a whole `$input` variable', () => {
    const query =
      'mutation M($input: IssueCreateInput!) { issueCreate(input: $input) { success issue { identifier url } } }'
    const ctx = context()
    const fitted = variablesOf(
      linear.fit({ query, variables: { input: { title: 'a\nb', teamId: TEAM, priority: '1', description: '' } } }, ctx)
    )
    expect(fitted.input).toEqual({ title: 'a b', teamId: TEAM, priority: 1 })
    expect(ctx.warnings.map(w => w.path)).toEqual([
      'variables.input.title',
      'variables.input.priority',
      'variables.input.description'
    ])
  })

  it('leaves the original payload untouched and passes unreadable payloads through', () => {
    const original = payload({ title: 'a\nb' })
    const copy = structuredClone(original)
    linear.fit(original, context())
    expect(original).toEqual(copy)
    expect(linear.fit('text', context())).toBe('text')
    expect(linear.fit({ query: 'query { viewer { id } }', variables: { a: '' } }, context())).toEqual({
      query: 'query { viewer { id } }',
      variables: { a: '' }
    })
  })
})
