import { GraphQLError } from 'graphql/error/GraphQLError.js'
import { parse } from 'graphql/language/parser.js'
import type { Problem } from '../errors.js'
import type { Json } from '../platforms/types.js'

/**
 * A GraphQL document in the payload (at `key`, e.g. `query`) checked by a real parser. A platform's own validation
 * reads the operation with light checks (the send path stays free of the `graphql` package); check mode can afford
 * the parser and catches every syntax error.
 */
export function graphqlSyntaxProblems(payload: Json, key: string): Problem[] {
  const document = typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? payload[key] : undefined
  if (typeof document !== 'string' || document.trim() === '') return []
  try {
    parse(document, { noLocation: true })
    return []
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error
    const at = error.locations?.[0]
    const where = at ? ` (line ${at.line}, column ${at.column} of the ${key})` : ''
    return [{ path: key, message: `is not valid GraphQL: ${error.message.replace(/^Syntax Error: /, '')}${where}` }]
  }
}
