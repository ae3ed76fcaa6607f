// Property: random valid issueCreate operations (aliases, fragments, variables, block strings, comments, commas) are
// read as GraphQL reads them: the team, where the reply holds the issue, and a validate that finds nothing else.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import fc from 'fast-check'
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  parse,
  validate as validateGraphQL,
  type GraphQLInputType
} from 'graphql'
import { ACTION_ROOT } from '../../../src/action-root.js'
import { linear } from '../../../src/platforms/linear/index.js'
import { readOperation, teamIdOf, type ReplyPaths } from '../../../src/platforms/linear/operation.js'
import type { Json } from '../../../src/json.js'
import { context, reply } from './helpers.js'

interface Generated {
  query: string
  variables: { [key: string]: Json }
  operationName?: string
  team: string
  reply: Required<ReplyPaths>
}

/** A written IssueCreateInput field: its name and GraphQL literal. */
type Literal = [string, string]

const name = fc.stringMatching(/^[_A-Za-z][_0-9A-Za-z]{0,6}$/)
/** Text for strings: characters GraphQL's lexer treats specially, and some outside ASCII. */
const text = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', '"', '\\', '#', '{', '}', '(', '$', ':', ',', 'é', '🚀')
})

/** Ignored tokens between two tokens: white space, commas (insignificant in GraphQL), comments with lookalike text. */
const separator = fc.constantFrom(' ', '\n', '\t', ' , ', ',', '\n  # issueDelete(id: "x") { success } "}\n', '#}"\n')

const stringLiteral = (value: string): string => JSON.stringify(value)
const blockLiteral = (value: string): string => `"""${value.replace(/"""/g, '\\"""')}"""`
/** A block string's raw text ends before its closing quotes: it cannot end with a quote or a backslash. */
const closable = (value: string): boolean => !/["\\]$/.test(value)
/** One-line text a block string keeps as it is: not blank, no leading white space. */
const blockText = text.filter(value => value.trim() !== '' && closable(value) && value.trimStart() === value)
/** Several lines, with what breaks a hand-written reader: quotes, `#`, brackets. */
const blockDescription = fc
  .array(text, { minLength: 1, maxLength: 4 })
  .map(lines => lines.join('\n'))
  .filter(closable)
  .map(blockLiteral)

/** A response key: the field's name, or an alias (`alias: field`). */
function keyed(field: string, alias: string | null): { tokens: string[]; key: string } {
  return alias ? { tokens: [alias, ':', field], key: alias } : { tokens: [field], key: field }
}

/** Selections written directly, in an inline fragment, or through a named fragment defined at the end. */
type Wrap = 'direct' | 'inline' | 'spread'

function wrapped(selections: string[], on: string, wrap: Wrap, fragment: string, fragments: string[][]): string[] {
  if (wrap === 'direct') return selections
  if (wrap === 'inline') return ['...', 'on', on, '{', ...selections, '}']
  fragments.push(['fragment', fragment, 'on', on, '{', ...selections, '}'])
  return [`...${fragment}`]
}

const aliases = fc.uniqueArray(name, { minLength: 4, maxLength: 4 })

function operation(extraFields: fc.Arbitrary<Literal[]>): fc.Arbitrary<Generated> {
  return fc
    .record({
      opName: fc.option(
        name.map(n => `Op${n}`),
        { nil: null }
      ),
      sendName: fc.boolean(),
      names: aliases,
      root: fc.option(name, { nil: null }),
      aliased: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean()),
      teamMode: fc.constantFrom('whole', 'variable', 'string', 'block'),
      teamText: fc.oneof(fc.uuid(), blockText),
      title: fc.oneof(
        text.map(t => ({ variable: false, value: t })),
        text.map(t => ({ variable: true, value: t }))
      ),
      description: fc.option(blockDescription, { nil: null }),
      priority: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
      labels: fc.option(fc.array(fc.uuid(), { maxLength: 2 }), { nil: null }),
      extra: extraFields,
      order: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
      payloadWrap: fc.constantFrom<Wrap>('direct', 'inline', 'spread'),
      issueWrap: fc.constantFrom<Wrap>('direct', 'inline', 'spread'),
      seps: fc.array(separator, { minLength: 1, maxLength: 6 })
    })
    .map(g => {
      const [successAlias, issueAlias, urlAlias, idAlias] = g.names.map((alias, i) => (g.aliased[i] ? alias : null))
      const variables: { [key: string]: Json } = {}
      const definitions: string[][] = []
      const fields: string[][] = []
      const team = g.teamText
      const input: { [key: string]: Json } = {}
      const field = (fieldName: string, literal: string, value: Json, type: string, asVariable: boolean) => {
        if (g.teamMode === 'whole') input[fieldName] = value
        else if (asVariable) {
          definitions.push([`$v_${fieldName}`, ':', type])
          variables[`v_${fieldName}`] = value
          fields.push([fieldName, ':', `$v_${fieldName}`])
        } else fields.push([fieldName, ':', literal])
      }
      const teamLiteral = g.teamMode === 'block' ? blockLiteral(team) : stringLiteral(team)
      field('teamId', teamLiteral, team, 'String!', g.teamMode === 'variable')
      field('title', stringLiteral(g.title.value), g.title.value, 'String', g.title.variable)
      if (g.description) fields.push(['description', ':', g.description])
      if (g.priority !== null) field('priority', String(g.priority), g.priority, 'Int', g.priority % 2 === 0)
      if (g.labels) field('labelIds', `[${g.labels.map(stringLiteral).join(', ')}]`, g.labels, '[String!]', true)
      for (const [extraName, literal] of g.extra) fields.push([extraName, ':', literal])
      // a shuffle of the written fields, so teamId comes before or after a block string
      const shuffled = fields
        .map((f, i) => ({ f, rank: g.order[i % g.order.length] * 10 + i }))
        .sort((a, b) => a.rank - b.rank)
        .flatMap(({ f }) => f)
      if (g.teamMode === 'whole') {
        definitions.push(['$input', ':', 'IssueCreateInput!'])
        variables.input = input
      }
      const fragments: string[][] = []
      const root = keyed('issueCreate', g.root)
      const success = keyed('success', successAlias)
      const issue = keyed('issue', issueAlias)
      const url = keyed('url', urlAlias)
      const identifier = keyed('identifier', idAlias)
      const issueSelection = wrapped(
        ['id', ...url.tokens, ...identifier.tokens],
        'Issue',
        g.issueWrap,
        'F_Issue',
        fragments
      )
      const payloadSelection = wrapped(
        [...success.tokens, ...issue.tokens, '{', ...issueSelection, '}'],
        'IssuePayload',
        g.payloadWrap,
        'F_Payload',
        fragments
      )
      const argument = g.teamMode === 'whole' ? ['$input'] : ['{', ...shuffled, '}']
      const tokens = [
        'mutation',
        ...(g.opName ? [g.opName] : []),
        ...(definitions.length > 0 ? ['(', ...definitions.flat(), ')'] : []),
        '{',
        ...root.tokens,
        '(',
        'input',
        ':',
        ...argument,
        ')',
        '{',
        ...payloadSelection,
        '}',
        '}',
        ...fragments.flat()
      ]
      const query = tokens.map((token, i) => token + g.seps[i % g.seps.length]).join('')
      return {
        query,
        variables,
        ...(g.opName && g.sendName && { operationName: g.opName }),
        team,
        reply: {
          result: [root.key],
          success: [root.key, success.key],
          url: [root.key, issue.key, url.key],
          identifier: [root.key, issue.key, identifier.key]
        }
      }
    })
    .filter(({ reply: paths }) => {
      // GraphQL refuses two fields under one response key at a level
      const distinct = (keys: string[]) => new Set(keys).size === keys.length
      return distinct([paths.success[1], paths.url[1]]) && distinct([paths.url[2], paths.identifier[2], 'id'])
    })
}

/** The reading of one generated operation: the team, the reply paths, the reply read, validate's findings. */
function expectReadAsWritten(generated: Generated): void {
  const { query, variables, operationName, team } = generated
  const payload = { query, variables, ...(operationName && { operationName }) }
  const reading = readOperation(query)
  expect(reading).toEqual({ operation: expect.objectContaining({ reply: generated.reply }) })
  expect(teamIdOf(payload)).toBe(team)
  const ctx = context()
  const problems = linear.validate(linear.fit(payload, ctx), ctx)
  // the team must be a UUID; nothing else may be refused
  expect(problems.filter(problem => !/team/.test(problem.message))).toEqual([])
  linear.request(payload, ctx)
  const issue = { url: 'https://linear.app/acme/issue/ENG-1/x', identifier: 'ENG-1' }
  const data: { [key: string]: Json } = {}
  const [root, successKey] = generated.reply.success
  const [, issueKey, urlKey] = generated.reply.url
  const idKey = generated.reply.identifier[2]
  data[root] = { [successKey]: true, [issueKey]: { [urlKey]: issue.url, [idKey]: issue.identifier } }
  expect(linear.parse(reply(200, { data }), ctx)).toEqual({
    ok: true,
    url: issue.url,
    id: issue.identifier,
    status: 'created'
  })
}

/** IssueCreateInput fields beyond those the action reads, written as literals. */
const FIXED_EXTRA: fc.Arbitrary<Literal[]> = fc.shuffledSubarray([
  ['estimate', '3'],
  ['dueDate', '"2026-01-08"'],
  ['assigneeId', '"a1b2c3d4-0000-4000-8000-000000000001"'],
  ['sortOrder', '-1.5e3'],
  ['createAsUser', '"""Dagster "bot" # relay"""']
] as Literal[])

describe('issueCreate operations, generated over a fixed set of IssueCreateInput fields', () => {
  it('are read as written: team, reply paths (aliases, fragments), variables', () => {
    fc.assert(
      fc.property(operation(FIXED_EXTRA), generated => {
        expect(() => parse(generated.query)).not.toThrow()
        expectReadAsWritten(generated)
      }),
      { numRuns: 300 }
    )
  })
})

const SCHEMA_FILE = path.resolve(ACTION_ROOT, '..', 'shared', 'contracts', 'linear-schema.graphql')
const describeWithSchema = existsSync(SCHEMA_FILE) ? describe : describe.skip

describeWithSchema(
  'issueCreate operations, generated from the Linear schema (needs ../shared/contracts/linear-schema.graphql)',
  () => {
    const schema = existsSync(SCHEMA_FILE) ? buildSchema(readFileSync(SCHEMA_FILE, 'utf8')) : undefined
    const READ_BY_THE_ACTION = new Set(['teamId', 'title', 'description', 'priority', 'labelIds', 'id'])

    /** A literal of an input type: scalars and enums, lists of them; undefined for an input object. */
    function literalOf(type: GraphQLInputType): fc.Arbitrary<string> | undefined {
      const nullable = getNullableType(type)
      if (isListType(nullable)) {
        const item = literalOf(nullable.ofType)
        return item && fc.array(item, { maxLength: 2 }).map(items => `[${items.join(', ')}]`)
      }
      if (isEnumType(nullable)) return fc.constantFrom(...nullable.getValues().map(value => value.name))
      if (isInputObjectType(nullable)) return undefined
      switch (getNamedType(nullable).name) {
        case 'Int':
          return fc.integer({ min: -1000, max: 1000 }).map(String)
        case 'Float':
          return fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(value => value.toExponential())
        case 'Boolean':
          return fc.boolean().map(String)
        case 'DateTime':
        case 'TimelessDate':
          return fc.constant('"2026-01-08"')
        default:
          return fc.oneof(text.map(stringLiteral), blockText.map(blockLiteral))
      }
    }

    const fieldsFromSchema = (): fc.Arbitrary<Literal[]> => {
      const input = schema!.getType('IssueCreateInput')
      if (!isInputObjectType(input)) throw new Error('the schema has no input IssueCreateInput')
      const literals = Object.values(input.getFields()).flatMap(field => {
        const literal = READ_BY_THE_ACTION.has(field.name) ? undefined : literalOf(field.type)
        return literal ? [literal.map((value): Literal => [field.name, value])] : []
      })
      return fc.shuffledSubarray(literals, { maxLength: 6 }).chain(chosen => fc.tuple(...chosen))
    }

    it("are valid against Linear's schema and read as written", () => {
      fc.assert(
        fc.property(operation(fieldsFromSchema()), generated => {
          expect(validateGraphQL(schema!, parse(generated.query))).toEqual([])
          expectReadAsWritten(generated)
        }),
        { numRuns: 200 }
      )
    })
  }
)
