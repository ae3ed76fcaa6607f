import {
  CaptureTag,
  CaseTag,
  IfTag,
  isFalsy,
  Output,
  TokenKind,
  TypeGuards,
  UnlessTag,
  type Template,
  type Token,
  type Value
} from 'liquidjs/dist/liquid.browser.mjs'
import { isLiquidText } from './compile.js'
import type { TemplateDocument, TemplateNode } from './document.js'
import { globalVariables, parseLiquid, soleOutput } from './engine.js'
import { TEMPLATE_FILTERS } from './filters.js'
import { isOperator, type FilteredValue, type LeafProgram, type Operand, type ProgramNode } from './program.js'
import { STANDARD_FILTERS } from './standard-filters.js'

// Build time only (scripts/precompile-templates.ts, tests): turns a built-in template's Liquid leaves, as liquidjs
// parses them, into the programs src/template/program.ts renders. A construct outside that subset is reported,
// and its leaf stays Liquid.

class NotPrecompilable extends Error {}

/** The document with a program on every Liquid leaf the subset covers, and why each other leaf stays Liquid. */
export function precompileDocument(document: TemplateDocument): { document: TemplateDocument; leftInLiquid: string[] } {
  const leftInLiquid: string[] = []
  const visit = (node: TemplateNode): TemplateNode => {
    switch (node.kind) {
      case 'map':
        return { ...node, entries: node.entries.map(entry => ({ ...entry, value: entry.value && visit(entry.value) })) }
      case 'seq':
        return { ...node, items: node.items.map(visit) }
      case 'scalar': {
        if (!isLiquidText(node.value)) return node
        const leaf = precompileLeaf(node.value)
        if ('program' in leaf) return { ...node, program: leaf.program }
        leftInLiquid.push(`line ${node.at.line}: ${leaf.reason}`)
        return node
      }
      case 'invalid':
        return node
    }
  }
  return { document: { ...document, body: visit(document.body) }, leftInLiquid }
}

/** One leaf's program, or why the subset cannot run it. Throws the Liquid error of a leaf that does not parse. */
export function precompileLeaf(text: string): { program: LeafProgram } | { reason: string } {
  const templates = parseLiquid(text)
  const variables = globalVariables(templates)
  try {
    const output = soleOutput(templates)
    if (output) return { program: { whole: filteredValue(output.value), variables } }
    return { program: { nodes: templates.map(programNode), variables } }
  } catch (error) {
    if (error instanceof NotPrecompilable) return { reason: error.message }
    throw error
  }
}

function programNode(template: Template): ProgramNode {
  if (template instanceof Output) return { output: filteredValue(template.value) }
  if (template.token.kind === TokenKind.HTML) return { text: (template as unknown as { str: string }).str }
  if (template instanceof IfTag) {
    return {
      branches: template.branches.map(branch => ({ test: filteredValue(branch.value), body: nodes(branch.templates) })),
      otherwise: nodes(template.elseTemplates ?? [])
    }
  }
  if (template instanceof UnlessTag) {
    return {
      branches: template.branches.map(branch => ({
        test: filteredValue(branch.value),
        ...(branch.test === isFalsy && { unless: true as const }),
        body: nodes(branch.templates)
      })),
      otherwise: nodes(template.elseTemplates)
    }
  }
  if (template instanceof CaseTag) {
    return {
      case: filteredValue(template.value),
      whens: template.branches.map(branch => ({ values: branch.values.map(operand), body: nodes(branch.templates) })),
      otherwise: nodes(template.elseTemplates)
    }
  }
  if (template instanceof CaptureTag) return { capture: template.variable, body: nodes(template.templates) }
  throw new NotPrecompilable(`the "${(template.token as { name?: string }).name ?? 'unknown'}" tag`)
}

function nodes(templates: Template[]): ProgramNode[] {
  return templates.map(programNode)
}

function filteredValue(value: Value): FilteredValue {
  return {
    postfix: value.initial.postfix.map(token => {
      if (!TypeGuards.isOperatorToken(token)) return operand(token)
      if (!isOperator(token.operator)) throw new NotPrecompilable(`the "${token.operator}" operator`)
      return { operator: token.operator }
    }),
    filters: value.filters.map(filter => {
      const args = filter.args.map(arg => {
        if (Array.isArray(arg)) throw new NotPrecompilable(`the "${filter.name}" filter with a named argument`)
        return operand(arg as Token)
      })
      if (!(filter.name in TEMPLATE_FILTERS)) checkStandardFilter(filter.name, args)
      return { name: filter.name, args }
    })
  }
}

function checkStandardFilter(name: string, args: Operand[]): void {
  const standard = STANDARD_FILTERS[name]
  if (!standard) throw new NotPrecompilable(`the "${name}" filter`)
  const [least, most] = standard.arity
  const fixed = standard.onlyArgs
  const sameArgs =
    !fixed || (args.length === fixed.length && args.every((arg, i) => 'constant' in arg && arg.constant === fixed[i]))
  if (args.length < least || args.length > most || !sameArgs) {
    throw new NotPrecompilable(
      `the "${name}" filter with ${args.length} argument(s)${fixed ? ' of another value' : ''}`
    )
  }
}

function operand(token: Token): Operand {
  if ('content' in token) {
    const constant = (token as { content: unknown }).content
    if (typeof constant === 'string' || typeof constant === 'number' || typeof constant === 'boolean')
      return { constant }
    throw new NotPrecompilable(`the literal "${token.getText()}"`)
  }
  if (TypeGuards.isPropertyAccessToken(token) && !token.variable) {
    return {
      path: token.props.map(prop => {
        const key = (prop as { content?: unknown }).content
        if (typeof key === 'string' || typeof key === 'number') return key
        throw new NotPrecompilable(`the variable "${token.getText()}"`)
      })
    }
  }
  throw new NotPrecompilable(`the expression "${token.getText()}"`)
}
