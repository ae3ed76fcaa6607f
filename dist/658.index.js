export const id = 658;
export const ids = [658];
export const modules = {

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

/***/ 3658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  teams: () => (/* binding */ teams)
});

// EXTERNAL MODULE: ./src/platforms/shared/json.ts
var json = __webpack_require__(5380);
// EXTERNAL MODULE: ./src/platforms/shared/reply.ts
var shared_reply = __webpack_require__(3168);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/platforms/shared/endpoint.ts
var shared_endpoint = __webpack_require__(7355);
// EXTERNAL MODULE: ./src/platforms/teams/descriptor.ts
var descriptor = __webpack_require__(9268);
;// CONCATENATED MODULE: ./src/platforms/teams/target.ts



/** Workflows webhook hosts: Azure Logic Apps (older flows) and Power Platform environments (newer flows). */
const URL_HINT = 'Set it to the URL of a Teams workflow\'s "When a Teams webhook request is received" trigger ' +
    '(channel › Workflows › "Send webhook alerts to a channel"), copied whole and stored as a secret';
/** The URL as it may be shown: the query, which holds the `sig` credential, left out. */
function maskWorkflowUrl(url) {
    // A workflow's path holds only ids (its credential is the sig parameter); any other URL's path may hold a token.
    if (!(0,descriptor/* isWorkflowHost */.CB)(url))
        return `${url.origin}/…`;
    return `${url.origin}${url.pathname}${url.search ? '?…' : ''}`;
}
function resolveTarget(url, _template) {
    const endpoint = (0,shared_endpoint/* parseEndpoint */.Bk)(url, { required: 'Teams', hint: URL_HINT, mask: maskWorkflowUrl, lookAlike: descriptor/* lookAlike */.W7 });
    if ((0,descriptor/* isWorkflowHost */.CB)(endpoint) && !endpoint.searchParams.get('sig')) {
        throw new errors/* InputError */.dz('url', `${maskWorkflowUrl(endpoint)} has no sig parameter, the signature that lets it post`, URL_HINT);
    }
    return { endpoint, defaultTemplate: 'teams' };
}
/** Check mode's placeholder workflow URL (never contacted). */
function sampleTarget(templateFile) {
    return resolveTarget('https://example.logic.azure.com/workflows/check-mode/triggers/manual/paths/invoke?sig=placeholder', templateFile);
}

;// CONCATENATED MODULE: ./src/platforms/teams/api.ts



const request = json/* postJson */.B2;
const SET_URL = URL_HINT.replace('Set it', 'set the url input');
/** Workflows answer 202 with no body: the post happens afterwards, so there is no message link to output. */
function parse(reply) {
    if ((0,shared_reply/* isSuccess */.oJ)(reply.status))
        return { ok: true, status: 'sent', id: '', url: '' };
    const said = errorText(reply.body);
    switch (reply.status) {
        case 401:
        case 403:
            return {
                ok: false,
                message: `${said}. The URL's signature (sig) is wrong or the workflow is turned off: ${SET_URL}`
            };
        case 404:
            return { ok: false, message: `${said}. The workflow was deleted or the URL is incomplete: ${SET_URL}` };
        case 413:
            return {
                ok: false,
                message: `${said}. The message is larger than Teams accepts (28 KB): shorten the template's texts`
            };
        default:
            return { ok: false, message: said };
    }
}
/** `{"error":{"code","message"}}` (Logic Apps / Power Platform) as `message (code)`, else the text itself. */
function errorText(body) {
    const reply = (0,json/* parseJson */.qF)(body);
    const error = (0,json/* isObject */.Gv)(reply) ? reply.error : undefined;
    if ((0,json/* isObject */.Gv)(error) && typeof error.message === 'string') {
        return (0,shared_reply/* replyText */.cL)(`${error.message}${typeof error.code === 'string' ? ` (${error.code})` : ''}`);
    }
    return (0,shared_reply/* replyText */.cL)(body);
}
/** The message around the cards; Teams ignores any other key. The card itself is left to validate. */
const KNOWN_KEYS = {
    unknown: 'ignores',
    tree: {
        type: true,
        summary: true,
        text: true,
        attachments: { contentType: true, contentUrl: true, content: true, name: true, thumbnailUrl: true }
    }
};

// EXTERNAL MODULE: ./src/platforms/shared/budget.ts
var shared_budget = __webpack_require__(5851);
;// CONCATENATED MODULE: ./src/platforms/teams/limits.ts
/**
 * Teams accepts messages of up to 28 KB. Measured as bytes of the JSON body, and read as 28,000 rather than
 * 28,672 so the message fits whichever Microsoft means.
 * https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook
 */
const MESSAGE_LIMIT_BYTES = 28_000;
/**
 * Shrinking to fit never takes a text below this many characters while a longer one is left. Ours, not Teams':
 * a cut alert text still says what happened.
 */
const MIN_TEXT_LENGTH = 100;
/** https://learn.microsoft.com/en-us/microsoftteams/platform/task-modules-and-cards/cards/cards-reference */
const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
/**
 * Adaptive Card versions Teams renders (1.5 and below).
 * https://learn.microsoft.com/en-us/microsoft-copilot-studio/guidance/adaptive-cards-overview ("Teams is also limited to version 1.5")
 */
const CARD_VERSIONS = new Set(['1.0', '1.1', '1.2', '1.3', '1.4', '1.5']);
/** A value's size as Teams counts it: bytes of its JSON text. */
function bodyBytes(value) {
    return Buffer.byteLength(JSON.stringify(value));
}

;// CONCATENATED MODULE: ./src/platforms/teams/fit.ts



/** A value the template left out: its key removed (null, absent) or rendered empty. */
function isMissing(value) {
    return value === undefined || value === null || value === '';
}
/**
 * A fitted copy: card parts whose values the template left out are dropped (a fact without value, a TextBlock
 * without text, a link without url), like removed keys and without warnings; then the body is brought within
 * 28 KB by shortening the longest texts first, with warnings.
 */
function fit(payload, ctx) {
    if (!(0,json/* isObject */.Gv)(payload))
        return payload;
    const fitted = structuredClone(payload);
    if (Array.isArray(fitted.attachments)) {
        for (const attachment of fitted.attachments) {
            if ((0,json/* isObject */.Gv)(attachment) && (0,json/* isObject */.Gv)(attachment.content))
                pruneCard(attachment.content);
        }
    }
    fitSize(fitted, ctx.warn.bind(ctx));
    return fitted;
}
// ─── leave out what is missing ──────────────────────────────────────────────────────────────────
function pruneCard(card) {
    if (Array.isArray(card.body))
        card.body = card.body.flatMap(element => pruneElement(element) ?? []);
    pruneList(card, 'actions', pruneAction);
}
/** Replaces `object[key]` by its pruned items; removes the key when none is left. Returns whether any is left. */
function pruneList(object, key, prune) {
    const items = object[key];
    if (!Array.isArray(items))
        return true;
    const kept = items.flatMap(item => prune(item) ?? []);
    if (kept.length > 0)
        object[key] = kept;
    else
        delete object[key];
    return kept.length > 0;
}
/** The element without its left-out parts, or undefined when nothing of it is left to show. */
function pruneElement(element) {
    // Anything that is not an element object is validate's to report.
    if (!(0,json/* isObject */.Gv)(element))
        return element;
    switch (element.type) {
        case 'TextBlock':
            return isMissing(element.text) ? undefined : element;
        case 'Image':
            return isMissing(element.url) ? undefined : element;
        case 'FactSet':
            return pruneList(element, 'facts', fact => (0,json/* isObject */.Gv)(fact) && (isMissing(fact.title) || isMissing(fact.value)) ? undefined : fact)
                ? element
                : undefined;
        case 'RichTextBlock':
            return pruneList(element, 'inlines', inline => isMissing(inline) || ((0,json/* isObject */.Gv)(inline) && isMissing(inline.text)) ? undefined : inline)
                ? element
                : undefined;
        case 'Container':
        case 'Column':
            return pruneList(element, 'items', pruneElement) ? element : undefined;
        case 'ColumnSet':
            return pruneList(element, 'columns', pruneElement) ? element : undefined;
        case 'ActionSet':
            return pruneList(element, 'actions', pruneAction) ? element : undefined;
        default:
            return element;
    }
}
function pruneAction(action) {
    return (0,json/* isObject */.Gv)(action) && action.type === 'Action.OpenUrl' && isMissing(action.url) ? undefined : action;
}
// ─── 28 KB ──────────────────────────────────────────────────────────────────────────────────────
/** Every text a reader sees (TextBlock and TextRun text, fact values), with its JSON path. */
function shrinkables(value, path, found = []) {
    if (Array.isArray(value)) {
        value.forEach((item, i) => shrinkables(item, `${path}[${i}]`, found));
        return found;
    }
    if (!(0,json/* isObject */.Gv)(value))
        return found;
    if ((value.type === 'TextBlock' || value.type === 'TextRun') && typeof value.text === 'string')
        found.push(textOf(value, 'text', path));
    if (value.type === 'FactSet' && Array.isArray(value.facts)) {
        value.facts.forEach((fact, i) => {
            if ((0,json/* isObject */.Gv)(fact) && typeof fact.value === 'string')
                found.push(textOf(fact, 'value', `${path}.facts[${i}]`));
        });
    }
    for (const [key, child] of Object.entries(value)) {
        if (typeof child === 'object' && child !== null)
            shrinkables(child, path ? `${path}.${key}` : key, found);
    }
    return found;
}
function textOf(object, key, path) {
    return {
        path: `${path}.${key}`,
        text: object[key],
        floor: MIN_TEXT_LENGTH,
        set: text => (object[key] = text)
    };
}
/**
 * Shortens the longest text (the alert text, usually) until the whole body is within the limit, then the next
 * longest: one text at a time, so the short facts keep their values while the long text alone can make room.
 */
function fitSize(payload, warn) {
    const budget = {
        fits: () => bodyBytes(payload) <= MESSAGE_LIMIT_BYTES,
        measure: 'codepoints',
        reason: "to keep the message within Teams' 28 KB"
    };
    if (budget.fits())
        return;
    const texts = shrinkables(payload, '').sort((a, b) => bodyBytes(b.text) - bodyBytes(a.text));
    for (const text of texts)
        (0,shared_budget/* shrinkToBudget */.S)([text], budget, warn);
}

// EXTERNAL MODULE: ./src/platforms/shared/findings.ts
var shared_findings = __webpack_require__(1052);
;// CONCATENATED MODULE: ./src/platforms/teams/validate.ts




/** A value's kind for messages, an absent one as `nothing` (the template left it out). */
function kindOf(value) {
    return value === undefined || value === null ? 'nothing' : (0,json/* typeOf */.QP)(value);
}
function validate(payload) {
    if (!(0,json/* isObject */.Gv)(payload))
        return [{ path: '', message: `the message must be a JSON object, got ${kindOf(payload)}` }];
    const findings = new shared_findings/* Findings */.F('Teams');
    if (payload.type !== 'message')
        findings.add('type', `must be "message", got ${JSON.stringify(payload.type ?? null)}`);
    const attachments = payload.attachments;
    if (!Array.isArray(attachments) || attachments.length === 0) {
        findings.add('attachments', 'must be a list of at least one Adaptive Card attachment');
    }
    else {
        attachments.forEach((attachment, i) => validateAttachment(attachment, `attachments[${i}]`, findings));
    }
    const bytes = bodyBytes(payload);
    if (bytes > MESSAGE_LIMIT_BYTES) {
        findings.add('', `the message takes ${bytes} bytes; Teams accepts at most 28 KB (${MESSAGE_LIMIT_BYTES} bytes): shorten the template's texts`);
    }
    return findings.problems;
}
function validateAttachment(attachment, path, findings) {
    if (!(0,json/* isObject */.Gv)(attachment))
        return findings.add(path, `must be an object, got ${kindOf(attachment)}`);
    if (attachment.contentType !== CARD_CONTENT_TYPE) {
        findings.add(`${path}.contentType`, `must be "${CARD_CONTENT_TYPE}", got ${JSON.stringify(attachment.contentType ?? null)}`);
    }
    const card = attachment.content;
    if (!(0,json/* isObject */.Gv)(card))
        return findings.add(`${path}.content`, `must be an Adaptive Card object, got ${kindOf(card)}`);
    validateCard(card, `${path}.content`, findings);
}
function validateCard(card, path, findings) {
    if (card.type !== 'AdaptiveCard')
        findings.add(`${path}.type`, `must be "AdaptiveCard", got ${JSON.stringify(card.type ?? null)}`);
    if (typeof card.version !== 'string' || !CARD_VERSIONS.has(card.version)) {
        findings.add(`${path}.version`, `must be an Adaptive Card version Teams renders, "1.0" to "1.5" as text (e.g. "1.4"), got ${JSON.stringify(card.version ?? null)}`);
    }
    const body = listAt(card, 'body', path, findings);
    const actions = listAt(card, 'actions', path, findings);
    body.forEach((element, i) => validateElement(element, `${path}.body[${i}]`, findings));
    actions.forEach((action, i) => validateAction(action, `${path}.actions[${i}]`, findings));
    if (body.length === 0 && actions.length === 0)
        findings.add(path, 'the card shows nothing: it needs body elements or actions');
}
/** An optional list member, of any length; [] when absent, a problem when it is something else. */
function listAt(object, key, path, findings) {
    return findings.list(object[key], `${path}.${key}`, Infinity, key);
}
function requireText(value, path, findings) {
    if (typeof value !== 'string')
        findings.add(path, `must be text, got ${kindOf(value)}`);
    else if (value.trim() === '')
        findings.add(path, 'must not be empty');
}
function validateElement(element, path, findings) {
    if (!(0,json/* isObject */.Gv)(element))
        return findings.add(path, `must be a card element object, got ${kindOf(element)}`);
    if (typeof element.type !== 'string')
        return findings.add(`${path}.type`, 'is required (e.g. "TextBlock", "FactSet", "Container")');
    const children = (key, check) => listAt(element, key, path, findings).forEach((item, i) => check(item, `${path}.${key}[${i}]`));
    switch (element.type) {
        case 'TextBlock':
            return requireText(element.text, `${path}.text`, findings);
        case 'FactSet':
            if (!Array.isArray(element.facts))
                return findings.add(`${path}.facts`, 'must be a list of {title, value}');
            return children('facts', (fact, factPath) => validateFact(fact, factPath, findings));
        case 'Image':
            if (!(0,shared_endpoint/* isHttpUrl */.q$)(element.url))
                findings.add(`${path}.url`, 'must be an http(s) URL');
            return;
        case 'RichTextBlock':
            return children('inlines', (inline, inlinePath) => {
                if (typeof inline !== 'string')
                    requireText((0,json/* isObject */.Gv)(inline) ? inline.text : undefined, `${inlinePath}.text`, findings);
            });
        case 'Container':
        case 'Column':
            return children('items', (item, itemPath) => validateElement(item, itemPath, findings));
        case 'ColumnSet':
            return children('columns', (column, columnPath) => validateElement(column, columnPath, findings));
        case 'ActionSet':
            return children('actions', (action, actionPath) => validateAction(action, actionPath, findings));
    }
}
function validateFact(fact, path, findings) {
    if (!(0,json/* isObject */.Gv)(fact))
        return findings.add(path, `must be an object {title, value}, got ${kindOf(fact)}`);
    for (const key of ['title', 'value']) {
        if (typeof fact[key] !== 'string')
            findings.add(`${path}.${key}`, `must be text, got ${kindOf(fact[key])}`);
    }
}
function validateAction(action, path, findings) {
    if (!(0,json/* isObject */.Gv)(action))
        return findings.add(path, `must be an action object, got ${kindOf(action)}`);
    if (typeof action.type !== 'string')
        return findings.add(`${path}.type`, 'is required (e.g. "Action.OpenUrl")');
    if (action.title !== undefined && typeof action.title !== 'string')
        findings.add(`${path}.title`, `must be text, got ${kindOf(action.title)}`);
    if (action.type === 'Action.OpenUrl' && !(0,shared_endpoint/* isHttpUrl */.q$)(action.url))
        findings.add(`${path}.url`, 'must be an http(s) URL');
}

;// CONCATENATED MODULE: ./src/platforms/teams/index.ts





const teams = {
    name: descriptor/* teamsDescriptor */.Yb.name,
    matches: descriptor/* teamsDescriptor */.Yb.matches,
    lookAlike: descriptor/* teamsDescriptor */.Yb.lookAlike,
    resolveTarget: resolveTarget,
    fit: fit,
    validate: validate,
    request: request,
    parse: parse,
    knownKeys: KNOWN_KEYS,
    sampleTarget: sampleTarget
};


/***/ })

};

//# sourceMappingURL=658.index.js.map