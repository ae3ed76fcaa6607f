import { closeSync, fstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import * as path from 'node:path'
import { ACTION_ROOT } from '../action-root.js'
import { InputError } from '../errors.js'
import type { TemplateDocument } from './document.js'

export interface TemplateSource {
  name: string
  /** What messages show: 'templates/<name>.yml' for built-ins, the workspace-relative path otherwise. */
  file: string
  text: string
  builtin: boolean
  /** A built-in template as parsed at build time, when that matches `text`: no YAML parsing needed. */
  document?: TemplateDocument
}

const BUILTIN_FOLDER = 'templates'
const BUILTIN_EXTENSION = '.yml'
/** Where the build writes each built-in template parsed (scripts/precompile-templates.ts), as `{ text, document }`. */
export const PRECOMPILED_FOLDER = 'dist/templates'

let builtinNames: string[] | undefined

/** Names of the templates shipped in the action's templates/ folder, sorted; read once. */
export function builtinTemplateNames(): string[] {
  builtinNames ??= readBuiltinNames()
  return [...builtinNames]
}

function readBuiltinNames(): string[] {
  try {
    return readdirSync(path.join(ACTION_ROOT, BUILTIN_FOLDER))
      .filter(entry => entry.endsWith(BUILTIN_EXTENSION))
      .map(entry => entry.slice(0, -BUILTIN_EXTENSION.length))
      .sort()
  } catch {
    return []
  }
}

/** A bare name (no folder, no extension) is a built-in when one exists; anything else is a file inside the workspace. */
export function loadTemplate(ref: string, workspace: string): TemplateSource {
  const wanted = ref.trim()
  if (isBuiltinName(wanted)) {
    const file = `${BUILTIN_FOLDER}/${wanted}${BUILTIN_EXTENSION}`
    const text = readFileSync(path.join(ACTION_ROOT, file), 'utf8')
    const document = precompiledDocument(wanted, text)
    return { name: wanted, file, text, builtin: true, ...(document && { document }) }
  }
  const root = path.resolve(workspace)
  const target = path.resolve(root, wanted)
  if (wanted && !isInside(root, target)) throw outsideWorkspace(wanted, root)
  if (!wanted || !isFile(target)) throw notFound(wanted, root)
  // symlinks resolved too: a link in the repository must not expose a file from elsewhere on the runner
  if (!isInside(realpathSync(root), realpathSync(target))) throw outsideWorkspace(wanted, root)
  const file = path.relative(root, target).split(path.sep).join('/')
  return {
    name: path.basename(target, path.extname(target)),
    file,
    text: readTemplateFile(target, file),
    builtin: false
  }
}

/**
 * The largest template file read: 256 KiB. The largest payload any supported platform takes is about 150 KB, and
 * the largest built-in template is under 6 KB: a bigger file can only be a mistake or an attack. Within this size
 * the worst template (every line a Liquid value) parses and is analysed in well under a second.
 */
export const MAX_TEMPLATE_BYTES = 256 * 1024

/** Reads a template file, its size checked on the open file before anything is read. */
function readTemplateFile(target: string, file: string): string {
  const fd = openSync(target, 'r')
  try {
    const { size } = fstatSync(fd)
    if (size > MAX_TEMPLATE_BYTES) {
      throw new InputError(
        'template',
        `"${file}" is ${size.toLocaleString('en-US')} bytes, over the ${MAX_TEMPLATE_BYTES.toLocaleString('en-US')} bytes (256 KiB) a template file may have`,
        'Shorten it: a template describes one message or issue, and its data comes from the alert and vars.'
      )
    }
    return readFileSync(fd, 'utf8')
  } finally {
    closeSync(fd)
  }
}

/** The build's parse of a built-in template; ignored unless made from this very text (a stale build, tests). */
function precompiledDocument(name: string, text: string): TemplateDocument | undefined {
  try {
    const precompiled = JSON.parse(
      readFileSync(path.join(ACTION_ROOT, PRECOMPILED_FOLDER, `${name}.json`), 'utf8')
    ) as { text: string; document: TemplateDocument }
    return precompiled.text === text ? precompiled.document : undefined
  } catch {
    return undefined
  }
}

function isBuiltinName(ref: string): boolean {
  return !/[/\\]/.test(ref) && path.extname(ref) === '' && builtinTemplateNames().includes(ref)
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile()
  } catch {
    return false
  }
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file)
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative)
}

function outsideWorkspace(ref: string, workspace: string): InputError {
  return new InputError(
    'template',
    `"${ref}" is outside the workspace`,
    `Use a template file inside the repository (${workspace}).`
  )
}

function notFound(ref: string, workspace: string): InputError {
  return new InputError(
    'template',
    `no built-in template or file named "${ref}"`,
    `Use one of: ${builtinTemplateNames().join(', ')} or a path relative to the workspace (${workspace}).`
  )
}
