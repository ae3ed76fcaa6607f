import { createTransport } from '../../src/delivery/transport.js'
import type { IssueMarker, IssueTracker } from '../../src/tracking/contract.js'
import type { Platform, Send } from '../../src/platforms/types.js'

const transport = createTransport()

/** A plain sender for tracker tests against the stand-ins. */
export const send: Send = request => transport(request, 5000)

let markers = 0

/** A fresh marker per call, so tests never see each other's issues. */
export function marker(sample = false): IssueMarker {
  markers++
  return { label: `dagster-fp-${String(markers).padStart(16, '0')}`, createId: crypto.randomUUID(), sample }
}

export function trackerOf(platform: Platform): IssueTracker {
  if (!platform.tracker) throw new Error(`${platform.name} has no tracker`)
  return platform.tracker
}
