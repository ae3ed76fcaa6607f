import type { PlatformBehaviour } from '../types.js'
import { parse, request } from './api.js'
import { fit } from './fit.js'
import { KNOWN_KEYS, RATE_LIMIT_HEADERS } from './limits.js'
import { resolveTarget } from './target.js'
import { linearTracker } from './tracker.js'
import { validate } from './validate.js'

export const linear: PlatformBehaviour = {
  resolveTarget,
  fit,
  validate,
  request,
  parse,
  rateLimitHeaders: RATE_LIMIT_HEADERS,
  tracker: linearTracker,
  checkHints: { knownKeys: KNOWN_KEYS, sampleVars: { team_id: '8708e927-1234-4c6a-9a3e-0123456789ab' } }
}
