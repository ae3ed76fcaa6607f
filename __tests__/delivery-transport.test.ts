import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { connect, type AddressInfo, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import ts from 'typescript'
import { TransportError } from '../src/delivery/exchange.js'
import { createTransport } from '../src/delivery/transport.js'

const execFileAsync = promisify(execFile)

type Handler = (req: IncomingMessage, res: ServerResponse) => void

interface Received {
  method?: string
  url?: string
  headers: IncomingMessage['headers']
  body: string
}

interface TestServer {
  url: string
  received: Received[]
  connections: number
  /** Resolves when the server sees a request's connection close. */
  closed: Promise<void>
}

const servers: Server[] = []
const cleanups: (() => void)[] = []

async function startServer(handler: Handler): Promise<TestServer> {
  let markClosed: () => void = () => {}
  const state: TestServer = {
    url: '',
    received: [],
    connections: 0,
    closed: new Promise(resolve => (markClosed = resolve))
  }
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      state.received.push({
        method: req.method,
        url: req.url,
        headers: req.headers,
        body: Buffer.concat(chunks).toString()
      })
    })
    req.socket.on('close', markClosed)
    handler(req, res)
  })
  server.on('connection', socket => {
    state.connections++
    // The test process itself must not be kept alive by the server's end of a connection.
    socket.unref()
  })
  servers.push(server)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return state
}

afterEach(async () => {
  cleanups.splice(0).forEach(cleanup => cleanup())
  await Promise.all(
    servers.splice(0).map(server => {
      server.closeAllConnections()
      return new Promise(resolve => server.close(resolve))
    })
  )
})

async function unusedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise(resolve => server.close(resolve))
  return port
}

async function failure(promise: Promise<unknown>): Promise<TransportError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught
  )
  expect(error).toBeInstanceOf(TransportError)
  return error as TransportError
}

function elapsedSince(start: number): number {
  return performance.now() - start
}

describe('createTransport', () => {
  it('sends the request as given and returns status, lower-case headers and body', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'X-Thing': 'yes' })
      res.end('{"id":"1"}')
    })
    const headers = { 'content-type': 'application/json', authorization: 'Bearer abcd' }
    const url = `${server.url}/api/webhooks/1/tok?wait=true`
    const reply = await createTransport()({ method: 'POST', url, headers, body: '{"content":"é"}' }, 2000)
    expect(reply).toEqual({
      status: 200,
      headers: expect.objectContaining({ 'content-type': 'application/json', 'x-thing': 'yes' }),
      body: '{"id":"1"}'
    })
    expect(server.received).toEqual([
      {
        method: 'POST',
        url: '/api/webhooks/1/tok?wait=true',
        headers: expect.objectContaining({
          'user-agent': 'dagster-alert-relay',
          authorization: 'Bearer abcd',
          'content-length': '16'
        }),
        body: '{"content":"é"}'
      }
    ])
  })

  it('sends a GET without a body', async () => {
    const server = await startServer((_req, res) => res.end('ok'))
    const reply = await createTransport()({ method: 'GET', url: `${server.url}/x`, headers: {} }, 2000)
    expect(reply.body).toBe('ok')
    expect(server.received[0]).toMatchObject({ method: 'GET', body: '' })
  })

  it('takes a reply that arrived while the process was too busy to read it, though the deadline passed meanwhile', async () => {
    // A storm of runs sharing a machine's CPUs: the timers phase of the event loop runs before I/O, so a starved
    // process finds its deadline expired with the reply already waiting in the socket.
    const server = await startServer((_req, res) =>
      res.end('ok', () => {
        const until = Date.now() + 300
        while (Date.now() < until) {
          // the process is starved: nothing runs, the reply sits in the socket, the deadline passes
        }
      })
    )
    const reply = await createTransport()({ method: 'GET', url: `${server.url}/x`, headers: {} }, 100)
    expect(reply.body).toBe('ok')
  })

  it('returns error statuses as replies, for the platform to read', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(503, { 'Retry-After': '3' })
      res.end('busy')
    })
    const reply = await createTransport()({ method: 'POST', url: server.url, headers: {}, body: '{}' }, 2000)
    expect(reply).toMatchObject({ status: 503, headers: expect.objectContaining({ 'retry-after': '3' }), body: 'busy' })
  })

  it('fails with a timeout near timeoutMs when the server accepts but never answers, and drops the connection', async () => {
    const server = await startServer(() => {})
    const start = performance.now()
    const error = await failure(createTransport()({ method: 'POST', url: server.url, headers: {}, body: '{}' }, 300))
    const elapsed = elapsedSince(start)
    expect(error.kind).toBe('timeout')
    expect(error.message).toBe('no complete reply within 0.3 s')
    expect(elapsed).toBeGreaterThanOrEqual(290)
    expect(elapsed).toBeLessThan(1500)
    await server.closed
  })

  it('fails with a timeout when the body trickles in past timeoutMs (a total deadline, not an idle one)', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' })
      const drip = setInterval(() => res.write('.'), 20)
      cleanups.push(() => clearInterval(drip))
      res.on('close', () => clearInterval(drip))
    })
    const start = performance.now()
    const error = await failure(createTransport()({ method: 'POST', url: server.url, headers: {}, body: '{}' }, 400))
    expect(error.kind).toBe('timeout')
    expect(elapsedSince(start)).toBeGreaterThanOrEqual(390)
    expect(elapsedSince(start)).toBeLessThan(1500)
    await server.closed
  })

  it('fails with a connection error when the server resets the connection', async () => {
    const server = await startServer(req => req.socket.destroy())
    const error = await failure(createTransport()({ method: 'POST', url: server.url, headers: {}, body: '{}' }, 2000))
    expect(error.kind).toBe('connection')
    expect(error.message).toMatch(/^connection to 127\.0\.0\.1:\d+ failed: /)
  })

  it('fails with a connection error when the connection breaks in the middle of the body', async () => {
    const server = await startServer((req, res) => {
      res.writeHead(200, { 'Content-Length': '100' })
      res.write('partial', () => req.socket.destroy())
    })
    const error = await failure(createTransport()({ method: 'POST', url: server.url, headers: {}, body: '{}' }, 2000))
    expect(error.kind).toBe('connection')
  })

  it('fails with a connection error when nothing listens on the port', async () => {
    const port = await unusedPort()
    const url = `http://127.0.0.1:${port}/`
    const error = await failure(createTransport()({ method: 'POST', url, headers: {}, body: '{}' }, 2000))
    expect(error.kind).toBe('connection')
    expect(error.message).toContain('ECONNREFUSED')
  })

  it.each([
    ['a NUL in a value', { 'x-api-key': 'abc\u0000def' }],
    ['a line break in a value', { authorization: 'Bearer abc\r\nx-injected: 1' }],
    ['a character beyond Latin-1 in a value', { authorization: 'Bearer abc\u2019' }],
    ['a space in a name', { 'x api': '1' }]
  ])(
    'fails as an invalid request, sending nothing, for a header with %s (node:http and http-client alike)',
    async (_, headers) => {
      const server = await startServer((_req, res) => res.end('ok'))
      const env = { HTTP_PROXY: server.url }
      for (const transport of [createTransport(), createTransport(env)]) {
        const error = await failure(transport({ method: 'POST', url: server.url, headers, body: '{}' }, 2000))
        expect(error.kind).toBe('invalid-request')
        expect(error.message).toContain(`["${Object.keys(headers)[0]}"]`)
        expect(error.message).not.toContain('abc')
      }
      expect(server.connections).toBe(0)
    }
  )

  it('never follows a redirect: the 301 comes back and the target receives nothing', async () => {
    const target = await startServer((_req, res) => res.end('should not be reached'))
    const origin = await startServer((_req, res) => {
      res.writeHead(301, { Location: `${target.url}/stolen` })
      res.end()
    })
    const headers = { authorization: 'Bearer abcd' }
    const reply = await createTransport()({ method: 'POST', url: origin.url, headers, body: '{}' }, 2000)
    expect(reply.status).toBe(301)
    expect(reply.headers.location).toBe(`${target.url}/stolen`)
    expect(target.received).toEqual([])
    expect(target.connections).toBe(0)
  })

  it("goes through the runner's proxy when one is set, and straight to the host when none is", async () => {
    const target = await startServer((_req, res) => res.end('via proxy'))
    // A proxy as runners have them: CONNECT host:port, then the bytes go to the host (here, the local target).
    const tunnels: string[] = []
    const proxy = createServer()
    proxy.on('connect', (req, client: Socket) => {
      tunnels.push(req.url ?? '')
      const upstream = connect(Number(new URL(target.url).port), '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.pipe(client).pipe(upstream)
      })
      client.on('error', () => upstream.destroy())
    })
    await new Promise<void>(resolve => proxy.listen(0, '127.0.0.1', resolve))
    servers.push(proxy)
    const url = 'http://alerts.example.invalid/hook'
    // http-client reads the proxy from the process environment, as it does on a runner.
    process.env.HTTP_PROXY = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
    let reply
    try {
      reply = await createTransport(process.env)({ method: 'POST', url, headers: {}, body: '{}' }, 2000)
    } finally {
      delete process.env.HTTP_PROXY
    }
    expect(reply.body).toBe('via proxy')
    expect(tunnels).toEqual(['alerts.example.invalid:80'])
    expect(target.received).toEqual([expect.objectContaining({ method: 'POST', url: '/hook', body: '{}' })])
    const direct = await failure(createTransport({})({ method: 'POST', url, headers: {}, body: '{}' }, 2000))
    expect(direct.message).toContain('alerts.example.invalid')
    expect(tunnels).toHaveLength(1)
  })

  it('reuses one connection for consecutive requests', async () => {
    const server = await startServer((_req, res) => res.end('ok'))
    const transport = createTransport()
    await transport({ method: 'POST', url: server.url, headers: {}, body: '{}' }, 2000)
    await transport({ method: 'GET', url: server.url, headers: {} }, 2000)
    expect(server.received).toHaveLength(2)
    expect(server.connections).toBe(1)
  })
})

/**
 * The action must exit as soon as delivery is over: run the transport in a fresh Node process and time its
 * exit while the server keeps the connection open.
 */
describe('createTransport in a process of its own', () => {
  let directory: string
  let script: string

  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'relay-transport-'))
    const httpClient = pathToFileURL(path.resolve('node_modules/@actions/http-client/lib/index.js')).href
    const compilerOptions = { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
    await writeFile(path.join(directory, 'package.json'), '{"type":"module"}')
    for (const name of ['transport', 'exchange', 'direct-exchange', 'proxied-exchange']) {
      const source = await readFile(path.resolve(`src/delivery/${name}.ts`), 'utf8')
      const { outputText } = ts.transpileModule(source, { compilerOptions })
      // The copy lives outside the project, so it imports http-client by absolute file URL.
      await writeFile(
        path.join(directory, `${name}.js`),
        outputText.replace("'@actions/http-client'", `'${httpClient}'`)
      )
    }
    script = path.join(directory, 'send.js')
    await writeFile(
      script,
      [
        "import { createTransport } from './transport.js'",
        'const [url, timeoutMs] = process.argv.slice(2)',
        "const send = () => createTransport()({ method: 'POST', url, headers: {}, body: '{}' }, Number(timeoutMs))",
        'const print = text => console.log(text)',
        'await send().then(reply => print(`reply ${reply.status}`), error => print(`${error.name} ${error.kind}`))'
      ].join('\n')
    )
  })

  afterAll(() => rm(directory, { recursive: true, force: true }))

  /** Runs the script; a process still alive after 8 s is killed and fails the test. */
  async function timedRun(url: string, timeoutMs: number): Promise<{ output: string; elapsed: number }> {
    const start = performance.now()
    const { stdout } = await execFileAsync(process.execPath, [script, url, String(timeoutMs)], { timeout: 8000 })
    return { output: stdout.trim(), elapsed: elapsedSince(start) }
  }

  it('exits promptly after a reply although the connection stays open and the attempt timeout is long', async () => {
    const server = await startServer((_req, res) => res.end('ok'))
    servers[servers.length - 1].keepAliveTimeout = 30_000
    const { output, elapsed } = await timedRun(server.url, 20_000)
    expect(output).toBe('reply 200')
    expect(elapsed).toBeLessThan(4000)
  })

  it('exits promptly after a timeout, the hung connection destroyed', async () => {
    const server = await startServer(() => {})
    const { output, elapsed } = await timedRun(server.url, 300)
    expect(output).toBe('TransportError timeout')
    expect(elapsed).toBeLessThan(4000)
  })
})
