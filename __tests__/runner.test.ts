// src/output/runner.ts speaks the runner's workflow and file commands as @actions/core does.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { appendSummary, error, getInput, setOutput, setSecret, warning } from '../src/output/runner.js'

let folder: string
let written: string[]
const saved = { ...process.env }

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'relay-runner-'))
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

describe('runner commands', () => {
  it('reads INPUT_<NAME> trimmed, spaces as underscores', () => {
    process.env['INPUT_DRY-RUN'] = '  true \n'
    process.env.INPUT_MY_INPUT = 'x'
    expect(getInput('dry-run')).toBe('true')
    expect(getInput('my input')).toBe('x')
    expect(getInput('absent')).toBe('')
  })

  it('escapes data and properties so nothing ends a command early', () => {
    setSecret('a%b\r\nc')
    error('line 1\nline 2', { title: 'T: a, b', file: 'x.yml', startLine: 3, startColumn: 4 })
    warning('plain')
    expect(written).toEqual([
      '::add-mask::a%25b%0D%0Ac\n',
      '::error title=T%3A a%2C b,file=x.yml,line=3,col=4::line 1%0Aline 2\n',
      '::warning::plain\n'
    ])
  })

  it('writes outputs as name<<delimiter blocks to GITHUB_OUTPUT', () => {
    process.env.GITHUB_OUTPUT = path.join(folder, 'output')
    writeFileSync(process.env.GITHUB_OUTPUT, '')
    setOutput('payload', '{"a":\n1}')
    expect(readFileSync(process.env.GITHUB_OUTPUT, 'utf8')).toMatch(
      /^payload<<(ghadelimiter_[0-9a-z]+)\n\{"a":\n1\}\n\1\n$/
    )
  })

  it('never picks a delimiter the value contains, so alert text cannot end its value early and add outputs', () => {
    process.env.GITHUB_OUTPUT = path.join(folder, 'output')
    writeFileSync(process.env.GITHUB_OUTPUT, '')
    // The first delimiter drawn is in the value (alert text that guessed it); the second is not.
    jest.spyOn(Math, 'random').mockReturnValueOnce(0.5).mockReturnValue(0.25)
    jest.spyOn(Date, 'now').mockReturnValue(1)
    const taken = 'ghadelimiter_i1'
    setOutput('response', `${taken}\nurl<<EOF\nhttps://evil\nEOF`)
    const [first] = readFileSync(process.env.GITHUB_OUTPUT, 'utf8').split('\n')
    expect(first).toBe('response<<ghadelimiter_91')
  })

  it('appends to the job summary, and throws when there is none', () => {
    process.env.GITHUB_STEP_SUMMARY = path.join(folder, 'summary')
    writeFileSync(process.env.GITHUB_STEP_SUMMARY, 'before\n')
    appendSummary('| a |')
    expect(readFileSync(process.env.GITHUB_STEP_SUMMARY, 'utf8')).toBe('before\n| a |\n')
    process.env.GITHUB_STEP_SUMMARY = path.join(folder, 'missing')
    expect(() => appendSummary('x')).toThrow("Unable to access summary file: '")
  })
})
