import { InputError } from '../errors.js'
import { discordDescriptor } from './discord/descriptor.js'
import { parseUrl } from './shared/endpoint.js'
import { githubDescriptor } from './github/descriptor.js'
import { incidentioDescriptor } from './incidentio/descriptor.js'
import { jiraDescriptor } from './jira/descriptor.js'
import { linearDescriptor } from './linear/descriptor.js'
import { opsgenieDescriptor } from './opsgenie/descriptor.js'
import { pagerdutyDescriptor } from './pagerduty/descriptor.js'
import { slackDescriptor } from './slack/descriptor.js'
import { teamsDescriptor } from './teams/descriptor.js'
import {
  PLATFORM_NAMES,
  type Platform,
  type PlatformDescriptor,
  type PlatformName,
  type ProblemMessages
} from './types.js'
import { webhookDescriptor } from './webhook/descriptor.js'

/**
 * Every platform, by name: small descriptors, always loaded, the one source of each platform's identity; each
 * implementation is loaded when a run uses it, so start-up pays for one platform. Adding a platform adds its
 * descriptor here and nowhere else in the pipeline.
 */
const PLATFORMS: Record<PlatformName, PlatformDescriptor> = {
  discord: discordDescriptor,
  jira: jiraDescriptor,
  linear: linearDescriptor,
  webhook: webhookDescriptor,
  teams: teamsDescriptor,
  slack: slackDescriptor,
  github: githubDescriptor,
  pagerduty: pagerdutyDescriptor,
  incidentio: incidentioDescriptor,
  opsgenie: opsgenieDescriptor
}

const loaded = new Map<PlatformName, Platform>()

export function descriptorByName(name: PlatformName): PlatformDescriptor {
  return PLATFORMS[name]
}

/** The platform a template's front matter `platform` names: a platform name or one of its variant names (jira-v3). */
export function platformOfDeclared(declared: string): PlatformDescriptor | undefined {
  return Object.values(PLATFORMS).find(
    platform => platform.name === declared || platform.variantNames?.includes(declared)
  )
}

/** Every name front matter `platform` accepts. */
export function declarableNames(): string[] {
  return Object.values(PLATFORMS).flatMap(platform => [platform.name, ...(platform.variantNames ?? [])])
}

/**
 * The platform a `url` input belongs to, if it is recognisable. A link to a service's page (a channel, an issue)
 * is refused with that platform's word on where the right URL is.
 */
export function inferPlatform(url: string): PlatformDescriptor | undefined {
  const parsed = parseUrl(url, 'Use a full https:// URL')
  const platforms = Object.values(PLATFORMS)
  for (const platform of platforms) {
    const mistake = platform.lookAlike?.(parsed)
    if (mistake) throw new InputError('url', mistake.problem, mistake.fix)
  }
  return platforms.find(platform => platform.matches(parsed))
}

/** Every platform's URL path pattern that holds a credential (first group), for masking any `url` input. */
export function urlCredentialPatterns(): RegExp[] {
  return Object.values(PLATFORMS).flatMap(platform => (platform.credentialPath ? [platform.credentialPath] : []))
}

/** The platform's code with its descriptor, loaded once. */
export async function loadPlatform(name: PlatformName): Promise<Platform> {
  const earlier = loaded.get(name)
  if (earlier) return earlier
  const descriptor = PLATFORMS[name]
  const platform: Platform = { ...(await descriptor.load()), descriptor }
  loaded.set(name, platform)
  return platform
}

const loadedProblemMessages = new Map<PlatformName, ProblemMessages>()

/**
 * Check mode and the CLI may meet templates for any platform: they load them all before working synchronously, with
 * the problem messages of those that have them (both show a chat message's problem states).
 */
export async function loadAllPlatforms(): Promise<void> {
  for (const name of PLATFORM_NAMES) {
    const messages = await (await loadPlatform(name)).problemMessages?.()
    if (messages) loadedProblemMessages.set(name, messages)
  }
}

/** A platform's problem messages, loaded with loadAllPlatforms; undefined when it has none. */
export function problemMessagesOf(platform: Platform): ProblemMessages | undefined {
  return loadedProblemMessages.get(platform.descriptor.name)
}

/** A platform loaded before (`loadPlatform`, `loadAllPlatforms`). */
export function platformByName(name: PlatformName): Platform {
  const platform = loaded.get(name)
  if (!platform) throw new Error(`internal error: the ${name} platform was used before it was loaded`)
  return platform
}
