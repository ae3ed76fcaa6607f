import { failureSummary, outcomeSummary } from '../src/summary.js'

const outcome = {
  platform: 'discord' as const,
  template: 'templates/discord.yml',
  status: 'sent' as const,
  url: 'https://discord.com/channels/1/2/3',
  id: '3',
  attempts: 2,
  payload: { content: 'a ``` fence and a | pipe' },
  response: '{}',
  warnings: [{ path: 'embeds[0].description', message: 'truncated from 5000 to 4096 characters (limit 4096)' }]
}

describe('job summary', () => {
  it('shows platform, status, URL, id and attempts', () => {
    const markdown = outcomeSummary(outcome)
    expect(markdown).toContain('### Dagster Alert Relay: message sent')
    expect(markdown).toContain('| URL | [https://discord.com/channels/1/2/3](https://discord.com/channels/1/2/3) |')
    expect(markdown).toContain('| Attempts | 2 |')
    expect(markdown).toContain('`embeds[0].description`: truncated from 5000 to 4096')
  })

  it('says how long the run waited for rate limits, when it did', () => {
    expect(outcomeSummary({ ...outcome, rateLimitWaitSeconds: 42.5 })).toContain('| Waited for rate limits | 42.5 s |')
    expect(outcomeSummary(outcome)).not.toContain('Waited for rate limits')
    expect(outcomeSummary({ ...outcome, rateLimitWaitSeconds: 0 })).not.toContain('Waited for rate limits')
  })

  it('puts the payload in a collapsed block whose fence alert text cannot close', () => {
    const markdown = outcomeSummary({ ...outcome, payload: { content: 'x ```` y' } })
    expect(markdown).toContain('<details><summary>Rendered payload</summary>')
    expect(markdown).toContain('`````json\n')
  })

  it('reports failures with the message', () => {
    const markdown = failureSummary('Discord answered HTTP 400', 1)
    expect(markdown).toContain('delivery failed')
    expect(markdown).toContain('Discord answered HTTP 400')
  })
})
