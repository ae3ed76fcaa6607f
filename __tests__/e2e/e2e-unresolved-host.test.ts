// A mistyped host (issue: `acme.atlasian.net`) is said to be one, at once, instead of being retried through the
// whole budget and reported as a service that may be down. `.invalid` never resolves (RFC 2606).
import { describe, expect, it } from '@jest/globals'
import { runAction } from '../../scripts/action-runner.js'
import { dispatchEvent, theError } from './fixtures.js'

describe('a url whose host does not resolve', () => {
  it('fails at once, naming the host and the url input, in words a user knows', async () => {
    const url = 'https://acme.atlasian.invalid/rest/api/2/issue'
    const result = await runAction({
      inputs: { url, headers: 'Authorization: Basic cmVsYXktYm90QGV4YW1wbGUuY29tOnRva2Vu', vars: 'project: ENG' },
      event: dispatchEvent()
    })
    expect(result.code).toBe(1)
    expect(result.elapsedMs).toBeLessThan(10_000)
    const error = theError(result)
    expect(error).toContain('the host acme.atlasian.invalid does not resolve')
    expect(error).toContain('check the url input')
    expect(error).not.toMatch(/follow-up|raise max-attempts|may be down/)
    expect(result.stdout).not.toMatch(/^attempt \d/m)
  })
})
