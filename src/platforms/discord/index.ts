import type { PlatformBehaviour } from '../types.js'
import { complete, parse, request } from './api.js'
import { fit } from './fit.js'
import { KNOWN_KEYS, RATE_LIMIT_HEADERS } from './limits.js'
import { resolveTarget, sampleTarget } from './target.js'
import { validate } from './validate.js'

export const discord: PlatformBehaviour = {
  resolveTarget,
  fit,
  validate,
  request,
  parse,
  rateLimitHeaders: RATE_LIMIT_HEADERS,
  complete,
  problemMessages: async () => (await import('./problem-message.js')).problemMessages,
  checkHints: { knownKeys: KNOWN_KEYS, varsRead: ['thread_name'], sampleTarget }
}
