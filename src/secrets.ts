import { urlCredentialPatterns } from './platforms/registry.js'

/** Shorter values would redact common words and digits all over the log, so they are never registered. */
const MIN_SECRET_LENGTH = 4
const MASK = '***'

/** Query parameters whose values are credentials (`?token=`, `api_key=`, `sig=`, `client_secret=`, …). */
const SECRET_QUERY_NAME = /token|key|secret|sig|pass/i
const AUTHORIZATION_HEADER = /^(?:proxy-)?authorization$/i

/** The forms a secret takes on its way into a URL or a JSON body, where a reply may echo it back. */
function encodedForms(value: string): string[] {
  return [value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)]
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

/**
 * Every credential the action handles, in all the forms it may show up in: registered with the runner's
 * log masking (`values()`) and scrubbed from every message the action writes itself (`redact()`).
 */
export class Secrets {
  private readonly registered = new Set<string>()

  add(value: string): void {
    for (const form of encodedForms(value)) {
      if (form.length >= MIN_SECRET_LENGTH) this.registered.add(form)
    }
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

  /** Credentials inside a URL: the path parts platforms call credentials (webhook tokens), userinfo, secret-looking query values. */
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
    for (const [name, value] of parsed.searchParams) {
      if (SECRET_QUERY_NAME.test(name)) this.add(value)
    }
  }

  /** Everything registered, longest first so a secret containing another is masked whole. */
  values(): string[] {
    return [...this.registered].sort((a, b) => b.length - a.length)
  }

  redact(text: string): string {
    let redacted = text
    for (const value of this.values()) redacted = redacted.split(value).join(MASK)
    return redacted
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
