export const id = 166;
export const ids = [166];
export const modules = {

/***/ 5166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WEBHOOK_CANNOT_EDIT: () => (/* binding */ WEBHOOK_CANNOT_EDIT),
/* harmony export */   problemMessages: () => (/* binding */ problemMessages),
/* harmony export */   problemPayload: () => (/* binding */ problemPayload)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _memory_problem_view_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7800);
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6689);
/* harmony import */ var _shared_json_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5380);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5208);
/* harmony import */ var _descriptor_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2386);
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2692);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1995);
/* harmony import */ var _mentions_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2632);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8142);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7174);
/**
 * One Slack message per problem, with a bot token: the alert's rendered message with the problem's state first
 * (members failing and recovered, occurrences, first and last seen, the key), posted by chat.postMessage, replaced by
 * chat.update, and answered in its thread (`thread_ts`; the reply that resolves the problem also in the channel).
 * Incoming webhooks cannot edit what they posted.
 */











/** Attachment colours by state, for messages that use attachments. */
const STATE_COLORS = { failing: '#e74c3c', resolved: '#2ecc71' };
const STATE_EMOJI = { failing: ':red_circle:', resolved: ':large_green_circle:' };
/** Sections the member list may take (3,000 characters each). */
const MEMBER_SECTIONS = 2;
/** Room kept for the "and N more" line under the member list. */
const MORE_LINE_ROOM = 40;
/** A label longer than this is shortened in the list, so one label cannot take the whole section. */
const LABEL_ROOM = 300;
/** Blocks the problem adds besides the member sections: its state, its facts, a divider. */
const FRAME_BLOCKS = 3;
const WEBHOOK_CANNOT_EDIT = 'Slack incoming webhooks cannot edit a message they posted; for one message per problem use ' +
    `url: ${_descriptor_js__WEBPACK_IMPORTED_MODULE_2__/* .POST_MESSAGE_URL */ .tG} with headers \`Authorization: Bearer xoxb-…\` and vars: channel`;
/** Slack's date markup: each reader sees the time in their own zone; the ISO text where it cannot be shown. */
function slackDate(iso) {
    return `<!date^${Math.floor(Date.parse(iso) / 1000)}^{date_short_pretty} {time}|${iso}>`;
}
/** Plain text: labels and the key are alert text, shown as written (no mrkdwn, no mentions, no emoji codes). */
function plain(text) {
    return { type: 'plain_text', text, emoji: false };
}
/**
 * One line a member, failing first, in sections of at most 3,000 characters and `room` in all; the members that do
 * not fit counted as "and N more".
 */
function memberSections(view, sections, room) {
    const texts = [[]];
    let length = 0;
    let total = 0;
    let listed = 0;
    for (const member of view.members) {
        const repeats = member.occurrences > 1 ? ` ×${member.occurrences}` : '';
        const label = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_7__/* .fitText */ .vY)(member.label, LABEL_ROOM, 'label', () => undefined, _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MEASURE */ .V1);
        const line = `${member.status === 'failing' ? '🔴' : '🟢'} ${label}${repeats}`;
        const size = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_7__/* .measureLength */ .X6)(line, _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MEASURE */ .V1) + 1;
        const last = texts.length === sections;
        if (length + size > _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b1.sectionText - (last ? MORE_LINE_ROOM : 0)) {
            if (last)
                break;
            texts.push([]);
            length = 0;
        }
        if (total + size > room - MORE_LINE_ROOM)
            break;
        texts.at(-1)?.push(line);
        length += size;
        total += size;
        listed++;
    }
    const more = view.more + view.members.length - listed;
    if (more > 0)
        texts.at(-1)?.push(`and ${more} more`);
    return texts.filter(lines => lines.length > 0).map(lines => ({ type: 'section', text: plain(lines.join('\n')) }));
}
/** The blocks that show the problem: its state, the members, then occurrences, first and last seen, and the key. */
function problemBlocks(view, sections, room) {
    const facts = `*${view.occurrences}* ${view.occurrences === 1 ? 'occurrence' : 'occurrences'} · ` +
        `first seen ${slackDate(view.firstSeen)} · last seen ${slackDate(view.lastSeen)}`;
    const key = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_7__/* .fitText */ .vY)(`Problem: ${view.key}`, _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b1.textObject, 'key', () => undefined, _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MEASURE */ .V1);
    return [
        { type: 'section', text: { type: 'mrkdwn', text: `${STATE_EMOJI[view.state]} *${(0,_memory_problem_view_js__WEBPACK_IMPORTED_MODULE_8__/* .stateLine */ .qo)(view)}*` } },
        ...memberSections(view, sections, room),
        { type: 'context', elements: [{ type: 'mrkdwn', text: facts }, plain(key)] },
        { type: 'divider' }
    ];
}
/**
 * The alert's fitted message with the problem's blocks first and its state in front of the text (what notifications
 * and screen readers read), fitted again and validated: a view Slack would refuse throws a PayloadError. A message of text alone keeps its text as a section under the problem's blocks.
 */
function problemPayload(payload, view, ctx) {
    const message = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_9__/* .isObject */ .Gv)(payload) ? structuredClone(payload) : {};
    const text = typeof message.text === 'string' ? message.text : '';
    const own = Array.isArray(message.blocks)
        ? message.blocks
        : text
            ? [{ type: 'section', text: { type: 'mrkdwn', text } }]
            : [];
    const sections = Math.max(1, Math.min(MEMBER_SECTIONS, _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b1.blocks - FRAME_BLOCKS - own.length));
    const room = Math.min(sections * _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b1.sectionText, Math.max(_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b1.sectionText, _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b1.blocksText - JSON.stringify(own).length));
    message.blocks = [...problemBlocks(view, sections, room), ...own];
    message.text = `${STATE_EMOJI[view.state]} ${(0,_memory_problem_view_js__WEBPACK_IMPORTED_MODULE_8__/* .stateLine */ .qo)(view)}${text ? ` · ${text}` : ''}`;
    if (Array.isArray(message.attachments))
        for (const attachment of message.attachments)
            if ((0,_shared_json_js__WEBPACK_IMPORTED_MODULE_9__/* .isObject */ .Gv)(attachment))
                attachment.color = STATE_COLORS[view.state];
    // What fitting changes in the alert's own part was said when it was first fitted.
    const fitted = (0,_fit_js__WEBPACK_IMPORTED_MODULE_3__/* .fit */ .U)(message, { ...ctx, warn: () => undefined });
    const refused = (0,_validate_js__WEBPACK_IMPORTED_MODULE_6__/* .validate */ .t)(fitted, ctx);
    if (refused.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PayloadError */ .tG('slack', refused);
    return fitted;
}
/**
 * A thread reply in Slack's text escaping: `&`, `<` and `>` as entities (so no `<!here>`, `<@U…>` or link in alert
 * text works), bare broadcasts broken, sent without mrkdwn.
 */
function replyText(text) {
    const escaped = text.replace(/[&<>]/g, char => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'));
    return (0,_truncate_js__WEBPACK_IMPORTED_MODULE_7__/* .fitText */ .vY)((0,_mentions_js__WEBPACK_IMPORTED_MODULE_10__/* .neutraliseMentions */ .y)(escaped, ''), _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .LIMITS */ .b1.text, 'text', () => undefined, _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MEASURE */ .V1);
}
/** chat.postMessage posts in the channel the rendered message names (a template may set it without vars): it keeps problems apart. */
function destination(_ctx, payload) {
    const channel = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_9__/* .isObject */ .Gv)(payload) ? payload.channel : undefined;
    return `slack:${typeof channel === 'string' ? channel.trim() : ''}`;
}
function chat({ payload, ctx, send }) {
    if ((0,_target_js__WEBPACK_IMPORTED_MODULE_5__/* .isIncomingWebhook */ .wi)(ctx.target.endpoint))
        return { cannot: WEBHOOK_CANNOT_EDIT };
    // The reply that follows the edit resolving the problem is shown in the channel too.
    let resolved = false;
    return {
        post: view => (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .postMessage */ .u1)(problemPayload(payload, view, ctx), ctx, send),
        async edit(message, view) {
            await (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .updateMessage */ .nc)(message, problemPayload(payload, view, ctx), ctx, send);
            resolved = view.state === 'resolved';
        },
        reply: (message, text) => (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .replyInThread */ .kJ)(message, replyText(text), resolved, ctx, send)
    };
}
const problemMessages = {
    destination,
    chat,
    link: (message, { ctx, send }) => (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .problemMessageLink */ .dx)(message, ctx, send),
    payload: problemPayload
};


/***/ })

};

//# sourceMappingURL=166.index.js.map