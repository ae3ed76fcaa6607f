/**
 * The problem states of a chat message (one message per problem: `repeat: comment`, `resolve: close`), for check
 * mode and `render --states`: the produced message as its problem's message in each sample state, fitted and
 * validated as a send would post or edit it.
 */
import { PayloadError, type Problem } from '../errors.js'
import type { Derived } from '../event/derive.js'
import type { Alert } from '../event/normalise.js'
import type { Json } from '../json.js'
import { sampleViews, type SampleView } from '../memory/sample-views.js'
import { problemMessagesOf } from '../platforms/registry.js'
import type { Platform, PlatformContext } from '../platforms/types.js'

export type ProblemState = Pick<SampleView, 'name' | 'caption'> & ({ payload: Json } | { refused: Problem[] })

/** The state whose problem part is the longest (two members with counts, the longest title): the one limits bite. */
export const LONGEST_STATE: SampleView['name'] = 'resolved'

/**
 * Each sample state's message (those named in `only`, else all), or why the service would refuse it; undefined for
 * a platform without them.
 */
export function problemStates(
  platform: Platform,
  produced: { payload: Json; ctx: PlatformContext },
  alert: Alert,
  derived: Derived,
  only?: SampleView['name']
): ProblemState[] | undefined {
  const messages = problemMessagesOf(platform)
  if (!messages) return undefined
  const views = sampleViews(alert, derived.fingerprint, produced.ctx.now().getTime())
  return views
    .filter(({ name }) => only === undefined || name === only)
    .map(({ name, caption, view }) => {
      try {
        return { name, caption, payload: messages.payload(produced.payload, view, produced.ctx) }
      } catch (error) {
        if (!(error instanceof PayloadError)) throw error
        return { name, caption, refused: error.problems }
      }
    })
}
