import type { Platform } from '../../platforms/types.js'
import type { VariableRef } from '../../template/compile.js'
import { closestName } from './closest-name.js'
import type { Finding } from './finding.js'

/** A template's variables and the platform it goes to, which may read vars itself (e.g. a `channel` var). */
export interface VarsReader {
  variables: readonly VariableRef[]
  platform?: Platform
}

/**
 * `vars` keys that nothing reads: a warning each, with the nearest name that is read (`mentoin:` was meant as
 * `mention:` and is silently ignored).
 */
export function unreadVarFindings(given: readonly string[], readers: readonly VarsReader[]): Finding[] {
  const read = new Set(readers.flatMap(reader => reader.platform?.checkHints?.varsRead ?? []))
  for (const ref of readers.flatMap(reader => reader.variables)) {
    const [head, name] = ref.name.split('.')
    if (head !== 'vars') continue
    // `<< vars >>` or `vars[name]` may read any of them
    if (name === undefined) return []
    read.add(name)
  }
  return given
    .filter(name => !read.has(name))
    .map(name => {
      const guess = closestName(name, read)
      // A template that reads a var nobody gives (`vars.projet` beside a given `project`): the typo may be the
      // template's, so the fix is named both ways rather than renaming the right var to the wrong name.
      const hint = guess
        ? given.includes(guess)
          ? `did you mean ${guess}?`
          : `a template reads vars.${guess}, which is not given: if that is a typo in the template, write vars.${name} ` +
            `there; otherwise rename this var to ${guess}`
        : read.size > 0
          ? `the vars read are ${[...read].join(', ')}`
          : 'no var is read'
      return {
        severity: 'warning',
        title: 'Unread var',
        message: `vars: ${name} is read by no template, so it changes nothing: ${hint}`
      }
    })
}
