// Text processing over alert text is linear-time (SECURITY.md): a megabyte of hostile text goes through every
// built-in template as a send renders, fits and validates it, each function that scans alert text keeps up on
// input that made its former regular expression quadratic, and each scan gives what that expression gave.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { platformContext as destinationContext } from '../src/pipeline/payload.js'
import { sampleDestination, withSampleVars } from '../src/pipeline/sample-destination.js'
import { SAMPLE_ENV } from '../src/pipeline/findings/variables.js'
import { deriveValues } from '../src/event/derive.js'
import { normaliseAlert } from '../src/event/normalise.js'
import { templateScope } from '../src/event/scope.js'
import { sampleAlert, TOKENS } from '../src/event/tokens.js'
import { longestFencedBlock } from '../src/platforms/github/fenced-blocks.js'
import { shortenMarkdown } from '../src/platforms/github/markdown.js'
import { jira } from '../src/platforms/jira/index.js'
import { platformByName, platformOfDeclared } from '../src/platforms/registry.js'
import { fitIssueTitle } from '../src/platforms/shared/issue-title.js'
import { teams } from '../src/platforms/teams/index.js'
import type { Json } from '../src/json.js'
import { compileTemplate } from '../src/template/compile.js'
import { escapeMarkdownText, TEMPLATE_FILTERS, type FilterCall } from '../src/template/filters.js'
import { builtinTemplateNames, loadTemplate } from '../src/template/load.js'
import { inlineSpans, type InlineSpan } from '../src/template/markdown-inline.js'
import { markdownToAdf } from '../src/template/markdown-to-adf.js'
import { MemoryBudget } from '../src/template/render-limits.js'
import { measureLength, truncate } from '../src/truncate.js'
import { platformContext } from './helpers/platform-context.js'
import { cardOf, context as teamsContext, message } from './platforms/teams/helpers.js'

const MEGABYTE = 1024 * 1024

/** Milliseconds `action` takes. */
function timed(action: () => unknown): number {
  const started = performance.now()
  action()
  return performance.now() - started
}

// Constructs that made a pattern backtrack: blank lines and indentation before `+` or digits without the space after,
// fence runs, unclosed emphasis, brackets and links, URLs ending in punctuation, runs of line breaks, carriage
// returns and tabs, mention-like and Liquid-like text.
const PIECES = [
  '\n',
  ' ',
  '\n   +x',
  '  \n 123456789012.x',
  '+',
  '1.',
  '```',
  '```x\n',
  '~~~~\n',
  '`',
  '~',
  '*',
  '**',
  '*a ',
  '_',
  '_a ',
  '[',
  '[a](http://x',
  '(',
  ']',
  '*_**_*',
  '`**_[',
  'http://a.b',
  '.,;:!?',
  '\r',
  '\r\n',
  '\t \u2028',
  '9876543210',
  '@everyone @here @user @org/team <@123> <!here> [~accountid:1]',
  '<< alert_summary >> <% raw %> {{ run_id }} {% if x %} ${{ secrets.X }}',
  '{noformat}'
]

/** `piece` repeated to `length` characters. */
function filled(piece: string, length: number): string {
  return piece.repeat(Math.ceil(length / piece.length)).slice(0, length)
}

/** One long run of each construct: each run alone made some former pattern quadratic. */
const RUNS = PIECES.map(piece => filled(piece, Math.floor(MEGABYTE / PIECES.length))).join('')

/** A megabyte of fuzz: pieces (repeated) and arbitrary text in any order, repeated to the size. */
const fuzzedMegabyte = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 1, max: 4000 })).map(([piece, n]) => piece.repeat(n)),
      fc.string({ unit: 'binary', maxLength: 200 })
    ),
    { minLength: 1, maxLength: 60 }
  )
  .map(parts => filled(parts.join('') || ' ', MEGABYTE))

const BUILTINS = builtinTemplateNames().map(name => {
  const source = loadTemplate(name, process.cwd())
  const template = compileTemplate(source)
  const platform = platformByName(platformOfDeclared(template.frontMatter.platform as string)!.name)
  return { name, source, template, platform }
})

/** The tokens a huge text arrives in: a stack trace is in both the content and the failure message. */
const HUGE_TOKENS = ['alert_content', 'failure_message', 'alert_summary']
const NAME_LENGTH = 64 * 1024

/**
 * An alert whose summary, content and failure message hold `text`, and whose every other free-text token (names,
 * policy, partition…) holds its first 64 KB.
 */
function alertWith(text: string): Record<string, string> {
  const alert: Record<string, string> = sampleAlert('JOB')
  for (const [name, spec] of TOKENS) {
    if (HUGE_TOKENS.includes(name)) alert[name] = text
    else if (spec.kind === 'text' || spec.kind === 'trace') alert[name] = text.slice(0, NAME_LENGTH)
  }
  return alert
}

/** What a send does with the alert before delivery: render, fit, validate. */
function renderFitValidate(builtin: (typeof BUILTINS)[number], text: string): void {
  const alert = normaliseAlert(alertWith(text))
  const vars = withSampleVars(builtin.platform, {})
  const payload = builtin.template.render(templateScope(alert, deriveValues(alert, SAMPLE_ENV), vars)).value
  const ctx = destinationContext(
    sampleDestination(builtin.platform, builtin.name),
    payload,
    vars,
    builtin.source.text,
    () => {}
  )
  builtin.platform.validate(builtin.platform.fit(payload, ctx), ctx)
}

describe('a megabyte of hostile alert text', () => {
  it.each(BUILTINS.map(builtin => [builtin.name, builtin] as const))(
    'goes through the %s built-in with lone surrogates (an asset key in a link included)',
    (_, builtin) => {
      const alert = normaliseAlert({
        ...sampleAlert('ASSET_HEALTH'),
        asset_key: 'orders/\ud83d',
        alert_summary: '\udc00'
      })
      const vars = withSampleVars(builtin.platform, {})
      expect(() => builtin.template.render(templateScope(alert, deriveValues(alert, SAMPLE_ENV), vars))).not.toThrow()
    }
  )

  it.each(BUILTINS.map(builtin => [builtin.name, builtin] as const))(
    'goes through the %s built-in (render, fit, validate) in under a second',
    (_, builtin) => {
      expect(timed(() => renderFitValidate(builtin, RUNS))).toBeLessThan(1000)
      fc.assert(
        fc.property(fuzzedMegabyte, text => {
          expect(timed(() => renderFitValidate(builtin, text))).toBeLessThan(1000)
        }),
        { numRuns: 1 }
      )
    }
  )
})

// Each former pattern (or loop) took seconds on these 100 KB texts, and four times as long on twice the text; the
// scans take milliseconds to a few hundred. The bound leaves room for a busy machine.
const HUNDRED_KB = 100 * 1024
const BOUND_MS = 1000

const call: FilterCall = { context: { memoryLimit: new MemoryBudget(Infinity) } }

describe('on input that made a former pattern quadratic, in well under a second for 100 KB', () => {
  it.each([
    ['blank lines and indentation before a + without a space', filled('\n  ', HUNDRED_KB) + '+x'],
    ['blank lines before digits without a space after the dot', filled('\n ', HUNDRED_KB) + '12.x']
  ])('escape_markdown: %s', (_, text) => {
    expect(timed(() => escapeMarkdownText(text))).toBeLessThan(BOUND_MS)
  })

  it('code_block: line breaks that do not end the text', () => {
    const text = filled('\n', HUNDRED_KB) + 'x'
    expect(timed(() => TEMPLATE_FILTERS.code_block.call(call, text))).toBeLessThan(BOUND_MS)
  })

  it.each([
    ['opening brackets', filled('[', HUNDRED_KB)],
    ['links whose URL never closes', filled('[a](http://x', HUNDRED_KB)],
    ['a URL ending in punctuation', `http://a${filled('.', HUNDRED_KB)}x`]
  ])('adf: %s', (_, text) => {
    expect(timed(() => markdownToAdf(text))).toBeLessThan(BOUND_MS)
  })

  it.each([
    ['fence lines nothing closes', filled('```x\n', HUNDRED_KB)],
    ['a long fence run', `${filled('`', HUNDRED_KB / 2)}\n${filled('a\n', HUNDRED_KB / 2)}`]
  ])('a GitHub body with %s', (_, text) => {
    expect(timed(() => shortenMarkdown(text, 1000))).toBeLessThan(BOUND_MS)
  })

  it('an issue title: a run of spaces without a line break', () => {
    const holder: Record<string, Json> = { title: filled(' ', HUNDRED_KB) + 'x' }
    const rules = { key: 'title', path: 'title', platform: 'GitHub', placeholder: 'Alert', max: 256 }
    expect(timed(() => fitIssueTitle(holder, rules, () => {}))).toBeLessThan(BOUND_MS)
  })

  it('a Jira v3 description of many short formatted texts', () => {
    const { ctx } = platformContext({
      target: jira.resolveTarget('https://acme.atlassian.net/rest/api/3/issue', undefined)
    })
    const fields = { project: { key: 'E' }, issuetype: { name: 'Bug' }, summary: 's' }
    const payload = { fields: { ...fields, description: filled('**ab** ', HUNDRED_KB) } }
    expect(timed(() => jira.fit(payload, ctx))).toBeLessThan(BOUND_MS)
  })

  it('a Teams card of many long texts', () => {
    const blocks = Array.from({ length: 30 }, () => ({ type: 'TextBlock', text: filled('ab ', HUNDRED_KB / 2) }))
    const { ctx } = teamsContext()
    expect(timed(() => cardOf(teams.fit(message(blocks), ctx)))).toBeLessThan(BOUND_MS)
  })
})

// The former patterns, kept here as the reference each scan must agree with.
const FORMER = {
  leadingPlus: /^(\s*)\+(?=\s)/gm,
  leadingOrdinal: /^(\s*\d+)\.(?=\s)/gm,
  inline:
    /`([^`\n]+)`|\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)|(https?:\/\/[^\s<>"'`()[\]{}]+)|\*\*(?=\S)([^\n]+?)\*\*|\*(?=[^\s*])([^*\n]*?[^\s*])\*|(?<![\p{L}\p{N}_])_(?=[^\s_])([^_\n]*?[^\s_])_(?![\p{L}\p{N}_])/gu,
  fencedBlock: /^(`{3,}|~{3,})[^\n]*\n([\s\S]*?)\n\1[ \t]*$/gm,
  titleBreaks: / *[\r\n\t\v\f\u2028\u2029]+ */g
}

function formerInlineSpans(text: string): InlineSpan[] {
  const spans: InlineSpan[] = []
  const pattern = new RegExp(FORMER.inline.source, FORMER.inline.flags)
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text))) {
    const [whole, code, linkText, href, url, strong, starEm, underscoreEm] = match
    const start = match.index
    const end = start + whole.length
    if (code !== undefined) spans.push({ kind: 'code', start, end, inner: code })
    else if (linkText !== undefined) spans.push({ kind: 'link', start, end, inner: linkText, href })
    else if (url !== undefined) {
      const trimmed = url.replace(/[.,;:!?]+$/, '')
      spans.push({ kind: 'url', start, end: start + trimmed.length, href: trimmed })
      pattern.lastIndex = start + trimmed.length
    } else if (strong !== undefined) spans.push({ kind: 'strong', start, end, inner: strong })
    else spans.push({ kind: 'em', start, end, inner: starEm ?? underscoreEm })
  }
  return spans
}

function formerLongestFencedBlock(text: string): { start: number; end: number } | undefined {
  const longest = [...text.matchAll(FORMER.fencedBlock)].sort((a, b) => b[2].length - a[2].length)[0]
  if (!longest) return undefined
  const start = longest.index + longest[0].indexOf('\n') + 1
  return { start, end: start + longest[2].length }
}

/** Text made of the characters and pieces that matter to `pattern`, shuffled. */
const textOf = (...pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map(p => p.join(''))

describe('each scan gives what the pattern it replaces gave', () => {
  it('escape_markdown', () => {
    const text = textOf(' ', '\n', '\r', '\t', '\u2028', '\u00a0', '+', '.', '1', '42', 'a', '*', '-', '#')
    fc.assert(
      fc.property(text, text => {
        const former = text
          .replace(/[\\*_~`|>#\-[\]()]/g, '\\$&')
          .replace(FORMER.leadingPlus, '$1\\+')
          .replace(FORMER.leadingOrdinal, '$1\\.')
        expect(escapeMarkdownText(text)).toBe(former)
      }),
      { numRuns: 2000 }
    )
  })

  it('code_block', () => {
    fc.assert(
      fc.property(textOf('\n', '\r', 'a', '`', ' '), text => {
        const body = text.replace(/`(?=`)/g, '`\u200b').replace(/[\r\n]+$/, '')
        expect(TEMPLATE_FILTERS.code_block.call(call, text)).toBe(text === '' ? '' : `\`\`\`\n${body}\n\`\`\``)
      })
    )
  })

  it('the inline Markdown of adf', () => {
    const text = textOf(
      ...['`', '[', ']', '(', ')', '*', '**', '_', ' ', '\n', '\t', 'a', 'é', '1', '.', ',', '!', '<', '{'],
      ...['http://', 'https://', 'h', 'x.y', '𝐀', '\ud800', '\udc00', '[a](http://b)', '_a_', '*a*']
    )
    fc.assert(
      fc.property(text, text => expect([...inlineSpans(text)]).toEqual(formerInlineSpans(text))),
      { numRuns: 3000 }
    )
  })

  it('the longest fenced block of a GitHub body', () => {
    const text = textOf('`', '```', '````', '~~~', '~', '\n', '\r', '\u2028', ' ', '\t', 'a', 'a\n', '\n```\n')
    fc.assert(
      fc.property(text, text => expect(longestFencedBlock(text)).toEqual(formerLongestFencedBlock(text))),
      { numRuns: 3000 }
    )
  })

  it('an issue title on one line', () => {
    const rules = { key: 'title', path: 'title', platform: 'GitHub', placeholder: 'Alert', max: 10_000 }
    fc.assert(
      fc.property(textOf(' ', '\n', '\r', '\t', '\v', '\u2028', 'a', '  '), text => {
        const holder: Record<string, Json> = { title: text }
        fitIssueTitle(holder, rules, () => {})
        expect(holder.title).toBe(text.replace(FORMER.titleBreaks, ' ').trim() || 'Alert')
      })
    )
  })

  it('text length and truncation, in code points', () => {
    const text = textOf('a', '😀', '\ud800', '\udc00', '\n', '```')
    fc.assert(
      fc.property(text, fc.nat(50), (text, max) => {
        expect(measureLength(text)).toBe([...text].length)
        expect(truncate(text, max) === text).toBe([...text].length <= max)
      })
    )
  })
})
