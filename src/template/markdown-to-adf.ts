import { inlineSpans } from './markdown-inline.js'

/** Atlassian Document Format: the JSON rich-text document of Atlassian's APIs (the `adf` filter writes it). */
interface AdfMark {
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
    appendNodes(inline, parseInline(lines[i], []))
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
  let last = 0
  for (const span of inlineSpans(text)) {
    appendText(nodes, text.slice(last, span.start), marks)
    last = span.end
    if (span.kind === 'code') {
      // The schema lets `code` combine only with `link`.
      appendText(nodes, span.inner, [...marks.filter(m => m.type === 'link'), { type: 'code' }])
    } else if (span.kind === 'link') {
      appendNodes(nodes, parseInline(span.inner, addMark(marks, { type: 'link', attrs: { href: span.href } })))
    } else if (span.kind === 'url') {
      const { href } = span
      if (/^https?:\/\/.+/.test(href)) appendText(nodes, href, addMark(marks, { type: 'link', attrs: { href } }))
      else appendText(nodes, href, marks)
    } else {
      appendNodes(nodes, parseInline(span.inner, addMark(marks, { type: span.kind })))
    }
  }
  appendText(nodes, text.slice(last), marks)
  return mergeAdjacentText(nodes)
}

/** Appends one by one: spreading a long list into `push` arguments overflows the stack. */
function appendNodes(nodes: AdfNode[], more: AdfNode[]): void {
  for (const node of more) nodes.push(node)
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
  return a === b || JSON.stringify(a ?? []) === JSON.stringify(b ?? [])
}
