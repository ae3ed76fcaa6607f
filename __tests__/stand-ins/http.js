// @ts-check
/**
 * Server plumbing shared by the Discord, Jira and Linear stand-ins: a loopback HTTP server that logs every
 * request with its raw body, plays scripted faults first, and otherwise hands the request to the platform.
 */
import http from 'node:http'
import { clearInterval, setInterval } from 'node:timers'

/** Bodies beyond this are refused: no alert payload comes near it, and it bounds memory in tests. */
const MAX_BODY_BYTES = 8 * 1024 * 1024
const SLOW_BODY_INTERVAL_MS = 100

/**
 * @typedef {import('./http.js').LoggedRequest} LoggedRequest
 * @typedef {import('./http.js').Reply} Reply
 * @typedef {import('./http.js').Handler} Handler
 * @typedef {import('./http.js').SharedFault} SharedFault
 */

/** @type {Reply} */
export const silentReply = { json() {}, text() {}, empty() {} }

/** @param {string} text */
export function codePoints(text) {
  let count = 0
  for (const _ of text) count++
  return count
}

/** @param {string | undefined} contentType */
export function isJsonContentType(contentType) {
  return /^application\/json\s*(;|$)/i.test(contentType ?? '')
}

/**
 * @param {http.ServerResponse} res
 * @returns {Reply}
 */
function replyTo(res) {
  return {
    json(status, body, headers = {}) {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      res.end(JSON.stringify(body))
    },
    text(status, text, headers = {}) {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers })
      res.end(text)
    },
    empty(status, headers = {}) {
      res.writeHead(status, headers)
      res.end()
    }
  }
}

/**
 * @param {http.IncomingMessage} req
 * @returns {Promise<string | undefined>} the body, or undefined when it is too large
 */
function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = []
    let size = 0
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) chunks.push(chunk)
    })
    req.on('end', () => resolve(size <= MAX_BODY_BYTES ? Buffer.concat(chunks).toString('utf8') : undefined))
    req.on('error', reject)
  })
}

/** @param {string} body */
function parseJson(body) {
  try {
    return { json: /** @type {unknown} */ (JSON.parse(body)) }
  } catch {
    return {}
  }
}

/**
 * @param {http.IncomingMessage} req
 * @param {string} body
 * @returns {LoggedRequest}
 */
function logEntry(req, body) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  /** @type {Record<string, string>} */
  const headers = {}
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    body,
    ...parseJson(body)
  }
}

/**
 * @template {{ kind: string, method?: string }} F
 * @param {import('./http.js').ServerOptions<F>} options
 * @returns {Promise<Omit<import('./http.js').StandIn<F>, 'state'>>}
 */
export async function startServer(options) {
  /** @type {import('./http.js').LoggedRequest[]} */
  const requests = []
  /** @type {F[]} */
  const faults = []
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set()
  /** @type {Set<NodeJS.Timeout>} */
  const timers = new Set()
  // Each handler is looked up by the kind of the fault it receives, so the wider parameter type is safe.
  const faultHandlers =
    /** @type {Record<string, ((fault: F, request: LoggedRequest, reply: Reply) => void) | undefined>} */ (
      /** @type {unknown} */ (options.faultHandlers ?? {})
    )

  /** @param {LoggedRequest} request */
  function takeFault(request) {
    const index = faults.findIndex(
      fault =>
        (fault.method === undefined || fault.method.toUpperCase() === request.method) &&
        (options.faultApplies?.(fault, request) ?? true)
    )
    return index === -1 ? undefined : faults.splice(index, 1)[0]
  }

  /**
   * @param {F} fault
   * @param {LoggedRequest} request
   * @param {http.ServerResponse} res
   */
  function playFault(fault, request, res) {
    const platformHandler = faultHandlers[fault.kind]
    if (platformHandler) return platformHandler(fault, request, replyTo(res))
    const shared = /** @type {SharedFault} */ (/** @type {unknown} */ (fault))
    switch (shared.kind) {
      case 'status':
        return replyWithStatus(shared, replyTo(res))
      case 'reset':
        return res.socket?.destroy()
      case 'hang':
        return
      case 'slow-body':
        return trickle(res)
      default:
        throw new Error(`this stand-in cannot play a '${fault.kind}' fault`)
    }
  }

  /** @param {http.ServerResponse} res */
  function trickle(res) {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
    res.write('{')
    const timer = setInterval(() => res.write(' '), SLOW_BODY_INTERVAL_MS)
    timers.add(timer)
    res.on('close', () => {
      clearInterval(timer)
      timers.delete(timer)
    })
  }

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   */
  async function onRequest(req, res) {
    const body = await readBody(req)
    if (body === undefined) return replyTo(res).text(413, 'Request Entity Too Large')
    const request = logEntry(req, body)
    requests.push(request)
    try {
      const fault = takeFault(request)
      if (fault) playFault(fault, request, res)
      else options.handle(request, replyTo(res))
    } catch (error) {
      // A bug in a stand-in must show up as a loud 500, never as a plausible vendor reply.
      if (!res.headersSent) replyTo(res).json(500, { standInError: String(error) })
    }
  }

  const server = http.createServer((req, res) => {
    onRequest(req, res).catch(() => res.socket?.destroy())
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  const address = /** @type {import('node:net').AddressInfo} */ (server.address())

  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    fault(...queued) {
      faults.push(...queued)
    },
    async close() {
      for (const timer of timers) clearInterval(timer)
      timers.clear()
      for (const socket of sockets) socket.destroy()
      await new Promise(resolve => server.close(() => resolve(undefined)))
    }
  }
}

/**
 * @param {import('./http.js').StatusFault} fault
 * @param {Reply} reply
 */
function replyWithStatus(fault, reply) {
  if (fault.body === undefined) reply.empty(fault.status, fault.headers)
  else if (typeof fault.body === 'string') reply.text(fault.status, fault.body, fault.headers)
  else reply.json(fault.status, fault.body, fault.headers)
}
