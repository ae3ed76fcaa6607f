import type { PlatformContext } from '../types.js'
import type { HttpRequest } from '../../http.js'
import type { Json } from '../../json.js'

/** A JSON object (not null, not a list). */
export type JsonObject = { [key: string]: Json }

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The JSON a reply body holds, or undefined when it is not JSON (a proxy's error page, an empty body). */
export function parseJson(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json
  } catch {
    return undefined
  }
}

/** The payload POSTed as JSON to the target, with the `headers` input (which may set its own content-type). */
export function postJson(payload: Json, ctx: PlatformContext): HttpRequest {
  return {
    method: 'POST',
    url: ctx.target.endpoint.toString(),
    headers: { 'content-type': 'application/json', ...ctx.headers },
    body: JSON.stringify(payload)
  }
}

/** A value's kind for messages: `null`, `a list`, `an object`, `a string`, … */
export function typeOf(value: Json): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}
