export const id = 54;
export const ids = [54];
export const modules = {

/***/ 8054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeLiquidError: () => (/* binding */ describeLiquidError),
/* harmony export */   globalVariables: () => (/* binding */ globalVariables),
/* harmony export */   literalText: () => (/* binding */ literalText),
/* harmony export */   parseLiquid: () => (/* binding */ parseLiquid),
/* harmony export */   soleOutput: () => (/* binding */ soleOutput),
/* harmony export */   startRender: () => (/* binding */ startRender),
/* harmony export */   templateEngine: () => (/* binding */ templateEngine)
/* harmony export */ });
/* harmony import */ var liquidjs_dist_liquid_browser_mjs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2030);
/* harmony import */ var _filters_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1329);
/* harmony import */ var _render_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(981);
/* harmony import */ var _standard_filters_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8523);




const FORBIDDEN_TAGS = ['include', 'render', 'layout'];
let sharedEngine;
/** The one Liquid instance, created on first use (creating it at import time would slow every start). */
function templateEngine() {
    sharedEngine ??= createEngine();
    return sharedEngine;
}
function createEngine() {
    const liquid = new liquidjs_dist_liquid_browser_mjs__WEBPACK_IMPORTED_MODULE_3__/* .Liquid */ .HX({
        outputDelimiterLeft: '<<',
        outputDelimiterRight: '>>',
        tagDelimiterLeft: '<%',
        tagDelimiterRight: '%>',
        ownPropertyOnly: true,
        strictFilters: true,
        templates: {}, // an in-memory, empty file system: nothing on disk is ever read
        // fixed, so `date` output does not depend on the runner; also spares ~10 ms of Intl start-up per run
        locale: 'en-US',
        timezoneOffset: 0,
        parseLimit: _render_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .RENDER_LIMITS */ .aj.parseLimit,
        renderLimit: _render_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .RENDER_LIMITS */ .aj.renderLimit,
        memoryLimit: _render_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .RENDER_LIMITS */ .aj.memoryLimit
    });
    for (const name of FORBIDDEN_TAGS) {
        liquid.registerTag(name, {
            parse() {
                throw new Error(`the "${name}" tag is not allowed in templates: a template cannot read other files`);
            },
            render() {
                return '';
            }
        });
    }
    for (const [name, filter] of Object.entries(_filters_js__WEBPACK_IMPORTED_MODULE_0__/* .TEMPLATE_FILTERS */ .XE))
        liquid.registerFilter(name, filter);
    chargeWrittenText(liquid);
    return liquid;
}
/**
 * liquidjs counts what filters and ranges allocate, not the text a render writes: outputs, literal text in loops,
 * `cycle`, and `capture`, which can double a variable on every line. Every text buffer a render starts (the
 * leaf's own and each capture's) charges what is written to it against the render's memory budget.
 */
function chargeWrittenText(liquid) {
    const { renderer } = liquid;
    const renderTemplates = renderer.renderTemplates.bind(renderer);
    renderer.renderTemplates = (templates, ctx, emitter) => renderTemplates(templates, ctx, emitter ?? new ChargedEmitter(ctx.memoryLimit));
}
/** liquidjs's plain text emitter, charging each write. */
class ChargedEmitter {
    memory;
    buffer = '';
    constructor(memory) {
        this.memory = memory;
    }
    write(html) {
        const text = (0,_standard_filters_js__WEBPACK_IMPORTED_MODULE_2__/* .stringify */ .As)((0,liquidjs_dist_liquid_browser_mjs__WEBPACK_IMPORTED_MODULE_3__/* .toValue */ .BA)(html));
        this.memory.use(text.length);
        this.buffer += text;
    }
}
/** Parses one leaf's Liquid text; throws the Liquid error (with a token position inside `text`). */
function parseLiquid(text) {
    const markers = countMarkers(text);
    if (markers > _render_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .RENDER_LIMITS */ .aj.markerLimit) {
        throw new Error(`${markers} outputs and tags in one value, over the ${_render_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .RENDER_LIMITS */ .aj.markerLimit} a value may hold: split the text across keys, or loop over a list instead of repeating`);
    }
    return templateEngine().parse(text);
}
/**
 * The text of a leaf that is written as it is, outside every output and tag: its plain text and the content of
 * `raw` blocks, not what a `comment` block holds. Each piece on its own, so pieces an output separates never join.
 */
function literalText(text) {
    const options = templateEngine().options;
    const pieces = [];
    let inComment = false;
    for (const token of new liquidjs_dist_liquid_browser_mjs__WEBPACK_IMPORTED_MODULE_3__/* .Tokenizer */ ._F(text, options.operators).readTopLevelTokens(options)) {
        const tag = liquidjs_dist_liquid_browser_mjs__WEBPACK_IMPORTED_MODULE_3__/* .TypeGuards */ .TG.isTagToken(token) ? token.name : undefined;
        if (tag === 'comment' || tag === 'endcomment')
            inComment = tag === 'comment';
        else if (!inComment && liquidjs_dist_liquid_browser_mjs__WEBPACK_IMPORTED_MODULE_3__/* .TypeGuards */ .TG.isHTMLToken(token))
            pieces.push(token.getContent());
    }
    return pieces;
}
const MARKER = /<[<%]/g;
/** How many `<<` and `<%` the text holds: an upper bound on the outputs and tags liquidjs would parse. */
function countMarkers(text) {
    let count = 0;
    MARKER.lastIndex = 0;
    while (MARKER.exec(text))
        count++;
    return count;
}
/** The single output of a leaf that is exactly `<< expr >>` (surrounding whitespace allowed), else undefined. */
function soleOutput(templates) {
    const outputs = templates.filter(t => t instanceof liquidjs_dist_liquid_browser_mjs__WEBPACK_IMPORTED_MODULE_3__/* .Output */ .k7);
    const onlyBlankText = templates.every(t => t instanceof liquidjs_dist_liquid_browser_mjs__WEBPACK_IMPORTED_MODULE_3__/* .Output */ .k7 || (t.token.kind === liquidjs_dist_liquid_browser_mjs__WEBPACK_IMPORTED_MODULE_3__/* .TokenKind */ .Yp.HTML && t.token.getText().trim() === ''));
    return outputs.length === 1 && onlyBlankText ? outputs[0] : undefined;
}
/** Every variable the templates read from the render scope (loop variables and assigned names excluded). */
function globalVariables(templates) {
    const { globals } = templateEngine().analyzeSync(templates, { partials: false });
    return Object.values(globals)
        .flat()
        .map(variable => ({ path: staticPath(variable.segments), row: variable.location.row, col: variable.location.col }));
}
/** `alert[key].x` → `alert`: the path stops where a segment is itself a variable. */
function staticPath(segments) {
    const names = [];
    for (const segment of segments) {
        if (typeof segment !== 'string' && typeof segment !== 'number')
            break;
        names.push(String(segment));
    }
    return names.join('.');
}
/** `shared`: limits many renders share (check mode's), charged besides the document's own. */
function startRender(scope, shared) {
    const liquid = templateEngine();
    // increment/decrement write into the scope object: give them a copy so the caller's scope stays as it was (copied
    // as defined, so a value computed when read is still computed only if a template reads it)
    const env = Object.defineProperties({}, Object.getOwnPropertyDescriptors(scope));
    const memoryLimit = new _render_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MemoryBudget */ .ND(_render_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .RENDER_LIMITS */ .aj.memoryLimit, shared?.memory);
    const renderLimit = (0,_render_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .renderDeadline */ .XH)(shared);
    // a fresh context per leaf, so an `assign` in one leaf is not visible in the next
    const leafContext = () => new liquidjs_dist_liquid_browser_mjs__WEBPACK_IMPORTED_MODULE_3__/* .Context */ .ob(env, liquid.options, { sync: true }, { liquid, memoryLimit, renderLimit });
    return {
        text: templates => String((0,liquidjs_dist_liquid_browser_mjs__WEBPACK_IMPORTED_MODULE_3__/* .toValueSync */ .qr)(liquid.renderer.renderTemplates(templates, leafContext()))),
        value: value => (0,liquidjs_dist_liquid_browser_mjs__WEBPACK_IMPORTED_MODULE_3__/* .toValue */ .BA)((0,liquidjs_dist_liquid_browser_mjs__WEBPACK_IMPORTED_MODULE_3__/* .toValueSync */ .qr)(value.value(leafContext())))
    };
}
/** A Liquid error's own message (without liquidjs's ", line:x, col:y") and its row/column inside the leaf. */
function describeLiquidError(error) {
    const message = error instanceof Error ? error.message : String(error);
    const plain = message.replace(/, line:\d+, col:\d+$/, '');
    if (!liquidjs_dist_liquid_browser_mjs__WEBPACK_IMPORTED_MODULE_3__/* .LiquidError */ .HN.is(error) || !error.token)
        return { message: plain };
    const [row, col] = error.token.getPosition();
    return { message: plain, row, col };
}


/***/ })

};

//# sourceMappingURL=54.index.js.map