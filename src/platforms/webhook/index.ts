import type { PlatformBehaviour } from '../types.js'
import { parse, request } from './api.js'
import { resolveTarget, sampleTarget } from './target.js'
import { validate } from './validate.js'

export const webhook: PlatformBehaviour = {
  resolveTarget,
  // The receiver is the user's own: no limits to apply.
  fit: payload => payload,
  validate,
  request,
  parse,
  checkHints: { sampleTarget }
}
