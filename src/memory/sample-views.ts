/**
 * The problem states check mode and `render --states` show for a sample alert, each as the lifecycle would build it
 * (problemView): its first alert, its member failing a third time, a second member joining, and both recovered 42 minutes on.
 */
import type { Alert } from '../event/normalise.js'
import { latestText, memberLabel } from './alert-member.js'
import { MAX_LISTED_MEMBERS, problemView, type ProblemView, type ViewMember } from './problem-view.js'

export interface SampleView {
  /** The state's name, as `render --states` keys it. */
  name: 'first' | 'repeat' | 'member-added' | 'resolved'
  /** What the state shows, as a person would say it. */
  caption: string
  view: ProblemView
}

const MINUTE = 60_000

/** The three states of the problem of `alert` (the default dedupe key: its fingerprint), at `now` (epoch ms). */
export function sampleViews(alert: Alert, fingerprint: string, now: number): SampleView[] {
  const label = memberLabel(alert, fingerprint)
  const other = `${label}_2`
  const member = (name: string, status: ViewMember['mark']['status'], occurrences: number): ViewMember => ({
    label: name,
    mark: { episode: 1, status, occurrences }
  })
  const view = (members: ViewMember[], openedAt: number) =>
    problemView(members, {
      key: fingerprint,
      sample: alert.is_sample === true,
      openedAt,
      lastSeenAt: now,
      latestText: latestText(alert),
      maxListed: MAX_LISTED_MEMBERS
    })
  return [
    { name: 'first', caption: '1 failing (first alert)', view: view([member(label, 'failing', 1)], now) },
    { name: 'repeat', caption: '1 failing ×3', view: view([member(label, 'failing', 3)], now - 2 * MINUTE) },
    {
      name: 'member-added',
      caption: '2 failing (member added)',
      view: view([member(label, 'failing', 3), member(other, 'failing', 1)], now - 5 * MINUTE)
    },
    {
      name: 'resolved',
      caption: 'resolved after 42 min',
      view: view([member(label, 'recovered', 4), member(other, 'recovered', 2)], now - 42 * MINUTE)
    }
  ]
}
