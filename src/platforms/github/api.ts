import { InputError } from '../../errors.js'
import { TrackerError, type TrackedIssue, type TrackerCall } from '../../tracking/contract.js'
import { truncate } from '../../truncate.js'
import { isObject, parseJson, type JsonObject } from '../shared/json.js'
import { isSuccess, REPLY_TEXT_LIMIT, replyText } from '../shared/reply.js'
import type { PlatformContext, Verdict } from '../types.js'
import type { HttpReply, HttpRequest } from '../../http.js'
import type { Json } from '../../json.js'
import { SECONDARY_LIMIT_WAIT_SECONDS } from './limits.js'
import { repositoryUrl } from './target.js'

const API_VERSION = '2022-11-28'

const TOKEN_FIX =
  'Leave token unset to use the workflow token ${{ github.token }} (the job needs permissions: issues: write), or set ' +
  'token: ${{ secrets.NAME }} to a fine-grained token with Issues: read and write on the repository'

/** Words for GitHub's validation error codes (https://docs.github.com/rest: "Client errors"). */
const VALIDATION_CODES: Readonly<Record<string, string>> = {
  missing: 'does not exist',
  missing_field: 'is required but missing',
  invalid: 'is invalid',
  already_exists: 'already exists',
  unprocessable: 'cannot be processed'
}

export function request(payload: Json, ctx: PlatformContext): HttpRequest {
  return repoRequest(ctx, 'POST', '/issues', payload)
}

/** A REST request to `<api>/repos/{owner}/{name}<path>`, authorised with the token input (an Authorization header wins). */
function repoRequest(ctx: PlatformContext, method: HttpRequest['method'], path: string, body?: Json): HttpRequest {
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    'x-github-api-version': API_VERSION,
    ...authorization(ctx),
    ...ctx.headers
  }
  if (body !== undefined) headers['content-type'] = 'application/json'
  return {
    method,
    url: repositoryUrl(ctx, path),
    headers,
    ...(body !== undefined && { body: JSON.stringify(body) })
  }
}

function authorization(ctx: PlatformContext): Record<string, string> {
  if (ctx.headers.authorization) return {}
  const token = ctx.settings.token.trim()
  if (token === '') throw new InputError('token', 'GitHub needs a token and none is set', TOKEN_FIX)
  if (/\s/.test(token))
    throw new InputError(
      'token',
      'contains spaces: give the token alone, without "Bearer" or "token" before it',
      TOKEN_FIX
    )
  return { authorization: `Bearer ${token}` }
}

/** One tracker request to the repository; GitHub's refusal becomes a TrackerError naming `what` was being done. */
export async function exchange(
  call: TrackerCall,
  what: string,
  method: HttpRequest['method'],
  path: string,
  body?: Json
): Promise<Json | undefined> {
  const reply = await call.send(repoRequest(call.ctx, method, path, body))
  if (!isSuccess(reply.status)) throw new TrackerError(what, errorText(reply, call.ctx), reply)
  return parseJson(reply.body)
}

export function parse(reply: HttpReply, ctx: PlatformContext): Verdict {
  const body = parseJson(reply.body)
  if (isSuccess(reply.status)) {
    const [issue] = trackedIssue(body)
    if (issue) return { ok: true, url: issue.url, id: issue.id, status: 'created' }
    return {
      ok: false,
      message: `the reply has no issue number and html_url: ${replyText(reply.body, { oneLine: true })}`
    }
  }
  const limited = rateLimit(reply, body)
  return { ok: false, message: errorText(reply, ctx), ...(limited && { retry: true, rateLimited: true, ...limited }) }
}

/** An issue as the REST API returns it: `{number, html_url, …}`; the number is what the API and `gh` take. */
function trackedIssue(issue: Json | undefined): TrackedIssue[] {
  if (
    !isObject(issue) ||
    !Number.isInteger(issue.number) ||
    typeof issue.html_url !== 'string' ||
    issue.html_url === ''
  )
    return []
  const number = String(issue.number)
  const created = typeof issue.created_at === 'string' ? issue.created_at : ''
  return [{ ref: number, id: number, url: issue.html_url, created, sequence: issue.number as number }]
}

/** A repository's issue list without its pull requests, each with its REST `id` (not the number) where the list has it. */
export function listedIssues(listed: Json | undefined): { issue: TrackedIssue; databaseId?: number }[] {
  const items = Array.isArray(listed) ? listed : []
  return items.flatMap(item => {
    if (!isObject(item) || item.pull_request !== undefined) return []
    const databaseId = Number.isInteger(item.id) ? (item.id as number) : undefined
    return trackedIssue(item).map(issue => ({ issue, ...(databaseId !== undefined && { databaseId }) }))
  })
}

/**
 * A primary or secondary rate limit (403 or 429), or content created too quickly (422 "was submitted too
 * quickly"), and the wait it asks for. Delivery reads `Retry-After` and the exhausted primary limit's reset
 * itself (RATE_LIMIT_HEADERS); with neither, GitHub says to wait at least a minute.
 */
function rateLimit(reply: HttpReply, body: Json | undefined): { retryAfterSeconds?: number } | undefined {
  const tooQuickly = reply.status === 422 && /was submitted too quickly/i.test(reply.body)
  if (reply.status !== 403 && reply.status !== 429 && !tooQuickly) return undefined
  const exhausted = reply.headers['x-ratelimit-remaining']?.trim() === '0'
  const retryAfter = reply.headers['retry-after'] !== undefined
  if (!tooQuickly && !exhausted && !retryAfter && !/rate limit/i.test(messageOf(body))) return undefined
  const resetKnown = exhausted && Number.isFinite(Number(reply.headers['x-ratelimit-reset']))
  return retryAfter || resetKnown ? {} : { retryAfterSeconds: SECONDARY_LIMIT_WAIT_SECONDS }
}

/** `{message, errors: [{resource, field, code, message?, value?}]}` field by field, then what usually fixes the status. */
function errorText(reply: HttpReply, ctx: PlatformContext): string {
  const body = parseJson(reply.body)
  const said = isObject(body) ? githubErrorText(body) : replyText(reply.body, { oneLine: true })
  const hint = hintFor(reply, ctx)
  const text = hint ? `${said}${/[.!?…]$/.test(said) ? '' : '.'} ${hint}` : said
  return truncate(text, REPLY_TEXT_LIMIT)
}

function githubErrorText(body: JsonObject): string {
  const errors = Array.isArray(body.errors) ? body.errors.map(fieldError) : []
  const message = messageOf(body).trim().replace(/\s+/g, ' ')
  return [message, errors.join('; ')].filter(part => part !== '').join(': ') || '(no error text)'
}

/** GitHub's own message names the field ("title is too long …"); a bare code is put in words after resource and field. */
function fieldError(error: Json): string {
  if (!isObject(error)) return typeof error === 'string' ? error : JSON.stringify(error)
  if (typeof error.message === 'string' && error.message !== '') return error.message
  const where = [error.resource, error.field].filter(part => typeof part === 'string').join(' ')
  const code = typeof error.code === 'string' ? error.code : 'invalid'
  const value = error.value === undefined ? '' : ` (${JSON.stringify(error.value)})`
  return `${where ? `${where} ` : ''}${VALIDATION_CODES[code] ?? code}${value}`
}

function hintFor(reply: HttpReply, ctx: PlatformContext): string {
  const repository = ctx.settings.repository.trim()
  switch (reply.status) {
    case 401:
      return 'The token was refused: check the token input (expired, revoked, or the wrong secret)'
    case 403:
      return rateLimit(reply, parseJson(reply.body))
        ? ''
        : `The token may not write issues in ${repository}: give the job permissions: issues: write, or for another ` +
            'repository use a token with Issues: read and write on it (the workflow token reaches only its own repository)'
    case 404:
      return (
        `Check the repository input (${repository}): it does not exist, or the token cannot see it ` +
        '(the workflow token reaches only the repository the workflow runs in)'
      )
    case 410:
      return `Issues are turned off in ${repository}: turn them on (Settings → General → Features → Issues) or set repository to another one`
    case 422:
      return /assignee/i.test(reply.body)
        ? 'Assignees must be users who can be assigned in the repository (collaborators)'
        : ''
    default:
      return ''
  }
}

function messageOf(body: Json | undefined): string {
  return isObject(body) && typeof body.message === 'string' ? body.message : ''
}
