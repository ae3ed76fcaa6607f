import type { Problem } from '../../errors.js'
import { isObject, typeOf, type JsonObject } from '../shared/json.js'
import type { Json } from '../../json.js'
import { dialectOf, WORDS, type Definition, type Dialect, type Minor, type Shape, type Value } from './card-schema.js'

/** A rule of the host beyond the schema, for a property the schema accepted: a problem message, or undefined. */
export type HostRule = (shape: Shape, property: string, value: Json) => string | undefined

/** A card's problems against the facts of its declared version (`card-schema.ts`), each naming the path. */
export function checkCard(card: JsonObject, minor: Minor, path: string, hostRule?: HostRule): Problem[] {
  const check = new CardCheck(minor, hostRule)
  check.object(card, check.dialect.card, path)
  return check.problems
}

/** "1.4" for a minor version. */
const versionText = (minor: number) => `1.${minor}`

const article = (noun: string) => (/^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`)
const quoted = (words: string[]) => words.map(word => JSON.stringify(word)).join(', ')

class CardCheck {
  readonly dialect: Dialect
  problems: Problem[] = []

  constructor(
    readonly minor: Minor,
    private readonly hostRule?: HostRule
  ) {
    this.dialect = dialectOf(minor)
  }

  private add(path: string, message: string): void {
    this.problems.push({ path, message })
  }

  private get declared(): string {
    return `Adaptive Card ${versionText(this.minor)}`
  }

  /** The earliest later version whose facts satisfy `has`, for a "raise version" hint. */
  private laterVersion(has: (dialect: Dialect, minor: Minor) => boolean): Minor | undefined {
    for (let minor = this.minor + 1; minor <= 5; minor++) {
      if (has(dialectOf(minor as Minor), minor as Minor)) return minor as Minor
    }
    return undefined
  }

  private raise(later: Minor, what: string, otherwise: string): string {
    return `${what} needs Adaptive Card ${versionText(later)} and this card declares version "${versionText(this.minor)}": raise version to "${versionText(later)}" (Teams renders up to 1.5) or ${otherwise}`
  }

  /** A value the shape or family describes (an object, or a text inline). */
  value(value: Json, shape: Shape, path: string): void {
    const family = this.dialect.families[shape]
    if (!family) return this.object(value, shape, path)
    if (family.text && typeof value === 'string') return
    if (!isObject(value)) return this.add(path, `must be ${article(family.noun)} object, got ${typeOf(value)}`)
    if (family.anyOf) return this.anyOf(value, family.anyOf, path)
    const current = Object.keys(family.members).filter(type => (this.definition(type)?.since ?? 0) <= this.minor)
    const type = value.type
    if (type === undefined) return this.add(`${path}.type`, `is required: one of ${quoted(current)}`)
    if (typeof type === 'string' && current.includes(type)) return this.object(value, family.members[type], path)
    const later =
      typeof type === 'string'
        ? this.laterVersion((dialect, minor) => {
            const member = dialect.families[shape]?.members[type]
            return member !== undefined && (dialect.definitions[member].since ?? 0) <= minor
          })
        : undefined
    if (later !== undefined) {
      const instead = dialectOf(later).definitions[type as string].instead
      return this.add(`${path}.type`, this.raise(later, JSON.stringify(type), instead ? `use ${instead}` : 'remove it'))
    }
    this.add(
      `${path}.type`,
      `${JSON.stringify(type)} is not ${article(`${this.declared} ${family.noun}`)}: use one of ${quoted(current)}`
    )
  }

  private definition(shape: Shape): Definition | undefined {
    return this.dialect.definitions[shape]
  }

  /** 1.1's actions: valid when one of the shapes fits; else the problems of the one its type names (or the first). */
  private anyOf(value: JsonObject, shapes: Shape[], path: string): void {
    const tries = shapes.map(shape => {
      const trial = new CardCheck(this.minor, this.hostRule)
      trial.object(value, shape, path)
      return { shape, problems: trial.problems }
    })
    if (tries.some(attempt => attempt.problems.length === 0)) return
    const named = tries.find(attempt => attempt.shape === value.type) ?? tries[0]
    this.problems.push(...named.problems)
  }

  object(value: Json, shape: Shape, path: string): void {
    const definition = this.definition(shape)
    if (!definition) throw new Error(`card facts have no ${shape}`)
    if (!isObject(value)) return this.add(path, `must be ${article(shape)} object, got ${typeOf(value)}`)
    if (definition.type !== undefined && value.type !== undefined && value.type !== definition.type)
      this.add(`${path}.type`, `must be "${definition.type}", got ${JSON.stringify(value.type)}`)
    for (const required of definition.required ?? []) {
      const [name, since, until] = typeof required === 'string' ? [required, 0, 5] : required
      if (since <= this.minor && this.minor <= until && value[name] === undefined)
        this.add(`${path}.${name}`, `is required in ${article(shape)}`)
    }
    for (const [name, child] of Object.entries(value)) {
      if (name === 'type' && definition.type !== undefined) continue
      const property = definition.properties.find(
        ([key, , since = 0, until = 5]) => key === name && since <= this.minor && this.minor <= until
      )
      if (property) this.property(child, property[1], shape, name, `${path}.${name}`)
      else if (!this.dialect.open || definition.properties.some(([key]) => key === name))
        this.unknown(shape, name, `${path}.${name}`)
    }
  }

  private unknown(shape: Shape, name: string, path: string): void {
    const later = this.laterVersion((dialect, minor) =>
      (dialect.definitions[shape]?.properties ?? []).some(
        ([key, , since = 0, until = 5]) => key === name && since <= minor && minor <= until
      )
    )
    if (later !== undefined) return this.add(path, this.raise(later, `${shape}'s "${name}"`, 'remove it'))
    this.add(path, `${shape} has no property "${name}" in ${this.declared}: remove it`)
  }

  private property(value: Json, kind: Value, shape: Shape, name: string, path: string): void {
    const problem = this.mismatch(value, kind, path)
    if (problem !== undefined) return this.add(path, `must be ${problem}, got ${typeOf(value)}`)
    const host = this.hostRule?.(shape, name, value)
    if (host !== undefined) this.add(path, host)
  }

  /** What the value should have been when it is not of the kind; undefined when it is (nested problems added). */
  private mismatch(value: Json, kind: Value, path: string): string | undefined {
    switch (kind) {
      case 'anything':
        return undefined
      case 'string':
        return typeof value === 'string' ? undefined : 'text'
      case 'number':
        return typeof value === 'number' ? undefined : 'a number'
      case 'boolean':
        return typeof value === 'boolean' ? undefined : 'true or false'
      case 'boolean|null':
        return typeof value === 'boolean' || value === null ? undefined : 'true, false or null'
      case 'object':
        return isObject(value) ? undefined : 'an object'
      case 'string|object':
        return typeof value === 'string' || isObject(value) ? undefined : 'text or an object'
      case 'string|number':
        return typeof value === 'string' || typeof value === 'number' ? undefined : 'text or a number'
      case 'string-map':
        return isObject(value) && Object.values(value).every(item => typeof item === 'string')
          ? undefined
          : 'an object of feature names and version texts'
      case 'strings':
        return Array.isArray(value) && value.every(item => typeof item === 'string') ? undefined : 'a list of text'
      case 'fallback':
        if (typeof value === 'string' && value.toLowerCase() !== 'drop')
          this.add(path, `${JSON.stringify(value)} is not a fallback: use "drop" or an element to show instead`)
        return undefined
    }
    if ('words' in kind) return this.words(value, kind.words, path)
    if ('one' in kind) return void this.value(value, kind.one, path)
    if ('textOr' in kind) {
      if (typeof value === 'string') return undefined
      return isObject(value) ? void this.object(value, kind.textOr, path) : `text or ${article(kind.textOr)} object`
    }
    const shape = 'list' in kind ? kind.list : kind.textsOr
    if (!Array.isArray(value)) return `a list of ${'list' in kind ? '' : 'text or '}${this.nounOf(shape)}`
    value.forEach((item, i) => {
      if (typeof item !== 'string' || 'list' in kind) this.value(item, shape, `${path}[${i}]`)
    })
    return undefined
  }

  private nounOf(shape: Shape): string {
    return `${this.dialect.families[shape]?.noun ?? shape}s`
  }

  private words(value: Json, name: string, path: string): string | undefined {
    const allowed = WORDS[name].flatMap(word => {
      if (typeof word === 'string') return [word]
      return word[1] <= this.minor ? [word[0]] : []
    })
    if (typeof value !== 'string') return this.dialect.exactWords ? 'text' : undefined
    const match = this.dialect.exactWords
      ? allowed.includes(value)
      : allowed.some(word => word.toLowerCase() === value.toLowerCase())
    if (match) return undefined
    const newer = WORDS[name].find(word => typeof word !== 'string' && word[0].toLowerCase() === value.toLowerCase())
    if (newer && typeof newer !== 'string')
      return void this.add(path, this.raise(newer[1], JSON.stringify(value), `use one of ${quoted(allowed)}`))
    const casing = this.dialect.exactWords ? ' (letter case as written)' : ''
    this.add(
      path,
      `${JSON.stringify(value)} is not a value ${article(this.declared)} allows here: use one of ${quoted(allowed)}${casing}`
    )
    return undefined
  }
}
