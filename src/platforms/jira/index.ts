import type { PlatformBehaviour } from '../types.js'
import { parse, request } from './api.js'
import { fit } from './fit.js'
import { KNOWN_KEYS } from './limits.js'
import { resolveTarget, sampleTarget } from './target.js'
import { jiraTracker } from './tracker.js'
import { validate } from './validate.js'

export const jira: PlatformBehaviour = {
  resolveTarget,
  fit,
  validate,
  request,
  parse,
  tracker: jiraTracker,
  checkHints: { knownKeys: KNOWN_KEYS, sampleVars: { project: 'ENG' }, sampleTarget }
}
