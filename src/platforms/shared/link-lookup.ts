import type { Delivered, PlatformContext } from '../types.js'

/**
 * After delivery, a platform may need one more request to learn the message link (Discord's guild, Slack's
 * permalink). The message is out, so a failed lookup only warns and the url output stays empty.
 * `lookup` returns the link, or the reason it is unknown.
 */
export async function withLookedUpLink(
  delivered: Delivered,
  ctx: PlatformContext,
  lookup: () => Promise<{ url: string } | { unknown: string }>
): Promise<Delivered> {
  let found: { url: string } | { unknown: string }
  try {
    found = await lookup()
  } catch (error) {
    found = { unknown: `the lookup failed: ${error instanceof Error ? error.message : String(error)}` }
  }
  if ('url' in found) return { ...delivered, url: found.url }
  ctx.warn({
    path: 'url',
    message: `the message was sent, but its link is unknown (${found.unknown}); the url output stays empty`
  })
  return delivered
}
