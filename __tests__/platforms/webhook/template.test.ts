import { describe, expect, it } from '@jest/globals'
import { ACTION_ROOT } from '../../../src/action-root.js'
import { deriveValues } from '../../../src/event/derive.js'
import { normaliseAlert } from '../../../src/event/normalise.js'
import { templateScope } from '../../../src/event/scope.js'
import { hostileAlert, NOTIFICATION_TYPES, sampleAlert } from '../../../src/event/tokens.js'
import { webhook } from '../../../src/platforms/webhook/index.js'
import { compileTemplate } from '../../../src/template/compile.js'
import { loadTemplate } from '../../../src/template/load.js'
import { context } from './helpers.js'

describe('templates/webhook.yml', () => {
  const template = compileTemplate(loadTemplate('webhook', ACTION_ROOT))
  const env = { GITHUB_REPOSITORY: 'acme/data', GITHUB_RUN_ID: '7' }

  it('is written for the webhook platform', () => {
    expect(template.frontMatter).toEqual({
      platform: 'webhook',
      description: expect.any(String),
      events: NOTIFICATION_TYPES.map(t => t.type)
    })
  })

  it.each(NOTIFICATION_TYPES.map(t => t.type))(
    'sends the whole %s alert with alert_status, fingerprint and github',
    type => {
      for (const raw of [
        sampleAlert(type),
        hostileAlert(type),
        { ...sampleAlert(type), custom_token: 'kept', job_name: '{{job_name}}' }
      ]) {
        const alert = normaliseAlert(raw)
        const derived = deriveValues(alert, env)
        const payload = template.render(templateScope(alert, derived, {})).value
        expect(payload).toEqual({
          alert,
          alert_status: derived.alert_status,
          fingerprint: derived.fingerprint,
          github: derived.github
        })
        expect(webhook.validate(payload, context().ctx)).toEqual([])
      }
    }
  )
})
