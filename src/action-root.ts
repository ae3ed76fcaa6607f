import * as path from 'node:path'

/**
 * The action's own folder (where action.yml and templates/ live), not the workspace.
 * This file sits one level below the root both as source (src/) and bundled (dist/index.js);
 * `import.meta.dirname` survives ncc bundling where `new URL(…, import.meta.url)` does not.
 */
export const ACTION_ROOT = path.resolve(import.meta.dirname, '..')
