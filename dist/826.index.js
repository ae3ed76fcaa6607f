export const id = 826;
export const ids = [826];
export const modules = {

/***/ 6826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dedupeKeyVariables: () => (/* binding */ dedupeKeyVariables),
/* harmony export */   dryRunNotice: () => (/* binding */ dryRunNotice),
/* harmony export */   isGroupMember: () => (/* binding */ isGroupMember),
/* harmony export */   keyedIncidentPlan: () => (/* binding */ keyedIncidentPlan),
/* harmony export */   loadDedupeKeyModules: () => (/* binding */ loadDedupeKeyModules),
/* harmony export */   planTracking: () => (/* binding */ planTracking),
/* harmony export */   renderDedupeKey: () => (/* binding */ renderDedupeKey)
/* harmony export */ });
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5412);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _template_compile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6399);
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6689);




const LABEL_PREFIX = 'dagster-fp-';
const SAMPLE_LABEL_PREFIX = 'dagster-test-';
const HASH_LENGTH = 16;
/** A key that already is a hash (the default, `fingerprint`) is used as it is, so the label shows the fingerprint. */
const HASH_KEY = /^[0-9a-f]{8,64}$/;
const NOTE_SUMMARY_MAX = 500;
const DEDUPE_KEY_FIX = 'Use values every alert of the problem has, e.g. "<< alert_policy_name >>/<< job_name >>", or leave it unset (<< fingerprint >>)';
function planTracking({ config, alert, derived, scope, now }) {
    const sample = alert.is_sample === true;
    const intent = sample ? 'sample' : derived.is_recovery ? 'resolve' : 'open';
    const key = renderDedupeKey(config.dedupeKey, scope);
    const keyHash = hashOf(key);
    const label = `${sample ? SAMPLE_LABEL_PREFIX : LABEL_PREFIX}${keyHash}`;
    const marker = { label, createId: occurrenceId(label, alert, derived), sample };
    return {
        intent,
        key,
        marker,
        repeat: config.repeat,
        resolve: config.resolve,
        note: followUpNote(intent, alert, derived, now)
    };
}
/** The `dedupe-key` template rendered for this alert; a key that renders empty would merge unrelated problems. */
function renderDedupeKey(template, scope) {
    let value;
    try {
        value = compileDedupeKey(template).render(scope).value;
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TemplateError */ .$w))
            throw error;
        // Reported as an input error, like every other bad input: "Input 'dedupe-key': …"
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('dedupe-key', `"${template}" is not a valid template: ${error.message.replace(/^dedupe-key:(\d+:)*\s*/, '')}`, DEDUPE_KEY_FIX);
    }
    const key = value === null ? '' : typeof value === 'string' ? value.trim() : JSON.stringify(value);
    if (key === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('dedupe-key', `"${template}" renders empty for this alert`, DEDUPE_KEY_FIX);
    return key;
}
/** What the `dedupe-key` template reads (none when it does not compile: rendering it reports that). */
function dedupeKeyVariables(template) {
    try {
        return compileDedupeKey(template).variables;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TemplateError */ .$w)
            return [];
        throw error;
    }
}
/** For the edge before planTracking: loads what rendering the `dedupe-key` needs (Liquid, unless it is plain text). */
async function loadDedupeKeyModules(template) {
    await (0,_template_compile_js__WEBPACK_IMPORTED_MODULE_2__/* .loadTemplateModules */ .ms)(dedupeKeySource(template));
}
function compileDedupeKey(template) {
    return (0,_template_compile_js__WEBPACK_IMPORTED_MODULE_2__/* .compileTemplate */ .Gq)(dedupeKeySource(template));
}
/** The key as one double-quoted YAML scalar, given already parsed: no YAML parser is needed for it. */
function dedupeKeySource(template) {
    const document = {
        frontMatter: {},
        body: { kind: 'scalar', at: { line: 1, column: 1 }, value: template, text: { quoted: true } }
    };
    return { name: 'dedupe-key', file: 'dedupe-key', text: JSON.stringify(template), builtin: false, document };
}
function hashOf(key) {
    return HASH_KEY.test(key) ? key : (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(key).slice(0, HASH_LENGTH);
}
/**
 * A UUID (in v4 layout, as client-chosen issue ids must be) from the marker, the alert's tokens and the GitHub run: a retried
 * create (or a re-run of the same workflow run) sends the same id, a new alert a new one.
 */
function occurrenceId(label, alert, derived) {
    const tokens = Object.keys(alert)
        .sort()
        .map(name => [name, alert[name]]);
    const hex = (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(JSON.stringify([label, tokens, derived.github.run_url ?? '']))
        .slice(0, 32)
        .split('');
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    const text = hex.join('');
    return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}
function followUpNote(intent, alert, derived, now) {
    const summary = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_3__/* .truncate */ .xv)(textOf(alert.alert_summary) ?? textOf(alert.alert_policy_name) ?? 'Dagster+ alert', NOTE_SUMMARY_MAX);
    const heading = intent === 'resolve' ? `Recovered: ${summary}` : `Dagster+ alert fired again: ${summary}`;
    const runLink = textOf(alert.run_link);
    const lines = [
        { label: 'Status', text: derived.alert_status },
        ...(runLink ? [{ label: 'Dagster+ run', text: textOf(alert.run_id) ?? runLink, href: runLink }] : []),
        { label: 'Time', text: derived.start_time_iso ?? now.toISOString().replace(/\.\d{3}Z$/, 'Z') },
        ...(derived.github.run_url
            ? [{ label: 'GitHub run', text: derived.github.run_url, href: derived.github.run_url }]
            : [])
    ];
    return { heading, lines };
}
function textOf(value) {
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
/**
 * Whether the alert is a member of a group key whose issue or incident must wait for every member: the key names
 * more than this alert's own problem (its fingerprint), and the alert opens (a failure, a warning) or would close or
 * resolve (`resolve: close`). A sample never touches a real problem.
 */
function isGroupMember(plan, fingerprint) {
    if (plan.key === fingerprint)
        return false;
    return plan.intent === 'open' || (plan.intent === 'resolve' && plan.resolve === 'close');
}
/** What a dry run of a tracked issue cannot know, since it sends nothing, not even the search. */
function dryRunNotice(plan) {
    const what = plan.intent === 'sample'
        ? 'a sample alert always creates its own [test] issue'
        : `whether this alert would create an issue, comment on the open one or close it is unknown without searching for open issues labelled ${plan.marker.label}`;
    return `dry run: nothing was sent; ${what}`;
}
/**
 * What a service that keeps one incident per key is told for this alert, or why nothing is sent. The key is the
 * marker label, so a sample (dagster-test-…) never touches a real incident; `repeat: new` makes it unique per
 * occurrence. A repeat with the same key folds into the open incident (the service dedupes), whether repeat is
 * comment or skip.
 */
function keyedIncidentPlan(plan, service) {
    const { intent, marker, repeat, resolve } = plan;
    if (intent !== 'resolve') {
        const key = intent === 'open' && repeat === 'new' ? `${marker.label}-${marker.createId}` : marker.label;
        return { problem: { key, action: 'trigger' } };
    }
    if (resolve === 'ignore')
        return { skipped: `recovery alert not delivered: the resolve input is ignore, so ${marker.label} stays open` };
    if (resolve === 'comment')
        return {
            skipped: `recovery alert not delivered: resolve is comment, and ${service} takes no comments on an incident through this API, so ${marker.label} stays open; use resolve: close to resolve it`
        };
    if (repeat === 'new')
        return {
            skipped: `recovery alert not delivered: repeat is new, so each failure opened an incident of its own that a recovery cannot name; resolve them in ${service}`
        };
    return { problem: { key: marker.label, action: 'resolve' } };
}


/***/ })

};

//# sourceMappingURL=826.index.js.map