import type { AdfDoc, AdfNode } from '../../../template/markdown-to-adf.js'
import { isObject, NODE_RULES } from './validate.js'

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
    const hrefless =
      isObject(mark) &&
      mark.type === 'link' &&
      !(isObject(mark.attrs) && typeof mark.attrs.href === 'string' && mark.attrs.href !== '')
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
