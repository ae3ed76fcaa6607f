import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { REPO_ROOT, runAction } from '../scripts/action-runner.js'

// Both run the committed bundles (npm run build), as GitHub and npm users do.
const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'templates')
const fixture = (file: string) => readFileSync(path.join(FIXTURES, file), 'utf8')

describe('mode: check through dist/index.js', () => {
  it('annotates every problem at its file and line, writes the summary table and fails', async () => {
    const result = await runAction({
      inputs: { mode: 'check', template: '.github/dagster-templates\nalerts/*.yml' },
      files: {
        '.github/dagster-templates/discord-failed-jobs.yml': fixture('good/discord-failed-jobs.yml'),
        '.github/dagster-templates/jira-v2-no-summary.yml': fixture('broken/jira-v2-no-summary.yml'),
        'alerts/discord-unknown-variable.yml': fixture('broken/discord-unknown-variable.yml'),
        'alerts/discord-long-title.yml': fixture('broken/discord-long-title.yml')
      }
    })
    expect(result.code).toBe(1)
    const annotations = result.stdout.split('\n').filter(line => /^::(error|warning) /.test(line))
    expect(
      annotations.map(line =>
        /^::(\w+) title=([^,]*),file=([^,]*),line=(\d+),col=(\d+)::/.exec(line)?.slice(1).join(' ')
      )
    ).toEqual([
      'error Required value missing .github/dagster-templates/jira-v2-no-summary.yml 2 3',
      'warning Adjusted for Discord alerts/discord-long-title.yml 3 12',
      'error Unknown variable alerts/discord-unknown-variable.yml 1 16',
      'error Unknown variable alerts/discord-unknown-variable.yml 3 16',
      'error Unknown variable alerts/discord-unknown-variable.yml 4 22'
    ])
    expect(result.stdout).toContain('✅ .github/dagster-templates/discord-failed-jobs.yml (discord, 1 event type): ok')
    expect(result.stdout).toContain('::error::Template check failed: Checked 4 templates: 4 errors, 1 warning')
    expect(result.summary).toContain('| `.github/dagster-templates/discord-failed-jobs.yml` | discord | ✅ | · |')
    expect(result.summary).toContain('| `alerts/discord-unknown-variable.yml` | discord | ❌ | ❌ |')
    expect(result.summary).toContain(
      '<details><summary>.github/dagster-templates/discord-failed-jobs.yml: JOB sample alert</summary>'
    )
  })

  it('passes (exit 0) when there are only warnings', async () => {
    const result = await runAction({
      inputs: { mode: 'check', template: 'templates/discord-long-title.yml\ndiscord' },
      files: { 'templates/discord-long-title.yml': fixture('broken/discord-long-title.yml') }
    })
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /^::warning title=Adjusted for Discord,file=templates\/discord-long-title.yml,line=3,col=12::/m
    )
    expect(result.stdout).toContain('✅ templates/discord.yml (discord, 9 event types): ok')
  })
})

describe('the CLI bundle (dist/cli/index.js, the package bin)', () => {
  it('renders a built-in template', async () => {
    const cli = path.join(REPO_ROOT, 'dist', 'cli', 'index.js')
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [cli, 'render', '--template', 'discord', '--type', 'AGENT'],
      { timeout: 10_000 }
    )
    const payload = JSON.parse(stdout)
    expect(payload.content).toMatch(/^\*\*Alert triggered:\*\* Dagster.+ agent is unavailable$/)
    expect(payload.embeds[0].url).toBe('https://acme.dagster.cloud/prod/agents')
  })
})
