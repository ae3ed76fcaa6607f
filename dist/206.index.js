export const id = 206;
export const ids = [206];
export const modules = {

/***/ 4206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   groupMemberOf: () => (/* binding */ groupMemberOf),
/* harmony export */   recordGroupMember: () => (/* binding */ recordGroupMember)
/* harmony export */ });
/* harmony import */ var _tracking_contract_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2267);
/* harmony import */ var _git_ref_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6283);
/* harmony import */ var _alert_member_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6912);
/* harmony import */ var _problem_refs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83);
/* harmony import */ var _state_commits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6165);





/** Group members have no message to count occurrences or episodes for: one episode, one occurrence. */
const EPISODE = 1;
const FAILING = (0,_state_commits_js__WEBPACK_IMPORTED_MODULE_3__/* .memberCommit */ .UO)({ episode: EPISODE, status: 'failing', occurrences: 1 });
const RECOVERED = (0,_state_commits_js__WEBPACK_IMPORTED_MODULE_3__/* .memberCommit */ .UO)({ episode: EPISODE, status: 'recovered', occurrences: 1 });
/** Members named in a note or notice; beyond, "and N more". */
const MAX_NAMED = 10;
/** A ref removed between a create that found it and the move that follows: tried again this many times. */
const MAX_WRITES = 3;
/** The members still failing after this alert's recovery, and the sentence that says so; undefined otherwise. */
async function groupMemberOf(group) {
    const { destination, key, fingerprint, alert, recovery } = group;
    const store = (0,_git_ref_store_js__WEBPACK_IMPORTED_MODULE_1__/* .workflowStateStore */ .E)(group.env, group.stateToken, group.options, group.deps);
    const label = (0,_alert_member_js__WEBPACK_IMPORTED_MODULE_4__/* .memberLabel */ .B)(alert, fingerprint);
    const members = await recordGroupMember({ destination, key, fingerprint, label, recovery }, { store, warn: group.warn });
    return members && { members, summary: (0,_tracking_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .stillFailingSummary */ .po)(members) };
}
/**
 * Records the alert's member; for a recovery, the other members still failing (undefined when none is, or when the
 * state could not be used: then the recovery closes or resolves as before, with a warning).
 */
async function recordGroupMember(member, deps) {
    const fallback = member.recovery
        ? 'this recovery closes or resolves the problem even if other members are still failing'
        : "this member's failure is not counted when another member recovers";
    if (!deps.store) {
        deps.warn(`the members of the group key \`${member.key}\` are kept as git refs of the workflow repository, and this run ` +
            `has no GITHUB_REPOSITORY or state-token input: ${fallback}`);
        return undefined;
    }
    const prefix = (0,_problem_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .problemPrefix */ .Q1)(`${member.destination}\n${member.key}`);
    const name = (0,_problem_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .memberRefName */ .vi)(prefix, member.fingerprint, member.label);
    const written = await write(deps.store, name, member.recovery ? RECOVERED : FAILING, member.recovery);
    const outcome = written.kind === 'unavailable'
        ? written
        : member.recovery
            ? await stillFailing(deps.store, prefix, member)
            : undefined;
    if (outcome === undefined || !('kind' in outcome))
        return outcome;
    deps.warn(`could not keep the members of the group key \`${member.key}\`: ${outcome.reason}; ${outcome.advice}; ${fallback}`);
    return undefined;
}
/**
 * Sets the member's ref, failing and recovered alternating (a forced move). A recovery's member has usually failed
 * before, so it moves first and creates when the ref is absent; a failure creates first and moves when it exists.
 */
async function write(store, name, commit, exists) {
    const create = () => store.create(name, commit);
    const move = () => store.move(name, commit, true);
    const [first, second] = exists ? [move, create] : [create, move];
    let written = { kind: 'conflict' };
    for (let n = 0; n < MAX_WRITES && written.kind === 'conflict'; n++) {
        written = await first();
        if (written.kind === 'conflict')
            written = await second();
    }
    if (written.kind !== 'conflict')
        return written;
    return {
        kind: 'unavailable',
        reason: `the member ref ${name} was created and removed by others ${MAX_WRITES} times while this run wrote it`,
        advice: 'the next alert tries again'
    };
}
/** The other members whose refs say failing, listed after this run wrote its own. */
async function stillFailing(store, prefix, member) {
    const listed = await store.list(prefix);
    if (listed.kind === 'unavailable')
        return listed;
    const own = (0,_problem_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .fingerprintHash */ .jS)(member.fingerprint);
    const failing = (0,_problem_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .markedMembers */ .Ke)((0,_problem_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .readSnapshot */ .RA)(prefix, listed.refs), [EPISODE])
        .filter(({ hash, mark }) => hash !== own && mark.status === 'failing')
        .map(({ hash, member: ref }) => ref.label || hash)
        .sort();
    if (failing.length === 0)
        return undefined;
    return { recovered: member.label, named: failing.slice(0, MAX_NAMED), count: failing.length };
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


/***/ })

};

//# sourceMappingURL=206.index.js.map