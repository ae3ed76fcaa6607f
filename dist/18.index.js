export const id = 18;
export const ids = [18];
export const modules = {

/***/ 8018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  linear: () => (/* binding */ linear)
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
;// CONCATENATED MODULE: ./src/platforms/linear/operation-read.ts


/** What issueCreate must select for the action to output the issue's URL and identifier. */
const SELECTION_HELP = 'select `success issue { id identifier url }` so the action can output the issue URL and identifier';
/** Fields of IssueCreateInput whose values this module checks (types from Linear's schema). */
const ISSUE_INPUT_FIELDS = {
    title: 'String',
    description: 'String',
    priority: 'Int',
    labelIds: '[String!]',
    teamId: 'String!'
};
/** The query with `#` comments blanked (outside strings), so commented-out text never satisfies a check. */
function withoutComments(query) {
    let out = '';
    let inString = false;
    for (let i = 0; i < query.length; i++) {
        const ch = query[i];
        if (inString) {
            if (ch === '\\')
                out += ch + (query[++i] ?? '');
            else
                out += ch;
            if (ch === '"')
                inString = false;
            continue;
        }
        if (ch === '#') {
            while (i + 1 < query.length && query[i + 1] !== '\n')
                i++;
            continue;
        }
        if (ch === '"')
            inString = true;
        out += ch;
    }
    return out;
}
/** Index of the bracket closing the one at `open` (any of `{([`), skipping strings; text.length when unbalanced. */
function closingIndex(text, open) {
    let depth = 0;
    let inString = false;
    for (let i = open; i < text.length; i++) {
        const ch = text[i];
        if (inString) {
            if (ch === '\\')
                i++;
            else if (ch === '"')
                inString = false;
        }
        else if (ch === '"')
            inString = true;
        else if ('{(['.includes(ch))
            depth++;
        else if ('})]'.includes(ch) && --depth === 0)
            return i;
    }
    return text.length;
}
function parseType(text) {
    const nonNull = text.endsWith('!');
    const inner = nonNull ? text.slice(0, -1) : text;
    if (inner.startsWith('[') && inner.endsWith(']')) {
        const of = parseType(inner.slice(1, -1));
        return of && { kind: 'list', of, nonNull };
    }
    return /^[_A-Za-z]\w*$/.test(inner) ? { kind: 'named', name: inner, nonNull } : undefined;
}
function parseVariableDefinitions(text) {
    const definitions = new Map();
    for (const chunk of text.split('$').slice(1)) {
        const match = /^(\w+)\s*:\s*([^=@,]*)(=)?/.exec(chunk);
        if (!match)
            continue;
        const typeText = match[2].replace(/\s+/g, '');
        definitions.set(match[1], { type: parseType(typeText), typeText, hasDefault: match[3] === '=' });
    }
    return definitions;
}
/** Field names at the top level of a selection set, each with its own sub-selection ('' for a leaf). */
function topLevelFields(block) {
    const fields = new Map();
    let last = '';
    for (let i = 0; i < block.length; i++) {
        const ch = block[i];
        if (ch === '{' || ch === '(') {
            const end = closingIndex(block, i);
            if (ch === '{' && last)
                fields.set(last, block.slice(i + 1, end));
            i = end;
        }
        else if (/[_A-Za-z]/.test(ch)) {
            last = /^\w+/.exec(block.slice(i))?.[0] ?? ch;
            fields.set(last, '');
            i += last.length - 1;
        }
    }
    return fields;
}
function readIssueInput(args) {
    const input = { fieldVariables: new Map(), fieldLiterals: new Map() };
    const whole = /\binput\s*:\s*\$(\w+)/.exec(args);
    if (whole)
        return { ...input, variable: whole[1] };
    const object = /\binput\s*:\s*\{/.exec(args);
    if (!object)
        return input;
    const open = object.index + object[0].length - 1;
    const fields = args.slice(open + 1, closingIndex(args, open));
    for (const [, field, value] of fields.matchAll(/\b(\w+)\s*:\s*("(?:[^"\\]|\\.)*"|\$\w+|[^\s,{}()[\]]+)/g)) {
        if (value.startsWith('$'))
            input.fieldVariables.set(field, value.slice(1));
        else
            input.fieldLiterals.set(field, value);
    }
    return input;
}
function readIssueCreate(body) {
    const call = /\bissueCreate\s*\(/.exec(body);
    if (!call)
        return undefined;
    const argsOpen = call.index + call[0].length - 1;
    const argsClose = closingIndex(body, argsOpen);
    const selectionOpen = body.indexOf('{', argsClose);
    const selection = selectionOpen < 0 ? '' : body.slice(selectionOpen + 1, closingIndex(body, selectionOpen));
    return { input: readIssueInput(body.slice(argsOpen + 1, argsClose)), selection: topLevelFields(selection) };
}
/** The `mutation` operation of a query, or undefined when there is none. */
function readMutation(query) {
    const source = withoutComments(query);
    const head = /\bmutation\b\s*(\w+)?\s*/.exec(source);
    if (!head)
        return undefined;
    let rest = source.slice(head.index + head[0].length);
    let definitions = '';
    if (rest.startsWith('(')) {
        const close = closingIndex(rest, 0);
        definitions = rest.slice(1, close);
        rest = rest.slice(close + 1);
    }
    return {
        name: head[1],
        variables: parseVariableDefinitions(definitions),
        used: new Set([...rest.matchAll(/\$(\w+)/g)].map(match => match[1])),
        issueCreate: readIssueCreate(rest)
    };
}
/** The path inside `variables` that feeds an IssueCreateInput field, when a variable feeds it. */
function locate(mutation, field) {
    const input = mutation.issueCreate?.input;
    if (!input)
        return undefined;
    if (input.variable)
        return [input.variable, field];
    const variable = input.fieldVariables.get(field);
    return variable === undefined ? undefined : [variable];
}
/** The text a literal `teamId` in issueCreate's input stands for (a string's content, else the token as written). */
function teamIdLiteral(mutation) {
    const literal = mutation.issueCreate?.input.fieldLiterals.get('teamId');
    return literal?.startsWith('"') ? JSON.parse(literal) : literal;
}
// Values inside `variables`, addressed by the paths `locate` returns.
function pathText(path) {
    return ['variables', ...path].join('.');
}
/** The object holding the last key of `path`, if every step exists. */
function holder(variables, path) {
    let node = variables;
    for (const key of path.slice(0, -1))
        node = (0,json/* isObject */.Gv)(node) ? node[key] : undefined;
    return (0,json/* isObject */.Gv)(node) ? node : undefined;
}
function valueAt(variables, path) {
    return holder(variables, path)?.[path[path.length - 1]];
}
function slotAt(variables, path) {
    const parent = holder(variables, path);
    const key = path[path.length - 1];
    return parent && { parent, key, value: parent[key], path: pathText(path) };
}
function isEmpty(value) {
    if (value === null || value === undefined)
        return true;
    if (typeof value === 'string')
        return value.trim() === '';
    if (Array.isArray(value))
        return value.length === 0;
    return (0,json/* isObject */.Gv)(value) && Object.keys(value).length === 0;
}
/** A short, printable rendering of a value for messages. */
function shown(value) {
    return (0,truncate/* truncate */.xv)(JSON.stringify(value), 40);
}

;// CONCATENATED MODULE: ./src/platforms/linear/api.ts






// Linear's API: the request (with its Authorization handling) and the reading of every reply, the create's and the
// tracker's follow-ups alike.
/** The Authorization value to send: a personal API key goes bare, since Linear rejects `Bearer lin_api_…`. */
function authorization(ctx) {
    const value = ctx.headers.authorization?.trim();
    if (!value) {
        throw new errors/* InputError */.dz('headers', 'has no Authorization value, so Linear cannot know who creates the issue ' +
            '(an empty value usually means the secret is not set)', 'Set headers to `Authorization: lin_api_…` from a secret');
    }
    const bearerKey = /^bearer\s+(lin_api_\S*)$/i.exec(value);
    if (!bearerKey)
        return value;
    ctx.warn({
        path: 'headers.authorization',
        message: 'removed "Bearer " before the personal API key: Linear accepts API keys only bare (OAuth tokens keep "Bearer ")'
    });
    return bearerKey[1];
}
function request(payload, ctx) {
    return {
        method: 'POST',
        url: ctx.target.endpoint.href,
        headers: { ...ctx.headers, 'content-type': 'application/json', authorization: authorization(ctx) },
        body: JSON.stringify(payload)
    };
}
function api_text(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function graphqlErrors(body) {
    const errors = (0,json/* isObject */.Gv)(body) ? body.errors : undefined;
    if (!Array.isArray(errors))
        return [];
    return errors.filter(json/* isObject */.Gv).map(error => {
        const extensions = (0,json/* isObject */.Gv)(error.extensions) ? error.extensions : {};
        return {
            message: api_text(error.message),
            userPresentableMessage: api_text(extensions.userPresentableMessage),
            code: api_text(extensions.code),
            type: api_text(extensions.type)
        };
    });
}
function isRateLimit(error) {
    return error.code === 'RATELIMITED' || /rate ?limit/i.test(`${error.type} ${error.message}`);
}
function isAuthProblem(error) {
    const byCode = error.code === 'AUTHENTICATION_ERROR' || error.code === 'FORBIDDEN';
    return byCode || /authenticat|forbidden/i.test(`${error.type} ${error.message}`);
}
/** Each error as `message (user message) [CODE]`, the whole within 1 KiB. */
function describeErrors(errors, reply) {
    if (errors.length === 0)
        return (0,shared_reply/* replyText */.cL)(reply.body);
    const parts = errors.map(error => {
        const userMessage = error.userPresentableMessage;
        const extra = userMessage && userMessage !== error.message ? ` (${userMessage})` : '';
        const code = error.code ? ` [${error.code}]` : '';
        return `${error.message ?? error.type ?? 'unknown error'}${extra}${code}`;
    });
    return (0,truncate/* truncate */.xv)(parts.join('; '), shared_reply/* REPLY_TEXT_LIMIT */.Vp);
}
function createdIssue(body) {
    const data = (0,json/* isObject */.Gv)(body) ? body.data : undefined;
    const result = (0,json/* isObject */.Gv)(data) ? data.issueCreate : undefined;
    return (0,json/* isObject */.Gv)(result) ? result : undefined;
}
function parse(reply) {
    const body = (0,json/* parseJson */.qF)(reply.body);
    const errors = graphqlErrors(body);
    const result = createdIssue(body);
    const issue = (0,json/* isObject */.Gv)(result?.issue) ? result.issue : undefined;
    if (reply.status === 429 || errors.some(isRateLimit)) {
        // The wait is in the budget headers (RATE_LIMIT_HEADERS), which delivery reads.
        return { ok: false, retry: true, rateLimited: true, message: `rate limited: ${describeErrors(errors, reply)}` };
    }
    const plainAuthText = errors.length === 0 && reply.status === 400 && /authenticat/i.test(reply.body);
    if (reply.status === 401 || plainAuthText || errors.some(isAuthProblem)) {
        return {
            ok: false,
            message: `the credentials were refused: ${describeErrors(errors, reply)}. Send a personal API key bare ` +
                '(`Authorization: lin_api_…`, without "Bearer "; OAuth tokens as `Bearer …`) ' +
                'and give it write (or admin) scope'
        };
    }
    if (errors.length > 0) {
        const created = api_text(issue?.url) ? ` (Linear did create ${api_text(issue?.url)}; check it before re-running)` : '';
        return { ok: false, message: `${describeErrors(errors, reply)}${created}` };
    }
    if (!result) {
        return {
            ok: false,
            message: (0,shared_reply/* isSuccess */.oJ)(reply.status)
                ? `the reply has no data.issueCreate: ${describeErrors(errors, reply)}`
                : describeErrors(errors, reply)
        };
    }
    if (result.success === false) {
        return { ok: false, message: 'Linear answered issueCreate success: false; no issue was created' };
    }
    const url = api_text(issue?.url);
    const id = api_text(issue?.identifier);
    if (!url || !id) {
        // The issue exists; a retry would create a second one.
        const message = `Linear created the issue but its reply has no issue url/identifier: the template's mutation must ${SELECTION_HELP}`;
        return { ok: false, retry: false, message };
    }
    return { ok: true, url, id, status: 'created' };
}
/** A follow-up reply's errors as parse words them (credentials refused, …), or undefined when it has none. */
function followUpErrorText(reply) {
    if (graphqlErrors((0,json/* parseJson */.qF)(reply.body)).length === 0 && reply.status < 300)
        return undefined;
    const verdict = parse(reply);
    return verdict.ok ? undefined : verdict.message;
}
/** The `data` of a tracker follow-up's reply; a TrackerError (`what` failed) with Linear's words when it has none. */
function followUpData(reply, what) {
    const errors = followUpErrorText(reply);
    if (errors)
        throw new contract/* TrackerError */.B(what, errors, reply);
    const body = (0,json/* parseJson */.qF)(reply.body);
    const data = (0,json/* isObject */.Gv)(body) ? body.data : undefined;
    if (reply.status >= 300 || !(0,json/* isObject */.Gv)(data))
        throw new contract/* TrackerError */.B(what, (0,shared_reply/* replyText */.cL)(reply.body), reply);
    return data;
}

// EXTERNAL MODULE: ./src/platforms/linear/descriptor.ts
var descriptor = __webpack_require__(4939);
;// CONCATENATED MODULE: ./src/platforms/linear/limits.ts
// Linear's limits. The schema is https://github.com/linear/linear/blob/master/packages/sdk/src/schema.graphql
// (served at https://api.linear.app/graphql, described at https://linear.app/developers/graphql).
/**
 * Linear's schema documents no title limit (IssueCreateInput.title is a plain String,
 * https://linear.app/developers/graphql); 255 is the usual issue-tracker cap and keeps titles readable.
 */
const TITLE_MAX = 255;
/**
 * Linear documents no description limit (IssueCreateInput.description, https://linear.app/developers/graphql);
 * this is far beyond a useful alert yet a safe request size.
 */
const DESCRIPTION_MAX = 100_000;
/** Linear's back end is JavaScript, so lengths are counted in UTF-16 units (never fewer than code points). */
const MEASURE = 'utf16';
/** GraphQL's Int is a signed 32-bit integer (https://spec.graphql.org/October2021/#sec-Int). */
const INT_MAX = 2 ** 31 - 1;
/**
 * Issues per search: enough for every open issue a storm of one problem's alerts can leave before they are
 * reconciled (paginated with `first`, https://linear.app/developers/pagination; a connection's complexity is
 * multiplied by `first`, https://linear.app/developers/rate-limiting).
 */
const SEARCH_LIMIT = 100;
/** Labels named after one marker: a few at most (a workspace label, a team's) (https://linear.app/developers/pagination). */
const LABEL_LIMIT = 10;
/**
 * Linear's budgets (requests, complexity, per endpoint): remaining and the refill as epoch milliseconds
 * (`X-RateLimit-<budget>-Remaining` / `-Reset`, https://linear.app/developers/rate-limiting).
 */
const RATE_LIMIT_HEADERS = ['requests', 'complexity', 'endpoint-requests'].map(budget => ({
    remaining: `x-ratelimit-${budget}-remaining`,
    reset: `x-ratelimit-${budget}-reset`,
    resetIn: 'epoch-milliseconds'
}));

;// CONCATENATED MODULE: ./src/platforms/linear/fit.ts




const TITLE_PLACEHOLDER = 'Dagster+ alert (no summary)';
const PRIORITY_NAMES = {
    none: 0,
    'no priority': 0,
    urgent: 1,
    high: 2,
    medium: 3,
    normal: 3,
    low: 4
};
const PRIORITY_HELP = '0 none, 1 urgent, 2 high, 3 medium, 4 low';
function fitTitle({ parent, key, value, path }, warn) {
    if (value !== undefined && value !== null && typeof value !== 'string')
        return;
    // Linear stores newlines in titles but shows them badly: one line reads better.
    const oneLine = (value ?? '').replace(/\s+/g, ' ').trim();
    if (oneLine === '') {
        warn({ path, message: `was empty; used the placeholder '${TITLE_PLACEHOLDER}'` });
        parent[key] = TITLE_PLACEHOLDER;
        return;
    }
    if (oneLine !== value)
        warn({ path, message: 'line breaks and repeated spaces collapsed so the title is one line' });
    parent[key] = (0,truncate/* fitText */.vY)(oneLine, TITLE_MAX, path, warn, MEASURE);
}
function fitDescription({ parent, key, value, path }, warn) {
    if (typeof value === 'string')
        parent[key] = (0,truncate/* fitText */.vY)(value, DESCRIPTION_MAX, path, warn, MEASURE);
}
/** Linear's priority as a number: "2" and "High" both become 2; undefined when it cannot be one. */
function priorityNumber(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim().toLowerCase();
    return /^-?\d+$/.test(text) ? Number(text) : PRIORITY_NAMES[text];
}
function isPriority(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 4;
}
function fitPriority({ parent, key, value, path }, warn) {
    if (value === undefined || isEmpty(value) || isPriority(value))
        return;
    const priority = priorityNumber(value);
    if (isPriority(priority)) {
        warn({ path, message: `converted ${shown(value)} to the number ${priority} (Linear's priority is an Int)` });
        parent[key] = priority;
        return;
    }
    warn({ path, message: `${shown(value)} is not a Linear priority (${PRIORITY_HELP}); removed` });
    delete parent[key];
}
function fitLabelIds({ parent, key, value, path }, warn) {
    if (typeof value !== 'string')
        return;
    const ids = value.split(/[\s,]+/).filter(id => id !== '');
    warn({ path, message: `split the text into a list of ${ids.length} label id(s)` });
    parent[key] = ids;
}
/** Removes empty values of optional variables (or optional input fields), which Linear would reject or blank. */
function dropEmptyOptionals(variables, mutation, warn) {
    const drop = (parent, key, path) => {
        if (!(key in parent) || !isEmpty(parent[key]))
            return;
        warn({ path: pathText(path), message: 'was empty; removed so Linear leaves the field unset' });
        delete parent[key];
    };
    for (const [name, definition] of mutation.variables) {
        if (!definition.type?.nonNull)
            drop(variables, name, [name]);
    }
    const inputVariable = mutation.issueCreate?.input.variable;
    const input = inputVariable === undefined ? undefined : variables[inputVariable];
    if (inputVariable === undefined || !(0,json/* isObject */.Gv)(input))
        return;
    for (const field of Object.keys(input)) {
        if (!ISSUE_INPUT_FIELDS[field]?.endsWith('!'))
            drop(input, field, [inputVariable, field]);
    }
}
function fit(payload, ctx) {
    if (!(0,json/* isObject */.Gv)(payload) || typeof payload.query !== 'string' || !(0,json/* isObject */.Gv)(payload.variables))
        return payload;
    const mutation = readMutation(payload.query);
    if (!mutation)
        return payload;
    const variables = structuredClone(payload.variables);
    const fitters = [
        ['title', fitTitle],
        ['description', fitDescription],
        ['priority', fitPriority],
        ['labelIds', fitLabelIds]
    ];
    for (const [field, fitField] of fitters) {
        const path = locate(mutation, field);
        const slot = path && slotAt(variables, path);
        if (slot)
            fitField(slot, ctx.warn);
    }
    dropEmptyOptionals(variables, mutation, ctx.warn);
    return { ...payload, variables };
}

// EXTERNAL MODULE: ./src/platforms/shared/endpoint.ts
var shared_endpoint = __webpack_require__(7355);
;// CONCATENATED MODULE: ./src/platforms/linear/target.ts



function resolveTarget(url) {
    const fix = `Use ${descriptor/* DEFAULT_ENDPOINT */.mP} (or leave url unset)`;
    const endpoint = (0,shared_endpoint/* parseEndpoint */.Bk)(url, { fallback: descriptor/* DEFAULT_ENDPOINT */.mP, hint: fix, lookAlike: descriptor/* lookAlike */.W7 });
    if (!/\/graphql\/?$/.test(endpoint.pathname)) {
        throw new errors/* InputError */.dz('url', `has the path '${endpoint.pathname}', not Linear's GraphQL endpoint (…/graphql)`, fix);
    }
    return { endpoint, defaultTemplate: 'linear' };
}

// EXTERNAL MODULE: ./src/tracking/notes.ts
var notes = __webpack_require__(6740);
;// CONCATENATED MODULE: ./src/platforms/linear/operation-rewrite.ts



// What the tracker reads from and adds to the create payload's GraphQL operation.
/** The team the create payload files its issue in. */
function teamIdOf(payload) {
    if (!(0,json/* isObject */.Gv)(payload) || typeof payload.query !== 'string')
        return undefined;
    const mutation = readMutation(payload.query);
    const path = mutation && locate(mutation, 'teamId');
    if (path) {
        const value = valueAt((0,json/* isObject */.Gv)(payload.variables) ? payload.variables : {}, path);
        return typeof value === 'string' ? value : undefined;
    }
    return mutation && teamIdLiteral(mutation);
}
const MARKER_VARIABLES = {
    id: { name: 'relayIssueId', type: 'String' },
    labelIds: { name: 'relayLabelIds', type: '[String!]' }
};
/**
 * The create payload with the marker fields in issueCreate's input: through the variable that feeds a field,
 * else a variable added to the mutation (comments in the query are dropped on the way).
 */
function withIssueMarker(payload, fields) {
    if (!(0,json/* isObject */.Gv)(payload) || typeof payload.query !== 'string')
        return payload;
    let query = withoutComments(payload.query);
    const mutation = readMutation(query);
    const input = mutation?.issueCreate?.input;
    if (!mutation || !input)
        return payload;
    const variables = (0,json/* isObject */.Gv)(payload.variables) ? structuredClone(payload.variables) : {};
    const added = [];
    for (const field of ['id', 'labelIds']) {
        const path = locate(mutation, field);
        if (!path && issueCreateArguments(query).includes(field)) {
            const fix = `Pass it as a variable (${field}: $${field}) so the action can add the issue's ${field === 'id' ? 'id' : 'label'}`;
            throw new errors/* InputError */.dz('template', `issueCreate's ${field} is written into the query`, fix);
        }
        const slot = path && slotAt(variables, path);
        if (slot)
            slot.parent[slot.key] = field === 'id' ? fields.id : mergedIds(slot.value, fields.labelIds);
        else if (!input.variable)
            added.push(field);
    }
    for (const field of added)
        variables[MARKER_VARIABLES[field].name] = fields[field];
    if (added.length > 0)
        query = declareInputVariables(query, added);
    return { ...payload, query, variables };
}
/** Every `name:` inside issueCreate's arguments, whatever its value (a literal list included); strings left out. */
function issueCreateArguments(query) {
    const call = /\bissueCreate\s*\(/.exec(query);
    if (!call)
        return [];
    const open = call.index + call[0].length - 1;
    const args = query.slice(open, closingIndex(query, open)).replace(/"(?:[^"\\]|\\.)*"/g, '""');
    return [...args.matchAll(/\b(\w+)\s*:/g)].map(match => match[1]);
}
function mergedIds(value, ids) {
    // fit has turned a text list into an array already
    const current = Array.isArray(value) ? value : [];
    return [...current, ...ids.filter(id => !current.includes(id))];
}
/** Adds `field: $variable` to issueCreate's input object and declares each variable. */
function declareInputVariables(query, fields) {
    const call = /\bissueCreate\s*\(/.exec(query);
    const head = /\bmutation\b\s*(\w+)?\s*/.exec(query);
    if (!call || !head)
        return query;
    const argsOpen = call.index + call[0].length - 1;
    const object = /\binput\s*:\s*\{/.exec(query.slice(argsOpen, closingIndex(query, argsOpen)));
    if (!object)
        return query;
    const inputAt = argsOpen + object.index + object[0].length;
    const uses = fields.map(field => `${field}: $${MARKER_VARIABLES[field].name}, `).join('');
    query = `${query.slice(0, inputAt)}${uses}${query.slice(inputAt)}`;
    const definitions = fields
        .map(field => `$${MARKER_VARIABLES[field].name}: ${MARKER_VARIABLES[field].type}`)
        .join(', ');
    const after = head.index + head[0].length;
    if (query[after] !== '(')
        return `${query.slice(0, after)}(${definitions}) ${query.slice(after)}`;
    const close = closingIndex(query, after);
    return `${query.slice(0, close)}, ${definitions}${query.slice(close)}`;
}

;// CONCATENATED MODULE: ./src/platforms/linear/tracker.ts






const LABEL_COLOR = '#4f46e5';
// The marker label is fetched with the search, so a create right after it needs no lookup of its own.
const OPEN_ISSUES = `query DagsterAlertOpenIssues($teamId: ID!, $label: String!) {
  issues(first: ${SEARCH_LIMIT}, filter: {team: {id: {eq: $teamId}}, labels: {some: {name: {eq: $label}}}, state: {type: {nin: ["completed", "canceled", "duplicate"]}}}) {
    nodes { id identifier number url createdAt }
  }
  issueLabels(first: ${LABEL_LIMIT}, filter: {name: {eq: $label}}) { nodes { id team { id } } }
}`;
const LABELS_NAMED = `query DagsterAlertLabel($name: String!) {
  issueLabels(first: ${LABEL_LIMIT}, filter: {name: {eq: $name}}) { nodes { id team { id } } }
}`;
const CREATE_LABEL = `mutation DagsterAlertLabelCreate($input: IssueLabelCreateInput!) {
  issueLabelCreate(input: $input) { success issueLabel { id } }
}`;
const ISSUE_BY_ID = `query DagsterAlertIssue($id: String!) {
  issue(id: $id) { id identifier number url createdAt }
}`;
const CREATE_COMMENT = `mutation DagsterAlertComment($input: CommentCreateInput!) {
  commentCreate(input: $input) { success }
}`;
const COMPLETED_STATES = `query DagsterAlertCompletedStates($teamId: ID!) {
  workflowStates(filter: {team: {id: {eq: $teamId}}, type: {eq: "completed"}}) { nodes { id name position } }
}`;
const MARK_DUPLICATE = `mutation DagsterAlertDuplicate($input: IssueRelationCreateInput!) {
  issueRelationCreate(input: $input) { success issueRelation { issue { state { type } } } }
}`;
/** Linear's own duplicate state (a newer state type) and, where a team has none, the canceled ones. */
const DUPLICATE_STATES = `query DagsterAlertDuplicateStates($teamId: ID!) {
  workflowStates(filter: {team: {id: {eq: $teamId}}, type: {in: ["duplicate", "canceled"]}}) { nodes { id type position } }
}`;
const UPDATE_STATE = `mutation DagsterAlertResolve($id: String!, $input: IssueUpdateInput!) {
  issueUpdate(id: $id, input: $input) { success }
}`;
/** The ctx.state key of the labels named after a marker, as the search found them (a create after it needs no lookup). */
const LABELS_FOUND = 'linear.labelsFound';
/** The labels the search of this call's marker found, if it ran in this delivery. */
function labelsFound(call) {
    const found = call.ctx.state.get(LABELS_FOUND);
    return found?.marker === call.marker ? found.labels : undefined;
}
async function graphql(call, what, query, variables) {
    return followUpData(await call.send(request({ query, variables }, call.ctx)), what);
}
function teamOf(call, what) {
    const teamId = teamIdOf(call.payload);
    if (!teamId)
        throw new contract/* TrackerError */.B(what, 'the create payload names no team (variables.teamId)');
    return teamId;
}
async function labelId(call) {
    const teamId = teamOf(call, 'lookup of the issue label');
    const name = call.marker.label;
    const lookUp = async () => nodes(field(await graphql(call, `lookup of the label ${name}`, LABELS_NAMED, { name }), 'issueLabels'));
    // A workspace label (no team) or this team's own can go on the team's issues.
    const usableIn = (labels) => {
        const usable = labels.find(label => {
            const team = field(label, 'team');
            return !(0,json/* isObject */.Gv)(team) || team.id === teamId;
        });
        return typeof usable?.id === 'string' ? usable.id : undefined;
    };
    const found = usableIn(labelsFound(call) ?? (await lookUp()));
    if (found)
        return found;
    const description = 'Dagster Alert Relay: the issues of one Dagster+ alert problem';
    const input = { name, teamId, color: LABEL_COLOR, description };
    let made;
    try {
        made = field(await graphql(call, `creation of the label ${name}`, CREATE_LABEL, { input }), 'issueLabelCreate');
    }
    catch (error) {
        // A simultaneous run of the problem made the label first: that one serves.
        if (!(error instanceof contract/* TrackerError */.B) || !/duplicate label name|already exists/i.test(error.detail))
            throw error;
        const theirs = usableIn(await lookUp());
        if (theirs)
            return theirs;
        throw error;
    }
    const id = field(field(made, 'issueLabel'), 'id');
    if (typeof id !== 'string')
        throw new contract/* TrackerError */.B(`creation of the label ${name}`, 'Linear answered without the label id');
    return id;
}
/**
 * Linear issues of one problem carry a team label named after the marker, created on first use; a create
 * sends the marker's UUID as the issue id, so a retried create is recognised by looking that id up.
 */
const linearTracker = {
    searchLagMs: 0,
    async findOpen(call) {
        // A sample gets no label (it is recognised by its id): there is nothing of its kind to find.
        if (call.marker.sample)
            return [];
        const teamId = teamOf(call, 'search for open issues');
        const data = await graphql(call, 'search for open issues', OPEN_ISSUES, { teamId, label: call.marker.label });
        const found = { marker: call.marker, labels: nodes(field(data, 'issueLabels')) };
        call.ctx.state.set(LABELS_FOUND, found);
        return nodes(field(data, 'issues')).flatMap(issue => trackedIssue(issue));
    },
    async markCreate(call) {
        const labelIds = call.marker.sample ? [] : [await labelId(call)];
        return withIssueMarker(call.payload, { id: call.marker.createId, labelIds });
    },
    async findCreated(call) {
        const what = 'lookup of the issue by its id';
        try {
            const data = await graphql(call, what, ISSUE_BY_ID, { id: call.marker.createId });
            return trackedIssue(field(data, 'issue'))[0];
        }
        catch (error) {
            // Linear answers an unknown id with "Entity not found": nothing was created.
            if (error instanceof contract/* TrackerError */.B && /not found/i.test(error.detail))
                return undefined;
            throw error;
        }
    },
    async comment(call, issue, note) {
        const what = `comment on ${issue.id}`;
        const data = await graphql(call, what, CREATE_COMMENT, {
            input: { issueId: issue.ref, body: (0,notes/* noteAsMarkdown */.C)(note) }
        });
        requireSuccess(data, 'commentCreate', what);
    },
    async close(call, issue) {
        const what = `closing of ${issue.id}`;
        const teamId = teamOf(call, what);
        const states = nodes(field(await graphql(call, what, COMPLETED_STATES, { teamId }), 'workflowStates'));
        const done = states.sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))[0];
        if (typeof done?.id !== 'string') {
            throw new contract/* TrackerError */.B(what, 'the team has no workflow state of type completed; add one, or set resolve: comment');
        }
        const data = await graphql(call, what, UPDATE_STATE, { id: issue.ref, input: { stateId: done.id } });
        requireSuccess(data, 'issueUpdate', what);
    },
    async closeAsDuplicate(call, duplicate, original) {
        const what = `closing of ${duplicate.id} as a duplicate of ${original.id}`;
        const input = { issueId: duplicate.ref, relatedIssueId: original.ref, type: 'duplicate' };
        const marked = await graphql(call, what, MARK_DUPLICATE, { input });
        requireSuccess(marked, 'issueRelationCreate', what);
        // Linear may move a marked duplicate to its duplicate state by itself; where it did not, the relay does.
        const stateType = ['issueRelationCreate', 'issueRelation', 'issue', 'state', 'type'].reduce(field, marked);
        if (stateType === 'duplicate' || stateType === 'canceled')
            return;
        const states = nodes(field(await graphql(call, what, DUPLICATE_STATES, { teamId: teamOf(call, what) }), 'workflowStates'));
        const rank = (state) => (state.type === 'duplicate' ? 0 : 1000) + Number(state.position ?? 0);
        const closing = states.sort((a, b) => rank(a) - rank(b))[0];
        if (typeof closing?.id !== 'string')
            throw new contract/* TrackerError */.B(what, 'the team has no workflow state of type duplicate or canceled');
        const data = await graphql(call, what, UPDATE_STATE, { id: duplicate.ref, input: { stateId: closing.id } });
        requireSuccess(data, 'issueUpdate', what);
    }
};
function trackedIssue(node) {
    if (!(0,json/* isObject */.Gv)(node) ||
        typeof node.id !== 'string' ||
        typeof node.identifier !== 'string' ||
        typeof node.url !== 'string')
        return [];
    const created = typeof node.createdAt === 'string' ? node.createdAt : '';
    return [
        {
            ref: node.id,
            id: node.identifier,
            url: node.url,
            created,
            sequence: typeof node.number === 'number' ? node.number : 0
        }
    ];
}
function requireSuccess(data, mutation, what) {
    if (field(data, mutation) && field(field(data, mutation), 'success') !== false)
        return;
    throw new contract/* TrackerError */.B(what, `Linear answered ${mutation} success: false`);
}
function nodes(connection) {
    const list = field(connection, 'nodes');
    return Array.isArray(list) ? list.filter(json/* isObject */.Gv) : [];
}
function field(value, key) {
    return (0,json/* isObject */.Gv)(value) ? value[key] : undefined;
}

;// CONCATENATED MODULE: ./src/platforms/linear/validate.ts



const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TEAM_ID_HELP = 'Set `vars: team_id: <team UUID>`. To find the UUID, POST {"query": "query { teams { nodes { id key name } } }"} ' +
    'to https://api.linear.app/graphql with your API key in Authorization';
const MUTATION_EXAMPLE = 'mutation CreateIssue($title: String!, $teamId: String!) ' +
    '{ issueCreate(input: {title: $title, teamId: $teamId}) { success issue { id identifier url } } }';
function queryProblem(message) {
    return { path: 'query', message };
}
function typeText(type) {
    const inner = type.kind === 'list' ? `[${typeText(type.of)}]` : type.name;
    return type.nonNull ? `${inner}!` : inner;
}
const SCALARS = {
    Int: value => typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= INT_MAX,
    Float: value => typeof value === 'number' && Number.isFinite(value),
    String: value => typeof value === 'string',
    ID: value => typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value)),
    Boolean: value => typeof value === 'boolean'
};
const SCALAR_NAMES = {
    Int: 'a whole number (Int)',
    Float: 'a number (Float)',
    String: 'a string',
    ID: 'an ID string',
    Boolean: 'true or false'
};
/** Problems with one value against its GraphQL type; `skip` is a path checked elsewhere (the team). */
function checkValue(value, type, path, skip) {
    if (path === skip)
        return [];
    if (value === undefined || value === null) {
        if (!type.nonNull)
            return [];
        const state = value === null ? 'null' : 'missing';
        const fix = 'Supply one, or declare the variable without "!"';
        return [
            { path, message: `is required (${typeText(type)}) but ${state}: the template rendered no value for it. ${fix}` }
        ];
    }
    if (type.kind === 'list') {
        // GraphQL accepts a single value where a list is expected.
        if (!Array.isArray(value))
            return checkValue(value, type.of, path, skip);
        return value.flatMap((item, i) => checkValue(item, type.of, `${path}[${i}]`, skip));
    }
    const isValid = SCALARS[type.name];
    if (isValid && !isValid(value))
        return [{ path, message: `must be ${SCALAR_NAMES[type.name]}, got ${shown(value)}` }];
    if (type.name === 'IssueCreateInput')
        return checkIssueInputObject(value, path, skip);
    return [];
}
function checkIssueInputObject(value, path, skip) {
    if (!(0,json/* isObject */.Gv)(value))
        return [{ path, message: `must be an object of IssueCreateInput fields, got ${shown(value)}` }];
    return Object.entries(ISSUE_INPUT_FIELDS).flatMap(([field, type]) => checkValue(value[field], parseType(type), `${path}.${field}`, skip));
}
function checkTeamValue(path, value) {
    if (isEmpty(value))
        return [{ path, message: `the Linear team is missing. ${TEAM_ID_HELP}` }];
    if (typeof value === 'string' && UUID.test(value))
        return [];
    const looksLikeKey = typeof value === 'string' && /^[A-Za-z][A-Za-z0-9]{0,6}$/.test(value);
    const hint = looksLikeKey ? ` — '${value}' looks like the team key, not the team's UUID` : '';
    return [{ path, message: `must be the team's UUID (like 8708e927-…)${hint}. ${TEAM_ID_HELP}` }];
}
function checkTeam(mutation, variables) {
    const input = mutation.issueCreate?.input;
    if (!input)
        return [];
    const path = locate(mutation, 'teamId');
    if (path)
        return checkTeamValue(pathText(path), valueAt(variables, path));
    const literal = teamIdLiteral(mutation);
    if (literal === undefined) {
        return [queryProblem(`issueCreate's input has no teamId: pass \`teamId: $teamId\`. ${TEAM_ID_HELP}`)];
    }
    return checkTeamValue('query', literal);
}
function checkOperation(payload, mutation) {
    const problems = [];
    const { operationName } = payload;
    if (operationName !== undefined && operationName !== null && operationName !== mutation.name) {
        problems.push({
            path: 'operationName',
            message: `is ${shown(operationName)} but the mutation is named ${mutation.name ? `'${mutation.name}'` : 'nothing'}; ` +
                'make them match or remove operationName'
        });
    }
    for (const name of mutation.variables.keys()) {
        if (mutation.used.has(name))
            continue;
        problems.push(queryProblem(`declares $${name} but never uses it; Linear rejects unused variables: use it or remove it`));
    }
    for (const name of mutation.used) {
        if (mutation.variables.has(name))
            continue;
        problems.push(queryProblem(`uses $${name} without declaring it: add \`$${name}: Type\` to the mutation's variable list`));
    }
    for (const [name, definition] of mutation.variables) {
        if (!definition.type)
            problems.push(queryProblem(`cannot read the type '${definition.typeText}' of $${name}`));
    }
    return problems;
}
function checkSelection(mutation) {
    if (!mutation.issueCreate)
        return [queryProblem(`does not call issueCreate: write ${MUTATION_EXAMPLE}`)];
    const issue = mutation.issueCreate.selection.get('issue');
    const issueFields = topLevelFields(issue ?? '');
    const missing = ['url', 'identifier'].filter(field => !issueFields.has(field));
    if (missing.length === 0)
        return [];
    return [queryProblem(`issueCreate does not select issue ${missing.join(' and ')}: ${SELECTION_HELP}`)];
}
function checkVariables(mutation, variables) {
    const teamPath = locate(mutation, 'teamId');
    const skip = teamPath ? pathText(teamPath) : '';
    return [...mutation.variables].flatMap(([name, definition]) => {
        const value = variables[name];
        if (!definition.type || (value === undefined && definition.hasDefault))
            return [];
        return checkValue(value, definition.type, pathText([name]), skip);
    });
}
function validate(payload, ctx) {
    if (!(0,json/* isObject */.Gv)(payload))
        return [{ path: '', message: 'the body must be a JSON object with `query` and `variables`' }];
    const { query } = payload;
    if (typeof query !== 'string' || query.trim() === '')
        return [queryProblem('must be a non-empty GraphQL mutation string')];
    const variables = payload.variables ?? {};
    if (!(0,json/* isObject */.Gv)(variables)) {
        return [{ path: 'variables', message: `must be an object of variable values, got ${shown(variables)}` }];
    }
    const mutation = readMutation(query);
    if (!mutation)
        return [queryProblem(`has no \`mutation\`: write ${MUTATION_EXAMPLE}`)];
    for (const name of Object.keys(variables)) {
        if (mutation.variables.has(name))
            continue;
        ctx.warn({
            path: pathText([name]),
            message: 'is not declared by the mutation, so Linear ignores it: declare it or remove it'
        });
    }
    return [
        ...checkOperation(payload, mutation),
        ...checkSelection(mutation),
        ...checkVariables(mutation, variables),
        ...checkTeam(mutation, variables)
    ];
}

;// CONCATENATED MODULE: ./src/platforms/linear/index.ts







/** A GraphQL request's members; Linear ignores any other key. What `variables` holds is validated against the mutation. */
const KNOWN_KEYS = {
    unknown: 'ignores',
    tree: { query: true, operationName: true, variables: true, extensions: true }
};
const linear = {
    name: 'linear',
    graphqlDocumentKey: 'query',
    matches: descriptor/* matches */.cK,
    lookAlike: descriptor/* lookAlike */.W7,
    resolveTarget: resolveTarget,
    fit: fit,
    validate: validate,
    request: request,
    parse: parse,
    rateLimitHeaders: RATE_LIMIT_HEADERS,
    tracker: linearTracker,
    knownKeys: KNOWN_KEYS,
    sampleVars: { team_id: '8708e927-1234-4c6a-9a3e-0123456789ab' }
};


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
/* harmony export */   B: () => (/* binding */ TrackerError),
/* harmony export */   s: () => (/* binding */ oldestFirst)
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

//# sourceMappingURL=18.index.js.map