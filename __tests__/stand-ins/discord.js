// @ts-check
/**
 * Stand-in for Discord's execute-webhook endpoint and the webhook's own messages (get, edit; `?thread_id=` for a
 * thread or forum post): same paths, replies and error shapes, and the documented limits (Invalid Form Body 50035
 * with errors nested by field, empty message 50006, Unknown Message 10008, 429 with retry_after). An edit is held
 * to a post's rules and limits: the webhook's bucket and the channel's 30 a minute.
 */
import { randomBytes } from 'node:crypto'
import ajv2020 from 'ajv/dist/2020.js'
import { codePoints, isJsonContentType, startServer } from './http.js'
import { discordOpenApi } from './contracts.js'
import { FixedWindow, retryAfterHeader } from './rate-limit.js'

/**
 * @typedef {import('./http.js').Reply} Reply
 * @typedef {import('./http.js').LoggedRequest} LoggedRequest
 * @typedef {import('./http.js').SharedFault} SharedFault
 * @typedef {import('./discord.js').DiscordState} DiscordState
 * @typedef {import('./discord.js').DiscordPing} DiscordPing
 * @typedef {(string | number)[]} FieldPath
 * @typedef {{ path: FieldPath, code: string, message: string }} FieldError
 * @typedef {(path: FieldPath, code: string, message: string) => void} AddError
 * @typedef {{ [key: string]: unknown }} ErrorTree
 */

const DISCORD_EPOCH_MS = 1420070400000n
let sequence = 0n

function snowflake() {
  sequence = (sequence + 1n) & 4095n
  return String(((BigInt(Date.now()) - DISCORD_EPOCH_MS) << 22n) | sequence)
}

const WEBHOOK_PATH = /^\/api(?:\/v\d+)?\/webhooks\/([^/]+)\/([^/]+)(?:\/messages\/([^/]+))?\/?$/
const SNOWFLAKE = /^(0|[1-9][0-9]*)$/
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i
const MAX_COLOR = 16777215
const MAX_EMBED_TEXT = 6000
const MENTION_TYPES = ['users', 'roles', 'everyone']

const UNKNOWN_WEBHOOK = { message: 'Unknown Webhook', code: 10015 }
const INVALID_TOKEN = { message: 'Invalid Webhook Token', code: 50027 }
const EMPTY_MESSAGE = { message: 'Cannot send an empty message', code: 50006 }
const INVALID_JSON = { message: 'The request body contains invalid JSON.', code: 50109 }
const UNKNOWN_CHANNEL = { message: 'Unknown Channel', code: 10003 }
const UNKNOWN_MESSAGE = { message: 'Unknown Message', code: 10008 }
/** The fields an edit may change (IncomingWebhookUpdateRequestPartial); others are not part of an edit. */
const EDIT_FIELDS = ['content', 'embeds', 'allowed_mentions', 'components', 'attachments', 'poll', 'flags']
const FORUM_NEEDS_THREAD = {
  message: 'Webhooks posted to forum channels must have a thread_name or thread_id',
  code: 220001
}
const FORUM_THREAD_NAME_AND_ID = {
  message: 'Webhooks posted to forum channels cannot have both a thread_name and thread_id',
  code: 220002
}
const THREAD_NAME_NOT_FORUM = { message: 'Webhooks can only create threads in forum channels', code: 220003 }

/** @param {unknown} value */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Discord's form errors: `{ field: { 0: { title: { _errors: [{ code, message }] } } } }`.
 * @param {FieldError[]} problems
 */
function nestErrors(problems) {
  /** @type {ErrorTree} */
  const tree = {}
  for (const { path, code, message } of problems) {
    let node = tree
    for (const key of path) node = /** @type {ErrorTree} */ (node[key] ??= {})
    const errors = /** @type {{ code: string, message: string }[]} */ (node._errors ??= [])
    errors.push({ code, message })
  }
  return tree
}

/**
 * @param {unknown} value
 * @param {FieldPath} path
 * @param {number} max
 * @param {AddError} add
 */
function checkText(value, path, max, add) {
  if (value === undefined || value === null) return
  if (typeof value !== 'string') return add(path, 'BASE_TYPE_STRING', 'Must be a string.')
  if (codePoints(value) > max) add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`)
}

/**
 * A field Discord requires and that must not be blank (embed field name/value, author name, footer text).
 * @param {unknown} value
 * @param {FieldPath} path
 * @param {number} max
 * @param {AddError} add
 */
function checkRequiredText(value, path, max, add) {
  if (typeof value === 'string' && value.trim() === '') return add(path, 'BASE_TYPE_REQUIRED', 'This field is required')
  if (value === undefined || value === null) return add(path, 'BASE_TYPE_REQUIRED', 'This field is required')
  checkText(value, path, max, add)
}

/**
 * @param {unknown} value
 * @param {FieldPath} path
 * @param {AddError} add
 */
function checkUrl(value, path, add) {
  if (value === undefined || value === null) return
  if (typeof value !== 'string') return add(path, 'URL_TYPE_INVALID_URL', 'Not a well formed URL.')
  if (codePoints(value) > 2048) return add(path, 'BASE_TYPE_MAX_LENGTH', 'Must be 2048 or fewer in length.')
  let url
  try {
    url = new URL(value)
  } catch {
    return add(path, 'URL_TYPE_INVALID_URL', 'Not a well formed URL.')
  }
  const scheme = url.protocol.slice(0, -1)
  if (scheme !== 'http' && scheme !== 'https') {
    add(
      path,
      'URL_TYPE_INVALID_SCHEME',
      `Scheme "${scheme}" is not supported. Scheme must be one of ('http', 'https').`
    )
  }
}

/**
 * @param {unknown} value
 * @param {FieldPath} path
 * @param {AddError} add
 */
function checkTimestamp(value, path, add) {
  if (value === undefined || value === null) return
  const text = String(value)
  if (typeof value !== 'string' || !ISO_8601.test(text) || Number.isNaN(Date.parse(text))) {
    add(path, 'DATE_TIME_TYPE_PARSE', `Could not parse ${text}. Should be ISO8601.`)
  }
}

/**
 * @param {unknown} value
 * @param {FieldPath} path
 * @param {AddError} add
 */
function checkColor(value, path, add) {
  if (value === undefined || value === null) return
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return add(path, 'NUMBER_TYPE_COERCE', `Value "${String(value)}" is not int.`)
  }
  if (value < 0) add(path, 'NUMBER_TYPE_MIN', 'int value should be greater than or equal to 0.')
  if (value > MAX_COLOR) add(path, 'NUMBER_TYPE_MAX', `int value should be less than or equal to ${MAX_COLOR}.`)
}

/**
 * Checks an optional nested object; `check` runs only when it is an object.
 * @param {unknown} value
 * @param {FieldPath} path
 * @param {AddError} add
 * @param {(object: Record<string, unknown>) => void} check
 */
function checkObject(value, path, add, check) {
  if (value === undefined || value === null) return
  if (!isObject(value)) return add(path, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType')
  check(/** @type {Record<string, unknown>} */ (value))
}

/**
 * @param {unknown} value
 * @param {FieldPath} path
 * @param {number} max
 * @param {AddError} add
 * @returns {unknown[]}
 */
function checkList(value, path, max, add) {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) {
    add(path, 'LIST_TYPE_CONVERT', 'Only iterables may be used in a ListType')
    return []
  }
  if (value.length > max) add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`)
  return value
}

/**
 * @param {Record<string, unknown>} embed
 * @param {FieldPath} path
 * @param {AddError} add
 */
function checkEmbed(embed, path, add) {
  checkText(embed.title, [...path, 'title'], 256, add)
  checkText(embed.description, [...path, 'description'], 4096, add)
  checkUrl(embed.url, [...path, 'url'], add)
  checkTimestamp(embed.timestamp, [...path, 'timestamp'], add)
  checkColor(embed.color, [...path, 'color'], add)
  checkObject(embed.footer, [...path, 'footer'], add, footer => {
    checkRequiredText(footer.text, [...path, 'footer', 'text'], 2048, add)
    checkUrl(footer.icon_url, [...path, 'footer', 'icon_url'], add)
  })
  checkObject(embed.author, [...path, 'author'], add, author => {
    checkRequiredText(author.name, [...path, 'author', 'name'], 256, add)
    checkUrl(author.url, [...path, 'author', 'url'], add)
    checkUrl(author.icon_url, [...path, 'author', 'icon_url'], add)
  })
  for (const media of ['image', 'thumbnail']) {
    checkObject(embed[media], [...path, media], add, image => {
      if (image.url === undefined || image.url === null)
        add([...path, media, 'url'], 'BASE_TYPE_REQUIRED', 'This field is required')
      checkUrl(image.url, [...path, media, 'url'], add)
    })
  }
  checkList(embed.fields, [...path, 'fields'], 25, add).forEach((field, index) => {
    checkObject(field, [...path, 'fields', index], add, object => {
      checkRequiredText(object.name, [...path, 'fields', index, 'name'], 256, add)
      checkRequiredText(object.value, [...path, 'fields', index, 'value'], 1024, add)
    })
  })
}

/**
 * @param {unknown} object
 * @param {string} key
 */
function property(object, key) {
  return isObject(object) ? /** @type {Record<string, unknown>} */ (object)[key] : undefined
}

/**
 * The text Discord counts against the 6000-character limit shared by all embeds of a message.
 * @param {unknown[]} embeds
 */
function embedTextLength(embeds) {
  /** @param {unknown} value */
  const length = value => (typeof value === 'string' ? codePoints(value) : 0)
  let total = 0
  for (const embed of embeds) {
    const fields = property(embed, 'fields')
    total += length(property(embed, 'title')) + length(property(embed, 'description'))
    total += length(property(property(embed, 'footer'), 'text')) + length(property(property(embed, 'author'), 'name'))
    for (const field of Array.isArray(fields) ? fields : [])
      total += length(property(field, 'name')) + length(property(field, 'value'))
  }
  return total
}

/**
 * @param {unknown} value
 * @param {AddError} add
 */
function checkAllowedMentions(value, add) {
  checkObject(value, ['allowed_mentions'], add, allowed => {
    const parse = checkList(allowed.parse, ['allowed_mentions', 'parse'], MENTION_TYPES.length, add)
    parse.forEach((type, index) => {
      if (typeof type !== 'string' || !MENTION_TYPES.includes(type)) {
        add(
          ['allowed_mentions', 'parse', index],
          'ENUM_TYPE_COERCE',
          `Value "${String(type)}" is not a valid enum value.`
        )
      }
    })
    for (const kind of ['users', 'roles']) {
      const ids = checkList(allowed[kind], ['allowed_mentions', kind], 100, add)
      ids.forEach((id, index) => {
        if (!SNOWFLAKE.test(String(id))) {
          add(['allowed_mentions', kind, index], 'NUMBER_TYPE_COERCE', `Value "${String(id)}" is not snowflake.`)
        }
      })
      if (ids.length > 0 && parse.includes(kind)) {
        const message = `parse:["${kind}"] and ${kind}: [ids...] are mutually exclusive.`
        add(['allowed_mentions'], 'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE', message)
      }
    }
  })
}

/**
 * @param {Record<string, unknown>} body
 * @returns {FieldError[]}
 */
function ruleErrors(body) {
  /** @type {FieldError[]} */
  const problems = []
  /** @type {AddError} */
  const add = (path, code, message) => {
    problems.push({ path, code, message })
  }
  checkText(body.content, ['content'], 2000, add)
  if (body.username !== undefined && body.username !== null) {
    if (typeof body.username !== 'string') add(['username'], 'BASE_TYPE_STRING', 'Must be a string.')
    else checkUsername(body.username, add)
  }
  checkUrl(body.avatar_url, ['avatar_url'], add)
  const embeds = checkList(body.embeds, ['embeds'], 10, add)
  embeds.forEach((embed, index) =>
    checkObject(embed, ['embeds', index], add, object => checkEmbed(object, ['embeds', index], add))
  )
  if (embedTextLength(embeds) > MAX_EMBED_TEXT) {
    add(['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', `Embed size exceeds maximum size of ${MAX_EMBED_TEXT}`)
  }
  checkAllowedMentions(body.allowed_mentions, add)
  checkText(body.thread_name, ['thread_name'], 100, add)
  return problems
}

/**
 * @param {string} username
 * @param {AddError} add
 */
function checkUsername(username, add) {
  const length = codePoints(username)
  if (length < 1 || length > 80) add(['username'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 80 in length.')
  for (const word of ['discord', 'clyde']) {
    if (username.toLowerCase().includes(word)) {
      add(['username'], 'USERNAME_INVALID_CONTAINS', `Username cannot contain "${word}"`)
    }
  }
}

/** @type {import('ajv').default | null | undefined} */
let schemas

/**
 * An OpenAPI request schema (a post's or an edit's), compiled once per process; null when the contract is absent.
 * @param {string} name
 */
function contractValidator(name) {
  if (schemas === undefined) {
    const spec = discordOpenApi()
    // The spec is OpenAPI 3.1 (JSON Schema 2020-12) with vendor keywords and custom formats; the explicit rules
    // above check the formats that matter (URLs, timestamps).
    schemas = spec
      ? new ajv2020.default({ strict: false, validateFormats: false, validateSchema: false, allErrors: true })
      : null
    schemas?.addSchema({ $id: 'discord', components: spec?.components })
  }
  return schemas?.getSchema(`discord#/components/schemas/${name}`) ?? null
}

/**
 * Schema findings in Discord's error shape, one per field (the first, skipping union bookkeeping).
 * @param {Record<string, unknown>} body
 * @returns {FieldError[]}
 */
function contractErrors(body, schema = 'IncomingWebhookRequestPartial') {
  const validate = contractValidator(schema)
  if (!validate || validate(body)) return []
  /** @type {Map<string, FieldError>} */
  const byPath = new Map()
  for (const error of validate.errors ?? []) {
    if (['oneOf', 'anyOf'].includes(error.keyword) || byPath.has(error.instancePath)) continue
    const path = error.instancePath.split('/').slice(1)
    byPath.set(error.instancePath, {
      path,
      code: `SCHEMA_${error.keyword.toUpperCase()}`,
      message: error.message ?? error.keyword
    })
  }
  return [...byPath.values()]
}

/** @param {Record<string, unknown>} body */
function isEmptyMessage(body) {
  const hasContent = typeof body.content === 'string' && body.content.trim() !== ''
  /** @param {unknown} list */
  const hasItems = list => Array.isArray(list) && list.length > 0
  return (
    !hasContent && !hasItems(body.embeds) && !hasItems(body.components) && !hasItems(body.file) && !isObject(body.poll)
  )
}

/**
 * Mentions in `content` that would notify someone under `allowed_mentions` (absent: everything parses).
 * @param {unknown} content
 * @param {unknown} allowedMentions
 * @returns {string[]}
 */
function pingedMentions(content, allowedMentions) {
  if (typeof content !== 'string') return []
  const allowed = isObject(allowedMentions) ? /** @type {Record<string, unknown>} */ (allowedMentions) : undefined
  const parse = allowed ? (Array.isArray(allowed.parse) ? allowed.parse : []) : MENTION_TYPES
  /** @param {unknown} ids */
  const listed = ids => (Array.isArray(ids) ? ids.map(String) : [])
  const users = listed(allowed?.users)
  const roles = listed(allowed?.roles)
  /** @type {string[]} */
  const pings = []
  for (const match of content.matchAll(/@(everyone|here)|<@(!?)(\d+)>|<@&(\d+)>/g)) {
    const [, everyone, , userId, roleId] = match
    if (everyone && parse.includes('everyone')) pings.push(`@${everyone}`)
    if (userId && (parse.includes('users') || users.includes(userId))) pings.push(`<@${userId}>`)
    if (roleId && (parse.includes('roles') || roles.includes(roleId))) pings.push(`<@&${roleId}>`)
  }
  return [...new Set(pings)]
}

/** @param {string | undefined} value */
function parseWait(value) {
  if (value === undefined) return false
  if (/^(true|1)$/i.test(value)) return true
  if (/^(false|0)$/i.test(value)) return false
  return undefined
}

/** Discord's webhook bucket: 5 requests per 2 s (staff, discord-api-docs#367). */
const WEBHOOK_BUCKET = { limit: 5, windowMs: 2000 }
/** The per-channel limit: about 30 messages per 60 s, answered with a shared-scope 429 (discord-api-docs#367, #4043). */
const CHANNEL_LIMIT = { limit: 30, windowMs: 60_000 }

/**
 * @param {number} remaining
 * @param {string} bucket
 */
function rateLimitHeaders(remaining, resetAfter = 1, bucket = 'stand-in-webhook-bucket') {
  return {
    'x-ratelimit-limit': '5',
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset': String((Date.now() / 1000 + resetAfter).toFixed(3)),
    'x-ratelimit-reset-after': resetAfter.toFixed(3),
    'x-ratelimit-bucket': bucket
  }
}

/** @param {unknown[]} embeds */
function embedsAsReturned(embeds) {
  return embeds.filter(isObject).map(embed => ({
    type: 'rich',
    ...Object.fromEntries(Object.entries(/** @type {object} */ (embed)).filter(([, value]) => value !== null))
  }))
}

/**
 * @param {import('./discord.js').DiscordOptions} [options]
 * @returns {Promise<import('./discord.js').DiscordStandIn>}
 */
export async function startDiscord(options = {}) {
  const channelId = options.channelId ?? snowflake()
  /** @type {DiscordState} */
  const state = {
    webhook: {
      id: options.webhookId ?? snowflake(),
      token: options.token ?? randomBytes(51).toString('base64url'),
      guildId: options.guildId ?? snowflake(),
      channelId,
      threadIds: options.threadIds ?? [snowflake()],
      name: options.name ?? 'Dagster Alerts',
      forum: options.forum ?? false
    },
    messages: [],
    pings: []
  }
  const { webhook } = state
  const useContracts = options.useContracts !== false
  const limited = options.rateLimits !== false
  const scale = options.timeScale ?? 1
  // One bucket per route (execute, get), as Discord keys buckets by route and webhook.
  const buckets = new FixedWindow({ limit: WEBHOOK_BUCKET.limit, windowMs: WEBHOOK_BUCKET.windowMs * scale })
  const channels = new FixedWindow({ limit: CHANNEL_LIMIT.limit, windowMs: CHANNEL_LIMIT.windowMs * scale })

  /**
   * Takes a request from the route's bucket: the headers every reply carries, or undefined after answering 429.
   * @param {string} route
   * @param {Reply} reply
   */
  function bucketHeaders(route, reply) {
    if (!limited) return rateLimitHeaders(4)
    const taken = buckets.take(`${route} ${webhook.id}`)
    const headers = rateLimitHeaders(taken.remaining, taken.resetAfterMs / 1000, `stand-in-${route}`)
    if (taken.ok) return headers
    const retryAfter = taken.resetAfterMs / 1000
    reply.json(
      429,
      { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
      {
        ...headers,
        'retry-after': retryAfterHeader(taken.resetAfterMs),
        'x-ratelimit-scope': 'user'
      }
    )
    return undefined
  }

  /**
   * The channel's message limit: true after answering with Discord's shared-scope 429 (the bucket headers unchanged).
   * @param {string} channel
   * @param {Record<string, string>} headers
   * @param {Reply} reply
   */
  function channelFull(channel, headers, reply) {
    if (!limited) return false
    const taken = channels.take(channel)
    if (taken.ok) return false
    const retryAfter = Number((taken.resetAfterMs / 1000).toFixed(3))
    reply.json(
      429,
      { message: 'The resource is being rate limited.', retry_after: retryAfter, global: false },
      {
        ...headers,
        'retry-after': retryAfterHeader(taken.resetAfterMs),
        'x-ratelimit-scope': 'shared'
      }
    )
    return true
  }

  /**
   * @param {Reply} reply
   */
  function getWebhook(reply) {
    const headers = bucketHeaders('get', reply)
    if (!headers) return
    const { id, name, token, guildId, channelId: channel } = webhook
    const body = {
      application_id: null,
      avatar: null,
      channel_id: channel,
      guild_id: guildId,
      id,
      name,
      type: 1,
      token
    }
    reply.json(200, body, headers)
  }

  /**
   * @param {LoggedRequest} request
   * @param {Reply} reply
   */
  function execute(request, reply) {
    const headers = bucketHeaders('execute', reply)
    if (!headers) return
    /** @param {FieldError[]} problems */
    const invalidForm = problems =>
      reply.json(400, { code: 50035, message: 'Invalid Form Body', errors: nestErrors(problems) }, headers)
    const wait = parseWait(request.query.wait)
    if (wait === undefined) {
      const message = `Value "${request.query.wait}" is not a valid boolean.`
      return invalidForm([{ path: ['wait'], code: 'BOOLEAN_TYPE_COERCE', message }])
    }
    const threadId = request.query.thread_id
    if (threadId !== undefined && !SNOWFLAKE.test(threadId)) {
      return invalidForm([
        { path: ['thread_id'], code: 'NUMBER_TYPE_COERCE', message: `Value "${threadId}" is not snowflake.` }
      ])
    }
    // Discord reads other bodies as forms; a JSON text sent as anything else arrives as no fields at all.
    if (!isJsonContentType(request.headers['content-type'])) return reply.json(400, EMPTY_MESSAGE, headers)
    if (!('json' in request)) return reply.json(400, INVALID_JSON, headers)
    if (!isObject(request.json)) {
      return invalidForm([
        { path: [], code: 'DICT_TYPE_CONVERT', message: 'Only dictionaries may be used in a DictType' }
      ])
    }
    const body = /** @type {Record<string, unknown>} */ (request.json)
    const problems = ruleErrors(body)
    if (problems.length === 0 && useContracts) problems.push(...contractErrors(body))
    if (problems.length > 0) return invalidForm(problems)
    if (isEmptyMessage(body)) return reply.json(400, EMPTY_MESSAGE, headers)
    const threadName = typeof body.thread_name === 'string' && body.thread_name !== '' ? body.thread_name : undefined
    // A forum channel holds only posts (threads): a message names one, or starts one with thread_name.
    if (threadName !== undefined && !webhook.forum) return reply.json(400, THREAD_NAME_NOT_FORUM, headers)
    if (webhook.forum && threadName !== undefined && threadId !== undefined)
      return reply.json(400, FORUM_THREAD_NAME_AND_ID, headers)
    if (webhook.forum && threadName === undefined && threadId === undefined)
      return reply.json(400, FORUM_NEEDS_THREAD, headers)
    if (threadId !== undefined && !webhook.threadIds.includes(threadId))
      return reply.json(404, UNKNOWN_CHANNEL, headers)

    // The channel limit counts the channel written to (a new forum post counts against its forum).
    if (channelFull(threadId ?? webhook.channelId, headers, reply)) return
    const id = snowflake()
    const pings = pingedMentions(body.content, body.allowed_mentions).map(mention => ({ messageId: id, mention }))
    // A new forum post's id is its starter message's id.
    if (threadName !== undefined) webhook.threadIds.push(id)
    const channel = threadId ?? (threadName !== undefined ? id : webhook.channelId)
    state.messages.push({ id, channelId: channel, payload: body, pings, edits: [] })
    state.pings.push(...pings)
    if (!wait) return reply.empty(204, headers)
    reply.json(200, messageObject(id, channel, body, pings), headers)
  }

  /**
   * The webhook's message `id` in the channel `?thread_id=` names (the webhook's channel without it), or undefined
   * after answering as Discord does: 50035 for a malformed thread id, 10003 for an unknown thread, 10008 otherwise.
   * @param {LoggedRequest} request @param {string} id @param {Record<string, string>} headers @param {Reply} reply
   */
  function ownMessage(request, id, headers, reply) {
    const threadId = request.query.thread_id
    if (threadId !== undefined && !SNOWFLAKE.test(threadId)) {
      const errors = nestErrors([
        { path: ['thread_id'], code: 'NUMBER_TYPE_COERCE', message: `Value "${threadId}" is not snowflake.` }
      ])
      return void reply.json(400, { code: 50035, message: 'Invalid Form Body', errors }, headers)
    }
    if (threadId !== undefined && !webhook.threadIds.includes(threadId))
      return void reply.json(404, UNKNOWN_CHANNEL, headers)
    const channel = threadId ?? webhook.channelId
    const message = state.messages.find(known => known.id === id && known.channelId === channel)
    if (!message) return void reply.json(404, UNKNOWN_MESSAGE, headers)
    return message
  }

  /** @param {import('./discord.js').DiscordMessage} message */
  function messageReply(message) {
    const last = message.edits.at(-1)
    return {
      ...messageObject(message.id, message.channelId, message.payload, message.pings),
      edited_timestamp: last?.at ?? null
    }
  }

  /** @param {LoggedRequest} request @param {string} id @param {Reply} reply */
  function getMessage(request, id, reply) {
    const headers = bucketHeaders('message', reply)
    if (!headers) return
    const message = ownMessage(request, id, headers, reply)
    if (message) reply.json(200, messageReply(message), headers)
  }

  /**
   * Edits the webhook's message: the fields sent replace the message's, under a post's rules and limits.
   * @param {LoggedRequest} request @param {string} id @param {Reply} reply
   */
  function editMessage(request, id, reply) {
    const headers = bucketHeaders('execute', reply)
    if (!headers) return
    if (!isJsonContentType(request.headers['content-type'])) return reply.json(400, EMPTY_MESSAGE, headers)
    if (!('json' in request)) return reply.json(400, INVALID_JSON, headers)
    if (!isObject(request.json)) {
      const errors = nestErrors([
        { path: [], code: 'DICT_TYPE_CONVERT', message: 'Only dictionaries may be used in a DictType' }
      ])
      return reply.json(400, { code: 50035, message: 'Invalid Form Body', errors }, headers)
    }
    const message = ownMessage(request, id, headers, reply)
    if (!message) return
    const body = /** @type {Record<string, unknown>} */ (request.json)
    const changes = Object.fromEntries(Object.entries(body).filter(([field]) => EDIT_FIELDS.includes(field)))
    const problems = ruleErrors(changes)
    if (problems.length === 0 && useContracts)
      problems.push(...contractErrors(changes, 'IncomingWebhookUpdateRequestPartial'))
    if (problems.length > 0)
      return reply.json(400, { code: 50035, message: 'Invalid Form Body', errors: nestErrors(problems) }, headers)
    const edited = { ...message.payload, ...changes }
    if (isEmptyMessage(edited)) return reply.json(400, EMPTY_MESSAGE, headers)
    if (channelFull(message.channelId, headers, reply)) return
    const pings = pingedMentions(edited.content, edited.allowed_mentions).map(mention => ({
      messageId: message.id,
      mention
    }))
    message.edits.push({ at: new Date().toISOString().replace('Z', '+00:00'), payload: changes })
    message.payload = edited
    message.pings = pings
    state.pings.push(...pings)
    reply.json(200, messageReply(message), headers)
  }

  /**
   * @param {string} id
   * @param {string} channel
   * @param {Record<string, unknown>} body
   * @param {DiscordPing[]} pings
   */
  function messageObject(id, channel, body, pings) {
    const username = typeof body.username === 'string' ? body.username : webhook.name
    return {
      type: 0,
      content: typeof body.content === 'string' ? body.content : '',
      mentions: [],
      mention_roles: pings.map(ping => /^<@&(\d+)>$/.exec(ping.mention)?.[1]).filter(Boolean),
      attachments: [],
      embeds: embedsAsReturned(Array.isArray(body.embeds) ? body.embeds : []),
      timestamp: new Date().toISOString().replace('Z', '+00:00'),
      edited_timestamp: null,
      flags: typeof body.flags === 'number' ? body.flags : 0,
      components: [],
      id,
      channel_id: channel,
      author: {
        id: webhook.id,
        username,
        avatar: null,
        discriminator: '0000',
        public_flags: 0,
        flags: 0,
        bot: true,
        global_name: null
      },
      pinned: false,
      mention_everyone: pings.some(ping => ping.mention.startsWith('@')),
      tts: false,
      webhook_id: webhook.id
    }
  }

  /**
   * @param {LoggedRequest} request
   * @param {Reply} reply
   */
  function handle(request, reply) {
    const match = WEBHOOK_PATH.exec(request.path)
    if (!match) return reply.json(404, { message: '404: Not Found', code: 0 })
    if (match[1] !== webhook.id) return reply.json(404, UNKNOWN_WEBHOOK)
    if (match[2] !== webhook.token) return reply.json(401, INVALID_TOKEN)
    const messageId = match[3]
    if (messageId !== undefined) {
      if (request.method === 'GET') return getMessage(request, messageId, reply)
      if (request.method === 'PATCH') return editMessage(request, messageId, reply)
      return reply.json(405, { message: '405: Method Not Allowed', code: 0 })
    }
    if (request.method === 'GET') return getWebhook(reply)
    if (request.method === 'POST') return execute(request, reply)
    reply.json(405, { message: '405: Method Not Allowed', code: 0 })
  }

  /** @type {import('./http.js').FaultHandler<import('./http.js').RateLimitFault>} */
  function rateLimited(fault, _request, reply) {
    /** @type {Record<string, string>} */
    const headers = fault.global
      ? { 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' }
      : { ...rateLimitHeaders(0, fault.retryAfter), 'x-ratelimit-scope': 'user' }
    if (!fault.inBody) headers['retry-after'] = String(Math.ceil(fault.retryAfter))
    reply.json(
      429,
      { message: 'You are being rate limited.', retry_after: fault.retryAfter, global: Boolean(fault.global) },
      headers
    )
  }

  const server = await startServer({ handle, faultHandlers: { 'rate-limit': rateLimited } })
  return {
    ...server,
    state,
    webhookUrl: () => `${server.url}/api/webhooks/${webhook.id}/${webhook.token}`
  }
}
