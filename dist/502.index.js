export const id = 502;
export const ids = [502];
export const modules = {

/***/ 8502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheck: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/template/load.ts + 1 modules
var load = __webpack_require__(6923);
// EXTERNAL MODULE: ./src/event/derive.ts
var derive = __webpack_require__(3837);
// EXTERNAL MODULE: ./src/event/normalise.ts
var normalise = __webpack_require__(3002);
// EXTERNAL MODULE: ./src/event/scope.ts
var event_scope = __webpack_require__(4592);
// EXTERNAL MODULE: ./src/event/tokens.ts
var tokens = __webpack_require__(96);
// EXTERNAL MODULE: ./src/template/compile.ts + 2 modules
var compile = __webpack_require__(8938);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/platforms/registry.ts + 13 modules
var registry = __webpack_require__(1722);
// EXTERNAL MODULE: ./src/platforms/types.ts
var types = __webpack_require__(4473);
;// CONCATENATED MODULE: ./src/check/destination.ts



const NAMED_PLATFORM = new RegExp(`^(${types/* PLATFORM_NAMES */.Z.join('|')})`);
/** The platform a template is written for: its front matter `platform`, else its file name (`discord-jobs.yml`). */
function templatePlatform(file, frontMatter) {
    // As strict as a send (relay.ts), so a template that passes the check also sends.
    const declared = frontMatter.platform;
    if (declared !== undefined) {
        if (isPlatformName(declared))
            return { platform: (0,registry/* platformByName */.Y)(declared), from: 'front matter' };
        return { problem: `front matter platform "${frontMatter.platform}" is not supported: use one of ${types/* PLATFORM_NAMES */.Z.join(', ')}`, inFrontMatter: true };
    }
    const named = NAMED_PLATFORM.exec(external_node_path_.posix.basename(file))?.[1];
    if (named && isPlatformName(named))
        return { platform: (0,registry/* platformByName */.Y)(named), from: 'file name' };
    return {
        problem: `cannot tell which platform ${file} is for: start the file with front matter ` +
            `("---", "platform: discord" (or ${types/* PLATFORM_NAMES */.Z.filter(name => name !== 'discord').join(', ')}), "---"), ` +
            `or name it after the platform (${types/* PLATFORM_NAMES */.Z.map(name => `${name}-….yml`).join(', ')}; jira-v3-….yml for Jira's v3 API)`,
        inFrontMatter: false
    };
}
function isPlatformName(name) {
    return types/* PLATFORM_NAMES */.Z.includes(name);
}
/** The `vars` input over the platform's sample values of its required vars. */
function checkVars(platform, vars) {
    return { ...platform?.sampleVars, ...vars };
}
/** No settings inputs in check mode: the platform's checks must not depend on them. */
const NO_SETTINGS = { signingSecret: '', resultUrl: '', token: '', repository: '' };
function sampleTarget(platform, file, payload) {
    return platform.sampleTarget?.(file, payload) ?? platform.resolveTarget(undefined, file);
}
/**
 * What fit/validate need, with no credentials and a target like the one a send would use (throws InputError when
 * the platform cannot work without a real destination). `source` is the template text: its mentions may ping.
 */
function sampleContext(platform, file, payload, vars, source, warn) {
    return { target: sampleTarget(platform, file, payload), settings: NO_SETTINGS, headers: {}, vars, authoredText: `${source}\n${JSON.stringify(vars)}`, warn };
}

// EXTERNAL MODULE: ./node_modules/graphql/error/GraphQLError.js
var GraphQLError = __webpack_require__(5939);
// EXTERNAL MODULE: ./node_modules/graphql/language/parser.js
var parser = __webpack_require__(4929);
;// CONCATENATED MODULE: ./src/check/graphql-syntax.ts


/**
 * A GraphQL body's `query` checked by a real parser. The Linear module reads the operation with light checks (the
 * send path stays free of the `graphql` package); check mode can afford the parser and catches every syntax error.
 */
function graphqlSyntaxProblems(payload) {
    const query = typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? payload.query : undefined;
    if (typeof query !== 'string' || query.trim() === '')
        return [];
    try {
        (0,parser/* parse */.qg)(query, { noLocation: true });
        return [];
    }
    catch (error) {
        if (!(error instanceof GraphQLError.GraphQLError))
            throw error;
        const at = error.locations?.[0];
        const where = at ? ` (line ${at.line}, column ${at.column} of the query)` : '';
        return [{ path: 'query', message: `is not valid GraphQL: ${error.message.replace(/^Syntax Error: /, '')}${where}` }];
    }
}

;// CONCATENATED MODULE: ./src/check/literal-syntax.ts

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
            findings.push({ file, line: index + 1, column: (match.index ?? 0) + 1, severity: 'error', title: 'Dagster+ token syntax', message });
        }
        for (const match of line.matchAll(GITHUB_EXPRESSION)) {
            const message = `${match[0]} is not evaluated in a template and prints as written: pass such values through the vars input (<< vars.NAME >>)`;
            findings.push({ file, line: index + 1, column: (match.index ?? 0) + 1, severity: 'warning', title: 'GitHub expression syntax', message });
        }
    });
    return findings;
}

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
/** `file:line:col` as compilers print it. */
function findings_locationText(finding) {
    if (!finding.file)
        return '';
    if (!finding.line)
        return finding.file;
    return `${finding.file}:${finding.line}${finding.column ? `:${finding.column}` : ''}`;
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0 };
    for (const finding of findings)
        counts[finding.severity]++;
    return counts;
}
/** A template that does not parse or compile, at the error's position. */
function templateErrorFinding(error, title) {
    return { file: error.file, line: error.line ?? 1, column: error.column ?? 1, severity: 'error', title, message: ownMessage(error) };
}
/** A TemplateError's message without the `file:line:col: ` it starts with. */
function ownMessage(error) {
    const prefix = error.line ? `${error.file}:${error.line}${error.column ? `:${error.column}` : ''}: ` : `${error.file}: `;
    return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}

;// CONCATENATED MODULE: ./src/check/variables.ts




/** The runner values `github.*` is built from, as on a real run; check mode and the CLI render with them. */
const SAMPLE_ENV = {
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/data-platform',
    GITHUB_RUN_ID: '1234567890'
};
let githubKeys;
/** The keys `github` has on a real run, read from the derivation itself. */
function githubFields() {
    githubKeys ??= Object.keys((0,derive/* deriveValues */.g)((0,normalise/* normaliseAlert */.j)((0,tokens/* sampleAlert */.$Q)(tokens/* NOTIFICATION_TYPES */.I9[0].type)), SAMPLE_ENV).github);
    return githubKeys;
}
/**
 * Static checks of what a template reads. Unknown names are errors (at send time they render empty); a token that
 * none of the template's declared event types carries is a warning, since it always renders empty for them.
 * `vars.*` is not checked: vars come from the calling workflow.
 */
function variableFindings(file, variables, types) {
    const known = (0,event_scope/* knownVariableNames */.g)();
    const carried = types && new Set([...tokens/* GLOBAL_TOKENS */.Dn.map(token => token.name), ...types.flatMap(type => type.tokens)]);
    const findings = [];
    const seen = new Set();
    for (const ref of variables) {
        const place = `${ref.line}:${ref.column}`;
        if (seen.has(place))
            continue;
        seen.add(place);
        const [head, member] = ref.name.split('.');
        const at = { file, line: ref.line, column: ref.column };
        if (!known.has(head)) {
            findings.push({ ...at, severity: 'error', title: 'Unknown variable', message: unknownMessage(head, [...known]) });
        }
        else if (head === 'github' && member !== undefined && !githubFields().includes(member)) {
            const message = `github.${member} does not exist: github has ${githubFields().join(', ')}`;
            findings.push({ ...at, severity: 'error', title: 'Unknown variable', message });
        }
        else if (head === 'alert' && member !== undefined && !tokens/* TOKENS */.xZ.has(member)) {
            findings.push({ ...at, severity: 'error', title: 'Unknown variable', message: `alert.${unknownMessage(member, [...tokens/* TOKENS */.xZ.keys()])}` });
        }
        else if (types && carried && tokens/* TOKENS */.xZ.has(head) && !carried.has(head)) {
            const message = `${head} is never sent for ${types.map(type => type.type).join(', ')} alerts (the template's events), so it always renders empty`;
            findings.push({ ...at, severity: 'warning', title: 'Token not sent for these events', message });
        }
    }
    return findings;
}
function unknownMessage(name, known) {
    const guess = closest(name, known);
    const hint = guess ? `did you mean ${guess}? ` : '';
    return (`${name} is not a variable templates can read (it would render empty): ${hint}` +
        'use a Dagster+ token (alert_summary, run_status, …), a derived value (alert_status, status_color, …), vars.NAME or github.*');
}
/** The known name within two edits of `name`, if any (typos such as alert_sumary). */
function closest(name, known) {
    let best;
    for (const candidate of known) {
        const distance = editDistance(name, candidate);
        if (distance <= 2 && (!best || distance < best.distance))
            best = { name: candidate, distance };
    }
    return best?.name;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}

;// CONCATENATED MODULE: ./src/check/check-template.ts











/** The alerts each type is rendered with: a realistic one, and one whose free text is long and hostile. */
const VARIANTS = [
    { name: 'sample', alert: tokens/* sampleAlert */.$Q },
    { name: 'hostile', alert: tokens/* hostileAlert */.z$ }
];
/**
 * Parses and compiles a template once, checks what it reads, then renders, fits and validates it for the sample and
 * hostile alert of every event type it is for. Never throws for a problem in the template: it becomes a finding.
 */
function checkTemplate(source, options) {
    const file = source.file;
    let template;
    try {
        template = (0,compile/* compileTemplate */.G)(source);
    }
    catch (error) {
        if (!(error instanceof errors/* TemplateError */.$w))
            throw error;
        const named = templatePlatform(file, {});
        const platform = 'platform' in named ? named.platform.name : undefined;
        return { file, platform, results: [], findings: [templateErrorFinding(error, 'Invalid template')] };
    }
    const frontMatter = frontMatterLocator(source.text);
    const staticFindings = [];
    const types = eventTypes(template.frontMatter, file, frontMatter, staticFindings);
    const choice = templatePlatform(file, template.frontMatter);
    const platform = 'platform' in choice ? choice.platform : undefined;
    if ('problem' in choice) {
        const at = choice.inFrontMatter ? frontMatter.valueOf('platform') : { line: 1, column: 1 };
        staticFindings.push({ file, ...at, severity: 'error', title: 'Unknown platform', message: choice.problem });
    }
    staticFindings.push(...variableFindings(file, template.variables, template.frontMatter.events && types));
    staticFindings.push(...literalSyntaxFindings(file, source.text));
    const renders = renderAll(template, source, platform, types, checkVars(platform, options.vars));
    const findings = [...staticFindings, ...renders.findings];
    const staticError = staticFindings.some(finding => finding.severity === 'error');
    const results = types.map(type => ({ type: type.type, result: staticError ? 'error' : (renders.results.get(type.type) ?? 'error') }));
    return { file, platform: platform?.name, results, findings, preview: renders.preview };
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
    const closing = /^---[ \t]*$/.test(lines[0]) ? lines.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(line)) : -1;
    const keyLine = (key) => {
        const index = lines.findIndex((line, i) => i > 0 && i < closing && new RegExp(`^\\s*${key}\\s*:`).test(line));
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
/** The problems of all renders of one template, merged. */
class Occurrences {
    byKey = new Map();
    add(severity, title, problem, at, seen) {
        // The same problem differs only in numbers between alerts (lengths): one finding for all of them.
        const key = [severity, at.line, at.column, problem.path, problem.message.replace(/\d+/g, '#')].join('|');
        const occurrence = this.byKey.get(key) ?? { severity, title, problem, at, types: new Set(), variants: new Set(), unrendered: true };
        occurrence.types.add(seen.type);
        occurrence.variants.add(seen.variant);
        occurrence.unrendered &&= seen.unrendered === true;
        this.byKey.set(key, occurrence);
    }
    /**
     * A fit warning at a path the template never produces, for every type's sample alert, means a required value
     * (Jira summary, Linear title) is only ever the platform's placeholder: an error in the template.
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
        cached = { alert, derived: (0,derive/* deriveValues */.g)(alert, SAMPLE_ENV) };
        alertCache.set(key, cached);
    }
    return cached;
}
function renderAll(template, source, platform, types, vars) {
    const occurrences = new Occurrences();
    const rendered = new Set();
    let preview;
    const done = () => ({ findings: occurrences.findings(source.file, types), results: occurrences.results(types, rendered), preview });
    for (const type of types) {
        for (const variant of VARIANTS) {
            const seen = { type: type.type, variant: variant.name };
            const { alert, derived } = renderedAlert(variant, type.type);
            const scope = (0,event_scope/* templateScope */.N)(alert, derived, vars);
            let result;
            try {
                result = template.render(scope);
            }
            catch (error) {
                if (!(error instanceof errors/* TemplateError */.$w))
                    throw error;
                // A render error (a loop past the limits, a filter failing) repeats for every alert: report it once, stop.
                const at = { line: error.line ?? 1, column: error.column ?? 1 };
                occurrences.add('error', 'Template fails to render', { path: '', message: ownMessage(error) }, at, seen);
                return done();
            }
            if (!platform) {
                preview ??= { type: type.type, payload: result.value };
                continue;
            }
            const warnings = [];
            let ctx;
            try {
                ctx = sampleContext(platform, source.file, result.value, vars, source.text, problem => warnings.push(problem));
            }
            catch (error) {
                if (!(error instanceof errors/* InputError */.dz))
                    throw error;
                occurrences.add('error', `Cannot check ${platform.name} templates`, { path: '', message: error.message }, { line: 1, column: 1 }, seen);
                return done();
            }
            const payload = platform.fit(result.value, ctx);
            const problems = [...platform.validate(payload, ctx), ...(platform.name === 'linear' ? graphqlSyntaxProblems(payload) : [])];
            const { positions } = result;
            const name = displayName(platform);
            // Fitting hostile text (long, multi-line) is what fitting is for; only a realistic alert's changes deserve a warning.
            if (variant.name === 'sample') {
                for (const problem of warnings) {
                    const unrendered = !positions.has(problem.path);
                    occurrences.add('warning', `Adjusted for ${name}`, problem, positionOfPath(problem.path, positions), { ...seen, unrendered });
                }
            }
            for (const problem of problems)
                occurrences.add('error', `${name} would reject this`, problem, positionOfPath(problem.path, positions), seen);
            preview ??= { type: type.type, payload };
        }
        rendered.add(type.type);
    }
    return done();
}
function displayName(platform) {
    return platform.displayName ?? platform.name[0].toUpperCase() + platform.name.slice(1);
}
/** "every event type" or "event type JOB, TICK", and whether only the hostile alert showed it. */
function whenSeen(occurrence, types) {
    const seen = types.map(type => type.type).filter(type => occurrence.types.has(type));
    const which = seen.length === types.length && types.length > 1 ? 'every event type' : `event type ${seen.join(', ')}`;
    if (occurrence.variants.has('sample'))
        return which;
    return `${which}, with the hostile sample alert only: 10 KB stack trace, quotes, mentions, template syntax`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/check/find-templates.ts



/** Where check mode looks when the `template` input is empty. */
const DEFAULT_TEMPLATE_FOLDER = '.github/dagster-templates';
/** What a folder contributes: files a template can be written in. */
const TEMPLATE_EXTENSIONS = new Set(['.yml', '.yaml', '.json']);
/** Never searched: they hold no templates and can be huge. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);
/** Bounds the walk, so a glob over a huge repository cannot stall the check. */
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
    for (const pattern of patterns) {
        const exclude = pattern.startsWith('!');
        const wanted = find_templates_normalise(exclude ? pattern.slice(1) : pattern);
        if (escapesWorkspace(wanted)) {
            unmatched.push({ pattern, reason: 'is outside the workspace; templates must be files in the repository' });
            continue;
        }
        const matches = resolvePattern(wanted, root);
        if (exclude)
            matches.forEach(file => excluded.add(file));
        else if (matches.length > 0)
            matches.forEach(file => found.add(file));
        else
            unmatched.push({ pattern, reason: describeNoMatch(wanted, root) });
    }
    return { files: [...found].filter(file => !excluded.has(file)).sort(), unmatched };
}
function find_templates_normalise(pattern) {
    return pattern.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '');
}
function escapesWorkspace(pattern) {
    return external_node_path_.posix.isAbsolute(pattern) || /^[A-Za-z]:/.test(pattern) || pattern.split('/').includes('..');
}
function resolvePattern(pattern, root) {
    if (GLOB_CHARACTERS.test(pattern))
        return matchGlob(pattern, root);
    const kind = entryKind(external_node_path_.join(root, pattern));
    if (kind === 'file')
        return [pattern];
    if (kind === 'folder')
        return walk(root, pattern).filter(file => TEMPLATE_EXTENSIONS.has(external_node_path_.posix.extname(file).toLowerCase()));
    return (0,load/* builtinTemplateNames */.e)().includes(pattern) ? [pattern] : [];
}
function describeNoMatch(pattern, root) {
    if (GLOB_CHARACTERS.test(pattern))
        return 'matches no file in the workspace';
    if (entryKind(external_node_path_.join(root, pattern)) === 'folder')
        return 'is a folder with no .yml, .yaml or .json file';
    return `is neither a file or folder in the workspace nor a built-in template (${(0,load/* builtinTemplateNames */.e)().join(', ')})`;
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
        return [];
    const regex = globToRegExp(pattern);
    return walk(root, base).filter(file => regex.test(file));
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
            const body = glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
            source += `[${body}]`;
            i = end;
        }
        else
            source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${source}${')'.repeat(braces)}$`);
}
/** Workspace-relative paths of the files under `folder` ('' for the root), symlinked folders not followed. */
function walk(root, folder) {
    const files = [];
    const pending = [folder];
    let seen = 0;
    while (pending.length > 0 && seen < MAX_ENTRIES) {
        const current = pending.pop();
        for (const entry of readEntries(external_node_path_.join(root, current))) {
            if (++seen > MAX_ENTRIES)
                break;
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
    return files;
}
function readEntries(folder) {
    try {
        return (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true });
    }
    catch {
        return [];
    }
}

// EXTERNAL MODULE: ./src/summary.ts
var summary = __webpack_require__(8855);
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
    const counts = error + warning === 0 ? 'ok' : [error && plural(error, 'error'), warning && plural(warning, 'warning')].filter(Boolean).join(', ');
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
    return [...problems, ...(problems.length > 0 ? [''] : []), ...templates.map(templateLine), totalsLine(templates.length, findings)].join('\n');
}
/** The job summary: a template × event type table, every problem, and a rendered preview per template. */
function checkSummary(templates, findings) {
    const parts = ['### Dagster Alert Relay: template check', '', totalsLine(templates.length, findings), ''];
    if (templates.length > 0)
        parts.push(resultTable(templates), '');
    if (findings.length > 0)
        parts.push('**Problems**', '', ...findings.map(problemItem), '');
    let size = parts.join('\n').length;
    let left = 0;
    for (const report of templates) {
        const preview = previewBlock(report);
        if (!preview)
            continue;
        if (size + preview.length > SUMMARY_BUDGET) {
            left++;
            continue;
        }
        parts.push(preview);
        size += preview.length;
    }
    if (left > 0)
        parts.push(`_${plural(left, 'preview')} left out to keep the summary within GitHub's size limit._`, '');
    return parts.join('\n');
}
function resultTable(templates) {
    const checked = new Set(templates.flatMap(report => report.results.map(result => result.type)));
    const types = tokens/* NOTIFICATION_TYPES */.I9.map(type => type.type).filter(type => checked.has(type));
    const header = `| Template | Platform | ${types.join(' | ')} |`;
    const rule = `|---|---|${types.map(() => ':-:|').join('')}`;
    const rows = templates.map(report => {
        const byType = new Map(report.results.map(result => [result.type, result.result]));
        // A template that does not compile has no per-type results: every column fails.
        const cell = (type) => (report.results.length === 0 ? MARKS.error : byType.has(type) ? MARKS[byType.get(type)] : '·');
        return `| ${code(report.file)} | ${report.platform ?? '—'} | ${types.map(cell).join(' | ')} |`;
    });
    return [header, rule, ...rows, '', '✅ ok · ⚠️ warnings · ❌ errors · `·` not one of the template\'s events'].join('\n');
}
function problemItem(finding) {
    const where = findings_locationText(finding);
    return `- ${MARKS[finding.severity]} ${where ? `${code(where)} ` : ''}**${escapeHtml(finding.title)}**: ${escapeHtml(finding.message)}`;
}
function previewBlock(report) {
    if (!report.preview)
        return undefined;
    let json = JSON.stringify(report.preview.payload, null, 2);
    if (json.length > PREVIEW_MAX)
        json = `${json.slice(0, PREVIEW_MAX)}\n… (${json.length - PREVIEW_MAX} more characters)`;
    const title = `${escapeHtml(report.file)}: ${report.preview.type} sample alert`;
    return [`<details><summary>${title}</summary>`, '', (0,summary/* fenced */.OF)('json', json), '', '</details>', ''].join('\n');
}
function code(text) {
    return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}
/** Messages can quote template or alert text (`<@&123>`, `</details>`): shown as text, never as HTML. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}

;// CONCATENATED MODULE: ./src/check/run.ts






/** `mode: check`: finds the templates, checks each, and reports. Sends nothing, reads no secret. */
function runCheck(options) {
    const found = findTemplates(templatePatterns(options.template), options.workspace);
    const findings = found.unmatched.map(({ pattern, reason }) => ({
        severity: 'error',
        title: 'No template found',
        message: `template "${pattern}" ${reason}`
    }));
    const templates = [];
    for (const ref of found.files) {
        try {
            templates.push(checkTemplate((0,load/* loadTemplate */.P)(ref, options.workspace), { vars: options.vars }));
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.dz))
                throw error;
            findings.push({ file: ref, severity: 'error', title: 'Template not readable', message: error.message });
        }
    }
    findings.push(...templates.flatMap(report => report.findings));
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


/***/ })

};

//# sourceMappingURL=502.index.js.map