import { truncate } from '../../truncate.js'
import { isObject, type JsonObject } from '../shared/json.js'
import type { Json } from '../../json.js'

// Values inside the create payload's `variables`, addressed by the paths `locate` (operation.ts) returns.

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
