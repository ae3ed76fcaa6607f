export const id = 99;
export const ids = [99];
export const modules = {

/***/ 1052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ Findings)
/* harmony export */ });
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6689);
/* harmony import */ var _endpoint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7355);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5380);



/**
 * Collects what a platform's API would reject in a payload; each check names the JSON path and what the
 * platform expects there. Absent values (undefined, null) pass the optional checks.
 */
class Findings {
    platform;
    measure;
    problems = [];
    /** `platform` is the name messages use ("Discord allows at most …"); `measure` how it counts length. */
    constructor(platform, measure = 'codepoints') {
        this.platform = platform;
        this.measure = measure;
    }
    add(path, message) {
        this.problems.push({ path, message });
    }
    /** An optional string of at most `max` characters; `nonEmpty` refuses a blank one. */
    text(value, path, max = Infinity, nonEmpty = false) {
        if (value === undefined || value === null)
            return;
        if (typeof value !== 'string')
            return this.add(path, `must be a string, got ${(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .typeOf */ .QP)(value)}`);
        const length = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_2__/* .measureLength */ .X6)(value, this.measure);
        if (length > max)
            this.add(path, `is ${length} characters long; ${this.platform} allows at most ${max}`);
        if (nonEmpty && value.trim() === '')
            this.add(path, 'must not be empty');
    }
    /** An optional absolute http(s) URL of at most `max` characters. */
    url(value, path, max = Infinity) {
        if (value === undefined || value === null)
            return;
        if (typeof value !== 'string' || !(0,_endpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .isHttpUrl */ .q$)(value))
            return this.add(path, 'must be an http(s) URL');
        this.text(value, path, max);
    }
    boolean(value, path) {
        if (value !== undefined && value !== null && typeof value !== 'boolean') {
            this.add(path, `must be true or false, got ${(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .typeOf */ .QP)(value)}`);
        }
    }
    /** An optional list (absent: empty) of at most `max` items; `min` 1 makes an empty list a problem too. */
    list(value, path, max, what, min = 0) {
        if (value === undefined || value === null)
            return [];
        if (!Array.isArray(value)) {
            this.add(path, `must be a list, got ${(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .typeOf */ .QP)(value)}`);
            return [];
        }
        if (value.length > max)
            this.add(path, `has ${value.length} ${what}; ${this.platform} allows at most ${max}`);
        if (value.length < min)
            this.add(path, `must hold at least ${min} of ${what}`);
        return value;
    }
    /** An object, or undefined; absent is a problem only when `required`. */
    object(value, path, required = false) {
        if ((0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value))
            return value;
        if (value === undefined || value === null) {
            if (required)
                this.add(path, 'is required');
            return undefined;
        }
        this.add(path, `must be an object, got ${(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .typeOf */ .QP)(value)}`);
        return undefined;
    }
}


/***/ }),

/***/ 5380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ postJson),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   QP: () => (/* binding */ typeOf),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The JSON a reply body holds, or undefined when it is not JSON (a proxy's error page, an empty body). */
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** The payload POSTed as JSON to the target, with the `headers` input (which may set its own content-type). */
function postJson(payload, ctx) {
    return {
        method: 'POST',
        url: ctx.target.endpoint.toString(),
        headers: { 'content-type': 'application/json', ...ctx.headers },
        body: JSON.stringify(payload)
    };
}
/** A value's kind for messages: `null`, `a list`, `an object`, `a string`, … */
function typeOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}


/***/ }),

/***/ 7197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ withLookedUpLink)
/* harmony export */ });
/**
 * After delivery, a platform may need one more request to learn the message link (Discord's guild, Slack's
 * permalink). The message is out, so a failed lookup only warns and the url output stays empty.
 * `lookup` returns the link, or the reason it is unknown.
 */
async function withLookedUpLink(delivered, ctx, lookup) {
    let found;
    try {
        found = await lookup();
    }
    catch (error) {
        found = { unknown: `the lookup failed: ${error instanceof Error ? error.message : String(error)}` };
    }
    if ('url' in found)
        return { ...delivered, url: found.url };
    ctx.warn({
        path: 'url',
        message: `the message was sent, but its link is unknown (${found.unknown}); the url output stays empty`
    });
    return delivered;
}


/***/ }),

/***/ 8173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ dropExtraItems)
/* harmony export */ });
/** The first `max` items; the rest dropped with a warning that says how many and why. */
function dropExtraItems(items, limit, warn) {
    const { max, what, path, platform } = limit;
    if (items.length <= max)
        return items;
    warn({ path, message: `${items.length} ${what}, ${platform} allows ${max}; dropped the last ${items.length - max}` });
    return items.slice(0, max);
}


/***/ }),

/***/ 5208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  My: () => (/* binding */ complete),
  qg: () => (/* binding */ parse),
  u1: () => (/* binding */ postMessage),
  dx: () => (/* binding */ problemMessageLink),
  kJ: () => (/* binding */ replyInThread),
  Em: () => (/* binding */ request),
  nc: () => (/* binding */ updateMessage)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/platforms/shared/endpoint.ts
var endpoint = __webpack_require__(7355);
// EXTERNAL MODULE: ./src/platforms/shared/json.ts
var json = __webpack_require__(5380);
// EXTERNAL MODULE: ./src/platforms/shared/link-lookup.ts
var link_lookup = __webpack_require__(7197);
// EXTERNAL MODULE: ./src/platforms/shared/reply.ts
var shared_reply = __webpack_require__(3168);
// EXTERNAL MODULE: ./src/platforms/slack/target.ts
var target = __webpack_require__(8142);
;// CONCATENATED MODULE: ./src/platforms/slack/errors.ts


const NO_TEXT = 'the message has no text or blocks';
const BLOCKS_REJECTED = 'Slack rejected the blocks (Block Kit); run with dry-run to see the payload';
const WEBHOOK_GONE = 'the webhook URL is wrong or the webhook was removed. Set the url input to an incoming webhook URL (your Slack app › Incoming Webhooks), stored as a secret';
/** Incoming webhooks answer errors as a bare code in a text body. */
const WEBHOOK_ERRORS = {
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
    channel_is_archived: "the webhook's channel is archived; unarchive it or create an incoming webhook for another channel",
    user_not_found: 'the webhook posts to a user who no longer exists'
};
const TOKEN_REFUSED = `Slack refused the token. ${target/* TOKEN_HINT */.WJ}; reinstall the app if the token was revoked`;
const RESTRICTED = (channel) => `a workspace setting or admin does not let this app post in ${channel}`;
/** What to do about the common chat.postMessage errors. */
const API_ERROR_HINTS = {
    not_authed: () => `no token reached Slack. ${target/* TOKEN_HINT */.WJ}`,
    invalid_auth: () => TOKEN_REFUSED,
    account_inactive: () => TOKEN_REFUSED,
    token_revoked: () => TOKEN_REFUSED,
    token_expired: () => TOKEN_REFUSED,
    missing_scope: (_channel, answer) => `the token lacks the scope ${typeof answer.needed === 'string' ? answer.needed : 'chat:write'}` +
        `${typeof answer.provided === 'string' ? ` (it has ${answer.provided})` : ''}; add it under OAuth & Permissions and reinstall the app`,
    not_in_channel: channel => `the app's bot is not a member of ${channel}: invite it (/invite @YourApp in the channel), or add the chat:write.public scope for public channels`,
    channel_not_found: channel => `Slack cannot find ${channel}, or the token cannot see it: ${target/* CHANNEL_HINT */.mO}; invite the bot to private channels`,
    is_archived: channel => `${channel} is archived: unarchive it or set vars: channel to another channel`,
    msg_too_long: () => 'the message text is too long',
    no_text: () => NO_TEXT,
    invalid_blocks: () => BLOCKS_REJECTED,
    invalid_blocks_format: () => BLOCKS_REJECTED,
    restricted_action: RESTRICTED,
    restricted_action_read_only_channel: RESTRICTED,
    ekm_access_denied: RESTRICTED,
    team_access_not_granted: RESTRICTED
};
/** `not_in_channel: the app's bot is not a member of C0123…: invite it …` plus Slack's own detail lines. */
function describeApiError(error, answer, channel = 'the channel') {
    const hint = API_ERROR_HINTS[error]?.(channel, answer);
    const metadata = (0,json/* isObject */.Gv)(answer.response_metadata) ? answer.response_metadata : {};
    const details = Array.isArray(metadata.messages) ? metadata.messages.filter(m => typeof m === 'string') : [];
    return `${error}${hint ? `: ${hint}` : ''}${details.length > 0 ? ` — ${details.join('; ')}` : ''}`;
}

;// CONCATENATED MODULE: ./src/platforms/slack/api.ts







/** ctx.state: the channel the request asked for (for error messages), and the one Slack put the message in (for `complete`). */
const REQUESTED_CHANNEL = 'slack.requestedChannel';
const DELIVERED_CHANNEL = 'slack.deliveredChannel';
function channelIn(ctx, key) {
    const channel = ctx.state.get(key);
    return typeof channel === 'string' ? channel : undefined;
}
/** The Authorization value for the Web API: a bare `xox…-` token gets the `Bearer ` Slack requires. */
function authorization(ctx) {
    const value = ctx.headers.authorization?.trim();
    if (!value) {
        throw new errors/* InputError */.dz('headers', 'has no Authorization value, so chat.postMessage cannot know which Slack app posts (an empty value usually means the secret is not set)', `${target/* TOKEN_HINT */.WJ}, or set url to an incoming webhook URL`);
    }
    return /^xox\w-/.test(value) ? `Bearer ${value}` : value;
}
function request(payload, ctx) {
    // Slack warns (missing_charset) about JSON without a charset.
    const headers = { ...ctx.headers, 'content-type': 'application/json; charset=utf-8' };
    if (!(0,target/* isIncomingWebhook */.wi)(ctx.target.endpoint)) {
        headers.authorization = authorization(ctx);
        if (headers.authorization !== ctx.headers.authorization?.trim()) {
            ctx.warn({
                path: 'headers.authorization',
                message: 'added "Bearer " before the token: Slack accepts tokens only as Bearer'
            });
        }
        if ((0,json/* isObject */.Gv)(payload) && typeof payload.channel === 'string')
            ctx.state.set(REQUESTED_CHANNEL, payload.channel);
    }
    return { method: 'POST', url: ctx.target.endpoint.toString(), headers, body: JSON.stringify(payload) };
}
function parse(reply, ctx) {
    return (0,target/* isIncomingWebhook */.wi)(ctx.target.endpoint) ? parseWebhookReply(reply) : parseApiReply(reply, ctx);
}
/** 200 `ok` is a sent message; an incoming webhook says nothing else, so there is no id and no link. */
function parseWebhookReply(reply) {
    if ((0,shared_reply/* isSuccess */.oJ)(reply.status))
        return { ok: true, id: '', url: '', status: 'sent' };
    const code = reply.body.trim();
    if (reply.status === 429)
        return { ok: false, message: `rate limited: ${(0,shared_reply/* replyText */.cL)(reply.body)}` };
    const hint = WEBHOOK_ERRORS[code];
    return { ok: false, message: hint ? `${code}: ${hint}` : (0,shared_reply/* replyText */.cL)(reply.body) };
}
/** Web API errors arrive as HTTP 200 `{ok: false, error}`: a failure, whatever the status says. */
function parseApiReply(reply, ctx) {
    const body = (0,json/* parseJson */.qF)(reply.body);
    const answer = (0,json/* isObject */.Gv)(body) ? body : undefined;
    const error = typeof answer?.error === 'string' ? answer.error : undefined;
    if (reply.status === 429 || error === 'ratelimited' || error === 'rate_limited') {
        return { ok: false, retry: true, rateLimited: true, message: `rate limited: ${error ?? (0,shared_reply/* replyText */.cL)(reply.body)}` };
    }
    if (!answer) {
        return {
            ok: false,
            message: (0,shared_reply/* isSuccess */.oJ)(reply.status)
                ? `the reply is not a Slack API answer: ${(0,shared_reply/* replyText */.cL)(reply.body)}`
                : (0,shared_reply/* replyText */.cL)(reply.body)
        };
    }
    if (answer.ok !== true) {
        return {
            ok: false,
            message: describeApiError(error ?? 'unknown_error', answer, channelIn(ctx, REQUESTED_CHANNEL)),
            ...(error === 'service_unavailable' && { retry: true })
        };
    }
    if (typeof answer.channel === 'string')
        ctx.state.set(DELIVERED_CHANNEL, answer.channel);
    const warnings = slackWarnings(answer);
    if (warnings.length > 0)
        ctx.warn({ path: '', message: `Slack sent the message with warnings: ${warnings.join(', ')}` });
    return { ok: true, id: typeof answer.ts === 'string' ? answer.ts : '', url: '', status: 'sent' };
}
function slackWarnings(answer) {
    const metadata = (0,json/* isObject */.Gv)(answer.response_metadata) ? answer.response_metadata : {};
    const listed = Array.isArray(metadata.warnings) ? metadata.warnings.filter(w => typeof w === 'string') : [];
    const single = typeof answer.warning === 'string' ? answer.warning.split(',') : [];
    return [...new Set([...single, ...listed])];
}
/** Asks chat.getPermalink for the message link; the message is out, so a failure only warns. */
async function complete(delivered, ctx, send) {
    if ((0,target/* isIncomingWebhook */.wi)(ctx.target.endpoint) || !delivered.id)
        return delivered;
    return (0,link_lookup/* withLookedUpLink */.u)(delivered, ctx, async () => {
        const channel = channelIn(ctx, DELIVERED_CHANNEL);
        if (!channel)
            return { unknown: 'Slack did not say which channel the message is in' };
        const lookup = new URL('chat.getPermalink', ctx.target.endpoint);
        lookup.search = new URLSearchParams({ channel, message_ts: delivered.id }).toString();
        let reply;
        try {
            reply = await send({
                method: 'GET',
                url: lookup.toString(),
                headers: { ...ctx.headers, authorization: authorization(ctx) }
            });
        }
        catch (error) {
            return { unknown: `chat.getPermalink failed: ${error instanceof Error ? error.message : String(error)}` };
        }
        const answer = (0,json/* parseJson */.qF)(reply.body);
        if (!(0,json/* isObject */.Gv)(answer))
            return { unknown: `chat.getPermalink answered HTTP ${reply.status}` };
        if (answer.ok !== true)
            return { unknown: `chat.getPermalink answered ${typeof answer.error === 'string' ? answer.error : 'ok: false'}` };
        if (typeof answer.permalink !== 'string' || !(0,endpoint/* isHttpUrl */.q$)(answer.permalink))
            return { unknown: 'chat.getPermalink gave no permalink' };
        return { url: answer.permalink };
    });
}
/** A problem's message by chat.postMessage: its ts (which also names its thread) and the channel ID Slack put it in. */
async function postMessage(payload, ctx, send) {
    const verdict = parse(await send(request(payload, ctx)), ctx);
    if (!verdict.ok)
        throw new Error(verdict.message);
    const channel = channelIn(ctx, DELIVERED_CHANNEL);
    if (!verdict.id || !channel)
        throw new Error('Slack answered without the message ts or its channel');
    return { message: verdict.id, channel, thread: verdict.id };
}
/** What chat.update may change; the rest of a message stays as posted. */
const UPDATED_KEYS = ['text', 'blocks', 'attachments', 'link_names', 'metadata'];
/**
 * Replaces the app's own message (chat.update, by channel ID and ts). Text and blocks are sent together: given text
 * without blocks, Slack drops the message's blocks. chat.update parses text as a client would unless told otherwise,
 * so it gets the parse chat.postMessage used (`none` unless the message says).
 */
async function updateMessage(message, payload, ctx, send) {
    if (!message.channel)
        throw new Error('the message reference has no channel ID, which chat.update needs');
    const body = { channel: message.channel, ts: message.message };
    if ((0,json/* isObject */.Gv)(payload))
        for (const key of UPDATED_KEYS)
            if (key in payload)
                body[key] = payload[key];
    body.parse = (0,json/* isObject */.Gv)(payload) && typeof payload.parse === 'string' ? payload.parse : 'none';
    const update = request(body, ctx);
    const reply = await send({ ...update, url: new URL('chat.update', ctx.target.endpoint).toString() });
    const verdict = parse(reply, ctx);
    if (!verdict.ok)
        throw new Error(verdict.message);
}
/** Posts `text` in the message's thread, as written (no mrkdwn), and in the channel too when `broadcast`. */
async function replyInThread(message, text, broadcast, ctx, send) {
    const body = {
        channel: message.channel ?? '',
        thread_ts: message.thread ?? message.message,
        text,
        mrkdwn: false,
        ...(broadcast && { reply_broadcast: true })
    };
    const verdict = parse(await send(request(body, ctx)), ctx);
    if (!verdict.ok)
        throw new Error(verdict.message);
}
/** The permalink of a problem's message (chat.getPermalink); '' when it cannot be known. */
async function problemMessageLink(message, ctx, send) {
    const state = new Map(message.channel ? [[DELIVERED_CHANNEL, message.channel]] : []);
    const linked = await complete({ id: message.message, url: '', status: 'sent' }, { ...ctx, state }, send);
    return linked.url;
}


/***/ }),

/***/ 2692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ fit)
/* harmony export */ });
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6689);
/* harmony import */ var _shared_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5380);
/* harmony import */ var _shared_lists_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8173);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1995);
/* harmony import */ var _mentions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2632);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8142);






/**
 * A fitted copy of the payload: mentions restricted, texts truncated, excess items dropped (each with a warning).
 * Blank texts are removed silently, with whatever they leave empty: Slack rejects them and nothing visible is lost.
 */
function fit(payload, ctx) {
    if (!(0,_shared_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(payload))
        return payload;
    const fitted = structuredClone(payload);
    const warn = ctx.warn.bind(ctx);
    const channel = ctx.vars.channel;
    if (!(0,_target_js__WEBPACK_IMPORTED_MODULE_1__/* .isIncomingWebhook */ .wi)(ctx.target.endpoint) &&
        fitted.channel === undefined &&
        typeof channel === 'string' &&
        channel.trim()) {
        fitted.channel = channel.trim();
    }
    for (const key of ['username', 'icon_url', 'icon_emoji', 'thread_ts']) {
        if (typeof fitted[key] === 'string' && fitted[key].trim() === '')
            delete fitted[key];
    }
    fitTopText(fitted, ctx.authoredText, warn);
    if (Array.isArray(fitted.blocks)) {
        (0,_mentions_js__WEBPACK_IMPORTED_MODULE_3__/* .neutraliseBlocks */ .p)(fitted.blocks, ctx.authoredText);
        const kept = fitted.blocks.flatMap((block, i) => fitBlock(block, `blocks[${i}]`, warn));
        fitted.blocks = dropExtra(kept, _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.blocks, 'blocks', 'blocks', warn);
        if (fitted.text === undefined && kept.length > 0) {
            warn({
                path: 'text',
                message: 'is missing: Slack shows it in notifications and to screen readers; add a one-line text next to blocks'
            });
        }
    }
    return fitted;
}
function fitTopText(payload, authoredText, warn) {
    if (typeof payload.text !== 'string')
        return;
    if (payload.text.trim() === '') {
        delete payload.text;
        return;
    }
    payload.text = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_4__/* .fitText */ .vY)((0,_mentions_js__WEBPACK_IMPORTED_MODULE_3__/* .neutraliseMentions */ .y)(payload.text, authoredText), _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.text, 'text', warn, _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MEASURE */ .V1);
}
/** dropExtraItems, in Slack's name. */
function dropExtra(items, max, what, path, warn) {
    return (0,_shared_lists_js__WEBPACK_IMPORTED_MODULE_5__/* .dropExtraItems */ .i)(items, { max, what, path, platform: 'Slack' }, warn);
}
/** A text object (or bare string) with nothing to show. */
function isBlankText(value) {
    if (value === undefined || value === null)
        return true;
    if (typeof value === 'string')
        return value.trim() === '';
    if (!(0,_shared_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(value))
        return false;
    return value.text === undefined || value.text === null || (typeof value.text === 'string' && value.text.trim() === '');
}
function fitTextObject(value, max, path, warn) {
    if ((0,_shared_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(value) && typeof value.text === 'string')
        value.text = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_4__/* .fitText */ .vY)(value.text, max, `${path}.text`, warn, _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MEASURE */ .V1);
}
/** The block, fitted, or nothing when it has nothing left to show. */
function fitBlock(block, path, warn) {
    if (!(0,_shared_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(block))
        return [block];
    switch (block.type) {
        case 'header':
            if (isBlankText(block.text))
                return [];
            fitTextObject(block.text, _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.header, `${path}.text`, warn);
            return [block];
        case 'section':
            return fitSection(block, path, warn);
        case 'context':
            return fitContext(block, path, warn);
        case 'actions':
            return fitActions(block, path, warn);
        default:
            return [block];
    }
}
function fitSection(block, path, warn) {
    if ('text' in block && isBlankText(block.text))
        delete block.text;
    if (Array.isArray(block.fields)) {
        const fields = block.fields.filter(field => !isBlankText(field));
        fields.forEach((field, i) => fitTextObject(field, _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.fieldText, `${path}.fields[${i}]`, warn));
        if (fields.length === 0)
            delete block.fields;
        else
            block.fields = dropExtra(fields, _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.fields, 'fields', `${path}.fields`, warn);
    }
    if (block.text === undefined && block.fields === undefined)
        return [];
    fitTextObject(block.text, _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.sectionText, `${path}.text`, warn);
    return [block];
}
function fitContext(block, path, warn) {
    if (!Array.isArray(block.elements))
        return [block];
    const elements = block.elements.filter(element => !((0,_shared_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(element) && _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .TEXT_TYPES */ .AL.includes(String(element.type)) && isBlankText(element)));
    if (elements.length === 0)
        return [];
    elements.forEach((element, i) => fitTextObject(element, _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.textObject, `${path}.elements[${i}]`, warn));
    block.elements = dropExtra(elements, _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.contextElements, 'elements', `${path}.elements`, warn);
    return [block];
}
function fitActions(block, path, warn) {
    if (!Array.isArray(block.elements))
        return [block];
    const elements = block.elements.flatMap((element, i) => fitButton(element, `${path}.elements[${i}]`, warn));
    if (elements.length === 0)
        return [];
    block.elements = dropExtra(elements, _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.actionElements, 'elements', `${path}.elements`, warn);
    return [block];
}
/** A link button whose link the alert did not have does nothing: it goes, with a warning (its label is lost). */
function fitButton(element, path, warn) {
    if (!(0,_shared_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(element) || element.type !== 'button')
        return [element];
    if (element.url === '')
        delete element.url;
    if (element.url === undefined && element.action_id === undefined) {
        warn({ path, message: 'has no url (the alert has no link for it); button removed' });
        return [];
    }
    fitTextObject(element.text, _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b1.buttonText, `${path}.text`, warn);
    return [element];
}


/***/ }),

/***/ 6099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   slack: () => (/* binding */ slack)
/* harmony export */ });
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5208);
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2692);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1995);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8142);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7174);





const slack = {
    resolveTarget: _target_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveTarget */ .u1,
    fit: _fit_js__WEBPACK_IMPORTED_MODULE_1__/* .fit */ .U,
    validate: _validate_js__WEBPACK_IMPORTED_MODULE_4__/* .validate */ .t,
    request: _api_js__WEBPACK_IMPORTED_MODULE_0__/* .request */ .Em,
    parse: _api_js__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg,
    complete: _api_js__WEBPACK_IMPORTED_MODULE_0__/* .complete */ .My,
    problemMessages: async () => (await __webpack_require__.e(/* import() */ 166).then(__webpack_require__.bind(__webpack_require__, 5166))).problemMessages,
    checkHints: { knownKeys: _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .KNOWN_KEYS */ .B, varsRead: ['channel'], sampleVars: { channel: 'C0123456789' } }
};


/***/ }),

/***/ 1995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ TEXT_TYPES),
/* harmony export */   B: () => (/* binding */ KNOWN_KEYS),
/* harmony export */   V1: () => (/* binding */ MEASURE),
/* harmony export */   b1: () => (/* binding */ LIMITS)
/* harmony export */ });
/** chat.postMessage and Block Kit limits, each from the page that states it. */
const LIMITS = {
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
};
/**
 * Slack does not say how it counts characters; UTF-16 units are never fewer than code points, so a text within
 * a limit by this measure is within it by either.
 */
const MEASURE = 'utf16';
/** The text object types (https://docs.slack.dev/reference/block-kit/composition-objects/text-object). */
const TEXT_TYPES = ['plain_text', 'mrkdwn'];
/**
 * chat.postMessage's and incoming webhooks' arguments and legacy attachments; Slack ignores any other key. Blocks are
 * left to validate: Slack rejects a malformed block.
 */
const KNOWN_KEYS = {
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
};


/***/ }),

/***/ 2632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ neutraliseBlocks),
/* harmony export */   y: () => (/* binding */ neutraliseMentions)
/* harmony export */ });
/* harmony import */ var _shared_mentions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(637);
/* harmony import */ var _shared_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5380);


/** Mentions that notify people: <!here>, <!channel>, <!everyone>, <!group>, <!subteam^ID>, <@U…>, each with an optional |label. */
const SPECIAL_MENTION = /<(?:@[^<>]*|!(?:here|channel|everyone|group|subteam\^)[^<>]*)>/gi;
/** Written without brackets, these may still be parsed as mentions in mrkdwn (Slack's "automatic parsing"). */
const BARE_BROADCAST = /@(here|channel|everyone)\b/gi;
/**
 * Only mentions the workflow author wrote (template and vars) may notify anyone: any other `<!here>`, `<@U…>`, …
 * is escaped the way Slack escapes text (`&lt;!here&gt;` shows as `<!here>`), and a bare `@here` gets an
 * invisible word joiner.
 */
function neutraliseMentions(text, authoredText) {
    const escaped = (0,_shared_mentions_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$0)(text, authoredText, SPECIAL_MENTION, special => `&lt;${special.slice(1, -1)}&gt;`);
    return (0,_shared_mentions_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralise */ .$0)(escaped, authoredText, BARE_BROADCAST, (_word, name) => `@${_shared_mentions_js__WEBPACK_IMPORTED_MODULE_0__/* .WORD_JOINER */ .Pj}${name}`);
}
/** Every mrkdwn text object, wherever a block nests it; plain_text never notifies anyone. */
function neutraliseBlocks(value, authoredText) {
    if (Array.isArray(value))
        return value.forEach(item => neutraliseBlocks(item, authoredText));
    if (!(0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value))
        return;
    if (value.type === 'mrkdwn' && typeof value.text === 'string')
        value.text = neutraliseMentions(value.text, authoredText);
    for (const child of Object.values(value))
        neutraliseBlocks(child, authoredText);
}


/***/ }),

/***/ 8142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WJ: () => (/* binding */ TOKEN_HINT),
/* harmony export */   mO: () => (/* binding */ CHANNEL_HINT),
/* harmony export */   u1: () => (/* binding */ resolveTarget),
/* harmony export */   wi: () => (/* binding */ isIncomingWebhook)
/* harmony export */ });
/* unused harmony export maskSlackUrl */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _shared_endpoint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7355);
/* harmony import */ var _descriptor_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2386);



/** An incoming webhook: /services/{team}/{bot}/{secret}; the last segment is a credential. */
const WEBHOOK_PATH = /^\/services\/([^/]+)\/([^/]+)\/([^/]+)\/?$/;
/** Workflow Builder webhooks take workflow variables, not messages. */
const TRIGGER_PATH = /^\/triggers\//;
const URL_HINT = 'Set url to an incoming webhook URL (https://hooks.slack.com/services/…, stored as a secret), or to ' +
    `${_descriptor_js__WEBPACK_IMPORTED_MODULE_2__/* .POST_MESSAGE_URL */ .tG} with headers \`Authorization: Bearer xoxb-…\` and vars: channel`;
const TOKEN_HINT = 'Set headers to `Authorization: Bearer xoxb-…` (the bot token of your Slack app) from a secret';
const CHANNEL_HINT = "set vars: channel: C0123456789 (the channel ID, shown in the channel's details)";
function isIncomingWebhook(endpoint) {
    return WEBHOOK_PATH.test(endpoint.pathname);
}
/** The URL as it may be shown: the webhook secret masked, an API method's path, no query; any other path may hold a secret. */
function maskSlackUrl(url) {
    const webhook = WEBHOOK_PATH.exec(url.pathname);
    if (webhook)
        return `${url.origin}/services/${webhook[1]}/${webhook[2]}/***`;
    return /^\/api\/[\w.]+$/.test(url.pathname) ? `${url.origin}${url.pathname}` : `${url.origin}/…`;
}
/** Where requests go when `url` is not set: the Web API method, with a bot token in the headers. */
function resolveTarget(url, _template) {
    const endpoint = (0,_shared_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .parseEndpoint */ .Bk)(url, { fallback: _descriptor_js__WEBPACK_IMPORTED_MODULE_2__/* .POST_MESSAGE_URL */ .tG, hint: URL_HINT, mask: maskSlackUrl, lookAlike: _descriptor_js__WEBPACK_IMPORTED_MODULE_2__/* .lookAlike */ .W7 });
    if (TRIGGER_PATH.test(endpoint.pathname)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('url', `${endpoint.origin}/triggers/… is a Workflow Builder webhook, which takes workflow variables, not messages`, URL_HINT);
    }
    if (!WEBHOOK_PATH.test(endpoint.pathname) && !_descriptor_js__WEBPACK_IMPORTED_MODULE_2__/* .POST_MESSAGE_PATH */ .vW.test(endpoint.pathname)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('url', `${maskSlackUrl(endpoint)} is neither a Slack incoming webhook (/services/T…/B…/…) nor chat.postMessage`, URL_HINT);
    }
    return { endpoint, defaultTemplate: 'slack' };
}


/***/ }),

/***/ 7174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ validate)
});

// EXTERNAL MODULE: ./src/platforms/shared/findings.ts
var shared_findings = __webpack_require__(1052);
// EXTERNAL MODULE: ./src/platforms/shared/json.ts
var json = __webpack_require__(5380);
// EXTERNAL MODULE: ./src/platforms/slack/limits.ts
var limits = __webpack_require__(1995);
;// CONCATENATED MODULE: ./src/platforms/slack/block-kit.ts


/**
 * The Block Kit block types and the keys each requires, from Slack's own types (`@slack/types` `KnownBlock`;
 * https://docs.slack.dev/reference/block-kit/blocks). Slack answers `invalid_blocks` to any other type and to a
 * block without a key it requires. `image` needs `alt_text` and either `image_url` or `slack_file` (not both).
 */
const REQUIRED = {
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
};
/** Whether `type` is a Block Kit block type. */
function isBlockType(type) {
    return typeof type === 'string' && Object.hasOwn(REQUIRED, type);
}
/** The keys a block of a known `type` lacks, each reported at its path. */
function checkRequiredKeys(block, type, path, findings) {
    for (const key of REQUIRED[type]) {
        if (block[key] === undefined || block[key] === null)
            findings.add(`${path}.${key}`, `is required in a ${type} block (Slack answers invalid_blocks without it)`);
    }
}
/**
 * An image (a block, or an element of a context block): the picture from `image_url` or `slack_file` (one of them),
 * and `alt_text` for those who cannot see it.
 */
function checkImage(image, path, findings) {
    const { image_url: url, slack_file: file, alt_text: altText } = image;
    const hasUrl = url !== undefined && url !== null;
    const hasFile = file !== undefined && file !== null;
    if (hasUrl && hasFile)
        findings.add(path, 'an image takes image_url or slack_file, not both: remove one');
    if (!hasUrl && !hasFile)
        findings.add(`${path}.image_url`, 'is required: the http(s) URL of the image (or give slack_file instead)');
    findings.url(url, `${path}.image_url`, limits/* LIMITS */.b1.imageUrl);
    if (hasFile)
        checkSlackFile(file, `${path}.slack_file`, findings);
    if (altText === undefined || altText === null) {
        findings.add(`${path}.alt_text`, 'is required: a plain-text description of the image for screen readers (Slack answers invalid_blocks without it)');
    }
    findings.text(altText, `${path}.alt_text`, limits/* LIMITS */.b1.imageAltText, true);
}
/** A Slack file by `url` or by `id`, one of them. */
function checkSlackFile(value, path, findings) {
    if (!(0,json/* isObject */.Gv)(value))
        return findings.add(path, 'must be an object with url or id');
    const given = ['url', 'id'].filter(key => value[key] !== undefined && value[key] !== null);
    if (given.length !== 1)
        return findings.add(path, 'must have either url or id (one of them)');
    findings.text(value[given[0]], `${path}.${given[0]}`, Infinity, true);
}

// EXTERNAL MODULE: ./src/platforms/slack/target.ts
var target = __webpack_require__(8142);
;// CONCATENATED MODULE: ./src/platforms/slack/validate.ts





const BUTTON_STYLES = ['primary', 'danger'];
/** Problems Slack would reject the message for; each names the JSON path and what Slack expects there. */
function validate(payload, ctx) {
    const findings = new shared_findings/* Findings */.F('Slack', limits/* MEASURE */.V1);
    if (!(0,json/* isObject */.Gv)(payload)) {
        findings.add('', `the message must be a JSON object, got ${(0,json/* typeOf */.QP)(payload)}`);
        return findings.problems;
    }
    if (!hasSomethingToShow(payload))
        findings.add('', 'the message is empty: Slack needs text or blocks (it answers no_text)');
    findings.text(payload.text, 'text', limits/* LIMITS */.b1.text);
    validateChannel(payload.channel, ctx, findings);
    findings.text(payload.username, 'username');
    findings.url(payload.icon_url, 'icon_url');
    findings.text(payload.icon_emoji, 'icon_emoji');
    findings.text(payload.thread_ts, 'thread_ts');
    for (const key of ['unfurl_links', 'unfurl_media', 'mrkdwn', 'reply_broadcast'])
        findings.boolean(payload[key], key);
    const blocks = findings.list(payload.blocks, 'blocks', limits/* LIMITS */.b1.blocks, 'blocks');
    blocks.forEach((block, i) => validateBlock(block, `blocks[${i}]`, findings));
    validateBlockIds(blocks, findings);
    return findings.problems;
}
/** A Block Kit text object: {type: plain_text|mrkdwn, text (1..max)}; `plainOnly` where Slack takes plain_text only. */
function checkTextObject(findings, value, path, max, plainOnly = false) {
    const object = findings.object(value, path, true);
    if (!object)
        return;
    const types = plainOnly ? ['plain_text'] : limits/* TEXT_TYPES */.AL;
    if (typeof object.type !== 'string' || !types.includes(object.type)) {
        findings.add(`${path}.type`, `must be ${types.join(' or ')}, got ${JSON.stringify(object.type ?? null)}`);
    }
    if (typeof object.text !== 'string' || object.text.trim() === '')
        findings.add(`${path}.text`, 'must be a non-empty string');
    else
        findings.text(object.text, `${path}.text`, max);
    if ('emoji' in object && object.type !== 'plain_text')
        findings.add(`${path}.emoji`, 'is only allowed on plain_text');
    if ('verbatim' in object && object.type !== 'mrkdwn')
        findings.add(`${path}.verbatim`, 'is only allowed on mrkdwn');
    findings.boolean(object.emoji, `${path}.emoji`);
    findings.boolean(object.verbatim, `${path}.verbatim`);
}
function hasSomethingToShow(payload) {
    const { text, blocks, attachments } = payload;
    return ((typeof text === 'string' && text.trim() !== '') ||
        (Array.isArray(blocks) && blocks.length > 0) ||
        (Array.isArray(attachments) && attachments.length > 0));
}
function validateChannel(channel, ctx, findings) {
    // An incoming webhook posts to the channel it was created for (and ignores `channel`).
    if ((0,target/* isIncomingWebhook */.wi)(ctx.target.endpoint))
        return findings.text(channel, 'channel');
    if (typeof channel !== 'string' || channel.trim() === '') {
        findings.add('channel', `is required for chat.postMessage: ${target/* CHANNEL_HINT */.mO}, and invite the app's bot to that channel`);
    }
}
function validateBlock(value, path, findings) {
    const block = findings.object(value, path, true);
    if (!block)
        return;
    findings.text(block.block_id, `${path}.block_id`, limits/* LIMITS */.b1.blockId);
    switch (block.type) {
        case 'header':
            return checkTextObject(findings, block.text, `${path}.text`, limits/* LIMITS */.b1.header, true);
        case 'section':
            return validateSection(block, path, findings);
        case 'context':
            return validateContext(block, path, findings);
        case 'actions':
            return validateActions(block, path, findings);
        case 'image':
            checkImage(block, path, findings);
            if (block.title !== undefined && block.title !== null)
                checkTextObject(findings, block.title, `${path}.title`, limits/* LIMITS */.b1.imageTitle, true);
            return;
        case undefined:
        case null:
            return findings.add(`${path}.type`, 'is required (header, section, context, actions, divider, …)');
        default:
            if (isBlockType(block.type))
                return checkRequiredKeys(block, block.type, path, findings);
            findings.add(`${path}.type`, `${JSON.stringify(block.type)} is not a Block Kit block type (Slack answers invalid_blocks): ` +
                'use header, section, context, actions, divider, image, rich_text, markdown, …');
    }
}
function validateSection(block, path, findings) {
    if (block.text === undefined && block.fields === undefined)
        return findings.add(path, 'a section needs text or fields');
    if (block.text !== undefined)
        checkTextObject(findings, block.text, `${path}.text`, limits/* LIMITS */.b1.sectionText);
    const fields = findings.list(block.fields, `${path}.fields`, limits/* LIMITS */.b1.fields, 'fields', 1);
    fields.forEach((field, i) => checkTextObject(findings, field, `${path}.fields[${i}]`, limits/* LIMITS */.b1.fieldText));
}
function validateContext(block, path, findings) {
    if (block.elements === undefined)
        return findings.add(`${path}.elements`, 'is required');
    const elements = findings.list(block.elements, `${path}.elements`, limits/* LIMITS */.b1.contextElements, 'elements', 1);
    elements.forEach((element, i) => {
        const elementPath = `${path}.elements[${i}]`;
        if ((0,json/* isObject */.Gv)(element) && element.type === 'image')
            return checkImage(element, elementPath, findings);
        checkTextObject(findings, element, elementPath, limits/* LIMITS */.b1.textObject);
    });
}
function validateActions(block, path, findings) {
    if (block.elements === undefined)
        return findings.add(`${path}.elements`, 'is required');
    const elements = findings.list(block.elements, `${path}.elements`, limits/* LIMITS */.b1.actionElements, 'elements', 1);
    elements.forEach((element, i) => {
        const elementPath = `${path}.elements[${i}]`;
        const object = findings.object(element, elementPath, true);
        if (object?.type === 'button')
            validateButton(object, elementPath, findings);
    });
}
function validateButton(button, path, findings) {
    checkTextObject(findings, button.text, `${path}.text`, limits/* LIMITS */.b1.buttonText, true);
    findings.url(button.url, `${path}.url`, limits/* LIMITS */.b1.buttonUrl);
    findings.text(button.value, `${path}.value`, limits/* LIMITS */.b1.buttonValue);
    findings.text(button.action_id, `${path}.action_id`, limits/* LIMITS */.b1.actionId);
    if (button.style !== undefined && !BUTTON_STYLES.includes(String(button.style))) {
        findings.add(`${path}.style`, `must be primary or danger, got ${JSON.stringify(button.style)}`);
    }
}
function validateBlockIds(blocks, findings) {
    const seen = new Set();
    blocks.forEach((block, i) => {
        const id = (0,json/* isObject */.Gv)(block) ? block.block_id : undefined;
        if (typeof id !== 'string')
            return;
        if (seen.has(id))
            findings.add(`blocks[${i}].block_id`, `'${id}' is used by an earlier block; block_id must be unique`);
        seen.add(id);
    });
}


/***/ })

};

//# sourceMappingURL=99.index.js.map