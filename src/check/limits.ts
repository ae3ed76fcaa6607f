import { MemoryBudget, RenderDeadline, type SharedLimits } from '../template/render-limits.js'

/**
 * Check mode's bounds as a whole. A pull request's templates are hostile input, and each is rendered for the
 * sample and hostile alert of every event type: with per-render limits alone, two looping templates kept a check
 * busy for a minute. Honest templates use a small fraction: 100 templates × all event types take about 1 s.
 */
export const CHECK_LIMITS = {
  /** Wall-clock milliseconds for the whole check; the templates left when it runs out are reported unchecked. */
  checkMs: 5000,
  /** A template's share of that: its parse, every render, fit and validation (an honest one takes ~10 ms). */
  templateMs: 1000,
  /** Characters (and array items) allocated by all renders; one render may allocate 1e7 (RENDER_LIMITS). */
  checkMemory: 1e8,
  /** A template's share of that, over all its renders. */
  templateMemory: 2e7,
  /** Template files in one check. */
  templates: 200,
  /** Findings listed per template; the rest are counted in one more. */
  findings: 100
}

export type CheckLimits = typeof CHECK_LIMITS

const SPLIT = 'fix the templates reported, or check the rest in another job (split the `template` input)'

/** What the whole check may still spend; hands each template its share. */
export class CheckBudget {
  private readonly deadline: RenderDeadline
  private readonly memory: MemoryBudget

  constructor(readonly limits: CheckLimits = CHECK_LIMITS) {
    this.deadline = new RenderDeadline(
      performance.now() + limits.checkMs,
      `check mode's ${seconds(limits.checkMs)} for all templates ran out; ${SPLIT}`
    )
    this.memory = new MemoryBudget(
      limits.checkMemory,
      undefined,
      `the templates built more than ${count(limits.checkMemory)} characters in all, check mode's limit; ${SPLIT}`
    )
  }

  /** Why no further template can be checked, if so. */
  spent(): string | undefined {
    return this.deadline.passed() ?? this.memory.exhausted()
  }

  /** The share of the template checked next, starting now. */
  share(): TemplateShare {
    return new TemplateShare(this, this.deadline, this.memory)
  }
}

/** One template's share of the check, which all its renders draw from. */
export class TemplateShare implements SharedLimits {
  readonly deadline: RenderDeadline
  readonly memory: MemoryBudget
  readonly limits: CheckLimits

  constructor(
    private readonly check: CheckBudget,
    checkDeadline: RenderDeadline,
    checkMemory: MemoryBudget
  ) {
    this.limits = check.limits
    const { templateMs, templateMemory } = check.limits
    this.deadline = new RenderDeadline(
      performance.now() + templateMs,
      `the template took more than ${seconds(templateMs)}, its share of check mode's time (it is rendered for ` +
        `the sample and hostile alert of each event type); a template renders in milliseconds: remove the loop ` +
        `or repetition that makes it slow`
    ).earliest(checkDeadline)
    this.memory = new MemoryBudget(
      templateMemory,
      checkMemory,
      `the template built more than ${count(templateMemory)} characters over its renders, its share of check ` +
        `mode's memory; a payload needs a few thousand: remove the loop, repetition or capture that builds text`
    )
  }

  /** Why the template cannot be rendered again, if so. */
  spent(): string | undefined {
    return this.deadline.passed() ?? this.memory.exhausted() ?? this.check.spent()
  }
}

function seconds(ms: number): string {
  return `${ms / 1000} s`
}

function count(characters: number): string {
  return characters.toLocaleString('en-US')
}
