// Bounds for a hostile template in a pull request, shared by the Liquid engine and the precompiled built-ins.
// `renderLimit` alone does not stop a loop over a huge range (the range array is built before the first time
// check), so the memory budget also caps ranges.
export const RENDER_LIMITS = {
  parseLimit: 1e6, // characters per leaf
  // Wall-clock milliseconds per document render: generous, as a storm of runs sharing a machine's CPUs makes an
  // honest render take many times its usual few milliseconds; the memory budget stops most runaway templates first.
  renderLimit: 5000,
  memoryLimit: 1e7 // characters/array items allocated per document render
}

/** Counts what a document render allocates; throws as liquidjs's own limiter does. */
export class MemoryBudget {
  private used = 0
  constructor(private readonly limit: number = RENDER_LIMITS.memoryLimit) {}
  use(count: number): void {
    if (!(+count > 0)) return
    if (this.used + +count > this.limit) throw new Error('memory alloc limit exceeded')
    this.used += +count
  }
}
