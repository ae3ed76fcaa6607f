import type { Findings } from '../shared/findings.js'
import type { JsonObject } from '../shared/json.js'
import type { Json } from '../../json.js'
import { isSnowflake } from './snowflake.js'

/** https://discord.com/developers/docs/resources/poll#poll-create-request-object and #poll-media-object */
const LIMITS = {
  question: 300,
  answer: 55,
  answers: 10,
  /** Hours the poll stays open: 1 to 32 days. */
  duration: [1, 768],
  emojiName: 32
} as const
const DEFAULT_LAYOUT = 1

/** Checks a message's `poll` (a poll create request), adding what Discord would reject to `findings`. */
export function checkPoll(value: Json | undefined, findings: Findings): void {
  const poll = findings.object(value, 'poll')
  if (!poll) return
  const question = findings.object(poll.question, 'poll.question', true)
  if (question) {
    pollText(question.text, 'poll.question.text', LIMITS.question, findings)
    if (question.emoji !== undefined && question.emoji !== null)
      findings.add('poll.question.emoji', 'is not supported: a poll question holds text only; remove it')
  }
  if (poll.answers === undefined || poll.answers === null) findings.add('poll.answers', 'is required: 1 to 10 answers')
  findings.list(poll.answers, 'poll.answers', LIMITS.answers, 'answers', 1).forEach((item, i) => {
    const path = `poll.answers[${i}]`
    const answer = findings.object(item, path, true)
    const media = answer && findings.object(answer.poll_media, `${path}.poll_media`, true)
    if (!media) return
    pollText(media.text, `${path}.poll_media.text`, LIMITS.answer, findings)
    const emoji = findings.object(media.emoji, `${path}.poll_media.emoji`)
    if (emoji) checkEmoji(emoji, `${path}.poll_media.emoji`, findings)
  })
  const duration = poll.duration
  const [shortest, longest] = LIMITS.duration
  if (
    duration !== undefined &&
    duration !== null &&
    (typeof duration !== 'number' || !Number.isInteger(duration) || duration < shortest || duration > longest)
  ) {
    findings.add(
      'poll.duration',
      `must be a whole number of hours from ${shortest} to ${longest} (32 days), got ${JSON.stringify(duration)}`
    )
  }
  findings.boolean(poll.allow_multiselect, 'poll.allow_multiselect')
  const layout = poll.layout_type
  if (layout !== undefined && layout !== null && layout !== DEFAULT_LAYOUT)
    findings.add('poll.layout_type', `must be ${DEFAULT_LAYOUT} (the only layout), got ${JSON.stringify(layout)}`)
}

function pollText(value: Json | undefined, path: string, max: number, findings: Findings): void {
  if (value === undefined || value === null) return findings.add(path, `is required: 1 to ${max} characters`)
  findings.text(value, path, max, true)
}

/** A poll answer's emoji: a custom emoji's `id`, or a Unicode emoji as `name`. */
function checkEmoji(emoji: JsonObject, path: string, findings: Findings): void {
  const { id, name } = emoji
  if (id !== undefined && id !== null && !isSnowflake(id))
    findings.add(`${path}.id`, `must be a custom emoji's id written as a string of digits, got ${JSON.stringify(id)}`)
  findings.text(name, `${path}.name`, LIMITS.emojiName)
  findings.boolean(emoji.animated, `${path}.animated`)
}
