export const id = 632;
export const ids = [632];
export const modules = {

/***/ 7632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  github: () => (/* binding */ github)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/tracking/contract.ts
var contract = __webpack_require__(2267);
// EXTERNAL MODULE: ./src/truncate.ts
var truncate = __webpack_require__(6689);
// EXTERNAL MODULE: ./src/platforms/shared/json.ts
var json = __webpack_require__(5380);
// EXTERNAL MODULE: ./src/platforms/shared/reply.ts
var shared_reply = __webpack_require__(3168);
;// CONCATENATED MODULE: ./src/platforms/github/limits.ts
// GitHub's limits. GitHub counts characters as code points.
/** An issue's title ("title is too long (maximum is 256 characters)"): https://docs.github.com/en/rest/issues/issues#create-an-issue */
const TITLE_MAX = 256;
/** An issue's body ("body is too long (maximum is 65536 characters)"): https://docs.github.com/en/rest/issues/issues#create-an-issue */
const BODY_MAX = 65536;
/** A label's name ("name is too long (maximum is 50 characters)"): https://docs.github.com/en/rest/issues/labels#create-a-label */
const LABEL_MAX = 50;
/** People on one issue: https://docs.github.com/en/issues/tracking-your-work-with-issues/using-issues/assigning-issues-and-pull-requests-to-other-github-users */
const ASSIGNEES_MAX = 10;
/**
 * The largest page of a list (`per_page`): https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api.
 * Enough for every open issue a storm of one problem's alerts can leave before they are reconciled.
 */
const PAGE_MAX = 100;
/**
 * The wait after a secondary rate limit that names none, "at least one minute":
 * https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit
 */
const SECONDARY_LIMIT_WAIT_SECONDS = 60;
/** Create an issue's parameters; GitHub ignores any other key. */
const KNOWN_KEYS = {
    unknown: 'ignores',
    tree: { title: true, body: true, labels: true, assignees: true, assignee: true, milestone: true, type: true }
};
/** GitHub's primary limit: `x-ratelimit-reset` is when `x-ratelimit-remaining` refills, in epoch seconds. */
const RATE_LIMIT_HEADERS = [
    { remaining: 'x-ratelimit-remaining', reset: 'x-ratelimit-reset', resetIn: 'epoch-seconds' }
];

// EXTERNAL MODULE: ./src/platforms/shared/endpoint.ts
var endpoint = __webpack_require__(7355);
// EXTERNAL MODULE: ./src/platforms/github/descriptor.ts
var descriptor = __webpack_require__(193);
;// CONCATENATED MODULE: ./src/platforms/github/target.ts



/** The REST API of github.com; GitHub Enterprise Server answers at https://HOST/api/v3. */
const GITHUB_API_URL = 'https://api.github.com';
const URL_FIX = 'Leave url unset for github.com (the API base https://api.github.com); on GitHub Enterprise Server set url: ${{ github.api_url }} (https://HOST/api/v3)';
const REPOSITORY_FIX = 'Set repository to owner/name, e.g. acme/data-platform, or leave it unset for the repository the workflow runs in';
const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/;
/**
 * `url` is the API base; unset, the runner's (`settings.apiUrl`, https://HOST/api/v3 on GitHub Enterprise Server),
 * else https://api.github.com. The repository comes from the `repository` input.
 */
function resolveTarget(url, _template, settings) {
    const fallback = settings?.apiUrl.trim() || GITHUB_API_URL;
    const parsed = (0,endpoint/* parseEndpoint */.Bk)(url, { fallback, hint: URL_FIX, lookAlike: descriptor/* lookAlike */.W });
    if (parsed.username || parsed.password)
        throw new errors/* InputError */.dz('url', 'must not contain credentials', `Pass the token in the token input. ${URL_FIX}`);
    if (/^(www\.)?github\.com$/i.test(parsed.hostname)) {
        throw new errors/* InputError */.dz('url', `${parsed.origin} is GitHub's website, not its API`, URL_FIX);
    }
    if (/\/repos(\/|$)/.test(parsed.pathname)) {
        throw new errors/* InputError */.dz('url', `is the API base, not a repository's endpoint (${parsed.pathname})`, `${REPOSITORY_FIX}. ${URL_FIX}`);
    }
    return { endpoint: new URL(`${parsed.origin}${parsed.pathname}`), defaultTemplate: 'github-issue' };
}
/** `<api>/repos/{owner}/{name}<path>`; throws InputError for a repository that is not owner/name. */
function repositoryUrl(ctx, path) {
    const base = `${ctx.target.endpoint.origin}${ctx.target.endpoint.pathname.replace(/\/+$/, '')}`;
    return `${base}/repos/${repositoryOf(ctx)}${path}`;
}
/** The `repository` input as owner/name; never empty on a runner, which defaults it to the current repository. */
function repositoryOf(ctx) {
    const repository = ctx.settings.repository.trim();
    if (repository === '')
        throw new errors/* InputError */.dz('repository', 'is not set', REPOSITORY_FIX);
    if (!REPOSITORY.test(repository))
        throw new errors/* InputError */.dz('repository', `"${repository}" is not owner/name`, REPOSITORY_FIX);
    return repository;
}

;// CONCATENATED MODULE: ./src/platforms/github/api.ts







const API_VERSION = '2022-11-28';
const TOKEN_FIX = 'Leave token unset to use the workflow token ${{ github.token }} (the job needs permissions: issues: write), or set ' +
    'token: ${{ secrets.NAME }} to a fine-grained token with Issues: read and write on the repository';
/** Words for GitHub's validation error codes (https://docs.github.com/rest: "Client errors"). */
const VALIDATION_CODES = {
    missing: 'does not exist',
    missing_field: 'is required but missing',
    invalid: 'is invalid',
    already_exists: 'already exists',
    unprocessable: 'cannot be processed'
};
function request(payload, ctx) {
    return repoRequest(ctx, 'POST', '/issues', payload);
}
/** A REST request to `<api>/repos/{owner}/{name}<path>`, authorised with the token input (an Authorization header wins). */
function repoRequest(ctx, method, path, body) {
    const headers = {
        accept: 'application/vnd.github+json',
        'x-github-api-version': API_VERSION,
        ...authorization(ctx),
        ...ctx.headers
    };
    if (body !== undefined)
        headers['content-type'] = 'application/json';
    return {
        method,
        url: repositoryUrl(ctx, path),
        headers,
        ...(body !== undefined && { body: JSON.stringify(body) })
    };
}
function authorization(ctx) {
    if (ctx.headers.authorization)
        return {};
    const token = ctx.settings.token.trim();
    if (token === '')
        throw new errors/* InputError */.dz('token', 'GitHub needs a token and none is set', TOKEN_FIX);
    if (/\s/.test(token))
        throw new errors/* InputError */.dz('token', 'contains spaces: give the token alone, without "Bearer" or "token" before it', TOKEN_FIX);
    return { authorization: `Bearer ${token}` };
}
/** One tracker request to the repository; GitHub's refusal becomes a TrackerError naming `what` was being done. */
async function exchange(call, what, method, path, body) {
    const reply = await call.send(repoRequest(call.ctx, method, path, body));
    if (!(0,shared_reply/* isSuccess */.oJ)(reply.status))
        throw new contract/* TrackerError */.BT(what, errorText(reply, call.ctx), reply);
    return (0,json/* parseJson */.qF)(reply.body);
}
function parse(reply, ctx) {
    const body = (0,json/* parseJson */.qF)(reply.body);
    if ((0,shared_reply/* isSuccess */.oJ)(reply.status)) {
        const [issue] = trackedIssue(body);
        if (issue)
            return { ok: true, url: issue.url, id: issue.id, status: 'created' };
        return {
            ok: false,
            message: `the reply has no issue number and html_url: ${(0,shared_reply/* replyText */.cL)(reply.body, { oneLine: true })}`
        };
    }
    const limited = rateLimit(reply, body);
    return { ok: false, message: errorText(reply, ctx), ...(limited && { retry: true, rateLimited: true, ...limited }) };
}
/** An issue as the REST API returns it: `{number, html_url, …}`; the number is what the API and `gh` take. */
function trackedIssue(issue) {
    if (!(0,json/* isObject */.Gv)(issue) ||
        !Number.isInteger(issue.number) ||
        typeof issue.html_url !== 'string' ||
        issue.html_url === '')
        return [];
    const number = String(issue.number);
    const created = typeof issue.created_at === 'string' ? issue.created_at : '';
    return [{ ref: number, id: number, url: issue.html_url, created, sequence: issue.number }];
}
/** A repository's issue list without its pull requests, each with its REST `id` (not the number) where the list has it. */
function listedIssues(listed) {
    const items = Array.isArray(listed) ? listed : [];
    return items.flatMap(item => {
        if (!(0,json/* isObject */.Gv)(item) || item.pull_request !== undefined)
            return [];
        const databaseId = Number.isInteger(item.id) ? item.id : undefined;
        return trackedIssue(item).map(issue => ({ issue, ...(databaseId !== undefined && { databaseId }) }));
    });
}
/**
 * A primary or secondary rate limit (403 or 429), or content created too quickly (422 "was submitted too
 * quickly"), and the wait it asks for. Delivery reads `Retry-After` and the exhausted primary limit's reset
 * itself (RATE_LIMIT_HEADERS); with neither, GitHub says to wait at least a minute.
 */
function rateLimit(reply, body) {
    const tooQuickly = reply.status === 422 && /was submitted too quickly/i.test(reply.body);
    if (reply.status !== 403 && reply.status !== 429 && !tooQuickly)
        return undefined;
    const exhausted = reply.headers['x-ratelimit-remaining']?.trim() === '0';
    const retryAfter = reply.headers['retry-after'] !== undefined;
    if (!tooQuickly && !exhausted && !retryAfter && !/rate limit/i.test(messageOf(body)))
        return undefined;
    const resetKnown = exhausted && Number.isFinite(Number(reply.headers['x-ratelimit-reset']));
    return retryAfter || resetKnown ? {} : { retryAfterSeconds: SECONDARY_LIMIT_WAIT_SECONDS };
}
/** `{message, errors: [{resource, field, code, message?, value?}]}` field by field, then what usually fixes the status. */
function errorText(reply, ctx) {
    const body = (0,json/* parseJson */.qF)(reply.body);
    const said = (0,json/* isObject */.Gv)(body) ? githubErrorText(body) : (0,shared_reply/* replyText */.cL)(reply.body, { oneLine: true });
    const hint = hintFor(reply, ctx);
    const text = hint ? `${said}${/[.!?…]$/.test(said) ? '' : '.'} ${hint}` : said;
    return (0,truncate/* truncate */.xv)(text, shared_reply/* REPLY_TEXT_LIMIT */.Vp);
}
function githubErrorText(body) {
    const errors = Array.isArray(body.errors) ? body.errors.map(fieldError) : [];
    const message = messageOf(body).trim().replace(/\s+/g, ' ');
    return [message, errors.join('; ')].filter(part => part !== '').join(': ') || '(no error text)';
}
/** GitHub's own message names the field ("title is too long …"); a bare code is put in words after resource and field. */
function fieldError(error) {
    if (!(0,json/* isObject */.Gv)(error))
        return typeof error === 'string' ? error : JSON.stringify(error);
    if (typeof error.message === 'string' && error.message !== '')
        return error.message;
    const where = [error.resource, error.field].filter(part => typeof part === 'string').join(' ');
    const code = typeof error.code === 'string' ? error.code : 'invalid';
    const value = error.value === undefined ? '' : ` (${JSON.stringify(error.value)})`;
    return `${where ? `${where} ` : ''}${VALIDATION_CODES[code] ?? code}${value}`;
}
function hintFor(reply, ctx) {
    const repository = ctx.settings.repository.trim();
    switch (reply.status) {
        case 401:
            return 'The token was refused: check the token input (expired, revoked, or the wrong secret)';
        case 403:
            return rateLimit(reply, (0,json/* parseJson */.qF)(reply.body))
                ? ''
                : `The token may not write issues in ${repository}: give the job permissions: issues: write, or for another ` +
                    'repository use a token with Issues: read and write on it (the workflow token reaches only its own repository)';
        case 404:
            return (`Check the repository input (${repository}): it does not exist, or the token cannot see it ` +
                '(the workflow token reaches only the repository the workflow runs in)');
        case 410:
            return `Issues are turned off in ${repository}: turn them on (Settings → General → Features → Issues) or set repository to another one`;
        case 422:
            return /assignee/i.test(reply.body)
                ? 'Assignees must be users who can be assigned in the repository (collaborators)'
                : '';
        default:
            return '';
    }
}
function messageOf(body) {
    return (0,json/* isObject */.Gv)(body) && typeof body.message === 'string' ? body.message : '';
}

// EXTERNAL MODULE: ./src/platforms/shared/issue-title.ts
var issue_title = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/platforms/github/fenced-blocks.ts
/** Where a multiline `^` or `$` sees a line end. */
const LINE_TERMINATORS = '\n\r\u2028\u2029';
const FENCE_CHARACTERS = '`~';
const MIN_FENCE = 3;
function runLength(text, from) {
    let end = from;
    while (text[end] === text[from])
        end++;
    return end - from;
}
/**
 * The fenced code block (as `code_block` writes them: fence line, content, the same fence alone on a line) with the
 * longest content, the first of equals; undefined without one. Blocks are found from the start, each after the
 * previous one, as `/^(`{3,}|~{3,})[^\n]*\n([\s\S]*?)\n\1[ \t]*$/gm` finds them; a fence line may open with a longer
 * run than the fence that closes it, the longest run with a closing fence winning. One pass over the text: that
 * pattern rescans the rest of the text from each fence line that nothing closes.
 */
function longestFencedBlock(text) {
    // Closing fence lines by fence (character and exact length): the starts of the lines, in order.
    const closings = new Map();
    for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
        const start = newline + 1;
        if (start === text.length || !FENCE_CHARACTERS.includes(text[start]))
            continue;
        const length = runLength(text, start);
        let end = start + length;
        while (text[end] === ' ' || text[end] === '\t')
            end++;
        if (end < text.length && !LINE_TERMINATORS.includes(text[end]))
            continue;
        const key = text[start] + length;
        const fence = closings.get(key) ?? { starts: [], next: 0 };
        fence.starts.push(start);
        closings.set(key, fence);
    }
    let longest;
    let searchedFrom = 0;
    let lineEnd = -1; // the first newline at or after the fence line being tried
    for (let line = 0; line < text.length; line = nextLineStart(text, line)) {
        if (line < searchedFrom || !FENCE_CHARACTERS.includes(text[line]))
            continue;
        const run = runLength(text, line);
        if (run < MIN_FENCE)
            continue;
        if (lineEnd < line)
            lineEnd = text.indexOf('\n', line);
        if (lineEnd < 0)
            break; // no fence line after this one can open a block either
        const contentStart = lineEnd + 1;
        for (let length = run; length >= MIN_FENCE; length--) {
            const closing = closings.get(text[line] + length);
            const last = closing?.starts[closing.starts.length - 1];
            if (!closing || last === undefined || last <= contentStart)
                continue;
            while (closing.starts[closing.next] <= contentStart)
                closing.next++;
            const closingStart = closing.starts[closing.next];
            const content = { start: contentStart, end: closingStart - 1 };
            if (!longest || content.end - content.start > longest.end - longest.start)
                longest = content;
            searchedFrom = closingStart + length;
            break;
        }
    }
    return longest;
}
/** The start of the line after the one at `from` (or the text's length), line ends as a multiline `^` sees them. */
function nextLineStart(text, from) {
    let index = from;
    while (index < text.length && !LINE_TERMINATORS.includes(text[index]))
        index++;
    return index + 1;
}

// EXTERNAL MODULE: ./src/platforms/shared/mentions.ts
var mentions = __webpack_require__(637);
;// CONCATENATED MODULE: ./src/platforms/github/markdown.ts



const FENCE_LINE = /^(`{3,}|~{3,})/gm;
const CLOSING_FENCE = '\n```';
/**
 * `@login` or `@org/team` not preceded by a letter or digit (so e-mail addresses stay as they are). Anything else
 * before it may vanish from the rendered text (`_@login_`, `\@login`, a backtick an escape made literal), so it
 * counts; code spans and blocks count too, which a mistaken fence could open or close.
 */
const MENTION = /(?<![A-Za-z0-9])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[\w.-]+)?)/g;
/**
 * Only the mentions written in the template or `vars` notify anyone: an `@name` from alert text (a job named
 * after its owner, a stack trace line) gets an invisible word joiner after the `@`, which GitHub does not link.
 */
function neutraliseMentions(body, authoredText) {
    return (0,mentions/* neutralise */.$0)(body, authoredText, MENTION, (_whole, name) => `@${mentions/* WORD_JOINER */.Pj}${name}`);
}
/**
 * Markdown within `max` code points. The longest fenced code block (a stack trace, usually) is cut first, keeping
 * its fences and whatever follows it (links); otherwise the end is cut and an open fence closed.
 */
function shortenMarkdown(text, max) {
    const excess = (0,truncate/* measureLength */.X6)(text) - max;
    if (excess <= 0)
        return text;
    const longest = longestFencedBlock(text);
    if (longest) {
        const content = text.slice(longest.start, longest.end);
        const kept = (0,truncate/* measureLength */.X6)(content) - excess;
        if (kept >= 1)
            return text.slice(0, longest.start) + (0,truncate/* truncate */.xv)(content, kept) + text.slice(longest.end);
    }
    const cut = (0,truncate/* truncate */.xv)(text, max);
    const fences = cut.match(FENCE_LINE)?.length ?? 0;
    return fences % 2 === 0 ? cut : (0,truncate/* truncate */.xv)(text, max - CLOSING_FENCE.length) + CLOSING_FENCE;
}

;// CONCATENATED MODULE: ./src/platforms/github/fit.ts





/** GitHub's title: one line, required. */
const TITLE_RULES = {
    key: 'title',
    path: 'title',
    platform: 'GitHub',
    placeholder: '(no title)',
    max: TITLE_MAX
};
function fit(payload, ctx) {
    if (!(0,json/* isObject */.Gv)(payload))
        return payload; // validate reports the shape
    const issue = { ...payload };
    (0,issue_title/* fitIssueTitle */.b)(issue, TITLE_RULES, ctx.warn);
    if (typeof issue.body === 'string')
        issue.body = neutraliseMentions(issue.body, ctx.authoredText);
    fitBody(issue, ctx.warn);
    fitLabels(issue, ctx.warn);
    fitAssignees(issue, ctx.warn);
    return issue;
}
function fitBody(issue, warn) {
    const body = issue.body;
    if (typeof body !== 'string')
        return;
    const before = (0,truncate/* measureLength */.X6)(body);
    if (before <= BODY_MAX)
        return;
    issue.body = shortenMarkdown(body, BODY_MAX);
    const message = `truncated from ${before} to ${(0,truncate/* measureLength */.X6)(issue.body)} characters (limit ${BODY_MAX}), inside the longest code block when there is one`;
    warn({ path: 'body', message });
}
/** Labels as a list (text is split at commas and line breaks: names may contain spaces), trimmed, within 50, no duplicates. */
function fitLabels(issue, warn) {
    const labels = typeof issue.labels === 'string' ? splitList(issue.labels, /[,\n]/) : issue.labels;
    if (!Array.isArray(labels))
        return; // absent, or a shape validate reports
    const fitted = [];
    labels.forEach((label, index) => {
        const path = `labels[${index}]`;
        if (typeof label !== 'string' && typeof label !== 'number')
            return void fitted.push(label);
        const name = String(label).trim();
        if (name === '')
            return warn({ path, message: 'empty label dropped' });
        const short = (0,truncate/* fitText */.vY)(name, LABEL_MAX, path, warn);
        // GitHub label names are unique regardless of case.
        if (fitted.some(other => typeof other === 'string' && other.toLowerCase() === short.toLowerCase())) {
            return warn({ path, message: `duplicate label "${short}" dropped` });
        }
        fitted.push(short);
    });
    setOrDelete(issue, 'labels', fitted);
}
/** Logins as a list (text is split at commas and spaces), without a leading @, at most 10. */
function fitAssignees(issue, warn) {
    const listed = typeof issue.assignees === 'string' ? splitList(issue.assignees, /[\s,]+/) : issue.assignees;
    if (!Array.isArray(listed))
        return;
    const logins = [];
    for (const item of listed) {
        const login = typeof item === 'string' ? item.trim().replace(/^@/, '') : item;
        if (login === '')
            continue;
        if (typeof login === 'string' &&
            logins.some(other => typeof other === 'string' && other.toLowerCase() === login.toLowerCase()))
            continue;
        logins.push(login);
    }
    if (logins.length > ASSIGNEES_MAX) {
        warn({
            path: 'assignees',
            message: `${logins.length} assignees; GitHub takes ${ASSIGNEES_MAX}, so the first ${ASSIGNEES_MAX} are kept`
        });
        logins.length = ASSIGNEES_MAX;
    }
    setOrDelete(issue, 'assignees', logins);
}
function splitList(text, separator) {
    return text
        .split(separator)
        .map(part => part.trim())
        .filter(part => part !== '');
}
function setOrDelete(issue, key, list) {
    if (list.length > 0)
        issue[key] = list;
    else
        delete issue[key];
}

// EXTERNAL MODULE: ./src/tracking/notes.ts
var notes = __webpack_require__(6740);
;// CONCATENATED MODULE: ./src/platforms/github/tracker.ts





/**
 * GitHub issues of one problem carry the marker label, which GitHub creates along with the first issue that
 * names it. They are found with the repository's issue list filtered by that label: unlike the search API, the
 * list shows a new issue at once. Pull requests share the list and are skipped.
 */
function githubTracker() {
    /** The REST `id` (not the number) of issues a search found, by page address: what duplicate_issue_id takes. */
    const databaseIds = new Map();
    async function findOpen(call) {
        const query = new URLSearchParams({
            labels: markerLabel(call.marker),
            state: 'open',
            sort: 'created',
            direction: 'asc',
            per_page: String(PAGE_MAX)
        });
        const listed = listedIssues(await exchange(call, 'search for open issues', 'GET', `/issues?${query}`));
        for (const { issue, databaseId } of listed)
            if (databaseId !== undefined)
                databaseIds.set(issue.url, databaseId);
        return listed.map(({ issue }) => issue);
    }
    return {
        searchLagMs: 0,
        findOpen,
        async markCreate(call) {
            const payload = call.payload;
            if (!(0,json/* isObject */.Gv)(payload))
                return payload;
            const label = markerLabel(call.marker);
            const labels = Array.isArray(payload.labels) ? payload.labels : [];
            return { ...payload, labels: labels.includes(label) ? labels : [...labels, label] };
        },
        async findCreated(call, known) {
            const before = new Set(known.map(issue => issue.ref));
            return (await findOpen(call)).find(issue => !before.has(issue.ref));
        },
        async comment(call, issue, note) {
            await exchange(call, `comment on ${issue.id}`, 'POST', `/issues/${issue.ref}/comments`, {
                // alert text, like the issue's body: only the author's mentions notify
                body: neutraliseMentions((0,notes/* noteAsMarkdown */.C)(note), call.ctx.authoredText)
            });
        },
        async close(call, issue) {
            await exchange(call, `closing of ${issue.id}`, 'PATCH', `/issues/${issue.ref}`, {
                state: 'closed',
                state_reason: 'completed'
            });
        },
        async closeAsDuplicate(call, duplicate, original) {
            const what = `closing of ${duplicate.id} as a duplicate of ${original.id}`;
            // This comment is what shows "marked this as a duplicate of #N" on the issue's timeline.
            await exchange(call, what, 'POST', `/issues/${duplicate.ref}/comments`, { body: `Duplicate of #${original.ref}` });
            const originalId = databaseIds.get(original.url);
            const close = {
                state: 'closed',
                state_reason: 'duplicate',
                ...(originalId !== undefined && { duplicate_issue_id: originalId })
            };
            await exchange(call, what, 'PATCH', `/issues/${duplicate.ref}`, close);
        }
    };
}
/** The marker label within GitHub's limit (a `dedupe-key` that is a long hash makes a long label); the same for find and create. */
function markerLabel(marker) {
    return marker.label.slice(0, LABEL_MAX);
}

;// CONCATENATED MODULE: ./src/platforms/github/validate.ts



/** The fields of "create an issue"; anything else is a typo GitHub would ignore without a word. */
const ISSUE_FIELDS = ['title', 'body', 'labels', 'assignees', 'milestone', 'type'];
function validate(payload) {
    if (!(0,json/* isObject */.Gv)(payload))
        return [{ path: '', message: 'must be a JSON object with the issue fields (title, body, labels, assignees)' }];
    const unknown = Object.keys(payload)
        .filter(key => !ISSUE_FIELDS.includes(key))
        .map(key => ({
        path: key,
        message: `is not a field of a GitHub issue (${ISSUE_FIELDS.join(', ')}); GitHub would ignore it`
    }));
    return [
        ...unknown,
        ...validateTitle(payload.title),
        ...validateBody(payload.body),
        ...validateNames('labels', payload.labels, LABEL_MAX),
        ...validateNames('assignees', payload.assignees, Infinity),
        ...validateAssigneeCount(payload.assignees),
        ...validateMilestone(payload.milestone),
        ...(payload.type === undefined || payload.type === null || typeof payload.type === 'string'
            ? []
            : [{ path: 'type', message: `must be an issue type name, not ${kindOf(payload.type)}` }])
    ];
}
function validateTitle(title) {
    const path = 'title';
    if (title === undefined)
        return [{ path, message: 'is missing: GitHub requires a title' }];
    if (typeof title !== 'string')
        return [{ path, message: `must be a string, not ${kindOf(title)}` }];
    if (title.trim() === '')
        return [{ path, message: 'must not be empty' }];
    if (/[\r\n]/.test(title))
        return [{ path, message: 'must be one line' }];
    const length = (0,truncate/* measureLength */.X6)(title);
    return length > TITLE_MAX ? [{ path, message: `is ${length} characters long; GitHub allows ${TITLE_MAX}` }] : [];
}
function validateBody(body) {
    const path = 'body';
    if (body === undefined || body === null)
        return [];
    if (typeof body !== 'string')
        return [{ path, message: `must be Markdown text, not ${kindOf(body)}` }];
    const length = (0,truncate/* measureLength */.X6)(body);
    return length > BODY_MAX ? [{ path, message: `is ${length} characters long; GitHub allows ${BODY_MAX}` }] : [];
}
/** Label names or assignee logins: a list of non-empty strings within `max`. */
function validateNames(path, names, max) {
    if (names === undefined)
        return [];
    if (!Array.isArray(names))
        return [{ path, message: `must be a list of names, not ${kindOf(names)}` }];
    return names.flatMap((name, index) => {
        const itemPath = `${path}[${index}]`;
        if (typeof name !== 'string')
            return [{ path: itemPath, message: `must be a string, not ${kindOf(name)}` }];
        if (name.trim() === '')
            return [{ path: itemPath, message: 'must not be empty' }];
        const length = (0,truncate/* measureLength */.X6)(name);
        return length > max ? [{ path: itemPath, message: `is ${length} characters long; GitHub allows ${max}` }] : [];
    });
}
function validateAssigneeCount(assignees) {
    if (!Array.isArray(assignees) || assignees.length <= ASSIGNEES_MAX)
        return [];
    return [{ path: 'assignees', message: `has ${assignees.length} logins; GitHub allows ${ASSIGNEES_MAX}` }];
}
function validateMilestone(milestone) {
    if (milestone === undefined || milestone === null)
        return [];
    if (Number.isInteger(milestone) || (typeof milestone === 'string' && /^\d+$/.test(milestone)))
        return [];
    return [{ path: 'milestone', message: `must be a milestone number, not ${JSON.stringify(milestone)}` }];
}
/** A value's kind as these messages have always said it ("a object": shared typeOf says "an object"). */
function kindOf(value) {
    if (value === null)
        return 'null';
    return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}

;// CONCATENATED MODULE: ./src/platforms/github/index.ts






const github = {
    resolveTarget: resolveTarget,
    fit: fit,
    validate: validate,
    request: request,
    parse: parse,
    rateLimitHeaders: RATE_LIMIT_HEADERS,
    tracker: githubTracker(),
    checkHints: { knownKeys: KNOWN_KEYS }
};


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

/***/ 2267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BT: () => (/* binding */ TrackerError),
/* harmony export */   NB: () => (/* binding */ withStillFailing),
/* harmony export */   po: () => (/* binding */ stillFailingSummary),
/* harmony export */   sZ: () => (/* binding */ oldestFirst)
/* harmony export */ });
/** Oldest first: by creation time, then by the service's sequence number for issues created within one tick. */
function oldestFirst(issues) {
    const time = (issue) => {
        // Some APIs write offsets without a colon (+0000), which Date.parse does not read everywhere.
        const ms = Date.parse(issue.created.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
        return Number.isNaN(ms) ? Infinity : ms;
    };
    return [...issues].sort((a, b) => time(a) - time(b) || a.sequence - b.sequence);
}
/**
 * A tracker request the service refused (`reply`), or a step it cannot do (no transition to Done).
 * `detail` is the service's own error text; the flow adds the platform name and redacts.
 */
class TrackerError extends Error {
    what;
    detail;
    reply;
    constructor(what, detail, reply) {
        super(`${what}${reply ? ` (HTTP ${reply.status})` : ''}: ${detail}`);
        this.what = what;
        this.detail = detail;
        this.reply = reply;
        this.name = 'TrackerError';
    }
}
/** "B, C (and 3 more)" */
function failingList(still) {
    const more = still.count - still.named.length;
    return `${still.named.join(', ')}${more > 0 ? ` (and ${more} more)` : ''}`;
}
/** The recovery note with a line naming the members still failing; its text is escaped as every note's is. */
function withStillFailing(note, still) {
    return { ...note, lines: [...note.lines, { label: 'Still failing', text: failingList(still) }] };
}
/** "A recovered; 2 members still failing (B, C)" */
function stillFailingSummary(still) {
    const members = still.count === 1 ? '1 member' : `${still.count} members`;
    return `${still.recovered} recovered; ${members} still failing (${failingList(still)})`;
}


/***/ }),

/***/ 6740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ noteAsMarkdown),
/* harmony export */   y: () => (/* binding */ noteAsText)
/* harmony export */ });
/* harmony import */ var _template_filters_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1329);

// How a follow-up note is written in each issue tracker's comment format.
/** A note as plain text, one line each, links spelled out (plain-text comment APIs). */
function noteAsText(note) {
    const lines = note.lines.map(({ label, text, href }) => `${label}: ${href && href !== text ? `${text} (${href})` : text}`);
    return [note.heading, ...lines].join('\n');
}
/** Bold heading, one line per detail; alert text escaped so it shows as written. */
function noteAsMarkdown(note) {
    const lines = note.lines.map(({ label, text, href }) => {
        const shown = (0,_template_filters_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownText */ .m4)(text);
        return `${label}: ${href ? `[${shown}](${href.replace(/[()\s]/g, percentEncoded)})` : shown}`;
    });
    return [`**${(0,_template_filters_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownText */ .m4)(note.heading)}**`, '', ...lines].join('\n');
}
/** `(` → `%28`: parentheses and spaces would end a Markdown link's URL early. */
function percentEncoded(character) {
    return `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}


/***/ })

};

//# sourceMappingURL=632.index.js.map