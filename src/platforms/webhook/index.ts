import type { PlatformBehaviour } from '../types.js'
import { parse, request } from './api.js'
import { fit } from './fit.js'
import { resolveTarget, sampleTarget } from './target.js'
import { validate } from './validate.js'

export const webhook: PlatformBehaviour = {
  resolveTarget,
  fit,
  validate,
  request,
  parse,
  checkHints: { sampleTarget }
}
