import type { Problem } from '../../errors.js'
import { measureLength, type Measure } from '../../truncate.js'
import { isHttpUrl } from './endpoint.js'
import { isObject, typeOf, type JsonObject } from './json.js'
import type { Json } from '../../json.js'

/**
 * Collects what a platform's API would reject in a payload; each check names the JSON path and what the
 * platform expects there. Absent values (undefined, null) pass the optional checks.
 */
export class Findings {
  readonly problems: Problem[] = []

  /** `platform` is the name messages use ("Discord allows at most …"); `measure` how it counts length. */
  constructor(
    private readonly platform: string,
    private readonly measure: Measure = 'codepoints'
  ) {}

  add(path: string, message: string): void {
    this.problems.push({ path, message })
  }

  /** An optional string of at most `max` characters; `nonEmpty` refuses a blank one. */
  text(value: Json | undefined, path: string, max = Infinity, nonEmpty = false): void {
    if (value === undefined || value === null) return
    if (typeof value !== 'string') return this.add(path, `must be a string, got ${typeOf(value)}`)
    const length = measureLength(value, this.measure)
    if (length > max) this.add(path, `is ${length} characters long; ${this.platform} allows at most ${max}`)
    if (nonEmpty && value.trim() === '') this.add(path, 'must not be empty')
  }

  /** An optional absolute http(s) URL of at most `max` characters. */
  url(value: Json | undefined, path: string, max = Infinity): void {
    if (value === undefined || value === null) return
    if (typeof value !== 'string' || !isHttpUrl(value)) return this.add(path, 'must be an http(s) URL')
    this.text(value, path, max)
  }

  boolean(value: Json | undefined, path: string): void {
    if (value !== undefined && value !== null && typeof value !== 'boolean') {
      this.add(path, `must be true or false, got ${typeOf(value)}`)
    }
  }

  /** An optional list (absent: empty) of at most `max` items; `min` 1 makes an empty list a problem too. */
  list(value: Json | undefined, path: string, max: number, what: string, min = 0): Json[] {
    if (value === undefined || value === null) return []
    if (!Array.isArray(value)) {
      this.add(path, `must be a list, got ${typeOf(value)}`)
      return []
    }
    if (value.length > max) this.add(path, `has ${value.length} ${what}; ${this.platform} allows at most ${max}`)
    if (value.length < min) this.add(path, `must hold at least ${min} of ${what}`)
    return value
  }

  /** An object, or undefined; absent is a problem only when `required`. */
  object(value: Json | undefined, path: string, required = false): JsonObject | undefined {
    if (isObject(value)) return value
    if (value === undefined || value === null) {
      if (required) this.add(path, 'is required')
      return undefined
    }
    this.add(path, `must be an object, got ${typeOf(value)}`)
    return undefined
  }
}
