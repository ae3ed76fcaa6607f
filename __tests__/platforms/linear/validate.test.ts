import { describe, expect, it } from '@jest/globals'
import type { Problem } from '../../../src/errors.js'
import { linear } from '../../../src/platforms/linear/index.js'
import type { Json } from '../../../src/json.js'
import { context, payload, QUERY, TEAM } from './helpers.js'

describe('linear.validate', () => {
  function problems(body: Json): Problem[] {
    return linear.validate(body, context())
  }

  it('accepts a complete issueCreate payload', () => {
    expect(problems({ ...payload({ priority: 2, labelIds: ['x'] }), operationName: 'CreateIssue' })).toEqual([])
  })

  it('needs an object with a non-empty query string', () => {
    expect(problems('x')[0].path).toBe('')
    expect(problems({ query: '  ' })).toEqual([{ path: 'query', message: expect.stringContaining('non-empty') }])
    expect(problems({ query: QUERY, variables: [] })).toEqual([
      { path: 'variables', message: expect.stringContaining('object') }
    ])
  })

  it('needs a mutation that calls issueCreate', () => {
    expect(problems({ query: 'query { viewer { id } }' })[0].message).toContain('has no `mutation`')
    expect(problems({ query: '# mutation\nquery { viewer { id } }' })[0].message).toContain('has no `mutation`')
    const noIssueCreate = problems({
      query: 'mutation M($id: String!) { issueDelete(id: $id) { success } }',
      variables: { id: 'x' }
    })
    expect(noIssueCreate.map(p => p.message)).toContainEqual(expect.stringContaining('does not call issueCreate'))
  })

  it('needs the issue url and identifier selected', () => {
    const query = QUERY.replace('issue { id identifier url }', 'issue { id team { url } }')
    const found = problems(payload({}, query))
    expect(found).toEqual([
      { path: 'query', message: expect.stringContaining('does not select issue url and identifier') }
    ])
  })

  it('reports a required variable that is missing or null', () => {
    expect(problems({ query: QUERY, variables: { teamId: TEAM } })).toEqual([
      { path: 'variables.title', message: expect.stringContaining('required (String!) but missing') }
    ])
    expect(problems(payload({ title: null }))[0].message).toContain('but null')
  })

  it('lets a required variable with a default value be omitted', () => {
    const query = QUERY.replace('$priority: Int', '$priority: Int! = 3')
    expect(problems(payload({}, query))).toEqual([])
  })

  it('checks value types: Int must be a whole number, strings must be strings, list items too', () => {
    expect(problems(payload({ priority: '2' }))).toEqual([
      { path: 'variables.priority', message: expect.stringContaining('whole number') }
    ])
    expect(problems(payload({ priority: 2.5 }))[0].path).toBe('variables.priority')
    expect(problems(payload({ title: 5 }))).toEqual([{ path: 'variables.title', message: 'must be a string, got 5' }])
    expect(problems(payload({ labelIds: ['a', 7] }))).toEqual([
      { path: 'variables.labelIds[1]', message: 'must be a string, got 7' }
    ])
    expect(problems(payload({ labelIds: 'a' }))).toEqual([])
  })

  it('says how to set and find the team UUID when teamId is missing', () => {
    const found = problems({ query: QUERY, variables: { title: 'x' } })
    expect(found).toHaveLength(1)
    expect(found[0].path).toBe('variables.teamId')
    expect(found[0].message).toContain('Set `vars: team_id: <team UUID>`')
    expect(found[0].message).toContain('teams { nodes { id key name } }')
  })

  it('recognises a team key pasted where the UUID belongs', () => {
    const found = problems(payload({ teamId: 'ENG' }))
    expect(found).toEqual([
      { path: 'variables.teamId', message: expect.stringContaining("'ENG' looks like the team key") }
    ])
    expect(problems(payload({ teamId: 'not a uuid at all' }))[0].message).toContain("must be the team's UUID")
  })

  it('checks a teamId written into the query and a missing teamId field', () => {
    const literal = QUERY.replace('teamId: $teamId', 'teamId: "ENG"').replace(', $teamId: String!', '')
    expect(problems({ query: literal, variables: { title: 'x' } })).toEqual([
      { path: 'query', message: expect.stringContaining('team key') }
    ])
    const absent = QUERY.replace('teamId: $teamId, ', '').replace(', $teamId: String!', '')
    expect(problems({ query: absent, variables: { title: 'x' } })).toEqual([
      { path: 'query', message: expect.stringContaining('has no teamId') }
    ])
  })

  it('checks a whole `$input` variable field by field', () => {
    const query =
      'mutation M($input: IssueCreateInput!) { issueCreate(input: $input) { success issue { identifier url } } }'
    expect(problems({ query, variables: { input: { title: 'x', teamId: TEAM } } })).toEqual([])
    expect(
      problems({ query, variables: { input: { title: 'x', teamId: 'ENG', priority: '1' } } }).map(p => p.path)
    ).toEqual(['variables.input.priority', 'variables.input.teamId'])
  })

  it('warns about, but accepts, a variable the mutation does not declare', () => {
    const ctx = context()
    expect(linear.validate(payload({ extra: 'x' }), ctx)).toEqual([])
    expect(ctx.warnings).toEqual([{ path: 'variables.extra', message: expect.stringContaining('not declared') }])
  })

  it('reports variables declared but unused, and used but undeclared', () => {
    const unused = QUERY.replace(', labelIds: $labelIds', '')
    expect(problems(payload({}, unused))).toEqual([
      { path: 'query', message: expect.stringContaining('declares $labelIds but never uses it') }
    ])
    const undeclared = QUERY.replace(', $labelIds: [String!]', '')
    expect(problems(payload({}, undeclared))).toEqual([
      { path: 'query', message: expect.stringContaining('uses $labelIds without declaring it') }
    ])
  })

  it('reports an operationName that names no operation', () => {
    expect(problems({ ...payload({}), operationName: 'Other' })).toEqual([
      { path: 'operationName', message: expect.stringContaining("mutation is named 'CreateIssue'") }
    ])
  })

  it('reads a block string as GraphQL does: the selection and the teamId after it are seen', () => {
    const query = (team: string) =>
      `mutation { issueCreate(input: {title: "t", description: """5" pipe # broken""", teamId: "${team}"}) ` +
      '{ success issue { id identifier url } } }'
    expect(problems({ query: query(TEAM), variables: {} })).toEqual([])
    expect(problems({ query: query('abc'), variables: {} })).toEqual([
      { path: 'query', message: expect.stringContaining("must be the team's UUID") }
    ])
  })

  it('accepts an aliased issueCreate, and a fragment at the root that holds only issueCreate', () => {
    expect(problems(payload({}, QUERY.replace('{ issueCreate(', '{ created: issueCreate(')))).toEqual([])
    const viaFragment = QUERY.replace('{ issueCreate(', '{ ...Create } fragment Create on Mutation { issueCreate(')
    expect(problems(payload({}, viaFragment))).toEqual([])
  })
})

describe('linear.validate: the document is exactly one mutation whose only root field is issueCreate', () => {
  const SELECTION = '{ success issue { id identifier url } }'
  const CREATE = `issueCreate(input: {title: $title, teamId: $teamId}) ${SELECTION}`
  const HEAD = 'mutation M($title: String!, $teamId: String!)'
  const refused = (query: string): Problem[] =>
    linear.validate({ query, variables: { title: 'x', teamId: TEAM } }, context())

  it.each([
    [
      'another root field',
      `${HEAD} { ${CREATE} issueDelete(id: "ENG-1") { success } }`,
      'asks for issueDelete besides issueCreate'
    ],
    [
      'an aliased root field',
      `${HEAD} { ${CREATE} gone: issueDelete(id: "ENG-1") { success } }`,
      'asks for issueDelete'
    ],
    ['__typename at the root', `${HEAD} { ${CREATE} __typename }`, 'asks for __typename'],
    [
      'a fragment spread at the root that adds a field',
      `${HEAD} { ${CREATE} ...More } fragment More on Mutation { teamDelete(id: "t") { success } }`,
      'asks for teamDelete'
    ],
    [
      'an inline fragment at the root that adds a field',
      `${HEAD} { ... on Mutation { ${CREATE} issueDelete(id: "ENG-1") { success } } }`,
      'asks for issueDelete'
    ],
    ['issueCreate twice', `${HEAD} { ${CREATE} again: ${CREATE} }`, 'calls issueCreate 2 times'],
    ['a second operation', `${HEAD} { ${CREATE} } query Q { viewer { id } }`, 'holds 2 operations'],
    [
      'a second mutation',
      `${HEAD} { ${CREATE} } mutation D { issueDelete(id: "x") { success } }`,
      'holds 2 operations'
    ],
    ['a type definition', `${HEAD} { ${CREATE} } type T { a: Int }`, 'holds ObjectTypeDefinition (not an operation)'],
    ['only a query', 'query Q { viewer { id } }', 'has no `mutation`'],
    [
      'a spread of an undefined fragment',
      `${HEAD} { issueCreate(input: {title: $title, teamId: $teamId}) { ...Gone } }`,
      'spreads ...Gone'
    ],
    ['invalid GraphQL', `${HEAD} { ${CREATE}`, 'is not valid GraphQL: Expected Name, found <EOF>'],
    [
      'brackets nested beyond the parser',
      `${HEAD} { ${CREATE.replace('title: $title', `title: ${'['.repeat(5000)}${']'.repeat(5000)}`)} }`,
      'nested too deeply'
    ]
  ])('refuses %s, as one problem at `query`', (_name, query, message) => {
    expect(refused(query)).toEqual([{ path: 'query', message: expect.stringContaining(message) }])
  })

  it('reads the document after rendering: alert text that closes the string and adds a root field is refused', () => {
    const summary = 'x"}) { success } wiped: issueUpdate(id: "ENG-1", input: {title: "gone'
    const query = `mutation { issueCreate(input: {teamId: "${TEAM}", title: "${summary}"}) ${SELECTION} }`
    expect(refused(query)).toEqual([{ path: 'query', message: expect.stringContaining('asks for issueUpdate') }])
  })
})
