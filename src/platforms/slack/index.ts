import type { KnownKeys, PlatformBehaviour } from '../types.js'
import { complete, parse, request } from './api.js'
import { fit } from './fit.js'
import { resolveTarget } from './target.js'
import { validate } from './validate.js'

/**
 * chat.postMessage's and incoming webhooks' arguments and legacy attachments; Slack ignores any other key. Blocks are
 * left to validate: Slack rejects a malformed block.
 */
const KNOWN_KEYS: KnownKeys = {
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

export const slack: PlatformBehaviour = {
  resolveTarget,
  fit,
  validate,
  request,
  parse,
  complete,
  checkHints: { knownKeys: KNOWN_KEYS, varsRead: ['channel'], sampleVars: { channel: 'C0123456789' } }
}
