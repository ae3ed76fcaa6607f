import type { KnownKeys } from '../types.js'
import type { Measure } from '../../truncate.js'

/** chat.postMessage and Block Kit limits, each from the page that states it. */
export const LIMITS = {
  /** https://docs.slack.dev/reference/methods/chat.postMessage (text is truncated beyond 40,000 characters) */
  text: 40000,
  /** https://docs.slack.dev/reference/block-kit/blocks (up to 50 blocks in a message; block_id at most 255) */
  blocks: 50,
  blockId: 255,
  /**
   * Not documented: Slack answers msg_blocks_too_long to blocks of about 13,200 characters in all, fewer with more
   * blocks (measured in https://github.com/slackapi/bolt-js/issues/2509). Blocks the action adds stay within this.
   */
  blocksText: 12000,
  /** https://docs.slack.dev/reference/block-kit/blocks/header-block */
  header: 150,
  /** https://docs.slack.dev/reference/block-kit/blocks/section-block (text 3000, at most 10 fields of 2000) */
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  /** https://docs.slack.dev/reference/block-kit/blocks/context-block */
  contextElements: 10,
  /** https://docs.slack.dev/reference/block-kit/composition-objects/text-object */
  textObject: 3000,
  /** https://docs.slack.dev/reference/block-kit/block-elements/image-element and blocks/image-block (alt_text, image_url, title) */
  imageAltText: 2000,
  imageUrl: 3000,
  imageTitle: 2000,
  /** https://docs.slack.dev/reference/block-kit/blocks/actions-block */
  actionElements: 25,
  /** https://docs.slack.dev/reference/block-kit/block-elements/button-element */
  buttonText: 75,
  buttonUrl: 3000,
  buttonValue: 2000,
  actionId: 255
} as const

/**
 * Slack does not say how it counts characters; UTF-16 units are never fewer than code points, so a text within
 * a limit by this measure is within it by either.
 */
export const MEASURE: Measure = 'utf16'

/** The text object types (https://docs.slack.dev/reference/block-kit/composition-objects/text-object). */
export const TEXT_TYPES = ['plain_text', 'mrkdwn']

/**
 * chat.postMessage's and incoming webhooks' arguments and legacy attachments; Slack ignores any other key. Blocks are
 * left to validate: Slack rejects a malformed block.
 */
export const KNOWN_KEYS: KnownKeys = {
  unknown: 'ignores',
  tree: {
    channel: true,
    text: true,
    blocks: true,
    attachments: {
      fallback: true,
      color: true,
      pretext: true,
      author_name: true,
      author_link: true,
      author_icon: true,
      title: true,
      title_link: true,
      text: true,
      fields: { title: true, value: true, short: true },
      image_url: true,
      thumb_url: true,
      footer: true,
      footer_icon: true,
      ts: true,
      mrkdwn_in: true,
      blocks: true,
      actions: true,
      callback_id: true
    },
    username: true,
    icon_url: true,
    icon_emoji: true,
    thread_ts: true,
    reply_broadcast: true,
    unfurl_links: true,
    unfurl_media: true,
    mrkdwn: true,
    markdown_text: true,
    parse: true,
    link_names: true,
    metadata: true
  }
}
