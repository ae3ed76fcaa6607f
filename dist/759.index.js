export const id = 759;
export const ids = [759];
export const modules = {

/***/ 7479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ request),
/* harmony export */   My: () => (/* binding */ complete),
/* harmony export */   dx: () => (/* binding */ problemMessageLink),
/* harmony export */   kJ: () => (/* binding */ replyInThread),
/* harmony export */   qg: () => (/* binding */ parse),
/* harmony export */   u1: () => (/* binding */ postMessage),
/* harmony export */   u_: () => (/* binding */ editMessage)
/* harmony export */ });
/* unused harmony export fieldErrors */
/* harmony import */ var _shared_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5380);
/* harmony import */ var _shared_link_lookup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7197);
/* harmony import */ var _shared_reply_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3168);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5298);




/**
 * The message as a webhook post. Discord drops a message's components unless the url asks it to read them
 * (`with_components=true`), so a message with components asks.
 */
function request(payload, ctx) {
    const post = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .postJson */ .B2)(payload, ctx);
    if (!(0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(payload) || !Array.isArray(payload.components) || payload.components.length === 0)
        return post;
    const url = new URL(post.url);
    url.searchParams.set('with_components', 'true');
    return { ...post, url: url.toString() };
}
const THREAD_HINT = "To post in an existing thread or forum post, add ?thread_id=THREAD_ID to the url (the last number of the thread's link); " +
    'to start a new forum post per alert, give the template a thread_name key (e.g. thread_name: "<< alert_summary >>") or set vars: thread_name';
/** Discord's "Unknown Webhook" and "Invalid Webhook Token" error codes. */
const WEBHOOK_GONE_CODES = new Set([10015, 50027]);
/** Discord's "Unknown Channel": with `thread_id`, the thread does not exist (or is not in the webhook's channel). */
const UNKNOWN_CHANNEL_CODE = 10003;
/** What Discord's forum error codes mean for the user, and what to do. */
const FORUM_ERRORS = {
    220001: `the webhook's channel is a forum, where every message goes to a post (thread). ${THREAD_HINT}`,
    220002: 'a forum message takes either thread_id (an existing post) or thread_name (a new post), not both; remove one',
    220003: "thread_name starts a new post only in a forum or media channel, and this webhook's channel is neither: remove thread_name (and vars.thread_name)"
};
/**
 * The channel the delivered message landed in, kept from `parse` for `complete` (which builds the link), in the
 * delivery's state. The message's own channel is the right one for the link: in a thread it is the thread.
 */
const DELIVERED_CHANNEL = 'discord.deliveredChannel';
function parse(reply, ctx) {
    const body = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(reply.body);
    if ((0,_shared_reply_js__WEBPACK_IMPORTED_MODULE_2__/* .isSuccess */ .oJ)(reply.status)) {
        const message = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(body) ? body : {};
        if (typeof message.channel_id === 'string')
            ctx.state.set(DELIVERED_CHANNEL, message.channel_id);
        return { ok: true, id: typeof message.id === 'string' ? message.id : '', url: '', status: 'sent' };
    }
    if (reply.status === 429)
        return rateLimited(body, reply.body);
    const error = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(body) ? body : undefined;
    const threadId = ctx.target.endpoint.searchParams.get('thread_id');
    if (error?.code === UNKNOWN_CHANNEL_CODE && threadId)
        return { ok: false, message: unknownThread(error, threadId) };
    if (typeof error?.code === 'number' && error.code in FORUM_ERRORS)
        return { ok: false, message: `${describeError(error)}: ${FORUM_ERRORS[error.code]}` };
    if (reply.status === 401 ||
        reply.status === 404 ||
        (typeof error?.code === 'number' && WEBHOOK_GONE_CODES.has(error.code))) {
        return { ok: false, message: webhookGone(error) };
    }
    return { ok: false, message: error ? describeError(error) : (0,_shared_reply_js__WEBPACK_IMPORTED_MODULE_2__/* .replyText */ .cL)(reply.body) };
}
function rateLimited(body, text) {
    if (!(0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(body))
        return { ok: false, message: `Discord rate limit: ${(0,_shared_reply_js__WEBPACK_IMPORTED_MODULE_2__/* .replyText */ .cL)(text)}` };
    const seconds = typeof body.retry_after === 'number' && body.retry_after >= 0 ? body.retry_after : undefined;
    const said = typeof body.message === 'string' ? body.message : 'You are being rate limited.';
    const wait = seconds === undefined ? '' : `, retry after ${seconds} s`;
    return {
        ok: false,
        message: `Discord rate limit (global: ${body.global === true ? 'yes' : 'no'}${wait}): ${said}`,
        ...(seconds !== undefined && { retryAfterSeconds: seconds })
    };
}
function webhookGone(error) {
    const said = error && typeof error.message === 'string' ? `${error.message}${codeOf(error)}: ` : '';
    return `${said}the webhook URL is wrong or the webhook was deleted. ${_target_js__WEBPACK_IMPORTED_MODULE_0__/* .WEBHOOK_URL_HINT */ .Ez.replace('Set it', 'Set the url input')}`;
}
function unknownThread(error, threadId) {
    return (`${describeError(error)}: the webhook works, but thread ${threadId} (thread_id in the url) is not a thread of its channel, ` +
        "or was deleted. Set thread_id to the last number of the thread's link (…/channels/SERVER/THREAD_ID), or remove it to post in the channel");
}
function codeOf(error) {
    return typeof error.code === 'number' ? ` (Discord code ${error.code})` : '';
}
/** `Invalid Form Body (Discord code 50035) — embeds.0.title: Must be 256 or fewer in length.` */
function describeError(error) {
    const said = typeof error.message === 'string' ? error.message : 'Discord reported an error';
    const details = fieldErrors(error.errors, []);
    return `${said}${codeOf(error)}${details.length > 0 ? ` — ${details.join('; ')}` : ''}`;
}
/** Discord nests field errors by path: {embeds: {0: {title: {_errors: [{code, message}]}}}} → `embeds.0.title: …`. */
function fieldErrors(errors, path) {
    if (!(0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(errors))
        return [];
    const here = Array.isArray(errors._errors)
        ? errors._errors
            .filter(_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)
            .map(entry => `${path.join('.') || '(body)'}: ${String(entry.message ?? entry.code)}`)
        : [];
    const nested = Object.entries(errors)
        .filter(([key]) => key !== '_errors')
        .flatMap(([key, value]) => fieldErrors(value, [...path, key]));
    return [...here, ...nested];
}
/** Looks up the webhook's guild to build the message link; the message is out, so a failure only warns. */
async function complete(delivered, ctx, send) {
    if (!delivered.id)
        return delivered;
    return (0,_shared_link_lookup_js__WEBPACK_IMPORTED_MODULE_3__/* .withLookedUpLink */ .u)(delivered, ctx, async () => {
        let reply;
        try {
            reply = await send({ method: 'GET', url: (0,_target_js__WEBPACK_IMPORTED_MODULE_0__/* .webhookUrl */ .vO)(ctx.target.endpoint), headers: { ...ctx.headers } });
        }
        catch (error) {
            return { unknown: `the message link lookup failed: ${error instanceof Error ? error.message : String(error)}` };
        }
        const webhook = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(reply.body);
        if (reply.status !== 200 || !(0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(webhook))
            return { unknown: `the message link lookup answered HTTP ${reply.status}` };
        if (typeof webhook.guild_id !== 'string')
            return { unknown: 'the webhook belongs to no server' };
        const replied = ctx.state.get(DELIVERED_CHANNEL);
        const channel = typeof replied === 'string' ? replied : (ctx.target.endpoint.searchParams.get('thread_id') ?? webhook.channel_id);
        if (typeof channel !== 'string')
            return { unknown: 'Discord did not say which channel the message is in' };
        return { url: (0,_target_js__WEBPACK_IMPORTED_MODULE_0__/* .messageLink */ .oT)(webhook.guild_id, channel, delivered.id) };
    });
}
/** A problem's message as a webhook post (wait=true): its id, channel and, in a thread or a new forum post, thread. */
async function postMessage(payload, ctx, send) {
    const reply = await send(request(payload, ctx));
    const verdict = parse(reply, ctx);
    if (!verdict.ok || !verdict.id)
        throw new Error(verdict.ok ? 'Discord answered without a message id' : verdict.message);
    const channel = ctx.state.get(DELIVERED_CHANNEL);
    const thread = ctx.target.endpoint.searchParams.get('thread_id') ??
        ((0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(payload) && typeof payload.thread_name === 'string' && typeof channel === 'string' ? channel : undefined);
    return { message: verdict.id, ...(typeof channel === 'string' && { channel }), ...(thread && { thread }) };
}
/** What an edit of a webhook's message may change. */
const EDITED_KEYS = ['content', 'embeds', 'allowed_mentions'];
/** Edits the webhook's own message in place (`PATCH …/messages/{id}`, `thread_id` when it sits in a thread). */
async function editMessage(message, payload, ctx, send) {
    const body = {};
    if ((0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(payload))
        for (const key of EDITED_KEYS)
            if (key in payload)
                body[key] = payload[key];
    const url = new URL(`${(0,_target_js__WEBPACK_IMPORTED_MODULE_0__/* .webhookUrl */ .vO)(ctx.target.endpoint)}/messages/${encodeURIComponent(message.message)}`);
    if (message.thread)
        url.searchParams.set('thread_id', message.thread);
    const reply = await send({ ...(0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .postJson */ .B2)(body, ctx), method: 'PATCH', url: url.toString() });
    const verdict = parse(reply, ctx);
    if (!verdict.ok)
        throw new Error(verdict.message);
}
/** Posts `text` in the message's thread (a forum post, a thread the url names); alert text never pings. */
async function replyInThread(message, text, ctx, send) {
    const url = new URL((0,_target_js__WEBPACK_IMPORTED_MODULE_0__/* .webhookUrl */ .vO)(ctx.target.endpoint));
    url.searchParams.set('wait', 'true');
    url.searchParams.set('thread_id', message.thread);
    const body = { content: text, allowed_mentions: { parse: [] } };
    const reply = await send({ ...(0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .postJson */ .B2)(body, ctx), url: url.toString() });
    const verdict = parse(reply, ctx);
    if (!verdict.ok)
        throw new Error(verdict.message);
}
/** The link of a message of the webhook (one lookup of its guild); '' when it cannot be known. */
async function problemMessageLink(message, ctx, send) {
    const state = new Map();
    const channel = message.thread ?? message.channel;
    if (channel)
        state.set(DELIVERED_CHANNEL, channel);
    const linked = await complete({ id: message.message, url: '', status: 'sent' }, { ...ctx, state }, send);
    return linked.url;
}


/***/ }),

/***/ 9069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ isIsoTimestamp),
/* harmony export */   V: () => (/* binding */ embedsLength)
/* harmony export */ });
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6689);
/* harmony import */ var _shared_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5380);


const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
/** Whether Discord reads `text` as an embed timestamp (ISO 8601, a real date). */
function isIsoTimestamp(text) {
    if (!ISO_8601.test(text))
        return false;
    const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}Z`;
    return !Number.isNaN(new Date(zoned).getTime());
}
/** The strings Discord counts towards the 6000 characters all embeds of a message may hold. */
function embedText(embed) {
    const fields = Array.isArray(embed.fields) ? embed.fields.filter(_shared_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv) : [];
    const parts = [
        embed.title,
        embed.description,
        ...fields.flatMap(field => [field.name, field.value]),
        (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(embed.footer) ? embed.footer.text : undefined,
        (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(embed.author) ? embed.author.name : undefined
    ];
    return parts.filter((part) => typeof part === 'string');
}
/** The characters Discord counts across all embeds of a message (limit 6000). */
function embedsLength(embeds) {
    return embeds
        .filter(_shared_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)
        .flatMap(embedText)
        .reduce((sum, text) => sum + (0,_truncate_js__WEBPACK_IMPORTED_MODULE_1__/* .measureLength */ .X6)(text), 0);
}


/***/ }),

/***/ 6768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uj: () => (/* binding */ fit)
/* harmony export */ });
/* unused harmony exports PLACEHOLDER, authoredMentions */
/* harmony import */ var _event_time_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3571);
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6689);
/* harmony import */ var _shared_budget_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5851);
/* harmony import */ var _shared_endpoint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7355);
/* harmony import */ var _shared_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5380);
/* harmony import */ var _shared_lists_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8173);
/* harmony import */ var _embeds_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9069);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8071);








/** Shown instead of an empty field name or value, which Discord rejects. */
const PLACEHOLDER = '—';
const HEX_COLOR = /^#([0-9a-f]{6})$/i;
const DECIMAL_COLOR = /^\d+$/;
function isBlank(value) {
    return typeof value !== 'string' || value.trim() === '';
}
/** A fitted copy of the payload: limits applied, empty values Discord rejects dropped, mentions restricted. */
function fit(payload, ctx) {
    if (!(0,_shared_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(payload))
        return payload;
    const fitted = structuredClone(payload);
    const warn = ctx.warn.bind(ctx);
    if (typeof fitted.content === 'string')
        fitted.content = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_3__/* .fitText */ .vY)(fitted.content, _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.content, 'content', warn);
    fitUsername(fitted, warn);
    dropUnusableUrl(fitted, 'avatar_url', 'avatar_url', warn);
    fitThreadName(fitted, ctx.vars.thread_name, warn);
    if (Array.isArray(fitted.embeds)) {
        fitted.embeds = (0,_shared_lists_js__WEBPACK_IMPORTED_MODULE_4__/* .dropExtraItems */ .i)(fitted.embeds, { max: _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.embeds, what: 'embeds', path: 'embeds', platform: 'Discord' }, warn);
        fitted.embeds.forEach((embed, i) => {
            if ((0,_shared_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(embed))
                fitEmbed(embed, `embeds[${i}]`, warn);
        });
        fitEmbedTotal(fitted.embeds, warn);
    }
    if (!('allowed_mentions' in fitted))
        fitted.allowed_mentions = authoredMentions(ctx.authoredText);
    return fitted;
}
/**
 * A forum post's title: the template's `thread_name`, else `vars.thread_name` (so the built-in template can post
 * to a forum); blank is left out, a long one shortened to Discord's 100.
 */
function fitThreadName(payload, fromVars, warn) {
    if (!('thread_name' in payload) && typeof fromVars === 'string')
        payload.thread_name = fromVars;
    fitOptionalText(payload, 'thread_name', _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.threadName, 'empty; left out, so no new forum post is started', warn);
}
function fitUsername(payload, warn) {
    fitOptionalText(payload, 'username', _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.username, "empty; removed, so the webhook's own name is used", warn);
}
/** A top-level text Discord refuses blank: a blank one is removed (saying what that means), a long one shortened. */
function fitOptionalText(payload, key, max, whenBlank, warn) {
    const text = payload[key];
    if (typeof text !== 'string')
        return;
    if (text.trim() === '') {
        delete payload[key];
        warn({ path: key, message: whenBlank });
        return;
    }
    payload[key] = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_3__/* .fitText */ .vY)(text, max, key, warn);
}
/** Removes `key` when it is an empty string, which Discord rejects where a URL or date is expected. */
function dropEmptyString(object, key, path, warn) {
    if (object[key] !== '')
        return;
    delete object[key];
    warn({ path, message: 'empty; removed (Discord rejects an empty value here)' });
}
/**
 * Removes a link Discord would reject (empty, or not http(s)): links come from alert data, and a bad one
 * must cost the link, not the whole alert.
 */
function dropUnusableUrl(object, key, path, warn) {
    const value = object[key];
    if (value === '')
        return dropEmptyString(object, key, path, warn);
    if (typeof value !== 'string' || (0,_shared_endpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .isHttpUrl */ .q$)(value))
        return;
    delete object[key];
    warn({ path, message: `'${value.slice(0, 80)}' is not an http(s) URL; removed (Discord rejects it)` });
}
function fitEmbed(embed, path, warn) {
    if (typeof embed.title === 'string')
        embed.title = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_3__/* .fitText */ .vY)(embed.title, _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.title, `${path}.title`, warn);
    if (typeof embed.description === 'string') {
        embed.description = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_3__/* .fitText */ .vY)(embed.description, _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.description, `${path}.description`, warn);
    }
    dropUnusableUrl(embed, 'url', `${path}.url`, warn);
    fitColor(embed, path, warn);
    fitTimestamp(embed, path, warn);
    fitFields(embed, path, warn);
    fitNamedPart(embed, 'footer', 'text', _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.footer, path, warn);
    fitNamedPart(embed, 'author', 'name', _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.author, path, warn);
    for (const part of ['image', 'thumbnail'])
        fitMedia(embed, part, path, warn);
}
function fitColor(embed, path, warn) {
    const color = embed.color;
    if (typeof color !== 'string')
        return;
    const hex = HEX_COLOR.exec(color.trim())?.[1];
    const value = hex ? parseInt(hex, 16) : DECIMAL_COLOR.test(color.trim()) ? Number(color.trim()) : undefined;
    if (value === undefined)
        return;
    embed.color = value;
    warn({ path: `${path}.color`, message: `converted '${color}' to the integer ${value}` });
}
function fitTimestamp(embed, path, warn) {
    const timestamp = embed.timestamp;
    if (typeof timestamp !== 'string' || (0,_embeds_js__WEBPACK_IMPORTED_MODULE_5__/* .isIsoTimestamp */ .O)(timestamp))
        return;
    if (timestamp === '')
        return dropEmptyString(embed, 'timestamp', `${path}.timestamp`, warn);
    const iso = (0,_event_time_js__WEBPACK_IMPORTED_MODULE_6__/* .toIso8601 */ .Y)(timestamp);
    if (iso) {
        embed.timestamp = iso;
        warn({ path: `${path}.timestamp`, message: `'${timestamp}' is not ISO 8601; converted to ${iso}` });
    }
    else {
        delete embed.timestamp;
        warn({ path: `${path}.timestamp`, message: `'${timestamp}' is not a time Discord can read; removed` });
    }
}
function fitFields(embed, path, warn) {
    if (!Array.isArray(embed.fields))
        return;
    const kept = [];
    embed.fields.forEach((field, i) => {
        const fieldPath = `${path}.fields[${i}]`;
        // A whole-leaf value that was missing removed the `value` key: the field goes with it, as Discord needs both.
        if ((0,_shared_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(field) && (field.value === undefined || field.value === null)) {
            warn({
                path: fieldPath,
                message: `has no value; field${typeof field.name === 'string' ? ` '${field.name}'` : ''} removed`
            });
            return;
        }
        if ((0,_shared_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(field))
            fitField(field, fieldPath, warn);
        kept.push(field);
    });
    embed.fields = (0,_shared_lists_js__WEBPACK_IMPORTED_MODULE_4__/* .dropExtraItems */ .i)(kept, { max: _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.fields, what: 'fields', path: `${path}.fields`, platform: 'Discord' }, warn);
}
function fitField(field, path, warn) {
    for (const [key, max] of [
        ['name', _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.fieldName],
        ['value', _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.fieldValue]
    ]) {
        const text = field[key];
        if (text !== undefined && text !== null && typeof text !== 'string')
            continue;
        if (isBlank(text)) {
            field[key] = PLACEHOLDER;
            warn({
                path: `${path}.${key}`,
                message: `empty; replaced with '${PLACEHOLDER}' (Discord requires a field ${key})`
            });
        }
        else {
            field[key] = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_3__/* .fitText */ .vY)(text, max, `${path}.${key}`, warn);
        }
    }
}
/** footer/author: removed when their required text is empty, else truncated; their empty URLs dropped. */
function fitNamedPart(embed, part, key, max, path, warn) {
    const object = embed[part];
    if (!(0,_shared_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(object))
        return;
    const partPath = `${path}.${part}`;
    if (object[key] === undefined || object[key] === null || object[key] === '') {
        delete embed[part];
        warn({ path: partPath, message: `has no ${key}; removed (Discord requires ${part} ${key})` });
        return;
    }
    if (typeof object[key] === 'string')
        object[key] = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_3__/* .fitText */ .vY)(object[key], max, `${partPath}.${key}`, warn);
    for (const urlKey of ['url', 'icon_url'])
        dropUnusableUrl(object, urlKey, `${partPath}.${urlKey}`, warn);
}
function fitMedia(embed, part, path, warn) {
    const object = embed[part];
    if (!(0,_shared_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(object))
        return;
    if (typeof object.url !== 'string' || !(0,_shared_endpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .isHttpUrl */ .q$)(object.url)) {
        delete embed[part];
        warn({ path: `${path}.${part}`, message: `has no http(s) url; removed (Discord requires ${part} url)` });
    }
}
/** Descriptions (they hold the alert text) and field values; a field value keeps at least its ellipsis. */
function shrinkables(embeds) {
    const found = [];
    embeds.forEach((embed, i) => {
        if (!(0,_shared_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(embed))
            return;
        if (typeof embed.description === 'string') {
            found.push({
                path: `embeds[${i}].description`,
                text: embed.description,
                floor: 0,
                set: text => (embed.description = text)
            });
        }
        if (!Array.isArray(embed.fields))
            return;
        embed.fields.forEach((field, j) => {
            if ((0,_shared_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(field) && typeof field.value === 'string') {
                found.push({
                    path: `embeds[${i}].fields[${j}].value`,
                    text: field.value,
                    floor: 1,
                    set: text => (field.value = text)
                });
            }
        });
    });
    return found;
}
/** Brings all embeds within 6000 characters, shortening the longest descriptions and field values first. */
function fitEmbedTotal(embeds, warn) {
    const reason = `to keep all embeds within ${_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.embedTotal} characters`;
    (0,_shared_budget_js__WEBPACK_IMPORTED_MODULE_7__/* .shrinkToBudget */ .S)(shrinkables(embeds), { fits: () => (0,_embeds_js__WEBPACK_IMPORTED_MODULE_5__/* .embedsLength */ .V)(embeds) <= _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.embedTotal, measure: 'codepoints', reason }, warn);
}
/**
 * Only the mentions the workflow author wrote (template and vars) may notify anyone; `@everyone` or `<@id>`
 * arriving inside alert text stays plain text.
 */
function authoredMentions(authoredText) {
    const users = [...new Set([...authoredText.matchAll(/<@!?(\d+)>/g)].map(match => match[1]))];
    const roles = [...new Set([...authoredText.matchAll(/<@&(\d+)>/g)].map(match => match[1]))];
    const parse = /@(?:everyone|here)\b/.test(authoredText) ? ['everyone'] : [];
    return { parse, roles, users };
}


/***/ }),

/***/ 2759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   discord: () => (/* binding */ discord)
/* harmony export */ });
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7479);
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6768);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8071);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5298);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(418);





const discord = {
    resolveTarget: _target_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveTarget */ .u1,
    fit: _fit_js__WEBPACK_IMPORTED_MODULE_1__/* .fit */ .Uj,
    validate: _validate_js__WEBPACK_IMPORTED_MODULE_4__/* .validate */ .t,
    request: _api_js__WEBPACK_IMPORTED_MODULE_0__/* .request */ .Em,
    parse: _api_js__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg,
    rateLimitHeaders: _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .RATE_LIMIT_HEADERS */ .yl,
    complete: _api_js__WEBPACK_IMPORTED_MODULE_0__/* .complete */ .My,
    problemMessages: async () => (await __webpack_require__.e(/* import() */ 98).then(__webpack_require__.bind(__webpack_require__, 4098))).problemMessages,
    checkHints: { knownKeys: _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .KNOWN_KEYS */ .B, varsRead: ['thread_name'], sampleTarget: _target_js__WEBPACK_IMPORTED_MODULE_3__/* .sampleTarget */ .E4 }
};


/***/ }),

/***/ 8071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ KNOWN_KEYS),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   yl: () => (/* binding */ RATE_LIMIT_HEADERS)
/* harmony export */ });
/** Discord's documented limits, in characters (code points) or items. */
const LIMITS = {
    /** https://discord.com/developers/docs/resources/webhook#execute-webhook (content: up to 2000 characters) */
    content: 2000,
    /** https://discord.com/developers/docs/resources/webhook#execute-webhook (username; the API answers 1–80 characters) */
    username: 80,
    /** https://discord.com/developers/docs/resources/webhook#execute-webhook (embeds: up to 10) */
    embeds: 10,
    /** https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
    title: 256,
    /** https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
    description: 4096,
    /** https://discord.com/developers/docs/resources/message#embed-object-embed-limits (up to 25 field objects) */
    fields: 25,
    /** https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
    fieldName: 256,
    /** https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
    fieldValue: 1024,
    /** https://discord.com/developers/docs/resources/message#embed-object-embed-limits (footer.text) */
    footer: 2048,
    /** https://discord.com/developers/docs/resources/message#embed-object-embed-limits (author.name) */
    author: 256,
    /** https://discord.com/developers/docs/resources/webhook#execute-webhook (thread_name: a forum post's name, 1–100 characters) */
    threadName: 100,
    /** https://discord.com/developers/docs/resources/message#embed-object-embed-limits (all embeds of a message together) */
    embedTotal: 6000,
    /** https://discord.com/developers/docs/resources/message#allowed-mentions-object (users and roles: up to 100 ids each) */
    mentionIds: 100,
    /** https://discord.com/developers/docs/resources/message#embed-object-embed-structure (color: an RGB integer, 0xffffff at most) */
    color: 0xffffff
};
const MEDIA_KEYS = { url: true, width: true, height: true, description: true };
/** Execute Webhook's JSON parameters and the embed object (contracts/discord-openapi.json); Discord drops any other key. */
const KNOWN_KEYS = {
    unknown: 'ignores',
    tree: {
        content: true,
        username: true,
        avatar_url: true,
        tts: true,
        embeds: {
            type: true,
            title: true,
            description: true,
            url: true,
            timestamp: true,
            color: true,
            fields: { name: true, value: true, inline: true },
            footer: { text: true, icon_url: true },
            author: { name: true, url: true, icon_url: true },
            image: MEDIA_KEYS,
            thumbnail: MEDIA_KEYS,
            video: MEDIA_KEYS,
            provider: { name: true, url: true }
        },
        allowed_mentions: { parse: true, roles: true, users: true, replied_user: true },
        components: true,
        attachments: true,
        poll: true,
        flags: true,
        thread_name: true,
        applied_tags: true
    }
};
/** The per-webhook bucket. The per-channel limit is not in these headers: its 429 says how long to wait. */
const RATE_LIMIT_HEADERS = [
    { remaining: 'x-ratelimit-remaining', reset: 'x-ratelimit-reset-after', resetIn: 'seconds' }
];


/***/ }),

/***/ 5298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ sampleTarget),
/* harmony export */   Ez: () => (/* binding */ WEBHOOK_URL_HINT),
/* harmony export */   oT: () => (/* binding */ messageLink),
/* harmony export */   u1: () => (/* binding */ resolveTarget),
/* harmony export */   vO: () => (/* binding */ webhookUrl)
/* harmony export */ });
/* unused harmony export maskWebhookUrl */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _shared_endpoint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7355);
/* harmony import */ var _descriptor_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2758);



const WEBHOOK_PREFIX = /^(\/api(?:\/v\d+)?\/webhooks\/[^/]+\/)/;
const WEBHOOK_URL_HINT = 'Set it to the channel webhook URL (Server Settings › Integrations › Webhooks), stored as a secret';
/** The webhook URL as it may be shown: the token (and anything after the webhook id) masked. */
function maskWebhookUrl(url) {
    const prefix = WEBHOOK_PREFIX.exec(url.pathname)?.[1];
    return prefix ? `${url.origin}${prefix}***` : `${url.origin}/…`;
}
/** The page a person opens for a message: https://discord.com/channels/{guild}/{channel}/{message}. */
function messageLink(guildId, channelId, messageId) {
    return `https://discord.com/channels/${guildId}/${channelId}/${messageId}`;
}
function resolveTarget(url, _template) {
    const endpoint = (0,_shared_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .parseEndpoint */ .Bk)(url, { required: 'Discord', hint: WEBHOOK_URL_HINT, mask: maskWebhookUrl, lookAlike: _descriptor_js__WEBPACK_IMPORTED_MODULE_2__/* .lookAlike */ .W7 });
    if (!_descriptor_js__WEBPACK_IMPORTED_MODULE_2__/* .WEBHOOK_PATH */ .wn.test(endpoint.pathname)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('url', `${maskWebhookUrl(endpoint)} is not a Discord webhook URL (its path must be /api/webhooks/{id}/{token})`, WEBHOOK_URL_HINT);
    }
    // wait=true makes Discord answer with the message, whose id and channel the outputs need.
    endpoint.searchParams.set('wait', 'true');
    return { endpoint, defaultTemplate: 'discord' };
}
/** Check mode's placeholder webhook (never contacted). */
function sampleTarget(templateFile) {
    return resolveTarget('https://discord.com/api/webhooks/123456789012345678/check-mode-placeholder', templateFile);
}
/** The webhook itself (GET answers with its guild): the endpoint without wait/thread_id or other query. */
function webhookUrl(endpoint) {
    const url = new URL(endpoint);
    url.search = '';
    return url.toString();
}


/***/ }),

/***/ 418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ validate)
});

// EXTERNAL MODULE: ./src/platforms/shared/findings.ts
var shared_findings = __webpack_require__(1052);
// EXTERNAL MODULE: ./src/platforms/shared/json.ts
var json = __webpack_require__(5380);
// EXTERNAL MODULE: ./src/truncate.ts
var truncate = __webpack_require__(6689);
;// CONCATENATED MODULE: ./src/platforms/discord/snowflake.ts
/** Whether `value` is a Discord id (a snowflake) written, as the API takes it, as a string of digits. */
function isSnowflake(value) {
    return typeof value === 'string' && /^\d+$/.test(value);
}

;// CONCATENATED MODULE: ./src/platforms/discord/components.ts



const ID = { integer: [0, 2 ** 31 - 1] };
const MEDIA = { properties: { url: { url: 2048 } }, required: ['url'] };
const EMOJI = {
    properties: { id: 'snowflake', name: { text: [0, 32] }, animated: 'boolean' },
    required: ['name']
};
const GALLERY_ITEM = {
    properties: { media: { object: MEDIA }, description: { text: [1, 1024] }, spoiler: 'boolean' },
    required: ['media']
};
const LINK_STYLE = 5;
const BUTTON_STYLES = { 1: 'primary', 2: 'secondary', 3: 'success', 4: 'danger', 5: 'link', 6: 'premium' };
const INTERACTIVE = "is interactive: a webhook made in a channel's settings cannot send it, and nothing here would answer a click; " +
    'use a link button (type 2, style 5, with a url) or a text display instead';
/** The components by `type` (https://discord.com/developers/docs/components/reference#component-object-component-types). */
const KINDS = {
    1: {
        name: 'action row',
        // Select menus (3, 5–8) belong here too; a webhook cannot send them (see `refused`).
        properties: { id: ID, components: { components: [2, 3, 5, 6, 7, 8], min: 1, max: 5 } },
        required: ['components']
    },
    2: {
        name: 'button',
        properties: {
            id: ID,
            style: { oneOf: BUTTON_STYLES },
            label: { text: [0, 80] },
            url: { url: 512 },
            emoji: { object: EMOJI },
            disabled: 'boolean',
            custom_id: { text: [1, 100] },
            sku_id: 'snowflake'
        },
        required: ['style']
    },
    3: { name: 'string select', properties: {}, required: [], refused: INTERACTIVE },
    5: { name: 'user select', properties: {}, required: [], refused: INTERACTIVE },
    6: { name: 'role select', properties: {}, required: [], refused: INTERACTIVE },
    7: { name: 'mentionable select', properties: {}, required: [], refused: INTERACTIVE },
    8: { name: 'channel select', properties: {}, required: [], refused: INTERACTIVE },
    9: {
        name: 'section',
        properties: { id: ID, components: { components: [10], min: 1, max: 3 }, accessory: { component: [2, 11] } },
        required: ['components', 'accessory']
    },
    10: { name: 'text display', properties: { id: ID, content: { text: [1, 4000] } }, required: ['content'] },
    11: {
        name: 'thumbnail',
        properties: { id: ID, media: { object: MEDIA }, description: { text: [1, 1024] }, spoiler: 'boolean' },
        required: ['media']
    },
    12: {
        name: 'media gallery',
        properties: { id: ID, items: { objects: GALLERY_ITEM, min: 1, max: 10 } },
        required: ['items']
    },
    13: {
        name: 'file',
        properties: {},
        required: [],
        refused: 'shows a file uploaded with the message (attachment://…), and the relay uploads none: ' +
            'link the file from a text display, or show an image with a media gallery (type 12)'
    },
    14: {
        name: 'separator',
        properties: { id: ID, spacing: { oneOf: { 1: 'small', 2: 'large' } }, divider: 'boolean' },
        required: []
    },
    17: {
        name: 'container',
        properties: {
            id: ID,
            components: { components: [1, 9, 10, 12, 13, 14], min: 1, max: 40 },
            accent_color: { integer: [0, 0xffffff] },
            spoiler: 'boolean'
        },
        required: ['components']
    }
};
/** Top-level components with the IS_COMPONENTS_V2 flag, and without it (action rows only). */
const TOP_LEVEL_V2 = [1, 9, 10, 12, 13, 14, 17];
const TOP_LEVEL = [1];
const LIMITS = {
    /** https://discord.com/developers/docs/components/reference (legacy messages: up to 5 action rows) */
    actionRows: 5,
    /** https://discord.com/developers/docs/components/reference (IS_COMPONENTS_V2: up to 40 components in all) */
    components: 40,
    /** https://discord.com/developers/docs/components/reference (text across all text displays: 4000) */
    text: 4000
};
const named = (type) => `${KINDS[type].name} (${type})`;
/**
 * Checks a message's `components` (`v2`: the IS_COMPONENTS_V2 flag is set), adding what Discord would reject to
 * `findings` with the path, the value and the fix.
 */
function checkComponents(value, v2, findings) {
    const walk = new ComponentWalk(findings, v2);
    walk.list(value, 'components', v2 ? TOP_LEVEL_V2 : TOP_LEVEL, 0, v2 ? LIMITS.components : LIMITS.actionRows);
    if (!v2)
        return;
    if (walk.count > LIMITS.components) {
        findings.add('components', `hold ${walk.count} components in all (nested ones count); Discord allows at most ${LIMITS.components} in a message`);
    }
    if (walk.text > LIMITS.text) {
        findings.add('components', `the text displays hold ${walk.text} characters in all; Discord allows at most ${LIMITS.text} in a message`);
    }
}
class ComponentWalk {
    findings;
    v2;
    count = 0;
    text = 0;
    constructor(findings, v2) {
        this.findings = findings;
        this.v2 = v2;
    }
    list(value, path, allowed, min, max) {
        this.findings
            .list(value, path, max, 'components', min)
            .forEach((item, i) => this.component(item, `${path}[${i}]`, allowed));
    }
    component(value, path, allowed) {
        const component = this.findings.object(value, path, true);
        if (!component)
            return;
        const type = component.type;
        const kind = typeof type === 'number' ? KINDS[type] : undefined;
        if (!kind || !allowed.includes(type))
            return this.misplaced(type, path, allowed);
        this.count++;
        if (kind.refused)
            return this.findings.add(path, `a ${named(type)} ${kind.refused}`);
        this.part(component, kind, path);
        if (type === 2)
            this.button(component, path);
        if (type === 10 && typeof component.content === 'string')
            this.text += (0,truncate/* measureLength */.X6)(component.content);
    }
    misplaced(type, path, allowed) {
        const here = allowed.map(named).join(', ');
        if (type === undefined || type === null)
            return this.findings.add(`${path}.type`, `is required: one of ${here}`);
        if (typeof type === 'number' && KINDS[type] && !this.v2 && TOP_LEVEL_V2.includes(type)) {
            return this.findings.add(`${path}.type`, `a ${named(type)} needs the IS_COMPONENTS_V2 flag: set flags: 32768 (and leave out content, embeds and poll), ` +
                `or use ${here} only`);
        }
        const what = typeof type === 'number' && KINDS[type]
            ? `a ${named(type)} cannot be here`
            : `${JSON.stringify(type)} is not a component type a webhook message may hold`;
        this.findings.add(`${path}.type`, `${what}: use one of ${here}`);
    }
    part(object, part, path) {
        for (const key of part.required) {
            if (object[key] === undefined || object[key] === null)
                this.findings.add(`${path}.${key}`, 'is required');
        }
        for (const [key, holds] of Object.entries(part.properties)) {
            const value = object[key];
            if (value !== undefined && value !== null)
                this.value(value, holds, `${path}.${key}`);
        }
    }
    value(value, holds, path) {
        const findings = this.findings;
        if (holds === 'boolean')
            return findings.boolean(value, path);
        if (holds === 'snowflake') {
            if (!isSnowflake(value))
                findings.add(path, `must be an id written as a string of digits, got ${JSON.stringify(value)}`);
            return;
        }
        if ('text' in holds) {
            findings.text(value, path, holds.text[1]);
            if (typeof value === 'string' && holds.text[0] > 0 && value.trim() === '')
                findings.add(path, 'must not be empty');
            return;
        }
        if ('url' in holds)
            return findings.url(value, path, holds.url);
        if ('integer' in holds) {
            const [min, max] = holds.integer;
            if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
                findings.add(path, `must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`);
            return;
        }
        if ('oneOf' in holds) {
            if (typeof value !== 'number' || !(value in holds.oneOf)) {
                const choices = Object.entries(holds.oneOf).map(([number, name]) => `${number} (${name})`);
                findings.add(path, `must be one of ${choices.join(', ')}, got ${JSON.stringify(value)}`);
            }
            return;
        }
        if ('object' in holds) {
            const object = findings.object(value, path);
            if (object)
                this.part(object, holds.object, path);
            return;
        }
        if ('objects' in holds) {
            return findings.list(value, path, holds.max, 'items', holds.min).forEach((item, i) => {
                const object = findings.object(item, `${path}[${i}]`, true);
                if (object)
                    this.part(object, holds.objects, `${path}[${i}]`);
            });
        }
        if ('component' in holds)
            return this.component(value, path, holds.component);
        this.list(value, path, holds.components, holds.min, holds.max);
    }
    /** Only a link button (style 5: a url, no custom_id) works from a channel's webhook. */
    button(button, path) {
        if (typeof button.style === 'number' && button.style in BUTTON_STYLES && button.style !== LINK_STYLE)
            return this.findings.add(`${path}.style`, `${button.style} makes a button that ${INTERACTIVE}`);
        if (button.style !== LINK_STYLE)
            return;
        if (button.custom_id !== undefined && button.custom_id !== null)
            this.findings.add(`${path}.custom_id`, 'is not allowed on a link button (style 5): remove it');
        if (button.url === undefined || button.url === null)
            this.findings.add(`${path}.url`, 'is required: a link button (style 5) opens this http(s) URL');
        const label = typeof button.label === 'string' ? button.label.trim() : '';
        if (label === '' && !(0,json/* isObject */.Gv)(button.emoji))
            this.findings.add(`${path}.label`, 'is required: a button needs a label or an emoji to show');
    }
}

// EXTERNAL MODULE: ./src/platforms/discord/embeds.ts
var discord_embeds = __webpack_require__(9069);
// EXTERNAL MODULE: ./src/platforms/discord/limits.ts
var limits = __webpack_require__(8071);
;// CONCATENATED MODULE: ./src/platforms/discord/poll.ts

/** https://discord.com/developers/docs/resources/poll#poll-create-request-object and #poll-media-object */
const poll_LIMITS = {
    question: 300,
    answer: 55,
    answers: 10,
    /** Hours the poll stays open: 1 to 32 days. */
    duration: [1, 768],
    emojiName: 32
};
const DEFAULT_LAYOUT = 1;
/** Checks a message's `poll` (a poll create request), adding what Discord would reject to `findings`. */
function checkPoll(value, findings) {
    const poll = findings.object(value, 'poll');
    if (!poll)
        return;
    const question = findings.object(poll.question, 'poll.question', true);
    if (question) {
        pollText(question.text, 'poll.question.text', poll_LIMITS.question, findings);
        if (question.emoji !== undefined && question.emoji !== null)
            findings.add('poll.question.emoji', 'is not supported: a poll question holds text only; remove it');
    }
    if (poll.answers === undefined || poll.answers === null)
        findings.add('poll.answers', 'is required: 1 to 10 answers');
    findings.list(poll.answers, 'poll.answers', poll_LIMITS.answers, 'answers', 1).forEach((item, i) => {
        const path = `poll.answers[${i}]`;
        const answer = findings.object(item, path, true);
        const media = answer && findings.object(answer.poll_media, `${path}.poll_media`, true);
        if (!media)
            return;
        pollText(media.text, `${path}.poll_media.text`, poll_LIMITS.answer, findings);
        const emoji = findings.object(media.emoji, `${path}.poll_media.emoji`);
        if (emoji)
            checkEmoji(emoji, `${path}.poll_media.emoji`, findings);
    });
    const duration = poll.duration;
    const [shortest, longest] = poll_LIMITS.duration;
    if (duration !== undefined &&
        duration !== null &&
        (typeof duration !== 'number' || !Number.isInteger(duration) || duration < shortest || duration > longest)) {
        findings.add('poll.duration', `must be a whole number of hours from ${shortest} to ${longest} (32 days), got ${JSON.stringify(duration)}`);
    }
    findings.boolean(poll.allow_multiselect, 'poll.allow_multiselect');
    const layout = poll.layout_type;
    if (layout !== undefined && layout !== null && layout !== DEFAULT_LAYOUT)
        findings.add('poll.layout_type', `must be ${DEFAULT_LAYOUT} (the only layout), got ${JSON.stringify(layout)}`);
}
function pollText(value, path, max, findings) {
    if (value === undefined || value === null)
        return findings.add(path, `is required: 1 to ${max} characters`);
    findings.text(value, path, max, true);
}
/** A poll answer's emoji: a custom emoji's `id`, or a Unicode emoji as `name`. */
function checkEmoji(emoji, path, findings) {
    const { id, name } = emoji;
    if (id !== undefined && id !== null && !isSnowflake(id))
        findings.add(`${path}.id`, `must be a custom emoji's id written as a string of digits, got ${JSON.stringify(id)}`);
    findings.text(name, `${path}.name`, poll_LIMITS.emojiName);
    findings.boolean(emoji.animated, `${path}.animated`);
}

;// CONCATENATED MODULE: ./src/platforms/discord/validate.ts







const MENTION_TYPES = ['users', 'roles', 'everyone'];
/**
 * The message flags a webhook may set (https://discord.com/developers/docs/resources/webhook#execute-webhook:
 * "only SUPPRESS_EMBEDS, SUPPRESS_NOTIFICATIONS and IS_COMPONENTS_V2 can be set").
 */
const WEBHOOK_FLAGS = { SUPPRESS_EMBEDS: 1 << 2, SUPPRESS_NOTIFICATIONS: 1 << 12, IS_COMPONENTS_V2: 1 << 15 };
const FLAG_LIST = Object.entries(WEBHOOK_FLAGS)
    .map(([name, bit]) => `${name} (${bit})`)
    .join(', ');
/** What an IS_COMPONENTS_V2 message may not hold besides components (Discord answers 400). */
const NOT_WITH_V2 = ['content', 'embeds', 'poll'];
function validate(payload, ctx) {
    const findings = new shared_findings/* Findings */.F('Discord');
    if (!(0,json/* isObject */.Gv)(payload)) {
        findings.add('', `the message must be a JSON object, got ${(0,json/* typeOf */.QP)(payload)}`);
        return findings.problems;
    }
    if (!hasSomethingToShow(payload)) {
        findings.add('', 'the message is empty: Discord needs content, embeds, components or a poll ("Cannot send an empty message")');
    }
    findings.text(payload.content, 'content', limits/* LIMITS */.b1.content);
    validateUsername(payload.username, findings);
    findings.url(payload.avatar_url, 'avatar_url');
    findings.boolean(payload.tts, 'tts');
    findings
        .list(payload.embeds, 'embeds', limits/* LIMITS */.b1.embeds, 'embeds')
        .forEach((embed, i) => validateEmbed(embed, `embeds[${i}]`, findings));
    if (Array.isArray(payload.embeds)) {
        const total = (0,discord_embeds/* embedsLength */.V)(payload.embeds);
        if (total > limits/* LIMITS */.b1.embedTotal) {
            findings.add('embeds', `hold ${total} characters in all; Discord allows at most ${limits/* LIMITS */.b1.embedTotal} across all embeds`);
        }
    }
    validateAllowedMentions(payload.allowed_mentions, findings);
    const v2 = validateFlags(payload.flags, findings);
    checkComponents(payload.components, v2, findings);
    if (v2) {
        for (const key of NOT_WITH_V2.filter(key => payload[key] !== undefined && payload[key] !== null)) {
            findings.add(key, `cannot be sent with the IS_COMPONENTS_V2 flag (${WEBHOOK_FLAGS.IS_COMPONENTS_V2} in flags; Discord answers 400): ` +
                'show the text in text display components (type 10) and remove it, or take 32768 out of flags');
        }
    }
    checkPoll(payload.poll, findings);
    findings.text(payload.thread_name, 'thread_name', limits/* LIMITS */.b1.threadName, true);
    if (payload.thread_name !== undefined && ctx.target.endpoint.searchParams.has('thread_id')) {
        findings.add('thread_name', 'cannot be combined with ?thread_id= in the url (Discord rejects both): thread_id posts in an existing thread, thread_name starts a forum post; keep one');
    }
    return findings.problems;
}
function hasSomethingToShow(payload) {
    const { content, embeds, components, poll } = payload;
    return ((typeof content === 'string' && content.trim() !== '') ||
        (Array.isArray(embeds) && embeds.length > 0) ||
        (Array.isArray(components) && components.length > 0) ||
        (0,json/* isObject */.Gv)(poll));
}
/** Flags a webhook may set; true when they include IS_COMPONENTS_V2. */
function validateFlags(flags, findings) {
    if (flags === undefined || flags === null)
        return false;
    if (typeof flags !== 'number' || !Number.isSafeInteger(flags) || flags < 0) {
        findings.add('flags', `must be a whole number, the sum of the flags to set (${FLAG_LIST}), got ${JSON.stringify(flags)}`);
        return false;
    }
    const allowed = Object.values(WEBHOOK_FLAGS).reduce((sum, bit) => sum | bit, 0);
    const others = BigInt(flags) & ~BigInt(allowed);
    if (others !== 0n) {
        findings.add('flags', `is ${flags}, which sets flags a webhook may not set (${others} of it); a webhook may set only ${FLAG_LIST}: ` +
            'write the sum of those you want (e.g. 4096 to post silently)');
    }
    return (BigInt(flags) & BigInt(WEBHOOK_FLAGS.IS_COMPONENTS_V2)) !== 0n;
}
function validateUsername(username, findings) {
    findings.text(username, 'username', limits/* LIMITS */.b1.username, true);
    if (typeof username === 'string' && /discord|clyde/i.test(username)) {
        findings.add('username', "must not contain 'discord' or 'clyde' (Discord rejects such webhook names); set vars.username to another name");
    }
}
function validateEmbed(value, path, findings) {
    const embed = findings.object(value, path);
    if (!embed)
        return;
    findings.text(embed.title, `${path}.title`, limits/* LIMITS */.b1.title);
    findings.text(embed.description, `${path}.description`, limits/* LIMITS */.b1.description);
    findings.url(embed.url, `${path}.url`);
    validateColor(embed.color, `${path}.color`, findings);
    const timestamp = embed.timestamp;
    if (timestamp !== undefined && timestamp !== null && (typeof timestamp !== 'string' || !(0,discord_embeds/* isIsoTimestamp */.O)(timestamp))) {
        findings.add(`${path}.timestamp`, 'must be an ISO 8601 time such as 2026-01-08T10:00:00Z (use << start_time_iso >>)');
    }
    findings
        .list(embed.fields, `${path}.fields`, limits/* LIMITS */.b1.fields, 'fields')
        .forEach((field, i) => validateField(field, `${path}.fields[${i}]`, findings));
    const footer = findings.object(embed.footer, `${path}.footer`);
    if (footer) {
        requireText(footer.text, `${path}.footer.text`, limits/* LIMITS */.b1.footer, findings);
        findings.url(footer.icon_url, `${path}.footer.icon_url`);
    }
    const author = findings.object(embed.author, `${path}.author`);
    if (author) {
        requireText(author.name, `${path}.author.name`, limits/* LIMITS */.b1.author, findings);
        for (const key of ['url', 'icon_url'])
            findings.url(author[key], `${path}.author.${key}`);
    }
    for (const part of ['image', 'thumbnail']) {
        const media = findings.object(embed[part], `${path}.${part}`);
        if (!media)
            continue;
        if (media.url === undefined || media.url === null)
            findings.add(`${path}.${part}.url`, 'is required');
        else
            findings.url(media.url, `${path}.${part}.url`);
    }
}
function requireText(value, path, max, findings) {
    if (value === undefined || value === null)
        return findings.add(path, 'is required');
    findings.text(value, path, max, true);
}
function validateColor(color, path, findings) {
    if (color === undefined || color === null)
        return;
    if (typeof color !== 'number' || !Number.isInteger(color) || color < 0 || color > limits/* LIMITS */.b1.color) {
        findings.add(path, `must be an integer from 0 to ${limits/* LIMITS */.b1.color} (decimal RGB, e.g. 15158332 for red), got ${JSON.stringify(color)}`);
    }
}
function validateField(value, path, findings) {
    const field = findings.object(value, path);
    if (!field)
        return;
    requireText(field.name, `${path}.name`, limits/* LIMITS */.b1.fieldName, findings);
    requireText(field.value, `${path}.value`, limits/* LIMITS */.b1.fieldValue, findings);
    findings.boolean(field.inline, `${path}.inline`);
}
function validateAllowedMentions(value, findings) {
    const mentions = findings.object(value, 'allowed_mentions');
    if (!mentions)
        return;
    const parse = findings.list(mentions.parse, 'allowed_mentions.parse', MENTION_TYPES.length, 'types');
    parse.forEach((type, i) => {
        if (typeof type !== 'string' || !MENTION_TYPES.includes(type)) {
            findings.add(`allowed_mentions.parse[${i}]`, `must be one of ${MENTION_TYPES.join(', ')}, got ${JSON.stringify(type)}`);
        }
    });
    for (const kind of ['users', 'roles']) {
        const path = `allowed_mentions.${kind}`;
        const ids = findings.list(mentions[kind], path, limits/* LIMITS */.b1.mentionIds, 'ids');
        ids.forEach((id, i) => {
            if (!isSnowflake(id))
                findings.add(`${path}[${i}]`, `must be an id written as a string of digits, got ${JSON.stringify(id)}`);
        });
        if (ids.length > 0 && parse.includes(kind)) {
            findings.add(path, `cannot be combined with '${kind}' in allowed_mentions.parse (Discord rejects both); keep one of them`);
        }
    }
    findings.boolean(mentions.replied_user, 'allowed_mentions.replied_user');
}


/***/ }),

/***/ 5851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ shrinkToBudget)
/* harmony export */ });
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6689);

/**
 * Caps the texts at one common length, the largest cap with which the payload fits: the longest text (usually
 * the alert text) shrinks first, and short facts are touched only when the long texts alone cannot make room.
 * Each text that changes warns with its original and final length.
 */
function shrinkToBudget(texts, budget, warn) {
    if (budget.fits())
        return;
    const originals = texts.map(t => t.text);
    const lengths = originals.map(text => (0,_truncate_js__WEBPACK_IMPORTED_MODULE_0__/* .measureLength */ .X6)(text, budget.measure));
    const capAll = (cap) => texts.forEach((t, i) => t.set(lengths[i] > Math.max(cap, t.floor)
        ? (0,_truncate_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(originals[i], Math.max(cap, t.floor), budget.measure)
        : originals[i]));
    // Largest cap that fits; 0 (every text at its floor) when none does.
    let low = 0;
    let high = Math.max(0, ...lengths);
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        capAll(mid);
        if (budget.fits())
            low = mid;
        else
            high = mid - 1;
    }
    const why = problem => warn({ ...problem, message: `${problem.message}, ${budget.reason}` });
    texts.forEach((t, i) => {
        const cap = Math.max(low, t.floor);
        t.set(lengths[i] > cap ? (0,_truncate_js__WEBPACK_IMPORTED_MODULE_0__/* .fitText */ .vY)(originals[i], cap, t.path, why, budget.measure) : originals[i]);
    });
}


/***/ }),

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


/***/ })

};

//# sourceMappingURL=759.index.js.map