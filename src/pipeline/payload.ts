import type { Problem } from '../errors.js'
import { authoredText } from '../platforms/shared/mentions.js'
import type { KeyedProblem, Platform, PlatformContext, PlatformSettings, Target } from '../platforms/types.js'
import type { Json } from '../json.js'
import type { CompiledTemplate, RenderResult } from '../template/compile.js'
import type { SharedLimits } from '../template/render-limits.js'

/** Where a payload goes: a send's destination, or the sample one check mode and the CLI use. */
export interface Destination {
  platform: Platform
  /** The target; a sample destination's depends on the payload (Platform.sampleTarget). Throws InputError. */
  target(payload: Json): Target
  settings: PlatformSettings
  /** Extra headers from the `headers` input, names lower-cased. */
  headers: Record<string, string>
  /** Platforms with keyed incidents: the problem this alert is about (a sample one in check mode and the CLI). */
  problem?: KeyedProblem
  now(): Date
}

/** What one render of a template comes to: the rendered document, and the payload fitted and validated. */
export interface Produced {
  rendered: RenderResult
  payload: Json
  /** What the platform's service would reject the payload for; empty when it is fine. */
  problems: Problem[]
  ctx: PlatformContext
}

/**
 * render → fit → validate, for a send, check mode and the CLI alike. Throws TemplateError when the render fails,
 * InputError when the destination has no target for the payload. `warn` hears what fitting changed.
 */
export function producePayload(
  template: CompiledTemplate,
  /** The template scope (templateScope), and the `vars` it holds. */
  { scope, vars }: { scope: Record<string, unknown>; vars: Record<string, Json> },
  destination: Destination,
  warn: (problem: Problem) => void,
  shared?: SharedLimits
): Produced {
  const rendered = template.render(scope, shared)
  const ctx = platformContext(destination, rendered.value, vars, template.literalText, warn)
  const payload = destination.platform.fit(rendered.value, ctx)
  return { rendered, payload, problems: destination.platform.validate(payload, ctx), ctx }
}

/**
 * Everything the platform needs besides the payload. `literalText` is the template's CompiledTemplate.literalText:
 * its mentions, and those in `vars`, may ping.
 */
export function platformContext(
  destination: Destination,
  payload: Json,
  vars: Record<string, Json>,
  literalText: string,
  warn: (problem: Problem) => void
): PlatformContext {
  return {
    target: destination.target(payload),
    settings: destination.settings,
    headers: destination.headers,
    vars,
    authoredText: authoredText(literalText, vars),
    state: new Map(),
    ...(destination.problem && { problem: destination.problem }),
    now: destination.now,
    warn
  }
}
