export const id = 350;
export const ids = [350];
export const modules = {

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

/***/ 6283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ workflowStateStore)
/* harmony export */ });
/* unused harmony export gitRefStore */
/* harmony import */ var _delivery_follow_up_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(953);
/* harmony import */ var _delivery_wait_budget_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1293);
/* harmony import */ var _state_commits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6165);
/**
 * Git refs in the repository the workflow runs in, through the repository host's REST git data API with the
 * `state-token` input (the job's token by default): list the refs under a folder (one GET), create a ref only if
 * absent, move one (fast-forward only unless forced), remove one. A ref is set to a commit whose id the caller
 * computed (state-commits.ts); when the repository does not have that commit yet, it is created first (and the shared
 * tree before it), once per repository.
 *
 * Creating a ref that exists, or a move that is not a fast-forward, is `conflict`: another run came first. A
 * refusal (403, 404, 409) or a failed request is `unavailable`, never a throw: state must not cost an alert.
 */



const PERMISSION_ADVICE = 'give the workflow job `permissions: contents: write` (the state is kept as git refs under ' +
    'refs/dagster-alert-relay/, never on a branch), or give a token that may write them in the state-token input; ' +
    'if the relay workflow must not write to this repository, run it from a dedicated repository that only relays alerts';
/** The state host's request buckets: the hour's requests, reset at an epoch second. */
const STATE_RATE_LIMIT_HEADERS = [
    { remaining: 'x-ratelimit-remaining', reset: 'x-ratelimit-reset', resetIn: 'epoch-seconds' }
];
/** Without a Retry-After or a spent bucket, the state host asks for at least a minute. */
const STATE_RATE_LIMIT_WAIT_SECONDS = 60;
/**
 * The state host's rate limits (a 403 or 429 with Retry-After, a spent hour, or saying so): waits, not refusals.
 * Any other refusal is the store's to read (no permission: the run goes on without its state, with a warning).
 */
const stateRateLimit = reply => {
    if (reply.status !== 403 && reply.status !== 429)
        return undefined;
    const spent = reply.headers['x-ratelimit-remaining']?.trim() === '0';
    const retryAfter = reply.headers['retry-after'] !== undefined;
    if (!spent && !retryAfter && !/rate limit/i.test(reply.body))
        return undefined;
    return {
        ok: false,
        message: `the alert state host's rate limit (HTTP ${reply.status})`,
        retry: true,
        rateLimited: true,
        ...(!spent && !retryAfter && { retryAfterSeconds: STATE_RATE_LIMIT_WAIT_SECONDS })
    };
};
/**
 * The refs of the repository the workflow runs in (GITHUB_REPOSITORY, through GITHUB_API_URL) with the `state-token`
 * input, its rate limits read as waits within the run's max-wait; undefined without a repository or a token.
 */
function workflowStateStore(env, token, options, deps) {
    const repository = env.GITHUB_REPOSITORY;
    if (!repository || !token)
        return undefined;
    const stateOptions = { ...options, rateLimitHeaders: STATE_RATE_LIMIT_HEADERS };
    return gitRefStore({
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        repository,
        token,
        send: (0,_delivery_follow_up_js__WEBPACK_IMPORTED_MODULE_0__/* .followUpSender */ .qg)('the alert state', new _delivery_wait_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .WaitBudget */ .T('the alert state', stateOptions, deps), deps, stateRateLimit)
    });
}
function gitRefStore(options) {
    const base = `${options.apiUrl.replace(/\/+$/, '')}/repos/${options.repository}/git`;
    async function call(method, path, body) {
        const request = {
            method,
            url: `${base}/${path}`,
            headers: {
                authorization: `Bearer ${options.token}`,
                accept: 'application/vnd.github+json',
                'x-github-api-version': '2022-11-28',
                ...(body !== undefined && { 'content-type': 'application/json' })
            },
            ...(body !== undefined && { body: JSON.stringify(body) })
        };
        try {
            return await options.send(request);
        }
        catch (error) {
            return error instanceof Error ? error : new Error(String(error));
        }
    }
    async function list(prefix) {
        const reply = await call('GET', `matching-refs/${prefix.slice('refs/'.length)}`);
        const body = okBody(reply, 200);
        if (!Array.isArray(body))
            return unavailable('read', reply);
        const refs = [];
        for (const item of body) {
            const name = isRecord(item) ? item.ref : undefined;
            const sha = isRecord(item) && isRecord(item.object) ? item.object.sha : undefined;
            if (typeof name === 'string' && typeof sha === 'string')
                refs.push({ name, sha });
        }
        return { kind: 'listed', refs };
    }
    /** A ref request, with the commit created first when the repository lacks it. */
    async function setRef(commit, request) {
        let reply = await request();
        if (isStatus(reply, 422) && /object does not exist/i.test(reply.body)) {
            const made = await createCommit(commit);
            if (made)
                return made;
            reply = await request();
        }
        if (isStatus(reply, 200) || isStatus(reply, 201))
            return { kind: 'done' };
        // Created meanwhile, moved meanwhile, or removed meanwhile: someone else's write came first.
        if (isStatus(reply, 422) && /already exists|not a fast forward|does not exist/i.test(reply.body))
            return { kind: 'conflict' };
        return unavailable('write', reply);
    }
    /** Creates a state commit (and the shared tree when missing); undefined when it has the id computed. */
    async function createCommit(commit) {
        const body = {
            message: commit.message,
            tree: _state_commits_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE_TREE */ .hf.sha,
            parents: commit.parents,
            author: _state_commits_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE_PERSON */ .c,
            committer: _state_commits_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE_PERSON */ .c
        };
        let created = await call('POST', 'commits', body);
        if (isStatus(created, 422) && /tree sha does not exist/i.test(created.body)) {
            const made = await call('POST', 'trees', {
                tree: [{ path: _state_commits_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE_TREE */ .hf.path, mode: '100644', type: 'blob', content: _state_commits_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE_TREE */ .hf.content }]
            });
            if (field(okBody(made, 201), 'sha') !== _state_commits_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE_TREE */ .hf.sha)
                return unavailable('write', made);
            created = await call('POST', 'commits', body);
        }
        const sha = field(okBody(created, 201), 'sha');
        if (sha === commit.sha)
            return undefined;
        if (typeof sha !== 'string')
            return unavailable('write', created);
        return {
            kind: 'unavailable',
            reason: `the alert state in ${options.repository}: the host gave a state commit the id ${sha}, not git's ${commit.sha}`,
            advice: 'please report this with the host and its version'
        };
    }
    function unavailable(what, reply) {
        const where = `the alert state in ${options.repository}`;
        if (reply instanceof Error) {
            return {
                kind: 'unavailable',
                reason: `could not ${what} ${where}: ${reply.message}`,
                advice: 'the next alert tries again'
            };
        }
        const said = `${reply.status} ${serviceMessage(reply)}`.trim();
        const reason = `could not ${what} ${where} (${said})`;
        if (reply.status === 403 && !/rate limit/i.test(reply.body))
            return { kind: 'unavailable', reason, advice: PERMISSION_ADVICE };
        if (reply.status === 404)
            return {
                kind: 'unavailable',
                reason,
                advice: `check that the token can see ${options.repository}; ${PERMISSION_ADVICE}`
            };
        if (reply.status === 409)
            return {
                kind: 'unavailable',
                reason,
                advice: 'the repository has no commit yet: push one (any file), or keep the state in a dedicated repository'
            };
        return { kind: 'unavailable', reason, advice: 'the next alert tries again' };
    }
    const refPath = (name) => `refs/${name.slice('refs/'.length)}`;
    return {
        list,
        create: (name, commit) => setRef(commit, () => call('POST', 'refs', { ref: name, sha: commit.sha })),
        move: (name, commit, force) => setRef(commit, () => call('PATCH', refPath(name), { sha: commit.sha, force })),
        async remove(name) {
            const reply = await call('DELETE', refPath(name));
            if (isStatus(reply, 204))
                return { kind: 'done' };
            if (isStatus(reply, 422) && /does not exist/i.test(reply.body))
                return { kind: 'conflict' };
            return unavailable('write', reply);
        }
    };
}
function isStatus(reply, status) {
    return !(reply instanceof Error) && reply.status === status;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The JSON body of a reply with the expected status, or undefined. */
function okBody(reply, status) {
    if (!isStatus(reply, status))
        return undefined;
    try {
        return JSON.parse(reply.body);
    }
    catch {
        return undefined;
    }
}
function field(body, name) {
    return isRecord(body) ? body[name] : undefined;
}
/** The reply's `message`, first line, bounded; the body's start when it is not JSON with one. */
function serviceMessage(reply) {
    let text = reply.body;
    try {
        const body = JSON.parse(reply.body);
        if (typeof body === 'object' && body !== null && typeof body.message === 'string')
            text = body.message;
    }
    catch {
        // not JSON: the text as is
    }
    return text.split('\n')[0].slice(0, 200);
}


/***/ }),

/***/ 83:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ke: () => (/* binding */ markedMembers),
/* harmony export */   Q1: () => (/* binding */ problemPrefix),
/* harmony export */   RA: () => (/* binding */ readSnapshot),
/* harmony export */   jS: () => (/* binding */ fingerprintHash),
/* harmony export */   uN: () => (/* binding */ recordRefName),
/* harmony export */   vi: () => (/* binding */ memberRefName)
/* harmony export */ });
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5412);
/* harmony import */ var _state_commits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6165);
/**
 * Where a problem's state lives: the refs under `refs/dagster-alert-relay/problems/<key hash>/`, and what one
 * listing of them (a single GET) says. Everything a run needs is in the refs' names and the shared commits they
 * point at (state-commits.ts), so reading a problem never fetches a commit:
 *
 * - `member/<fingerprint hash>-<label>`: one per member (alert fingerprint), pointing at the commit of its episode,
 *   status and occurrences; a member joins with one request and the refs of 100 members never conflict.
 * - `message/<episode>-<opened>-<posted>/<reference>`: the message that shows an episode (the platform's
 *   reference, Base64url in the name), written once by the run that posted it.
 * - `lease`: present while one run edits the message; only the holder posts or edits.
 * - `shown`: how many edits holders have made while other runs waited (a chain that only moves forward).
 */


const STATE_NAMESPACE = 'refs/dagster-alert-relay/problems/';
/** Labels longer than this many bytes are cut (at a character) in ref names. */
const MAX_LABEL_BYTES = 60;
const FINGERPRINT_HASH_LENGTH = 20;
/** The folder of a problem's refs: the key hashed, so any key makes a valid ref name. */
function problemPrefix(key) {
    return `${STATE_NAMESPACE}${(0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(key).slice(0, 40)}/`;
}
function fingerprintHash(fingerprint) {
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(fingerprint).slice(0, FINGERPRINT_HASH_LENGTH);
}
function memberRefName(prefix, fingerprint, label) {
    const encoded = Buffer.from(cutToBytes(label, MAX_LABEL_BYTES)).toString('base64url');
    return `${prefix}member/${fingerprintHash(fingerprint)}${encoded === '' ? '' : `-${encoded}`}`;
}
/** The ref of a message record, or undefined when the reference is too long for a ref name. */
function recordRefName(prefix, record) {
    const { message, channel = '', thread = '' } = record.message;
    const reference = Buffer.from(JSON.stringify([message, channel, thread])).toString('base64url');
    if (reference.length > 200)
        return undefined;
    return `${prefix}message/${record.episode}-${record.openedAt}-${record.postedAt}/${reference}`;
}
/**
 * What the refs under `prefix` say. Names that are not the action's are ignored: anyone who can push can add refs.
 */
function readSnapshot(prefix, refs) {
    const snapshot = { shown: 0, records: [], members: new Map() };
    for (const { name, sha } of refs) {
        if (!name.startsWith(prefix))
            continue;
        const rest = name.slice(prefix.length);
        if (rest === 'lease')
            snapshot.lease = sha;
        else if (rest === 'shown')
            snapshot.shown = (0,_state_commits_js__WEBPACK_IMPORTED_MODULE_1__/* .shownCount */ .LF)(sha);
        else if (rest.startsWith('message/')) {
            const record = parseRecord(name, rest.slice('message/'.length));
            if (record)
                snapshot.records.push(record);
        }
        else if (rest.startsWith('member/')) {
            const member = parseMember(name, sha, rest.slice('member/'.length));
            if (member)
                snapshot.members.set(member.hash, member.ref);
        }
    }
    snapshot.records.sort((a, b) => a.episode - b.episode || a.postedAt - b.postedAt);
    return snapshot;
}
/** The member refs' marks for these episodes (others are left out: an earlier episode's members are not shown). */
function markedMembers(snapshot, episodes) {
    const marked = [];
    for (const [hash, member] of snapshot.members) {
        const mark = (0,_state_commits_js__WEBPACK_IMPORTED_MODULE_1__/* .memberMark */ .mz)(member.sha, episodes);
        if (mark)
            marked.push({ hash, member, mark });
    }
    return marked;
}
function parseRecord(ref, rest) {
    const match = /^(\d{1,9})-(\d{1,15})-(\d{1,15})\/([A-Za-z0-9_-]{1,200})$/.exec(rest);
    if (!match)
        return undefined;
    let parts;
    try {
        parts = JSON.parse(Buffer.from(match[4], 'base64url').toString());
    }
    catch {
        return undefined;
    }
    if (!Array.isArray(parts) || parts.length !== 3 || !parts.every(part => typeof part === 'string'))
        return undefined;
    const [message, channel, thread] = parts;
    if (message === '')
        return undefined;
    return {
        ref,
        episode: Number(match[1]),
        openedAt: Number(match[2]),
        postedAt: Number(match[3]),
        message: { message, ...(channel !== '' && { channel }), ...(thread !== '' && { thread }) }
    };
}
function parseMember(ref, sha, rest) {
    const match = /^([0-9a-f]{20})(?:-([A-Za-z0-9_-]{1,100}))?$/.exec(rest);
    if (!match)
        return undefined;
    const label = match[2] === undefined ? '' : Buffer.from(match[2], 'base64url').toString();
    return { hash: match[1], ref: { ref, label, sha } };
}
/** The longest start of `text` of at most `bytes` UTF-8 bytes that ends at a whole character. */
function cutToBytes(text, bytes) {
    let cut = '';
    let used = 0;
    for (const char of text) {
        used += Buffer.byteLength(char);
        if (used > bytes)
            break;
        cut += char;
    }
    return cut;
}


/***/ }),

/***/ 6165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F1: () => (/* binding */ LEASE_COMMIT),
/* harmony export */   LF: () => (/* binding */ shownCount),
/* harmony export */   UO: () => (/* binding */ memberCommit),
/* harmony export */   Z0: () => (/* binding */ takeoverCommit),
/* harmony export */   c: () => (/* binding */ STATE_PERSON),
/* harmony export */   h2: () => (/* binding */ MAX_COUNTED_OCCURRENCES),
/* harmony export */   hf: () => (/* binding */ STATE_TREE),
/* harmony export */   jW: () => (/* binding */ shownCommit),
/* harmony export */   mz: () => (/* binding */ memberMark),
/* harmony export */   yS: () => (/* binding */ RECORD_COMMIT)
/* harmony export */ });
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5412);
/**
 * The commits the state refs point at. All but a takeover's are shared by every problem of a repository and have
 * fixed content (tree, author and committer with a fixed date, message), so their ids are git's object ids of that
 * content, computed here without a request: a ref can be set to one with a single request, and a run tells what a
 * ref means from the id the listing gives. Each is created once per repository, the first time a ref needs it.
 */

/**
 * The one tree every state commit points at: a note saying what the refs are. Its id is fixed by its content
 * (git's object id); a test checks it against git's own computation.
 */
const STATE_TREE = {
    sha: '398e41be1c8998764fd26425e3a6439c0fd0198a',
    path: 'README.md',
    content: 'State of dagster-alert-relay: each ref under refs/dagster-alert-relay/problems/ is one problem,\n' +
        "and the message of the commit it points at holds that problem's state. Safe to delete.\n"
};
/** Author and committer of every state commit; the fixed date makes the ids independent of when they are made. */
const STATE_PERSON = {
    name: 'dagster-alert-relay',
    email: 'dagster-alert-relay@users.noreply.github.com',
    date: '2000-01-01T00:00:00Z'
};
/** The commit with this message and parents on the state tree, by the state person. */
function stateCommit(message, parents = []) {
    const seconds = Date.parse(STATE_PERSON.date) / 1000;
    const signature = `${STATE_PERSON.name} <${STATE_PERSON.email}> ${seconds} +0000`;
    const body = [
        `tree ${STATE_TREE.sha}`,
        ...parents.map(parent => `parent ${parent}`),
        `author ${signature}`,
        `committer ${signature}`,
        '',
        message
    ].join('\n');
    return { sha: (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .sha1Hex */ .Ru)(`commit ${Buffer.byteLength(body)}\0${body}`), message, parents };
}
function memberCommit(mark) {
    return stateCommit(`dagster-alert-relay member: episode ${mark.episode}, ${mark.status}, occurrence ${mark.occurrences}\n`);
}
/** The lease an editing run holds while it edits a problem's message (only it posts or edits). */
const LEASE_COMMIT = stateCommit('dagster-alert-relay lease: a run is editing this message\n');
/** What a message record ref points at: the record is in the ref's name. */
const RECORD_COMMIT = stateCommit("dagster-alert-relay message: the ref's name says which\n");
/** A run taking over a lease whose holder stopped moving: unique, so two runs cannot both take it over. */
function takeoverCommit(lease, run, at) {
    return stateCommit(`dagster-alert-relay lease taken over by ${run} at ${new Date(at).toISOString()}\n`, [lease]);
}
/** Edits shown, as a chain (each commit the parent of the next) so the `shown` ref moves only forward. */
function shownCommit(count) {
    return stateCommit(`dagster-alert-relay shown: edit ${count}\n`, count > 1 ? [shownChain(count - 1)] : []);
}
/** The most occurrences a member ref counts; more show as this many. */
const MAX_COUNTED_OCCURRENCES = 1000;
/** The chain of `shown` commits is walked this far to read a ref (about 0.1 s); beyond, a ref reads as unknown. */
const MAX_SHOWN = 100_000;
const shownIds = [];
const shownCounts = new Map();
function shownChain(count) {
    while (shownIds.length < count) {
        const next = shownIds.length + 1;
        const message = `dagster-alert-relay shown: edit ${next}\n`;
        const sha = stateCommit(message, next > 1 ? [shownIds[next - 2]] : []).sha;
        shownIds.push(sha);
        shownCounts.set(sha, next);
    }
    return shownIds[count - 1];
}
/** How many edits a `shown` ref's commit counts, or undefined for a commit that is not one. */
function shownCount(sha) {
    let known = shownCounts.get(sha);
    // Walked on in doubling steps: a ref far down the chain costs a few passes, an unknown one the whole chain once.
    for (let reach = Math.max(64, shownIds.length * 2); known === undefined && shownIds.length < MAX_SHOWN;) {
        shownChain(Math.min(reach, MAX_SHOWN));
        known = shownCounts.get(sha);
        reach *= 2;
    }
    return known;
}
const marks = new Map();
const markedEpisodes = new Map();
/**
 * What a member commit says, for the episodes asked about; undefined for any other commit (another episode's, or
 * not a member commit). Occurrences are looked up in doubling steps up to MAX_COUNTED_OCCURRENCES.
 */
function memberMark(sha, episodes) {
    let found = marks.get(sha);
    for (let reach = 16; found === undefined && reach <= MAX_COUNTED_OCCURRENCES * 2; reach *= 2) {
        for (const episode of episodes) {
            const from = markedEpisodes.get(episode) ?? 0;
            const to = Math.min(reach, MAX_COUNTED_OCCURRENCES);
            for (let occurrences = from + 1; occurrences <= to; occurrences++) {
                for (const status of ['failing', 'recovered']) {
                    const mark = { episode, status, occurrences };
                    marks.set(memberCommit(mark).sha, mark);
                }
            }
            markedEpisodes.set(episode, Math.max(from, to));
        }
        found = marks.get(sha);
    }
    return found && episodes.includes(found.episode) ? found : undefined;
}


/***/ })

};

//# sourceMappingURL=350.index.js.map