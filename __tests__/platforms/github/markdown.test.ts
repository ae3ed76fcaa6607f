import { describe, expect, it } from '@jest/globals'
import { github } from '../../../src/platforms/github/index.js'
import { neutraliseMentions, shortenMarkdown } from '../../../src/platforms/github/markdown.js'
import { measureLength } from '../../../src/truncate.js'
import { platformContext } from '../../helpers/platform-context.js'

describe('github mentions', () => {
  it('neutralises @mentions from alert text, outside code, and keeps the authored ones and e-mail addresses', () => {
    const body =
      'Owner: @alice, team @acme/data, by bob@example.com, paged @oncall\n```\n@alice in a trace\n```\n`@carol`'
    expect(neutraliseMentions(body, 'paged @oncall')).toBe(
      'Owner: @\u2060alice, team @\u2060acme/data, by bob@example.com, paged @oncall\n```\n@alice in a trace\n```\n`@carol`'
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
