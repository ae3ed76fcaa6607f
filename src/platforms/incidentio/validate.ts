import type { Problem } from '../../errors.js'
import { Findings } from '../shared/findings.js'
import { isObject } from '../shared/json.js'
import type { Json } from '../../json.js'
import { STATUSES } from './limits.js'

/** What an HTTP alert source would refuse in an event (fitted: the key and status are the problem's). */
export function validate(payload: Json): Problem[] {
  if (!isObject(payload)) return [{ path: '', message: 'the event must be a JSON object; check the template' }]
  const findings = new Findings('incident.io')
  findings.text(payload.title ?? '', 'title', Infinity, true)
  if (typeof payload.status !== 'string' || !STATUSES.includes(payload.status))
    findings.add('status', `must be one of ${STATUSES.join(', ')}, got ${JSON.stringify(payload.status ?? null)}`)
  findings.text(payload.deduplication_key ?? '', 'deduplication_key', Infinity, true)
  findings.text(payload.description, 'description')
  findings.url(payload.source_url, 'source_url')
  findings.object(payload.metadata, 'metadata')
  return findings.problems
}
