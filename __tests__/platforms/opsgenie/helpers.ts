import type { HttpReply } from '../../../src/http.js'
import type { KeyedProblem } from '../../../src/platforms/types.js'
import { opsgenie } from '../../../src/platforms/opsgenie/index.js'
import { platformContext } from '../../helpers/platform-context.js'

export const API_KEY = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d'
export const TRIGGER: KeyedProblem = { key: 'dagster-fp-0011223344556677', action: 'trigger' }
export const RESOLVE: KeyedProblem = { ...TRIGGER, action: 'resolve' }

export function context(
  problem: KeyedProblem | undefined = TRIGGER,
  token = API_KEY,
  headers: Record<string, string> = {}
) {
  return platformContext({
    target: opsgenie.resolveTarget(undefined, undefined),
    settings: { token },
    headers,
    problem
  })
}

export function reply(status: number, body: unknown = '', headers: Record<string, string> = {}): HttpReply {
  return { status, headers, body: typeof body === 'string' ? body : JSON.stringify(body) }
}
