import { InputError, type Problem } from '../errors.js'
import { fitText, measureLength, truncate } from '../truncate.js'
import { dropEmptyNodes, markdownToAdf, textNodes, validateAdf, type AdfDoc } from './adf.js'
import { jiraTracker } from './jira-tracker.js'
import { parseEndpoint } from './shared/endpoint.js'
import { fitIssueTitle, type TitleRules } from './shared/issue-title.js'
import { isObject, parseJson, type JsonObject } from './shared/json.js'
import { jiraDescriptor, lookAlike, matches } from './jira/descriptor.js'
import type { HttpReply, HttpRequest, Json, KnownKeys, Platform, PlatformContext, Target, Verdict } from './types.js'

type JiraVersion = 2 | 3
type Warn = PlatformContext['warn']

// Jira counts UTF-16 units (Java strings).
const SUMMARY_MAX = 255
const DESCRIPTION_MAX = 32767
const LABEL_MAX = 255
/** Jira's summary: one line, required, at most 255 UTF-16 units. */
const SUMMARY_RULES: TitleRules = { key: 'summary', path: 'fields.summary', platform: 'Jira', placeholder: '(no summary)', max: SUMMARY_MAX, measure: 'utf16' }
const ERROR_TEXT_MAX = 1024

const ISSUE_ENDPOINT = /^(.*)\/rest\/api\/([23])\/issue$/
const URL_FIX = 'Set url to https://your-site.atlassian.net/rest/api/2/issue or the site URL'
const HEADERS_FIX =
  'Set email to the Atlassian account email and token to its API token (from a secret), or set headers to ' +
  '`Authorization: Basic <base64 of email:api_token>` from a secret'
const TOKEN_FIX = 'Set token: ${{ secrets.JIRA_API_TOKEN }}, an API token of that Atlassian account (id.atlassian.com › Security › API tokens)'
/** The `token` input defaults to the workflow's GitHub token, whose value starts so; it is never a Jira credential. */
const GITHUB_TOKEN = /^(gh[opsur]_|github_pat_)/

/** Create issue's body and the system fields a create can set (contracts/jira-cloud-platform-openapi-v3.json); Jira rejects any other field. */
const KNOWN_KEYS: KnownKeys = {
  unknown: 'rejects',
  tree: {
    fields: {
      project: { key: true, id: true },
      issuetype: { name: true, id: true },
      summary: true,
      description: true,
      labels: true,
      priority: { name: true, id: true },
      assignee: true,
      reporter: true,
      components: true,
      fixVersions: true,
      versions: true,
      duedate: true,
      environment: true,
      parent: true,
      security: true,
      timetracking: true,
      'customfield_*': true
    },
    update: true,
    properties: true,
    transition: true,
    historyMetadata: true
  }
}

export const jira: Platform = {
  name: 'jira',
  variantNames: jiraDescriptor.variantNames,
  matches,
  lookAlike,
  resolveTarget,
  fit,
  validate,
  request,
  parse,
  tracker: jiraTracker({ siteOf, versionOf, authorization, errorText: followUpErrorText }),
  knownKeys: KNOWN_KEYS,
  sampleVars: { project: 'ENG' },
  sampleTarget
}

/** Check mode: the version the file name says (jira-v3…), else the one the description needs (ADF object: v3). */
function sampleTarget(templateFile: string, payload: Json): Target {
  const fields = isObject(payload) ? payload.fields : undefined
  const adf = isObject(fields) && isObject(fields.description)
  const version = versionOfTemplate(templateFile) ?? (adf ? 3 : 2)
  return resolveTarget(`https://example.atlassian.net/rest/api/${version}/issue`, templateFile)
}

// ---------------------------------------------------------------------------------------------
// Target

function resolveTarget(url: string | undefined, template: string | undefined): Target {
  const parsed = parseSiteUrl(url)
  const { site, version: endpointVersion } = splitEndpoint(parsed)
  const templateVersion = versionOfTemplate(template)
  if (endpointVersion === 2 && templateVersion === 3) {
    throw new InputError(
      'template',
      `'${template}' writes a rich-text (ADF) description for REST API v3, but url points at /rest/api/2/issue, which takes plain text`,
      `Either set url to ${site}/rest/api/3/issue, or set template to jira-v2`
    )
  }
  if (endpointVersion === 3 && templateVersion === 2) {
    throw new InputError(
      'template',
      `'${template}' writes a plain-text description in Jira wiki markup ({noformat}) for REST API v2, but url points at /rest/api/3/issue, which takes rich text (ADF) and would show the markup literally`,
      `Either set url to ${site}/rest/api/2/issue, or set template to jira-v3`
    )
  }
  const version = endpointVersion ?? templateVersion ?? 2
  return {
    endpoint: new URL(`${site}/rest/api/${version}/issue${parsed.search}`),
    defaultTemplate: version === 3 ? 'jira-v3' : 'jira-v2'
  }
}

function parseSiteUrl(text: string | undefined): URL {
  const url = parseEndpoint(text, { required: 'Jira', hint: URL_FIX, lookAlike })
  if (url.username || url.password) {
    throw new InputError('url', 'must not contain credentials', `${HEADERS_FIX}, and keep url to the site address`)
  }
  return url
}

/** The site (origin plus any context path) and the API version when `url` is an issue endpoint. */
function splitEndpoint(url: URL): { site: string; version?: JiraVersion } {
  const path = url.pathname.replace(/\/+$/, '')
  const endpoint = ISSUE_ENDPOINT.exec(path)
  if (endpoint) return { site: url.origin + endpoint[1], version: Number(endpoint[2]) as JiraVersion }
  if (/\/rest(\/|$)/.test(path)) {
    throw new InputError('url', `path ${url.pathname} is not the issue endpoint /rest/api/2/issue or /rest/api/3/issue`, URL_FIX)
  }
  return { site: url.origin + path }
}

/** `jira-v3`, `jira-v3-compact.yml`, `.github/…/jira-v2.yml` → 3 / 3 / 2; other names say nothing. */
function versionOfTemplate(template: string | undefined): JiraVersion | undefined {
  const name = template?.split('/').pop() ?? ''
  if (name.startsWith('jira-v3')) return 3
  if (name.startsWith('jira-v2')) return 2
  return undefined
}

function versionOf(target: Target): JiraVersion {
  return target.endpoint.pathname.endsWith('/3/issue') ? 3 : 2
}

/** The configured site: issue links are built from it, never from the reply's `self` (an internal host). */
function siteOf(target: Target): string {
  return target.endpoint.origin + target.endpoint.pathname.replace(/\/rest\/api\/[23]\/issue$/, '')
}

// ---------------------------------------------------------------------------------------------
// Fit

function fit(payload: Json, ctx: PlatformContext): Json {
  if (!isObject(payload) || !isObject(payload.fields)) return payload // validate reports the shape
  const fields = structuredClone(payload.fields)
  fitIssueTitle(fields, SUMMARY_RULES, ctx.warn)
  fitDescription(fields, versionOf(ctx.target), ctx.warn)
  fitLabels(fields, ctx.warn)
  fitPriority(fields, ctx.warn)
  return { ...payload, fields }
}

function fitDescription(fields: JsonObject, version: JiraVersion, warn: Warn): void {
  const path = 'fields.description'
  const description = fields.description
  if (typeof description === 'string') {
    if (description.trim() === '') {
      delete fields.description
      warn({ path, message: 'was empty and is left out' })
    } else if (version === 2) {
      fields.description = fitText(description, DESCRIPTION_MAX, path, warn, 'utf16')
    } else {
      warn({ path, message: 'text converted to Atlassian Document Format (REST API v3 takes ADF, not plain text)' })
      setAdfDescription(fields, markdownToAdf(description), warn)
    }
  } else if (version === 3 && isObject(description) && Array.isArray(description.content)) {
    setAdfDescription(fields, description as unknown as AdfDoc, warn)
  }
}

function setAdfDescription(fields: JsonObject, doc: AdfDoc, warn: Warn): void {
  const path = 'fields.description'
  // Empty nodes are the template's way of leaving out missing values, like removed keys: no warning for those.
  const { doc: cleaned, unlinked } = dropEmptyNodes(doc, path)
  for (const markPath of unlinked) warn({ path: markPath, message: 'link without href removed (its text stays)' })
  if (cleaned.content.length === 0) {
    delete fields.description
    warn({ path, message: 'nothing left after removing empty parts (missing values); description left out' })
    return
  }
  truncateAdfText(cleaned, path, warn)
  fields.description = cleaned as unknown as Json
}

/** Shortens the longest texts until the document's text fits Jira's description limit. */
function truncateAdfText(doc: AdfDoc, path: string, warn: Warn): void {
  const texts = textNodes(doc, path)
  let total = texts.reduce((sum, { node }) => sum + measureLength(node.text ?? '', 'utf16'), 0)
  for (let round = 0; round < texts.length && total > DESCRIPTION_MAX; round++) {
    const longest = texts.reduce((a, b) => ((b.node.text ?? '').length > (a.node.text ?? '').length ? b : a))
    const before = longest.node.text ?? ''
    // Never below one unit: an empty text node would be rejected.
    const after = truncate(before, Math.max(1, before.length - (total - DESCRIPTION_MAX)), 'utf16')
    longest.node.text = after
    total -= before.length - after.length
    warn({
      path: `${longest.path}.text`,
      message: `truncated from ${before.length} to ${after.length} characters (the description's text is limited to ${DESCRIPTION_MAX})`
    })
  }
}

function fitLabels(fields: JsonObject, warn: Warn): void {
  const path = 'fields.labels'
  let labels = fields.labels
  if (typeof labels === 'string') {
    labels = splitLabelList(labels)
    warn({ path, message: `text split into the list ${JSON.stringify(labels)}` })
  }
  if (!Array.isArray(labels)) return // absent, or a shape validate reports
  const fitted: Json[] = []
  labels.forEach((label, index) => {
    const fittedLabel = typeof label === 'string' || typeof label === 'number' ? fitLabel(String(label), `${path}[${index}]`, warn) : label
    if (typeof fittedLabel === 'string' && fitted.includes(fittedLabel)) {
      warn({ path: `${path}[${index}]`, message: `duplicate label "${fittedLabel}" dropped` })
    } else if (fittedLabel !== undefined) {
      fitted.push(fittedLabel)
    }
  })
  if (fitted.length > 0) {
    fields.labels = fitted
  } else {
    delete fields.labels
    if (labels.length > 0) warn({ path, message: 'no label left; labels left out' })
  }
}

/** One label without spaces and within the limit; undefined when nothing is left of it. */
function fitLabel(label: string, path: string, warn: Warn): string | undefined {
  const trimmed = label.trim()
  if (trimmed === '') {
    warn({ path, message: 'empty label dropped' })
    return undefined
  }
  const dashed = trimmed.replace(/\s+/g, '-')
  if (dashed !== trimmed) warn({ path, message: `spaces replaced by '-' ("${dashed}"): Jira labels cannot contain spaces` })
  return fitText(dashed, LABEL_MAX, path, warn, 'utf16')
}

/** `"a, b c"` → comma separated when there is a comma (`b c` becomes `b-c` later), else whitespace separated. */
function splitLabelList(text: string): string[] {
  const parts = text.includes(',') ? text.split(',') : text.split(/\s+/)
  return parts.map(part => part.trim()).filter(part => part !== '')
}

function fitPriority(fields: JsonObject, warn: Warn): void {
  const priority = fields.priority
  if (isObject(priority) && !hasValue(priority, 'name') && !hasValue(priority, 'id')) {
    delete fields.priority
    warn({ path: 'fields.priority', message: 'has no name or id; left out so Jira uses the default priority' })
  }
}

// ---------------------------------------------------------------------------------------------
// Validate

function validate(payload: Json, ctx: PlatformContext): Problem[] {
  if (!isObject(payload)) return [{ path: '', message: 'must be a JSON object with "fields"' }]
  const fields = payload.fields
  if (!isObject(fields)) {
    return [{ path: 'fields', message: 'must be an object holding the issue fields (project, issuetype, summary, …)' }]
  }
  return [
    ...validateReference(fields, 'project', ['key', 'id'], 'set vars: project: KEY (the Jira project key, e.g. ENG)', true),
    ...validateReference(fields, 'issuetype', ['name', 'id'], 'set vars: issue_type: Bug (an issue type of the project)', true),
    ...validateSummary(fields.summary),
    ...validateDescription(fields.description, versionOf(ctx.target)),
    ...validateLabels(fields.labels),
    ...validateReference(fields, 'priority', ['name', 'id'], 'set vars: priority: High, or leave priority out', false)
  ]
}

/** A field that refers to a Jira object by one of `keys`, e.g. `project: {key: ENG}`. */
function validateReference(fields: JsonObject, name: string, keys: string[], fix: string, required: boolean): Problem[] {
  const path = `fields.${name}`
  const value = fields[name]
  const shape = keys.map(key => `{"${key}": …}`).join(' or ')
  if (value === undefined) return required ? [{ path, message: `is missing: ${fix}` }] : []
  if (!isObject(value)) return [{ path, message: `must be an object like ${shape}, not ${kindOf(value)}` }]
  if (!keys.some(key => hasValue(value, key))) return [{ path, message: `needs a non-empty ${keys.join(' or ')}: ${fix}` }]
  return []
}

function validateSummary(summary: Json | undefined): Problem[] {
  const path = 'fields.summary'
  if (summary === undefined) return [{ path, message: 'is missing: Jira requires a summary' }]
  if (typeof summary !== 'string') return [{ path, message: `must be a string, not ${kindOf(summary)}` }]
  if (summary.trim() === '') return [{ path, message: 'must not be empty' }]
  if (/[\r\n]/.test(summary)) return [{ path, message: 'must be one line' }]
  const length = measureLength(summary, 'utf16')
  if (length > SUMMARY_MAX) return [{ path, message: `is ${length} characters long; Jira allows ${SUMMARY_MAX}` }]
  return []
}

function validateDescription(description: Json | undefined, version: JiraVersion): Problem[] {
  const path = 'fields.description'
  if (description === undefined || description === null) return []
  if (version === 3) return validateAdf(description, path)
  if (typeof description !== 'string') {
    return [{ path, message: 'REST API v2 takes a plain-text description; for a rich-text (ADF) description use url …/rest/api/3/issue' }]
  }
  const length = measureLength(description, 'utf16')
  return length > DESCRIPTION_MAX ? [{ path, message: `is ${length} characters long; Jira allows ${DESCRIPTION_MAX}` }] : []
}

function validateLabels(labels: Json | undefined): Problem[] {
  const path = 'fields.labels'
  if (labels === undefined) return []
  if (!Array.isArray(labels)) return [{ path, message: `must be a list of labels, not ${kindOf(labels)}` }]
  return labels.flatMap((label, index): Problem[] => {
    const itemPath = `${path}[${index}]`
    if (typeof label !== 'string') return [{ path: itemPath, message: `must be a string, not ${kindOf(label)}` }]
    if (label === '') return [{ path: itemPath, message: 'must not be empty' }]
    if (/\s/.test(label)) return [{ path: itemPath, message: `"${label}" contains spaces, which Jira labels cannot` }]
    if (label.length > LABEL_MAX) return [{ path: itemPath, message: `is ${label.length} characters long; Jira allows ${LABEL_MAX}` }]
    return []
  })
}

// ---------------------------------------------------------------------------------------------
// Request and reply

function request(payload: Json, ctx: PlatformContext): HttpRequest {
  return {
    method: 'POST',
    url: ctx.target.endpoint.href,
    headers: { accept: 'application/json', ...ctx.headers, authorization: authorization(ctx), 'content-type': 'application/json' },
    body: JSON.stringify(payload)
  }
}

/**
 * The Authorization value: Basic built from the `email` and `token` inputs (as Atlassian's own login action takes
 * them), else the `headers` input's. Throws InputError when neither is usable; never echoes a credential.
 */
function authorization(ctx: PlatformContext): string {
  const header = ctx.headers.authorization?.trim()
  const email = ctx.settings.email.trim()
  // The workflow's GitHub token (the input's default) is no Atlassian token: treat it as unset.
  const token = GITHUB_TOKEN.test(ctx.settings.token.trim()) ? '' : ctx.settings.token.trim()
  if (email) {
    if (header) throw new InputError('email', 'is set, and headers carries an Authorization header too', 'Keep one: email with token, or the Authorization header')
    if (!token) throw new InputError('token', 'is not set to an Atlassian API token, which Jira needs with email (token defaults to the workflow\'s GitHub token)', TOKEN_FIX)
    if (!/^[^\s@:]+@[^\s@:]+$/.test(email)) throw new InputError('email', 'is not an email address', "Set it to the Atlassian account's email, e.g. you@example.com")
    return `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}`
  }
  if (!header) {
    if (token) throw new InputError('email', 'is not set: an Atlassian API token in token is used with the account email', "Set email to the Atlassian account's email address")
    throw new InputError('headers', 'Jira needs an Authorization header', HEADERS_FIX)
  }
  const basic = /^basic\s+(.*)$/i.exec(header)
  if (basic && !isBase64Credentials(basic[1].trim())) {
    throw new InputError('headers', 'the Authorization header says Basic, but what follows is not the Base64 of email:api_token', HEADERS_FIX)
  }
  return header
}

function isBase64Credentials(text: string): boolean {
  return /^[A-Za-z0-9+/]+={0,2}$/.test(text) && Buffer.from(text, 'base64').toString('utf8').includes(':')
}

function parse(reply: HttpReply, ctx: PlatformContext): Verdict {
  const body = parseJson(reply.body)
  if (reply.status >= 200 && reply.status < 300) {
    const key = isObject(body) && typeof body.key === 'string' && body.key !== '' ? body.key : undefined
    if (key) return { ok: true, id: key, url: `${siteOf(ctx.target)}/browse/${encodeURIComponent(key)}`, status: 'created' }
    return { ok: false, message: `Jira answered HTTP ${reply.status} without an issue key: ${plainText(reply.body) || '(empty reply)'}` }
  }
  return { ok: false, message: withHint(errorText(reply), hintFor(reply, ctx)) }
}

/** A refused search, comment or transition: Jira's text, with the hint for credentials or a wrong url (not the create-permission one). */
/** Search, comment and transition replies: the credentials hint fits them, the create's endpoint and permission hints do not. */
function followUpErrorText(reply: HttpReply, ctx: PlatformContext): string {
  return withHint(errorText(reply), reply.status === 401 ? hintFor(reply, ctx) : '')
}

function withHint(details: string, hint: string): string {
  if (!details) return hint || '(no error text)'
  return hint ? `${details}${/[.!?…]$/.test(details) ? '' : '.'} ${hint}` : details
}

/** Jira's error text of a reply, else the error page's text, within 1 KiB. */
function errorText(reply: HttpReply): string {
  const body = parseJson(reply.body)
  return truncate((isObject(body) && jiraErrorText(body)) || plainText(reply.body), ERROR_TEXT_MAX)
}

/** `{errorMessages: [...], errors: {field: message}}` (or a gateway's `{message}`) as one line. */
function jiraErrorText(body: JsonObject): string {
  const messages = Array.isArray(body.errorMessages) ? body.errorMessages.filter(m => typeof m === 'string') : []
  const fieldErrors = isObject(body.errors) ? Object.entries(body.errors).map(([field, message]) => `${field}: ${String(message)}`) : []
  const gateway = typeof body.message === 'string' ? [body.message] : []
  return [...messages, ...fieldErrors, ...(messages.length + fieldErrors.length === 0 ? gateway : [])].join('; ')
}

function hintFor(reply: HttpReply, ctx: PlatformContext): string {
  switch (reply.status) {
    case 401:
      if (ctx.settings.email.trim()) return "Check the credentials: email must be the Atlassian account's email and token an API token of that account (not its password)"
      return /^bearer\s/i.test(ctx.headers.authorization ?? '')
        ? `The Authorization header is Bearer, which Jira Cloud API tokens do not accept. ${HEADERS_FIX}`
        : `Check the credentials. ${HEADERS_FIX} (an Atlassian API token, not the account password)`
    case 403:
      return /AUTHENTICATION_DENIED/i.test(reply.headers['x-seraph-loginreason'] ?? '')
        ? 'Jira wants a CAPTCHA after failed logins: sign in once in a browser as that account, then retry'
        : 'The account behind the Authorization header may lack the Create Issues permission in this project'
    case 404:
      return `Check url (site ${siteOf(ctx.target)}, endpoint ${ctx.target.endpoint.pathname}) and that the project exists and the account can see it`
    default:
      return ''
  }
}

/** An HTML or text error page as readable text: tags removed, whitespace collapsed, first 1 KiB. */
function plainText(body: string): string {
  const text = body
    .slice(0, 64 * ERROR_TEXT_MAX) // bounds the regex work on huge pages
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
  return truncate(text, ERROR_TEXT_MAX)
}

// ---------------------------------------------------------------------------------------------


function hasValue(record: JsonObject, key: string): boolean {
  const value = record[key]
  return (typeof value === 'string' && value.trim() !== '') || typeof value === 'number'
}

function kindOf(value: Json): string {
  if (value === null) return 'null'
  return Array.isArray(value) ? 'a list' : `a ${typeof value}`
}
