import type { Platform } from '../types.js'
import { KNOWN_KEYS, parse, request } from './api.js'
import { teamsDescriptor } from './descriptor.js'
import { fit } from './fit.js'
import { resolveTarget, sampleTarget } from './target.js'
import { validate } from './validate.js'

export const teams: Platform = {
  name: teamsDescriptor.name,
  matches: teamsDescriptor.matches,
  lookAlike: teamsDescriptor.lookAlike,
  resolveTarget,
  fit,
  validate,
  request,
  parse,
  knownKeys: KNOWN_KEYS,
  sampleTarget
}
