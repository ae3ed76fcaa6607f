import { InputError } from '../../errors.js'
import { TrackerError } from '../../tracking/contract.js'
import { truncate } from '../../truncate.js'
import { isObject, parseJson, type JsonObject } from '../shared/json.js'
import { isSuccess, REPLY_TEXT_LIMIT, replyText } from '../shared/reply.js'
import type { PlatformContext, Verdict } from '../types.js'
import type { HttpReply, HttpRequest } from '../../http.js'
import type { Json } from '../../json.js'
import { issueCreateOf, PLAIN_REPLY, SELECTION_HELP, type ReplyPaths } from './operation.js'

// Linear's API: the request (with its Authorization handling) and the reading of every reply, the create's and the
// tracker's follow-ups alike.

/** The Authorization value to send: a personal API key goes bare, since Linear rejects `Bearer lin_api_…`. */
function authorization(ctx: PlatformContext): string {
  const value = ctx.headers.authorization?.trim()
  if (!value) {
    throw new InputError(
      'headers',
      'has no Authorization value, so Linear cannot know who creates the issue ' +
        '(an empty value usually means the secret is not set)',
      'Set headers to `Authorization: lin_api_…` from a secret'
    )
  }
  const bearerKey = /^bearer\s+(lin_api_\S*)$/i.exec(value)
  if (!bearerKey) return value
  ctx.warn({
    path: 'headers.authorization',
    message:
      'removed "Bearer " before the personal API key: Linear accepts API keys only bare (OAuth tokens keep "Bearer ")'
  })
  return bearerKey[1]
}

/** The ctx.state key of where the create's reply holds its values (issueCreate's alias, fragments, …). */
const CREATE_REPLY = 'linear.createReply'

/** A GraphQL request to Linear: the create's or a tracker follow-up's. */
export function post(body: Json, ctx: PlatformContext): HttpRequest {
  return {
    method: 'POST',
    url: ctx.target.endpoint.href,
    headers: { ...ctx.headers, 'content-type': 'application/json', authorization: authorization(ctx) },
    body: JSON.stringify(body)
  }
}

/** The create request; the reply will be read through its operation, so an aliased issueCreate is found. */
export function request(payload: Json, ctx: PlatformContext): HttpRequest {
  const operation = isObject(payload) ? issueCreateOf(payload) : undefined
  ctx.state.set(CREATE_REPLY, operation?.reply ?? PLAIN_REPLY)
  return post(payload, ctx)
}

// ---------------------------------------------------------------------------------------------
// parse

interface GraphQLError {
  message?: string
  userPresentableMessage?: string
  code?: string
  type?: string
}

function text(value: Json | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

function graphqlErrors(body: Json | undefined): GraphQLError[] {
  const errors = isObject(body) ? body.errors : undefined
  if (!Array.isArray(errors)) return []
  return errors.filter(isObject).map(error => {
    const extensions = isObject(error.extensions) ? error.extensions : {}
    return {
      message: text(error.message),
      userPresentableMessage: text(extensions.userPresentableMessage),
      code: text(extensions.code),
      type: text(extensions.type)
    }
  })
}

function isRateLimit(error: GraphQLError): boolean {
  return error.code === 'RATELIMITED' || /rate ?limit/i.test(`${error.type} ${error.message}`)
}

function isAuthProblem(error: GraphQLError): boolean {
  const byCode = error.code === 'AUTHENTICATION_ERROR' || error.code === 'FORBIDDEN'
  return byCode || /authenticat|forbidden/i.test(`${error.type} ${error.message}`)
}

/** Each error as `message (user message) [CODE]`, the whole within 1 KiB. */
function describeErrors(errors: GraphQLError[], reply: HttpReply): string {
  if (errors.length === 0) return replyText(reply.body)
  const parts = errors.map(error => {
    const userMessage = error.userPresentableMessage
    const extra = userMessage && userMessage !== error.message ? ` (${userMessage})` : ''
    const code = error.code ? ` [${error.code}]` : ''
    return `${error.message ?? error.type ?? 'unknown error'}${extra}${code}`
  })
  return truncate(parts.join('; '), REPLY_TEXT_LIMIT)
}

/** The value at `path` inside the reply's `data`. */
function dataAt(body: Json | undefined, path: string[] | undefined): Json | undefined {
  if (!path) return undefined
  let node = isObject(body) ? body.data : undefined
  for (const key of path) node = isObject(node) ? node[key] : undefined
  return node
}

/** The create's reply, read where its operation put the values. */
export function parse(reply: HttpReply, ctx: PlatformContext): Verdict {
  return verdict(reply, (ctx.state.get(CREATE_REPLY) as ReplyPaths | undefined) ?? PLAIN_REPLY)
}

function verdict(reply: HttpReply, paths: ReplyPaths): Verdict {
  const body = parseJson(reply.body)
  const errors = graphqlErrors(body)
  const result = dataAt(body, paths.result)
  const url = text(dataAt(body, paths.url))
  const id = text(dataAt(body, paths.identifier))
  if (reply.status === 429 || errors.some(isRateLimit)) {
    // The wait is in the budget headers (RATE_LIMIT_HEADERS), which delivery reads.
    return { ok: false, retry: true, rateLimited: true, message: `rate limited: ${describeErrors(errors, reply)}` }
  }
  const plainAuthText = errors.length === 0 && reply.status === 400 && /authenticat/i.test(reply.body)
  if (reply.status === 401 || plainAuthText || errors.some(isAuthProblem)) {
    return {
      ok: false,
      message:
        `the credentials were refused: ${describeErrors(errors, reply)}. Send a personal API key bare ` +
        '(`Authorization: lin_api_…`, without "Bearer "; OAuth tokens as `Bearer …`) ' +
        'and give it write (or admin) scope'
    }
  }
  if (errors.length > 0) {
    const created = url ? ` (Linear did create ${url}; check it before re-running)` : ''
    return { ok: false, message: `${describeErrors(errors, reply)}${created}` }
  }
  if (!isObject(result)) {
    return {
      ok: false,
      message: isSuccess(reply.status)
        ? `the reply has no data.${paths.result.join('.')}: ${describeErrors(errors, reply)}`
        : describeErrors(errors, reply)
    }
  }
  if (dataAt(body, paths.success) === false) {
    return { ok: false, message: 'Linear answered issueCreate success: false; no issue was created' }
  }
  if (!url || !id) {
    // The issue exists; a retry would create a second one.
    const message = `Linear created the issue but its reply has no issue url/identifier: the template's mutation must ${SELECTION_HELP}`
    return { ok: false, retry: false, message }
  }
  return { ok: true, url, id, status: 'created' }
}

/** A follow-up reply's errors as parse words them (credentials refused, …), or undefined when it has none. */
function followUpErrorText(reply: HttpReply): string | undefined {
  if (graphqlErrors(parseJson(reply.body)).length === 0 && reply.status < 300) return undefined
  const read = verdict(reply, PLAIN_REPLY)
  return read.ok ? undefined : read.message
}

/** The `data` of a tracker follow-up's reply; a TrackerError (`what` failed) with Linear's words when it has none. */
export function followUpData(reply: HttpReply, what: string): JsonObject {
  const errors = followUpErrorText(reply)
  if (errors) throw new TrackerError(what, errors, reply)
  const body = parseJson(reply.body)
  const data = isObject(body) ? body.data : undefined
  if (reply.status >= 300 || !isObject(data)) throw new TrackerError(what, replyText(reply.body), reply)
  return data
}
