import type { PlatformContext, Verdict } from '../types.js'

/**
 * A keyed incident service accepted the event: `resolved` for a resolve, else `sent`; the id is the key the reply
 * echoes, else the problem's. These services answer 202 without a page to link, so the url is the one the user
 * configured (`vars: incident_url`, e.g. the service's incident list), or empty.
 */
export function incidentAccepted(ctx: PlatformContext, repliedKey?: unknown): Verdict {
  return {
    ok: true,
    status: ctx.problem?.action === 'resolve' ? 'resolved' : 'sent',
    id: (typeof repliedKey === 'string' && repliedKey) || (ctx.problem?.key ?? ''),
    url: configuredLink(ctx.vars.incident_url)
  }
}

/** The vars the output reads beside the template: check mode must not call them unread. */
export const INCIDENT_VARS_READ = ['incident_url'] as const

function configuredLink(value: unknown): string {
  return typeof value === 'string' && /^https?:\/\/\S+$/.test(value.trim()) ? value.trim() : ''
}
