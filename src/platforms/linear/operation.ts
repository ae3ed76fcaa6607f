import { GraphQLError } from 'graphql/error/GraphQLError.js'
import type {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  ObjectValueNode,
  OperationDefinitionNode,
  SelectionSetNode,
  TypeNode,
  ValueNode
} from 'graphql/language/ast.js'
import { Kind } from 'graphql/language/kinds.js'
import { parse } from 'graphql/language/parser.js'
import { print } from 'graphql/language/printer.js'
import { visit } from 'graphql/language/visitor.js'
import { isObject } from '../shared/json.js'
import type { Json } from '../../json.js'
import { valueAt } from './variable-values.js'

// The create payload's GraphQL document, read by graphql-js after rendering (alert text included): exactly one
// mutation whose only root field is issueCreate, the variables it declares and uses, issueCreate's input, and where
// the reply holds what the action reads.

/** What issueCreate must select for the action to output the issue's URL and identifier. */
export const SELECTION_HELP =
  'select `success issue { id identifier url }` so the action can output the issue URL and identifier'

const MUTATION_EXAMPLE =
  'mutation CreateIssue($title: String!, $teamId: String!) ' +
  '{ issueCreate(input: {title: $title, teamId: $teamId}) { success issue { id identifier url } } }'

/** Fields of IssueCreateInput whose values are checked and fitted (types from Linear's schema). */
export const ISSUE_INPUT_FIELDS: Record<string, string> = {
  title: 'String',
  description: 'String',
  priority: 'Int',
  labelIds: '[String!]',
  teamId: 'String!'
}

interface VariableDefinition {
  type: TypeNode
  hasDefault: boolean
}

/** Where issueCreate's input comes from: one `$input` variable, or an object literal of fields. */
interface IssueInput {
  /** `issueCreate(input: $input)`: every field lives in this variable. */
  variable?: string
  /** `issueCreate(input: {title: $title})`: the object as written, where fields can be added. */
  object?: ObjectValueNode
  /** `issueCreate(input: {title: $title})`: field → variable feeding it. */
  fieldVariables: Map<string, string>
  /** `issueCreate(input: {teamId: "…"})`: field → the value written into the query. */
  fieldLiterals: Map<string, ValueNode>
}

/** Where the reply's `data` holds each value the action reads: paths of response keys (aliases as written). */
export interface ReplyPaths {
  result: string[]
  success?: string[]
  url?: string[]
  identifier?: string[]
}

/** The reply of an issueCreate nobody aliased. */
export const PLAIN_REPLY: ReplyPaths = {
  result: ['issueCreate'],
  success: ['issueCreate', 'success'],
  url: ['issueCreate', 'issue', 'url'],
  identifier: ['issueCreate', 'issue', 'identifier']
}

export interface IssueCreateOperation {
  document: DocumentNode
  operation: OperationDefinitionNode
  name?: string
  variables: Map<string, VariableDefinition>
  /** Variables referenced outside the definitions. */
  used: Set<string>
  input: IssueInput
  reply: ReplyPaths
}

type OperationReading = { operation: IssueCreateOperation } | { problem: string }

type Fragments = Map<string, FragmentDefinitionNode>

function parsed(query: string): DocumentNode | string {
  try {
    return parse(query, { noLocation: true })
  } catch (error) {
    // The parser descends recursively: brackets nested thousands deep exhaust the stack.
    if (error instanceof RangeError) return 'is nested too deeply to be read as GraphQL'
    if (!(error instanceof GraphQLError)) throw error
    const at = error.locations?.[0]
    const where = at ? ` (line ${at.line}, column ${at.column} of the query)` : ''
    return `is not valid GraphQL: ${error.message.replace(/^Syntax Error: /, '')}${where}`
  }
}

/**
 * The fields a selection set asks for at its own level, fragments (spread or inline) included. A named fragment is
 * expanded once per `expanded` set, so a cycle ends and a fragment spread many times costs nothing more.
 */
function fieldsOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Fragments,
  expanded = new Set<string>()
): FieldNode[] {
  const fields: FieldNode[] = []
  const pending = [...(selectionSet?.selections ?? [])].reverse()
  for (let selection = pending.pop(); selection; selection = pending.pop()) {
    if (selection.kind === Kind.FIELD) {
      fields.push(selection)
      continue
    }
    let inner: SelectionSetNode | undefined = undefined
    if (selection.kind === Kind.INLINE_FRAGMENT) inner = selection.selectionSet
    else if (!expanded.has(selection.name.value)) {
      expanded.add(selection.name.value)
      inner = fragments.get(selection.name.value)?.selectionSet
    }
    if (inner) pending.push(...[...inner.selections].reverse())
  }
  return fields
}

function responseKey(field: FieldNode): string {
  return field.alias?.value ?? field.name.value
}

function replyPaths(issueCreate: FieldNode, fragments: Fragments): ReplyPaths {
  const paths: ReplyPaths = { result: [responseKey(issueCreate)] }
  // One set for every `issue` selected: what a fragment holds was found the first time it was expanded.
  const expandedInIssue = new Set<string>()
  for (const field of fieldsOf(issueCreate.selectionSet, fragments)) {
    const path = [...paths.result, responseKey(field)]
    if (field.name.value === 'success') paths.success ??= path
    if (field.name.value !== 'issue') continue
    for (const leaf of fieldsOf(field.selectionSet, fragments, expandedInIssue)) {
      if (leaf.name.value === 'url') paths.url ??= [...path, responseKey(leaf)]
      if (leaf.name.value === 'identifier') paths.identifier ??= [...path, responseKey(leaf)]
    }
  }
  return paths
}

function issueInput(issueCreate: FieldNode): IssueInput {
  const input: IssueInput = { fieldVariables: new Map(), fieldLiterals: new Map() }
  const value = issueCreate.arguments?.find(argument => argument.name.value === 'input')?.value
  if (value?.kind === Kind.VARIABLE) return { ...input, variable: value.name.value }
  if (value?.kind !== Kind.OBJECT) return input
  for (const field of value.fields) {
    if (field.value.kind === Kind.VARIABLE) input.fieldVariables.set(field.name.value, field.value.name.value)
    else input.fieldLiterals.set(field.name.value, field.value)
  }
  return { ...input, object: value }
}

/** Variables used anywhere but in their definitions, and fragment spreads naming no fragment. */
function references(document: DocumentNode, fragments: Fragments): { used: Set<string>; unknown: Set<string> } {
  const used = new Set<string>()
  const unknown = new Set<string>()
  visit(document, {
    VariableDefinition: () => false,
    Variable: node => void used.add(node.name.value),
    FragmentSpread: node => void (fragments.has(node.name.value) || unknown.add(node.name.value))
  })
  return { used, unknown }
}

/** The one mutation and its issueCreate field, or why the document is not a single issueCreate mutation. */
function theIssueCreate(
  document: DocumentNode,
  fragments: Fragments
): { operation: OperationDefinitionNode; field: FieldNode } | string {
  const foreign = document.definitions.find(
    definition => definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION
  )
  if (foreign) return `holds ${foreign.kind} (not an operation): send only the mutation and its fragments`
  const operations = document.definitions.filter(definition => definition.kind === Kind.OPERATION_DEFINITION)
  const operation = operations.find(definition => definition.operation === 'mutation')
  if (!operation) return `has no \`mutation\`: write ${MUTATION_EXAMPLE}`
  if (operations.length > 1) {
    return `holds ${operations.length} operations: the action sends exactly one, the issueCreate mutation; remove the others`
  }
  const roots = fieldsOf(operation.selectionSet, fragments)
  const others = [...new Set(roots.map(field => field.name.value).filter(name => name !== 'issueCreate'))]
  const creates = roots.filter(field => field.name.value === 'issueCreate').length
  if (creates === 0) return `does not call issueCreate: write ${MUTATION_EXAMPLE}`
  if (others.length > 0) {
    return (
      `asks for ${others.join(', ')} besides issueCreate: the only field allowed at the mutation's root is issueCreate ` +
      '(alert text belongs in variables, where it cannot add fields to the query)'
    )
  }
  if (creates > 1) return `calls issueCreate ${creates} times: an alert creates one issue`
  return { operation, field: roots[0] }
}

/** The create payload's `query` read whole; a problem (for the `query` path) when it is not one issueCreate. */
export function readOperation(query: string): OperationReading {
  const document = parsed(query)
  if (typeof document === 'string') return { problem: document }
  const fragments: Fragments = new Map()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  const found = theIssueCreate(document, fragments)
  if (typeof found === 'string') return { problem: found }
  const { used, unknown } = references(document, fragments)
  if (unknown.size > 0) return { problem: `spreads ...${[...unknown].join(', ...')}, which it does not define` }
  const { operation, field } = found
  const variables = new Map<string, VariableDefinition>()
  for (const definition of operation.variableDefinitions ?? []) {
    variables.set(definition.variable.name.value, { type: definition.type, hasDefault: !!definition.defaultValue })
  }
  return {
    operation: {
      document,
      operation,
      name: operation.name?.value,
      variables,
      used,
      input: issueInput(field),
      reply: replyPaths(field, fragments)
    }
  }
}

/** The operation of a payload whose `query` reads as one issueCreate mutation. */
export function issueCreateOf(payload: { query?: unknown }): IssueCreateOperation | undefined {
  if (typeof payload.query !== 'string') return undefined
  const reading = readOperation(payload.query)
  return 'operation' in reading ? reading.operation : undefined
}

/** The path inside `variables` that feeds an IssueCreateInput field, when a variable feeds it. */
export function locate(operation: IssueCreateOperation, field: string): string[] | undefined {
  const { input } = operation
  if (input.variable) return [input.variable, field]
  const variable = input.fieldVariables.get(field)
  return variable === undefined ? undefined : [variable]
}

/** The text a `teamId` written into issueCreate's input stands for (a string's content, else the value as written). */
export function teamIdLiteral(operation: IssueCreateOperation): string | undefined {
  const literal = operation.input.fieldLiterals.get('teamId')
  if (!literal) return undefined
  return literal.kind === Kind.STRING ? literal.value : print(literal)
}

/** The team the create payload files its issue in: the variable feeding `teamId`, or the value written there. */
export function teamIdOf(payload: Json): string | undefined {
  const operation = isObject(payload) ? issueCreateOf(payload) : undefined
  if (!isObject(payload) || !operation) return undefined
  const path = locate(operation, 'teamId')
  if (!path) return teamIdLiteral(operation)
  const value = valueAt(isObject(payload.variables) ? payload.variables : {}, path)
  return typeof value === 'string' ? value : undefined
}
