import { existsSync } from 'node:fs'
import * as path from 'node:path'

/**
 * The action's own folder (where action.yml and templates/ live), not the workspace: the nearest folder
 * above this module that holds action.yml. This module runs from src/ (tests), dist/ (the action) and
 * dist/cli/ (the CLI); `import.meta.dirname` survives ncc bundling where `new URL(…, import.meta.url)` does not.
 */
export const ACTION_ROOT = findActionRoot(import.meta.dirname)

function findActionRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'action.yml'))) return dir
    if (path.dirname(dir) === dir) return path.resolve(start, '..')
  }
}
