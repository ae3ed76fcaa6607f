import type { Platform } from '../types.js'
import { parse, RATE_LIMIT_HEADERS, request } from './api.js'
import { githubDescriptor } from './descriptor.js'
import { fit } from './fit.js'
import { resolveTarget } from './target.js'
import { githubTracker } from './tracker.js'
import { KNOWN_KEYS, validate } from './validate.js'

export const github: Platform = {
  ...githubDescriptor,
  resolveTarget,
  fit,
  validate,
  request,
  parse,
  rateLimitHeaders: RATE_LIMIT_HEADERS,
  tracker: githubTracker(),
  knownKeys: KNOWN_KEYS
}
