import { InputError } from '../../errors.js'
import { parseEndpoint } from '../shared/endpoint.js'
import { isObject } from '../shared/json.js'
import type { Target } from '../types.js'
import type { Json } from '../../json.js'
import { lookAlike } from './descriptor.js'

export type JiraVersion = 2 | 3

const ISSUE_ENDPOINT = /^(.*)\/rest\/api\/([23])\/issue$/
const URL_FIX = 'Set url to https://your-site.atlassian.net/rest/api/2/issue or the site URL'
/** How credentials are given instead (in url they would be printed with it). */
export const HEADERS_FIX =
  'Set email to the Atlassian account email and token to its API token (from a secret), or set headers to ' +
  '`Authorization: Basic <base64 of email:api_token>` from a secret'

export function resolveTarget(url: string | undefined, template: string | undefined): Target {
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
    defaultTemplate: `jira-v${version}`
  }
}

/** Check mode: the version the file name says (jira-v3…), else the one the description needs (ADF object: v3). */
export function sampleTarget(templateFile: string, payload: Json): Target {
  const fields = isObject(payload) ? payload.fields : undefined
  const adf = isObject(fields) && isObject(fields.description)
  const version = versionOfTemplate(templateFile) ?? (adf ? 3 : 2)
  return resolveTarget(`https://example.atlassian.net/rest/api/${version}/issue`, templateFile)
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
    throw new InputError(
      'url',
      `path ${url.pathname} is not the issue endpoint /rest/api/2/issue or /rest/api/3/issue`,
      URL_FIX
    )
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

export function versionOf(target: Target): JiraVersion {
  return target.endpoint.pathname.endsWith('/3/issue') ? 3 : 2
}

/** The configured site: issue links are built from it, never from the reply's `self` (an internal host). */
export function siteOf(target: Target): string {
  return target.endpoint.origin + target.endpoint.pathname.replace(/\/rest\/api\/[23]\/issue$/, '')
}
