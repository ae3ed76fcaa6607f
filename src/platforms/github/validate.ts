import type { Problem } from '../../errors.js'
import { measureLength } from '../../truncate.js'
import { isObject } from '../shared/json.js'
import type { Json } from '../../json.js'
import { ASSIGNEES_MAX, BODY_MAX, LABEL_MAX, TITLE_MAX } from './limits.js'

/** The fields of "create an issue"; anything else is a typo GitHub would ignore without a word. */
const ISSUE_FIELDS = ['title', 'body', 'labels', 'assignees', 'milestone', 'type']

export function validate(payload: Json): Problem[] {
  if (!isObject(payload))
    return [{ path: '', message: 'must be a JSON object with the issue fields (title, body, labels, assignees)' }]
  const unknown = Object.keys(payload)
    .filter(key => !ISSUE_FIELDS.includes(key))
    .map(key => ({
      path: key,
      message: `is not a field of a GitHub issue (${ISSUE_FIELDS.join(', ')}); GitHub would ignore it`
    }))
  return [
    ...unknown,
    ...validateTitle(payload.title),
    ...validateBody(payload.body),
    ...validateNames('labels', payload.labels, LABEL_MAX),
    ...validateNames('assignees', payload.assignees, Infinity),
    ...validateAssigneeCount(payload.assignees),
    ...validateMilestone(payload.milestone),
    ...(payload.type === undefined || payload.type === null || typeof payload.type === 'string'
      ? []
      : [{ path: 'type', message: `must be an issue type name, not ${kindOf(payload.type)}` }])
  ]
}

function validateTitle(title: Json | undefined): Problem[] {
  const path = 'title'
  if (title === undefined) return [{ path, message: 'is missing: GitHub requires a title' }]
  if (typeof title !== 'string') return [{ path, message: `must be a string, not ${kindOf(title)}` }]
  if (title.trim() === '') return [{ path, message: 'must not be empty' }]
  if (/[\r\n]/.test(title)) return [{ path, message: 'must be one line' }]
  const length = measureLength(title)
  return length > TITLE_MAX ? [{ path, message: `is ${length} characters long; GitHub allows ${TITLE_MAX}` }] : []
}

function validateBody(body: Json | undefined): Problem[] {
  const path = 'body'
  if (body === undefined || body === null) return []
  if (typeof body !== 'string') return [{ path, message: `must be Markdown text, not ${kindOf(body)}` }]
  const length = measureLength(body)
  return length > BODY_MAX ? [{ path, message: `is ${length} characters long; GitHub allows ${BODY_MAX}` }] : []
}

/** Label names or assignee logins: a list of non-empty strings within `max`. */
function validateNames(path: string, names: Json | undefined, max: number): Problem[] {
  if (names === undefined) return []
  if (!Array.isArray(names)) return [{ path, message: `must be a list of names, not ${kindOf(names)}` }]
  return names.flatMap((name, index): Problem[] => {
    const itemPath = `${path}[${index}]`
    if (typeof name !== 'string') return [{ path: itemPath, message: `must be a string, not ${kindOf(name)}` }]
    if (name.trim() === '') return [{ path: itemPath, message: 'must not be empty' }]
    const length = measureLength(name)
    return length > max ? [{ path: itemPath, message: `is ${length} characters long; GitHub allows ${max}` }] : []
  })
}

function validateAssigneeCount(assignees: Json | undefined): Problem[] {
  if (!Array.isArray(assignees) || assignees.length <= ASSIGNEES_MAX) return []
  return [{ path: 'assignees', message: `has ${assignees.length} logins; GitHub allows ${ASSIGNEES_MAX}` }]
}

function validateMilestone(milestone: Json | undefined): Problem[] {
  if (milestone === undefined || milestone === null) return []
  if (Number.isInteger(milestone) || (typeof milestone === 'string' && /^\d+$/.test(milestone))) return []
  return [{ path: 'milestone', message: `must be a milestone number, not ${JSON.stringify(milestone)}` }]
}

/** A value's kind as these messages have always said it ("a object": shared typeOf says "an object"). */
function kindOf(value: Json): string {
  if (value === null) return 'null'
  return Array.isArray(value) ? 'a list' : `a ${typeof value}`
}
