import type { Findings } from '../shared/findings.js'
import { isObject, type JsonObject } from '../shared/json.js'
import type { Json } from '../../json.js'
import { LIMITS } from './limits.js'

/**
 * The Block Kit block types and the keys each requires, from Slack's own types (`@slack/types` `KnownBlock`;
 * https://docs.slack.dev/reference/block-kit/blocks). Slack answers `invalid_blocks` to any other type and to a
 * block without a key it requires. `image` needs `alt_text` and either `image_url` or `slack_file` (not both).
 */
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  actions: ['elements'],
  alert: ['text'],
  card: [],
  carousel: ['elements'],
  container: ['child_blocks'],
  context: ['elements'],
  context_actions: ['elements'],
  data_table: ['caption', 'rows'],
  divider: [],
  file: ['external_id', 'source'],
  header: ['text'],
  image: ['alt_text'],
  input: ['element', 'label'],
  markdown: ['text'],
  plan: ['title'],
  rich_text: ['elements'],
  section: [],
  table: ['rows'],
  task_card: ['status', 'task_id', 'title'],
  video: ['alt_text', 'thumbnail_url', 'title', 'video_url']
}

/** Whether `type` is a Block Kit block type. */
export function isBlockType(type: Json | undefined): type is string {
  return typeof type === 'string' && Object.hasOwn(REQUIRED, type)
}

/** The keys a block of a known `type` lacks, each reported at its path. */
export function checkRequiredKeys(block: JsonObject, type: string, path: string, findings: Findings): void {
  for (const key of REQUIRED[type]) {
    if (block[key] === undefined || block[key] === null)
      findings.add(`${path}.${key}`, `is required in a ${type} block (Slack answers invalid_blocks without it)`)
  }
}

/**
 * An image (a block, or an element of a context block): the picture from `image_url` or `slack_file` (one of them),
 * and `alt_text` for those who cannot see it.
 */
export function checkImage(image: JsonObject, path: string, findings: Findings): void {
  const { image_url: url, slack_file: file, alt_text: altText } = image
  const hasUrl = url !== undefined && url !== null
  const hasFile = file !== undefined && file !== null
  if (hasUrl && hasFile) findings.add(path, 'an image takes image_url or slack_file, not both: remove one')
  if (!hasUrl && !hasFile)
    findings.add(`${path}.image_url`, 'is required: the http(s) URL of the image (or give slack_file instead)')
  findings.url(url, `${path}.image_url`, LIMITS.imageUrl)
  if (hasFile) checkSlackFile(file, `${path}.slack_file`, findings)
  if (altText === undefined || altText === null) {
    findings.add(
      `${path}.alt_text`,
      'is required: a plain-text description of the image for screen readers (Slack answers invalid_blocks without it)'
    )
  }
  findings.text(altText, `${path}.alt_text`, LIMITS.imageAltText, true)
}

/** A Slack file by `url` or by `id`, one of them. */
function checkSlackFile(value: Json, path: string, findings: Findings): void {
  if (!isObject(value)) return findings.add(path, 'must be an object with url or id')
  const given = ['url', 'id'].filter(key => value[key] !== undefined && value[key] !== null)
  if (given.length !== 1) return findings.add(path, 'must have either url or id (one of them)')
  findings.text(value[given[0]], `${path}.${given[0]}`, Infinity, true)
}
