// The hand-written reader and rewriter of the create payload's GraphQL operation.
import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/errors.js'
import {
  closingIndex,
  locate,
  readMutation,
  slotAt,
  teamIdLiteral,
  topLevelFields,
  valueAt,
  withoutComments
} from '../../../src/platforms/linear/operation-read.js'
import {
  declareInputVariables,
  issueCreateArguments,
  teamIdOf,
  withIssueMarker
} from '../../../src/platforms/linear/operation-rewrite.js'
import { QUERY, TEAM } from './helpers.js'

const SELECTION = '{ success issue { id identifier url } }'

describe('readMutation', () => {
  it("reads the name, the variable definitions, the variables used and issueCreate's input fields", () => {
    const mutation = readMutation(QUERY)
    expect(mutation?.name).toBe('CreateIssue')
    expect([...(mutation?.variables.keys() ?? [])]).toEqual(['title', 'description', 'teamId', 'priority', 'labelIds'])
    expect(mutation?.variables.get('labelIds')).toEqual({
      type: { kind: 'list', of: { kind: 'named', name: 'String', nonNull: true }, nonNull: false },
      typeText: '[String!]',
      hasDefault: false
    })
    expect(mutation?.used).toEqual(new Set(['title', 'description', 'teamId', 'priority', 'labelIds']))
    expect(mutation?.issueCreate?.input.fieldVariables.get('teamId')).toBe('teamId')
    expect([...(mutation?.issueCreate?.selection.keys() ?? [])]).toEqual(['success', 'issue'])
  })

  it('reads a whole-input variable, literals and defaults', () => {
    const whole = readMutation(`mutation ($input: IssueCreateInput! = {}) { issueCreate(input: $input) ${SELECTION} }`)
    expect(whole?.issueCreate?.input.variable).toBe('input')
    expect(whole?.variables.get('input')?.hasDefault).toBe(true)
    const literal = readMutation(`mutation { issueCreate(input: {teamId: "a \\"b\\"", priority: 2}) ${SELECTION} }`)
    expect(literal?.issueCreate?.input.fieldLiterals).toEqual(
      new Map([
        ['teamId', '"a \\"b\\""'],
        ['priority', '2']
      ])
    )
    expect(literal && teamIdLiteral(literal)).toBe('a "b"')
  })

  it('is undefined without a mutation, and ignores text in comments', () => {
    expect(readMutation('query { viewer { id } }')).toBeUndefined()
    expect(readMutation('# mutation X { issueCreate(input: $i) { success } }\nquery { viewer { id } }')).toBeUndefined()
    expect(
      readMutation(`mutation { # issueCreate(input: {teamId: "x"})\n viewer { id } }`)?.issueCreate
    ).toBeUndefined()
  })

  it('keeps # inside strings and reads nested brackets inside strings as text', () => {
    expect(withoutComments('a "#b" # c\nd')).toBe('a "#b" \nd')
    expect(closingIndex('{ "}" { } }', 0)).toBe(10)
    expect(closingIndex('{ never closed', 0)).toBe(14)
    expect(topLevelFields('success issue(x: 1) { id url } other')).toEqual(
      new Map([
        ['success', ''],
        ['issue', ' id url '],
        ['other', '']
      ])
    )
  })
})

describe('locate, valueAt, slotAt', () => {
  it('finds the variable path feeding a field, through a whole-input variable or a field variable', () => {
    const inline = readMutation(QUERY)!
    expect(locate(inline, 'teamId')).toEqual(['teamId'])
    expect(locate(inline, 'id')).toBeUndefined()
    const whole = readMutation(`mutation ($input: IssueCreateInput!) { issueCreate(input: $input) ${SELECTION} }`)!
    expect(locate(whole, 'teamId')).toEqual(['input', 'teamId'])
    const variables = { input: { teamId: TEAM } }
    expect(valueAt(variables, ['input', 'teamId'])).toBe(TEAM)
    expect(valueAt(variables, ['missing', 'teamId'])).toBeUndefined()
    expect(slotAt(variables, ['input', 'title'])).toEqual({
      parent: variables.input,
      key: 'title',
      value: undefined,
      path: 'variables.input.title'
    })
  })
})

describe('teamIdOf', () => {
  it('reads the team from the variable feeding teamId, or from a literal', () => {
    expect(teamIdOf({ query: QUERY, variables: { teamId: TEAM } })).toBe(TEAM)
    expect(
      teamIdOf({ query: `mutation { issueCreate(input: {teamId: "${TEAM}"}) ${SELECTION} }`, variables: {} })
    ).toBe(TEAM)
    expect(teamIdOf({ query: QUERY, variables: { teamId: 7 } })).toBeUndefined()
    expect(teamIdOf({ variables: { teamId: TEAM } })).toBeUndefined()
  })
})

describe('issueCreateArguments', () => {
  it('lists every argument name inside issueCreate, leaving strings out', () => {
    const query = 'mutation { issueCreate(input: {teamId: "x: y", labelIds: ["a"], title: $t}) { success } }'
    expect(issueCreateArguments(query)).toEqual(['input', 'teamId', 'labelIds', 'title'])
    expect(issueCreateArguments('mutation { other }')).toEqual([])
  })
})

describe('declareInputVariables', () => {
  it('adds the fields to the input object and declares their variables, with or without a variable list', () => {
    expect(
      declareInputVariables('mutation C($t: String!) { issueCreate(input: {title: $t}) { success } }', ['id'])
    ).toBe(
      'mutation C($t: String!, $relayIssueId: String) { issueCreate(input: {id: $relayIssueId, title: $t}) { success } }'
    )
    expect(declareInputVariables('mutation { issueCreate(input: {title: "t"}) { success } }', ['id', 'labelIds'])).toBe(
      'mutation ($relayIssueId: String, $relayLabelIds: [String!]) { issueCreate(input: {id: $relayIssueId, labelIds: $relayLabelIds, title: "t"}) { success } }'
    )
  })

  it('leaves a query without an input object as it is', () => {
    const query = 'mutation C($input: IssueCreateInput!) { issueCreate(input: $input) { success } }'
    expect(declareInputVariables(query, ['id'])).toBe(query)
  })
})

describe('withIssueMarker', () => {
  const marker = { id: 'c0ffee00-0000-4000-8000-000000000001', labelIds: ['label-1'] }

  it('sets the fields inside a whole-input variable, merging labelIds without repeats', () => {
    const query = `mutation ($input: IssueCreateInput!) { issueCreate(input: $input) ${SELECTION} }`
    const payload = { query, variables: { input: { teamId: TEAM, labelIds: ['prod', 'label-1'] } } }
    expect(withIssueMarker(payload, marker)).toEqual({
      query,
      variables: { input: { teamId: TEAM, labelIds: ['prod', 'label-1'], id: marker.id } }
    })
    expect(payload.variables.input).toEqual({ teamId: TEAM, labelIds: ['prod', 'label-1'] })
  })

  it('sets the variable feeding labelIds and adds one for id, which no variable feeds', () => {
    const marked = withIssueMarker({ query: QUERY, variables: { teamId: TEAM } }, marker) as {
      query: string
      variables: unknown
    }
    expect(marked.query).toContain(
      '$labelIds: [String!], $relayIssueId: String) { issueCreate(input: {id: $relayIssueId, title: $title,'
    )
    expect(marked.variables).toEqual({ teamId: TEAM, labelIds: ['label-1'], relayIssueId: marker.id })
  })

  it('refuses an id written into the query', () => {
    const query = `mutation ($t: String!) { issueCreate(input: {teamId: $t, id: "x"}) ${SELECTION} }`
    expect(() => withIssueMarker({ query, variables: { t: TEAM } }, marker)).toThrow(InputError)
  })

  it('leaves a payload without issueCreate as it is', () => {
    const payload = { query: 'mutation { other }', variables: {} }
    expect(withIssueMarker(payload, marker)).toBe(payload)
  })
})
