// README: every built-in links to the most specific page; for an asset alert without a run that is the asset.
import { describe, expect, it } from '@jest/globals'
import { deriveValues } from '../src/event/derive.js'
import { normaliseAlert } from '../src/event/normalise.js'
import { templateScope } from '../src/event/scope.js'
import { sampleAlert } from '../src/event/tokens.js'
import { compileTemplate } from '../src/template/compile.js'
import { loadTemplate } from '../src/template/load.js'

const ASSET_URL = 'https://acme.dagster.cloud/prod/assets/analytics/daily_orders'

function rendered(name: string, type: string): string {
  const alert = normaliseAlert(sampleAlert(type))
  const scope = templateScope(alert, deriveValues(alert, {}), { project: 'ENG' })
  return JSON.stringify(compileTemplate(loadTemplate(name, process.cwd())).render(scope).value)
}

describe('built-in links for asset alerts', () => {
  it.each(['discord', 'jira-v2', 'jira-v3'])(
    '%s links an asset health alert to the asset, not the deployment',
    name => {
      expect(rendered(name, 'ASSET_HEALTH')).toContain(ASSET_URL)
    }
  )

  it('Discord still links a job alert to its run', () => {
    expect(rendered('discord', 'JOB')).toContain('"url":"https://acme.dagster.cloud/prod/runs/')
  })
})
