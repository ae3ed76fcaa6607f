import type { Problem } from '../../../errors.js'

// The ADF schema's rules (contracts/adf-schema-v1-full.json; https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/)
// for the nodes and marks Jira descriptions use, checked by hand: fast, and no schema engine in the bundle.

const INLINE_NODES = ['text', 'hardBreak', 'mention', 'emoji', 'date', 'status', 'inlineCard']
const LIST_ITEM_BLOCKS = ['paragraph', 'bulletList', 'orderedList', 'codeBlock']
const CELL_BLOCKS = ['paragraph', 'heading', 'bulletList', 'orderedList', 'codeBlock', 'blockquote', 'panel', 'rule']

interface NodeRule {
  /** Child node types allowed in `content`; absent: the node takes no content. */
  children?: readonly string[]
  /** `content` must be present with at least one child. */
  needsContent?: boolean
  /** Keys of `attrs` that must be present (then `attrs` itself is required). */
  requiredAttrs?: readonly string[]
  /** The node may carry block marks (alignment, indentation, breakout…), which are not checked further. */
  blockMarks?: boolean
}

/** The nodes this check knows, with where they may appear (a subset of the ADF schema's `full.json`). */
export const NODE_RULES: Record<string, NodeRule> = {
  paragraph: { children: INLINE_NODES, blockMarks: true },
  heading: { children: INLINE_NODES, requiredAttrs: ['level'], blockMarks: true },
  codeBlock: { children: ['text'], blockMarks: true },
  bulletList: { children: ['listItem'], needsContent: true },
  orderedList: { children: ['listItem'], needsContent: true },
  listItem: { children: LIST_ITEM_BLOCKS, needsContent: true },
  blockquote: { children: LIST_ITEM_BLOCKS, needsContent: true },
  panel: {
    children: ['paragraph', 'heading', 'bulletList', 'orderedList', 'codeBlock', 'rule'],
    needsContent: true,
    requiredAttrs: ['panelType']
  },
  rule: {},
  table: { children: ['tableRow'], needsContent: true, blockMarks: true },
  tableRow: { children: ['tableCell', 'tableHeader'] },
  tableCell: { children: CELL_BLOCKS, needsContent: true },
  tableHeader: { children: CELL_BLOCKS, needsContent: true },
  text: {},
  hardBreak: {},
  mention: { requiredAttrs: ['id'] },
  emoji: { requiredAttrs: ['shortName'] },
  date: { requiredAttrs: ['timestamp'] },
  status: { requiredAttrs: ['text', 'color'] },
  inlineCard: {}
}
const DOC_BLOCKS = [
  'paragraph',
  'heading',
  'codeBlock',
  'bulletList',
  'orderedList',
  'blockquote',
  'panel',
  'rule',
  'table'
]
const TEXT_MARKS = ['strong', 'em', 'code', 'link', 'strike', 'underline', 'textColor', 'subsup', 'backgroundColor']
/** Marks `code` may be combined with. */
const CODE_COMPANIONS = ['code', 'link']

type Json = Record<string, unknown>

/** ADF arrives as any JSON (a template's output), so every check starts from `unknown`. */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The facts about an ADF document that decide whether Jira accepts it, checked by hand (fast, no schema
 * engine at run time). `path` prefixes every problem's path, e.g. `fields.description`.
 */
export function validateAdf(doc: unknown, path: string): Problem[] {
  const problems: Problem[] = []
  if (!isObject(doc))
    return [{ path, message: 'must be an ADF document: {"type": "doc", "version": 1, "content": [...]}' }]
  if (doc.type !== 'doc')
    problems.push({ path: `${path}.type`, message: `must be "doc", not ${JSON.stringify(doc.type)}` })
  if (doc.version !== 1)
    problems.push({ path: `${path}.version`, message: `must be 1, not ${JSON.stringify(doc.version)}` })
  for (const key of Object.keys(doc)) {
    if (!['type', 'version', 'content'].includes(key))
      problems.push({ path: `${path}.${key}`, message: 'is not allowed on the doc node' })
  }
  if (!Array.isArray(doc.content)) {
    problems.push({ path: `${path}.content`, message: 'must be an array of block nodes' })
  } else {
    checkChildren(doc.content, DOC_BLOCKS, 'doc', `${path}.content`, problems)
  }
  return problems
}

function checkChildren(
  children: unknown[],
  allowed: readonly string[],
  parent: string,
  path: string,
  problems: Problem[]
): void {
  children.forEach((child, index) => checkNode(child, allowed, parent, `${path}[${index}]`, problems))
}

function checkNode(node: unknown, allowed: readonly string[], parent: string, path: string, problems: Problem[]): void {
  if (!isObject(node) || typeof node.type !== 'string') {
    problems.push({ path, message: 'must be an ADF node: an object with a string "type"' })
    return
  }
  const rule = NODE_RULES[node.type]
  if (!rule) {
    problems.push({ path: `${path}.type`, message: `unknown or unsupported ADF node type "${node.type}"` })
    return
  }
  if (!allowed.includes(node.type)) {
    problems.push({
      path: `${path}.type`,
      message: `a ${node.type} node cannot appear inside ${parent} (allowed: ${allowed.join(', ')})`
    })
    return
  }
  checkKeys(node, rule, path, problems)
  checkAttrs(node, rule, path, problems)
  if (node.type === 'text') checkText(node, parent, path, problems)
  if (rule.children) checkContent(node, rule, path, problems)
}

function checkKeys(node: Json, rule: NodeRule, path: string, problems: Problem[]): void {
  // Text is the one node without attrs.
  const allowedKeys = node.type === 'text' ? ['type', 'text', 'marks'] : ['type', 'attrs']
  if (rule.children) allowedKeys.push('content')
  if (rule.blockMarks) allowedKeys.push('marks')
  for (const key of Object.keys(node)) {
    if (!allowedKeys.includes(key))
      problems.push({ path: `${path}.${key}`, message: `is not allowed on a ${node.type} node` })
  }
  if (rule.blockMarks && node.marks !== undefined && !Array.isArray(node.marks)) {
    problems.push({ path: `${path}.marks`, message: 'must be an array' })
  }
}

function checkAttrs(node: Json, rule: NodeRule, path: string, problems: Problem[]): void {
  if (node.attrs === undefined) {
    if (rule.requiredAttrs)
      problems.push({
        path: `${path}.attrs`,
        message: `a ${node.type} node needs attrs ${rule.requiredAttrs.join(', ')}`
      })
    return
  }
  if (!isObject(node.attrs)) {
    problems.push({ path: `${path}.attrs`, message: 'must be an object' })
    return
  }
  for (const key of rule.requiredAttrs ?? []) {
    if (node.attrs[key] === undefined)
      problems.push({ path: `${path}.attrs.${key}`, message: `is required on a ${node.type} node` })
  }
  const level = node.attrs.level
  if (node.type === 'heading' && level !== undefined && !(typeof level === 'number' && level >= 1 && level <= 6)) {
    problems.push({ path: `${path}.attrs.level`, message: 'must be a number from 1 to 6' })
  }
}

function checkText(node: Json, parent: string, path: string, problems: Problem[]): void {
  if (typeof node.text !== 'string' || node.text === '') {
    problems.push({ path: `${path}.text`, message: 'must be a non-empty string (Jira rejects empty text nodes)' })
  }
  if (node.marks === undefined) return
  if (!Array.isArray(node.marks)) {
    problems.push({ path: `${path}.marks`, message: 'must be an array' })
    return
  }
  if (parent === 'codeBlock' && node.marks.length > 0) {
    problems.push({ path: `${path}.marks`, message: 'text inside a codeBlock cannot have marks' })
    return
  }
  const types = node.marks.map(mark => (isObject(mark) ? mark.type : undefined))
  node.marks.forEach((mark, index) => checkMark(mark, `${path}.marks[${index}]`, problems))
  if (types.includes('code') && types.some(type => !CODE_COMPANIONS.includes(String(type)))) {
    problems.push({ path: `${path}.marks`, message: 'the code mark can only be combined with link' })
  }
}

function checkMark(mark: unknown, path: string, problems: Problem[]): void {
  if (!isObject(mark) || typeof mark.type !== 'string') {
    problems.push({ path, message: 'must be a mark: an object with a string "type"' })
    return
  }
  if (!TEXT_MARKS.includes(mark.type)) {
    problems.push({ path: `${path}.type`, message: `unknown or unsupported mark "${mark.type}"` })
    return
  }
  if (mark.type === 'link' && !(isObject(mark.attrs) && typeof mark.attrs.href === 'string')) {
    problems.push({ path: `${path}.attrs.href`, message: 'a link mark needs attrs.href (the URL)' })
  }
}

function checkContent(node: Json, rule: NodeRule, path: string, problems: Problem[]): void {
  if (node.content === undefined) {
    if (rule.needsContent)
      problems.push({ path: `${path}.content`, message: `a ${node.type} node needs at least one child` })
    return
  }
  if (!Array.isArray(node.content)) {
    problems.push({ path: `${path}.content`, message: 'must be an array' })
    return
  }
  if (rule.needsContent && node.content.length === 0) {
    problems.push({ path: `${path}.content`, message: `a ${node.type} node needs at least one child` })
  }
  checkChildren(node.content, rule.children ?? [], node.type as string, `${path}.content`, problems)
}
