import * as path from 'node:path'
import { InputError } from '../errors.js'
import {
  declarableNames,
  descriptorByName,
  inferPlatform,
  platformByName,
  platformOfDeclared
} from '../platforms/registry.js'
import { PLATFORM_NAMES, type Platform, type PlatformDescriptor, type PlatformName } from '../platforms/types.js'
import type { FrontMatter } from '../template/compile.js'

/** What the platform choice reads of a template. */
export interface TemplateFacts {
  file: string
  frontMatter: FrontMatter
}

/**
 * The one rule, for a send and for check mode: a template's front matter `platform` names a platform or one of its
 * API versions (a variant name such as `<platform>-v3`); any other name is refused.
 */
function declaredPlatform(frontMatter: FrontMatter): PlatformDescriptor | { unknown: string } | undefined {
  const declared = frontMatter.platform
  if (declared === undefined) return undefined
  return platformOfDeclared(declared) ?? { unknown: declared }
}

/**
 * What the platform reads an API version from (resolveTarget, sampleTarget): the version a template declares
 * (a variant name), else `fallback` (the template's reference or file, whose name may say it).
 */
export function templateVariant(frontMatter: FrontMatter, platform: PlatformName, fallback: string): string {
  const declared = frontMatter.platform
  return declared && declared !== platform ? declared : fallback
}

/** A send's platform: the `platform` input, else the `url`, else what the templates declare (all the same one). */
export function sendPlatform(
  config: { platform?: PlatformName; url?: string },
  templates: readonly TemplateFacts[]
): PlatformDescriptor {
  if (config.platform) return descriptorByName(config.platform)
  const inferred = config.url ? inferPlatform(config.url) : undefined
  if (inferred) return inferred
  const declared = [
    ...new Set(
      templates.flatMap(each => {
        const found = declaredPlatform(each.frontMatter)
        return found === undefined ? [] : ['unknown' in found ? found.unknown : found]
      })
    )
  ]
  if (declared.length > 1) {
    const which = templates.map(each => `${each.file}: ${each.frontMatter.platform ?? 'none'}`).join(', ')
    throw new InputError(
      'template',
      `the templates are written for different platforms (${which})`,
      'Send to each platform from its own step, with its own templates'
    )
  }
  if (declared[0] !== undefined && typeof declared[0] !== 'string') return declared[0]
  const fix = `Set platform to one of: ${PLATFORM_NAMES.join(', ')}`
  if (config.url) throw new InputError('platform', 'could not be inferred from the url', fix)
  // An empty url is most often a secret that is not set, or named differently, in the repository
  throw new InputError(
    'platform',
    'is not set and the url input is empty',
    `If url comes from a secret (url: \${{ secrets.NAME }}), check that the secret exists in this repository or ` +
      `environment under exactly that name: a missing secret is an empty input. Otherwise set url, or ${fix.charAt(0).toLowerCase()}${fix.slice(1)}`
  )
}

/** A template a send lists must be written for the send's platform, when it says which. */
export function checkWrittenFor(platform: PlatformName, template: TemplateFacts): void {
  const found = declaredPlatform(template.frontMatter)
  if (found === undefined || ('name' in found && found.name === platform)) return
  const declared = template.frontMatter.platform
  throw new InputError(
    'template',
    `${template.file} is written for ${declared}, but the platform is ${platform}`,
    `Use a ${platform} template or set platform: ${'name' in found ? found.name : declared}`
  )
}

const NAMED_PLATFORM = new RegExp(`^(${PLATFORM_NAMES.join('|')})`)

export type TemplatePlatform =
  | {
      platform: Platform
      /** What the platform reads an API version from (templateVariant). */
      templateName: string
    }
  | { problem: string; inFrontMatter: boolean }

/**
 * The platform of a template checked or rendered on its own (no `platform` or `url` input): its front matter
 * `platform`, else its file name (`<platform>-jobs.yml`).
 */
export function templatePlatform(template: TemplateFacts): TemplatePlatform {
  const { file, frontMatter } = template
  const declared = declaredPlatform(frontMatter)
  if (declared && 'unknown' in declared)
    return {
      problem: `front matter platform "${declared.unknown}" is not supported: use one of ${declarableNames().join(', ')}`,
      inFrontMatter: true
    }
  if (declared)
    return {
      platform: platformByName(declared.name),
      templateName: templateVariant(frontMatter, declared.name, file)
    }
  const named = NAMED_PLATFORM.exec(path.posix.basename(file))?.[1]
  if (named && isPlatformName(named)) return { platform: platformByName(named), templateName: file }
  return {
    problem:
      `cannot tell which platform ${file} is for: start the file with front matter ` +
      `("---", "platform: ${PLATFORM_NAMES[0]}" (or ${PLATFORM_NAMES.slice(1).join(', ')}), "---"), ` +
      `or name it after the platform (${declarableNames()
        .map(name => `${name}-….yml`)
        .join(', ')}; an API version's name picks that version)`,
    inFrontMatter: false
  }
}

function isPlatformName(name: string): name is PlatformName {
  return (PLATFORM_NAMES as readonly string[]).includes(name)
}
