import type { KnownKeys } from '../types.js'

/**
 * Teams accepts messages of up to 28 KB. Measured as bytes of the JSON body, and read as 28,000 rather than
 * 28,672 so the message fits whichever Microsoft means.
 * https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook
 */
export const MESSAGE_LIMIT_BYTES = 28_000

/**
 * Shrinking to fit never takes a text below this many characters while a longer one is left. Ours, not Teams':
 * a cut alert text still says what happened.
 */
export const MIN_TEXT_LENGTH = 100

/** https://learn.microsoft.com/en-us/microsoftteams/platform/task-modules-and-cards/cards/cards-reference */
export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive'

/**
 * Adaptive Card versions Teams renders (1.5 and below).
 * https://learn.microsoft.com/en-us/microsoft-copilot-studio/guidance/adaptive-cards-overview ("Teams is also limited to version 1.5")
 */
export const CARD_VERSIONS: ReadonlySet<string> = new Set(['1.0', '1.1', '1.2', '1.3', '1.4', '1.5'])

/** A value's size as Teams counts it: bytes of its JSON text. */
export function bodyBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value))
}

/** The message around the cards; Teams ignores any other key. The card itself is left to validate. */
export const KNOWN_KEYS: KnownKeys = {
  unknown: 'ignores',
  tree: {
    type: true,
    summary: true,
    text: true,
    attachments: { contentType: true, contentUrl: true, content: true, name: true, thumbnailUrl: true }
  }
}
