import { fitText } from '../../truncate.js'
import { isLeftOut, withoutLeftOut } from '../shared/details.js'
import { fitIssueTitle } from '../shared/issue-title.js'
import { isObject, type JsonObject } from '../shared/json.js'
import { dropExtraItems } from '../shared/lists.js'
import type { PlatformContext } from '../types.js'
import type { Json } from '../../json.js'
import { TAGS, TEXT_LIMITS } from './limits.js'

const FITTED_TEXTS = ['description', 'entity', 'source', 'user'] as const

/**
 * A fitted copy. A create gets the problem's alias, a one-line message within 130 characters, texts within their
 * limits, details as texts without the facts the template left out, and at most 20 tags (a comma-separated text split). A resolve becomes the
 * Close Alert body: the source, and the message as the note.
 */
export function fit(payload: Json, ctx: PlatformContext): Json {
  if (!isObject(payload)) return payload
  const warn = ctx.warn.bind(ctx)
  if (ctx.problem?.action === 'resolve') return closeBody(payload, warn)
  const fitted = structuredClone(payload)
  if (ctx.problem) fitted.alias = ctx.problem.key
  fitIssueTitle(
    fitted,
    { key: 'message', path: 'message', platform: 'Opsgenie', placeholder: 'Dagster+ alert', max: TEXT_LIMITS.message },
    warn
  )
  for (const field of FITTED_TEXTS) {
    const value = fitted[field]
    if (isLeftOut(value)) delete fitted[field]
    else if (typeof value === 'string') fitted[field] = fitText(value, TEXT_LIMITS[field], field, warn)
  }
  if (isObject(fitted.details)) fitted.details = detailTexts(withoutLeftOut(fitted.details))
  if (isLeftOut(fitted.tags)) delete fitted.tags
  // `vars.tags` may be written comma-separated, as labels are on issue platforms.
  if (typeof fitted.tags === 'string') fitted.tags = fitted.tags.split(',').map(tag => tag.trim())
  if (Array.isArray(fitted.tags)) {
    const tags = fitted.tags.filter(tag => !isLeftOut(tag))
    fitted.tags = dropExtraItems(tags, { max: TAGS.items, what: 'tags', path: 'tags', platform: 'Opsgenie' }, warn).map(
      (tag, i) => (typeof tag === 'string' ? fitText(tag, TAGS.length, `tags[${i}]`, warn) : tag)
    )
  }
  return fitted
}

/** Opsgenie's details are a map of texts: other values are sent as their JSON. */
function detailTexts(details: JsonObject): JsonObject {
  return Object.fromEntries(
    Object.entries(details).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)])
  )
}

function closeBody(payload: JsonObject, warn: PlatformContext['warn']): JsonObject {
  const body: JsonObject = {}
  if (typeof payload.source === 'string' && !isLeftOut(payload.source))
    body.source = fitText(payload.source, TEXT_LIMITS.source, 'source', warn)
  if (typeof payload.user === 'string' && !isLeftOut(payload.user))
    body.user = fitText(payload.user, TEXT_LIMITS.user, 'user', warn)
  const note = typeof payload.note === 'string' ? payload.note : payload.message
  if (typeof note === 'string' && !isLeftOut(note)) body.note = fitText(note, TEXT_LIMITS.note, 'note', warn)
  return body
}
