import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { ACTION_ROOT } from '../src/action-root.js'
import { InputError } from '../src/errors.js'
import { NOTIFICATION_TYPES } from '../src/event/tokens.js'
import { readConfig } from '../src/inputs.js'
import { PLATFORM_NAMES } from '../src/platforms/types.js'

function reader(values: Record<string, string>) {
  return (name: string) => values[name] ?? ''
}

function errorOf(values: Record<string, string>): InputError {
  try {
    readConfig(reader(values))
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

describe('readConfig', () => {
  it('applies the documented defaults', () => {
    expect(readConfig(reader({}))).toEqual({
      platform: undefined,
      url: undefined,
      headers: {},
      template: undefined,
      event: '',
      vars: {},
      mode: 'send',
      dryRun: false,
      maxAttempts: 5,
      timeoutSeconds: 15,
      maxWaitSeconds: 900,
      settings: { signingSecret: '', resultUrl: '', token: '', repository: '', email: '', apiUrl: '' },
      stateToken: '',
      tracking: { dedupeKey: '<< fingerprint >>', repeat: 'comment', resolve: 'close' },
      problemMessages: { asked: false, ignoreRecoveries: false, renotifyHours: 24 }
    })
  })

  it('asks chat for one message per problem only when repeat: comment or skip, or resolve: close, is given', () => {
    const asked = (inputs: Record<string, string>) => readConfig(reader(inputs)).problemMessages.asked
    expect(asked({})).toBe(false)
    expect(asked({ repeat: 'new', resolve: 'ignore' })).toBe(false)
    expect(asked({ repeat: 'comment' })).toBe(true)
    expect(asked({ resolve: 'close' })).toBe(true)
    // On chat, repeat: skip alone means one message per problem whose repeats are not shown.
    expect(asked({ repeat: 'skip' })).toBe(true)
    expect(asked({ resolve: 'ignore' })).toBe(false)
    // Issue platforms keep their defaults either way.
    expect(readConfig(reader({ resolve: 'close' })).tracking).toMatchObject({ repeat: 'comment', resolve: 'close' })
    expect(readConfig(reader({ renotify: '0.5' })).problemMessages.renotifyHours).toBe(0.5)
  })

  it('reads state-token apart from token, and refuses one a header cannot carry', () => {
    const config = readConfig(reader({ token: 'destination-key', 'state-token': 'ghs_state' }))
    expect([config.settings.token, config.stateToken]).toEqual(['destination-key', 'ghs_state'])
    expect(() => readConfig(reader({ 'state-token': 'ghs_\nstate' }))).toThrow(/^Input 'state-token': .*line break/)
  })

  it("takes the runner's GITHUB_API_URL from the environment it is given", () => {
    expect(readConfig(reader({}), { GITHUB_API_URL: 'https://ghe.example.com/api/v3' }).settings.apiUrl).toBe(
      'https://ghe.example.com/api/v3'
    )
  })

  it('reads headers from YAML and JSON with lower-cased names', () => {
    expect(readConfig(reader({ headers: 'Authorization: Basic abc\nX-Api-Key: 42' })).headers).toEqual({
      authorization: 'Basic abc',
      'x-api-key': '42'
    })
    expect(readConfig(reader({ headers: '{"Authorization": "lin_api_x"}' })).headers).toEqual({
      authorization: 'lin_api_x'
    })
  })

  it('reports bad YAML in headers by position without echoing the text', () => {
    const error = errorOf({ headers: 'Authorization: Basic s3cr3t-value\n  bad: [' })
    expect(error.input).toBe('headers')
    expect(error.message).toMatch(/^Input 'headers': the value is not valid JSON or YAML: .* at line \d+, column \d+/)
    expect(error.message).not.toContain('s3cr3t')
  })

  it('rejects headers that are not a mapping, bad names and non-text values', () => {
    expect(errorOf({ headers: '- a\n- b' }).message).toContain('but it is a list')
    expect(errorOf({ headers: '"bad name": x' }).message).toContain('not a valid header name')
    expect(errorOf({ headers: 'X-List: [1, 2]' }).message).toContain('must be text')
  })

  it('accepts header values RFC 9110 allows: spaces and tabs inside, Latin-1 letters (obs-text)', () => {
    expect(readConfig(reader({ headers: '{"X-Name": "Ren\u00e9e\tM\u00fcller x"}' })).headers).toEqual({
      'x-name': 'Ren\u00e9e\tM\u00fcller x'
    })
  })

  it.each([
    ['NUL', 'abc\u0000def', 'a control character'],
    ['escape', 'abc\u001bdef', 'a control character'],
    ['DEL', 'abc\u007fdef', 'a control character'],
    ['CR', 'abc\rdef', 'a line break'],
    ['LF', 'abc\ndef', 'a line break'],
    ['a typographic quote', 'abc\u2019def', 'a character a header cannot carry'],
    ['an emoji', 'abc\ud83d\ude00def', 'a character a header cannot carry']
  ])('refuses a header value with %s, naming the header but never showing the value', (_, value, problem) => {
    const error = errorOf({ headers: JSON.stringify({ 'X-Api-Key': value }) })
    expect(error.input).toBe('headers')
    expect(error.message).toContain(`the value of "X-Api-Key" contains ${problem}`)
    expect(error.message).not.toContain('abc')
  })

  it.each(['token', 'email'])('refuses a %s a header could not carry, naming the input', input => {
    for (const value of ['s3cr3t\nmore', 's3cr3t\u0000', 's3cr3t\u2019']) {
      const error = errorOf({ [input]: value })
      expect(error.input).toBe(input)
      expect(error.message).toMatch(new RegExp(`^Input '${input}': the value contains `))
      expect(error.message).not.toContain('s3cr3t')
    }
    expect(readConfig(reader({ [input]: 'you@example.com' })).settings).toMatchObject({ [input]: 'you@example.com' })
  })

  it('reads vars as YAML with their types', () => {
    expect(readConfig(reader({ vars: 'project: ENG\npriority: 2\nlabels: [a, b]' })).vars).toEqual({
      project: 'ENG',
      priority: 2,
      labels: ['a', 'b']
    })
  })

  it.each([
    ['vars', `{"project": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`, 'is nested 10,001 levels deep'],
    ['vars', `project: ${'['.repeat(10_000)}${']'.repeat(10_000)}`, 'is nested 10,001 levels deep'],
    ['vars', `project: ENG\nbig: "${'x'.repeat(1.5 * 1024 * 1024)}"`, 'is 1.5 MB; at most 1 MB is read'],
    ['headers', `X-Api-Key: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}`, 'is nested 5,001 levels deep']
  ])('refuses %s too deep or too large to read, naming the input', (input, text, problem) => {
    const error = errorOf({ [input]: text })
    expect(error.input).toBe(input)
    expect(error.message).toContain(`Input '${input}': the value ${problem}`)
  })

  it('names the input for bad vars', () => {
    expect(errorOf({ vars: 'project: [' }).input).toBe('vars')
  })

  it('accepts known platforms in any case and rejects others with the list', () => {
    expect(readConfig(reader({ platform: 'Discord' })).platform).toBe('discord')
    const error = errorOf({ platform: 'slak' })
    expect(error.message).toBe(`Input 'platform': "slak" is not supported. Use one of: ${PLATFORM_NAMES.join(', ')}`)
  })

  it('validates numbers with ranges and names the input', () => {
    expect(readConfig(reader({ 'max-attempts': '3', timeout: '2.5', 'max-wait': '0' }))).toMatchObject({
      maxAttempts: 3,
      timeoutSeconds: 2.5,
      maxWaitSeconds: 0
    })
    expect(errorOf({ 'max-attempts': '2.5' }).message).toContain('Input \'max-attempts\': "2.5" is not a whole number')
    expect(errorOf({ 'max-attempts': '0' }).message).toContain('out of range')
    expect(errorOf({ timeout: 'soon' }).input).toBe('timeout')
    expect(errorOf({ 'max-wait': '-1' }).input).toBe('max-wait')
  })

  it('reads dry-run and mode', () => {
    expect(readConfig(reader({ 'dry-run': 'TRUE', mode: 'check' }))).toMatchObject({ dryRun: true, mode: 'check' })
    expect(errorOf({ 'dry-run': 'maybe' }).input).toBe('dry-run')
    expect(errorOf({ mode: 'post' }).input).toBe('mode')
  })

  describe('events', () => {
    const events = (text: string) => readConfig(reader({ events: text })).events
    const KNOWN = NOTIFICATION_TYPES.map(type => type.type).join(', ')

    it('is every type when not given', () => {
      expect(events('')).toBeUndefined()
    })

    it('reads a YAML list, flow or block, or names separated by commas, spaces or lines, in any case', () => {
      expect(events('[JOB, ASSET_MATERIALIZATION]')).toEqual(['JOB', 'ASSET_MATERIALIZATION'])
      expect(events('["job", \'tick\']')).toEqual(['JOB', 'TICK'])
      expect(events('- JOB\n- asset_health\n')).toEqual(['JOB', 'ASSET_HEALTH'])
      expect(events('JOB,TICK')).toEqual(['JOB', 'TICK'])
      expect(events('JOB TICK\nagent, JOB')).toEqual(['JOB', 'TICK', 'AGENT'])
    })

    it('refuses an unknown name, naming the value, the input and the known types, with a guess when one is close', () => {
      expect(errorOf({ events: 'JOB, ASSET_HEALT' }).message).toBe(
        `Input 'events': "ASSET_HEALT" is not a Dagster+ notification type. Did you mean ASSET_HEALTH? Use one or more of: ${KNOWN}`
      )
      expect(errorOf({ events: 'failures' }).message).toBe(
        `Input 'events': "failures" is not a Dagster+ notification type. Use one or more of: ${KNOWN}`
      )
      // a name only Unicode case mapping makes a type (dotless i) would slip past relay.yml's job condition
      expect(errorOf({ events: 'T\u0131CK' }).input).toBe('events')
      expect(errorOf({ events: 'JOB; TICK' }).message).toContain('"JOB;"')
    })

    it('refuses a list without a name', () => {
      expect(errorOf({ events: '[]' }).message).toBe(
        `Input 'events': lists no notification type. Use one or more of: ${KNOWN}`
      )
    })

    it('action.yml names every notification type in its description', () => {
      const action = parse(readFileSync(path.join(ACTION_ROOT, 'action.yml'), 'utf8')) as {
        inputs: Record<string, { description: string }>
      }
      for (const type of NOTIFICATION_TYPES) expect(action.inputs.events.description).toContain(type.type)
    })
  })
})
