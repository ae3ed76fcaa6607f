import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/errors.js'
import { githubDescriptor } from '../../../src/platforms/github/descriptor.js'
import { github } from '../../../src/platforms/github/index.js'
import { inferPlatform } from '../../../src/platforms/registry.js'
import { NO_SETTINGS, thrownBy } from '../../helpers/platform-context.js'

describe('github.matches and inference', () => {
  it.each([
    ['https://api.github.com', true],
    ['https://ghe.example.com/api/v3', true],
    ['https://github.com/acme/data-platform', false],
    ['https://discord.com/api/webhooks/1/x', false]
  ])('%s → %s', (url, expected) => {
    expect(githubDescriptor.matches(new URL(url))).toBe(expected)
  })

  it('a url of the GitHub API picks the github platform', () => {
    expect(inferPlatform('https://api.github.com')?.name).toBe('github')
  })
})

describe('github.resolveTarget', () => {
  it('defaults to the github.com API and the github-issue template', () => {
    const target = github.resolveTarget(undefined, undefined)
    expect(target.endpoint.href).toBe('https://api.github.com/')
    expect(target.defaultTemplate).toBe('github-issue')
  })

  it('takes a GitHub Enterprise Server API base, and loopback http for the stand-in', () => {
    expect(github.resolveTarget('https://ghe.example.com/api/v3/', undefined).endpoint.href).toBe(
      'https://ghe.example.com/api/v3/'
    )
    expect(github.resolveTarget('http://127.0.0.1:8080', undefined).endpoint.origin).toBe('http://127.0.0.1:8080')
  })

  it.each([
    ['not a url', /is not a valid URL/],
    ['http://ghe.example.com/api/v3', /must use https/],
    ['https://x-access-token:secret@api.github.com', /must not contain credentials/],
    ['https://github.com', /GitHub's website, not its API/],
    [
      'https://api.github.com/repos/acme/data-platform/issues',
      /the API base, not a repository's endpoint.*Set repository to owner\/name/
    ]
  ])('refuses %s', (url, message) => {
    const error = thrownBy(() => github.resolveTarget(url, undefined), InputError)
    expect(error.input).toBe('url')
    expect(error.message).toMatch(message)
    expect(error.message).toContain('${{ github.api_url }}')
    expect(error.message).not.toContain('secret@')
  })
})

describe('github API base', () => {
  it("defaults to the runner's GITHUB_API_URL (settings.apiUrl; GitHub Enterprise Server), else api.github.com", () => {
    const settings = { ...NO_SETTINGS, apiUrl: 'https://ghe.example.com/api/v3' }
    expect(github.resolveTarget(undefined, undefined, settings).endpoint.href).toBe('https://ghe.example.com/api/v3')
    expect(github.resolveTarget('https://api.github.com', undefined, settings).endpoint.href).toBe(
      'https://api.github.com/'
    )
    expect(github.resolveTarget(undefined, undefined, NO_SETTINGS).endpoint.href).toBe('https://api.github.com/')
  })

  it('does not read the environment itself', () => {
    const saved = process.env.GITHUB_API_URL
    try {
      process.env.GITHUB_API_URL = 'https://ghe.example.com/api/v3'
      expect(github.resolveTarget(undefined, undefined, NO_SETTINGS).endpoint.href).toBe('https://api.github.com/')
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL
      else process.env.GITHUB_API_URL = saved
    }
  })
})
