import type { LeafVariable } from './engine.js'
import { TEMPLATE_FILTERS, type FilterCall, type TemplateFilter } from './filters.js'
import { MemoryBudget, RENDER_LIMITS, type SharedLimits } from './render-limits.js'
import { isFalsy, STANDARD_FILTERS, stringify } from './standard-filters.js'

// A built-in template's Liquid leaves, precompiled by the build (src/template/precompile.ts) into plain data that
// this small interpreter renders exactly as liquidjs would: a send with a built-in template never loads liquidjs
// (a third of the bundle) nor parses Liquid. Every construct here is one the built-ins use; the precompiler
// leaves anything else in Liquid form. __tests__/template-program.test.ts renders every built-in both ways.

/** A constant, or a variable read from the render scope along a path of names and indexes. */
export type Operand = { constant: string | number | boolean } | { path: Array<string | number> }

export type Operator = '==' | '!=' | '>' | '<' | '>=' | '<=' | 'contains' | 'not' | 'and' | 'or'

/** An expression in postfix order (as liquidjs evaluates it), then its filters in turn. */
export interface FilteredValue {
  postfix: Array<Operand | { operator: Operator }>
  filters: Array<{ name: string; args: Operand[] }>
}

export type ProgramNode =
  | { text: string }
  | { output: FilteredValue }
  /** if/elsif/else, and unless (its first branch renders when the test is falsy) */
  | { branches: Array<{ test: FilteredValue; unless?: true; body: ProgramNode[] }>; otherwise: ProgramNode[] }
  /** case/when: like liquidjs, every `when` with a matching value renders, in order */
  | { case: FilteredValue; whens: Array<{ values: Operand[]; body: ProgramNode[] }>; otherwise: ProgramNode[] }
  | { capture: string; body: ProgramNode[] }

/** One leaf: text made of nodes, or (exactly `<< expr >>`) the expression's value with its type kept. */
export type LeafProgram = ({ nodes: ProgramNode[] } | { whole: FilteredValue }) & { variables: LeafVariable[] }

/** The filters a program may name: the template filters and the standard ones it implements. */
const PROGRAM_FILTERS: Record<string, TemplateFilter> = {
  ...Object.fromEntries(Object.entries(STANDARD_FILTERS).map(([name, { filter }]) => [name, filter])),
  ...TEMPLATE_FILTERS
}

/** Renders the leaves of one document; all leaves share one memory budget, each has its own captures. */
export interface ProgramSession {
  render(leaf: LeafProgram): unknown
}

export function startProgramRender(scope: Record<string, unknown>, shared?: SharedLimits): ProgramSession {
  const call: FilterCall = { context: { memoryLimit: new MemoryBudget(RENDER_LIMITS.memoryLimit, shared?.memory) } }
  return {
    render(leaf) {
      const run: Run = { scope, captured: Object.create(null) as Record<string, string>, call }
      return 'whole' in leaf ? evaluate(leaf.whole, run) : renderNodes(leaf.nodes, run)
    }
  }
}

interface Run {
  scope: Record<string, unknown>
  /** `capture` results, read before the scope (liquidjs's bottom scope) */
  captured: Record<string, string>
  call: FilterCall
}

function renderNodes(nodes: ProgramNode[], run: Run): string {
  let text = ''
  for (const node of nodes) text += renderNode(node, run)
  return text
}

function renderNode(node: ProgramNode, run: Run): string {
  if ('text' in node) return node.text
  if ('output' in node) return stringify(evaluate(node.output, run))
  if ('capture' in node) {
    run.captured[node.capture] = renderNodes(node.body, run)
    return ''
  }
  if ('case' in node) {
    const subject = evaluate(node.case, run)
    let text = ''
    let matched = false
    for (const when of node.whens) {
      if (when.values.some(value => equals(subject, operand(value, run)))) {
        text += renderNodes(when.body, run)
        matched = true
      }
    }
    return matched ? text : renderNodes(node.otherwise, run)
  }
  for (const branch of node.branches) {
    if (isFalsy(evaluate(branch.test, run)) === Boolean(branch.unless)) return renderNodes(branch.body, run)
  }
  return renderNodes(node.otherwise, run)
}

function evaluate(value: FilteredValue, run: Run): unknown {
  const stack: unknown[] = []
  for (const step of value.postfix) {
    if (!('operator' in step)) stack.push(operand(step, run))
    else if (step.operator === 'not') stack.push(isFalsy(stack.pop()))
    else {
      const right = stack.pop()
      stack.push(OPERATORS[step.operator](stack.pop(), right))
    }
  }
  let result = stack[0]
  for (const filter of value.filters) {
    result = PROGRAM_FILTERS[filter.name].call(run.call, result, ...filter.args.map(arg => operand(arg, run)))
  }
  return result
}

function operand(value: Operand, run: Run): unknown {
  if ('constant' in value) return value.constant
  const [first, ...rest] = value.path
  let current: unknown = first in run.captured ? run.captured[first] : readProperty(run.scope, first)
  for (const key of rest) current = readProperty(current, key)
  return current
}

/** liquidjs's property read with `ownPropertyOnly`: own properties only, plus `size`, `first` and `last`. */
function readProperty(target: unknown, key: string | number): unknown {
  if (target === null || target === undefined) return target
  const object = target as Record<string | number, unknown>
  if (Array.isArray(target) && typeof key === 'number') {
    const index = key < 0 ? target.length + key : key
    return Object.hasOwn(target, index) ? target[index] : undefined
  }
  const value = Object.hasOwn(object, key) ? object[key] : undefined
  if (typeof value === 'function') return (value as () => unknown).call(target)
  if (key === 'size') return readSize(object)
  if (key === 'first') return Array.isArray(target) ? readProperty(target, 0) : value
  if (key === 'last') return Array.isArray(target) ? readProperty(target, -1) : value
  return value
}

function readSize(object: Record<string, unknown>): unknown {
  if (Object.hasOwn(object, 'size') || object.size !== undefined) return object.size
  if (Array.isArray(object) || typeof object === 'string') return object.length
  if (typeof object === 'object') return Object.keys(object).length
  return undefined
}

function equals(left: unknown, right: unknown): boolean {
  if (Array.isArray(left)) {
    return Array.isArray(right) && left.length === right.length && left.every((item, i) => equals(item, right[i]))
  }
  return left === right
}

type Compare = (left: unknown, right: unknown) => boolean
const OPERATORS: Record<Exclude<Operator, 'not'>, Compare> = {
  '==': equals,
  '!=': (left, right) => !equals(left, right),
  '>': (left, right) => (left as number) > (right as number),
  '<': (left, right) => (left as number) < (right as number),
  '>=': (left, right) => (left as number) >= (right as number),
  '<=': (left, right) => (left as number) <= (right as number),
  contains: (left, right) => {
    if (Array.isArray(left)) return left.some(item => equals(item, right))
    const indexOf = (left as { indexOf?: unknown } | null | undefined)?.indexOf
    return typeof indexOf === 'function' && (indexOf as (item: unknown) => number).call(left, right) > -1
  },
  and: (left, right) => !isFalsy(left) && !isFalsy(right),
  or: (left, right) => !isFalsy(left) || !isFalsy(right)
}

/** An operator the interpreter evaluates (the precompiler leaves any other in Liquid). */
export function isOperator(name: string): name is Operator {
  return name === 'not' || Object.hasOwn(OPERATORS, name)
}
