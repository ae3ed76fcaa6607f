import { describe, expect, it } from '@jest/globals'
import type { Problem } from '../../../src/errors.js'
import { github } from '../../../src/platforms/github/index.js'
import type { Json } from '../../../src/json.js'
import { context } from './context.js'

function validated(payload: Json): Problem[] {
  return github.validate(payload, context().ctx)
}

describe('github.validate', () => {
  it('accepts an issue', () => {
    expect(
      validated({
        title: 'Job failed',
        body: 'text',
        labels: ['dagster'],
        assignees: ['octocat'],
        milestone: 3,
        type: 'Bug'
      })
    ).toEqual([])
    expect(validated({ title: 'Job failed', body: null, milestone: null })).toEqual([])
  })

  it.each<[string, Json, unknown[]]>([
    ['not an object', [], [{ path: '', message: expect.stringContaining('must be a JSON object') }]],
    ['no title', { body: 'x' }, [{ path: 'title', message: 'is missing: GitHub requires a title' }]],
    ['a number title', { title: 5 }, [{ path: 'title', message: 'must be a string, not a number' }]],
    ['an empty title', { title: ' ' }, [{ path: 'title', message: 'must not be empty' }]],
    ['a two-line title', { title: 'a\nb' }, [{ path: 'title', message: 'must be one line' }]],
    [
      'a long title',
      { title: 'x'.repeat(257) },
      [{ path: 'title', message: 'is 257 characters long; GitHub allows 256' }]
    ],
    [
      'a body object',
      { title: 't', body: { text: 'x' } },
      [{ path: 'body', message: 'must be Markdown text, not a object' }]
    ],
    [
      'a long body',
      { title: 't', body: 'x'.repeat(65537) },
      [{ path: 'body', message: 'is 65537 characters long; GitHub allows 65536' }]
    ],
    [
      'labels as text',
      { title: 't', labels: 'a' },
      [{ path: 'labels', message: 'must be a list of names, not a string' }]
    ],
    [
      'a long label',
      { title: 't', labels: ['ok', 'l'.repeat(51)] },
      [{ path: 'labels[1]', message: 'is 51 characters long; GitHub allows 50' }]
    ],
    ['an empty assignee', { title: 't', assignees: [''] }, [{ path: 'assignees[0]', message: 'must not be empty' }]],
    [
      '11 assignees',
      { title: 't', assignees: Array(11).fill('octocat') },
      [{ path: 'assignees', message: 'has 11 logins; GitHub allows 10' }]
    ],
    [
      'a milestone title',
      { title: 't', milestone: 'v1' },
      [{ path: 'milestone', message: 'must be a milestone number, not "v1"' }]
    ],
    [
      'a type object',
      { title: 't', type: {} },
      [{ path: 'type', message: 'must be an issue type name, not a object' }]
    ],
    [
      'a misspelt field',
      { title: 't', lables: ['a'] },
      [{ path: 'lables', message: expect.stringContaining('is not a field of a GitHub issue') }]
    ]
  ])('refuses %s', (_name, payload, problems) => {
    expect(validated(payload)).toEqual(problems)
  })
})
