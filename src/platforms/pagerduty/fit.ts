import { isLeftOut, pruneLinks, withoutLeftOut } from '../shared/details.js'
import { fitIssueTitle } from '../shared/issue-title.js'
import { isObject, type JsonObject } from '../shared/json.js'
import type { PlatformContext } from '../types.js'
import type { Json } from '../../json.js'
import { SUMMARY_MAX } from './limits.js'

/**
 * What the payload shows for the routing key: the key itself (the `token` input) is put in only when the request is
 * built, so no payload a log or output shows ever holds it.
 */
const ROUTING_KEY_SHOWN = '***'
const OPTIONAL_FIELDS = ['timestamp', 'component', 'group', 'class']

/**
 * A fitted copy: the problem's dedup_key and event_action (a resolve carries nothing else), the routing key's
 * placeholder, a one-line summary within 1024 characters, and without the facts, links and fields the template left
 * out.
 */
export function fit(payload: Json, ctx: PlatformContext): Json {
  if (!isObject(payload)) return payload
  const fitted: JsonObject = { ...structuredClone(payload), routing_key: ROUTING_KEY_SHOWN }
  if (ctx.problem) {
    fitted.event_action = ctx.problem.action
    fitted.dedup_key = ctx.problem.key
  }
  if (fitted.event_action === 'resolve')
    return { routing_key: ROUTING_KEY_SHOWN, event_action: 'resolve', dedup_key: fitted.dedup_key ?? null }
  const event = fitted.payload
  if (isObject(event)) {
    fitIssueTitle(
      event,
      {
        key: 'summary',
        path: 'payload.summary',
        platform: 'PagerDuty',
        placeholder: 'Dagster+ alert',
        max: SUMMARY_MAX
      },
      ctx.warn.bind(ctx)
    )
    for (const field of OPTIONAL_FIELDS) if (isLeftOut(event[field])) delete event[field]
    if (isObject(event.custom_details)) event.custom_details = withoutLeftOut(event.custom_details)
  }
  pruneLinks(fitted, 'links', 'href')
  pruneLinks(fitted, 'images', 'src')
  return fitted
}
