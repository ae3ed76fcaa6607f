export const id = 322;
export const ids = [322];
export const modules = {

/***/ 1322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  opsgenie: () => (/* binding */ opsgenie)
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
// EXTERNAL MODULE: ./src/platforms/opsgenie/descriptor.ts
var descriptor = __webpack_require__(4020);
;// CONCATENATED MODULE: ./src/platforms/opsgenie/target.ts



const DEFAULT_ENDPOINT = 'https://api.opsgenie.com/v2/alerts';
const ALERTS_PATH = /^\/v2\/alerts\/?$/;
const URL_HINT = 'Leave url unset for https://api.opsgenie.com/v2/alerts, or set it to https://api.eu.opsgenie.com/v2/alerts for an account in the EU instance';
/** The Alert API's alerts endpoint; the US host when `url` is unset. Close and request status are paths below it. */
function resolveTarget(url, _template) {
    const endpoint = (0,shared_endpoint/* parseEndpoint */.Bk)(url, { fallback: DEFAULT_ENDPOINT, hint: URL_HINT, lookAlike: descriptor/* lookAlike */.W7 });
    if ((0,descriptor/* isApiHost */.Jq)(endpoint) && !ALERTS_PATH.test(endpoint.pathname))
        throw new errors/* InputError */.dz('url', `${endpoint.origin}${endpoint.pathname} is not the Alert API's /v2/alerts`, URL_HINT);
    endpoint.pathname = endpoint.pathname.replace(/\/$/, '');
    return { endpoint, defaultTemplate: 'opsgenie' };
}

;// CONCATENATED MODULE: ./src/platforms/opsgenie/api.ts






const TOKEN_FIX = 'Set token: ${{ secrets.OPSGENIE_API_KEY }} to the API key of an API integration (Settings › Integrations › API; a key from API Key Management may read but not create or close alerts), or headers: "Authorization: GenieKey …"';
/** Where a delivery keeps the request id of Opsgenie's 202, for `complete` to follow. */
const REQUEST_ID = 'opsgenie.requestId';
/** "Request not found. It might not be processed, yet.": the request status is asked again. */
const NOT_PROCESSED = 'requestnotprocessed';
/**
 * A create POSTs the alert to /v2/alerts; a recovery closes the problem's alert by alias
 * (/v2/alerts/{alias}/close?identifierType=alias). `Authorization: GenieKey <token>` unless `headers` has one.
 */
function request(payload, ctx) {
    const problem = ctx.problem;
    const url = problem?.action === 'resolve'
        ? `${ctx.target.endpoint.href}/${encodeURIComponent(problem.key)}/close?identifierType=alias`
        : ctx.target.endpoint.href;
    return {
        method: 'POST',
        url,
        headers: { 'content-type': 'application/json', ...authorized(ctx) },
        body: JSON.stringify(payload)
    };
}
function authorized(ctx) {
    if (ctx.headers.authorization)
        return ctx.headers;
    const token = (0,service_token/* serviceToken */.j)(ctx.settings).replace(/^GenieKey\s+/i, '');
    if (!token)
        throw new errors/* InputError */.dz('token', 'is not set to an Opsgenie API key (it defaults to the GitHub token)', TOKEN_FIX);
    return { ...ctx.headers, authorization: `GenieKey ${token}` };
}
/**
 * 202 `{result, requestId}`: accepted, processed later (complete follows the request id). The reply names no alert
 * page, so the url stays empty; the id is the alias. Errors: `{message, errors?}`; 429 names its window in
 * X-RateLimit-Period-In-Sec, a wait.
 */
function parse(reply, ctx) {
    const body = (0,json/* parseJson */.qF)(reply.body);
    if ((0,shared_reply/* isSuccess */.oJ)(reply.status)) {
        if ((0,json/* isObject */.Gv)(body) && typeof body.requestId === 'string')
            ctx.state.set(REQUEST_ID, body.requestId);
        return (0,incident_accepted/* incidentAccepted */.k)(ctx);
    }
    const said = errorText(body, reply.body);
    if (reply.status === 404 && reply.headers['x-opsgenie-errortype']?.toLowerCase() === NOT_PROCESSED)
        return { ok: false, message: said, retry: true };
    if (reply.status === 429) {
        const period = Number(reply.headers['x-ratelimit-period-in-sec']);
        return {
            ok: false,
            message: `Opsgenie rate limit: ${said}`,
            ...(Number.isFinite(period) && period > 0 && { retryAfterSeconds: period })
        };
    }
    if (reply.status === 401 || reply.status === 403)
        return { ok: false, message: `${said}. ${TOKEN_FIX}` };
    if (reply.status === 404 && ctx.problem?.action !== 'resolve')
        return { ok: false, message: `${said}. ${URL_HINT.replace('Leave url', 'Check the url input: leave it')}` };
    return { ok: false, message: said };
}
/** `message` with each field error (`errors: {field: text}`), else the reply's text. */
function errorText(body, text) {
    if (!(0,json/* isObject */.Gv)(body) || typeof body.message !== 'string')
        return (0,shared_reply/* replyText */.cL)(text, { oneLine: true });
    const fields = (0,json/* isObject */.Gv)(body.errors)
        ? Object.entries(body.errors).map(([field, error]) => `${field}: ${typeof error === 'string' ? error : JSON.stringify(error)}`)
        : [];
    return (0,shared_reply/* replyText */.cL)(fields.length > 0 ? `${body.message} ${fields.join('; ')}` : body.message, { oneLine: true });
}
/**
 * Opsgenie processes a create or close after its 202: the request status (GET /v2/alerts/requests/{id}) says what
 * became of it. Asked again while it is not processed, within max-attempts and max-wait; when it never is, a warning
 * says the request was only accepted; a close that found no open alert warns; a create Opsgenie refused fails.
 */
async function complete(delivered, ctx, send) {
    const requestId = ctx.state.get(REQUEST_ID);
    if (typeof requestId !== 'string' || !/^[\w-]{1,100}$/.test(requestId))
        return delivered;
    const onlyAccepted = (why) => {
        ctx.warn({
            path: '',
            message: `Opsgenie accepted the request (202, request ${requestId}) but ${why}: check the alert in Opsgenie`
        });
        return delivered;
    };
    let reply;
    try {
        reply = await send({
            method: 'GET',
            url: `${ctx.target.endpoint.href}/requests/${requestId}`,
            headers: authorized(ctx)
        });
    }
    catch (error) {
        return onlyAccepted(`its outcome could not be read (${error instanceof Error ? error.message : String(error)})`);
    }
    const body = (0,json/* parseJson */.qF)(reply.body);
    const data = (0,json/* isObject */.Gv)(body) && (0,json/* isObject */.Gv)(body.data) ? body.data : undefined;
    if (reply.status !== 200 || !data)
        return onlyAccepted(`its request status answered HTTP ${reply.status}`);
    if (data.isSuccess === true)
        return delivered;
    const status = typeof data.status === 'string' ? (0,shared_reply/* replyText */.cL)(data.status, { oneLine: true }) : 'no status';
    if (ctx.problem?.action === 'resolve')
        return onlyAccepted(`did not close an alert: "${status}" (no open alert with alias ${ctx.problem.key})`);
    // A create Opsgenie processed and refused opened no alert: the step fails, so the run can be re-run.
    throw new errors/* DeliveryError */.VE(`Opsgenie accepted the request (202, request ${requestId}) but did not create the alert: "${status}". ` +
        'Check the API integration in Opsgenie (enabled, its alert rules), then re-run the failed workflow run ' +
        '(Dagster+ does not send the alert again)', 1, reply.body);
}

// EXTERNAL MODULE: ./src/truncate.ts
var truncate = __webpack_require__(6689);
// EXTERNAL MODULE: ./src/platforms/shared/details.ts
var details = __webpack_require__(2366);
// EXTERNAL MODULE: ./src/platforms/shared/issue-title.ts
var issue_title = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/platforms/shared/lists.ts
var lists = __webpack_require__(8173);
;// CONCATENATED MODULE: ./src/platforms/opsgenie/limits.ts
// Alert API, Create Alert and Close Alert: https://docs.opsgenie.com/docs/alert-api (field limits) and
// https://docs.opsgenie.com/docs/api-rate-limiting (the Alert domain's per-minute and per-second windows).
/** Text fields of Create Alert and Close Alert, in characters. */
const TEXT_LIMITS = {
    message: 130,
    alias: 512,
    description: 15000,
    entity: 512,
    source: 100,
    user: 100,
    note: 25000
};
/** `tags`: at most 20, each at most 50 characters. */
const TAGS = { items: 20, length: 50 };
/** `details`: a map of texts, keys and values at most 8000 characters together. */
const DETAILS_MAX = 8000;
const PRIORITIES = ['P1', 'P2', 'P3', 'P4', 'P5'];
/** Create Alert's fields (Close Alert's user, source and note among them); Opsgenie ignores any other key. */
const KNOWN_KEYS = {
    unknown: 'ignores',
    tree: {
        message: true,
        alias: true,
        description: true,
        responders: true,
        visibleTo: true,
        actions: true,
        tags: true,
        details: true,
        entity: true,
        source: true,
        priority: true,
        user: true,
        note: true
    }
};

;// CONCATENATED MODULE: ./src/platforms/opsgenie/fit.ts






const FITTED_TEXTS = ['description', 'entity', 'source', 'user'];
/**
 * A fitted copy. A create gets the problem's alias, a one-line message within 130 characters, texts within their
 * limits, details as texts without the facts the template left out, and at most 20 tags (a comma-separated text split). A resolve becomes the
 * Close Alert body: the source, and the message as the note.
 */
function fit(payload, ctx) {
    if (!(0,json/* isObject */.Gv)(payload))
        return payload;
    const warn = ctx.warn.bind(ctx);
    if (ctx.problem?.action === 'resolve')
        return closeBody(payload, warn);
    const fitted = structuredClone(payload);
    if (ctx.problem)
        fitted.alias = ctx.problem.key;
    (0,issue_title/* fitIssueTitle */.b)(fitted, { key: 'message', path: 'message', platform: 'Opsgenie', placeholder: 'Dagster+ alert', max: TEXT_LIMITS.message }, warn);
    for (const field of FITTED_TEXTS) {
        const value = fitted[field];
        if ((0,details/* isLeftOut */.WY)(value))
            delete fitted[field];
        else if (typeof value === 'string')
            fitted[field] = (0,truncate/* fitText */.vY)(value, TEXT_LIMITS[field], field, warn);
    }
    if ((0,json/* isObject */.Gv)(fitted.details))
        fitted.details = detailTexts((0,details/* withoutLeftOut */.iB)(fitted.details));
    if ((0,details/* isLeftOut */.WY)(fitted.tags))
        delete fitted.tags;
    // `vars.tags` may be written comma-separated, as labels are on issue platforms.
    if (typeof fitted.tags === 'string')
        fitted.tags = fitted.tags.split(',').map(tag => tag.trim());
    if (Array.isArray(fitted.tags)) {
        const tags = fitted.tags.filter(tag => !(0,details/* isLeftOut */.WY)(tag));
        fitted.tags = (0,lists/* dropExtraItems */.i)(tags, { max: TAGS.items, what: 'tags', path: 'tags', platform: 'Opsgenie' }, warn).map((tag, i) => (typeof tag === 'string' ? (0,truncate/* fitText */.vY)(tag, TAGS.length, `tags[${i}]`, warn) : tag));
    }
    return fitted;
}
/** Opsgenie's details are a map of texts: other values are sent as their JSON. */
function detailTexts(details) {
    return Object.fromEntries(Object.entries(details).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]));
}
function closeBody(payload, warn) {
    const body = {};
    if (typeof payload.source === 'string' && !(0,details/* isLeftOut */.WY)(payload.source))
        body.source = (0,truncate/* fitText */.vY)(payload.source, TEXT_LIMITS.source, 'source', warn);
    if (typeof payload.user === 'string' && !(0,details/* isLeftOut */.WY)(payload.user))
        body.user = (0,truncate/* fitText */.vY)(payload.user, TEXT_LIMITS.user, 'user', warn);
    const note = typeof payload.note === 'string' ? payload.note : payload.message;
    if (typeof note === 'string' && !(0,details/* isLeftOut */.WY)(note))
        body.note = (0,truncate/* fitText */.vY)(note, TEXT_LIMITS.note, 'note', warn);
    return body;
}

// EXTERNAL MODULE: ./src/platforms/shared/findings.ts
var shared_findings = __webpack_require__(1052);
;// CONCATENATED MODULE: ./src/platforms/opsgenie/validate.ts




/** What Create Alert (or, for a recovery, Close Alert) would refuse in the fitted body. */
function validate(payload, ctx) {
    if (!(0,json/* isObject */.Gv)(payload))
        return [{ path: '', message: 'the alert must be a JSON object; check the template' }];
    const findings = new shared_findings/* Findings */.F('Opsgenie');
    for (const field of ['source', 'user', 'note'])
        findings.text(payload[field], field, TEXT_LIMITS[field]);
    if (ctx.problem?.action === 'resolve')
        return findings.problems;
    findings.text(payload.message ?? '', 'message', TEXT_LIMITS.message, true);
    findings.text(payload.alias, 'alias', TEXT_LIMITS.alias, true);
    findings.text(payload.description, 'description', TEXT_LIMITS.description);
    findings.text(payload.entity, 'entity', TEXT_LIMITS.entity);
    if (payload.priority !== undefined &&
        (typeof payload.priority !== 'string' || !PRIORITIES.includes(payload.priority)))
        findings.add('priority', `must be one of ${PRIORITIES.join(', ')}, got ${JSON.stringify(payload.priority)}; set it in the template or vars.priority`);
    findings
        .list(payload.tags, 'tags', TAGS.items, 'tags')
        .forEach((tag, i) => findings.text(typeof tag === 'string' ? tag : JSON.stringify(tag), `tags[${i}]`, TAGS.length));
    const details = findings.object(payload.details, 'details');
    if (details) {
        const entries = Object.entries(details);
        for (const [key, value] of entries)
            if (typeof value !== 'string')
                findings.add(`details.${key}`, 'must be a text (Opsgenie details are a map of texts)');
        const total = entries.reduce((sum, [key, value]) => sum + (0,truncate/* measureLength */.X6)(key) + (typeof value === 'string' ? (0,truncate/* measureLength */.X6)(value) : 0), 0);
        if (total > DETAILS_MAX)
            findings.add('details', `takes ${total} characters; Opsgenie allows at most ${DETAILS_MAX} (keys and values together)`);
    }
    return findings.problems;
}

;// CONCATENATED MODULE: ./src/platforms/opsgenie/index.ts






const opsgenie = {
    resolveTarget: resolveTarget,
    fit: fit,
    validate: validate,
    request: request,
    parse: parse,
    complete: complete,
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

//# sourceMappingURL=322.index.js.map