import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { parseAllDocuments } from 'yaml'
import { deriveValues } from '../../../src/event/derive.js'
import { normaliseAlert } from '../../../src/event/normalise.js'
import { templateScope } from '../../../src/event/scope.js'
import { hostileAlert, NOTIFICATION_TYPES, sampleAlert } from '../../../src/event/tokens.js'
import { textNodes } from '../../../src/platforms/jira/adf/prune.js'
import { jira } from '../../../src/platforms/jira/index.js'
import { platformByName } from '../../../src/platforms/registry.js'
import type { Json } from '../../../src/json.js'
import { platformContext } from '../../../src/pipeline/payload.js'
import { sampleDestination } from '../../../src/pipeline/sample-destination.js'
import { compileTemplate } from '../../../src/template/compile.js'
import { loadTemplate } from '../../../src/template/load.js'
import type { AdfDoc } from '../../../src/template/markdown-to-adf.js'
import { context, fieldsOf, SITE } from './context.js'

describe('built-in Jira templates', () => {
  it.each(['jira-v2', 'jira-v3'])('%s is front matter plus a YAML body for jira', name => {
    const documents = Array.from(parseAllDocuments(readFileSync(`templates/${name}.yml`, 'utf8')))
    expect(documents).toHaveLength(2)
    for (const document of documents) expect(document.errors).toEqual([])
    expect(documents[0].toJS()).toMatchObject({ platform: 'jira' })
    expect(documents[1].toJS().fields.project).toEqual({ key: '<< vars.project >>' })
  })
})

describe('built-in Jira templates rendered for every notification type', () => {
  // The real ADF schema (draft-04; Ajv 8 reads the keywords it uses the same way, so only the meta-schema check is off).
  const adfSchema = JSON.parse(readFileSync('node_modules/@atlaskit/adf-schema/dist/json-schema/v1/full.json', 'utf8'))
  const ajv = new Ajv({ strict: false, validateSchema: false })
  ajv.addSchema(adfSchema, 'adf')
  const schemaValid = ajv.compile({ $ref: 'adf#/definitions/doc_node' })

  const templates = {
    'jira-v2': compileTemplate(loadTemplate('jira-v2', process.cwd())),
    'jira-v3': compileTemplate(loadTemplate('jira-v3', process.cwd()))
  }

  function render(name: keyof typeof templates, alertTokens: Record<string, string>, vars: Record<string, Json>) {
    const alert = normaliseAlert(alertTokens)
    const { ctx, warnings } = context(SITE, undefined, name)
    const fitted = jira.fit(templates[name].render(templateScope(alert, deriveValues(alert, {}), vars)).value, ctx)
    return { fitted, fields: fieldsOf(fitted), problems: jira.validate(fitted, ctx), warnings }
  }

  const cases = (['jira-v2', 'jira-v3'] as const).flatMap(name =>
    NOTIFICATION_TYPES.flatMap(
      ({ type }) =>
        [
          [name, type, 'sample', sampleAlert(type)],
          [name, type, 'hostile', hostileAlert(type)]
        ] as const
    )
  )

  it.each(cases)('%s for a %s %s alert fits and validates', (name, _type, _kind, alert) => {
    const { fields, problems } = render(name, alert, {
      project: 'ENG',
      labels: 'dagster, data pipeline',
      priority: 'High'
    })
    expect(problems).toEqual([])
    expect(fields.project).toEqual({ key: 'ENG' })
    expect(fields.issuetype).toEqual({ name: 'Bug' })
    expect(fields.priority).toEqual({ name: 'High' })
    expect(fields.labels).toEqual(['dagster', 'data-pipeline'])
    expect(fields.summary).toMatch(/^Dagster: /)
    const firstContentLine = alert.alert_content.split('\n')[0]
    if (name === 'jira-v3') {
      if (!schemaValid(fields.description)) throw new Error(ajv.errorsText(schemaValid.errors))
      const texts = textNodes(fields.description as unknown as AdfDoc, '').map(({ node }) => node.text)
      expect(texts.some(text => text?.startsWith(firstContentLine))).toBe(true)
    } else {
      expect(fields.description).toContain(`{noformat}\n${firstContentLine}`)
    }
  })

  it.each(['jira-v2', 'jira-v3'] as const)('%s links the run when there is one, else the deployment', name => {
    const job = JSON.stringify(render(name, sampleAlert('JOB'), { project: 'ENG' }).fields.description)
    expect(job).toContain(sampleAlert('JOB').run_link)
    const tick = render(name, sampleAlert('TICK'), { project: 'ENG' })
    expect(sampleAlert('TICK').run_link).toBeUndefined()
    expect(JSON.stringify(tick.fields.description)).toContain(sampleAlert('TICK').deployment_url)
    expect(tick.warnings).toEqual([])
  })

  it.each(['jira-v2', 'jira-v3'] as const)(
    '%s asks for vars.project and leaves out priority and labels without vars',
    name => {
      const { fields, problems } = render(name, sampleAlert('JOB'), {})
      expect(problems).toEqual([
        { path: 'fields.project', message: 'is missing: set vars: project: KEY (the Jira project key, e.g. ENG)' }
      ])
      expect(fields).not.toHaveProperty('priority')
      expect(fields).not.toHaveProperty('labels')
    }
  )

  it('jira-v2: a {noformat} in alert text cannot close its block, and a wiki mention in alert text pings nobody', () => {
    const alert = normaliseAlert({
      ...sampleAlert('JOB'),
      alert_content: 'Traceback\n{noformat}\nh1. [~accountid:557058:evil] {NOFORMAT}',
      job_name: 'etl [~jsmith]'
    })
    const rendered = templates['jira-v2'].render(
      templateScope(alert, deriveValues(alert, {}), { project: 'ENG' })
    ).value
    const vars = { project: 'ENG' }
    const ctx = platformContext(
      sampleDestination(platformByName('jira'), 'jira-v2'),
      rendered,
      vars,
      templates['jira-v2'].literalText,
      () => {}
    )
    const description = fieldsOf(jira.fit(rendered, ctx)).description as string
    // only the template's own fences open or close a block
    expect(description.match(/\{noformat/gi)).toHaveLength(4)
    expect(description).toContain(
      '{noformat}\nTraceback\n{\u200bnoformat}\nh1. \\[~accountid:557058:evil] {\u200bNOFORMAT}\n{noformat}'
    )
    expect(description).toContain('Job: etl \\[~jsmith]')
  })

  it.each(['jira-v2', 'jira-v3'] as const)('%s marks a sample notification as a test', name => {
    const { fields } = render(
      name,
      { ...sampleAlert('JOB'), is_sample: 'true' },
      { project: 'ENG', issue_type: 'Task' }
    )
    expect(fields.summary).toBe('[test] Dagster: Job daily_etl failed')
    expect(fields.issuetype).toEqual({ name: 'Task' })
    expect(JSON.stringify(fields.description)).toContain('This is a test notification from Dagster+.')
  })
})
