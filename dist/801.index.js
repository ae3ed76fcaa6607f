export const id = 801;
export const ids = [801];
export const modules = {

/***/ 7856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ locationText)
/* harmony export */ });
/** `file:line:col` as compilers print it. */
function locationText(finding) {
    if (!finding.file)
        return '';
    if (!finding.line)
        return finding.file;
    return `${finding.file}:${finding.line}${finding.column ? `:${finding.column}` : ''}`;
}


/***/ }),

/***/ 5935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DW: () => (/* binding */ atSendTime),
  Bd: () => (/* binding */ findingsError),
  FQ: () => (/* binding */ templateFindings)
});

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/pipeline/findings/finding.ts
var findings_finding = __webpack_require__(7856);
// EXTERNAL MODULE: ./src/event/tokens.ts + 5 modules
var tokens = __webpack_require__(2396);
;// CONCATENATED MODULE: ./src/pipeline/findings/literal-syntax.ts

// `{{ token }}` is Dagster+'s syntax (replaced in the webhook body, never in a template); `${{ … }}` is GitHub's
// (evaluated in workflow files, never in a template). Both print as written.
const DAGSTER_TOKEN = /(?<!\$)\{\{\s*([A-Za-z_]\w*)\s*\}\}/g;
const GITHUB_EXPRESSION = /\$\{\{[^}]*\}\}/g;
/**
 * Dagster+ or GitHub expression syntax written in a template where `<< >>` was meant. Front matter and comment lines
 * are skipped; a Dagster token is an error (the alert would show `{{alert_summary}}`), a GitHub expression a warning.
 */
function literalSyntaxFindings(file, text) {
    const lines = text.split(/\r\n?|\n/);
    const closing = /^---[ \t]*$/.test(lines[0]) ? lines.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(line)) : -1;
    const findings = [];
    lines.forEach((line, index) => {
        if (index <= closing || /^\s*#/.test(line))
            return;
        for (const match of line.matchAll(DAGSTER_TOKEN)) {
            if (!tokens/* TOKENS */.xZ.has(match[1]))
                continue;
            const message = `${match[0]} is Dagster+ syntax and prints as written in a template: write << ${match[1]} >>`;
            findings.push({
                file,
                line: index + 1,
                column: (match.index ?? 0) + 1,
                severity: 'error',
                title: 'Dagster+ token syntax',
                message
            });
        }
        for (const match of line.matchAll(GITHUB_EXPRESSION)) {
            const message = `${match[0]} is not evaluated in a template and prints as written: pass such values through the vars input (<< vars.NAME >>)`;
            findings.push({
                file,
                line: index + 1,
                column: (match.index ?? 0) + 1,
                severity: 'warning',
                title: 'GitHub expression syntax',
                message
            });
        }
    });
    return findings;
}

// EXTERNAL MODULE: ./src/pipeline/findings/closest-name.ts
var closest_name = __webpack_require__(1268);
;// CONCATENATED MODULE: ./src/pipeline/findings/unknown-keys.ts

/**
 * Template keys the platform's service does not know, at their line, with the nearest known key: an error where the
 * service rejects the request, a warning where it silently drops the key and what it holds.
 */
function unknownKeyFindings(file, keys, platform) {
    const result = { findings: [], meant: new Set() };
    const known = platform.checkHints?.knownKeys;
    if (!known)
        return result;
    const present = new Set(keys.map(key => key.path.join('.')));
    const name = platform.descriptor.displayName;
    for (const key of keys) {
        const level = levelOf(known.tree, key.path.slice(0, -1));
        const own = key.path[key.path.length - 1];
        if (!level || lookUp(level, own) !== undefined)
            continue;
        const names = Object.keys(level);
        const guess = (0,closest_name/* closestName */.N)(own, names.filter(candidate => !candidate.endsWith('*')));
        const where = key.path.length > 1 ? ` in ${key.path.slice(0, -1).join('.')}` : '';
        const effect = known.unknown === 'rejects'
            ? `${name} would reject the request`
            : `${name} ignores it, so what it holds is never shown`;
        const hint = guess ? `did you mean ${guess}?` : `${name} knows ${names.join(', ')}`;
        result.findings.push({
            file,
            line: key.line,
            column: key.column,
            severity: known.unknown === 'rejects' ? 'error' : 'warning',
            title: 'Unknown key',
            message: `${own} is not a key ${name} knows${where}: ${effect}; ${hint}`
        });
        const meant = guess && [...key.path.slice(0, -1), guess].join('.');
        if (meant && !present.has(meant))
            result.meant.add(meant);
    }
    return result;
}
/** The known keys under `path`; undefined where they are not checked (a free-form value, or an unknown key above). */
function levelOf(tree, path) {
    let level = tree;
    for (const segment of path) {
        if (level === true || level === undefined)
            return undefined;
        level = lookUp(level, segment);
    }
    return level === true ? undefined : level;
}
function lookUp(level, key) {
    if (Object.hasOwn(level, key))
        return level[key];
    const pattern = Object.keys(level).find(name => name.endsWith('*') && key.startsWith(name.slice(0, -1)));
    return pattern === undefined ? undefined : level[pattern];
}

// EXTERNAL MODULE: ./src/pipeline/findings/variables.ts
var variables = __webpack_require__(4684);
;// CONCATENATED MODULE: ./src/pipeline/findings/template-findings.ts





/**
 * What `check`, `render` and a send all find in a template before rendering it: unknown variables, Dagster+ or GitHub
 * syntax where `<< >>` was meant, and keys the platform does not know. `types`: the template's declared events.
 */
function templateFindings(source, template, platform, types) {
    const keys = platform
        ? unknownKeyFindings(source.file, template.keys, platform)
        : { findings: [], meant: new Set() };
    const findings = [
        ...(0,variables/* variableFindings */.n)(source.file, template.variables, types),
        ...literalSyntaxFindings(source.file, source.text),
        ...keys.findings
    ];
    return { findings, meant: keys.meant };
}
/**
 * The findings as a send weighs them: an unknown variable renders empty with a warning that names it (check mode
 * calls it an error, so it is fixed before it ships); a send never loses an alert to a misspelt name.
 */
function atSendTime(findings) {
    return findings.map(finding => finding.unknownVariable === undefined
        ? finding
        : {
            ...finding,
            severity: 'warning',
            title: `unknown variable '${finding.unknownVariable}' renders empty`,
            message: finding.message
        });
}
/** A send stops at the findings `check` calls errors: one TemplateError at the first, listing them all. */
function findingsError(findings) {
    const errors = findings.filter(finding => finding.severity === 'error');
    if (errors.length === 0)
        return undefined;
    const [first, ...others] = errors;
    const more = others.map(finding => `\n  ${(0,findings_finding/* locationText */.f)(finding)}: ${finding.title}: ${finding.message}`).join('');
    return new src_errors/* TemplateError */.$w(`${first.title}: ${first.message}${more}`, first.file ?? '', first.line, first.column);
}


/***/ }),

/***/ 8205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ unreadVarFindings)
/* harmony export */ });
/* harmony import */ var _closest_name_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1268);

/**
 * `vars` keys that nothing reads: a warning each, with the nearest name that is read (`mentoin:` was meant as
 * `mention:` and is silently ignored).
 */
function unreadVarFindings(given, readers) {
    const read = new Set(readers.flatMap(reader => reader.platform?.checkHints?.varsRead ?? []));
    for (const ref of readers.flatMap(reader => reader.variables)) {
        const [head, name] = ref.name.split('.');
        if (head !== 'vars')
            continue;
        // `<< vars >>` or `vars[name]` may read any of them
        if (name === undefined)
            return [];
        read.add(name);
    }
    return given
        .filter(name => !read.has(name))
        .map(name => {
        const guess = (0,_closest_name_js__WEBPACK_IMPORTED_MODULE_0__/* .closestName */ .N)(name, read);
        // A template that reads a var nobody gives (`vars.projet` beside a given `project`): the typo may be the
        // template's, so the fix is named both ways rather than renaming the right var to the wrong name.
        const hint = guess
            ? given.includes(guess)
                ? `did you mean ${guess}?`
                : `a template reads vars.${guess}, which is not given: if that is a typo in the template, write vars.${name} ` +
                    `there; otherwise rename this var to ${guess}`
            : read.size > 0
                ? `the vars read are ${[...read].join(', ')}`
                : 'no var is read';
        return {
            severity: 'warning',
            title: 'Unread var',
            message: `vars: ${name} is read by no template, so it changes nothing: ${hint}`
        };
    });
}


/***/ }),

/***/ 4684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ SAMPLE_ENV),
/* harmony export */   n: () => (/* binding */ variableFindings)
/* harmony export */ });
/* harmony import */ var _event_derive_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3837);
/* harmony import */ var _event_normalise_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3002);
/* harmony import */ var _event_scope_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4592);
/* harmony import */ var _event_tokens_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2396);
/* harmony import */ var _closest_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1268);





/** The runner values `github.*` is built from, as on a real run; check mode and the CLI render with them. */
const SAMPLE_ENV = {
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/data-platform',
    GITHUB_RUN_ID: '1234567890'
};
let githubKeys;
/** The keys `github` has on a real run, read from the derivation itself. */
function githubFields() {
    githubKeys ??= Object.keys((0,_event_derive_js__WEBPACK_IMPORTED_MODULE_0__/* .deriveValues */ .gL)((0,_event_normalise_js__WEBPACK_IMPORTED_MODULE_3__/* .normaliseAlert */ .j)((0,_event_tokens_js__WEBPACK_IMPORTED_MODULE_2__/* .sampleAlert */ .$Q)(_event_tokens_js__WEBPACK_IMPORTED_MODULE_2__/* .NOTIFICATION_TYPES */ .I9[0].type)), SAMPLE_ENV).github);
    return githubKeys;
}
/**
 * Static checks of what a template reads. Unknown names are errors (at send time they render empty); a token that
 * none of the template's declared event types carries is a warning, since it always renders empty for them.
 * `vars.*` is not checked: vars come from the calling workflow.
 */
function variableFindings(file, variables, types) {
    const known = (0,_event_scope_js__WEBPACK_IMPORTED_MODULE_1__/* .knownVariableNames */ .g)();
    const carried = types && new Set([..._event_tokens_js__WEBPACK_IMPORTED_MODULE_2__/* .GLOBAL_TOKENS */ .Dn.map(token => token.name), ...types.flatMap(type => type.tokens)]);
    const findings = [];
    const seen = new Set();
    // a hostile template can read the same unknown name a hundred thousand times: one suggestion search per name
    const messages = new Map();
    const unknown = (prefix, name, names) => {
        const message = messages.get(prefix + name) ?? prefix + unknownMessage(name, [...names]);
        messages.set(prefix + name, message);
        return message;
    };
    for (const ref of variables) {
        const place = `${ref.line}:${ref.column}`;
        if (seen.has(place))
            continue;
        seen.add(place);
        const [head, member] = ref.name.split('.');
        const at = { file, line: ref.line, column: ref.column };
        if (!known.has(head)) {
            findings.push({
                ...at,
                severity: 'error',
                title: 'Unknown variable',
                message: unknown('', head, known),
                unknownVariable: head
            });
        }
        else if (head === 'github' && member !== undefined && !githubFields().includes(member)) {
            const message = `github.${member} does not exist: github has ${githubFields().join(', ')}`;
            findings.push({ ...at, severity: 'error', title: 'Unknown variable', message, unknownVariable: ref.name });
        }
        else if (head === 'alert' && member !== undefined && !_event_tokens_js__WEBPACK_IMPORTED_MODULE_2__/* .TOKENS */ .xZ.has(member)) {
            findings.push({
                ...at,
                severity: 'error',
                title: 'Unknown variable',
                message: unknown('alert.', member, _event_tokens_js__WEBPACK_IMPORTED_MODULE_2__/* .TOKENS */ .xZ.keys()),
                unknownVariable: ref.name
            });
        }
        else if (types && carried && _event_tokens_js__WEBPACK_IMPORTED_MODULE_2__/* .TOKENS */ .xZ.has(head) && !carried.has(head)) {
            const message = `${head} is never sent for ${types.map(type => type.type).join(', ')} alerts (the template's events), so it always renders empty`;
            findings.push({ ...at, severity: 'warning', title: 'Token not sent for these events', message });
        }
    }
    return findings;
}
function unknownMessage(name, known) {
    const guess = (0,_closest_name_js__WEBPACK_IMPORTED_MODULE_4__/* .closestName */ .N)(name, known);
    const hint = guess ? `did you mean ${guess}? ` : '';
    return (`${name} is not a variable templates can read (it would render empty): ${hint}` +
        'use a Dagster+ token (alert_summary, run_status, …), a derived value (alert_status, status_color, …), vars.NAME or github.*');
}


/***/ }),

/***/ 7801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyTemplateFindings: () => (/* binding */ applyTemplateFindings)
/* harmony export */ });
/* harmony import */ var _event_tokens_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2396);
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7856);
/* harmony import */ var _findings_template_findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5935);
/* harmony import */ var _findings_unread_vars_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8205);




/**
 * The findings `check` makes, before rendering: its errors stop the send (nothing goes out), its warnings are shown.
 * Unread vars count what every listed template reads, and `dedupeKey` (what the dedupe-key reads, on issue platforms).
 */
function applyTemplateFindings({ platform, template, source, listed }, vars, dedupeKey, warn) {
    const types = template.frontMatter.events?.flatMap(event => (0,_event_tokens_js__WEBPACK_IMPORTED_MODULE_0__/* .notificationType */ .IO)(event) ?? []);
    const findings = (0,_findings_template_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .atSendTime */ .DW)((0,_findings_template_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .templateFindings */ .FQ)(source, template, platform, types).findings);
    const error = (0,_findings_template_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .findingsError */ .Bd)(findings);
    if (error)
        throw error;
    const readers = [
        ...listed.map(each => ({ variables: each.variables, platform })),
        ...(dedupeKey ? [{ variables: dedupeKey }] : [])
    ];
    findings.push(...(0,_findings_unread_vars_js__WEBPACK_IMPORTED_MODULE_2__/* .unreadVarFindings */ .f)(vars, readers));
    for (const finding of findings)
        warn({ path: (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .locationText */ .f)(finding), message: `${finding.title}: ${finding.message}` });
}


/***/ })

};

//# sourceMappingURL=801.index.js.map