import { charge, type FilterCall, type TemplateFilter } from './filters.js'

// The standard Liquid filters the built-in templates use, for their precompiled form (src/template/program.ts),
// written to give exactly what liquidjs 10's own filters give for the arguments listed in `arity`; the
// precompiler refuses any other use, and __tests__/template-program.test.ts renders every built-in both ways.

/** Liquid's text of a value: nil is empty, a list is its items' texts joined. */
export function stringify(value: unknown): string {
  if (typeof value === 'string') return value
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return value.map(stringify).join('')
  return String(value)
}

/** Liquid's falsy (not JavaScript's): only false, nil and undefined. */
export function isFalsy(value: unknown): boolean {
  return value === false || value === undefined || value === null
}

/** Advances `count` code points from `from` (a surrogate pair is one character, as in liquidjs's `slice`). */
function advanceCodePoints(text: string, from: number, count: number): number {
  let index = from
  for (let i = 0; i < count && index < text.length; i++) index += (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1
  return index
}

function codePointLength(text: string): number {
  let length = 0
  for (let index = 0; index < text.length; index = advanceCodePoints(text, index, 1)) length++
  return length
}

/** `date: '%s'`: epoch seconds of a date value (liquidjs's reading of it); anything unreadable passes through. */
function epochSeconds(this: FilterCall, value: unknown): unknown {
  this.context.memoryLimit.use((value as { length?: number } | null | undefined)?.length ?? 0)
  if (value === null || value === undefined) return value
  const date =
    value === 'now' || value === 'today'
      ? new Date()
      : typeof value === 'number'
        ? new Date(value * 1000)
        : typeof value === 'string' && /^\d+$/.test(value)
          ? new Date(+value * 1000)
          : new Date(value as string)
  if (Number.isNaN(date.getTime())) return value
  this.context.memoryLimit.use('%s'.length)
  return String(Math.floor(date.getTime() / 1000))
}

/**
 * Each filter with the argument counts its version here serves, and for `date` the one format it renders.
 * A template using a filter another way keeps its Liquid form.
 */
export const STANDARD_FILTERS: Record<
  string,
  { arity: [number, number]; onlyArgs?: unknown[]; filter: TemplateFilter }
> = {
  default: {
    arity: [0, 1],
    filter(value, fallback) {
      if (Array.isArray(value) || typeof value === 'string') return value.length ? value : fallback
      return isFalsy(value) ? fallback : value
    }
  },
  capitalize: {
    arity: [0, 0],
    filter(value) {
      const text = charge(this, stringify(value))
      return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase()
    }
  },
  prepend: {
    arity: [1, 1],
    filter(value, prefix) {
      const text = stringify(value)
      const head = stringify(prefix)
      this.context.memoryLimit.use(text.length + head.length)
      return head + text
    }
  },
  remove_first: {
    arity: [1, 1],
    filter(value, part) {
      const text = stringify(value)
      const removed = stringify(part)
      this.context.memoryLimit.use(text.length + removed.length)
      return text.replace(removed, '')
    }
  },
  replace: {
    arity: [2, 2],
    filter(value, pattern, replacement) {
      const text = stringify(value)
      const parts = text.split(stringify(pattern))
      const inserted = stringify(replacement)
      this.context.memoryLimit.use(text.length + (parts.length - 1) * (inserted.length - stringify(pattern).length))
      return parts.join(inserted)
    }
  },
  slice: {
    arity: [1, 2],
    filter(value, begin, length = 1) {
      if (value === null || value === undefined) return []
      const items = Array.isArray(value) ? value : stringify(value)
      const size = Array.isArray(items) ? items.length : codePointLength(items)
      const from = (begin as number) < 0 ? size + (begin as number) : (begin as number)
      if (from < 0 || (length as number) < 0) return Array.isArray(items) ? [] : ''
      this.context.memoryLimit.use(length as number)
      if (Array.isArray(items)) return items.slice(from, from + (length as number))
      const start = advanceCodePoints(items, 0, from)
      return items.slice(start, advanceCodePoints(items, start, length as number))
    }
  },
  strip: {
    arity: [0, 0],
    filter(value) {
      return charge(this, stringify(value)).trim()
    }
  },
  strip_newlines: {
    arity: [0, 0],
    filter(value) {
      return charge(this, stringify(value)).replace(/\r?\n/gm, '')
    }
  },
  uri_escape: {
    arity: [0, 0],
    filter(value) {
      return encodeURI(stringify(value)).replace(/%5B/g, '[').replace(/%5D/g, ']')
    }
  },
  date: { arity: [1, 1], onlyArgs: ['%s'], filter: epochSeconds }
}
