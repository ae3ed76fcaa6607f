import { readdirSync, statSync, type Dirent } from 'node:fs'
import * as path from 'node:path'
import { builtinTemplateNames } from '../template/load.js'

/** Where check mode looks when the `template` input is empty. */
export const DEFAULT_TEMPLATE_FOLDER = '.github/dagster-templates'

/** What a folder contributes: files a template can be written in. */
const TEMPLATE_EXTENSIONS = new Set(['.yml', '.yaml', '.json'])
/** Never searched: they hold no templates and can be huge. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules'])
/** Bounds each walk, so a glob over a huge repository cannot stall the check. */
export const MAX_ENTRIES = 50_000
const GLOB_CHARACTERS = /[*?[{]/

export interface FoundTemplates {
  /** Template references for loadTemplate: workspace-relative paths (sorted) or built-in names. */
  files: string[]
  /** Patterns that matched nothing or point outside the workspace, each with the reason. */
  unmatched: { pattern: string; reason: string }[]
  /** Patterns whose search stopped at MAX_ENTRIES files and folders: what they matched is incomplete. */
  unfinished: string[]
}

/** The `template` input in check mode: one path, glob or folder a line; `!pattern` excludes. */
export function templatePatterns(input: string | undefined): string[] {
  const patterns = (input ?? '')
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '' && !line.startsWith('#'))
  return patterns.length > 0 ? patterns : [DEFAULT_TEMPLATE_FOLDER]
}

/** Resolves paths, folders (their .yml/.yaml/.json files, recursively), globs and built-in names. */
export function findTemplates(patterns: string[], workspace: string): FoundTemplates {
  const root = path.resolve(workspace)
  const found = new Set<string>()
  const excluded = new Set<string>()
  const unmatched: FoundTemplates['unmatched'] = []
  const unfinished: string[] = []
  for (const pattern of patterns) {
    const exclude = pattern.startsWith('!')
    const wanted = normalise(exclude ? pattern.slice(1) : pattern)
    if (escapesWorkspace(wanted)) {
      unmatched.push({ pattern, reason: 'is outside the workspace; templates must be files in the repository' })
      continue
    }
    const { matches, finished } = resolvePattern(wanted, root)
    if (!finished) unfinished.push(pattern)
    if (exclude) matches.forEach(file => excluded.add(file))
    else if (matches.length > 0) matches.forEach(file => found.add(file))
    else if (finished) unmatched.push({ pattern, reason: describeNoMatch(wanted, root) })
  }
  return { files: [...found].filter(file => !excluded.has(file)).sort(), unmatched, unfinished }
}

function normalise(pattern: string): string {
  return pattern
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '')
}

function escapesWorkspace(pattern: string): boolean {
  return path.posix.isAbsolute(pattern) || /^[A-Za-z]:/.test(pattern) || pattern.split('/').includes('..')
}

/** What a pattern matches, and whether the search saw everything (it stops at MAX_ENTRIES). */
interface Resolved {
  matches: string[]
  finished: boolean
}

function resolvePattern(pattern: string, root: string): Resolved {
  if (GLOB_CHARACTERS.test(pattern)) return matchGlob(pattern, root)
  const kind = entryKind(path.join(root, pattern))
  if (kind === 'file') return { matches: [pattern], finished: true }
  if (kind === 'folder')
    return filtered(walk(root, pattern), file => TEMPLATE_EXTENSIONS.has(path.posix.extname(file).toLowerCase()))
  return { matches: builtinTemplateNames().includes(pattern) ? [pattern] : [], finished: true }
}

function filtered(walked: Walked, keep: (file: string) => boolean): Resolved {
  return { matches: walked.files.filter(keep), finished: walked.finished }
}

function describeNoMatch(pattern: string, root: string): string {
  if (GLOB_CHARACTERS.test(pattern)) return 'matches no file in the workspace'
  if (entryKind(path.join(root, pattern)) === 'folder') return 'is a folder with no .yml, .yaml or .json file'
  return `is neither a file or folder in the workspace nor a built-in template (${builtinTemplateNames().join(', ')})`
}

function entryKind(file: string): 'file' | 'folder' | undefined {
  try {
    const stats = statSync(file)
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : undefined
  } catch {
    return undefined
  }
}

/** Files matching a glob: `*` and `?` within one path segment, `**` across segments, `{a,b}`, `[abc]`. */
function matchGlob(pattern: string, root: string): Resolved {
  const segments = pattern.split('/')
  const firstGlob = segments.findIndex(segment => GLOB_CHARACTERS.test(segment))
  const base = segments.slice(0, firstGlob).join('/')
  if (base && entryKind(path.join(root, base)) !== 'folder') return { matches: [], finished: true }
  const regex = globToRegExp(pattern)
  return filtered(walk(root, base), file => regex.test(file))
}

function globToRegExp(glob: string): RegExp {
  let source = ''
  let braces = 0
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]
    if (glob.startsWith('**/', i)) {
      source += '(?:[^/]*/)*'
      i += 2
    } else if (glob.startsWith('**', i)) {
      source += '.*'
      i += 1
    } else if (ch === '*') source += '[^/]*'
    else if (ch === '?') source += '[^/]'
    else if (ch === '{') {
      braces++
      source += '(?:'
    } else if (ch === '}' && braces > 0) {
      braces--
      source += ')'
    } else if (ch === ',' && braces > 0) source += '|'
    else if (ch === '[' && glob.indexOf(']', i + 2) > i) {
      const end = glob.indexOf(']', i + 2)
      const body = glob
        .slice(i + 1, end)
        .replace(/^!/, '^')
        .replace(/\\/g, '\\\\')
      source += `[${body}]`
      i = end
    } else source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}${')'.repeat(braces)}$`)
}

/** Workspace-relative paths of the files under a folder, and whether the walk saw all its entries. */
interface Walked {
  files: string[]
  finished: boolean
}

/** The files under `folder` ('' for the root), symlinked folders not followed; stops after MAX_ENTRIES entries. */
function walk(root: string, folder: string): Walked {
  const files: string[] = []
  const pending = [folder]
  let seen = 0
  while (pending.length > 0) {
    const current = pending.pop() as string
    for (const entry of readEntries(path.join(root, current))) {
      if (++seen > MAX_ENTRIES) return { files, finished: false }
      const relative = current ? `${current}/${entry.name}` : entry.name
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) pending.push(relative)
      } else if (entry.isFile() || (entry.isSymbolicLink() && entryKind(path.join(root, relative)) === 'file')) {
        files.push(relative)
      }
    }
  }
  return { files, finished: true }
}

function readEntries(folder: string): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
  } catch {
    return []
  }
}
