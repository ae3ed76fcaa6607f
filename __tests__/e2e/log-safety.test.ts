import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction } from '../../scripts/action-runner.js'
import { startDiscord, type DiscordStandIn } from '../stand-ins/index.js'

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
