// The same checks over every registered platform, in the spirit of Alertmanager's notify/test: a new platform is
// covered by registering it. Platform-specific behaviour is tested in each platform's own folder.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
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
import {
  PLATFORM_NAMES,
  type CheckHints,
  type Platform,
  type PlatformBehaviour,
  type PlatformDescriptor,
  type PlatformName
} from '../../src/platforms/types.js'
import type { HttpReply } from '../../src/http.js'
import type { Json } from '../../src/json.js'
import { Secrets } from '../../src/secrets/secrets.js'
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

/** Every member of a platform's behaviour (a platform's index.ts exports nothing else). */
const BEHAVIOUR_MEMBERS: Record<keyof PlatformBehaviour, true> = {
  resolveTarget: true,
  fit: true,
  validate: true,
  request: true,
  parse: true,
  rateLimitHeaders: true,
  complete: true,
  tracker: true,
  keyedIncidents: true,
  problemMessages: true,
  noProblemMessages: true,
  checkHints: true
}
const CHECK_HINTS: Record<keyof CheckHints, true> = {
  knownKeys: true,
  varsRead: true,
  sampleVars: true,
  sampleTarget: true
}

/** A URL of each platform whose path holds a credential, and that credential. */
const CREDENTIAL_URLS: Partial<Record<PlatformName, { url: string; credential: string }>> = {
  discord: { url: `https://discord.com/api/webhooks/123456789012345678/${SECRET}`, credential: SECRET },
  slack: { url: `https://hooks.slack.com/services/T0123/B0456/${SECRET}`, credential: SECRET }
}

/** A link to one of each platform's pages, copied instead of its endpoint. */
const PAGES: Partial<Record<PlatformName, string>> = {
  discord: 'https://discord.com/channels/123456789012345678/234567890123456789',
  github: 'https://github.com/acme/data-platform/issues',
  jira: 'https://acme.atlassian.net/browse/ENG-1',
  linear: 'https://linear.app/acme/team/ENG/active',
  pagerduty: 'https://acme.pagerduty.com/service-directory/PABC123',
  incidentio: 'https://app.incident.io/acme/alerts/sources',
  opsgenie: 'https://acme.app.opsgenie.com/alert/list',
  slack: 'https://acme.slack.com/archives/C0123456789',
  teams: 'https://teams.microsoft.com/l/channel/19%3Aabc%40thread.tacv2/Alerts?groupId=1&tenantId=2'
}

/** The destination check mode gives a platform's first built-in template. */
function sampleEndpoint(name: PlatformName): URL {
  const builtin = BUILTINS.find(each => each.platform.descriptor.name === name)!
  return contextFor(builtin, rendered(builtin, sampleAlert('JOB'))).target.endpoint
}

const DESCRIPTORS = PLATFORM_NAMES.map(descriptorByName)

/** One check of each identity field, from the descriptor (the one source), for one platform. */
const IDENTITY_CHECKS: Record<keyof PlatformDescriptor, (descriptor: PlatformDescriptor) => void | Promise<void>> = {
  name: descriptor => {
    expect(PLATFORM_NAMES.filter(name => descriptorByName(name) === descriptor)).toEqual([descriptor.name])
    expect(platformOfDeclared(descriptor.name)).toBe(descriptor)
  },
  displayName: descriptor => {
    // The name as the service writes it (GitHub, incident.io): only the case and punctuation may differ.
    expect(descriptor.displayName.toLowerCase().replace(/[^a-z0-9]/g, '')).toBe(descriptor.name)
  },
  variantNames: descriptor => {
    for (const variant of descriptor.variantNames ?? []) {
      expect(platformOfDeclared(variant)).toBe(descriptor)
      const builtin = BUILTINS.find(each => each.name === variant)
      expect(builtin?.platform.descriptor).toBe(descriptor)
      expect(contextFor(builtin!, rendered(builtin!, sampleAlert('JOB'))).target.defaultTemplate).toBe(variant)
    }
  },
  matches: descriptor => {
    // A generic webhook says nothing about its receiver: no URL is inferred to be one.
    const claimed = DESCRIPTORS.filter(each => each.matches(sampleEndpoint(descriptor.name)))
    expect(claimed).toEqual(descriptor.name === 'webhook' ? [] : [descriptor])
    const credentialUrl = CREDENTIAL_URLS[descriptor.name]?.url
    if (credentialUrl) expect(inferPlatform(credentialUrl)).toBe(descriptor)
  },
  lookAlike: descriptor => {
    const page = PAGES[descriptor.name]
    expect(descriptor.lookAlike !== undefined).toBe(page !== undefined)
    if (page) {
      const mistake = descriptor.lookAlike!(new URL(page))
      expect(mistake).toBeDefined()
      expect(() => inferPlatform(page)).toThrow(mistake!.problem)
      expect(() => platformByName(descriptor.name).resolveTarget(page, undefined)).toThrow(mistake!.problem)
    }
    // No platform's real endpoint is taken for a look-alike.
    for (const name of PLATFORM_NAMES) expect(descriptor.lookAlike?.(sampleEndpoint(name))).toBeUndefined()
  },
  credentialPath: descriptor => {
    const credentialUrl = CREDENTIAL_URLS[descriptor.name]
    expect(descriptor.credentialPath !== undefined).toBe(credentialUrl !== undefined)
    if (credentialUrl) {
      const { url, credential } = credentialUrl
      expect(descriptor.credentialPath!.exec(new URL(url).pathname)?.[1]).toBe(credential)
      const secrets = new Secrets()
      secrets.addUrl(url)
      expect(secrets.redact(`posting to ${url}`)).not.toContain(credential)
    }
  },
  load: async descriptor => {
    const behaviour = await descriptor.load()
    const identity = Object.keys(IDENTITY_CHECKS)
    for (const key of Object.keys(behaviour)) {
      expect(identity).not.toContain(key)
      expect(Object.keys(BEHAVIOUR_MEMBERS)).toContain(key)
    }
    for (const key of Object.keys(behaviour.checkHints ?? {})) expect(Object.keys(CHECK_HINTS)).toContain(key)
    const platform = platformByName(descriptor.name)
    expect(platform.descriptor).toBe(descriptor)
    for (const key of Object.keys(behaviour) as (keyof PlatformBehaviour)[]) expect(platform[key]).toBe(behaviour[key])
  }
}

describe('the registry', () => {
  it('has a built-in template for every platform', () => {
    expect(new Set(BUILTINS.map(builtin => builtin.platform.descriptor.name))).toEqual(new Set(PLATFORM_NAMES))
  })
})

describe.each(PLATFORM_NAMES.map(name => [name] as const))('%s identity, read from its descriptor only', name => {
  it.each(Object.keys(IDENTITY_CHECKS) as (keyof PlatformDescriptor)[])('%s', async field => {
    await IDENTITY_CHECKS[field](descriptorByName(name))
  })
})

/** The files every platform folder has; `limits.ts` too, except where the receiver is the user's own (no limits). */
const FOLDER_FILES = ['api.ts', 'descriptor.ts', 'fit.ts', 'index.ts', 'target.ts', 'validate.ts']
const WITHOUT_LIMITS: PlatformName[] = ['webhook']
const PLATFORMS_DIR = path.resolve('src/platforms')

/** A platform folder's module, by file name. */
async function moduleOf(name: PlatformName, file: string): Promise<Record<string, unknown>> {
  return (await import(`../../src/platforms/${name}/${file.replace(/\.ts$/, '.js')}`)) as Record<string, unknown>
}

describe.each(PLATFORM_NAMES.map(name => [name] as const))('%s folder: fixed file roles', name => {
  const platform = platformByName(name)
  const files = readdirSync(path.join(PLATFORMS_DIR, name))

  it('has the same files as every platform folder', () => {
    expect(files).toEqual(expect.arrayContaining(FOLDER_FILES))
    expect(files.includes('limits.ts')).toBe(!WITHOUT_LIMITS.includes(name))
  })

  it('descriptor.ts holds the descriptor the registry has, index.ts the behaviour it loads', async () => {
    expect((await moduleOf(name, 'descriptor.ts'))[`${name}Descriptor`]).toBe(descriptorByName(name))
    expect((await moduleOf(name, 'index.ts'))[name]).toBe(await descriptorByName(name).load())
  })

  it('takes its core from target.ts, fit.ts, validate.ts and api.ts', async () => {
    const target = await moduleOf(name, 'target.ts')
    const api = await moduleOf(name, 'api.ts')
    expect(platform.resolveTarget).toBe(target.resolveTarget)
    expect(platform.checkHints?.sampleTarget).toBe(target.sampleTarget)
    expect(platform.fit).toBe((await moduleOf(name, 'fit.ts')).fit)
    expect(platform.validate).toBe((await moduleOf(name, 'validate.ts')).validate)
    expect(platform.request).toBe(api.request)
    expect(platform.parse).toBe(api.parse)
    expect(platform.complete).toBe(api.complete)
  })

  it('takes its known keys and rate-limit headers from limits.ts, and only there are they declared', async () => {
    const limits = files.includes('limits.ts') ? await moduleOf(name, 'limits.ts') : {}
    expect(platform.checkHints?.knownKeys).toBe(limits.KNOWN_KEYS)
    expect(platform.rateLimitHeaders).toBe(limits.RATE_LIMIT_HEADERS)
    for (const file of files.filter(each => each.endsWith('.ts') && each !== 'limits.ts')) {
      expect(readFileSync(path.join(PLATFORMS_DIR, name, file), 'utf8')).not.toMatch(
        /\b(KNOWN_KEYS|RATE_LIMIT_HEADERS)\s*[:=]/
      )
    }
  })

  it('has tracker.ts exactly when it keeps issues', () => {
    expect(files.includes('tracker.ts')).toBe(platform.tracker !== undefined)
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
    if (platform.descriptor.name === 'webhook') return
    expect(inferPlatform(endpoint.toString())).toBe(platform.descriptor)
  })
})

describe.each(PLATFORM_NAMES.map(name => [name] as const))('%s replies', name => {
  const platform = platformByName(name)
  const builtin = BUILTINS.find(each => each.platform.descriptor.name === name)!
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
