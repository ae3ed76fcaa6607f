// The create payload's GraphQL operation read by graphql-js, and the marker fields the tracker adds to it.
import { describe, expect, it } from '@jest/globals'
import { parse, print } from 'graphql'
import { InputError } from '../../../src/errors.js'
import { withIssueMarker } from '../../../src/platforms/linear/issue-marker.js'
import {
  locate,
  readOperation,
  teamIdLiteral,
  teamIdOf,
  type IssueCreateOperation
} from '../../../src/platforms/linear/operation.js'
import { slotAt, valueAt } from '../../../src/platforms/linear/variable-values.js'
import { QUERY, TEAM } from './helpers.js'

const SELECTION = '{ success issue { id identifier url } }'

function read(query: string): IssueCreateOperation {
  const reading = readOperation(query)
  if (!('operation' in reading)) throw new Error(`not read: ${reading.problem}`)
  return reading.operation
}

/** A query as GraphQL sees it, whatever its layout and comments. */
function normal(query: string): string {
  return print(parse(query))
}

describe('readOperation', () => {
  it("reads the name, the variable definitions, the variables used and issueCreate's input fields", () => {
    const operation = read(QUERY)
    expect(operation.name).toBe('CreateIssue')
    expect([...operation.variables.keys()]).toEqual(['title', 'description', 'teamId', 'priority', 'labelIds'])
    expect(print(operation.variables.get('labelIds')!.type)).toBe('[String!]')
    expect(operation.variables.get('labelIds')?.hasDefault).toBe(false)
    expect(operation.used).toEqual(new Set(['title', 'description', 'teamId', 'priority', 'labelIds']))
    expect(operation.input.fieldVariables.get('teamId')).toBe('teamId')
    expect(operation.reply).toEqual({
      result: ['issueCreate'],
      success: ['issueCreate', 'success'],
      url: ['issueCreate', 'issue', 'url'],
      identifier: ['issueCreate', 'issue', 'identifier']
    })
  })

  it('reads a whole-input variable, literals and defaults', () => {
    const whole = read(`mutation ($input: IssueCreateInput! = {}) { issueCreate(input: $input) ${SELECTION} }`)
    expect(whole.input.variable).toBe('input')
    expect(whole.variables.get('input')?.hasDefault).toBe(true)
    const literal = read(`mutation { issueCreate(input: {teamId: "a \\"b\\"", priority: 2}) ${SELECTION} }`)
    expect([...literal.input.fieldLiterals].map(([field, value]) => [field, print(value)])).toEqual([
      ['teamId', '"a \\"b\\""'],
      ['priority', '2']
    ])
    expect(teamIdLiteral(literal)).toBe('a "b"')
  })

  it('reads a block string whole: the fields after it, and the selection, are seen', () => {
    const operation = read(
      `mutation { issueCreate(input: {description: """5" pipe # broken""", teamId: "abc"}) ${SELECTION} }`
    )
    expect(teamIdLiteral(operation)).toBe('abc')
    expect(operation.reply.url).toEqual(['issueCreate', 'issue', 'url'])
  })

  it('reads aliases and fragments into the paths of the reply', () => {
    const operation = read(
      'mutation { made: issueCreate(input: {teamId: "t"}) { ...Made } } ' +
        'fragment Made on IssuePayload { ok: success issue { ... on Issue { link: url } ...Key } } ' +
        'fragment Key on Issue { key: identifier }'
    )
    expect(operation.reply).toEqual({
      result: ['made'],
      success: ['made', 'ok'],
      url: ['made', 'issue', 'link'],
      identifier: ['made', 'issue', 'key']
    })
  })

  it('expands each fragment once: a cycle ends, and a fragment spread many times costs nothing more', () => {
    const operation = read(
      'mutation { issueCreate(input: {teamId: "t"}) { ...A } } ' +
        'fragment A on IssuePayload { success ...B ...A } fragment B on IssuePayload { ...A issue { url identifier } }'
    )
    expect(operation.reply.identifier).toEqual(['issueCreate', 'issue', 'identifier'])
  })

  it('counts variables used inside fragments and directives', () => {
    const operation = read(
      'mutation ($t: String!, $show: Boolean!) { issueCreate(input: {teamId: $t}) { ...F } } ' +
        'fragment F on IssuePayload { success @include(if: $show) }'
    )
    expect(operation.used).toEqual(new Set(['t', 'show']))
  })

  it('is a problem without a mutation; text in comments counts for nothing', () => {
    expect(readOperation('query { viewer { id } }')).toEqual({ problem: expect.stringContaining('has no `mutation`') })
    expect(readOperation('# mutation X { issueCreate(input: $i) { success } }\nquery { viewer { id } }')).toEqual({
      problem: expect.stringContaining('has no `mutation`')
    })
    expect(readOperation(`mutation { # issueCreate(input: {teamId: "x"})\n viewer { id } }`)).toEqual({
      problem: expect.stringContaining('does not call issueCreate')
    })
  })
})

describe('locate, valueAt, slotAt', () => {
  it('finds the variable path feeding a field, through a whole-input variable or a field variable', () => {
    const inline = read(QUERY)
    expect(locate(inline, 'teamId')).toEqual(['teamId'])
    expect(locate(inline, 'id')).toBeUndefined()
    const whole = read(`mutation ($input: IssueCreateInput!) { issueCreate(input: $input) ${SELECTION} }`)
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

  it('reads a teamId after a block string, and a teamId given as a block string', () => {
    const query = `mutation { issueCreate(input: {description: """5" pipe # broken""", teamId: """abc"""}) ${SELECTION} }`
    expect(teamIdOf({ query, variables: {} })).toBe('abc')
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
    expect(marked.query).toBe(
      normal(
        QUERY.replace('$labelIds: [String!])', '$labelIds: [String!], $relayIssueId: String)').replace(
          'input: {title:',
          'input: {id: $relayIssueId, title:'
        )
      )
    )
    expect(marked.variables).toEqual({ teamId: TEAM, labelIds: ['label-1'], relayIssueId: marker.id })
  })

  it('adds the fields to the input object and declares their variables, with or without a variable list', () => {
    const mark = (query: string) => (withIssueMarker({ query, variables: {} }, marker) as { query: string }).query
    expect(mark(`mutation C($t: String!) { # the title\n issueCreate(input: {title: $t}) ${SELECTION} }`)).toBe(
      normal(
        'mutation C($t: String!, $relayIssueId: String, $relayLabelIds: [String!]) ' +
          `{ issueCreate(input: {id: $relayIssueId, labelIds: $relayLabelIds, title: $t}) ${SELECTION} }`
      )
    )
    expect(mark(`mutation { issueCreate(input: {title: "t"}) ${SELECTION} }`)).toBe(
      normal(
        'mutation ($relayIssueId: String, $relayLabelIds: [String!]) ' +
          `{ issueCreate(input: {id: $relayIssueId, labelIds: $relayLabelIds, title: "t"}) ${SELECTION} }`
      )
    )
  })

  it('keeps an aliased issueCreate, its fragments and block strings as GraphQL reads them', () => {
    const query =
      'mutation { made: issueCreate(input: {description: """5" pipe # broken""", teamId: "t"}) { ...Made } } ' +
      'fragment Made on IssuePayload { success issue { url identifier } }'
    const marked = (withIssueMarker({ query, variables: {} }, marker) as { query: string }).query
    const operation = read(marked)
    expect(operation.reply.result).toEqual(['made'])
    expect(print(operation.input.fieldLiterals.get('description')!)).toBe('"""5" pipe # broken"""')
    expect([...operation.input.fieldVariables]).toEqual([
      ['id', 'relayIssueId'],
      ['labelIds', 'relayLabelIds']
    ])
  })

  it('refuses an id or labelIds written into the query', () => {
    for (const written of ['id: "x"', 'labelIds: ["a"]']) {
      const query = `mutation ($t: String!) { issueCreate(input: {teamId: $t, ${written}}) ${SELECTION} }`
      expect(() => withIssueMarker({ query, variables: { t: TEAM } }, marker)).toThrow(InputError)
    }
  })

  it('leaves a payload without issueCreate as it is', () => {
    const payload = { query: 'mutation { other }', variables: {} }
    expect(withIssueMarker(payload, marker)).toBe(payload)
  })
})
