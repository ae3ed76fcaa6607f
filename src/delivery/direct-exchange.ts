import * as http from 'node:http'
import type { HttpRequest } from '../http.js'
import { asTransportError, readReply, USER_AGENT, type Exchange } from './exchange.js'

type Https = typeof import('node:https')

/**
 * Requests through node:http, and node:https loaded only for an https URL (TLS costs start-up a run to a plain-http
 * destination never uses). Redirects are returned as replies, never followed. Keep-alive agents: Node unrefs idle
 * pooled sockets, so they never keep the process alive.
 */
export function directExchange(): Exchange {
  const plainAgent = new http.Agent({ keepAlive: true })
  let secure: { https: Https; agent: http.Agent } | undefined
  return async (request, signal) => {
    const url = new URL(request.url)
    try {
      if (url.protocol === 'https:' && !secure) {
        const https = await import('node:https')
        secure = { https, agent: new https.Agent({ keepAlive: true }) }
      }
      const client = url.protocol === 'https:' && secure ? secure : { https: http, agent: plainAgent }
      return await send(client.https.request, client.agent, url, request, signal)
    } catch (error) {
      throw asTransportError(error, url.host)
    }
  }
}

function send(
  request: typeof http.request,
  agent: http.Agent,
  url: URL,
  { method, headers, body }: HttpRequest,
  signal: AbortSignal
): ReturnType<Exchange> {
  return new Promise((resolve, reject) => {
    const length = body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }
    const outgoing = request(url, {
      method,
      agent,
      signal,
      headers: { 'user-agent': USER_AGENT, ...length, ...headers }
    })
    outgoing.on('response', message => readReply(message).then(resolve, reject))
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}
