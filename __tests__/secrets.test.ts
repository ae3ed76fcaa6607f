import { Secrets } from '../src/secrets/secrets.js'

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

describe('Secrets: every form a service or runtime echoes', () => {
  const value = 'p+ss/wörd <&>-tok'
  const secrets = new Secrets()
  secrets.add(value)
  const hex = (char: string, upper: boolean) => {
    const code = char.charCodeAt(0).toString(16).padStart(4, '0')
    return `\\u${upper ? code.toUpperCase() : code}`
  }

  it.each([
    ['JSON with \\/', JSON.stringify(value).replace(/\//g, '\\/')],
    ['JSON with \\u002B', JSON.stringify(value).replace('+', '\\u002B')],
    ['JSON with \\u002b', JSON.stringify(value).replace('+', '\\u002b')],
    ['JSON with every character escaped, lower case', `"${[...value].map(c => hex(c, false)).join('')}"`],
    ['JSON with every character escaped, upper case', `"${[...value].map(c => hex(c, true)).join('')}"`],
    ['JSON with escapes mixed', `"p\\u002bss\\/w\\u00F6rd\\u0020\\u003c&>-tok"`],
    ['percent-encoded, upper-case hex', encodeURIComponent(value)],
    ['percent-encoded, lower-case hex', encodeURIComponent(value).toLowerCase()],
    ['form-encoded', new URLSearchParams({ v: value }).toString().slice(2)],
    ['every byte percent-encoded', [...Buffer.from(value)].map(b => `%${b.toString(16)}`).join('')]
  ])('redacts the secret %s', (_, form) => {
    expect(secrets.redact(`before ${form} after`)).toMatch(/^before "?\*\*\*"? after$/)
  })

  it('gives the runner the exact forms services write', () => {
    expect(secrets.values()).toEqual(
      expect.arrayContaining([
        value,
        encodeURIComponent(value),
        encodeURIComponent(value).replace(/%[0-9A-F]{2}/g, escape => escape.toLowerCase()),
        'p+ss\\/wörd <&>-tok',
        'p+ss/w\\u00f6rd <&>-tok',
        'p\\u002Bss/w\\u00F6rd \\u003C\\u0026\\u003E-tok',
        'p+ss/wörd \\u003c\\u0026\\u003e-tok'
      ])
    )
  })

  it('leaves text around an escaped secret, and other escapes, as they were', () => {
    expect(secrets.redact('a%20b \\u0041 p%2Bss%2Fw%C3%B6rd%20%3C%26%3E-tok%21 c\\/d')).toBe(
      'a%20b \\u0041 ***%21 c\\/d'
    )
  })

  it('registers a query credential as written, with + or %2B, and decoded', () => {
    const url = new Secrets()
    url.addUrl('https://hooks.example.com/in?token=a+b%2Bc-secret&team=x')
    expect(url.values()).toEqual(expect.arrayContaining(['a+b%2Bc-secret', 'a b+c-secret', 'a+b+c-secret']))
    expect(url.redact('GET /in?token=a+b%2Bc-secret&team=x')).toBe('GET /in?token=***&team=x')
    expect(url.redact('token a+b%2bc-secret, a b+c-secret, a+b+c-secret')).toBe('token ***, ***, ***')
  })

  it('registers the Basic credential Node builds from URL userinfo, decoded and encoded', () => {
    const url = new Secrets()
    url.addUrl('https://bot:p%40ss-word@hooks.example.com/in')
    const basic = Buffer.from('bot:p@ss-word').toString('base64')
    expect(url.values()).toEqual(expect.arrayContaining([basic, 'bot:p@ss-word', 'p%40ss-word', 'p@ss-word']))
    expect(url.redact(`Authorization: Basic ${basic}`)).toBe('Authorization: Basic ***')
    expect(url.redact('p%40ss-word p%40SS-word p@ss-word')).toBe('*** p%40SS-word ***')
  })

  it('registers the Basic credential of a user name given alone (https://TOKEN@host)', () => {
    const url = new Secrets()
    url.addUrl('https://ghp_tokenvalue123@example.com/x')
    expect(url.redact(Buffer.from('ghp_tokenvalue123:').toString('base64'))).toBe('***')
  })

  it('stays linear on text full of escapes', () => {
    const text = '%2B\\u002b\\/'.repeat(100_000)
    const started = Date.now()
    secrets.redact(text)
    expect(Date.now() - started).toBeLessThan(1000)
  })
})
