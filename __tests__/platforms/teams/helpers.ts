import type { HttpReply } from '../../../src/http.js'
import type { Json } from '../../../src/json.js'
import { teams } from '../../../src/platforms/teams/index.js'
import { CARD_CONTENT_TYPE } from '../../../src/platforms/teams/limits.js'
import { platformContext } from '../../helpers/platform-context.js'

export type JsonObject = { [key: string]: Json }

export const SIG = 'Xk2pQ9sV7wL1mN4bR8tY3uZ6aC0dE5fG_hJ-kqWe'
export const QUERY = `api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${SIG}`
export const LOGIC_APPS_URL = `https://prod-27.westeurope.logic.azure.com:443/workflows/1119d87624504ba2adcfb8e12c7cf22d/triggers/manual/paths/invoke?${QUERY}`
export const POWER_PLATFORM_URL =
  'https://default61ffc6bcd9ce458b8120d32187c377.0d.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/' +
  `2f31c90260554c5a9d6dcffec47bc6c2/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${SIG}`

export function context(headers: Record<string, string> = {}) {
  return platformContext({ target: teams.resolveTarget(LOGIC_APPS_URL, undefined), headers })
}

export function message(body: Json[], actions?: Json[]): JsonObject {
  const content: JsonObject = { type: 'AdaptiveCard', version: '1.4', body }
  if (actions) content.actions = actions
  return { type: 'message', attachments: [{ contentType: CARD_CONTENT_TYPE, contentUrl: null, content }] }
}

export function cardOf(payload: Json): JsonObject {
  return ((payload as JsonObject).attachments as JsonObject[])[0].content as JsonObject
}

export function reply(status: number, body: unknown = ''): HttpReply {
  return { status, headers: {}, body: typeof body === 'string' ? body : JSON.stringify(body) }
}

export const bytes = (value: Json) => Buffer.byteLength(JSON.stringify(value))
