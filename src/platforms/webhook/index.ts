import type { Platform } from '../types.js'
import { parse, request } from './api.js'
import { webhookDescriptor } from './descriptor.js'
import { resolveTarget, sampleTarget } from './target.js'
import { validate } from './validate.js'

export const webhook: Platform = {
  name: webhookDescriptor.name,
  matches: webhookDescriptor.matches,
  resolveTarget,
  // The receiver is the user's own: no limits to apply.
  fit: payload => payload,
  validate,
  request,
  parse,
  sampleTarget
}
