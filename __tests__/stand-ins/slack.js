// @ts-check
/**
 * Stand-in for Slack: incoming webhooks (POST /services/T…/B…/secret → 200 `ok`, or a bare error code as text
 * with 400/403/404/410) and the Web API methods chat.postMessage (with `thread_ts`, `reply_broadcast` and message
 * `metadata`), chat.update (the app's own messages, Tier 3), chat.getPermalink, conversations.history and
 * conversations.replies (Bearer token; errors as HTTP 200 `{ok: false, error}`; the history methods at their tier's
 * rate). Block Kit is checked the way Slack reports it: `invalid_blocks` with
 * `[ERROR] … [json-pointer:/blocks/…]` lines. Lengths count UTF-16 units, the stricter reading of Slack's limits.
 */
import { randomBytes } from 'node:crypto'
import { isJsonContentType, startServer } from './http.js'
import { FixedWindow, retryAfterHeader, TokenBucket } from './rate-limit.js'

/**
 * @typedef {import('./http.js').Reply} Reply
 * @typedef {import('./http.js').LoggedRequest} LoggedRequest
 * @typedef {import('./slack.js').SlackState} SlackState
 * @typedef {import('./slack.js').SlackChannel} SlackChannel
 * @typedef {import('./slack.js').SlackFault} SlackFault
 * @typedef {(pointer: string, message: string) => void} AddError
 * @typedef {Record<string, unknown>} Obj
 */

const WEBHOOK_PATH = /^\/services\/([^/]+)\/([^/]+)\/([^/]+)\/?$/
const API_PATH = /^\/api\/([\w.]+)$/
const BLOCK_TYPES = [
  'header',
  'section',
  'context',
  'actions',
  'divider',
  'image',
  'rich_text',
  'markdown',
  'video',
  'file',
  'input'
]
const TEXT_TYPES = ['plain_text', 'mrkdwn']
/** Mentions that notify: special mentions in brackets, and the bare words mrkdwn may parse automatically. */
const PING =
  /<(!here|!channel|!everyone|!group|!subteam\^[^|>]*|@[UW][A-Z0-9]*)(?:\|[^>]*)?>|(?<![\w@])@(here|channel|everyone)\b/g

/** @param {unknown} value @returns {value is Obj} */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** @param {number} length */
function randomId(length) {
  return randomBytes(length).toString('hex').toUpperCase().slice(0, length)
}

let sequence = 0
/** Message timestamps as Slack writes them: seconds, a dot, six digits, unique per workspace. */
function nextTs() {
  sequence = (sequence + 1) % 1_000_000
  return `${Math.floor(Date.now() / 1000)}.${String(sequence).padStart(6, '0')}`
}

// ─── Block Kit ────────────────────────────────────────────────────────────────────────────────

/**
 * @param {Obj} object
 * @param {string[]} allowed
 * @param {string} pointer
 * @param {AddError} add
 */
function checkKeys(object, allowed, pointer, add) {
  for (const key of Object.keys(object)) if (!allowed.includes(key)) add(pointer, `invalid additional property: ${key}`)
}

/**
 * @param {unknown} value
 * @param {string} pointer
 * @param {number} max
 * @param {AddError} add
 */
function checkString(value, pointer, max, add, min = 0) {
  if (typeof value !== 'string') return add(pointer, 'must provide a string')
  if (value.length > max) add(pointer, `must be less than ${max + 1} characters`)
  if (value.length < min) add(pointer, `must be more than ${min - 1} characters`)
}

/**
 * @param {unknown} value
 * @param {string} pointer
 * @param {number} max
 * @param {AddError} add
 * @param {string[]} types
 */
function checkTextObject(value, pointer, max, add, types = TEXT_TYPES) {
  if (!isObject(value)) return add(pointer, 'must provide an object')
  checkKeys(value, ['type', 'text', 'emoji', 'verbatim'], pointer, add)
  if (!types.includes(String(value.type))) add(`${pointer}/type`, `must be one of: ${types.join(', ')}`)
  checkString(value.text, `${pointer}/text`, max, add, 1)
  if ('emoji' in value && value.type !== 'plain_text') add(`${pointer}/emoji`, 'emoji is only allowed for plain_text')
  if ('verbatim' in value && value.type !== 'mrkdwn') add(`${pointer}/verbatim`, 'verbatim is only allowed for mrkdwn')
}

/**
 * @param {unknown} value
 * @param {string} pointer
 * @param {number} max
 * @param {AddError} add
 * @returns {unknown[]}
 */
function checkList(value, pointer, max, add) {
  if (!Array.isArray(value)) {
    add(pointer, 'must provide an array')
    return []
  }
  if (value.length === 0) add(pointer, 'must provide at least 1 item')
  if (value.length > max) add(pointer, `no more than ${max} items allowed`)
  return value
}

/**
 * @param {unknown} value
 * @param {string} pointer
 * @param {number} max
 * @param {AddError} add
 */
function checkUrl(value, pointer, max, add) {
  checkString(value, pointer, max, add, 1)
  if (typeof value !== 'string') return
  let scheme = ''
  try {
    scheme = new URL(value).protocol
  } catch {
    return add(pointer, 'must be a valid URL')
  }
  if (scheme !== 'http:' && scheme !== 'https:') add(pointer, 'must be a valid http(s) URL')
}

/**
 * @param {unknown} element
 * @param {string} pointer
 * @param {AddError} add
 */
function checkButton(element, pointer, add) {
  if (!isObject(element)) return add(pointer, 'must provide an object')
  if (element.type !== 'button') return
  checkKeys(
    element,
    ['type', 'text', 'url', 'value', 'action_id', 'style', 'confirm', 'accessibility_label'],
    pointer,
    add
  )
  checkTextObject(element.text, `${pointer}/text`, 75, add, ['plain_text'])
  if (element.url !== undefined) checkUrl(element.url, `${pointer}/url`, 3000, add)
  if (element.value !== undefined) checkString(element.value, `${pointer}/value`, 2000, add, 1)
  if (element.action_id !== undefined) checkString(element.action_id, `${pointer}/action_id`, 255, add, 1)
  if (element.style !== undefined && !['primary', 'danger'].includes(String(element.style))) {
    add(`${pointer}/style`, 'must be one of: primary, danger')
  }
}

/**
 * @param {Obj} block
 * @param {string} pointer
 * @param {AddError} add
 */
function checkBlock(block, pointer, add) {
  switch (block.type) {
    case 'header':
      checkKeys(block, ['type', 'text', 'block_id'], pointer, add)
      return checkTextObject(block.text, `${pointer}/text`, 150, add, ['plain_text'])
    case 'section':
      checkKeys(block, ['type', 'text', 'fields', 'accessory', 'block_id', 'expand'], pointer, add)
      if (block.text === undefined && block.fields === undefined)
        return add(pointer, 'must provide either text or fields')
      if (block.text !== undefined) checkTextObject(block.text, `${pointer}/text`, 3000, add)
      if (block.fields !== undefined) {
        checkList(block.fields, `${pointer}/fields`, 10, add).forEach((field, i) =>
          checkTextObject(field, `${pointer}/fields/${i}`, 2000, add)
        )
      }
      return
    case 'context':
      checkKeys(block, ['type', 'elements', 'block_id'], pointer, add)
      return checkList(block.elements, `${pointer}/elements`, 10, add).forEach((element, i) => {
        if (isObject(element) && element.type === 'image')
          return checkString(element.alt_text, `${pointer}/elements/${i}/alt_text`, 2000, add, 1)
        checkTextObject(element, `${pointer}/elements/${i}`, 3000, add)
      })
    case 'actions':
      checkKeys(block, ['type', 'elements', 'block_id'], pointer, add)
      return checkList(block.elements, `${pointer}/elements`, 25, add).forEach((element, i) =>
        checkButton(element, `${pointer}/elements/${i}`, add)
      )
    case 'divider':
      return checkKeys(block, ['type', 'block_id'], pointer, add)
    case 'image':
      checkKeys(block, ['type', 'image_url', 'slack_file', 'alt_text', 'title', 'block_id'], pointer, add)
      checkString(block.alt_text, `${pointer}/alt_text`, 2000, add, 1)
      if ((block.image_url === undefined) === (block.slack_file === undefined))
        add(pointer, 'must provide exactly one of image_url or slack_file')
      if (block.image_url !== undefined) checkString(block.image_url, `${pointer}/image_url`, 3000, add, 1)
      return
    default:
      if (!BLOCK_TYPES.includes(String(block.type))) add(`${pointer}/type`, `must be a valid enum value`)
  }
}

/**
 * Slack's `response_metadata.messages` for a `blocks` value; empty when Slack would accept it.
 * @param {unknown} blocks
 * @returns {string[]}
 */
export function blockKitErrors(blocks) {
  /** @type {string[]} */
  const messages = []
  /** @type {AddError} */
  const add = (pointer, message) => {
    messages.push(`[ERROR] ${message} [json-pointer:${pointer}]`)
  }
  if (!Array.isArray(blocks)) {
    add('/blocks', 'must provide an array')
    return messages
  }
  if (blocks.length > 50) add('/blocks', 'no more than 50 items allowed')
  const ids = new Set()
  blocks.forEach((block, i) => {
    const pointer = `/blocks/${i}`
    if (!isObject(block)) return add(pointer, 'must provide an object')
    if (block.block_id !== undefined) {
      checkString(block.block_id, `${pointer}/block_id`, 255, add, 1)
      if (ids.has(block.block_id)) add(`${pointer}/block_id`, 'duplicate block_id')
      ids.add(block.block_id)
    }
    checkBlock(block, pointer, add)
  })
  return messages
}

/**
 * The texts Slack parses for mentions: `text` and every mrkdwn text object in the blocks.
 * @param {Obj} payload
 * @returns {string[]}
 */
function mrkdwnTexts(payload) {
  /** @type {string[]} */
  const texts = typeof payload.text === 'string' ? [payload.text] : []
  /** @param {unknown} value */
  const walk = value => {
    if (Array.isArray(value)) return value.forEach(walk)
    if (!isObject(value)) return
    if (value.type === 'mrkdwn' && typeof value.text === 'string') texts.push(value.text)
    Object.values(value).forEach(walk)
  }
  walk(payload.blocks)
  return texts
}

/**
 * Mentions in the message that would notify someone, as written (`<!here>`, `<@U123>`, `@channel`).
 * @param {Obj} payload
 */
export function slackPings(payload) {
  const pings = mrkdwnTexts(payload).flatMap(text =>
    [...text.matchAll(PING)].map(match => (match[1] ? `<${match[1]}>` : `@${match[2]}`))
  )
  return [...new Set(pings)]
}

/**
 * The first reason Slack would refuse a message body, as its error code (and detail lines); undefined when fine.
 * @param {Obj} body
 * @returns {{ error: string, messages?: string[] } | undefined}
 */
function messageProblem(body) {
  const has = (/** @type {unknown} */ list) => Array.isArray(list) && list.length > 0
  const hasText = typeof body.text === 'string' && body.text.trim() !== ''
  if (!hasText && !has(body.blocks) && !has(body.attachments)) return { error: 'no_text' }
  if (typeof body.text === 'string' && body.text.length > 40000) return { error: 'msg_too_long' }
  if (body.blocks !== undefined) {
    const messages = blockKitErrors(body.blocks)
    if (messages.length > 0) return { error: 'invalid_blocks', messages }
  }
  return undefined
}

// ─── server ───────────────────────────────────────────────────────────────────────────────────

/**
 * @param {import('./slack.js').SlackOptions} [options]
 * @returns {Promise<import('./slack.js').SlackStandIn>}
 */
/**
 * "1 per second. Short bursts >1 allowed" per channel (docs.slack.dev rate limits); the burst size is not
 * published (estimates run from 5 to 25): 10 here.
 */
const CHANNEL_BURST = 10
/**
 * conversations.history and .replies: Tier 3 (50+ a minute) for a team's own app; 1 a minute and at most 15
 * messages for a commercially distributed app outside the Marketplace created after May 2025.
 */
const HISTORY_TIERS = { tier3: { perMinute: 50, maxLimit: 999 }, restricted: { perMinute: 1, maxLimit: 15 } }
/** chat.update: Tier 3, "50+ per minute" per method and workspace (docs.slack.dev/reference/methods/chat.update). */
const UPDATES_PER_MINUTE = 50
const EVENT_TYPE = /^[a-zA-Z0-9_]+$/

export async function startSlack(options = {}) {
  const teamId = `T${randomId(10)}`
  /** @type {SlackChannel[]} */
  const channels = options.channels ?? [
    { id: 'C0ALERTS001', name: 'data-alerts', member: true, archived: false },
    { id: 'C0RANDOM002', name: 'random', member: false, archived: false },
    { id: 'C0ARCHIVE03', name: 'old-alerts', member: true, archived: true }
  ]
  /** @type {SlackState} */
  const state = {
    teamId,
    domain: options.domain ?? 'acme-data',
    botToken: options.botToken ?? `xoxb-${Date.now()}-${Date.now() + 1}-${randomBytes(12).toString('base64url')}`,
    botUserId: `U${randomId(10)}`,
    webhook: {
      teamId,
      botId: `B${randomId(10)}`,
      secret: options.webhookSecret ?? randomBytes(12).toString('base64url'),
      channelId: options.webhookChannelId ?? channels[0].id
    },
    channels,
    messages: [],
    pings: []
  }

  /**
   * @param {Obj} payload
   * @param {string} channel
   * @param {'webhook' | 'api'} via
   * @param {{ threadTs?: string, broadcast?: boolean, metadata?: Obj }} [extra]
   */
  function record(payload, channel, via, extra = {}) {
    const ts = nextTs()
    const pings = slackPings(payload)
    state.messages.push({ ts, channel, via, payload, pings, edits: [], ...extra })
    state.pings.push(...pings.map(mention => ({ ts, mention })))
    return ts
  }

  /** @param {string} id */
  const channelById = id => channels.find(channel => channel.id === id)
  /** @param {string} wanted an ID, or a name with or without # */
  const findChannel = wanted =>
    channelById(wanted) ?? channels.find(channel => channel.name === wanted.replace(/^#/, ''))

  const limited = options.rateLimits !== false
  const channelRate = new TokenBucket({ capacity: CHANNEL_BURST, intervalMs: 1000 * (options.timeScale ?? 1) })
  const historyTier = HISTORY_TIERS[options.historyTier ?? 'tier3']
  const historyRate = new FixedWindow({ limit: historyTier.perMinute, windowMs: 60_000 * (options.timeScale ?? 1) })
  const updateRate = new FixedWindow({ limit: UPDATES_PER_MINUTE, windowMs: 60_000 * (options.timeScale ?? 1) })

  /**
   * Slack's posting limit, one message a second per channel after a short burst: 0 when the channel takes one
   * now (and it is counted), else the ms until it will.
   * @param {string} channelId
   */
  function channelWaitMs(channelId) {
    if (!limited) return 0
    const taken = channelRate.take(channelId)
    return taken.ok ? 0 : taken.retryAfterMs
  }

  /**
   * @param {LoggedRequest} request
   * @param {Reply} reply
   */
  function incomingWebhook(request, reply) {
    const limitedFor = (/** @type {number} */ ms) =>
      reply.json(
        429,
        { retry_after: Number(retryAfterHeader(ms)), ok: false, error: 'rate_limited' },
        { 'retry-after': retryAfterHeader(ms) }
      )
    const [, team, bot, secret] = /** @type {RegExpExecArray} */ (WEBHOOK_PATH.exec(request.path))
    const { webhook } = state
    if (team !== webhook.teamId || bot !== webhook.botId) return reply.text(404, 'no_service')
    if (secret !== webhook.secret) return reply.text(403, 'invalid_token')
    if (request.method !== 'POST') return reply.text(405, 'invalid_method')
    const channel = channelById(webhook.channelId)
    if (!channel) return reply.text(404, 'channel_not_found')
    if (channel.archived) return reply.text(410, 'channel_is_archived')
    if (!isJsonContentType(request.headers['content-type']) || !isObject(request.json))
      return reply.text(400, 'invalid_payload')
    const body = /** @type {Obj} */ (request.json)
    const problem = messageProblem(body)
    if (problem) return reply.text(400, problem.error)
    const wait = channelWaitMs(channel.id)
    if (wait > 0) return limitedFor(wait)
    // An app's incoming webhook posts to its own channel, whatever `channel` says.
    record(body, channel.id, 'webhook')
    reply.text(200, 'ok', { 'content-type': 'text/html' })
  }

  /**
   * The method's arguments: a JSON body, or the query of a GET.
   * @param {LoggedRequest} request
   * @returns {Obj | { error: string }}
   */
  function methodArguments(request) {
    if (request.method === 'GET') return { ...request.query }
    if (!isJsonContentType(request.headers['content-type'])) return { error: 'invalid_form_data' }
    if (!('json' in request)) return { error: 'invalid_json' }
    if (!isObject(request.json)) return { error: 'json_not_object' }
    return /** @type {Obj} */ (request.json)
  }

  /**
   * @param {Obj} args
   * @param {LoggedRequest} request
   */
  function postMessage(args, request) {
    if (request.method !== 'POST') return { ok: false, error: 'invalid_request_method' }
    const channel = typeof args.channel === 'string' ? findChannel(args.channel) : undefined
    if (!channel) return { ok: false, error: 'channel_not_found' }
    if (channel.archived) return { ok: false, error: 'is_archived' }
    if (!channel.member) return { ok: false, error: 'not_in_channel' }
    const problem = messageProblem(args)
    if (problem)
      return {
        ok: false,
        error: problem.error,
        ...(problem.messages && { response_metadata: { messages: problem.messages } })
      }
    const metadata = args.metadata === undefined ? undefined : parseMetadata(args.metadata)
    if (metadata && 'error' in metadata) return { ok: false, error: metadata.error }
    // A reply names its thread by the parent's ts; a reply's own ts stands for the thread it is in.
    let threadTs
    if (args.thread_ts !== undefined) {
      const parent = state.messages.find(m => m.channel === channel.id && m.ts === String(args.thread_ts))
      if (!parent) return { ok: false, error: 'thread_not_found' }
      threadTs = parent.threadTs ?? parent.ts
    }
    const wait = channelWaitMs(channel.id)
    if (wait > 0) return { ok: false, error: 'ratelimited', retryAfterMs: wait }
    const broadcast = threadTs !== undefined && (args.reply_broadcast === true || args.reply_broadcast === 'true')
    const ts = record(args, channel.id, 'api', {
      ...(threadTs !== undefined && { threadTs }),
      ...(broadcast && { broadcast }),
      ...(metadata && { metadata })
    })
    const charsetWarning = /charset=/i.test(request.headers['content-type'] ?? '')
      ? {}
      : { warning: 'missing_charset', response_metadata: { warnings: ['missing_charset'] } }
    const message = {
      type: 'message',
      subtype: 'bot_message',
      text: typeof args.text === 'string' ? args.text : '',
      ts,
      user: state.botUserId,
      bot_id: state.webhook.botId,
      team: state.teamId,
      ...(Array.isArray(args.blocks) && { blocks: args.blocks }),
      ...(threadTs !== undefined && { thread_ts: threadTs, parent_user_id: state.botUserId })
    }
    return { ok: true, channel: channel.id, ts, message, ...charsetWarning }
  }

  /**
   * Message metadata: `{event_type, event_payload}`, given as an object or as its JSON text.
   * @param {unknown} value
   * @returns {Obj | { error: string }}
   */
  function parseMetadata(value) {
    let metadata = value
    if (typeof value === 'string') {
      try {
        metadata = JSON.parse(value)
      } catch {
        return { error: 'invalid_metadata_format' }
      }
    }
    if (!isObject(metadata)) return { error: 'invalid_metadata_format' }
    const { event_type: type, event_payload: payload } = metadata
    if (typeof type !== 'string' || !EVENT_TYPE.test(type) || !isObject(payload))
      return { error: 'invalid_metadata_schema' }
    return { event_type: type, event_payload: payload }
  }

  /**
   * chat.update: the app's own message, by channel ID and ts; text, blocks and metadata replace the message's.
   * A bot's own messages have no edit window.
   * @param {Obj} args
   * @param {LoggedRequest} request
   */
  function updateMessage(args, request) {
    if (request.method !== 'POST') return { ok: false, error: 'invalid_request_method' }
    const channel = typeof args.channel === 'string' ? channelById(args.channel) : undefined
    if (!channel) return { ok: false, error: 'channel_not_found' }
    if (channel.archived) return { ok: false, error: 'is_archived' }
    const message = state.messages.find(m => m.channel === channel.id && m.ts === String(args.ts ?? ''))
    if (!message) return { ok: false, error: 'message_not_found' }
    if (message.via !== 'api') return { ok: false, error: 'cant_update_message' }
    const changes = Object.fromEntries(
      Object.entries(args).filter(([field]) => ['text', 'blocks', 'attachments', 'metadata'].includes(field))
    )
    // "If you don't include blocks, the message's previous blocks will only be retained if the text argument is
    // not provided."
    if (changes.text !== undefined && changes.blocks === undefined) changes.blocks = []
    const problem = messageProblem({ ...message.payload, ...changes })
    if (problem)
      return {
        ok: false,
        error: problem.error,
        ...(problem.messages && { response_metadata: { messages: problem.messages } })
      }
    const metadata = changes.metadata === undefined ? undefined : parseMetadata(changes.metadata)
    if (metadata && 'error' in metadata) return { ok: false, error: metadata.error }
    message.payload = { ...message.payload, ...changes }
    if (Array.isArray(message.payload.blocks) && message.payload.blocks.length === 0) delete message.payload.blocks
    message.pings = slackPings(message.payload)
    if (metadata) message.metadata = metadata
    message.edits.push({ ts: nextTs(), payload: changes })
    const text = typeof message.payload.text === 'string' ? message.payload.text : ''
    return { ok: true, channel: channel.id, ts: message.ts, text, message: messageJson(message, false) }
  }

  /**
   * A message as the history methods list it.
   * @param {import('./slack.js').SlackMessage} message
   * @param {boolean} withMetadata
   */
  function messageJson(message, withMetadata) {
    const replies = state.messages.filter(m => m.threadTs === message.ts)
    const last = message.edits.at(-1)
    return {
      type: 'message',
      subtype: message.broadcast ? 'thread_broadcast' : 'bot_message',
      text: typeof message.payload.text === 'string' ? message.payload.text : '',
      ts: message.ts,
      bot_id: state.webhook.botId,
      ...(message.via === 'api' && { user: state.botUserId, app_id: 'A0STANDIN01' }),
      ...(Array.isArray(message.payload.blocks) && { blocks: message.payload.blocks }),
      ...(message.threadTs !== undefined && { thread_ts: message.threadTs, parent_user_id: state.botUserId }),
      ...(replies.length > 0 && {
        thread_ts: message.ts,
        reply_count: replies.length,
        latest_reply: replies.at(-1)?.ts
      }),
      ...(last && { edited: { user: state.botUserId, ts: last.ts } }),
      ...(withMetadata && message.metadata && { metadata: message.metadata })
    }
  }

  /** The history methods' shared rate (per method and workspace); the ms to wait, or 0. @param {string} method */
  function historyWaitMs(method) {
    if (!limited) return 0
    const taken = historyRate.take(method)
    return taken.ok ? 0 : Math.max(1, taken.resetAfterMs)
  }

  /**
   * The window and page arguments of conversations.history and .replies.
   * @param {Obj} args
   */
  function pageArguments(args) {
    const limit = Math.min(historyTier.maxLimit, Math.max(1, Number(args.limit ?? 100) || 100))
    const oldest = Number(args.oldest ?? 0)
    const latest = args.latest === undefined ? Infinity : Number(args.latest)
    const inclusive = args.inclusive === true || args.inclusive === 'true' || args.inclusive === '1'
    const offset =
      typeof args.cursor === 'string' && /^offset:\d+$/.test(args.cursor) ? Number(args.cursor.slice(7)) : 0
    /** @param {string} ts */
    const inWindow = ts =>
      inclusive ? Number(ts) >= oldest && Number(ts) <= latest : Number(ts) > oldest && Number(ts) < latest
    const withMetadata =
      args.include_all_metadata === true || args.include_all_metadata === 'true' || args.include_all_metadata === '1'
    return { limit, inWindow, offset, withMetadata }
  }

  /**
   * @param {import('./slack.js').SlackMessage[]} matching
   * @param {ReturnType<typeof pageArguments>} page
   */
  function listPage(matching, page) {
    const messages = matching.slice(page.offset, page.offset + page.limit).map(m => messageJson(m, page.withMetadata))
    const more = matching.length > page.offset + page.limit
    return {
      ok: true,
      messages,
      has_more: more,
      response_metadata: { next_cursor: more ? `offset:${page.offset + page.limit}` : '' }
    }
  }

  /** conversations.history: top-level messages (and broadcast replies), newest first. @param {Obj} args */
  function history(args) {
    const channel = typeof args.channel === 'string' ? channelById(args.channel) : undefined
    if (!channel) return { ok: false, error: 'channel_not_found' }
    if (!channel.member) return { ok: false, error: 'not_in_channel' }
    const page = pageArguments(args)
    const matching = state.messages
      .filter(m => m.channel === channel.id && (m.threadTs === undefined || m.broadcast) && page.inWindow(m.ts))
      .reverse()
    return { ...listPage(matching, page), pin_count: 0 }
  }

  /** conversations.replies: a thread's parent, then its replies, oldest first. @param {Obj} args */
  function replies(args) {
    const channel = typeof args.channel === 'string' ? channelById(args.channel) : undefined
    if (!channel) return { ok: false, error: 'channel_not_found' }
    if (!channel.member) return { ok: false, error: 'not_in_channel' }
    if (args.ts === undefined) return { ok: false, error: 'invalid_arguments' }
    const named = state.messages.find(m => m.channel === channel.id && m.ts === String(args.ts))
    if (!named) return { ok: false, error: 'thread_not_found' }
    const parentTs = named.threadTs ?? named.ts
    const page = pageArguments(args)
    const matching = state.messages.filter(
      m =>
        m.channel === channel.id &&
        (m.ts === parentTs || m.threadTs === parentTs) &&
        (m.ts === parentTs || page.inWindow(m.ts))
    )
    return listPage(matching, page)
  }

  /** @param {Obj} args */
  function getPermalink(args) {
    const channel = typeof args.channel === 'string' ? channelById(args.channel) : undefined
    if (!channel) return { ok: false, error: 'channel_not_found' }
    const message = state.messages.find(m => m.channel === channel.id && m.ts === args.message_ts)
    if (!message) return { ok: false, error: 'message_not_found' }
    const link = permalink(channel.id, message.ts)
    // A reply's link opens its thread.
    const thread = message.threadTs === undefined ? '' : `?thread_ts=${message.threadTs}&cid=${channel.id}`
    return { ok: true, channel: channel.id, permalink: `${link}${thread}` }
  }

  /**
   * @param {string} channelId
   * @param {string} ts
   */
  function permalink(channelId, ts) {
    return `https://${state.domain}.slack.com/archives/${channelId}/p${ts.replace('.', '')}`
  }

  /**
   * Web API: HTTP 200 for every answer, `ok` saying whether it worked.
   * @param {string} method
   * @param {LoggedRequest} request
   * @param {Reply} reply
   */
  function webApi(method, request, reply) {
    const answer = (/** @type {Obj} */ body) => reply.json(200, body)
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1]
    if (!token) return answer({ ok: false, error: 'not_authed' })
    if (token !== state.botToken) return answer({ ok: false, error: 'invalid_auth' })
    const args = methodArguments(request)
    if ('error' in args) return answer({ ok: false, error: args.error })
    if (method === 'chat.postMessage') {
      const posted = postMessage(args, request)
      if (!('retryAfterMs' in posted)) return answer(posted)
      return reply.json(
        429,
        { ok: false, error: 'ratelimited' },
        { 'retry-after': retryAfterHeader(Number(posted.retryAfterMs)) }
      )
    }
    if (method === 'chat.getPermalink') return answer(getPermalink(args))
    if (method === 'chat.update') {
      const taken = limited ? updateRate.take(method) : { ok: true, resetAfterMs: 0 }
      if (!taken.ok)
        return reply.json(
          429,
          { ok: false, error: 'ratelimited' },
          { 'retry-after': retryAfterHeader(Math.max(1, taken.resetAfterMs)) }
        )
      return answer(updateMessage(args, request))
    }
    if (method === 'conversations.history' || method === 'conversations.replies') {
      const wait = historyWaitMs(method)
      if (wait > 0)
        return reply.json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': retryAfterHeader(wait) })
      return answer(method === 'conversations.history' ? history(args) : replies(args))
    }
    answer({ ok: false, error: 'unknown_method' })
  }

  /**
   * @param {LoggedRequest} request
   * @param {Reply} reply
   */
  function handle(request, reply) {
    if (WEBHOOK_PATH.test(request.path)) return incomingWebhook(request, reply)
    const method = API_PATH.exec(request.path)?.[1]
    if (method) return webApi(method, request, reply)
    reply.text(404, 'Not Found')
  }

  /** @type {import('./http.js').FaultHandler<import('./http.js').RateLimitFault>} */
  function rateLimited(fault, request, reply) {
    const headers = { 'retry-after': String(Math.ceil(fault.retryAfter)) }
    if (WEBHOOK_PATH.test(request.path)) return reply.text(429, 'rate_limited', headers)
    reply.json(429, { ok: false, error: 'ratelimited' }, headers)
  }

  const server = await startServer({ handle, faultHandlers: { 'rate-limit': rateLimited } })
  return {
    ...server,
    state,
    webhookUrl: () => `${server.url}/services/${state.webhook.teamId}/${state.webhook.botId}/${state.webhook.secret}`,
    apiUrl: (method = 'chat.postMessage') => `${server.url}/api/${method}`,
    permalink
  }
}
