import * as path from 'node:path'
import type { Problem } from '../errors.js'
import { declarableNames, platformByName, platformOfDeclared } from '../platforms/registry.js'
import {
  PLATFORM_NAMES,
  type Json,
  type Platform,
  type PlatformContext,
  type PlatformName,
  type PlatformSettings,
  type Target
} from '../platforms/types.js'
import { authoredText } from '../platforms/shared/mentions.js'
import type { FrontMatter } from '../template/compile.js'

const NAMED_PLATFORM = new RegExp(`^(${PLATFORM_NAMES.join('|')})`)

export type PlatformChoice =
  | {
      platform: Platform
      from: 'front matter' | 'file name'
      /** What the platform reads an API version from (sampleTarget): the declared variant (e.g. `-v3`), else the file. */
      templateName: string
    }
  | { problem: string; inFrontMatter: boolean }

/** The platform a template is written for: its front matter `platform`, else its file name (`<platform>-jobs.yml`). */
export function templatePlatform(file: string, frontMatter: FrontMatter): PlatformChoice {
  // As strict as a send (relay.ts), so a template that passes the check also sends.
  const declared = frontMatter.platform
  if (declared !== undefined) {
    const platform = platformOfDeclared(declared)
    if (platform)
      return {
        platform: platformByName(platform.name),
        from: 'front matter',
        templateName: declared === platform.name ? file : declared
      }
    return {
      problem: `front matter platform "${declared}" is not supported: use one of ${declarableNames().join(', ')}`,
      inFrontMatter: true
    }
  }
  const named = NAMED_PLATFORM.exec(path.posix.basename(file))?.[1]
  if (named && isPlatformName(named)) return { platform: platformByName(named), from: 'file name', templateName: file }
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

/** The `vars` input over the platform's sample values of its required vars. */
export function checkVars(platform: Platform | undefined, vars: Record<string, Json>): Record<string, Json> {
  return { ...platform?.checkHints?.sampleVars, ...vars }
}

/** No settings inputs in check mode: the platform's checks must not depend on them. */
export const NO_SETTINGS: PlatformSettings = {
  signingSecret: '',
  resultUrl: '',
  token: '',
  repository: '',
  email: '',
  apiUrl: ''
}

function sampleTarget(platform: Platform, templateName: string, payload: Json): Target {
  return platform.checkHints?.sampleTarget?.(templateName, payload) ?? platform.resolveTarget(undefined, templateName)
}

/**
 * What fit/validate need, with no credentials and a target like the one a send would use (throws InputError when
 * the platform cannot work without a real destination). `templateName` is PlatformChoice's; `templateLiteralText` is
 * the template's CompiledTemplate.literalText: its mentions may ping.
 */
export function sampleContext(
  platform: Platform,
  templateName: string,
  payload: Json,
  vars: Record<string, Json>,
  templateLiteralText: string,
  warn: (problem: Problem) => void
): PlatformContext {
  return {
    target: sampleTarget(platform, templateName, payload),
    settings: NO_SETTINGS,
    headers: {},
    vars,
    authoredText: authoredText(templateLiteralText, vars),
    state: new Map(),
    now: () => new Date(),
    warn
  }
}
