export const id = 800;
export const ids = [800];
export const modules = {

/***/ 9800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  incidentio: () => (/* binding */ incidentio)
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
// EXTERNAL MODULE: ./src/platforms/shared/endpoint.ts
var shared_endpoint = __webpack_require__(7355);
// EXTERNAL MODULE: ./src/platforms/incidentio/descriptor.ts
var descriptor = __webpack_require__(5258);
;// CONCATENATED MODULE: ./src/platforms/incidentio/target.ts



const URL_HINT = "Set it to the HTTP alert source's URL, https://api.incident.io/v2/alert_events/http/<config id> (Alerts › Sources › your HTTP source)";
/** An HTTP alert source's endpoint (there is no default: each source has its own). */
function resolveTarget(url, _template) {
    const endpoint = (0,shared_endpoint/* parseEndpoint */.Bk)(url, { required: 'incident.io', hint: URL_HINT, lookAlike: descriptor/* lookAlike */.W7 });
    if ((0,descriptor/* isApiHost */.Jq)(endpoint) && !descriptor/* EVENTS_PATH */.W1.test(endpoint.pathname))
        throw new errors/* InputError */.dz('url', `${endpoint.origin}${endpoint.pathname} is not an HTTP alert source's URL`, URL_HINT);
    return { endpoint, defaultTemplate: 'incidentio' };
}
/** Check mode's placeholder alert source (never contacted). */
function sampleTarget(templateFile) {
    return resolveTarget('https://api.incident.io/v2/alert_events/http/01CHECKM0DEP1ACEH01DER00000', templateFile);
}

;// CONCATENATED MODULE: ./src/platforms/incidentio/api.ts






const TOKEN_FIX = "Set token: ${{ secrets.INCIDENT_IO_TOKEN }} to the HTTP alert source's token (Alerts › Sources › your HTTP source), which belongs to the source in url";
/** The event POSTed as JSON with `Authorization: Bearer <token>` (an Authorization header in `headers` wins). */
function request(payload, ctx) {
    const posted = (0,json/* postJson */.B2)(payload, ctx);
    if (ctx.headers.authorization)
        return posted;
    const token = (0,service_token/* serviceToken */.j)(ctx.settings);
    if (!token)
        throw new errors/* InputError */.dz('token', "is not set to the alert source's token (it defaults to the GitHub token)", TOKEN_FIX);
    return { ...posted, headers: { ...posted.headers, authorization: `Bearer ${token}` } };
}
/**
 * 202 `{deduplication_key, message, status}`: accepted. The reply names no alert page, so the url stays empty; the
 * id is the deduplication_key. Errors: `{type, status, errors: [{code, message, source?: {field}}]}`.
 */
function parse(reply, ctx) {
    const body = (0,json/* parseJson */.qF)(reply.body);
    if ((0,shared_reply/* isSuccess */.oJ)(reply.status)) {
        return (0,incident_accepted/* incidentAccepted */.k)(ctx, (0,json/* isObject */.Gv)(body) ? body.deduplication_key : undefined);
    }
    const said = errorText(body, reply.body);
    if (reply.status === 401)
        return { ok: false, message: `${said}. ${TOKEN_FIX}` };
    if (reply.status === 404)
        return { ok: false, message: `${said}. ${URL_HINT.replace('Set it', 'Set url')}` };
    return { ok: false, message: said };
}
/** Each error as `field: message (code)`, else the reply's text. */
function errorText(body, text) {
    const errors = (0,json/* isObject */.Gv)(body) && Array.isArray(body.errors) ? body.errors.filter(json/* isObject */.Gv) : [];
    const described = errors
        .filter(error => typeof error.message === 'string')
        .map(error => {
        const field = (0,json/* isObject */.Gv)(error.source) && typeof error.source.field === 'string' ? `${error.source.field}: ` : '';
        const code = typeof error.code === 'string' ? ` (${error.code})` : '';
        return `${field}${String(error.message)}${code}`;
    });
    return (0,shared_reply/* replyText */.cL)(described.length > 0 ? described.join('; ') : text, { oneLine: true });
}

// EXTERNAL MODULE: ./src/platforms/shared/details.ts
var details = __webpack_require__(2366);
// EXTERNAL MODULE: ./src/platforms/shared/issue-title.ts
var issue_title = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/platforms/incidentio/fit.ts



const OPTIONAL_FIELDS = ['description', 'source_url'];
const STATUS_OF_ACTION = { trigger: 'firing', resolve: 'resolved' };
/**
 * A fitted copy: the problem's deduplication_key and status (firing, resolved), a one-line title, and without the
 * fields and metadata the template left out.
 */
function fit(payload, ctx) {
    if (!(0,json/* isObject */.Gv)(payload))
        return payload;
    const fitted = structuredClone(payload);
    if (ctx.problem) {
        fitted.deduplication_key = ctx.problem.key;
        fitted.status = STATUS_OF_ACTION[ctx.problem.action];
    }
    (0,issue_title/* fitIssueTitle */.b)(fitted, { key: 'title', path: 'title', platform: 'incident.io', placeholder: 'Dagster+ alert', max: Infinity }, ctx.warn.bind(ctx));
    for (const field of OPTIONAL_FIELDS)
        if ((0,details/* isLeftOut */.WY)(fitted[field]))
            delete fitted[field];
    if ((0,json/* isObject */.Gv)(fitted.metadata))
        fitted.metadata = (0,details/* withoutLeftOut */.iB)(fitted.metadata);
    return fitted;
}

;// CONCATENATED MODULE: ./src/platforms/incidentio/limits.ts
// HTTP alert sources: https://api-docs.incident.io/tag/Alert-Events-V2 (the event's fields) and
// https://api-docs.incident.io/#section/Making-requests/Rate-limiting (1200 requests a minute per API key).
// incident.io documents no length limits for these fields.
/** `status`: what the event says about the alert of its deduplication_key. */
const STATUSES = ['firing', 'resolved'];
/** The event's fields; incident.io ignores any other key. */
const KNOWN_KEYS = {
    unknown: 'ignores',
    tree: {
        title: true,
        description: true,
        deduplication_key: true,
        status: true,
        source_url: true,
        metadata: true
    }
};

// EXTERNAL MODULE: ./src/platforms/shared/findings.ts
var shared_findings = __webpack_require__(1052);
;// CONCATENATED MODULE: ./src/platforms/incidentio/validate.ts



/** What an HTTP alert source would refuse in an event (fitted: the key and status are the problem's). */
function validate(payload) {
    if (!(0,json/* isObject */.Gv)(payload))
        return [{ path: '', message: 'the event must be a JSON object; check the template' }];
    const findings = new shared_findings/* Findings */.F('incident.io');
    findings.text(payload.title ?? '', 'title', Infinity, true);
    if (typeof payload.status !== 'string' || !STATUSES.includes(payload.status))
        findings.add('status', `must be one of ${STATUSES.join(', ')}, got ${JSON.stringify(payload.status ?? null)}`);
    findings.text(payload.deduplication_key ?? '', 'deduplication_key', Infinity, true);
    findings.text(payload.description, 'description');
    findings.url(payload.source_url, 'source_url');
    findings.object(payload.metadata, 'metadata');
    return findings.problems;
}

;// CONCATENATED MODULE: ./src/platforms/incidentio/index.ts






const incidentio = {
    resolveTarget: resolveTarget,
    fit: fit,
    validate: validate,
    request: request,
    parse: parse,
    keyedIncidents: true,
    checkHints: { knownKeys: KNOWN_KEYS, sampleTarget: sampleTarget, varsRead: incident_accepted/* INCIDENT_VARS_READ */.R }
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

//# sourceMappingURL=800.index.js.map