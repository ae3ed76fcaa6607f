import { fitText } from '../../truncate.js'
import { fitIssueTitle, type TitleRules } from '../shared/issue-title.js'
import { isObject, type JsonObject } from '../shared/json.js'
import type { PlatformContext } from '../types.js'
import type { Json } from '../../json.js'
import { LABEL_MAX, SUMMARY_MAX } from './limits.js'
import { fitDescription } from './text-format.js'
import { hasValue } from './validate.js'

type Warn = PlatformContext['warn']

/** Jira's summary: one line, required, at most 255 UTF-16 units. */
const SUMMARY_RULES: TitleRules = {
  key: 'summary',
  path: 'fields.summary',
  platform: 'Jira',
  placeholder: '(no summary)',
  max: SUMMARY_MAX,
  measure: 'utf16'
}

export function fit(payload: Json, ctx: PlatformContext): Json {
  if (!isObject(payload) || !isObject(payload.fields)) return payload // validate reports the shape
  const fields = structuredClone(payload.fields)
  fitIssueTitle(fields, SUMMARY_RULES, ctx.warn)
  fitDescription(fields, ctx)
  fitLabels(fields, ctx.warn)
  fitPriority(fields, ctx.warn)
  return { ...payload, fields }
}

function fitLabels(fields: JsonObject, warn: Warn): void {
  const path = 'fields.labels'
  let labels = fields.labels
  if (typeof labels === 'string') {
    labels = splitLabelList(labels)
    warn({ path, message: `text split into the list ${JSON.stringify(labels)}` })
  }
  if (!Array.isArray(labels)) return // absent, or a shape validate reports
  const fitted: Json[] = []
  labels.forEach((label, index) => {
    const fittedLabel =
      typeof label === 'string' || typeof label === 'number'
        ? fitLabel(String(label), `${path}[${index}]`, warn)
        : label
    if (typeof fittedLabel === 'string' && fitted.includes(fittedLabel)) {
      warn({ path: `${path}[${index}]`, message: `duplicate label "${fittedLabel}" dropped` })
    } else if (fittedLabel !== undefined) {
      fitted.push(fittedLabel)
    }
  })
  if (fitted.length > 0) {
    fields.labels = fitted
  } else {
    delete fields.labels
    if (labels.length > 0) warn({ path, message: 'no label left; labels left out' })
  }
}

/** One label without spaces and within the limit; undefined when nothing is left of it. */
function fitLabel(label: string, path: string, warn: Warn): string | undefined {
  const trimmed = label.trim()
  if (trimmed === '') {
    warn({ path, message: 'empty label dropped' })
    return undefined
  }
  const dashed = trimmed.replace(/\s+/g, '-')
  if (dashed !== trimmed)
    warn({ path, message: `spaces replaced by '-' ("${dashed}"): Jira labels cannot contain spaces` })
  return fitText(dashed, LABEL_MAX, path, warn, 'utf16')
}

/** `"a, b c"` → comma separated when there is a comma (`b c` becomes `b-c` later), else whitespace separated. */
function splitLabelList(text: string): string[] {
  const parts = text.includes(',') ? text.split(',') : text.split(/\s+/)
  return parts.map(part => part.trim()).filter(part => part !== '')
}

function fitPriority(fields: JsonObject, warn: Warn): void {
  const priority = fields.priority
  if (isObject(priority) && !hasValue(priority, 'name') && !hasValue(priority, 'id')) {
    delete fields.priority
    warn({ path: 'fields.priority', message: 'has no name or id; left out so Jira uses the default priority' })
  }
}
