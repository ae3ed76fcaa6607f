import { createTransport } from '../../src/delivery/transport.js'
import type { Send } from '../../src/http.js'
import type { IssueMarker } from '../../src/tracking/contract.js'

// What the tracker tests against the stand-ins share: a plain sender, a follow-up note, fresh markers.

const transport = createTransport()
export const send: Send = request => transport(request, 5000)
export const NOTE = {
  heading: 'Dagster+ alert fired again: *Job* failed',
  lines: [{ label: 'Dagster+ run', text: 'run_1', href: 'https://d/runs/(1)' }]
}

let markers = 0
/** A marker no other test uses. */
export function marker(sample = false): IssueMarker {
  markers++
  return { label: `dagster-fp-${String(markers).padStart(16, '0')}`, createId: crypto.randomUUID(), sample }
}
