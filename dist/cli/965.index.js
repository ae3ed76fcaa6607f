export const id = 965;
export const ids = [965];
export const modules = {

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

/***/ 3168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vp: () => (/* binding */ REPLY_TEXT_LIMIT),
/* harmony export */   cL: () => (/* binding */ replyText),
/* harmony export */   oJ: () => (/* binding */ isSuccess)
/* harmony export */ });
/* unused harmony export usableReplyValues */
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6689);

/** How much of a service's reply a message carries: enough to act on, not a whole HTML error page. */
const REPLY_TEXT_LIMIT = 1024;
/** A reply body as message text: trimmed, bounded, `(empty reply)` when there is nothing; `oneLine` folds it. */
function replyText(body, options = {}) {
    const text = options.oneLine ? body.replace(/\s+/g, ' ').trim() : body.trim();
    return text === '' ? '(empty reply)' : (0,_truncate_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(text, REPLY_TEXT_LIMIT);
}
/** 2xx: the service did what was asked. */
function isSuccess(status) {
    return status >= 200 && status < 300;
}
/** Longer values are not links or ids a service hands out. */
const LINK_MAX = 8192;
const ID_MAX = 256;
/** White space and control characters of every kind: none belongs in a link or an id. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const SPACE_OR_CONTROL = /[\s\x00-\x1f\x7f-\x9f]/;
/**
 * The link and id a reply gave, as they may be used (outputs, the log, the job summary): a link is one http(s)
 * URL, an id one printable word of bounded length. Anything else is dropped with a warning, whichever platform's
 * reply (or `result-url` path) it came from.
 */
function usableReplyValues(replied, service, warn) {
    const linkProblem = replied.url === '' ? undefined : unusableLink(replied.url);
    const idProblem = replied.id === '' ? undefined : unusableId(replied.id);
    if (linkProblem)
        warn({
            path: 'url',
            message: `${service}'s reply had an unusable link (${linkProblem}); the url output stays empty`
        });
    if (idProblem)
        warn({ path: 'id', message: `${service}'s reply had an unusable id (${idProblem}); the id output stays empty` });
    return { url: linkProblem ? '' : replied.url, id: idProblem ? '' : replied.id };
}
function unusableLink(url) {
    if (url.length > LINK_MAX)
        return `longer than ${LINK_MAX} characters`;
    if (SPACE_OR_CONTROL.test(url))
        return 'not one line without spaces';
    let protocol;
    try {
        protocol = new URL(url).protocol;
    }
    catch {
        return 'not a URL';
    }
    return protocol === 'https:' || protocol === 'http:' ? undefined : 'not an http(s) URL';
}
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;
function unusableId(id) {
    if (id.length > ID_MAX)
        return `longer than ${ID_MAX} characters`;
    if (SPACE_OR_CONTROL.test(id))
        return 'not one word without spaces or control characters';
    // Most ids are ASCII: only others need the Unicode classes, whose pattern costs a millisecond to compile.
    if (PRINTABLE_ASCII.test(id))
        return undefined;
    return /^[\p{L}\p{N}\p{P}\p{S}]+$/u.test(id) ? undefined : 'not printable text';
}


/***/ }),

/***/ 4965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  webhook: () => (/* binding */ webhook)
});

// EXTERNAL MODULE: ./src/platforms/shared/json.ts
var json = __webpack_require__(5380);
// EXTERNAL MODULE: ./src/platforms/shared/reply.ts
var shared_reply = __webpack_require__(3168);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/platforms/webhook/signing.ts


// Standard Webhooks: https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md
const SECRET_HINT = 'Use a Standard Webhooks secret: whsec_ followed by the base64 of 24 to 64 random bytes, ' +
    'e.g. the output of: echo "whsec_$(openssl rand -base64 32)"';
const SECRET_PREFIX = 'whsec_';
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** The spec asks for at least 24 random bytes; shorter keys still verify, so they only warn. */
const MIN_KEY_BYTES = 24;
/** Where a delivery keeps its `webhook-id` in `ctx.state`. */
const DELIVERY_ID = 'webhook-id';
/**
 * The HMAC key of a `signing-secret`: the base64 after `whsec_`. Without the prefix the text is read as base64
 * too, as the reference libraries do, so a receiver using them verifies either spelling alike.
 */
function signingKey(secret) {
    const encoded = secret.trim().startsWith(SECRET_PREFIX) ? secret.trim().slice(SECRET_PREFIX.length) : secret.trim();
    // The secret itself is never part of a message.
    if (encoded === '' || !BASE64.test(encoded)) {
        throw new errors/* InputError */.dz('signing-secret', 'is not a Standard Webhooks secret (whsec_ followed by base64)', SECRET_HINT);
    }
    return Buffer.from(encoded, 'base64');
}
/** `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, the symmetric signature of the spec. */
function standardSignature(key, id, timestamp, body) {
    return `v1,${(0,external_node_crypto_.createHmac)('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}
/** The `webhook-id` this delivery was signed with; '' when it was not signed. */
function signedDeliveryId(ctx) {
    const id = ctx.state.get(DELIVERY_ID);
    return typeof id === 'string' ? id : '';
}
/**
 * One `webhook-id` per delivery, so a receiver can drop a retry it already processed: kept in the delivery's
 * state, whatever number of times the request is built for it.
 */
function deliveryId(ctx) {
    let id = signedDeliveryId(ctx);
    if (!id) {
        // base64url has no '.', which would be ambiguous in the signed "id.timestamp.body" text.
        id = `msg_${(0,external_node_crypto_.randomBytes)(18).toString('base64url')}`;
        ctx.state.set(DELIVERY_ID, id);
    }
    return id;
}
/** The three signature headers of a body, or none without a `signing-secret`. */
function signatureHeaders(body, ctx) {
    const secret = ctx.settings.signingSecret;
    if (!secret)
        return {};
    const id = deliveryId(ctx);
    const timestamp = Math.floor(ctx.now().getTime() / 1000);
    return {
        'webhook-id': id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': standardSignature(signingKey(secret), id, timestamp, body)
    };
}

;// CONCATENATED MODULE: ./src/platforms/webhook/api.ts



function request(payload, ctx) {
    const posted = (0,json/* postJson */.B2)(payload, ctx);
    // The signature headers come last: a `headers` input cannot replace what was signed.
    return { ...posted, headers: { ...posted.headers, ...signatureHeaders(posted.body, ctx) } };
}
function parse(reply, ctx) {
    if ((0,shared_reply/* isSuccess */.oJ)(reply.status))
        return { ok: true, status: 'sent', id: signedDeliveryId(ctx), url: resultUrl(reply.body, ctx) };
    const text = (0,shared_reply/* replyText */.cL)(reply.body);
    if (reply.status === 410) {
        return {
            ok: false,
            message: `the receiver no longer accepts these webhooks (410 Gone): ${text}. Check the url input`
        };
    }
    return { ok: false, message: text };
}
/** The `result-url` value in the reply (e.g. `data.html_url`); '' with a warning when it is not there. */
function resultUrl(body, ctx) {
    const path = ctx.settings.resultUrl.trim();
    if (!path)
        return '';
    const missing = (why) => {
        ctx.warn({ path: 'result-url', message: `${why}; the url output stays empty` });
        return '';
    };
    const reply = (0,json/* parseJson */.qF)(body);
    if (reply === undefined)
        return missing('the reply is not JSON');
    const value = valueAt(reply, path);
    if (value === undefined)
        return missing(`the reply has nothing at '${path}'`);
    if (typeof value !== 'string' || value.trim() === '')
        return missing(`'${path}' in the reply is not text`);
    return value;
}
/** The value at a dotted path; list items by index (`data.items.0.url`, also written `data.items[0].url`). */
function valueAt(value, path) {
    let current = value;
    for (const key of path
        .replace(/\[(\d+)\]/g, '.$1')
        .split('.')
        .filter(Boolean)) {
        if (Array.isArray(current))
            current = /^\d+$/.test(key) ? current[Number(key)] : undefined;
        else if (current !== null && typeof current === 'object' && Object.hasOwn(current, key))
            current = current[key];
        else
            return undefined;
    }
    return current;
}

;// CONCATENATED MODULE: ./src/platforms/webhook/fit.ts
/** The receiver is the user's own: there are no limits to fit, so the payload is sent as rendered. */
function fit(payload) {
    return payload;
}

// EXTERNAL MODULE: ./src/platforms/shared/endpoint.ts
var shared_endpoint = __webpack_require__(7355);
;// CONCATENATED MODULE: ./src/platforms/webhook/target.ts

const URL_HINT = "Set url to your receiver's endpoint, e.g. https://alerts.example.com/hooks/dagster, and platform to webhook";
/** Internal receivers often live on plain http inside a network, so both schemes are allowed. */
function resolveTarget(url, _template) {
    const endpoint = (0,shared_endpoint/* parseEndpoint */.Bk)(url, { required: 'webhook', hint: URL_HINT, allowPlainHttp: true });
    return { endpoint, defaultTemplate: 'webhook' };
}
/** Check mode's placeholder receiver (never contacted). */
function sampleTarget(templateFile) {
    return resolveTarget('https://example.com/dagster-alert-relay/check-mode-placeholder', templateFile);
}

;// CONCATENATED MODULE: ./src/platforms/webhook/validate.ts

/** Checks the body is a JSON document, and the signing secret before anything is sent (dry runs too). */
function validate(payload, ctx) {
    const secret = ctx.settings.signingSecret;
    if (secret) {
        const bytes = signingKey(secret).length;
        if (bytes < MIN_KEY_BYTES) {
            ctx.warn({
                path: 'signing-secret',
                message: `is ${bytes} bytes long; Standard Webhooks asks for at least ${MIN_KEY_BYTES} random bytes`
            });
        }
    }
    if (payload !== null && typeof payload === 'object')
        return [];
    return [
        {
            path: '',
            message: `the body must be a JSON object or list, got ${payload === null ? 'nothing' : `a ${typeof payload}`}; check the template`
        }
    ];
}

;// CONCATENATED MODULE: ./src/platforms/webhook/index.ts




const webhook = {
    resolveTarget: resolveTarget,
    fit: fit,
    validate: validate,
    request: request,
    parse: parse,
    checkHints: { sampleTarget: sampleTarget }
};


/***/ })

};

//# sourceMappingURL=965.index.js.map