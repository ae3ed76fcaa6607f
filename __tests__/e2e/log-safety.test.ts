import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { runAction } from '../../scripts/action-runner.js'
import { startDiscord, startWebhook, type DiscordStandIn, type WebhookStandIn } from '../stand-ins/index.js'
import { dispatchEvent, SAMPLE_ALERT, visibleExceptMasks } from './fixtures.js'

const template = readFileSync(
  path.join(import.meta.dirname, '..', 'fixtures', 'templates', 'good', 'discord-failed-jobs.yml'),
  'utf8'
)

// A platform's reply text reaches the log in retry lines; a newline in it must not let the rest of the
// line start a workflow command the runner would execute.
describe('log lines built from reply text', () => {
  let discord: DiscordStandIn

  beforeAll(async () => {
    discord = await startDiscord()
  })
  afterAll(() => discord.close())

  it('cannot start a workflow command on a line of their own', async () => {
    discord.fault({ kind: 'status', status: 503, body: 'overloaded\n::error::injected by reply\n::add-mask::x' })
    const result = await runAction({
      inputs: {
        platform: 'discord',
        url: discord.webhookUrl(),
        event: 'alert_summary: Job failed\njob_name: etl',
        'max-wait': '5'
      },
      env: {}
    })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('injected by reply')
    const lines = result.stdout.split('\n')
    expect(lines.filter(line => line.startsWith('::error::injected'))).toEqual([])
    expect(lines.filter(line => line === '::add-mask::x')).toEqual([])
  })
})

/**
 * Stdout lines as the runner reads them (a line ends at CR, LF or CRLF; leading white space, Unicode's included,
 * is trimmed before it looks for `::`), outside stop-commands blocks: each is a workflow command it would run.
 */
function commandsRun(stdout: string): string[] {
  const commands: string[] = []
  let resume: string | undefined
  for (const raw of stdout.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/^[\s\u0085]+/, '')
    if (resume !== undefined) {
      if (line === resume) resume = undefined
      continue
    }
    if (!line.startsWith('::')) continue
    commands.push(line)
    if (line.startsWith('::stop-commands::')) resume = `::${line.slice('::stop-commands::'.length)}::`
  }
  return commands
}

/** Commands whose name or data came from text the action does not control (here: anything naming FORGED). */
function forgedCommands(stdout: string): string[] {
  return commandsRun(stdout).filter(line =>
    /^::[^:]*FORGED|^::(?:add-mask|warning|error|notice)[^:]*::FORGED/.test(line)
  )
}

/** The job summary without its fenced blocks and code spans (where text is shown as code, whatever it holds). */
function outsideCode(summary: string): string {
  return summary.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '').replace(/`[^`\n]*`/g, '')
}

const LINE_ENDS = ['\n', '\r', '\r\n', '\u2028', '\u0085', '\v']

describe('check mode: template file names from a pull request', () => {
  it.each(LINE_ENDS.map(end => [JSON.stringify(end), end]))(
    'a file name with %s forges no annotation or mask, and shows as text in the summary',
    async (_, end) => {
      const name = `discord-a${end}::warning file=x.py::FORGED${end}::add-mask::FORGED${end}<img src=x>.yml`
      const result = await runAction({
        inputs: { mode: 'check' },
        files: { [`.github/dagster-templates/${name}`]: template }
      })
      expect(result.code).toBe(0)
      expect(forgedCommands(result.stdout)).toEqual([])
      // Folded: the log holds no line end but its own, of any kind a reader might honour.
      expect(result.stdout).not.toMatch(/[\r\v\f\u0085\u2028\u2029]/)
      expect(result.stdout).toContain('::add-mask::FORGED')
      expect(outsideCode(result.summary)).not.toMatch(/<img|::add-mask::FORGED\r?\n/)
      expect(result.summary).toContain('&lt;img src=x&gt;.yml')
    }
  )
})

describe("a service's reply: its link and id", () => {
  let webhook: WebhookStandIn

  beforeAll(async () => {
    webhook = await startWebhook()
  })
  afterAll(() => webhook.close())

  const inputs = (url = webhook.receiverUrl()) => ({ platform: 'webhook', url, 'result-url': 'data.html_url' })

  it.each(LINE_ENDS.map(end => [JSON.stringify(end), end]))(
    'a link with %s is dropped with a warning, never a command or summary markup',
    async (_, end) => {
      const link = `https://x.example/${end}::add-mask::FORGED${end}::warning::FORGED <img src=x></details>`
      webhook.fault({ kind: 'status', status: 200, body: { data: { html_url: link } } })
      const result = await runAction({ inputs: inputs(), event: dispatchEvent() })

      expect(result.code).toBe(0)
      expect(result.outputs.url).toBe('')
      expect(result.stdout).toContain("Webhook's reply had an unusable link (not one line without spaces)")
      expect(forgedCommands(result.stdout)).toEqual([])
      expect(outsideCode(result.summary)).not.toMatch(/FORGED|<img/)
      expect(result.stdout).toMatch(/^webhook: sent$/m)
    }
  )

  it('a link that is not http(s) is not linked', async () => {
    webhook.fault({ kind: 'status', status: 200, body: { data: { html_url: 'javascript:alert(1)' } } })
    const result = await runAction({ inputs: inputs(), event: dispatchEvent() })
    expect(result.outputs.url).toBe('')
    expect(result.stdout).toContain('(not an http(s) URL); the url output stays empty')
    expect(result.summary).not.toContain('javascript:')
  })

  it('a reply that echoes the receiver URL puts no token in the url output, the log or the summary', async () => {
    const url = `${webhook.receiverUrl()}?token=echoed-token-1234`
    webhook.fault({ kind: 'status', status: 200, body: { data: { html_url: `${url}&view=1` } } })
    const result = await runAction({ inputs: inputs(url), event: dispatchEvent() })

    expect(result.code).toBe(0)
    expect(result.outputs.url).toBe(`${webhook.receiverUrl()}?token=***&view=1`)
    expect(visibleExceptMasks(result)).not.toContain('echoed-token-1234')
    expect(result.stdout).toContain(`webhook: sent ${webhook.receiverUrl()}?token=***&view=1`)
  })
})

describe('alert HTML in the send-mode job summary', () => {
  let discord: DiscordStandIn

  beforeAll(async () => {
    discord = await startDiscord()
  })
  afterAll(() => discord.close())

  it('stays in the fenced payload, which it cannot close, and becomes no markup', async () => {
    const hostile = '<img src=x></details><h1>FORGED</h1>\n````\n</details>[x](https://evil.example)'
    const result = await runAction({
      inputs: { platform: 'discord', url: discord.webhookUrl(), 'dry-run': 'true' },
      event: dispatchEvent({ ...SAMPLE_ALERT, run_link: hostile, alert_summary: hostile })
    })
    expect(result.code).toBe(0)
    const outside = outsideCode(result.summary)
    expect(outside).not.toMatch(/<img|<h1|\]\(https:\/\/evil/)
    expect(outside.match(/<\/details>/g)).toHaveLength(1)
    expect(result.summary).toContain('`````json\n')
  })
})
