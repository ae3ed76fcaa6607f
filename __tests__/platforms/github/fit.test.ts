import { describe, expect, it } from '@jest/globals'
import type { Problem } from '../../../src/errors.js'
import { github } from '../../../src/platforms/github/index.js'
import type { Json } from '../../../src/json.js'
import { measureLength } from '../../../src/truncate.js'
import { context } from './context.js'

function fitted(payload: Json): { payload: Record<string, Json>; warnings: Problem[] } {
  const { ctx, warnings } = context()
  return { payload: github.fit(payload, ctx) as Record<string, Json>, warnings }
}

describe('github.fit', () => {
  it('makes the title one line, and fills an empty one', () => {
    const multiLine = fitted({ title: ' Job failed\n  at step\tload ' })
    expect(multiLine.payload.title).toBe('Job failed at step load')
    expect(multiLine.warnings).toEqual([{ path: 'title', message: expect.stringContaining('one line') }])
    const empty = fitted({ title: '  ' })
    expect(empty.payload.title).toBe('(no title)')
    expect(empty.warnings[0].message).toContain('GitHub requires a title')
  })

  it('shortens the title to 256 characters without splitting an emoji', () => {
    const { payload, warnings } = fitted({ title: `🔴 ${'x'.repeat(254)}🚀🚀` })
    expect(measureLength(payload.title as string)).toBe(256)
    expect(payload.title).toMatch(/^🔴 x+…$/)
    expect(warnings).toEqual([{ path: 'title', message: 'truncated from 258 to 256 characters (limit 256)' }])
  })

  it('cuts a long body inside its longest code block, keeping the facts, fences and links', () => {
    const body = `| Status | FAILURE |\n|---|---|\n\n\`\`\`\nshort\n\`\`\`\n\n\`\`\`\n${'trace line\n'.repeat(8000)}end\n\`\`\`\n\n[Run](https://x.test/run)`
    const { payload, warnings } = fitted({ title: 't', body })
    const shortened = payload.body as string
    expect(measureLength(shortened)).toBe(65536)
    expect(shortened.startsWith('| Status | FAILURE |\n|---|---|\n\n```\nshort\n```\n\n```\ntrace line\n')).toBe(true)
    expect(shortened.endsWith('…\n```\n\n[Run](https://x.test/run)')).toBe(true)
    expect(warnings).toEqual([
      { path: 'body', message: expect.stringContaining('truncated from 88085 to 65536 characters') }
    ])
  })

  it('splits label text at commas and line breaks, trims, drops empty and duplicate names, shortens long ones', () => {
    const { payload, warnings } = fitted({ title: 't', labels: `dagster, data quality,\nDagster, ,${'l'.repeat(60)}` })
    expect(payload.labels).toEqual(['dagster', 'data quality', `${'l'.repeat(49)}…`])
    expect(warnings.map(warning => warning.path)).toEqual(['labels[2]', 'labels[3]'])
    expect(fitted({ title: 't', labels: [2026, ' prod '] }).payload.labels).toEqual(['2026', 'prod'])
  })

  it('leaves out labels and assignees that come to nothing', () => {
    const { payload } = fitted({ title: 't', labels: ' , ', assignees: [] })
    expect(payload).toEqual({ title: 't' })
  })

  it('reads assignees as logins without @, at most 10', () => {
    expect(fitted({ title: 't', assignees: '@octocat, jane-doe Octocat' }).payload.assignees).toEqual([
      'octocat',
      'jane-doe'
    ])
    const many = fitted({ title: 't', assignees: Array.from({ length: 12 }, (_, n) => `user${n}`) })
    expect(many.payload.assignees).toHaveLength(10)
    expect(many.warnings).toEqual([
      { path: 'assignees', message: '12 assignees; GitHub takes 10, so the first 10 are kept' }
    ])
  })
})
