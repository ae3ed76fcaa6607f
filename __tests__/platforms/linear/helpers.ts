import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { parseAllDocuments } from 'yaml'
import { ACTION_ROOT } from '../../../src/action-root.js'
import { InputError, type Problem } from '../../../src/errors.js'
import { linear } from '../../../src/platforms/linear/index.js'
import type { PlatformContext } from '../../../src/platforms/types.js'
import type { HttpReply } from '../../../src/http.js'
import type { Json } from '../../../src/json.js'
import { platformContext, thrownBy } from '../../helpers/platform-context.js'

export const TEAM = '8708e927-1d2c-4b5a-9f00-0123456789ab'
export const QUERY =
  'mutation CreateIssue($title: String!, $description: String, $teamId: String!, $priority: Int, $labelIds: [String!]) ' +
  '{ issueCreate(input: {title: $title, description: $description, teamId: $teamId, priority: $priority, labelIds: $labelIds}) ' +
  '{ success issue { id identifier url } } }'

export function context(
  headers: Record<string, string> = { authorization: 'lin_api_secret' }
): PlatformContext & { warnings: Problem[] } {
  const { ctx, warnings } = platformContext({ target: linear.resolveTarget(undefined, undefined), headers })
  return Object.assign(ctx, { warnings })
}

export function payload(variables: { [key: string]: Json }, query = QUERY): { [key: string]: Json } {
  return { query, variables: { title: 'Job failed', teamId: TEAM, ...variables } }
}

export function variablesOf(fitted: Json): { [key: string]: Json } {
  return (fitted as { variables: { [key: string]: Json } }).variables
}

export function reply(status: number, body: Json | string, headers: Record<string, string> = {}): HttpReply {
  return { status, headers, body: typeof body === 'string' ? body : JSON.stringify(body) }
}

export function inputError(run: () => unknown): InputError {
  return thrownBy(run, InputError)
}

export const CREATED = {
  data: {
    issueCreate: {
      success: true,
      issue: { id: 'uuid-1', identifier: 'ENG-42', url: 'https://linear.app/acme/issue/ENG-42/job-failed' }
    }
  }
}

const TEMPLATE_FILE = path.join(ACTION_ROOT, 'templates', 'linear.yml')

/** The built-in template's body (after its front matter), as parsed YAML. */
export function builtInTemplate(): { query: string; operationName: string; variables: Record<string, string> } {
  const documents = parseAllDocuments(readFileSync(TEMPLATE_FILE, 'utf8'))
  if (!Array.isArray(documents)) throw new Error('templates/linear.yml is not a YAML stream')
  return documents[documents.length - 1].toJS()
}
