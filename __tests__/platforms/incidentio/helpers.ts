import type { HttpReply } from '../../../src/http.js'
import type { KeyedProblem } from '../../../src/platforms/types.js'
import { incidentio } from '../../../src/platforms/incidentio/index.js'
import { platformContext } from '../../helpers/platform-context.js'

export const SOURCE_URL = 'https://api.incident.io/v2/alert_events/http/01HZX5J8K2M3N4P5Q6R7S8T9V0'
export const TOKEN = 'source-token-0123456789abcdef'
export const TRIGGER: KeyedProblem = { key: 'dagster-fp-0011223344556677', action: 'trigger' }
export const RESOLVE: KeyedProblem = { ...TRIGGER, action: 'resolve' }

export function context(
  problem: KeyedProblem | undefined = TRIGGER,
  token = TOKEN,
  headers: Record<string, string> = {}
) {
  return platformContext({
    target: incidentio.resolveTarget(SOURCE_URL, undefined),
    settings: { token },
    headers,
    problem
  })
}

export function reply(status: number, body: unknown = ''): HttpReply {
  return { status, headers: {}, body: typeof body === 'string' ? body : JSON.stringify(body) }
}
