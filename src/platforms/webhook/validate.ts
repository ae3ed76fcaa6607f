import type { Problem } from '../../errors.js'
import type { PlatformContext } from '../types.js'
import type { Json } from '../../json.js'
import { MIN_KEY_BYTES, signingKey } from './signing.js'

/** Checks the body is a JSON document, and the signing secret before anything is sent (dry runs too). */
export function validate(payload: Json, ctx: PlatformContext): Problem[] {
  const secret = ctx.settings.signingSecret
  if (secret) {
    const bytes = signingKey(secret).length
    if (bytes < MIN_KEY_BYTES) {
      ctx.warn({
        path: 'signing-secret',
        message: `is ${bytes} bytes long; Standard Webhooks asks for at least ${MIN_KEY_BYTES} random bytes`
      })
    }
  }
  if (payload !== null && typeof payload === 'object') return []
  return [
    {
      path: '',
      message: `the body must be a JSON object or list, got ${payload === null ? 'nothing' : `a ${typeof payload}`}; check the template`
    }
  ]
}
