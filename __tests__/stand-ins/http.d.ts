/** One request as the stand-in received it. Header names are lower case; `body` is the raw text. */
export interface LoggedRequest {
  method: string
  path: string
  query: Record<string, string>
  headers: Record<string, string>
  body: string
  /** The body parsed as JSON, when it is JSON (whatever the Content-Type said). */
  json?: unknown
}

/** Restricts a fault to requests of one method; requests of other methods pass it by. */
interface FaultFilter {
  method?: string
}

/** Answers with this status (and body: a string as is, anything else as JSON; none: empty). */
export interface StatusFault extends FaultFilter {
  kind: 'status'
  status: number
  body?: unknown
  headers?: Record<string, string>
}
/** The platform's own rate-limit reply; `retryAfter` in seconds. */
export interface RateLimitFault extends FaultFilter {
  kind: 'rate-limit'
  retryAfter: number
  /** Discord: the wait is only in the body's `retry_after`, no `Retry-After` header. */
  inBody?: boolean
  /** Discord: a global rate limit. */
  global?: boolean
}
/** Destroys the connection without answering. */
export interface ResetFault extends FaultFilter {
  kind: 'reset'
}
/** Never answers (close() still ends the connection). */
export interface HangFault extends FaultFilter {
  kind: 'hang'
}
/** Sends 200 headers and then a body that trickles forever. */
export interface SlowBodyFault extends FaultFilter {
  kind: 'slow-body'
}
export type SharedFault = StatusFault | RateLimitFault | ResetFault | HangFault | SlowBodyFault

export interface Reply {
  json(status: number, body: unknown, headers?: Record<string, string>): void
  text(status: number, text: string, headers?: Record<string, string>): void
  empty(status: number, headers?: Record<string, string>): void
}

export type Handler = (request: LoggedRequest, reply: Reply) => void

/** Plays one platform-specific fault (or overrides a shared one, e.g. the rate-limit reply). */
export type FaultHandler<F> = (fault: F, request: LoggedRequest, reply: Reply) => void

export interface StandIn<F = SharedFault, S = object> {
  /** Base URL, `http://127.0.0.1:PORT`. */
  url: string
  /** Every request received, in order, including those a fault answered. */
  requests: LoggedRequest[]
  /** Queues faults; each incoming request consumes the first queued one that applies to it (FIFO). */
  fault(...faults: F[]): void
  /** Ends every connection (hanging ones too) and stops the server. */
  close(): Promise<void>
  state: S
}

/** The members of fault union `F` that a fault of kind `K` can be. */
type FaultOfKind<F, K> = F extends { kind: infer Kinds } ? (K extends Kinds ? F : never) : never

export interface ServerOptions<F extends { kind: string }> {
  handle: Handler
  /** Platform faults by kind, and overrides of shared kinds (`rate-limit` has no shared default). */
  faultHandlers?: { [K in F['kind']]?: FaultHandler<FaultOfKind<F, K>> }
  /** Narrows which requests a queued fault applies to beyond its method (e.g. one GraphQL operation). */
  faultApplies?: (fault: F, request: LoggedRequest) => boolean
}

export function startServer<F extends { kind: string; method?: string } = SharedFault>(
  options: ServerOptions<F>
): Promise<Omit<StandIn<F>, 'state'>>

/** A reply that sends nothing: for faults that handle a request normally but never answer. */
export const silentReply: Reply

/** Length in code points, the way the vendors count characters. */
export function codePoints(text: string): number

export function isJsonContentType(contentType: string | undefined): boolean
