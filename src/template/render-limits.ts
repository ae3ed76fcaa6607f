// Bounds for a hostile template in a pull request, shared by the Liquid engine and the precompiled built-ins.
// `renderLimit` alone does not stop a loop over a huge range (the range array is built before the first time
// check), so the memory budget also caps ranges.
export const RENDER_LIMITS = {
  parseLimit: 1e6, // characters per leaf
  // Outputs and tags per leaf: liquidjs's parser slows quadratically past a few thousand (10,000 took 0.2 s,
  // 40,000 five seconds), while a leaf written by hand holds a few dozen.
  markerLimit: 1000,
  // Wall-clock milliseconds per document render: generous, as a storm of runs sharing a machine's CPUs makes an
  // honest render take many times its usual few milliseconds; the memory budget stops most runaway templates first.
  renderLimit: 5000,
  // Characters/array items allocated per document render, text written by outputs, tags and `capture` included
  memoryLimit: 1e7
}

/** What counts allocations: a render's own budget, or a share that many renders draw from. */
export interface MemoryCharge {
  use(count: number): void
}

/** Counts what renders allocate; throws `message` past `limit`, after charging `shared` (when given) as well. */
export class MemoryBudget implements MemoryCharge {
  private used = 0
  private spent = false

  constructor(
    private readonly limit: number = RENDER_LIMITS.memoryLimit,
    private readonly shared?: MemoryCharge,
    private readonly message = 'memory alloc limit exceeded'
  ) {}

  use(count: number): void {
    if (!(+count > 0)) return
    if (this.used + +count > this.limit) {
      this.spent = true
      throw new Error(this.message)
    }
    this.shared?.use(count)
    this.used += +count
  }

  /** Why nothing more can be charged (the message it stopped a render with), if it did. */
  exhausted(): string | undefined {
    return this.spent ? this.message : undefined
  }
}

/**
 * When rendering must end, on liquidjs's render clock (`performance.now()`, checked before each tag and output):
 * it stops the render with `message`.
 */
export class RenderDeadline {
  constructor(
    readonly at: number,
    readonly message: string
  ) {}

  /** liquidjs's `renderLimit.check(now)`. */
  check(now: number): void {
    if (now > this.at) throw new Error(this.message)
  }

  /** liquidjs's `renderLimit.use`: nothing to count, time is read from the clock. */
  use(): void {}

  /** Why no more rendering is allowed, if the deadline has passed. */
  passed(now = performance.now()): string | undefined {
    return now > this.at ? this.message : undefined
  }

  /** The earlier of this deadline and `other`. */
  earliest(other: RenderDeadline | undefined): RenderDeadline {
    return other && other.at < this.at ? other : this
  }
}

/** Limits that many renders share on top of each render's own: check mode's per-template and whole-check shares. */
export interface SharedLimits {
  deadline: RenderDeadline
  memory: MemoryCharge
}

/** A document render's own time limit, or the shared one when that ends first. */
export function renderDeadline(shared: SharedLimits | undefined): RenderDeadline {
  return new RenderDeadline(performance.now() + RENDER_LIMITS.renderLimit, 'template render limit exceeded').earliest(
    shared?.deadline
  )
}
