export const id = 534;
export const ids = [534];
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

/***/ 8534:
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
    let bytes = bodyBytes(payload);
    const budget = {
        fits: () => bytes <= MESSAGE_LIMIT_BYTES,
        measure: 'codepoints',
        reason: "to keep the message within Teams' 28 KB"
    };
    if (budget.fits())
        return;
    // The body changes only where a text does: each change counts that text's bytes, not the whole body's again.
    const texts = shrinkables(payload, '').map(text => {
        let size = bodyBytes(text.text);
        const counted = {
            ...text,
            set(next) {
                const nextSize = bodyBytes(next);
                bytes += nextSize - size;
                size = nextSize;
                text.set(next);
            }
        };
        return { counted, size };
    });
    texts.sort((a, b) => b.size - a.size);
    for (const { counted } of texts)
        (0,shared_budget/* shrinkToBudget */.S)([counted], budget, warn);
}

// EXTERNAL MODULE: ./src/platforms/shared/findings.ts
var shared_findings = __webpack_require__(1052);
;// CONCATENATED MODULE: ./src/platforms/teams/card-schema.ts
/**
 * What the official Adaptive Cards schemas (https://adaptivecards.io/schemas/, microsoft/AdaptiveCards
 * `schemas/1.{1..5}.0/adaptive-card.json`) allow, written down as facts: the element and action types, their
 * properties with what each holds, the required ones, and the version that brought or dropped each. Versions are
 * the minor number of 1.x. There are two families: 1.0–1.1 (the 1.1 schema: any extra property is allowed,
 * word values are exact) and 1.2–1.5 (no extra property; word values in any letter case, and a value that is not
 * text passes a word-valued property, as those schemas' patterns let it).
 *
 * Where a schema's text says other than its authors meant, the facts follow the intent, and the differential test
 * reads the schema the same way: a case-insensitive pattern `^(a)|(b)$` is a whole-value match of a or b; 1.1's
 * one-item `items` tuple is a list of elements; 1.1's `oneOf` for `selectAction` is `anyOf` (every OpenUrl also
 * matches its Submit shape). 1.0 has no schema: it is 1.1 without what the 1.1 schema marks as new in 1.1.
 */
/** Word values. A member written [word, since] came in that version. */
const WORDS = {
    ActionMode: ['primary', 'secondary'],
    ActionStyle: ['default', 'positive', 'destructive'],
    AssociatedInputs: ['Auto', 'None'],
    BlockElementHeight: ['auto', 'stretch'],
    ChoiceInputStyle: ['compact', 'expanded'],
    Colors: ['default', 'dark', 'light', 'accent', 'good', 'warning', 'attention'],
    ContainerStyle: ['default', 'emphasis', 'good', 'attention', 'warning', 'accent'],
    EmphasisStyle: ['default', 'emphasis'],
    FontSize: ['default', 'small', 'medium', 'large', 'extraLarge'],
    FontType: ['default', 'monospace'],
    FontWeight: ['default', 'lighter', 'bolder'],
    HorizontalAlignment: ['left', 'center', 'right'],
    ImageFillMode: ['cover', 'repeatHorizontally', 'repeatVertically', 'repeat'],
    ImageSize: ['auto', 'stretch', 'small', 'medium', 'large'],
    ImageStyle: ['default', 'person'],
    Spacing: ['default', 'none', 'small', 'medium', 'large', 'extraLarge', 'padding'],
    TextBlockStyle: ['default', 'heading'],
    TextInputStyle: ['text', 'tel', 'url', 'email', ['password', 5]],
    VerticalAlignment: ['top', 'center', 'bottom']
};
const words = (name) => ({ words: name });
// ─── 1.0 and 1.1 ────────────────────────────────────────────────────────────────────────────────
const FIRST_ELEMENT = [
    ['id', 'string'],
    ['spacing', words('Spacing')],
    ['separator', 'boolean']
];
const FIRST_INPUT = ['type', 'id'];
const FIRST_ACTION = [
    ['type', 'string'],
    ['title', 'string'],
    ['iconUrl', 'string', 1]
];
const FIRST_CARD = [
    ['actions', { list: 'action' }],
    ['body', { list: 'element' }],
    ['selectAction', { one: 'selectAction' }, 1]
];
const FIRST = {
    open: true,
    exactWords: true,
    card: 'RootCard',
    definitions: {
        RootCard: {
            type: 'AdaptiveCard',
            properties: [
                ...FIRST_CARD,
                ['version', 'string'],
                ['fallbackText', 'string'],
                ['backgroundImage', 'string'],
                ['speak', 'string'],
                ['lang', 'string']
            ],
            required: ['type', 'version']
        },
        AdaptiveCard: { type: 'AdaptiveCard', properties: FIRST_CARD, required: ['type'] },
        // Any action with a text `type` is valid as long as it fits one of these three.
        'Action.Submit': { properties: [...FIRST_ACTION, ['data', 'string|object']], required: ['type'] },
        'Action.ShowCard': { properties: [...FIRST_ACTION, ['card', { one: 'AdaptiveCard' }]], required: ['type', 'card'] },
        'Action.OpenUrl': { properties: [...FIRST_ACTION, ['url', 'string']], required: ['type', 'url'] },
        TextBlock: {
            type: 'TextBlock',
            properties: [
                ...FIRST_ELEMENT,
                ['color', words('Colors')],
                ['horizontalAlignment', words('HorizontalAlignment')],
                ['isSubtle', 'boolean'],
                ['maxLines', 'number'],
                ['size', words('FontSize')],
                ['text', 'string'],
                ['weight', words('FontWeight')],
                ['wrap', 'boolean']
            ],
            required: ['type', 'text']
        },
        Media: {
            type: 'Media',
            since: 1,
            properties: [...FIRST_ELEMENT, ['sources', { list: 'MediaSource' }], ['poster', 'string'], ['altText', 'string']],
            required: ['type', 'sources']
        },
        MediaSource: {
            properties: [
                ['mimeType', 'string'],
                ['url', 'string']
            ],
            required: ['mimeType', 'url']
        },
        Image: {
            type: 'Image',
            properties: [
                ...FIRST_ELEMENT,
                ['altText', 'string'],
                ['backgroundColor', 'string', 1],
                ['height', 'string', 1],
                ['horizontalAlignment', words('HorizontalAlignment')],
                ['selectAction', { one: 'selectAction' }, 1],
                ['size', words('ImageSize')],
                ['style', words('ImageStyle')],
                ['url', 'string'],
                ['width', 'string', 1]
            ],
            required: ['type', 'url']
        },
        Container: {
            type: 'Container',
            properties: [
                ...FIRST_ELEMENT,
                ['items', { list: 'element' }],
                ['selectAction', { one: 'selectAction' }, 1],
                ['style', words('EmphasisStyle')],
                ['verticalContentAlignment', 'string', 1]
            ],
            required: ['type', 'items']
        },
        ColumnSet: {
            type: 'ColumnSet',
            properties: [...FIRST_ELEMENT, ['columns', { list: 'Column' }], ['selectAction', { one: 'selectAction' }, 1]],
            required: ['type']
        },
        Column: {
            type: 'Column',
            properties: [
                ...FIRST_ELEMENT,
                ['items', { list: 'element' }],
                ['selectAction', { one: 'selectAction' }, 1],
                ['style', words('EmphasisStyle')],
                ['width', 'string|number']
            ],
            required: ['type', 'items']
        },
        FactSet: {
            type: 'FactSet',
            properties: [...FIRST_ELEMENT, ['facts', { list: 'Fact' }]],
            required: ['type', 'facts']
        },
        Fact: {
            type: 'Fact',
            properties: [
                ['title', 'string'],
                ['value', 'string']
            ],
            required: ['title', 'value']
        },
        ImageSet: {
            type: 'ImageSet',
            properties: [...FIRST_ELEMENT, ['images', { list: 'Image' }], ['imageSize', words('ImageSize')]],
            required: ['type', 'images']
        },
        'Input.Text': {
            type: 'Input.Text',
            properties: [
                ...FIRST_ELEMENT,
                ['isMultiline', 'boolean'],
                ['maxLength', 'number'],
                ['placeholder', 'string'],
                ['style', words('TextInputStyle')],
                ['value', 'string']
            ],
            required: FIRST_INPUT
        },
        'Input.Number': {
            type: 'Input.Number',
            properties: [
                ...FIRST_ELEMENT,
                ['max', 'number'],
                ['min', 'number'],
                ['placeholder', 'string'],
                ['value', 'number']
            ],
            required: FIRST_INPUT
        },
        'Input.Date': {
            type: 'Input.Date',
            properties: [
                ...FIRST_ELEMENT,
                ['max', 'string'],
                ['min', 'string'],
                ['placeholder', 'string'],
                ['value', 'string']
            ],
            required: FIRST_INPUT
        },
        'Input.Time': {
            type: 'Input.Time',
            properties: [
                ...FIRST_ELEMENT,
                ['max', 'string'],
                ['min', 'string'],
                ['placeholder', 'string'],
                ['value', 'string']
            ],
            required: FIRST_INPUT
        },
        'Input.Toggle': {
            type: 'Input.Toggle',
            properties: [
                ...FIRST_ELEMENT,
                ['title', 'string'],
                ['value', 'string'],
                ['valueOff', 'string'],
                ['valueOn', 'string']
            ],
            required: [...FIRST_INPUT, 'title']
        },
        'Input.ChoiceSet': {
            type: 'Input.ChoiceSet',
            properties: [
                ...FIRST_ELEMENT,
                ['choices', { list: 'Input.Choice' }],
                ['isMultiSelect', 'boolean'],
                ['style', words('ChoiceInputStyle')],
                ['value', 'string']
            ],
            required: [...FIRST_INPUT, 'choices']
        },
        'Input.Choice': {
            type: 'Input.Choice',
            properties: [
                ['title', 'string'],
                ['value', 'string']
            ],
            required: ['title', 'value']
        }
    },
    families: {
        action: { noun: 'action', members: {}, anyOf: ['Action.Submit', 'Action.ShowCard', 'Action.OpenUrl'] },
        selectAction: { noun: 'select action', members: {}, anyOf: ['Action.Submit', 'Action.OpenUrl'] },
        element: {
            noun: 'card element',
            members: Object.fromEntries([
                'TextBlock',
                'Media',
                'Image',
                'Container',
                'ColumnSet',
                'FactSet',
                'ImageSet',
                'Input.Text',
                'Input.Number',
                'Input.Date',
                'Input.Time',
                'Input.Toggle',
                'Input.ChoiceSet'
            ].map(type => [type, type]))
        }
    }
};
// ─── 1.2 to 1.5 ─────────────────────────────────────────────────────────────────────────────────
const TOGGLEABLE = [
    ['id', 'string'],
    ['isVisible', 'boolean'],
    ['requires', 'string-map']
];
const PLACED = [
    ['separator', 'boolean'],
    ['spacing', words('Spacing')]
];
const ELEMENT = [
    ...TOGGLEABLE,
    ...PLACED,
    ['fallback', 'fallback'],
    ['height', words('BlockElementHeight')]
];
const INPUT = [
    ...ELEMENT,
    ['errorMessage', 'string', 3],
    ['isRequired', 'boolean', 3],
    ['label', 'string', 3]
];
const ACTION = [
    ['title', 'string'],
    ['iconUrl', 'string'],
    ['style', words('ActionStyle')],
    ['fallback', 'fallback'],
    ['requires', 'string-map'],
    ['id', 'string', 5],
    ['tooltip', 'string', 5],
    ['isEnabled', 'boolean', 5],
    ['mode', words('ActionMode'), 5]
];
/** A container's looks: Container, Column and TableCell. */
const BOX = [
    ['items', { list: 'element' }],
    ['selectAction', { one: 'selectAction' }],
    ['style', words('ContainerStyle')],
    ['verticalContentAlignment', words('VerticalAlignment')],
    ['bleed', 'boolean'],
    ['backgroundImage', { textOr: 'BackgroundImage' }],
    ['minHeight', 'string']
];
/** Alignment of a table's cells: Table, its columns and rows. */
const CELLS = [
    ['horizontalCellContentAlignment', words('HorizontalAlignment')],
    ['verticalCellContentAlignment', words('VerticalAlignment')]
];
const CARD = [
    ['version', 'string'],
    ['refresh', { one: 'Refresh' }, 4],
    ['authentication', { one: 'Authentication' }, 4],
    ['body', { list: 'element' }],
    ['actions', { list: 'action' }],
    ['selectAction', { one: 'selectAction' }],
    ['style', words('ContainerStyle'), 2, 2],
    ['fallbackText', 'string'],
    ['backgroundImage', { textOr: 'BackgroundImage' }],
    ['minHeight', 'string'],
    ['rtl', 'boolean|null', 5],
    ['speak', 'string'],
    ['lang', 'string'],
    ['verticalContentAlignment', words('VerticalAlignment')],
    ['$schema', 'string']
];
const DATA = [
    ['data', 'string|object'],
    ['associatedInputs', words('AssociatedInputs')]
];
const LATER = {
    open: false,
    exactWords: false,
    card: 'AdaptiveCard',
    definitions: {
        AdaptiveCard: { type: 'AdaptiveCard', properties: CARD },
        'Action.OpenUrl': { type: 'Action.OpenUrl', properties: [...ACTION, ['url', 'string']], required: ['url'] },
        'Action.ShowCard': { type: 'Action.ShowCard', properties: [...ACTION, ['card', { one: 'AdaptiveCard' }]] },
        'Action.Submit': {
            type: 'Action.Submit',
            properties: [...ACTION, ['data', 'string|object'], ['associatedInputs', words('AssociatedInputs'), 3]]
        },
        'Action.ToggleVisibility': {
            type: 'Action.ToggleVisibility',
            properties: [...ACTION, ['targetElements', { textsOr: 'TargetElement' }]],
            required: [['targetElements', 4, 5]],
            since: 2
        },
        'Action.Execute': {
            type: 'Action.Execute',
            properties: [...ACTION, ['verb', 'string'], ...DATA],
            since: 4,
            instead: 'Action.Submit'
        },
        TargetElement: {
            type: 'TargetElement',
            properties: [
                ['elementId', 'string'],
                ['isVisible', 'boolean|null']
            ],
            required: ['elementId']
        },
        TextBlock: {
            type: 'TextBlock',
            properties: [
                ...ELEMENT,
                ['text', 'string'],
                ['color', words('Colors')],
                ['fontType', words('FontType')],
                ['horizontalAlignment', words('HorizontalAlignment')],
                ['isSubtle', 'boolean', 2, 4],
                ['isSubtle', 'boolean|null', 5],
                ['maxLines', 'number'],
                ['size', words('FontSize')],
                ['weight', words('FontWeight')],
                ['wrap', 'boolean'],
                ['style', words('TextBlockStyle'), 5]
            ],
            required: ['text']
        },
        Image: {
            type: 'Image',
            properties: [
                ...TOGGLEABLE,
                ...PLACED,
                ['fallback', 'fallback'],
                ['url', 'string'],
                ['altText', 'string'],
                ['backgroundColor', 'string'],
                ['height', 'anything'],
                ['horizontalAlignment', words('HorizontalAlignment')],
                ['selectAction', { one: 'selectAction' }],
                ['size', words('ImageSize')],
                ['style', words('ImageStyle')],
                ['width', 'string']
            ],
            required: ['url']
        },
        ImageSet: {
            type: 'ImageSet',
            properties: [...ELEMENT, ['images', { list: 'Image' }], ['imageSize', words('ImageSize')]],
            required: ['images']
        },
        Media: {
            type: 'Media',
            properties: [...ELEMENT, ['sources', { list: 'MediaSource' }], ['poster', 'string'], ['altText', 'string']],
            required: ['sources']
        },
        MediaSource: {
            type: 'MediaSource',
            properties: [
                ['mimeType', 'string'],
                ['url', 'string']
            ],
            required: ['mimeType', 'url']
        },
        RichTextBlock: {
            type: 'RichTextBlock',
            properties: [...ELEMENT, ['inlines', { list: 'inline' }], ['horizontalAlignment', words('HorizontalAlignment')]],
            required: ['inlines'],
            since: 2,
            instead: 'TextBlock'
        },
        TextRun: {
            type: 'TextRun',
            properties: [
                ['text', 'string'],
                ['color', words('Colors')],
                ['fontType', words('FontType')],
                ['highlight', 'boolean'],
                ['isSubtle', 'boolean', 2, 4],
                ['isSubtle', 'boolean|null', 5],
                ['italic', 'boolean'],
                ['selectAction', { one: 'selectAction' }],
                ['size', words('FontSize')],
                ['strikethrough', 'boolean'],
                ['underline', 'boolean', 3],
                ['weight', words('FontWeight')]
            ],
            required: ['text']
        },
        Container: {
            type: 'Container',
            properties: [...ELEMENT, ...BOX, ['rtl?', 'boolean|null', 5]],
            required: ['items']
        },
        ColumnSet: {
            type: 'ColumnSet',
            properties: [
                ...ELEMENT,
                ['columns', { list: 'Column' }],
                ['selectAction', { one: 'selectAction' }],
                ['style', words('ContainerStyle')],
                ['bleed', 'boolean'],
                ['backgroundImage', { textOr: 'BackgroundImage' }, 2, 2],
                ['minHeight', 'string'],
                ['horizontalAlignment', words('HorizontalAlignment'), 3]
            ]
        },
        Column: {
            type: 'Column',
            properties: [
                ...TOGGLEABLE,
                ...PLACED,
                ...BOX,
                ['fallback', 'fallback'],
                ['rtl', 'boolean|null', 5],
                ['width', 'string|number']
            ]
        },
        FactSet: { type: 'FactSet', properties: [...ELEMENT, ['facts', { list: 'Fact' }]], required: ['facts'] },
        Fact: {
            type: 'Fact',
            properties: [
                ['title', 'string'],
                ['value', 'string']
            ],
            required: ['title', 'value']
        },
        ActionSet: {
            type: 'ActionSet',
            properties: [...ELEMENT, ['actions', { list: 'action' }]],
            required: ['actions'],
            since: 2,
            instead: "the card's actions"
        },
        Table: {
            type: 'Table',
            properties: [
                ...ELEMENT,
                ...CELLS,
                ['columns', { list: 'TableColumnDefinition' }],
                ['rows', { list: 'TableRow' }],
                ['firstRowAsHeader', 'boolean'],
                ['showGridLines', 'boolean'],
                ['gridStyle', words('ContainerStyle')]
            ],
            since: 5,
            instead: 'ColumnSet or FactSet'
        },
        TableColumnDefinition: { type: 'TableColumnDefinition', properties: [...CELLS, ['width', 'string|number']] },
        TableRow: {
            type: 'TableRow',
            properties: [...CELLS, ['cells', { list: 'TableCell' }], ['style', words('ContainerStyle')]]
        },
        TableCell: { type: 'TableCell', properties: [...BOX, ['rtl?', 'boolean|null']], required: ['items'] },
        'Input.Text': {
            type: 'Input.Text',
            properties: [
                ...INPUT,
                ['isMultiline', 'boolean'],
                ['maxLength', 'number'],
                ['placeholder', 'string'],
                ['regex', 'string', 3],
                ['style', words('TextInputStyle')],
                ['inlineAction', { one: 'selectAction' }],
                ['value', 'string']
            ],
            required: ['id']
        },
        'Input.Number': {
            type: 'Input.Number',
            properties: [...INPUT, ['max', 'number'], ['min', 'number'], ['placeholder', 'string'], ['value', 'number']],
            required: ['id']
        },
        'Input.Date': {
            type: 'Input.Date',
            properties: [...INPUT, ['max', 'string'], ['min', 'string'], ['placeholder', 'string'], ['value', 'string']],
            required: ['id']
        },
        'Input.Time': {
            type: 'Input.Time',
            properties: [...INPUT, ['max', 'string'], ['min', 'string'], ['placeholder', 'string'], ['value', 'string']],
            required: ['id']
        },
        'Input.Toggle': {
            type: 'Input.Toggle',
            properties: [
                ...INPUT,
                ['title', 'string'],
                ['value', 'string'],
                ['valueOff', 'string'],
                ['valueOn', 'string'],
                ['wrap', 'boolean']
            ],
            required: ['id', 'title']
        },
        'Input.ChoiceSet': {
            type: 'Input.ChoiceSet',
            properties: [
                ...INPUT,
                ['choices', { list: 'Input.Choice' }],
                ['isMultiSelect', 'boolean'],
                ['style', words('ChoiceInputStyle')],
                ['value', 'string'],
                ['placeholder', 'string', 3],
                ['wrap', 'boolean']
            ],
            required: ['id', ['choices', 2, 4]]
        },
        'Input.Choice': {
            type: 'Input.Choice',
            properties: [
                ['title', 'string'],
                ['value', 'string']
            ],
            required: ['title', 'value']
        },
        BackgroundImage: {
            type: 'BackgroundImage',
            properties: [
                ['url', 'string'],
                ['fillMode', words('ImageFillMode')],
                ['horizontalAlignment', words('HorizontalAlignment')],
                ['verticalAlignment', words('VerticalAlignment')]
            ],
            required: ['url']
        },
        Refresh: {
            type: 'Refresh',
            properties: [
                ['action', { one: 'Action.Execute' }],
                ['userIds', 'strings']
            ]
        },
        Authentication: {
            type: 'Authentication',
            properties: [
                ['text', 'string'],
                ['connectionName', 'string'],
                ['tokenExchangeResource', { one: 'TokenExchangeResource' }],
                ['buttons', { list: 'AuthCardButton' }]
            ]
        },
        TokenExchangeResource: {
            type: 'TokenExchangeResource',
            properties: [
                ['id', 'string'],
                ['uri', 'string'],
                ['providerId', 'string']
            ],
            required: ['id', 'uri', 'providerId']
        },
        AuthCardButton: {
            properties: [
                ['type', 'string'],
                ['title', 'string'],
                ['image', 'string'],
                ['value', 'string']
            ],
            required: ['type', 'value']
        }
    },
    families: {
        element: {
            noun: 'card element',
            members: Object.fromEntries([
                'ActionSet',
                'ColumnSet',
                'Container',
                'FactSet',
                'Image',
                'ImageSet',
                'Input.ChoiceSet',
                'Input.Date',
                'Input.Number',
                'Input.Text',
                'Input.Time',
                'Input.Toggle',
                'Media',
                'RichTextBlock',
                'Table',
                'TextBlock'
            ].map(type => [type, type]))
        },
        action: {
            noun: 'action',
            members: Object.fromEntries(['Action.Execute', 'Action.OpenUrl', 'Action.ShowCard', 'Action.Submit', 'Action.ToggleVisibility'].map(type => [type, type]))
        },
        selectAction: {
            noun: 'select action (no Action.ShowCard)',
            members: Object.fromEntries(['Action.Execute', 'Action.OpenUrl', 'Action.Submit', 'Action.ToggleVisibility'].map(type => [type, type]))
        },
        inline: { noun: 'inline (text or a TextRun)', members: { TextRun: 'TextRun' }, text: true }
    }
};
/** The facts a card of this version is checked against. */
function dialectOf(minor) {
    return minor <= 1 ? FIRST : LATER;
}

;// CONCATENATED MODULE: ./src/platforms/teams/card-check.ts


/** A card's problems against the facts of its declared version (`card-schema.ts`), each naming the path. */
function checkCard(card, minor, path, hostRule) {
    const check = new CardCheck(minor, hostRule);
    check.object(card, check.dialect.card, path);
    return check.problems;
}
/** "1.4" for a minor version. */
const versionText = (minor) => `1.${minor}`;
const article = (noun) => (/^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`);
const quoted = (words) => words.map(word => JSON.stringify(word)).join(', ');
class CardCheck {
    minor;
    hostRule;
    dialect;
    problems = [];
    constructor(minor, hostRule) {
        this.minor = minor;
        this.hostRule = hostRule;
        this.dialect = dialectOf(minor);
    }
    add(path, message) {
        this.problems.push({ path, message });
    }
    get declared() {
        return `Adaptive Card ${versionText(this.minor)}`;
    }
    /** The earliest later version whose facts satisfy `has`, for a "raise version" hint. */
    laterVersion(has) {
        for (let minor = this.minor + 1; minor <= 5; minor++) {
            if (has(dialectOf(minor), minor))
                return minor;
        }
        return undefined;
    }
    raise(later, what, otherwise) {
        return `${what} needs Adaptive Card ${versionText(later)} and this card declares version "${versionText(this.minor)}": raise version to "${versionText(later)}" (Teams renders up to 1.5) or ${otherwise}`;
    }
    /** A value the shape or family describes (an object, or a text inline). */
    value(value, shape, path) {
        const family = this.dialect.families[shape];
        if (!family)
            return this.object(value, shape, path);
        if (family.text && typeof value === 'string')
            return;
        if (!(0,json/* isObject */.Gv)(value))
            return this.add(path, `must be ${article(family.noun)} object, got ${(0,json/* typeOf */.QP)(value)}`);
        if (family.anyOf)
            return this.anyOf(value, family.anyOf, path);
        const current = Object.keys(family.members).filter(type => (this.definition(type)?.since ?? 0) <= this.minor);
        const type = value.type;
        if (type === undefined)
            return this.add(`${path}.type`, `is required: one of ${quoted(current)}`);
        if (typeof type === 'string' && current.includes(type))
            return this.object(value, family.members[type], path);
        const later = typeof type === 'string'
            ? this.laterVersion((dialect, minor) => {
                const member = dialect.families[shape]?.members[type];
                return member !== undefined && (dialect.definitions[member].since ?? 0) <= minor;
            })
            : undefined;
        if (later !== undefined) {
            const instead = dialectOf(later).definitions[type].instead;
            return this.add(`${path}.type`, this.raise(later, JSON.stringify(type), instead ? `use ${instead}` : 'remove it'));
        }
        this.add(`${path}.type`, `${JSON.stringify(type)} is not ${article(`${this.declared} ${family.noun}`)}: use one of ${quoted(current)}`);
    }
    definition(shape) {
        return this.dialect.definitions[shape];
    }
    /** 1.1's actions: valid when one of the shapes fits; else the problems of the one its type names (or the first). */
    anyOf(value, shapes, path) {
        const tries = shapes.map(shape => {
            const trial = new CardCheck(this.minor, this.hostRule);
            trial.object(value, shape, path);
            return { shape, problems: trial.problems };
        });
        if (tries.some(attempt => attempt.problems.length === 0))
            return;
        const named = tries.find(attempt => attempt.shape === value.type) ?? tries[0];
        this.problems.push(...named.problems);
    }
    object(value, shape, path) {
        const definition = this.definition(shape);
        if (!definition)
            throw new Error(`card facts have no ${shape}`);
        if (!(0,json/* isObject */.Gv)(value))
            return this.add(path, `must be ${article(shape)} object, got ${(0,json/* typeOf */.QP)(value)}`);
        if (definition.type !== undefined && value.type !== undefined && value.type !== definition.type)
            this.add(`${path}.type`, `must be "${definition.type}", got ${JSON.stringify(value.type)}`);
        for (const required of definition.required ?? []) {
            const [name, since, until] = typeof required === 'string' ? [required, 0, 5] : required;
            if (since <= this.minor && this.minor <= until && value[name] === undefined)
                this.add(`${path}.${name}`, `is required in ${article(shape)}`);
        }
        for (const [name, child] of Object.entries(value)) {
            if (name === 'type' && definition.type !== undefined)
                continue;
            const property = definition.properties.find(([key, , since = 0, until = 5]) => key === name && since <= this.minor && this.minor <= until);
            if (property)
                this.property(child, property[1], shape, name, `${path}.${name}`);
            else if (!this.dialect.open || definition.properties.some(([key]) => key === name))
                this.unknown(shape, name, `${path}.${name}`);
        }
    }
    unknown(shape, name, path) {
        const later = this.laterVersion((dialect, minor) => (dialect.definitions[shape]?.properties ?? []).some(([key, , since = 0, until = 5]) => key === name && since <= minor && minor <= until));
        if (later !== undefined)
            return this.add(path, this.raise(later, `${shape}'s "${name}"`, 'remove it'));
        this.add(path, `${shape} has no property "${name}" in ${this.declared}: remove it`);
    }
    property(value, kind, shape, name, path) {
        const problem = this.mismatch(value, kind, path);
        if (problem !== undefined)
            return this.add(path, `must be ${problem}, got ${(0,json/* typeOf */.QP)(value)}`);
        const host = this.hostRule?.(shape, name, value);
        if (host !== undefined)
            this.add(path, host);
    }
    /** What the value should have been when it is not of the kind; undefined when it is (nested problems added). */
    mismatch(value, kind, path) {
        switch (kind) {
            case 'anything':
                return undefined;
            case 'string':
                return typeof value === 'string' ? undefined : 'text';
            case 'number':
                return typeof value === 'number' ? undefined : 'a number';
            case 'boolean':
                return typeof value === 'boolean' ? undefined : 'true or false';
            case 'boolean|null':
                return typeof value === 'boolean' || value === null ? undefined : 'true, false or null';
            case 'object':
                return (0,json/* isObject */.Gv)(value) ? undefined : 'an object';
            case 'string|object':
                return typeof value === 'string' || (0,json/* isObject */.Gv)(value) ? undefined : 'text or an object';
            case 'string|number':
                return typeof value === 'string' || typeof value === 'number' ? undefined : 'text or a number';
            case 'string-map':
                return (0,json/* isObject */.Gv)(value) && Object.values(value).every(item => typeof item === 'string')
                    ? undefined
                    : 'an object of feature names and version texts';
            case 'strings':
                return Array.isArray(value) && value.every(item => typeof item === 'string') ? undefined : 'a list of text';
            case 'fallback':
                if (typeof value === 'string' && value.toLowerCase() !== 'drop')
                    this.add(path, `${JSON.stringify(value)} is not a fallback: use "drop" or an element to show instead`);
                return undefined;
        }
        if ('words' in kind)
            return this.words(value, kind.words, path);
        if ('one' in kind)
            return void this.value(value, kind.one, path);
        if ('textOr' in kind) {
            if (typeof value === 'string')
                return undefined;
            return (0,json/* isObject */.Gv)(value) ? void this.object(value, kind.textOr, path) : `text or ${article(kind.textOr)} object`;
        }
        const shape = 'list' in kind ? kind.list : kind.textsOr;
        if (!Array.isArray(value))
            return `a list of ${'list' in kind ? '' : 'text or '}${this.nounOf(shape)}`;
        value.forEach((item, i) => {
            if (typeof item !== 'string' || 'list' in kind)
                this.value(item, shape, `${path}[${i}]`);
        });
        return undefined;
    }
    nounOf(shape) {
        return `${this.dialect.families[shape]?.noun ?? shape}s`;
    }
    words(value, name, path) {
        const allowed = WORDS[name].flatMap(word => {
            if (typeof word === 'string')
                return [word];
            return word[1] <= this.minor ? [word[0]] : [];
        });
        if (typeof value !== 'string')
            return this.dialect.exactWords ? 'text' : undefined;
        const match = this.dialect.exactWords
            ? allowed.includes(value)
            : allowed.some(word => word.toLowerCase() === value.toLowerCase());
        if (match)
            return undefined;
        const newer = WORDS[name].find(word => typeof word !== 'string' && word[0].toLowerCase() === value.toLowerCase());
        if (newer && typeof newer !== 'string')
            return void this.add(path, this.raise(newer[1], JSON.stringify(value), `use one of ${quoted(allowed)}`));
        const casing = this.dialect.exactWords ? ' (letter case as written)' : '';
        this.add(path, `${JSON.stringify(value)} is not a value ${article(this.declared)} allows here: use one of ${quoted(allowed)}${casing}`);
        return undefined;
    }
}

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
    const version = card.version;
    if (typeof version !== 'string' || !CARD_VERSIONS.has(version)) {
        findings.add(`${path}.version`, `must be an Adaptive Card version Teams renders, "1.0" to "1.5" as text (e.g. "1.4"), got ${JSON.stringify(version ?? null)}`);
    }
    else {
        // The type is reported above; `msteams` is Teams' own extension, which no Adaptive Cards schema lists.
        const { msteams: _extension, ...schemaPart } = card;
        const minor = Number(version.slice('1.'.length));
        for (const problem of checkCard({ ...schemaPart, type: 'AdaptiveCard' }, minor, path, teamsRule))
            findings.add(problem.path, problem.message);
    }
    const shown = [card.body, card.actions].some(list => Array.isArray(list) && list.length > 0);
    if (!shown)
        findings.add(path, 'the card shows nothing: it needs body elements or actions');
}
/** What Teams needs beyond the schema: texts that show something, links a reader can open. */
const teamsRule = (shape, property, value) => {
    if ((shape === 'TextBlock' || shape === 'TextRun') && property === 'text' && value.trim() === '')
        return 'must not be empty';
    if ((shape === 'Image' || shape === 'Action.OpenUrl') && property === 'url' && !(0,shared_endpoint/* isHttpUrl */.q$)(value))
        return 'must be an http(s) URL';
    return undefined;
};

;// CONCATENATED MODULE: ./src/platforms/teams/index.ts





const teams = {
    resolveTarget: resolveTarget,
    fit: fit,
    validate: validate,
    request: request,
    parse: parse,
    // Workflows webhooks post and never edit: one message per problem is not theirs to keep.
    noProblemMessages: 'Teams Workflows webhooks cannot edit a message they posted; for one message per problem use Discord (a webhook ' +
        'edits its own messages) or Slack with a bot token (url: https://slack.com/api/chat.postMessage)',
    checkHints: { knownKeys: KNOWN_KEYS, sampleTarget: sampleTarget }
};


/***/ })

};

//# sourceMappingURL=534.index.js.map