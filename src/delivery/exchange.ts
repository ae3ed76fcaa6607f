/** What both exchanges (direct, proxied) share: their shape, their errors and how they read a reply. */
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'
import type { HttpReply, HttpRequest } from '../http.js'

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
