// src/output/output.ts is the one way out: every line, annotation, output and summary is redacted, folded and escaped.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { Output } from '../src/output/output.js'
import { Secrets } from '../src/secrets/secrets.js'
import { safeMarkdown } from '../src/output/summary-markdown.js'

const SECRET = 'tok+en/value-1234'
let folder: string
let written: string[]
const saved = { ...process.env }

function output(): Output {
  const secrets = new Secrets()
  secrets.add(SECRET)
  return new Output(secrets)
}

/** Stdout as the runner reads it: lines end at CR, LF or CRLF, leading white space is trimmed. */
function runnerLines(): string[] {
  return written
    .join('')
    .split(/\r\n|\r|\n/)
    .map(line => line.replace(/^[\s\u0085]+/, ''))
}

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'relay-output-'))
  written = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    written.push(String(chunk))
    return true
  })
})

afterEach(() => {
  jest.restoreAllMocks()
  process.env = { ...saved }
  rmSync(folder, { recursive: true, force: true })
})

const BREAKS = ['\n', '\r', '\r\n', '\v', '\f', '\u0085', '\u2028', '\u2029', '\u0000', '\u001b']

describe('Output', () => {
  it.each(BREAKS.map(each => JSON.stringify(each)))('folds a log line at %s, so no part of it is a command', shown => {
    const line = JSON.parse(shown) as string
    output().info(`reply${line}::add-mask::x${line}::error::y`)
    expect(runnerLines().filter(each => each.startsWith('::'))).toEqual([])
    expect(written.join('')).toContain('::add-mask::x')
  })

  it('prints a line that would start a command after the runner trims it, without running it', () => {
    output().info('\u2028  ::warning::from a reply')
    output().info('::error::alert text')
    expect(runnerLines().filter(each => each.startsWith('::'))).toEqual([])
    expect(written.join('')).toContain('::error::alert text')
  })

  it('folds annotation titles and files and keeps the message on escaped lines', () => {
    output().warning('one\u2028two\rthree', {
      title: 'T\n::add-mask::z',
      file: 'discord-a\n::warning file=x::y.yml',
      line: 2
    })
    expect(written).toEqual([
      '::warning title=T %3A%3Aadd-mask%3A%3Az,file=discord-a %3A%3Awarning file=x%3A%3Ay.yml,line=2::one%0Atwo%0Athree\n'
    ])
  })

  it('redacts every kind of text it writes', () => {
    process.env.GITHUB_OUTPUT = path.join(folder, 'output')
    process.env.GITHUB_STEP_SUMMARY = path.join(folder, 'summary')
    writeFileSync(process.env.GITHUB_OUTPUT, '')
    writeFileSync(process.env.GITHUB_STEP_SUMMARY, '')
    const out = output()
    out.info(`a ${SECRET}`)
    out.warning(`b ${SECRET}`, { title: SECRET, file: SECRET })
    out.error(`c ${encodeURIComponent(SECRET).toLowerCase()}`)
    out.notice(`d ${JSON.stringify(SECRET).replace('+', '\\u002b')}`)
    out.fail(`e ${SECRET}`)
    // fail() sets the step's exit code: this test process must still exit 0 when every test passes
    expect(process.exitCode).toBe(1)
    process.exitCode = undefined
    out.untrustedBlock('payload', `f ${SECRET}`)
    out.setOutput('response', `{"echo":"${SECRET.replace('/', '\\/')}"}`)
    out.summary(safeMarkdown`| ${SECRET} |`)
    const everything = [
      written.join(''),
      readFileSync(process.env.GITHUB_OUTPUT, 'utf8'),
      readFileSync(process.env.GITHUB_STEP_SUMMARY, 'utf8')
    ].join('\n')
    expect(everything).not.toMatch(/tok|en\/value|value-1234/)
    expect(everything.match(/\*\*\*/g)).toHaveLength(10)
  })

  it('tells the runner to mask every registered form', () => {
    output().maskSecrets()
    // The command's data escapes % as %25; the runner reads it back.
    const masked = written.map(line => line.replace(/%25/g, '%'))
    expect(masked).toContain(`::add-mask::${SECRET}\n`)
    expect(masked).toContain(`::add-mask::${encodeURIComponent(SECRET)}\n`)
    expect(masked).toContain(`::add-mask::${encodeURIComponent(SECRET).toLowerCase()}\n`)
    expect(masked).toContain('::add-mask::tok\\u002Ben/value-1234\n')
    expect(masked).toContain('::add-mask::tok+en\\/value-1234\n')
  })

  it('is the only module that writes through runner.ts (main.ts reads inputs from it)', () => {
    const src = path.join(import.meta.dirname, '..', 'src')
    const importers = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter(file => file.endsWith('.ts'))
      .flatMap(file => {
        const imported = /import (.*) from '(?:\.{1,2}\/)+(?:output\/)?runner\.js'/.exec(
          readFileSync(path.join(src, file), 'utf8')
        )
        return imported ? [`${file}: ${imported[1]}`] : []
      })
    expect(importers.sort()).toEqual(['main.ts: { getInput }', `output${path.sep}output.ts: * as runner`])
  })
})
