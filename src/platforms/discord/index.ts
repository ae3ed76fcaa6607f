import { postJson } from '../shared/json.js'
import type { Platform } from '../types.js'
import { KNOWN_KEYS, RATE_LIMIT_HEADERS, complete, parse } from './api.js'
import { lookAlike, matches } from './descriptor.js'
import { fit } from './fit.js'
import { resolveTarget } from './target.js'
import { validate } from './validate.js'

export const discord: Platform = {
  name: 'discord',
  matches,
  lookAlike,
  resolveTarget,
  fit,
  validate,
  request: postJson,
  parse,
  rateLimitHeaders: RATE_LIMIT_HEADERS,
  complete,
  knownKeys: KNOWN_KEYS,
  varsRead: ['thread_name'],
  // Check mode has no real url: it asks for components, so a template's components are checked and the url at send.
  sampleTarget: file =>
    resolveTarget(
      'https://discord.com/api/webhooks/123456789012345678/check-mode-placeholder?with_components=true',
      file
    )
}
