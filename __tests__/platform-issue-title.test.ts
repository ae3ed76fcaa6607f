import { describe, expect, it } from '@jest/globals'
import type { Problem } from '../src/errors.js'
import { fitIssueTitle, type TitleRules } from '../src/platforms/shared/issue-title.js'
import type { JsonObject } from '../src/platforms/shared/json.js'

const RULES: TitleRules = { key: 'summary', path: 'fields.summary', platform: 'Jira', placeholder: '(none)', max: 10 }

function fitted(holder: JsonObject, rules: TitleRules = RULES): { holder: JsonObject; warnings: Problem[] } {
  const warnings: Problem[] = []
  fitIssueTitle(holder, rules, problem => warnings.push(problem))
  return { holder, warnings }
}

describe('fitIssueTitle', () => {
  it('leaves a short one-line title as it is, without warnings', () => {
    expect(fitted({ summary: 'Job failed', other: 1 })).toEqual({
      holder: { summary: 'Job failed', other: 1 },
      warnings: []
    })
  })

  it('joins lines with single spaces and trims, with a warning naming the platform and field', () => {
    const { holder, warnings } = fitted({ summary: ' Job \r\n\tfailed ' })
    expect(holder.summary).toBe('Job failed')
    expect(warnings).toEqual([
      { path: 'fields.summary', message: 'line breaks and tabs replaced by spaces (a Jira summary is one line)' }
    ])
  })

  it.each([[{}], [{ summary: '  ' }]])('sets the placeholder for a missing or blank title: %j', holder => {
    const result = fitted(holder)
    expect(result.holder.summary).toBe('(none)')
    expect(result.warnings.at(-1)).toEqual({
      path: 'fields.summary',
      message: 'was empty; set to "(none)" because Jira requires a summary'
    })
  })

  it.each([[{ summary: null }], [{ summary: 42 }], [{ summary: ['a'] }]])(
    'leaves a title that is not text to validation: %j',
    holder => {
      expect(fitted(structuredClone(holder))).toEqual({ holder, warnings: [] })
    }
  )

  it('shortens a long title to max, counted by the rules measure', () => {
    const emoji = '😀'.repeat(8)
    expect(fitted({ title: emoji }, { ...RULES, key: 'title' }).holder.title).toBe(emoji)
    const utf16 = fitted({ title: emoji }, { ...RULES, key: 'title', measure: 'utf16' })
    expect(utf16.holder.title).toBe('😀'.repeat(4) + '…')
    expect(utf16.warnings).toHaveLength(1)
    expect(utf16.warnings[0].path).toBe('fields.summary')
  })
})
