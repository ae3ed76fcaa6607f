export const id = 444;
export const ids = [444];
export const modules = {

/***/ 3444:
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
// EXTERNAL MODULE: ./node_modules/graphql/error/GraphQLError.js
var GraphQLError = __webpack_require__(5939);
// EXTERNAL MODULE: ./node_modules/graphql/language/kinds.js
var kinds = __webpack_require__(1123);
// EXTERNAL MODULE: ./node_modules/graphql/language/parser.js
var parser = __webpack_require__(4929);
// EXTERNAL MODULE: ./node_modules/graphql/language/printer.js
var printer = __webpack_require__(9936);
// EXTERNAL MODULE: ./node_modules/graphql/language/visitor.js
var visitor = __webpack_require__(638);
;// CONCATENATED MODULE: ./src/platforms/linear/variable-values.ts


// Values inside the create payload's `variables`, addressed by the paths `locate` (operation.ts) returns.
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

;// CONCATENATED MODULE: ./src/platforms/linear/operation.ts







// The create payload's GraphQL document, read by graphql-js after rendering (alert text included): exactly one
// mutation whose only root field is issueCreate, the variables it declares and uses, issueCreate's input, and where
// the reply holds what the action reads.
/** What issueCreate must select for the action to output the issue's URL and identifier. */
const SELECTION_HELP = 'select `success issue { id identifier url }` so the action can output the issue URL and identifier';
const MUTATION_EXAMPLE = 'mutation CreateIssue($title: String!, $teamId: String!) ' +
    '{ issueCreate(input: {title: $title, teamId: $teamId}) { success issue { id identifier url } } }';
/** Fields of IssueCreateInput whose values are checked and fitted (types from Linear's schema). */
const ISSUE_INPUT_FIELDS = {
    title: 'String',
    description: 'String',
    priority: 'Int',
    labelIds: '[String!]',
    teamId: 'String!'
};
/** The reply of an issueCreate nobody aliased. */
const PLAIN_REPLY = {
    result: ['issueCreate'],
    success: ['issueCreate', 'success'],
    url: ['issueCreate', 'issue', 'url'],
    identifier: ['issueCreate', 'issue', 'identifier']
};
function parsed(query) {
    try {
        return (0,parser/* parse */.qg)(query, { noLocation: true });
    }
    catch (error) {
        // The parser descends recursively: brackets nested thousands deep exhaust the stack.
        if (error instanceof RangeError)
            return 'is nested too deeply to be read as GraphQL';
        if (!(error instanceof GraphQLError.GraphQLError))
            throw error;
        const at = error.locations?.[0];
        const where = at ? ` (line ${at.line}, column ${at.column} of the query)` : '';
        return `is not valid GraphQL: ${error.message.replace(/^Syntax Error: /, '')}${where}`;
    }
}
/**
 * The fields a selection set asks for at its own level, fragments (spread or inline) included. A named fragment is
 * expanded once per `expanded` set, so a cycle ends and a fragment spread many times costs nothing more.
 */
function fieldsOf(selectionSet, fragments, expanded = new Set()) {
    const fields = [];
    const pending = [...(selectionSet?.selections ?? [])].reverse();
    for (let selection = pending.pop(); selection; selection = pending.pop()) {
        if (selection.kind === kinds.Kind.FIELD) {
            fields.push(selection);
            continue;
        }
        let inner = undefined;
        if (selection.kind === kinds.Kind.INLINE_FRAGMENT)
            inner = selection.selectionSet;
        else if (!expanded.has(selection.name.value)) {
            expanded.add(selection.name.value);
            inner = fragments.get(selection.name.value)?.selectionSet;
        }
        if (inner)
            pending.push(...[...inner.selections].reverse());
    }
    return fields;
}
function responseKey(field) {
    return field.alias?.value ?? field.name.value;
}
function replyPaths(issueCreate, fragments) {
    const paths = { result: [responseKey(issueCreate)] };
    // One set for every `issue` selected: what a fragment holds was found the first time it was expanded.
    const expandedInIssue = new Set();
    for (const field of fieldsOf(issueCreate.selectionSet, fragments)) {
        const path = [...paths.result, responseKey(field)];
        if (field.name.value === 'success')
            paths.success ??= path;
        if (field.name.value !== 'issue')
            continue;
        for (const leaf of fieldsOf(field.selectionSet, fragments, expandedInIssue)) {
            if (leaf.name.value === 'url')
                paths.url ??= [...path, responseKey(leaf)];
            if (leaf.name.value === 'identifier')
                paths.identifier ??= [...path, responseKey(leaf)];
        }
    }
    return paths;
}
function issueInput(issueCreate) {
    const input = { fieldVariables: new Map(), fieldLiterals: new Map() };
    const value = issueCreate.arguments?.find(argument => argument.name.value === 'input')?.value;
    if (value?.kind === kinds.Kind.VARIABLE)
        return { ...input, variable: value.name.value };
    if (value?.kind !== kinds.Kind.OBJECT)
        return input;
    for (const field of value.fields) {
        if (field.value.kind === kinds.Kind.VARIABLE)
            input.fieldVariables.set(field.name.value, field.value.name.value);
        else
            input.fieldLiterals.set(field.name.value, field.value);
    }
    return { ...input, object: value };
}
/** Variables used anywhere but in their definitions, and fragment spreads naming no fragment. */
function references(document, fragments) {
    const used = new Set();
    const unknown = new Set();
    (0,visitor/* visit */.YR)(document, {
        VariableDefinition: () => false,
        Variable: node => void used.add(node.name.value),
        FragmentSpread: node => void (fragments.has(node.name.value) || unknown.add(node.name.value))
    });
    return { used, unknown };
}
/** The one mutation and its issueCreate field, or why the document is not a single issueCreate mutation. */
function theIssueCreate(document, fragments) {
    const foreign = document.definitions.find(definition => definition.kind !== kinds.Kind.OPERATION_DEFINITION && definition.kind !== kinds.Kind.FRAGMENT_DEFINITION);
    if (foreign)
        return `holds ${foreign.kind} (not an operation): send only the mutation and its fragments`;
    const operations = document.definitions.filter(definition => definition.kind === kinds.Kind.OPERATION_DEFINITION);
    const operation = operations.find(definition => definition.operation === 'mutation');
    if (!operation)
        return `has no \`mutation\`: write ${MUTATION_EXAMPLE}`;
    if (operations.length > 1) {
        return `holds ${operations.length} operations: the action sends exactly one, the issueCreate mutation; remove the others`;
    }
    const roots = fieldsOf(operation.selectionSet, fragments);
    const others = [...new Set(roots.map(field => field.name.value).filter(name => name !== 'issueCreate'))];
    const creates = roots.filter(field => field.name.value === 'issueCreate').length;
    if (creates === 0)
        return `does not call issueCreate: write ${MUTATION_EXAMPLE}`;
    if (others.length > 0) {
        return (`asks for ${others.join(', ')} besides issueCreate: the only field allowed at the mutation's root is issueCreate ` +
            '(alert text belongs in variables, where it cannot add fields to the query)');
    }
    if (creates > 1)
        return `calls issueCreate ${creates} times: an alert creates one issue`;
    return { operation, field: roots[0] };
}
/** The create payload's `query` read whole; a problem (for the `query` path) when it is not one issueCreate. */
function readOperation(query) {
    const document = parsed(query);
    if (typeof document === 'string')
        return { problem: document };
    const fragments = new Map();
    for (const definition of document.definitions) {
        if (definition.kind === kinds.Kind.FRAGMENT_DEFINITION)
            fragments.set(definition.name.value, definition);
    }
    const found = theIssueCreate(document, fragments);
    if (typeof found === 'string')
        return { problem: found };
    const { used, unknown } = references(document, fragments);
    if (unknown.size > 0)
        return { problem: `spreads ...${[...unknown].join(', ...')}, which it does not define` };
    const { operation, field } = found;
    const variables = new Map();
    for (const definition of operation.variableDefinitions ?? []) {
        variables.set(definition.variable.name.value, { type: definition.type, hasDefault: !!definition.defaultValue });
    }
    return {
        operation: {
            document,
            operation,
            name: operation.name?.value,
            variables,
            used,
            input: issueInput(field),
            reply: replyPaths(field, fragments)
        }
    };
}
/** The operation of a payload whose `query` reads as one issueCreate mutation. */
function issueCreateOf(payload) {
    if (typeof payload.query !== 'string')
        return undefined;
    const reading = readOperation(payload.query);
    return 'operation' in reading ? reading.operation : undefined;
}
/** The path inside `variables` that feeds an IssueCreateInput field, when a variable feeds it. */
function locate(operation, field) {
    const { input } = operation;
    if (input.variable)
        return [input.variable, field];
    const variable = input.fieldVariables.get(field);
    return variable === undefined ? undefined : [variable];
}
/** The text a `teamId` written into issueCreate's input stands for (a string's content, else the value as written). */
function teamIdLiteral(operation) {
    const literal = operation.input.fieldLiterals.get('teamId');
    if (!literal)
        return undefined;
    return literal.kind === kinds.Kind.STRING ? literal.value : (0,printer/* print */.yy)(literal);
}
/** The team the create payload files its issue in: the variable feeding `teamId`, or the value written there. */
function teamIdOf(payload) {
    const operation = (0,json/* isObject */.Gv)(payload) ? issueCreateOf(payload) : undefined;
    if (!(0,json/* isObject */.Gv)(payload) || !operation)
        return undefined;
    const path = locate(operation, 'teamId');
    if (!path)
        return teamIdLiteral(operation);
    const value = valueAt((0,json/* isObject */.Gv)(payload.variables) ? payload.variables : {}, path);
    return typeof value === 'string' ? value : undefined;
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
/** The ctx.state key of where the create's reply holds its values (issueCreate's alias, fragments, …). */
const CREATE_REPLY = 'linear.createReply';
/** A GraphQL request to Linear: the create's or a tracker follow-up's. */
function post(body, ctx) {
    return {
        method: 'POST',
        url: ctx.target.endpoint.href,
        headers: { ...ctx.headers, 'content-type': 'application/json', authorization: authorization(ctx) },
        body: JSON.stringify(body)
    };
}
/** The create request; the reply will be read through its operation, so an aliased issueCreate is found. */
function request(payload, ctx) {
    const operation = (0,json/* isObject */.Gv)(payload) ? issueCreateOf(payload) : undefined;
    ctx.state.set(CREATE_REPLY, operation?.reply ?? PLAIN_REPLY);
    return post(payload, ctx);
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
/** The value at `path` inside the reply's `data`. */
function dataAt(body, path) {
    if (!path)
        return undefined;
    let node = (0,json/* isObject */.Gv)(body) ? body.data : undefined;
    for (const key of path)
        node = (0,json/* isObject */.Gv)(node) ? node[key] : undefined;
    return node;
}
/** The create's reply, read where its operation put the values. */
function parse(reply, ctx) {
    return verdict(reply, ctx.state.get(CREATE_REPLY) ?? PLAIN_REPLY);
}
function verdict(reply, paths) {
    const body = (0,json/* parseJson */.qF)(reply.body);
    const errors = graphqlErrors(body);
    const result = dataAt(body, paths.result);
    const url = api_text(dataAt(body, paths.url));
    const id = api_text(dataAt(body, paths.identifier));
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
        const created = url ? ` (Linear did create ${url}; check it before re-running)` : '';
        return { ok: false, message: `${describeErrors(errors, reply)}${created}` };
    }
    if (!(0,json/* isObject */.Gv)(result)) {
        return {
            ok: false,
            message: (0,shared_reply/* isSuccess */.oJ)(reply.status)
                ? `the reply has no data.${paths.result.join('.')}: ${describeErrors(errors, reply)}`
                : describeErrors(errors, reply)
        };
    }
    if (dataAt(body, paths.success) === false) {
        return { ok: false, message: 'Linear answered issueCreate success: false; no issue was created' };
    }
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
    const read = verdict(reply, PLAIN_REPLY);
    return read.ok ? undefined : read.message;
}
/** The `data` of a tracker follow-up's reply; a TrackerError (`what` failed) with Linear's words when it has none. */
function followUpData(reply, what) {
    const errors = followUpErrorText(reply);
    if (errors)
        throw new contract/* TrackerError */.BT(what, errors, reply);
    const body = (0,json/* parseJson */.qF)(reply.body);
    const data = (0,json/* isObject */.Gv)(body) ? body.data : undefined;
    if (reply.status >= 300 || !(0,json/* isObject */.Gv)(data))
        throw new contract/* TrackerError */.BT(what, (0,shared_reply/* replyText */.cL)(reply.body), reply);
    return data;
}

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
/** A GraphQL request's members; Linear ignores any other key. What `variables` holds is validated against the mutation. */
const KNOWN_KEYS = {
    unknown: 'ignores',
    tree: { query: true, operationName: true, variables: true, extensions: true }
};

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
function dropEmptyOptionals(variables, operation, warn) {
    const drop = (parent, key, path) => {
        if (!(key in parent) || !isEmpty(parent[key]))
            return;
        warn({ path: pathText(path), message: 'was empty; removed so Linear leaves the field unset' });
        delete parent[key];
    };
    for (const [name, definition] of operation.variables) {
        if (definition.type.kind !== kinds.Kind.NON_NULL_TYPE)
            drop(variables, name, [name]);
    }
    const inputVariable = operation.input.variable;
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
    const operation = issueCreateOf(payload);
    if (!operation)
        return payload;
    const variables = structuredClone(payload.variables);
    const fitters = [
        ['title', fitTitle],
        ['description', fitDescription],
        ['priority', fitPriority],
        ['labelIds', fitLabelIds]
    ];
    for (const [field, fitField] of fitters) {
        const path = locate(operation, field);
        const slot = path && slotAt(variables, path);
        if (slot)
            fitField(slot, ctx.warn);
    }
    dropEmptyOptionals(variables, operation, ctx.warn);
    return { ...payload, variables };
}

// EXTERNAL MODULE: ./src/platforms/shared/endpoint.ts
var shared_endpoint = __webpack_require__(7355);
// EXTERNAL MODULE: ./src/platforms/linear/descriptor.ts
var descriptor = __webpack_require__(4939);
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
;// CONCATENATED MODULE: ./src/platforms/linear/issue-marker.ts








const MARKER_VARIABLES = {
    id: { name: 'relayIssueId', type: 'String' },
    labelIds: { name: 'relayLabelIds', type: '[String!]' }
};
function variable(field) {
    return { kind: kinds.Kind.VARIABLE, name: { kind: kinds.Kind.NAME, value: MARKER_VARIABLES[field].name } };
}
/** The document with `field: $variable` first in issueCreate's input object and each variable declared. */
function withInputVariables(operation, fields) {
    const definitions = fields.map((field) => ({
        kind: kinds.Kind.VARIABLE_DEFINITION,
        variable: variable(field),
        type: (0,parser/* parseType */.Mb)(MARKER_VARIABLES[field].type, { noLocation: true })
    }));
    const uses = fields.map((field) => ({
        kind: kinds.Kind.OBJECT_FIELD,
        name: { kind: kinds.Kind.NAME, value: field },
        value: variable(field)
    }));
    return (0,visitor/* visit */.YR)(operation.document, {
        // the document holds this one operation
        OperationDefinition: {
            leave: node => ({ ...node, variableDefinitions: [...(node.variableDefinitions ?? []), ...definitions] })
        },
        ObjectValue: node => (node === operation.input.object ? { ...node, fields: [...uses, ...node.fields] } : undefined)
    });
}
function mergedIds(value, ids) {
    // fit has turned a text list into an array already
    const current = Array.isArray(value) ? value : [];
    return [...current, ...ids.filter(id => !current.includes(id))];
}
/**
 * The create payload with the marker fields in issueCreate's input: through the variable that feeds a field, else a
 * variable added to the mutation (the query is then printed from its syntax tree, without its comments).
 */
function withIssueMarker(payload, fields) {
    const operation = (0,json/* isObject */.Gv)(payload) ? issueCreateOf(payload) : undefined;
    if (!(0,json/* isObject */.Gv)(payload) || !operation)
        return payload;
    const variables = (0,json/* isObject */.Gv)(payload.variables) ? structuredClone(payload.variables) : {};
    const added = [];
    for (const field of ['id', 'labelIds']) {
        if (operation.input.fieldLiterals.has(field)) {
            const fix = `Pass it as a variable (${field}: $${field}) so the action can add the issue's ${field === 'id' ? 'id' : 'label'}`;
            throw new errors/* InputError */.dz('template', `issueCreate's ${field} is written into the query`, fix);
        }
        const path = locate(operation, field);
        const slot = path && slotAt(variables, path);
        if (slot)
            slot.parent[slot.key] = field === 'id' ? fields.id : mergedIds(slot.value, fields.labelIds);
        else if (operation.input.object)
            added.push(field);
    }
    if (added.length === 0)
        return { ...payload, variables };
    for (const field of added)
        variables[MARKER_VARIABLES[field].name] = fields[field];
    return { ...payload, query: (0,printer/* print */.yy)(withInputVariables(operation, added)), variables };
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
    return followUpData(await call.send(post({ query, variables }, call.ctx)), what);
}
function teamOf(call, what) {
    const teamId = teamIdOf(call.payload);
    if (!teamId)
        throw new contract/* TrackerError */.BT(what, 'the create payload names no team (variables.teamId)');
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
        if (!(error instanceof contract/* TrackerError */.BT) || !/duplicate label name|already exists/i.test(error.detail))
            throw error;
        const theirs = usableIn(await lookUp());
        if (theirs)
            return theirs;
        throw error;
    }
    const id = field(field(made, 'issueLabel'), 'id');
    if (typeof id !== 'string')
        throw new contract/* TrackerError */.BT(`creation of the label ${name}`, 'Linear answered without the label id');
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
            if (error instanceof contract/* TrackerError */.BT && /not found/i.test(error.detail))
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
            throw new contract/* TrackerError */.BT(what, 'the team has no workflow state of type completed; add one, or set resolve: comment');
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
            throw new contract/* TrackerError */.BT(what, 'the team has no workflow state of type duplicate or canceled');
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
    throw new contract/* TrackerError */.BT(what, `Linear answered ${mutation} success: false`);
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
function queryProblem(message) {
    return { path: 'query', message };
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
        if (type.kind !== kinds.Kind.NON_NULL_TYPE)
            return [];
        const state = value === null ? 'null' : 'missing';
        const fix = 'Supply one, or declare the variable without "!"';
        return [
            { path, message: `is required (${(0,printer/* print */.yy)(type)}) but ${state}: the template rendered no value for it. ${fix}` }
        ];
    }
    const nullable = type.kind === kinds.Kind.NON_NULL_TYPE ? type.type : type;
    if (nullable.kind === kinds.Kind.LIST_TYPE) {
        // GraphQL accepts a single value where a list is expected.
        if (!Array.isArray(value))
            return checkValue(value, nullable.type, path, skip);
        return value.flatMap((item, i) => checkValue(item, nullable.type, `${path}[${i}]`, skip));
    }
    const name = nullable.name.value;
    const isValid = SCALARS[name];
    if (isValid && !isValid(value))
        return [{ path, message: `must be ${SCALAR_NAMES[name]}, got ${shown(value)}` }];
    if (name === 'IssueCreateInput')
        return checkIssueInputObject(value, path, skip);
    return [];
}
function checkIssueInputObject(value, path, skip) {
    if (!(0,json/* isObject */.Gv)(value))
        return [{ path, message: `must be an object of IssueCreateInput fields, got ${shown(value)}` }];
    return Object.entries(ISSUE_INPUT_FIELDS).flatMap(([field, type]) => checkValue(value[field], (0,parser/* parseType */.Mb)(type, { noLocation: true }), `${path}.${field}`, skip));
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
function checkTeam(operation, variables) {
    const path = locate(operation, 'teamId');
    if (path)
        return checkTeamValue(pathText(path), valueAt(variables, path));
    const literal = teamIdLiteral(operation);
    if (literal === undefined) {
        return [queryProblem(`issueCreate's input has no teamId: pass \`teamId: $teamId\`. ${TEAM_ID_HELP}`)];
    }
    return checkTeamValue('query', literal);
}
function checkOperation(payload, operation) {
    const problems = [];
    const { operationName } = payload;
    if (operationName !== undefined && operationName !== null && operationName !== operation.name) {
        problems.push({
            path: 'operationName',
            message: `is ${shown(operationName)} but the mutation is named ${operation.name ? `'${operation.name}'` : 'nothing'}; ` +
                'make them match or remove operationName'
        });
    }
    for (const name of operation.variables.keys()) {
        if (operation.used.has(name))
            continue;
        problems.push(queryProblem(`declares $${name} but never uses it; Linear rejects unused variables: use it or remove it`));
    }
    for (const name of operation.used) {
        if (operation.variables.has(name))
            continue;
        problems.push(queryProblem(`uses $${name} without declaring it: add \`$${name}: Type\` to the mutation's variable list`));
    }
    return problems;
}
function checkSelection(operation) {
    const { reply } = operation;
    const missing = ['url', 'identifier'].filter(field => !reply[field]);
    if (missing.length === 0)
        return [];
    return [queryProblem(`issueCreate does not select issue ${missing.join(' and ')}: ${SELECTION_HELP}`)];
}
function checkVariables(operation, variables) {
    const teamPath = locate(operation, 'teamId');
    const skip = teamPath ? pathText(teamPath) : '';
    return [...operation.variables].flatMap(([name, definition]) => {
        const value = variables[name];
        if (value === undefined && definition.hasDefault)
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
    const reading = readOperation(query);
    if ('problem' in reading)
        return [queryProblem(reading.problem)];
    const { operation } = reading;
    for (const name of Object.keys(variables)) {
        if (operation.variables.has(name))
            continue;
        ctx.warn({
            path: pathText([name]),
            message: 'is not declared by the mutation, so Linear ignores it: declare it or remove it'
        });
    }
    return [
        ...checkOperation(payload, operation),
        ...checkSelection(operation),
        ...checkVariables(operation, variables),
        ...checkTeam(operation, variables)
    ];
}

;// CONCATENATED MODULE: ./src/platforms/linear/index.ts






const linear = {
    resolveTarget: resolveTarget,
    fit: fit,
    validate: validate,
    request: request,
    parse: parse,
    rateLimitHeaders: RATE_LIMIT_HEADERS,
    tracker: linearTracker,
    checkHints: { knownKeys: KNOWN_KEYS, sampleVars: { team_id: '8708e927-1234-4c6a-9a3e-0123456789ab' } }
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

//# sourceMappingURL=444.index.js.map