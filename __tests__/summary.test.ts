import { failureSummary, outcomeSummary as outcomeMarkdown } from '../src/output/summary.js'
import { renderMarkdown } from '../src/output/summary-markdown.js'

const outcomeSummary = (outcome: Parameters<typeof outcomeMarkdown>[0]) =>
  renderMarkdown(outcomeMarkdown(outcome), text => text)

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

  it('the heading says what happened to the thing the destination keeps: a message, an incident or an issue', () => {
    const heading = (status: 'commented' | 'resolved' | 'sent', subject: 'message' | 'incident' | 'issue') =>
      outcomeSummary({ ...outcome, status, subject }).split('\n')[0]
    expect(heading('commented', 'message')).toBe("### Dagster Alert Relay: updated the problem's message")
    expect(heading('resolved', 'message')).toBe("### Dagster Alert Relay: marked the problem's message resolved")
    expect(heading('resolved', 'incident')).toBe('### Dagster Alert Relay: incident resolved')
    expect(heading('sent', 'incident')).toMatch(/incident triggered/)
    expect(heading('commented', 'issue')).toBe('### Dagster Alert Relay: commented on the open issue')
    expect(heading('sent', 'message')).toBe('### Dagster Alert Relay: message sent')
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
    const markdown = renderMarkdown(failureSummary('Discord answered HTTP 400', 1), text => text)
    expect(markdown).toContain('delivery failed')
    expect(markdown).toContain('Discord answered HTTP 400')
  })

  it('shows alert HTML and Markdown in notices and warnings as text', () => {
    const hostile = '<img src=x></details><h1>big</h1> [link](https://evil.example) | cell `code` \\'
    const markdown = outcomeSummary({
      ...outcome,
      notice: hostile,
      warnings: [{ path: 'a`b|c', message: `${hostile}\n- a list item` }],
      payload: { content: hostile }
    })
    const beforePayload = markdown.slice(0, markdown.indexOf('<details><summary>Rendered payload'))
    expect(beforePayload).not.toMatch(/<img|<h1|<\/h1|<\/details|\]\(https:\/\/evil/)
    expect(markdown).toContain(
      '&lt;img src=x&gt;&lt;/details&gt;&lt;h1&gt;big&lt;/h1&gt; &#91;link&#93;(https://evil.example) &#124; cell &#96;code&#96; &#92;'
    )
    expect(markdown).toContain("- `a'b\\|c`: &lt;img")
    expect(markdown).not.toContain('\n- a list item')
    // The payload is shown as written, inside its fence.
    expect(markdown).toContain(JSON.stringify({ content: hostile }, null, 2))
  })

  it('links only an http(s) URL of one line, written so it cannot end the link or the table cell', () => {
    const row = (url: string) =>
      outcomeSummary({ ...outcome, url })
        .split('\n')
        .find(line => line.startsWith('| URL |'))
    expect(row('javascript:alert(1)')).toBe('| URL | javascript:alert(1) |')
    expect(row('https://x.example/a)b|c<d>"e')).toBe(
      '| URL | [https://x.example/a)b&#124;c%3Cd%3E%22e](https://x.example/a%29b%7Cc%3Cd%3E%22e) |'
    )
    expect(row('https://x.example/\n<h1>x')).toBe('| URL | https://x.example/ &lt;h1&gt;x |')
  })

  it('keeps a template name or id to one code span in its cell', () => {
    const markdown = outcomeSummary({ ...outcome, template: 'a\n::warning::b`|.yml', id: '1\r2' })
    expect(markdown).toContain("| Template | `a ::warning::b'\\|.yml` |")
    expect(markdown).toContain('| Id | `1 2` |')
  })

  it('redacts each value before escaping it', () => {
    const markdown = renderMarkdown(failureSummary('token a&b<c> refused', 1), text => text.replace('a&b<c>', '***'))
    expect(markdown).toContain('token *** refused')
  })
})
