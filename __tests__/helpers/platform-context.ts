import type { Problem } from '../../src/errors.js'
import { NO_SETTINGS } from '../../src/pipeline/sample-destination.js'
import type { KeyedProblem, PlatformContext, PlatformSettings, Target } from '../../src/platforms/types.js'
import type { Json } from '../../src/json.js'

export { NO_SETTINGS }

export interface ContextParts {
  target: Target
  headers?: Record<string, string>
  vars?: Record<string, Json>
  authoredText?: string
  settings?: Partial<PlatformSettings>
  now?: () => Date
  problem?: KeyedProblem
}

/** A PlatformContext for unit tests, collecting warnings. */
export function platformContext(parts: ContextParts): { ctx: PlatformContext; warnings: Problem[] } {
  const warnings: Problem[] = []
  const ctx: PlatformContext = {
    target: parts.target,
    settings: { ...NO_SETTINGS, ...parts.settings },
    headers: parts.headers ?? {},
    vars: parts.vars ?? {},
    authoredText: parts.authoredText ?? '',
    state: new Map(),
    ...(parts.problem && { problem: parts.problem }),
    now: parts.now ?? (() => new Date()),
    warn: problem => warnings.push(problem)
  }
  return { ctx, warnings }
}

/** The InputError (or other error class) `action` throws; fails the test if it throws nothing. */
export function thrownBy<T extends Error>(action: () => unknown, type: new (...args: never[]) => T): T {
  try {
    action()
  } catch (error) {
    if (error instanceof type) return error
    throw error
  }
  throw new Error(`expected a ${type.name}`)
}
