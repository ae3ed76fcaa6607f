import { InputError } from '../../../src/errors.js'
import { jira } from '../../../src/platforms/jira/index.js'
import type { Json } from '../../../src/json.js'
import { platformContext, thrownBy } from '../../helpers/platform-context.js'

// What the Jira unit tests share: a context for a site, and payload builders.

export const SITE = 'https://acme.atlassian.net'
export const BASIC = `Basic ${Buffer.from('me@example.com:api-token-123').toString('base64')}`

export function context(
  url = `${SITE}/rest/api/2/issue`,
  headers: Record<string, string> = { authorization: BASIC },
  template?: string
) {
  return platformContext({ target: jira.resolveTarget(url, template), headers })
}
export const v3 = () => context(`${SITE}/rest/api/3/issue`)

export function caught(action: () => unknown): InputError {
  return thrownBy(action, InputError)
}

export function issue(fields: Record<string, Json>): Json {
  return { fields: { project: { key: 'ENG' }, issuetype: { name: 'Bug' }, summary: 'Dagster: Job failed', ...fields } }
}

export function fieldsOf(payload: Json): Record<string, Json> {
  return (payload as { fields: Record<string, Json> }).fields
}

export const paragraph = (...texts: Json[]): Json => ({ type: 'paragraph', content: texts })
export const doc = (...content: Json[]): Json => ({ type: 'doc', version: 1, content })
