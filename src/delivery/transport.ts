import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'
import type { HttpReply, HttpRequest } from '../platforms/types.js'

/** Sends one request and reads the whole reply, or fails with a TransportError within `timeoutMs`. */
export type Transport = (request: HttpRequest, timeoutMs: number) => Promise<HttpReply>

/** One exchange, given the attempt's abort signal; transports differ only in how they make it. */
export type Exchange = (request: HttpRequest, signal: AbortSignal) => Promise<HttpReply>

/**
 * No reply came back: the attempt ran out of time, the connection could not be made or broke, or Node refused to
 * make the request at all (`invalid-request`: a header it cannot send, which no retry changes).
 */
export class TransportError extends Error {
  constructor(
    message: string,
    readonly kind: 'timeout' | 'connection' | 'invalid-request',
    /** The host the request went to, for messages that must name it (one that does not resolve). */
    readonly host?: string
  ) {
    super(message)
    this.name = 'TransportError'
  }
}

export const USER_AGENT = 'dagster-alert-relay'

/** The proxy settings runners use; when one is set, requests go through @actions/http-client, which honours them. */
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY']

/**
 * The action's transport. Without a proxy, node:http(s) directly: a plain-http destination never loads TLS, and
 * start-up pays for no client library. Behind a proxy, @actions/http-client, which routes through the runner's
 * proxy settings (and NO_PROXY). Either way redirects are never followed, so credentials never reach another host,
 * and one connection is kept alive for a follow-up request (a platform's lookup for the message link).
 */
export function createTransport(env: Record<string, string | undefined> = {}): Transport {
  const proxied = PROXY_VARIABLES.some(name => env[name]?.trim())
  let exchange: Promise<Exchange> | undefined
  return async (request, timeoutMs) => {
    exchange ??= proxied
      ? import('./proxied-exchange.js').then(module => module.proxiedExchange())
      : import('./direct-exchange.js').then(module => module.directExchange())
    const send = await exchange
    return withDeadline(timeoutMs, signal => send(request, signal))
  }
}

/**
 * Runs `attempt` with a deadline over the whole exchange (connect, headers and body): a socket timeout only
 * measures idle time, so a server trickling a byte at a time would never hit it.
 */
async function withDeadline(
  timeoutMs: number,
  attempt: (signal: AbortSignal) => Promise<HttpReply>
): Promise<HttpReply> {
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // The event loop runs timers before I/O: a process starved of CPU (a storm of runs on one machine) can find
      // the deadline passed with the reply already in the socket. I/O gets one more turn before the attempt fails.
      setImmediate(() => {
        controller.abort()
        reject(new TransportError(`no complete reply within ${timeoutMs / 1000} s`, 'timeout'))
      })
    }, timeoutMs)
    timer.unref()
  })
  try {
    return await Promise.race([attempt(controller.signal), deadline])
  } finally {
    clearTimeout(timer)
  }
}

/** Node's codes for a request it refuses to make; its messages name the header, never its value. */
const INVALID_REQUEST_CODES = new Set(['ERR_INVALID_CHAR', 'ERR_INVALID_HTTP_TOKEN', 'ERR_HTTP_INVALID_HEADER_VALUE'])

/** What went wrong on the way, as a TransportError naming the host. */
export function asTransportError(error: unknown, host: string): TransportError {
  if (error instanceof TransportError) return error
  const message = error instanceof Error ? error.message : String(error)
  const code = (error as { code?: unknown } | undefined)?.code
  if (typeof code === 'string' && INVALID_REQUEST_CODES.has(code)) {
    return new TransportError(message, 'invalid-request', host)
  }
  // http-client's idle timeout; only reachable when the attempt timeout is longer than it (3 minutes).
  if (message.startsWith('Request timeout')) return new TransportError(`${host} stopped answering`, 'timeout', host)
  return new TransportError(`connection to ${host} failed: ${message}`, 'connection', host)
}

/** The whole reply; fails when the connection breaks mid-body (http-client's own `readBody` would never settle). */
export async function readReply(message: IncomingMessage): Promise<HttpReply> {
  const body = await new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = []
    message.on('data', (chunk: Buffer) => chunks.push(chunk))
    message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    message.on('error', reject)
    message.on('close', () => {
      if (!message.complete) reject(new Error('the connection closed before the reply was complete'))
    })
  })
  return { status: message.statusCode ?? 0, headers: flattenHeaders(message.headers), body }
}

function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value])
  )
}
