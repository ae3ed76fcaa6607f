import type { IncomingHttpHeaders, IncomingMessage, RequestOptions } from 'node:http'
import { HttpClient, type HttpClientResponse } from '@actions/http-client'
import type { RequestHandler } from '@actions/http-client/lib/interfaces'
import type { HttpReply, HttpRequest } from '../platforms/types.js'

/** Sends one request and reads the whole reply, or fails with a TransportError within `timeoutMs`. */
export type Transport = (request: HttpRequest, timeoutMs: number) => Promise<HttpReply>

/** No reply came back: the attempt ran out of time, or the connection could not be made or broke. */
export class TransportError extends Error {
  constructor(
    message: string,
    readonly kind: 'timeout' | 'connection',
    /** The host the request went to, for messages that must name it (one that does not resolve). */
    readonly host?: string
  ) {
    super(message)
    this.name = 'TransportError'
  }
}

const USER_AGENT = 'dagster-alert-relay'

/**
 * Hands the current attempt's abort signal to the request http-client is about to make, so a missed
 * deadline destroys the request and its socket instead of leaving them to finish in the background.
 * http-client runs `prepareRequest` synchronously inside `request()`, which is when `signal` is set.
 */
class AttemptSignal implements RequestHandler {
  signal: AbortSignal | undefined

  prepareRequest(options: RequestOptions): void {
    if (this.signal) options.signal = this.signal
  }

  canHandleAuthentication(): boolean {
    return false
  }

  handleAuthentication(): Promise<HttpClientResponse> {
    return Promise.reject(new Error('dagster-alert-relay does not answer authentication challenges'))
  }
}

/**
 * The one HTTP client of the action. http-client routes through the runner's proxy settings; redirects are
 * never followed so credentials never reach another host. Keep-alive lets a follow-up (Discord's guild
 * lookup) reuse the connection; Node unrefs idle pooled sockets, so they never keep the process alive.
 */
export function createTransport(): Transport {
  const attemptSignal = new AttemptSignal()
  let client: HttpClient | undefined
  return (request, timeoutMs) => {
    client ??= new HttpClient(USER_AGENT, [attemptSignal], { allowRedirects: false, keepAlive: true })
    return withDeadline(timeoutMs, signal => {
      attemptSignal.signal = signal
      try {
        return exchange(client as HttpClient, request)
      } finally {
        attemptSignal.signal = undefined
      }
    })
  }
}

/**
 * Runs `attempt` with a deadline over the whole exchange (connect, headers and body): http-client's own
 * socket timeout only measures idle time, so a server trickling a byte at a time would never hit it.
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

async function exchange(client: HttpClient, request: HttpRequest): Promise<HttpReply> {
  const host = new URL(request.url).host
  try {
    const response = await client.request(request.method, request.url, request.body ?? null, request.headers)
    const body = await readBody(response.message)
    return { status: response.message.statusCode ?? 0, headers: flattenHeaders(response.message.headers), body }
  } catch (error) {
    throw asTransportError(error, host)
  }
}

function asTransportError(error: unknown, host: string): TransportError {
  const message = error instanceof Error ? error.message : String(error)
  // http-client's idle timeout; only reachable when the attempt timeout is longer than it (3 minutes).
  if (message.startsWith('Request timeout')) return new TransportError(`${host} stopped answering`, 'timeout', host)
  return new TransportError(`connection to ${host} failed: ${message}`, 'connection', host)
}

/** http-client's own `readBody` never settles when the connection breaks mid-body, so read it here. */
function readBody(message: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    message.on('data', (chunk: Buffer) => chunks.push(chunk))
    message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    message.on('error', reject)
    message.on('close', () => {
      if (!message.complete) reject(new Error('the connection closed before the reply was complete'))
    })
  })
}

function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value])
  )
}
