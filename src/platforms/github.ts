import { InputError, type Problem } from '../errors.js'
import { fitText, measureLength, truncate } from '../truncate.js'
import { githubTracker, trackedIssue } from './github-tracker.js'
import { parseEndpoint } from './shared/endpoint.js'
import { fitIssueTitle, type TitleRules } from './shared/issue-title.js'
import { isObject, parseJson, type JsonObject } from './shared/json.js'
import { githubDescriptor, lookAlike, matches } from './github/descriptor.js'
import type { HttpReply, HttpRequest, Json, KnownKeys, Platform, PlatformContext, Target, Verdict } from './types.js'

type Warn = PlatformContext['warn']

/** The REST API of github.com; GitHub Enterprise Server answers at https://HOST/api/v3. */
export const GITHUB_API_URL = 'https://api.github.com'
const API_VERSION = '2022-11-28'

// GitHub counts characters (code points).
const TITLE_MAX = 256
const BODY_MAX = 65536
const LABEL_MAX = 50
const ASSIGNEES_MAX = 10
/** GitHub's title: one line, required. */
const TITLE_RULES: TitleRules = { key: 'title', path: 'title', platform: 'GitHub', placeholder: '(no title)', max: TITLE_MAX }
const ERROR_TEXT_MAX = 1024
/** GitHub's advice after a secondary rate limit that names no wait: at least a minute. */
const SECONDARY_LIMIT_WAIT_SECONDS = 60
/** GitHub's primary limit: `x-ratelimit-reset` is when `x-ratelimit-remaining` refills, in epoch seconds. */
const RATE_LIMIT_HEADERS = [{ remaining: 'x-ratelimit-remaining', reset: 'x-ratelimit-reset', resetIn: 'epoch-seconds' }] as const

/** The fields of "create an issue"; anything else is a typo GitHub would ignore without a word. */
const ISSUE_FIELDS = ['title', 'body', 'labels', 'assignees', 'milestone', 'type']
const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/
/** A fenced code block (as `code_block` writes them): fence line, content, the same fence. */
const FENCED_BLOCK = /^(`{3,}|~{3,})[^\n]*\n([\s\S]*?)\n\1[ \t]*$/gm
const FENCE_LINE = /^(`{3,}|~{3,})/gm
const CLOSING_FENCE = '\n```'

const URL_FIX =
  'Leave url unset for github.com (the API base https://api.github.com); on GitHub Enterprise Server set url: ${{ github.api_url }} (https://HOST/api/v3)'
const TOKEN_FIX =
  'Leave token unset to use the workflow token ${{ github.token }} (the job needs permissions: issues: write), or set ' +
  'token: ${{ secrets.NAME }} to a fine-grained token with Issues: read and write on the repository'
const REPOSITORY_FIX = 'Set repository to owner/name, e.g. acme/data-platform, or leave it unset for the repository the workflow runs in'

/** Words for GitHub's validation error codes (https://docs.github.com/rest: "Client errors"). */
const VALIDATION_CODES: Readonly<Record<string, string>> = {
  missing: 'does not exist',
  missing_field: 'is required but missing',
  invalid: 'is invalid',
  already_exists: 'already exists',
  unprocessable: 'cannot be processed'
}

/** Create an issue's parameters; GitHub ignores any other key. */
const KNOWN_KEYS: KnownKeys = {
  unknown: 'ignores',
  tree: { title: true, body: true, labels: true, assignees: true, assignee: true, milestone: true, type: true }
}

export const github: Platform = {
  name: 'github',
  displayName: githubDescriptor.displayName,
  matches,
  lookAlike,
  resolveTarget,
  fit,
  validate,
  request,
  parse,
  rateLimitHeaders: RATE_LIMIT_HEADERS,
  tracker: githubTracker({ repoRequest, errorText }),
  knownKeys: KNOWN_KEYS
}

// ---------------------------------------------------------------------------------------------
// Target

/** `url` is the API base (default https://api.github.com); the repository comes from the `repository` input. */
function resolveTarget(url: string | undefined, _template: string | undefined): Target {
  // Runners set GITHUB_API_URL (https://HOST/api/v3 on GitHub Enterprise Server), as @actions/github reads it.
  const fallback = process.env.GITHUB_API_URL?.trim() || GITHUB_API_URL
  const parsed = parseEndpoint(url, { fallback, hint: URL_FIX, lookAlike })
  if (parsed.username || parsed.password) throw new InputError('url', 'must not contain credentials', `Pass the token in the token input. ${URL_FIX}`)
  if (/^(www\.)?github\.com$/i.test(parsed.hostname)) {
    throw new InputError('url', `${parsed.origin} is GitHub's website, not its API`, URL_FIX)
  }
  if (/\/repos(\/|$)/.test(parsed.pathname)) {
    throw new InputError('url', `is the API base, not a repository's endpoint (${parsed.pathname})`, `${REPOSITORY_FIX}. ${URL_FIX}`)
  }
  return { endpoint: new URL(`${parsed.origin}${parsed.pathname}`), defaultTemplate: 'github-issue' }
}

function apiBase(target: Target): string {
  return `${target.endpoint.origin}${target.endpoint.pathname.replace(/\/+$/, '')}`
}

// ---------------------------------------------------------------------------------------------
// Fit

function fit(payload: Json, ctx: PlatformContext): Json {
  if (!isObject(payload)) return payload // validate reports the shape
  const issue = { ...payload }
  fitIssueTitle(issue, TITLE_RULES, ctx.warn)
  if (typeof issue.body === 'string') issue.body = neutraliseMentions(issue.body, ctx.authoredText)
  fitBody(issue, ctx.warn)
  fitLabels(issue, ctx.warn)
  fitAssignees(issue, ctx.warn)
  return issue
}

/** Code blocks and code spans, where GitHub links no mention. */
const CODE = /(```[\s\S]*?```|`[^`\n]*`)/
/** `@login` or `@org/team` not preceded by a word character (so e-mail addresses stay as they are). */
const MENTION = /(^|[^\w@/.`])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[\w.-]+)?)/g
const WORD_JOINER = '\u2060'

/**
 * Only the mentions written in the template or `vars` notify anyone: an `@name` from alert text (a job named
 * after its owner, a stack trace line) gets an invisible word joiner after the `@`, which GitHub does not link.
 */
export function neutraliseMentions(body: string, authoredText: string): string {
  return body
    .split(CODE)
    .map((part, index) =>
      index % 2 === 1 ? part : part.replace(MENTION, (whole, before: string, name: string) => (authoredText.includes(`@${name}`) ? whole : `${before}@${WORD_JOINER}${name}`))
    )
    .join('')
}

function fitBody(issue: JsonObject, warn: Warn): void {
  const body = issue.body
  if (typeof body !== 'string') return
  const before = measureLength(body)
  if (before <= BODY_MAX) return
  issue.body = shortenMarkdown(body, BODY_MAX)
  const message = `truncated from ${before} to ${measureLength(issue.body)} characters (limit ${BODY_MAX}), inside the longest code block when there is one`
  warn({ path: 'body', message })
}

/**
 * Markdown within `max` code points. The longest fenced code block (a stack trace, usually) is cut first, keeping
 * its fences and whatever follows it (links); otherwise the end is cut and an open fence closed.
 */
export function shortenMarkdown(text: string, max: number): string {
  const excess = measureLength(text) - max
  if (excess <= 0) return text
  const longest = [...text.matchAll(FENCED_BLOCK)].sort((a, b) => b[2].length - a[2].length)[0]
  if (longest) {
    const content = longest[2]
    const kept = measureLength(content) - excess
    if (kept >= 1) {
      const start = longest.index + longest[0].indexOf('\n') + 1
      return text.slice(0, start) + truncate(content, kept) + text.slice(start + content.length)
    }
  }
  const cut = truncate(text, max)
  const fences = cut.match(FENCE_LINE)?.length ?? 0
  return fences % 2 === 0 ? cut : truncate(text, max - CLOSING_FENCE.length) + CLOSING_FENCE
}

/** Labels as a list (text is split at commas and line breaks: names may contain spaces), trimmed, within 50, no duplicates. */
function fitLabels(issue: JsonObject, warn: Warn): void {
  const labels = typeof issue.labels === 'string' ? splitList(issue.labels, /[,\n]/) : issue.labels
  if (!Array.isArray(labels)) return // absent, or a shape validate reports
  const fitted: Json[] = []
  labels.forEach((label, index) => {
    const path = `labels[${index}]`
    if (typeof label !== 'string' && typeof label !== 'number') return void fitted.push(label)
    const name = String(label).trim()
    if (name === '') return warn({ path, message: 'empty label dropped' })
    const short = fitText(name, LABEL_MAX, path, warn)
    // GitHub label names are unique regardless of case.
    if (fitted.some(other => typeof other === 'string' && other.toLowerCase() === short.toLowerCase())) {
      return warn({ path, message: `duplicate label "${short}" dropped` })
    }
    fitted.push(short)
  })
  setOrDelete(issue, 'labels', fitted)
}

/** Logins as a list (text is split at commas and spaces), without a leading @, at most 10. */
function fitAssignees(issue: JsonObject, warn: Warn): void {
  const listed = typeof issue.assignees === 'string' ? splitList(issue.assignees, /[\s,]+/) : issue.assignees
  if (!Array.isArray(listed)) return
  const logins: Json[] = []
  for (const item of listed) {
    const login = typeof item === 'string' ? item.trim().replace(/^@/, '') : item
    if (login === '') continue
    if (typeof login === 'string' && logins.some(other => typeof other === 'string' && other.toLowerCase() === login.toLowerCase())) continue
    logins.push(login)
  }
  if (logins.length > ASSIGNEES_MAX) {
    warn({ path: 'assignees', message: `${logins.length} assignees; GitHub takes ${ASSIGNEES_MAX}, so the first ${ASSIGNEES_MAX} are kept` })
    logins.length = ASSIGNEES_MAX
  }
  setOrDelete(issue, 'assignees', logins)
}

function splitList(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map(part => part.trim())
    .filter(part => part !== '')
}

function setOrDelete(issue: JsonObject, key: string, list: Json[]): void {
  if (list.length > 0) issue[key] = list
  else delete issue[key]
}

// ---------------------------------------------------------------------------------------------
// Validate

function validate(payload: Json): Problem[] {
  if (!isObject(payload)) return [{ path: '', message: 'must be a JSON object with the issue fields (title, body, labels, assignees)' }]
  const unknown = Object.keys(payload)
    .filter(key => !ISSUE_FIELDS.includes(key))
    .map(key => ({ path: key, message: `is not a field of a GitHub issue (${ISSUE_FIELDS.join(', ')}); GitHub would ignore it` }))
  return [
    ...unknown,
    ...validateTitle(payload.title),
    ...validateBody(payload.body),
    ...validateNames('labels', payload.labels, LABEL_MAX),
    ...validateNames('assignees', payload.assignees, Infinity),
    ...validateAssigneeCount(payload.assignees),
    ...validateMilestone(payload.milestone),
    ...(payload.type === undefined || payload.type === null || typeof payload.type === 'string'
      ? []
      : [{ path: 'type', message: `must be an issue type name, not ${kindOf(payload.type)}` }])
  ]
}

function validateTitle(title: Json | undefined): Problem[] {
  const path = 'title'
  if (title === undefined) return [{ path, message: 'is missing: GitHub requires a title' }]
  if (typeof title !== 'string') return [{ path, message: `must be a string, not ${kindOf(title)}` }]
  if (title.trim() === '') return [{ path, message: 'must not be empty' }]
  if (/[\r\n]/.test(title)) return [{ path, message: 'must be one line' }]
  const length = measureLength(title)
  return length > TITLE_MAX ? [{ path, message: `is ${length} characters long; GitHub allows ${TITLE_MAX}` }] : []
}

function validateBody(body: Json | undefined): Problem[] {
  const path = 'body'
  if (body === undefined || body === null) return []
  if (typeof body !== 'string') return [{ path, message: `must be Markdown text, not ${kindOf(body)}` }]
  const length = measureLength(body)
  return length > BODY_MAX ? [{ path, message: `is ${length} characters long; GitHub allows ${BODY_MAX}` }] : []
}

/** Label names or assignee logins: a list of non-empty strings within `max`. */
function validateNames(path: string, names: Json | undefined, max: number): Problem[] {
  if (names === undefined) return []
  if (!Array.isArray(names)) return [{ path, message: `must be a list of names, not ${kindOf(names)}` }]
  return names.flatMap((name, index): Problem[] => {
    const itemPath = `${path}[${index}]`
    if (typeof name !== 'string') return [{ path: itemPath, message: `must be a string, not ${kindOf(name)}` }]
    if (name.trim() === '') return [{ path: itemPath, message: 'must not be empty' }]
    const length = measureLength(name)
    return length > max ? [{ path: itemPath, message: `is ${length} characters long; GitHub allows ${max}` }] : []
  })
}

function validateAssigneeCount(assignees: Json | undefined): Problem[] {
  if (!Array.isArray(assignees) || assignees.length <= ASSIGNEES_MAX) return []
  return [{ path: 'assignees', message: `has ${assignees.length} logins; GitHub allows ${ASSIGNEES_MAX}` }]
}

function validateMilestone(milestone: Json | undefined): Problem[] {
  if (milestone === undefined || milestone === null) return []
  if (Number.isInteger(milestone) || (typeof milestone === 'string' && /^\d+$/.test(milestone))) return []
  return [{ path: 'milestone', message: `must be a milestone number, not ${JSON.stringify(milestone)}` }]
}

// ---------------------------------------------------------------------------------------------
// Request and reply

function request(payload: Json, ctx: PlatformContext): HttpRequest {
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
    url: `${apiBase(ctx.target)}/repos/${repositoryOf(ctx)}${path}`,
    headers,
    ...(body !== undefined && { body: JSON.stringify(body) })
  }
}

function authorization(ctx: PlatformContext): Record<string, string> {
  if (ctx.headers.authorization) return {}
  const token = ctx.settings.token.trim()
  if (token === '') throw new InputError('token', 'GitHub needs a token and none is set', TOKEN_FIX)
  if (/\s/.test(token)) throw new InputError('token', 'contains spaces: give the token alone, without "Bearer" or "token" before it', TOKEN_FIX)
  return { authorization: `Bearer ${token}` }
}

/** The `repository` input as owner/name; never empty on a runner, which defaults it to the current repository. */
function repositoryOf(ctx: PlatformContext): string {
  const repository = ctx.settings.repository.trim()
  if (repository === '') throw new InputError('repository', 'is not set', REPOSITORY_FIX)
  if (!REPOSITORY.test(repository)) throw new InputError('repository', `"${repository}" is not owner/name`, REPOSITORY_FIX)
  return repository
}

function parse(reply: HttpReply, ctx: PlatformContext): Verdict {
  const body = parseJson(reply.body)
  if (reply.status >= 200 && reply.status < 300) {
    const [issue] = trackedIssue(body)
    if (issue) return { ok: true, url: issue.url, id: issue.id, status: 'created' }
    return { ok: false, message: `the reply has no issue number and html_url: ${replyText(reply.body)}` }
  }
  const limited = rateLimit(reply, body)
  return { ok: false, message: errorText(reply, ctx), ...(limited && { retry: true, rateLimited: true, ...limited }) }
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
  const said = isObject(body) ? githubErrorText(body) : replyText(reply.body)
  const hint = hintFor(reply, ctx)
  const text = hint ? `${said}${/[.!?…]$/.test(said) ? '' : '.'} ${hint}` : said
  return truncate(text, ERROR_TEXT_MAX)
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
      return /assignee/i.test(reply.body) ? 'Assignees must be users who can be assigned in the repository (collaborators)' : ''
    default:
      return ''
  }
}

function messageOf(body: Json | undefined): string {
  return isObject(body) && typeof body.message === 'string' ? body.message : ''
}

/** A reply that is not GitHub's JSON (a proxy's error page) as one line within 1 KiB. */
function replyText(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line === '' ? '(empty reply)' : truncate(line, ERROR_TEXT_MAX)
}

// ---------------------------------------------------------------------------------------------


function kindOf(value: Json): string {
  if (value === null) return 'null'
  return Array.isArray(value) ? 'a list' : `a ${typeof value}`
}
