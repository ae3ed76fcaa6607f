import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import {
  buildSchema,
  getVariableValues,
  parse as parseGraphQL,
  validate as validateGraphQL,
  type OperationDefinitionNode
} from 'graphql'
import { ACTION_ROOT } from '../../../src/action-root.js'
import { deriveValues } from '../../../src/event/derive.js'
import { normaliseAlert } from '../../../src/event/normalise.js'
import { templateScope } from '../../../src/event/scope.js'
import { hostileAlert, NOTIFICATION_TYPES, sampleAlert } from '../../../src/event/tokens.js'
import { linear } from '../../../src/platforms/linear/index.js'
import type { Json } from '../../../src/json.js'
import { compileTemplate } from '../../../src/template/compile.js'
import { loadTemplate } from '../../../src/template/load.js'
import { truncate } from '../../../src/truncate.js'
import { builtInTemplate, context, TEAM, variablesOf } from './helpers.js'

describe('templates/linear.yml', () => {
  it('passes validate with representative rendered values', () => {
    const template = builtInTemplate()
    const rendered = {
      ...template,
      variables: {
        title: 'Job daily_etl failed',
        description: '```\ntrace\n```',
        teamId: TEAM,
        priority: 1,
        labelIds: ['l1']
      }
    }
    expect(linear.validate(rendered, context())).toEqual([])
  })

  it('declares the optional fields as nullable variables so they can be left out', () => {
    const template = builtInTemplate()
    expect(linear.validate({ ...template, variables: { title: 'x', teamId: TEAM } }, context())).toEqual([])
  })
})

describe('templates/linear.yml rendered for every notification type', () => {
  const template = compileTemplate(loadTemplate('linear', ACTION_ROOT))
  const render = (tokens: Record<string, string>, vars: Record<string, Json>): Json => {
    const alert = normaliseAlert(tokens)
    return template.render(templateScope(alert, deriveValues(alert, {}), vars)).value
  }
  const cases = NOTIFICATION_TYPES.flatMap(
    ({ type }) =>
      [
        [type, 'sample', sampleAlert(type)],
        [type, 'hostile', hostileAlert(type)]
      ] as const
  )

  it.each(cases)('%s %s alert: fit and validate find no problem', (_type, _kind, tokens) => {
    const ctx = context()
    const fitted = linear.fit(render(tokens, { team_id: TEAM, priority: '2', label_ids: 'l1,l2' }), ctx)
    expect(linear.validate(fitted, ctx)).toEqual([])
    const variables = variablesOf(fitted)
    expect(variables).toMatchObject({ teamId: TEAM, priority: 2, labelIds: ['l1', 'l2'] })
    const oneLineSummary = tokens.alert_summary.replace(/\s+/g, ' ').trim()
    expect(variables.title).toBe(truncate(oneLineSummary, 255, 'utf16'))
    expect(variables.description).toMatch(/^```/)
  })

  it('leaves priority and labels out when vars do not set them, and marks sample alerts', () => {
    const value = render({ ...sampleAlert('JOB'), is_sample: 'true' }, { team_id: TEAM })
    const variables = variablesOf(value)
    expect(Object.keys(variables).sort()).toEqual(['description', 'teamId', 'title'])
    expect(variables.title).toBe(`[test] ${sampleAlert('JOB').alert_summary}`)
  })

  it('writes Source, Policy, Run and Deployment lines only for present values', () => {
    const tokens = sampleAlert('JOB')
    const full = variablesOf(render(tokens, { team_id: TEAM })).description as string
    expect(full).toContain(`**Source:** ${tokens.deployment_name}`)
    expect(full).toContain(`**Run:** [`)
    expect(full).toContain(`](${tokens.run_link})`)
    expect(full).toContain(`**Deployment:** [open in Dagster+](${tokens.deployment_url})`)
    const { run_link: _run, alert_policy_name: _policy, ...rest } = tokens
    const partial = variablesOf(render(rest, { team_id: TEAM })).description as string
    expect(partial).not.toContain('**Run:**')
    expect(partial).not.toContain('**Policy:**')
    expect(partial).toContain('**Source:**')
  })

  it('without vars.team_id, validation says to set it', () => {
    const problems = linear.validate(linear.fit(render(sampleAlert('JOB'), {}), context()), context())
    expect(problems).toEqual([
      { path: 'variables.teamId', message: expect.stringContaining('Set `vars: team_id: <team UUID>`') }
    ])
  })
})

const SCHEMA_FILE = path.resolve(ACTION_ROOT, '..', 'shared', 'contracts', 'linear-schema.graphql')
const describeWithSchema = existsSync(SCHEMA_FILE) ? describe : describe.skip

describeWithSchema('Linear schema contract (needs ../shared/contracts/linear-schema.graphql)', () => {
  const schema = existsSync(SCHEMA_FILE) ? buildSchema(readFileSync(SCHEMA_FILE, 'utf8')) : undefined

  it("the built-in template's mutation is valid against Linear's schema", () => {
    const document = parseGraphQL(builtInTemplate().query)
    expect(validateGraphQL(schema!, document)).toEqual([])
  })

  it('fitted variables coerce to the declared types, including a converted priority and split labels', () => {
    const template = builtInTemplate()
    const fitted = linear.fit(
      { ...template, variables: { title: 'a\nb', teamId: TEAM, priority: '2', labelIds: 'l1,l2', description: '' } },
      context()
    )
    expect(linear.validate(fitted, context())).toEqual([])
    const operation = parseGraphQL(template.query).definitions[0] as OperationDefinitionNode
    const coerced = getVariableValues(schema!, operation.variableDefinitions ?? [], variablesOf(fitted))
    expect(coerced).toEqual({ coerced: { title: 'a b', teamId: TEAM, priority: 2, labelIds: ['l1', 'l2'] } })
  })
})
