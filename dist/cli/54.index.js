export const id = 54;
export const ids = [54];
export const modules = {

/***/ 8054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeLiquidError: () => (/* binding */ describeLiquidError),
/* harmony export */   globalVariables: () => (/* binding */ globalVariables),
/* harmony export */   parseLiquid: () => (/* binding */ parseLiquid),
/* harmony export */   soleOutput: () => (/* binding */ soleOutput),
/* harmony export */   startRender: () => (/* binding */ startRender),
/* harmony export */   templateEngine: () => (/* binding */ templateEngine)
/* harmony export */ });
/* harmony import */ var liquidjs_dist_liquid_browser_mjs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2030);
/* harmony import */ var _filters_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1329);
/* harmony import */ var _render_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(981);



const FORBIDDEN_TAGS = ['include', 'render', 'layout'];
let sharedEngine;
/** The one Liquid instance, created on first use (creating it at import time would slow every start). */
function templateEngine() {
    sharedEngine ??= createEngine();
    return sharedEngine;
}
function createEngine() {
    const liquid = new liquidjs_dist_liquid_browser_mjs__WEBPACK_IMPORTED_MODULE_2__/* .Liquid */ .HX({
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
        ..._render_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .RENDER_LIMITS */ .a
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
    return liquid;
}
/** Parses one leaf's Liquid text; throws the Liquid error (with a token position inside `text`). */
function parseLiquid(text) {
    return templateEngine().parse(text);
}
/** The single output of a leaf that is exactly `<< expr >>` (surrounding whitespace allowed), else undefined. */
function soleOutput(templates) {
    const outputs = templates.filter(t => t instanceof liquidjs_dist_liquid_browser_mjs__WEBPACK_IMPORTED_MODULE_2__/* .Output */ .k7);
    const onlyBlankText = templates.every(t => t instanceof liquidjs_dist_liquid_browser_mjs__WEBPACK_IMPORTED_MODULE_2__/* .Output */ .k7 || (t.token.kind === liquidjs_dist_liquid_browser_mjs__WEBPACK_IMPORTED_MODULE_2__/* .TokenKind */ .Yp.HTML && t.token.getText().trim() === ''));
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
function startRender(scope) {
    const liquid = templateEngine();
    // increment/decrement write into the scope object: give them a copy so the caller's scope stays as it was (copied
    // as defined, so a value computed when read is still computed only if a template reads it)
    const env = Object.defineProperties({}, Object.getOwnPropertyDescriptors(scope));
    const budget = new liquidjs_dist_liquid_browser_mjs__WEBPACK_IMPORTED_MODULE_2__/* .Context */ .ob(env, liquid.options, { sync: true }, { liquid });
    // a fresh context per leaf, so an `assign` in one leaf is not visible in the next
    const leafContext = () => new liquidjs_dist_liquid_browser_mjs__WEBPACK_IMPORTED_MODULE_2__/* .Context */ .ob(env, liquid.options, { sync: true }, { liquid, memoryLimit: budget.memoryLimit, renderLimit: budget.renderLimit });
    return {
        text: templates => String((0,liquidjs_dist_liquid_browser_mjs__WEBPACK_IMPORTED_MODULE_2__/* .toValueSync */ .qr)(liquid.renderer.renderTemplates(templates, leafContext()))),
        value: value => (0,liquidjs_dist_liquid_browser_mjs__WEBPACK_IMPORTED_MODULE_2__/* .toValue */ .BA)((0,liquidjs_dist_liquid_browser_mjs__WEBPACK_IMPORTED_MODULE_2__/* .toValueSync */ .qr)(value.value(leafContext())))
    };
}
/** A Liquid error's own message (without liquidjs's ", line:x, col:y") and its row/column inside the leaf. */
function describeLiquidError(error) {
    const message = error instanceof Error ? error.message : String(error);
    const plain = message.replace(/, line:\d+, col:\d+$/, '');
    if (!liquidjs_dist_liquid_browser_mjs__WEBPACK_IMPORTED_MODULE_2__/* .LiquidError */ .HN.is(error) || !error.token)
        return { message: plain };
    const [row, col] = error.token.getPosition();
    return { message: plain, row, col };
}


/***/ })

};

//# sourceMappingURL=54.index.js.map