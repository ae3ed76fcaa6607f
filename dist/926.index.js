export const id = 926;
export const ids = [926];
export const modules = {

/***/ 6926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deliverProblemMessage: () => (/* binding */ deliverProblemMessage)
});

// EXTERNAL MODULE: ./src/delivery/deliver.ts + 1 modules
var deliver = __webpack_require__(3616);
// EXTERNAL MODULE: ./src/delivery/follow-up.ts
var follow_up = __webpack_require__(953);
// EXTERNAL MODULE: ./src/delivery/wait-budget.ts
var wait_budget = __webpack_require__(1293);
// EXTERNAL MODULE: ./src/hash.ts + 1 modules
var hash = __webpack_require__(5412);
;// CONCATENATED MODULE: ./src/memory/state-commits.ts
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
    return { sha: (0,hash/* sha1Hex */.Ru)(`commit ${Buffer.byteLength(body)}\0${body}`), message, parents };
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

;// CONCATENATED MODULE: ./src/memory/git-ref-store.ts

const PERMISSION_ADVICE = 'give the workflow job `permissions: contents: write` (the state is kept as git refs under ' +
    'refs/dagster-alert-relay/, never on a branch); if the relay workflow must not write to this repository, run it ' +
    'from a dedicated repository that only relays alerts';
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
            tree: STATE_TREE.sha,
            parents: commit.parents,
            author: STATE_PERSON,
            committer: STATE_PERSON
        };
        let created = await call('POST', 'commits', body);
        if (isStatus(created, 422) && /tree sha does not exist/i.test(created.body)) {
            const made = await call('POST', 'trees', {
                tree: [{ path: STATE_TREE.path, mode: '100644', type: 'blob', content: STATE_TREE.content }]
            });
            if (field(okBody(made, 201), 'sha') !== STATE_TREE.sha)
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
            advice: 'the alert is sent as a new message; please report this with the host and its version'
        };
    }
    function unavailable(what, reply) {
        const where = `the alert state in ${options.repository}`;
        if (reply instanceof Error) {
            return {
                kind: 'unavailable',
                reason: `could not ${what} ${where}: ${reply.message}`,
                advice: 'the alert is sent as a new message; the next alert tries again'
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
        return { kind: 'unavailable', reason, advice: 'the alert is sent as a new message; the next alert tries again' };
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

;// CONCATENATED MODULE: ./src/memory/problem-refs.ts
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
    return `${STATE_NAMESPACE}${(0,hash/* sha256Hex */.fg)(key).slice(0, 40)}/`;
}
function fingerprintHash(fingerprint) {
    return (0,hash/* sha256Hex */.fg)(fingerprint).slice(0, FINGERPRINT_HASH_LENGTH);
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
            snapshot.shown = shownCount(sha);
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
        const mark = memberMark(member.sha, episodes);
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

;// CONCATENATED MODULE: ./src/memory/problem-view.ts
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

;// CONCATENATED MODULE: ./src/memory/problem-run.ts


/** Members named in the view; beyond, "and N more". */
const MAX_LISTED_MEMBERS = 100;
class ProblemRun {
    facts;
    deps;
    t;
    prefix;
    leaseRef;
    shownRef;
    hash;
    maxListed;
    /** The others' members as listed before this run wrote its own. */
    othersBefore = new Map();
    /** The members as listed before this run wrote its own: what the message showed, for the first thread reply. */
    membersBefore = new Map();
    /** The newest alert time a view includes. */
    latestAt;
    constructor(facts, deps, t) {
        this.facts = facts;
        this.deps = deps;
        this.t = t;
        // A sample alert's key cannot be a real one's: the real ones do not start with a line break.
        const key = facts.sample ? `\nsample\n${facts.key}` : facts.key;
        this.prefix = problemPrefix(`${facts.destination}\n${key}`);
        this.leaseRef = `${this.prefix}lease`;
        this.shownRef = `${this.prefix}shown`;
        this.hash = fingerprintHash(facts.fingerprint);
        this.maxListed = deps.maxListed ?? MAX_LISTED_MEMBERS;
        this.latestAt = facts.at;
    }
    /** The alert as a message of its own, with a warning saying why: state never costs an alert. */
    async alone(why) {
        const reason = typeof why === 'string' ? why : `${why.reason}; ${why.advice}`;
        const mark = { episode: 1, status: this.facts.status, occurrences: 1 };
        const view = problemView([{ label: this.label(), mark }], this.viewContext(this.facts.at));
        const message = await this.deps.chat.post(view);
        this.deps.warn(`the alert was sent as a message of its own, not folded into its problem's message: ${reason}`);
        return { kind: 'posted-alone', message, view, reason };
    }
    async list() {
        const listed = await this.deps.store.list(this.prefix);
        if (listed.kind === 'unavailable')
            return listed;
        return { kind: 'listed', snapshot: readSnapshot(this.prefix, listed.refs) };
    }
    viewMembers(snapshot, episode = currentEpisode(snapshot)) {
        const members = new Map();
        for (const { hash, member, mark } of markedMembers(snapshot, [episode]))
            members.set(hash, { label: member.label || hash, mark });
        return members;
    }
    view(snapshot, members, record) {
        if (this.othersChanged(snapshot) > 0)
            this.latestAt = Math.max(this.latestAt, this.deps.now());
        return problemView([...members.values()], this.viewContext(record?.openedAt ?? this.facts.at));
    }
    viewContext(openedAt) {
        return {
            key: this.facts.key,
            sample: this.facts.sample,
            openedAt,
            lastSeenAt: this.latestAt,
            latestText: this.facts.text,
            maxListed: this.maxListed
        };
    }
    label() {
        return this.facts.label || this.hash;
    }
    /** The other members' refs (commit by fingerprint hash). */
    others(snapshot) {
        const others = new Map();
        for (const [hash, member] of snapshot.members)
            if (hash !== this.hash)
                others.set(hash, member.sha);
        return others;
    }
    /** How many other members changed since this run first listed: other runs wrote (and may be waiting). */
    othersChanged(snapshot) {
        let changed = 0;
        for (const [hash, sha] of this.others(snapshot))
            if (this.othersBefore.get(hash) !== sha)
                changed++;
        return changed;
    }
    /** `ms` spread by ±25 %, so runs that wait together return apart. */
    spread(ms) {
        return ms * (0.75 + this.deps.random() * 0.5);
    }
}
/** The newest episode the refs know: of the newest record, or one a member already joined (its message may be due). */
function currentEpisode(snapshot) {
    const recorded = snapshot.records.at(-1)?.episode ?? 0;
    const candidates = [recorded, recorded + 1, recorded + 2].filter(episode => episode > 0);
    let episode = recorded;
    for (const { mark } of markedMembers(snapshot, candidates))
        episode = Math.max(episode, mark.episode);
    return episode;
}

;// CONCATENATED MODULE: ./src/memory/lease-holder.ts




/** Other members changed in one holder's session from which it takes the session for a storm. */
const STORM_MEMBERS = 30;
class LeaseHolder extends ProblemRun {
    /** Posts or edits the message while holding the lease, until the members stop changing; then releases it. */
    async hold(lease) {
        const started = this.deps.now();
        let shown;
        let posted;
        let result;
        let lastChange = started;
        let count = 0;
        let advancing;
        /** An edit not yet counted, or counted while another could have been under way: count once more. */
        let uncounted = false;
        let pace = this.t.editPaceMs;
        const writes = [];
        for (;;) {
            const idle = advancing === undefined;
            const read = await this.list();
            if (read.kind === 'unavailable') {
                if (result)
                    return result;
                return this.alone(read);
            }
            const snapshot = read.snapshot;
            if (snapshot.lease !== lease) {
                // Taken over: the new holder edits from here on.
                if (result)
                    return result;
                return this.alone('another run took over the message before this run could show its alert');
            }
            count = Math.max(count, snapshot.shown ?? 0);
            const othersChanged = this.othersChanged(snapshot);
            const othersSeen = othersChanged > 0;
            const episode = currentEpisode(snapshot);
            const members = this.viewMembers(snapshot, episode);
            const recorded = snapshot.records.filter(record => record.episode === episode).at(-1);
            const record = posted && posted.episode === episode && (!recorded || posted.postedAt >= recorded.postedAt) ? posted : recorded;
            const view = this.view(snapshot, members, record);
            let changed = false;
            if (!record || (view.state === 'failing' && this.deps.now() - record.postedAt >= this.t.renotifyMs)) {
                posted = await this.post(view, episode, record, writes);
                result = { kind: 'posted', message: posted.message, view };
                changed = true;
            }
            else if (!shown || signature(members) !== signature(shown)) {
                try {
                    await this.deps.chat.edit(record.message, view);
                    result = result?.kind === 'posted' ? { ...result, view } : { kind: 'edited', message: record.message, view };
                    await this.reply(record.message, changeReply(shown ?? this.membersBefore, members));
                }
                catch (error) {
                    this.deps.warn(`could not edit the message of ${this.facts.key} (${describe(error)}); posting a new one`);
                    posted = await this.post(view, episode, record, writes);
                    result = { kind: 'posted', message: posted.message, view };
                }
                changed = true;
            }
            shown = members;
            if (changed)
                lastChange = this.deps.now();
            if (othersSeen && (changed || uncounted)) {
                if (idle) {
                    // This listing came after the count was last moved: moving it on says "an edit shows all recorded then".
                    const from = count;
                    uncounted = changed;
                    advancing = this.count(from, snapshot.shown === undefined).then(moved => {
                        if (moved)
                            count = Math.max(count, from + 1);
                        advancing = undefined;
                    });
                }
                else
                    uncounted = true;
            }
            // A storm's holder stays as long as it has been busy (within bounds): members held up by the state host's
            // content-creation limit arrive late, and a second session would cost more requests than staying.
            const quiet = othersChanged >= STORM_MEMBERS
                ? this.t.stormQuietMs
                : othersSeen
                    ? Math.min(Math.max(lastChange - started, this.t.quietMinMs), this.t.quietMaxMs)
                    : 0;
            const settled = !uncounted && this.deps.now() - lastChange >= quiet;
            if (settled || this.deps.now() - started >= this.t.maxWaitMs) {
                await advancing;
                await Promise.all(writes);
                const released = await this.deps.store.remove(this.leaseRef);
                if (released.kind === 'unavailable')
                    this.deps.warn(`could not release the lease on ${this.facts.key}: ${released.reason}; the next run waits it out`);
                return result ?? { kind: 'shown', view };
            }
            // Listings slow down while nothing changes (each is a request against the state host's 1,000 an hour).
            pace = changed ? this.t.editPaceMs : Math.min(pace * 2, this.t.editPaceMs * 4);
            await this.deps.sleep(this.spread(pace));
        }
    }
    /** Posts the message of an episode and records it (in the background: edits need not wait for the state host). */
    async post(view, episode, previous, writes) {
        let message;
        try {
            message = await this.deps.chat.post(view);
        }
        catch (error) {
            await this.deps.store.remove(this.leaseRef).catch(() => undefined);
            throw error;
        }
        const now = this.deps.now();
        const record = {
            ref: '',
            episode,
            openedAt: previous && previous.episode === episode ? previous.openedAt : now,
            postedAt: now,
            message
        };
        writes.push(this.writeRecord(record, previous));
        return record;
    }
    async writeRecord(record, previous) {
        const name = recordRefName(this.prefix, record);
        if (name === undefined) {
            this.deps.warn(`the message reference of ${this.facts.key} is too long to keep; the next alert posts anew`);
            return;
        }
        const written = await this.deps.store.create(name, RECORD_COMMIT);
        if (written.kind === 'unavailable') {
            this.deps.warn(`could not record the message of ${this.facts.key}: ${written.reason}; ${written.advice}`);
            return;
        }
        if (previous?.ref)
            await this.deps.store.remove(previous.ref);
    }
    /** Moves `shown` from `from` to the next count; false when another run moved it first or it cannot be written. */
    async count(from, unreadable) {
        const next = shownCommit(from + 1);
        const moved = from === 0 && !unreadable
            ? await this.deps.store.create(this.shownRef, next)
            : await this.deps.store.move(this.shownRef, next, unreadable);
        if (moved.kind === 'unavailable')
            this.deps.warn(`could not count an edit of ${this.facts.key}: ${moved.reason}`);
        return moved.kind === 'done';
    }
    async reply(message, text) {
        if (!text || !this.deps.chat.reply)
            return;
        try {
            await this.deps.chat.reply(message, text);
        }
        catch (error) {
            this.deps.warn(`could not reply in the thread of ${this.facts.key}: ${describe(error)}`);
        }
    }
}
function signature(members) {
    return [...members]
        .map(([hash, { mark }]) => `${hash}:${mark.episode}:${mark.status}:${mark.occurrences}`)
        .sort()
        .join(',');
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/memory/lifecycle.ts




const DEFAULT_TIMINGS = {
    renotifyMs: 24 * 3_600_000,
    editPaceMs: 2_500,
    firstPollMs: 6_000,
    maxPollMs: 30_000,
    stallMs: 90_000,
    quietMinMs: 5_000,
    quietMaxMs: 30_000,
    stormQuietMs: 65_000,
    rankSlotMs: 50,
    maxWaitMs: 600_000
};
const MAX_RANK = 40;
async function runLifecycle(facts, deps) {
    return new LifecycleRun(facts, deps, { ...DEFAULT_TIMINGS, ...deps.timings }).run();
}
/** The run of one alert: records its member, then waits until the message shows it, or takes the lease and shows it. */
class LifecycleRun extends LeaseHolder {
    episode = 1;
    writtenAt = 0;
    rankDelayMs = 0;
    /** Whether a run held the lease when this run first listed. */
    leaseBefore = false;
    async run() {
        const first = await this.list();
        if (first.kind === 'unavailable')
            return this.alone(first);
        const snapshot = first.snapshot;
        this.othersBefore = this.others(snapshot);
        this.leaseBefore = snapshot.lease !== undefined;
        const current = currentEpisode(snapshot);
        this.episode = current === 0 ? 1 : current;
        if (this.facts.status === 'failing' &&
            snapshot.records.some(record => record.episode === this.episode) &&
            episodeState(snapshot, this.episode) === 'resolved')
            this.episode++;
        const written = await this.recordMember(snapshot);
        if (written)
            return this.alone(written);
        this.membersBefore = this.viewMembers(snapshot, this.episode);
        this.writtenAt = this.deps.now();
        return this.waitUntilShown();
    }
    /** Sets this run's member ref to its new mark; a refusal when the state cannot be written. */
    async recordMember(snapshot) {
        let known = snapshot.members.get(this.hash);
        for (let attempt = 0; attempt < 3; attempt++) {
            const before = known && memberMark(known.sha, [this.episode]);
            const mark = {
                episode: this.episode,
                status: this.facts.status,
                occurrences: Math.min((before?.occurrences ?? 0) + 1, MAX_COUNTED_OCCURRENCES)
            };
            const commit = memberCommit(mark);
            const name = known?.ref ?? memberRefName(this.prefix, this.facts.fingerprint, this.facts.label);
            const written = known
                ? await this.deps.store.move(name, commit, true)
                : await this.deps.store.create(name, commit);
            if (written.kind === 'unavailable')
                return written;
            if (written.kind === 'done') {
                this.rankDelayMs = this.rankDelay(mark);
                return undefined;
            }
            // Another run of this member created (or removed) the ref meanwhile: count on top of what it wrote.
            const again = await this.list();
            if (again.kind === 'unavailable')
                return again;
            known = again.snapshot.members.get(this.hash);
        }
        return {
            kind: 'unavailable',
            reason: `the ref of this member of ${this.facts.key} kept changing while this run wrote it`,
            advice: 'the alert is sent as a new message; the next alert tries again'
        };
    }
    /**
     * Runs that find no lease try for it one after another, so a storm's runs do not all ask at once: a repeat at
     * once, a new member at a point of a short window given by its fingerprint (a storm's members spread over it).
     */
    rankDelay(mark) {
        const spread = this.deps.random() * this.t.rankSlotMs;
        if (mark.occurrences > 1)
            return spread;
        const place = Number.parseInt(this.hash.slice(0, 8), 16) / 2 ** 32;
        return place * MAX_RANK * this.t.rankSlotMs + spread;
    }
    async waitUntilShown() {
        let observed;
        let lastLease;
        let lastShown;
        let lastMove = this.deps.now();
        let pollMs = this.t.firstPollMs;
        // With no holder, this run's turn for the lease comes after its rank delay; with one, look at once (the count
        // this run starts from must be read after its member was written).
        let delay = this.leaseBefore ? 0 : this.rankDelayMs;
        for (;;) {
            if (this.deps.now() - this.writtenAt > this.t.maxWaitMs)
                return this.alone(`no run showed this alert within ${Math.round(this.t.maxWaitMs / 1000)} s`);
            if (delay > 0)
                await this.deps.sleep(delay);
            const read = await this.list();
            if (read.kind === 'unavailable')
                return this.alone(read);
            const snapshot = read.snapshot;
            // The count when this run first looked after writing its member: two more, and an edit shows it.
            observed ??= snapshot.shown ?? Number.POSITIVE_INFINITY;
            if (snapshot.lease === undefined) {
                // No holder (or it left before two counts): this run edits itself.
                const taken = await this.deps.store.create(this.leaseRef, LEASE_COMMIT);
                if (taken.kind === 'unavailable')
                    return this.alone(taken);
                if (taken.kind === 'done')
                    return this.hold(LEASE_COMMIT.sha);
                delay = this.t.rankSlotMs;
                continue;
            }
            if (snapshot.shown !== undefined && snapshot.shown >= observed + 2)
                return { kind: 'shown', view: this.view(snapshot, this.viewMembers(snapshot), snapshot.records.at(-1)) };
            if (snapshot.lease !== lastLease || snapshot.shown !== lastShown) {
                lastLease = snapshot.lease;
                lastShown = snapshot.shown;
                lastMove = this.deps.now();
            }
            else if (this.deps.now() - lastMove >= this.t.stallMs) {
                const commit = takeoverCommit(snapshot.lease, this.deps.run, this.deps.now());
                const taken = await this.deps.store.move(this.leaseRef, commit, false);
                if (taken.kind === 'unavailable')
                    return this.alone(taken);
                if (taken.kind === 'done') {
                    this.deps.warn(`the run editing the message of ${this.facts.key} did not move for ${Math.round(this.t.stallMs / 1000)} s; ` +
                        'this run took over (if that run had posted without recording it, the problem now has two messages)');
                    return this.hold(commit.sha);
                }
                lastMove = this.deps.now();
            }
            delay = this.spread(pollMs);
            pollMs = Math.min(pollMs * 2, this.t.maxPollMs);
        }
    }
}
function episodeState(snapshot, episode) {
    const marks = markedMembers(snapshot, [episode]);
    return marks.length > 0 && marks.every(({ mark }) => mark.status === 'recovered') ? 'resolved' : 'failing';
}

;// CONCATENATED MODULE: ./src/memory/problem-delivery.ts
/**
 * One message per problem on a chat platform, for one alert: the alert's facts, the state store (git refs of the
 * workflow's repository with the `token` input) and the platform's chat, handed to the lifecycle; what it did becomes
 * the step's outcome. Loaded only by runs that ask for it (`repeat: comment` or `resolve: close` on chat).
 */





const WARNING_PATH = 'repeat';
/** The state host's request buckets: the hour's requests, reset at an epoch second. */
const STATE_RATE_LIMIT_HEADERS = [
    { remaining: 'x-ratelimit-remaining', reset: 'x-ratelimit-reset', resetIn: 'epoch-seconds' }
];
/** Without a Retry-After or a spent bucket, the state host asks for at least a minute. */
const STATE_RATE_LIMIT_WAIT_SECONDS = 60;
/**
 * The state host's rate limits (a 403 or 429 with Retry-After, a spent hour, or saying so): waits, not refusals.
 * Any other refusal is the store's to read (no permission: the alert goes out alone, with a warning).
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
async function deliverProblemMessage(delivery) {
    const { platform, payload, ctx, options, deps, warn } = delivery;
    const name = platform.descriptor.displayName;
    const asToday = () => (0,deliver/* deliver */.cK)(platform, payload, ctx, options, deps);
    if (!platform.problemMessages) {
        warn({
            path: WARNING_PATH,
            message: `${name} cannot edit the messages it posts, so repeat and resolve do not apply: each alert is a message of its own`
        });
        return asToday();
    }
    const messages = await platform.problemMessages();
    const budget = new wait_budget/* WaitBudget */.T(name, options, deps);
    const send = (0,follow_up/* followUpSender */.qg)(name, budget, deps, (0,follow_up/* platformRetryReading */.Ku)(platform, ctx));
    const chatDelivery = { payload, ctx, send };
    const chat = messages.chat(chatDelivery);
    if ('cannot' in chat) {
        warn({ path: WARNING_PATH, message: `${chat.cannot}; each alert is a message of its own` });
        return asToday();
    }
    const repository = delivery.env.GITHUB_REPOSITORY;
    if (!repository || !delivery.token) {
        warn({
            path: WARNING_PATH,
            message: 'one message per problem keeps its state in the workflow repository, and this run has no GITHUB_REPOSITORY ' +
                'or token: the alert is a message of its own'
        });
        return asToday();
    }
    const stateOptions = { ...options, rateLimitHeaders: STATE_RATE_LIMIT_HEADERS };
    const store = gitRefStore({
        apiUrl: delivery.env.GITHUB_API_URL || 'https://api.github.com',
        repository,
        token: delivery.token,
        send: (0,follow_up/* followUpSender */.qg)('the alert state', new wait_budget/* WaitBudget */.T('the alert state', stateOptions, deps), deps, stateRateLimit)
    });
    const facts = await alertFacts(delivery, messages.destination(ctx));
    const outcome = await runLifecycle(facts, {
        store,
        chat,
        now: () => deps.now().getTime(),
        sleep: deps.sleep,
        random: deps.random,
        warn: message => warn({ path: WARNING_PATH, message: deps.secrets.redact(message) }),
        run: `${delivery.env.GITHUB_RUN_ID ?? 'local'}-${delivery.env.GITHUB_RUN_ATTEMPT ?? '1'}`,
        timings: { renotifyMs: delivery.problemMessages.renotifyHours * 3_600_000 }
    });
    const url = 'message' in outcome ? await messages.link(outcome.message, chatDelivery) : '';
    return {
        status: statusOf(outcome),
        url,
        id: 'message' in outcome ? outcome.message.message : '',
        attempts: 1,
        response: '',
        notice: noticeOf(outcome, facts.key)
    };
}
/** The alert as the lifecycle sees it: its problem (the rendered dedupe-key), member, status, label and text. */
async function alertFacts(delivery, destination) {
    const { alert, derived, scope, tracking } = delivery;
    const plan = await __webpack_require__.e(/* import() */ 826).then(__webpack_require__.bind(__webpack_require__, 6826));
    await plan.loadDedupeKeyModules(tracking.dedupeKey);
    const text = (name) => {
        const value = alert[name];
        return typeof value === 'string' && value.trim() !== '' ? value : undefined;
    };
    return {
        destination,
        key: plan.renderDedupeKey(tracking.dedupeKey, scope),
        fingerprint: derived.fingerprint,
        label: text('asset_key') ?? text('job_name') ?? text('alert_policy_name') ?? derived.fingerprint,
        status: derived.is_recovery ? 'recovered' : 'failing',
        sample: alert.is_sample === true,
        text: text('alert_summary') ?? text('alert_policy_name') ?? 'Dagster+ alert',
        at: delivery.deps.now().getTime()
    };
}
function statusOf(outcome) {
    if (outcome.kind === 'posted' || outcome.kind === 'posted-alone')
        return 'sent';
    return outcome.view.state === 'resolved' ? 'resolved' : 'commented';
}
/** What happened, as the summary says it: "updated the message of `orders` (3 failing, 1 recovered)". */
function noticeOf(outcome, key) {
    const counts = (view) => view.state === 'resolved'
        ? `resolved after ${view.resolvedAfterMinutes ?? 0} min`
        : `${view.counts.failing} failing, ${view.counts.recovered} recovered`;
    switch (outcome.kind) {
        case 'posted':
            return `posted the message of \`${key}\` (${counts(outcome.view)})`;
        case 'edited':
            return `updated the message of \`${key}\` (${counts(outcome.view)})`;
        case 'shown':
            return `another run's update of the message of \`${key}\` shows this alert (${counts(outcome.view)})`;
        case 'posted-alone':
            return `posted as a message of its own, not in the message of \`${key}\`: ${outcome.reason}`;
    }
}


/***/ })

};

//# sourceMappingURL=926.index.js.map