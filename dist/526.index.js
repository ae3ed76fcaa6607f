export const id = 526;
export const ids = [526];
export const modules = {

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

/***/ 8526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deliverTracked: () => (/* binding */ deliverTracked)
/* harmony export */ });
/* harmony import */ var _delivery_deliver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3616);
/* harmony import */ var _delivery_follow_up_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(953);
/* harmony import */ var _delivery_wait_budget_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1293);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _contract_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2267);
/* harmony import */ var _platforms_shared_reply_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3168);
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6689);







/** Pauses between searches for an issue a lost reply may have created: a tracker's search index may lag new issues. */
const LAG_PAUSES_MS = [1000, 2000];
/** Before trusting "no open issue" from a lagging search, one more look after this pause. */
const CONFIRM_PAUSE_MS = 1000;
/**
 * Before reconciling a create, at least this long even where search does not lag: a neighbour's create that
 * the service took before mine may still be finishing when mine is answered.
 */
const RECONCILE_SETTLE_MS = 500;
/**
 * At most one open issue per problem: a repeat comments on (or skips) the open issue, a recovery closes it,
 * anything else creates one, and a create whose reply was lost is looked for before it is sent again.
 * Simultaneous runs cannot see each other's create in flight, so a create is reconciled: the oldest open issue
 * of the problem is its one issue, and a run whose new issue is not the oldest records its occurrence there and
 * closes its own as a duplicate. Every request shares the delivery's retry policy and max-wait; every message
 * is redacted.
 */
async function deliverTracked(delivery) {
    const flow = new TrackingFlow(delivery);
    const { plan } = delivery;
    flow.checkCredentials();
    if (plan.intent === 'resolve' && plan.resolve === 'ignore') {
        return flow.skipped(`recovery alert not delivered: the resolve input is ignore (${plan.marker.label})`);
    }
    if (plan.intent === 'resolve') {
        const open = await flow.findOpen(true);
        if (open.length === 0)
            return flow.skipped(`recovery alert: no open issue labelled ${plan.marker.label}, so nothing was created or closed`);
        const { stillFailing } = delivery;
        if (stillFailing) {
            const outcome = await flow.resolve(open, (0,_contract_js__WEBPACK_IMPORTED_MODULE_4__/* .withStillFailing */ .NB)(plan.note, stillFailing), false);
            return { ...outcome, notice: `${(0,_contract_js__WEBPACK_IMPORTED_MODULE_4__/* .stillFailingSummary */ .po)(stillFailing)}: ${outcome.id} stays open` };
        }
        return flow.resolve(open, plan.note, plan.resolve === 'close');
    }
    // Dedupe must never cost an alert: a search the service refuses (no search endpoint, no permission to search)
    // leaves a warning and the alert becomes a new issue. A sample's own marker matches no real issue; its search
    // only tells a later retry which issues were there before.
    const open = await flow.bestEffort([], () => flow.findOpen(plan.intent !== 'sample'), 'creating a new issue');
    // A sample is its own issue, and repeat: new asks for one issue per occurrence: neither is reconciled.
    if (plan.intent === 'sample' || plan.repeat === 'new')
        return flow.create(open);
    if (open.length === 0)
        return flow.reconcile(await flow.create(open));
    const oldest = (0,_contract_js__WEBPACK_IMPORTED_MODULE_4__/* .oldestFirst */ .sZ)(open)[0];
    if (plan.repeat === 'skip')
        return flow.skipped(`repeat is skip: ${oldest.id} is already open for this problem`, oldest);
    return flow.commentOn(oldest);
}
class TrackingFlow {
    delivery;
    name;
    budget;
    deps;
    /** What every tracker call carries but its sender, which each step names (stepCall). */
    call;
    retryReading;
    ctx;
    requests = 0;
    constructor(delivery) {
        this.delivery = delivery;
        const { platform, options, plan, payload } = delivery;
        // Requests after the first repeat the platform's warnings (e.g. a credential prefix it removed): each is shown once.
        const ctx = (0,_delivery_deliver_js__WEBPACK_IMPORTED_MODULE_0__/* .warningOnce */ .kw)(delivery.ctx);
        this.ctx = ctx;
        this.name = platform.descriptor.displayName;
        // Counts what reaches the network, so an outcome can report the attempts its own request took.
        this.deps = {
            ...delivery.deps,
            transport: (request, timeoutMs) => (this.requests++, delivery.deps.transport(request, timeoutMs))
        };
        this.budget = new _delivery_wait_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .WaitBudget */ .T(this.name, options, this.deps);
        this.retryReading = (0,_delivery_follow_up_js__WEBPACK_IMPORTED_MODULE_1__/* .platformRetryReading */ .Ku)(platform, ctx);
        this.call = { marker: plan.marker, payload, ctx };
    }
    /** The create request is built first: missing or malformed credentials stop the flow before any request. */
    checkCredentials() {
        this.delivery.platform.request(this.delivery.payload, this.ctx);
    }
    /** Open issues of the problem; with `confirmEmpty`, an empty answer from a lagging search index is confirmed once. */
    async findOpen(confirmEmpty) {
        const { tracker } = this.delivery;
        const open = await this.step('search for open issues', call => tracker.findOpen(call));
        if (open.length > 0 || tracker.searchLagMs === 0 || !confirmEmpty)
            return open;
        if (!(await this.budget.pause(CONFIRM_PAUSE_MS)))
            return open;
        this.log(`no open issue labelled ${this.call.marker.label}; searching once more, as a new issue can take a moment to show up`);
        return this.step('search for open issues', call => tracker.findOpen(call));
    }
    async create(known) {
        const { platform, tracker, options } = this.delivery;
        const { ctx } = this;
        const unmarked = this.delivery.payload;
        const payload = await this.bestEffort(unmarked, () => this.step('preparation of the issue', call => tracker.markCreate(call)), 'creating it without the dedupe marker');
        const deliveredBeforeRetry = async () => {
            const found = await this.bestEffort(undefined, () => this.findCreated(known), 'sending it again');
            return found && { url: found.url, id: found.id, status: 'created' };
        };
        try {
            const result = await (0,_delivery_deliver_js__WEBPACK_IMPORTED_MODULE_0__/* .deliver */ .cK)(platform, payload, ctx, options, this.deps, {
                budget: this.budget,
                deliveredBeforeRetry,
                what: 'creation of the issue'
            });
            return {
                status: 'created',
                url: result.url,
                id: result.id,
                attempts: result.attempts,
                response: result.response,
                payload
            };
        }
        catch (error) {
            // A retry that failed (e.g. "id already exists") may be the echo of an earlier attempt that did create it.
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DeliveryError */ .VE) || error.attempts < 2)
                throw error;
            const found = await this.findCreated(known);
            if (!found)
                throw error;
            return { status: 'created', url: found.url, id: found.id, attempts: error.attempts, response: '', payload };
        }
    }
    async commentOn(issue) {
        const { tracker, plan } = this.delivery;
        const attempts = await this.counted(() => this.step(`comment on ${issue.id}`, call => tracker.comment(call, issue, plan.note)));
        this.log(`${issue.id} is already open for this problem: added the occurrence as a comment`);
        return this.outcome('commented', issue, attempts);
    }
    /**
     * After this run's create: the problem's open issues, looked for once any created before it can show up. When
     * the oldest is another run's, this occurrence is recorded there and the new issue closed as its duplicate.
     * A step the service refuses leaves a warning and the created issue as the outcome: the alert is not lost.
     */
    async reconcile(created) {
        const { tracker } = this.delivery;
        const pauseMs = Math.max(tracker.searchLagMs, RECONCILE_SETTLE_MS);
        if (!(await this.budget.pause(pauseMs)))
            this.log('max-wait leaves no time to let the search catch up; looking for other open issues at once');
        const open = await this.bestEffort(undefined, () => this.findOpen(false), `keeping ${created.id}`);
        const mine = open?.find(issue => issue.id === created.id);
        // Without its own issue in sight, this run cannot tell which is older: closing nothing is the safe side.
        if (!open || !mine)
            return created;
        const oldest = (0,_contract_js__WEBPACK_IMPORTED_MODULE_4__/* .oldestFirst */ .sZ)(open)[0];
        if (oldest === mine)
            return created;
        const instead = `leaving ${created.id} open beside ${oldest.id}`;
        const recorded = await this.bestEffort(undefined, () => this.commentOn(oldest), instead);
        if (!recorded)
            return created;
        const closing = `closing of ${mine.id} as a duplicate of ${oldest.id} (the occurrence was added to ${oldest.id})`;
        const closed = await this.bestEffort(false, () => this.step(closing, call => tracker.closeAsDuplicate(call, mine, oldest)).then(() => true), instead);
        if (!closed)
            return created;
        this.log(`${oldest.id} was opened for this problem just before ${mine.id}: closed ${mine.id} as its duplicate`);
        return recorded;
    }
    /** Comments `note` on every open issue of the problem and, with `close`, closes it; the oldest is the output. */
    async resolve(found, note, close) {
        const { tracker } = this.delivery;
        const open = (0,_contract_js__WEBPACK_IMPORTED_MODULE_4__/* .oldestFirst */ .sZ)(found);
        let attempts = 0;
        for (const issue of open) {
            attempts = await this.counted(() => this.step(`comment on ${issue.id}`, call => tracker.comment(call, issue, note)));
            if (!close)
                continue;
            const closing = `closing of ${issue.id} (the recovery comment was added)`;
            attempts = await this.counted(() => this.step(closing, call => tracker.close(call, issue)));
            this.log(`recovered: closed ${issue.id}`);
        }
        return this.outcome(close ? 'resolved' : 'commented', open[0], attempts);
    }
    /** `action`'s result, or `fallback` with a warning when the service refused it: for steps an alert must not fail on. */
    async bestEffort(fallback, action, instead) {
        try {
            return await action();
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DeliveryError */ .VE))
                throw error;
            this.ctx.warn({ path: '', message: `${error.message}; ${instead}` });
            return fallback;
        }
    }
    skipped(notice, issue) {
        return { ...this.outcome('skipped', issue, 0), notice };
    }
    outcome(status, issue, attempts) {
        return {
            status,
            url: issue?.url ?? '',
            id: issue?.id ?? '',
            attempts,
            response: '',
            payload: this.delivery.payload
        };
    }
    /** The issue an attempt whose reply was lost created, searching again while a lagging index may hide it. */
    async findCreated(known) {
        const { tracker } = this.delivery;
        const tries = tracker.searchLagMs > 0 ? LAG_PAUSES_MS.length + 1 : 1;
        for (let n = 0; n < tries; n++) {
            if (n > 0 && !(await this.budget.pause(LAG_PAUSES_MS[n - 1])))
                break;
            const found = await this.step('search for the issue a lost reply may have created', call => tracker.findCreated(call, known));
            if (found) {
                this.log(`an earlier attempt created ${found.id} though its reply was lost; not sending it again`);
                return found;
            }
        }
        return undefined;
    }
    async counted(action) {
        const before = this.requests;
        await action();
        return this.requests - before;
    }
    /**
     * Runs one tracker step, its requests named `what` in retry lines, turning the service's refusal into a redacted
     * DeliveryError that names the step.
     */
    async step(what, action) {
        const send = (0,_delivery_follow_up_js__WEBPACK_IMPORTED_MODULE_1__/* .followUpSender */ .qg)(this.name, this.budget, this.deps, this.retryReading, what);
        try {
            return await action({ ...this.call, send });
        }
        catch (error) {
            if (!(error instanceof _contract_js__WEBPACK_IMPORTED_MODULE_4__/* .TrackerError */ .BT))
                throw error;
            const { secrets } = this.deps;
            const { reply } = error;
            const detail = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_5__/* .truncate */ .xv)(error.detail, _platforms_shared_reply_js__WEBPACK_IMPORTED_MODULE_6__/* .REPLY_TEXT_LIMIT */ .Vp);
            const message = reply
                ? `${this.name} did not accept the ${what} (HTTP ${reply.status}, not retried): ${detail}`
                : `${this.name}: the ${what} could not be done: ${detail}`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DeliveryError */ .VE(secrets.redact(message), 1, reply && secrets.redact(reply.body));
        }
    }
    log(message) {
        this.deps.log(this.deps.secrets.redact(`${this.name}: ${message}`));
    }
}


/***/ })

};

//# sourceMappingURL=526.index.js.map