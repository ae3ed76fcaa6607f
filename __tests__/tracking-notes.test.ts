// The follow-up note formats every tracker writes (ADF's is in platforms/jira).
import { describe, expect, it } from '@jest/globals'
import { noteAsMarkdown, noteAsText } from '../src/tracking/notes.js'
import { NOTE } from './helpers/tracker-calls.js'

describe('notes', () => {
  it('plain text spells links out; Markdown escapes alert text and links', () => {
    expect(noteAsText(NOTE)).toBe('Dagster+ alert fired again: *Job* failed\nDagster+ run: run_1 (https://d/runs/(1))')
    expect(noteAsMarkdown(NOTE)).toBe(
      '**Dagster+ alert fired again: \\*Job\\* failed**\n\nDagster+ run: [run\\_1](https://d/runs/%281%29)'
    )
  })
})
