export const id = 157;
export const ids = [157];
export const modules = {

/***/ 4157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   directExchange: () => (/* binding */ directExchange)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _exchange_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3487);


/**
 * Requests through node:http, and node:https loaded only for an https URL (TLS costs start-up a run to a plain-http
 * destination never uses). Redirects are returned as replies, never followed. Keep-alive agents: Node unrefs idle
 * pooled sockets, so they never keep the process alive.
 */
function directExchange() {
    const plainAgent = new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true });
    let secure;
    return async (request, signal) => {
        const url = new URL(request.url);
        try {
            if (url.protocol === 'https:' && !secure) {
                const https = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23));
                secure = { https, agent: new https.Agent({ keepAlive: true }) };
            }
            const client = url.protocol === 'https:' && secure ? secure : { https: node_http__WEBPACK_IMPORTED_MODULE_0__, agent: plainAgent };
            return await send(client.https.request, client.agent, url, request, signal);
        }
        catch (error) {
            throw (0,_exchange_js__WEBPACK_IMPORTED_MODULE_1__/* .asTransportError */ .WM)(error, url.host);
        }
    };
}
function send(request, agent, url, { method, headers, body }, signal) {
    return new Promise((resolve, reject) => {
        const length = body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) };
        const outgoing = request(url, {
            method,
            agent,
            signal,
            headers: { 'user-agent': _exchange_js__WEBPACK_IMPORTED_MODULE_1__/* .USER_AGENT */ ._O, ...length, ...headers }
        });
        outgoing.on('response', message => (0,_exchange_js__WEBPACK_IMPORTED_MODULE_1__/* .readReply */ .Xw)(message).then(resolve, reject));
        outgoing.on('error', reject);
        outgoing.end(body);
    });
}


/***/ })

};

//# sourceMappingURL=157.index.js.map