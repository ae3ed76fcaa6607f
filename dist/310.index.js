export const id = 310;
export const ids = [310];
export const modules = {

/***/ 2310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheck: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/template/load.ts + 1 modules
var load = __webpack_require__(6923);
// EXTERNAL MODULE: ./src/event/tokens.ts + 5 modules
var tokens = __webpack_require__(2396);
// EXTERNAL MODULE: ./src/pipeline/findings/template-findings.ts + 2 modules
var template_findings = __webpack_require__(5935);
// EXTERNAL MODULE: ./src/pipeline/platform-choice.ts
var platform_choice = __webpack_require__(2643);
;// CONCATENATED MODULE: ./src/pipeline/sample-destination.ts
/** No settings inputs in check mode: the platform's checks must not depend on them. */
const NO_SETTINGS = {
    signingSecret: '',
    resultUrl: '',
    token: '',
    repository: '',
    email: '',
    apiUrl: ''
};
/** The problem check mode gives a platform with keyed incidents: a sample alert's, which opens one. */
const SAMPLE_PROBLEM = { key: 'dagster-test-0123456789abcdef', action: 'trigger' };
/**
 * Check mode's and the CLI's destination: no credentials, and a target like the one a send of this template would
 * use, built from a placeholder that is never contacted (its target throws InputError when the platform cannot work
 * without a real destination). `templateName`: templatePlatform's.
 */
function sampleDestination(platform, templateName, problem = SAMPLE_PROBLEM) {
    return {
        platform,
        target: payload => platform.checkHints?.sampleTarget?.(templateName, payload) ?? platform.resolveTarget(undefined, templateName),
        settings: NO_SETTINGS,
        headers: {},
        ...(platform.keyedIncidents && { problem }),
        now: () => new Date()
    };
}
/** The `vars` input over the platform's sample values of its required vars. */
function withSampleVars(platform, vars) {
    return { ...platform?.checkHints?.sampleVars, ...vars };
}

// EXTERNAL MODULE: ./src/template/compile.ts + 2 modules
var compile = __webpack_require__(6399);
// EXTERNAL MODULE: ./src/template/document.ts
var template_document = __webpack_require__(1689);
;// CONCATENATED MODULE: ./src/check/findings.ts
/** The position of a JSON path ('embeds[0].fields[2].value') in the template: the path, else its nearest ancestor. */
function positionOfPath(path, positions) {
    for (let current = path;; current = parentPath(current)) {
        const found = positions.get(current);
        if (found)
            return found;
        if (current === '')
            return { line: 1, column: 1 };
    }
}
function parentPath(path) {
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut > 0 ? path.slice(0, cut) : '';
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0 };
    for (const finding of findings)
        counts[finding.severity]++;
    return counts;
}
/** A template that does not parse or compile, at the error's position. */
function templateErrorFinding(error, title) {
    return {
        file: error.file,
        line: error.line ?? 1,
        column: error.column ?? 1,
        severity: 'error',
        title,
        message: ownMessage(error)
    };
}
/** A TemplateError's message without the `file:line:col: ` it starts with. */
function ownMessage(error) {
    const prefix = error.line
        ? `${error.file}:${error.line}${error.column ? `:${error.column}` : ''}: `
        : `${error.file}: `;
    return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}

// EXTERNAL MODULE: ./src/template/render-limits.ts
var render_limits = __webpack_require__(981);
;// CONCATENATED MODULE: ./src/check/limits.ts

/**
 * Check mode's bounds as a whole. A pull request's templates are hostile input, and each is rendered for the
 * sample and hostile alert of every event type: with per-render limits alone, two looping templates kept a check
 * busy for a minute. Honest templates use a small fraction: 100 templates × all event types take about 1 s.
 */
const CHECK_LIMITS = {
    /** Wall-clock milliseconds for the whole check; the templates left when it runs out are reported unchecked. */
    checkMs: 5000,
    /** A template's share of that: its parse, every render, fit and validation (an honest one takes ~10 ms). */
    templateMs: 1000,
    /** Characters (and array items) allocated by all renders; one render may allocate 1e7 (RENDER_LIMITS). */
    checkMemory: 1e8,
    /** A template's share of that, over all its renders. */
    templateMemory: 2e7,
    /** Template files in one check. */
    templates: 200,
    /** Findings listed per template; the rest are counted in one more. */
    findings: 100
};
const SPLIT = 'fix the templates reported, or check the rest in another job (split the `template` input)';
/** What the whole check may still spend; hands each template its share. */
class CheckBudget {
    limits;
    deadline;
    memory;
    constructor(limits = CHECK_LIMITS) {
        this.limits = limits;
        this.deadline = new render_limits/* RenderDeadline */.ZE(performance.now() + limits.checkMs, `check mode's ${seconds(limits.checkMs)} for all templates ran out; ${SPLIT}`);
        this.memory = new render_limits/* MemoryBudget */.ND(limits.checkMemory, undefined, `the templates built more than ${count(limits.checkMemory)} characters in all, check mode's limit; ${SPLIT}`);
    }
    /** Why no further template can be checked, if so. */
    spent() {
        return this.deadline.passed() ?? this.memory.exhausted();
    }
    /** The share of the template checked next, starting now. */
    share() {
        return new TemplateShare(this, this.deadline, this.memory);
    }
}
/** One template's share of the check, which all its renders draw from. */
class TemplateShare {
    check;
    deadline;
    memory;
    limits;
    constructor(check, checkDeadline, checkMemory) {
        this.check = check;
        this.limits = check.limits;
        const { templateMs, templateMemory } = check.limits;
        this.deadline = new render_limits/* RenderDeadline */.ZE(performance.now() + templateMs, `the template took more than ${seconds(templateMs)}, its share of check mode's time (it is rendered for ` +
            `the sample and hostile alert of each event type); a template renders in milliseconds: remove the loop ` +
            `or repetition that makes it slow`).earliest(checkDeadline);
        this.memory = new render_limits/* MemoryBudget */.ND(templateMemory, checkMemory, `the template built more than ${count(templateMemory)} characters over its renders, its share of check ` +
            `mode's memory; a payload needs a few thousand: remove the loop, repetition or capture that builds text`);
    }
    /** Why the template cannot be rendered again, if so. */
    spent() {
        return this.deadline.passed() ?? this.memory.exhausted() ?? this.check.spent();
    }
}
function seconds(ms) {
    return `${ms / 1000} s`;
}
function count(characters) {
    return characters.toLocaleString('en-US');
}

// EXTERNAL MODULE: ./src/event/derive.ts
var derive = __webpack_require__(3837);
// EXTERNAL MODULE: ./src/event/normalise.ts
var normalise = __webpack_require__(3002);
// EXTERNAL MODULE: ./src/event/scope.ts
var event_scope = __webpack_require__(4592);
// EXTERNAL MODULE: ./src/pipeline/findings/variables.ts
var variables = __webpack_require__(4684);
// EXTERNAL MODULE: ./src/pipeline/payload.ts
var pipeline_payload = __webpack_require__(1600);
// EXTERNAL MODULE: ./src/memory/sample-views.ts
var sample_views = __webpack_require__(5246);
// EXTERNAL MODULE: ./src/platforms/registry.ts + 1 modules
var registry = __webpack_require__(3735);
;// CONCATENATED MODULE: ./src/pipeline/problem-states.ts
/**
 * The problem states of a chat message (one message per problem: `repeat: comment`, `resolve: close`), for check
 * mode and `render --states`: the produced message as its problem's message in each sample state, fitted and
 * validated as a send would post or edit it.
 */



/** The state whose problem part is the longest (two members with counts, the longest title): the one limits bite. */
const LONGEST_STATE = 'resolved';
/**
 * Each sample state's message (those named in `only`, else all), or why the service would refuse it; undefined for
 * a platform without them.
 */
function problemStates(platform, produced, alert, derived, only) {
    const messages = (0,registry/* problemMessagesOf */.bh)(platform);
    if (!messages)
        return undefined;
    const views = (0,sample_views/* sampleViews */.Z)(alert, derived.fingerprint, produced.ctx.now().getTime());
    return views
        .filter(({ name }) => only === undefined || name === only)
        .map(({ name, caption, view }) => {
        try {
            return { name, caption, payload: messages.payload(produced.payload, view, produced.ctx) };
        }
        catch (error) {
            if (!(error instanceof errors/* PayloadError */.tG))
                throw error;
            return { name, caption, refused: error.problems };
        }
    });
}

;// CONCATENATED MODULE: ./src/check/render-variants.ts










/** A template that used up its share of the check (or the check its own limits) before every render was done. */
const LIMIT_TITLE = 'Check limit exceeded';
const START = { line: 1, column: 1 };
/** The alerts each type is rendered with: a realistic one, and one whose free text is long and hostile. */
const VARIANTS = [
    { name: 'sample', alert: tokens/* sampleAlert */.$Q },
    { name: 'hostile', alert: tokens/* hostileAlert */.z$ }
];
/** The problems of all renders of one template, merged. */
class Occurrences {
    byKey = new Map();
    add(severity, title, problem, at, seen) {
        // The same problem differs only in numbers between alerts (lengths): one finding for all of them.
        const key = [severity, at.line, at.column, problem.path, problem.message.replace(/\d+/g, '#')].join('|');
        const occurrence = this.byKey.get(key) ?? {
            severity,
            title,
            problem,
            at,
            types: new Set(),
            variants: new Set(),
            unrendered: true
        };
        occurrence.types.add(seen.type);
        occurrence.variants.add(seen.variant);
        occurrence.unrendered &&= seen.unrendered === true;
        this.byKey.set(key, occurrence);
    }
    /**
     * A fit warning at a path the template never produces, for every type's sample alert, means a required value
     * (an issue's title) is only ever the platform's placeholder: an error in the template.
     */
    severityOf(occurrence, types) {
        const always = occurrence.variants.has('sample') && occurrence.types.size === types.length;
        return occurrence.severity === 'warning' && occurrence.unrendered && always ? 'error' : occurrence.severity;
    }
    findings(file, types) {
        return [...this.byKey.values()].map(occurrence => {
            const severity = this.severityOf(occurrence, types);
            const { path, message } = occurrence.problem;
            const text = severity === occurrence.severity ? message : `the template never sets it (${message})`;
            return {
                file,
                line: occurrence.at.line,
                column: occurrence.at.column,
                severity,
                title: severity === occurrence.severity ? occurrence.title : 'Required value missing',
                message: `${path ? `${path}: ` : ''}${text} (${whenSeen(occurrence, types)})`
            };
        });
    }
    /** Each type's worst outcome; a type not rendered (rendering stopped at an error) fails. */
    results(types, rendered) {
        const results = new Map(types.map(type => [type.type, rendered.has(type.type) ? 'ok' : 'error']));
        for (const occurrence of this.byKey.values()) {
            const severity = this.severityOf(occurrence, types);
            for (const type of occurrence.types)
                if (results.get(type) !== 'error')
                    results.set(type, severity);
        }
        return results;
    }
}
const alertCache = new Map();
/** The same alerts serve every template: built once per type and variant (the hostile trace is 10 KB). */
function renderedAlert(variant, type) {
    const key = `${variant.name}:${type}`;
    let cached = alertCache.get(key);
    if (!cached) {
        const alert = (0,normalise/* normaliseAlert */.j)(variant.alert(type));
        cached = { alert, derived: (0,derive/* deriveValues */.gL)(alert, variables/* SAMPLE_ENV */.H) };
        alertCache.set(key, cached);
    }
    return cached;
}
/** Renders, fits and validates the template for the sample and hostile alert of every type; problems merged. */
function renderAll(template, source, platform, templateName, types, vars, meant, share) {
    const occurrences = new Occurrences();
    const rendered = new Set();
    let preview;
    const done = () => ({
        findings: occurrences.findings(source.file, types),
        results: occurrences.results(types, rendered),
        preview
    });
    const destination = platform && sampleDestination(platform, templateName);
    const name = platform ? platform.descriptor.displayName : '';
    for (const type of types) {
        for (const variant of VARIANTS) {
            const seen = { type: type.type, variant: variant.name };
            const spent = share.spent();
            if (spent) {
                occurrences.add('error', LIMIT_TITLE, { path: '', message: spent }, { line: 1, column: 1 }, seen);
                return done();
            }
            const { alert, derived } = renderedAlert(variant, type.type);
            const scope = (0,event_scope/* templateScope */.N)(alert, derived, vars);
            const warnings = [];
            let produced;
            try {
                produced = destination
                    ? (0,pipeline_payload/* producePayload */.T)(template, { scope, vars }, destination, problem => warnings.push(problem), share)
                    : template.render(scope, share);
            }
            catch (error) {
                if (error instanceof errors/* TemplateError */.$w) {
                    // A render error (a loop past the limits, a filter failing) repeats for every alert: report it once, stop.
                    const at = { line: error.line ?? 1, column: error.column ?? 1 };
                    const title = share.spent() ? LIMIT_TITLE : 'Template fails to render';
                    occurrences.add('error', title, { path: '', message: ownMessage(error) }, at, seen);
                    return done();
                }
                if (!(error instanceof errors/* InputError */.dz) || !destination)
                    throw error;
                const title = `Cannot check ${destination.platform.descriptor.name} templates`;
                occurrences.add('error', title, { path: '', message: error.message }, { line: 1, column: 1 }, seen);
                return done();
            }
            if ('value' in produced) {
                preview ??= { type: type.type, payload: produced.value };
                continue;
            }
            const { payload, problems, rendered: { positions } } = produced;
            // Fitting hostile text (long, multi-line) is what fitting is for; only a realistic alert's changes deserve a warning.
            if (variant.name === 'sample') {
                for (const problem of warnings) {
                    const unrendered = !positions.has(problem.path);
                    occurrences.add('warning', `Adjusted for ${name}`, problem, positionOfPath(problem.path, positions), {
                        ...seen,
                        unrendered
                    });
                }
            }
            // A required key reported missing because it is misspelt: the unknown key's finding already says so, at its line.
            for (const problem of problems.filter(problem => !meant.has(problem.path.replace(/\[\d+\]/g, ''))))
                occurrences.add('error', `${name} would reject this`, problem, positionOfPath(problem.path, positions), seen);
            // The message as its problem's message (repeat: comment, resolve: close), once the message itself is fine: every
            // state for the preview, the longest for the hostile alert (where limits bite), within check mode's time.
            const only = preview === undefined ? undefined : variant.name === 'hostile' ? LONGEST_STATE : 'none';
            const states = (problems.length === 0 &&
                platform &&
                only !== 'none' &&
                problemStates(platform, produced, alert, derived, only)) ||
                [];
            for (const state of states)
                for (const problem of 'refused' in state ? state.refused : [])
                    occurrences.add('error', `${name} would reject the problem's message`, stateRefusal(problem), START, seen);
            preview ??= { type: type.type, payload, ...(states.length > 0 && { states: shownStates(states) }) };
        }
        rendered.add(type.type);
    }
    return done();
}
/**
 * A problem of the problem's message: in the message the problem's part comes first, so its paths are not the
 * template's; reported at the template's start.
 */
function stateRefusal(problem) {
    return {
        path: problem.path,
        message: `with repeat: comment or resolve: close, ${problem.message} (the message as its problem's message, in the states check mode shows: a repeat, a member added, resolved)`
    };
}
/** The states the preview shows: those the platform accepts. */
function shownStates(states) {
    return states.flatMap(state => ('payload' in state ? [{ caption: state.caption, payload: state.payload }] : []));
}
/** "every event type" or "event type JOB, TICK", and whether only the hostile alert showed it. */
function whenSeen(occurrence, types) {
    const seen = types.map(type => type.type).filter(type => occurrence.types.has(type));
    const which = seen.length === types.length && types.length > 1 ? 'every event type' : `event type ${seen.join(', ')}`;
    if (occurrence.variants.has('sample'))
        return which;
    return `${which}, with the hostile sample alert only: 10 KB stack trace, quotes, mentions, template syntax`;
}

;// CONCATENATED MODULE: ./src/check/check-template.ts










/**
 * Parses and compiles a template once, checks what it reads, then renders, fits and validates it for the sample and
 * hostile alert of every event type it is for. Never throws for a problem in the template: it becomes a finding.
 */
function checkTemplate(source, options) {
    const file = source.file;
    const share = options.share ?? new CheckBudget().share();
    let template;
    try {
        template = (0,compile/* compileTemplate */.Gq)(source);
    }
    catch (error) {
        if (!(error instanceof errors/* TemplateError */.$w))
            throw error;
        const named = (0,platform_choice/* templatePlatform */.oT)({ file, frontMatter: {} });
        const platform = 'platform' in named ? named.platform.descriptor.name : undefined;
        return { file, platform, results: [], findings: [templateErrorFinding(error, 'Invalid template')] };
    }
    const frontMatter = frontMatterLocator(source.text);
    const staticFindings = [];
    const types = eventTypes(template.frontMatter, file, frontMatter, staticFindings);
    const choice = (0,platform_choice/* templatePlatform */.oT)(template);
    const platform = 'platform' in choice ? choice.platform : undefined;
    const templateName = 'platform' in choice ? choice.templateName : file;
    if ('problem' in choice) {
        const at = choice.inFrontMatter ? frontMatter.valueOf('platform') : { line: 1, column: 1 };
        staticFindings.push({ file, ...at, severity: 'error', title: 'Unknown platform', message: choice.problem });
    }
    const shared = (0,template_findings/* templateFindings */.FQ)(source, template, platform, template.frontMatter.events && types);
    for (const finding of shared.findings)
        staticFindings.push(finding);
    const renders = renderAll(template, source, platform, templateName, types, withSampleVars(platform, options.vars), shared.meant, share);
    const findings = [...staticFindings, ...renders.findings];
    const staticError = staticFindings.some(finding => finding.severity === 'error');
    const results = types.map(type => ({
        type: type.type,
        result: staticError ? 'error' : (renders.results.get(type.type) ?? 'error')
    }));
    return {
        file,
        platform: platform?.descriptor.name,
        results,
        findings: listed(findings, share.limits.findings, file),
        preview: renders.preview,
        reads: { variables: template.variables, platform }
    };
}
/** The first `most` findings, then one that counts the rest: a template can make a hundred thousand. */
function listed(findings, most, file) {
    if (findings.length <= most)
        return findings;
    const rest = countBySeverity(findings.slice(most));
    return [
        ...findings.slice(0, most),
        {
            file,
            line: 1,
            column: 1,
            severity: rest.error > 0 ? 'error' : 'warning',
            title: 'More problems',
            message: `${rest.error} more errors and ${rest.warning} more warnings in this template, not listed: check mode lists ${most} per template; fix those listed and check again`
        }
    ];
}
/** The front matter's `events` as notification types (unknown names are findings), else every type. */
function eventTypes(frontMatter, file, locator, findings) {
    if (frontMatter.events === undefined)
        return [...tokens/* NOTIFICATION_TYPES */.I9];
    const known = tokens/* NOTIFICATION_TYPES */.I9.map(type => type.type).join(', ');
    if (frontMatter.events.length === 0) {
        const message = `front matter events is empty: list the notification types the template is for (${known}), or remove it to check all`;
        findings.push({ file, ...locator.valueOf('events'), severity: 'error', title: 'Unknown event type', message });
        return [...tokens/* NOTIFICATION_TYPES */.I9];
    }
    const types = [];
    for (const name of frontMatter.events) {
        const type = (0,tokens/* notificationType */.IO)(name);
        if (type && !types.includes(type))
            types.push(type);
        if (!type) {
            const message = `front matter events: "${name}" is not a Dagster+ notification type; use ${known}`;
            findings.push({ file, ...locator.word(name, 'events'), severity: 'error', title: 'Unknown event type', message });
        }
    }
    return types.length > 0 ? types : [...tokens/* NOTIFICATION_TYPES */.I9];
}
/** Positions inside the front matter, which the compiled template does not keep. */
function frontMatterLocator(text) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
    const { opening, closing } = (0,template_document/* frontMatterBounds */.o)(lines) ?? { opening: 0, closing: -1 };
    const keyLine = (key) => {
        const index = lines.findIndex((line, i) => i > opening && i < closing && new RegExp(`^\\s*${key}\\s*:`).test(line));
        return index < 0 ? 0 : index;
    };
    return {
        valueOf(key) {
            const index = keyLine(key);
            const match = new RegExp(`^(\\s*${key}\\s*:\\s*)\\S`).exec(lines[index]);
            return { line: index + 1, column: match ? match[1].length + 1 : 1 };
        },
        word(word, key) {
            for (let i = keyLine(key); i < Math.max(closing, 1); i++) {
                const column = lines[i].indexOf(word, i === keyLine(key) ? lines[i].indexOf(':') + 1 : 0);
                if (column >= 0)
                    return { line: i + 1, column: column + 1 };
            }
            return this.valueOf(key);
        }
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/check/find-templates.ts



/** Where check mode looks when the `template` input is empty. */
const DEFAULT_TEMPLATE_FOLDER = '.github/dagster-templates';
/** What a folder contributes: files a template can be written in. */
const TEMPLATE_EXTENSIONS = new Set(['.yml', '.yaml', '.json']);
/** Never searched: they hold no templates and can be huge. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);
/** Bounds each walk, so a glob over a huge repository cannot stall the check. */
const MAX_ENTRIES = 50_000;
const GLOB_CHARACTERS = /[*?[{]/;
/** The `template` input in check mode: one path, glob or folder a line; `!pattern` excludes. */
function templatePatterns(input) {
    const patterns = (input ?? '')
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line !== '' && !line.startsWith('#'));
    return patterns.length > 0 ? patterns : [DEFAULT_TEMPLATE_FOLDER];
}
/** Resolves paths, folders (their .yml/.yaml/.json files, recursively), globs and built-in names. */
function findTemplates(patterns, workspace) {
    const root = external_node_path_.resolve(workspace);
    const found = new Set();
    const excluded = new Set();
    const unmatched = [];
    const unfinished = [];
    for (const pattern of patterns) {
        const exclude = pattern.startsWith('!');
        const wanted = find_templates_normalise(exclude ? pattern.slice(1) : pattern);
        if (escapesWorkspace(wanted)) {
            unmatched.push({ pattern, reason: 'is outside the workspace; templates must be files in the repository' });
            continue;
        }
        const { matches, finished } = resolvePattern(wanted, root);
        if (!finished)
            unfinished.push(pattern);
        if (exclude)
            matches.forEach(file => excluded.add(file));
        else if (matches.length > 0)
            matches.forEach(file => found.add(file));
        else if (finished)
            unmatched.push({ pattern, reason: describeNoMatch(wanted, root) });
    }
    return { files: [...found].filter(file => !excluded.has(file)).sort(), unmatched, unfinished };
}
function find_templates_normalise(pattern) {
    return pattern
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/\/+$/, '');
}
function escapesWorkspace(pattern) {
    return external_node_path_.posix.isAbsolute(pattern) || /^[A-Za-z]:/.test(pattern) || pattern.split('/').includes('..');
}
function resolvePattern(pattern, root) {
    if (GLOB_CHARACTERS.test(pattern))
        return matchGlob(pattern, root);
    const kind = entryKind(external_node_path_.join(root, pattern));
    if (kind === 'file')
        return { matches: [pattern], finished: true };
    if (kind === 'folder')
        return filtered(walk(root, pattern), file => TEMPLATE_EXTENSIONS.has(external_node_path_.posix.extname(file).toLowerCase()));
    return { matches: (0,load/* builtinTemplateNames */.eT)().includes(pattern) ? [pattern] : [], finished: true };
}
function filtered(walked, keep) {
    return { matches: walked.files.filter(keep), finished: walked.finished };
}
function describeNoMatch(pattern, root) {
    if (GLOB_CHARACTERS.test(pattern))
        return 'matches no file in the workspace';
    if (entryKind(external_node_path_.join(root, pattern)) === 'folder')
        return 'is a folder with no .yml, .yaml or .json file';
    return `is neither a file or folder in the workspace nor a built-in template (${(0,load/* builtinTemplateNames */.eT)().join(', ')})`;
}
function entryKind(file) {
    try {
        const stats = (0,external_node_fs_.statSync)(file);
        return stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : undefined;
    }
    catch {
        return undefined;
    }
}
/** Files matching a glob: `*` and `?` within one path segment, `**` across segments, `{a,b}`, `[abc]`. */
function matchGlob(pattern, root) {
    const segments = pattern.split('/');
    const firstGlob = segments.findIndex(segment => GLOB_CHARACTERS.test(segment));
    const base = segments.slice(0, firstGlob).join('/');
    if (base && entryKind(external_node_path_.join(root, base)) !== 'folder')
        return { matches: [], finished: true };
    const regex = globToRegExp(pattern);
    return filtered(walk(root, base), file => regex.test(file));
}
function globToRegExp(glob) {
    let source = '';
    let braces = 0;
    for (let i = 0; i < glob.length; i++) {
        const ch = glob[i];
        if (glob.startsWith('**/', i)) {
            source += '(?:[^/]*/)*';
            i += 2;
        }
        else if (glob.startsWith('**', i)) {
            source += '.*';
            i += 1;
        }
        else if (ch === '*')
            source += '[^/]*';
        else if (ch === '?')
            source += '[^/]';
        else if (ch === '{') {
            braces++;
            source += '(?:';
        }
        else if (ch === '}' && braces > 0) {
            braces--;
            source += ')';
        }
        else if (ch === ',' && braces > 0)
            source += '|';
        else if (ch === '[' && glob.indexOf(']', i + 2) > i) {
            const end = glob.indexOf(']', i + 2);
            const body = glob
                .slice(i + 1, end)
                .replace(/^!/, '^')
                .replace(/\\/g, '\\\\');
            source += `[${body}]`;
            i = end;
        }
        else
            source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${source}${')'.repeat(braces)}$`);
}
/** The files under `folder` ('' for the root), symlinked folders not followed; stops after MAX_ENTRIES entries. */
function walk(root, folder) {
    const files = [];
    const pending = [folder];
    let seen = 0;
    while (pending.length > 0) {
        const current = pending.pop();
        for (const entry of readEntries(external_node_path_.join(root, current))) {
            if (++seen > MAX_ENTRIES)
                return { files, finished: false };
            const relative = current ? `${current}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (!SKIPPED_FOLDERS.has(entry.name))
                    pending.push(relative);
            }
            else if (entry.isFile() || (entry.isSymbolicLink() && entryKind(external_node_path_.join(root, relative)) === 'file')) {
                files.push(relative);
            }
        }
    }
    return { files, finished: true };
}
function readEntries(folder) {
    try {
        return (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true });
    }
    catch {
        return [];
    }
}

// EXTERNAL MODULE: ./src/pipeline/findings/finding.ts
var findings_finding = __webpack_require__(7856);
// EXTERNAL MODULE: ./src/output/summary-markdown.ts
var summary_markdown = __webpack_require__(5911);
;// CONCATENATED MODULE: ./src/check/report.ts




/** GitHub refuses job summaries over 1 MiB; previews stop well before that. */
const SUMMARY_BUDGET = 800_000;
const PREVIEW_MAX = 20_000;
const MARKS = { ok: '✅', warning: '⚠️', error: '❌' };
/** One line per template: its outcome, platform and counts. */
function templateLine(report) {
    const { error, warning } = countBySeverity(report.findings);
    const mark = error > 0 ? MARKS.error : warning > 0 ? MARKS.warning : MARKS.ok;
    const types = report.results.length > 0 ? `, ${plural(report.results.length, 'event type')}` : '';
    const counts = error + warning === 0
        ? 'ok'
        : [error && plural(error, 'error'), warning && plural(warning, 'warning')].filter(Boolean).join(', ');
    return `${mark} ${report.file} (${report.platform ?? 'platform unknown'}${types}): ${counts}`;
}
/** The verdict in one line: what was checked and how many problems. */
function totalsLine(templates, findings) {
    const { error, warning } = countBySeverity(findings);
    const checked = `Checked ${plural(templates, 'template')}`;
    if (error + warning === 0)
        return `${checked}: no problems`;
    return `${checked}: ${plural(error, 'error')}, ${plural(warning, 'warning')}`;
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/** `file:line:col: error: title: message`, as compilers print a diagnostic. */
function findingLine(finding) {
    const where = locationText(finding);
    return `${where ? `${where}: ` : ''}${finding.severity}: ${finding.title}: ${finding.message}`;
}
/** Every finding as a diagnostic line, then one line per template and the totals. */
function terminalReport(templates, findings) {
    const problems = findings.map(findingLine);
    return [
        ...problems,
        ...(problems.length > 0 ? [''] : []),
        ...templates.map(templateLine),
        totalsLine(templates.length, findings)
    ].join('\n');
}
/** The job summary: a template × event type table, every problem, and a rendered preview per template. */
function checkSummary(templates, findings) {
    const heading = (0,summary_markdown/* safeMarkdown */.fH) `### Dagster Alert Relay: template check\n\n${totalsLine(templates.length, findings)}\n`;
    const parts = [heading];
    if (templates.length > 0)
        parts.push((0,summary_markdown/* safeMarkdown */.fH) `${resultTable(templates)}\n`);
    if (findings.length > 0)
        parts.push((0,summary_markdown/* safeMarkdown */.fH) `**Problems**\n\n${(0,summary_markdown/* joined */.oR)(findings.map(problemItem))}\n`);
    let size = sizeOf((0,summary_markdown/* joined */.oR)(parts));
    let left = 0;
    for (const report of templates) {
        const preview = previewBlock(report);
        if (!preview)
            continue;
        const length = sizeOf(preview);
        if (size + length > SUMMARY_BUDGET) {
            left++;
            continue;
        }
        parts.push(preview);
        size += length;
    }
    if (left > 0)
        parts.push((0,summary_markdown/* safeMarkdown */.fH) `_${plural(left, 'preview')} ${LEFT_OUT}._\n`);
    return (0,summary_markdown/* joined */.oR)(parts);
}
const LEFT_OUT = "left out to keep the summary within GitHub's size limit";
const CELL_SEPARATOR = (0,summary_markdown/* safeMarkdown */.fH) ` | `;
/** Characters the summary takes, before redaction (which only shortens it). */
function sizeOf(part) {
    return (0,summary_markdown/* renderMarkdown */.Gc)(part, text => text).length;
}
function resultTable(templates) {
    const checked = new Set(templates.flatMap(report => report.results.map(result => result.type)));
    const types = tokens/* NOTIFICATION_TYPES */.I9.map(type => type.type).filter(type => checked.has(type));
    const header = (0,summary_markdown/* safeMarkdown */.fH) `| Template | Platform | ${(0,summary_markdown/* joined */.oR)(types, CELL_SEPARATOR)} |`;
    const rule = (0,summary_markdown/* safeMarkdown */.fH) `|---|---|${(0,summary_markdown/* joined */.oR)(types.map(() => CENTRED), (0,summary_markdown/* safeMarkdown */.fH) ``)}`;
    const rows = templates.map(report => {
        const byType = new Map(report.results.map(result => [result.type, result.result]));
        // A template that does not compile has no per-type results: every column fails.
        const cell = (type) => report.results.length === 0 ? MARKS.error : byType.has(type) ? MARKS[byType.get(type)] : '·';
        const cells = (0,summary_markdown/* joined */.oR)(types.map(cell), CELL_SEPARATOR);
        return (0,summary_markdown/* safeMarkdown */.fH) `| ${(0,summary_markdown/* code */.aY)(report.file)} | ${report.platform ?? '—'} | ${cells} |`;
    });
    return (0,summary_markdown/* joined */.oR)([...[header, rule], ...rows, LEGEND]);
}
const CENTRED = (0,summary_markdown/* safeMarkdown */.fH) `:-:|`;
const LEGEND = (0,summary_markdown/* safeMarkdown */.fH) `\n✅ ok · ⚠️ warnings · ❌ errors · \`·\` not one of the template's events`;
function problemItem(finding) {
    const where = (0,findings_finding/* locationText */.f)(finding);
    return (0,summary_markdown/* safeMarkdown */.fH) `- ${MARKS[finding.severity]} ${where ? (0,summary_markdown/* safeMarkdown */.fH) `${(0,summary_markdown/* code */.aY)(where)} ` : ''}**${finding.title}**: ${finding.message}`;
}
/** The sample alert's payload, then (one message per problem) the message in each problem state. */
function previewBlock(report) {
    if (!report.preview)
        return undefined;
    const { type, payload, states = [] } = report.preview;
    const title = `${report.file}: ${type} sample alert`;
    return (0,summary_markdown/* joined */.oR)([
        (0,summary_markdown/* details */.zH)(title, 'json', previewJson(payload)),
        ...states.map(state => (0,summary_markdown/* details */.zH)(`${title}, as one message per problem (repeat: comment, resolve: close): ${state.caption}`, 'json', previewJson(state.payload)))
    ]);
}
function previewJson(payload) {
    const json = JSON.stringify(payload, null, 2);
    return json.length > PREVIEW_MAX
        ? `${json.slice(0, PREVIEW_MAX)}\n… (${json.length - PREVIEW_MAX} more characters)`
        : json;
}

// EXTERNAL MODULE: ./src/pipeline/findings/unread-vars.ts
var unread_vars = __webpack_require__(8205);
;// CONCATENATED MODULE: ./src/check/run.ts








/** `mode: check`: finds the templates, checks each, and reports. Sends nothing, reads no secret. */
function runCheck(options) {
    const budget = new CheckBudget(options.limits);
    const found = findTemplates(templatePatterns(options.template), options.workspace);
    const findings = patternFindings(found, budget.limits);
    const templates = [];
    for (const ref of found.files.length > budget.limits.templates ? [] : found.files) {
        const spent = budget.spent();
        if (spent) {
            findings.push({ file: ref, severity: 'error', title: 'Not checked', message: spent });
            continue;
        }
        const share = budget.share();
        try {
            templates.push(checkTemplate((0,load/* loadTemplate */.PM)(ref, options.workspace), { vars: options.vars, share }));
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.dz))
                throw error;
            findings.push({ file: ref, severity: 'error', title: 'Template not readable', message: error.message });
        }
    }
    for (const report of templates)
        findings.push(...report.findings);
    const readers = templates.flatMap(report => (report.reads ? [report.reads] : []));
    if (readers.length > 0)
        findings.push(...(0,unread_vars/* unreadVarFindings */.f)(Object.keys(options.vars), readers));
    const { error, warning } = countBySeverity(findings);
    return {
        templates,
        findings,
        errors: error,
        warnings: warning,
        lines: [...templates.map(templateLine), totalsLine(templates.length, findings)],
        summary: checkSummary(templates, findings)
    };
}
/** Patterns that match nothing, or too much to check. */
function patternFindings(found, limits) {
    const findings = found.unmatched.map(({ pattern, reason }) => ({
        severity: 'error',
        title: 'No template found',
        message: `template "${pattern}" ${reason}`
    }));
    for (const pattern of found.unfinished) {
        findings.push({
            severity: 'error',
            title: 'Too many files',
            message: `template "${pattern}" searches more than ${MAX_ENTRIES.toLocaleString('en-US')} files and folders, where check mode stops; name the folder that holds the templates (default ${DEFAULT_TEMPLATE_FOLDER})`
        });
    }
    if (found.files.length > limits.templates) {
        findings.push({
            severity: 'error',
            title: 'Too many templates',
            message: `the template input matches ${found.files.length} files; check mode checks at most ${limits.templates} in one run: narrow the patterns, or check the rest in another job`
        });
    }
    return findings;
}


/***/ }),

/***/ 6912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ memberLabel),
/* harmony export */   R: () => (/* binding */ latestText)
/* harmony export */ });
function token(alert, name) {
    const value = alert[name];
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
/** The member's name in the message: its asset, else its job, else its policy, else its fingerprint. */
function memberLabel(alert, fingerprint) {
    return token(alert, 'asset_key') ?? token(alert, 'job_name') ?? token(alert, 'alert_policy_name') ?? fingerprint;
}
/** The alert's text as the message's latest. */
function latestText(alert) {
    return token(alert, 'alert_summary') ?? token(alert, 'alert_policy_name') ?? 'Dagster+ alert';
}


/***/ }),

/***/ 7800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DO: () => (/* binding */ changeReply),
/* harmony export */   P5: () => (/* binding */ problemView),
/* harmony export */   bS: () => (/* binding */ MAX_LISTED_MEMBERS),
/* harmony export */   qo: () => (/* binding */ stateLine)
/* harmony export */ });
/** Members a view names by default; beyond, "and N more". */
const MAX_LISTED_MEMBERS = 100;
function problemView(members, context) {
    const counts = { failing: 0, recovered: 0 };
    let occurrences = 0;
    for (const { mark } of members) {
        counts[mark.status]++;
        occurrences += mark.occurrences;
    }
    const state = counts.failing === 0 && members.length > 0 ? 'resolved' : 'failing';
    const ordered = [...members].sort((a, b) => Number(a.mark.status === 'recovered') - Number(b.mark.status === 'recovered') ||
        (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
    const listed = ordered.slice(0, context.maxListed);
    return {
        key: context.key,
        sample: context.sample,
        state,
        counts,
        occurrences,
        members: listed.map(({ label, mark }) => ({ label, status: mark.status, occurrences: mark.occurrences })),
        more: ordered.length - listed.length,
        firstSeen: new Date(context.openedAt).toISOString(),
        lastSeen: new Date(Math.max(context.openedAt, context.lastSeenAt)).toISOString(),
        ...(state === 'resolved' && {
            resolvedAfterMinutes: Math.max(0, Math.round((context.lastSeenAt - context.openedAt) / 60_000))
        }),
        latestText: context.latestText
    };
}
/** The state a problem's message leads with: "3 failing, 1 recovered" or "Resolved after 1 h 5 min", a sample marked. */
function stateLine(view) {
    const test = view.sample ? '[test] ' : '';
    if (view.state === 'resolved')
        return `${test}Resolved after ${duration(view.resolvedAfterMinutes ?? 0)}`;
    const recovered = view.counts.recovered > 0 ? `, ${view.counts.recovered} recovered` : '';
    return `${test}${view.counts.failing} failing${recovered}`;
}
function duration(minutes) {
    if (minutes < 60)
        return `${minutes} min`;
    const hours = Math.floor(minutes / 60);
    return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}
/** At most this many labels name the members a thread reply is about; the rest are counted. */
const REPLY_LABELS = 5;
/**
 * A thread reply saying what changed between two views of one message ("b, c failing; a recovered"), or
 * undefined when no member changed.
 */
function changeReply(before, after) {
    const changed = { failing: [], recovered: [], again: [] };
    for (const [hash, member] of after) {
        const was = before.get(hash)?.mark;
        if (!was || was.status !== member.mark.status)
            changed[member.mark.status].push(member.label);
        else if (was.occurrences !== member.mark.occurrences)
            changed.again.push(member.label);
    }
    const parts = [
        named(changed.failing, 'failing'),
        named(changed.again, 'failing again'),
        named(changed.recovered, 'recovered')
    ].filter(part => part !== undefined);
    return parts.length === 0 ? undefined : parts.join('; ');
}
function named(labels, what) {
    if (labels.length === 0)
        return undefined;
    const sorted = [...labels].sort();
    const shown = sorted.slice(0, REPLY_LABELS).join(', ');
    const more = sorted.length - REPLY_LABELS;
    return more > 0 ? `${shown} and ${more} more ${what}` : `${shown} ${what}`;
}


/***/ }),

/***/ 5246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ sampleViews)
/* harmony export */ });
/* harmony import */ var _alert_member_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6912);
/* harmony import */ var _problem_view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7800);


const MINUTE = 60_000;
/** The three states of the problem of `alert` (the default dedupe key: its fingerprint), at `now` (epoch ms). */
function sampleViews(alert, fingerprint, now) {
    const label = (0,_alert_member_js__WEBPACK_IMPORTED_MODULE_0__/* .memberLabel */ .B)(alert, fingerprint);
    const other = `${label}_2`;
    const member = (name, status, occurrences) => ({
        label: name,
        mark: { episode: 1, status, occurrences }
    });
    const view = (members, openedAt) => (0,_problem_view_js__WEBPACK_IMPORTED_MODULE_1__/* .problemView */ .P5)(members, {
        key: fingerprint,
        sample: alert.is_sample === true,
        openedAt,
        lastSeenAt: now,
        latestText: (0,_alert_member_js__WEBPACK_IMPORTED_MODULE_0__/* .latestText */ .R)(alert),
        maxListed: _problem_view_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_LISTED_MEMBERS */ .bS
    });
    return [
        { name: 'first', caption: '1 failing (first alert)', view: view([member(label, 'failing', 1)], now) },
        { name: 'repeat', caption: '1 failing ×3', view: view([member(label, 'failing', 3)], now - 2 * MINUTE) },
        {
            name: 'member-added',
            caption: '2 failing (member added)',
            view: view([member(label, 'failing', 3), member(other, 'failing', 1)], now - 5 * MINUTE)
        },
        {
            name: 'resolved',
            caption: 'resolved after 42 min',
            view: view([member(label, 'recovered', 4), member(other, 'recovered', 2)], now - 42 * MINUTE)
        }
    ];
}


/***/ }),

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


/***/ })

};

//# sourceMappingURL=310.index.js.map