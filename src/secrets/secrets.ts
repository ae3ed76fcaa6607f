import { decodeEscapes, hasEscapes } from './escapes-decoded.js'
import { urlCredentialPatterns } from '../platforms/registry.js'

/** Shorter values would redact common words and digits all over the log, so they are never registered. */
const MIN_SECRET_LENGTH = 4
const MASK = '***'

/** Query parameters whose values are credentials (`?token=`, `api_key=`, `sig=`, `client_secret=`, …). */
const SECRET_QUERY_NAME = /token|key|secret|sig|pass|auth|credential/i
const AUTHORIZATION_HEADER = /^(?:proxy-)?authorization$/i

/**
 * The exact forms a secret takes on its way into a URL, a form or a JSON body, where a reply may echo it back:
 * percent-encoded as encodeURIComponent and as a form (`+` for a space), with upper- and lower-case hex; JSON as
 * JavaScript writes it, with `\/` (PHP), with `\u00e9` for non-ASCII (Python, PHP), with `\u002B` for `+` and
 * other HTML-sensitive characters (.NET) and with `\u003c` for `<>&` (Go). The runner masks exact strings only,
 * so these are what it is given; `redact` also finds any other mix of these escapes.
 */
function encodedForms(value: string): string[] {
  const percent = encodeURIComponent(value)
  const form = new URLSearchParams([['', value]]).toString().slice(1)
  const json = JSON.stringify(value).slice(1, -1)
  return [
    value,
    percent,
    lowerHex(percent),
    form,
    lowerHex(form),
    json,
    json.replace(/\//g, '\\/'),
    unicodeEscaped(json, /[^\x20-\x7e]/g, 'lower'),
    unicodeEscaped(json, /[^\x20-\x7e]|[+<>&'`]/g, 'upper'),
    unicodeEscaped(json, /[<>&]/g, 'lower')
  ]
}

function lowerHex(percentEncoded: string): string {
  return percentEncoded.replace(/%[0-9A-F]{2}/g, escape => escape.toLowerCase())
}

function unicodeEscaped(json: string, characters: RegExp, hexCase: 'lower' | 'upper'): string {
  return json.replace(characters, char => {
    const hex = char.charCodeAt(0).toString(16).padStart(4, '0')
    return `\\u${hexCase === 'upper' ? hex.toUpperCase() : hex}`
  })
}

function decodeBase64Text(encoded: string): string | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) return undefined
  const decoded = Buffer.from(encoded, 'base64').toString('utf8')
  // Node replaces bytes that are not UTF-8 with U+FFFD: then it was not text, so there is nothing to add.
  return decoded.includes('\uFFFD') ? undefined : decoded
}

function safeDecodeURIComponent(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** A query's parameters with each value exactly as written (`a+b%2Bc`) and the name decoded. */
function rawQueryParameters(search: string): { name: string; raw: string }[] {
  return search
    .slice(1)
    .split('&')
    .filter(pair => pair.includes('='))
    .map(pair => ({ name: [...new URLSearchParams(pair).keys()][0] ?? '', raw: pair.slice(pair.indexOf('=') + 1) }))
}

/**
 * Every credential the action handles, in all the forms it may show up in: registered with the runner's
 * log masking (`values()`) and scrubbed from every message the action writes itself (`redact()`).
 */
export class Secrets {
  private readonly registered = new Set<string>()
  /** `registered`, longest first; made again after a change (redact runs on every line the action writes). */
  private sorted: string[] | undefined
  /**
   * Each registered form with its escapes decoded, longest first: what `redact` looks for in a text with its escapes
   * decoded. Made when a text with escapes first needs it, not at start-up.
   */
  private decoded: string[] | undefined

  add(value: string): void {
    for (const form of encodedForms(value)) {
      if (form.length >= MIN_SECRET_LENGTH) this.registered.add(form)
    }
    this.sorted = undefined
    this.decoded = undefined
  }

  /** A Standard Webhooks signing secret: the whole value and the key after `whsec_`, which is used on its own. */
  addSigningSecret(value: string): void {
    this.add(value)
    if (value.startsWith('whsec_')) this.add(value.slice('whsec_'.length))
  }

  /** The header value itself, and the credential inside an `Authorization` value (`Basic`, `Bearer`, …). */
  addHeader(name: string, value: string): void {
    this.add(value)
    if (!AUTHORIZATION_HEADER.test(name)) return
    const [scheme, credential, ...rest] = value.trim().split(/\s+/)
    if (!credential || rest.length > 0) return
    this.add(credential)
    if (scheme.toLowerCase() === 'basic') this.addBasicCredential(credential)
  }

  /** A login sent as `Basic base64(user:password)` (an account email and API token): the pair and its Base64 form. */
  addBasicLogin(user: string, password: string): void {
    const pair = `${user}:${password}`
    this.add(pair)
    this.add(Buffer.from(pair).toString('base64'))
  }

  /**
   * Credentials inside a URL: the path parts platforms call credentials (webhook tokens), userinfo (and the
   * `Basic` pair Node sends for it), secret-looking query values as written and decoded.
   */
  addUrl(url: string): void {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      // Cannot tell which part is the credential, so the whole text is one.
      this.add(url)
      return
    }
    for (const pattern of urlCredentialPatterns()) {
      const credential = pattern.exec(parsed.pathname)?.[1]
      if (credential) this.addDecoded(credential)
    }
    // A token is often written as the user name alone (`https://TOKEN@host`).
    if (parsed.password) this.addDecoded(parsed.password)
    else if (parsed.username) this.addDecoded(parsed.username)
    if (parsed.username || parsed.password) {
      // Node sends URL userinfo as `Authorization: Basic base64(user:password)`, both parts decoded.
      const user = safeDecodeURIComponent(parsed.username)
      const password = safeDecodeURIComponent(parsed.password)
      if (password) this.add(`${user}:${password}`)
      this.add(Buffer.from(`${user}:${password}`).toString('base64'))
    }
    for (const { name, raw } of rawQueryParameters(parsed.search)) {
      if (!SECRET_QUERY_NAME.test(name)) continue
      // As written (`a+b%2Bc`), as a form decodes it (`a b+c`) and as decodeURIComponent does (`a+b+c`).
      this.add(raw)
      this.add(new URLSearchParams(`x=${raw}`).get('x') ?? raw)
      this.add(safeDecodeURIComponent(raw))
    }
  }

  /** Everything registered, longest first so a secret containing another is masked whole. */
  values(): string[] {
    this.sorted ??= [...this.registered].sort((a, b) => b.length - a.length)
    return this.sorted
  }

  /**
   * The text with every registered form masked, then every secret written with any mix of JSON and percent
   * escapes (`\u002b`, `\/`, `%2b`): those are found in the text with its escapes decoded, and masked where their
   * escaped form stands.
   */
  redact(text: string): string {
    let redacted = text
    for (const value of this.values()) redacted = redacted.split(value).join(MASK)
    return hasEscapes(redacted) ? this.redactEscaped(redacted) : redacted
  }

  private redactEscaped(text: string): string {
    const decoded = decodeEscapes(text)
    this.decoded ??= [
      ...new Set(
        this.values()
          .flatMap(form => decodeEscapes(form).text)
          .filter(form => form.length >= MIN_SECRET_LENGTH)
      )
    ].sort((a, b) => b.length - a.length)
    const spans: [number, number][] = []
    for (const value of this.decoded) {
      for (let at = decoded.text.indexOf(value); at >= 0; at = decoded.text.indexOf(value, at + value.length))
        spans.push([decoded.startOf(at), decoded.endOf(at + value.length - 1)])
    }
    if (spans.length === 0) return text
    spans.sort((a, b) => a[0] - b[0])
    let result = ''
    let shown = 0
    for (const [start, end] of spans) {
      if (end <= shown) continue
      result += text.slice(shown, Math.max(start, shown)) + (start >= shown ? MASK : '')
      shown = end
    }
    return result + text.slice(shown)
  }

  /** `Basic base64(user:token)`: the decoded pair and the token alone (the user name is not a secret). */
  private addBasicCredential(encoded: string): void {
    const decoded = decodeBase64Text(encoded)
    if (!decoded) return
    this.add(decoded)
    const colon = decoded.indexOf(':')
    if (colon >= 0) this.add(decoded.slice(colon + 1))
  }

  private addDecoded(urlPart: string): void {
    this.add(urlPart)
    this.add(safeDecodeURIComponent(urlPart))
  }
}
