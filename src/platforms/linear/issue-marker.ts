import type { DocumentNode, ObjectFieldNode, VariableDefinitionNode, VariableNode } from 'graphql/language/ast.js'
import { Kind } from 'graphql/language/kinds.js'
import { parseType } from 'graphql/language/parser.js'
import { print } from 'graphql/language/printer.js'
import { visit } from 'graphql/language/visitor.js'
import { InputError } from '../../errors.js'
import { isObject } from '../shared/json.js'
import type { Json } from '../../json.js'
import { issueCreateOf, locate, type IssueCreateOperation } from './operation.js'
import { slotAt } from './variable-values.js'

// The marker fields the tracker adds to the create payload's issueCreate input, edited on the operation's syntax tree.

/** IssueCreateInput fields the tracker adds: `id` is set, `labelIds` merged with the template's. */
interface IssueMarkerFields {
  id: string
  labelIds: string[]
}

type MarkerField = keyof IssueMarkerFields

const MARKER_VARIABLES: Record<MarkerField, { name: string; type: string }> = {
  id: { name: 'relayIssueId', type: 'String' },
  labelIds: { name: 'relayLabelIds', type: '[String!]' }
}

function variable(field: MarkerField): VariableNode {
  return { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: MARKER_VARIABLES[field].name } }
}

/** The document with `field: $variable` first in issueCreate's input object and each variable declared. */
function withInputVariables(operation: IssueCreateOperation, fields: MarkerField[]): DocumentNode {
  const definitions = fields.map((field): VariableDefinitionNode => ({
    kind: Kind.VARIABLE_DEFINITION,
    variable: variable(field),
    type: parseType(MARKER_VARIABLES[field].type, { noLocation: true })
  }))
  const uses = fields.map((field): ObjectFieldNode => ({
    kind: Kind.OBJECT_FIELD,
    name: { kind: Kind.NAME, value: field },
    value: variable(field)
  }))
  return visit(operation.document, {
    // the document holds this one operation
    OperationDefinition: {
      leave: node => ({ ...node, variableDefinitions: [...(node.variableDefinitions ?? []), ...definitions] })
    },
    ObjectValue: node => (node === operation.input.object ? { ...node, fields: [...uses, ...node.fields] } : undefined)
  })
}

function mergedIds(value: Json | undefined, ids: string[]): Json {
  // fit has turned a text list into an array already
  const current = Array.isArray(value) ? value : []
  return [...current, ...ids.filter(id => !current.includes(id))]
}

/**
 * The create payload with the marker fields in issueCreate's input: through the variable that feeds a field, else a
 * variable added to the mutation (the query is then printed from its syntax tree, without its comments).
 */
export function withIssueMarker(payload: Json, fields: IssueMarkerFields): Json {
  const operation = isObject(payload) ? issueCreateOf(payload) : undefined
  if (!isObject(payload) || !operation) return payload
  const variables = isObject(payload.variables) ? structuredClone(payload.variables) : {}
  const added: MarkerField[] = []
  for (const field of ['id', 'labelIds'] as const) {
    if (operation.input.fieldLiterals.has(field)) {
      const fix = `Pass it as a variable (${field}: $${field}) so the action can add the issue's ${field === 'id' ? 'id' : 'label'}`
      throw new InputError('template', `issueCreate's ${field} is written into the query`, fix)
    }
    const path = locate(operation, field)
    const slot = path && slotAt(variables, path)
    if (slot) slot.parent[slot.key] = field === 'id' ? fields.id : mergedIds(slot.value, fields.labelIds)
    else if (operation.input.object) added.push(field)
  }
  if (added.length === 0) return { ...payload, variables }
  for (const field of added) variables[MARKER_VARIABLES[field].name] = fields[field]
  return { ...payload, query: print(withInputVariables(operation, added)), variables }
}
