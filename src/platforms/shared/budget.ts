import { fitText, truncate, measureLength, type Measure } from '../../truncate.js'
import type { PlatformContext } from '../types.js'

/** A text fitting may shorten to bring a whole payload within a total budget. */
export interface Shrinkable {
  /** JSON path, for the warning. */
  path: string
  text: string
  /** The shortest it may become (a field value keeps its ellipsis; an ADF text node is never empty). */
  floor: number
  set(text: string): void
}

export interface Budget {
  /** Whether the payload, as the texts now stand, is within the budget. */
  fits(): boolean
  measure: Measure
  /** Why the texts were shortened, added to each warning: "to keep all embeds within 6000 characters". */
  reason: string
}

/**
 * Caps the texts at one common length, the largest cap with which the payload fits: the longest text (usually
 * the alert text) shrinks first, and short facts are touched only when the long texts alone cannot make room.
 * Each text that changes warns with its original and final length.
 */
export function shrinkToBudget(texts: Shrinkable[], budget: Budget, warn: PlatformContext['warn']): void {
  if (budget.fits()) return
  const originals = texts.map(t => t.text)
  const lengths = originals.map(text => measureLength(text, budget.measure))
  const capAll = (cap: number) =>
    texts.forEach((t, i) =>
      t.set(
        lengths[i] > Math.max(cap, t.floor)
          ? truncate(originals[i], Math.max(cap, t.floor), budget.measure)
          : originals[i]
      )
    )
  // Largest cap that fits; 0 (every text at its floor) when none does.
  let low = 0
  let high = Math.max(0, ...lengths)
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    capAll(mid)
    if (budget.fits()) low = mid
    else high = mid - 1
  }
  const why: PlatformContext['warn'] = problem => warn({ ...problem, message: `${problem.message}, ${budget.reason}` })
  texts.forEach((t, i) => {
    const cap = Math.max(low, t.floor)
    t.set(lengths[i] > cap ? fitText(originals[i], cap, t.path, why, budget.measure) : originals[i])
  })
}
