import { describe, expect, it } from '@jest/globals'
import { github } from '../../../src/platforms/github/index.js'
import { neutraliseMentions, shortenMarkdown } from '../../../src/platforms/github/markdown.js'
import { measureLength } from '../../../src/truncate.js'
import { platformContext } from '../../helpers/platform-context.js'

describe('github mentions', () => {
  it('neutralises @mentions from alert text, code included, and keeps the authored ones and e-mail addresses', () => {
    const body =
      'Owner: @alice, team @acme/data, by bob@example.com, paged @oncall\n```\n@alice in a trace\n```\n`@carol`'
    expect(neutraliseMentions(body, 'paged @oncall')).toBe(
      'Owner: @\u2060alice, team @\u2060acme/data, by bob@example.com, paged @oncall\n```\n@\u2060alice in a trace\n```\n`@\u2060carol`'
    )
  })

  it('neutralises a mention after an escaped backtick, an underscore or a backslash, which Markdown renders away', () => {
    // escape_markdown writes a backtick as \`: CommonMark shows a literal backtick, not a code span
    expect(neutraliseMentions('\\`@alice\\` _@bob_ \\@carol', '')).toBe(
      '\\`@\u2060alice\\` _@\u2060bob_ \\@\u2060carol'
    )
  })

  it('authorises only the very mention the author wrote, not one it begins or contains', () => {
    const authored = 'cc @anna and @acme/data-eng, mail ops@example'
    expect(neutraliseMentions('@ann @acme @acme/data @example @anna', authored)).toBe(
      '@\u2060ann @\u2060acme @\u2060acme/data @\u2060example @anna'
    )
  })

  it('is part of fit', () => {
    const { ctx } = platformContext({ target: github.resolveTarget(undefined, undefined), authoredText: '' })
    expect(github.fit({ title: 't', body: 'cc @alice' }, ctx)).toEqual({ title: 't', body: 'cc @\u2060alice' })
  })
})

describe('github shortenMarkdown', () => {
  it('cuts the end of a long body without a code block, closing a fence it cuts into', () => {
    expect(shortenMarkdown('a'.repeat(20), 10)).toBe(`${'a'.repeat(9)}…`)
    const open = shortenMarkdown(`intro\n\`\`\`\n${'x'.repeat(50)}`, 30)
    expect(measureLength(open)).toBe(30)
    expect(open.endsWith('…\n```')).toBe(true)
    expect(shortenMarkdown('fits', 10)).toBe('fits')
  })
})
