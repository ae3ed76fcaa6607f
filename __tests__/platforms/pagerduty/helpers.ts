import type { HttpReply } from '../../../src/http.js'
import type { KeyedProblem } from '../../../src/platforms/types.js'
import { pagerduty } from '../../../src/platforms/pagerduty/index.js'
import { platformContext } from '../../helpers/platform-context.js'

export const ROUTING_KEY = '0123456789abcdef0123456789abcdef'
export const TRIGGER: KeyedProblem = { key: 'dagster-fp-0011223344556677', action: 'trigger' }
export const RESOLVE: KeyedProblem = { ...TRIGGER, action: 'resolve' }

export function context(problem: KeyedProblem | undefined = TRIGGER, token = ROUTING_KEY) {
  return platformContext({ target: pagerduty.resolveTarget(undefined, undefined), settings: { token }, problem })
}

export function reply(status: number, body: unknown = ''): HttpReply {
  return { status, headers: {}, body: typeof body === 'string' ? body : JSON.stringify(body) }
}

export const EVENT = {
  payload: { summary: 'FAILURE: Job daily_etl failed', source: 'prod', severity: 'critical' }
}
