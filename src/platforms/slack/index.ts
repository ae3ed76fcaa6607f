import type { PlatformBehaviour } from '../types.js'
import { complete, parse, request } from './api.js'
import { fit } from './fit.js'
import { KNOWN_KEYS } from './limits.js'
import { resolveTarget } from './target.js'
import { validate } from './validate.js'

export const slack: PlatformBehaviour = {
  resolveTarget,
  fit,
  validate,
  request,
  parse,
  complete,
  problemMessages: async () => (await import('./problem-message.js')).problemMessages,
  checkHints: { knownKeys: KNOWN_KEYS, varsRead: ['channel'], sampleVars: { channel: 'C0123456789' } }
}
