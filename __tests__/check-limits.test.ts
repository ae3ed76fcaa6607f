import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { checkTemplate } from '../src/check/check-template.js'
import type { Finding } from '../src/pipeline/findings/finding.js'
import { CHECK_LIMITS } from '../src/check/limits.js'
import { runCheck } from '../src/check/run.js'
import { builtinTemplateNames, MAX_TEMPLATE_BYTES } from '../src/template/load.js'

// Check mode is bounded as a whole: a pull request's templates cannot keep it busy, whatever they hold.

const workspaces: string[] = []
afterEach(() => workspaces.splice(0).forEach(folder => rmSync(folder, { recursive: true, force: true })))

/** A workspace holding `files`; the check of all of them, and how long it took. */
function checkFiles(files: Record<string, string>, limits = CHECK_LIMITS) {
  const workspace = mkdtempSync(path.join(tmpdir(), 'check-limits-'))
  workspaces.push(workspace)
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true })
    writeFileSync(path.join(workspace, file), text)
  }
  const started = performance.now()
  const result = runCheck({ template: 't', workspace, vars: {}, limits })
  return { ...result, ms: performance.now() - started }
}

const place = (finding: Finding) => `${finding.file}:${finding.line ?? '-'}:${finding.column ?? '-'} ${finding.title}`

/** Nested loops of 3,000² steps: 3.7 s per render, under the per-render limit; 18 renders per template. */
const SLOW_LOOP = 'content: "<% for i in (1..3000) %><% for j in (1..3000) %><% endfor %><% endfor %>x"\n'

describe('time', () => {
  it('two templates of slow nested loops each end at their share, as an error at the loop', () => {
    const { findings, ms } = checkFiles({ 't/discord-a.yml': SLOW_LOOP, 't/discord-b.yml': SLOW_LOOP })
    expect(findings.map(place)).toEqual([
      't/discord-a.yml:1:35 Check limit exceeded',
      't/discord-b.yml:1:35 Check limit exceeded'
    ])
    expect(findings[0].message).toMatch(/took more than 1 s, its share of check mode's time .*remove the loop/)
    expect(ms).toBeLessThan(4000)
  })

  it('when the whole check runs out of time, the templates left are reported unchecked', () => {
    const loop = 'content: "<% for i in (1..100000) %><% for j in (1..100000) %><% endfor %><% endfor %>x"\n'
    const files = Object.fromEntries([1, 2, 3, 4, 5, 6].map(i => [`t/discord-${i}.yml`, loop]))
    const { findings, ms } = checkFiles(files, { ...CHECK_LIMITS, checkMs: 1000, templateMs: 300 })
    const titles = findings.map(finding => finding.title)
    expect(titles.filter(title => title === 'Check limit exceeded').length).toBeGreaterThanOrEqual(3)
    expect(titles).toContain('Not checked')
    expect(findings.find(finding => finding.title === 'Not checked')?.message).toMatch(
      /^check mode's 1 s for all templates ran out; fix the templates reported, or check the rest in another job/
    )
    expect(ms).toBeLessThan(3000)
  })

  it('100 ordinary templates × every event type pass well within the budget', () => {
    const names = builtinTemplateNames()
    const files: Record<string, string> = {}
    for (let i = 0; i < 100; i++) {
      const name = names[i % names.length]
      // renamed, so each is a user's template rendered through Liquid, not a precompiled built-in
      files[`t/${name}-${i}.yml`] = readFileSync(
        path.join(import.meta.dirname, '..', 'templates', `${name}.yml`),
        'utf8'
      )
    }
    const result = checkFiles(files)
    expect(result.templates).toHaveLength(100)
    expect(result.findings.filter(finding => /limit|checked/i.test(finding.title))).toEqual([])
    expect(result.ms).toBeLessThan(CHECK_LIMITS.checkMs)
  })
})

describe('memory', () => {
  it('text that capture doubles is charged: an error at the template, fast', () => {
    const doubling = '<% capture a %><< a >><< a >><% endcapture %>'.repeat(40)
    const text = `content: "<% assign a = 'xx' %>${doubling}<< a | size >>"\n`
    const started = performance.now()
    const { findings } = checkTemplate({ name: 'discord-c', file: 'discord-c.yml', builtin: false, text }, { vars: {} })
    expect(findings.map(place)).toEqual([expect.stringMatching(/^discord-c\.yml:1:\d+ Template fails to render$/)])
    expect(findings[0].message).toContain('memory alloc limit exceeded')
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it("a template's renders share its part of the check's memory", () => {
    // 6,000,000 characters per render: within one render's limit, not three times over
    const text = `content: "<% for i in (1..6000) %>${'x'.repeat(1000)}<% endfor %>"\n`
    const { findings } = checkFiles({ 't/discord-m.yml': text })
    expect(findings.map(place)).toEqual([
      't/discord-m.yml:1:10 Adjusted for Discord',
      't/discord-m.yml:1:35 Check limit exceeded'
    ])
    expect(findings[1].message).toMatch(/built more than 20,000,000 characters over its renders, its share/)
  })
})

describe('size and number', () => {
  it('refuses a template file over the size limit before reading it, naming the file and the limit', () => {
    const { findings, templates, ms } = checkFiles({
      't/discord-big.yml': `content: "${'x'.repeat(MAX_TEMPLATE_BYTES)}"\n`
    })
    expect(templates).toEqual([])
    expect(findings.map(place)).toEqual(['t/discord-big.yml:-:- Template not readable'])
    expect(findings[0].message).toMatch(
      /^Input 'template': "t\/discord-big\.yml" is 262,156 bytes, over the 262,144 bytes \(256 KiB\) a template file may have\. Shorten it/
    )
    expect(ms).toBeLessThan(1000)
  })

  it('refuses more templates than one check takes, naming the count and what to do', () => {
    const files = Object.fromEntries(
      Array.from({ length: CHECK_LIMITS.templates + 1 }, (_, i) => [`t/discord-${i}.yml`, 'content: x\n'])
    )
    const { findings, templates } = checkFiles(files)
    expect(templates).toEqual([])
    expect(findings).toEqual([
      {
        severity: 'error',
        title: 'Too many templates',
        message:
          'the template input matches 201 files; check mode checks at most 200 in one run: narrow the patterns, or check the rest in another job'
      }
    ])
  })

  it('a search that stops at the entry limit says so instead of checking part of what it matches', () => {
    const files = Object.fromEntries(Array.from({ length: 50_001 }, (_, i) => [`t/f${i}.txt`, '']))
    const { findings } = checkFiles(files)
    expect(findings.map(finding => finding.title)).toEqual(['Too many files'])
    expect(findings[0].message).toMatch(/^template "t" searches more than 50,000 files and folders, where check mode/)
  })
})

describe('shapes that used to take minutes or crash', () => {
  it('50,000 outputs on one line: refused when compiling', () => {
    const { findings, ms } = checkFiles({ 't/discord-l.yml': `content: "${'<< alert_summary >>'.repeat(12_000)}"\n` })
    expect(findings.map(place)).toEqual(['t/discord-l.yml:1:10 Invalid template'])
    expect(findings[0].message).toBe(
      '12000 outputs and tags in one value, over the 1000 a value may hold: split the text across keys, or loop over a list instead of repeating'
    )
    expect(ms).toBeLessThan(2000)
  })

  it('a file of nothing but Liquid values ends within its share; its findings are listed up to the limit', () => {
    let text = 'content: x\nembeds:\n'
    for (let i = 0; text.length < MAX_TEMPLATE_BYTES - 20; i++) text += `- << a${i} >>\n`
    const { findings, ms } = checkFiles({ 't/discord-v.yml': text })
    expect(findings).toHaveLength(CHECK_LIMITS.findings + 1)
    expect(findings[CHECK_LIMITS.findings]).toMatchObject({ severity: 'error', title: 'More problems' })
    expect(findings[CHECK_LIMITS.findings].message).toMatch(
      /^\d+ more errors and 0 more warnings in this template, not listed: check mode lists 100 per template/
    )
    expect(ms).toBeLessThan(4000)
  })

  it('YAML nested thousands deep is an error at the template, not a crash', () => {
    const { findings } = checkFiles({
      't/discord-d.yml': `content: x\nembeds: ${'['.repeat(5000)}${']'.repeat(5000)}\n`
    })
    expect(findings.map(place)).toEqual([expect.stringMatching(/^t\/discord-d\.yml:2:\d+ Invalid template$/)])
  })
})
