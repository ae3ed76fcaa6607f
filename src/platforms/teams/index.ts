import type { PlatformBehaviour } from '../types.js'
import { parse, request } from './api.js'
import { fit } from './fit.js'
import { KNOWN_KEYS } from './limits.js'
import { resolveTarget, sampleTarget } from './target.js'
import { validate } from './validate.js'

export const teams: PlatformBehaviour = {
  resolveTarget,
  fit,
  validate,
  request,
  parse,
  checkHints: { knownKeys: KNOWN_KEYS, sampleTarget }
}
