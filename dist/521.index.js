export const id = 521;
export const ids = [521];
export const modules = {

/***/ 5521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pagerduty: () => (/* binding */ pagerduty)
});

// EXTERNAL MODULE: ./src/platforms/shared/incident-accepted.ts
var incident_accepted = __webpack_require__(8952);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/platforms/shared/json.ts
var json = __webpack_require__(5380);
// EXTERNAL MODULE: ./src/platforms/shared/reply.ts
var shared_reply = __webpack_require__(3168);
// EXTERNAL MODULE: ./src/platforms/shared/service-token.ts
var service_token = __webpack_require__(7987);
;// CONCATENATED MODULE: ./src/platforms/pagerduty/api.ts





const TOKEN_FIX = 'Set token: ${{ secrets.PAGERDUTY_ROUTING_KEY }} to the integration key of an Events API v2 integration on the PagerDuty service (Service › Integrations › Events API v2)';
/** The event POSTed as JSON, with the routing key from the `token` input in place of the payload's placeholder. */
function request(payload, ctx) {
    const routingKey = (0,service_token/* serviceToken */.j)(ctx.settings);
    if (!routingKey)
        throw new errors/* InputError */.dz('token', 'is not set to a PagerDuty integration key (it defaults to the GitHub token)', TOKEN_FIX);
    return (0,json/* postJson */.B2)((0,json/* isObject */.Gv)(payload) ? { ...payload, routing_key: routingKey } : payload, ctx);
}
/**
 * 202 `{status, message, dedup_key}`: the event was processed. The reply names no incident page, so the url stays
 * empty; the id is the dedup_key. Errors: `{status, message, errors[]}`, a text `Invalid routing key`, 429
 * `throttle exceeded` (a rate limit without Retry-After: backoff).
 */
function parse(reply, ctx) {
    const body = (0,json/* parseJson */.qF)(reply.body);
    if ((0,shared_reply/* isSuccess */.oJ)(reply.status)) {
        return (0,incident_accepted/* incidentAccepted */.k)(ctx, (0,json/* isObject */.Gv)(body) ? body.dedup_key : undefined);
    }
    const said = errorText(body, reply.body);
    if (reply.status === 429)
        return { ok: false, message: `PagerDuty rate limit: ${said}` };
    if (/routing.?key/i.test(said))
        return { ok: false, message: `${said}. ${TOKEN_FIX}` };
    if (reply.status === 404)
        return {
            ok: false,
            message: `${said}. The url is not the Events API v2 endpoint: leave url unset, or use https://events.eu.pagerduty.com/v2/enqueue for an EU account`
        };
    return { ok: false, message: said };
}
/** `message: error; error` (Events API v2 error object), else the reply's text. */
function errorText(body, text) {
    if (!(0,json/* isObject */.Gv)(body) || typeof body.message !== 'string')
        return (0,shared_reply/* replyText */.cL)(text, { oneLine: true });
    const errors = Array.isArray(body.errors) ? body.errors.filter(error => typeof error === 'string') : [];
    return (0,shared_reply/* replyText */.cL)(errors.length > 0 ? `${body.message}: ${errors.join('; ')}` : body.message, { oneLine: true });
}

// EXTERNAL MODULE: ./src/platforms/shared/details.ts
var details = __webpack_require__(2366);
// EXTERNAL MODULE: ./src/platforms/shared/issue-title.ts
var issue_title = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/platforms/pagerduty/limits.ts
// Events API v2: https://developer.pagerduty.com/docs/events-api-v2/trigger-events/ (the PD-CEF fields) and
// https://developer.pagerduty.com/docs/events-api-v2-overview (size and rate limits).
/** `payload.summary`: "a brief text summary of the event", at most 1024 characters. */
const SUMMARY_MAX = 1024;
/** `dedup_key`: at most 255 characters. */
const DEDUP_KEY_MAX = 255;
/** "Events API payloads are limited to 512 KB". */
const EVENT_MAX_BYTES = 512 * 1024;
/** `payload.severity`: the four PagerDuty knows. */
const SEVERITIES = ['critical', 'error', 'warning', 'info'];
/** The event's fields; PagerDuty ignores any other key. */
const KNOWN_KEYS = {
    unknown: 'ignores',
    tree: {
        routing_key: true,
        event_action: true,
        dedup_key: true,
        payload: {
            summary: true,
            source: true,
            severity: true,
            timestamp: true,
            component: true,
            group: true,
            class: true,
            custom_details: true
        },
        images: { src: true, href: true, alt: true },
        links: { href: true, text: true },
        client: true,
        client_url: true
    }
};

;// CONCATENATED MODULE: ./src/platforms/pagerduty/fit.ts




/**
 * What the payload shows for the routing key: the key itself (the `token` input) is put in only when the request is
 * built, so no payload a log or output shows ever holds it.
 */
const ROUTING_KEY_SHOWN = '***';
const OPTIONAL_FIELDS = ['timestamp', 'component', 'group', 'class'];
/**
 * A fitted copy: the problem's dedup_key and event_action (a resolve carries nothing else), the routing key's
 * placeholder, a one-line summary within 1024 characters, and without the facts, links and fields the template left
 * out.
 */
function fit(payload, ctx) {
    if (!(0,json/* isObject */.Gv)(payload))
        return payload;
    const fitted = { ...structuredClone(payload), routing_key: ROUTING_KEY_SHOWN };
    if (ctx.problem) {
        fitted.event_action = ctx.problem.action;
        fitted.dedup_key = ctx.problem.key;
    }
    if (fitted.event_action === 'resolve')
        return { routing_key: ROUTING_KEY_SHOWN, event_action: 'resolve', dedup_key: fitted.dedup_key ?? null };
    const event = fitted.payload;
    if ((0,json/* isObject */.Gv)(event)) {
        (0,issue_title/* fitIssueTitle */.b)(event, {
            key: 'summary',
            path: 'payload.summary',
            platform: 'PagerDuty',
            placeholder: 'Dagster+ alert',
            max: SUMMARY_MAX
        }, ctx.warn.bind(ctx));
        for (const field of OPTIONAL_FIELDS)
            if ((0,details/* isLeftOut */.WY)(event[field]))
                delete event[field];
        if ((0,json/* isObject */.Gv)(event.custom_details))
            event.custom_details = (0,details/* withoutLeftOut */.iB)(event.custom_details);
    }
    (0,details/* pruneLinks */.eM)(fitted, 'links', 'href');
    (0,details/* pruneLinks */.eM)(fitted, 'images', 'src');
    return fitted;
}

// EXTERNAL MODULE: ./src/platforms/shared/endpoint.ts
var shared_endpoint = __webpack_require__(7355);
// EXTERNAL MODULE: ./src/platforms/pagerduty/descriptor.ts
var descriptor = __webpack_require__(7087);
;// CONCATENATED MODULE: ./src/platforms/pagerduty/target.ts



const DEFAULT_ENDPOINT = 'https://events.pagerduty.com/v2/enqueue';
const ENQUEUE_PATH = /^\/v2\/enqueue\/?$/;
const URL_HINT = 'Leave url unset for https://events.pagerduty.com/v2/enqueue, or set it to https://events.eu.pagerduty.com/v2/enqueue for an account in the EU region';
/** The Events API v2 endpoint; the US host when `url` is unset. */
function resolveTarget(url, _template) {
    const endpoint = (0,shared_endpoint/* parseEndpoint */.Bk)(url, { fallback: DEFAULT_ENDPOINT, hint: URL_HINT, lookAlike: descriptor/* lookAlike */.W7 });
    if ((0,descriptor/* isEventsHost */.Wl)(endpoint) && !ENQUEUE_PATH.test(endpoint.pathname))
        throw new errors/* InputError */.dz('url', `${endpoint.origin}${endpoint.pathname} is not the Events API v2 endpoint`, URL_HINT);
    return { endpoint, defaultTemplate: 'pagerduty' };
}

// EXTERNAL MODULE: ./src/platforms/shared/findings.ts
var shared_findings = __webpack_require__(1052);
;// CONCATENATED MODULE: ./src/platforms/pagerduty/validate.ts



/** What the Events API v2 would refuse in an event (fitted: the key and action are the problem's). */
function validate(payload) {
    if (!(0,json/* isObject */.Gv)(payload))
        return [{ path: '', message: 'the event must be a JSON object; check the template' }];
    const findings = new shared_findings/* Findings */.F('PagerDuty');
    const action = payload.event_action;
    if (action !== 'trigger' && action !== 'resolve')
        findings.add('event_action', `must be "trigger" or "resolve", got ${JSON.stringify(action ?? null)}`);
    findings.text(payload.dedup_key, 'dedup_key', DEDUP_KEY_MAX, true);
    if (action === 'trigger') {
        const event = findings.object(payload.payload, 'payload', true);
        if (event) {
            findings.text(event.summary ?? '', 'payload.summary', SUMMARY_MAX, true);
            findings.text(event.source ?? '', 'payload.source', Infinity, true);
            if (typeof event.severity !== 'string' || !SEVERITIES.includes(event.severity))
                findings.add('payload.severity', `must be one of ${SEVERITIES.join(', ')}, got ${JSON.stringify(event.severity ?? null)}; set it in the template or vars.severity`);
            for (const field of ['timestamp', 'component', 'group', 'class'])
                findings.text(event[field], `payload.${field}`);
            const details = event.custom_details;
            if (details !== undefined && details !== null && !(0,json/* isObject */.Gv)(details) && typeof details !== 'string')
                findings.add('payload.custom_details', 'must be an object or a text');
        }
        findings.list(payload.links, 'links', Infinity, 'links').forEach((link, i) => {
            findings.url((0,json/* isObject */.Gv)(link) ? (link.href ?? '') : '', `links[${i}].href`);
        });
        findings.list(payload.images, 'images', Infinity, 'images').forEach((image, i) => {
            const src = (0,json/* isObject */.Gv)(image) ? image.src : undefined;
            if (typeof src !== 'string' || !src.startsWith('https://'))
                findings.add(`images[${i}].src`, 'must be an https:// URL');
        });
    }
    const bytes = Buffer.byteLength(JSON.stringify(payload));
    if (bytes > EVENT_MAX_BYTES)
        findings.add('', `the event takes ${bytes} bytes; PagerDuty accepts at most 512 KB: shorten custom_details`);
    return findings.problems;
}

;// CONCATENATED MODULE: ./src/platforms/pagerduty/index.ts






const pagerduty = {
    resolveTarget: resolveTarget,
    fit: fit,
    validate: validate,
    request: request,
    parse: parse,
    keyedIncidents: true,
    checkHints: { knownKeys: KNOWN_KEYS, varsRead: incident_accepted/* INCIDENT_VARS_READ */.R }
};


/***/ }),

/***/ 2366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WY: () => (/* binding */ isLeftOut),
/* harmony export */   eM: () => (/* binding */ pruneLinks),
/* harmony export */   iB: () => (/* binding */ withoutLeftOut)
/* harmony export */ });
/** A fact the template left out: null, or rendered empty. */
function isLeftOut(value) {
    return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
/**
 * A copy of a map of facts (PagerDuty custom_details, Opsgenie details, incident.io metadata) without the facts the
 * template left out, so an alert shows only what it has.
 */
function withoutLeftOut(details) {
    return Object.fromEntries(Object.entries(details).filter(([, value]) => !isLeftOut(value)));
}
/** The items of a list of links whose `field` (href, src, url) is set; the key removed when none is left. */
function pruneLinks(holder, key, field) {
    const items = holder[key];
    if (!Array.isArray(items))
        return;
    const kept = items.filter(item => !(item !== null && typeof item === 'object' && !Array.isArray(item) && isLeftOut(item[field])));
    if (kept.length > 0)
        holder[key] = kept;
    else
        delete holder[key];
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

/***/ 8952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ INCIDENT_VARS_READ),
/* harmony export */   k: () => (/* binding */ incidentAccepted)
/* harmony export */ });
/**
 * A keyed incident service accepted the event: `resolved` for a resolve, else `sent`; the id is the key the reply
 * echoes, else the problem's. These services answer 202 without a page to link, so the url is the one the user
 * configured (`vars: incident_url`, e.g. the service's incident list), or empty.
 */
function incidentAccepted(ctx, repliedKey) {
    return {
        ok: true,
        status: ctx.problem?.action === 'resolve' ? 'resolved' : 'sent',
        id: (typeof repliedKey === 'string' && repliedKey) || (ctx.problem?.key ?? ''),
        url: configuredLink(ctx.vars.incident_url)
    };
}
/** The vars the output reads beside the template: check mode must not call them unread. */
const INCIDENT_VARS_READ = ['incident_url'];
function configuredLink(value) {
    return typeof value === 'string' && /^https?:\/\/\S+$/.test(value.trim()) ? value.trim() : '';
}


/***/ }),

/***/ 3292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ fitIssueTitle)
/* harmony export */ });
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6689);

/**
 * Fits `holder[key]` in place: line breaks and tabs become spaces, an empty title becomes the placeholder, a long
 * one is shortened; each change warns. A value that is not text is left for validation to report.
 */
function fitIssueTitle(holder, rules, warn) {
    const { key, path, platform, placeholder } = rules;
    const value = holder[key];
    if (value !== undefined && typeof value !== 'string')
        return;
    const original = value ?? '';
    let title = joinLines(original);
    if (title !== original)
        warn({ path, message: `line breaks and tabs replaced by spaces (a ${platform} ${key} is one line)` });
    title = title.trim();
    if (title === '') {
        warn({ path, message: `was empty; set to "${placeholder}" because ${platform} requires a ${key}` });
        title = placeholder;
    }
    holder[key] = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_0__/* .fitText */ .vY)(title, rules.max, path, warn, rules.measure);
}
const BREAK_RUN = /[\r\n\t\v\f\u2028\u2029]+/g;
/**
 * Each run of line breaks and tabs, with the spaces on either side of it, becomes one space (spaces already taken by
 * the run before stay with it). Not the one pattern ` *[…]+ *`: it retries a long run of spaces from each position.
 */
function joinLines(text) {
    let joined = '';
    let copiedTo = 0;
    for (const run of text.matchAll(BREAK_RUN)) {
        let start = run.index;
        while (start > copiedTo && text[start - 1] === ' ')
            start--;
        let end = run.index + run[0].length;
        while (text[end] === ' ')
            end++;
        joined += `${text.slice(copiedTo, start)} `;
        copiedTo = end;
    }
    return joined + text.slice(copiedTo);
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

/***/ 7987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ serviceToken)
/* harmony export */ });
/** The `token` input defaults to the workflow's GitHub token, whose value starts so; it is never another service's credential. */
const GITHUB_TOKEN = /^(gh[opsur]_|github_pat_)/;
/** The `token` input as another service's credential: '' when unset or left at the workflow's GitHub token. */
function serviceToken(settings) {
    const token = settings.token.trim();
    return GITHUB_TOKEN.test(token) ? '' : token;
}


/***/ })

};

//# sourceMappingURL=521.index.js.map