// @ts-check
/**
 * Stand-in for a Microsoft Teams Workflows webhook ("When a Teams webhook request is received"): the Logic Apps
 * and Power Platform URL forms with their `sig` signature, 202 with no body on success, `{"error":{code,message}}`
 * for URL and schema errors, a 413 beyond 28 KB, a 400 with a text body for cards Teams cannot show, and 429
 * with Retry-After. A card that uses an element or action newer than its declared `version` is answered 202 and
 * never posted, as Teams does (kept in `state.dropped`).
 */
import { randomBytes } from 'node:crypto'
import { isJsonContentType, startServer } from './http.js'
import { FixedWindow, retryAfterHeader } from './rate-limit.js'

/** Teams' 28 KB message limit, read here as KiB of the request body. */
const MESSAGE_LIMIT_BYTES = 28 * 1024
const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive'
const CARD_VERSION = /^1\.[0-5]$/
const LOGIC_APPS_PATH = /^\/workflows\/([^/]+)\/triggers\/manual\/paths\/invoke\/?$/
const POWER_PLATFORM_PATH =
  /^\/powerautomate\/automations\/direct(?:\/cu\/\d+)?\/workflows\/([^/]+)\/triggers\/manual\/paths\/invoke\/?$/
const CONTAINERS = { Container: 'items', Column: 'items', ColumnSet: 'columns', ActionSet: 'actions' }
const ELEMENT_TYPES = new Set([
  'TextBlock',
  'Image',
  'Media',
  'RichTextBlock',
  'Container',
  'ColumnSet',
  'Column',
  'FactSet',
  'ImageSet',
  'ActionSet',
  'Table',
  'Input.Text',
  'Input.Number',
  'Input.Date',
  'Input.Time',
  'Input.Toggle',
  'Input.ChoiceSet'
])
const ACTION_TYPES = new Set([
  'Action.OpenUrl',
  'Action.Submit',
  'Action.ShowCard',
  'Action.ToggleVisibility',
  'Action.Execute'
])

/** The card version that brought each newer element and action type. */
const SINCE = /** @type {Record<string, number>} */ ({
  Media: 1.1,
  ActionSet: 1.2,
  RichTextBlock: 1.2,
  'Action.ToggleVisibility': 1.2,
  'Action.Execute': 1.4,
  Table: 1.5
})

/**
 * Whether any element or action in the value is newer than the card's version.
 * @param {unknown} value
 * @param {number} version
 * @returns {boolean}
 */
function usesNewer(value, version) {
  if (Array.isArray(value)) return value.some(item => usesNewer(item, version))
  if (!isObject(value)) return false
  if (typeof value.type === 'string' && (SINCE[value.type] ?? 1) > version) return true
  return Object.values(value).some(item => usesNewer(item, version))
}

/**
 * @typedef {import('./http.js').Reply} Reply
 * @typedef {import('./http.js').LoggedRequest} LoggedRequest
 * @typedef {{ [key: string]: unknown }} Obj
 */

/** @param {unknown} value @returns {value is Obj} */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** @param {unknown} value */
function isAbsoluteUrl(value) {
  if (typeof value !== 'string') return false
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}

/**
 * What Teams could not render, one line each ('' path is the card).
 * @param {Obj} card
 * @param {string} path
 * @param {string[]} problems
 */
function checkCard(card, path, problems) {
  if (card.type !== 'AdaptiveCard') problems.push(`${path}.type: expected "AdaptiveCard"`)
  if (typeof card.version !== 'string' || !CARD_VERSION.test(card.version))
    problems.push(`${path}.version: unsupported card version ${JSON.stringify(card.version)}`)
  for (const [key, check] of /** @type {const} */ ([
    ['body', checkElement],
    ['actions', checkAction]
  ])) {
    const list = card[key]
    if (list === undefined) continue
    if (!Array.isArray(list)) problems.push(`${path}.${key}: expected an array`)
    else list.forEach((item, i) => check(item, `${path}.${key}[${i}]`, problems))
  }
}

/**
 * @param {unknown} element
 * @param {string} path
 * @param {string[]} problems
 */
function checkElement(element, path, problems) {
  if (!isObject(element) || typeof element.type !== 'string')
    return void problems.push(`${path}: an element needs a "type"`)
  if (!ELEMENT_TYPES.has(element.type)) return void problems.push(`${path}: unknown element type "${element.type}"`)
  if (element.type === 'TextBlock' && typeof element.text !== 'string') problems.push(`${path}.text: required string`)
  if (element.type === 'Image' && !isAbsoluteUrl(element.url)) problems.push(`${path}.url: required absolute URL`)
  if (element.type === 'FactSet') {
    if (!Array.isArray(element.facts)) return void problems.push(`${path}.facts: required array`)
    element.facts.forEach((fact, i) => {
      for (const key of ['title', 'value']) {
        if (!isObject(fact) || typeof fact[key] !== 'string')
          problems.push(`${path}.facts[${i}].${key}: required string`)
      }
    })
  }
  const childKey = /** @type {Record<string, string>} */ (CONTAINERS)[element.type]
  const children = childKey ? element[childKey] : undefined
  if (childKey && children !== undefined) {
    if (!Array.isArray(children)) return void problems.push(`${path}.${childKey}: expected an array`)
    const check = childKey === 'actions' ? checkAction : checkElement
    children.forEach((child, i) => check(child, `${path}.${childKey}[${i}]`, problems))
  }
}

/**
 * @param {unknown} action
 * @param {string} path
 * @param {string[]} problems
 */
function checkAction(action, path, problems) {
  if (!isObject(action) || typeof action.type !== 'string')
    return void problems.push(`${path}: an action needs a "type"`)
  if (!ACTION_TYPES.has(action.type)) return void problems.push(`${path}: unknown action type "${action.type}"`)
  if (action.title !== undefined && typeof action.title !== 'string') problems.push(`${path}.title: expected a string`)
  if (action.type === 'Action.OpenUrl' && !isAbsoluteUrl(action.url))
    problems.push(`${path}.url: required absolute URL`)
}

/** Power Automate's limit on a flow's trigger: 4,500 invocations per 5 minutes (the Low profile of Microsoft 365 licences). */
const INVOKE_LIMIT = { limit: 4500, windowMs: 300_000 }

/**
 * @param {import('./teams.js').TeamsOptions} [options]
 * @returns {Promise<import('./teams.js').TeamsStandIn>}
 */
export async function startTeams(options = {}) {
  /** @type {import('./teams.js').TeamsState} */
  const state = {
    workflowId: options.workflowId ?? randomBytes(16).toString('hex'),
    sig: options.sig ?? randomBytes(32).toString('base64url'),
    messages: [],
    dropped: []
  }

  const limited = options.rateLimits !== false
  const invocations = new FixedWindow({
    limit: INVOKE_LIMIT.limit,
    windowMs: INVOKE_LIMIT.windowMs * (options.timeScale ?? 1)
  })

  /**
   * @param {Reply} reply
   * @param {number} status
   * @param {string} code
   * @param {string} message
   * @param {Record<string, string>} [headers]
   */
  function error(reply, status, code, message, headers) {
    reply.json(status, { error: { code, message } }, headers)
  }

  /**
   * @param {LoggedRequest} request
   * @param {Reply} reply
   */
  function handle(request, reply) {
    const workflowId = (LOGIC_APPS_PATH.exec(request.path) ?? POWER_PLATFORM_PATH.exec(request.path))?.[1]
    if (workflowId === undefined) return error(reply, 404, 'NotFound', `No route matches ${request.path}.`)
    if (workflowId !== state.workflowId)
      return error(reply, 404, 'WorkflowNotFound', `The workflow '${workflowId}' could not be found.`)
    if (!request.query['api-version']) {
      return error(
        reply,
        400,
        'MissingApiVersionParameter',
        'The api-version query parameter (?api-version=) is required for all requests.'
      )
    }
    if (!request.query.sig)
      return error(
        reply,
        401,
        'DirectApiAuthorizationRequired',
        'The request must be authenticated only by Shared Access scheme.'
      )
    if (request.query.sig !== state.sig) {
      return error(
        reply,
        401,
        'DirectApiInvalidAuthorizationSignature',
        'The provided authorization signature is not valid.'
      )
    }
    if (request.method !== 'POST')
      return error(reply, 405, 'InvalidHttpMethod', `The HTTP method '${request.method}' is not allowed; use 'POST'.`)
    const invoked = limited ? invocations.take(state.workflowId) : undefined
    if (invoked && !invoked.ok) {
      const message = `Number of requests for workflow '${state.workflowId}' exceeded the limit; retry after ${retryAfterHeader(invoked.resetAfterMs)} seconds.`
      return error(reply, 429, 'WorkflowRequestsThrottled', message, {
        'retry-after': retryAfterHeader(invoked.resetAfterMs)
      })
    }
    const bytes = Buffer.byteLength(request.body)
    if (bytes > MESSAGE_LIMIT_BYTES)
      return reply.text(413, `Request Entity Too Large: the message is ${bytes} bytes; the limit is 28 KB.`)
    if (!isJsonContentType(request.headers['content-type']) || !isObject(request.json)) {
      return error(
        reply,
        400,
        'InvalidRequestContent',
        'The request content is not valid JSON or its Content-Type is not application/json.'
      )
    }
    const body = request.json
    if (body.type !== 'message' || !Array.isArray(body.attachments)) {
      const detail = "Required properties are missing from object: 'type' must be 'message' and 'attachments' an array."
      return error(
        reply,
        400,
        'TriggerInputSchemaMismatch',
        `The input body for trigger 'manual' of type 'Request' did not match its schema definition. Error details: '${detail}'.`
      )
    }
    /** @type {string[]} */
    const problems = []
    /** @type {Obj[]} */
    const cards = []
    body.attachments.forEach((attachment, i) => {
      const path = `attachments[${i}]`
      if (!isObject(attachment) || attachment.contentType !== CARD_CONTENT_TYPE)
        return void problems.push(`${path}.contentType: expected "${CARD_CONTENT_TYPE}"`)
      if (!isObject(attachment.content)) return void problems.push(`${path}.content: expected an Adaptive Card object`)
      checkCard(attachment.content, `${path}.content`, problems)
      cards.push(attachment.content)
    })
    if (cards.length === 0 && problems.length === 0) problems.push('attachments: no Adaptive Card to post')
    if (problems.length > 0)
      return reply.text(400, `Bad Request: the Adaptive Card cannot be posted.\n${problems.join('\n')}`)
    const dropped = cards.some(card => usesNewer(card, Number(card.version)))
    ;(dropped ? state.dropped : state.messages).push({ payload: body, cards })
    reply.empty(202)
  }

  /** @type {import('./http.js').FaultHandler<import('./http.js').RateLimitFault>} */
  function rateLimited(fault, _request, reply) {
    const message = `Number of requests for workflow '${state.workflowId}' exceeded the limit; retry after ${fault.retryAfter} seconds.`
    error(reply, 429, 'WorkflowRequestsThrottled', message, { 'retry-after': String(Math.ceil(fault.retryAfter)) })
  }

  const server = await startServer({ handle, faultHandlers: { 'rate-limit': rateLimited } })
  /** @param {string} apiVersion */
  const query = apiVersion => `api-version=${apiVersion}&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${state.sig}`
  return {
    ...server,
    state,
    workflowUrl(form = 'logic-apps') {
      return form === 'logic-apps'
        ? `${server.url}/workflows/${state.workflowId}/triggers/manual/paths/invoke?${query('2016-06-01')}`
        : `${server.url}/powerautomate/automations/direct/workflows/${state.workflowId}/triggers/manual/paths/invoke?${query('1')}`
    }
  }
}
