export const id = 306;
export const ids = [306];
export const modules = {

/***/ 4306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jira: () => (/* binding */ jira)
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
// EXTERNAL MODULE: ./src/platforms/shared/service-token.ts
var service_token = __webpack_require__(7987);
// EXTERNAL MODULE: ./src/platforms/shared/endpoint.ts
var endpoint = __webpack_require__(7355);
// EXTERNAL MODULE: ./src/platforms/jira/descriptor.ts
var descriptor = __webpack_require__(1488);
;// CONCATENATED MODULE: ./src/platforms/jira/target.ts




const ISSUE_ENDPOINT = /^(.*)\/rest\/api\/([23])\/issue$/;
const URL_FIX = 'Set url to https://your-site.atlassian.net/rest/api/2/issue or the site URL';
/** How credentials are given instead (in url they would be printed with it). */
const HEADERS_FIX = 'Set email to the Atlassian account email and token to its API token (from a secret), or set headers to ' +
    '`Authorization: Basic <base64 of email:api_token>` from a secret';
function resolveTarget(url, template) {
    const parsed = parseSiteUrl(url);
    const { site, version: endpointVersion } = splitEndpoint(parsed);
    const templateVersion = versionOfTemplate(template);
    if (endpointVersion === 2 && templateVersion === 3) {
        throw new errors/* InputError */.dz('template', `'${template}' writes a rich-text (ADF) description for REST API v3, but url points at /rest/api/2/issue, which takes plain text`, `Either set url to ${site}/rest/api/3/issue, or set template to jira-v2`);
    }
    if (endpointVersion === 3 && templateVersion === 2) {
        throw new errors/* InputError */.dz('template', `'${template}' writes a plain-text description in Jira wiki markup ({noformat}) for REST API v2, but url points at /rest/api/3/issue, which takes rich text (ADF) and would show the markup literally`, `Either set url to ${site}/rest/api/2/issue, or set template to jira-v3`);
    }
    const version = endpointVersion ?? templateVersion ?? 2;
    return {
        endpoint: new URL(`${site}/rest/api/${version}/issue${parsed.search}`),
        defaultTemplate: `jira-v${version}`
    };
}
/** Check mode: the version the file name says (jira-v3…), else the one the description needs (ADF object: v3). */
function sampleTarget(templateFile, payload) {
    const fields = (0,json/* isObject */.Gv)(payload) ? payload.fields : undefined;
    const adf = (0,json/* isObject */.Gv)(fields) && (0,json/* isObject */.Gv)(fields.description);
    const version = versionOfTemplate(templateFile) ?? (adf ? 3 : 2);
    return resolveTarget(`https://example.atlassian.net/rest/api/${version}/issue`, templateFile);
}
function parseSiteUrl(text) {
    const url = (0,endpoint/* parseEndpoint */.Bk)(text, { required: 'Jira', hint: URL_FIX, lookAlike: descriptor/* lookAlike */.W });
    if (url.username || url.password) {
        throw new errors/* InputError */.dz('url', 'must not contain credentials', `${HEADERS_FIX}, and keep url to the site address`);
    }
    return url;
}
/** The site (origin plus any context path) and the API version when `url` is an issue endpoint. */
function splitEndpoint(url) {
    const path = url.pathname.replace(/\/+$/, '');
    const endpoint = ISSUE_ENDPOINT.exec(path);
    if (endpoint)
        return { site: url.origin + endpoint[1], version: Number(endpoint[2]) };
    if (/\/rest(\/|$)/.test(path)) {
        throw new errors/* InputError */.dz('url', `path ${url.pathname} is not the issue endpoint /rest/api/2/issue or /rest/api/3/issue`, URL_FIX);
    }
    return { site: url.origin + path };
}
/** `jira-v3`, `jira-v3-compact.yml`, `.github/…/jira-v2.yml` → 3 / 3 / 2; other names say nothing. */
function versionOfTemplate(template) {
    const name = template?.split('/').pop() ?? '';
    if (name.startsWith('jira-v3'))
        return 3;
    if (name.startsWith('jira-v2'))
        return 2;
    return undefined;
}
function versionOf(target) {
    return target.endpoint.pathname.endsWith('/3/issue') ? 3 : 2;
}
/** The configured site: issue links are built from it, never from the reply's `self` (an internal host). */
function siteOf(target) {
    return target.endpoint.origin + target.endpoint.pathname.replace(/\/rest\/api\/[23]\/issue$/, '');
}

;// CONCATENATED MODULE: ./src/platforms/jira/api.ts







const TOKEN_FIX = 'Set token: ${{ secrets.JIRA_API_TOKEN }}, an API token of that Atlassian account (id.atlassian.com › Security › API tokens)';
/** The create issue request. */
function request(payload, ctx) {
    return apiRequest(ctx, 'POST', ctx.target.endpoint.href, payload);
}
/** A call to Jira's REST API with the credentials; `body` is sent as JSON. */
function apiRequest(ctx, method, url, body) {
    const headers = {
        accept: 'application/json',
        ...ctx.headers,
        authorization: authorization(ctx)
    };
    if (body !== undefined)
        headers['content-type'] = 'application/json';
    return { method, url, headers, ...(body !== undefined && { body: JSON.stringify(body) }) };
}
/**
 * The Authorization value: Basic built from the `email` and `token` inputs (as Atlassian's own login action takes
 * them), else the `headers` input's. Throws InputError when neither is usable; never echoes a credential.
 */
function authorization(ctx) {
    const header = ctx.headers.authorization?.trim();
    const email = ctx.settings.email.trim();
    // The workflow's GitHub token (the input's default) is no Atlassian token: treat it as unset.
    const token = (0,service_token/* serviceToken */.j)(ctx.settings);
    if (email) {
        if (header)
            throw new errors/* InputError */.dz('email', 'is set, and headers carries an Authorization header too', 'Keep one: email with token, or the Authorization header');
        if (!token)
            throw new errors/* InputError */.dz('token', "is not set to an Atlassian API token, which Jira needs with email (token defaults to the workflow's GitHub token)", TOKEN_FIX);
        if (!/^[^\s@:]+@[^\s@:]+$/.test(email))
            throw new errors/* InputError */.dz('email', 'is not an email address', "Set it to the Atlassian account's email, e.g. you@example.com");
        return `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}`;
    }
    if (!header) {
        if (token)
            throw new errors/* InputError */.dz('email', 'is not set: an Atlassian API token in token is used with the account email', "Set email to the Atlassian account's email address");
        throw new errors/* InputError */.dz('headers', 'Jira needs an Authorization header', HEADERS_FIX);
    }
    const basic = /^basic\s+(.*)$/i.exec(header);
    if (basic && !isBase64Credentials(basic[1].trim())) {
        throw new errors/* InputError */.dz('headers', 'the Authorization header says Basic, but what follows is not the Base64 of email:api_token', HEADERS_FIX);
    }
    return header;
}
function isBase64Credentials(text) {
    return /^[A-Za-z0-9+/]+={0,2}$/.test(text) && Buffer.from(text, 'base64').toString('utf8').includes(':');
}
function parse(reply, ctx) {
    const body = (0,json/* parseJson */.qF)(reply.body);
    if ((0,shared_reply/* isSuccess */.oJ)(reply.status)) {
        const key = (0,json/* isObject */.Gv)(body) && typeof body.key === 'string' && body.key !== '' ? body.key : undefined;
        if (key)
            return { ok: true, id: key, url: issueUrl(ctx, key), status: 'created' };
        return {
            ok: false,
            message: `Jira answered HTTP ${reply.status} without an issue key: ${(0,shared_reply/* replyText */.cL)(plainText(reply.body))}`
        };
    }
    return { ok: false, message: withHint(errorText(reply), hintFor(reply, ctx)) };
}
function issueUrl(ctx, key) {
    return `${siteOf(ctx.target)}/browse/${encodeURIComponent(key)}`;
}
// ---------------------------------------------------------------------------------------------
// Replies to the tracker's calls
/** A search, comment, link or transition reply's JSON; a refusal is a TrackerError in Jira's words. */
function followUpReply(what, reply, ctx) {
    if (!(0,shared_reply/* isSuccess */.oJ)(reply.status))
        throw new contract/* TrackerError */.BT(what, followUpErrorText(reply, ctx), reply);
    return (0,json/* parseJson */.qF)(reply.body);
}
/** Search, comment and transition replies: the credentials hint fits them, the create's endpoint and permission hints do not. */
function followUpErrorText(reply, ctx) {
    return withHint(errorText(reply), reply.status === 401 ? hintFor(reply, ctx) : '');
}
/** The issues of a JQL search reply. */
function foundIssues(found, ctx) {
    const issues = (0,json/* isObject */.Gv)(found) && Array.isArray(found.issues) ? found.issues : [];
    return issues.flatMap(issue => {
        if (!(0,json/* isObject */.Gv)(issue) || typeof issue.key !== 'string' || issue.key === '')
            return [];
        const created = (0,json/* isObject */.Gv)(issue.fields) && typeof issue.fields.created === 'string' ? issue.fields.created : '';
        return [{ ref: issue.key, id: issue.key, url: issueUrl(ctx, issue.key), created, sequence: Number(issue.id) || 0 }];
    });
}
/** The transitions of a transitions reply. */
function transitionsOf(listed) {
    return (0,json/* isObject */.Gv)(listed) && Array.isArray(listed.transitions) ? listed.transitions.filter(json/* isObject */.Gv) : [];
}
/** The key of the status category a transition leads to (`done` for Done). */
function statusCategory(transition) {
    const to = transition.to;
    const category = (0,json/* isObject */.Gv)(to) ? to.statusCategory : undefined;
    return (0,json/* isObject */.Gv)(category) ? category.key : undefined;
}
/** Whether the transition's screen has a resolution field that offers `name` (no list of values: it may). */
function offersResolution(transition, name) {
    const fields = transition.fields;
    const resolution = (0,json/* isObject */.Gv)(fields) ? fields.resolution : undefined;
    if (!(0,json/* isObject */.Gv)(resolution))
        return false;
    const allowed = resolution.allowedValues;
    return !Array.isArray(allowed) || allowed.some(value => (0,json/* isObject */.Gv)(value) && value.name === name);
}
/** Jira's 400 for a field that is not on the transition's screen: `errors.resolution`. */
function refusesResolution(reply) {
    if (reply.status !== 400)
        return false;
    const body = (0,json/* parseJson */.qF)(reply.body);
    return (0,json/* isObject */.Gv)(body) && (0,json/* isObject */.Gv)(body.errors) && typeof body.errors.resolution === 'string';
}
// ---------------------------------------------------------------------------------------------
// Error wording
function withHint(details, hint) {
    if (!details)
        return hint || '(no error text)';
    return hint ? `${details}${/[.!?…]$/.test(details) ? '' : '.'} ${hint}` : details;
}
/** Jira's error text of a reply, else the error page's text, within 1 KiB. */
function errorText(reply) {
    const body = (0,json/* parseJson */.qF)(reply.body);
    return (0,truncate/* truncate */.xv)(((0,json/* isObject */.Gv)(body) && jiraErrorText(body)) || plainText(reply.body), shared_reply/* REPLY_TEXT_LIMIT */.Vp);
}
/** `{errorMessages: [...], errors: {field: message}}` (or a gateway's `{message}`) as one line. */
function jiraErrorText(body) {
    const messages = Array.isArray(body.errorMessages) ? body.errorMessages.filter(m => typeof m === 'string') : [];
    const fieldErrors = (0,json/* isObject */.Gv)(body.errors)
        ? Object.entries(body.errors).map(([field, message]) => `${field}: ${String(message)}`)
        : [];
    const gateway = typeof body.message === 'string' ? [body.message] : [];
    return [...messages, ...fieldErrors, ...(messages.length + fieldErrors.length === 0 ? gateway : [])].join('; ');
}
function hintFor(reply, ctx) {
    switch (reply.status) {
        case 401:
            if (ctx.settings.email.trim())
                return "Check the credentials: email must be the Atlassian account's email and token an API token of that account (not its password)";
            return /^bearer\s/i.test(ctx.headers.authorization ?? '')
                ? `The Authorization header is Bearer, which Jira Cloud API tokens do not accept. ${HEADERS_FIX}`
                : `Check the credentials. ${HEADERS_FIX} (an Atlassian API token, not the account password)`;
        case 403:
            return /AUTHENTICATION_DENIED/i.test(reply.headers['x-seraph-loginreason'] ?? '')
                ? 'Jira wants a CAPTCHA after failed logins: sign in once in a browser as that account, then retry'
                : 'The account behind the Authorization header may lack the Create Issues permission in this project';
        case 400:
            return projectHint(reply, ctx);
        case 404:
            return `Check url (site ${siteOf(ctx.target)}, endpoint ${ctx.target.endpoint.pathname}) and that the project exists and the account can see it`;
        default:
            return '';
    }
}
/** A refused project ("Specify a valid project ID or key") does not say which was sent: name it and the input. */
function projectHint(reply, ctx) {
    const body = (0,json/* parseJson */.qF)(reply.body);
    if (!(0,json/* isObject */.Gv)(body) || !(0,json/* isObject */.Gv)(body.errors) || !('project' in body.errors))
        return '';
    const given = ctx.vars.project;
    const sent = typeof given === 'string' || typeof given === 'number'
        ? `The project sent was "${given}" (vars: project)`
        : 'The template sets fields.project itself (vars: project is not given)';
    return `${sent}: use the key of a project this account can see on ${siteOf(ctx.target)} (shown in the project's settings and in its issue keys)`;
}
/** An HTML or text error page as readable text: tags removed, whitespace collapsed, first 1 KiB. */
function plainText(body) {
    const text = withoutTags(body.slice(0, 64 * shared_reply/* REPLY_TEXT_LIMIT */.Vp))
        .replace(/&nbsp;/g, ' ')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ')
        .trim();
    return (0,truncate/* truncate */.xv)(text, shared_reply/* REPLY_TEXT_LIMIT */.Vp);
}
/**
 * `html` with its tags, scripts and styles replaced by spaces, in one forward scan: the patterns `<[^>]*>` and
 * `<script…</script>` rescan to the end from every unclosed `<`, which a hostile reply can make quadratic.
 */
function withoutTags(html) {
    const lower = html.toLowerCase();
    // an element whose end tag is not in the rest of the page: not searched for again
    const unclosed = new Set();
    let text = '';
    let at = 0;
    for (;;) {
        const open = html.indexOf('<', at);
        const close = open < 0 ? -1 : html.indexOf('>', open);
        // no tag left: an unclosed `<` is text
        if (close < 0)
            return text + html.slice(at);
        text += `${html.slice(at, open)} `;
        at = close + 1;
        const element = /^<(script|style)\b/.exec(lower.slice(open, open + 7))?.[1];
        if (!element || unclosed.has(element))
            continue;
        const end = lower.indexOf(`</${element}`, at);
        const endClose = end < 0 ? -1 : html.indexOf('>', end);
        if (endClose < 0)
            unclosed.add(element);
        else
            at = endClose + 1;
    }
}

// EXTERNAL MODULE: ./src/platforms/shared/issue-title.ts
var issue_title = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/platforms/jira/limits.ts
// Jira's limits, in UTF-16 units (Jira counts Java string length).
/** Create issue (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-post): the summary is one line of at most 255. */
const SUMMARY_MAX = 255;
/**
 * A description (plain text in v2, the text of its ADF document in v3) is a text field, at most 32767
 * (https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/ for ADF;
 * https://confluence.atlassian.com/adminjiraserver/advanced-jira-configuration-938847795.html, jira.text.field.character.limit).
 */
const DESCRIPTION_MAX = 32767;
/** A label: at most 255, no spaces (https://support.atlassian.com/jira-software-cloud/docs/add-labels-to-issues/). */
const LABEL_MAX = 255;
/** Create issue's body and the system fields a create can set (contracts/jira-cloud-platform-openapi-v3.json); Jira rejects any other field. */
const KNOWN_KEYS = {
    unknown: 'rejects',
    tree: {
        fields: {
            project: { key: true, id: true },
            issuetype: { name: true, id: true },
            summary: true,
            description: true,
            labels: true,
            priority: { name: true, id: true },
            assignee: true,
            reporter: true,
            components: true,
            fixVersions: true,
            versions: true,
            duedate: true,
            environment: true,
            parent: true,
            security: true,
            timetracking: true,
            'customfield_*': true
        },
        update: true,
        properties: true,
        transition: true,
        historyMetadata: true
    }
};

// EXTERNAL MODULE: ./src/template/markdown-to-adf.ts + 1 modules
var markdown_to_adf = __webpack_require__(3603);
// EXTERNAL MODULE: ./src/tracking/notes.ts
var notes = __webpack_require__(6740);
// EXTERNAL MODULE: ./src/platforms/shared/mentions.ts
var mentions = __webpack_require__(637);
;// CONCATENATED MODULE: ./src/platforms/jira/adf/validate.ts
// The ADF schema's rules (contracts/adf-schema-v1-full.json; https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/)
// for the nodes and marks Jira descriptions use, checked by hand: fast, and no schema engine in the bundle.
const INLINE_NODES = ['text', 'hardBreak', 'mention', 'emoji', 'date', 'status', 'inlineCard'];
const LIST_ITEM_BLOCKS = ['paragraph', 'bulletList', 'orderedList', 'codeBlock'];
const CELL_BLOCKS = ['paragraph', 'heading', 'bulletList', 'orderedList', 'codeBlock', 'blockquote', 'panel', 'rule'];
/** The nodes this check knows, with where they may appear (a subset of the ADF schema's `full.json`). */
const NODE_RULES = {
    paragraph: { children: INLINE_NODES, blockMarks: true },
    heading: { children: INLINE_NODES, requiredAttrs: ['level'], blockMarks: true },
    codeBlock: { children: ['text'], blockMarks: true },
    bulletList: { children: ['listItem'], needsContent: true },
    orderedList: { children: ['listItem'], needsContent: true },
    listItem: { children: LIST_ITEM_BLOCKS, needsContent: true },
    blockquote: { children: LIST_ITEM_BLOCKS, needsContent: true },
    panel: {
        children: ['paragraph', 'heading', 'bulletList', 'orderedList', 'codeBlock', 'rule'],
        needsContent: true,
        requiredAttrs: ['panelType']
    },
    rule: {},
    table: { children: ['tableRow'], needsContent: true, blockMarks: true },
    tableRow: { children: ['tableCell', 'tableHeader'] },
    tableCell: { children: CELL_BLOCKS, needsContent: true },
    tableHeader: { children: CELL_BLOCKS, needsContent: true },
    text: {},
    hardBreak: {},
    mention: { requiredAttrs: ['id'] },
    emoji: { requiredAttrs: ['shortName'] },
    date: { requiredAttrs: ['timestamp'] },
    status: { requiredAttrs: ['text', 'color'] },
    inlineCard: {}
};
const DOC_BLOCKS = [
    'paragraph',
    'heading',
    'codeBlock',
    'bulletList',
    'orderedList',
    'blockquote',
    'panel',
    'rule',
    'table'
];
const TEXT_MARKS = ['strong', 'em', 'code', 'link', 'strike', 'underline', 'textColor', 'subsup', 'backgroundColor'];
/** Marks `code` may be combined with. */
const CODE_COMPANIONS = ['code', 'link'];
/** ADF arrives as any JSON (a template's output), so every check starts from `unknown`. */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The facts about an ADF document that decide whether Jira accepts it, checked by hand (fast, no schema
 * engine at run time). `path` prefixes every problem's path, e.g. `fields.description`.
 */
function validateAdf(doc, path) {
    const problems = [];
    if (!isObject(doc))
        return [{ path, message: 'must be an ADF document: {"type": "doc", "version": 1, "content": [...]}' }];
    if (doc.type !== 'doc')
        problems.push({ path: `${path}.type`, message: `must be "doc", not ${JSON.stringify(doc.type)}` });
    if (doc.version !== 1)
        problems.push({ path: `${path}.version`, message: `must be 1, not ${JSON.stringify(doc.version)}` });
    for (const key of Object.keys(doc)) {
        if (!['type', 'version', 'content'].includes(key))
            problems.push({ path: `${path}.${key}`, message: 'is not allowed on the doc node' });
    }
    if (!Array.isArray(doc.content)) {
        problems.push({ path: `${path}.content`, message: 'must be an array of block nodes' });
    }
    else {
        checkChildren(doc.content, DOC_BLOCKS, 'doc', `${path}.content`, problems);
    }
    return problems;
}
function checkChildren(children, allowed, parent, path, problems) {
    children.forEach((child, index) => checkNode(child, allowed, parent, `${path}[${index}]`, problems));
}
function checkNode(node, allowed, parent, path, problems) {
    if (!isObject(node) || typeof node.type !== 'string') {
        problems.push({ path, message: 'must be an ADF node: an object with a string "type"' });
        return;
    }
    const rule = NODE_RULES[node.type];
    if (!rule) {
        problems.push({ path: `${path}.type`, message: `unknown or unsupported ADF node type "${node.type}"` });
        return;
    }
    if (!allowed.includes(node.type)) {
        problems.push({
            path: `${path}.type`,
            message: `a ${node.type} node cannot appear inside ${parent} (allowed: ${allowed.join(', ')})`
        });
        return;
    }
    checkKeys(node, rule, path, problems);
    checkAttrs(node, rule, path, problems);
    if (node.type === 'text')
        checkText(node, parent, path, problems);
    if (rule.children)
        checkContent(node, rule, path, problems);
}
function checkKeys(node, rule, path, problems) {
    // Text is the one node without attrs.
    const allowedKeys = node.type === 'text' ? ['type', 'text', 'marks'] : ['type', 'attrs'];
    if (rule.children)
        allowedKeys.push('content');
    if (rule.blockMarks)
        allowedKeys.push('marks');
    for (const key of Object.keys(node)) {
        if (!allowedKeys.includes(key))
            problems.push({ path: `${path}.${key}`, message: `is not allowed on a ${node.type} node` });
    }
    if (rule.blockMarks && node.marks !== undefined && !Array.isArray(node.marks)) {
        problems.push({ path: `${path}.marks`, message: 'must be an array' });
    }
}
function checkAttrs(node, rule, path, problems) {
    if (node.attrs === undefined) {
        if (rule.requiredAttrs)
            problems.push({
                path: `${path}.attrs`,
                message: `a ${node.type} node needs attrs ${rule.requiredAttrs.join(', ')}`
            });
        return;
    }
    if (!isObject(node.attrs)) {
        problems.push({ path: `${path}.attrs`, message: 'must be an object' });
        return;
    }
    for (const key of rule.requiredAttrs ?? []) {
        if (node.attrs[key] === undefined)
            problems.push({ path: `${path}.attrs.${key}`, message: `is required on a ${node.type} node` });
    }
    const level = node.attrs.level;
    if (node.type === 'heading' && level !== undefined && !(typeof level === 'number' && level >= 1 && level <= 6)) {
        problems.push({ path: `${path}.attrs.level`, message: 'must be a number from 1 to 6' });
    }
}
function checkText(node, parent, path, problems) {
    if (typeof node.text !== 'string' || node.text === '') {
        problems.push({ path: `${path}.text`, message: 'must be a non-empty string (Jira rejects empty text nodes)' });
    }
    if (node.marks === undefined)
        return;
    if (!Array.isArray(node.marks)) {
        problems.push({ path: `${path}.marks`, message: 'must be an array' });
        return;
    }
    if (parent === 'codeBlock' && node.marks.length > 0) {
        problems.push({ path: `${path}.marks`, message: 'text inside a codeBlock cannot have marks' });
        return;
    }
    const types = node.marks.map(mark => (isObject(mark) ? mark.type : undefined));
    node.marks.forEach((mark, index) => checkMark(mark, `${path}.marks[${index}]`, problems));
    if (types.includes('code') && types.some(type => !CODE_COMPANIONS.includes(String(type)))) {
        problems.push({ path: `${path}.marks`, message: 'the code mark can only be combined with link' });
    }
}
function checkMark(mark, path, problems) {
    if (!isObject(mark) || typeof mark.type !== 'string') {
        problems.push({ path, message: 'must be a mark: an object with a string "type"' });
        return;
    }
    if (!TEXT_MARKS.includes(mark.type)) {
        problems.push({ path: `${path}.type`, message: `unknown or unsupported mark "${mark.type}"` });
        return;
    }
    if (mark.type === 'link' && !(isObject(mark.attrs) && typeof mark.attrs.href === 'string')) {
        problems.push({ path: `${path}.attrs.href`, message: 'a link mark needs attrs.href (the URL)' });
    }
}
function checkContent(node, rule, path, problems) {
    if (node.content === undefined) {
        if (rule.needsContent)
            problems.push({ path: `${path}.content`, message: `a ${node.type} node needs at least one child` });
        return;
    }
    if (!Array.isArray(node.content)) {
        problems.push({ path: `${path}.content`, message: 'must be an array' });
        return;
    }
    if (rule.needsContent && node.content.length === 0) {
        problems.push({ path: `${path}.content`, message: `a ${node.type} node needs at least one child` });
    }
    checkChildren(node.content, rule.children ?? [], node.type, `${path}.content`, problems);
}

;// CONCATENATED MODULE: ./src/platforms/jira/adf/prune.ts

/** Nodes that mean nothing without children (a paragraph whose values were all missing). */
const CONTAINERS = new Set(Object.keys(NODE_RULES).filter(type => NODE_RULES[type].children));
/**
 * Removes what missing template values leave behind: text nodes without text, then containers with nothing
 * but line breaks in them, and link marks without href. Returns the paths of the removed link marks: losing
 * a link on text that stays is a visible change, while removed empty nodes showed nothing anyway.
 */
function dropEmptyNodes(doc, path) {
    const unlinked = [];
    const content = pruneChildren(doc.content, `${path}.content`, unlinked);
    return { doc: { ...doc, content }, unlinked };
}
function pruneChildren(children, path, unlinked) {
    return children.flatMap((child, index) => pruneNode(child, `${path}[${index}]`, unlinked) ?? []);
}
/** The keys a block or inline node may carry; a node with others was written wrong and is left for validation. */
const NODE_KEYS = new Set(['type', 'content', 'attrs', 'marks']);
function pruneNode(node, path, unlinked) {
    if (!isObject(node))
        return node; // not ADF: left for validation to report
    if (node.type === 'text')
        return pruneText(node, path, unlinked);
    // Only nodes emptied by missing values are dropped; a malformed one (`text:` on a paragraph) must be reported.
    if (Object.keys(node).some(key => !NODE_KEYS.has(key)))
        return node;
    if (!CONTAINERS.has(node.type) || (node.content !== undefined && !Array.isArray(node.content)))
        return node;
    const content = pruneChildren(node.content ?? [], `${path}.content`, unlinked);
    if (!content.some(child => child.type !== 'hardBreak'))
        return undefined;
    return { ...node, content };
}
function pruneText(node, path, unlinked) {
    // Absent or empty: the value was missing. Any other non-text value is a template error for validation.
    if (node.text === undefined || node.text === '')
        return undefined;
    if (typeof node.text !== 'string')
        return node;
    if (!Array.isArray(node.marks))
        return node;
    const marks = node.marks.filter((mark, index) => {
        const hrefless = isObject(mark) &&
            mark.type === 'link' &&
            !(isObject(mark.attrs) && typeof mark.attrs.href === 'string' && mark.attrs.href !== '');
        if (hrefless)
            unlinked.push(`${path}.marks[${index}]`);
        return !hrefless;
    });
    if (marks.length === node.marks.length)
        return node;
    const { marks: _removed, ...rest } = node;
    return marks.length > 0 ? { ...rest, marks } : rest;
}
/** Every text node of `node` (depth first) with its path. */
function textNodes(node, path) {
    if (node.type === 'text')
        return typeof node.text === 'string' ? [{ node: node, path }] : [];
    if (!Array.isArray(node.content))
        return [];
    return node.content.flatMap((child, index) => (isObject(child) ? textNodes(child, `${path}.content[${index}]`) : []));
}

;// CONCATENATED MODULE: ./src/platforms/jira/text-format.ts









const DESCRIPTION = 'fields.description';
/**
 * A wiki-markup mention: `[~accountid:…]` or `[~name]` (Jira Server), also as a link's target (`[text|~name]`).
 * Nothing inside may be a bracket or a line break, so each attempt stops at the next `[` (linear time).
 */
const WIKI_MENTION = /\[(?:[^[\]|\n]*\|)?~[^[\]\n]*\]/g;
/**
 * Wiki markup where only the mentions the author wrote (template, vars) notify anyone: any other is written with
 * an escaped bracket (`\[~name]`), which Jira shows as the text `[~name]`.
 */
function neutraliseWikiMentions(text, authoredText) {
    return (0,mentions/* neutralise */.$0)(text, authoredText, WIKI_MENTION, mention => `\\${mention}`);
}
// v2 text is wiki markup: Jira renders it, mentions included. (ADF makes a mention only from a `mention` node,
// which text never becomes.)
const PLAIN_TEXT = {
    fitDescription(fields, ctx) {
        if (typeof fields.description !== 'string')
            return;
        const neutral = neutraliseWikiMentions(fields.description, ctx.authoredText);
        fields.description = (0,truncate/* fitText */.vY)(neutral, DESCRIPTION_MAX, DESCRIPTION, ctx.warn, 'utf16');
    },
    validateDescription(description, path) {
        if (typeof description !== 'string') {
            return [
                {
                    path,
                    message: 'REST API v2 takes a plain-text description; for a rich-text (ADF) description use url …/rest/api/3/issue'
                }
            ];
        }
        const length = (0,truncate/* measureLength */.X6)(description, 'utf16');
        return length > DESCRIPTION_MAX
            ? [{ path, message: `is ${length} characters long; Jira allows ${DESCRIPTION_MAX}` }]
            : [];
    },
    comment: (note, ctx) => neutraliseWikiMentions((0,notes/* noteAsText */.y)(note), ctx.authoredText)
};
const ADF = {
    fitDescription(fields, { warn }) {
        const description = fields.description;
        if (typeof description === 'string') {
            warn({
                path: DESCRIPTION,
                message: 'text converted to Atlassian Document Format (REST API v3 takes ADF, not plain text)'
            });
            setAdfDescription(fields, (0,markdown_to_adf/* markdownToAdf */.G)(description), warn);
        }
        else if ((0,json/* isObject */.Gv)(description) && Array.isArray(description.content)) {
            setAdfDescription(fields, description, warn);
        }
    },
    validateDescription: validateAdf,
    comment: note => noteAsAdf(note)
};
function textFormat(target) {
    return versionOf(target) === 3 ? ADF : PLAIN_TEXT;
}
function fitDescription(fields, ctx) {
    if (typeof fields.description === 'string' && fields.description.trim() === '') {
        delete fields.description;
        ctx.warn({ path: DESCRIPTION, message: 'was empty and is left out' });
        return;
    }
    textFormat(ctx.target).fitDescription(fields, ctx);
}
function validateDescription(description, target) {
    if (description === undefined || description === null)
        return [];
    return textFormat(target).validateDescription(description, DESCRIPTION);
}
function setAdfDescription(fields, doc, warn) {
    // Empty nodes are the template's way of leaving out missing values, like removed keys: no warning for those.
    const { doc: cleaned, unlinked } = dropEmptyNodes(doc, DESCRIPTION);
    for (const markPath of unlinked)
        warn({ path: markPath, message: 'link without href removed (its text stays)' });
    if (cleaned.content.length === 0) {
        delete fields.description;
        warn({
            path: DESCRIPTION,
            message: 'nothing left after removing empty parts (missing values); description left out'
        });
        return;
    }
    truncateAdfText(cleaned, DESCRIPTION, warn);
    fields.description = cleaned;
}
/**
 * Shortens the longest texts until the document's text fits Jira's description limit. Not shared/budget's common
 * cap: that would shorten every long text to the same length, where this keeps the shorter ones whole. Longest first
 * (the first of equals), each text once: one sort, where finding the longest again for each cut is quadratic.
 */
function truncateAdfText(doc, path, warn) {
    const texts = textNodes(doc, path);
    let total = texts.reduce((sum, { node }) => sum + (0,truncate/* measureLength */.X6)(node.text ?? '', 'utf16'), 0);
    const longestFirst = [...texts].sort((a, b) => (b.node.text ?? '').length - (a.node.text ?? '').length);
    for (const longest of longestFirst) {
        const before = longest.node.text ?? '';
        if (total <= DESCRIPTION_MAX || before.length <= 1)
            break; // fits, or nothing left to cut
        // Never below one unit: an empty text node would be rejected.
        const after = (0,truncate/* truncate */.xv)(before, Math.max(1, before.length - (total - DESCRIPTION_MAX)), 'utf16');
        longest.node.text = after;
        total -= before.length - after.length;
        warn({
            path: `${longest.path}.text`,
            message: `truncated from ${before.length} to ${after.length} characters (the description's text is limited to ${DESCRIPTION_MAX})`
        });
    }
}
/** Bold heading, then one line per detail with its link (Jira REST v3 comment body). */
function noteAsAdf(note) {
    const details = note.lines.flatMap(({ label, text, href }, index) => [
        ...(index > 0 ? [{ type: 'hardBreak' }] : []),
        { type: 'text', text: `${label}: ` },
        { type: 'text', text, ...(href && { marks: [{ type: 'link', attrs: { href } }] }) }
    ]);
    const heading = {
        type: 'paragraph',
        content: [{ type: 'text', text: note.heading, marks: [{ type: 'strong' }] }]
    };
    return {
        type: 'doc',
        version: 1,
        content: details.length > 0 ? [heading, { type: 'paragraph', content: details }] : [heading]
    };
}

;// CONCATENATED MODULE: ./src/platforms/jira/validate.ts




function validate(payload, ctx) {
    if (!(0,json/* isObject */.Gv)(payload))
        return [{ path: '', message: 'must be a JSON object with "fields"' }];
    const fields = payload.fields;
    if (!(0,json/* isObject */.Gv)(fields)) {
        return [{ path: 'fields', message: 'must be an object holding the issue fields (project, issuetype, summary, …)' }];
    }
    return [
        ...validateReference(fields, 'project', ['key', 'id'], 'set vars: project: KEY (the Jira project key, e.g. ENG)', true),
        ...validateReference(fields, 'issuetype', ['name', 'id'], 'set vars: issue_type: Bug (an issue type of the project)', true),
        ...validateSummary(fields.summary),
        ...validateDescription(fields.description, ctx.target),
        ...validateLabels(fields.labels),
        ...validateReference(fields, 'priority', ['name', 'id'], 'set vars: priority: High, or leave priority out', false)
    ];
}
/** Whether a reference (`{name: …}`, `{id: …}`) names its object by `key`. */
function hasValue(record, key) {
    const value = record[key];
    return (typeof value === 'string' && value.trim() !== '') || typeof value === 'number';
}
/** A field that refers to a Jira object by one of `keys`, e.g. `project: {key: ENG}`. */
function validateReference(fields, name, keys, fix, required) {
    const path = `fields.${name}`;
    const value = fields[name];
    const shape = keys.map(key => `{"${key}": …}`).join(' or ');
    if (value === undefined)
        return required ? [{ path, message: `is missing: ${fix}` }] : [];
    if (!(0,json/* isObject */.Gv)(value))
        return [{ path, message: `must be an object like ${shape}, not ${kindOf(value)}` }];
    if (!keys.some(key => hasValue(value, key)))
        return [{ path, message: `needs a non-empty ${keys.join(' or ')}: ${fix}` }];
    return [];
}
function validateSummary(summary) {
    const path = 'fields.summary';
    if (summary === undefined)
        return [{ path, message: 'is missing: Jira requires a summary' }];
    if (typeof summary !== 'string')
        return [{ path, message: `must be a string, not ${kindOf(summary)}` }];
    if (summary.trim() === '')
        return [{ path, message: 'must not be empty' }];
    if (/[\r\n]/.test(summary))
        return [{ path, message: 'must be one line' }];
    const length = (0,truncate/* measureLength */.X6)(summary, 'utf16');
    if (length > SUMMARY_MAX)
        return [{ path, message: `is ${length} characters long; Jira allows ${SUMMARY_MAX}` }];
    return [];
}
function validateLabels(labels) {
    const path = 'fields.labels';
    if (labels === undefined)
        return [];
    if (!Array.isArray(labels))
        return [{ path, message: `must be a list of labels, not ${kindOf(labels)}` }];
    return labels.flatMap((label, index) => {
        const itemPath = `${path}[${index}]`;
        if (typeof label !== 'string')
            return [{ path: itemPath, message: `must be a string, not ${kindOf(label)}` }];
        if (label === '')
            return [{ path: itemPath, message: 'must not be empty' }];
        if (/\s/.test(label))
            return [{ path: itemPath, message: `"${label}" contains spaces, which Jira labels cannot` }];
        if (label.length > LABEL_MAX)
            return [{ path: itemPath, message: `is ${label.length} characters long; Jira allows ${LABEL_MAX}` }];
        return [];
    });
}
/** Not shared/json's typeOf: that says "an object" where Jira's messages have always said "a object". */
function kindOf(value) {
    if (value === null)
        return 'null';
    return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}

;// CONCATENATED MODULE: ./src/platforms/jira/fit.ts






/** Jira's summary: one line, required, at most 255 UTF-16 units. */
const SUMMARY_RULES = {
    key: 'summary',
    path: 'fields.summary',
    platform: 'Jira',
    placeholder: '(no summary)',
    max: SUMMARY_MAX,
    measure: 'utf16'
};
function fit(payload, ctx) {
    if (!(0,json/* isObject */.Gv)(payload) || !(0,json/* isObject */.Gv)(payload.fields))
        return payload; // validate reports the shape
    const fields = structuredClone(payload.fields);
    (0,issue_title/* fitIssueTitle */.b)(fields, SUMMARY_RULES, ctx.warn);
    fitDescription(fields, ctx);
    fitLabels(fields, ctx.warn);
    fitPriority(fields, ctx.warn);
    return { ...payload, fields };
}
function fitLabels(fields, warn) {
    const path = 'fields.labels';
    let labels = fields.labels;
    if (typeof labels === 'string') {
        labels = splitLabelList(labels);
        warn({ path, message: `text split into the list ${JSON.stringify(labels)}` });
    }
    if (!Array.isArray(labels))
        return; // absent, or a shape validate reports
    const fitted = [];
    labels.forEach((label, index) => {
        const fittedLabel = typeof label === 'string' || typeof label === 'number'
            ? fitLabel(String(label), `${path}[${index}]`, warn)
            : label;
        if (typeof fittedLabel === 'string' && fitted.includes(fittedLabel)) {
            warn({ path: `${path}[${index}]`, message: `duplicate label "${fittedLabel}" dropped` });
        }
        else if (fittedLabel !== undefined) {
            fitted.push(fittedLabel);
        }
    });
    if (fitted.length > 0) {
        fields.labels = fitted;
    }
    else {
        delete fields.labels;
        if (labels.length > 0)
            warn({ path, message: 'no label left; labels left out' });
    }
}
/** One label without spaces and within the limit; undefined when nothing is left of it. */
function fitLabel(label, path, warn) {
    const trimmed = label.trim();
    if (trimmed === '') {
        warn({ path, message: 'empty label dropped' });
        return undefined;
    }
    const dashed = trimmed.replace(/\s+/g, '-');
    if (dashed !== trimmed)
        warn({ path, message: `spaces replaced by '-' ("${dashed}"): Jira labels cannot contain spaces` });
    return (0,truncate/* fitText */.vY)(dashed, LABEL_MAX, path, warn, 'utf16');
}
/** `"a, b c"` → comma separated when there is a comma (`b c` becomes `b-c` later), else whitespace separated. */
function splitLabelList(text) {
    const parts = text.includes(',') ? text.split(',') : text.split(/\s+/);
    return parts.map(part => part.trim()).filter(part => part !== '');
}
function fitPriority(fields, warn) {
    const priority = fields.priority;
    if ((0,json/* isObject */.Gv)(priority) && !hasValue(priority, 'name') && !hasValue(priority, 'id')) {
        delete fields.priority;
        warn({ path: 'fields.priority', message: 'has no name or id; left out so Jira uses the default priority' });
    }
}

;// CONCATENATED MODULE: ./src/platforms/jira/tracker.ts







/** Enough for every open issue a storm of one problem's alerts can leave before they are reconciled. */
const SEARCH_LIMIT = 100;
/** How long Jira's search index can take to show a new issue; reconciling waits this long before looking. */
const SEARCH_LAG_MS = 2000;
/** The standard link type and resolution for a duplicate. */
const DUPLICATE = 'Duplicate';
/**
 * Jira issues of one problem carry the marker label. They are found with the enhanced JQL search
 * (`/rest/api/3/search/jql`), whose index can lag a new issue by a moment; comments and transitions use the
 * API version of the configured endpoint (plain text for v2, ADF for v3).
 */
const jiraTracker = {
    searchLagMs: SEARCH_LAG_MS,
    findOpen,
    async markCreate(call) {
        const payload = call.payload;
        if (!(0,json/* isObject */.Gv)(payload) || !(0,json/* isObject */.Gv)(payload.fields))
            return payload;
        const labels = Array.isArray(payload.fields.labels) ? payload.fields.labels : [];
        const marked = labels.includes(call.marker.label) ? labels : [...labels, call.marker.label];
        return { ...payload, fields: { ...payload.fields, labels: marked } };
    },
    async findCreated(call, known) {
        const before = new Set(known.map(issue => issue.ref));
        return (await findOpen(call)).find(issue => !before.has(issue.ref));
    },
    async comment(call, issue, note) {
        await exchange(call, `comment on ${issue.id}`, 'POST', issuePath(call, issue, 'comment'), {
            body: textFormat(call.ctx.target).comment(note, call.ctx)
        });
    },
    async close(call, issue) {
        const what = `closing of ${issue.id}`;
        const done = await doneTransition(call, issue, what, false);
        await exchange(call, what, 'POST', issuePath(call, issue, 'transitions'), { transition: { id: String(done.id) } });
    },
    async closeAsDuplicate(call, duplicate, original) {
        const what = `closing of ${duplicate.id} as a duplicate of ${original.id}`;
        // Jira's pages show the outward phrase on the inwardIssue (as integrations found): this reads "NEW duplicates OLD".
        const link = { type: { name: DUPLICATE }, inwardIssue: { key: duplicate.ref }, outwardIssue: { key: original.ref } };
        await exchange(call, what, 'POST', `/rest/api/${versionOf(call.ctx.target)}/issueLink`, link);
        const done = await doneTransition(call, duplicate, what, true);
        const path = issuePath(call, duplicate, 'transitions');
        const transition = { id: String(done.id) };
        if (offersResolution(done, DUPLICATE)) {
            const reply = await call.send(tracker_request(call, 'POST', path, { transition, fields: { resolution: { name: DUPLICATE } } }));
            if ((0,shared_reply/* isSuccess */.oJ)(reply.status))
                return;
            // The screen list can over-report: on Jira's "cannot be set" for resolution, the link alone says why it closed.
            if (!refusesResolution(reply))
                throw new contract/* TrackerError */.BT(what, followUpErrorText(reply, call.ctx), reply);
        }
        await exchange(call, what, 'POST', path, { transition });
    }
};
function tracker_request(call, method, path, body) {
    return apiRequest(call.ctx, method, `${siteOf(call.ctx.target)}${path}`, body);
}
async function exchange(call, what, method, path, body) {
    return followUpReply(what, await call.send(tracker_request(call, method, path, body)), call.ctx);
}
function issuePath(call, issue, rest) {
    return `/rest/api/${versionOf(call.ctx.target)}/issue/${encodeURIComponent(issue.ref)}/${rest}`;
}
async function findOpen(call) {
    const query = new URLSearchParams({
        jql: openIssuesJql(call),
        fields: 'summary,created',
        maxResults: String(SEARCH_LIMIT)
    });
    return foundIssues(await exchange(call, 'search for open issues', 'GET', `/rest/api/3/search/jql?${query}`), call.ctx);
}
/** The transition into the Done category from the issue's status; `withFields` asks for its screen's fields too. */
async function doneTransition(call, issue, what, withFields) {
    const transitions = transitionsOf(await exchange(call, what, 'GET', issuePath(call, issue, `transitions${withFields ? '?expand=transitions.fields' : ''}`)));
    const done = transitions.find(transition => statusCategory(transition) === 'done');
    if (!done || (typeof done.id !== 'string' && typeof done.id !== 'number')) {
        const names = transitions.map(transition => String(transition.name)).join(', ') || 'none';
        const detail = `no transition from its status leads to a Done status (available: ${names}); add one to the workflow, or set resolve: comment`;
        throw new contract/* TrackerError */.BT(what, (0,truncate/* truncate */.xv)(detail, shared_reply/* REPLY_TEXT_LIMIT */.Vp));
    }
    return done;
}
/**
 * Open issues of the problem in the project the create goes to (another project's issue with the same label is
 * another team's), oldest first, so the problem's one issue is on the first page however many a storm opened.
 */
function openIssuesJql(call) {
    return `project = ${projectOf(call)} AND labels = ${jqlString(call.marker.label)} AND statusCategory != Done ORDER BY created ASC`;
}
/** The create payload's `fields.project` as JQL: its key quoted, or its numeric id. */
function projectOf(call) {
    const project = (0,json/* isObject */.Gv)(call.payload) && (0,json/* isObject */.Gv)(call.payload.fields) ? call.payload.fields.project : undefined;
    const key = (0,json/* isObject */.Gv)(project) ? project.key : undefined;
    const id = (0,json/* isObject */.Gv)(project) ? project.id : undefined;
    if (typeof key === 'string' && key !== '')
        return jqlString(key);
    if ((typeof id === 'string' || typeof id === 'number') && /^\d+$/.test(String(id)))
        return String(id);
    throw new contract/* TrackerError */.BT('search for open issues', 'the create payload names no project (fields.project.key or fields.project.id)');
}
function jqlString(text) {
    return `"${text.replace(/["\\]/g, '\\$&')}"`;
}

;// CONCATENATED MODULE: ./src/platforms/jira/index.ts






const jira = {
    resolveTarget: resolveTarget,
    fit: fit,
    validate: validate,
    request: request,
    parse: parse,
    tracker: jiraTracker,
    checkHints: { knownKeys: KNOWN_KEYS, sampleVars: { project: 'ENG' }, sampleTarget: sampleTarget }
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


/***/ }),

/***/ 2267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BT: () => (/* binding */ TrackerError)
/* harmony export */ });
/* unused harmony exports oldestFirst, withStillFailing, stillFailingSummary */
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

//# sourceMappingURL=306.index.js.map