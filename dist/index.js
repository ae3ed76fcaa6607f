import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7923:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ chunkModule)
/* harmony export */ });
function chunkModule(what, importModule) {
    let loaded;
    return {
        load: async () => {
            loaded ??= await importModule();
        },
        get: () => {
            if (loaded === undefined)
                throw new Error(`internal error: ${what} was used before it was loaded`);
            return loaded;
        }
    };
}


/***/ }),

/***/ 3616:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C2: () => (/* binding */ defaultDeliveryDeps),
  cK: () => (/* binding */ deliver),
  kw: () => (/* binding */ warningOnce)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/delivery/follow-up.ts
var follow_up = __nccwpck_require__(953);
// EXTERNAL MODULE: ./src/delivery/outcome.ts
var outcome = __nccwpck_require__(2588);
// EXTERNAL MODULE: ./src/delivery/exchange.ts
var exchange = __nccwpck_require__(3487);
;// CONCATENATED MODULE: ./src/delivery/transport.ts

/** The proxy settings runners use; when one is set, requests go through @actions/http-client, which honours them. */
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
/**
 * The action's transport. Without a proxy, node:http(s) directly: a plain-http destination never loads TLS, and
 * start-up pays for no client library. Behind a proxy, @actions/http-client, which routes through the runner's
 * proxy settings (and NO_PROXY). Either way redirects are never followed, so credentials never reach another host,
 * and one connection is kept alive for a follow-up request (a platform's lookup for the message link).
 */
function createTransport(env = {}) {
    const proxied = PROXY_VARIABLES.some(name => env[name]?.trim());
    let exchange;
    return async (request, timeoutMs) => {
        exchange ??= proxied
            ? __nccwpck_require__.e(/* import() */ 991).then(__nccwpck_require__.bind(__nccwpck_require__, 4991)).then(module => module.proxiedExchange())
            : __nccwpck_require__.e(/* import() */ 157).then(__nccwpck_require__.bind(__nccwpck_require__, 4157)).then(module => module.directExchange());
        const send = await exchange;
        return withDeadline(timeoutMs, signal => send(request, signal));
    };
}
/**
 * Runs `attempt` with a deadline over the whole exchange (connect, headers and body): a socket timeout only
 * measures idle time, so a server trickling a byte at a time would never hit it.
 */
async function withDeadline(timeoutMs, attempt) {
    const controller = new AbortController();
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => {
            // The event loop runs timers before I/O: a process starved of CPU (a storm of runs on one machine) can find
            // the deadline passed with the reply already in the socket. I/O gets one more turn before the attempt fails.
            setImmediate(() => {
                controller.abort();
                reject(new exchange/* TransportError */.wX(`no complete reply within ${timeoutMs / 1000} s`, 'timeout'));
            });
        }, timeoutMs);
        timer.unref();
    });
    try {
        return await Promise.race([attempt(controller.signal), deadline]);
    }
    finally {
        clearTimeout(timer);
    }
}

// EXTERNAL MODULE: ./src/delivery/wait-budget.ts
var wait_budget = __nccwpck_require__(1293);
;// CONCATENATED MODULE: ./src/delivery/deliver.ts






/**
 * Sends a rendered payload: retries what may succeed later, waits as the service asks or with jittered
 * backoff, keeps all waits within max-wait, and lets the platform read each reply and finish up after
 * success. Every message it produces is redacted.
 */
async function deliver(platform, payload, ctx, options, deps, hooks = {}) {
    const name = platform.descriptor.displayName;
    const budget = hooks.budget ?? new wait_budget/* WaitBudget */.T(name, options, deps);
    // One context object for request, parse and complete: platforms keep per-delivery state by it (the webhook-id,
    // a message's channel). Warnings of requests rebuilt per retry are shown once.
    const delivery = warningOnce(ctx);
    // Built before anything is sent, so missing credentials stop the delivery at once; rebuilt for each retry so
    // time-bound parts (a Standard Webhooks timestamp and signature) are fresh.
    const firstRequest = platform.request(payload, delivery);
    // A follow-up reply the platform reads as "not yet" or a rate limit is retried like the delivery.
    const sendFollowUp = (0,follow_up/* followUpSender */.qg)(name, budget, deps, (0,follow_up/* failureRetryReading */.Bv)(platform, delivery));
    // Only after an attempt that may have reached the service is it asked whether that attempt delivered.
    let mayHaveArrived = false;
    const what = hooks.what ?? 'delivery';
    const { value, attempts } = await budget.run(what, async (n) => {
        const earlier = mayHaveArrived ? await hooks.deliveredBeforeRetry?.(sendFollowUp) : undefined;
        if (earlier)
            return { done: true, value: { delivered: earlier } };
        const request = n === 1 ? firstRequest : platform.request(payload, delivery);
        const outcome = await attemptDelivery(platform, what, request, delivery, budget, deps);
        mayHaveArrived = !outcome.done && outcome.retryable && outcome.mayHaveArrived === true;
        return outcome;
    });
    const delivered = await completeDelivery(platform, value.delivered, delivery, sendFollowUp, deps);
    return { ...delivered, attempts, response: value.reply ? deps.secrets.redact(value.reply.body) : '' };
}
/** The context with each distinct warning passed on once (requests rebuilt per attempt repeat theirs). */
function warningOnce(ctx) {
    const shown = new Set();
    return {
        ...ctx,
        warn: problem => {
            const key = `${problem.path}\n${problem.message}`;
            if (shown.has(key))
                return;
            shown.add(key);
            ctx.warn(problem);
        }
    };
}
/** `env`: the runner's environment, for its proxy settings. */
function defaultDeliveryDeps(secrets, log, env = {}) {
    return {
        transport: createTransport(env),
        secrets,
        // Not unref'd: while waiting to retry, this timer is the only thing keeping the action running.
        sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
        random: Math.random,
        now: () => new Date(),
        log
    };
}
async function attemptDelivery(platform, what, request, ctx, budget, deps) {
    const sent = await budget.send(request, what);
    if (sent instanceof exchange/* TransportError */.wX)
        return (0,outcome/* transportFailure */.q)(platform.descriptor.displayName, sent);
    const verdict = platform.parse(sent, ctx);
    if (!verdict.ok)
        return (0,outcome/* replyFailure */.J)(platform.descriptor.displayName, what, sent, verdict, deps);
    const delivered = { url: verdict.url, id: verdict.id, status: verdict.status };
    return { done: true, value: { delivered, reply: sent } };
}
/**
 * The message is already out: a failing follow-up costs a detail (e.g. the message link), not the delivery. Unless
 * the follow-up shows the service did not take it after all (a DeliveryError: an asynchronous create it refused).
 */
async function completeDelivery(platform, delivered, ctx, sendFollowUp, deps) {
    if (!platform.complete)
        return delivered;
    try {
        return await platform.complete(delivered, ctx, sendFollowUp);
    }
    catch (error) {
        if (error instanceof errors/* DeliveryError */.VE)
            throw error;
        const message = error instanceof Error ? error.message : String(error);
        const name = platform.descriptor.displayName;
        deps.log(deps.secrets.redact(`${name}: delivered, but a request after the delivery failed (${message}); keeping ${delivered.url}`));
        return delivered;
    }
}


/***/ }),

/***/ 3487:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WM: () => (/* binding */ asTransportError),
/* harmony export */   Xw: () => (/* binding */ readReply),
/* harmony export */   _O: () => (/* binding */ USER_AGENT),
/* harmony export */   wX: () => (/* binding */ TransportError)
/* harmony export */ });
/**
 * No reply came back: the attempt ran out of time, the connection could not be made or broke, or Node refused to
 * make the request at all (`invalid-request`: a header it cannot send, which no retry changes).
 */
class TransportError extends Error {
    kind;
    host;
    constructor(message, kind, 
    /** The host the request went to, for messages that must name it (one that does not resolve). */
    host) {
        super(message);
        this.kind = kind;
        this.host = host;
        this.name = 'TransportError';
    }
}
const USER_AGENT = 'dagster-alert-relay';
/** Node's codes for a request it refuses to make; its messages name the header, never its value. */
const INVALID_REQUEST_CODES = new Set(['ERR_INVALID_CHAR', 'ERR_INVALID_HTTP_TOKEN', 'ERR_HTTP_INVALID_HEADER_VALUE']);
/** What went wrong on the way, as a TransportError naming the host. */
function asTransportError(error, host) {
    if (error instanceof TransportError)
        return error;
    const message = error instanceof Error ? error.message : String(error);
    const code = error?.code;
    if (typeof code === 'string' && INVALID_REQUEST_CODES.has(code)) {
        return new TransportError(message, 'invalid-request', host);
    }
    // http-client's idle timeout; only reachable when the attempt timeout is longer than it (3 minutes).
    if (message.startsWith('Request timeout'))
        return new TransportError(`${host} stopped answering`, 'timeout', host);
    return new TransportError(`connection to ${host} failed: ${message}`, 'connection', host);
}
/** The whole reply; fails when the connection breaks mid-body (http-client's own `readBody` would never settle). */
async function readReply(message) {
    const body = await new Promise((resolve, reject) => {
        const chunks = [];
        message.on('data', (chunk) => chunks.push(chunk));
        message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        message.on('error', reject);
        message.on('close', () => {
            if (!message.complete)
                reject(new Error('the connection closed before the reply was complete'));
        });
    });
    return { status: message.statusCode ?? 0, headers: flattenHeaders(message.headers), body };
}
function flattenHeaders(headers) {
    return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]));
}


/***/ }),

/***/ 953:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ failureRetryReading),
/* harmony export */   Ku: () => (/* binding */ platformRetryReading),
/* harmony export */   qg: () => (/* binding */ followUpSender)
/* harmony export */ });
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2588);
/* harmony import */ var _retry_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5065);
/* harmony import */ var _exchange_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3487);



/**
 * Follow-up replies worth retrying, in the platform's words: by status (5xx, 429) or because the platform says so
 * although the status does not (a rate limit sent with HTTP 200, a request not processed yet). Others are the
 * caller's to read.
 */
function platformRetryReading(platform, ctx) {
    return reply => {
        const verdict = platform.parse(reply, ctx);
        return !verdict.ok && (verdict.retry ?? (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .isRetryableStatus */ .PS)(reply.status)) ? verdict : undefined;
    };
}
/**
 * The same for a delivery's own follow-ups, reading failed replies only: a platform's parse may keep state from the
 * delivery's successful reply (the channel a message landed in) that a follow-up's reply must not replace.
 */
function failureRetryReading(platform, ctx) {
    const reading = platformRetryReading(platform, ctx);
    return reply => (reply.status >= 200 && reply.status < 300 ? undefined : reading(reply));
}
/**
 * The follow-up `send` handed to `platform.complete` and the issue tracker: same transport, retry policy and
 * wait budget. `retryReading` lets the platform retry replies whose status alone does not say so. `what` names the
 * requests in log lines and messages (the issue tracker's step: a search for open issues, a comment); by default
 * where each goes, as users know their hosts, not the action's internal steps.
 */
function followUpSender(name, budget, deps, retryReading, what) {
    return async (request) => {
        const named = what ?? `request to ${new URL(request.url).host}`;
        const { value } = await budget.run(named, async () => {
            const sent = await budget.send(request, named);
            if (sent instanceof _exchange_js__WEBPACK_IMPORTED_MODULE_2__/* .TransportError */ .wX)
                return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .transportFailure */ .q)(name, sent);
            const verdict = retryReading?.(sent);
            if (verdict)
                return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .replyFailure */ .J)(name, named, sent, verdict, deps);
            // Whatever else came back is the platform's to read.
            if (!(0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .isRetryableStatus */ .PS)(sent.status))
                return { done: true, value: sent };
            return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .replyFailure */ .J)(name, named, sent, { ok: false, message: sent.body }, deps);
        });
        return value;
    };
}


/***/ }),

/***/ 2588:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ replyFailure),
/* harmony export */   q: () => (/* binding */ transportFailure)
/* harmony export */ });
/* harmony import */ var _platforms_shared_reply_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3168);
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6689);
/* harmony import */ var _rate_limit_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4658);
/* harmony import */ var _retry_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5065);
/**
 * Reads a failed attempt (a transport error, or a reply the platform did not accept) as an Outcome: failed for
 * good, with a message saying what to do, or worth retrying, with how long the service asked to wait.
 */




function transportFailure(name, error) {
    const host = error.host ?? 'the host';
    if (error.kind === 'invalid-request') {
        return {
            done: false,
            retryable: false,
            message: `${name}: nothing was sent to ${host}, as Node refused the request (${error.message}), which no retry ` +
                'changes: a header value must be one line of printable characters. Check the headers, token and email inputs'
        };
    }
    // A name that does not exist will not exist on the next attempt either.
    if (/ENOTFOUND/.test(error.message)) {
        return {
            done: false,
            retryable: false,
            message: `${name}: the host ${host} does not resolve (DNS: ENOTFOUND), so nothing was sent: check the url input for a typo in the host name`
        };
    }
    const reason = error.kind === 'timeout' ? `timeout: ${error.message}` : error.message;
    // A timeout or a reset may come after the service stored the request; a refused connection never reached it.
    const mayHaveArrived = !/ECONNREFUSED|EAI_AGAIN/.test(error.message);
    // EAI_AGAIN is a temporary DNS failure: worth a retry or two, not the whole budget.
    const unresolvedHost = /EAI_AGAIN/.test(error.message) ? host : undefined;
    return { done: false, retryable: true, reason, mayHaveArrived, ...(unresolvedHost && { unresolvedHost }) };
}
function replyFailure(name, what, reply, verdict, deps) {
    const response = deps.secrets.redact(reply.body);
    if (reply.status >= 300 && reply.status < 400) {
        const location = reply.headers.location ? ` to ${reply.headers.location}` : '';
        return {
            done: false,
            retryable: false,
            response,
            message: `${name} answered HTTP ${reply.status}, a redirect${location}. Redirects are not followed, so credentials ` +
                'never reach another host: check the url input and use the final address'
        };
    }
    // Platforms word the detail; the status and the retry decision are said here, once.
    const detail = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(deps.secrets.redact(verdict.message), _platforms_shared_reply_js__WEBPACK_IMPORTED_MODULE_2__/* .REPLY_TEXT_LIMIT */ .Vp);
    const reason = `HTTP ${reply.status}: ${detail}`;
    if (!(verdict.retry ?? (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .isRetryableStatus */ .PS)(reply.status))) {
        return {
            done: false,
            retryable: false,
            response,
            message: `${name} did not accept the ${what} (HTTP ${reply.status}, not retried): ${detail}`
        };
    }
    const askedWait = waitAskedFor(reply, verdict.retryAfterSeconds, deps.now());
    const rateLimited = (0,_rate_limit_js__WEBPACK_IMPORTED_MODULE_3__/* .isRateLimit */ .a5)(reply, verdict);
    // 408, 425 and 429 say the request was not processed; a 5xx may come after it was.
    return { done: false, retryable: true, reason, response, askedWait, rateLimited, mayHaveArrived: reply.status >= 500 };
}
/** The longest wait the reply asks for, in its header or its body; never shorter than either. */
function waitAskedFor(reply, bodySeconds, now) {
    const asked = [];
    const headerSeconds = (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .retryAfterSeconds */ .C3)(reply.headers, now);
    if (headerSeconds !== undefined)
        asked.push({ seconds: headerSeconds, source: 'Retry-After' });
    // A platform may hand on whatever the body said; only a real duration counts.
    if (bodySeconds !== undefined && Number.isFinite(bodySeconds) && bodySeconds >= 0) {
        asked.push({ seconds: bodySeconds, source: 'retry_after in the reply body' });
    }
    return asked.sort((a, b) => b.seconds - a.seconds)[0];
}


/***/ }),

/***/ 4658:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KP: () => (/* binding */ spreadMs),
/* harmony export */   a5: () => (/* binding */ isRateLimit),
/* harmony export */   ft: () => (/* binding */ emptyBucketWaitMs)
/* harmony export */ });
/* unused harmony exports SPREAD_MIN_MS, SPREAD_MAX_MS */
/**
 * The random spread added on top of every rate-limit wait, so runs that were limited together come back apart:
 * uniform in [0, half the wait], but at least [0, 0.25 s] and at most [0, 30 s]. Half the wait spreads a storm's
 * retries over a stretch as long as half the service's window; the floor separates runs told "retry now"; the
 * cap keeps a long wait (a minute-long window) from growing by more than half a minute.
 */
const SPREAD_FRACTION = 0.5;
const SPREAD_MIN_MS = 250;
const SPREAD_MAX_MS = 30_000;
/** Whether a reply says "not now" because of a rate limit: the platform's reading, else HTTP 429. */
function isRateLimit(reply, verdict) {
    return verdict?.rateLimited === true || reply.status === 429;
}
/** The random spread (ms) to add to a rate-limit wait of `waitMs`; see SPREAD_FRACTION. */
function spreadMs(waitMs, random) {
    const width = Math.min(SPREAD_MAX_MS, Math.max(SPREAD_MIN_MS, waitMs * SPREAD_FRACTION));
    return random() * width;
}
/**
 * Milliseconds until the first of the reply's empty buckets refills (the longest when several are empty), or
 * undefined when no declared bucket is empty. Epoch seconds are measured against the service's clock (the reply's
 * `Date`, whole seconds too) when it sends one, so a runner clock that is off does not skew the wait; epoch
 * milliseconds against ours, as `Date` is too coarse for them.
 */
function emptyBucketWaitMs(reply, buckets, now) {
    const waits = buckets.flatMap(bucket => {
        const remaining = reply.headers[bucket.remaining]?.trim();
        const reset = Number(reply.headers[bucket.reset]?.trim() || NaN);
        if (remaining === undefined || remaining === '' || Number(remaining) > 0 || !Number.isFinite(reset))
            return [];
        if (bucket.resetIn === 'seconds')
            return [Math.max(0, reset * 1000)];
        if (bucket.resetIn === 'epoch-milliseconds')
            return [Math.max(0, reset - now.getTime())];
        return [Math.max(0, reset * 1000 - serviceNowMs(reply, now))];
    });
    return waits.length === 0 ? undefined : Math.ceil(Math.max(...waits));
}
function serviceNowMs(reply, now) {
    const date = Date.parse(reply.headers.date ?? '');
    return Number.isNaN(date) ? now.getTime() : date;
}


/***/ }),

/***/ 5065:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ retryAfterSeconds),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   TF: () => (/* binding */ RETRY_FLOOR_MS),
/* harmony export */   jo: () => (/* binding */ backoffMs)
/* harmony export */ });
/**
 * When to try again and how long to wait: the same for every platform. A platform only reads its replies
 * (`Verdict.retry`, `Verdict.retryAfterSeconds`); it never decides how retries happen.
 */
/** Statuses that say "not now" rather than "not this": timeouts, rate limits and transient server errors. */
const RETRYABLE_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);
const BACKOFF_BASE_MS = 1000;
const BACKOFF_CAP_MS = 30_000;
/**
 * The least wait before any retry, whatever set the wait (the service's `Retry-After: 0`, a bucket that refills at
 * once, a backoff that drew 0): a run never sends again without waiting, so a service that keeps answering "retry
 * now" costs four requests a second at most, and a spent max-wait stops the run instead of letting it spin.
 */
const RETRY_FLOOR_MS = 250;
function isRetryableStatus(status) {
    return RETRYABLE_STATUSES.has(status);
}
/**
 * The wait a `Retry-After` header asks for, in seconds: delay-seconds or an HTTP date (a date already past
 * means "now", 0). Undefined when the header is absent or unreadable.
 */
function retryAfterSeconds(headers, now) {
    const value = headers['retry-after']?.trim();
    if (!value)
        return undefined;
    if (/^\d+(?:\.\d+)?$/.test(value))
        return Number(value);
    // Date.parse also accepts bare numbers and other non-dates; an HTTP date always names a day or month.
    const date = /[a-z]/i.test(value) ? Date.parse(value) : NaN;
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, (date - now.getTime()) / 1000);
}
/**
 * Exponential backoff with full jitter: anywhere between 0 and `base * 2^retry` (capped), so clients that
 * failed together do not come back together. `retry` is 0 before the second attempt.
 */
function backoffMs(retry, random) {
    return random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** retry);
}


/***/ }),

/***/ 1293:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ WaitBudget)
/* harmony export */ });
/* unused harmony export MAX_REQUESTS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _rate_limit_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4658);
/* harmony import */ var _retry_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5065);
/* harmony import */ var _exchange_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3487);




/** What to do about an alert a failed delivery leaves undelivered: Dagster+ sends each alert once. */
const RERUN = 're-run the failed workflow run when the service is back (Dagster+ does not send the alert again)';
/** A temporary DNS failure (EAI_AGAIN) gets this many attempts of a request, not all of max-attempts. */
const DNS_ATTEMPTS = 2;
/**
 * The most requests one budget (a delivery with its follow-ups and tracker requests) sends, whatever the replies
 * say: the last line of defence against a loop the waits do not stop. A storm's slowest run, waiting out rate
 * limits for minutes, stays far below it.
 */
const MAX_REQUESTS = 200;
/**
 * Attempts of each request, and the max-wait budget all of them share. Real errors (5xx, timeouts, resets) use
 * up max-attempts; rate limits only max-wait. Every retry waits at least RETRY_FLOOR_MS, and a run that cannot
 * afford that stops. Every request goes through `send`, which first waits for a bucket an earlier reply said was
 * empty, and which refuses to send more than MAX_REQUESTS.
 */
class WaitBudget {
    service;
    options;
    deps;
    waitedMs = 0;
    requests = 0;
    rateLimitWaitedMs = 0;
    /** When the bucket an earlier reply reported empty refills (epoch ms), until the next request waits for it. */
    bucketRefillsAt;
    constructor(service, options, deps) {
        this.service = service;
        this.options = options;
        this.deps = deps;
    }
    /**
     * Runs `attempt` (given its number, from 1) until it is done, fails for good, runs out of attempts or out of wait.
     * `what` names the request (the delivery, a search for open issues, a comment) in every line and message.
     */
    async run(what, attempt) {
        const { maxAttempts } = this.options;
        let errors = 0;
        let rateLimits = 0;
        let dnsFailures = 0;
        for (let n = 1;; n++) {
            const outcome = await attempt(n);
            if (outcome.done)
                return { value: outcome.value, attempts: n };
            if (!outcome.retryable)
                throw this.failure(outcome.message, n, outcome.response);
            if (outcome.rateLimited) {
                rateLimits++;
                const waitMs = this.rateLimitWait(what, outcome, n, rateLimits);
                const line = `${this.service} ${what}: rate limited, retrying in ${seconds(waitMs)} s (does not count against max-attempts): ${outcome.reason}`;
                this.deps.log(this.deps.secrets.redact(line));
                await this.waitForRateLimit(waitMs);
                continue;
            }
            errors++;
            if (outcome.unresolvedHost && ++dnsFailures >= DNS_ATTEMPTS) {
                throw this.failure(`${this.service}: the host ${outcome.unresolvedHost} did not resolve (DNS: EAI_AGAIN, ${attempts(dnsFailures)}): ` +
                    "check the url input for a typo in the host name; if it is right, the runner's DNS is failing", n, outcome.response);
            }
            if (errors >= maxAttempts) {
                throw this.failure(`${this.service} ${what} failed after ${attempts(n)}: ${outcome.reason}. The service may be down or ` +
                    `overloaded: check its status, raise max-attempts or max-wait, or ${RERUN}`, n, outcome.response);
            }
            const waitMs = this.errorWait(what, outcome, n, errors);
            const line = `${this.service} ${what}: attempt ${errors + 1}/${maxAttempts} in ${seconds(waitMs)} s: ${outcome.reason}`;
            this.deps.log(this.deps.secrets.redact(line));
            await this.deps.sleep(waitMs);
            this.waitedMs += waitMs;
        }
    }
    /**
     * Sends one request (`what`, as run names it), after waiting for a bucket an earlier reply reported empty; notes
     * the reply's buckets.
     */
    async send(request, what) {
        if (++this.requests > MAX_REQUESTS) {
            throw this.failure(`${this.service}: ${MAX_REQUESTS} requests were sent for this alert without finishing, so the run stops ` +
                `rather than flood the service. Check its status, or ${RERUN}`, MAX_REQUESTS, undefined);
        }
        await this.waitForBucket(what);
        let reply;
        try {
            reply = await this.deps.transport(request, this.options.timeoutSeconds * 1000);
        }
        catch (error) {
            if (error instanceof _exchange_js__WEBPACK_IMPORTED_MODULE_2__/* .TransportError */ .wX)
                return error;
            throw error;
        }
        const emptyMs = (0,_rate_limit_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyBucketWaitMs */ .ft)(reply, this.options.rateLimitHeaders ?? [], this.deps.now());
        this.bucketRefillsAt = emptyMs === undefined ? undefined : this.deps.now().getTime() + emptyMs;
        return reply;
    }
    /** Waits `ms` when that much of max-wait is left (true), else does not wait at all (false). */
    async pause(ms) {
        if (ms > this.leftMs())
            return false;
        await this.deps.sleep(ms);
        this.waitedMs += ms;
        return true;
    }
    /**
     * An empty bucket: wait for its refill (plus the spread, and never less than the floor) rather than spend a
     * request to learn it. A refill beyond what is left of max-wait is not waited for: the reply to the request will
     * say what to do.
     */
    async waitForBucket(what) {
        if (this.bucketRefillsAt === undefined)
            return;
        const refillMs = Math.max(_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .RETRY_FLOOR_MS */ .TF, this.bucketRefillsAt - this.deps.now().getTime());
        this.bucketRefillsAt = undefined;
        if (refillMs > this.leftMs())
            return;
        const waitMs = Math.min(this.leftMs(), refillMs + (0,_rate_limit_js__WEBPACK_IMPORTED_MODULE_3__/* .spreadMs */ .KP)(refillMs, this.deps.random));
        this.deps.log(`${this.service} ${what}: the rate-limit bucket is empty: waiting ${seconds(waitMs)} s for it to refill`);
        await this.waitForRateLimit(waitMs);
    }
    /**
     * A rate limit: the longer of the wait the service asked for, its empty bucket's refill and the floor, plus the
     * spread; a wait the service asks for beyond what is left of max-wait fails at once. Nothing asked: backoff with
     * full jitter, never under the floor. When not even the floor is left, the run stops.
     */
    rateLimitWait(what, outcome, n, rateLimits) {
        const refillMs = this.bucketRefillsAt === undefined ? undefined : Math.max(0, this.bucketRefillsAt - this.deps.now().getTime());
        this.bucketRefillsAt = undefined;
        const askedMs = outcome.askedWait ? Math.ceil(outcome.askedWait.seconds * 1000) : undefined;
        const serviceMs = askedMs === undefined && refillMs === undefined ? undefined : Math.max(askedMs ?? 0, refillMs ?? 0);
        const leftMs = this.leftMs();
        if (serviceMs !== undefined && serviceMs > leftMs) {
            const source = outcome.askedWait && askedMs === serviceMs ? outcome.askedWait.source : 'its rate-limit headers';
            throw this.waitTooLong(what, serviceMs, source, n, outcome);
        }
        if (leftMs < _retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .RETRY_FLOOR_MS */ .TF) {
            const waited = this.rateLimitWaitedMs > 0 ? ` (${seconds(this.rateLimitWaitedMs)} s of them waiting for rate limits)` : '';
            throw this.failure(`${this.service} is still rate limiting the ${what} after ${attempts(n)}: the ${this.options.maxWaitSeconds} s of ` +
                `max-wait are used up${waited}. Last reply: ${outcome.reason}. Raise max-wait or ${RERUN}`, n, outcome.response);
        }
        if (serviceMs === undefined) {
            return Math.min(leftMs, Math.max(_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .RETRY_FLOOR_MS */ .TF, (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .backoffMs */ .jo)(rateLimits - 1, this.deps.random)));
        }
        const minimumMs = Math.max(_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .RETRY_FLOOR_MS */ .TF, serviceMs);
        return Math.min(leftMs, minimumMs + (0,_rate_limit_js__WEBPACK_IMPORTED_MODULE_3__/* .spreadMs */ .KP)(minimumMs, this.deps.random));
    }
    /**
     * A real error: a wait the service asks for is honoured exactly (never under the floor) or not at all; a backoff
     * is clamped to what is left, and raised to the floor. When not even the floor is left, the run stops.
     */
    errorWait(what, outcome, n, errors) {
        const leftMs = this.leftMs();
        const asked = outcome.askedWait;
        const askedMs = asked ? Math.ceil(asked.seconds * 1000) : undefined;
        if (asked && askedMs !== undefined && askedMs > leftMs)
            throw this.waitTooLong(what, askedMs, asked.source, n, outcome);
        if (leftMs < _retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .RETRY_FLOOR_MS */ .TF) {
            throw this.failure(`${this.service} ${what} failed after ${attempts(n)}: the ${this.options.maxWaitSeconds} s of max-wait are ` +
                `used up. Last error: ${outcome.reason}. Raise max-wait or ${RERUN}`, n, outcome.response);
        }
        return Math.max(_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .RETRY_FLOOR_MS */ .TF, askedMs ?? Math.min((0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .backoffMs */ .jo)(errors - 1, this.deps.random), leftMs));
    }
    /** The service asked for a wait before retrying `what` (`source` says where) longer than what is left of max-wait. */
    waitTooLong(what, askedMs, source, n, outcome) {
        const waited = this.rateLimitWaitedMs > 0 ? ` (${seconds(this.rateLimitWaitedMs)} s already waited for rate limits)` : '';
        return this.failure(`${this.service} asked to wait ${seconds(askedMs)} s before retrying the ${what} (${source}), more than the ` +
            `${seconds(this.leftMs())} s left of max-wait${waited}; raise max-wait or ${RERUN}. ` +
            `Last reply after ${attempts(n)}: ${outcome.reason}`, n, outcome.response);
    }
    async waitForRateLimit(ms) {
        await this.deps.sleep(ms);
        this.waitedMs += ms;
        this.rateLimitWaitedMs += ms;
        this.deps.onRateLimitWait?.(ms);
    }
    leftMs() {
        return this.options.maxWaitSeconds * 1000 - this.waitedMs;
    }
    failure(message, attemptCount, response) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeliveryError */ .VE(this.deps.secrets.redact(message), attemptCount, response);
    }
}
function attempts(n) {
    return n === 1 ? '1 attempt' : `${n} attempts`;
}
/** Seconds with one decimal at most: "1.3", "300". */
function seconds(ms) {
    return String(Math.round(ms / 100) / 10);
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ TemplateError),
/* harmony export */   VE: () => (/* binding */ DeliveryError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   tG: () => (/* binding */ PayloadError)
/* harmony export */ });
/** A problem with what the user configured: names the input, what is wrong and what to do. */
class InputError extends Error {
    input;
    constructor(input, problem, fix) {
        super(`Input '${input}': ${problem}. ${fix}`);
        this.input = input;
        this.name = 'InputError';
    }
}
/** A template that cannot be parsed or rendered; `line`/`column` are 1-based positions in `file`. */
class TemplateError extends Error {
    file;
    line;
    column;
    constructor(message, file, line, column) {
        super(line ? `${file}:${line}${column ? `:${column}` : ''}: ${message}` : `${file}: ${message}`);
        this.file = file;
        this.line = line;
        this.column = column;
        this.name = 'TemplateError';
    }
}
/** A rendered payload the platform would reject (after fitting); problems name the JSON path. */
class PayloadError extends Error {
    platform;
    problems;
    constructor(platform, problems) {
        super(`The rendered ${platform} payload would be rejected:\n${problems.map(p => `  - ${p.path || '(body)'}: ${p.message}`).join('\n')}`);
        this.platform = platform;
        this.problems = problems;
        this.name = 'PayloadError';
    }
}
/** Nothing was delivered. `message` carries the platform's own error text, already redacted. */
class DeliveryError extends Error {
    attempts;
    response;
    constructor(message, attempts, response) {
        super(message);
        this.attempts = attempts;
        this.response = response;
        this.name = 'DeliveryError';
    }
}


/***/ }),

/***/ 3837:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bk: () => (/* binding */ missingTokens),
/* harmony export */   gL: () => (/* binding */ deriveValues),
/* harmony export */   jZ: () => (/* binding */ DERIVED_NAMES)
/* harmony export */ });
/* unused harmony export neededTokens */
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5412);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3571);
/* harmony import */ var _tokens_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2396);



// Typed as a record so adding a field to Derived without naming it here fails to compile.
const DERIVED_KEYS = {
    alert_status: true,
    status_color: true,
    start_time_iso: true,
    end_time_iso: true,
    fingerprint: true,
    github: true,
    is_recovery: true
};
/** The names `deriveValues` can add to the template scope. */
const DERIVED_NAMES = Object.keys(DERIVED_KEYS);
// Status tokens, the one describing the whole alert first.
const STATUS_TOKENS = ['run_status', 'health_status', 'freshness_status', 'checks_status', 'materialization_status'];
const STATUS_ALIASES = { OK: 'HEALTHY', FAILED: 'FAILURE', SUCCEEDED: 'SUCCESS', CANCELLED: 'CANCELED' };
const FRESHNESS_ALIASES = { OK: 'PASS', PASSED: 'PASS', FAILED: 'FAIL', WARNING: 'WARN' };
/** What each alert status means; recovery statuses close an issue that a failure opened. */
const STATUS_TONES = {
    FAILURE: 'failure',
    FAIL: 'failure',
    ERROR: 'failure',
    SUCCESS: 'recovery',
    HEALTHY: 'recovery',
    PASS: 'recovery',
    DEGRADED: 'warning',
    WARNING: 'warning',
    WARN: 'warning',
    EXCEEDED: 'warning',
    CHANGED: 'warning'
};
// Embed colours (decimal RGB): red, green, orange; grey for any other status.
const TONE_COLORS = { failure: 15158332, recovery: 3066993, warning: 15105570 };
const OTHER_COLOR = 9807270;
const ALL_SUBJECT_TOKENS = [...new Set(_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .NOTIFICATION_TYPES */ .I9.flatMap(t => t.subject))];
const FINGERPRINT_LENGTH = 16;
function deriveValues(alert, env) {
    const type = (0,_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .notificationType */ .IO)(textOf(alert.notification_type) ?? '');
    const status = alertStatus(alert, type);
    const tone = STATUS_TONES[status];
    const startIso = isoTime(alert.start_time);
    const endIso = isoTime(alert.end_time);
    const derived = {
        alert_status: status,
        status_color: tone ? TONE_COLORS[tone] : OTHER_COLOR,
        ...(startIso && { start_time_iso: startIso }),
        ...(endIso && { end_time_iso: endIso }),
        fingerprint: '',
        github: githubContext(env),
        is_recovery: tone === 'recovery'
    };
    // Hashed when first read (a template or the issue tracking reads it): most sends never need it, and hashing
    // loads node:crypto, which costs start-up.
    let hash;
    Object.defineProperty(derived, 'fingerprint', { enumerable: true, get: () => (hash ??= fingerprint(alert, type)) });
    return derived;
}
/** The one table of the tokens each notification type needs, read from the catalogue and the derivation rules. */
function neededTokens(type) {
    const status = type.alertStatus ? [] : STATUS_TOKENS.filter(token => type.tokens.includes(token));
    return { type: type.type, subject: type.subject, status };
}
/**
 * What the alert lacks for its fingerprint and status (a Dagster+ webhook body without the type's tokens): every
 * alert of the policy then shares one fingerprint (one issue, one dedupe key), or a recovery is not recognised.
 */
function missingTokens(alert) {
    const type = (0,_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .notificationType */ .IO)(textOf(alert.notification_type) ?? '');
    if (!type)
        return [];
    const needed = neededTokens(type);
    const lacks = (tokens) => tokens.length > 0 && !tokens.some(token => textOf(alert[token]));
    const missing = [];
    if (lacks(needed.subject)) {
        missing.push({
            tokens: needed.subject,
            consequence: `every ${type.type} alert of this policy gets the same fingerprint, so they all share one issue (one dedupe key) instead of one each`
        });
    }
    if (lacks(needed.status)) {
        missing.push({
            tokens: needed.status,
            consequence: `alert_status is ${alertStatus(alert, type)} whatever happened, so a recovery is not recognised and never closes its issue`
        });
    }
    return missing;
}
function alertStatus(alert, type) {
    for (const token of STATUS_TOKENS) {
        const value = textOf(alert[token]);
        if (value)
            return canonicalStatus(token, value);
    }
    if (type?.alertStatus)
        return type.alertStatus;
    return textOf(alert.failure_message) ? 'FAILURE' : 'ALERT';
}
function canonicalStatus(token, value) {
    const status = value
        .trim()
        .toUpperCase()
        .replace(/[\s-]+/g, '_');
    const aliases = token === 'freshness_status' ? FRESHNESS_ALIASES : STATUS_ALIASES;
    return aliases[status] ?? status;
}
/** A hash of the problem, not the occurrence: the same for its failure and its recovery, whatever the run or time. */
function fingerprint(alert, type) {
    const deployment = textOf(alert.deployment_name) ?? textOf(alert.deployment_url) ?? '';
    const policy = textOf(alert.alert_policy_id) ?? textOf(alert.alert_policy_name) ?? '';
    const problem = JSON.stringify([deployment, policy, subject(alert, type)]);
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(problem).slice(0, FINGERPRINT_LENGTH);
}
// What the alert is about, named with its token so a job and an asset that share a name stay apart.
function subject(alert, type) {
    const candidates = type ? type.subject : ALL_SUBJECT_TOKENS;
    const token = candidates.find(name => textOf(alert[name]));
    if (token)
        return `${token}=${textOf(alert[token])}`;
    return type?.type ?? textOf(alert.notification_type)?.trim().toUpperCase() ?? '';
}
function isoTime(value) {
    const text = textOf(value);
    return text === undefined ? undefined : (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .toIso8601 */ .Y)(text);
}
function githubContext(env) {
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const repository = env.GITHUB_REPOSITORY || undefined;
    const runId = env.GITHUB_RUN_ID || undefined;
    return {
        server_url: serverUrl,
        ...(repository && { repository }),
        ...(repository && runId && { run_url: `${serverUrl}/${repository}/actions/runs/${runId}` })
    };
}
function textOf(value) {
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}


/***/ }),

/***/ 3002:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ normaliseAlert),
/* harmony export */   y: () => (/* binding */ isMissingValue)
/* harmony export */ });
// A whole value that is still `{{ token }}`: Dagster+ left the token unreplaced because the alert has no such value.
const UNREPLACED_TOKEN = /^\{\{\s*[\w.-]+\s*\}\}$/;
/** True when a token value carries nothing: null, blank, or an unreplaced `{{token}}`. */
function isMissingValue(value) {
    if (value === null || value === undefined)
        return true;
    if (typeof value !== 'string')
        return false;
    const text = value.trim();
    return text === '' || UNREPLACED_TOKEN.test(text);
}
/** Drops missing values, turns `is_sample` into a boolean and every other value into text; keeps unknown tokens. */
function normaliseAlert(data) {
    const entries = Object.entries(data)
        .filter(([, value]) => !isMissingValue(value))
        .map(([name, value]) => [name, name === 'is_sample' ? sampleFlag(value) : asText(value)]);
    // fromEntries defines own properties, so a `__proto__` key stays data and never reaches the prototype.
    return Object.fromEntries(entries);
}
function sampleFlag(value) {
    if (typeof value === 'boolean')
        return value;
    const text = asText(value);
    const lower = text.trim().toLowerCase();
    return lower === 'true' ? true : lower === 'false' ? false : text;
}
/**
 * The value as well-formed text: a lone surrogate (half of an emoji cut by a truncation upstream, or planted) becomes
 * U+FFFD, so no filter (`uri_escape` throws on one) and no service (which would refuse the JSON) fails on it.
 */
function asText(value) {
    const text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
    return wellFormed(text);
}
/** `String.prototype.toWellFormed` (ES2024; Node 20 has it, the ES2023 typings do not). */
function wellFormed(text) {
    return text.toWellFormed();
}


/***/ }),

/***/ 4592:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ templateScope),
/* harmony export */   g: () => (/* binding */ knownVariableNames)
/* harmony export */ });
/* harmony import */ var _derive_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3837);
/* harmony import */ var _tokens_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2396);


/** What `<< … >>` can see: the alert tokens, the derived values, `vars`, and the whole alert as `alert`. */
function templateScope(alert, derived, vars) {
    const scope = { ...alert };
    // Copied as defined, so a value computed when read (the fingerprint) is still computed only when read. An
    // undefined derived value stays absent, so templates drop its key instead of printing it.
    for (const [name, property] of Object.entries(Object.getOwnPropertyDescriptors(derived))) {
        if (!('value' in property) || property.value !== undefined)
            Object.defineProperty(scope, name, property);
    }
    return Object.assign(scope, { vars, alert });
}
/** Every variable name a template may use without a warning, whether or not this alert has it. */
function knownVariableNames() {
    return new Set([..._tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .TOKENS */ .xZ.keys(), ..._derive_js__WEBPACK_IMPORTED_MODULE_0__/* .DERIVED_NAMES */ .jZ, 'vars', 'alert', 'github']);
}


/***/ }),

/***/ 3571:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ toIso8601)
/* harmony export */ });
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Dagster+ renders times as "Jan 8, 2026 10:00 AM" (no zone): read as UTC.
const DAGSTER_TIME = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))? ?([AaPp][Mm])$/;
/** Dagster's "Jan 8, 2026 10:00 AM", an ISO 8601 string or epoch seconds, as ISO 8601 UTC; undefined if unreadable. */
function toIso8601(text) {
    const value = text.trim();
    const match = DAGSTER_TIME.exec(value);
    if (match) {
        const [, mon, day, year, hour, minute, second, half] = match;
        const month = MONTHS.indexOf(mon.toLowerCase());
        const h = Number(hour);
        if (month < 0 || h < 1 || h > 12)
            return undefined;
        const hour24 = (h % 12) + (half.toLowerCase() === 'pm' ? 12 : 0);
        const date = new Date(Date.UTC(Number(year), month, Number(day), hour24, Number(minute), Number(second ?? 0)));
        return date.getUTCDate() === Number(day) ? stripMillis(date) : undefined;
    }
    if (/^\d{9,10}(\.\d+)?$/.test(value))
        return stripMillis(new Date(Number(value) * 1000));
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) {
        const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value}Z`;
        const date = new Date(zoned);
        return Number.isNaN(date.getTime()) ? undefined : stripMillis(date);
    }
    return undefined;
}
function stripMillis(date) {
    return date.toISOString().replace('.000Z', 'Z');
}


/***/ }),

/***/ 2396:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Dn: () => (/* reexport */ GLOBAL_TOKENS),
  I9: () => (/* reexport */ NOTIFICATION_TYPES),
  xZ: () => (/* reexport */ TOKENS),
  z$: () => (/* reexport */ hostileAlert),
  IO: () => (/* reexport */ notificationType),
  $Q: () => (/* reexport */ sample_alerts_sampleAlert)
});

// UNUSED EXPORTS: RECOVERY_TYPES, sampleRecovery

;// CONCATENATED MODULE: ./src/event/example-values.ts
/** Example values the catalogue's tokens, notification types and recoveries share: one deployment, run and asset. */
const DEPLOYMENT_URL = 'https://acme.dagster.cloud/prod';
const RUN_ID = '4f1c2a9e-7b3d-4c8e-a5f6-2d9b0e1c3a7f';
const RUN_LINK = `${DEPLOYMENT_URL}/runs/${RUN_ID}`;
const LOCATION_LINK = `${DEPLOYMENT_URL}/locations/analytics_pipelines`;
const ASSET_LINK = `${DEPLOYMENT_URL}/assets/analytics/daily_orders`;
function lines(...texts) {
    return texts.join('\n');
}
const STEP_FAILURE = lines('dagster._core.errors.DagsterExecutionStepExecutionError: Error occurred while executing op "load_data":', '', 'psycopg2.errors.UndefinedTable: relation "raw.orders" does not exist', "LINE 1: SELECT * FROM raw.orders WHERE order_date = '2026-01-08'");
const IMPORT_FAILURE = "dagster._core.errors.DagsterImportError: Encountered ImportError: `No module named 'pandas'` while importing module analytics_pipelines";

;// CONCATENATED MODULE: ./src/event/token-specs.ts
/** Every Dagster+ alert token: its name, what it means, an example value and what kind of value it is. */

function spec(name, kind, description, example) {
    return { name, kind, description, example };
}
const GLOBAL_TOKENS = [
    spec('alert_summary', 'text', 'One-line summary of the alert.', 'Job daily_etl failed'),
    spec('alert_content', 'trace', 'Full alert details: errors and links.', lines(`Run ${RUN_ID} of job daily_etl failed.`, '', STEP_FAILURE, '', `View run: ${RUN_LINK}`)),
    spec('deployment_name', 'text', 'Name of the Dagster+ deployment.', 'prod'),
    spec('deployment_url', 'url', 'URL of the Dagster+ deployment.', DEPLOYMENT_URL),
    spec('alert_policy_name', 'text', 'Name of the alert policy that triggered.', 'Critical Alerts'),
    spec('alert_policy_id', 'id', 'Unique ID of the alert policy.', '3f5e8c1a-6b2d-4e7f-9a10-5c8d2b7e4f61'),
    spec('notification_type', 'id', 'Type of notification event, e.g. JOB or TICK.', 'JOB'),
    spec('is_sample', 'flag', '`true` when Dagster+ sent a test notification.', 'false'),
    spec('alert_id', 'id', 'Unique ID of this alert.', 'b7d2e9f0-1c3a-4d5b-8e6f-0a9b8c7d6e5f'),
    spec('alert_policy_description', 'text', 'Description of the alert policy.', 'Page the data on-call when a production job fails')
];
const TYPE_TOKENS = [
    spec('job_name', 'text', 'Name of the job.', 'daily_etl'),
    spec('run_id', 'id', 'Unique ID of the run.', RUN_ID),
    spec('run_link', 'url', 'URL of the run in Dagster+.', RUN_LINK),
    spec('run_status', 'status', 'Run status, e.g. SUCCESS or FAILURE.', 'FAILURE'),
    spec('failure_message', 'trace', 'Error of a failed run, materialization or code location load.', STEP_FAILURE),
    spec('user_name', 'text', 'Name of the user who launched the run.', 'Jane Doe'),
    spec('user_email', 'email', 'Email of the user who launched the run.', 'jane.doe@example.com'),
    spec('partition_name', 'text', 'Partition of the run, if any.', '2026-01-08'),
    spec('schedule_name', 'text', 'Schedule that launched the run.', 'daily_schedule'),
    spec('sensor_name', 'text', 'Sensor that launched the run.', 'new_files_sensor'),
    spec('elapsed_time', 'text', 'Human-readable duration of the run.', '5 minutes'),
    spec('start_time', 'time', 'Start time of the run (UTC).', 'Jan 8, 2026 10:00 AM'),
    spec('end_time', 'time', 'End time of the run (UTC).', 'Jan 8, 2026 10:05 AM'),
    spec('asset_key', 'text', 'Full asset key.', 'analytics/daily_orders'),
    spec('asset_name', 'text', 'Name of the asset.', 'daily_orders'),
    spec('health_status', 'status', 'Overall asset health, e.g. HEALTHY (OK), WARNING or DEGRADED.', 'DEGRADED'),
    spec('materialization_status', 'status', "Health of the asset's materializations.", 'DEGRADED'),
    spec('checks_status', 'status', "Health of the asset's checks.", 'WARNING'),
    spec('freshness_status', 'status', 'Freshness state: PASS, WARN, FAIL or UNKNOWN.', 'FAIL'),
    spec('location_name', 'text', 'Name of the code location.', 'analytics_pipelines'),
    spec('location_link', 'url', 'URL of the code location in Dagster+.', LOCATION_LINK),
    spec('instigator_name', 'text', 'Name of the schedule or sensor.', 'daily_schedule'),
    spec('instigator_type', 'id', 'Type of instigator: schedule or sensor.', 'schedule'),
    spec('agent_url', 'url', 'URL of the agents page in Dagster+.', `${DEPLOYMENT_URL}/agents`),
    spec('metric_name', 'text', 'Internal name of the Insights metric.', 'dagster_credits'),
    spec('threshold', 'number', 'Configured threshold value.', '1000'),
    spec('computed_value', 'number', 'Actual computed value.', '1250'),
    spec('insights_url', 'url', 'URL of the Insights page.', `${DEPLOYMENT_URL}/insights`)
];
const TOKENS = new Map([...GLOBAL_TOKENS, ...TYPE_TOKENS].map(t => [t.name, t]));
/** The catalogue entry of token `name`; a name missing from it is a bug. */
function tokenSpec(name) {
    const found = TOKENS.get(name);
    if (!found)
        throw new Error(`Token '${name}' is missing from the catalogue`);
    return found;
}

;// CONCATENATED MODULE: ./src/event/notification-types.ts
/** Dagster+'s notification types: the tokens each one carries beyond the global ones, and its example values. */

const RUN_TOKENS = ['run_id', 'run_link', 'failure_message', 'user_name', 'user_email'];
const ASSET_TOKENS = ['asset_key', 'asset_name'];
const ASSET_SUBJECT = ['asset_key', 'asset_name'];
const NOTIFICATION_TYPES = [
    {
        type: 'JOB',
        title: 'Job run (success, failure, long-running)',
        tokens: [
            'job_name',
            'run_id',
            'run_link',
            'run_status',
            'failure_message',
            'user_name',
            'user_email',
            'partition_name',
            'schedule_name',
            'sensor_name',
            'elapsed_time',
            'start_time',
            'end_time'
        ],
        subject: ['job_name'],
        examples: {}
    },
    {
        type: 'ASSET_MATERIALIZATION',
        title: 'Asset materialization (success, failure, check failure)',
        tokens: [...ASSET_TOKENS, ...RUN_TOKENS],
        subject: ASSET_SUBJECT,
        examples: {
            alert_summary: 'Asset analytics/daily_orders failed to materialize',
            alert_content: lines(`Materialization of analytics/daily_orders failed in run ${RUN_ID}.`, '', STEP_FAILURE, '', `View run: ${RUN_LINK}`)
        }
    },
    {
        type: 'ASSET_HEALTH',
        title: 'Asset health',
        tokens: [...ASSET_TOKENS, 'health_status', 'materialization_status', 'checks_status', 'freshness_status'],
        subject: ASSET_SUBJECT,
        examples: {
            alert_summary: 'Asset analytics/daily_orders is DEGRADED',
            alert_content: lines('Asset analytics/daily_orders is DEGRADED.', 'Materialization: DEGRADED', 'Checks: WARNING', 'Freshness: FAIL', '', `View asset: ${ASSET_LINK}`)
        }
    },
    {
        type: 'ASSET_FRESHNESS',
        title: 'Asset freshness',
        tokens: [...ASSET_TOKENS, 'freshness_status'],
        subject: ASSET_SUBJECT,
        examples: {
            alert_summary: 'Asset analytics/daily_orders is overdue',
            alert_content: lines('Asset analytics/daily_orders failed its freshness policy: last materialized 26 hours ago,', 'expected every 24 hours.', '', `View asset: ${ASSET_LINK}`)
        }
    },
    {
        type: 'TABLE_SCHEMA',
        title: 'Table schema change',
        tokens: [...ASSET_TOKENS],
        subject: ASSET_SUBJECT,
        alertStatus: 'CHANGED',
        examples: {
            alert_summary: 'Schema of analytics/daily_orders changed',
            alert_content: lines('Columns of analytics/daily_orders changed:', '- removed: discount_code (VARCHAR)', '+ added: discount_id (BIGINT)')
        }
    },
    {
        type: 'CODE_LOCATION',
        title: 'Code location load failure',
        tokens: ['location_name', 'location_link', 'failure_message'],
        subject: ['location_name'],
        alertStatus: 'FAILURE',
        examples: {
            alert_summary: 'Code location analytics_pipelines failed to load',
            alert_content: lines('Code location analytics_pipelines failed to load.', '', IMPORT_FAILURE, '', `View: ${LOCATION_LINK}`),
            failure_message: IMPORT_FAILURE
        }
    },
    {
        type: 'TICK',
        title: 'Schedule or sensor tick failure',
        tokens: ['instigator_name', 'instigator_type'],
        subject: ['instigator_name'],
        alertStatus: 'FAILURE',
        examples: {
            alert_summary: 'Schedule daily_schedule failed to tick',
            alert_content: lines('Tick of schedule daily_schedule failed.', '', 'dagster._core.errors.ScheduleExecutionError: Error occurred during the execution of should_execute for schedule daily_schedule')
        }
    },
    {
        type: 'AGENT',
        title: 'Agent downtime',
        tokens: ['agent_url'],
        subject: [],
        alertStatus: 'FAILURE',
        examples: {
            alert_summary: 'Dagster+ agent is unavailable',
            alert_content: `No agent has sent a heartbeat to deployment prod for 5 minutes.\n\nView agents: ${DEPLOYMENT_URL}/agents`
        }
    },
    {
        type: 'INSIGHTS',
        title: 'Insights metric threshold exceeded',
        tokens: ['metric_name', 'threshold', 'computed_value', 'insights_url'],
        subject: ['metric_name'],
        alertStatus: 'EXCEEDED',
        examples: {
            alert_summary: 'dagster_credits exceeded 1000',
            alert_content: `Insights metric dagster_credits is 1250, above the threshold of 1000.\n\nView: ${DEPLOYMENT_URL}/insights`
        }
    }
];
/** The notification type named `type`, ignoring case. */
function notificationType(type) {
    const wanted = type.trim().toUpperCase();
    return NOTIFICATION_TYPES.find(t => t.type === wanted);
}
/** The notification type named `type`; an unknown name is an error. */
function notification_types_requireType(type) {
    const found = notificationType(type);
    if (!found) {
        const known = NOTIFICATION_TYPES.map(t => t.type).join(', ');
        throw new Error(`Unknown notification type '${type}'; known types: ${known}`);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/event/sample-alerts.ts
/** Alerts filled from the catalogue: a realistic one of each notification type, and a hostile variant of it. */



/** A realistic alert of `type` (a failure-like one) with every global and type token set. */
function sample_alerts_sampleAlert(type) {
    const notification = notification_types_requireType(type);
    const names = [...GLOBAL_TOKENS.map(t => t.name), ...notification.tokens];
    const alert = Object.fromEntries(names.map(name => [name, notification.examples[name] ?? tokenSpec(name).example]));
    return { ...alert, notification_type: notification.type, is_sample: 'false' };
}
// Text a template must print literally and a platform must not act on: template and workflow syntax, replacement
// patterns, mentions, quotes, backslashes, control characters and astral-plane / ZWJ emoji.
const HOSTILE_TEXT = [
    '"double" \'single\' `tick` back\\slash \\n \\u0000 tab\there 🚨🔥👩‍💻',
    "<< alert_summary >> <%- raw %> {{ run_id }} ${{ secrets.GITHUB_TOKEN }} $& $1 $' </script>",
    '@everyone @here <@123> <@&456> ping',
    '::error file=x::injected workflow command'
].join('\n');
const TEN_KB = 10 * 1024;
/** A Python traceback of at least 10 KB, with hostile text, a code fence and a workflow command among its lines. */
function hostileTrace(example) {
    let trace = lines(example, '```', HOSTILE_TEXT, 'Traceback (most recent call last):');
    for (let frame = 1; trace.length < TEN_KB; frame++) {
        trace += `\n  File "/opt/dagster/app/analytics_pipelines/assets/orders_${frame}.py", line ${frame * 7}, in load_data`;
        trace += `\n    raise ValueError(f"bad row {row!r} in C:\\\\data\\\\orders_${frame}.csv: \\"quoted\\" ✗")`;
    }
    return lines(trace, 'ValueError: bad row \'{"id": 1}\'', '```', '::error::stack trace ends here');
}
/** The sample alert of `type` with hostile text in its free-text tokens; URLs, ids, statuses and times stay valid. */
function hostileAlert(type) {
    const sample = sample_alerts_sampleAlert(type);
    const hostile = Object.entries(sample).map(([name, value]) => {
        const kind = tokenSpec(name).kind;
        if (kind === 'trace')
            return [name, hostileTrace(value)];
        if (kind === 'text')
            return [name, `${value} ${HOSTILE_TEXT}`];
        return [name, value];
    });
    return Object.fromEntries(hostile);
}

;// CONCATENATED MODULE: ./src/event/recovery-alerts.ts
/** The alerts that end a sample alert's problem, for the notification types that have one. */



/**
 * What changes when the problem of an alert of these types is over (a run succeeded, an asset healthy or fresh
 * again); '' removes a token the recovery does not carry. Other types have no recovery alert.
 */
const RECOVERY_EXAMPLES = {
    JOB: {
        alert_summary: 'Job daily_etl succeeded',
        alert_content: lines(`Run ${RUN_ID} of job daily_etl succeeded.`, '', `View run: ${RUN_LINK}`),
        run_status: 'SUCCESS',
        failure_message: ''
    },
    ASSET_HEALTH: {
        alert_summary: 'Asset analytics/daily_orders is HEALTHY',
        alert_content: lines('Asset analytics/daily_orders is HEALTHY.', 'Materialization: HEALTHY', 'Checks: HEALTHY', 'Freshness: PASS', '', `View asset: ${ASSET_LINK}`),
        health_status: 'HEALTHY',
        materialization_status: 'HEALTHY',
        checks_status: 'HEALTHY',
        freshness_status: 'PASS'
    },
    ASSET_FRESHNESS: {
        alert_summary: 'Asset analytics/daily_orders is fresh again',
        alert_content: lines('Asset analytics/daily_orders passes its freshness policy again.', '', `View asset: ${ASSET_LINK}`),
        freshness_status: 'PASS'
    }
};
/** The notification types that have a recovery alert. */
const RECOVERY_TYPES = Object.keys(RECOVERY_EXAMPLES);
/** The recovery that ends `sampleAlert(type)`'s problem (same subject, so the same fingerprint); undefined when the type has none. */
function sampleRecovery(type) {
    const notification = requireType(type);
    const recovery = RECOVERY_EXAMPLES[notification.type];
    if (!recovery)
        return undefined;
    const alert = { ...sampleAlert(notification.type), ...recovery };
    return Object.fromEntries(Object.entries(alert).filter(([, value]) => value !== ''));
}

;// CONCATENATED MODULE: ./src/event/tokens.ts
/**
 * The Dagster+ alert token catalogue: one import surface behind sample alerts, known variable names, docs and the
 * dispatch-body generator. Tokens and notification types follow Dagster+'s webhook guide.
 */






/***/ }),

/***/ 5412:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zE: () => (/* binding */ randomId),
  Ru: () => (/* binding */ sha1Hex),
  fg: () => (/* binding */ sha256Hex)
});

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./src/hash.ts

let loaded;
/** node:crypto on first use: loading it costs start-up ~15 ms, and many sends never hash. */
function nodeCrypto() {
    loaded ??= (0,external_node_module_namespaceObject.createRequire)(import.meta.url)('node:crypto');
    return loaded;
}
/** The SHA-256 of a text, as hex. */
function sha256Hex(text) {
    return nodeCrypto().createHash('sha256').update(text).digest('hex');
}
/** A random UUID, for markers no text may guess. */
function randomId() {
    return nodeCrypto().randomUUID();
}
/** The SHA-1 of a text, as hex: git's object ids (the state kept as git refs computes them ahead of the API). */
function sha1Hex(text) {
    return nodeCrypto().createHash('sha1').update(text).digest('hex');
}


/***/ }),

/***/ 4268:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ oneLine),
/* harmony export */   y: () => (/* binding */ plainLines)
/* harmony export */ });
/**
 * Line ends and control characters in text from outside (alert text, a service's reply, a file name). Each is a
 * line end to something that reads the log: CR, LF and CRLF to the runner, VT, FF, NEL (U+0085), LS (U+2028)
 * and PS (U+2029) to Unicode-aware readers; other C0 controls, DEL and C1 controls (ESC, CSI, NUL, backspace)
 * are read by terminals (Unicode's Cc: U+0000–U+001F and U+007F–U+009F, written out because a Unicode property class
 * costs a millisecond of start-up to compile). The patterns match one character at a time, so replacing them is
 * linear in the text.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const BREAKS_AND_CONTROLS = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]+/g;
const LINE_BREAK = /\r\n?|[\n\v\f\u0085\u2028\u2029]/g;
/** Controls other than tab and the line ends above. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]/g;
/** The text on one line: each run of line ends and controls becomes one space; tabs stay. */
function oneLine(text) {
    return text.replace(BREAKS_AND_CONTROLS, ' ');
}
/** The text with every kind of line end written as `\n` and other controls (tabs excepted) as spaces. */
function plainLines(text) {
    return text.replace(LINE_BREAK, '\n').replace(CONTROL, ' ');
}


/***/ }),

/***/ 5911:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   OF: () => (/* binding */ fenced),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   fH: () => (/* binding */ safeMarkdown),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   oR: () => (/* binding */ joined),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony export Markdown */
/* harmony import */ var _line_breaks_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4268);

/**
 * Job summary Markdown in which no value can become markup. The summary is written as `safeMarkdown` templates: the
 * template's own text is the program's, every value put into it is text from outside (alert text, a reply, a
 * file name) and is redacted and escaped when the output choke point renders it. A value is shown as text
 * (`safeMarkdown\`| Status | ${status} |\``), as code (`code`), as a link only when it is an http(s) URL (`link`), or
 * in a fenced block it cannot close (`fenced`).
 */
class Markdown {
    pieces;
    /** Only this module's builders hold `BUILT`, so text from outside cannot be made Markdown. */
    constructor(built, pieces) {
        this.pieces = pieces;
        if (built !== BUILT)
            throw new Error('Markdown is built with the safeMarkdown tag');
    }
}
const BUILT = Symbol('built by summary-markdown');
const LINE_END = built([{ kind: 'markdown', text: '\n' }]);
function built(pieces) {
    return new Markdown(BUILT, pieces);
}
/** The tag for summary templates: the literal text is Markdown, every `${value}` is escaped as text. */
function safeMarkdown(literals, ...values) {
    const pieces = [];
    literals.forEach((literal, i) => {
        pieces.push({ kind: 'markdown', text: literal });
        if (i < values.length)
            pieces.push(...piecesOf(values[i]));
    });
    return built(pieces);
}
/** Parts joined by a separator (a line end, by default). */
function joined(parts, separator = LINE_END) {
    return built(parts.flatMap((part, i) => [...(i > 0 ? separator.pieces : []), ...piecesOf(part)]));
}
/** Inline code: one line, backticks shown as `'`, pipes escaped for table cells. */
function code(text) {
    return built([{ kind: 'code', text }]);
}
/** A link to the URL when it is one line and an http(s) URL; otherwise the value as text. */
function link(url) {
    return built([{ kind: 'link', url }]);
}
/** A fenced block longer than any backtick run in the text, so the text cannot close it. */
function fenced(language, text) {
    return built([{ kind: 'fenced', language, text }]);
}
/** A collapsed block: the title as text, the body in a fenced block. */
function details(title, language, text) {
    return safeMarkdown `<details><summary>${title}</summary>\n\n${fenced(language, text)}\n\n</details>\n`;
}
/** The Markdown text, each value redacted by `redact` before it is escaped. */
function renderMarkdown(document, redact) {
    return document.pieces.map(piece => renderPiece(piece, redact)).join('');
}
function piecesOf(value) {
    return value instanceof Markdown ? value.pieces : [{ kind: 'text', text: String(value) }];
}
function renderPiece(piece, redact) {
    switch (piece.kind) {
        case 'markdown':
            return piece.text;
        case 'text':
            return escapeText((0,_line_breaks_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .T)(redact(piece.text)));
        case 'code':
            return codeSpan((0,_line_breaks_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .T)(redact(piece.text)));
        case 'link':
            return linkTo((0,_line_breaks_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .T)(redact(piece.url)));
        case 'fenced':
            return fence(piece.language, redact(piece.text));
    }
}
/**
 * Characters that start markup (HTML tags and entities, links and images, code spans, table cells, backslash
 * escapes), as character references: these read as the same character in Markdown and in HTML blocks alike.
 */
const MARKUP = /[&<>|`[\]\\]/g;
const REFERENCES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
function escapeText(text) {
    return text.replace(MARKUP, char => REFERENCES[char] ?? `&#${char.charCodeAt(0)};`);
}
function codeSpan(text) {
    return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}
/** Characters a URL may keep that would end a link destination or a table cell, percent-encoded. */
const DESTINATION_BREAKERS = /[()<>|`'"[\]\\\s]/g;
function linkTo(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return escapeText(url);
    }
    if (/\s/.test(url) || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:'))
        return escapeText(url);
    const destination = parsed.href.replace(DESTINATION_BREAKERS, char => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `[${escapeText(parsed.href)}](${destination})`;
}
function fence(language, text) {
    let longest = 2;
    for (const run of text.matchAll(/`+/g))
        longest = Math.max(longest, run[0].length);
    const marks = '`'.repeat(longest + 1);
    return `${marks}${language}\n${text}\n${marks}`;
}


/***/ }),

/***/ 1268:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ closestName)
/* harmony export */ });
/** The name in `known` nearest to `name` within `maxEdits` (typos such as alert_sumary, colour, mentoin), if any. */
function closestName(name, known, maxEdits = 2) {
    let best;
    for (const candidate of known) {
        // each edit changes the length by one at most: a long name (a template can read a 100 KB one) costs nothing
        if (Math.abs(candidate.length - name.length) > maxEdits)
            continue;
        const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
        if (distance <= maxEdits && (!best || distance < best.distance))
            best = { name: candidate, distance };
    }
    return best?.name;
}
/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
function editDistance(a, b) {
    const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)];
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            row[j] = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
        }
        rows.push(row);
    }
    return rows[a.length][b.length];
}


/***/ }),

/***/ 1600:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ producePayload)
/* harmony export */ });
/* unused harmony export platformContext */
/* harmony import */ var _platforms_shared_mentions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(637);

/**
 * render → fit → validate, for a send, check mode and the CLI alike. Throws TemplateError when the render fails,
 * InputError when the destination has no target for the payload. `warn` hears what fitting changed.
 */
function producePayload(template, 
/** The template scope (templateScope), and the `vars` it holds. */
{ scope, vars }, destination, warn, shared) {
    const rendered = template.render(scope, shared);
    const ctx = platformContext(destination, rendered.value, vars, template.literalText, warn);
    const payload = destination.platform.fit(rendered.value, ctx);
    return { rendered, payload, problems: destination.platform.validate(payload, ctx), ctx };
}
/**
 * Everything the platform needs besides the payload. `literalText` is the template's CompiledTemplate.literalText:
 * its mentions, and those in `vars`, may ping.
 */
function platformContext(destination, payload, vars, literalText, warn) {
    return {
        target: destination.target(payload),
        settings: destination.settings,
        headers: destination.headers,
        vars,
        authoredText: (0,_platforms_shared_mentions_js__WEBPACK_IMPORTED_MODULE_0__/* .authoredText */ .ie)(literalText, vars),
        state: new Map(),
        ...(destination.problem && { problem: destination.problem }),
        now: destination.now,
        warn
    };
}


/***/ }),

/***/ 2643:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a_: () => (/* binding */ templateVariant),
/* harmony export */   kr: () => (/* binding */ sendPlatform),
/* harmony export */   oT: () => (/* binding */ templatePlatform),
/* harmony export */   vT: () => (/* binding */ checkWrittenFor)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _platforms_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3735);
/* harmony import */ var _platforms_types_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4473);




/**
 * The one rule, for a send and for check mode: a template's front matter `platform` names a platform or one of its
 * API versions (a variant name such as `<platform>-v3`); any other name is refused.
 */
function declaredPlatform(frontMatter) {
    const declared = frontMatter.platform;
    if (declared === undefined)
        return undefined;
    return (0,_platforms_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .platformOfDeclared */ .$X)(declared) ?? { unknown: declared };
}
/**
 * What the platform reads an API version from (resolveTarget, sampleTarget): the version a template declares
 * (a variant name), else `fallback` (the template's reference or file, whose name may say it).
 */
function templateVariant(frontMatter, platform, fallback) {
    const declared = frontMatter.platform;
    return declared && declared !== platform ? declared : fallback;
}
/** A send's platform: the `platform` input, else the `url`, else what the templates declare (all the same one). */
function sendPlatform(config, templates) {
    if (config.platform)
        return (0,_platforms_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .descriptorByName */ .CD)(config.platform);
    const inferred = config.url ? (0,_platforms_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .inferPlatform */ .qW)(config.url) : undefined;
    if (inferred)
        return inferred;
    const declared = [
        ...new Set(templates.flatMap(each => {
            const found = declaredPlatform(each.frontMatter);
            return found === undefined ? [] : ['unknown' in found ? found.unknown : found];
        }))
    ];
    if (declared.length > 1) {
        const which = templates.map(each => `${each.file}: ${each.frontMatter.platform ?? 'none'}`).join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('template', `the templates are written for different platforms (${which})`, 'Send to each platform from its own step, with its own templates');
    }
    if (declared[0] !== undefined && typeof declared[0] !== 'string')
        return declared[0];
    const fix = `Set platform to one of: ${_platforms_types_js__WEBPACK_IMPORTED_MODULE_3__/* .PLATFORM_NAMES */ .Z.join(', ')}`;
    if (config.url)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('platform', 'could not be inferred from the url', fix);
    // An empty url is most often a secret that is not set, or named differently, in the repository
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('platform', 'is not set and the url input is empty', `If url comes from a secret (url: \${{ secrets.NAME }}), check that the secret exists in this repository or ` +
        `environment under exactly that name: a missing secret is an empty input. Otherwise set url, or ${fix.charAt(0).toLowerCase()}${fix.slice(1)}`);
}
/** A template a send lists must be written for the send's platform, when it says which. */
function checkWrittenFor(platform, template) {
    const found = declaredPlatform(template.frontMatter);
    if (found === undefined || ('name' in found && found.name === platform))
        return;
    const declared = template.frontMatter.platform;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('template', `${template.file} is written for ${declared}, but the platform is ${platform}`, `Use a ${platform} template or set platform: ${'name' in found ? found.name : declared}`);
}
const NAMED_PLATFORM = new RegExp(`^(${_platforms_types_js__WEBPACK_IMPORTED_MODULE_3__/* .PLATFORM_NAMES */ .Z.join('|')})`);
/**
 * The platform of a template checked or rendered on its own (no `platform` or `url` input): its front matter
 * `platform`, else its file name (`<platform>-jobs.yml`).
 */
function templatePlatform(template) {
    const { file, frontMatter } = template;
    const declared = declaredPlatform(frontMatter);
    if (declared && 'unknown' in declared)
        return {
            problem: `front matter platform "${declared.unknown}" is not supported: use one of ${(0,_platforms_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .declarableNames */ .Gz)().join(', ')}`,
            inFrontMatter: true
        };
    if (declared)
        return {
            platform: (0,_platforms_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .platformByName */ .Yv)(declared.name),
            templateName: templateVariant(frontMatter, declared.name, file)
        };
    const named = NAMED_PLATFORM.exec(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(file))?.[1];
    if (named && isPlatformName(named))
        return { platform: (0,_platforms_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .platformByName */ .Yv)(named), templateName: file };
    return {
        problem: `cannot tell which platform ${file} is for: start the file with front matter ` +
            `("---", "platform: ${_platforms_types_js__WEBPACK_IMPORTED_MODULE_3__/* .PLATFORM_NAMES */ .Z[0]}" (or ${_platforms_types_js__WEBPACK_IMPORTED_MODULE_3__/* .PLATFORM_NAMES */ .Z.slice(1).join(', ')}), "---"), ` +
            `or name it after the platform (${(0,_platforms_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .declarableNames */ .Gz)()
                .map(name => `${name}-….yml`)
                .join(', ')}; an API version's name picks that version)`,
        inFrontMatter: false
    };
}
function isPlatformName(name) {
    return _platforms_types_js__WEBPACK_IMPORTED_MODULE_3__/* .PLATFORM_NAMES */ .Z.includes(name);
}


/***/ }),

/***/ 2758:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W7: () => (/* binding */ lookAlike),
/* harmony export */   sK: () => (/* binding */ discordDescriptor),
/* harmony export */   wn: () => (/* binding */ WEBHOOK_PATH)
/* harmony export */ });
const DISCORD_HOSTS = new Set(['discord.com', 'discordapp.com'].flatMap(host => [host, `ptb.${host}`, `canary.${host}`]));
/** The execute-webhook path; the last segment is the token, a credential. */
const WEBHOOK_PATH = /^\/api(?:\/v\d+)?\/webhooks\/(\d+)\/([\w-]+)\/?$/;
function matches(url) {
    return DISCORD_HOSTS.has(url.hostname.toLowerCase()) && WEBHOOK_PATH.test(url.pathname);
}
/** The link a browser shows for a channel or message (https://discord.com/channels/…), copied instead of a webhook URL. */
function lookAlike(url) {
    if (!DISCORD_HOSTS.has(url.hostname.toLowerCase()) || !/^\/channels\//.test(url.pathname))
        return undefined;
    return {
        problem: `${url.origin}/channels/… is a link to a Discord channel or message, not a webhook URL`,
        fix: 'Copy the webhook URL instead: Server Settings › Integrations › Webhooks › (New Webhook, or pick one for the channel) › ' +
            'Copy Webhook URL (https://discord.com/api/webhooks/…), and store it as a secret'
    };
}
const discordDescriptor = {
    name: 'discord',
    displayName: 'Discord',
    matches,
    lookAlike,
    credentialPath: /\/api(?:\/v\d+)?\/webhooks\/\d+\/([^/?#]+)/,
    load: () => __nccwpck_require__.e(/* import() */ 759).then(__nccwpck_require__.bind(__nccwpck_require__, 2759)).then(module => module.discord)
};


/***/ }),

/***/ 193:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ lookAlike),
/* harmony export */   t: () => (/* binding */ githubDescriptor)
/* harmony export */ });
function matches(url) {
    return url.hostname.toLowerCase() === 'api.github.com' || /^\/api\/v3\/?$/.test(url.pathname);
}
/** A repository's page (https://github.com/OWNER/REPO/issues), copied instead of leaving url to the API base. */
function lookAlike(url) {
    const page = /^\/([\w.-]+)\/([\w.-]+)(\/|$)/.exec(url.pathname);
    if (!/^(www\.)?github\.com$/i.test(url.hostname) || !page)
        return undefined;
    return {
        problem: `${url.origin}/${page[1]}/${page[2]}… is a repository's page on GitHub's website, not the API`,
        fix: `Set platform: github and repository: ${page[1]}/${page[2]}, and leave url unset (the API base defaults to the runner's)`
    };
}
const githubDescriptor = {
    name: 'github',
    displayName: 'GitHub',
    matches,
    lookAlike,
    load: () => __nccwpck_require__.e(/* import() */ 632).then(__nccwpck_require__.bind(__nccwpck_require__, 7632)).then(module => module.github)
};


/***/ }),

/***/ 5258:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jq: () => (/* binding */ isApiHost),
/* harmony export */   W1: () => (/* binding */ EVENTS_PATH),
/* harmony export */   W7: () => (/* binding */ lookAlike),
/* harmony export */   ah: () => (/* binding */ incidentioDescriptor)
/* harmony export */ });
const API_HOST = 'api.incident.io';
const APP_HOST = /(^|\.)incident\.io$/i;
/** An HTTP alert source's events endpoint; the group is the alert source config id. */
const EVENTS_PATH = /^\/v2\/alert_events\/http\/([^/]+)\/?$/;
function isApiHost(url) {
    return url.hostname.toLowerCase() === API_HOST;
}
function matches(url) {
    return isApiHost(url) && EVENTS_PATH.test(url.pathname);
}
/** A page of the dashboard (app.incident.io/…) or the site, copied instead of the alert source's URL. */
function lookAlike(url) {
    if (!APP_HOST.test(url.hostname) || isApiHost(url))
        return undefined;
    return {
        problem: `${url.origin}/… is an incident.io page, not an HTTP alert source's endpoint`,
        fix: "Set platform: incidentio and url to the HTTP alert source's URL, https://api.incident.io/v2/alert_events/http/<config id> (Alerts › Sources › your HTTP source), and token to its token"
    };
}
const incidentioDescriptor = {
    name: 'incidentio',
    displayName: 'incident.io',
    matches,
    lookAlike,
    load: () => __nccwpck_require__.e(/* import() */ 800).then(__nccwpck_require__.bind(__nccwpck_require__, 9800)).then(module => module.incidentio)
};


/***/ }),

/***/ 1488:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ lookAlike),
/* harmony export */   a: () => (/* binding */ jiraDescriptor)
/* harmony export */ });
function matches(url) {
    return /\.(atlassian\.net|jira\.com)$/i.test(url.hostname) || /\/rest\/api\/[23]\/issue\/?$/.test(url.pathname);
}
/** A page of the Jira app (an issue at /browse/KEY-1, a board or project under /jira/…), copied instead of the site URL. */
function lookAlike(url) {
    const cloud = /\.(atlassian\.net|jira\.com)$/i.test(url.hostname);
    // On a Cloud site every app page starts so; elsewhere (a server with a context path) only an issue link is certain.
    const page = cloud
        ? /^()\/(browse|jira|projects|secure)(\/|$)/.exec(url.pathname)
        : /^(.*?)\/(browse)\/[A-Z][A-Z0-9_]*-\d+/i.exec(url.pathname);
    if (!page)
        return undefined;
    const site = url.origin + page[1];
    return {
        problem: `${site}/${page[2]}/… is a page of the Jira app (an issue, board or project), not the issue endpoint`,
        fix: `Set url to ${site}/rest/api/2/issue (or ${site}/rest/api/3/issue, or just ${site}) and choose the project with vars: project: KEY`
    };
}
const jiraDescriptor = {
    name: 'jira',
    displayName: 'Jira',
    variantNames: ['jira-v2', 'jira-v3'],
    matches,
    lookAlike,
    load: () => __nccwpck_require__.e(/* import() */ 306).then(__nccwpck_require__.bind(__nccwpck_require__, 4306)).then(module => module.jira)
};


/***/ }),

/***/ 4939:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W7: () => (/* binding */ lookAlike),
/* harmony export */   X7: () => (/* binding */ linearDescriptor),
/* harmony export */   mP: () => (/* binding */ DEFAULT_ENDPOINT)
/* harmony export */ });
/** Linear's one GraphQL endpoint. */
const DEFAULT_ENDPOINT = 'https://api.linear.app/graphql';
function matches(url) {
    return url.hostname === 'api.linear.app';
}
/** A page of the Linear app (https://linear.app/WORKSPACE/…), copied instead of the API endpoint. */
function lookAlike(url) {
    if (!/^(www\.)?linear\.app$/i.test(url.hostname))
        return undefined;
    return {
        problem: `${url.origin}/… is a page of the Linear app, not Linear's API`,
        fix: `Set platform: linear and leave url unset (the API is ${DEFAULT_ENDPOINT}); name the team with vars: team_id: … and pass the API key in headers`
    };
}
const linearDescriptor = {
    name: 'linear',
    displayName: 'Linear',
    matches,
    lookAlike,
    load: () => Promise.all(/* import() */[__nccwpck_require__.e(507), __nccwpck_require__.e(444)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3444)).then(module => module.linear)
};


/***/ }),

/***/ 4020:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jq: () => (/* binding */ isApiHost),
/* harmony export */   W7: () => (/* binding */ lookAlike),
/* harmony export */   wR: () => (/* binding */ opsgenieDescriptor)
/* harmony export */ });
/** The Alert API hosts: the US instance and the EU one. */
const API_HOSTS = new Set(['api.opsgenie.com', 'api.eu.opsgenie.com']);
const OPSGENIE_HOST = /(^|\.)opsgenie\.com$/i;
function isApiHost(url) {
    return API_HOSTS.has(url.hostname.toLowerCase());
}
function matches(url) {
    return isApiHost(url);
}
/** A page of the web app (acme.app.opsgenie.com/…), copied instead of the Alert API endpoint. */
function lookAlike(url) {
    if (!OPSGENIE_HOST.test(url.hostname) || isApiHost(url))
        return undefined;
    return {
        problem: `${url.origin}/… is an Opsgenie page, not the Alert API`,
        fix: 'Set platform: opsgenie and leave url unset (https://api.opsgenie.com/v2/alerts; https://api.eu.opsgenie.com/v2/alerts for an EU account), and token to the API key of an API integration (Settings › Integrations › API)'
    };
}
const opsgenieDescriptor = {
    name: 'opsgenie',
    displayName: 'Opsgenie',
    matches,
    lookAlike,
    load: () => __nccwpck_require__.e(/* import() */ 322).then(__nccwpck_require__.bind(__nccwpck_require__, 1322)).then(module => module.opsgenie)
};


/***/ }),

/***/ 7087:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FM: () => (/* binding */ pagerdutyDescriptor),
/* harmony export */   W7: () => (/* binding */ lookAlike),
/* harmony export */   Wl: () => (/* binding */ isEventsHost)
/* harmony export */ });
/** The Events API v2 hosts: the US service region and the EU one. */
const EVENTS_HOSTS = new Set(['events.pagerduty.com', 'events.eu.pagerduty.com']);
const PAGERDUTY_HOST = /(^|\.)pagerduty\.com$/i;
function isEventsHost(url) {
    return EVENTS_HOSTS.has(url.hostname.toLowerCase());
}
function matches(url) {
    return isEventsHost(url);
}
/** A page of the web app (acme.pagerduty.com/…) or the REST API, copied instead of the Events API endpoint. */
function lookAlike(url) {
    if (!PAGERDUTY_HOST.test(url.hostname) || isEventsHost(url))
        return undefined;
    return {
        problem: `${url.origin}/… is a PagerDuty page or its REST API, not the Events API v2 endpoint`,
        fix: 'Set platform: pagerduty and leave url unset (https://events.pagerduty.com/v2/enqueue; https://events.eu.pagerduty.com/v2/enqueue for an account in the EU region), and set token to the integration key of an Events API v2 integration on the service (Service › Integrations)'
    };
}
const pagerdutyDescriptor = {
    name: 'pagerduty',
    displayName: 'PagerDuty',
    matches,
    lookAlike,
    load: () => __nccwpck_require__.e(/* import() */ 521).then(__nccwpck_require__.bind(__nccwpck_require__, 5521)).then(module => module.pagerduty)
};


/***/ }),

/***/ 3735:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Gz: () => (/* binding */ declarableNames),
  CD: () => (/* binding */ descriptorByName),
  qW: () => (/* binding */ inferPlatform),
  q8: () => (/* binding */ loadAllPlatforms),
  Gp: () => (/* binding */ loadPlatform),
  Yv: () => (/* binding */ platformByName),
  $X: () => (/* binding */ platformOfDeclared),
  bh: () => (/* binding */ problemMessagesOf),
  Gq: () => (/* binding */ urlCredentialPatterns)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/platforms/discord/descriptor.ts
var descriptor = __nccwpck_require__(2758);
// EXTERNAL MODULE: ./src/platforms/shared/endpoint.ts
var endpoint = __nccwpck_require__(7355);
// EXTERNAL MODULE: ./src/platforms/github/descriptor.ts
var github_descriptor = __nccwpck_require__(193);
// EXTERNAL MODULE: ./src/platforms/incidentio/descriptor.ts
var incidentio_descriptor = __nccwpck_require__(5258);
// EXTERNAL MODULE: ./src/platforms/jira/descriptor.ts
var jira_descriptor = __nccwpck_require__(1488);
// EXTERNAL MODULE: ./src/platforms/linear/descriptor.ts
var linear_descriptor = __nccwpck_require__(4939);
// EXTERNAL MODULE: ./src/platforms/opsgenie/descriptor.ts
var opsgenie_descriptor = __nccwpck_require__(4020);
// EXTERNAL MODULE: ./src/platforms/pagerduty/descriptor.ts
var pagerduty_descriptor = __nccwpck_require__(7087);
// EXTERNAL MODULE: ./src/platforms/slack/descriptor.ts
var slack_descriptor = __nccwpck_require__(2386);
// EXTERNAL MODULE: ./src/platforms/teams/descriptor.ts
var teams_descriptor = __nccwpck_require__(9268);
// EXTERNAL MODULE: ./src/platforms/types.ts
var types = __nccwpck_require__(4473);
;// CONCATENATED MODULE: ./src/platforms/webhook/descriptor.ts
/** A generic URL says nothing about its receiver: `webhook` is only ever chosen with `platform: webhook`. */
function matches() {
    return false;
}
const webhookDescriptor = {
    name: 'webhook',
    displayName: 'Webhook',
    matches,
    load: () => __nccwpck_require__.e(/* import() */ 965).then(__nccwpck_require__.bind(__nccwpck_require__, 4965)).then(module => module.webhook)
};

;// CONCATENATED MODULE: ./src/platforms/registry.ts













/**
 * Every platform, by name: small descriptors, always loaded, the one source of each platform's identity; each
 * implementation is loaded when a run uses it, so start-up pays for one platform. Adding a platform adds its
 * descriptor here and nowhere else in the pipeline.
 */
const PLATFORMS = {
    discord: descriptor/* discordDescriptor */.sK,
    jira: jira_descriptor/* jiraDescriptor */.a,
    linear: linear_descriptor/* linearDescriptor */.X7,
    webhook: webhookDescriptor,
    teams: teams_descriptor/* teamsDescriptor */.Yb,
    slack: slack_descriptor/* slackDescriptor */.o2,
    github: github_descriptor/* githubDescriptor */.t,
    pagerduty: pagerduty_descriptor/* pagerdutyDescriptor */.FM,
    incidentio: incidentio_descriptor/* incidentioDescriptor */.ah,
    opsgenie: opsgenie_descriptor/* opsgenieDescriptor */.wR
};
const loaded = new Map();
function descriptorByName(name) {
    return PLATFORMS[name];
}
/** The platform a template's front matter `platform` names: a platform name or one of its variant names (jira-v3). */
function platformOfDeclared(declared) {
    return Object.values(PLATFORMS).find(platform => platform.name === declared || platform.variantNames?.includes(declared));
}
/** Every name front matter `platform` accepts. */
function declarableNames() {
    return Object.values(PLATFORMS).flatMap(platform => [platform.name, ...(platform.variantNames ?? [])]);
}
/**
 * The platform a `url` input belongs to, if it is recognisable. A link to a service's page (a channel, an issue)
 * is refused with that platform's word on where the right URL is.
 */
function inferPlatform(url) {
    const parsed = (0,endpoint/* parseUrl */.Dl)(url, 'Use a full https:// URL');
    const platforms = Object.values(PLATFORMS);
    for (const platform of platforms) {
        const mistake = platform.lookAlike?.(parsed);
        if (mistake)
            throw new errors/* InputError */.dz('url', mistake.problem, mistake.fix);
    }
    return platforms.find(platform => platform.matches(parsed));
}
/** Every platform's URL path pattern that holds a credential (first group), for masking any `url` input. */
function urlCredentialPatterns() {
    return Object.values(PLATFORMS).flatMap(platform => (platform.credentialPath ? [platform.credentialPath] : []));
}
/** The platform's code with its descriptor, loaded once. */
async function loadPlatform(name) {
    const earlier = loaded.get(name);
    if (earlier)
        return earlier;
    const descriptor = PLATFORMS[name];
    const platform = { ...(await descriptor.load()), descriptor };
    loaded.set(name, platform);
    return platform;
}
const loadedProblemMessages = new Map();
/**
 * Check mode and the CLI may meet templates for any platform: they load them all before working synchronously, with
 * the problem messages of those that have them (both show a chat message's problem states).
 */
async function loadAllPlatforms() {
    for (const name of types/* PLATFORM_NAMES */.Z) {
        const messages = await (await loadPlatform(name)).problemMessages?.();
        if (messages)
            loadedProblemMessages.set(name, messages);
    }
}
/** A platform's problem messages, loaded with loadAllPlatforms; undefined when it has none. */
function problemMessagesOf(platform) {
    return loadedProblemMessages.get(platform.descriptor.name);
}
/** A platform loaded before (`loadPlatform`, `loadAllPlatforms`). */
function platformByName(name) {
    const platform = loaded.get(name);
    if (!platform)
        throw new Error(`internal error: the ${name} platform was used before it was loaded`);
    return platform;
}


/***/ }),

/***/ 7355:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bk: () => (/* binding */ parseEndpoint),
/* harmony export */   Dl: () => (/* binding */ parseUrl),
/* harmony export */   q$: () => (/* binding */ isHttpUrl)
/* harmony export */ });
/* unused harmony export isLoopback */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

/** Plain http is allowed only here: the stand-ins and local proxies listen on loopback. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
function isLoopback(url) {
    return LOOPBACK_HOSTS.has(url.hostname);
}
/** Whether a value is an absolute http(s) URL (links in payloads). */
function isHttpUrl(value) {
    if (typeof value !== 'string')
        return false;
    try {
        return ['http:', 'https:'].includes(new URL(value).protocol);
    }
    catch {
        return false;
    }
}
/** `text` as a URL; an invalid one is refused without echoing it, since a URL may carry a token. */
function parseUrl(text, hint) {
    try {
        return new URL(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('url', 'is not a valid URL', hint);
    }
}
/**
 * The `url` input as an endpoint: https (http only on loopback, or anywhere with `allowPlainHttp`), without
 * its #fragment. Path and host checks stay with each platform.
 */
function parseEndpoint(text, rules) {
    const given = text?.trim() || rules.fallback;
    if (!given)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('url', `is required for ${rules.required ?? 'this platform'}`, rules.hint);
    const url = parseUrl(given, rules.hint);
    const mistake = rules.lookAlike?.(url);
    if (mistake)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('url', mistake.problem, mistake.fix);
    if (rules.allowPlainHttp) {
        if (url.protocol !== 'https:' && url.protocol !== 'http:') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('url', `must be an http(s) URL, got ${url.protocol}`, rules.hint);
        }
    }
    else if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('url', `${(rules.mask ?? schemeAndHost)(url)} must use https`, rules.hint);
    }
    url.hash = '';
    return url;
}
function schemeAndHost(url) {
    return `${url.protocol}//${url.host}`;
}


/***/ }),

/***/ 637:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $0: () => (/* binding */ neutralise),
/* harmony export */   Pj: () => (/* binding */ WORD_JOINER),
/* harmony export */   ie: () => (/* binding */ authoredText)
/* harmony export */ });
/**
 * Only mentions the workflow author wrote may notify anyone; a mention that arrives in alert text is made inert.
 * The rule lives here once; each platform supplies its own mention syntax.
 */
/** U+2060: invisible, and breaks `@name` so that no service links or pings it. */
const WORD_JOINER = '\u2060';
/**
 * What the workflow author wrote that is sent: the template body's literal text (never its comments, front matter
 * or Liquid expressions) and the `vars` values, one piece a line. Only mentions found here may notify anyone.
 */
function authoredText(templateLiteralText, vars) {
    return [templateLiteralText, ...textsOf(vars)].join('\n');
}
function textsOf(value) {
    if (typeof value === 'string')
        return [value];
    if (value === null || typeof value !== 'object')
        return [];
    return Object.values(value).flatMap(textsOf);
}
/**
 * `text` with every match of `pattern` (global) that the author did not write replaced by `inert(match, ...groups)`.
 * `mentionOf` says which part of a match is the mention itself (default: the whole match). A mention counts as
 * written when `pattern` finds the very same mention in `authoredText` (so `@ann` is not authorised by `@anna`).
 */
function neutralise(text, authoredText, pattern, inert, mentionOf = match => match) {
    const authored = new Set([...authoredText.matchAll(pattern)].map(([match, ...groups]) => mentionOf(match, ...texts(groups))));
    return text.replace(pattern, (match, ...rest) => {
        // the groups come before the match's offset, the first number
        const groups = texts(rest.slice(0, rest.findIndex(part => typeof part === 'number')));
        return authored.has(mentionOf(match, ...groups)) ? match : inert(match, ...groups);
    });
}
/** A match's groups, one that took part in no match as ''. */
function texts(groups) {
    return groups.map(group => (typeof group === 'string' ? group : ''));
}


/***/ }),

/***/ 3168:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vp: () => (/* binding */ REPLY_TEXT_LIMIT),
/* harmony export */   cL: () => (/* binding */ replyText),
/* harmony export */   oJ: () => (/* binding */ isSuccess),
/* harmony export */   xM: () => (/* binding */ usableReplyValues)
/* harmony export */ });
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6689);

/** How much of a service's reply a message carries: enough to act on, not a whole HTML error page. */
const REPLY_TEXT_LIMIT = 1024;
/** A reply body as message text: trimmed, bounded, `(empty reply)` when there is nothing; `oneLine` folds it. */
function replyText(body, options = {}) {
    const text = options.oneLine ? body.replace(/\s+/g, ' ').trim() : body.trim();
    return text === '' ? '(empty reply)' : (0,_truncate_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(text, REPLY_TEXT_LIMIT);
}
/** 2xx: the service did what was asked. */
function isSuccess(status) {
    return status >= 200 && status < 300;
}
/** Longer values are not links or ids a service hands out. */
const LINK_MAX = 8192;
const ID_MAX = 256;
/** White space and control characters of every kind: none belongs in a link or an id. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const SPACE_OR_CONTROL = /[\s\x00-\x1f\x7f-\x9f]/;
/**
 * The link and id a reply gave, as they may be used (outputs, the log, the job summary): a link is one http(s)
 * URL, an id one printable word of bounded length. Anything else is dropped with a warning, whichever platform's
 * reply (or `result-url` path) it came from.
 */
function usableReplyValues(replied, service, warn) {
    const linkProblem = replied.url === '' ? undefined : unusableLink(replied.url);
    const idProblem = replied.id === '' ? undefined : unusableId(replied.id);
    if (linkProblem)
        warn({
            path: 'url',
            message: `${service}'s reply had an unusable link (${linkProblem}); the url output stays empty`
        });
    if (idProblem)
        warn({ path: 'id', message: `${service}'s reply had an unusable id (${idProblem}); the id output stays empty` });
    return { url: linkProblem ? '' : replied.url, id: idProblem ? '' : replied.id };
}
function unusableLink(url) {
    if (url.length > LINK_MAX)
        return `longer than ${LINK_MAX} characters`;
    if (SPACE_OR_CONTROL.test(url))
        return 'not one line without spaces';
    let protocol;
    try {
        protocol = new URL(url).protocol;
    }
    catch {
        return 'not a URL';
    }
    return protocol === 'https:' || protocol === 'http:' ? undefined : 'not an http(s) URL';
}
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;
function unusableId(id) {
    if (id.length > ID_MAX)
        return `longer than ${ID_MAX} characters`;
    if (SPACE_OR_CONTROL.test(id))
        return 'not one word without spaces or control characters';
    // Most ids are ASCII: only others need the Unicode classes, whose pattern costs a millisecond to compile.
    if (PRINTABLE_ASCII.test(id))
        return undefined;
    return /^[\p{L}\p{N}\p{P}\p{S}]+$/u.test(id) ? undefined : 'not printable text';
}


/***/ }),

/***/ 2386:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W7: () => (/* binding */ lookAlike),
/* harmony export */   o2: () => (/* binding */ slackDescriptor),
/* harmony export */   tG: () => (/* binding */ POST_MESSAGE_URL),
/* harmony export */   vW: () => (/* binding */ POST_MESSAGE_PATH)
/* harmony export */ });
const WEBHOOK_HOSTS = new Set(['hooks.slack.com', 'hooks.slack-gov.com']);
const API_HOSTS = new Set(['slack.com', 'slack-gov.com']);
const POST_MESSAGE_PATH = /^\/api\/chat\.postMessage\/?$/;
const POST_MESSAGE_URL = 'https://slack.com/api/chat.postMessage';
function matches(url) {
    const host = url.hostname.toLowerCase();
    // Every hooks.slack.com URL is claimed, so a workflow trigger gets Slack's explanation rather than "cannot infer".
    return WEBHOOK_HOSTS.has(host) || (API_HOSTS.has(host) && POST_MESSAGE_PATH.test(url.pathname));
}
/** Links a browser shows for a workspace, channel or message: app.slack.com/client/…, WORKSPACE.slack.com/archives/…. */
function lookAlike(url) {
    const host = url.hostname.toLowerCase();
    const appLink = host === 'app.slack.com' && /^\/client(\/|$)/.test(url.pathname);
    const archiveLink = /\.slack\.com$/.test(host) && /^\/archives(\/|$)/.test(url.pathname);
    if (!appLink && !archiveLink)
        return undefined;
    return {
        problem: `${url.origin}${appLink ? '/client' : '/archives'}/… is a link to a Slack channel or message, not a webhook URL`,
        fix: 'Create an incoming webhook for the channel (api.slack.com/apps › your app › Incoming Webhooks › Add New Webhook) and ' +
            `set url to its https://hooks.slack.com/services/… URL, stored as a secret; or use ${POST_MESSAGE_URL} with a bot ` +
            'token and vars: channel: C0123456789 (the ID at the end of a channel link)'
    };
}
const slackDescriptor = {
    name: 'slack',
    displayName: 'Slack',
    matches,
    lookAlike,
    credentialPath: /^\/services\/[^/]+\/[^/]+\/([^/?#]+)/,
    load: () => __nccwpck_require__.e(/* import() */ 99).then(__nccwpck_require__.bind(__nccwpck_require__, 6099)).then(module => module.slack)
};


/***/ }),

/***/ 9268:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ isWorkflowHost),
/* harmony export */   W7: () => (/* binding */ lookAlike),
/* harmony export */   Yb: () => (/* binding */ teamsDescriptor)
/* harmony export */ });
const WORKFLOW_HOSTS = [/\.logic\.azure\.com$/i, /\.environment\.api\.powerplatform\.com$/i];
const TRIGGER_PATH = /\/workflows\/[^/]+\/triggers\/[^/]+\/paths\/invoke\/?$/i;
function isWorkflowHost(url) {
    return WORKFLOW_HOSTS.some(host => host.test(url.hostname));
}
function matches(url) {
    return isWorkflowHost(url) && TRIGGER_PATH.test(url.pathname);
}
/** The "Get link to channel" link (https://teams.microsoft.com/l/channel/…), copied instead of a workflow's URL. */
function lookAlike(url) {
    if (!/^teams\.(microsoft\.com|cloud\.microsoft)$/i.test(url.hostname) || !/^\/l\//.test(url.pathname))
        return undefined;
    return {
        problem: `${url.origin}${url.pathname.startsWith('/l/channel/') ? '/l/channel' : '/l'}/… is a link to a Teams channel or message, not a webhook URL`,
        fix: `Set platform: teams and url to the URL of a Teams workflow's "When a Teams webhook request is received" trigger (channel › Workflows › "Send webhook alerts to a channel"), copied whole and stored as a secret`
    };
}
const teamsDescriptor = {
    name: 'teams',
    displayName: 'Teams',
    matches,
    lookAlike,
    load: () => __nccwpck_require__.e(/* import() */ 534).then(__nccwpck_require__.bind(__nccwpck_require__, 8534)).then(module => module.teams)
};


/***/ }),

/***/ 4473:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ PLATFORM_NAMES)
/* harmony export */ });
/** Every platform name users can write; the registry maps each to its module. */
const PLATFORM_NAMES = [
    'discord',
    'jira',
    'linear',
    'webhook',
    'teams',
    'slack',
    'github',
    'pagerduty',
    'incidentio',
    'opsgenie'
];


/***/ }),

/***/ 6399:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Gq: () => (/* binding */ compileTemplate),
  ms: () => (/* binding */ loadTemplateModules)
});

// UNUSED EXPORTS: isLiquidText

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/yaml-parser.ts
var yaml_parser = __nccwpck_require__(2186);
// EXTERNAL MODULE: ./src/template/document.ts
var template_document = __nccwpck_require__(1689);
// EXTERNAL MODULE: ./src/template/liquid.ts
var liquid = __nccwpck_require__(584);
// EXTERNAL MODULE: ./src/template/filters.ts
var filters = __nccwpck_require__(1329);
// EXTERNAL MODULE: ./src/template/render-limits.ts
var render_limits = __nccwpck_require__(981);
// EXTERNAL MODULE: ./src/template/standard-filters.ts
var standard_filters = __nccwpck_require__(8523);
;// CONCATENATED MODULE: ./src/template/program.ts



/** The filters a program may name: the template filters and the standard ones it implements. */
const PROGRAM_FILTERS = {
    ...Object.fromEntries(Object.entries(standard_filters/* STANDARD_FILTERS */.wv).map(([name, { filter }]) => [name, filter])),
    ...filters/* TEMPLATE_FILTERS */.XE
};
function startProgramRender(scope, shared) {
    const call = { context: { memoryLimit: new render_limits/* MemoryBudget */.ND(render_limits/* RENDER_LIMITS */.aj.memoryLimit, shared?.memory) } };
    return {
        render(leaf) {
            const run = { scope, captured: Object.create(null), call };
            return 'whole' in leaf ? evaluate(leaf.whole, run) : renderNodes(leaf.nodes, run);
        }
    };
}
function renderNodes(nodes, run) {
    let text = '';
    for (const node of nodes)
        text += renderNode(node, run);
    return text;
}
function renderNode(node, run) {
    if ('text' in node)
        return node.text;
    if ('output' in node)
        return (0,standard_filters/* stringify */.As)(evaluate(node.output, run));
    if ('capture' in node) {
        run.captured[node.capture] = renderNodes(node.body, run);
        return '';
    }
    if ('case' in node) {
        const subject = evaluate(node.case, run);
        let text = '';
        let matched = false;
        for (const when of node.whens) {
            if (when.values.some(value => equals(subject, operand(value, run)))) {
                text += renderNodes(when.body, run);
                matched = true;
            }
        }
        return matched ? text : renderNodes(node.otherwise, run);
    }
    for (const branch of node.branches) {
        if ((0,standard_filters/* isFalsy */.WM)(evaluate(branch.test, run)) === Boolean(branch.unless))
            return renderNodes(branch.body, run);
    }
    return renderNodes(node.otherwise, run);
}
function evaluate(value, run) {
    const stack = [];
    for (const step of value.postfix) {
        if (!('operator' in step))
            stack.push(operand(step, run));
        else if (step.operator === 'not')
            stack.push((0,standard_filters/* isFalsy */.WM)(stack.pop()));
        else {
            const right = stack.pop();
            stack.push(OPERATORS[step.operator](stack.pop(), right));
        }
    }
    let result = stack[0];
    for (const filter of value.filters) {
        result = PROGRAM_FILTERS[filter.name].call(run.call, result, ...filter.args.map(arg => operand(arg, run)));
    }
    return result;
}
function operand(value, run) {
    if ('constant' in value)
        return value.constant;
    const [first, ...rest] = value.path;
    let current = first in run.captured ? run.captured[first] : readProperty(run.scope, first);
    for (const key of rest)
        current = readProperty(current, key);
    return current;
}
/** liquidjs's property read with `ownPropertyOnly`: own properties only, plus `size`, `first` and `last`. */
function readProperty(target, key) {
    if (target === null || target === undefined)
        return target;
    const object = target;
    if (Array.isArray(target) && typeof key === 'number') {
        const index = key < 0 ? target.length + key : key;
        return Object.hasOwn(target, index) ? target[index] : undefined;
    }
    const value = Object.hasOwn(object, key) ? object[key] : undefined;
    if (typeof value === 'function')
        return value.call(target);
    if (key === 'size')
        return readSize(object);
    if (key === 'first')
        return Array.isArray(target) ? readProperty(target, 0) : value;
    if (key === 'last')
        return Array.isArray(target) ? readProperty(target, -1) : value;
    return value;
}
function readSize(object) {
    if (Object.hasOwn(object, 'size') || object.size !== undefined)
        return object.size;
    if (Array.isArray(object) || typeof object === 'string')
        return object.length;
    if (typeof object === 'object')
        return Object.keys(object).length;
    return undefined;
}
function equals(left, right) {
    if (Array.isArray(left)) {
        return Array.isArray(right) && left.length === right.length && left.every((item, i) => equals(item, right[i]));
    }
    return left === right;
}
const OPERATORS = {
    '==': equals,
    '!=': (left, right) => !equals(left, right),
    '>': (left, right) => left > right,
    '<': (left, right) => left < right,
    '>=': (left, right) => left >= right,
    '<=': (left, right) => left <= right,
    contains: (left, right) => {
        if (Array.isArray(left))
            return left.some(item => equals(item, right));
        const indexOf = left?.indexOf;
        return typeof indexOf === 'function' && indexOf.call(left, right) > -1;
    },
    and: (left, right) => !(0,standard_filters/* isFalsy */.WM)(left) && !(0,standard_filters/* isFalsy */.WM)(right),
    or: (left, right) => !(0,standard_filters/* isFalsy */.WM)(left) || !(0,standard_filters/* isFalsy */.WM)(right)
};
/** An operator the interpreter evaluates (the precompiler leaves any other in Liquid). */
function isOperator(name) {
    return name === 'not' || Object.hasOwn(OPERATORS, name);
}

;// CONCATENATED MODULE: ./src/template/render.ts



/** Renders a compiled document for one scope: Liquid leaves through liquidjs, precompiled ones by their program. */
function renderDocument(root, scope, file, shared) {
    const positions = new Map();
    let session;
    const state = {
        // only a template with Liquid leaves has loaded the engine (compileLiquid), and only it starts a Liquid render
        liquid: () => (session ??= liquid/* liquid */.R.get().startRender(scope, shared)),
        programs: startProgramRender(scope, shared),
        positions,
        file
    };
    const value = render_renderNode(root, '', state);
    // The document itself is never removed: an emptied top-level mapping/sequence stays, a removed scalar is null.
    if (value !== undefined)
        return { value, positions };
    const empty = root.kind === 'map' ? {} : root.kind === 'seq' ? [] : null;
    positions.set('', root.at);
    return { value: empty, positions };
}
/** The node's JSON value, or undefined when it is removed (missing whole-leaf value, or emptied by removals). */
function render_renderNode(node, path, state) {
    const value = renderValue(node, path, state);
    if (value !== undefined)
        state.positions.set(path, node.at);
    return value;
}
function renderValue(node, path, state) {
    switch (node.kind) {
        case 'literal':
            return node.value;
        case 'text':
            return renderLeaf(node, state, () => state.liquid().text(node.templates));
        case 'whole':
            // errors from filters carry no token: point at the output itself
            return renderLeaf(node, state, () => toJson(state.liquid().value(node.output.value)), node.output.token.getPosition());
        case 'program': {
            const { program } = node;
            return renderLeaf(node, state, () => {
                const value = state.programs.render(program);
                return 'whole' in program ? toJson(value) : value;
            });
        }
        case 'map':
            return renderMap(node.entries, path, state);
        case 'seq':
            return renderSeq(node.items, path, state);
    }
}
function renderMap(entries, path, state) {
    const result = {};
    let kept = 0;
    for (const [key, child] of entries) {
        const value = render_renderNode(child, path ? `${path}.${key}` : key, state);
        if (value === undefined)
            continue;
        setOwn(result, key, value);
        kept++;
    }
    return entries.length > 0 && kept === 0 ? undefined : result;
}
function renderSeq(items, path, state) {
    const result = [];
    for (const item of items) {
        const value = render_renderNode(item, `${path}[${result.length}]`, state);
        if (value !== undefined)
            result.push(value);
    }
    return items.length > 0 && result.length === 0 ? undefined : result;
}
function renderLeaf(node, state, render, [fallbackRow, fallbackCol] = []) {
    try {
        return render();
    }
    catch (error) {
        // a precompiled leaf's error has no Liquid position; it is the leaf's own
        const { message, row = fallbackRow, col = fallbackCol } = 'program' in node
            ? { message: error instanceof Error ? error.message : String(error) }
            : liquid/* liquid */.R.get().describeLiquidError(error);
        const where = row ? node.locate(row, col ?? 1) : node.at;
        const hint = /limit exceeded/.test(message) ? ' (the template loops or builds text beyond the render limits)' : '';
        throw new errors/* TemplateError */.$w(`rendering failed: ${message}${hint}`, state.file, where.line, where.column);
    }
}
/**
 * A whole-leaf value as JSON. Missing, null and '' remove the key; inside objects and arrays values are kept
 * as data (JSON.stringify rules: undefined members dropped, non-finite numbers become null).
 */
function toJson(value) {
    const json = toJsonValue(value, []);
    return json === null || json === '' ? undefined : json;
}
function toJsonValue(value, ancestors) {
    if (value === null || typeof value === 'string' || typeof value === 'boolean')
        return value;
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : null;
    // functions and the like are not data; a cycle (possible in a YAML `vars` input with anchors) is cut
    if (typeof value !== 'object' || ancestors.includes(value))
        return undefined;
    const inside = [...ancestors, value];
    if (Array.isArray(value))
        return value.map(item => toJsonValue(item, inside) ?? null);
    const result = {};
    for (const [key, member] of Object.entries(value)) {
        const json = toJsonValue(member, inside);
        if (json !== undefined)
            setOwn(result, key, json);
    }
    return result;
}
/** Assignment that treats '__proto__' as an ordinary key instead of replacing the prototype. */
function setOwn(target, key, value) {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

;// CONCATENATED MODULE: ./src/template/compile.ts





const LIQUID_MARKERS = /<<|<%/;
/** Whether a template value holds Liquid (an output or a tag); any other value is a literal. */
function isLiquidText(value) {
    return typeof value === 'string' && LIQUID_MARKERS.test(value);
}
const FILTER_HINT = 'template filters are iso8601, code_block, noformat_block, json, adf, escape_markdown, truncate and the standard Liquid filters';
/**
 * For edges: loads what compiling `source` needs and reads it (throws TemplateError): the YAML parser unless the
 * build parsed it, the Liquid engine when a leaf is Liquid the build did not precompile.
 */
async function loadTemplateModules(source) {
    let document = source.document;
    if (!document) {
        await (0,yaml_parser/* loadYamlParser */.D)();
        document = (0,template_document/* parseTemplateDocument */.T)(source);
    }
    if (needsLiquidEngine(document.body))
        await (0,liquid/* loadLiquidEngine */.n)();
    return { ...source, document };
}
/** Whether a node holds a Liquid leaf the build did not precompile: compileNode compiles it with the engine. */
function needsLiquidEngine(node) {
    switch (node.kind) {
        case 'map':
            return node.entries.some(entry => entry.value !== null && needsLiquidEngine(entry.value));
        case 'seq':
            return node.items.some(needsLiquidEngine);
        case 'scalar':
            return !node.program && isLiquidText(node.value);
        case 'invalid':
            return false;
    }
}
/**
 * Parses the file, then every Liquid leaf, once. Throws TemplateError with file:line:col. What it needs is loaded
 * first (loadTemplateModules, or check mode and the CLI, which load everything).
 */
function compileTemplate(source) {
    const document = source.document ?? (0,template_document/* parseTemplateDocument */.T)(source);
    const variableReaders = [];
    const literalReaders = [];
    const keys = [];
    const root = compileNode(document.body, { file: source.file, variableReaders, literalReaders, keys }, []);
    let variables;
    let literalText;
    return {
        file: source.file,
        frontMatter: document.frontMatter,
        // Found when first asked for (checks, unread vars): a send with a built-in template never needs them.
        get variables() {
            variables ??= variableReaders.flatMap(read => read());
            return variables;
        },
        keys,
        get literalText() {
            literalText ??= literalReaders
                .flatMap(read => read())
                .filter(piece => piece.trim() !== '')
                .join('\n');
            return literalText;
        },
        render: (scope, shared) => renderDocument(root, scope, source.file, shared)
    };
}
function compileNode(node, state, keyPath) {
    const at = node.at;
    switch (node.kind) {
        case 'map':
            return { kind: 'map', at, entries: node.entries.map(entry => compileEntry(entry, state, keyPath)) };
        case 'seq':
            return { kind: 'seq', at, items: node.items.map(item => compileNode(item, state, keyPath)) };
        case 'scalar':
            if (node.program)
                return compileProgram(node.program, node.text, at, state);
            if (isLiquidText(node.value))
                return compileLiquid(node.value, node.text, at, state);
            if (typeof node.value === 'string')
                state.literalReaders.push(() => [node.value]);
            return { kind: 'literal', at, value: node.value };
        case 'invalid':
            throw new errors/* TemplateError */.$w(INVALID_NODE[node.reason](node.source), state.file, at.line, at.column);
    }
}
const INVALID_NODE = {
    'not-json': (source) => `the value ${source} cannot be written as JSON`,
    alias: (source) => `YAML aliases (*${source}) are not supported in templates; repeat the value instead`,
    unsupported: () => 'unsupported YAML node'
};
function compileEntry(entry, state, mapPath) {
    if (entry.key === undefined)
        throw new errors/* TemplateError */.$w('mapping keys must be plain text', state.file, entry.keyAt.line, entry.keyAt.column);
    const keyPath = [...mapPath, entry.key];
    state.keys.push({ path: keyPath, ...entry.keyAt });
    if (entry.value)
        return [entry.key, compileNode(entry.value, state, keyPath)];
    return [entry.key, { kind: 'literal', at: entry.keyAt, value: null }];
}
function compileLiquid(text, layout, at, state) {
    const locate = leafLocator(layout, at);
    const { parseLiquid, describeLiquidError, globalVariables, literalText, soleOutput } = liquid/* liquid */.R.get();
    let templates;
    try {
        templates = parseLiquid(text);
    }
    catch (error) {
        const { message, row, col } = describeLiquidError(error);
        const where = row ? locate(row, col ?? 1) : at;
        const hint = message.startsWith('undefined filter') ? ` (${FILTER_HINT})` : '';
        throw new errors/* TemplateError */.$w(`${message}${hint}`, state.file, where.line, where.column);
    }
    state.variableReaders.push(() => globalVariables(templates).map(variable => ({ name: variable.path, ...locate(variable.row, variable.col) })));
    state.literalReaders.push(() => literalText(text));
    const output = soleOutput(templates);
    return output ? { kind: 'whole', at, locate, output } : { kind: 'text', at, locate, templates };
}
function compileProgram(program, layout, at, state) {
    const locate = leafLocator(layout, at);
    state.variableReaders.push(() => program.variables.map(variable => ({ name: variable.path, ...locate(variable.row, variable.col) })));
    state.literalReaders.push(() => ('nodes' in program ? programText(program.nodes) : []));
    return { kind: 'program', at, locate, program };
}
/** A precompiled leaf's literal text: its text nodes, in every branch (the precompiler keeps no raw or comment). */
function programText(nodes) {
    return nodes.flatMap(node => {
        if ('text' in node)
            return [node.text];
        if ('output' in node)
            return [];
        if ('capture' in node)
            return programText(node.body);
        if ('case' in node)
            return [...node.whens.flatMap(when => programText(when.body)), ...programText(node.otherwise)];
        return [...node.branches.flatMap(branch => programText(branch.body)), ...programText(node.otherwise)];
    });
}
/**
 * Best-effort mapping from the leaf's (unescaped) text to the file: exact for the first line of plain and
 * quoted scalars and for every line of a `|` block; other multi-line scalars report the leaf's own position.
 */
function leafLocator(layout, at) {
    if (layout && 'blockIndent' in layout)
        return (row, col) => ({ line: at.line + row, column: layout.blockIndent + col });
    const opening = layout?.quoted ? 1 : 0;
    return (row, col) => (row === 1 ? { line: at.line, column: at.column + opening + col - 1 } : at);
}


/***/ }),

/***/ 1689:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ parseTemplateDocument),
/* harmony export */   o: () => (/* binding */ frontMatterBounds)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _yaml_parser_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2186);


const FENCE_LINE = /^---[ \t]*$/;
const BLANK_OR_COMMENT = /^\s*(?:#.*)?$/;
const FRONT_MATTER_KEYS = 'platform, events, description';
/**
 * Where the front matter's `---` lines are (0-based line indexes), when the file has front matter: the first line
 * that is neither blank nor a YAML comment opens it (so a `# path` comment may stand above it), the next `---` line
 * closes it.
 */
function frontMatterBounds(lines) {
    const opening = lines.findIndex(line => !BLANK_OR_COMMENT.test(line));
    if (opening < 0 || !FENCE_LINE.test(lines[opening]))
        return undefined;
    const closing = lines.findIndex((line, i) => i > opening && FENCE_LINE.test(line));
    return closing > 0 ? { opening, closing } : undefined;
}
function parseTemplateDocument(source) {
    // CRLF → LF keeps every line and column where it was
    const lines = source.text
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n')
        .split('\n');
    const bounds = frontMatterBounds(lines);
    const closing = bounds?.closing ?? -1;
    // Blank lines stand in for what precedes each part, so YAML positions are already file positions.
    const bodyLines = closing > 0 ? [...lines.slice(0, closing + 1).fill(''), ...lines.slice(closing + 1)] : lines;
    const body = parseYaml(bodyLines.join('\n'), source.file);
    if (!body.doc.contents) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w('the template has no body: write the payload as YAML or JSON', source.file, bodyLines.length);
    }
    const frontMatter = bounds
        ? readFrontMatter(parseYaml([...lines.slice(0, bounds.opening + 1).fill(''), ...lines.slice(bounds.opening + 1, bounds.closing)].join('\n'), source.file), source.file)
        : {};
    return { frontMatter, body: toTemplateNode(body.doc.contents, { lineCounter: body.lineCounter, lines }) };
}
function toTemplateNode(node, source) {
    const { isAlias, isMap, isScalar, isSeq } = (0,_yaml_parser_js__WEBPACK_IMPORTED_MODULE_1__/* .yamlParser */ .$)();
    const at = toPosition(source.lineCounter, node.range?.[0] ?? 0);
    if (isMap(node)) {
        const entries = node.items.map(pair => toTemplateEntry(pair, at, source));
        return { kind: 'map', at, entries };
    }
    if (isSeq(node))
        return { kind: 'seq', at, items: node.items.map(item => toTemplateNode(item, source)) };
    if (isScalar(node))
        return toTemplateScalar(node, at, source);
    if (isAlias(node))
        return { kind: 'invalid', at, reason: 'alias', source: node.source };
    return { kind: 'invalid', at, reason: 'unsupported', source: '' };
}
/** Keys are never templated; they keep their spelling (`1.0`, `~`) as JSON object keys. */
function toTemplateEntry(pair, mapAt, source) {
    const key = pair.key;
    const keyAt = key?.range ? toPosition(source.lineCounter, key.range[0]) : mapAt;
    const value = pair.value ? toTemplateNode(pair.value, source) : null;
    if (!(0,_yaml_parser_js__WEBPACK_IMPORTED_MODULE_1__/* .yamlParser */ .$)().isScalar(key))
        return { keyAt, value };
    return { key: key.source ?? String(key.value), keyAt: toPosition(source.lineCounter, key.range?.[0] ?? 0), value };
}
function toTemplateScalar(node, at, source) {
    const value = node.value;
    if (typeof value === 'string')
        return { kind: 'scalar', at, value, text: textLayout(node, at, source) };
    if (value === null || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) {
        return { kind: 'scalar', at, value };
    }
    return { kind: 'invalid', at, reason: 'not-json', source: node.source ?? String(value) };
}
function textLayout(node, at, source) {
    const { Scalar } = (0,_yaml_parser_js__WEBPACK_IMPORTED_MODULE_1__/* .yamlParser */ .$)();
    if (node.type === Scalar.BLOCK_LITERAL)
        return { blockIndent: blockIndent(at.line, source.lines) };
    return { quoted: node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE };
}
/** A `|` block's indentation: that of its first non-blank content line. */
function blockIndent(headerLine, lines) {
    for (let line = headerLine + 1;; line++) {
        const text = lines[line - 1] ?? '';
        if (text.trim() !== '' || line > lines.length)
            return /^ */.exec(text)?.[0].length ?? 0;
    }
}
const SECOND_DOCUMENT = 'a --- line here starts a second YAML document, and a template is one: front matter goes between the first two ' +
    '--- lines of the file (only blank lines and # comments may come before it); remove this --- line or move the ' +
    'front matter to the top';
function parseYaml(text, file) {
    const yaml = (0,_yaml_parser_js__WEBPACK_IMPORTED_MODULE_1__/* .yamlParser */ .$)();
    const lineCounter = new yaml.LineCounter();
    const doc = yaml.parseDocument(text, { lineCounter });
    const [error] = doc.errors;
    if (error) {
        const at = error.linePos?.[0];
        if (error.code === 'MULTIPLE_DOCS')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(SECOND_DOCUMENT, file, at?.line, at?.col);
        const message = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`invalid YAML: ${message}`, file, at?.line, at?.col);
    }
    return { doc, lineCounter };
}
function toPosition(lineCounter, offset) {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
}
/** Checks each front matter key's name and type; errors point at the offending key or value. */
function readFrontMatter({ doc, lineCounter }, file) {
    const { isMap, isScalar, isSeq } = (0,_yaml_parser_js__WEBPACK_IMPORTED_MODULE_1__/* .yamlParser */ .$)();
    const contents = doc.contents;
    function fail(message, node) {
        const at = node?.range ? toPosition(lineCounter, node.range[0]) : undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(message, file, at?.line ?? 2, at?.column);
    }
    if (!contents)
        return {};
    if (!isMap(contents))
        return fail(`front matter must be a mapping of ${FRONT_MATTER_KEYS}`, contents);
    const frontMatter = {};
    for (const pair of contents.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const value = pair.value;
        const text = isScalar(value) && typeof value.value === 'string' ? value.value : undefined;
        if (key === 'platform' || key === 'description') {
            if (text === undefined)
                fail(`front matter "${key}" must be text`, value ?? pair.key);
            frontMatter[key] = text;
        }
        else if (key === 'events') {
            const events = isSeq(value)
                ? value.items.map(item => (isScalar(item) && typeof item.value === 'string' ? item.value : undefined))
                : [];
            if (!isSeq(value) || events.includes(undefined)) {
                fail('front matter "events" must be a list of notification types, e.g. [JOB, ASSET_MATERIALIZATION]', value ?? pair.key);
            }
            frontMatter.events = events;
        }
        else {
            fail(`unknown front matter key "${key}": the front matter (between the first two --- lines) allows ${FRONT_MATTER_KEYS}`, pair.key);
        }
    }
    return frontMatter;
}


/***/ }),

/***/ 1329:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ji: () => (/* binding */ charge),
/* harmony export */   XE: () => (/* binding */ TEMPLATE_FILTERS),
/* harmony export */   m4: () => (/* binding */ escapeMarkdownText)
/* harmony export */ });
/* harmony import */ var _event_time_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3571);
/* harmony import */ var _markdown_to_adf_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3603);
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6689);



const FENCE = '```';
const ZERO_WIDTH_SPACE = '\u200b';
// Chat Markdown characters that format text wherever they appear
const MARKDOWN_SPECIALS = /[\\*_~`|>#\-[\]()]/g;
const WHITESPACE = /\s/;
// What a multiline `^` counts as the end of a line
const LINE_TERMINATORS = '\n\r\u2028\u2029';
/** Missing values stay missing, so a whole-leaf `<< x | filter >>` still removes its key. */
function isMissing(value) {
    return value === undefined || value === null || value === '';
}
/** Counts a produced string against the render's memory budget (a filter in a loop could double a string each time). */
function charge(call, text) {
    call.context.memoryLimit.use(text.length);
    return text;
}
/** Dagster's "Jan 8, 2026 10:00 AM" (or epoch seconds, ISO) → ISO 8601 UTC; anything unreadable passes through. */
function iso8601(value) {
    if (isMissing(value))
        return value;
    return (0,_event_time_js__WEBPACK_IMPORTED_MODULE_1__/* .toIso8601 */ .Y)(String(value)) ?? value;
}
/**
 * A fenced code block. Backtick runs inside are broken with zero-width spaces so the text cannot close the
 * block early; an optional language tag is reduced to the characters a fence info string can safely hold.
 */
function codeBlock(value, language = '') {
    if (isMissing(value))
        return value;
    const body = withoutTrailingLineBreaks(String(value).replace(/`(?=`)/g, `\`${ZERO_WIDTH_SPACE}`));
    const info = String(language).replace(/[^\w+#.-]/g, '');
    return charge(this, `${FENCE}${info}\n${body}\n${FENCE}`);
}
/** The brace of what opens or closes a wiki-markup `{noformat}` block, in any case. */
const NOFORMAT_MACRO = /\{(?=noformat)/gi;
/**
 * A wiki-markup `{noformat}` block, where text shows exactly as written: a `{noformat}` inside the text gets a
 * zero-width space after its brace, so it shows as written but cannot close the block early.
 */
function noformatBlock(value) {
    if (isMissing(value))
        return value;
    return charge(this, `{noformat}\n${String(value).replace(NOFORMAT_MACRO, `{${ZERO_WIDTH_SPACE}`)}\n{noformat}`);
}
/** `text` without the line breaks it ends with (a loop: `/[\r\n]+$/` retries every run of line breaks to the end). */
function withoutTrailingLineBreaks(text) {
    let end = text.length;
    while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r'))
        end--;
    return text.slice(0, end);
}
/** Backslash-escapes chat Markdown formatting so alert text shows as written. */
function escapeMarkdown(value) {
    if (isMissing(value))
        return value;
    return charge(this, escapeMarkdownText(String(value)));
}
/** The `escape_markdown` filter's work, for code that writes Markdown itself (issue comments). */
function escapeMarkdownText(text) {
    return escapeListMarkers(text.replace(MARKDOWN_SPECIALS, '\\$&'));
}
/**
 * Escapes the `+` of `+ item` and the `.` of `1. item`, which form lists only where they start a line (after
 * whitespace) and are followed by whitespace. One pass over the text: the multiline patterns `^(\s*)\+(?=\s)` and
 * `^(\s*\d+)\.(?=\s)` this replaces rescan a long run of blank lines from each of its line starts.
 */
function escapeListMarkers(text) {
    let escaped = '';
    let copiedTo = 0;
    // What the current line holds so far: only whitespace, whitespace then digits, or anything else.
    let line = 'blank';
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        const marker = (ch === '+' && line === 'blank') || (ch === '.' && line === 'number');
        if (marker && i + 1 < text.length && WHITESPACE.test(text[i + 1])) {
            escaped += `${text.slice(copiedTo, i)}\\`;
            copiedTo = i;
            line = 'text';
        }
        else if (LINE_TERMINATORS.includes(ch))
            line = 'blank';
        else if (WHITESPACE.test(ch))
            line = line === 'blank' ? 'blank' : 'text';
        else if (ch >= '0' && ch <= '9')
            line = line === 'text' ? 'text' : 'number';
        else
            line = 'text';
    }
    return escaped + text.slice(copiedTo);
}
/** Replaces Liquid's `truncate`: counts code points and ends with `…` (see src/truncate.ts). */
function truncateText(value, max = 50) {
    if (isMissing(value))
        return value;
    const limit = Number(max);
    if (!Number.isInteger(limit) || limit < 0) {
        throw new Error(`truncate needs a whole number of characters, e.g. truncate: 200 (got "${String(max)}")`);
    }
    return (0,_truncate_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(String(value), limit);
}
/** Plain text or Markdown → an Atlassian Document Format document (rich-text fields that take ADF). */
function adf(value) {
    if (isMissing(value))
        return value;
    return (0,_markdown_to_adf_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownToAdf */ .G)(charge(this, String(value)));
}
/** The filters templates get on top of standard Liquid (whose `json` already is JSON.stringify). */
const TEMPLATE_FILTERS = {
    iso8601,
    code_block: codeBlock,
    noformat_block: noformatBlock,
    escape_markdown: escapeMarkdown,
    truncate: truncateText,
    adf
};


/***/ }),

/***/ 584:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ liquid),
/* harmony export */   n: () => (/* binding */ loadLiquidEngine)
/* harmony export */ });
/* harmony import */ var _chunk_module_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7923);

/**
 * liquidjs and the code around it (src/template/engine.ts), a third of the bundle: loaded only for a Liquid leaf
 * the build did not precompile (every leaf of a user's template, none of a built-in's).
 */
const liquid = (0,_chunk_module_js__WEBPACK_IMPORTED_MODULE_0__/* .chunkModule */ .Q)('the Liquid engine', () => Promise.all(/* import() */[__nccwpck_require__.e(30), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8054)));
/** For edges about to compile Liquid the build did not precompile (loadTemplateModules, check mode, the CLI, tests). */
async function loadLiquidEngine() {
    await liquid.load();
}


/***/ }),

/***/ 6923:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eT: () => (/* binding */ builtinTemplateNames),
  PM: () => (/* binding */ loadTemplate)
});

// UNUSED EXPORTS: MAX_TEMPLATE_BYTES, PRECOMPILED_FOLDER

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/action-root.ts


/**
 * The action's own folder (where action.yml and templates/ live), not the workspace: the nearest folder
 * above this module that holds action.yml. This module runs from src/ (tests), dist/ (the action) and
 * dist/cli/ (the CLI); `import.meta.dirname` survives ncc bundling where `new URL(…, import.meta.url)` does not.
 */
const ACTION_ROOT = findActionRoot(import.meta.dirname);
function findActionRoot(start) {
    for (let dir = start;; dir = external_node_path_.dirname(dir)) {
        if ((0,external_node_fs_.existsSync)(external_node_path_.join(dir, 'action.yml')))
            return dir;
        if (external_node_path_.dirname(dir) === dir)
            return external_node_path_.resolve(start, '..');
    }
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/template/load.ts




const BUILTIN_FOLDER = 'templates';
const BUILTIN_EXTENSION = '.yml';
/** Where the build writes each built-in template parsed (scripts/precompile-templates.ts), as `{ text, document }`. */
const PRECOMPILED_FOLDER = 'dist/templates';
let builtinNames;
/** Names of the templates shipped in the action's templates/ folder, sorted; read once. */
function builtinTemplateNames() {
    builtinNames ??= readBuiltinNames();
    return [...builtinNames];
}
function readBuiltinNames() {
    try {
        return (0,external_node_fs_.readdirSync)(external_node_path_.join(ACTION_ROOT, BUILTIN_FOLDER))
            .filter(entry => entry.endsWith(BUILTIN_EXTENSION))
            .map(entry => entry.slice(0, -BUILTIN_EXTENSION.length))
            .sort();
    }
    catch {
        return [];
    }
}
/** A bare name (no folder, no extension) is a built-in when one exists; anything else is a file inside the workspace. */
function loadTemplate(ref, workspace) {
    const wanted = ref.trim();
    if (isBuiltinName(wanted)) {
        const file = `${BUILTIN_FOLDER}/${wanted}${BUILTIN_EXTENSION}`;
        const text = (0,external_node_fs_.readFileSync)(external_node_path_.join(ACTION_ROOT, file), 'utf8');
        const document = precompiledDocument(wanted, text);
        return { name: wanted, file, text, builtin: true, ...(document && { document }) };
    }
    const root = external_node_path_.resolve(workspace);
    const target = external_node_path_.resolve(root, wanted);
    if (wanted && !isInside(root, target))
        throw outsideWorkspace(wanted, root);
    if (!wanted || !isFile(target))
        throw notFound(wanted, root);
    // symlinks resolved too: a link in the repository must not expose a file from elsewhere on the runner
    if (!isInside((0,external_node_fs_.realpathSync)(root), (0,external_node_fs_.realpathSync)(target)))
        throw outsideWorkspace(wanted, root);
    const file = external_node_path_.relative(root, target).split(external_node_path_.sep).join('/');
    return {
        name: external_node_path_.basename(target, external_node_path_.extname(target)),
        file,
        text: readTemplateFile(target, file),
        builtin: false
    };
}
/**
 * The largest template file read: 256 KiB. The largest payload any supported platform takes is about 150 KB, and
 * the largest built-in template is under 6 KB: a bigger file can only be a mistake or an attack. Within this size
 * the worst template (every line a Liquid value) parses and is analysed in well under a second.
 */
const MAX_TEMPLATE_BYTES = 256 * 1024;
/** Reads a template file, its size checked on the open file before anything is read. */
function readTemplateFile(target, file) {
    const fd = (0,external_node_fs_.openSync)(target, 'r');
    try {
        const { size } = (0,external_node_fs_.fstatSync)(fd);
        if (size > MAX_TEMPLATE_BYTES) {
            throw new errors/* InputError */.dz('template', `"${file}" is ${size.toLocaleString('en-US')} bytes, over the ${MAX_TEMPLATE_BYTES.toLocaleString('en-US')} bytes (256 KiB) a template file may have`, 'Shorten it: a template describes one message or issue, and its data comes from the alert and vars.');
        }
        return (0,external_node_fs_.readFileSync)(fd, 'utf8');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** The build's parse of a built-in template; ignored unless made from this very text (a stale build, tests). */
function precompiledDocument(name, text) {
    try {
        const precompiled = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_.join(ACTION_ROOT, PRECOMPILED_FOLDER, `${name}.json`), 'utf8'));
        return precompiled.text === text ? precompiled.document : undefined;
    }
    catch {
        return undefined;
    }
}
function isBuiltinName(ref) {
    return !/[/\\]/.test(ref) && external_node_path_.extname(ref) === '' && builtinTemplateNames().includes(ref);
}
function isFile(file) {
    try {
        return (0,external_node_fs_.statSync)(file).isFile();
    }
    catch {
        return false;
    }
}
function isInside(folder, file) {
    const relative = external_node_path_.relative(folder, file);
    return relative !== '' && relative !== '..' && !relative.startsWith(`..${external_node_path_.sep}`) && !external_node_path_.isAbsolute(relative);
}
function outsideWorkspace(ref, workspace) {
    return new errors/* InputError */.dz('template', `"${ref}" is outside the workspace`, `Use a template file inside the repository (${workspace}).`);
}
function notFound(ref, workspace) {
    return new errors/* InputError */.dz('template', `no built-in template or file named "${ref}"`, `Use one of: ${builtinTemplateNames().join(', ')} or a path relative to the workspace (${workspace}).`);
}


/***/ }),

/***/ 3603:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G: () => (/* binding */ markdownToAdf)
});

;// CONCATENATED MODULE: ./src/template/markdown-inline.ts
const WHITESPACE = /\s/;
const WORD = /[\p{L}\p{N}_]/u;
/** Characters that end a bare URL. */
const URL_END = new Set(['<', '>', '"', "'", '`', '(', ')', '[', ']', '{', '}']);
const URL_TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?']);
function isSpace(ch) {
    return ch !== undefined && WHITESPACE.test(ch);
}
/**
 * The first index at or after `from` holding a stop character (or the text's length). Remembers its last answer:
 * a search from anywhere between that search's start and its answer has the same answer, so searches from rising
 * starts (one per opening character) read each character once.
 */
class NextStop {
    text;
    stops;
    searchedFrom = 1;
    found = 0;
    constructor(text, stops) {
        this.text = text;
        this.stops = stops;
    }
    from(start) {
        if (start >= this.searchedFrom && start <= this.found)
            return this.found;
        let index = start;
        while (index < this.text.length && !this.stops(this.text[index]))
            index++;
        this.searchedFrom = start;
        this.found = index;
        return index;
    }
}
/** The inline spans of `text` in order, none overlapping. */
function* inlineSpans(text) {
    const codeEnd = new NextStop(text, ch => ch === '`' || ch === '\n');
    const linkTextEnd = new NextStop(text, ch => ch === ']' || ch === '\n');
    const linkUrlEnd = new NextStop(text, ch => ch === ')' || isSpace(ch));
    const starEnd = new NextStop(text, ch => ch === '*' || ch === '\n');
    const underscoreEnd = new NextStop(text, ch => ch === '_' || ch === '\n');
    /** `code`: up to the next backtick on the line, not empty. */
    function code(start) {
        const close = codeEnd.from(start + 1);
        if (text[close] !== '`' || close === start + 1)
            return undefined;
        return { kind: 'code', start, end: close + 1, inner: text.slice(start + 1, close) };
    }
    /** [text](http…): text up to the first `]` on the line, then a URL up to `)` with no whitespace in it. */
    function link(start) {
        const close = linkTextEnd.from(start + 1);
        if (text[close] !== ']' || close === start + 1 || text[close + 1] !== '(')
            return undefined;
        const hrefStart = close + 2;
        const scheme = schemeLength(hrefStart);
        if (scheme === 0)
            return undefined;
        const hrefEnd = linkUrlEnd.from(hrefStart + scheme);
        if (text[hrefEnd] !== ')' || hrefEnd === hrefStart + scheme)
            return undefined;
        const href = text.slice(hrefStart, hrefEnd);
        return { kind: 'link', start, end: hrefEnd + 1, inner: text.slice(start + 1, close), href };
    }
    /** A bare http(s) URL, up to whitespace or a character that ends one, without trailing punctuation. */
    function url(start) {
        const scheme = schemeLength(start);
        if (scheme === 0)
            return undefined;
        let end = start + scheme;
        while (end < text.length && !URL_END.has(text[end]) && !isSpace(text[end]))
            end++;
        if (end === start + scheme)
            return undefined;
        while (URL_TRAILING_PUNCTUATION.has(text[end - 1]))
            end--;
        return { kind: 'url', start, end, href: text.slice(start, end) };
    }
    /** **strong**: from a non-space character to the next `**` on the line (at least one character inside). */
    function strong(start) {
        if (text[start + 1] !== '*' || start + 2 >= text.length || isSpace(text[start + 2]))
            return undefined;
        for (let close = start + 2; close < text.length && text[close] !== '\n'; close++) {
            if (close > start + 2 && text[close] === '*' && text[close + 1] === '*') {
                return { kind: 'strong', start, end: close + 2, inner: text.slice(start + 2, close) };
            }
        }
        return undefined;
    }
    /** *em*: non-space characters inside next to both stars, no star or line break within. */
    function starEm(start) {
        const first = text[start + 1];
        if (first === undefined || first === '*' || isSpace(first))
            return undefined;
        const close = starEnd.from(start + 1);
        if (text[close] !== '*' || isSpace(text[close - 1]))
            return undefined;
        return { kind: 'em', start, end: close + 1, inner: text.slice(start + 1, close) };
    }
    /** _em_: as *em*, and with no letter, digit or `_` right outside either underscore. */
    function underscoreEm(start) {
        const first = text[start + 1];
        if (first === undefined || first === '_' || isSpace(first) || isWord(codePointBefore(start)))
            return undefined;
        const close = underscoreEnd.from(start + 1);
        if (text[close] !== '_' || isSpace(text[close - 1]) || isWord(codePointAt(close + 1)))
            return undefined;
        return { kind: 'em', start, end: close + 1, inner: text.slice(start + 1, close) };
    }
    function schemeLength(start) {
        if (text.startsWith('http://', start))
            return 'http://'.length;
        if (text.startsWith('https://', start))
            return 'https://'.length;
        return 0;
    }
    function codePointBefore(index) {
        const low = text.charCodeAt(index - 1);
        const high = text.charCodeAt(index - 2);
        const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
        return pair ? text.slice(index - 2, index) : text.slice(Math.max(0, index - 1), index);
    }
    function codePointAt(index) {
        const point = text.codePointAt(index);
        return point === undefined ? '' : String.fromCodePoint(point);
    }
    let position = 0;
    while (position < text.length) {
        let span;
        switch (text[position]) {
            case '`':
                span = code(position);
                break;
            case '[':
                span = link(position);
                break;
            case 'h':
                span = url(position);
                break;
            case '*':
                span = strong(position) ?? starEm(position);
                break;
            case '_':
                span = underscoreEm(position);
                break;
        }
        if (span) {
            yield span;
            position = span.end;
        }
        else {
            position++;
        }
    }
}
function isWord(codePoint) {
    return codePoint !== '' && WORD.test(codePoint);
}

;// CONCATENATED MODULE: ./src/template/markdown-to-adf.ts

// ---------------------------------------------------------------------------------------------
// Light Markdown → ADF
const FENCE_OPEN = /^ {0,3}(`{3,})([^`]*)$/;
const FENCE_CLOSE = /^ {0,3}(`{3,})\s*$/;
const HEADING = /^ {0,3}(#{1,6})[ \t]+(\S.*)$/;
const BULLET = /^ {0,3}[-*][ \t]+(.*)$/;
const ORDERED = /^ {0,3}(\d{1,9})\.[ \t]+(.*)$/;
const BLANK = /^\s*$/;
/** Plain text or light Markdown as a valid ADF document; never emits an empty text node. */
function markdownToAdf(text) {
    const content = parseBlocks(text.replace(/\r\n?/g, '\n').split('\n'));
    // A doc needs at least one block to show anything; an empty paragraph is valid ADF.
    return { type: 'doc', version: 1, content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}
function parseBlocks(lines) {
    const blocks = [];
    let i = 0;
    while (i < lines.length) {
        const line = lines[i];
        const fence = FENCE_OPEN.exec(line);
        if (BLANK.test(line)) {
            i++;
        }
        else if (fence) {
            i = readCodeBlock(lines, i, fence, blocks);
        }
        else if (HEADING.test(line)) {
            const [, hashes, title] = HEADING.exec(line);
            blocks.push(withContent({ type: 'heading', attrs: { level: hashes.length } }, parseInline(title.trim(), [])));
            i++;
        }
        else if (BULLET.test(line) || ORDERED.test(line)) {
            i = readList(lines, i, blocks);
        }
        else {
            i = readParagraph(lines, i, blocks);
        }
    }
    return blocks;
}
function readCodeBlock(lines, start, fence, blocks) {
    const [, ticks, info] = fence;
    const body = [];
    let i = start + 1;
    while (i < lines.length) {
        const close = FENCE_CLOSE.exec(lines[i]);
        if (close && close[1].length >= ticks.length)
            break;
        body.push(lines[i]);
        i++;
    }
    const language = info.trim().split(/\s+/)[0];
    const code = body.join('\n');
    blocks.push({
        type: 'codeBlock',
        ...(language ? { attrs: { language } } : {}),
        ...(code ? { content: [{ type: 'text', text: code }] } : {})
    });
    return i + 1; // past the closing fence (or the end when the block is never closed)
}
function readList(lines, start, blocks) {
    const ordered = ORDERED.exec(lines[start]);
    const pattern = ordered ? ORDERED : BULLET;
    const items = [];
    let i = start;
    let match;
    while (i < lines.length && (match = pattern.exec(lines[i]))) {
        const itemText = (ordered ? match[2] : match[1]).trim();
        items.push({ type: 'listItem', content: [withContent({ type: 'paragraph' }, parseInline(itemText, []))] });
        i++;
    }
    const first = ordered ? Number(ordered[1]) : 1;
    blocks.push(ordered
        ? { type: 'orderedList', ...(first !== 1 ? { attrs: { order: first } } : {}), content: items }
        : { type: 'bulletList', content: items });
    return i;
}
function readParagraph(lines, start, blocks) {
    const inline = [];
    let i = start;
    while (i < lines.length && startsParagraphLine(lines[i], i === start)) {
        if (i > start)
            inline.push({ type: 'hardBreak' });
        appendNodes(inline, parseInline(lines[i], []));
        i++;
    }
    blocks.push(withContent({ type: 'paragraph' }, inline));
    return i;
}
/** Whether `line` continues a paragraph (the first line always does: nothing else claimed it). */
function startsParagraphLine(line, first) {
    if (first)
        return true;
    return !BLANK.test(line) && !FENCE_OPEN.test(line) && !HEADING.test(line) && !BULLET.test(line) && !ORDERED.test(line);
}
function withContent(node, content) {
    return content.length > 0 ? { ...node, content } : node;
}
function parseInline(text, marks) {
    const nodes = [];
    let last = 0;
    for (const span of inlineSpans(text)) {
        appendText(nodes, text.slice(last, span.start), marks);
        last = span.end;
        if (span.kind === 'code') {
            // The schema lets `code` combine only with `link`.
            appendText(nodes, span.inner, [...marks.filter(m => m.type === 'link'), { type: 'code' }]);
        }
        else if (span.kind === 'link') {
            appendNodes(nodes, parseInline(span.inner, addMark(marks, { type: 'link', attrs: { href: span.href } })));
        }
        else if (span.kind === 'url') {
            const { href } = span;
            if (/^https?:\/\/.+/.test(href))
                appendText(nodes, href, addMark(marks, { type: 'link', attrs: { href } }));
            else
                appendText(nodes, href, marks);
        }
        else {
            appendNodes(nodes, parseInline(span.inner, addMark(marks, { type: span.kind })));
        }
    }
    appendText(nodes, text.slice(last), marks);
    return mergeAdjacentText(nodes);
}
/** Appends one by one: spreading a long list into `push` arguments overflows the stack. */
function appendNodes(nodes, more) {
    for (const node of more)
        nodes.push(node);
}
function addMark(marks, mark) {
    if (marks.some(m => m.type === mark.type))
        return marks; // the outer one wins; ADF marks are unique per type
    // Inside `code` nothing else but `link` may apply.
    if (marks.some(m => m.type === 'code') && mark.type !== 'link')
        return marks;
    return [...marks, mark];
}
function appendText(nodes, text, marks) {
    if (text === '')
        return;
    nodes.push(marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text });
}
function mergeAdjacentText(nodes) {
    const merged = [];
    for (const node of nodes) {
        const previous = merged[merged.length - 1];
        if (previous?.type === 'text' && node.type === 'text' && sameMarks(previous.marks, node.marks)) {
            merged[merged.length - 1] = { ...previous, text: `${previous.text}${node.text}` };
        }
        else {
            merged.push(node);
        }
    }
    return merged;
}
function sameMarks(a, b) {
    return a === b || JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}


/***/ }),

/***/ 981:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ND: () => (/* binding */ MemoryBudget),
/* harmony export */   XH: () => (/* binding */ renderDeadline),
/* harmony export */   ZE: () => (/* binding */ RenderDeadline),
/* harmony export */   aj: () => (/* binding */ RENDER_LIMITS)
/* harmony export */ });
// Bounds for a hostile template in a pull request, shared by the Liquid engine and the precompiled built-ins.
// `renderLimit` alone does not stop a loop over a huge range (the range array is built before the first time
// check), so the memory budget also caps ranges.
const RENDER_LIMITS = {
    parseLimit: 1e6, // characters per leaf
    // Outputs and tags per leaf: liquidjs's parser slows quadratically past a few thousand (10,000 took 0.2 s,
    // 40,000 five seconds), while a leaf written by hand holds a few dozen.
    markerLimit: 1000,
    // Wall-clock milliseconds per document render: generous, as a storm of runs sharing a machine's CPUs makes an
    // honest render take many times its usual few milliseconds; the memory budget stops most runaway templates first.
    renderLimit: 5000,
    // Characters/array items allocated per document render, text written by outputs, tags and `capture` included
    memoryLimit: 1e7
};
/** Counts what renders allocate; throws `message` past `limit`, after charging `shared` (when given) as well. */
class MemoryBudget {
    limit;
    shared;
    message;
    used = 0;
    spent = false;
    constructor(limit = RENDER_LIMITS.memoryLimit, shared, message = 'memory alloc limit exceeded') {
        this.limit = limit;
        this.shared = shared;
        this.message = message;
    }
    use(count) {
        if (!(+count > 0))
            return;
        if (this.used + +count > this.limit) {
            this.spent = true;
            throw new Error(this.message);
        }
        this.shared?.use(count);
        this.used += +count;
    }
    /** Why nothing more can be charged (the message it stopped a render with), if it did. */
    exhausted() {
        return this.spent ? this.message : undefined;
    }
}
/**
 * When rendering must end, on liquidjs's render clock (`performance.now()`, checked before each tag and output):
 * it stops the render with `message`.
 */
class RenderDeadline {
    at;
    message;
    constructor(at, message) {
        this.at = at;
        this.message = message;
    }
    /** liquidjs's `renderLimit.check(now)`. */
    check(now) {
        if (now > this.at)
            throw new Error(this.message);
    }
    /** liquidjs's `renderLimit.use`: nothing to count, time is read from the clock. */
    use() { }
    /** Why no more rendering is allowed, if the deadline has passed. */
    passed(now = performance.now()) {
        return now > this.at ? this.message : undefined;
    }
    /** The earlier of this deadline and `other`. */
    earliest(other) {
        return other && other.at < this.at ? other : this;
    }
}
/** A document render's own time limit, or the shared one when that ends first. */
function renderDeadline(shared) {
    return new RenderDeadline(performance.now() + RENDER_LIMITS.renderLimit, 'template render limit exceeded').earliest(shared?.deadline);
}


/***/ }),

/***/ 8523:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ stringify),
/* harmony export */   WM: () => (/* binding */ isFalsy),
/* harmony export */   wv: () => (/* binding */ STANDARD_FILTERS)
/* harmony export */ });
/* harmony import */ var _filters_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1329);

// The standard Liquid filters the built-in templates use, for their precompiled form (src/template/program.ts),
// written to give exactly what liquidjs 10's own filters give for the arguments listed in `arity`; the
// precompiler refuses any other use, and __tests__/template-program.test.ts renders every built-in both ways.
/** Liquid's text of a value: nil is empty, a list is its items' texts joined. */
function stringify(value) {
    if (typeof value === 'string')
        return value;
    if (value === null || value === undefined)
        return '';
    if (Array.isArray(value))
        return value.map(stringify).join('');
    return String(value);
}
/** Liquid's falsy (not JavaScript's): only false, nil and undefined. */
function isFalsy(value) {
    return value === false || value === undefined || value === null;
}
/** Advances `count` code points from `from` (a surrogate pair is one character, as in liquidjs's `slice`). */
function advanceCodePoints(text, from, count) {
    let index = from;
    for (let i = 0; i < count && index < text.length; i++)
        index += (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
    return index;
}
function codePointLength(text) {
    let length = 0;
    for (let index = 0; index < text.length; index = advanceCodePoints(text, index, 1))
        length++;
    return length;
}
/** `date: '%s'`: epoch seconds of a date value (liquidjs's reading of it); anything unreadable passes through. */
function epochSeconds(value) {
    this.context.memoryLimit.use(value?.length ?? 0);
    if (value === null || value === undefined)
        return value;
    const date = value === 'now' || value === 'today'
        ? new Date()
        : typeof value === 'number'
            ? new Date(value * 1000)
            : typeof value === 'string' && /^\d+$/.test(value)
                ? new Date(+value * 1000)
                : new Date(value);
    if (Number.isNaN(date.getTime()))
        return value;
    this.context.memoryLimit.use('%s'.length);
    return String(Math.floor(date.getTime() / 1000));
}
/**
 * Each filter with the argument counts its version here serves, and for `date` the one format it renders.
 * A template using a filter another way keeps its Liquid form.
 */
const STANDARD_FILTERS = {
    default: {
        arity: [0, 1],
        filter(value, fallback) {
            if (Array.isArray(value) || typeof value === 'string')
                return value.length ? value : fallback;
            return isFalsy(value) ? fallback : value;
        }
    },
    capitalize: {
        arity: [0, 0],
        filter(value) {
            const text = (0,_filters_js__WEBPACK_IMPORTED_MODULE_0__/* .charge */ .Ji)(this, stringify(value));
            return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
        }
    },
    prepend: {
        arity: [1, 1],
        filter(value, prefix) {
            const text = stringify(value);
            const head = stringify(prefix);
            this.context.memoryLimit.use(text.length + head.length);
            return head + text;
        }
    },
    remove_first: {
        arity: [1, 1],
        filter(value, part) {
            const text = stringify(value);
            const removed = stringify(part);
            this.context.memoryLimit.use(text.length + removed.length);
            return text.replace(removed, '');
        }
    },
    replace: {
        arity: [2, 2],
        filter(value, pattern, replacement) {
            const text = stringify(value);
            const parts = text.split(stringify(pattern));
            const inserted = stringify(replacement);
            this.context.memoryLimit.use(text.length + (parts.length - 1) * (inserted.length - stringify(pattern).length));
            return parts.join(inserted);
        }
    },
    slice: {
        arity: [1, 2],
        filter(value, begin, length = 1) {
            if (value === null || value === undefined)
                return [];
            const items = Array.isArray(value) ? value : stringify(value);
            const size = Array.isArray(items) ? items.length : codePointLength(items);
            const from = begin < 0 ? size + begin : begin;
            if (from < 0 || length < 0)
                return Array.isArray(items) ? [] : '';
            this.context.memoryLimit.use(length);
            if (Array.isArray(items))
                return items.slice(from, from + length);
            const start = advanceCodePoints(items, 0, from);
            return items.slice(start, advanceCodePoints(items, start, length));
        }
    },
    strip: {
        arity: [0, 0],
        filter(value) {
            return (0,_filters_js__WEBPACK_IMPORTED_MODULE_0__/* .charge */ .Ji)(this, stringify(value)).trim();
        }
    },
    strip_newlines: {
        arity: [0, 0],
        filter(value) {
            return (0,_filters_js__WEBPACK_IMPORTED_MODULE_0__/* .charge */ .Ji)(this, stringify(value)).replace(/\r?\n/gm, '');
        }
    },
    uri_escape: {
        arity: [0, 0],
        filter(value) {
            return encodeURI(stringify(value)).replace(/%5B/g, '[').replace(/%5D/g, ']');
        }
    },
    date: { arity: [1, 1], onlyArgs: ['%s'], filter: epochSeconds }
};


/***/ }),

/***/ 6689:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X6: () => (/* binding */ measureLength),
/* harmony export */   vY: () => (/* binding */ fitText),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
const ELLIPSIS = '…';
const FENCE = '```';
function measureLength(text, measure = 'codepoints') {
    if (measure === 'utf16')
        return text.length;
    // A surrogate pair is one code point; a lone surrogate counts as one, as a string's iterator counts it.
    let pairs = 0;
    for (let i = 0; i < text.length - 1; i++) {
        const unit = text.charCodeAt(i);
        if (unit >= 0xd800 && unit <= 0xdbff) {
            const next = text.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff) {
                pairs++;
                i++;
            }
        }
    }
    return text.length - pairs;
}
/** Whether `text` measures more than `max`, reading little more of it than `max` units (a cap on a huge text). */
function longerThan(text, max, measure) {
    // A code point takes one or two units: a text of more than 2 × max + 1 units has more than max of them.
    return measure === 'utf16' ? text.length > max : measureLength(text.slice(0, 2 * max + 2), measure) > max;
}
/** The longest prefix of `text` within `max` units that does not split a character. */
function prefix(text, max, measure) {
    let used = 0;
    let end = 0;
    for (const ch of text) {
        const size = measure === 'utf16' ? ch.length : 1;
        if (used + size > max)
            break;
        used += size;
        end += ch.length;
    }
    return text.slice(0, end);
}
/**
 * Shortens `text` to at most `max` units, ending with `…`. A fenced code block keeps its closing
 * fence (the cut happens inside it), so a long stack trace stays a code block.
 */
function truncate(text, max, measure = 'codepoints') {
    if (!longerThan(text, max, measure))
        return text;
    if (max <= 0)
        return '';
    const fenced = text.startsWith(FENCE) && text.trimEnd().endsWith(FENCE) && text.length > 2 * FENCE.length;
    if (fenced) {
        const closing = `${ELLIPSIS}\n${FENCE}`;
        const room = max - measureLength(closing, measure);
        const firstLine = text.indexOf('\n');
        if (firstLine > 0 && room > firstLine) {
            return prefix(text.trimEnd().slice(0, -FENCE.length), room, measure).replace(/\n$/, '') + closing;
        }
    }
    return prefix(text, max - 1, measure) + ELLIPSIS;
}
/** Truncates and reports the change (path, original and final length) through `warn`. */
function fitText(text, max, path, warn, measure = 'codepoints') {
    const before = measureLength(text, measure);
    if (before <= max)
        return text;
    const after = truncate(text, max, measure);
    warn({ path, message: `truncated from ${before} to ${measureLength(after, measure)} characters (limit ${max})` });
    return after;
}


/***/ }),

/***/ 2186:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ yamlParser),
/* harmony export */   D: () => (/* binding */ loadYamlParser)
/* harmony export */ });
/* harmony import */ var _chunk_module_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7923);

/**
 * The `yaml` package is a quarter of the bundle: it is loaded (a chunk of its own) only when a text that is not
 * JSON must be parsed, so a send with a built-in template and JSON-or-absent inputs never pays for it.
 */
const yaml = (0,_chunk_module_js__WEBPACK_IMPORTED_MODULE_0__/* .chunkModule */ .Q)('the YAML parser', () => __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19)));
/** For edges that know a text that is not JSON (or a template the build did not parse) is about to be parsed. */
async function loadYamlParser() {
    await yaml.load();
}
function yamlParser() {
    return yaml.get();
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/delivery/deliver.ts + 1 modules
var deliver = __nccwpck_require__(3616);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/event/tokens.ts + 5 modules
var tokens = __nccwpck_require__(2396);
// EXTERNAL MODULE: ./src/pipeline/findings/closest-name.ts
var closest_name = __nccwpck_require__(1268);
// EXTERNAL MODULE: ./src/platforms/types.ts
var types = __nccwpck_require__(4473);
;// CONCATENATED MODULE: ./src/data-limits.ts
/**
 * How deep and how large structured input (the `event`, `vars` and `headers` inputs, the dispatch payload) may be.
 * Deeper data would overflow the stack of the YAML parser and of every later step that walks it (serialising a
 * nested token, the template scope), and a hostile text could make the YAML parser exhaust memory: both are
 * refused with a message naming the input, before they are walked.
 */

/** Levels of nesting read: a mapping of text values is 1 level; alert tokens and template variables need a few. */
const DEPTH_LIMIT = 32;
/** Bytes of text read (UTF-8), or characters of text held by data already parsed. */
const SIZE_LIMIT = 1024 * 1024;
/**
 * Text whose nesting bound (below) exceeds this is refused before the YAML parser sees it: the parser recurses per
 * level and overflows the stack at several hundred. Above DEPTH_LIMIT, as the bound counts brackets inside quoted
 * text too; the exact depth of what parses is checked against DEPTH_LIMIT afterwards.
 */
const YAML_NESTING_GUARD = 256;
const FIX = `Send flatter data: a mapping of names to values, nested at most ${DEPTH_LIMIT} levels`;
/** Refuses text larger than SIZE_LIMIT; before any parsing. */
function checkTextSize(text, { input, place }) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > SIZE_LIMIT)
        throw new errors/* InputError */.dz(input, `${place} is ${megabytes(bytes)}; at most ${megabytes(SIZE_LIMIT)} is read`, FIX);
}
/** Refuses YAML text that could nest deeper than the parser can follow; before it is parsed. */
function checkYamlNesting(text, source) {
    const bound = yamlNestingBound(text);
    if (bound > YAML_NESTING_GUARD)
        throw tooDeep(bound, source);
}
/**
 * Refuses parsed data nested deeper than DEPTH_LIMIT, holding more than SIZE_LIMIT characters of text, or
 * containing itself (a YAML alias inside its own anchor). One pass with an explicit stack: no recursion, linear.
 */
function checkDataShape(value, source) {
    let depth = 0;
    let size = 0;
    const onPath = new Set();
    // An object is pushed twice: to enter it (its children follow) and, marked `leave`, to leave it.
    const stack = [{ value, level: 1 }];
    while (stack.length > 0) {
        const frame = stack.pop();
        const current = frame.value;
        if (typeof current === 'string')
            size += current.length;
        if (typeof current !== 'object' || current === null)
            continue;
        if (frame.leave) {
            onPath.delete(current);
            continue;
        }
        if (onPath.has(current)) {
            throw new errors/* InputError */.dz(source.input, `${source.place} contains itself (a YAML alias inside its own anchor)`, FIX);
        }
        onPath.add(current);
        depth = Math.max(depth, frame.level);
        stack.push({ value: current, level: frame.level, leave: true });
        for (const [key, child] of Object.entries(current)) {
            size += key.length;
            stack.push({ value: child, level: frame.level + 1 });
        }
    }
    if (depth > DEPTH_LIMIT)
        throw tooDeep(depth, source);
    if (size > SIZE_LIMIT) {
        throw new errors/* InputError */.dz(source.input, `${source.place} holds ${megabytes(size)} of text; at most ${megabytes(SIZE_LIMIT)} is read`, FIX);
    }
}
/**
 * An upper bound on how deep YAML text nests, read without parsing it: the most flow brackets open at once, plus
 * the most block levels open at once (indentation levels, and compact `- `/`? ` entries that open one each).
 * Brackets and indentation inside quoted or block text count too, so the bound can be high, never low.
 */
function yamlNestingBound(text) {
    let open = 0;
    let mostOpen = 0;
    let mostBlock = 0;
    const indents = [];
    for (const line of text.split('\n')) {
        let at = 0;
        while (line[at] === ' ')
            at++;
        const indent = at;
        let compact = 0;
        while ((line[at] === '-' || line[at] === '?') && (line[at + 1] === ' ' || line[at + 1] === undefined)) {
            compact++;
            at += 2;
            while (line[at] === ' ')
                at++;
        }
        if (at < line.length || compact > 0) {
            while (indents.length > 0 && indents[indents.length - 1] >= indent)
                indents.pop();
            indents.push(indent);
            mostBlock = Math.max(mostBlock, indents.length + compact);
        }
        for (let i = at; i < line.length; i++) {
            const char = line[i];
            if (char === '[' || char === '{')
                mostOpen = Math.max(mostOpen, ++open);
            else if ((char === ']' || char === '}') && open > 0)
                open--;
        }
    }
    return mostOpen + mostBlock;
}
function tooDeep(depth, { input, place }) {
    return new errors/* InputError */.dz(input, `${place} is nested ${depth.toLocaleString('en-US')} levels deep; at most ${DEPTH_LIMIT} are read`, FIX);
}
/** "5 MB", "1.5 MB": one decimal at most. */
function megabytes(bytes) {
    return `${Math.round((bytes / SIZE_LIMIT) * 10) / 10} MB`;
}

// EXTERNAL MODULE: ./src/yaml-parser.ts
var yaml_parser = __nccwpck_require__(2186);
;// CONCATENATED MODULE: ./src/structured-text.ts



/**
 * Reads JSON or YAML text that must hold a mapping, within the size and depth limits of `data-limits.ts`. JSON is
 * tried first (what workflows usually pass, and no YAML parser needed; V8's JSON.parse does not recurse); YAML
 * errors are reported by position and reason only, never by quoting the text, since inputs such as `headers` hold
 * credentials.
 */
function parseMappingText(text, source) {
    checkTextSize(text, source);
    const value = parseJsonOrYaml(text, source);
    checkDataShape(value, source);
    if ((value === null || value === undefined) && source.allowEmpty)
        return {};
    if (!isMapping(value)) {
        throw new errors/* InputError */.dz(source.input, `${source.place} must be a mapping of names to values, but it is ${describeKind(value)}`, source.hint);
    }
    return value;
}
/** For edges: loads the YAML parser when one of `texts`, each a text parseMappingText is about to read, is not JSON. */
async function loadYamlParserFor(texts) {
    if (texts.some(text => !isJson(text)))
        await (0,yaml_parser/* loadYamlParser */.D)();
}
function isJson(text) {
    try {
        JSON.parse(text);
        return true;
    }
    catch {
        return false;
    }
}
function parseJsonOrYaml(text, source) {
    try {
        return JSON.parse(text);
    }
    catch {
        // Not JSON: YAML reads the rest (JSON is YAML), and its errors carry line and column.
    }
    checkYamlNesting(text, source);
    const yaml = (0,yaml_parser/* yamlParser */.$)();
    try {
        return yaml.parse(text, { uniqueKeys: true, schema: source.scalarsAsText ? 'failsafe' : 'core' });
    }
    catch (error) {
        throw new errors/* InputError */.dz(source.input, `${source.place} is not valid JSON or YAML${describeYamlError(error)}`, `Fix the syntax there. ${source.hint}`);
    }
}
function describeYamlError(error) {
    if (!(error instanceof (0,yaml_parser/* yamlParser */.$)().YAMLParseError))
        return '';
    const position = error.linePos ? ` at line ${error.linePos[0].line}, column ${error.linePos[0].col}` : '';
    return `: ${error.code.toLowerCase().replace(/_/g, ' ')}${position}`;
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function describeKind(value) {
    if (value === null || value === undefined)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    return `a ${typeof value}`;
}

;// CONCATENATED MODULE: ./src/inputs.ts





const DEFAULT_DEDUPE_KEY = '<< fingerprint >>';
/**
 * Sized from the slowest documented limit: a storm of 100 alerts to one chat channel (30 messages a minute)
 * drains in about 4 minutes, so even the run that loses every race gets through, with more than 3× to spare.
 */
const DEFAULT_MAX_WAIT_SECONDS = 900;
function readConfig(input, env = {}) {
    return {
        platform: readPlatform(input('platform')),
        url: input('url') || undefined,
        headers: readHeaders(input('headers')),
        template: input('template') || undefined,
        events: readEvents(input('events')),
        event: input('event'),
        vars: readVars(input('vars')),
        mode: readChoice(input('mode') || 'send', 'mode', ['send', 'check']),
        dryRun: readBoolean(input('dry-run'), 'dry-run'),
        maxAttempts: readNumber(input('max-attempts'), 'max-attempts', { default: 5, min: 1, max: 20, integer: true }),
        timeoutSeconds: readNumber(input('timeout'), 'timeout', { default: 15, min: 1, max: 600 }),
        maxWaitSeconds: readNumber(input('max-wait'), 'max-wait', { default: DEFAULT_MAX_WAIT_SECONDS, min: 0, max: 3600 }),
        settings: {
            signingSecret: input('signing-secret'),
            resultUrl: input('result-url'),
            token: readHeaderSafe(input('token'), 'token'),
            email: readHeaderSafe(input('email'), 'email'),
            repository: input('repository'),
            apiUrl: env.GITHUB_API_URL ?? ''
        },
        stateToken: readHeaderSafe(input('state-token'), 'state-token'),
        tracking: {
            dedupeKey: input('dedupe-key') || DEFAULT_DEDUPE_KEY,
            repeat: readChoice(input('repeat') || 'comment', 'repeat', ['comment', 'skip', 'new']),
            resolve: readChoice(input('resolve') || 'close', 'resolve', ['close', 'comment', 'ignore'])
        },
        problemMessages: {
            asked: input('repeat') === 'comment' || input('repeat') === 'skip' || input('resolve') === 'close',
            ignoreRecoveries: input('resolve') === 'ignore',
            renotifyHours: readNumber(input('renotify'), 'renotify', { default: 24, min: 0, max: 8760 })
        }
    };
}
function readPlatform(text) {
    if (!text)
        return undefined;
    return readChoice(text.toLowerCase(), 'platform', types/* PLATFORM_NAMES */.Z);
}
function readChoice(text, input, choices) {
    if (choices.includes(text))
        return text;
    throw new errors/* InputError */.dz(input, `"${text}" is not supported`, `Use one of: ${choices.join(', ')}`);
}
function readBoolean(text, input) {
    if (!text)
        return false;
    if (/^(true|yes|on)$/i.test(text))
        return true;
    if (/^(false|no|off)$/i.test(text))
        return false;
    throw new errors/* InputError */.dz(input, `"${text}" is not a boolean`, 'Use true or false');
}
function readNumber(text, input, rule) {
    if (!text)
        return rule.default;
    const value = Number(text);
    const kind = rule.integer ? 'a whole number' : 'a number';
    if (!Number.isFinite(value) || (rule.integer && !Number.isInteger(value))) {
        throw new errors/* InputError */.dz(input, `"${text}" is not ${kind}`, `Use ${kind} from ${rule.min} to ${rule.max} (default ${rule.default})`);
    }
    if (value < rule.min || value > rule.max) {
        throw new errors/* InputError */.dz(input, `${value} is out of range`, `Use ${kind} from ${rule.min} to ${rule.max} (default ${rule.default})`);
    }
    return value;
}
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/**
 * A character a header value cannot hold (RFC 9110 field-value as Node sends it): anything but tab, visible ASCII,
 * space and obs-text (0x80-0xFF). Node refuses the rest only when the request is made, which would read as a
 * failed connection and be retried.
 */
const NOT_FIELD_VALUE = /[^\t\x20-\x7e\x80-\xff]/;
const HEADER_VALUE_FIX = 'Give one line of printable characters (copy the credential again, without line breaks or typographic quotes)';
/** What is wrong with a header value, for a message that never shows it (it is a credential); undefined if nothing. */
function fieldValueProblem(value) {
    const bad = NOT_FIELD_VALUE.exec(value)?.[0];
    if (bad === undefined)
        return undefined;
    if (bad === '\r' || bad === '\n')
        return 'a line break';
    if (bad.charCodeAt(0) > 0xff)
        return 'a character a header cannot carry (beyond Latin-1, such as an emoji or a typographic quote)';
    return 'a control character';
}
/** An input the action sends in a header (alone or encoded): refused at once if a header could not carry it. */
function readHeaderSafe(text, input) {
    const problem = fieldValueProblem(text);
    if (problem)
        throw new errors/* InputError */.dz(input, `the value contains ${problem}`, HEADER_VALUE_FIX);
    return text;
}
/** Header names lower-cased; values must be strings (numbers are accepted and stringified). */
function readHeaders(text) {
    if (!text)
        return {};
    const hint = "Write one header a line, e.g. 'Authorization: Basic <base64 of email:token>' (from a secret)";
    const headers = {};
    for (const [name, value] of Object.entries(parseMappingText(text, { input: 'headers', place: 'the value', hint, allowEmpty: true }))) {
        if (!HEADER_NAME.test(name)) {
            throw new errors/* InputError */.dz('headers', `"${name}" is not a valid header name`, 'Use names such as Authorization or X-Api-Key');
        }
        if (typeof value !== 'string' && typeof value !== 'number') {
            throw new errors/* InputError */.dz('headers', `the value of "${name}" must be text`, `Write it as ${name}: <value>`);
        }
        const headerValue = String(value).trim();
        const problem = fieldValueProblem(headerValue);
        if (problem)
            throw new errors/* InputError */.dz('headers', `the value of "${name}" contains ${problem}`, HEADER_VALUE_FIX);
        headers[name.toLowerCase()] = headerValue;
    }
    return headers;
}
const EVENT_NAME = /^[A-Za-z_]+$/;
/**
 * The `events` input: notification types as a YAML list (`[JOB, TICK]` or `- JOB` lines) or separated by commas,
 * spaces or line breaks; each one a catalogue name (ignoring case), so that a workflow condition testing the text for
 * a type's name never misses one the step serves (.github/workflows/relay.yml).
 */
function readEvents(text) {
    if (!text)
        return undefined;
    const known = tokens/* NOTIFICATION_TYPES */.I9.map(type => type.type);
    const trimmed = text.trim();
    const list = trimmed.startsWith('[') && trimmed.endsWith(']') ? trimmed.slice(1, -1) : trimmed;
    const names = list
        .split(/[\s,]+/)
        .filter(word => word !== '' && word !== '-')
        .map(word => (/^(["']).+\1$/.test(word) ? word.slice(1, -1) : word));
    const types = names.map(name => {
        const type = EVENT_NAME.test(name) ? (0,tokens/* notificationType */.IO)(name) : undefined;
        if (type)
            return type.type;
        const guess = (0,closest_name/* closestName */.N)(name, known);
        throw new errors/* InputError */.dz('events', `"${name}" is not a Dagster+ notification type`, `${guess ? `Did you mean ${guess}? ` : ''}Use one or more of: ${known.join(', ')}`);
    });
    if (types.length === 0)
        throw new errors/* InputError */.dz('events', 'lists no notification type', `Use one or more of: ${known.join(', ')}`);
    return [...new Set(types)];
}
function readVars(text) {
    if (!text)
        return {};
    const hint = 'Write one variable a line, e.g. \'project: ENG\', or JSON such as \'{"team_id": "…"}\'';
    const vars = parseMappingText(text, { input: 'vars', place: 'the value', hint, allowEmpty: true });
    return JSON.parse(JSON.stringify(vars));
}

// EXTERNAL MODULE: ./src/platforms/registry.ts + 1 modules
var registry = __nccwpck_require__(3735);
// EXTERNAL MODULE: ./src/hash.ts + 1 modules
var hash = __nccwpck_require__(5412);
// EXTERNAL MODULE: ./src/output/line-breaks.ts
var line_breaks = __nccwpck_require__(4268);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/output/runner.ts


/** An input as the runner passes it (`INPUT_<NAME>`), trimmed; '' when not set. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
/** The runner masks the value in every later log line. */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT || '';
    if (!file) {
        process.stdout.write(external_node_os_namespaceObject.EOL);
        issueCommand('set-output', { name }, value);
        return;
    }
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    const delimiter = delimiterFor(name, value);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, { encoding: 'utf8' });
}
function info(message) {
    process.stdout.write(message + external_node_os_namespaceObject.EOL);
}
function error(message, properties = {}) {
    issueCommand('error', annotation(properties), message);
}
function warning(message, properties = {}) {
    issueCommand('warning', annotation(properties), message);
}
function notice(message) {
    issueCommand('notice', {}, message);
}
/** The step fails (exit code 1) with this error. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
/**
 * Appends Markdown (and a line end) to the job summary file; throws when the file cannot be written. Synchronous,
 * as the file commands are: a promise-based write would start libuv's thread pool (~3 ms) for one append.
 */
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    (0,external_node_fs_.appendFileSync)(file, markdown + external_node_os_namespaceObject.EOL, { encoding: 'utf8' });
}
function annotation(properties) {
    const { title, file, startLine, startColumn } = properties;
    return { title, file, line: startLine, col: startColumn };
}
/** `::command key=value,…::message`, escaped so neither part can end the command early. */
function issueCommand(command, properties, message) {
    const pairs = Object.entries(properties)
        .filter(([, value]) => value)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    process.stdout.write(`::${command}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * A heredoc delimiter that neither text contains, so no value (alert text included) can end itself early and add
 * outputs of its own. Checked rather than unguessable, so writing outputs does not load node:crypto.
 */
function delimiterFor(...texts) {
    for (;;) {
        const delimiter = `ghadelimiter_${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
        if (!texts.some(text => text.includes(delimiter)))
            return delimiter;
    }
}

// EXTERNAL MODULE: ./src/output/summary-markdown.ts
var summary_markdown = __nccwpck_require__(5911);
;// CONCATENATED MODULE: ./src/output/output.ts




/**
 * The one way out (DESIGN §12): every log line, annotation, output and job summary the action writes passes
 * here, where every registered secret form is redacted, line ends are folded where the runner reads one line
 * (log lines, annotation titles and files, group titles) and the summary's values are escaped. Nothing else
 * calls runner.ts's writers.
 */
class Output {
    secrets;
    constructor(secrets) {
        this.secrets = secrets;
    }
    /** Tells the runner to mask every registered secret form in later log lines. */
    maskSecrets() {
        for (const value of this.secrets.values())
            setSecret(value);
    }
    /** One log line: text that reads as a workflow command (`::add-mask::…`) is printed, never run. */
    info(text) {
        info(this.logLine(text));
    }
    warning(text, place = {}) {
        warning(this.message(text), this.annotation(place));
    }
    error(text, place = {}) {
        error(this.message(text), this.annotation(place));
    }
    notice(text) {
        notice(this.message(text));
    }
    /** The step fails (exit code 1) with this error. */
    fail(text) {
        setFailed(this.message(text));
    }
    /**
     * Text of many lines that may hold workflow-command lines (a rendered payload), in a collapsed group: inside a
     * stop-commands block, whose end no text can guess, the runner prints lines instead of running them.
     */
    untrustedBlock(title, text) {
        const token = (0,hash/* randomId */.zE)();
        startGroup((0,line_breaks/* oneLine */.T)(title));
        info(`::stop-commands::${token}`);
        info(this.secrets.redact(text));
        info(`::${token}::`);
        endGroup();
    }
    setOutput(name, value) {
        setOutput(name, this.secrets.redact(value));
    }
    /** Appends to the job summary when the runner has one; a summary that cannot be written is a warning. */
    summary(document) {
        if (!process.env.GITHUB_STEP_SUMMARY)
            return;
        try {
            appendSummary((0,summary_markdown/* renderMarkdown */.Gc)(document, text => this.secrets.redact(text)));
        }
        catch (error) {
            this.warning(`Could not write the job summary: ${error instanceof Error ? error.message : error}`);
        }
    }
    /**
     * Folded to one line; the runner trims leading white space (Unicode's, NEL and LS included) before it looks
     * for `::`, so a line that would then start a command gets a zero-width space in front and is only printed.
     */
    logLine(text) {
        const line = (0,line_breaks/* oneLine */.T)(this.secrets.redact(text));
        return /^\s*::/.test(line) ? `\u200b${line}` : line;
    }
    /** Annotation text keeps its lines (the runner escapes them), each kind of line end written as one. */
    message(text) {
        return (0,line_breaks/* plainLines */.y)(this.secrets.redact(text));
    }
    annotation(place) {
        const single = (text) => (text === undefined ? undefined : (0,line_breaks/* oneLine */.T)(this.secrets.redact(text)));
        return { title: single(place.title), file: single(place.file), startLine: place.line, startColumn: place.column };
    }
}

// EXTERNAL MODULE: ./src/event/derive.ts
var derive = __nccwpck_require__(3837);
// EXTERNAL MODULE: ./src/event/normalise.ts
var normalise = __nccwpck_require__(3002);
// EXTERNAL MODULE: ./src/event/scope.ts
var event_scope = __nccwpck_require__(4592);
;// CONCATENATED MODULE: ./src/event/source.ts





const EVENT_INPUT = "the 'event' input";
const MAPPING_HINT = 'Write the tokens as a mapping: {"alert_summary": "…", "run_status": "FAILURE"} or "alert_summary: …" lines';
const HOW_TO_PROVIDE = "Provide alert data in one of three ways: the 'event' input (the tokens as JSON or YAML), " +
    'a repository_dispatch event with the tokens in client_payload.alert (the Dagster+ webhook body), ' +
    "or a workflow_dispatch event with the tokens as inputs (or an 'alert' input holding them as JSON)";
/** The alert tokens from the first source that has any: the `event` input, then the dispatch event. */
function readAlertData(sources) {
    const found = findAlertData(sources, parseMapping);
    if (!found)
        throw new errors/* InputError */.dz('event', `no alert data found: ${describeAbsence(sources)}`, HOW_TO_PROVIDE);
    if (!hasTokenValue(found.data)) {
        const problem = `no alert data found: ${found.origin} has no Dagster+ token with a value`;
        throw new errors/* InputError */.dz('event', `${problem} (empty values and unreplaced {{token}} placeholders count as missing)`, HOW_TO_PROVIDE);
    }
    return found;
}
/**
 * For the edge before readAlertData: loads the YAML parser when a text it will read (the event input, an `alert`
 * given as text) is not JSON.
 */
async function loadAlertDataParser(sources) {
    const texts = [];
    const jsonMapping = text => {
        texts.push(text);
        try {
            const value = JSON.parse(text);
            return isMapping(value) ? value : {};
        }
        catch {
            return {};
        }
    };
    try {
        findAlertData(sources, jsonMapping);
    }
    catch {
        // Bad data: readAlertData meets the same problem and reports it.
    }
    await loadYamlParserFor(texts);
}
function findAlertData({ eventInput, eventName, eventPayload }, parse) {
    if (eventInput.trim() !== '') {
        const root = parse(eventInput, EVENT_INPUT);
        // The whole dispatch body or event file pasted in: its tokens live in client_payload.
        const tokens = isMapping(root.client_payload) ? root.client_payload : root;
        return { data: mergeNestedAlert(tokens, EVENT_INPUT, parse), origin: EVENT_INPUT };
    }
    const payload = isMapping(eventPayload) ? eventPayload : {};
    // The event file is parsed whole (JSON.parse does not recurse); only the part read is held to the limits.
    if (eventName === 'repository_dispatch' && isMapping(payload.client_payload)) {
        const origin = 'repository_dispatch client_payload';
        checkDataShape(payload.client_payload, { input: 'event', place: `the alert data in the ${origin}` });
        return { data: mergeNestedAlert(payload.client_payload, origin, parse), origin };
    }
    if (eventName === 'workflow_dispatch' && isMapping(payload.inputs)) {
        const origin = 'workflow_dispatch inputs';
        checkDataShape(payload.inputs, { input: 'event', place: `the alert data in the ${origin}` });
        return { data: mergeNestedAlert(payload.inputs, origin, parse), origin };
    }
    return undefined;
}
/** Top-level tokens merged with those under `alert` (a mapping, or mapping text); present `alert` values win. */
function mergeNestedAlert(tokens, origin, parse) {
    const { alert, ...topLevel } = tokens;
    if ((0,normalise/* isMissingValue */.y)(alert))
        return topLevel;
    const where = `'alert' in ${origin}`;
    const nested = typeof alert === 'string' ? parse(alert, where) : alert;
    if (!isMapping(nested))
        throw new errors/* InputError */.dz('event', `${where} must be a mapping of names to values, but it is ${Array.isArray(nested) ? 'a list' : `a ${typeof nested}`}`, MAPPING_HINT);
    const present = Object.entries(nested).filter(([, value]) => !(0,normalise/* isMissingValue */.y)(value));
    return { ...topLevel, ...Object.fromEntries(present) };
}
function parseMapping(text, where) {
    return parseMappingText(text, {
        input: 'event',
        place: where,
        hint: MAPPING_HINT,
        allowEmpty: false,
        scalarsAsText: true
    });
}
function describeAbsence({ eventName, eventPayload }) {
    const emptyInput = "the 'event' input is empty and";
    if (!eventName)
        return `${emptyInput} no triggering event is known`;
    const payload = isMapping(eventPayload) ? eventPayload : {};
    if (eventName === 'repository_dispatch' && !isMapping(payload.client_payload)) {
        return `${emptyInput} the repository_dispatch event has no client_payload`;
    }
    if (eventName === 'workflow_dispatch' && !isMapping(payload.inputs)) {
        return `${emptyInput} the workflow_dispatch event has no inputs`;
    }
    return `${emptyInput} this run was triggered by '${eventName}'`;
}
// At least one Dagster+ token must have a value (is_sample alone says nothing about an alert), so a
// workflow_dispatch with only unrelated inputs is "no alert data", not an empty alert.
function hasTokenValue(data) {
    return Object.entries(data).some(([name, value]) => name !== 'is_sample' && tokens/* TOKENS */.xZ.has(name) && !(0,normalise/* isMissingValue */.y)(value));
}

// EXTERNAL MODULE: ./src/platforms/shared/reply.ts
var reply = __nccwpck_require__(3168);
// EXTERNAL MODULE: ./src/pipeline/payload.ts
var pipeline_payload = __nccwpck_require__(1600);
// EXTERNAL MODULE: ./src/pipeline/platform-choice.ts
var platform_choice = __nccwpck_require__(2643);
// EXTERNAL MODULE: ./src/template/compile.ts + 2 modules
var compile = __nccwpck_require__(6399);
// EXTERNAL MODULE: ./src/template/load.ts + 1 modules
var load = __nccwpck_require__(6923);
;// CONCATENATED MODULE: ./src/template/route.ts

/** The `template` input of a send: one name or path a line (blank lines and `#` comments skipped). */
function templateList(input) {
    return (input ?? '')
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line !== '' && !line.startsWith('#'));
}
/**
 * Whether a template is meant for alerts of `type` (the alert's notification_type): its `events` name the type. A
 * template without `events`, or whose `events` list every type, is meant for any alert, one of a type not (yet) in
 * the catalogue or without a type included.
 */
function isMeantFor(frontMatter, type) {
    return !frontMatter.events || eventsServe(frontMatter.events, type);
}
/**
 * Whether a list of notification types (a template's front matter `events`, the `events` input) serves alerts of
 * `type`: it names the type, ignoring case, or lists every type (then an alert of any type, or of none, is served).
 */
function eventsServe(events, type) {
    const declared = new Set(events.map(event => (0,tokens/* notificationType */.IO)(event)?.type));
    const wanted = (0,tokens/* notificationType */.IO)(type ?? '');
    if (wanted && declared.has(wanted.type))
        return true;
    return tokens/* NOTIFICATION_TYPES */.I9.every(known => declared.has(known.type));
}
/** The first template meant for `type`, in the order the `template` input lists them. */
function routeByEventType(templates, type) {
    return templates.find(template => isMeantFor(template.frontMatter, type));
}
/** Why an alert no listed template is for was not sent, and which types each template serves. */
function notServedNotice(templates, type) {
    const served = templates
        .map(template => `${(template.frontMatter.events ?? []).join(', ')} (${template.file})`)
        .join('; ');
    return `Nothing sent: no template of this step is meant for ${alertOfType(type)}. This step serves ${served}; list a template for ${type ?? 'it'} in the template input to send it here.`;
}
/** Why an alert of a type the `events` input leaves out was not sent (no template was loaded, no request made). */
function notInEventsNotice(events, type) {
    const add = (0,tokens/* notificationType */.IO)(type ?? '')
        ? `add ${type} to the events input`
        : 'list every type in the events input, or remove it (only then is an alert of another type, or of none, served)';
    return `Nothing sent: the events input of this step (${events.join(', ')}) does not include ${alertOfType(type)}; ${add} to send it here.`;
}
function alertOfType(type) {
    return type ? `${/^[AEIOU]/i.test(type) ? 'an' : 'a'} ${type} alert` : 'an alert without notification_type';
}

;// CONCATENATED MODULE: ./src/relay.ts













/** inputs → event → template → render → fit → validate → deliver. Throws InputError/TemplateError/PayloadError/DeliveryError. */
async function relay(config, environment) {
    const sources = { eventInput: config.event, eventName: environment.eventName, eventPayload: environment.eventPayload };
    await loadAlertDataParser(sources);
    const alertData = readAlertData(sources);
    const alert = (0,normalise/* normaliseAlert */.j)(alertData.data);
    environment.info(`Alert data from ${alertData.origin}`);
    const warnings = [];
    const warn = (problem) => {
        warnings.push(problem);
        environment.warn(problem);
    };
    const type = typeof alert.notification_type === 'string' ? alert.notification_type : undefined;
    // Before any template or platform code is loaded: a step that does not serve the type costs the least
    if (config.events && !eventsServe(config.events, type)) {
        const template = templateList(config.template).join(', ');
        const notice = notInEventsNotice(config.events, type);
        return { ...(config.platform && { platform: config.platform }), template, ...NOT_SENT, warnings, notice };
    }
    const destination = await chooseDestination(config, environment.workspace, type);
    if ('notServed' in destination) {
        const { platform, notServed, templates } = destination;
        return { platform: platform.descriptor.name, template: templates, ...NOT_SENT, warnings, notice: notServed };
    }
    const { platform, target, template } = destination;
    // the problem plan, and what its dedupe key needs, are loaded only for platforms that keep one issue or incident
    // per problem; the tracking flow only for issue platforms
    const [planning, track] = await Promise.all([
        (platform.tracker || platform.keyedIncidents) && loadPlanning(config.tracking.dedupeKey),
        platform.tracker && __nccwpck_require__.e(/* import() */ 526).then(__nccwpck_require__.bind(__nccwpck_require__, 8526))
    ]);
    const tracking = planning && track && { ...planning, ...track };
    // Built-in templates are checked before they ship (the platform conformance suite); a user's template, or vars
    // that a template may not read, get the checks `check` makes. Loaded only then: most sends need none of it.
    if (!destination.allBuiltin || Object.keys(config.vars).length > 0) {
        const { applyTemplateFindings } = await __nccwpck_require__.e(/* import() */ 801).then(__nccwpck_require__.bind(__nccwpck_require__, 7801));
        const dedupeKey = planning && planning.dedupeKeyVariables(config.tracking.dedupeKey);
        applyTemplateFindings(destination, Object.keys(config.vars), dedupeKey, warn);
    }
    for (const { tokens, consequence } of (0,derive/* missingTokens */.Bk)(alert)) {
        warn({
            path: 'event',
            message: `the ${alert.notification_type} alert has none of ${tokens.join(', ')}: ${consequence}. ${MISSING_TOKENS_FIX}`
        });
    }
    const derived = (0,derive/* deriveValues */.gL)(alert, environment.env);
    const scope = (0,event_scope/* templateScope */.N)(alert, derived, config.vars);
    const now = environment.delivery.now();
    const plan = planning && planning.planTracking({ config: config.tracking, alert, derived, scope, now });
    const keyed = planning && plan && platform.keyedIncidents && planning.keyedIncidentPlan(plan, platform.descriptor.displayName);
    if (keyed && 'skipped' in keyed)
        return { platform: platform.descriptor.name, template: template.file, ...NOT_SENT, warnings, notice: keyed.skipped };
    const { payload, problems, ctx } = (0,pipeline_payload/* producePayload */.T)(template, { scope, vars: config.vars }, {
        platform,
        target: () => target,
        settings: config.settings,
        headers: config.headers,
        ...(keyed && { problem: keyed.problem }),
        now: environment.delivery.now
    }, warn);
    if (problems.length > 0)
        throw new errors/* PayloadError */.tG(platform.descriptor.name, problems);
    const subject = platform.tracker ? 'issue' : platform.keyedIncidents ? 'incident' : 'message';
    const base = { platform: platform.descriptor.name, template: template.file, payload, warnings, subject };
    const { tracker } = platform;
    if (config.dryRun)
        return {
            ...base,
            status: 'dry-run',
            url: '',
            id: '',
            attempts: 0,
            response: '',
            ...(tracking && plan && { notice: tracking.dryRunNotice(plan) })
        };
    const options = {
        maxAttempts: config.maxAttempts,
        timeoutSeconds: config.timeoutSeconds,
        maxWaitSeconds: config.maxWaitSeconds,
        rateLimitHeaders: platform.rateLimitHeaders
    };
    let rateLimitWaitMs = 0;
    const deps = {
        ...environment.delivery,
        onRateLimitWait: ms => {
            rateLimitWaitMs += ms;
        }
    };
    // A member of a group key: recorded before the issue or incident is touched; a recovery while other members are
    // still failing leaves it open. Loaded only for a key that names more than the alert's own problem.
    const group = planning && plan && planning.isGroupMember(plan, derived.fingerprint) && (await Promise.all(/* import() */[__nccwpck_require__.e(350), __nccwpck_require__.e(206)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4206)));
    const stillFailing = group &&
        (await group.groupMemberOf({
            // Members are kept per service and endpoint: destinations never share them.
            destination: `tracker:${platform.descriptor.name}:${target.endpoint.origin}${target.endpoint.pathname}`,
            key: plan.key,
            fingerprint: derived.fingerprint,
            alert,
            recovery: plan.intent === 'resolve',
            env: environment.env,
            stateToken: config.stateToken,
            options,
            deps,
            warn: message => warn({ path: 'dedupe-key', message: deps.secrets.redact(message) })
        }));
    if (stillFailing && keyed)
        return { ...base, ...NOT_SENT, notice: `${stillFailing.summary}: the incident ${keyed.problem.key} stays open` };
    // `resolve: ignore` on chat: a recovery is not delivered, whether or not one message per problem is kept.
    if (!tracker && !platform.keyedIncidents && config.problemMessages.ignoreRecoveries && derived.is_recovery)
        return { ...base, ...NOT_SENT, notice: 'recovery alert not delivered: the resolve input is ignore' };
    // One message per problem on chat, when asked for: the lifecycle and its state are loaded only then.
    const problemFlow = !tracker &&
        !platform.keyedIncidents &&
        config.problemMessages.asked &&
        (await Promise.all(/* import() */[__nccwpck_require__.e(350), __nccwpck_require__.e(893)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2893)));
    const delivered = tracker && tracking && plan
        ? await tracking.deliverTracked({
            platform,
            tracker,
            payload,
            ctx,
            plan,
            options,
            deps,
            ...(stillFailing && { stillFailing: stillFailing.members })
        })
        : problemFlow
            ? await problemFlow.deliverProblemMessage({
                platform,
                payload,
                ctx,
                options,
                deps,
                alert,
                derived,
                scope,
                warn,
                env: environment.env,
                tracking: config.tracking,
                problemMessages: config.problemMessages,
                stateToken: config.stateToken
            })
            : await (0,deliver/* deliver */.cK)(platform, payload, ctx, options, deps);
    return {
        ...base,
        ...delivered,
        // Read from the service's reply: only a usable link and id are used
        ...(0,reply/* usableReplyValues */.xM)(delivered, platform.descriptor.displayName, warn),
        rateLimitWaitSeconds: Math.round(rateLimitWaitMs / 100) / 10
    };
}
/** The problem plan, with what rendering `dedupeKey` needs loaded. */
async function loadPlanning(dedupeKey) {
    const plan = await __nccwpck_require__.e(/* import() */ 826).then(__nccwpck_require__.bind(__nccwpck_require__, 6826));
    await plan.loadDedupeKeyModules(dedupeKey);
    return plan;
}
/** What a run that sends nothing outputs (with a notice saying why). */
const NOT_SENT = { status: 'skipped', url: '', id: '', attempts: 0, payload: null, response: '' };
const MISSING_TOKENS_FIX = 'Send every token in the Dagster+ webhook body: docs/dagster-plus-setup.md, examples/dagster-webhook-body.json or `dagster-alert-relay dispatch-body`';
/**
 * The platform comes from the `platform` input, else the `url`, else the templates' front matter; the template is
 * the first the `template` input lists that is meant for the alert's type (§4 routing), else the platform's built-in
 * for that endpoint. No listed template for the type: nothing to send.
 */
async function chooseDestination(config, workspace, type) {
    const listed = [];
    for (const ref of templateList(config.template))
        listed.push(await compiled(ref, workspace));
    const platform = await (0,registry/* loadPlatform */.Gp)((0,platform_choice/* sendPlatform */.kr)(config, listed.map(each => each.template)).name);
    for (const { ref, template } of listed) {
        (0,platform_choice/* checkWrittenFor */.vT)(platform.descriptor.name, template);
        // Every listed template must fit the url, not only the one this alert happens to use.
        platform.resolveTarget(config.url, (0,platform_choice/* templateVariant */.a_)(template.frontMatter, platform.descriptor.name, ref), config.settings);
    }
    if (listed.length === 0)
        listed.push(await compiled(platform.resolveTarget(config.url, undefined, config.settings).defaultTemplate, workspace));
    const chosen = routeByEventType(listed.map(each => ({ ...each, frontMatter: each.template.frontMatter })), type);
    if (!chosen) {
        const templates = listed.map(each => each.template);
        return {
            platform,
            templates: templates.map(each => each.file).join(', '),
            notServed: notServedNotice(templates, type)
        };
    }
    const target = platform.resolveTarget(config.url, (0,platform_choice/* templateVariant */.a_)(chosen.template.frontMatter, platform.descriptor.name, chosen.ref), config.settings);
    return {
        platform,
        target,
        template: chosen.template,
        source: chosen.source,
        listed: listed.map(each => each.template),
        allBuiltin: listed.every(each => each.source.builtin)
    };
}
async function compiled(ref, workspace) {
    const source = (0,load/* loadTemplate */.PM)(ref, workspace);
    return { ref, source, template: (0,compile/* compileTemplate */.Gq)(await (0,compile/* loadTemplateModules */.ms)(source)) };
}

;// CONCATENATED MODULE: ./src/secrets/escapes-decoded.ts
/** An escape `decodeEscapes` reads (JSON's `\n` is not one: no secret form holds a line break). */
const ESCAPE = /\\[u/\\"]|%[0-9a-fA-F]{2}/;
/** Whether a text has anything to decode. */
function hasEscapes(text) {
    return ESCAPE.test(text);
}
function decodeEscapes(original) {
    const escapeStart = /[\\%]/g;
    const decoded = [];
    let text = '';
    let copied = 0;
    for (let match = escapeStart.exec(original); match; match = escapeStart.exec(original)) {
        const at = match.index;
        const escape = original[at] === '\\' ? jsonEscape(original, at) : percentEscape(original, at);
        if (!escape)
            continue;
        text += original.slice(copied, at);
        decoded.push({ at: text.length, length: escape.decoded.length, from: at, to: escape.end });
        text += escape.decoded;
        copied = escape.end;
        escapeStart.lastIndex = escape.end;
    }
    text += original.slice(copied);
    /** The last escape at or before `index` of the decoded text (binary search), or undefined. */
    const escapeBefore = (index) => {
        let low = 0;
        let high = decoded.length - 1;
        let found;
        while (low <= high) {
            const middle = (low + high) >> 1;
            if (decoded[middle].at <= index) {
                found = decoded[middle];
                low = middle + 1;
            }
            else
                high = middle - 1;
        }
        return found;
    };
    /** The original's [start, end) of the unit at `index`. */
    const span = (index) => {
        const escape = escapeBefore(index);
        if (!escape)
            return [index, index + 1];
        if (index < escape.at + escape.length)
            return [escape.from, escape.to];
        const start = escape.to + (index - escape.at - escape.length);
        return [start, start + 1];
    };
    return { text, startOf: index => span(index)[0], endOf: index => span(index)[1] };
}
function jsonEscape(text, at) {
    const next = text[at + 1];
    if (next === '/' || next === '\\' || next === '"')
        return { decoded: next, end: at + 2 };
    if (next !== 'u')
        return undefined;
    const code = hexValue(text, at + 2, 4);
    return code === undefined ? undefined : { decoded: String.fromCharCode(code), end: at + 6 };
}
/** `%XX`, or the `%XX` sequence of one UTF-8 character; undefined when it is neither. */
function percentEscape(text, at) {
    const first = percentByte(text, at);
    if (first === undefined)
        return undefined;
    if (first < 0x80)
        return { decoded: String.fromCharCode(first), end: at + 3 };
    const length = first >= 0xf0 && first <= 0xf4 ? 4 : first >= 0xe0 ? 3 : first >= 0xc2 && first < 0xe0 ? 2 : 0;
    if (length === 0)
        return undefined;
    let code = first & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
        const byte = percentByte(text, at + 3 * k);
        if (byte === undefined || (byte & 0xc0) !== 0x80)
            return undefined;
        code = (code << 6) | (byte & 0x3f);
    }
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code < [0, 0, 0x80, 0x800, 0x10000][length])
        return undefined;
    return { decoded: String.fromCodePoint(code), end: at + 3 * length };
}
function percentByte(text, at) {
    return text[at] === '%' ? hexValue(text, at + 1, 2) : undefined;
}
function hexValue(text, at, digits) {
    if (at + digits > text.length)
        return undefined;
    let value = 0;
    for (let k = at; k < at + digits; k++) {
        const digit = parseInt(text[k], 16);
        if (Number.isNaN(digit))
            return undefined;
        value = value * 16 + digit;
    }
    return value;
}

;// CONCATENATED MODULE: ./src/secrets/secrets.ts


/** Shorter values would redact common words and digits all over the log, so they are never registered. */
const MIN_SECRET_LENGTH = 4;
const MASK = '***';
/** Query parameters whose values are credentials (`?token=`, `api_key=`, `sig=`, `client_secret=`, …). */
const SECRET_QUERY_NAME = /token|key|secret|sig|pass|auth|credential/i;
const AUTHORIZATION_HEADER = /^(?:proxy-)?authorization$/i;
/**
 * The exact forms a secret takes on its way into a URL, a form or a JSON body, where a reply may echo it back:
 * percent-encoded as encodeURIComponent and as a form (`+` for a space), with upper- and lower-case hex; JSON as
 * JavaScript writes it, with `\/` (PHP), with `\u00e9` for non-ASCII (Python, PHP), with `\u002B` for `+` and
 * other HTML-sensitive characters (.NET) and with `\u003c` for `<>&` (Go). The runner masks exact strings only,
 * so these are what it is given; `redact` also finds any other mix of these escapes.
 */
function encodedForms(value) {
    const percent = encodeURIComponent(value);
    const form = new URLSearchParams([['', value]]).toString().slice(1);
    const json = JSON.stringify(value).slice(1, -1);
    return [
        value,
        percent,
        lowerHex(percent),
        form,
        lowerHex(form),
        json,
        json.replace(/\//g, '\\/'),
        unicodeEscaped(json, /[^\x20-\x7e]/g, 'lower'),
        unicodeEscaped(json, /[^\x20-\x7e]|[+<>&'`]/g, 'upper'),
        unicodeEscaped(json, /[<>&]/g, 'lower')
    ];
}
function lowerHex(percentEncoded) {
    return percentEncoded.replace(/%[0-9A-F]{2}/g, escape => escape.toLowerCase());
}
function unicodeEscaped(json, characters, hexCase) {
    return json.replace(characters, char => {
        const hex = char.charCodeAt(0).toString(16).padStart(4, '0');
        return `\\u${hexCase === 'upper' ? hex.toUpperCase() : hex}`;
    });
}
function decodeBase64Text(encoded) {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded))
        return undefined;
    const decoded = Buffer.from(encoded, 'base64').toString('utf8');
    // Node replaces bytes that are not UTF-8 with U+FFFD: then it was not text, so there is nothing to add.
    return decoded.includes('\uFFFD') ? undefined : decoded;
}
function safeDecodeURIComponent(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** A query's parameters with each value exactly as written (`a+b%2Bc`) and the name decoded. */
function rawQueryParameters(search) {
    return search
        .slice(1)
        .split('&')
        .filter(pair => pair.includes('='))
        .map(pair => ({ name: [...new URLSearchParams(pair).keys()][0] ?? '', raw: pair.slice(pair.indexOf('=') + 1) }));
}
/**
 * Every credential the action handles, in all the forms it may show up in: registered with the runner's
 * log masking (`values()`) and scrubbed from every message the action writes itself (`redact()`).
 */
class Secrets {
    registered = new Set();
    /** `registered`, longest first; made again after a change (redact runs on every line the action writes). */
    sorted;
    /**
     * Each registered form with its escapes decoded, longest first: what `redact` looks for in a text with its escapes
     * decoded. Made when a text with escapes first needs it, not at start-up.
     */
    decoded;
    add(value) {
        for (const form of encodedForms(value)) {
            if (form.length >= MIN_SECRET_LENGTH)
                this.registered.add(form);
        }
        this.sorted = undefined;
        this.decoded = undefined;
    }
    /** A Standard Webhooks signing secret: the whole value and the key after `whsec_`, which is used on its own. */
    addSigningSecret(value) {
        this.add(value);
        if (value.startsWith('whsec_'))
            this.add(value.slice('whsec_'.length));
    }
    /** The header value itself, and the credential inside an `Authorization` value (`Basic`, `Bearer`, …). */
    addHeader(name, value) {
        this.add(value);
        if (!AUTHORIZATION_HEADER.test(name))
            return;
        const [scheme, credential, ...rest] = value.trim().split(/\s+/);
        if (!credential || rest.length > 0)
            return;
        this.add(credential);
        if (scheme.toLowerCase() === 'basic')
            this.addBasicCredential(credential);
    }
    /** A login sent as `Basic base64(user:password)` (an account email and API token): the pair and its Base64 form. */
    addBasicLogin(user, password) {
        const pair = `${user}:${password}`;
        this.add(pair);
        this.add(Buffer.from(pair).toString('base64'));
    }
    /**
     * Credentials inside a URL: the path parts platforms call credentials (webhook tokens), userinfo (and the
     * `Basic` pair Node sends for it), secret-looking query values as written and decoded.
     */
    addUrl(url) {
        let parsed;
        try {
            parsed = new URL(url);
        }
        catch {
            // Cannot tell which part is the credential, so the whole text is one.
            this.add(url);
            return;
        }
        for (const pattern of (0,registry/* urlCredentialPatterns */.Gq)()) {
            const credential = pattern.exec(parsed.pathname)?.[1];
            if (credential)
                this.addDecoded(credential);
        }
        // A token is often written as the user name alone (`https://TOKEN@host`).
        if (parsed.password)
            this.addDecoded(parsed.password);
        else if (parsed.username)
            this.addDecoded(parsed.username);
        if (parsed.username || parsed.password) {
            // Node sends URL userinfo as `Authorization: Basic base64(user:password)`, both parts decoded.
            const user = safeDecodeURIComponent(parsed.username);
            const password = safeDecodeURIComponent(parsed.password);
            if (password)
                this.add(`${user}:${password}`);
            this.add(Buffer.from(`${user}:${password}`).toString('base64'));
        }
        for (const { name, raw } of rawQueryParameters(parsed.search)) {
            if (!SECRET_QUERY_NAME.test(name))
                continue;
            // As written (`a+b%2Bc`), as a form decodes it (`a b+c`) and as decodeURIComponent does (`a+b+c`).
            this.add(raw);
            this.add(new URLSearchParams(`x=${raw}`).get('x') ?? raw);
            this.add(safeDecodeURIComponent(raw));
        }
    }
    /** Everything registered, longest first so a secret containing another is masked whole. */
    values() {
        this.sorted ??= [...this.registered].sort((a, b) => b.length - a.length);
        return this.sorted;
    }
    /**
     * The text with every registered form masked, then every secret written with any mix of JSON and percent
     * escapes (`\u002b`, `\/`, `%2b`): those are found in the text with its escapes decoded, and masked where their
     * escaped form stands.
     */
    redact(text) {
        let redacted = text;
        for (const value of this.values())
            redacted = redacted.split(value).join(MASK);
        return hasEscapes(redacted) ? this.redactEscaped(redacted) : redacted;
    }
    redactEscaped(text) {
        const decoded = decodeEscapes(text);
        this.decoded ??= [
            ...new Set(this.values()
                .flatMap(form => decodeEscapes(form).text)
                .filter(form => form.length >= MIN_SECRET_LENGTH))
        ].sort((a, b) => b.length - a.length);
        const spans = [];
        for (const value of this.decoded) {
            for (let at = decoded.text.indexOf(value); at >= 0; at = decoded.text.indexOf(value, at + value.length))
                spans.push([decoded.startOf(at), decoded.endOf(at + value.length - 1)]);
        }
        if (spans.length === 0)
            return text;
        spans.sort((a, b) => a[0] - b[0]);
        let result = '';
        let shown = 0;
        for (const [start, end] of spans) {
            if (end <= shown)
                continue;
            result += text.slice(shown, Math.max(start, shown)) + (start >= shown ? MASK : '');
            shown = end;
        }
        return result + text.slice(shown);
    }
    /** `Basic base64(user:token)`: the decoded pair and the token alone (the user name is not a secret). */
    addBasicCredential(encoded) {
        const decoded = decodeBase64Text(encoded);
        if (!decoded)
            return;
        this.add(decoded);
        const colon = decoded.indexOf(':');
        if (colon >= 0)
            this.add(decoded.slice(colon + 1));
    }
    addDecoded(urlPart) {
        this.add(urlPart);
        this.add(safeDecodeURIComponent(urlPart));
    }
}

;// CONCATENATED MODULE: ./src/output/summary.ts

const TITLES = {
    created: 'issue created',
    sent: 'message sent',
    commented: 'commented on the open issue',
    resolved: 'open issue resolved',
    skipped: 'skipped (nothing sent)',
    'dry-run': 'dry run (nothing sent)',
    failed: 'delivery failed'
};
/** Where the destination keeps a message or an incident rather than an issue, what each status did to it. */
const SUBJECT_TITLES = {
    message: { commented: "updated the problem's message", resolved: "marked the problem's message resolved" },
    incident: { sent: 'incident triggered (opened or folded into the open one)', resolved: 'incident resolved' }
};
function title(status, subject) {
    return (subject && subject !== 'issue' && SUBJECT_TITLES[subject][status]) || TITLES[status];
}
/** The job summary for a delivered (or dry-run) alert; every value is escaped and redacted where it is written. */
function outcomeSummary(outcome) {
    const rows = [
        ['Platform', outcome.platform ?? '—'],
        ['Template', outcome.template ? (0,summary_markdown/* code */.aY)(outcome.template) : '—'],
        ['Status', outcome.status],
        ['URL', outcome.url ? (0,summary_markdown/* link */.nf)(outcome.url) : '—'],
        ['Id', outcome.id ? (0,summary_markdown/* code */.aY)(outcome.id) : '—'],
        ['Attempts', String(outcome.attempts)],
        ...(outcome.rateLimitWaitSeconds
            ? [['Waited for rate limits', `${outcome.rateLimitWaitSeconds} s`]]
            : [])
    ];
    return (0,summary_markdown/* joined */.oR)([
        (0,summary_markdown/* safeMarkdown */.fH) `### Dagster Alert Relay: ${title(outcome.status, outcome.subject)}`,
        '',
        table(rows),
        outcome.notice ? (0,summary_markdown/* safeMarkdown */.fH) `\n**Note:** ${outcome.notice}` : '',
        warningList(outcome.warnings),
        (0,summary_markdown/* safeMarkdown */.fH) `\n${(0,summary_markdown/* details */.zH)('Rendered payload', 'json', JSON.stringify(outcome.payload, null, 2))}`
    ]);
}
/** The job summary when nothing was delivered. */
function failureSummary(message, attempts) {
    return (0,summary_markdown/* joined */.oR)([
        (0,summary_markdown/* safeMarkdown */.fH) `### Dagster Alert Relay: ${TITLES.failed}`,
        '',
        table([
            ['Status', 'failed'],
            ['Attempts', String(attempts)]
        ]),
        '',
        (0,summary_markdown/* fenced */.OF)('text', message)
    ]);
}
function table(rows) {
    return (0,summary_markdown/* joined */.oR)([(0,summary_markdown/* safeMarkdown */.fH) `| | |\n|---|---|`, ...rows.map(([name, value]) => (0,summary_markdown/* safeMarkdown */.fH) `| ${name} | ${value} |`)]);
}
function warningList(warnings) {
    if (warnings.length === 0)
        return '';
    return (0,summary_markdown/* joined */.oR)([
        (0,summary_markdown/* safeMarkdown */.fH) `\n**Warnings**\n`,
        ...warnings.map(w => (0,summary_markdown/* safeMarkdown */.fH) `- ${(0,summary_markdown/* code */.aY)(w.path || 'payload')}: ${w.message}`)
    ]);
}

// EXTERNAL MODULE: ./src/template/liquid.ts
var liquid = __nccwpck_require__(584);
;// CONCATENATED MODULE: ./src/main.ts













/**
 * The only place that talks to the runner: it reads the inputs, and writes outputs, masks, logs and the job
 * summary through the output choke point alone.
 */
async function run() {
    const secrets = new Secrets();
    const output = new Output(secrets);
    const info = (message) => output.info(message);
    try {
        // the inputs read as JSON or YAML: YAML needs its parser
        await loadYamlParserFor([getInput('headers'), getInput('vars')].filter(text => text !== ''));
        const config = readConfig(getInput, process.env);
        registerSecrets(config, secrets);
        output.maskSecrets();
        if (config.mode === 'check')
            return await check(config, output);
        const outcome = await relay(config, {
            workspace: workspace(),
            env: process.env,
            eventName: process.env.GITHUB_EVENT_NAME ?? '',
            eventPayload: readEventFile(process.env.GITHUB_EVENT_PATH),
            delivery: (0,deliver/* defaultDeliveryDeps */.C2)(secrets, info, process.env),
            info,
            warn: problem => output.warning(`${problem.path ? `${problem.path}: ` : ''}${problem.message}`)
        });
        report(outcome, output);
    }
    catch (error) {
        fail(error, output);
    }
}
/**
 * `mode: check`: every finding as an annotation, a line per template, the job summary; fails on any error.
 * Loaded only in check mode: its GraphQL parser would slow every send.
 */
async function check(config, output) {
    const { runCheck } = await __nccwpck_require__.e(/* import() */ 310).then(__nccwpck_require__.bind(__nccwpck_require__, 2310));
    // templates for any platform, written in YAML
    await Promise.all([(0,registry/* loadAllPlatforms */.q8)(), (0,yaml_parser/* loadYamlParser */.D)(), (0,liquid/* loadLiquidEngine */.n)()]);
    const result = runCheck({ template: config.template, workspace: workspace(), vars: config.vars });
    for (const finding of result.findings) {
        const place = { title: finding.title, file: finding.file, line: finding.line, column: finding.column };
        if (finding.severity === 'error')
            output.error(finding.message, place);
        else
            output.warning(finding.message, place);
    }
    for (const line of result.lines)
        output.info(line);
    output.summary(result.summary);
    if (result.errors > 0)
        output.fail(`Template check failed: ${result.lines[result.lines.length - 1]}`);
}
/** Where the caller's repository is checked out: templates given as paths are read from there. */
function workspace() {
    return process.env.GITHUB_WORKSPACE || process.cwd();
}
function registerSecrets(config, secrets) {
    for (const [name, value] of Object.entries(config.headers))
        secrets.addHeader(name, value);
    if (config.url)
        secrets.addUrl(config.url);
    if (config.settings.signingSecret)
        secrets.addSigningSecret(config.settings.signingSecret);
    if (config.settings.token)
        secrets.add(config.settings.token);
    if (config.stateToken)
        secrets.add(config.stateToken);
    if (config.settings.email && config.settings.token)
        secrets.addBasicLogin(config.settings.email, config.settings.token);
}
function readEventFile(path) {
    if (!path)
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}
function report(outcome, output) {
    output.setOutput('url', outcome.url);
    output.setOutput('id', outcome.id);
    output.setOutput('status', outcome.status);
    output.setOutput('attempts', String(outcome.attempts));
    output.setOutput('payload', JSON.stringify(outcome.payload));
    output.setOutput('response', outcome.response);
    // Alert text may hold lines such as `::add-mask::`: printed in a block where the runner runs no command.
    if (outcome.status === 'dry-run')
        output.untrustedBlock('Rendered payload (dry run, nothing sent)', JSON.stringify(outcome.payload, null, 2));
    const waited = outcome.rateLimitWaitSeconds ? ` (waited ${outcome.rateLimitWaitSeconds} s for rate limits)` : '';
    output.info(`${outcome.platform ? `${outcome.platform}: ` : ''}${outcome.status}${outcome.url ? ` ${outcome.url}` : ''}${waited}`);
    if (outcome.notice)
        output.notice(outcome.notice);
    output.summary(outcomeSummary(outcome));
}
function fail(error, output) {
    const message = error instanceof Error ? error.message : String(error);
    const attempts = error instanceof errors/* DeliveryError */.VE ? error.attempts : 0;
    output.setOutput('status', 'failed');
    output.setOutput('attempts', String(attempts));
    if (error instanceof errors/* DeliveryError */.VE && error.response)
        output.setOutput('response', error.response);
    const detail = error instanceof errors/* DeliveryError */.VE ? '' : ' (nothing was sent)';
    output.fail(`${message}${detail}`);
    output.summary(failureSummary(message, attempts));
}

;// CONCATENATED MODULE: ./src/index.ts

run();


//# sourceMappingURL=index.js.map