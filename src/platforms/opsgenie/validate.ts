import type { Problem } from '../../errors.js'
import { measureLength } from '../../truncate.js'
import { Findings } from '../shared/findings.js'
import { isObject } from '../shared/json.js'
import type { PlatformContext } from '../types.js'
import type { Json } from '../../json.js'
import { DETAILS_MAX, PRIORITIES, TAGS, TEXT_LIMITS } from './limits.js'

/** What Create Alert (or, for a recovery, Close Alert) would refuse in the fitted body. */
export function validate(payload: Json, ctx: PlatformContext): Problem[] {
  if (!isObject(payload)) return [{ path: '', message: 'the alert must be a JSON object; check the template' }]
  const findings = new Findings('Opsgenie')
  for (const field of ['source', 'user', 'note'] as const) findings.text(payload[field], field, TEXT_LIMITS[field])
  if (ctx.problem?.action === 'resolve') return findings.problems
  findings.text(payload.message ?? '', 'message', TEXT_LIMITS.message, true)
  findings.text(payload.alias, 'alias', TEXT_LIMITS.alias, true)
  findings.text(payload.description, 'description', TEXT_LIMITS.description)
  findings.text(payload.entity, 'entity', TEXT_LIMITS.entity)
  if (
    payload.priority !== undefined &&
    (typeof payload.priority !== 'string' || !PRIORITIES.includes(payload.priority))
  )
    findings.add(
      'priority',
      `must be one of ${PRIORITIES.join(', ')}, got ${JSON.stringify(payload.priority)}; set it in the template or vars.priority`
    )
  findings
    .list(payload.tags, 'tags', TAGS.items, 'tags')
    .forEach((tag, i) => findings.text(typeof tag === 'string' ? tag : JSON.stringify(tag), `tags[${i}]`, TAGS.length))
  const details = findings.object(payload.details, 'details')
  if (details) {
    const entries = Object.entries(details)
    for (const [key, value] of entries)
      if (typeof value !== 'string')
        findings.add(`details.${key}`, 'must be a text (Opsgenie details are a map of texts)')
    const total = entries.reduce(
      (sum, [key, value]) => sum + measureLength(key) + (typeof value === 'string' ? measureLength(value) : 0),
      0
    )
    if (total > DETAILS_MAX)
      findings.add(
        'details',
        `takes ${total} characters; Opsgenie allows at most ${DETAILS_MAX} (keys and values together)`
      )
  }
  return findings.problems
}
