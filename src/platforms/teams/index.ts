import type { PlatformBehaviour } from '../types.js'
import { parse, request } from './api.js'
import { fit } from './fit.js'
import { KNOWN_KEYS } from './limits.js'
import { resolveTarget, sampleTarget } from './target.js'
import { validate } from './validate.js'

export const teams: PlatformBehaviour = {
  resolveTarget,
  fit,
  validate,
  request,
  parse,
  // Workflows webhooks post and never edit: one message per problem is not theirs to keep.
  noProblemMessages:
    'Teams Workflows webhooks cannot edit a message they posted; for one message per problem use Discord (a webhook ' +
    'edits its own messages) or Slack with a bot token (url: https://slack.com/api/chat.postMessage)',
  checkHints: { knownKeys: KNOWN_KEYS, sampleTarget }
}
