import { Secrets } from '../src/secrets.js'

const basic = (pair: string) => `Basic ${Buffer.from(pair).toString('base64')}`

describe('Secrets', () => {
  it('masks a signing secret and the key after whsec_', () => {
    const secrets = new Secrets()
    secrets.addSigningSecret('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')
    expect(secrets.redact('key MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw, whole whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')).toBe(
      'key ***, whole ***'
    )
  })

  it('redacts a registered value wherever it appears', () => {
    const secrets = new Secrets()
    secrets.add('hunter2-secret')
    expect(secrets.redact('a hunter2-secret b hunter2-secret')).toBe('a *** b ***')
  })

  it('also redacts the URL-encoded and JSON-escaped forms of a value', () => {
    const secrets = new Secrets()
    const value = 'p@ss/w"rd\\x'
    secrets.add(value)
    expect(secrets.redact(`q=${encodeURIComponent(value)}`)).toBe('q=***')
    expect(secrets.redact(JSON.stringify({ echo: value }))).toBe('{"echo":"***"}')
    expect(secrets.values()).toEqual(expect.arrayContaining([value, encodeURIComponent(value), 'p@ss/w\\"rd\\\\x']))
  })

  it('ignores values shorter than 4 characters, which would redact half the log', () => {
    const secrets = new Secrets()
    secrets.add('abc')
    secrets.add('')
    expect(secrets.values()).toEqual([])
    expect(secrets.redact('abc abcd')).toBe('abc abcd')
  })

  it('lists values longest first, so a secret containing another is masked whole', () => {
    const secrets = new Secrets()
    secrets.add('token')
    secrets.add('token-with-suffix')
    expect(secrets.values()).toEqual(['token-with-suffix', 'token'])
    expect(secrets.redact('token-with-suffix')).toBe('***')
  })

  it('takes a Basic header apart: the header, the Base64 pair, the decoded pair and the token', () => {
    const secrets = new Secrets()
    const header = basic('me@example.com:ATATT3xFfGF0-api-token')
    secrets.addHeader('Authorization', header)
    const b64 = header.slice('Basic '.length)
    expect(secrets.values()).toEqual(
      expect.arrayContaining([header, b64, 'me@example.com:ATATT3xFfGF0-api-token', 'ATATT3xFfGF0-api-token'])
    )
    expect(secrets.redact(`sent ${b64}`)).toBe('sent ***')
    expect(secrets.redact('token ATATT3xFfGF0-api-token echoed')).toBe('token *** echoed')
    // The user name alone is not a secret and stays readable.
    expect(secrets.redact('user me@example.com')).toBe('user me@example.com')
  })

  it('takes the credential out of a Bearer header', () => {
    const secrets = new Secrets()
    secrets.addHeader('authorization', 'Bearer lin_api_abcdef123456')
    expect(secrets.redact('key lin_api_abcdef123456')).toBe('key ***')
  })

  it('masks the value of any header, whatever its name', () => {
    const secrets = new Secrets()
    secrets.addHeader('X-Api-Key', 'custom-key-value')
    expect(secrets.redact('custom-key-value')).toBe('***')
  })

  it('does not split a non-Authorization header value into parts', () => {
    const secrets = new Secrets()
    secrets.addHeader('X-Note', 'Basic words')
    expect(secrets.redact('words')).toBe('words')
  })

  it('registers the Discord webhook token, keeping the rest of the URL readable', () => {
    const secrets = new Secrets()
    const token = 'aBcD_eFgH-1234567890abcdefghijklmnopqrstuvwxyz'
    secrets.addUrl(`https://discord.com/api/webhooks/123456789012345678/${token}?thread_id=42`)
    expect(secrets.redact(`POST https://discord.com/api/webhooks/123456789012345678/${token}?wait=true`)).toBe(
      'POST https://discord.com/api/webhooks/123456789012345678/***?wait=true'
    )
  })

  it('recognises versioned Discord webhook paths', () => {
    const secrets = new Secrets()
    secrets.addUrl('https://discordapp.com/api/v10/webhooks/1/tok-en-value')
    expect(secrets.redact('tok-en-value')).toBe('***')
  })

  it('registers the Slack incoming webhook secret, keeping the team and bot ids readable', () => {
    const secrets = new Secrets()
    secrets.addUrl('https://hooks.slack.com/services/T0123ABCD/B0456EFGH/xYz123SecretPart0987')
    expect(
      secrets.redact('POST https://hooks.slack.com/services/T0123ABCD/B0456EFGH/xYz123SecretPart0987 failed')
    ).toBe('POST https://hooks.slack.com/services/T0123ABCD/B0456EFGH/*** failed')
    expect(secrets.values()).not.toContain('T0123ABCD')
  })

  it('registers the userinfo password, decoded and as written', () => {
    const secrets = new Secrets()
    secrets.addUrl('https://bot:s3cr%40t-pass@hooks.example.com/in')
    expect(secrets.redact('s3cr@t-pass and s3cr%40t-pass')).toBe('*** and ***')
    expect(secrets.redact('bot')).toBe('bot')
  })

  it('registers a user name given without a password (https://TOKEN@host)', () => {
    const secrets = new Secrets()
    secrets.addUrl('https://ghp_tokenvalue123@example.com/x')
    expect(secrets.redact('ghp_tokenvalue123')).toBe('***')
  })

  it('registers query values named like a credential, and only those', () => {
    const secrets = new Secrets()
    const query = 'api_key=k-value-1&access_token=t-value-2&sig=s-value-3&client_secret=c-value-4&team=platform'
    secrets.addUrl(`https://hooks.example.com/in?${query}`)
    expect(secrets.redact('k-value-1 t-value-2 s-value-3 c-value-4 platform')).toBe('*** *** *** *** platform')
  })

  it('treats a URL it cannot parse as a secret as a whole', () => {
    const secrets = new Secrets()
    secrets.addUrl('not a url but secret')
    expect(secrets.redact('got not a url but secret')).toBe('got ***')
  })
})

describe('Secrets.addBasicLogin', () => {
  it('registers the user:password pair and its Base64 form (the Basic credential built from email and token)', () => {
    const secrets = new Secrets()
    secrets.addBasicLogin('me@example.com', 'api-token-123')
    const encoded = Buffer.from('me@example.com:api-token-123').toString('base64')
    expect(secrets.redact(`Basic ${encoded} me@example.com:api-token-123`)).toBe('Basic *** ***')
    expect(secrets.redact('me@example.com')).toBe('me@example.com')
  })
})
