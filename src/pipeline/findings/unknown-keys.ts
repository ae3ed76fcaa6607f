import type { KeyTree, Platform } from '../../platforms/types.js'
import type { KeyRef } from '../../template/compile.js'
import { closestName } from './closest-name.js'
import type { Finding } from './finding.js'

export interface UnknownKeys {
  findings: Finding[]
  /** Known keys (dotted paths, lists left out: `fields.issuetype`) that a misspelt key was meant as and the template lacks. */
  meant: Set<string>
}

/**
 * Template keys the platform's service does not know, at their line, with the nearest known key: an error where the
 * service rejects the request, a warning where it silently drops the key and what it holds.
 */
export function unknownKeyFindings(file: string, keys: readonly KeyRef[], platform: Platform): UnknownKeys {
  const result: UnknownKeys = { findings: [], meant: new Set() }
  const known = platform.checkHints?.knownKeys
  if (!known) return result
  const present = new Set(keys.map(key => key.path.join('.')))
  const name = platform.descriptor.displayName
  for (const key of keys) {
    const level = levelOf(known.tree, key.path.slice(0, -1))
    const own = key.path[key.path.length - 1]
    if (!level || lookUp(level, own) !== undefined) continue
    const names = Object.keys(level)
    const guess = closestName(
      own,
      names.filter(candidate => !candidate.endsWith('*'))
    )
    const where = key.path.length > 1 ? ` in ${key.path.slice(0, -1).join('.')}` : ''
    const effect =
      known.unknown === 'rejects'
        ? `${name} would reject the request`
        : `${name} ignores it, so what it holds is never shown`
    const hint = guess ? `did you mean ${guess}?` : `${name} knows ${names.join(', ')}`
    result.findings.push({
      file,
      line: key.line,
      column: key.column,
      severity: known.unknown === 'rejects' ? 'error' : 'warning',
      title: 'Unknown key',
      message: `${own} is not a key ${name} knows${where}: ${effect}; ${hint}`
    })
    const meant = guess && [...key.path.slice(0, -1), guess].join('.')
    if (meant && !present.has(meant)) result.meant.add(meant)
  }
  return result
}

/** The known keys under `path`; undefined where they are not checked (a free-form value, or an unknown key above). */
function levelOf(tree: KeyTree, path: readonly string[]): KeyTree | undefined {
  let level: KeyTree | true | undefined = tree
  for (const segment of path) {
    if (level === true || level === undefined) return undefined
    level = lookUp(level, segment)
  }
  return level === true ? undefined : level
}

function lookUp(level: KeyTree, key: string): KeyTree | true | undefined {
  if (Object.hasOwn(level, key)) return level[key]
  const pattern = Object.keys(level).find(name => name.endsWith('*') && key.startsWith(name.slice(0, -1)))
  return pattern === undefined ? undefined : level[pattern]
}
