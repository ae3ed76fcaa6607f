import type { PlatformBehaviour } from '../types.js'
import { parse, request } from './api.js'
import { fit } from './fit.js'
import { KNOWN_KEYS, RATE_LIMIT_HEADERS } from './limits.js'
import { resolveTarget } from './target.js'
import { githubTracker } from './tracker.js'
import { validate } from './validate.js'

export const github: PlatformBehaviour = {
  resolveTarget,
  fit,
  validate,
  request,
  parse,
  rateLimitHeaders: RATE_LIMIT_HEADERS,
  tracker: githubTracker(),
  checkHints: { knownKeys: KNOWN_KEYS }
}
