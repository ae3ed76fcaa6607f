export const id = 98;
export const ids = [98];
export const modules = {

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

/***/ 4098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   problemMessages: () => (/* binding */ problemMessages),
/* harmony export */   problemPayload: () => (/* binding */ problemPayload)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _memory_problem_view_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7800);
/* harmony import */ var _template_filters_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1329);
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6689);
/* harmony import */ var _shared_json_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5380);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7479);
/* harmony import */ var _embeds_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9069);
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6768);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8071);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(418);
/**
 * One Discord message per problem: the alert's rendered message with the problem's embed first (members failing
 * and recovered, occurrences, first and last seen, colour by state), posted by the webhook, edited in place
 * (`PATCH …/messages/{id}`), and answered in its thread where it has one (a forum post, a thread the url names).
 */










/** The problem embed's colour: red while a member fails, green once none does. */
const STATE_COLORS = { failing: 0xe74c3c, resolved: 0x2ecc71 };
/** Room kept for the "and N more" line under the member list. */
const MORE_LINE_ROOM = 40;
/** The embed that shows the problem: a title by state, the members (within `room` characters), the facts. */
function problemEmbed(view, room) {
    const title = (0,_memory_problem_view_js__WEBPACK_IMPORTED_MODULE_6__/* .stateLine */ .qo)(view);
    const fields = [
        { name: 'Occurrences', value: String(view.occurrences), inline: true },
        { name: 'First seen', value: discordTime(view.firstSeen), inline: true },
        { name: 'Last seen', value: discordTime(view.lastSeen), inline: true }
    ];
    const footer = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_7__/* .fitText */ .vY)(`Problem: ${view.key}`, _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b1.footer, 'footer', () => undefined);
    const embed = { title, color: STATE_COLORS[view.state], fields, footer: { text: footer } };
    const used = (0,_embeds_js__WEBPACK_IMPORTED_MODULE_8__/* .embedsLength */ .V)([embed]);
    embed.description = memberList(view, Math.min(_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b1.description, room - used));
    return embed;
}
/** One line a member, failing first, within `room` characters; the rest counted as "and N more". */
function memberList(view, room) {
    const lines = [];
    let length = 0;
    let listed = 0;
    for (const member of view.members) {
        const repeats = member.occurrences > 1 ? ` ×${member.occurrences}` : '';
        const line = `${member.status === 'failing' ? '🔴' : '🟢'} ${(0,_template_filters_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdownText */ .m4)(member.label)}${repeats}`;
        const added = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_7__/* .measureLength */ .X6)(line) + (lines.length > 0 ? 1 : 0);
        if (length + added > room - MORE_LINE_ROOM)
            break;
        lines.push(line);
        length += added;
        listed++;
    }
    const more = view.more + view.members.length - listed;
    if (more > 0)
        lines.push(`and ${more} more`);
    return lines.join('\n') || '—';
}
/** Discord's timestamp markup: each reader sees the time in their own zone. */
function discordTime(iso) {
    return `<t:${Math.floor(Date.parse(iso) / 1000)}:f>`;
}
/**
 * The alert's fitted message with the problem's embed first, fitted again and validated: a view Discord would
 * refuse throws a PayloadError.
 */
function problemPayload(payload, view, ctx) {
    const message = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_9__/* .isObject */ .Gv)(payload) ? structuredClone(payload) : {};
    const others = Array.isArray(message.embeds) ? message.embeds.slice(0, _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b1.embeds - 1) : [];
    const room = Math.max(_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b1.embedTotal - (0,_embeds_js__WEBPACK_IMPORTED_MODULE_8__/* .embedsLength */ .V)(others), _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b1.embedTotal / 4);
    message.embeds = [problemEmbed(view, room), ...others];
    // What fitting changes in the alert's own part was said when it was first fitted.
    const fitted = (0,_fit_js__WEBPACK_IMPORTED_MODULE_3__/* .fit */ .Uj)(message, { ...ctx, warn: () => undefined });
    const refused = (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .validate */ .t)(fitted, ctx);
    if (refused.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PayloadError */ .tG('discord', refused);
    return fitted;
}
/** Webhooks post in one channel, or in one thread the url names: that pair keeps problems apart. */
function destination(ctx) {
    const [, id] = /\/webhooks\/([^/]+)\//.exec(ctx.target.endpoint.pathname) ?? [];
    const thread = ctx.target.endpoint.searchParams.get('thread_id');
    return `discord:${id ?? ''}${thread ? `:${thread}` : ''}`;
}
function chat({ payload, ctx, send }) {
    return {
        post: view => (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .postMessage */ .u1)(problemPayload(payload, view, ctx), ctx, send),
        edit: (message, view) => (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .editMessage */ .u_)(message, problemPayload(payload, view, ctx), ctx, send),
        async reply(message, text) {
            // A text channel has no thread a webhook can post in: the edit alone says it.
            if (!message.thread)
                return;
            const content = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_7__/* .fitText */ .vY)((0,_template_filters_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdownText */ .m4)(text), _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b1.content, 'content', () => undefined);
            await (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .replyInThread */ .kJ)({ ...message, thread: message.thread }, content, ctx, send);
        }
    };
}
const problemMessages = {
    destination,
    chat,
    payload: problemPayload,
    link: (message, { ctx, send }) => (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .problemMessageLink */ .dx)(message, ctx, send)
};


/***/ })

};

//# sourceMappingURL=98.index.js.map