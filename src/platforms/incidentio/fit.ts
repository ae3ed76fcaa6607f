import { isLeftOut, withoutLeftOut } from '../shared/details.js'
import { fitIssueTitle } from '../shared/issue-title.js'
import { isObject } from '../shared/json.js'
import type { PlatformContext } from '../types.js'
import type { Json } from '../../json.js'

const OPTIONAL_FIELDS = ['description', 'source_url']
const STATUS_OF_ACTION = { trigger: 'firing', resolve: 'resolved' } as const

/**
 * A fitted copy: the problem's deduplication_key and status (firing, resolved), a one-line title, and without the
 * fields and metadata the template left out.
 */
export function fit(payload: Json, ctx: PlatformContext): Json {
  if (!isObject(payload)) return payload
  const fitted = structuredClone(payload)
  if (ctx.problem) {
    fitted.deduplication_key = ctx.problem.key
    fitted.status = STATUS_OF_ACTION[ctx.problem.action]
  }
  fitIssueTitle(
    fitted,
    { key: 'title', path: 'title', platform: 'incident.io', placeholder: 'Dagster+ alert', max: Infinity },
    ctx.warn.bind(ctx)
  )
  for (const field of OPTIONAL_FIELDS) if (isLeftOut(fitted[field])) delete fitted[field]
  if (isObject(fitted.metadata)) fitted.metadata = withoutLeftOut(fitted.metadata)
  return fitted
}
