#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8868:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ templateErrorFinding),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   Uj: () => (/* binding */ positionOfPath),
/* harmony export */   oQ: () => (/* binding */ ownMessage)
/* harmony export */ });
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


/***/ }),

/***/ 2691:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Z4: () => (/* binding */ checkSummary),
  mC: () => (/* binding */ findingLine),
  zp: () => (/* binding */ templateLine),
  RR: () => (/* binding */ terminalReport),
  sX: () => (/* binding */ totalsLine)
});

// EXTERNAL MODULE: ./src/event/tokens.ts + 5 modules
var tokens = __nccwpck_require__(2396);
;// CONCATENATED MODULE: ./src/pipeline/findings/finding.ts
/** `file:line:col` as compilers print it. */
function locationText(finding) {
    if (!finding.file)
        return '';
    if (!finding.line)
        return finding.file;
    return `${finding.file}:${finding.line}${finding.column ? `:${finding.column}` : ''}`;
}

// EXTERNAL MODULE: ./src/check/findings.ts
var check_findings = __nccwpck_require__(8868);
;// CONCATENATED MODULE: ./src/output/line-breaks.ts
/**
 * Line ends and control characters in text from outside (alert text, a service's reply, a file name). Each is a
 * line end to something that reads the log: CR, LF and CRLF to the runner, VT, FF, NEL (U+0085), LS (U+2028)
 * and PS (U+2029) to Unicode-aware readers; other C0 controls, DEL and C1 controls (ESC, CSI, NUL, backspace)
 * are read by terminals (Unicode's Cc: U+0000–U+001F and U+007F–U+009F, written out because a Unicode property class
 * costs a millisecond of start-up to compile). The patterns match one character at a time, so replacing them is
 * linear in the text.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const BREAKS_AND_CONTROLS = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]+/g;
const LINE_BREAK = /\r\n?|[\n\v\f\u0085\u2028\u2029]/g;
/** Controls other than tab and the line ends above. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]/g;
/** The text on one line: each run of line ends and controls becomes one space; tabs stay. */
function oneLine(text) {
    return text.replace(BREAKS_AND_CONTROLS, ' ');
}
/** The text with every kind of line end written as `\n` and other controls (tabs excepted) as spaces. */
function plainLines(text) {
    return text.replace(LINE_BREAK, '\n').replace(CONTROL, ' ');
}

;// CONCATENATED MODULE: ./src/output/summary-markdown.ts

/**
 * Job summary Markdown in which no value can become markup. The summary is written as `safeMarkdown` templates: the
 * template's own text is the program's, every value put into it is text from outside (alert text, a reply, a
 * file name) and is redacted and escaped when the output choke point renders it. A value is shown as text
 * (`safeMarkdown\`| Status | ${status} |\``), as code (`code`), as a link only when it is an http(s) URL (`link`), or
 * in a fenced block it cannot close (`fenced`).
 */
class Markdown {
    pieces;
    /** Only this module's builders hold `BUILT`, so text from outside cannot be made Markdown. */
    constructor(built, pieces) {
        this.pieces = pieces;
        if (built !== BUILT)
            throw new Error('Markdown is built with the safeMarkdown tag');
    }
}
const BUILT = Symbol('built by summary-markdown');
const LINE_END = built([{ kind: 'markdown', text: '\n' }]);
function built(pieces) {
    return new Markdown(BUILT, pieces);
}
/** The tag for summary templates: the literal text is Markdown, every `${value}` is escaped as text. */
function safeMarkdown(literals, ...values) {
    const pieces = [];
    literals.forEach((literal, i) => {
        pieces.push({ kind: 'markdown', text: literal });
        if (i < values.length)
            pieces.push(...piecesOf(values[i]));
    });
    return built(pieces);
}
/** Parts joined by a separator (a line end, by default). */
function joined(parts, separator = LINE_END) {
    return built(parts.flatMap((part, i) => [...(i > 0 ? separator.pieces : []), ...piecesOf(part)]));
}
/** Inline code: one line, backticks shown as `'`, pipes escaped for table cells. */
function code(text) {
    return built([{ kind: 'code', text }]);
}
/** A link to the URL when it is one line and an http(s) URL; otherwise the value as text. */
function summary_markdown_link(url) {
    return built([{ kind: 'link', url }]);
}
/** A fenced block longer than any backtick run in the text, so the text cannot close it. */
function fenced(language, text) {
    return built([{ kind: 'fenced', language, text }]);
}
/** A collapsed block: the title as text, the body in a fenced block. */
function details(title, language, text) {
    return safeMarkdown `<details><summary>${title}</summary>\n\n${fenced(language, text)}\n\n</details>\n`;
}
/** The Markdown text, each value redacted by `redact` before it is escaped. */
function renderMarkdown(document, redact) {
    return document.pieces.map(piece => renderPiece(piece, redact)).join('');
}
function piecesOf(value) {
    return value instanceof Markdown ? value.pieces : [{ kind: 'text', text: String(value) }];
}
function renderPiece(piece, redact) {
    switch (piece.kind) {
        case 'markdown':
            return piece.text;
        case 'text':
            return escapeText(oneLine(redact(piece.text)));
        case 'code':
            return codeSpan(oneLine(redact(piece.text)));
        case 'link':
            return linkTo(oneLine(redact(piece.url)));
        case 'fenced':
            return fence(piece.language, redact(piece.text));
    }
}
/**
 * Characters that start markup (HTML tags and entities, links and images, code spans, table cells, backslash
 * escapes), as character references: these read as the same character in Markdown and in HTML blocks alike.
 */
const MARKUP = /[&<>|`[\]\\]/g;
const REFERENCES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
function escapeText(text) {
    return text.replace(MARKUP, char => REFERENCES[char] ?? `&#${char.charCodeAt(0)};`);
}
function codeSpan(text) {
    return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}
/** Characters a URL may keep that would end a link destination or a table cell, percent-encoded. */
const DESTINATION_BREAKERS = /[()<>|`'"[\]\\\s]/g;
function linkTo(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return escapeText(url);
    }
    if (/\s/.test(url) || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:'))
        return escapeText(url);
    const destination = parsed.href.replace(DESTINATION_BREAKERS, char => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `[${escapeText(parsed.href)}](${destination})`;
}
function fence(language, text) {
    let longest = 2;
    for (const run of text.matchAll(/`+/g))
        longest = Math.max(longest, run[0].length);
    const marks = '`'.repeat(longest + 1);
    return `${marks}${language}\n${text}\n${marks}`;
}

;// CONCATENATED MODULE: ./src/check/report.ts




/** GitHub refuses job summaries over 1 MiB; previews stop well before that. */
const SUMMARY_BUDGET = 800_000;
const PREVIEW_MAX = 20_000;
const MARKS = { ok: '✅', warning: '⚠️', error: '❌' };
/** One line per template: its outcome, platform and counts. */
function templateLine(report) {
    const { error, warning } = (0,check_findings/* countBySeverity */.Ot)(report.findings);
    const mark = error > 0 ? MARKS.error : warning > 0 ? MARKS.warning : MARKS.ok;
    const types = report.results.length > 0 ? `, ${plural(report.results.length, 'event type')}` : '';
    const counts = error + warning === 0
        ? 'ok'
        : [error && plural(error, 'error'), warning && plural(warning, 'warning')].filter(Boolean).join(', ');
    return `${mark} ${report.file} (${report.platform ?? 'platform unknown'}${types}): ${counts}`;
}
/** The verdict in one line: what was checked and how many problems. */
function totalsLine(templates, findings) {
    const { error, warning } = (0,check_findings/* countBySeverity */.Ot)(findings);
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
    const heading = safeMarkdown `### Dagster Alert Relay: template check\n\n${totalsLine(templates.length, findings)}\n`;
    const parts = [heading];
    if (templates.length > 0)
        parts.push(safeMarkdown `${resultTable(templates)}\n`);
    if (findings.length > 0)
        parts.push(safeMarkdown `**Problems**\n\n${joined(findings.map(problemItem))}\n`);
    let size = sizeOf(joined(parts));
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
        parts.push(safeMarkdown `_${plural(left, 'preview')} ${LEFT_OUT}._\n`);
    return joined(parts);
}
const LEFT_OUT = "left out to keep the summary within GitHub's size limit";
const CELL_SEPARATOR = safeMarkdown ` | `;
/** Characters the summary takes, before redaction (which only shortens it). */
function sizeOf(part) {
    return renderMarkdown(part, text => text).length;
}
function resultTable(templates) {
    const checked = new Set(templates.flatMap(report => report.results.map(result => result.type)));
    const types = tokens/* NOTIFICATION_TYPES */.I9.map(type => type.type).filter(type => checked.has(type));
    const header = safeMarkdown `| Template | Platform | ${joined(types, CELL_SEPARATOR)} |`;
    const rule = safeMarkdown `|---|---|${joined(types.map(() => CENTRED), safeMarkdown ``)}`;
    const rows = templates.map(report => {
        const byType = new Map(report.results.map(result => [result.type, result.result]));
        // A template that does not compile has no per-type results: every column fails.
        const cell = (type) => report.results.length === 0 ? MARKS.error : byType.has(type) ? MARKS[byType.get(type)] : '·';
        const cells = joined(types.map(cell), CELL_SEPARATOR);
        return safeMarkdown `| ${code(report.file)} | ${report.platform ?? '—'} | ${cells} |`;
    });
    return joined([...[header, rule], ...rows, LEGEND]);
}
const CENTRED = safeMarkdown `:-:|`;
const LEGEND = safeMarkdown `\n✅ ok · ⚠️ warnings · ❌ errors · \`·\` not one of the template's events`;
function problemItem(finding) {
    const where = locationText(finding);
    return safeMarkdown `- ${MARKS[finding.severity]} ${where ? safeMarkdown `${code(where)} ` : ''}**${finding.title}**: ${finding.message}`;
}
/** The sample alert's payload, then (one message per problem) the message in each problem state. */
function previewBlock(report) {
    if (!report.preview)
        return undefined;
    const { type, payload, states = [] } = report.preview;
    const title = `${report.file}: ${type} sample alert`;
    return joined([
        details(title, 'json', previewJson(payload)),
        ...states.map(state => details(`${title}, as one message per problem (repeat: comment, resolve: close): ${state.caption}`, 'json', previewJson(state.payload)))
    ]);
}
function previewJson(payload) {
    const json = JSON.stringify(payload, null, 2);
    return json.length > PREVIEW_MAX
        ? `${json.slice(0, PREVIEW_MAX)}\n… (${json.length - PREVIEW_MAX} more characters)`
        : json;
}


/***/ }),

/***/ 7923:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ chunkModule)
/* harmony export */ });
function chunkModule(what, importModule) {
    let loaded;
    return {
        load: async () => {
            loaded ??= await importModule();
        },
        get: () => {
            if (loaded === undefined)
                throw new Error(`internal error: ${what} was used before it was loaded`);
            return loaded;
        }
    };
}


/***/ }),

/***/ 8088:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  z: () => (/* binding */ check)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/check/report.ts + 3 modules
var report = __nccwpck_require__(2691);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/template/load.ts + 1 modules
var load = __nccwpck_require__(6923);
// EXTERNAL MODULE: ./src/event/tokens.ts + 5 modules
var tokens = __nccwpck_require__(2396);
// EXTERNAL MODULE: ./src/pipeline/findings/template-findings.ts + 2 modules
var template_findings = __nccwpck_require__(5935);
// EXTERNAL MODULE: ./src/pipeline/platform-choice.ts
var platform_choice = __nccwpck_require__(2643);
// EXTERNAL MODULE: ./src/pipeline/sample-destination.ts
var sample_destination = __nccwpck_require__(5351);
// EXTERNAL MODULE: ./src/template/compile.ts + 2 modules
var compile = __nccwpck_require__(6399);
// EXTERNAL MODULE: ./src/template/document.ts
var template_document = __nccwpck_require__(1689);
// EXTERNAL MODULE: ./src/check/findings.ts
var check_findings = __nccwpck_require__(8868);
// EXTERNAL MODULE: ./src/template/render-limits.ts
var render_limits = __nccwpck_require__(981);
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
var derive = __nccwpck_require__(3837);
// EXTERNAL MODULE: ./src/event/normalise.ts
var normalise = __nccwpck_require__(3002);
// EXTERNAL MODULE: ./src/event/scope.ts
var event_scope = __nccwpck_require__(4592);
// EXTERNAL MODULE: ./src/pipeline/findings/variables.ts
var variables = __nccwpck_require__(4684);
// EXTERNAL MODULE: ./src/pipeline/payload.ts
var pipeline_payload = __nccwpck_require__(1600);
// EXTERNAL MODULE: ./src/pipeline/problem-states.ts + 2 modules
var problem_states = __nccwpck_require__(4676);
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
    const destination = platform && (0,sample_destination/* sampleDestination */.Ny)(platform, templateName);
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
                    occurrences.add('error', title, { path: '', message: (0,check_findings/* ownMessage */.oQ)(error) }, at, seen);
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
                    occurrences.add('warning', `Adjusted for ${name}`, problem, (0,check_findings/* positionOfPath */.Uj)(problem.path, positions), {
                        ...seen,
                        unrendered
                    });
                }
            }
            // A required key reported missing because it is misspelt: the unknown key's finding already says so, at its line.
            for (const problem of problems.filter(problem => !meant.has(problem.path.replace(/\[\d+\]/g, ''))))
                occurrences.add('error', `${name} would reject this`, problem, (0,check_findings/* positionOfPath */.Uj)(problem.path, positions), seen);
            // The message as its problem's message (repeat: comment, resolve: close), once the message itself is fine: every
            // state for the preview, the longest for the hostile alert (where limits bite), within check mode's time.
            const only = preview === undefined ? undefined : variant.name === 'hostile' ? problem_states/* LONGEST_STATE */.d : 'none';
            const states = (problems.length === 0 &&
                platform &&
                only !== 'none' &&
                (0,problem_states/* problemStates */.A)(platform, produced, alert, derived, only)) ||
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
        return { file, platform, results: [], findings: [(0,check_findings/* templateErrorFinding */.An)(error, 'Invalid template')] };
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
    const renders = renderAll(template, source, platform, templateName, types, (0,sample_destination/* withSampleVars */.FU)(platform, options.vars), shared.meant, share);
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
    const rest = (0,check_findings/* countBySeverity */.Ot)(findings.slice(most));
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
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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

// EXTERNAL MODULE: ./src/pipeline/findings/unread-vars.ts
var unread_vars = __nccwpck_require__(8205);
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
    const { error, warning } = (0,check_findings/* countBySeverity */.Ot)(findings);
    return {
        templates,
        findings,
        errors: error,
        warnings: warning,
        lines: [...templates.map(report/* templateLine */.zp), (0,report/* totalsLine */.sX)(templates.length, findings)],
        summary: (0,report/* checkSummary */.Z4)(templates, findings)
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

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __nccwpck_require__(3567);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __nccwpck_require__(776);
;// CONCATENATED MODULE: ./src/cli/check.ts





/** `check`: the action's mode: check, on the command line. */
const check = {
    help: `Usage: ${command/* COMMAND */.Wr} check [path|glob|folder …] [--vars <yaml>]

Checks every template (default: .github/dagster-templates) against sample and hostile alerts of each of its
event types, as the action's mode: check does. Prints file:line:col: severity: message; exit code 1 on errors.
  --vars  template variables as YAML/JSON, laid over the sample values of required ones`,
    run(args, io) {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args,
            options: { vars: { type: 'string' } },
            allowPositionals: true,
            strict: true
        });
        const result = runCheck({ template: positionals.join('\n'), workspace: io.cwd, vars: (0,options/* readVars */.nK)(values.vars) });
        io.out((0,report/* terminalReport */.RR)(result.templates, result.findings));
        return result.errors > 0 ? command/* EXIT */.dc.failed : command/* EXIT */.dc.ok;
    }
};


/***/ }),

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wr: () => (/* binding */ COMMAND),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/** What every CLI command shares: the outside world it touches, its exit codes and its usage error. */
const COMMAND = 'dagster-alert-relay';
/** Exit codes: 0 fine, 1 the template or payload has errors, 2 the command line is wrong. */
const EXIT = { ok: 0, failed: 1, usage: 2 };
/** A wrong command line: printed with the command's help, exit code 2. */
class UsageError extends Error {
}


/***/ }),

/***/ 4739:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ dispatchBody)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _event_tokens_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2396);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3567);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(776);




const GITHUB_API = 'https://api.github.com';
/** The Dagster+ deployment environment variable the webhook header reads the token from. */
const TOKEN_VARIABLE = 'DAGSTER_ALERT_RELAY_TOKEN';
/** `dispatch-body`: the Dagster+ webhook (URL, headers, body) that starts a repository_dispatch. */
const dispatchBody = {
    help: `Usage: ${_command_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMAND */ .Wr} dispatch-body [--repo owner/name] [--types JOB,ASSET_HEALTH] [--event-type dagster-alert] [--body-only]

Prints what to enter in a Dagster+ alert policy webhook so it starts a repository_dispatch workflow: the URL,
the headers and the JSON body with every token of the chosen notification types nested under
client_payload.alert (GitHub allows at most 10 top-level client_payload keys). The Authorization header reads
the token from the Dagster+ deployment environment variable ${TOKEN_VARIABLE} ({{env.${TOKEN_VARIABLE}}}), so
it is never written into the webhook in plain text.
  --repo        the repository whose workflow runs (default OWNER/REPO)
  --types       notification types, comma separated (default: all)
  --event-type  the repository_dispatch type the workflow listens for (default dagster-alert, at most ${_options_js__WEBPACK_IMPORTED_MODULE_3__/* .EVENT_TYPE_MAX */ .b3} characters)
  --body-only   leave out the URL and headers (stdout is the JSON body either way)`,
    run(args, io) {
        const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args,
            options: {
                repo: { type: 'string', default: 'OWNER/REPO' },
                types: { type: 'string' },
                'event-type': { type: 'string', default: 'dagster-alert' },
                'body-only': { type: 'boolean', default: false }
            },
            strict: true
        });
        const repo = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .readRepo */ .f7)(values.repo);
        const eventType = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .readEventType */ .Jl)(values['event-type']);
        const body = { event_type: eventType, client_payload: { alert: dispatchTokens(values.types) } };
        const json = JSON.stringify(body, null, 2);
        // The request line and headers go to stderr, so stdout is the body alone: `dispatch-body > body.json` posts as is.
        if (!values['body-only']) {
            io.err([
                `POST ${GITHUB_API}/repos/${repo}/dispatches`,
                `Authorization: Bearer {{env.${TOKEN_VARIABLE}}}`,
                'Accept: application/vnd.github+json',
                'X-GitHub-Api-Version: 2022-11-28',
                'Content-Type: application/json',
                '',
                `Create ${TOKEN_VARIABLE} in Dagster+ as a deployment environment variable (a secret), holding a`,
                `fine-grained GitHub token for ${repo} alone with Contents: Read and write (what a repository_dispatch`,
                'needs). Such tokens expire: renew it before its date; an expired one shows as a 401 in the webhook log of',
                'Dagster+, and no workflow runs.',
                ''
            ].join('\n'));
        }
        io.out(json);
        return _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok;
    }
};
/** `{token: "{{token}}"}` for the global tokens and every token of the chosen types, in catalogue order. */
function dispatchTokens(types) {
    const chosen = types
        ? types.split(',').map(name => {
            const found = (0,_event_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .notificationType */ .IO)(name);
            if (!found)
                throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--types: '${name.trim()}' is not a notification type; use ${_event_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .NOTIFICATION_TYPES */ .I9.map(t => t.type).join(', ')}`);
            return found;
        })
        : _event_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .NOTIFICATION_TYPES */ .I9;
    const wanted = new Set([..._event_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .GLOBAL_TOKENS */ .Dn.map(token => token.name), ...chosen.flatMap(type => type.tokens)]);
    return Object.fromEntries([..._event_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .TOKENS */ .xZ.keys()].filter(name => wanted.has(name)).map(name => [name, `{{${name}}}`]));
}


/***/ }),

/***/ 486:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runCli)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/* harmony import */ var _platforms_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3735);
/* harmony import */ var _yaml_parser_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2186);
/* harmony import */ var _template_liquid_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(584);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(8088);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(3567);
/* harmony import */ var _dispatch_body_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(4739);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(5301);
/* harmony import */ var _sample_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(3194);











const COMMANDS = new Map([
    ['render', _render_js__WEBPACK_IMPORTED_MODULE_9__/* .render */ .X],
    ['check', _check_js__WEBPACK_IMPORTED_MODULE_6__/* .check */ .z],
    ['dispatch-body', _dispatch_body_js__WEBPACK_IMPORTED_MODULE_8__/* .dispatchBody */ .L],
    ['sample', _sample_js__WEBPACK_IMPORTED_MODULE_10__/* .sample */ .X]
]);
const USAGE = `Usage: ${_command_js__WEBPACK_IMPORTED_MODULE_7__/* .COMMAND */ .Wr} <command> [options]

Commands:
  render         render a template for an alert and print the payload the action would send
  check          check templates like the action's mode: check (no request, no secret)
  dispatch-body  print the Dagster+ webhook that starts a repository_dispatch: URL and headers (stderr), JSON body (stdout)
  sample         print a filled repository_dispatch body of one alert type, to post as a test alert

Run '${_command_js__WEBPACK_IMPORTED_MODULE_7__/* .COMMAND */ .Wr} <command> --help' for a command's options.`;
/** Runs one command line; returns the exit code. */
function runCli(args, io) {
    const [command, ...rest] = args;
    const chosen = command === undefined ? undefined : COMMANDS.get(command);
    try {
        if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
            io.out(USAGE);
            return command === undefined ? _command_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.usage : _command_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.ok;
        }
        if (!chosen)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`unknown command '${command}'`);
        if (rest.includes('--help') || rest.includes('-h')) {
            io.out(chosen.help);
            return _command_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.ok;
        }
        return chosen.run(rest, io);
    }
    catch (error) {
        if (error instanceof _command_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb || isParseArgsError(error)) {
            io.err(`${_command_js__WEBPACK_IMPORTED_MODULE_7__/* .COMMAND */ .Wr}: ${error.message}\n${chosen ? chosen.help : USAGE}`);
            return _command_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.usage;
        }
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz) {
            io.err(`error: ${error.message}`);
            return _command_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.failed;
        }
        throw error;
    }
}
/** node:util parseArgs rejects unknown options and missing values with ERR_PARSE_ARGS_* errors (read by code, not class). */
function isParseArgsError(error) {
    const code = typeof error === 'object' && error !== null ? error.code : undefined;
    return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
/** True when this file is the program being run (also through npm's bin symlink), not imported by a test. */
function isMain() {
    const entry = process.argv[1];
    if (!entry)
        return false;
    try {
        return (0,node_url__WEBPACK_IMPORTED_MODULE_1__.pathToFileURL)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(entry)).href === import.meta.url;
    }
    catch {
        return false;
    }
}
if (isMain()) {
    const io = {
        cwd: process.cwd(),
        out: text => process.stdout.write(`${text}\n`),
        err: text => process.stderr.write(`${text}\n`),
        readInput: file => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file === '-' ? 0 : file, 'utf8')
    };
    // the commands read templates for any platform, in YAML
    await Promise.all([(0,_platforms_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .loadAllPlatforms */ .q8)(), (0,_yaml_parser_js__WEBPACK_IMPORTED_MODULE_4__/* .loadYamlParser */ .D)(), (0,_template_liquid_js__WEBPACK_IMPORTED_MODULE_5__/* .loadLiquidEngine */ .n)()]);
    process.exitCode = runCli(process.argv.slice(2), io);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 776:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jl: () => (/* binding */ readEventType),
/* harmony export */   b3: () => (/* binding */ EVENT_TYPE_MAX),
/* harmony export */   f7: () => (/* binding */ readRepo),
/* harmony export */   nK: () => (/* binding */ readVars),
/* harmony export */   rI: () => (/* binding */ sampleType)
/* harmony export */ });
/* harmony import */ var _event_tokens_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2396);
/* harmony import */ var _structured_text_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7710);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3567);
/** Option values more than one command reads, checked; a wrong one is a UsageError naming the option. */



const EVENT_TYPE_MAX = 100;
/** --vars: template variables as YAML or JSON. */
function readVars(text) {
    if (!text)
        return {};
    const hint = 'Write one variable a line, e.g. \'project: ENG\', or JSON such as \'{"team_id": "…"}\'';
    const vars = (0,_structured_text_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMappingText */ .Zi)(text, { input: 'vars', place: '--vars', hint, allowEmpty: true });
    return JSON.parse(JSON.stringify(vars));
}
/** --type: the notification type named (default: the first of `events` that is one, else JOB). */
function sampleType(type, events) {
    const wanted = type ?? events?.find(event => (0,_event_tokens_js__WEBPACK_IMPORTED_MODULE_0__/* .notificationType */ .IO)(event)) ?? 'JOB';
    const found = (0,_event_tokens_js__WEBPACK_IMPORTED_MODULE_0__/* .notificationType */ .IO)(wanted);
    if (!found)
        throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--type ${wanted} is not a notification type; use one of ${_event_tokens_js__WEBPACK_IMPORTED_MODULE_0__/* .NOTIFICATION_TYPES */ .I9.map(t => t.type).join(', ')}`);
    return found.type;
}
/** --event-type: a repository_dispatch type within GitHub's length limit. */
function readEventType(eventType) {
    if (eventType.trim() === '' || eventType.length > EVENT_TYPE_MAX) {
        throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--event-type must be 1 to ${EVENT_TYPE_MAX} characters (GitHub's limit), got ${eventType.length}`);
    }
    return eventType;
}
/** --repo: owner/name. */
function readRepo(repo) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(repo))
        throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--repo must be owner/name, got '${repo}'`);
    return repo;
}


/***/ }),

/***/ 5301:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  X: () => (/* binding */ render)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/check/findings.ts
var check_findings = __nccwpck_require__(8868);
// EXTERNAL MODULE: ./src/check/report.ts + 3 modules
var report = __nccwpck_require__(2691);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/event/derive.ts
var derive = __nccwpck_require__(3837);
// EXTERNAL MODULE: ./src/event/normalise.ts
var normalise = __nccwpck_require__(3002);
// EXTERNAL MODULE: ./src/event/scope.ts
var event_scope = __nccwpck_require__(4592);
// EXTERNAL MODULE: ./src/data-limits.ts
var data_limits = __nccwpck_require__(5092);
// EXTERNAL MODULE: ./src/structured-text.ts
var structured_text = __nccwpck_require__(7710);
// EXTERNAL MODULE: ./src/event/tokens.ts + 5 modules
var tokens = __nccwpck_require__(2396);
;// CONCATENATED MODULE: ./src/event/source.ts





const EVENT_INPUT = "the 'event' input";
const MAPPING_HINT = 'Write the tokens as a mapping: {"alert_summary": "…", "run_status": "FAILURE"} or "alert_summary: …" lines';
const HOW_TO_PROVIDE = "Provide alert data in one of three ways: the 'event' input (the tokens as JSON or YAML), " +
    'a repository_dispatch event with the tokens in client_payload.alert (the Dagster+ webhook body), ' +
    "or a workflow_dispatch event with the tokens as inputs (or an 'alert' input holding them as JSON)";
/** The alert tokens from the first source that has any: the `event` input, then the dispatch event. */
function readAlertData(sources) {
    const found = findAlertData(sources, parseMapping);
    if (!found)
        throw new errors/* InputError */.dz('event', `no alert data found: ${describeAbsence(sources)}`, HOW_TO_PROVIDE);
    if (!hasTokenValue(found.data)) {
        const problem = `no alert data found: ${found.origin} has no Dagster+ token with a value`;
        throw new errors/* InputError */.dz('event', `${problem} (empty values and unreplaced {{token}} placeholders count as missing)`, HOW_TO_PROVIDE);
    }
    return found;
}
/**
 * For the edge before readAlertData: loads the YAML parser when a text it will read (the event input, an `alert`
 * given as text) is not JSON.
 */
async function loadAlertDataParser(sources) {
    const texts = [];
    const jsonMapping = text => {
        texts.push(text);
        try {
            const value = JSON.parse(text);
            return isMapping(value) ? value : {};
        }
        catch {
            return {};
        }
    };
    try {
        findAlertData(sources, jsonMapping);
    }
    catch {
        // Bad data: readAlertData meets the same problem and reports it.
    }
    await loadYamlParserFor(texts);
}
function findAlertData({ eventInput, eventName, eventPayload }, parse) {
    if (eventInput.trim() !== '') {
        const root = parse(eventInput, EVENT_INPUT);
        // The whole dispatch body or event file pasted in: its tokens live in client_payload.
        const tokens = (0,structured_text/* isMapping */.pi)(root.client_payload) ? root.client_payload : root;
        return { data: mergeNestedAlert(tokens, EVENT_INPUT, parse), origin: EVENT_INPUT };
    }
    const payload = (0,structured_text/* isMapping */.pi)(eventPayload) ? eventPayload : {};
    // The event file is parsed whole (JSON.parse does not recurse); only the part read is held to the limits.
    if (eventName === 'repository_dispatch' && (0,structured_text/* isMapping */.pi)(payload.client_payload)) {
        const origin = 'repository_dispatch client_payload';
        (0,data_limits/* checkDataShape */.GK)(payload.client_payload, { input: 'event', place: `the alert data in the ${origin}` });
        return { data: mergeNestedAlert(payload.client_payload, origin, parse), origin };
    }
    if (eventName === 'workflow_dispatch' && (0,structured_text/* isMapping */.pi)(payload.inputs)) {
        const origin = 'workflow_dispatch inputs';
        (0,data_limits/* checkDataShape */.GK)(payload.inputs, { input: 'event', place: `the alert data in the ${origin}` });
        return { data: mergeNestedAlert(payload.inputs, origin, parse), origin };
    }
    return undefined;
}
/** Top-level tokens merged with those under `alert` (a mapping, or mapping text); present `alert` values win. */
function mergeNestedAlert(tokens, origin, parse) {
    const { alert, ...topLevel } = tokens;
    if ((0,normalise/* isMissingValue */.y)(alert))
        return topLevel;
    const where = `'alert' in ${origin}`;
    const nested = typeof alert === 'string' ? parse(alert, where) : alert;
    if (!(0,structured_text/* isMapping */.pi)(nested))
        throw new errors/* InputError */.dz('event', `${where} must be a mapping of names to values, but it is ${Array.isArray(nested) ? 'a list' : `a ${typeof nested}`}`, MAPPING_HINT);
    const present = Object.entries(nested).filter(([, value]) => !(0,normalise/* isMissingValue */.y)(value));
    return { ...topLevel, ...Object.fromEntries(present) };
}
function parseMapping(text, where) {
    return (0,structured_text/* parseMappingText */.Zi)(text, {
        input: 'event',
        place: where,
        hint: MAPPING_HINT,
        allowEmpty: false,
        scalarsAsText: true
    });
}
function describeAbsence({ eventName, eventPayload }) {
    const emptyInput = "the 'event' input is empty and";
    if (!eventName)
        return `${emptyInput} no triggering event is known`;
    const payload = (0,structured_text/* isMapping */.pi)(eventPayload) ? eventPayload : {};
    if (eventName === 'repository_dispatch' && !(0,structured_text/* isMapping */.pi)(payload.client_payload)) {
        return `${emptyInput} the repository_dispatch event has no client_payload`;
    }
    if (eventName === 'workflow_dispatch' && !(0,structured_text/* isMapping */.pi)(payload.inputs)) {
        return `${emptyInput} the workflow_dispatch event has no inputs`;
    }
    return `${emptyInput} this run was triggered by '${eventName}'`;
}
// At least one Dagster+ token must have a value (is_sample alone says nothing about an alert), so a
// workflow_dispatch with only unrelated inputs is "no alert data", not an empty alert.
function hasTokenValue(data) {
    return Object.entries(data).some(([name, value]) => name !== 'is_sample' && tokens/* TOKENS */.xZ.has(name) && !(0,normalise/* isMissingValue */.y)(value));
}

// EXTERNAL MODULE: ./src/pipeline/findings/template-findings.ts + 2 modules
var template_findings = __nccwpck_require__(5935);
// EXTERNAL MODULE: ./src/pipeline/findings/unread-vars.ts
var unread_vars = __nccwpck_require__(8205);
// EXTERNAL MODULE: ./src/pipeline/findings/variables.ts
var variables = __nccwpck_require__(4684);
;// CONCATENATED MODULE: ./src/inputs.ts





const DEFAULT_DEDUPE_KEY = '<< fingerprint >>';
/**
 * Sized from the slowest documented limit: a storm of 100 alerts to one chat channel (30 messages a minute)
 * drains in about 4 minutes, so even the run that loses every race gets through, with more than 3× to spare.
 */
const DEFAULT_MAX_WAIT_SECONDS = 900;
function readConfig(input, env = {}) {
    return {
        platform: readPlatform(input('platform')),
        url: input('url') || undefined,
        headers: readHeaders(input('headers')),
        template: input('template') || undefined,
        events: readEvents(input('events')),
        event: input('event'),
        vars: readVars(input('vars')),
        mode: readChoice(input('mode') || 'send', 'mode', ['send', 'check']),
        dryRun: readBoolean(input('dry-run'), 'dry-run'),
        maxAttempts: readNumber(input('max-attempts'), 'max-attempts', { default: 5, min: 1, max: 20, integer: true }),
        timeoutSeconds: readNumber(input('timeout'), 'timeout', { default: 15, min: 1, max: 600 }),
        maxWaitSeconds: readNumber(input('max-wait'), 'max-wait', { default: DEFAULT_MAX_WAIT_SECONDS, min: 0, max: 3600 }),
        settings: {
            signingSecret: input('signing-secret'),
            resultUrl: input('result-url'),
            token: readHeaderSafe(input('token'), 'token'),
            email: readHeaderSafe(input('email'), 'email'),
            repository: input('repository'),
            apiUrl: env.GITHUB_API_URL ?? ''
        },
        stateToken: readHeaderSafe(input('state-token'), 'state-token'),
        tracking: {
            dedupeKey: input('dedupe-key') || DEFAULT_DEDUPE_KEY,
            repeat: readChoice(input('repeat') || 'comment', 'repeat', ['comment', 'skip', 'new']),
            resolve: readChoice(input('resolve') || 'close', 'resolve', ['close', 'comment', 'ignore'])
        },
        problemMessages: {
            asked: input('repeat') === 'comment' || input('repeat') === 'skip' || input('resolve') === 'close',
            ignoreRecoveries: input('resolve') === 'ignore',
            renotifyHours: readNumber(input('renotify'), 'renotify', { default: 24, min: 0, max: 8760 })
        }
    };
}
function readPlatform(text) {
    if (!text)
        return undefined;
    return readChoice(text.toLowerCase(), 'platform', PLATFORM_NAMES);
}
function readChoice(text, input, choices) {
    if (choices.includes(text))
        return text;
    throw new InputError(input, `"${text}" is not supported`, `Use one of: ${choices.join(', ')}`);
}
function readBoolean(text, input) {
    if (!text)
        return false;
    if (/^(true|yes|on)$/i.test(text))
        return true;
    if (/^(false|no|off)$/i.test(text))
        return false;
    throw new InputError(input, `"${text}" is not a boolean`, 'Use true or false');
}
function readNumber(text, input, rule) {
    if (!text)
        return rule.default;
    const value = Number(text);
    const kind = rule.integer ? 'a whole number' : 'a number';
    if (!Number.isFinite(value) || (rule.integer && !Number.isInteger(value))) {
        throw new InputError(input, `"${text}" is not ${kind}`, `Use ${kind} from ${rule.min} to ${rule.max} (default ${rule.default})`);
    }
    if (value < rule.min || value > rule.max) {
        throw new InputError(input, `${value} is out of range`, `Use ${kind} from ${rule.min} to ${rule.max} (default ${rule.default})`);
    }
    return value;
}
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/**
 * A character a header value cannot hold (RFC 9110 field-value as Node sends it): anything but tab, visible ASCII,
 * space and obs-text (0x80-0xFF). Node refuses the rest only when the request is made, which would read as a
 * failed connection and be retried.
 */
const NOT_FIELD_VALUE = /[^\t\x20-\x7e\x80-\xff]/;
const HEADER_VALUE_FIX = 'Give one line of printable characters (copy the credential again, without line breaks or typographic quotes)';
/** What is wrong with a header value, for a message that never shows it (it is a credential); undefined if nothing. */
function fieldValueProblem(value) {
    const bad = NOT_FIELD_VALUE.exec(value)?.[0];
    if (bad === undefined)
        return undefined;
    if (bad === '\r' || bad === '\n')
        return 'a line break';
    if (bad.charCodeAt(0) > 0xff)
        return 'a character a header cannot carry (beyond Latin-1, such as an emoji or a typographic quote)';
    return 'a control character';
}
/** An input the action sends in a header (alone or encoded): refused at once if a header could not carry it. */
function readHeaderSafe(text, input) {
    const problem = fieldValueProblem(text);
    if (problem)
        throw new InputError(input, `the value contains ${problem}`, HEADER_VALUE_FIX);
    return text;
}
/** Header names lower-cased; values must be strings (numbers are accepted and stringified). */
function readHeaders(text) {
    if (!text)
        return {};
    const hint = "Write one header a line, e.g. 'Authorization: Basic <base64 of email:token>' (from a secret)";
    const headers = {};
    for (const [name, value] of Object.entries(parseMappingText(text, { input: 'headers', place: 'the value', hint, allowEmpty: true }))) {
        if (!HEADER_NAME.test(name)) {
            throw new InputError('headers', `"${name}" is not a valid header name`, 'Use names such as Authorization or X-Api-Key');
        }
        if (typeof value !== 'string' && typeof value !== 'number') {
            throw new InputError('headers', `the value of "${name}" must be text`, `Write it as ${name}: <value>`);
        }
        const headerValue = String(value).trim();
        const problem = fieldValueProblem(headerValue);
        if (problem)
            throw new InputError('headers', `the value of "${name}" contains ${problem}`, HEADER_VALUE_FIX);
        headers[name.toLowerCase()] = headerValue;
    }
    return headers;
}
const EVENT_NAME = /^[A-Za-z_]+$/;
/**
 * The `events` input: notification types as a YAML list (`[JOB, TICK]` or `- JOB` lines) or separated by commas,
 * spaces or line breaks; each one a catalogue name (ignoring case), so that a workflow condition testing the text for
 * a type's name never misses one the step serves (.github/workflows/relay.yml).
 */
function readEvents(text) {
    if (!text)
        return undefined;
    const known = NOTIFICATION_TYPES.map(type => type.type);
    const trimmed = text.trim();
    const list = trimmed.startsWith('[') && trimmed.endsWith(']') ? trimmed.slice(1, -1) : trimmed;
    const names = list
        .split(/[\s,]+/)
        .filter(word => word !== '' && word !== '-')
        .map(word => (/^(["']).+\1$/.test(word) ? word.slice(1, -1) : word));
    const types = names.map(name => {
        const type = EVENT_NAME.test(name) ? notificationType(name) : undefined;
        if (type)
            return type.type;
        const guess = closestName(name, known);
        throw new InputError('events', `"${name}" is not a Dagster+ notification type`, `${guess ? `Did you mean ${guess}? ` : ''}Use one or more of: ${known.join(', ')}`);
    });
    if (types.length === 0)
        throw new InputError('events', 'lists no notification type', `Use one or more of: ${known.join(', ')}`);
    return [...new Set(types)];
}
function readVars(text) {
    if (!text)
        return {};
    const hint = 'Write one variable a line, e.g. \'project: ENG\', or JSON such as \'{"team_id": "…"}\'';
    const vars = parseMappingText(text, { input: 'vars', place: 'the value', hint, allowEmpty: true });
    return JSON.parse(JSON.stringify(vars));
}

// EXTERNAL MODULE: ./src/hash.ts + 1 modules
var hash = __nccwpck_require__(5412);
// EXTERNAL MODULE: ./src/template/compile.ts + 2 modules
var compile = __nccwpck_require__(6399);
// EXTERNAL MODULE: ./src/truncate.ts
var truncate = __nccwpck_require__(6689);
;// CONCATENATED MODULE: ./src/tracking/plan.ts




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
        if (!(error instanceof errors/* TemplateError */.$w))
            throw error;
        // Reported as an input error, like every other bad input: "Input 'dedupe-key': …"
        throw new errors/* InputError */.dz('dedupe-key', `"${template}" is not a valid template: ${error.message.replace(/^dedupe-key:(\d+:)*\s*/, '')}`, DEDUPE_KEY_FIX);
    }
    const key = value === null ? '' : typeof value === 'string' ? value.trim() : JSON.stringify(value);
    if (key === '')
        throw new errors/* InputError */.dz('dedupe-key', `"${template}" renders empty for this alert`, DEDUPE_KEY_FIX);
    return key;
}
/** What the `dedupe-key` template reads (none when it does not compile: rendering it reports that). */
function dedupeKeyVariables(template) {
    try {
        return compileDedupeKey(template).variables;
    }
    catch (error) {
        if (error instanceof TemplateError)
            return [];
        throw error;
    }
}
/** For the edge before planTracking: loads what rendering the `dedupe-key` needs (Liquid, unless it is plain text). */
async function loadDedupeKeyModules(template) {
    await loadTemplateModules(dedupeKeySource(template));
}
function compileDedupeKey(template) {
    return (0,compile/* compileTemplate */.Gq)(dedupeKeySource(template));
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
    return HASH_KEY.test(key) ? key : (0,hash/* sha256Hex */.fg)(key).slice(0, HASH_LENGTH);
}
/**
 * A UUID (in v4 layout, as client-chosen issue ids must be) from the marker, the alert's tokens and the GitHub run: a retried
 * create (or a re-run of the same workflow run) sends the same id, a new alert a new one.
 */
function occurrenceId(label, alert, derived) {
    const tokens = Object.keys(alert)
        .sort()
        .map(name => [name, alert[name]]);
    const hex = (0,hash/* sha256Hex */.fg)(JSON.stringify([label, tokens, derived.github.run_url ?? '']))
        .slice(0, 32)
        .split('');
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    const text = hex.join('');
    return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}
function followUpNote(intent, alert, derived, now) {
    const summary = (0,truncate/* truncate */.xv)(textOf(alert.alert_summary) ?? textOf(alert.alert_policy_name) ?? 'Dagster+ alert', NOTE_SUMMARY_MAX);
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

// EXTERNAL MODULE: ./src/pipeline/payload.ts
var payload = __nccwpck_require__(1600);
// EXTERNAL MODULE: ./src/pipeline/problem-states.ts + 2 modules
var problem_states = __nccwpck_require__(4676);
// EXTERNAL MODULE: ./src/pipeline/platform-choice.ts
var platform_choice = __nccwpck_require__(2643);
// EXTERNAL MODULE: ./src/pipeline/sample-destination.ts
var sample_destination = __nccwpck_require__(5351);
// EXTERNAL MODULE: ./src/template/load.ts + 1 modules
var load = __nccwpck_require__(6923);
;// CONCATENATED MODULE: ./src/template/route.ts

/** The `template` input of a send: one name or path a line (blank lines and `#` comments skipped). */
function templateList(input) {
    return (input ?? '')
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line !== '' && !line.startsWith('#'));
}
/**
 * Whether a template is meant for alerts of `type` (the alert's notification_type): its `events` name the type. A
 * template without `events`, or whose `events` list every type, is meant for any alert, one of a type not (yet) in
 * the catalogue or without a type included.
 */
function isMeantFor(frontMatter, type) {
    return !frontMatter.events || eventsServe(frontMatter.events, type);
}
/**
 * Whether a list of notification types (a template's front matter `events`, the `events` input) serves alerts of
 * `type`: it names the type, ignoring case, or lists every type (then an alert of any type, or of none, is served).
 */
function eventsServe(events, type) {
    const declared = new Set(events.map(event => (0,tokens/* notificationType */.IO)(event)?.type));
    const wanted = (0,tokens/* notificationType */.IO)(type ?? '');
    if (wanted && declared.has(wanted.type))
        return true;
    return tokens/* NOTIFICATION_TYPES */.I9.every(known => declared.has(known.type));
}
/** The first template meant for `type`, in the order the `template` input lists them. */
function routeByEventType(templates, type) {
    return templates.find(template => isMeantFor(template.frontMatter, type));
}
/** Why an alert no listed template is for was not sent, and which types each template serves. */
function notServedNotice(templates, type) {
    const served = templates
        .map(template => `${(template.frontMatter.events ?? []).join(', ')} (${template.file})`)
        .join('; ');
    return `Nothing sent: no template of this step is meant for ${alertOfType(type)}. This step serves ${served}; list a template for ${type ?? 'it'} in the template input to send it here.`;
}
/** Why an alert of a type the `events` input leaves out was not sent (no template was loaded, no request made). */
function notInEventsNotice(events, type) {
    const add = notificationType(type ?? '')
        ? `add ${type} to the events input`
        : 'list every type in the events input, or remove it (only then is an alert of another type, or of none, served)';
    return `Nothing sent: the events input of this step (${events.join(', ')}) does not include ${alertOfType(type)}; ${add} to send it here.`;
}
function alertOfType(type) {
    return type ? `${/^[AEIOU]/i.test(type) ? 'an' : 'a'} ${type} alert` : 'an alert without notification_type';
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __nccwpck_require__(3567);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __nccwpck_require__(776);
;// CONCATENATED MODULE: ./src/cli/render.ts























/** `render`: the payload a send would post for an alert, with the findings check reports. */
const render = {
    help: `Usage: ${command/* COMMAND */.Wr} render --template <name|file> [--event <file|->] [--type <TYPE>] [--vars <yaml>] [--states]

Renders the template, fits it to the platform's limits and validates it, then prints the JSON payload.
  --template  built-in name (${(0,load/* builtinTemplateNames */.eT)().join(', ')}) or a template file
  --event     alert data as JSON or YAML (a Dagster+ webhook body or the tokens); '-' reads standard input
  --type      without --event: render the sample alert of this notification type (default: the template's
              first event, else JOB); one of ${tokens/* NOTIFICATION_TYPES */.I9.map(type => type.type).join(', ')}
  --vars      template variables as YAML/JSON (e.g. 'project: ENG'); required ones get sample values
  --states    chat platforms that keep one message per problem (repeat: comment, resolve: close): print one
              JSON object with the message ("message", as sent without one message per problem) and the
              problem's message as a send would post it ("first") and edit it when the member fails again
              ("repeat": 1 failing ×3), a second member fails ("member-added") and all recover ("resolved":
              after 42 min), each fitted and validated
Findings (as check reports them), warnings and problems go to standard error; exit code 1 when the template
has an error check reports (a send would stop there too) or the payload would be rejected.`,
    run: renderTemplate
};
function renderTemplate(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: {
            template: { type: 'string' },
            event: { type: 'string' },
            type: { type: 'string' },
            vars: { type: 'string' },
            states: { type: 'boolean' }
        },
        strict: true
    });
    if (!values.template)
        throw new command/* UsageError */.eb('render needs --template');
    const source = (0,load/* loadTemplate */.PM)(values.template, io.cwd);
    let template;
    try {
        template = (0,compile/* compileTemplate */.Gq)(source);
    }
    catch (error) {
        if (!(error instanceof errors/* TemplateError */.$w))
            throw error;
        io.err((0,report/* findingLine */.mC)((0,check_findings/* templateErrorFinding */.An)(error, 'Invalid template')));
        return command/* EXIT */.dc.failed;
    }
    const alert = (0,normalise/* normaliseAlert */.j)(values.event ? readEvent(values.event, io) : (0,tokens/* sampleAlert */.$Q)((0,options/* sampleType */.rI)(values.type, template.frontMatter.events)));
    const type = typeof alert.notification_type === 'string' ? alert.notification_type : undefined;
    if (!isMeantFor(template.frontMatter, type))
        io.err(`note: a send would skip this alert: ${notServedNotice([template], type)}; rendered anyway`);
    const choice = (0,platform_choice/* templatePlatform */.oT)(template);
    const platform = 'platform' in choice ? choice.platform : undefined;
    const given = (0,options/* readVars */.nK)(values.vars);
    // The findings check and a send make: an error here is one that stops a send.
    const types = template.frontMatter.events?.flatMap(event => (0,tokens/* notificationType */.IO)(event) ?? []);
    const findings = [
        ...(0,template_findings/* templateFindings */.FQ)(source, template, platform, types).findings,
        ...(0,unread_vars/* unreadVarFindings */.f)(Object.keys(given), [{ variables: template.variables, platform }])
    ];
    for (const finding of findings)
        io.err((0,report/* findingLine */.mC)(finding));
    const findingsFail = findings.some(finding => finding.severity === 'error');
    const vars = (0,sample_destination/* withSampleVars */.FU)(platform, given);
    const sampled = Object.keys(vars).filter(name => !(name in given));
    if (sampled.length > 0)
        io.err(`note: sample vars used: ${sampled.map(name => `${name}=${JSON.stringify(vars[name])}`).join(', ')} (set --vars to change)`);
    const derived = (0,derive/* deriveValues */.gL)(alert, variables/* SAMPLE_ENV */.H);
    const scope = (0,event_scope/* templateScope */.N)(alert, derived, vars);
    if (!('platform' in choice)) {
        const rendered = reportingRenderError(io, () => template.render(scope));
        if (!rendered)
            return command/* EXIT */.dc.failed;
        io.err(`warning: ${choice.problem}; printing the payload unfitted and unvalidated`);
        io.out(JSON.stringify(rendered.value, null, 2));
        return findingsFail ? command/* EXIT */.dc.failed : command/* EXIT */.dc.ok;
    }
    // An on-call service is told the alert's own key and action (trigger, or resolve for a recovery), as a send with
    // the default dedupe-key, repeat and resolve would tell it.
    const incident = choice.platform.keyedIncidents && incidentProblem(alert, derived, scope, choice.platform);
    if (incident && 'skipped' in incident) {
        io.err(`note: a send would deliver nothing: ${incident.skipped}`);
        return findingsFail ? command/* EXIT */.dc.failed : command/* EXIT */.dc.ok;
    }
    const destination = (0,sample_destination/* sampleDestination */.Ny)(choice.platform, choice.templateName, incident ? incident.problem : undefined);
    const produced = reportingRenderError(io, () => (0,payload/* producePayload */.T)(template, { scope, vars }, destination, problem => io.err(`warning: ${problem.path || 'payload'}: ${problem.message}`)));
    if (!produced)
        return command/* EXIT */.dc.failed;
    const platformName = choice.platform.descriptor.name;
    if (produced.problems.length > 0) {
        io.out(JSON.stringify(produced.payload, null, 2));
        io.err(`error: ${new errors/* PayloadError */.tG(platformName, produced.problems).message}`);
        return command/* EXIT */.dc.failed;
    }
    const states = values.states && (0,problem_states/* problemStates */.A)(choice.platform, produced, alert, derived);
    if (values.states && !states)
        io.err(`note: ${platformName} keeps no message per problem: --states adds nothing, the payload is printed alone`);
    if (!states) {
        io.out(JSON.stringify(produced.payload, null, 2));
        return findingsFail ? command/* EXIT */.dc.failed : command/* EXIT */.dc.ok;
    }
    const shown = { message: produced.payload };
    let refused = false;
    for (const state of states) {
        if ('payload' in state)
            shown[state.name] = state.payload;
        else {
            refused = true;
            const problems = state.refused.map(problem => `\n  - ${problem.path || '(body)'}: ${problem.message}`).join('');
            io.err(`error: the problem's message "${state.name}" (${state.caption}) would be rejected by ${platformName}:${problems}`);
        }
    }
    io.out(JSON.stringify(shown, null, 2));
    return findingsFail || refused ? command/* EXIT */.dc.failed : command/* EXIT */.dc.ok;
}
/** What `render` returns, or undefined when the template fails to render (the finding printed). */
function reportingRenderError(io, render) {
    try {
        return render();
    }
    catch (error) {
        if (!(error instanceof errors/* TemplateError */.$w))
            throw error;
        io.err((0,report/* findingLine */.mC)((0,check_findings/* templateErrorFinding */.An)(error, 'Template fails to render')));
        return undefined;
    }
}
function readEvent(file, io) {
    let text;
    try {
        text = io.readInput(file);
    }
    catch (error) {
        throw new command/* UsageError */.eb(`cannot read --event ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return readAlertData({ eventInput: text, eventName: '', eventPayload: undefined }).data;
}
/** What a send with the default dedupe-key, repeat and resolve tells an on-call service about this alert. */
function incidentProblem(alert, derived, scope, platform) {
    const config = { dedupeKey: DEFAULT_DEDUPE_KEY, repeat: 'comment', resolve: 'close' };
    const plan = planTracking({ config, alert, derived, scope, now: new Date() });
    return keyedIncidentPlan(plan, platform.descriptor.displayName);
}


/***/ }),

/***/ 3194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ sample)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _event_tokens_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2396);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3567);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(776);




/** `sample`: a repository_dispatch body carrying a filled alert, to post as a test alert. */
const sample = {
    help: `Usage: ${_command_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMAND */ .Wr} sample [--type ASSET_HEALTH] [--status failure|recovery] [--test] [--event-type dagster-alert] [--repo owner/name]

Prints a repository_dispatch body carrying a realistic alert of one notification type, every token filled as
Dagster+ fills it, to test the whole path before Dagster+ is wired:
  ${_command_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMAND */ .Wr} sample --type ASSET_HEALTH | gh api repos/OWNER/REPO/dispatches --input -
  --type        notification type (default JOB); one of ${_event_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .NOTIFICATION_TYPES */ .I9.map(type => type.type).join(', ')}
  --status      failure (default), or recovery: the alert that ends the same problem (closes its issue);
                recovery exists for ${_event_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .RECOVERY_TYPES */ .Yf.join(', ')}
  --test        the alert Dagster+'s "send test notification" button sends (is_sample true): built-in templates
                mark it as a test, and issue trackers give it an issue of its own that no real alert touches
  --event-type  the repository_dispatch type the workflow listens for (default dagster-alert)
  --repo        the repository in the gh command shown on standard error (default OWNER/REPO)`,
    run(args, io) {
        const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args,
            options: {
                type: { type: 'string', default: 'JOB' },
                status: { type: 'string', default: 'failure' },
                test: { type: 'boolean', default: false },
                'event-type': { type: 'string', default: 'dagster-alert' },
                repo: { type: 'string', default: 'OWNER/REPO' }
            },
            strict: true
        });
        const type = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .sampleType */ .rI)(values.type, undefined);
        if (values.status !== 'failure' && values.status !== 'recovery')
            throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--status must be failure or recovery, got '${values.status}'`);
        const filled = values.status === 'recovery' ? (0,_event_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .sampleRecovery */ ._G)(type) : (0,_event_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .sampleAlert */ .$Q)(type);
        if (!filled)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--status recovery: ${type} alerts have no recovery; types with one: ${_event_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .RECOVERY_TYPES */ .Yf.join(', ')}`);
        const alert = values.test ? { ...filled, is_sample: 'true' } : filled;
        const eventType = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .readEventType */ .Jl)(values['event-type']);
        const repo = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .readRepo */ .f7)(values.repo);
        const test = values.test ? ' --test' : '';
        io.err(`Post it as a test alert: ${_command_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMAND */ .Wr} sample --type ${type} --status ${values.status}${test} | gh api repos/${repo}/dispatches --input -`);
        io.out(JSON.stringify({ event_type: eventType, client_payload: { alert } }, null, 2));
        return _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok;
    }
};


/***/ }),

/***/ 5092:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Be: () => (/* binding */ checkTextSize),
/* harmony export */   GK: () => (/* binding */ checkDataShape),
/* harmony export */   s0: () => (/* binding */ checkYamlNesting)
/* harmony export */ });
/* unused harmony exports DEPTH_LIMIT, SIZE_LIMIT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/**
 * How deep and how large structured input (the `event`, `vars` and `headers` inputs, the dispatch payload) may be.
 * Deeper data would overflow the stack of the YAML parser and of every later step that walks it (serialising a
 * nested token, the template scope), and a hostile text could make the YAML parser exhaust memory: both are
 * refused with a message naming the input, before they are walked.
 */

/** Levels of nesting read: a mapping of text values is 1 level; alert tokens and template variables need a few. */
const DEPTH_LIMIT = 32;
/** Bytes of text read (UTF-8), or characters of text held by data already parsed. */
const SIZE_LIMIT = 1024 * 1024;
/**
 * Text whose nesting bound (below) exceeds this is refused before the YAML parser sees it: the parser recurses per
 * level and overflows the stack at several hundred. Above DEPTH_LIMIT, as the bound counts brackets inside quoted
 * text too; the exact depth of what parses is checked against DEPTH_LIMIT afterwards.
 */
const YAML_NESTING_GUARD = 256;
const FIX = `Send flatter data: a mapping of names to values, nested at most ${DEPTH_LIMIT} levels`;
/** Refuses text larger than SIZE_LIMIT; before any parsing. */
function checkTextSize(text, { input, place }) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > SIZE_LIMIT)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${place} is ${megabytes(bytes)}; at most ${megabytes(SIZE_LIMIT)} is read`, FIX);
}
/** Refuses YAML text that could nest deeper than the parser can follow; before it is parsed. */
function checkYamlNesting(text, source) {
    const bound = yamlNestingBound(text);
    if (bound > YAML_NESTING_GUARD)
        throw tooDeep(bound, source);
}
/**
 * Refuses parsed data nested deeper than DEPTH_LIMIT, holding more than SIZE_LIMIT characters of text, or
 * containing itself (a YAML alias inside its own anchor). One pass with an explicit stack: no recursion, linear.
 */
function checkDataShape(value, source) {
    let depth = 0;
    let size = 0;
    const onPath = new Set();
    // An object is pushed twice: to enter it (its children follow) and, marked `leave`, to leave it.
    const stack = [{ value, level: 1 }];
    while (stack.length > 0) {
        const frame = stack.pop();
        const current = frame.value;
        if (typeof current === 'string')
            size += current.length;
        if (typeof current !== 'object' || current === null)
            continue;
        if (frame.leave) {
            onPath.delete(current);
            continue;
        }
        if (onPath.has(current)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(source.input, `${source.place} contains itself (a YAML alias inside its own anchor)`, FIX);
        }
        onPath.add(current);
        depth = Math.max(depth, frame.level);
        stack.push({ value: current, level: frame.level, leave: true });
        for (const [key, child] of Object.entries(current)) {
            size += key.length;
            stack.push({ value: child, level: frame.level + 1 });
        }
    }
    if (depth > DEPTH_LIMIT)
        throw tooDeep(depth, source);
    if (size > SIZE_LIMIT) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(source.input, `${source.place} holds ${megabytes(size)} of text; at most ${megabytes(SIZE_LIMIT)} is read`, FIX);
    }
}
/**
 * An upper bound on how deep YAML text nests, read without parsing it: the most flow brackets open at once, plus
 * the most block levels open at once (indentation levels, and compact `- `/`? ` entries that open one each).
 * Brackets and indentation inside quoted or block text count too, so the bound can be high, never low.
 */
function yamlNestingBound(text) {
    let open = 0;
    let mostOpen = 0;
    let mostBlock = 0;
    const indents = [];
    for (const line of text.split('\n')) {
        let at = 0;
        while (line[at] === ' ')
            at++;
        const indent = at;
        let compact = 0;
        while ((line[at] === '-' || line[at] === '?') && (line[at + 1] === ' ' || line[at + 1] === undefined)) {
            compact++;
            at += 2;
            while (line[at] === ' ')
                at++;
        }
        if (at < line.length || compact > 0) {
            while (indents.length > 0 && indents[indents.length - 1] >= indent)
                indents.pop();
            indents.push(indent);
            mostBlock = Math.max(mostBlock, indents.length + compact);
        }
        for (let i = at; i < line.length; i++) {
            const char = line[i];
            if (char === '[' || char === '{')
                mostOpen = Math.max(mostOpen, ++open);
            else if ((char === ']' || char === '}') && open > 0)
                open--;
        }
    }
    return mostOpen + mostBlock;
}
function tooDeep(depth, { input, place }) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${place} is nested ${depth.toLocaleString('en-US')} levels deep; at most ${DEPTH_LIMIT} are read`, FIX);
}
/** "5 MB", "1.5 MB": one decimal at most. */
function megabytes(bytes) {
    return `${Math.round((bytes / SIZE_LIMIT) * 10) / 10} MB`;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ TemplateError),
/* harmony export */   VE: () => (/* binding */ DeliveryError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   tG: () => (/* binding */ PayloadError)
/* harmony export */ });
/** A problem with what the user configured: names the input, what is wrong and what to do. */
class InputError extends Error {
    input;
    constructor(input, problem, fix) {
        super(`Input '${input}': ${problem}. ${fix}`);
        this.input = input;
        this.name = 'InputError';
    }
}
/** A template that cannot be parsed or rendered; `line`/`column` are 1-based positions in `file`. */
class TemplateError extends Error {
    file;
    line;
    column;
    constructor(message, file, line, column) {
        super(line ? `${file}:${line}${column ? `:${column}` : ''}: ${message}` : `${file}: ${message}`);
        this.file = file;
        this.line = line;
        this.column = column;
        this.name = 'TemplateError';
    }
}
/** A rendered payload the platform would reject (after fitting); problems name the JSON path. */
class PayloadError extends Error {
    platform;
    problems;
    constructor(platform, problems) {
        super(`The rendered ${platform} payload would be rejected:\n${problems.map(p => `  - ${p.path || '(body)'}: ${p.message}`).join('\n')}`);
        this.platform = platform;
        this.problems = problems;
        this.name = 'PayloadError';
    }
}
/** Nothing was delivered. `message` carries the platform's own error text, already redacted. */
class DeliveryError extends Error {
    attempts;
    response;
    constructor(message, attempts, response) {
        super(message);
        this.attempts = attempts;
        this.response = response;
        this.name = 'DeliveryError';
    }
}


/***/ }),

/***/ 3837:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gL: () => (/* binding */ deriveValues),
/* harmony export */   jZ: () => (/* binding */ DERIVED_NAMES)
/* harmony export */ });
/* unused harmony exports neededTokens, missingTokens */
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5412);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3571);
/* harmony import */ var _tokens_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2396);



// Typed as a record so adding a field to Derived without naming it here fails to compile.
const DERIVED_KEYS = {
    alert_status: true,
    status_color: true,
    start_time_iso: true,
    end_time_iso: true,
    fingerprint: true,
    github: true,
    is_recovery: true
};
/** The names `deriveValues` can add to the template scope. */
const DERIVED_NAMES = Object.keys(DERIVED_KEYS);
// Status tokens, the one describing the whole alert first.
const STATUS_TOKENS = ['run_status', 'health_status', 'freshness_status', 'checks_status', 'materialization_status'];
const STATUS_ALIASES = { OK: 'HEALTHY', FAILED: 'FAILURE', SUCCEEDED: 'SUCCESS', CANCELLED: 'CANCELED' };
const FRESHNESS_ALIASES = { OK: 'PASS', PASSED: 'PASS', FAILED: 'FAIL', WARNING: 'WARN' };
/** What each alert status means; recovery statuses close an issue that a failure opened. */
const STATUS_TONES = {
    FAILURE: 'failure',
    FAIL: 'failure',
    ERROR: 'failure',
    SUCCESS: 'recovery',
    HEALTHY: 'recovery',
    PASS: 'recovery',
    DEGRADED: 'warning',
    WARNING: 'warning',
    WARN: 'warning',
    EXCEEDED: 'warning',
    CHANGED: 'warning'
};
// Embed colours (decimal RGB): red, green, orange; grey for any other status.
const TONE_COLORS = { failure: 15158332, recovery: 3066993, warning: 15105570 };
const OTHER_COLOR = 9807270;
const ALL_SUBJECT_TOKENS = [...new Set(_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .NOTIFICATION_TYPES */ .I9.flatMap(t => t.subject))];
const FINGERPRINT_LENGTH = 16;
function deriveValues(alert, env) {
    const type = (0,_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .notificationType */ .IO)(textOf(alert.notification_type) ?? '');
    const status = alertStatus(alert, type);
    const tone = STATUS_TONES[status];
    const startIso = isoTime(alert.start_time);
    const endIso = isoTime(alert.end_time);
    const derived = {
        alert_status: status,
        status_color: tone ? TONE_COLORS[tone] : OTHER_COLOR,
        ...(startIso && { start_time_iso: startIso }),
        ...(endIso && { end_time_iso: endIso }),
        fingerprint: '',
        github: githubContext(env),
        is_recovery: tone === 'recovery'
    };
    // Hashed when first read (a template or the issue tracking reads it): most sends never need it, and hashing
    // loads node:crypto, which costs start-up.
    let hash;
    Object.defineProperty(derived, 'fingerprint', { enumerable: true, get: () => (hash ??= fingerprint(alert, type)) });
    return derived;
}
/** The one table of the tokens each notification type needs, read from the catalogue and the derivation rules. */
function neededTokens(type) {
    const status = type.alertStatus ? [] : STATUS_TOKENS.filter(token => type.tokens.includes(token));
    return { type: type.type, subject: type.subject, status };
}
/**
 * What the alert lacks for its fingerprint and status (a Dagster+ webhook body without the type's tokens): every
 * alert of the policy then shares one fingerprint (one issue, one dedupe key), or a recovery is not recognised.
 */
function missingTokens(alert) {
    const type = notificationType(textOf(alert.notification_type) ?? '');
    if (!type)
        return [];
    const needed = neededTokens(type);
    const lacks = (tokens) => tokens.length > 0 && !tokens.some(token => textOf(alert[token]));
    const missing = [];
    if (lacks(needed.subject)) {
        missing.push({
            tokens: needed.subject,
            consequence: `every ${type.type} alert of this policy gets the same fingerprint, so they all share one issue (one dedupe key) instead of one each`
        });
    }
    if (lacks(needed.status)) {
        missing.push({
            tokens: needed.status,
            consequence: `alert_status is ${alertStatus(alert, type)} whatever happened, so a recovery is not recognised and never closes its issue`
        });
    }
    return missing;
}
function alertStatus(alert, type) {
    for (const token of STATUS_TOKENS) {
        const value = textOf(alert[token]);
        if (value)
            return canonicalStatus(token, value);
    }
    if (type?.alertStatus)
        return type.alertStatus;
    return textOf(alert.failure_message) ? 'FAILURE' : 'ALERT';
}
function canonicalStatus(token, value) {
    const status = value
        .trim()
        .toUpperCase()
        .replace(/[\s-]+/g, '_');
    const aliases = token === 'freshness_status' ? FRESHNESS_ALIASES : STATUS_ALIASES;
    return aliases[status] ?? status;
}
/** A hash of the problem, not the occurrence: the same for its failure and its recovery, whatever the run or time. */
function fingerprint(alert, type) {
    const deployment = textOf(alert.deployment_name) ?? textOf(alert.deployment_url) ?? '';
    const policy = textOf(alert.alert_policy_id) ?? textOf(alert.alert_policy_name) ?? '';
    const problem = JSON.stringify([deployment, policy, subject(alert, type)]);
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(problem).slice(0, FINGERPRINT_LENGTH);
}
// What the alert is about, named with its token so a job and an asset that share a name stay apart.
function subject(alert, type) {
    const candidates = type ? type.subject : ALL_SUBJECT_TOKENS;
    const token = candidates.find(name => textOf(alert[name]));
    if (token)
        return `${token}=${textOf(alert[token])}`;
    return type?.type ?? textOf(alert.notification_type)?.trim().toUpperCase() ?? '';
}
function isoTime(value) {
    const text = textOf(value);
    return text === undefined ? undefined : (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .toIso8601 */ .Y)(text);
}
function githubContext(env) {
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const repository = env.GITHUB_REPOSITORY || undefined;
    const runId = env.GITHUB_RUN_ID || undefined;
    return {
        server_url: serverUrl,
        ...(repository && { repository }),
        ...(repository && runId && { run_url: `${serverUrl}/${repository}/actions/runs/${runId}` })
    };
}
function textOf(value) {
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}


/***/ }),

/***/ 3002:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ normaliseAlert),
/* harmony export */   y: () => (/* binding */ isMissingValue)
/* harmony export */ });
// A whole value that is still `{{ token }}`: Dagster+ left the token unreplaced because the alert has no such value.
const UNREPLACED_TOKEN = /^\{\{\s*[\w.-]+\s*\}\}$/;
/** True when a token value carries nothing: null, blank, or an unreplaced `{{token}}`. */
function isMissingValue(value) {
    if (value === null || value === undefined)
        return true;
    if (typeof value !== 'string')
        return false;
    const text = value.trim();
    return text === '' || UNREPLACED_TOKEN.test(text);
}
/** Drops missing values, turns `is_sample` into a boolean and every other value into text; keeps unknown tokens. */
function normaliseAlert(data) {
    const entries = Object.entries(data)
        .filter(([, value]) => !isMissingValue(value))
        .map(([name, value]) => [name, name === 'is_sample' ? sampleFlag(value) : asText(value)]);
    // fromEntries defines own properties, so a `__proto__` key stays data and never reaches the prototype.
    return Object.fromEntries(entries);
}
function sampleFlag(value) {
    if (typeof value === 'boolean')
        return value;
    const text = asText(value);
    const lower = text.trim().toLowerCase();
    return lower === 'true' ? true : lower === 'false' ? false : text;
}
/**
 * The value as well-formed text: a lone surrogate (half of an emoji cut by a truncation upstream, or planted) becomes
 * U+FFFD, so no filter (`uri_escape` throws on one) and no service (which would refuse the JSON) fails on it.
 */
function asText(value) {
    const text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
    return wellFormed(text);
}
/** `String.prototype.toWellFormed` (ES2024; Node 20 has it, the ES2023 typings do not). */
function wellFormed(text) {
    return text.toWellFormed();
}


/***/ }),

/***/ 4592:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ templateScope),
/* harmony export */   g: () => (/* binding */ knownVariableNames)
/* harmony export */ });
/* harmony import */ var _derive_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3837);
/* harmony import */ var _tokens_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2396);


/** What `<< … >>` can see: the alert tokens, the derived values, `vars`, and the whole alert as `alert`. */
function templateScope(alert, derived, vars) {
    const scope = { ...alert };
    // Copied as defined, so a value computed when read (the fingerprint) is still computed only when read. An
    // undefined derived value stays absent, so templates drop its key instead of printing it.
    for (const [name, property] of Object.entries(Object.getOwnPropertyDescriptors(derived))) {
        if (!('value' in property) || property.value !== undefined)
            Object.defineProperty(scope, name, property);
    }
    return Object.assign(scope, { vars, alert });
}
/** Every variable name a template may use without a warning, whether or not this alert has it. */
function knownVariableNames() {
    return new Set([..._tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .TOKENS */ .xZ.keys(), ..._derive_js__WEBPACK_IMPORTED_MODULE_0__/* .DERIVED_NAMES */ .jZ, 'vars', 'alert', 'github']);
}


/***/ }),

/***/ 3571:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ toIso8601)
/* harmony export */ });
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Dagster+ renders times as "Jan 8, 2026 10:00 AM" (no zone): read as UTC.
const DAGSTER_TIME = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))? ?([AaPp][Mm])$/;
/** Dagster's "Jan 8, 2026 10:00 AM", an ISO 8601 string or epoch seconds, as ISO 8601 UTC; undefined if unreadable. */
function toIso8601(text) {
    const value = text.trim();
    const match = DAGSTER_TIME.exec(value);
    if (match) {
        const [, mon, day, year, hour, minute, second, half] = match;
        const month = MONTHS.indexOf(mon.toLowerCase());
        const h = Number(hour);
        if (month < 0 || h < 1 || h > 12)
            return undefined;
        const hour24 = (h % 12) + (half.toLowerCase() === 'pm' ? 12 : 0);
        const date = new Date(Date.UTC(Number(year), month, Number(day), hour24, Number(minute), Number(second ?? 0)));
        return date.getUTCDate() === Number(day) ? stripMillis(date) : undefined;
    }
    if (/^\d{9,10}(\.\d+)?$/.test(value))
        return stripMillis(new Date(Number(value) * 1000));
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) {
        const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value}Z`;
        const date = new Date(zoned);
        return Number.isNaN(date.getTime()) ? undefined : stripMillis(date);
    }
    return undefined;
}
function stripMillis(date) {
    return date.toISOString().replace('.000Z', 'Z');
}


/***/ }),

/***/ 2396:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Dn: () => (/* reexport */ GLOBAL_TOKENS),
  I9: () => (/* reexport */ NOTIFICATION_TYPES),
  Yf: () => (/* reexport */ RECOVERY_TYPES),
  xZ: () => (/* reexport */ TOKENS),
  z$: () => (/* reexport */ hostileAlert),
  IO: () => (/* reexport */ notificationType),
  $Q: () => (/* reexport */ sampleAlert),
  _G: () => (/* reexport */ sampleRecovery)
});

;// CONCATENATED MODULE: ./src/event/example-values.ts
/** Example values the catalogue's tokens, notification types and recoveries share: one deployment, run and asset. */
const DEPLOYMENT_URL = 'https://acme.dagster.cloud/prod';
const RUN_ID = '4f1c2a9e-7b3d-4c8e-a5f6-2d9b0e1c3a7f';
const RUN_LINK = `${DEPLOYMENT_URL}/runs/${RUN_ID}`;
const LOCATION_LINK = `${DEPLOYMENT_URL}/locations/analytics_pipelines`;
const ASSET_LINK = `${DEPLOYMENT_URL}/assets/analytics/daily_orders`;
function lines(...texts) {
    return texts.join('\n');
}
const STEP_FAILURE = lines('dagster._core.errors.DagsterExecutionStepExecutionError: Error occurred while executing op "load_data":', '', 'psycopg2.errors.UndefinedTable: relation "raw.orders" does not exist', "LINE 1: SELECT * FROM raw.orders WHERE order_date = '2026-01-08'");
const IMPORT_FAILURE = "dagster._core.errors.DagsterImportError: Encountered ImportError: `No module named 'pandas'` while importing module analytics_pipelines";

;// CONCATENATED MODULE: ./src/event/token-specs.ts
/** Every Dagster+ alert token: its name, what it means, an example value and what kind of value it is. */

function spec(name, kind, description, example) {
    return { name, kind, description, example };
}
const GLOBAL_TOKENS = [
    spec('alert_summary', 'text', 'One-line summary of the alert.', 'Job daily_etl failed'),
    spec('alert_content', 'trace', 'Full alert details: errors and links.', lines(`Run ${RUN_ID} of job daily_etl failed.`, '', STEP_FAILURE, '', `View run: ${RUN_LINK}`)),
    spec('deployment_name', 'text', 'Name of the Dagster+ deployment.', 'prod'),
    spec('deployment_url', 'url', 'URL of the Dagster+ deployment.', DEPLOYMENT_URL),
    spec('alert_policy_name', 'text', 'Name of the alert policy that triggered.', 'Critical Alerts'),
    spec('alert_policy_id', 'id', 'Unique ID of the alert policy.', '3f5e8c1a-6b2d-4e7f-9a10-5c8d2b7e4f61'),
    spec('notification_type', 'id', 'Type of notification event, e.g. JOB or TICK.', 'JOB'),
    spec('is_sample', 'flag', '`true` when Dagster+ sent a test notification.', 'false'),
    spec('alert_id', 'id', 'Unique ID of this alert.', 'b7d2e9f0-1c3a-4d5b-8e6f-0a9b8c7d6e5f'),
    spec('alert_policy_description', 'text', 'Description of the alert policy.', 'Page the data on-call when a production job fails')
];
const TYPE_TOKENS = [
    spec('job_name', 'text', 'Name of the job.', 'daily_etl'),
    spec('run_id', 'id', 'Unique ID of the run.', RUN_ID),
    spec('run_link', 'url', 'URL of the run in Dagster+.', RUN_LINK),
    spec('run_status', 'status', 'Run status, e.g. SUCCESS or FAILURE.', 'FAILURE'),
    spec('failure_message', 'trace', 'Error of a failed run, materialization or code location load.', STEP_FAILURE),
    spec('user_name', 'text', 'Name of the user who launched the run.', 'Jane Doe'),
    spec('user_email', 'email', 'Email of the user who launched the run.', 'jane.doe@example.com'),
    spec('partition_name', 'text', 'Partition of the run, if any.', '2026-01-08'),
    spec('schedule_name', 'text', 'Schedule that launched the run.', 'daily_schedule'),
    spec('sensor_name', 'text', 'Sensor that launched the run.', 'new_files_sensor'),
    spec('elapsed_time', 'text', 'Human-readable duration of the run.', '5 minutes'),
    spec('start_time', 'time', 'Start time of the run (UTC).', 'Jan 8, 2026 10:00 AM'),
    spec('end_time', 'time', 'End time of the run (UTC).', 'Jan 8, 2026 10:05 AM'),
    spec('asset_key', 'text', 'Full asset key.', 'analytics/daily_orders'),
    spec('asset_name', 'text', 'Name of the asset.', 'daily_orders'),
    spec('health_status', 'status', 'Overall asset health, e.g. HEALTHY (OK), WARNING or DEGRADED.', 'DEGRADED'),
    spec('materialization_status', 'status', "Health of the asset's materializations.", 'DEGRADED'),
    spec('checks_status', 'status', "Health of the asset's checks.", 'WARNING'),
    spec('freshness_status', 'status', 'Freshness state: PASS, WARN, FAIL or UNKNOWN.', 'FAIL'),
    spec('location_name', 'text', 'Name of the code location.', 'analytics_pipelines'),
    spec('location_link', 'url', 'URL of the code location in Dagster+.', LOCATION_LINK),
    spec('instigator_name', 'text', 'Name of the schedule or sensor.', 'daily_schedule'),
    spec('instigator_type', 'id', 'Type of instigator: schedule or sensor.', 'schedule'),
    spec('agent_url', 'url', 'URL of the agents page in Dagster+.', `${DEPLOYMENT_URL}/agents`),
    spec('metric_name', 'text', 'Internal name of the Insights metric.', 'dagster_credits'),
    spec('threshold', 'number', 'Configured threshold value.', '1000'),
    spec('computed_value', 'number', 'Actual computed value.', '1250'),
    spec('insights_url', 'url', 'URL of the Insights page.', `${DEPLOYMENT_URL}/insights`)
];
const TOKENS = new Map([...GLOBAL_TOKENS, ...TYPE_TOKENS].map(t => [t.name, t]));
/** The catalogue entry of token `name`; a name missing from it is a bug. */
function tokenSpec(name) {
    const found = TOKENS.get(name);
    if (!found)
        throw new Error(`Token '${name}' is missing from the catalogue`);
    return found;
}

;// CONCATENATED MODULE: ./src/event/notification-types.ts
/** Dagster+'s notification types: the tokens each one carries beyond the global ones, and its example values. */

const RUN_TOKENS = ['run_id', 'run_link', 'failure_message', 'user_name', 'user_email'];
const ASSET_TOKENS = ['asset_key', 'asset_name'];
const ASSET_SUBJECT = ['asset_key', 'asset_name'];
const NOTIFICATION_TYPES = [
    {
        type: 'JOB',
        title: 'Job run (success, failure, long-running)',
        tokens: [
            'job_name',
            'run_id',
            'run_link',
            'run_status',
            'failure_message',
            'user_name',
            'user_email',
            'partition_name',
            'schedule_name',
            'sensor_name',
            'elapsed_time',
            'start_time',
            'end_time'
        ],
        subject: ['job_name'],
        examples: {}
    },
    {
        type: 'ASSET_MATERIALIZATION',
        title: 'Asset materialization (success, failure, check failure)',
        tokens: [...ASSET_TOKENS, ...RUN_TOKENS],
        subject: ASSET_SUBJECT,
        examples: {
            alert_summary: 'Asset analytics/daily_orders failed to materialize',
            alert_content: lines(`Materialization of analytics/daily_orders failed in run ${RUN_ID}.`, '', STEP_FAILURE, '', `View run: ${RUN_LINK}`)
        }
    },
    {
        type: 'ASSET_HEALTH',
        title: 'Asset health',
        tokens: [...ASSET_TOKENS, 'health_status', 'materialization_status', 'checks_status', 'freshness_status'],
        subject: ASSET_SUBJECT,
        examples: {
            alert_summary: 'Asset analytics/daily_orders is DEGRADED',
            alert_content: lines('Asset analytics/daily_orders is DEGRADED.', 'Materialization: DEGRADED', 'Checks: WARNING', 'Freshness: FAIL', '', `View asset: ${ASSET_LINK}`)
        }
    },
    {
        type: 'ASSET_FRESHNESS',
        title: 'Asset freshness',
        tokens: [...ASSET_TOKENS, 'freshness_status'],
        subject: ASSET_SUBJECT,
        examples: {
            alert_summary: 'Asset analytics/daily_orders is overdue',
            alert_content: lines('Asset analytics/daily_orders failed its freshness policy: last materialized 26 hours ago,', 'expected every 24 hours.', '', `View asset: ${ASSET_LINK}`)
        }
    },
    {
        type: 'TABLE_SCHEMA',
        title: 'Table schema change',
        tokens: [...ASSET_TOKENS],
        subject: ASSET_SUBJECT,
        alertStatus: 'CHANGED',
        examples: {
            alert_summary: 'Schema of analytics/daily_orders changed',
            alert_content: lines('Columns of analytics/daily_orders changed:', '- removed: discount_code (VARCHAR)', '+ added: discount_id (BIGINT)')
        }
    },
    {
        type: 'CODE_LOCATION',
        title: 'Code location load failure',
        tokens: ['location_name', 'location_link', 'failure_message'],
        subject: ['location_name'],
        alertStatus: 'FAILURE',
        examples: {
            alert_summary: 'Code location analytics_pipelines failed to load',
            alert_content: lines('Code location analytics_pipelines failed to load.', '', IMPORT_FAILURE, '', `View: ${LOCATION_LINK}`),
            failure_message: IMPORT_FAILURE
        }
    },
    {
        type: 'TICK',
        title: 'Schedule or sensor tick failure',
        tokens: ['instigator_name', 'instigator_type'],
        subject: ['instigator_name'],
        alertStatus: 'FAILURE',
        examples: {
            alert_summary: 'Schedule daily_schedule failed to tick',
            alert_content: lines('Tick of schedule daily_schedule failed.', '', 'dagster._core.errors.ScheduleExecutionError: Error occurred during the execution of should_execute for schedule daily_schedule')
        }
    },
    {
        type: 'AGENT',
        title: 'Agent downtime',
        tokens: ['agent_url'],
        subject: [],
        alertStatus: 'FAILURE',
        examples: {
            alert_summary: 'Dagster+ agent is unavailable',
            alert_content: `No agent has sent a heartbeat to deployment prod for 5 minutes.\n\nView agents: ${DEPLOYMENT_URL}/agents`
        }
    },
    {
        type: 'INSIGHTS',
        title: 'Insights metric threshold exceeded',
        tokens: ['metric_name', 'threshold', 'computed_value', 'insights_url'],
        subject: ['metric_name'],
        alertStatus: 'EXCEEDED',
        examples: {
            alert_summary: 'dagster_credits exceeded 1000',
            alert_content: `Insights metric dagster_credits is 1250, above the threshold of 1000.\n\nView: ${DEPLOYMENT_URL}/insights`
        }
    }
];
/** The notification type named `type`, ignoring case. */
function notificationType(type) {
    const wanted = type.trim().toUpperCase();
    return NOTIFICATION_TYPES.find(t => t.type === wanted);
}
/** The notification type named `type`; an unknown name is an error. */
function requireType(type) {
    const found = notificationType(type);
    if (!found) {
        const known = NOTIFICATION_TYPES.map(t => t.type).join(', ');
        throw new Error(`Unknown notification type '${type}'; known types: ${known}`);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/event/sample-alerts.ts
/** Alerts filled from the catalogue: a realistic one of each notification type, and a hostile variant of it. */



/** A realistic alert of `type` (a failure-like one) with every global and type token set. */
function sampleAlert(type) {
    const notification = requireType(type);
    const names = [...GLOBAL_TOKENS.map(t => t.name), ...notification.tokens];
    const alert = Object.fromEntries(names.map(name => [name, notification.examples[name] ?? tokenSpec(name).example]));
    return { ...alert, notification_type: notification.type, is_sample: 'false' };
}
// Text a template must print literally and a platform must not act on: template and workflow syntax, replacement
// patterns, mentions, quotes, backslashes, control characters and astral-plane / ZWJ emoji.
const HOSTILE_TEXT = [
    '"double" \'single\' `tick` back\\slash \\n \\u0000 tab\there 🚨🔥👩‍💻',
    "<< alert_summary >> <%- raw %> {{ run_id }} ${{ secrets.GITHUB_TOKEN }} $& $1 $' </script>",
    '@everyone @here <@123> <@&456> ping',
    '::error file=x::injected workflow command'
].join('\n');
const TEN_KB = 10 * 1024;
/** A Python traceback of at least 10 KB, with hostile text, a code fence and a workflow command among its lines. */
function hostileTrace(example) {
    let trace = lines(example, '```', HOSTILE_TEXT, 'Traceback (most recent call last):');
    for (let frame = 1; trace.length < TEN_KB; frame++) {
        trace += `\n  File "/opt/dagster/app/analytics_pipelines/assets/orders_${frame}.py", line ${frame * 7}, in load_data`;
        trace += `\n    raise ValueError(f"bad row {row!r} in C:\\\\data\\\\orders_${frame}.csv: \\"quoted\\" ✗")`;
    }
    return lines(trace, 'ValueError: bad row \'{"id": 1}\'', '```', '::error::stack trace ends here');
}
/** The sample alert of `type` with hostile text in its free-text tokens; URLs, ids, statuses and times stay valid. */
function hostileAlert(type) {
    const sample = sampleAlert(type);
    const hostile = Object.entries(sample).map(([name, value]) => {
        const kind = tokenSpec(name).kind;
        if (kind === 'trace')
            return [name, hostileTrace(value)];
        if (kind === 'text')
            return [name, `${value} ${HOSTILE_TEXT}`];
        return [name, value];
    });
    return Object.fromEntries(hostile);
}

;// CONCATENATED MODULE: ./src/event/recovery-alerts.ts
/** The alerts that end a sample alert's problem, for the notification types that have one. */



/**
 * What changes when the problem of an alert of these types is over (a run succeeded, an asset healthy or fresh
 * again); '' removes a token the recovery does not carry. Other types have no recovery alert.
 */
const RECOVERY_EXAMPLES = {
    JOB: {
        alert_summary: 'Job daily_etl succeeded',
        alert_content: lines(`Run ${RUN_ID} of job daily_etl succeeded.`, '', `View run: ${RUN_LINK}`),
        run_status: 'SUCCESS',
        failure_message: ''
    },
    ASSET_HEALTH: {
        alert_summary: 'Asset analytics/daily_orders is HEALTHY',
        alert_content: lines('Asset analytics/daily_orders is HEALTHY.', 'Materialization: HEALTHY', 'Checks: HEALTHY', 'Freshness: PASS', '', `View asset: ${ASSET_LINK}`),
        health_status: 'HEALTHY',
        materialization_status: 'HEALTHY',
        checks_status: 'HEALTHY',
        freshness_status: 'PASS'
    },
    ASSET_FRESHNESS: {
        alert_summary: 'Asset analytics/daily_orders is fresh again',
        alert_content: lines('Asset analytics/daily_orders passes its freshness policy again.', '', `View asset: ${ASSET_LINK}`),
        freshness_status: 'PASS'
    }
};
/** The notification types that have a recovery alert. */
const RECOVERY_TYPES = Object.keys(RECOVERY_EXAMPLES);
/** The recovery that ends `sampleAlert(type)`'s problem (same subject, so the same fingerprint); undefined when the type has none. */
function sampleRecovery(type) {
    const notification = requireType(type);
    const recovery = RECOVERY_EXAMPLES[notification.type];
    if (!recovery)
        return undefined;
    const alert = { ...sampleAlert(notification.type), ...recovery };
    return Object.fromEntries(Object.entries(alert).filter(([, value]) => value !== ''));
}

;// CONCATENATED MODULE: ./src/event/tokens.ts
/**
 * The Dagster+ alert token catalogue: one import surface behind sample alerts, known variable names, docs and the
 * dispatch-body generator. Tokens and notification types follow Dagster+'s webhook guide.
 */






/***/ }),

/***/ 5412:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fg: () => (/* binding */ sha256Hex)
});

// UNUSED EXPORTS: randomId, sha1Hex

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./src/hash.ts

let loaded;
/** node:crypto on first use: loading it costs start-up ~15 ms, and many sends never hash. */
function nodeCrypto() {
    loaded ??= (0,external_node_module_namespaceObject.createRequire)(import.meta.url)('node:crypto');
    return loaded;
}
/** The SHA-256 of a text, as hex. */
function sha256Hex(text) {
    return nodeCrypto().createHash('sha256').update(text).digest('hex');
}
/** A random UUID, for markers no text may guess. */
function randomId() {
    return nodeCrypto().randomUUID();
}
/** The SHA-1 of a text, as hex: git's object ids (the state kept as git refs computes them ahead of the API). */
function sha1Hex(text) {
    return nodeCrypto().createHash('sha1').update(text).digest('hex');
}


/***/ }),

/***/ 7800:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P5: () => (/* binding */ problemView),
/* harmony export */   bS: () => (/* binding */ MAX_LISTED_MEMBERS),
/* harmony export */   qo: () => (/* binding */ stateLine)
/* harmony export */ });
/* unused harmony export changeReply */
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

/***/ 1268:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ closestName)
/* harmony export */ });
/** The name in `known` nearest to `name` within `maxEdits` (typos such as alert_sumary, colour, mentoin), if any. */
function closestName(name, known, maxEdits = 2) {
    let best;
    for (const candidate of known) {
        // each edit changes the length by one at most: a long name (a template can read a 100 KB one) costs nothing
        if (Math.abs(candidate.length - name.length) > maxEdits)
            continue;
        const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
        if (distance <= maxEdits && (!best || distance < best.distance))
            best = { name: candidate, distance };
    }
    return best?.name;
}
/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
function editDistance(a, b) {
    const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)];
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            row[j] = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
        }
        rows.push(row);
    }
    return rows[a.length][b.length];
}


/***/ }),

/***/ 5935:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  FQ: () => (/* binding */ templateFindings)
});

// UNUSED EXPORTS: atSendTime, findingsError

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/event/tokens.ts + 5 modules
var tokens = __nccwpck_require__(2396);
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
var closest_name = __nccwpck_require__(1268);
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
var variables = __nccwpck_require__(4684);
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
    const more = others.map(finding => `\n  ${locationText(finding)}: ${finding.title}: ${finding.message}`).join('');
    return new TemplateError(`${first.title}: ${first.message}${more}`, first.file ?? '', first.line, first.column);
}


/***/ }),

/***/ 8205:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ unreadVarFindings)
/* harmony export */ });
/* harmony import */ var _closest_name_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1268);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ SAMPLE_ENV),
/* harmony export */   n: () => (/* binding */ variableFindings)
/* harmony export */ });
/* harmony import */ var _event_derive_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3837);
/* harmony import */ var _event_normalise_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3002);
/* harmony import */ var _event_scope_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4592);
/* harmony import */ var _event_tokens_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2396);
/* harmony import */ var _closest_name_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1268);





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

/***/ 1600:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ producePayload)
/* harmony export */ });
/* unused harmony export platformContext */
/* harmony import */ var _platforms_shared_mentions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(637);

/**
 * render → fit → validate, for a send, check mode and the CLI alike. Throws TemplateError when the render fails,
 * InputError when the destination has no target for the payload. `warn` hears what fitting changed.
 */
function producePayload(template, 
/** The template scope (templateScope), and the `vars` it holds. */
{ scope, vars }, destination, warn, shared) {
    const rendered = template.render(scope, shared);
    const ctx = platformContext(destination, rendered.value, vars, template.literalText, warn);
    const payload = destination.platform.fit(rendered.value, ctx);
    return { rendered, payload, problems: destination.platform.validate(payload, ctx), ctx };
}
/**
 * Everything the platform needs besides the payload. `literalText` is the template's CompiledTemplate.literalText:
 * its mentions, and those in `vars`, may ping.
 */
function platformContext(destination, payload, vars, literalText, warn) {
    return {
        target: destination.target(payload),
        settings: destination.settings,
        headers: destination.headers,
        vars,
        authoredText: (0,_platforms_shared_mentions_js__WEBPACK_IMPORTED_MODULE_0__/* .authoredText */ .ie)(literalText, vars),
        state: new Map(),
        ...(destination.problem && { problem: destination.problem }),
        now: destination.now,
        warn
    };
}


/***/ }),

/***/ 2643:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   oT: () => (/* binding */ templatePlatform)
/* harmony export */ });
/* unused harmony exports templateVariant, sendPlatform, checkWrittenFor */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _platforms_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3735);
/* harmony import */ var _platforms_types_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4473);




/**
 * The one rule, for a send and for check mode: a template's front matter `platform` names a platform or one of its
 * API versions (a variant name such as `<platform>-v3`); any other name is refused.
 */
function declaredPlatform(frontMatter) {
    const declared = frontMatter.platform;
    if (declared === undefined)
        return undefined;
    return (0,_platforms_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .platformOfDeclared */ .$X)(declared) ?? { unknown: declared };
}
/**
 * What the platform reads an API version from (resolveTarget, sampleTarget): the version a template declares
 * (a variant name), else `fallback` (the template's reference or file, whose name may say it).
 */
function templateVariant(frontMatter, platform, fallback) {
    const declared = frontMatter.platform;
    return declared && declared !== platform ? declared : fallback;
}
/** A send's platform: the `platform` input, else the `url`, else what the templates declare (all the same one). */
function sendPlatform(config, templates) {
    if (config.platform)
        return descriptorByName(config.platform);
    const inferred = config.url ? inferPlatform(config.url) : undefined;
    if (inferred)
        return inferred;
    const declared = [
        ...new Set(templates.flatMap(each => {
            const found = declaredPlatform(each.frontMatter);
            return found === undefined ? [] : ['unknown' in found ? found.unknown : found];
        }))
    ];
    if (declared.length > 1) {
        const which = templates.map(each => `${each.file}: ${each.frontMatter.platform ?? 'none'}`).join(', ');
        throw new InputError('template', `the templates are written for different platforms (${which})`, 'Send to each platform from its own step, with its own templates');
    }
    if (declared[0] !== undefined && typeof declared[0] !== 'string')
        return declared[0];
    const fix = `Set platform to one of: ${PLATFORM_NAMES.join(', ')}`;
    if (config.url)
        throw new InputError('platform', 'could not be inferred from the url', fix);
    // An empty url is most often a secret that is not set, or named differently, in the repository
    throw new InputError('platform', 'is not set and the url input is empty', `If url comes from a secret (url: \${{ secrets.NAME }}), check that the secret exists in this repository or ` +
        `environment under exactly that name: a missing secret is an empty input. Otherwise set url, or ${fix.charAt(0).toLowerCase()}${fix.slice(1)}`);
}
/** A template a send lists must be written for the send's platform, when it says which. */
function checkWrittenFor(platform, template) {
    const found = declaredPlatform(template.frontMatter);
    if (found === undefined || ('name' in found && found.name === platform))
        return;
    const declared = template.frontMatter.platform;
    throw new InputError('template', `${template.file} is written for ${declared}, but the platform is ${platform}`, `Use a ${platform} template or set platform: ${'name' in found ? found.name : declared}`);
}
const NAMED_PLATFORM = new RegExp(`^(${_platforms_types_js__WEBPACK_IMPORTED_MODULE_3__/* .PLATFORM_NAMES */ .Z.join('|')})`);
/**
 * The platform of a template checked or rendered on its own (no `platform` or `url` input): its front matter
 * `platform`, else its file name (`<platform>-jobs.yml`).
 */
function templatePlatform(template) {
    const { file, frontMatter } = template;
    const declared = declaredPlatform(frontMatter);
    if (declared && 'unknown' in declared)
        return {
            problem: `front matter platform "${declared.unknown}" is not supported: use one of ${(0,_platforms_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .declarableNames */ .Gz)().join(', ')}`,
            inFrontMatter: true
        };
    if (declared)
        return {
            platform: (0,_platforms_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .platformByName */ .Yv)(declared.name),
            templateName: templateVariant(frontMatter, declared.name, file)
        };
    const named = NAMED_PLATFORM.exec(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(file))?.[1];
    if (named && isPlatformName(named))
        return { platform: (0,_platforms_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .platformByName */ .Yv)(named), templateName: file };
    return {
        problem: `cannot tell which platform ${file} is for: start the file with front matter ` +
            `("---", "platform: ${_platforms_types_js__WEBPACK_IMPORTED_MODULE_3__/* .PLATFORM_NAMES */ .Z[0]}" (or ${_platforms_types_js__WEBPACK_IMPORTED_MODULE_3__/* .PLATFORM_NAMES */ .Z.slice(1).join(', ')}), "---"), ` +
            `or name it after the platform (${(0,_platforms_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .declarableNames */ .Gz)()
                .map(name => `${name}-….yml`)
                .join(', ')}; an API version's name picks that version)`,
        inFrontMatter: false
    };
}
function isPlatformName(name) {
    return _platforms_types_js__WEBPACK_IMPORTED_MODULE_3__/* .PLATFORM_NAMES */ .Z.includes(name);
}


/***/ }),

/***/ 4676:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  d: () => (/* binding */ LONGEST_STATE),
  A: () => (/* binding */ problemStates)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/memory/alert-member.ts
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

// EXTERNAL MODULE: ./src/memory/problem-view.ts
var problem_view = __nccwpck_require__(7800);
;// CONCATENATED MODULE: ./src/memory/sample-views.ts


const MINUTE = 60_000;
/** The three states of the problem of `alert` (the default dedupe key: its fingerprint), at `now` (epoch ms). */
function sampleViews(alert, fingerprint, now) {
    const label = memberLabel(alert, fingerprint);
    const other = `${label}_2`;
    const member = (name, status, occurrences) => ({
        label: name,
        mark: { episode: 1, status, occurrences }
    });
    const view = (members, openedAt) => (0,problem_view/* problemView */.P5)(members, {
        key: fingerprint,
        sample: alert.is_sample === true,
        openedAt,
        lastSeenAt: now,
        latestText: latestText(alert),
        maxListed: problem_view/* MAX_LISTED_MEMBERS */.bS
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

// EXTERNAL MODULE: ./src/platforms/registry.ts + 1 modules
var registry = __nccwpck_require__(3735);
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
    const views = sampleViews(alert, derived.fingerprint, produced.ctx.now().getTime());
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


/***/ }),

/***/ 5351:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FU: () => (/* binding */ withSampleVars),
/* harmony export */   Ny: () => (/* binding */ sampleDestination)
/* harmony export */ });
/* unused harmony export NO_SETTINGS */
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


/***/ }),

/***/ 2758:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W7: () => (/* binding */ lookAlike),
/* harmony export */   sK: () => (/* binding */ discordDescriptor),
/* harmony export */   wn: () => (/* binding */ WEBHOOK_PATH)
/* harmony export */ });
const DISCORD_HOSTS = new Set(['discord.com', 'discordapp.com'].flatMap(host => [host, `ptb.${host}`, `canary.${host}`]));
/** The execute-webhook path; the last segment is the token, a credential. */
const WEBHOOK_PATH = /^\/api(?:\/v\d+)?\/webhooks\/(\d+)\/([\w-]+)\/?$/;
function matches(url) {
    return DISCORD_HOSTS.has(url.hostname.toLowerCase()) && WEBHOOK_PATH.test(url.pathname);
}
/** The link a browser shows for a channel or message (https://discord.com/channels/…), copied instead of a webhook URL. */
function lookAlike(url) {
    if (!DISCORD_HOSTS.has(url.hostname.toLowerCase()) || !/^\/channels\//.test(url.pathname))
        return undefined;
    return {
        problem: `${url.origin}/channels/… is a link to a Discord channel or message, not a webhook URL`,
        fix: 'Copy the webhook URL instead: Server Settings › Integrations › Webhooks › (New Webhook, or pick one for the channel) › ' +
            'Copy Webhook URL (https://discord.com/api/webhooks/…), and store it as a secret'
    };
}
const discordDescriptor = {
    name: 'discord',
    displayName: 'Discord',
    matches,
    lookAlike,
    credentialPath: /\/api(?:\/v\d+)?\/webhooks\/\d+\/([^/?#]+)/,
    load: () => __nccwpck_require__.e(/* import() */ 759).then(__nccwpck_require__.bind(__nccwpck_require__, 2759)).then(module => module.discord)
};


/***/ }),

/***/ 193:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ lookAlike),
/* harmony export */   t: () => (/* binding */ githubDescriptor)
/* harmony export */ });
function matches(url) {
    return url.hostname.toLowerCase() === 'api.github.com' || /^\/api\/v3\/?$/.test(url.pathname);
}
/** A repository's page (https://github.com/OWNER/REPO/issues), copied instead of leaving url to the API base. */
function lookAlike(url) {
    const page = /^\/([\w.-]+)\/([\w.-]+)(\/|$)/.exec(url.pathname);
    if (!/^(www\.)?github\.com$/i.test(url.hostname) || !page)
        return undefined;
    return {
        problem: `${url.origin}/${page[1]}/${page[2]}… is a repository's page on GitHub's website, not the API`,
        fix: `Set platform: github and repository: ${page[1]}/${page[2]}, and leave url unset (the API base defaults to the runner's)`
    };
}
const githubDescriptor = {
    name: 'github',
    displayName: 'GitHub',
    matches,
    lookAlike,
    load: () => __nccwpck_require__.e(/* import() */ 632).then(__nccwpck_require__.bind(__nccwpck_require__, 7632)).then(module => module.github)
};


/***/ }),

/***/ 5258:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jq: () => (/* binding */ isApiHost),
/* harmony export */   W1: () => (/* binding */ EVENTS_PATH),
/* harmony export */   W7: () => (/* binding */ lookAlike),
/* harmony export */   ah: () => (/* binding */ incidentioDescriptor)
/* harmony export */ });
const API_HOST = 'api.incident.io';
const APP_HOST = /(^|\.)incident\.io$/i;
/** An HTTP alert source's events endpoint; the group is the alert source config id. */
const EVENTS_PATH = /^\/v2\/alert_events\/http\/([^/]+)\/?$/;
function isApiHost(url) {
    return url.hostname.toLowerCase() === API_HOST;
}
function matches(url) {
    return isApiHost(url) && EVENTS_PATH.test(url.pathname);
}
/** A page of the dashboard (app.incident.io/…) or the site, copied instead of the alert source's URL. */
function lookAlike(url) {
    if (!APP_HOST.test(url.hostname) || isApiHost(url))
        return undefined;
    return {
        problem: `${url.origin}/… is an incident.io page, not an HTTP alert source's endpoint`,
        fix: "Set platform: incidentio and url to the HTTP alert source's URL, https://api.incident.io/v2/alert_events/http/<config id> (Alerts › Sources › your HTTP source), and token to its token"
    };
}
const incidentioDescriptor = {
    name: 'incidentio',
    displayName: 'incident.io',
    matches,
    lookAlike,
    load: () => __nccwpck_require__.e(/* import() */ 800).then(__nccwpck_require__.bind(__nccwpck_require__, 9800)).then(module => module.incidentio)
};


/***/ }),

/***/ 1488:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ lookAlike),
/* harmony export */   a: () => (/* binding */ jiraDescriptor)
/* harmony export */ });
function matches(url) {
    return /\.(atlassian\.net|jira\.com)$/i.test(url.hostname) || /\/rest\/api\/[23]\/issue\/?$/.test(url.pathname);
}
/** A page of the Jira app (an issue at /browse/KEY-1, a board or project under /jira/…), copied instead of the site URL. */
function lookAlike(url) {
    const cloud = /\.(atlassian\.net|jira\.com)$/i.test(url.hostname);
    // On a Cloud site every app page starts so; elsewhere (a server with a context path) only an issue link is certain.
    const page = cloud
        ? /^()\/(browse|jira|projects|secure)(\/|$)/.exec(url.pathname)
        : /^(.*?)\/(browse)\/[A-Z][A-Z0-9_]*-\d+/i.exec(url.pathname);
    if (!page)
        return undefined;
    const site = url.origin + page[1];
    return {
        problem: `${site}/${page[2]}/… is a page of the Jira app (an issue, board or project), not the issue endpoint`,
        fix: `Set url to ${site}/rest/api/2/issue (or ${site}/rest/api/3/issue, or just ${site}) and choose the project with vars: project: KEY`
    };
}
const jiraDescriptor = {
    name: 'jira',
    displayName: 'Jira',
    variantNames: ['jira-v2', 'jira-v3'],
    matches,
    lookAlike,
    load: () => __nccwpck_require__.e(/* import() */ 306).then(__nccwpck_require__.bind(__nccwpck_require__, 4306)).then(module => module.jira)
};


/***/ }),

/***/ 4939:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W7: () => (/* binding */ lookAlike),
/* harmony export */   X7: () => (/* binding */ linearDescriptor),
/* harmony export */   mP: () => (/* binding */ DEFAULT_ENDPOINT)
/* harmony export */ });
/** Linear's one GraphQL endpoint. */
const DEFAULT_ENDPOINT = 'https://api.linear.app/graphql';
function matches(url) {
    return url.hostname === 'api.linear.app';
}
/** A page of the Linear app (https://linear.app/WORKSPACE/…), copied instead of the API endpoint. */
function lookAlike(url) {
    if (!/^(www\.)?linear\.app$/i.test(url.hostname))
        return undefined;
    return {
        problem: `${url.origin}/… is a page of the Linear app, not Linear's API`,
        fix: `Set platform: linear and leave url unset (the API is ${DEFAULT_ENDPOINT}); name the team with vars: team_id: … and pass the API key in headers`
    };
}
const linearDescriptor = {
    name: 'linear',
    displayName: 'Linear',
    matches,
    lookAlike,
    load: () => Promise.all(/* import() */[__nccwpck_require__.e(507), __nccwpck_require__.e(444)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3444)).then(module => module.linear)
};


/***/ }),

/***/ 4020:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jq: () => (/* binding */ isApiHost),
/* harmony export */   W7: () => (/* binding */ lookAlike),
/* harmony export */   wR: () => (/* binding */ opsgenieDescriptor)
/* harmony export */ });
/** The Alert API hosts: the US instance and the EU one. */
const API_HOSTS = new Set(['api.opsgenie.com', 'api.eu.opsgenie.com']);
const OPSGENIE_HOST = /(^|\.)opsgenie\.com$/i;
function isApiHost(url) {
    return API_HOSTS.has(url.hostname.toLowerCase());
}
function matches(url) {
    return isApiHost(url);
}
/** A page of the web app (acme.app.opsgenie.com/…), copied instead of the Alert API endpoint. */
function lookAlike(url) {
    if (!OPSGENIE_HOST.test(url.hostname) || isApiHost(url))
        return undefined;
    return {
        problem: `${url.origin}/… is an Opsgenie page, not the Alert API`,
        fix: 'Set platform: opsgenie and leave url unset (https://api.opsgenie.com/v2/alerts; https://api.eu.opsgenie.com/v2/alerts for an EU account), and token to the API key of an API integration (Settings › Integrations › API)'
    };
}
const opsgenieDescriptor = {
    name: 'opsgenie',
    displayName: 'Opsgenie',
    matches,
    lookAlike,
    load: () => __nccwpck_require__.e(/* import() */ 322).then(__nccwpck_require__.bind(__nccwpck_require__, 1322)).then(module => module.opsgenie)
};


/***/ }),

/***/ 7087:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FM: () => (/* binding */ pagerdutyDescriptor),
/* harmony export */   W7: () => (/* binding */ lookAlike),
/* harmony export */   Wl: () => (/* binding */ isEventsHost)
/* harmony export */ });
/** The Events API v2 hosts: the US service region and the EU one. */
const EVENTS_HOSTS = new Set(['events.pagerduty.com', 'events.eu.pagerduty.com']);
const PAGERDUTY_HOST = /(^|\.)pagerduty\.com$/i;
function isEventsHost(url) {
    return EVENTS_HOSTS.has(url.hostname.toLowerCase());
}
function matches(url) {
    return isEventsHost(url);
}
/** A page of the web app (acme.pagerduty.com/…) or the REST API, copied instead of the Events API endpoint. */
function lookAlike(url) {
    if (!PAGERDUTY_HOST.test(url.hostname) || isEventsHost(url))
        return undefined;
    return {
        problem: `${url.origin}/… is a PagerDuty page or its REST API, not the Events API v2 endpoint`,
        fix: 'Set platform: pagerduty and leave url unset (https://events.pagerduty.com/v2/enqueue; https://events.eu.pagerduty.com/v2/enqueue for an account in the EU region), and set token to the integration key of an Events API v2 integration on the service (Service › Integrations)'
    };
}
const pagerdutyDescriptor = {
    name: 'pagerduty',
    displayName: 'PagerDuty',
    matches,
    lookAlike,
    load: () => __nccwpck_require__.e(/* import() */ 521).then(__nccwpck_require__.bind(__nccwpck_require__, 5521)).then(module => module.pagerduty)
};


/***/ }),

/***/ 3735:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Gz: () => (/* binding */ declarableNames),
  q8: () => (/* binding */ loadAllPlatforms),
  Yv: () => (/* binding */ platformByName),
  $X: () => (/* binding */ platformOfDeclared),
  bh: () => (/* binding */ problemMessagesOf)
});

// UNUSED EXPORTS: descriptorByName, inferPlatform, loadPlatform, urlCredentialPatterns

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/platforms/discord/descriptor.ts
var descriptor = __nccwpck_require__(2758);
// EXTERNAL MODULE: ./src/platforms/shared/endpoint.ts
var endpoint = __nccwpck_require__(7355);
// EXTERNAL MODULE: ./src/platforms/github/descriptor.ts
var github_descriptor = __nccwpck_require__(193);
// EXTERNAL MODULE: ./src/platforms/incidentio/descriptor.ts
var incidentio_descriptor = __nccwpck_require__(5258);
// EXTERNAL MODULE: ./src/platforms/jira/descriptor.ts
var jira_descriptor = __nccwpck_require__(1488);
// EXTERNAL MODULE: ./src/platforms/linear/descriptor.ts
var linear_descriptor = __nccwpck_require__(4939);
// EXTERNAL MODULE: ./src/platforms/opsgenie/descriptor.ts
var opsgenie_descriptor = __nccwpck_require__(4020);
// EXTERNAL MODULE: ./src/platforms/pagerduty/descriptor.ts
var pagerduty_descriptor = __nccwpck_require__(7087);
// EXTERNAL MODULE: ./src/platforms/slack/descriptor.ts
var slack_descriptor = __nccwpck_require__(2386);
// EXTERNAL MODULE: ./src/platforms/teams/descriptor.ts
var teams_descriptor = __nccwpck_require__(9268);
// EXTERNAL MODULE: ./src/platforms/types.ts
var types = __nccwpck_require__(4473);
;// CONCATENATED MODULE: ./src/platforms/webhook/descriptor.ts
/** A generic URL says nothing about its receiver: `webhook` is only ever chosen with `platform: webhook`. */
function matches() {
    return false;
}
const webhookDescriptor = {
    name: 'webhook',
    displayName: 'Webhook',
    matches,
    load: () => __nccwpck_require__.e(/* import() */ 965).then(__nccwpck_require__.bind(__nccwpck_require__, 4965)).then(module => module.webhook)
};

;// CONCATENATED MODULE: ./src/platforms/registry.ts













/**
 * Every platform, by name: small descriptors, always loaded, the one source of each platform's identity; each
 * implementation is loaded when a run uses it, so start-up pays for one platform. Adding a platform adds its
 * descriptor here and nowhere else in the pipeline.
 */
const PLATFORMS = {
    discord: descriptor/* discordDescriptor */.sK,
    jira: jira_descriptor/* jiraDescriptor */.a,
    linear: linear_descriptor/* linearDescriptor */.X7,
    webhook: webhookDescriptor,
    teams: teams_descriptor/* teamsDescriptor */.Yb,
    slack: slack_descriptor/* slackDescriptor */.o2,
    github: github_descriptor/* githubDescriptor */.t,
    pagerduty: pagerduty_descriptor/* pagerdutyDescriptor */.FM,
    incidentio: incidentio_descriptor/* incidentioDescriptor */.ah,
    opsgenie: opsgenie_descriptor/* opsgenieDescriptor */.wR
};
const loaded = new Map();
function descriptorByName(name) {
    return PLATFORMS[name];
}
/** The platform a template's front matter `platform` names: a platform name or one of its variant names (jira-v3). */
function platformOfDeclared(declared) {
    return Object.values(PLATFORMS).find(platform => platform.name === declared || platform.variantNames?.includes(declared));
}
/** Every name front matter `platform` accepts. */
function declarableNames() {
    return Object.values(PLATFORMS).flatMap(platform => [platform.name, ...(platform.variantNames ?? [])]);
}
/**
 * The platform a `url` input belongs to, if it is recognisable. A link to a service's page (a channel, an issue)
 * is refused with that platform's word on where the right URL is.
 */
function inferPlatform(url) {
    const parsed = parseUrl(url, 'Use a full https:// URL');
    const platforms = Object.values(PLATFORMS);
    for (const platform of platforms) {
        const mistake = platform.lookAlike?.(parsed);
        if (mistake)
            throw new InputError('url', mistake.problem, mistake.fix);
    }
    return platforms.find(platform => platform.matches(parsed));
}
/** Every platform's URL path pattern that holds a credential (first group), for masking any `url` input. */
function urlCredentialPatterns() {
    return Object.values(PLATFORMS).flatMap(platform => (platform.credentialPath ? [platform.credentialPath] : []));
}
/** The platform's code with its descriptor, loaded once. */
async function loadPlatform(name) {
    const earlier = loaded.get(name);
    if (earlier)
        return earlier;
    const descriptor = PLATFORMS[name];
    const platform = { ...(await descriptor.load()), descriptor };
    loaded.set(name, platform);
    return platform;
}
const loadedProblemMessages = new Map();
/**
 * Check mode and the CLI may meet templates for any platform: they load them all before working synchronously, with
 * the problem messages of those that have them (both show a chat message's problem states).
 */
async function loadAllPlatforms() {
    for (const name of types/* PLATFORM_NAMES */.Z) {
        const messages = await (await loadPlatform(name)).problemMessages?.();
        if (messages)
            loadedProblemMessages.set(name, messages);
    }
}
/** A platform's problem messages, loaded with loadAllPlatforms; undefined when it has none. */
function problemMessagesOf(platform) {
    return loadedProblemMessages.get(platform.descriptor.name);
}
/** A platform loaded before (`loadPlatform`, `loadAllPlatforms`). */
function platformByName(name) {
    const platform = loaded.get(name);
    if (!platform)
        throw new Error(`internal error: the ${name} platform was used before it was loaded`);
    return platform;
}


/***/ }),

/***/ 7355:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bk: () => (/* binding */ parseEndpoint),
/* harmony export */   q$: () => (/* binding */ isHttpUrl)
/* harmony export */ });
/* unused harmony exports isLoopback, parseUrl */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

/** Plain http is allowed only here: the stand-ins and local proxies listen on loopback. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
function isLoopback(url) {
    return LOOPBACK_HOSTS.has(url.hostname);
}
/** Whether a value is an absolute http(s) URL (links in payloads). */
function isHttpUrl(value) {
    if (typeof value !== 'string')
        return false;
    try {
        return ['http:', 'https:'].includes(new URL(value).protocol);
    }
    catch {
        return false;
    }
}
/** `text` as a URL; an invalid one is refused without echoing it, since a URL may carry a token. */
function parseUrl(text, hint) {
    try {
        return new URL(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('url', 'is not a valid URL', hint);
    }
}
/**
 * The `url` input as an endpoint: https (http only on loopback, or anywhere with `allowPlainHttp`), without
 * its #fragment. Path and host checks stay with each platform.
 */
function parseEndpoint(text, rules) {
    const given = text?.trim() || rules.fallback;
    if (!given)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('url', `is required for ${rules.required ?? 'this platform'}`, rules.hint);
    const url = parseUrl(given, rules.hint);
    const mistake = rules.lookAlike?.(url);
    if (mistake)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('url', mistake.problem, mistake.fix);
    if (rules.allowPlainHttp) {
        if (url.protocol !== 'https:' && url.protocol !== 'http:') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('url', `must be an http(s) URL, got ${url.protocol}`, rules.hint);
        }
    }
    else if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('url', `${(rules.mask ?? schemeAndHost)(url)} must use https`, rules.hint);
    }
    url.hash = '';
    return url;
}
function schemeAndHost(url) {
    return `${url.protocol}//${url.host}`;
}


/***/ }),

/***/ 637:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $0: () => (/* binding */ neutralise),
/* harmony export */   Pj: () => (/* binding */ WORD_JOINER),
/* harmony export */   ie: () => (/* binding */ authoredText)
/* harmony export */ });
/**
 * Only mentions the workflow author wrote may notify anyone; a mention that arrives in alert text is made inert.
 * The rule lives here once; each platform supplies its own mention syntax.
 */
/** U+2060: invisible, and breaks `@name` so that no service links or pings it. */
const WORD_JOINER = '\u2060';
/**
 * What the workflow author wrote that is sent: the template body's literal text (never its comments, front matter
 * or Liquid expressions) and the `vars` values, one piece a line. Only mentions found here may notify anyone.
 */
function authoredText(templateLiteralText, vars) {
    return [templateLiteralText, ...textsOf(vars)].join('\n');
}
function textsOf(value) {
    if (typeof value === 'string')
        return [value];
    if (value === null || typeof value !== 'object')
        return [];
    return Object.values(value).flatMap(textsOf);
}
/**
 * `text` with every match of `pattern` (global) that the author did not write replaced by `inert(match, ...groups)`.
 * `mentionOf` says which part of a match is the mention itself (default: the whole match). A mention counts as
 * written when `pattern` finds the very same mention in `authoredText` (so `@ann` is not authorised by `@anna`).
 */
function neutralise(text, authoredText, pattern, inert, mentionOf = match => match) {
    const authored = new Set([...authoredText.matchAll(pattern)].map(([match, ...groups]) => mentionOf(match, ...texts(groups))));
    return text.replace(pattern, (match, ...rest) => {
        // the groups come before the match's offset, the first number
        const groups = texts(rest.slice(0, rest.findIndex(part => typeof part === 'number')));
        return authored.has(mentionOf(match, ...groups)) ? match : inert(match, ...groups);
    });
}
/** A match's groups, one that took part in no match as ''. */
function texts(groups) {
    return groups.map(group => (typeof group === 'string' ? group : ''));
}


/***/ }),

/***/ 2386:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W7: () => (/* binding */ lookAlike),
/* harmony export */   o2: () => (/* binding */ slackDescriptor),
/* harmony export */   tG: () => (/* binding */ POST_MESSAGE_URL),
/* harmony export */   vW: () => (/* binding */ POST_MESSAGE_PATH)
/* harmony export */ });
const WEBHOOK_HOSTS = new Set(['hooks.slack.com', 'hooks.slack-gov.com']);
const API_HOSTS = new Set(['slack.com', 'slack-gov.com']);
const POST_MESSAGE_PATH = /^\/api\/chat\.postMessage\/?$/;
const POST_MESSAGE_URL = 'https://slack.com/api/chat.postMessage';
function matches(url) {
    const host = url.hostname.toLowerCase();
    // Every hooks.slack.com URL is claimed, so a workflow trigger gets Slack's explanation rather than "cannot infer".
    return WEBHOOK_HOSTS.has(host) || (API_HOSTS.has(host) && POST_MESSAGE_PATH.test(url.pathname));
}
/** Links a browser shows for a workspace, channel or message: app.slack.com/client/…, WORKSPACE.slack.com/archives/…. */
function lookAlike(url) {
    const host = url.hostname.toLowerCase();
    const appLink = host === 'app.slack.com' && /^\/client(\/|$)/.test(url.pathname);
    const archiveLink = /\.slack\.com$/.test(host) && /^\/archives(\/|$)/.test(url.pathname);
    if (!appLink && !archiveLink)
        return undefined;
    return {
        problem: `${url.origin}${appLink ? '/client' : '/archives'}/… is a link to a Slack channel or message, not a webhook URL`,
        fix: 'Create an incoming webhook for the channel (api.slack.com/apps › your app › Incoming Webhooks › Add New Webhook) and ' +
            `set url to its https://hooks.slack.com/services/… URL, stored as a secret; or use ${POST_MESSAGE_URL} with a bot ` +
            'token and vars: channel: C0123456789 (the ID at the end of a channel link)'
    };
}
const slackDescriptor = {
    name: 'slack',
    displayName: 'Slack',
    matches,
    lookAlike,
    credentialPath: /^\/services\/[^/]+\/[^/]+\/([^/?#]+)/,
    load: () => __nccwpck_require__.e(/* import() */ 99).then(__nccwpck_require__.bind(__nccwpck_require__, 6099)).then(module => module.slack)
};


/***/ }),

/***/ 9268:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ isWorkflowHost),
/* harmony export */   W7: () => (/* binding */ lookAlike),
/* harmony export */   Yb: () => (/* binding */ teamsDescriptor)
/* harmony export */ });
const WORKFLOW_HOSTS = [/\.logic\.azure\.com$/i, /\.environment\.api\.powerplatform\.com$/i];
const TRIGGER_PATH = /\/workflows\/[^/]+\/triggers\/[^/]+\/paths\/invoke\/?$/i;
function isWorkflowHost(url) {
    return WORKFLOW_HOSTS.some(host => host.test(url.hostname));
}
function matches(url) {
    return isWorkflowHost(url) && TRIGGER_PATH.test(url.pathname);
}
/** The "Get link to channel" link (https://teams.microsoft.com/l/channel/…), copied instead of a workflow's URL. */
function lookAlike(url) {
    if (!/^teams\.(microsoft\.com|cloud\.microsoft)$/i.test(url.hostname) || !/^\/l\//.test(url.pathname))
        return undefined;
    return {
        problem: `${url.origin}${url.pathname.startsWith('/l/channel/') ? '/l/channel' : '/l'}/… is a link to a Teams channel or message, not a webhook URL`,
        fix: `Set platform: teams and url to the URL of a Teams workflow's "When a Teams webhook request is received" trigger (channel › Workflows › "Send webhook alerts to a channel"), copied whole and stored as a secret`
    };
}
const teamsDescriptor = {
    name: 'teams',
    displayName: 'Teams',
    matches,
    lookAlike,
    load: () => __nccwpck_require__.e(/* import() */ 534).then(__nccwpck_require__.bind(__nccwpck_require__, 8534)).then(module => module.teams)
};


/***/ }),

/***/ 4473:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ PLATFORM_NAMES)
/* harmony export */ });
/** Every platform name users can write; the registry maps each to its module. */
const PLATFORM_NAMES = [
    'discord',
    'jira',
    'linear',
    'webhook',
    'teams',
    'slack',
    'github',
    'pagerduty',
    'incidentio',
    'opsgenie'
];


/***/ }),

/***/ 7710:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Zi: () => (/* binding */ parseMappingText),
/* harmony export */   pi: () => (/* binding */ isMapping)
/* harmony export */ });
/* unused harmony export loadYamlParserFor */
/* harmony import */ var _data_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5092);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _yaml_parser_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2186);



/**
 * Reads JSON or YAML text that must hold a mapping, within the size and depth limits of `data-limits.ts`. JSON is
 * tried first (what workflows usually pass, and no YAML parser needed; V8's JSON.parse does not recurse); YAML
 * errors are reported by position and reason only, never by quoting the text, since inputs such as `headers` hold
 * credentials.
 */
function parseMappingText(text, source) {
    (0,_data_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .checkTextSize */ .Be)(text, source);
    const value = parseJsonOrYaml(text, source);
    (0,_data_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .checkDataShape */ .GK)(value, source);
    if ((value === null || value === undefined) && source.allowEmpty)
        return {};
    if (!isMapping(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source.input, `${source.place} must be a mapping of names to values, but it is ${describeKind(value)}`, source.hint);
    }
    return value;
}
/** For edges: loads the YAML parser when one of `texts`, each a text parseMappingText is about to read, is not JSON. */
async function loadYamlParserFor(texts) {
    if (texts.some(text => !isJson(text)))
        await loadYamlParser();
}
function isJson(text) {
    try {
        JSON.parse(text);
        return true;
    }
    catch {
        return false;
    }
}
function parseJsonOrYaml(text, source) {
    try {
        return JSON.parse(text);
    }
    catch {
        // Not JSON: YAML reads the rest (JSON is YAML), and its errors carry line and column.
    }
    (0,_data_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .checkYamlNesting */ .s0)(text, source);
    const yaml = (0,_yaml_parser_js__WEBPACK_IMPORTED_MODULE_2__/* .yamlParser */ .$)();
    try {
        return yaml.parse(text, { uniqueKeys: true, schema: source.scalarsAsText ? 'failsafe' : 'core' });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source.input, `${source.place} is not valid JSON or YAML${describeYamlError(error)}`, `Fix the syntax there. ${source.hint}`);
    }
}
function describeYamlError(error) {
    if (!(error instanceof (0,_yaml_parser_js__WEBPACK_IMPORTED_MODULE_2__/* .yamlParser */ .$)().YAMLParseError))
        return '';
    const position = error.linePos ? ` at line ${error.linePos[0].line}, column ${error.linePos[0].col}` : '';
    return `: ${error.code.toLowerCase().replace(/_/g, ' ')}${position}`;
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function describeKind(value) {
    if (value === null || value === undefined)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    return `a ${typeof value}`;
}


/***/ }),

/***/ 6399:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Gq: () => (/* binding */ compileTemplate)
});

// UNUSED EXPORTS: isLiquidText, loadTemplateModules

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/yaml-parser.ts
var yaml_parser = __nccwpck_require__(2186);
// EXTERNAL MODULE: ./src/template/document.ts
var template_document = __nccwpck_require__(1689);
// EXTERNAL MODULE: ./src/template/liquid.ts
var liquid = __nccwpck_require__(584);
// EXTERNAL MODULE: ./src/template/filters.ts
var filters = __nccwpck_require__(1329);
// EXTERNAL MODULE: ./src/template/render-limits.ts
var render_limits = __nccwpck_require__(981);
// EXTERNAL MODULE: ./src/template/standard-filters.ts
var standard_filters = __nccwpck_require__(8523);
;// CONCATENATED MODULE: ./src/template/program.ts



/** The filters a program may name: the template filters and the standard ones it implements. */
const PROGRAM_FILTERS = {
    ...Object.fromEntries(Object.entries(standard_filters/* STANDARD_FILTERS */.wv).map(([name, { filter }]) => [name, filter])),
    ...filters/* TEMPLATE_FILTERS */.XE
};
function startProgramRender(scope, shared) {
    const call = { context: { memoryLimit: new render_limits/* MemoryBudget */.ND(render_limits/* RENDER_LIMITS */.aj.memoryLimit, shared?.memory) } };
    return {
        render(leaf) {
            const run = { scope, captured: Object.create(null), call };
            return 'whole' in leaf ? evaluate(leaf.whole, run) : renderNodes(leaf.nodes, run);
        }
    };
}
function renderNodes(nodes, run) {
    let text = '';
    for (const node of nodes)
        text += renderNode(node, run);
    return text;
}
function renderNode(node, run) {
    if ('text' in node)
        return node.text;
    if ('output' in node)
        return (0,standard_filters/* stringify */.As)(evaluate(node.output, run));
    if ('capture' in node) {
        run.captured[node.capture] = renderNodes(node.body, run);
        return '';
    }
    if ('case' in node) {
        const subject = evaluate(node.case, run);
        let text = '';
        let matched = false;
        for (const when of node.whens) {
            if (when.values.some(value => equals(subject, operand(value, run)))) {
                text += renderNodes(when.body, run);
                matched = true;
            }
        }
        return matched ? text : renderNodes(node.otherwise, run);
    }
    for (const branch of node.branches) {
        if ((0,standard_filters/* isFalsy */.WM)(evaluate(branch.test, run)) === Boolean(branch.unless))
            return renderNodes(branch.body, run);
    }
    return renderNodes(node.otherwise, run);
}
function evaluate(value, run) {
    const stack = [];
    for (const step of value.postfix) {
        if (!('operator' in step))
            stack.push(operand(step, run));
        else if (step.operator === 'not')
            stack.push((0,standard_filters/* isFalsy */.WM)(stack.pop()));
        else {
            const right = stack.pop();
            stack.push(OPERATORS[step.operator](stack.pop(), right));
        }
    }
    let result = stack[0];
    for (const filter of value.filters) {
        result = PROGRAM_FILTERS[filter.name].call(run.call, result, ...filter.args.map(arg => operand(arg, run)));
    }
    return result;
}
function operand(value, run) {
    if ('constant' in value)
        return value.constant;
    const [first, ...rest] = value.path;
    let current = first in run.captured ? run.captured[first] : readProperty(run.scope, first);
    for (const key of rest)
        current = readProperty(current, key);
    return current;
}
/** liquidjs's property read with `ownPropertyOnly`: own properties only, plus `size`, `first` and `last`. */
function readProperty(target, key) {
    if (target === null || target === undefined)
        return target;
    const object = target;
    if (Array.isArray(target) && typeof key === 'number') {
        const index = key < 0 ? target.length + key : key;
        return Object.hasOwn(target, index) ? target[index] : undefined;
    }
    const value = Object.hasOwn(object, key) ? object[key] : undefined;
    if (typeof value === 'function')
        return value.call(target);
    if (key === 'size')
        return readSize(object);
    if (key === 'first')
        return Array.isArray(target) ? readProperty(target, 0) : value;
    if (key === 'last')
        return Array.isArray(target) ? readProperty(target, -1) : value;
    return value;
}
function readSize(object) {
    if (Object.hasOwn(object, 'size') || object.size !== undefined)
        return object.size;
    if (Array.isArray(object) || typeof object === 'string')
        return object.length;
    if (typeof object === 'object')
        return Object.keys(object).length;
    return undefined;
}
function equals(left, right) {
    if (Array.isArray(left)) {
        return Array.isArray(right) && left.length === right.length && left.every((item, i) => equals(item, right[i]));
    }
    return left === right;
}
const OPERATORS = {
    '==': equals,
    '!=': (left, right) => !equals(left, right),
    '>': (left, right) => left > right,
    '<': (left, right) => left < right,
    '>=': (left, right) => left >= right,
    '<=': (left, right) => left <= right,
    contains: (left, right) => {
        if (Array.isArray(left))
            return left.some(item => equals(item, right));
        const indexOf = left?.indexOf;
        return typeof indexOf === 'function' && indexOf.call(left, right) > -1;
    },
    and: (left, right) => !(0,standard_filters/* isFalsy */.WM)(left) && !(0,standard_filters/* isFalsy */.WM)(right),
    or: (left, right) => !(0,standard_filters/* isFalsy */.WM)(left) || !(0,standard_filters/* isFalsy */.WM)(right)
};
/** An operator the interpreter evaluates (the precompiler leaves any other in Liquid). */
function isOperator(name) {
    return name === 'not' || Object.hasOwn(OPERATORS, name);
}

;// CONCATENATED MODULE: ./src/template/render.ts



/** Renders a compiled document for one scope: Liquid leaves through liquidjs, precompiled ones by their program. */
function renderDocument(root, scope, file, shared) {
    const positions = new Map();
    let session;
    const state = {
        // only a template with Liquid leaves has loaded the engine (compileLiquid), and only it starts a Liquid render
        liquid: () => (session ??= liquid/* liquid */.R.get().startRender(scope, shared)),
        programs: startProgramRender(scope, shared),
        positions,
        file
    };
    const value = render_renderNode(root, '', state);
    // The document itself is never removed: an emptied top-level mapping/sequence stays, a removed scalar is null.
    if (value !== undefined)
        return { value, positions };
    const empty = root.kind === 'map' ? {} : root.kind === 'seq' ? [] : null;
    positions.set('', root.at);
    return { value: empty, positions };
}
/** The node's JSON value, or undefined when it is removed (missing whole-leaf value, or emptied by removals). */
function render_renderNode(node, path, state) {
    const value = renderValue(node, path, state);
    if (value !== undefined)
        state.positions.set(path, node.at);
    return value;
}
function renderValue(node, path, state) {
    switch (node.kind) {
        case 'literal':
            return node.value;
        case 'text':
            return renderLeaf(node, state, () => state.liquid().text(node.templates));
        case 'whole':
            // errors from filters carry no token: point at the output itself
            return renderLeaf(node, state, () => toJson(state.liquid().value(node.output.value)), node.output.token.getPosition());
        case 'program': {
            const { program } = node;
            return renderLeaf(node, state, () => {
                const value = state.programs.render(program);
                return 'whole' in program ? toJson(value) : value;
            });
        }
        case 'map':
            return renderMap(node.entries, path, state);
        case 'seq':
            return renderSeq(node.items, path, state);
    }
}
function renderMap(entries, path, state) {
    const result = {};
    let kept = 0;
    for (const [key, child] of entries) {
        const value = render_renderNode(child, path ? `${path}.${key}` : key, state);
        if (value === undefined)
            continue;
        setOwn(result, key, value);
        kept++;
    }
    return entries.length > 0 && kept === 0 ? undefined : result;
}
function renderSeq(items, path, state) {
    const result = [];
    for (const item of items) {
        const value = render_renderNode(item, `${path}[${result.length}]`, state);
        if (value !== undefined)
            result.push(value);
    }
    return items.length > 0 && result.length === 0 ? undefined : result;
}
function renderLeaf(node, state, render, [fallbackRow, fallbackCol] = []) {
    try {
        return render();
    }
    catch (error) {
        // a precompiled leaf's error has no Liquid position; it is the leaf's own
        const { message, row = fallbackRow, col = fallbackCol } = 'program' in node
            ? { message: error instanceof Error ? error.message : String(error) }
            : liquid/* liquid */.R.get().describeLiquidError(error);
        const where = row ? node.locate(row, col ?? 1) : node.at;
        const hint = /limit exceeded/.test(message) ? ' (the template loops or builds text beyond the render limits)' : '';
        throw new errors/* TemplateError */.$w(`rendering failed: ${message}${hint}`, state.file, where.line, where.column);
    }
}
/**
 * A whole-leaf value as JSON. Missing, null and '' remove the key; inside objects and arrays values are kept
 * as data (JSON.stringify rules: undefined members dropped, non-finite numbers become null).
 */
function toJson(value) {
    const json = toJsonValue(value, []);
    return json === null || json === '' ? undefined : json;
}
function toJsonValue(value, ancestors) {
    if (value === null || typeof value === 'string' || typeof value === 'boolean')
        return value;
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : null;
    // functions and the like are not data; a cycle (possible in a YAML `vars` input with anchors) is cut
    if (typeof value !== 'object' || ancestors.includes(value))
        return undefined;
    const inside = [...ancestors, value];
    if (Array.isArray(value))
        return value.map(item => toJsonValue(item, inside) ?? null);
    const result = {};
    for (const [key, member] of Object.entries(value)) {
        const json = toJsonValue(member, inside);
        if (json !== undefined)
            setOwn(result, key, json);
    }
    return result;
}
/** Assignment that treats '__proto__' as an ordinary key instead of replacing the prototype. */
function setOwn(target, key, value) {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

;// CONCATENATED MODULE: ./src/template/compile.ts





const LIQUID_MARKERS = /<<|<%/;
/** Whether a template value holds Liquid (an output or a tag); any other value is a literal. */
function isLiquidText(value) {
    return typeof value === 'string' && LIQUID_MARKERS.test(value);
}
const FILTER_HINT = 'template filters are iso8601, code_block, noformat_block, json, adf, escape_markdown, truncate and the standard Liquid filters';
/**
 * For edges: loads what compiling `source` needs and reads it (throws TemplateError): the YAML parser unless the
 * build parsed it, the Liquid engine when a leaf is Liquid the build did not precompile.
 */
async function loadTemplateModules(source) {
    let document = source.document;
    if (!document) {
        await loadYamlParser();
        document = parseTemplateDocument(source);
    }
    if (needsLiquidEngine(document.body))
        await loadLiquidEngine();
    return { ...source, document };
}
/** Whether a node holds a Liquid leaf the build did not precompile: compileNode compiles it with the engine. */
function needsLiquidEngine(node) {
    switch (node.kind) {
        case 'map':
            return node.entries.some(entry => entry.value !== null && needsLiquidEngine(entry.value));
        case 'seq':
            return node.items.some(needsLiquidEngine);
        case 'scalar':
            return !node.program && isLiquidText(node.value);
        case 'invalid':
            return false;
    }
}
/**
 * Parses the file, then every Liquid leaf, once. Throws TemplateError with file:line:col. What it needs is loaded
 * first (loadTemplateModules, or check mode and the CLI, which load everything).
 */
function compileTemplate(source) {
    const document = source.document ?? (0,template_document/* parseTemplateDocument */.T)(source);
    const variableReaders = [];
    const literalReaders = [];
    const keys = [];
    const root = compileNode(document.body, { file: source.file, variableReaders, literalReaders, keys }, []);
    let variables;
    let literalText;
    return {
        file: source.file,
        frontMatter: document.frontMatter,
        // Found when first asked for (checks, unread vars): a send with a built-in template never needs them.
        get variables() {
            variables ??= variableReaders.flatMap(read => read());
            return variables;
        },
        keys,
        get literalText() {
            literalText ??= literalReaders
                .flatMap(read => read())
                .filter(piece => piece.trim() !== '')
                .join('\n');
            return literalText;
        },
        render: (scope, shared) => renderDocument(root, scope, source.file, shared)
    };
}
function compileNode(node, state, keyPath) {
    const at = node.at;
    switch (node.kind) {
        case 'map':
            return { kind: 'map', at, entries: node.entries.map(entry => compileEntry(entry, state, keyPath)) };
        case 'seq':
            return { kind: 'seq', at, items: node.items.map(item => compileNode(item, state, keyPath)) };
        case 'scalar':
            if (node.program)
                return compileProgram(node.program, node.text, at, state);
            if (isLiquidText(node.value))
                return compileLiquid(node.value, node.text, at, state);
            if (typeof node.value === 'string')
                state.literalReaders.push(() => [node.value]);
            return { kind: 'literal', at, value: node.value };
        case 'invalid':
            throw new errors/* TemplateError */.$w(INVALID_NODE[node.reason](node.source), state.file, at.line, at.column);
    }
}
const INVALID_NODE = {
    'not-json': (source) => `the value ${source} cannot be written as JSON`,
    alias: (source) => `YAML aliases (*${source}) are not supported in templates; repeat the value instead`,
    unsupported: () => 'unsupported YAML node'
};
function compileEntry(entry, state, mapPath) {
    if (entry.key === undefined)
        throw new errors/* TemplateError */.$w('mapping keys must be plain text', state.file, entry.keyAt.line, entry.keyAt.column);
    const keyPath = [...mapPath, entry.key];
    state.keys.push({ path: keyPath, ...entry.keyAt });
    if (entry.value)
        return [entry.key, compileNode(entry.value, state, keyPath)];
    return [entry.key, { kind: 'literal', at: entry.keyAt, value: null }];
}
function compileLiquid(text, layout, at, state) {
    const locate = leafLocator(layout, at);
    const { parseLiquid, describeLiquidError, globalVariables, literalText, soleOutput } = liquid/* liquid */.R.get();
    let templates;
    try {
        templates = parseLiquid(text);
    }
    catch (error) {
        const { message, row, col } = describeLiquidError(error);
        const where = row ? locate(row, col ?? 1) : at;
        const hint = message.startsWith('undefined filter') ? ` (${FILTER_HINT})` : '';
        throw new errors/* TemplateError */.$w(`${message}${hint}`, state.file, where.line, where.column);
    }
    state.variableReaders.push(() => globalVariables(templates).map(variable => ({ name: variable.path, ...locate(variable.row, variable.col) })));
    state.literalReaders.push(() => literalText(text));
    const output = soleOutput(templates);
    return output ? { kind: 'whole', at, locate, output } : { kind: 'text', at, locate, templates };
}
function compileProgram(program, layout, at, state) {
    const locate = leafLocator(layout, at);
    state.variableReaders.push(() => program.variables.map(variable => ({ name: variable.path, ...locate(variable.row, variable.col) })));
    state.literalReaders.push(() => ('nodes' in program ? programText(program.nodes) : []));
    return { kind: 'program', at, locate, program };
}
/** A precompiled leaf's literal text: its text nodes, in every branch (the precompiler keeps no raw or comment). */
function programText(nodes) {
    return nodes.flatMap(node => {
        if ('text' in node)
            return [node.text];
        if ('output' in node)
            return [];
        if ('capture' in node)
            return programText(node.body);
        if ('case' in node)
            return [...node.whens.flatMap(when => programText(when.body)), ...programText(node.otherwise)];
        return [...node.branches.flatMap(branch => programText(branch.body)), ...programText(node.otherwise)];
    });
}
/**
 * Best-effort mapping from the leaf's (unescaped) text to the file: exact for the first line of plain and
 * quoted scalars and for every line of a `|` block; other multi-line scalars report the leaf's own position.
 */
function leafLocator(layout, at) {
    if (layout && 'blockIndent' in layout)
        return (row, col) => ({ line: at.line + row, column: layout.blockIndent + col });
    const opening = layout?.quoted ? 1 : 0;
    return (row, col) => (row === 1 ? { line: at.line, column: at.column + opening + col - 1 } : at);
}


/***/ }),

/***/ 1689:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ parseTemplateDocument),
/* harmony export */   o: () => (/* binding */ frontMatterBounds)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _yaml_parser_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2186);


const FENCE_LINE = /^---[ \t]*$/;
const BLANK_OR_COMMENT = /^\s*(?:#.*)?$/;
const FRONT_MATTER_KEYS = 'platform, events, description';
/**
 * Where the front matter's `---` lines are (0-based line indexes), when the file has front matter: the first line
 * that is neither blank nor a YAML comment opens it (so a `# path` comment may stand above it), the next `---` line
 * closes it.
 */
function frontMatterBounds(lines) {
    const opening = lines.findIndex(line => !BLANK_OR_COMMENT.test(line));
    if (opening < 0 || !FENCE_LINE.test(lines[opening]))
        return undefined;
    const closing = lines.findIndex((line, i) => i > opening && FENCE_LINE.test(line));
    return closing > 0 ? { opening, closing } : undefined;
}
function parseTemplateDocument(source) {
    // CRLF → LF keeps every line and column where it was
    const lines = source.text
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n')
        .split('\n');
    const bounds = frontMatterBounds(lines);
    const closing = bounds?.closing ?? -1;
    // Blank lines stand in for what precedes each part, so YAML positions are already file positions.
    const bodyLines = closing > 0 ? [...lines.slice(0, closing + 1).fill(''), ...lines.slice(closing + 1)] : lines;
    const body = parseYaml(bodyLines.join('\n'), source.file);
    if (!body.doc.contents) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w('the template has no body: write the payload as YAML or JSON', source.file, bodyLines.length);
    }
    const frontMatter = bounds
        ? readFrontMatter(parseYaml([...lines.slice(0, bounds.opening + 1).fill(''), ...lines.slice(bounds.opening + 1, bounds.closing)].join('\n'), source.file), source.file)
        : {};
    return { frontMatter, body: toTemplateNode(body.doc.contents, { lineCounter: body.lineCounter, lines }) };
}
function toTemplateNode(node, source) {
    const { isAlias, isMap, isScalar, isSeq } = (0,_yaml_parser_js__WEBPACK_IMPORTED_MODULE_1__/* .yamlParser */ .$)();
    const at = toPosition(source.lineCounter, node.range?.[0] ?? 0);
    if (isMap(node)) {
        const entries = node.items.map(pair => toTemplateEntry(pair, at, source));
        return { kind: 'map', at, entries };
    }
    if (isSeq(node))
        return { kind: 'seq', at, items: node.items.map(item => toTemplateNode(item, source)) };
    if (isScalar(node))
        return toTemplateScalar(node, at, source);
    if (isAlias(node))
        return { kind: 'invalid', at, reason: 'alias', source: node.source };
    return { kind: 'invalid', at, reason: 'unsupported', source: '' };
}
/** Keys are never templated; they keep their spelling (`1.0`, `~`) as JSON object keys. */
function toTemplateEntry(pair, mapAt, source) {
    const key = pair.key;
    const keyAt = key?.range ? toPosition(source.lineCounter, key.range[0]) : mapAt;
    const value = pair.value ? toTemplateNode(pair.value, source) : null;
    if (!(0,_yaml_parser_js__WEBPACK_IMPORTED_MODULE_1__/* .yamlParser */ .$)().isScalar(key))
        return { keyAt, value };
    return { key: key.source ?? String(key.value), keyAt: toPosition(source.lineCounter, key.range?.[0] ?? 0), value };
}
function toTemplateScalar(node, at, source) {
    const value = node.value;
    if (typeof value === 'string')
        return { kind: 'scalar', at, value, text: textLayout(node, at, source) };
    if (value === null || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) {
        return { kind: 'scalar', at, value };
    }
    return { kind: 'invalid', at, reason: 'not-json', source: node.source ?? String(value) };
}
function textLayout(node, at, source) {
    const { Scalar } = (0,_yaml_parser_js__WEBPACK_IMPORTED_MODULE_1__/* .yamlParser */ .$)();
    if (node.type === Scalar.BLOCK_LITERAL)
        return { blockIndent: blockIndent(at.line, source.lines) };
    return { quoted: node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE };
}
/** A `|` block's indentation: that of its first non-blank content line. */
function blockIndent(headerLine, lines) {
    for (let line = headerLine + 1;; line++) {
        const text = lines[line - 1] ?? '';
        if (text.trim() !== '' || line > lines.length)
            return /^ */.exec(text)?.[0].length ?? 0;
    }
}
const SECOND_DOCUMENT = 'a --- line here starts a second YAML document, and a template is one: front matter goes between the first two ' +
    '--- lines of the file (only blank lines and # comments may come before it); remove this --- line or move the ' +
    'front matter to the top';
function parseYaml(text, file) {
    const yaml = (0,_yaml_parser_js__WEBPACK_IMPORTED_MODULE_1__/* .yamlParser */ .$)();
    const lineCounter = new yaml.LineCounter();
    const doc = yaml.parseDocument(text, { lineCounter });
    const [error] = doc.errors;
    if (error) {
        const at = error.linePos?.[0];
        if (error.code === 'MULTIPLE_DOCS')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(SECOND_DOCUMENT, file, at?.line, at?.col);
        const message = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`invalid YAML: ${message}`, file, at?.line, at?.col);
    }
    return { doc, lineCounter };
}
function toPosition(lineCounter, offset) {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
}
/** Checks each front matter key's name and type; errors point at the offending key or value. */
function readFrontMatter({ doc, lineCounter }, file) {
    const { isMap, isScalar, isSeq } = (0,_yaml_parser_js__WEBPACK_IMPORTED_MODULE_1__/* .yamlParser */ .$)();
    const contents = doc.contents;
    function fail(message, node) {
        const at = node?.range ? toPosition(lineCounter, node.range[0]) : undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(message, file, at?.line ?? 2, at?.column);
    }
    if (!contents)
        return {};
    if (!isMap(contents))
        return fail(`front matter must be a mapping of ${FRONT_MATTER_KEYS}`, contents);
    const frontMatter = {};
    for (const pair of contents.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const value = pair.value;
        const text = isScalar(value) && typeof value.value === 'string' ? value.value : undefined;
        if (key === 'platform' || key === 'description') {
            if (text === undefined)
                fail(`front matter "${key}" must be text`, value ?? pair.key);
            frontMatter[key] = text;
        }
        else if (key === 'events') {
            const events = isSeq(value)
                ? value.items.map(item => (isScalar(item) && typeof item.value === 'string' ? item.value : undefined))
                : [];
            if (!isSeq(value) || events.includes(undefined)) {
                fail('front matter "events" must be a list of notification types, e.g. [JOB, ASSET_MATERIALIZATION]', value ?? pair.key);
            }
            frontMatter.events = events;
        }
        else {
            fail(`unknown front matter key "${key}": the front matter (between the first two --- lines) allows ${FRONT_MATTER_KEYS}`, pair.key);
        }
    }
    return frontMatter;
}


/***/ }),

/***/ 1329:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ji: () => (/* binding */ charge),
/* harmony export */   XE: () => (/* binding */ TEMPLATE_FILTERS),
/* harmony export */   m4: () => (/* binding */ escapeMarkdownText)
/* harmony export */ });
/* harmony import */ var _event_time_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3571);
/* harmony import */ var _markdown_to_adf_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3603);
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6689);



const FENCE = '```';
const ZERO_WIDTH_SPACE = '\u200b';
// Chat Markdown characters that format text wherever they appear
const MARKDOWN_SPECIALS = /[\\*_~`|>#\-[\]()]/g;
const WHITESPACE = /\s/;
// What a multiline `^` counts as the end of a line
const LINE_TERMINATORS = '\n\r\u2028\u2029';
/** Missing values stay missing, so a whole-leaf `<< x | filter >>` still removes its key. */
function isMissing(value) {
    return value === undefined || value === null || value === '';
}
/** Counts a produced string against the render's memory budget (a filter in a loop could double a string each time). */
function charge(call, text) {
    call.context.memoryLimit.use(text.length);
    return text;
}
/** Dagster's "Jan 8, 2026 10:00 AM" (or epoch seconds, ISO) → ISO 8601 UTC; anything unreadable passes through. */
function iso8601(value) {
    if (isMissing(value))
        return value;
    return (0,_event_time_js__WEBPACK_IMPORTED_MODULE_1__/* .toIso8601 */ .Y)(String(value)) ?? value;
}
/**
 * A fenced code block. Backtick runs inside are broken with zero-width spaces so the text cannot close the
 * block early; an optional language tag is reduced to the characters a fence info string can safely hold.
 */
function codeBlock(value, language = '') {
    if (isMissing(value))
        return value;
    const body = withoutTrailingLineBreaks(String(value).replace(/`(?=`)/g, `\`${ZERO_WIDTH_SPACE}`));
    const info = String(language).replace(/[^\w+#.-]/g, '');
    return charge(this, `${FENCE}${info}\n${body}\n${FENCE}`);
}
/** The brace of what opens or closes a wiki-markup `{noformat}` block, in any case. */
const NOFORMAT_MACRO = /\{(?=noformat)/gi;
/**
 * A wiki-markup `{noformat}` block, where text shows exactly as written: a `{noformat}` inside the text gets a
 * zero-width space after its brace, so it shows as written but cannot close the block early.
 */
function noformatBlock(value) {
    if (isMissing(value))
        return value;
    return charge(this, `{noformat}\n${String(value).replace(NOFORMAT_MACRO, `{${ZERO_WIDTH_SPACE}`)}\n{noformat}`);
}
/** `text` without the line breaks it ends with (a loop: `/[\r\n]+$/` retries every run of line breaks to the end). */
function withoutTrailingLineBreaks(text) {
    let end = text.length;
    while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r'))
        end--;
    return text.slice(0, end);
}
/** Backslash-escapes chat Markdown formatting so alert text shows as written. */
function escapeMarkdown(value) {
    if (isMissing(value))
        return value;
    return charge(this, escapeMarkdownText(String(value)));
}
/** The `escape_markdown` filter's work, for code that writes Markdown itself (issue comments). */
function escapeMarkdownText(text) {
    return escapeListMarkers(text.replace(MARKDOWN_SPECIALS, '\\$&'));
}
/**
 * Escapes the `+` of `+ item` and the `.` of `1. item`, which form lists only where they start a line (after
 * whitespace) and are followed by whitespace. One pass over the text: the multiline patterns `^(\s*)\+(?=\s)` and
 * `^(\s*\d+)\.(?=\s)` this replaces rescan a long run of blank lines from each of its line starts.
 */
function escapeListMarkers(text) {
    let escaped = '';
    let copiedTo = 0;
    // What the current line holds so far: only whitespace, whitespace then digits, or anything else.
    let line = 'blank';
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        const marker = (ch === '+' && line === 'blank') || (ch === '.' && line === 'number');
        if (marker && i + 1 < text.length && WHITESPACE.test(text[i + 1])) {
            escaped += `${text.slice(copiedTo, i)}\\`;
            copiedTo = i;
            line = 'text';
        }
        else if (LINE_TERMINATORS.includes(ch))
            line = 'blank';
        else if (WHITESPACE.test(ch))
            line = line === 'blank' ? 'blank' : 'text';
        else if (ch >= '0' && ch <= '9')
            line = line === 'text' ? 'text' : 'number';
        else
            line = 'text';
    }
    return escaped + text.slice(copiedTo);
}
/** Replaces Liquid's `truncate`: counts code points and ends with `…` (see src/truncate.ts). */
function truncateText(value, max = 50) {
    if (isMissing(value))
        return value;
    const limit = Number(max);
    if (!Number.isInteger(limit) || limit < 0) {
        throw new Error(`truncate needs a whole number of characters, e.g. truncate: 200 (got "${String(max)}")`);
    }
    return (0,_truncate_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(String(value), limit);
}
/** Plain text or Markdown → an Atlassian Document Format document (rich-text fields that take ADF). */
function adf(value) {
    if (isMissing(value))
        return value;
    return (0,_markdown_to_adf_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownToAdf */ .G)(charge(this, String(value)));
}
/** The filters templates get on top of standard Liquid (whose `json` already is JSON.stringify). */
const TEMPLATE_FILTERS = {
    iso8601,
    code_block: codeBlock,
    noformat_block: noformatBlock,
    escape_markdown: escapeMarkdown,
    truncate: truncateText,
    adf
};


/***/ }),

/***/ 584:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ liquid),
/* harmony export */   n: () => (/* binding */ loadLiquidEngine)
/* harmony export */ });
/* harmony import */ var _chunk_module_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7923);

/**
 * liquidjs and the code around it (src/template/engine.ts), a third of the bundle: loaded only for a Liquid leaf
 * the build did not precompile (every leaf of a user's template, none of a built-in's).
 */
const liquid = (0,_chunk_module_js__WEBPACK_IMPORTED_MODULE_0__/* .chunkModule */ .Q)('the Liquid engine', () => Promise.all(/* import() */[__nccwpck_require__.e(30), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8054)));
/** For edges about to compile Liquid the build did not precompile (loadTemplateModules, check mode, the CLI, tests). */
async function loadLiquidEngine() {
    await liquid.load();
}


/***/ }),

/***/ 6923:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eT: () => (/* binding */ builtinTemplateNames),
  PM: () => (/* binding */ loadTemplate)
});

// UNUSED EXPORTS: MAX_TEMPLATE_BYTES, PRECOMPILED_FOLDER

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/action-root.ts


/**
 * The action's own folder (where action.yml and templates/ live), not the workspace: the nearest folder
 * above this module that holds action.yml. This module runs from src/ (tests), dist/ (the action) and
 * dist/cli/ (the CLI); `import.meta.dirname` survives ncc bundling where `new URL(…, import.meta.url)` does not.
 */
const ACTION_ROOT = findActionRoot(import.meta.dirname);
function findActionRoot(start) {
    for (let dir = start;; dir = external_node_path_.dirname(dir)) {
        if ((0,external_node_fs_.existsSync)(external_node_path_.join(dir, 'action.yml')))
            return dir;
        if (external_node_path_.dirname(dir) === dir)
            return external_node_path_.resolve(start, '..');
    }
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/template/load.ts




const BUILTIN_FOLDER = 'templates';
const BUILTIN_EXTENSION = '.yml';
/** Where the build writes each built-in template parsed (scripts/precompile-templates.ts), as `{ text, document }`. */
const PRECOMPILED_FOLDER = 'dist/templates';
let builtinNames;
/** Names of the templates shipped in the action's templates/ folder, sorted; read once. */
function builtinTemplateNames() {
    builtinNames ??= readBuiltinNames();
    return [...builtinNames];
}
function readBuiltinNames() {
    try {
        return (0,external_node_fs_.readdirSync)(external_node_path_.join(ACTION_ROOT, BUILTIN_FOLDER))
            .filter(entry => entry.endsWith(BUILTIN_EXTENSION))
            .map(entry => entry.slice(0, -BUILTIN_EXTENSION.length))
            .sort();
    }
    catch {
        return [];
    }
}
/** A bare name (no folder, no extension) is a built-in when one exists; anything else is a file inside the workspace. */
function loadTemplate(ref, workspace) {
    const wanted = ref.trim();
    if (isBuiltinName(wanted)) {
        const file = `${BUILTIN_FOLDER}/${wanted}${BUILTIN_EXTENSION}`;
        const text = (0,external_node_fs_.readFileSync)(external_node_path_.join(ACTION_ROOT, file), 'utf8');
        const document = precompiledDocument(wanted, text);
        return { name: wanted, file, text, builtin: true, ...(document && { document }) };
    }
    const root = external_node_path_.resolve(workspace);
    const target = external_node_path_.resolve(root, wanted);
    if (wanted && !isInside(root, target))
        throw outsideWorkspace(wanted, root);
    if (!wanted || !isFile(target))
        throw notFound(wanted, root);
    // symlinks resolved too: a link in the repository must not expose a file from elsewhere on the runner
    if (!isInside((0,external_node_fs_.realpathSync)(root), (0,external_node_fs_.realpathSync)(target)))
        throw outsideWorkspace(wanted, root);
    const file = external_node_path_.relative(root, target).split(external_node_path_.sep).join('/');
    return {
        name: external_node_path_.basename(target, external_node_path_.extname(target)),
        file,
        text: readTemplateFile(target, file),
        builtin: false
    };
}
/**
 * The largest template file read: 256 KiB. The largest payload any supported platform takes is about 150 KB, and
 * the largest built-in template is under 6 KB: a bigger file can only be a mistake or an attack. Within this size
 * the worst template (every line a Liquid value) parses and is analysed in well under a second.
 */
const MAX_TEMPLATE_BYTES = 256 * 1024;
/** Reads a template file, its size checked on the open file before anything is read. */
function readTemplateFile(target, file) {
    const fd = (0,external_node_fs_.openSync)(target, 'r');
    try {
        const { size } = (0,external_node_fs_.fstatSync)(fd);
        if (size > MAX_TEMPLATE_BYTES) {
            throw new errors/* InputError */.dz('template', `"${file}" is ${size.toLocaleString('en-US')} bytes, over the ${MAX_TEMPLATE_BYTES.toLocaleString('en-US')} bytes (256 KiB) a template file may have`, 'Shorten it: a template describes one message or issue, and its data comes from the alert and vars.');
        }
        return (0,external_node_fs_.readFileSync)(fd, 'utf8');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** The build's parse of a built-in template; ignored unless made from this very text (a stale build, tests). */
function precompiledDocument(name, text) {
    try {
        const precompiled = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_.join(ACTION_ROOT, PRECOMPILED_FOLDER, `${name}.json`), 'utf8'));
        return precompiled.text === text ? precompiled.document : undefined;
    }
    catch {
        return undefined;
    }
}
function isBuiltinName(ref) {
    return !/[/\\]/.test(ref) && external_node_path_.extname(ref) === '' && builtinTemplateNames().includes(ref);
}
function isFile(file) {
    try {
        return (0,external_node_fs_.statSync)(file).isFile();
    }
    catch {
        return false;
    }
}
function isInside(folder, file) {
    const relative = external_node_path_.relative(folder, file);
    return relative !== '' && relative !== '..' && !relative.startsWith(`..${external_node_path_.sep}`) && !external_node_path_.isAbsolute(relative);
}
function outsideWorkspace(ref, workspace) {
    return new errors/* InputError */.dz('template', `"${ref}" is outside the workspace`, `Use a template file inside the repository (${workspace}).`);
}
function notFound(ref, workspace) {
    return new errors/* InputError */.dz('template', `no built-in template or file named "${ref}"`, `Use one of: ${builtinTemplateNames().join(', ')} or a path relative to the workspace (${workspace}).`);
}


/***/ }),

/***/ 3603:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G: () => (/* binding */ markdownToAdf)
});

;// CONCATENATED MODULE: ./src/template/markdown-inline.ts
const WHITESPACE = /\s/;
const WORD = /[\p{L}\p{N}_]/u;
/** Characters that end a bare URL. */
const URL_END = new Set(['<', '>', '"', "'", '`', '(', ')', '[', ']', '{', '}']);
const URL_TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?']);
function isSpace(ch) {
    return ch !== undefined && WHITESPACE.test(ch);
}
/**
 * The first index at or after `from` holding a stop character (or the text's length). Remembers its last answer:
 * a search from anywhere between that search's start and its answer has the same answer, so searches from rising
 * starts (one per opening character) read each character once.
 */
class NextStop {
    text;
    stops;
    searchedFrom = 1;
    found = 0;
    constructor(text, stops) {
        this.text = text;
        this.stops = stops;
    }
    from(start) {
        if (start >= this.searchedFrom && start <= this.found)
            return this.found;
        let index = start;
        while (index < this.text.length && !this.stops(this.text[index]))
            index++;
        this.searchedFrom = start;
        this.found = index;
        return index;
    }
}
/** The inline spans of `text` in order, none overlapping. */
function* inlineSpans(text) {
    const codeEnd = new NextStop(text, ch => ch === '`' || ch === '\n');
    const linkTextEnd = new NextStop(text, ch => ch === ']' || ch === '\n');
    const linkUrlEnd = new NextStop(text, ch => ch === ')' || isSpace(ch));
    const starEnd = new NextStop(text, ch => ch === '*' || ch === '\n');
    const underscoreEnd = new NextStop(text, ch => ch === '_' || ch === '\n');
    /** `code`: up to the next backtick on the line, not empty. */
    function code(start) {
        const close = codeEnd.from(start + 1);
        if (text[close] !== '`' || close === start + 1)
            return undefined;
        return { kind: 'code', start, end: close + 1, inner: text.slice(start + 1, close) };
    }
    /** [text](http…): text up to the first `]` on the line, then a URL up to `)` with no whitespace in it. */
    function link(start) {
        const close = linkTextEnd.from(start + 1);
        if (text[close] !== ']' || close === start + 1 || text[close + 1] !== '(')
            return undefined;
        const hrefStart = close + 2;
        const scheme = schemeLength(hrefStart);
        if (scheme === 0)
            return undefined;
        const hrefEnd = linkUrlEnd.from(hrefStart + scheme);
        if (text[hrefEnd] !== ')' || hrefEnd === hrefStart + scheme)
            return undefined;
        const href = text.slice(hrefStart, hrefEnd);
        return { kind: 'link', start, end: hrefEnd + 1, inner: text.slice(start + 1, close), href };
    }
    /** A bare http(s) URL, up to whitespace or a character that ends one, without trailing punctuation. */
    function url(start) {
        const scheme = schemeLength(start);
        if (scheme === 0)
            return undefined;
        let end = start + scheme;
        while (end < text.length && !URL_END.has(text[end]) && !isSpace(text[end]))
            end++;
        if (end === start + scheme)
            return undefined;
        while (URL_TRAILING_PUNCTUATION.has(text[end - 1]))
            end--;
        return { kind: 'url', start, end, href: text.slice(start, end) };
    }
    /** **strong**: from a non-space character to the next `**` on the line (at least one character inside). */
    function strong(start) {
        if (text[start + 1] !== '*' || start + 2 >= text.length || isSpace(text[start + 2]))
            return undefined;
        for (let close = start + 2; close < text.length && text[close] !== '\n'; close++) {
            if (close > start + 2 && text[close] === '*' && text[close + 1] === '*') {
                return { kind: 'strong', start, end: close + 2, inner: text.slice(start + 2, close) };
            }
        }
        return undefined;
    }
    /** *em*: non-space characters inside next to both stars, no star or line break within. */
    function starEm(start) {
        const first = text[start + 1];
        if (first === undefined || first === '*' || isSpace(first))
            return undefined;
        const close = starEnd.from(start + 1);
        if (text[close] !== '*' || isSpace(text[close - 1]))
            return undefined;
        return { kind: 'em', start, end: close + 1, inner: text.slice(start + 1, close) };
    }
    /** _em_: as *em*, and with no letter, digit or `_` right outside either underscore. */
    function underscoreEm(start) {
        const first = text[start + 1];
        if (first === undefined || first === '_' || isSpace(first) || isWord(codePointBefore(start)))
            return undefined;
        const close = underscoreEnd.from(start + 1);
        if (text[close] !== '_' || isSpace(text[close - 1]) || isWord(codePointAt(close + 1)))
            return undefined;
        return { kind: 'em', start, end: close + 1, inner: text.slice(start + 1, close) };
    }
    function schemeLength(start) {
        if (text.startsWith('http://', start))
            return 'http://'.length;
        if (text.startsWith('https://', start))
            return 'https://'.length;
        return 0;
    }
    function codePointBefore(index) {
        const low = text.charCodeAt(index - 1);
        const high = text.charCodeAt(index - 2);
        const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
        return pair ? text.slice(index - 2, index) : text.slice(Math.max(0, index - 1), index);
    }
    function codePointAt(index) {
        const point = text.codePointAt(index);
        return point === undefined ? '' : String.fromCodePoint(point);
    }
    let position = 0;
    while (position < text.length) {
        let span;
        switch (text[position]) {
            case '`':
                span = code(position);
                break;
            case '[':
                span = link(position);
                break;
            case 'h':
                span = url(position);
                break;
            case '*':
                span = strong(position) ?? starEm(position);
                break;
            case '_':
                span = underscoreEm(position);
                break;
        }
        if (span) {
            yield span;
            position = span.end;
        }
        else {
            position++;
        }
    }
}
function isWord(codePoint) {
    return codePoint !== '' && WORD.test(codePoint);
}

;// CONCATENATED MODULE: ./src/template/markdown-to-adf.ts

// ---------------------------------------------------------------------------------------------
// Light Markdown → ADF
const FENCE_OPEN = /^ {0,3}(`{3,})([^`]*)$/;
const FENCE_CLOSE = /^ {0,3}(`{3,})\s*$/;
const HEADING = /^ {0,3}(#{1,6})[ \t]+(\S.*)$/;
const BULLET = /^ {0,3}[-*][ \t]+(.*)$/;
const ORDERED = /^ {0,3}(\d{1,9})\.[ \t]+(.*)$/;
const BLANK = /^\s*$/;
/** Plain text or light Markdown as a valid ADF document; never emits an empty text node. */
function markdownToAdf(text) {
    const content = parseBlocks(text.replace(/\r\n?/g, '\n').split('\n'));
    // A doc needs at least one block to show anything; an empty paragraph is valid ADF.
    return { type: 'doc', version: 1, content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}
function parseBlocks(lines) {
    const blocks = [];
    let i = 0;
    while (i < lines.length) {
        const line = lines[i];
        const fence = FENCE_OPEN.exec(line);
        if (BLANK.test(line)) {
            i++;
        }
        else if (fence) {
            i = readCodeBlock(lines, i, fence, blocks);
        }
        else if (HEADING.test(line)) {
            const [, hashes, title] = HEADING.exec(line);
            blocks.push(withContent({ type: 'heading', attrs: { level: hashes.length } }, parseInline(title.trim(), [])));
            i++;
        }
        else if (BULLET.test(line) || ORDERED.test(line)) {
            i = readList(lines, i, blocks);
        }
        else {
            i = readParagraph(lines, i, blocks);
        }
    }
    return blocks;
}
function readCodeBlock(lines, start, fence, blocks) {
    const [, ticks, info] = fence;
    const body = [];
    let i = start + 1;
    while (i < lines.length) {
        const close = FENCE_CLOSE.exec(lines[i]);
        if (close && close[1].length >= ticks.length)
            break;
        body.push(lines[i]);
        i++;
    }
    const language = info.trim().split(/\s+/)[0];
    const code = body.join('\n');
    blocks.push({
        type: 'codeBlock',
        ...(language ? { attrs: { language } } : {}),
        ...(code ? { content: [{ type: 'text', text: code }] } : {})
    });
    return i + 1; // past the closing fence (or the end when the block is never closed)
}
function readList(lines, start, blocks) {
    const ordered = ORDERED.exec(lines[start]);
    const pattern = ordered ? ORDERED : BULLET;
    const items = [];
    let i = start;
    let match;
    while (i < lines.length && (match = pattern.exec(lines[i]))) {
        const itemText = (ordered ? match[2] : match[1]).trim();
        items.push({ type: 'listItem', content: [withContent({ type: 'paragraph' }, parseInline(itemText, []))] });
        i++;
    }
    const first = ordered ? Number(ordered[1]) : 1;
    blocks.push(ordered
        ? { type: 'orderedList', ...(first !== 1 ? { attrs: { order: first } } : {}), content: items }
        : { type: 'bulletList', content: items });
    return i;
}
function readParagraph(lines, start, blocks) {
    const inline = [];
    let i = start;
    while (i < lines.length && startsParagraphLine(lines[i], i === start)) {
        if (i > start)
            inline.push({ type: 'hardBreak' });
        appendNodes(inline, parseInline(lines[i], []));
        i++;
    }
    blocks.push(withContent({ type: 'paragraph' }, inline));
    return i;
}
/** Whether `line` continues a paragraph (the first line always does: nothing else claimed it). */
function startsParagraphLine(line, first) {
    if (first)
        return true;
    return !BLANK.test(line) && !FENCE_OPEN.test(line) && !HEADING.test(line) && !BULLET.test(line) && !ORDERED.test(line);
}
function withContent(node, content) {
    return content.length > 0 ? { ...node, content } : node;
}
function parseInline(text, marks) {
    const nodes = [];
    let last = 0;
    for (const span of inlineSpans(text)) {
        appendText(nodes, text.slice(last, span.start), marks);
        last = span.end;
        if (span.kind === 'code') {
            // The schema lets `code` combine only with `link`.
            appendText(nodes, span.inner, [...marks.filter(m => m.type === 'link'), { type: 'code' }]);
        }
        else if (span.kind === 'link') {
            appendNodes(nodes, parseInline(span.inner, addMark(marks, { type: 'link', attrs: { href: span.href } })));
        }
        else if (span.kind === 'url') {
            const { href } = span;
            if (/^https?:\/\/.+/.test(href))
                appendText(nodes, href, addMark(marks, { type: 'link', attrs: { href } }));
            else
                appendText(nodes, href, marks);
        }
        else {
            appendNodes(nodes, parseInline(span.inner, addMark(marks, { type: span.kind })));
        }
    }
    appendText(nodes, text.slice(last), marks);
    return mergeAdjacentText(nodes);
}
/** Appends one by one: spreading a long list into `push` arguments overflows the stack. */
function appendNodes(nodes, more) {
    for (const node of more)
        nodes.push(node);
}
function addMark(marks, mark) {
    if (marks.some(m => m.type === mark.type))
        return marks; // the outer one wins; ADF marks are unique per type
    // Inside `code` nothing else but `link` may apply.
    if (marks.some(m => m.type === 'code') && mark.type !== 'link')
        return marks;
    return [...marks, mark];
}
function appendText(nodes, text, marks) {
    if (text === '')
        return;
    nodes.push(marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text });
}
function mergeAdjacentText(nodes) {
    const merged = [];
    for (const node of nodes) {
        const previous = merged[merged.length - 1];
        if (previous?.type === 'text' && node.type === 'text' && sameMarks(previous.marks, node.marks)) {
            merged[merged.length - 1] = { ...previous, text: `${previous.text}${node.text}` };
        }
        else {
            merged.push(node);
        }
    }
    return merged;
}
function sameMarks(a, b) {
    return a === b || JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}


/***/ }),

/***/ 981:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ND: () => (/* binding */ MemoryBudget),
/* harmony export */   XH: () => (/* binding */ renderDeadline),
/* harmony export */   ZE: () => (/* binding */ RenderDeadline),
/* harmony export */   aj: () => (/* binding */ RENDER_LIMITS)
/* harmony export */ });
// Bounds for a hostile template in a pull request, shared by the Liquid engine and the precompiled built-ins.
// `renderLimit` alone does not stop a loop over a huge range (the range array is built before the first time
// check), so the memory budget also caps ranges.
const RENDER_LIMITS = {
    parseLimit: 1e6, // characters per leaf
    // Outputs and tags per leaf: liquidjs's parser slows quadratically past a few thousand (10,000 took 0.2 s,
    // 40,000 five seconds), while a leaf written by hand holds a few dozen.
    markerLimit: 1000,
    // Wall-clock milliseconds per document render: generous, as a storm of runs sharing a machine's CPUs makes an
    // honest render take many times its usual few milliseconds; the memory budget stops most runaway templates first.
    renderLimit: 5000,
    // Characters/array items allocated per document render, text written by outputs, tags and `capture` included
    memoryLimit: 1e7
};
/** Counts what renders allocate; throws `message` past `limit`, after charging `shared` (when given) as well. */
class MemoryBudget {
    limit;
    shared;
    message;
    used = 0;
    spent = false;
    constructor(limit = RENDER_LIMITS.memoryLimit, shared, message = 'memory alloc limit exceeded') {
        this.limit = limit;
        this.shared = shared;
        this.message = message;
    }
    use(count) {
        if (!(+count > 0))
            return;
        if (this.used + +count > this.limit) {
            this.spent = true;
            throw new Error(this.message);
        }
        this.shared?.use(count);
        this.used += +count;
    }
    /** Why nothing more can be charged (the message it stopped a render with), if it did. */
    exhausted() {
        return this.spent ? this.message : undefined;
    }
}
/**
 * When rendering must end, on liquidjs's render clock (`performance.now()`, checked before each tag and output):
 * it stops the render with `message`.
 */
class RenderDeadline {
    at;
    message;
    constructor(at, message) {
        this.at = at;
        this.message = message;
    }
    /** liquidjs's `renderLimit.check(now)`. */
    check(now) {
        if (now > this.at)
            throw new Error(this.message);
    }
    /** liquidjs's `renderLimit.use`: nothing to count, time is read from the clock. */
    use() { }
    /** Why no more rendering is allowed, if the deadline has passed. */
    passed(now = performance.now()) {
        return now > this.at ? this.message : undefined;
    }
    /** The earlier of this deadline and `other`. */
    earliest(other) {
        return other && other.at < this.at ? other : this;
    }
}
/** A document render's own time limit, or the shared one when that ends first. */
function renderDeadline(shared) {
    return new RenderDeadline(performance.now() + RENDER_LIMITS.renderLimit, 'template render limit exceeded').earliest(shared?.deadline);
}


/***/ }),

/***/ 8523:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ stringify),
/* harmony export */   WM: () => (/* binding */ isFalsy),
/* harmony export */   wv: () => (/* binding */ STANDARD_FILTERS)
/* harmony export */ });
/* harmony import */ var _filters_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1329);

// The standard Liquid filters the built-in templates use, for their precompiled form (src/template/program.ts),
// written to give exactly what liquidjs 10's own filters give for the arguments listed in `arity`; the
// precompiler refuses any other use, and __tests__/template-program.test.ts renders every built-in both ways.
/** Liquid's text of a value: nil is empty, a list is its items' texts joined. */
function stringify(value) {
    if (typeof value === 'string')
        return value;
    if (value === null || value === undefined)
        return '';
    if (Array.isArray(value))
        return value.map(stringify).join('');
    return String(value);
}
/** Liquid's falsy (not JavaScript's): only false, nil and undefined. */
function isFalsy(value) {
    return value === false || value === undefined || value === null;
}
/** Advances `count` code points from `from` (a surrogate pair is one character, as in liquidjs's `slice`). */
function advanceCodePoints(text, from, count) {
    let index = from;
    for (let i = 0; i < count && index < text.length; i++)
        index += (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
    return index;
}
function codePointLength(text) {
    let length = 0;
    for (let index = 0; index < text.length; index = advanceCodePoints(text, index, 1))
        length++;
    return length;
}
/** `date: '%s'`: epoch seconds of a date value (liquidjs's reading of it); anything unreadable passes through. */
function epochSeconds(value) {
    this.context.memoryLimit.use(value?.length ?? 0);
    if (value === null || value === undefined)
        return value;
    const date = value === 'now' || value === 'today'
        ? new Date()
        : typeof value === 'number'
            ? new Date(value * 1000)
            : typeof value === 'string' && /^\d+$/.test(value)
                ? new Date(+value * 1000)
                : new Date(value);
    if (Number.isNaN(date.getTime()))
        return value;
    this.context.memoryLimit.use('%s'.length);
    return String(Math.floor(date.getTime() / 1000));
}
/**
 * Each filter with the argument counts its version here serves, and for `date` the one format it renders.
 * A template using a filter another way keeps its Liquid form.
 */
const STANDARD_FILTERS = {
    default: {
        arity: [0, 1],
        filter(value, fallback) {
            if (Array.isArray(value) || typeof value === 'string')
                return value.length ? value : fallback;
            return isFalsy(value) ? fallback : value;
        }
    },
    capitalize: {
        arity: [0, 0],
        filter(value) {
            const text = (0,_filters_js__WEBPACK_IMPORTED_MODULE_0__/* .charge */ .Ji)(this, stringify(value));
            return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
        }
    },
    prepend: {
        arity: [1, 1],
        filter(value, prefix) {
            const text = stringify(value);
            const head = stringify(prefix);
            this.context.memoryLimit.use(text.length + head.length);
            return head + text;
        }
    },
    remove_first: {
        arity: [1, 1],
        filter(value, part) {
            const text = stringify(value);
            const removed = stringify(part);
            this.context.memoryLimit.use(text.length + removed.length);
            return text.replace(removed, '');
        }
    },
    replace: {
        arity: [2, 2],
        filter(value, pattern, replacement) {
            const text = stringify(value);
            const parts = text.split(stringify(pattern));
            const inserted = stringify(replacement);
            this.context.memoryLimit.use(text.length + (parts.length - 1) * (inserted.length - stringify(pattern).length));
            return parts.join(inserted);
        }
    },
    slice: {
        arity: [1, 2],
        filter(value, begin, length = 1) {
            if (value === null || value === undefined)
                return [];
            const items = Array.isArray(value) ? value : stringify(value);
            const size = Array.isArray(items) ? items.length : codePointLength(items);
            const from = begin < 0 ? size + begin : begin;
            if (from < 0 || length < 0)
                return Array.isArray(items) ? [] : '';
            this.context.memoryLimit.use(length);
            if (Array.isArray(items))
                return items.slice(from, from + length);
            const start = advanceCodePoints(items, 0, from);
            return items.slice(start, advanceCodePoints(items, start, length));
        }
    },
    strip: {
        arity: [0, 0],
        filter(value) {
            return (0,_filters_js__WEBPACK_IMPORTED_MODULE_0__/* .charge */ .Ji)(this, stringify(value)).trim();
        }
    },
    strip_newlines: {
        arity: [0, 0],
        filter(value) {
            return (0,_filters_js__WEBPACK_IMPORTED_MODULE_0__/* .charge */ .Ji)(this, stringify(value)).replace(/\r?\n/gm, '');
        }
    },
    uri_escape: {
        arity: [0, 0],
        filter(value) {
            return encodeURI(stringify(value)).replace(/%5B/g, '[').replace(/%5D/g, ']');
        }
    },
    date: { arity: [1, 1], onlyArgs: ['%s'], filter: epochSeconds }
};


/***/ }),

/***/ 6689:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X6: () => (/* binding */ measureLength),
/* harmony export */   vY: () => (/* binding */ fitText),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
const ELLIPSIS = '…';
const FENCE = '```';
function measureLength(text, measure = 'codepoints') {
    if (measure === 'utf16')
        return text.length;
    // A surrogate pair is one code point; a lone surrogate counts as one, as a string's iterator counts it.
    let pairs = 0;
    for (let i = 0; i < text.length - 1; i++) {
        const unit = text.charCodeAt(i);
        if (unit >= 0xd800 && unit <= 0xdbff) {
            const next = text.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff) {
                pairs++;
                i++;
            }
        }
    }
    return text.length - pairs;
}
/** Whether `text` measures more than `max`, reading little more of it than `max` units (a cap on a huge text). */
function longerThan(text, max, measure) {
    // A code point takes one or two units: a text of more than 2 × max + 1 units has more than max of them.
    return measure === 'utf16' ? text.length > max : measureLength(text.slice(0, 2 * max + 2), measure) > max;
}
/** The longest prefix of `text` within `max` units that does not split a character. */
function prefix(text, max, measure) {
    let used = 0;
    let end = 0;
    for (const ch of text) {
        const size = measure === 'utf16' ? ch.length : 1;
        if (used + size > max)
            break;
        used += size;
        end += ch.length;
    }
    return text.slice(0, end);
}
/**
 * Shortens `text` to at most `max` units, ending with `…`. A fenced code block keeps its closing
 * fence (the cut happens inside it), so a long stack trace stays a code block.
 */
function truncate(text, max, measure = 'codepoints') {
    if (!longerThan(text, max, measure))
        return text;
    if (max <= 0)
        return '';
    const fenced = text.startsWith(FENCE) && text.trimEnd().endsWith(FENCE) && text.length > 2 * FENCE.length;
    if (fenced) {
        const closing = `${ELLIPSIS}\n${FENCE}`;
        const room = max - measureLength(closing, measure);
        const firstLine = text.indexOf('\n');
        if (firstLine > 0 && room > firstLine) {
            return prefix(text.trimEnd().slice(0, -FENCE.length), room, measure).replace(/\n$/, '') + closing;
        }
    }
    return prefix(text, max - 1, measure) + ELLIPSIS;
}
/** Truncates and reports the change (path, original and final length) through `warn`. */
function fitText(text, max, path, warn, measure = 'codepoints') {
    const before = measureLength(text, measure);
    if (before <= max)
        return text;
    const after = truncate(text, max, measure);
    warn({ path, message: `truncated from ${before} to ${measureLength(after, measure)} characters (limit ${max})` });
    return after;
}


/***/ }),

/***/ 2186:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ yamlParser),
/* harmony export */   D: () => (/* binding */ loadYamlParser)
/* harmony export */ });
/* harmony import */ var _chunk_module_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7923);

/**
 * The `yaml` package is a quarter of the bundle: it is loaded (a chunk of its own) only when a text that is not
 * JSON must be parsed, so a send with a built-in template and JSON-or-absent inputs never pays for it.
 */
const yaml = (0,_chunk_module_js__WEBPACK_IMPORTED_MODULE_0__/* .chunkModule */ .Q)('the YAML parser', () => __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19)));
/** For edges that know a text that is not JSON (or a template the build did not parse) is about to be parsed. */
async function loadYamlParser() {
    await yaml.load();
}
function yamlParser() {
    return yaml.get();
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__runCli = __webpack_exports__.a;
/******/ export { __webpack_exports__runCli as runCli };
/******/ 

//# sourceMappingURL=index.js.map