import { truncate } from '../../truncate.js'
import { isObject, type JsonObject } from '../shared/json.js'
import type { Json } from '../types.js'

// Reading the GraphQL operation. Light, hand-written checks: the `graphql` package is not bundled.

export type TypeRef =
  { kind: 'named'; name: string; nonNull: boolean } | { kind: 'list'; of: TypeRef; nonNull: boolean }

export interface VariableDefinition {
  type: TypeRef | undefined
  typeText: string
  hasDefault: boolean
}

/** Where issueCreate's input comes from: one `$input` variable, or an object literal of fields. */
export interface IssueInput {
  /** `issueCreate(input: $input)`: every field lives in this variable. */
  variable?: string
  /** `issueCreate(input: {title: $title})`: field → variable feeding it. */
  fieldVariables: Map<string, string>
  /** `issueCreate(input: {teamId: "…"})`: field → literal text as written. */
  fieldLiterals: Map<string, string>
}

export interface Mutation {
  name?: string
  variables: Map<string, VariableDefinition>
  /** Variables referenced after the definitions. */
  used: Set<string>
  issueCreate?: { input: IssueInput; selection: Map<string, string> }
}

/** What issueCreate must select for the action to output the issue's URL and identifier. */
export const SELECTION_HELP =
  'select `success issue { id identifier url }` so the action can output the issue URL and identifier'

/** Fields of IssueCreateInput whose values this module checks (types from Linear's schema). */
export const ISSUE_INPUT_FIELDS: Record<string, string> = {
  title: 'String',
  description: 'String',
  priority: 'Int',
  labelIds: '[String!]',
  teamId: 'String!'
}

/** The query with `#` comments blanked (outside strings), so commented-out text never satisfies a check. */
export function withoutComments(query: string): string {
  let out = ''
  let inString = false
  for (let i = 0; i < query.length; i++) {
    const ch = query[i]
    if (inString) {
      if (ch === '\\') out += ch + (query[++i] ?? '')
      else out += ch
      if (ch === '"') inString = false
      continue
    }
    if (ch === '#') {
      while (i + 1 < query.length && query[i + 1] !== '\n') i++
      continue
    }
    if (ch === '"') inString = true
    out += ch
  }
  return out
}

/** Index of the bracket closing the one at `open` (any of `{([`), skipping strings; text.length when unbalanced. */
export function closingIndex(text: string, open: number): number {
  let depth = 0
  let inString = false
  for (let i = open; i < text.length; i++) {
    const ch = text[i]
    if (inString) {
      if (ch === '\\') i++
      else if (ch === '"') inString = false
    } else if (ch === '"') inString = true
    else if ('{(['.includes(ch)) depth++
    else if ('})]'.includes(ch) && --depth === 0) return i
  }
  return text.length
}

export function parseType(text: string): TypeRef | undefined {
  const nonNull = text.endsWith('!')
  const inner = nonNull ? text.slice(0, -1) : text
  if (inner.startsWith('[') && inner.endsWith(']')) {
    const of = parseType(inner.slice(1, -1))
    return of && { kind: 'list', of, nonNull }
  }
  return /^[_A-Za-z]\w*$/.test(inner) ? { kind: 'named', name: inner, nonNull } : undefined
}

function parseVariableDefinitions(text: string): Map<string, VariableDefinition> {
  const definitions = new Map<string, VariableDefinition>()
  for (const chunk of text.split('$').slice(1)) {
    const match = /^(\w+)\s*:\s*([^=@,]*)(=)?/.exec(chunk)
    if (!match) continue
    const typeText = match[2].replace(/\s+/g, '')
    definitions.set(match[1], { type: parseType(typeText), typeText, hasDefault: match[3] === '=' })
  }
  return definitions
}

/** Field names at the top level of a selection set, each with its own sub-selection ('' for a leaf). */
export function topLevelFields(block: string): Map<string, string> {
  const fields = new Map<string, string>()
  let last = ''
  for (let i = 0; i < block.length; i++) {
    const ch = block[i]
    if (ch === '{' || ch === '(') {
      const end = closingIndex(block, i)
      if (ch === '{' && last) fields.set(last, block.slice(i + 1, end))
      i = end
    } else if (/[_A-Za-z]/.test(ch)) {
      last = /^\w+/.exec(block.slice(i))?.[0] ?? ch
      fields.set(last, '')
      i += last.length - 1
    }
  }
  return fields
}

function readIssueInput(args: string): IssueInput {
  const input: IssueInput = { fieldVariables: new Map(), fieldLiterals: new Map() }
  const whole = /\binput\s*:\s*\$(\w+)/.exec(args)
  if (whole) return { ...input, variable: whole[1] }
  const object = /\binput\s*:\s*\{/.exec(args)
  if (!object) return input
  const open = object.index + object[0].length - 1
  const fields = args.slice(open + 1, closingIndex(args, open))
  for (const [, field, value] of fields.matchAll(/\b(\w+)\s*:\s*("(?:[^"\\]|\\.)*"|\$\w+|[^\s,{}()[\]]+)/g)) {
    if (value.startsWith('$')) input.fieldVariables.set(field, value.slice(1))
    else input.fieldLiterals.set(field, value)
  }
  return input
}

function readIssueCreate(body: string): Mutation['issueCreate'] {
  const call = /\bissueCreate\s*\(/.exec(body)
  if (!call) return undefined
  const argsOpen = call.index + call[0].length - 1
  const argsClose = closingIndex(body, argsOpen)
  const selectionOpen = body.indexOf('{', argsClose)
  const selection = selectionOpen < 0 ? '' : body.slice(selectionOpen + 1, closingIndex(body, selectionOpen))
  return { input: readIssueInput(body.slice(argsOpen + 1, argsClose)), selection: topLevelFields(selection) }
}

/** The `mutation` operation of a query, or undefined when there is none. */
export function readMutation(query: string): Mutation | undefined {
  const source = withoutComments(query)
  const head = /\bmutation\b\s*(\w+)?\s*/.exec(source)
  if (!head) return undefined
  let rest = source.slice(head.index + head[0].length)
  let definitions = ''
  if (rest.startsWith('(')) {
    const close = closingIndex(rest, 0)
    definitions = rest.slice(1, close)
    rest = rest.slice(close + 1)
  }
  return {
    name: head[1],
    variables: parseVariableDefinitions(definitions),
    used: new Set([...rest.matchAll(/\$(\w+)/g)].map(match => match[1])),
    issueCreate: readIssueCreate(rest)
  }
}

/** The path inside `variables` that feeds an IssueCreateInput field, when a variable feeds it. */
export function locate(mutation: Mutation, field: string): string[] | undefined {
  const input = mutation.issueCreate?.input
  if (!input) return undefined
  if (input.variable) return [input.variable, field]
  const variable = input.fieldVariables.get(field)
  return variable === undefined ? undefined : [variable]
}

/** The text a literal `teamId` in issueCreate's input stands for (a string's content, else the token as written). */
export function teamIdLiteral(mutation: Mutation): string | undefined {
  const literal = mutation.issueCreate?.input.fieldLiterals.get('teamId')
  return literal?.startsWith('"') ? (JSON.parse(literal) as string) : literal
}

// Values inside `variables`, addressed by the paths `locate` returns.

export function pathText(path: string[]): string {
  return ['variables', ...path].join('.')
}

/** The object holding the last key of `path`, if every step exists. */
function holder(variables: JsonObject, path: string[]): JsonObject | undefined {
  let node: Json | undefined = variables
  for (const key of path.slice(0, -1)) node = isObject(node) ? node[key] : undefined
  return isObject(node) ? node : undefined
}

export function valueAt(variables: JsonObject, path: string[]): Json | undefined {
  return holder(variables, path)?.[path[path.length - 1]]
}

/** One value inside `variables` (possibly absent) that a fitter may replace or delete. */
export interface Slot {
  parent: JsonObject
  key: string
  value: Json | undefined
  path: string
}

export function slotAt(variables: JsonObject, path: string[]): Slot | undefined {
  const parent = holder(variables, path)
  const key = path[path.length - 1]
  return parent && { parent, key, value: parent[key], path: pathText(path) }
}

export function isEmpty(value: Json | undefined): boolean {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  return isObject(value) && Object.keys(value).length === 0
}

/** A short, printable rendering of a value for messages. */
export function shown(value: Json): string {
  return truncate(JSON.stringify(value), 40)
}
