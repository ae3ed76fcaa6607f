import { describe, expect, it } from '@jest/globals'
import { checkTemplate } from '../../../src/check/check-template.js'
import { SAMPLE_ENV } from '../../../src/pipeline/findings/variables.js'
import { deriveValues } from '../../../src/event/derive.js'
import { normaliseAlert } from '../../../src/event/normalise.js'
import { templateScope } from '../../../src/event/scope.js'
import { hostileAlert, NOTIFICATION_TYPES, sampleAlert } from '../../../src/event/tokens.js'
import { github } from '../../../src/platforms/github/index.js'
import type { Json } from '../../../src/json.js'
import { compileTemplate } from '../../../src/template/compile.js'
import { loadTemplate } from '../../../src/template/load.js'
import { platformContext } from '../../helpers/platform-context.js'

describe('templates/github-issue.yml', () => {
  const source = loadTemplate('github-issue', process.cwd())
  const template = compileTemplate(source)

  function render(alert: Record<string, string>, vars: Record<string, Json> = {}): Record<string, Json> {
    const normalised = normaliseAlert(alert)
    const { ctx } = platformContext({ target: github.resolveTarget(undefined, undefined) })
    return github.fit(
      template.render(templateScope(normalised, deriveValues(normalised, SAMPLE_ENV), vars)).value,
      ctx
    ) as Record<string, Json>
  }

  it('check mode finds nothing to report for any notification type, sample or hostile', () => {
    const report = checkTemplate(source, { vars: {} })
    expect(report.platform).toBe('github')
    expect(report.findings).toEqual([])
    expect(report.results.map(result => result.result)).toEqual(NOTIFICATION_TYPES.map(() => 'ok'))
  })

  it.each(NOTIFICATION_TYPES.map(type => type.type))(
    '%s: status emoji and summary, the facts table, alert text in a code block, links',
    type => {
      const alert = sampleAlert(type)
      const issue = render(alert)
      expect(issue.title).toMatch(
        new RegExp(`^[🔴🟢🟠⚪] ${alert.alert_summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'u')
      )
      const body = issue.body as string
      expect(body).toMatch(/^\| Status \| [A-Z_]+ \|\n\|---\|---\|\n\| Deployment \| prod \|/)
      expect(body).toContain(`\n\`\`\`\n${alert.alert_content.split('\n')[0]}`)
      expect(body).toMatch(/\[GitHub run\]\(https:\/\/github\.com\/acme\/data-platform\/actions\/runs\/1234567890\)$/)
      expect(body).not.toMatch(/\n\n\n/)
      expect(issue).not.toHaveProperty('labels')
    }
  )

  it('links the run, the asset and the code location where the alert has them', () => {
    expect(render(sampleAlert('JOB')).body).toMatch(
      /^\[Run\]\(https:\/\/acme\.dagster\.cloud\/prod\/runs\/[0-9a-f-]+\) · /m
    )
    expect(render(sampleAlert('ASSET_HEALTH')).body).toContain(
      '[Asset](https://acme.dagster.cloud/prod/assets/analytics/daily_orders)'
    )
    expect(render(sampleAlert('CODE_LOCATION')).body).toContain(
      '[Code location](https://acme.dagster.cloud/prod/locations/analytics_pipelines)'
    )
  })

  it('a sample alert: [test] title and a note', () => {
    const issue = render({ ...sampleAlert('JOB'), is_sample: 'true' })
    expect(issue.title).toBe('[test] 🔴 Job daily_etl failed')
    expect(issue.body).toMatch(/^> \[!NOTE\]\n> A test notification from Dagster\+/)
  })

  it('a recovery gets the green emoji', () => {
    expect(
      render({ ...sampleAlert('JOB'), run_status: 'SUCCESS', alert_summary: 'Job daily_etl succeeded' }).title
    ).toBe('🟢 Job daily_etl succeeded')
  })

  it('labels and assignees from vars', () => {
    const issue = render(sampleAlert('JOB'), { labels: 'dagster, data quality', assignees: ['octocat'] })
    expect(issue.labels).toEqual(['dagster', 'data quality'])
    expect(issue.assignees).toEqual(['octocat'])
  })

  it('hostile alert text cannot break the table', () => {
    const body = render(hostileAlert('JOB')).body as string
    const table = body.slice(0, body.indexOf('\n\n'))
    for (const row of table.split('\n')) expect(row).toMatch(/^\|.*\|$/)
  })
})
