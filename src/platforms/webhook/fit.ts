import type { Json } from '../../json.js'

/** The receiver is the user's own: there are no limits to fit, so the payload is sent as rendered. */
export function fit(payload: Json): Json {
  return payload
}
