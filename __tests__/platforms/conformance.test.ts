// The same checks over every registered platform, in the spirit of Alertmanager's notify/test: a new platform is
// covered by registering it. Platform-specific behaviour is tested in each platform's own folder.
import { describe, expect, it } from '@jest/globals'
import { platformContext } from '../../src/pipeline/payload.js'
import { sampleDestination, withSampleVars } from '../../src/pipeline/sample-destination.js'
import { SAMPLE_ENV } from '../../src/pipeline/findings/variables.js'
import { isRetryableStatus } from '../../src/delivery/retry-policy.js'
import { InputError, type Problem } from '../../src/errors.js'
import { deriveValues } from '../../src/event/derive.js'
import { normaliseAlert } from '../../src/event/normalise.js'
import { templateScope } from '../../src/event/scope.js'
import { hostileAlert, NOTIFICATION_TYPES, sampleAlert } from '../../src/event/tokens.js'
import { descriptorByName, inferPlatform, platformByName, platformOfDeclared } from '../../src/platforms/registry.js'
import { PLATFORM_NAMES, type HttpReply, type Json, type Platform } from '../../src/platforms/types.js'
import { compileTemplate } from '../../src/template/compile.js'
import { builtinTemplateNames, loadTemplate } from '../../src/template/load.js'

const SECRET = 'conformance-secret-value-1234'

/** Every built-in template with the platform it is written for. */
const BUILTINS = builtinTemplateNames().map(name => {
  const source = loadTemplate(name, process.cwd())
  const template = compileTemplate(source)
  const declared = template.frontMatter.platform
  const platform = declared ? platformOfDeclared(declared) : undefined
  if (!platform) throw new Error(`${name} declares no known platform`)
  return { name, source, template, platform: platformByName(platform.name) }
})

function rendered(builtin: (typeof BUILTINS)[number], alert: Record<string, string>): Json {
  const normalised = normaliseAlert(alert)
  const vars = withSampleVars(builtin.platform, {})
  return builtin.template.render(templateScope(normalised, deriveValues(normalised, SAMPLE_ENV), vars)).value
}

function contextFor(builtin: (typeof BUILTINS)[number], payload: Json, warnings: Problem[] = []) {
  return platformContext(
    sampleDestination(builtin.platform, builtin.name),
    payload,
    withSampleVars(builtin.platform, {}),
    builtin.template.literalText,
    problem => warnings.push(problem)
  )
}

function reply(status: number, body: string): HttpReply {
  return { status, headers: { 'content-type': 'application/json' }, body }
}

describe('the registry', () => {
  it('has a descriptor and an implementation for every platform name, with the same identity', () => {
    for (const name of PLATFORM_NAMES) {
      const descriptor = descriptorByName(name)
      const platform = platformByName(name)
      expect(descriptor.name).toBe(name)
      expect(platform.name).toBe(name)
      expect(platform.displayName).toBe(descriptor.displayName)
      expect(platform.variantNames).toEqual(descriptor.variantNames)
    }
  })

  it('has a built-in template for every platform', () => {
    expect(new Set(BUILTINS.map(builtin => builtin.platform.name))).toEqual(new Set(PLATFORM_NAMES))
  })
})

describe.each(BUILTINS.map(builtin => [builtin.name, builtin] as const))('built-in template %s', (_, builtin) => {
  const platform: Platform = builtin.platform

  it.each(NOTIFICATION_TYPES.map(type => type.type))(
    'renders, fits and validates a sample and a hostile %s alert',
    type => {
      for (const alert of [sampleAlert(type), hostileAlert(type)]) {
        const payload = rendered(builtin, alert)
        const ctx = contextFor(builtin, payload)
        expect(platform.validate(platform.fit(payload, ctx), ctx)).toEqual([])
      }
    }
  )

  it('fit never changes its input and fitting twice changes nothing more', () => {
    for (const type of NOTIFICATION_TYPES) {
      const payload = rendered(builtin, hostileAlert(type.type))
      const before = JSON.stringify(payload)
      const ctx = contextFor(builtin, payload)
      const once = platform.fit(payload, ctx)
      expect(JSON.stringify(payload)).toBe(before)
      expect(platform.fit(once, contextFor(builtin, once))).toEqual(once)
    }
  })

  it('a send to its sample destination would be recognised as this platform (a generic webhook excepted)', () => {
    const { endpoint } = contextFor(builtin, rendered(builtin, sampleAlert('JOB'))).target
    if (platform.name === 'webhook') return
    expect(inferPlatform(endpoint.toString())?.name).toBe(platform.name)
  })
})

describe.each(PLATFORM_NAMES.map(name => [name] as const))('%s replies', name => {
  const platform = platformByName(name)
  const builtin = BUILTINS.find(each => each.platform.name === name)!
  const payload = rendered(builtin, sampleAlert('JOB'))

  function verdictOf(status: number, body: string) {
    const ctx = { ...contextFor(builtin, payload), headers: { authorization: `Bearer ${SECRET}` } }
    return platform.parse(reply(status, body), ctx)
  }

  it.each([429, 503])('HTTP %i is worth retrying', status => {
    const verdict = verdictOf(status, JSON.stringify({ message: 'slow down', ok: false, error: 'ratelimited' }))
    expect(verdict.ok).toBe(false)
    if (!verdict.ok) expect(verdict.retry ?? isRetryableStatus(status)).toBe(true)
  })

  it.each([400, 401, 404])('HTTP %i is not retried', status => {
    const verdict = verdictOf(status, JSON.stringify({ message: 'refused', ok: false, error: 'invalid_auth' }))
    expect(verdict.ok).toBe(false)
    if (!verdict.ok) expect(verdict.retry ?? isRetryableStatus(status)).toBe(false)
  })

  it('never repeats a header credential in its error text', () => {
    for (const status of [400, 401, 403, 500]) {
      const verdict = verdictOf(status, '<html>error</html>')
      if (!verdict.ok) expect(verdict.message).not.toContain(SECRET)
    }
  })

  it('never echoes a URL it refuses, which may hold a credential', () => {
    try {
      platform.resolveTarget(`ftp://${SECRET}@example.invalid/${SECRET}`, undefined)
    } catch (error) {
      expect(error).toBeInstanceOf(InputError)
      expect((error as Error).message).not.toContain(SECRET)
    }
  })
})
