import { fitText, measureLength } from '../../truncate.js'
import { fitIssueTitle, type TitleRules } from '../shared/issue-title.js'
import { isObject, type JsonObject } from '../shared/json.js'
import type { PlatformContext } from '../types.js'
import type { Json } from '../../json.js'
import { ASSIGNEES_MAX, BODY_MAX, LABEL_MAX, TITLE_MAX } from './limits.js'
import { neutraliseMentions, shortenMarkdown } from './markdown.js'

type Warn = PlatformContext['warn']

/** GitHub's title: one line, required. */
const TITLE_RULES: TitleRules = {
  key: 'title',
  path: 'title',
  platform: 'GitHub',
  placeholder: '(no title)',
  max: TITLE_MAX
}

export function fit(payload: Json, ctx: PlatformContext): Json {
  if (!isObject(payload)) return payload // validate reports the shape
  const issue = { ...payload }
  fitIssueTitle(issue, TITLE_RULES, ctx.warn)
  if (typeof issue.body === 'string') issue.body = neutraliseMentions(issue.body, ctx.authoredText)
  fitBody(issue, ctx.warn)
  fitLabels(issue, ctx.warn)
  fitAssignees(issue, ctx.warn)
  return issue
}

function fitBody(issue: JsonObject, warn: Warn): void {
  const body = issue.body
  if (typeof body !== 'string') return
  const before = measureLength(body)
  if (before <= BODY_MAX) return
  issue.body = shortenMarkdown(body, BODY_MAX)
  const message = `truncated from ${before} to ${measureLength(issue.body)} characters (limit ${BODY_MAX}), inside the longest code block when there is one`
  warn({ path: 'body', message })
}

/** Labels as a list (text is split at commas and line breaks: names may contain spaces), trimmed, within 50, no duplicates. */
function fitLabels(issue: JsonObject, warn: Warn): void {
  const labels = typeof issue.labels === 'string' ? splitList(issue.labels, /[,\n]/) : issue.labels
  if (!Array.isArray(labels)) return // absent, or a shape validate reports
  const fitted: Json[] = []
  labels.forEach((label, index) => {
    const path = `labels[${index}]`
    if (typeof label !== 'string' && typeof label !== 'number') return void fitted.push(label)
    const name = String(label).trim()
    if (name === '') return warn({ path, message: 'empty label dropped' })
    const short = fitText(name, LABEL_MAX, path, warn)
    // GitHub label names are unique regardless of case.
    if (fitted.some(other => typeof other === 'string' && other.toLowerCase() === short.toLowerCase())) {
      return warn({ path, message: `duplicate label "${short}" dropped` })
    }
    fitted.push(short)
  })
  setOrDelete(issue, 'labels', fitted)
}

/** Logins as a list (text is split at commas and spaces), without a leading @, at most 10. */
function fitAssignees(issue: JsonObject, warn: Warn): void {
  const listed = typeof issue.assignees === 'string' ? splitList(issue.assignees, /[\s,]+/) : issue.assignees
  if (!Array.isArray(listed)) return
  const logins: Json[] = []
  for (const item of listed) {
    const login = typeof item === 'string' ? item.trim().replace(/^@/, '') : item
    if (login === '') continue
    if (
      typeof login === 'string' &&
      logins.some(other => typeof other === 'string' && other.toLowerCase() === login.toLowerCase())
    )
      continue
    logins.push(login)
  }
  if (logins.length > ASSIGNEES_MAX) {
    warn({
      path: 'assignees',
      message: `${logins.length} assignees; GitHub takes ${ASSIGNEES_MAX}, so the first ${ASSIGNEES_MAX} are kept`
    })
    logins.length = ASSIGNEES_MAX
  }
  setOrDelete(issue, 'assignees', logins)
}

function splitList(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map(part => part.trim())
    .filter(part => part !== '')
}

function setOrDelete(issue: JsonObject, key: string, list: Json[]): void {
  if (list.length > 0) issue[key] = list
  else delete issue[key]
}
