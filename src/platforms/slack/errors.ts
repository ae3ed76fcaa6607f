import { isObject, type JsonObject } from '../shared/json.js'
import { CHANNEL_HINT, TOKEN_HINT } from './target.js'

const NO_TEXT = 'the message has no text or blocks'
const BLOCKS_REJECTED = 'Slack rejected the blocks (Block Kit); run with dry-run to see the payload'
const WEBHOOK_GONE =
  'the webhook URL is wrong or the webhook was removed. Set the url input to an incoming webhook URL (your Slack app › Incoming Webhooks), stored as a secret'

/** Incoming webhooks answer errors as a bare code in a text body. */
export const WEBHOOK_ERRORS: Readonly<Record<string, string>> = {
  invalid_payload: 'Slack could not read the message (not JSON, or a field of the wrong shape)',
  no_text: NO_TEXT,
  invalid_blocks: BLOCKS_REJECTED,
  invalid_blocks_format: BLOCKS_REJECTED,
  action_prohibited: 'a workspace admin restricted posting through this webhook',
  posting_to_general_channel_denied: "only admins may post to the webhook's channel",
  no_service: WEBHOOK_GONE,
  no_team: WEBHOOK_GONE,
  invalid_token: WEBHOOK_GONE,
  team_disabled: 'the Slack workspace of this webhook is disabled',
  channel_not_found: "the webhook's channel was deleted; create an incoming webhook for another channel",
  channel_is_archived:
    "the webhook's channel is archived; unarchive it or create an incoming webhook for another channel",
  user_not_found: 'the webhook posts to a user who no longer exists'
}

const TOKEN_REFUSED = `Slack refused the token. ${TOKEN_HINT}; reinstall the app if the token was revoked`
const RESTRICTED = (channel: string) => `a workspace setting or admin does not let this app post in ${channel}`

/** What to do about the common chat.postMessage errors. */
const API_ERROR_HINTS: Readonly<Record<string, (channel: string, answer: JsonObject) => string>> = {
  not_authed: () => `no token reached Slack. ${TOKEN_HINT}`,
  invalid_auth: () => TOKEN_REFUSED,
  account_inactive: () => TOKEN_REFUSED,
  token_revoked: () => TOKEN_REFUSED,
  token_expired: () => TOKEN_REFUSED,
  missing_scope: (_channel, answer) =>
    `the token lacks the scope ${typeof answer.needed === 'string' ? answer.needed : 'chat:write'}` +
    `${typeof answer.provided === 'string' ? ` (it has ${answer.provided})` : ''}; add it under OAuth & Permissions and reinstall the app`,
  not_in_channel: channel =>
    `the app's bot is not a member of ${channel}: invite it (/invite @YourApp in the channel), or add the chat:write.public scope for public channels`,
  channel_not_found: channel =>
    `Slack cannot find ${channel}, or the token cannot see it: ${CHANNEL_HINT}; invite the bot to private channels`,
  is_archived: channel => `${channel} is archived: unarchive it or set vars: channel to another channel`,
  msg_too_long: () => 'the message text is too long',
  no_text: () => NO_TEXT,
  invalid_blocks: () => BLOCKS_REJECTED,
  invalid_blocks_format: () => BLOCKS_REJECTED,
  restricted_action: RESTRICTED,
  restricted_action_read_only_channel: RESTRICTED,
  ekm_access_denied: RESTRICTED,
  team_access_not_granted: RESTRICTED
}

/** `not_in_channel: the app's bot is not a member of C0123…: invite it …` plus Slack's own detail lines. */
export function describeApiError(error: string, answer: JsonObject, channel = 'the channel'): string {
  const hint = API_ERROR_HINTS[error]?.(channel, answer)
  const metadata = isObject(answer.response_metadata) ? answer.response_metadata : {}
  const details = Array.isArray(metadata.messages) ? metadata.messages.filter(m => typeof m === 'string') : []
  return `${error}${hint ? `: ${hint}` : ''}${details.length > 0 ? ` — ${details.join('; ')}` : ''}`
}
