import { GraphQLError } from 'graphql/error/GraphQLError.js'
import { parse } from 'graphql/language/parser.js'
import type { Problem } from '../errors.js'
import type { Json } from '../platforms/types.js'

/**
 * A GraphQL body's `query` checked by a real parser. The Linear module reads the operation with light checks (the
 * send path stays free of the `graphql` package); check mode can afford the parser and catches every syntax error.
 */
export function graphqlSyntaxProblems(payload: Json): Problem[] {
  const query = typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? payload.query : undefined
  if (typeof query !== 'string' || query.trim() === '') return []
  try {
    parse(query, { noLocation: true })
    return []
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error
    const at = error.locations?.[0]
    const where = at ? ` (line ${at.line}, column ${at.column} of the query)` : ''
    return [{ path: 'query', message: `is not valid GraphQL: ${error.message.replace(/^Syntax Error: /, '')}${where}` }]
  }
}
