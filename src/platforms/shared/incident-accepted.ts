import type { PlatformContext, Verdict } from '../types.js'

/**
 * A keyed incident service accepted the event: `resolved` for a resolve, else `sent`; the id is the key the reply
 * echoes, else the problem's; no page to link (these services answer 202 without one).
 */
export function incidentAccepted(ctx: PlatformContext, repliedKey?: unknown): Verdict {
  return {
    ok: true,
    status: ctx.problem?.action === 'resolve' ? 'resolved' : 'sent',
    id: (typeof repliedKey === 'string' && repliedKey) || (ctx.problem?.key ?? ''),
    url: ''
  }
}
