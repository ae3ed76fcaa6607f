import { INCIDENT_VARS_READ } from '../shared/incident-accepted.js'
import type { PlatformBehaviour } from '../types.js'
import { parse, request } from './api.js'
import { fit } from './fit.js'
import { KNOWN_KEYS } from './limits.js'
import { resolveTarget } from './target.js'
import { validate } from './validate.js'

export const pagerduty: PlatformBehaviour = {
  resolveTarget,
  fit,
  validate,
  request,
  parse,
  keyedIncidents: true,
  checkHints: { knownKeys: KNOWN_KEYS, varsRead: INCIDENT_VARS_READ }
}
