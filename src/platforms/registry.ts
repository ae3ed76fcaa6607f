import { InputError } from '../errors.js'
import { discord } from './discord.js'
import { parseUrl } from './endpoint.js'
import { github } from './github.js'
import { jira } from './jira.js'
import { linear } from './linear.js'
import { slack } from './slack.js'
import { teams } from './teams.js'
import type { Platform, PlatformName } from './types.js'
import { webhook } from './webhook.js'

/** Every platform, by name. Adding a platform adds its module here and nowhere else in the pipeline. */
const PLATFORMS: Record<PlatformName, Platform> = { discord, jira, linear, webhook, teams, slack, github }

export function platformByName(name: PlatformName): Platform {
  return PLATFORMS[name]
}

/** The platform a template's front matter `platform` names: a platform name or one of its variant names (jira-v3). */
export function platformOfDeclared(declared: string): Platform | undefined {
  return Object.values(PLATFORMS).find(platform => platform.name === declared || platform.variantNames?.includes(declared))
}

/** Every name front matter `platform` accepts. */
export function declarableNames(): string[] {
  return Object.values(PLATFORMS).flatMap(platform => [platform.name, ...(platform.variantNames ?? [])])
}

/**
 * The platform a `url` input belongs to, if it is recognisable. A link to a service's page (a channel, an issue)
 * is refused with that platform's word on where the right URL is.
 */
export function inferPlatform(url: string): Platform | undefined {
  const parsed = parseUrl(url, 'Use a full https:// URL')
  const platforms = Object.values(PLATFORMS)
  for (const platform of platforms) {
    const mistake = platform.lookAlike?.(parsed)
    if (mistake) throw new InputError('url', mistake.problem, mistake.fix)
  }
  return platforms.find(platform => platform.matches(parsed))
}
