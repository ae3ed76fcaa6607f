import { InputError } from '../../errors.js'
import { TrackerError, type TrackedIssue } from '../../tracking/contract.js'
import { truncate } from '../../truncate.js'
import { isObject, parseJson, type JsonObject } from '../shared/json.js'
import { isSuccess, REPLY_TEXT_LIMIT, replyText } from '../shared/reply.js'
import { serviceToken } from '../shared/service-token.js'
import type { PlatformContext, Verdict } from '../types.js'
import type { HttpReply, HttpRequest } from '../../http.js'
import type { Json } from '../../json.js'
import { HEADERS_FIX, siteOf } from './target.js'

const TOKEN_FIX =
  'Set token: ${{ secrets.JIRA_API_TOKEN }}, an API token of that Atlassian account (id.atlassian.com › Security › API tokens)'

/** The create issue request. */
export function request(payload: Json, ctx: PlatformContext): HttpRequest {
  return apiRequest(ctx, 'POST', ctx.target.endpoint.href, payload)
}

/** A call to Jira's REST API with the credentials; `body` is sent as JSON. */
export function apiRequest(ctx: PlatformContext, method: HttpRequest['method'], url: string, body?: Json): HttpRequest {
  const headers: Record<string, string> = {
    accept: 'application/json',
    ...ctx.headers,
    authorization: authorization(ctx)
  }
  if (body !== undefined) headers['content-type'] = 'application/json'
  return { method, url, headers, ...(body !== undefined && { body: JSON.stringify(body) }) }
}

/**
 * The Authorization value: Basic built from the `email` and `token` inputs (as Atlassian's own login action takes
 * them), else the `headers` input's. Throws InputError when neither is usable; never echoes a credential.
 */
function authorization(ctx: PlatformContext): string {
  const header = ctx.headers.authorization?.trim()
  const email = ctx.settings.email.trim()
  // The workflow's GitHub token (the input's default) is no Atlassian token: treat it as unset.
  const token = serviceToken(ctx.settings)
  if (email) {
    if (header)
      throw new InputError(
        'email',
        'is set, and headers carries an Authorization header too',
        'Keep one: email with token, or the Authorization header'
      )
    if (!token)
      throw new InputError(
        'token',
        "is not set to an Atlassian API token, which Jira needs with email (token defaults to the workflow's GitHub token)",
        TOKEN_FIX
      )
    if (!/^[^\s@:]+@[^\s@:]+$/.test(email))
      throw new InputError(
        'email',
        'is not an email address',
        "Set it to the Atlassian account's email, e.g. you@example.com"
      )
    return `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}`
  }
  if (!header) {
    if (token)
      throw new InputError(
        'email',
        'is not set: an Atlassian API token in token is used with the account email',
        "Set email to the Atlassian account's email address"
      )
    throw new InputError('headers', 'Jira needs an Authorization header', HEADERS_FIX)
  }
  const basic = /^basic\s+(.*)$/i.exec(header)
  if (basic && !isBase64Credentials(basic[1].trim())) {
    throw new InputError(
      'headers',
      'the Authorization header says Basic, but what follows is not the Base64 of email:api_token',
      HEADERS_FIX
    )
  }
  return header
}

function isBase64Credentials(text: string): boolean {
  return /^[A-Za-z0-9+/]+={0,2}$/.test(text) && Buffer.from(text, 'base64').toString('utf8').includes(':')
}

export function parse(reply: HttpReply, ctx: PlatformContext): Verdict {
  const body = parseJson(reply.body)
  if (isSuccess(reply.status)) {
    const key = isObject(body) && typeof body.key === 'string' && body.key !== '' ? body.key : undefined
    if (key) return { ok: true, id: key, url: issueUrl(ctx, key), status: 'created' }
    return {
      ok: false,
      message: `Jira answered HTTP ${reply.status} without an issue key: ${replyText(plainText(reply.body))}`
    }
  }
  return { ok: false, message: withHint(errorText(reply), hintFor(reply, ctx)) }
}

function issueUrl(ctx: PlatformContext, key: string): string {
  return `${siteOf(ctx.target)}/browse/${encodeURIComponent(key)}`
}

// ---------------------------------------------------------------------------------------------
// Replies to the tracker's calls

/** A search, comment, link or transition reply's JSON; a refusal is a TrackerError in Jira's words. */
export function followUpReply(what: string, reply: HttpReply, ctx: PlatformContext): Json | undefined {
  if (!isSuccess(reply.status)) throw new TrackerError(what, followUpErrorText(reply, ctx), reply)
  return parseJson(reply.body)
}

/** Search, comment and transition replies: the credentials hint fits them, the create's endpoint and permission hints do not. */
export function followUpErrorText(reply: HttpReply, ctx: PlatformContext): string {
  return withHint(errorText(reply), reply.status === 401 ? hintFor(reply, ctx) : '')
}

/** The issues of a JQL search reply. */
export function foundIssues(found: Json | undefined, ctx: PlatformContext): TrackedIssue[] {
  const issues = isObject(found) && Array.isArray(found.issues) ? found.issues : []
  return issues.flatMap(issue => {
    if (!isObject(issue) || typeof issue.key !== 'string' || issue.key === '') return []
    const created = isObject(issue.fields) && typeof issue.fields.created === 'string' ? issue.fields.created : ''
    return [{ ref: issue.key, id: issue.key, url: issueUrl(ctx, issue.key), created, sequence: Number(issue.id) || 0 }]
  })
}

/** The transitions of a transitions reply. */
export function transitionsOf(listed: Json | undefined): JsonObject[] {
  return isObject(listed) && Array.isArray(listed.transitions) ? listed.transitions.filter(isObject) : []
}

/** The key of the status category a transition leads to (`done` for Done). */
export function statusCategory(transition: JsonObject): Json | undefined {
  const to = transition.to
  const category = isObject(to) ? to.statusCategory : undefined
  return isObject(category) ? category.key : undefined
}

/** Whether the transition's screen has a resolution field that offers `name` (no list of values: it may). */
export function offersResolution(transition: JsonObject, name: string): boolean {
  const fields = transition.fields
  const resolution = isObject(fields) ? fields.resolution : undefined
  if (!isObject(resolution)) return false
  const allowed = resolution.allowedValues
  return !Array.isArray(allowed) || allowed.some(value => isObject(value) && value.name === name)
}

/** Jira's 400 for a field that is not on the transition's screen: `errors.resolution`. */
export function refusesResolution(reply: HttpReply): boolean {
  if (reply.status !== 400) return false
  const body = parseJson(reply.body)
  return isObject(body) && isObject(body.errors) && typeof body.errors.resolution === 'string'
}

// ---------------------------------------------------------------------------------------------
// Error wording

function withHint(details: string, hint: string): string {
  if (!details) return hint || '(no error text)'
  return hint ? `${details}${/[.!?…]$/.test(details) ? '' : '.'} ${hint}` : details
}

/** Jira's error text of a reply, else the error page's text, within 1 KiB. */
function errorText(reply: HttpReply): string {
  const body = parseJson(reply.body)
  return truncate((isObject(body) && jiraErrorText(body)) || plainText(reply.body), REPLY_TEXT_LIMIT)
}

/** `{errorMessages: [...], errors: {field: message}}` (or a gateway's `{message}`) as one line. */
function jiraErrorText(body: JsonObject): string {
  const messages = Array.isArray(body.errorMessages) ? body.errorMessages.filter(m => typeof m === 'string') : []
  const fieldErrors = isObject(body.errors)
    ? Object.entries(body.errors).map(([field, message]) => `${field}: ${String(message)}`)
    : []
  const gateway = typeof body.message === 'string' ? [body.message] : []
  return [...messages, ...fieldErrors, ...(messages.length + fieldErrors.length === 0 ? gateway : [])].join('; ')
}

function hintFor(reply: HttpReply, ctx: PlatformContext): string {
  switch (reply.status) {
    case 401:
      if (ctx.settings.email.trim())
        return "Check the credentials: email must be the Atlassian account's email and token an API token of that account (not its password)"
      return /^bearer\s/i.test(ctx.headers.authorization ?? '')
        ? `The Authorization header is Bearer, which Jira Cloud API tokens do not accept. ${HEADERS_FIX}`
        : `Check the credentials. ${HEADERS_FIX} (an Atlassian API token, not the account password)`
    case 403:
      return /AUTHENTICATION_DENIED/i.test(reply.headers['x-seraph-loginreason'] ?? '')
        ? 'Jira wants a CAPTCHA after failed logins: sign in once in a browser as that account, then retry'
        : 'The account behind the Authorization header may lack the Create Issues permission in this project'
    case 400:
      return projectHint(reply, ctx)
    case 404:
      return `Check url (site ${siteOf(ctx.target)}, endpoint ${ctx.target.endpoint.pathname}) and that the project exists and the account can see it`
    default:
      return ''
  }
}

/** A refused project ("Specify a valid project ID or key") does not say which was sent: name it and the input. */
function projectHint(reply: HttpReply, ctx: PlatformContext): string {
  const body = parseJson(reply.body)
  if (!isObject(body) || !isObject(body.errors) || !('project' in body.errors)) return ''
  const given = ctx.vars.project
  const sent =
    typeof given === 'string' || typeof given === 'number'
      ? `The project sent was "${given}" (vars: project)`
      : 'The template sets fields.project itself (vars: project is not given)'
  return `${sent}: use the key of a project this account can see on ${siteOf(ctx.target)} (shown in the project's settings and in its issue keys)`
}

/** An HTML or text error page as readable text: tags removed, whitespace collapsed, first 1 KiB. */
function plainText(body: string): string {
  const text = withoutTags(body.slice(0, 64 * REPLY_TEXT_LIMIT))
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
  return truncate(text, REPLY_TEXT_LIMIT)
}

/**
 * `html` with its tags, scripts and styles replaced by spaces, in one forward scan: the patterns `<[^>]*>` and
 * `<script…</script>` rescan to the end from every unclosed `<`, which a hostile reply can make quadratic.
 */
function withoutTags(html: string): string {
  const lower = html.toLowerCase()
  // an element whose end tag is not in the rest of the page: not searched for again
  const unclosed = new Set<string>()
  let text = ''
  let at = 0
  for (;;) {
    const open = html.indexOf('<', at)
    const close = open < 0 ? -1 : html.indexOf('>', open)
    // no tag left: an unclosed `<` is text
    if (close < 0) return text + html.slice(at)
    text += `${html.slice(at, open)} `
    at = close + 1
    const element = /^<(script|style)\b/.exec(lower.slice(open, open + 7))?.[1]
    if (!element || unclosed.has(element)) continue
    const end = lower.indexOf(`</${element}`, at)
    const endClose = end < 0 ? -1 : html.indexOf('>', end)
    if (endClose < 0) unclosed.add(element)
    else at = endClose + 1
  }
}
