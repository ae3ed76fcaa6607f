import type { HttpReply, HttpRequest } from '../http.js'
import { TransportError, type Exchange } from './exchange.js'

/** Sends one request and reads the whole reply, or fails with a TransportError within `timeoutMs`. */
export type Transport = (request: HttpRequest, timeoutMs: number) => Promise<HttpReply>

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
