import { neutralise, WORD_JOINER } from '../shared/mentions.js'
import { isObject } from '../shared/json.js'
import type { Json } from '../../json.js'

/** Mentions that notify people: <!here>, <!channel>, <!everyone>, <!group>, <!subteam^ID>, <@U…>, each with an optional |label. */
const SPECIAL_MENTION = /<(?:@[^<>]*|!(?:here|channel|everyone|group|subteam\^)[^<>]*)>/gi
/** Written without brackets, these may still be parsed as mentions in mrkdwn (Slack's "automatic parsing"). */
const BARE_BROADCAST = /@(here|channel|everyone)\b/gi

/**
 * Only mentions the workflow author wrote (template and vars) may notify anyone: any other `<!here>`, `<@U…>`, …
 * is escaped the way Slack escapes text (`&lt;!here&gt;` shows as `<!here>`), and a bare `@here` gets an
 * invisible word joiner.
 */
export function neutraliseMentions(text: string, authoredText: string): string {
  const escaped = neutralise(text, authoredText, SPECIAL_MENTION, special => `&lt;${special.slice(1, -1)}&gt;`)
  return neutralise(escaped, authoredText, BARE_BROADCAST, (_word, name) => `@${WORD_JOINER}${name}`)
}

/** Every mrkdwn text object, wherever a block nests it; plain_text never notifies anyone. */
export function neutraliseBlocks(value: Json, authoredText: string): void {
  if (Array.isArray(value)) return value.forEach(item => neutraliseBlocks(item, authoredText))
  if (!isObject(value)) return
  if (value.type === 'mrkdwn' && typeof value.text === 'string')
    value.text = neutraliseMentions(value.text, authoredText)
  for (const child of Object.values(value)) neutraliseBlocks(child, authoredText)
}
