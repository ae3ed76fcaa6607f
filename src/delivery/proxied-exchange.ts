import type { RequestOptions } from 'node:http'
import { HttpClient, type HttpClientResponse } from '@actions/http-client'
import type { RequestHandler } from '@actions/http-client/lib/interfaces'
import { asTransportError, readReply, USER_AGENT, type Exchange } from './exchange.js'

/**
 * Hands the current attempt's abort signal to the request http-client is about to make, so a missed deadline
 * destroys the request and its socket instead of leaving them to finish in the background. http-client runs
 * `prepareRequest` synchronously inside `request()`, which is when `signal` is set.
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

/** Requests through @actions/http-client, which routes them through the runner's proxy settings. */
export function proxiedExchange(): Exchange {
  const attemptSignal = new AttemptSignal()
  const client = new HttpClient(USER_AGENT, [attemptSignal], { allowRedirects: false, keepAlive: true })
  return async (request, signal) => {
    const host = new URL(request.url).host
    let pending: Promise<HttpClientResponse>
    attemptSignal.signal = signal
    try {
      pending = client.request(request.method, request.url, request.body ?? null, request.headers)
    } finally {
      attemptSignal.signal = undefined
    }
    try {
      return await readReply((await pending).message)
    } catch (error) {
      throw asTransportError(error, host)
    }
  }
}
