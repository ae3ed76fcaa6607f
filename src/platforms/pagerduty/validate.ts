import type { Problem } from '../../errors.js'
import { Findings } from '../shared/findings.js'
import { isObject } from '../shared/json.js'
import type { Json } from '../../json.js'
import { DEDUP_KEY_MAX, EVENT_MAX_BYTES, SEVERITIES, SUMMARY_MAX } from './limits.js'

/** What the Events API v2 would refuse in an event (fitted: the key and action are the problem's). */
export function validate(payload: Json): Problem[] {
  if (!isObject(payload)) return [{ path: '', message: 'the event must be a JSON object; check the template' }]
  const findings = new Findings('PagerDuty')
  const action = payload.event_action
  if (action !== 'trigger' && action !== 'resolve')
    findings.add('event_action', `must be "trigger" or "resolve", got ${JSON.stringify(action ?? null)}`)
  findings.text(payload.dedup_key, 'dedup_key', DEDUP_KEY_MAX, true)
  if (action === 'trigger') {
    const event = findings.object(payload.payload, 'payload', true)
    if (event) {
      findings.text(event.summary ?? '', 'payload.summary', SUMMARY_MAX, true)
      findings.text(event.source ?? '', 'payload.source', Infinity, true)
      if (typeof event.severity !== 'string' || !SEVERITIES.includes(event.severity))
        findings.add(
          'payload.severity',
          `must be one of ${SEVERITIES.join(', ')}, got ${JSON.stringify(event.severity ?? null)}; set it in the template or vars.severity`
        )
      for (const field of ['timestamp', 'component', 'group', 'class']) findings.text(event[field], `payload.${field}`)
      const details = event.custom_details
      if (details !== undefined && details !== null && !isObject(details) && typeof details !== 'string')
        findings.add('payload.custom_details', 'must be an object or a text')
    }
    findings.list(payload.links, 'links', Infinity, 'links').forEach((link, i) => {
      findings.url(isObject(link) ? (link.href ?? '') : '', `links[${i}].href`)
    })
    findings.list(payload.images, 'images', Infinity, 'images').forEach((image, i) => {
      const src = isObject(image) ? image.src : undefined
      if (typeof src !== 'string' || !src.startsWith('https://'))
        findings.add(`images[${i}].src`, 'must be an https:// URL')
    })
  }
  const bytes = Buffer.byteLength(JSON.stringify(payload))
  if (bytes > EVENT_MAX_BYTES)
    findings.add('', `the event takes ${bytes} bytes; PagerDuty accepts at most 512 KB: shorten custom_details`)
  return findings.problems
}
