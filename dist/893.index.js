export const id = 893;
export const ids = [893];
export const modules = {

/***/ 2893:
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
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/memory/alert-member.ts
var alert_member = __webpack_require__(6912);
// EXTERNAL MODULE: ./src/memory/git-ref-store.ts
var git_ref_store = __webpack_require__(6283);
// EXTERNAL MODULE: ./src/memory/problem-refs.ts
var problem_refs = __webpack_require__(83);
// EXTERNAL MODULE: ./src/memory/problem-view.ts
var problem_view = __webpack_require__(7800);
;// CONCATENATED MODULE: ./src/memory/problem-run.ts


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
        this.prefix = (0,problem_refs/* problemPrefix */.Q1)(`${facts.destination}\n${key}`);
        this.leaseRef = `${this.prefix}lease`;
        this.shownRef = `${this.prefix}shown`;
        this.hash = (0,problem_refs/* fingerprintHash */.jS)(facts.fingerprint);
        this.maxListed = deps.maxListed ?? problem_view/* MAX_LISTED_MEMBERS */.bS;
        this.latestAt = facts.at;
    }
    /** The alert as a message of its own, with a warning saying why: state never costs an alert. */
    async alone(why) {
        const reason = typeof why === 'string' ? why : `${why.reason}; ${why.advice}`;
        const mark = { episode: 1, status: this.facts.status, occurrences: 1 };
        const view = (0,problem_view/* problemView */.P5)([{ label: this.label(), mark }], this.viewContext(this.facts.at));
        const message = await this.deps.chat.post(view);
        this.deps.warn(`the alert was sent as a message of its own, not folded into its problem's message: ${reason}`);
        return { kind: 'posted-alone', message, view, reason };
    }
    async list() {
        const listed = await this.deps.store.list(this.prefix);
        if (listed.kind === 'unavailable')
            return listed;
        return { kind: 'listed', snapshot: (0,problem_refs/* readSnapshot */.RA)(this.prefix, listed.refs) };
    }
    viewMembers(snapshot, episode = currentEpisode(snapshot)) {
        const members = new Map();
        for (const { hash, member, mark } of (0,problem_refs/* markedMembers */.Ke)(snapshot, [episode]))
            members.set(hash, { label: member.label || hash, mark });
        return members;
    }
    view(snapshot, members, record) {
        if (this.othersChanged(snapshot) > 0)
            this.latestAt = Math.max(this.latestAt, this.deps.now());
        return (0,problem_view/* problemView */.P5)([...members.values()], this.viewContext(record?.openedAt ?? this.facts.at));
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
    for (const { mark } of (0,problem_refs/* markedMembers */.Ke)(snapshot, candidates))
        episode = Math.max(episode, mark.episode);
    return episode;
}

// EXTERNAL MODULE: ./src/memory/state-commits.ts
var state_commits = __webpack_require__(6165);
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
                    await this.reply(record.message, (0,problem_view/* changeReply */.DO)(shown ?? this.membersBefore, members));
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
                return result ?? { kind: 'shown', view, ...(record && { message: record.message }) };
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
        const name = (0,problem_refs/* recordRefName */.uN)(this.prefix, record);
        if (name === undefined) {
            this.deps.warn(`the message reference of ${this.facts.key} is too long to keep; the next alert posts anew`);
            return;
        }
        const written = await this.deps.store.create(name, state_commits/* RECORD_COMMIT */.yS);
        if (written.kind === 'unavailable') {
            this.deps.warn(`could not record the message of ${this.facts.key}: ${written.reason}; ${written.advice}`);
            return;
        }
        if (previous?.ref)
            await this.deps.store.remove(previous.ref);
    }
    /** Moves `shown` from `from` to the next count; false when another run moved it first or it cannot be written. */
    async count(from, unreadable) {
        const next = (0,state_commits/* shownCommit */.jW)(from + 1);
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
        const repeat = this.deps.skipRepeats ? this.skippedRepeat(snapshot) : undefined;
        if (repeat)
            return repeat;
        const written = await this.recordMember(snapshot);
        if (written)
            return this.alone(written);
        this.membersBefore = this.viewMembers(snapshot, this.episode);
        this.writtenAt = this.deps.now();
        return this.waitUntilShown();
    }
    /**
     * With `repeat: skip`, an alert of a member already failing in this episode's message: skipped, unless the message
     * is due for `renotify` (then it is posted anew, as without skip). Without a message yet, the alert is recorded and
     * shown as any other: the run posting the first message may not have got that far.
     */
    skippedRepeat(snapshot) {
        const members = this.viewMembers(snapshot, this.episode);
        const record = snapshot.records.filter(each => each.episode === this.episode).at(-1);
        if (this.facts.status !== 'failing' || members.get(this.hash)?.mark.status !== 'failing' || !record)
            return undefined;
        if (this.deps.now() - record.postedAt >= this.t.renotifyMs)
            return undefined;
        return { kind: 'skipped', message: record.message, view: this.view(snapshot, members, record) };
    }
    /** Sets this run's member ref to its new mark; a refusal when the state cannot be written. */
    async recordMember(snapshot) {
        let known = snapshot.members.get(this.hash);
        for (let attempt = 0; attempt < 3; attempt++) {
            const before = known && (0,state_commits/* memberMark */.mz)(known.sha, [this.episode]);
            const mark = {
                episode: this.episode,
                status: this.facts.status,
                occurrences: Math.min((before?.occurrences ?? 0) + 1, state_commits/* MAX_COUNTED_OCCURRENCES */.h2)
            };
            const commit = (0,state_commits/* memberCommit */.UO)(mark);
            const name = known?.ref ?? (0,problem_refs/* memberRefName */.vi)(this.prefix, this.facts.fingerprint, this.facts.label);
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
                const taken = await this.deps.store.create(this.leaseRef, state_commits/* LEASE_COMMIT */.F1);
                if (taken.kind === 'unavailable')
                    return this.alone(taken);
                if (taken.kind === 'done')
                    return this.hold(state_commits/* LEASE_COMMIT */.F1.sha);
                delay = this.t.rankSlotMs;
                continue;
            }
            if (snapshot.shown !== undefined && snapshot.shown >= observed + 2) {
                const record = snapshot.records.at(-1);
                const view = this.view(snapshot, this.viewMembers(snapshot), record);
                return { kind: 'shown', view, ...(record && { message: record.message }) };
            }
            if (snapshot.lease !== lastLease || snapshot.shown !== lastShown) {
                lastLease = snapshot.lease;
                lastShown = snapshot.shown;
                lastMove = this.deps.now();
            }
            else if (this.deps.now() - lastMove >= this.t.stallMs) {
                const commit = (0,state_commits/* takeoverCommit */.Z0)(snapshot.lease, this.deps.run, this.deps.now());
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
    const marks = (0,problem_refs/* markedMembers */.Ke)(snapshot, [episode]);
    return marks.length > 0 && marks.every(({ mark }) => mark.status === 'recovered') ? 'resolved' : 'failing';
}

// EXTERNAL MODULE: ./src/memory/sample-views.ts
var sample_views = __webpack_require__(5246);
;// CONCATENATED MODULE: ./src/memory/problem-delivery.ts
/**
 * One message per problem on a chat platform, for one alert: the alert's facts, the state store (git refs of the
 * workflow's repository with the `state-token` input) and the platform's chat, handed to the lifecycle; what it did becomes
 * the step's outcome. Loaded only by runs that ask for it (`repeat: comment` or `resolve: close` on chat).
 */








const WARNING_PATH = 'repeat';
async function deliverProblemMessage(delivery) {
    const { platform, payload, ctx, options, deps, warn } = delivery;
    const name = platform.descriptor.displayName;
    const asToday = () => (0,deliver/* deliver */.cK)(platform, payload, ctx, options, deps);
    if (!platform.problemMessages) {
        warn({
            path: WARNING_PATH,
            message: `${platform.noProblemMessages ?? `${name} cannot edit the messages it posts, so repeat and resolve do not apply`}; each alert is a message of its own`
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
    // A template whose problem message the platform would refuse (check mode says so) still delivers its alert.
    const refused = refusedProblemMessage(messages, delivery);
    if (refused) {
        warn({ path: WARNING_PATH, message: `${refused}; each alert is a message of its own` });
        return asToday();
    }
    const store = (0,git_ref_store/* workflowStateStore */.E)(delivery.env, delivery.stateToken, options, deps);
    if (!store) {
        warn({
            path: WARNING_PATH,
            message: 'one message per problem keeps its state in the workflow repository, and this run has no GITHUB_REPOSITORY ' +
                'or state-token: the alert is a message of its own'
        });
        return asToday();
    }
    const facts = await alertFacts(delivery, messages.destination(ctx, payload));
    const outcome = await runLifecycle(facts, {
        store,
        chat,
        now: () => deps.now().getTime(),
        sleep: deps.sleep,
        random: deps.random,
        warn: message => warn({ path: WARNING_PATH, message: deps.secrets.redact(message) }),
        run: `${delivery.env.GITHUB_RUN_ID ?? 'local'}-${delivery.env.GITHUB_RUN_ATTEMPT ?? '1'}`,
        timings: { renotifyMs: delivery.problemMessages.renotifyHours * 3_600_000 },
        skipRepeats: delivery.tracking.repeat === 'skip'
    });
    const message = 'message' in outcome ? outcome.message : undefined;
    const url = message ? await messages.link(message, chatDelivery) : '';
    return {
        status: statusOf(outcome),
        url,
        id: message?.message ?? '',
        attempts: 1,
        response: '',
        notice: noticeOf(outcome, facts.key)
    };
}
/** Why the platform would refuse this alert's problem message (its longest state), or undefined when it would not. */
function refusedProblemMessage(messages, delivery) {
    const { alert, derived, payload, ctx } = delivery;
    const longest = (0,sample_views/* sampleViews */.Z)(alert, derived.fingerprint, delivery.deps.now().getTime()).at(-1);
    if (!longest)
        return undefined;
    try {
        messages.payload(payload, longest.view, ctx);
        return undefined;
    }
    catch (error) {
        if (!(error instanceof errors/* PayloadError */.tG))
            throw error;
        return `the problem's message would be refused: ${error.problems.map(each => `${each.path || '(body)'}: ${each.message}`).join('; ')}`;
    }
}
/** The alert's problem: the rendered dedupe-key. */
async function problemKey({ tracking, scope }) {
    const plan = await __webpack_require__.e(/* import() */ 826).then(__webpack_require__.bind(__webpack_require__, 6826));
    await plan.loadDedupeKeyModules(tracking.dedupeKey);
    return plan.renderDedupeKey(tracking.dedupeKey, scope);
}
/** The alert as the lifecycle sees it: its problem (the rendered dedupe-key), member, status, label and text. */
async function alertFacts(delivery, destination) {
    const { alert, derived } = delivery;
    return {
        destination,
        key: await problemKey(delivery),
        fingerprint: derived.fingerprint,
        label: (0,alert_member/* memberLabel */.B)(alert, derived.fingerprint),
        status: derived.is_recovery ? 'recovered' : 'failing',
        sample: alert.is_sample === true,
        text: (0,alert_member/* latestText */.R)(alert),
        at: delivery.deps.now().getTime()
    };
}
function statusOf(outcome) {
    if (outcome.kind === 'posted' || outcome.kind === 'posted-alone')
        return 'sent';
    if (outcome.kind === 'skipped')
        return 'skipped';
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
        case 'skipped':
            return `repeat not shown (the repeat input is skip): the member already fails in the message of \`${key}\` (${counts(outcome.view)})`;
    }
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


/***/ })

};

//# sourceMappingURL=893.index.js.map