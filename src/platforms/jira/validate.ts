import type { Problem } from '../../errors.js'
import { measureLength } from '../../truncate.js'
import { isObject, type JsonObject } from '../shared/json.js'
import type { PlatformContext } from '../types.js'
import type { Json } from '../../json.js'
import { LABEL_MAX, SUMMARY_MAX } from './limits.js'
import { validateDescription } from './text-format.js'

export function validate(payload: Json, ctx: PlatformContext): Problem[] {
  if (!isObject(payload)) return [{ path: '', message: 'must be a JSON object with "fields"' }]
  const fields = payload.fields
  if (!isObject(fields)) {
    return [{ path: 'fields', message: 'must be an object holding the issue fields (project, issuetype, summary, …)' }]
  }
  return [
    ...validateReference(
      fields,
      'project',
      ['key', 'id'],
      'set vars: project: KEY (the Jira project key, e.g. ENG)',
      true
    ),
    ...validateReference(
      fields,
      'issuetype',
      ['name', 'id'],
      'set vars: issue_type: Bug (an issue type of the project)',
      true
    ),
    ...validateSummary(fields.summary),
    ...validateDescription(fields.description, ctx.target),
    ...validateLabels(fields.labels),
    ...validateReference(fields, 'priority', ['name', 'id'], 'set vars: priority: High, or leave priority out', false)
  ]
}

/** Whether a reference (`{name: …}`, `{id: …}`) names its object by `key`. */
export function hasValue(record: JsonObject, key: string): boolean {
  const value = record[key]
  return (typeof value === 'string' && value.trim() !== '') || typeof value === 'number'
}

/** A field that refers to a Jira object by one of `keys`, e.g. `project: {key: ENG}`. */
function validateReference(
  fields: JsonObject,
  name: string,
  keys: string[],
  fix: string,
  required: boolean
): Problem[] {
  const path = `fields.${name}`
  const value = fields[name]
  const shape = keys.map(key => `{"${key}": …}`).join(' or ')
  if (value === undefined) return required ? [{ path, message: `is missing: ${fix}` }] : []
  if (!isObject(value)) return [{ path, message: `must be an object like ${shape}, not ${kindOf(value)}` }]
  if (!keys.some(key => hasValue(value, key)))
    return [{ path, message: `needs a non-empty ${keys.join(' or ')}: ${fix}` }]
  return []
}

function validateSummary(summary: Json | undefined): Problem[] {
  const path = 'fields.summary'
  if (summary === undefined) return [{ path, message: 'is missing: Jira requires a summary' }]
  if (typeof summary !== 'string') return [{ path, message: `must be a string, not ${kindOf(summary)}` }]
  if (summary.trim() === '') return [{ path, message: 'must not be empty' }]
  if (/[\r\n]/.test(summary)) return [{ path, message: 'must be one line' }]
  const length = measureLength(summary, 'utf16')
  if (length > SUMMARY_MAX) return [{ path, message: `is ${length} characters long; Jira allows ${SUMMARY_MAX}` }]
  return []
}

function validateLabels(labels: Json | undefined): Problem[] {
  const path = 'fields.labels'
  if (labels === undefined) return []
  if (!Array.isArray(labels)) return [{ path, message: `must be a list of labels, not ${kindOf(labels)}` }]
  return labels.flatMap((label, index): Problem[] => {
    const itemPath = `${path}[${index}]`
    if (typeof label !== 'string') return [{ path: itemPath, message: `must be a string, not ${kindOf(label)}` }]
    if (label === '') return [{ path: itemPath, message: 'must not be empty' }]
    if (/\s/.test(label)) return [{ path: itemPath, message: `"${label}" contains spaces, which Jira labels cannot` }]
    if (label.length > LABEL_MAX)
      return [{ path: itemPath, message: `is ${label.length} characters long; Jira allows ${LABEL_MAX}` }]
    return []
  })
}

/** Not shared/json's typeOf: that says "an object" where Jira's messages have always said "a object". */
function kindOf(value: Json): string {
  if (value === null) return 'null'
  return Array.isArray(value) ? 'a list' : `a ${typeof value}`
}
