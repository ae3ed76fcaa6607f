import type { Problem } from '../errors.js'

/** Atlassian Document Format (the rich text of Jira REST API v3). */
export interface AdfMark {
  type: string
  attrs?: Record<string, unknown>
}

export interface AdfNode {
  type: string
  text?: string
  attrs?: Record<string, unknown>
  marks?: AdfMark[]
  content?: AdfNode[]
}

export interface AdfDoc {
  type: 'doc'
  version: 1
  content: AdfNode[]
}

// ---------------------------------------------------------------------------------------------
// Light Markdown → ADF

const FENCE_OPEN = /^ {0,3}(`{3,})([^`]*)$/
const FENCE_CLOSE = /^ {0,3}(`{3,})\s*$/
const HEADING = /^ {0,3}(#{1,6})[ \t]+(\S.*)$/
const BULLET = /^ {0,3}[-*][ \t]+(.*)$/
const ORDERED = /^ {0,3}(\d{1,9})\.[ \t]+(.*)$/
const BLANK = /^\s*$/

/**
 * Inline constructs, leftmost match wins; alternatives in priority order: `code`, [text](url), bare URL,
 * **strong**, *em*, _em_. `_em_` needs non-word characters outside, so `daily_etl_job` stays as written.
 */
const INLINE =
  /`([^`\n]+)`|\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)|(https?:\/\/[^\s<>"'`()[\]{}]+)|\*\*(?=\S)([^\n]+?)\*\*|\*(?=[^\s*])([^*\n]*?[^\s*])\*|(?<![\p{L}\p{N}_])_(?=[^\s_])([^_\n]*?[^\s_])_(?![\p{L}\p{N}_])/gu
const URL_TRAILING_PUNCTUATION = /[.,;:!?]+$/

/** Plain text or light Markdown as a valid ADF document; never emits an empty text node. */
export function markdownToAdf(text: string): AdfDoc {
  const content = parseBlocks(text.replace(/\r\n?/g, '\n').split('\n'))
  // A doc needs at least one block to show anything; an empty paragraph is valid ADF.
  return { type: 'doc', version: 1, content: content.length > 0 ? content : [{ type: 'paragraph' }] }
}

function parseBlocks(lines: string[]): AdfNode[] {
  const blocks: AdfNode[] = []
  let i = 0
  while (i < lines.length) {
    const line = lines[i]
    const fence = FENCE_OPEN.exec(line)
    if (BLANK.test(line)) {
      i++
    } else if (fence) {
      i = readCodeBlock(lines, i, fence, blocks)
    } else if (HEADING.test(line)) {
      const [, hashes, title] = HEADING.exec(line) as RegExpExecArray
      blocks.push(withContent({ type: 'heading', attrs: { level: hashes.length } }, parseInline(title.trim(), [])))
      i++
    } else if (BULLET.test(line) || ORDERED.test(line)) {
      i = readList(lines, i, blocks)
    } else {
      i = readParagraph(lines, i, blocks)
    }
  }
  return blocks
}

function readCodeBlock(lines: string[], start: number, fence: RegExpExecArray, blocks: AdfNode[]): number {
  const [, ticks, info] = fence
  const body: string[] = []
  let i = start + 1
  while (i < lines.length) {
    const close = FENCE_CLOSE.exec(lines[i])
    if (close && close[1].length >= ticks.length) break
    body.push(lines[i])
    i++
  }
  const language = info.trim().split(/\s+/)[0]
  const code = body.join('\n')
  blocks.push({
    type: 'codeBlock',
    ...(language ? { attrs: { language } } : {}),
    ...(code ? { content: [{ type: 'text', text: code }] } : {})
  })
  return i + 1 // past the closing fence (or the end when the block is never closed)
}

function readList(lines: string[], start: number, blocks: AdfNode[]): number {
  const ordered = ORDERED.exec(lines[start])
  const pattern = ordered ? ORDERED : BULLET
  const items: AdfNode[] = []
  let i = start
  let match: RegExpExecArray | null
  while (i < lines.length && (match = pattern.exec(lines[i]))) {
    const itemText = (ordered ? match[2] : match[1]).trim()
    items.push({ type: 'listItem', content: [withContent({ type: 'paragraph' }, parseInline(itemText, []))] })
    i++
  }
  const first = ordered ? Number(ordered[1]) : 1
  blocks.push(
    ordered
      ? { type: 'orderedList', ...(first !== 1 ? { attrs: { order: first } } : {}), content: items }
      : { type: 'bulletList', content: items }
  )
  return i
}

function readParagraph(lines: string[], start: number, blocks: AdfNode[]): number {
  const inline: AdfNode[] = []
  let i = start
  while (i < lines.length && startsParagraphLine(lines[i], i === start)) {
    if (i > start) inline.push({ type: 'hardBreak' })
    inline.push(...parseInline(lines[i], []))
    i++
  }
  blocks.push(withContent({ type: 'paragraph' }, inline))
  return i
}

/** Whether `line` continues a paragraph (the first line always does: nothing else claimed it). */
function startsParagraphLine(line: string, first: boolean): boolean {
  if (first) return true
  return !BLANK.test(line) && !FENCE_OPEN.test(line) && !HEADING.test(line) && !BULLET.test(line) && !ORDERED.test(line)
}

function withContent(node: AdfNode, content: AdfNode[]): AdfNode {
  return content.length > 0 ? { ...node, content } : node
}

function parseInline(text: string, marks: AdfMark[]): AdfNode[] {
  const nodes: AdfNode[] = []
  const pattern = new RegExp(INLINE.source, INLINE.flags)
  let last = 0
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text))) {
    appendText(nodes, text.slice(last, match.index), marks)
    last = match.index + match[0].length
    const [whole, code, linkText, linkHref, url, strong, starEm, underscoreEm] = match
    if (code !== undefined) {
      // The schema lets `code` combine only with `link`.
      appendText(nodes, code, [...marks.filter(m => m.type === 'link'), { type: 'code' }])
    } else if (linkText !== undefined) {
      nodes.push(...parseInline(linkText, addMark(marks, { type: 'link', attrs: { href: linkHref } })))
    } else if (url !== undefined) {
      const href = url.replace(URL_TRAILING_PUNCTUATION, '')
      // Punctuation that ends a sentence is not part of the URL: give it back to the text.
      last -= url.length - href.length
      if (/^https?:\/\/.+/.test(href)) appendText(nodes, href, addMark(marks, { type: 'link', attrs: { href } }))
      else appendText(nodes, href, marks)
    } else if (strong !== undefined) {
      nodes.push(...parseInline(strong, addMark(marks, { type: 'strong' })))
    } else {
      nodes.push(...parseInline(starEm ?? underscoreEm ?? whole, addMark(marks, { type: 'em' })))
    }
    pattern.lastIndex = last
  }
  appendText(nodes, text.slice(last), marks)
  return mergeAdjacentText(nodes)
}

function addMark(marks: AdfMark[], mark: AdfMark): AdfMark[] {
  if (marks.some(m => m.type === mark.type)) return marks // the outer one wins; ADF marks are unique per type
  // Inside `code` nothing else but `link` may apply.
  if (marks.some(m => m.type === 'code') && mark.type !== 'link') return marks
  return [...marks, mark]
}

function appendText(nodes: AdfNode[], text: string, marks: AdfMark[]): void {
  if (text === '') return
  nodes.push(marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text })
}

function mergeAdjacentText(nodes: AdfNode[]): AdfNode[] {
  const merged: AdfNode[] = []
  for (const node of nodes) {
    const previous = merged[merged.length - 1]
    if (previous?.type === 'text' && node.type === 'text' && sameMarks(previous.marks, node.marks)) {
      merged[merged.length - 1] = { ...previous, text: `${previous.text}${node.text}` }
    } else {
      merged.push(node)
    }
  }
  return merged
}

function sameMarks(a: AdfMark[] | undefined, b: AdfMark[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? [])
}

// ---------------------------------------------------------------------------------------------
// Structural validation

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
const NODE_RULES: Record<string, NodeRule> = {
  paragraph: { children: INLINE_NODES, blockMarks: true },
  heading: { children: INLINE_NODES, requiredAttrs: ['level'], blockMarks: true },
  codeBlock: { children: ['text'], blockMarks: true },
  bulletList: { children: ['listItem'], needsContent: true },
  orderedList: { children: ['listItem'], needsContent: true },
  listItem: { children: LIST_ITEM_BLOCKS, needsContent: true },
  blockquote: { children: LIST_ITEM_BLOCKS, needsContent: true },
  panel: { children: ['paragraph', 'heading', 'bulletList', 'orderedList', 'codeBlock', 'rule'], needsContent: true, requiredAttrs: ['panelType'] },
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
const DOC_BLOCKS = ['paragraph', 'heading', 'codeBlock', 'bulletList', 'orderedList', 'blockquote', 'panel', 'rule', 'table']
const TEXT_MARKS = ['strong', 'em', 'code', 'link', 'strike', 'underline', 'textColor', 'subsup', 'backgroundColor']
/** Marks `code` may be combined with. */
const CODE_COMPANIONS = ['code', 'link']

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The facts about an ADF document that decide whether Jira accepts it, checked by hand (fast, no schema
 * engine at run time). `path` prefixes every problem's path, e.g. `fields.description`.
 */
export function validateAdf(doc: unknown, path: string): Problem[] {
  const problems: Problem[] = []
  if (!isObject(doc)) return [{ path, message: 'must be an ADF document: {"type": "doc", "version": 1, "content": [...]}' }]
  if (doc.type !== 'doc') problems.push({ path: `${path}.type`, message: `must be "doc", not ${JSON.stringify(doc.type)}` })
  if (doc.version !== 1) problems.push({ path: `${path}.version`, message: `must be 1, not ${JSON.stringify(doc.version)}` })
  for (const key of Object.keys(doc)) {
    if (!['type', 'version', 'content'].includes(key)) problems.push({ path: `${path}.${key}`, message: 'is not allowed on the doc node' })
  }
  if (!Array.isArray(doc.content)) {
    problems.push({ path: `${path}.content`, message: 'must be an array of block nodes' })
  } else {
    checkChildren(doc.content, DOC_BLOCKS, 'doc', `${path}.content`, problems)
  }
  return problems
}

function checkChildren(children: unknown[], allowed: readonly string[], parent: string, path: string, problems: Problem[]): void {
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
    problems.push({ path: `${path}.type`, message: `a ${node.type} node cannot appear inside ${parent} (allowed: ${allowed.join(', ')})` })
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
    if (!allowedKeys.includes(key)) problems.push({ path: `${path}.${key}`, message: `is not allowed on a ${node.type} node` })
  }
  if (rule.blockMarks && node.marks !== undefined && !Array.isArray(node.marks)) {
    problems.push({ path: `${path}.marks`, message: 'must be an array' })
  }
}

function checkAttrs(node: Json, rule: NodeRule, path: string, problems: Problem[]): void {
  if (node.attrs === undefined) {
    if (rule.requiredAttrs) problems.push({ path: `${path}.attrs`, message: `a ${node.type} node needs attrs ${rule.requiredAttrs.join(', ')}` })
    return
  }
  if (!isObject(node.attrs)) {
    problems.push({ path: `${path}.attrs`, message: 'must be an object' })
    return
  }
  for (const key of rule.requiredAttrs ?? []) {
    if (node.attrs[key] === undefined) problems.push({ path: `${path}.attrs.${key}`, message: `is required on a ${node.type} node` })
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
    if (rule.needsContent) problems.push({ path: `${path}.content`, message: `a ${node.type} node needs at least one child` })
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

// ---------------------------------------------------------------------------------------------
// Clean-up of rendered documents

/** Nodes that mean nothing without children (a paragraph whose values were all missing). */
const CONTAINERS = new Set(Object.keys(NODE_RULES).filter(type => NODE_RULES[type].children))

/**
 * Removes what missing template values leave behind: text nodes without text, then containers with nothing
 * but line breaks in them, and link marks without href. Returns the paths of the removed link marks: losing
 * a link on text that stays is a visible change, while removed empty nodes showed nothing anyway.
 */
export function dropEmptyNodes(doc: AdfDoc, path: string): { doc: AdfDoc; unlinked: string[] } {
  const unlinked: string[] = []
  const content = pruneChildren(doc.content, `${path}.content`, unlinked)
  return { doc: { ...doc, content }, unlinked }
}

function pruneChildren(children: AdfNode[], path: string, unlinked: string[]): AdfNode[] {
  return children.flatMap((child, index) => pruneNode(child, `${path}[${index}]`, unlinked) ?? [])
}

/** The keys a block or inline node may carry; a node with others was written wrong and is left for validation. */
const NODE_KEYS = new Set(['type', 'content', 'attrs', 'marks'])

function pruneNode(node: AdfNode, path: string, unlinked: string[]): AdfNode | undefined {
  if (!isObject(node)) return node // not ADF: left for validation to report
  if (node.type === 'text') return pruneText(node, path, unlinked)
  // Only nodes emptied by missing values are dropped; a malformed one (`text:` on a paragraph) must be reported.
  if (Object.keys(node).some(key => !NODE_KEYS.has(key))) return node
  if (!CONTAINERS.has(node.type) || (node.content !== undefined && !Array.isArray(node.content))) return node
  const content = pruneChildren(node.content ?? [], `${path}.content`, unlinked)
  if (!content.some(child => child.type !== 'hardBreak')) return undefined
  return { ...node, content }
}

function pruneText(node: AdfNode, path: string, unlinked: string[]): AdfNode | undefined {
  // Absent or empty: the value was missing. Any other non-text value is a template error for validation.
  if (node.text === undefined || node.text === '') return undefined
  if (typeof node.text !== 'string') return node
  if (!Array.isArray(node.marks)) return node
  const marks = node.marks.filter((mark, index) => {
    const hrefless = isObject(mark) && mark.type === 'link' && !(isObject(mark.attrs) && typeof mark.attrs.href === 'string' && mark.attrs.href !== '')
    if (hrefless) unlinked.push(`${path}.marks[${index}]`)
    return !hrefless
  })
  if (marks.length === node.marks.length) return node
  const { marks: _removed, ...rest } = node
  return marks.length > 0 ? { ...rest, marks } : rest
}

/** Every text node of `node` (depth first) with its path. */
export function textNodes(node: AdfNode | AdfDoc, path: string): { node: AdfNode; path: string }[] {
  if (node.type === 'text') return typeof node.text === 'string' ? [{ node: node as AdfNode, path }] : []
  if (!Array.isArray(node.content)) return []
  return node.content.flatMap((child, index) => (isObject(child) ? textNodes(child, `${path}.content[${index}]`) : []))
}
