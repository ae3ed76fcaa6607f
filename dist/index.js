import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8973:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ defaultDeliveryDeps),
/* harmony export */   cK: () => (/* binding */ deliver),
/* harmony export */   kw: () => (/* binding */ warningOnce)
/* harmony export */ });
/* harmony import */ var _platforms_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5493);
/* harmony import */ var _follow_up_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(953);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2588);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3213);
/* harmony import */ var _wait_budget_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1293);





/**
 * Sends a rendered payload: retries what may succeed later, waits as the service asks or with jittered
 * backoff, keeps all waits within max-wait, and lets the platform read each reply and finish up after
 * success. Every message it produces is redacted.
 */
async function deliver(platform, payload, ctx, options, deps, hooks = {}) {
    const name = (0,_platforms_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .displayName */ .QC)(platform);
    const budget = hooks.budget ?? new _wait_budget_js__WEBPACK_IMPORTED_MODULE_4__/* .WaitBudget */ .T(name, options, deps);
    // One context object for request, parse and complete: platforms keep per-delivery state by it (the webhook-id,
    // Discord's channel). Warnings of requests rebuilt per retry are shown once.
    const delivery = warningOnce(ctx);
    // Built before anything is sent, so missing credentials stop the delivery at once; rebuilt for each retry so
    // time-bound parts (a Standard Webhooks timestamp and signature) are fresh.
    const firstRequest = platform.request(payload, delivery);
    const sendFollowUp = (0,_follow_up_js__WEBPACK_IMPORTED_MODULE_1__/* .followUpSender */ .q)(name, budget, options, deps);
    // Only after an attempt that may have reached the service is it asked whether that attempt delivered.
    let mayHaveArrived = false;
    const { value, attempts } = await budget.run('delivery', async (n) => {
        const earlier = mayHaveArrived ? await hooks.deliveredBeforeRetry?.(sendFollowUp) : undefined;
        if (earlier)
            return { done: true, value: { delivered: earlier } };
        const request = n === 1 ? firstRequest : platform.request(payload, delivery);
        const outcome = await attemptDelivery(platform, request, delivery, budget, deps);
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
        transport: (0,_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .createTransport */ .oO)(env),
        secrets,
        // Not unref'd: while waiting to retry, this timer is the only thing keeping the action running.
        sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
        random: Math.random,
        now: () => new Date(),
        log
    };
}
async function attemptDelivery(platform, request, ctx, budget, deps) {
    const sent = await budget.send(request);
    if (sent instanceof _transport_js__WEBPACK_IMPORTED_MODULE_3__/* .TransportError */ .wX)
        return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .transportFailure */ .q)((0,_platforms_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .displayName */ .QC)(platform), sent);
    const verdict = platform.parse(sent, ctx);
    if (!verdict.ok)
        return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .replyFailure */ .J)((0,_platforms_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .displayName */ .QC)(platform), 'delivery', sent, verdict, deps);
    const delivered = { url: verdict.url, id: verdict.id, status: verdict.status };
    return { done: true, value: { delivered, reply: sent } };
}
/** The message is already out: a failing follow-up costs a detail (e.g. the message link), not the delivery. */
async function completeDelivery(platform, delivered, ctx, sendFollowUp, deps) {
    if (!platform.complete)
        return delivered;
    try {
        return await platform.complete(delivered, ctx, sendFollowUp);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const name = (0,_platforms_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .displayName */ .QC)(platform);
        deps.log(deps.secrets.redact(`${name}: delivered, but a request after the delivery failed (${message}); keeping ${delivered.url}`));
        return delivered;
    }
}


/***/ }),

/***/ 953:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ followUpSender)
/* harmony export */ });
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2588);
/* harmony import */ var _retry_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5065);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3213);



/**
 * The follow-up `send` handed to `platform.complete` and the issue tracker: same transport, retry policy and
 * wait budget. `retryReading` lets the platform retry replies whose status alone does not say so.
 */
function followUpSender(name, budget, _options, deps, retryReading) {
    return async (request) => {
        // Named by where it goes: users know their hosts, not the action's internal steps.
        const what = `request to ${new URL(request.url).host}`;
        const { value } = await budget.run(what, async () => {
            const sent = await budget.send(request);
            if (sent instanceof _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .TransportError */ .wX)
                return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .transportFailure */ .q)(name, sent);
            const verdict = retryReading?.(sent);
            if (verdict)
                return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .replyFailure */ .J)(name, what, sent, verdict, deps);
            // Whatever else came back is the platform's to read.
            if (!(0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .isRetryableStatus */ .PS)(sent.status))
                return { done: true, value: sent };
            return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .replyFailure */ .J)(name, what, sent, { ok: false, message: sent.body }, deps);
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
/* harmony export */   Ym: () => (/* binding */ SPREAD_MIN_MS),
/* harmony export */   a5: () => (/* binding */ isRateLimit),
/* harmony export */   ft: () => (/* binding */ emptyBucketWaitMs)
/* harmony export */ });
/* unused harmony exports SPREAD_FRACTION, SPREAD_MAX_MS */
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

/***/ 3213:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WM: () => (/* binding */ asTransportError),
/* harmony export */   Xw: () => (/* binding */ readReply),
/* harmony export */   _O: () => (/* binding */ USER_AGENT),
/* harmony export */   oO: () => (/* binding */ createTransport),
/* harmony export */   wX: () => (/* binding */ TransportError)
/* harmony export */ });
/** No reply came back: the attempt ran out of time, or the connection could not be made or broke. */
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
/** The proxy settings runners use; when one is set, requests go through @actions/http-client, which honours them. */
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
/**
 * The action's transport. Without a proxy, node:http(s) directly: a plain-http destination never loads TLS, and
 * start-up pays for no client library. Behind a proxy, @actions/http-client, which routes through the runner's
 * proxy settings (and NO_PROXY). Either way redirects are never followed, so credentials never reach another host,
 * and one connection is kept alive for a follow-up (Discord's guild lookup).
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
                reject(new TransportError(`no complete reply within ${timeoutMs / 1000} s`, 'timeout'));
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
/** What went wrong on the way, as a TransportError naming the host. */
function asTransportError(error, host) {
    if (error instanceof TransportError)
        return error;
    const message = error instanceof Error ? error.message : String(error);
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

/***/ 1293:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ WaitBudget)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _rate_limit_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4658);
/* harmony import */ var _retry_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5065);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3213);




/** A temporary DNS failure (EAI_AGAIN) gets this many attempts of a request, not all of max-attempts. */
const DNS_ATTEMPTS = 2;
/**
 * Attempts of each request, and the max-wait budget all of them share. Real errors (5xx, timeouts, resets) use
 * up max-attempts; rate limits only max-wait. Every request goes through `send`, which first waits for a bucket
 * an earlier reply said was empty.
 */
class WaitBudget {
    service;
    options;
    deps;
    waitedMs = 0;
    rateLimitWaitedMs = 0;
    /** When the bucket an earlier reply reported empty refills (epoch ms), until the next request waits for it. */
    bucketRefillsAt;
    constructor(service, options, deps) {
        this.service = service;
        this.options = options;
        this.deps = deps;
    }
    /** Runs `attempt` (given its number, from 1) until it is done, fails for good, runs out of attempts or out of wait. */
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
                const waitMs = this.rateLimitWait(outcome, n, rateLimits);
                const line = `rate limited, retrying in ${seconds(waitMs)} s (does not count against max-attempts): ${outcome.reason}`;
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
                    'overloaded: check its status, raise max-attempts or max-wait, or let the alert fire again', n, outcome.response);
            }
            const waitMs = this.errorWait(what, outcome, n, errors);
            const line = `attempt ${errors + 1}/${maxAttempts} in ${seconds(waitMs)} s: ${outcome.reason}`;
            this.deps.log(this.deps.secrets.redact(line));
            await this.deps.sleep(waitMs);
            this.waitedMs += waitMs;
        }
    }
    /** Sends one request, after waiting for a bucket an earlier reply reported empty; notes the reply's buckets. */
    async send(request) {
        await this.waitForBucket();
        let reply;
        try {
            reply = await this.deps.transport(request, this.options.timeoutSeconds * 1000);
        }
        catch (error) {
            if (error instanceof _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .TransportError */ .wX)
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
     * An empty bucket: wait for its refill (plus the spread) rather than spend a request to learn it. A refill beyond
     * what is left of max-wait is not waited for: the reply to the request will say what to do.
     */
    async waitForBucket() {
        const refillMs = this.bucketRefillsAt === undefined ? 0 : this.bucketRefillsAt - this.deps.now().getTime();
        this.bucketRefillsAt = undefined;
        if (refillMs <= 0 || refillMs > this.leftMs())
            return;
        const waitMs = Math.min(this.leftMs(), refillMs + (0,_rate_limit_js__WEBPACK_IMPORTED_MODULE_3__/* .spreadMs */ .KP)(refillMs, this.deps.random));
        this.deps.log(`the rate-limit bucket is empty: waiting ${seconds(waitMs)} s for it to refill`);
        await this.waitForRateLimit(waitMs);
    }
    /**
     * A rate limit: the longer of the wait the service asked for and its empty bucket's refill, plus the spread; a
     * wait beyond what is left of max-wait fails at once. Nothing asked: backoff with full jitter, at least the spread
     * floor, so rate limits that ask for nothing cannot spin.
     */
    rateLimitWait(outcome, n, rateLimits) {
        const refillMs = this.bucketRefillsAt === undefined ? undefined : Math.max(0, this.bucketRefillsAt - this.deps.now().getTime());
        this.bucketRefillsAt = undefined;
        const askedMs = outcome.askedWait ? Math.ceil(outcome.askedWait.seconds * 1000) : undefined;
        const minimumMs = Math.max(askedMs ?? 0, refillMs ?? 0);
        const leftMs = this.leftMs();
        if (askedMs === undefined && refillMs === undefined) {
            if (leftMs >= _rate_limit_js__WEBPACK_IMPORTED_MODULE_3__/* .SPREAD_MIN_MS */ .Ym)
                return Math.min(leftMs, Math.max(_rate_limit_js__WEBPACK_IMPORTED_MODULE_3__/* .SPREAD_MIN_MS */ .Ym, (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .backoffMs */ .jo)(rateLimits - 1, this.deps.random)));
            throw this.failure(`${this.service} is still rate limiting after ${attempts(n)}: the ${this.options.maxWaitSeconds} s of max-wait are ` +
                `used up (${seconds(this.rateLimitWaitedMs)} s of them waiting for rate limits). Last reply: ${outcome.reason}. ` +
                'Raise max-wait or let the alert fire again', n, outcome.response);
        }
        if (minimumMs <= leftMs)
            return Math.min(leftMs, minimumMs + (0,_rate_limit_js__WEBPACK_IMPORTED_MODULE_3__/* .spreadMs */ .KP)(minimumMs, this.deps.random));
        const source = outcome.askedWait && askedMs === minimumMs ? outcome.askedWait.source : 'its rate-limit headers';
        const waited = this.rateLimitWaitedMs > 0 ? ` (${seconds(this.rateLimitWaitedMs)} s already waited for rate limits)` : '';
        throw this.failure(`${this.service} asked to wait ${seconds(minimumMs)} s before retrying (${source}), more than the ` +
            `${seconds(leftMs)} s left of max-wait${waited}; raise max-wait or let the alert fire again. ` +
            `Last reply after ${attempts(n)}: ${outcome.reason}`, n, outcome.response);
    }
    /** A real error: a wait the service asks for is honoured exactly or not at all; a backoff is clamped to what is left. */
    errorWait(what, outcome, n, errors) {
        const { maxWaitSeconds } = this.options;
        const leftMs = this.leftMs();
        const asked = outcome.askedWait;
        if (asked) {
            const askedMs = Math.ceil(asked.seconds * 1000);
            if (askedMs <= leftMs)
                return askedMs;
            throw this.failure(`${this.service} asked to wait ${seconds(askedMs)} s before retrying (${asked.source}), more than the ` +
                `${seconds(leftMs)} s left of max-wait; raise max-wait or let the alert fire again. ` +
                `Last reply after ${attempts(n)}: ${outcome.reason}`, n, outcome.response);
        }
        if (leftMs <= 0) {
            throw this.failure(`${this.service} ${what} failed after ${attempts(n)}: the ${maxWaitSeconds} s of max-wait are used up. ` +
                `Last error: ${outcome.reason}. Raise max-wait or let the alert fire again`, n, outcome.response);
        }
        return Math.min((0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .backoffMs */ .jo)(errors - 1, this.deps.random), leftMs);
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
// Discord embed colours (decimal RGB): red, green, orange; grey for any other status.
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
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .f)(problem).slice(0, FINGERPRINT_LENGTH);
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
function asText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'object')
        return JSON.stringify(value);
    return String(value);
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
  z: () => (/* binding */ randomId),
  f: () => (/* binding */ sha256Hex)
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


/***/ }),

/***/ 2758:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W7: () => (/* binding */ lookAlike),
/* harmony export */   cK: () => (/* binding */ matches),
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
    matches,
    lookAlike,
    credentialPath: /\/api(?:\/v\d+)?\/webhooks\/\d+\/([^/?#]+)/,
    load: () => __nccwpck_require__.e(/* import() */ 134).then(__nccwpck_require__.bind(__nccwpck_require__, 7134)).then(module => module.discord)
};


/***/ }),

/***/ 193:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W7: () => (/* binding */ lookAlike),
/* harmony export */   t7: () => (/* binding */ githubDescriptor)
/* harmony export */ });
/* unused harmony export matches */
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
    load: () => __nccwpck_require__.e(/* import() */ 210).then(__nccwpck_require__.bind(__nccwpck_require__, 6210)).then(module => module.github)
};


/***/ }),

/***/ 1488:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W7: () => (/* binding */ lookAlike),
/* harmony export */   aw: () => (/* binding */ jiraDescriptor)
/* harmony export */ });
/* unused harmony export matches */
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
/* harmony export */   cK: () => (/* binding */ matches),
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
    matches,
    lookAlike,
    load: () => __nccwpck_require__.e(/* import() */ 18).then(__nccwpck_require__.bind(__nccwpck_require__, 8018)).then(module => module.linear)
};


/***/ }),

/***/ 5493:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ platformOfDeclared),
/* harmony export */   CD: () => (/* binding */ descriptorByName),
/* harmony export */   Gp: () => (/* binding */ loadPlatform),
/* harmony export */   Gq: () => (/* binding */ urlCredentialPatterns),
/* harmony export */   Gz: () => (/* binding */ declarableNames),
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   Yv: () => (/* binding */ platformByName),
/* harmony export */   q8: () => (/* binding */ loadAllPlatforms),
/* harmony export */   qW: () => (/* binding */ inferPlatform)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _discord_descriptor_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2758);
/* harmony import */ var _shared_endpoint_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7355);
/* harmony import */ var _github_descriptor_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(193);
/* harmony import */ var _jira_descriptor_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1488);
/* harmony import */ var _linear_descriptor_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4939);
/* harmony import */ var _slack_descriptor_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(2386);
/* harmony import */ var _teams_descriptor_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(9268);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(4473);
/* harmony import */ var _webhook_descriptor_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(4413);










/**
 * Every platform, by name: small descriptors, always loaded; each implementation is loaded when a run uses it,
 * so start-up pays for one platform. Adding a platform adds its descriptor here and nowhere else in the pipeline.
 */
const PLATFORMS = {
    discord: _discord_descriptor_js__WEBPACK_IMPORTED_MODULE_1__/* .discordDescriptor */ .sK,
    jira: _jira_descriptor_js__WEBPACK_IMPORTED_MODULE_4__/* .jiraDescriptor */ .aw,
    linear: _linear_descriptor_js__WEBPACK_IMPORTED_MODULE_5__/* .linearDescriptor */ .X7,
    webhook: _webhook_descriptor_js__WEBPACK_IMPORTED_MODULE_8__/* .webhookDescriptor */ .R,
    teams: _teams_descriptor_js__WEBPACK_IMPORTED_MODULE_7__/* .teamsDescriptor */ .Yb,
    slack: _slack_descriptor_js__WEBPACK_IMPORTED_MODULE_6__/* .slackDescriptor */ .o2,
    github: _github_descriptor_js__WEBPACK_IMPORTED_MODULE_3__/* .githubDescriptor */ .t7
};
const loaded = new Map();
/** How the service writes its name in messages: 'GitHub', 'Discord'. */
function displayName(platform) {
    return platform.displayName ?? platform.name.charAt(0).toUpperCase() + platform.name.slice(1);
}
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
    const parsed = (0,_shared_endpoint_js__WEBPACK_IMPORTED_MODULE_2__/* .parseUrl */ .Dl)(url, 'Use a full https:// URL');
    const platforms = Object.values(PLATFORMS);
    for (const platform of platforms) {
        const mistake = platform.lookAlike?.(parsed);
        if (mistake)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('url', mistake.problem, mistake.fix);
    }
    return platforms.find(platform => platform.matches(parsed));
}
/** Every platform's URL path pattern that holds a credential (first group), for masking any `url` input. */
function urlCredentialPatterns() {
    return Object.values(PLATFORMS).flatMap(platform => (platform.credentialPath ? [platform.credentialPath] : []));
}
async function loadPlatform(name) {
    const platform = loaded.get(name) ?? (await PLATFORMS[name].load());
    loaded.set(name, platform);
    return platform;
}
/** Check mode and the CLI may meet templates for any platform: they load them all before working synchronously. */
async function loadAllPlatforms() {
    for (const name of _types_js__WEBPACK_IMPORTED_MODULE_9__/* .PLATFORM_NAMES */ .Z)
        await loadPlatform(name);
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

/***/ 3168:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vp: () => (/* binding */ REPLY_TEXT_LIMIT),
/* harmony export */   cL: () => (/* binding */ replyText),
/* harmony export */   oJ: () => (/* binding */ isSuccess)
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


/***/ }),

/***/ 2386:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W7: () => (/* binding */ lookAlike),
/* harmony export */   cK: () => (/* binding */ matches),
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
    matches,
    lookAlike,
    credentialPath: /^\/services\/[^/]+\/[^/]+\/([^/?#]+)/,
    load: () => __nccwpck_require__.e(/* import() */ 769).then(__nccwpck_require__.bind(__nccwpck_require__, 3769)).then(module => module.slack)
};


/***/ }),

/***/ 9268:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ isWorkflowHost),
/* harmony export */   W7: () => (/* binding */ lookAlike),
/* harmony export */   Yb: () => (/* binding */ teamsDescriptor)
/* harmony export */ });
/* unused harmony export matches */
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
    matches,
    lookAlike,
    load: () => __nccwpck_require__.e(/* import() */ 658).then(__nccwpck_require__.bind(__nccwpck_require__, 3658)).then(module => module.teams)
};


/***/ }),

/***/ 4473:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ PLATFORM_NAMES)
/* harmony export */ });
/** Every platform name users can write; the registry maps each to its module. */
const PLATFORM_NAMES = ['discord', 'jira', 'linear', 'webhook', 'teams', 'slack', 'github'];


/***/ }),

/***/ 4413:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ webhookDescriptor)
/* harmony export */ });
/* unused harmony export matches */
/** A generic URL says nothing about its receiver: `webhook` is only ever chosen with `platform: webhook`. */
function matches() {
    return false;
}
const webhookDescriptor = {
    name: 'webhook',
    matches,
    load: () => __nccwpck_require__.e(/* import() */ 107).then(__nccwpck_require__.bind(__nccwpck_require__, 9107)).then(module => module.webhook)
};


/***/ }),

/***/ 8855:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OF: () => (/* binding */ fenced),
/* harmony export */   hG: () => (/* binding */ outcomeSummary),
/* harmony export */   jg: () => (/* binding */ failureSummary)
/* harmony export */ });
const TITLES = {
    created: 'issue created',
    sent: 'message sent',
    commented: 'commented on the open issue',
    resolved: 'open issue resolved',
    skipped: 'skipped (nothing sent)',
    'dry-run': 'dry run (nothing sent)'
};
/** The job summary for a delivered (or dry-run) alert. All text passed in is already redacted. */
function outcomeSummary(outcome) {
    const rows = [
        ['Platform', outcome.platform],
        ['Template', code(outcome.template)],
        ['Status', outcome.status],
        ['URL', outcome.url ? `[${escapeCell(outcome.url)}](${outcome.url})` : '—'],
        ['Id', outcome.id ? code(outcome.id) : '—'],
        ['Attempts', String(outcome.attempts)],
        ...(outcome.rateLimitWaitSeconds
            ? [['Waited for rate limits', `${outcome.rateLimitWaitSeconds} s`]]
            : [])
    ];
    return [
        `### Dagster Alert Relay: ${TITLES[outcome.status]}`,
        '',
        table(rows),
        outcome.notice ? `\n${escapeCell(outcome.notice)}` : '',
        warningList(outcome.warnings),
        details('Rendered payload', 'json', JSON.stringify(outcome.payload, null, 2))
    ].join('\n');
}
/** The job summary when nothing was delivered. */
function failureSummary(message, attempts, payload) {
    return [
        '### Dagster Alert Relay: delivery failed',
        '',
        table([
            ['Status', 'failed'],
            ['Attempts', String(attempts)]
        ]),
        '',
        fenced('text', message),
        payload ? details('Rendered payload', 'json', payload) : ''
    ].join('\n');
}
function table(rows) {
    return ['| | |', '|---|---|', ...rows.map(([name, value]) => `| ${name} | ${value} |`)].join('\n');
}
function warningList(warnings) {
    if (warnings.length === 0)
        return '';
    return [
        '',
        '**Warnings**',
        '',
        ...warnings.map(w => `- ${code(w.path || 'payload')}: ${escapeCell(w.message)}`)
    ].join('\n');
}
function details(title, language, text) {
    return ['', `<details><summary>${title}</summary>`, '', fenced(language, text), '', '</details>', ''].join('\n');
}
/** A fence longer than any backtick run inside, so alert text cannot close it. */
function fenced(language, text) {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(m => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${text}\n${fence}`;
}
function code(text) {
    return `\`${text.replace(/`/g, "'")}\``;
}
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}


/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G: () => (/* binding */ compileTemplate)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/yaml-parser.ts
var yaml_parser = __nccwpck_require__(2186);
;// CONCATENATED MODULE: ./src/template/document.ts


const FENCE_LINE = /^---[ \t]*$/;
const FRONT_MATTER_KEYS = 'platform, events, description';
function parseTemplateDocument(source) {
    // CRLF → LF keeps every line and column where it was
    const lines = source.text
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n')
        .split('\n');
    const closing = FENCE_LINE.test(lines[0]) ? lines.findIndex((line, i) => i > 0 && FENCE_LINE.test(line)) : -1;
    // Blank lines stand in for what precedes each part, so YAML positions are already file positions.
    const bodyLines = closing > 0 ? [...lines.slice(0, closing + 1).fill(''), ...lines.slice(closing + 1)] : lines;
    const body = parseYaml(bodyLines.join('\n'), source.file);
    if (!body.doc.contents) {
        throw new errors/* TemplateError */.$w('the template has no body: write the payload as YAML or JSON', source.file, bodyLines.length);
    }
    const frontMatter = closing > 0 ? readFrontMatter(parseYaml(['', ...lines.slice(1, closing)].join('\n'), source.file), source.file) : {};
    return { frontMatter, body: toTemplateNode(body.doc.contents, { lineCounter: body.lineCounter, lines }) };
}
function toTemplateNode(node, source) {
    const { isAlias, isMap, isScalar, isSeq } = (0,yaml_parser/* yamlParser */.$z)();
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
    if (!(0,yaml_parser/* yamlParser */.$z)().isScalar(key))
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
    const { Scalar } = (0,yaml_parser/* yamlParser */.$z)();
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
function parseYaml(text, file) {
    const yaml = (0,yaml_parser/* yamlParser */.$z)();
    const lineCounter = new yaml.LineCounter();
    const doc = yaml.parseDocument(text, { lineCounter });
    const [error] = doc.errors;
    if (error) {
        const at = error.linePos?.[0];
        const message = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '');
        throw new errors/* TemplateError */.$w(`invalid YAML: ${message}`, file, at?.line, at?.col);
    }
    return { doc, lineCounter };
}
function toPosition(lineCounter, offset) {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
}
/** Checks each front matter key's name and type; errors point at the offending key or value. */
function readFrontMatter({ doc, lineCounter }, file) {
    const { isMap, isScalar, isSeq } = (0,yaml_parser/* yamlParser */.$z)();
    const contents = doc.contents;
    function fail(message, node) {
        const at = node?.range ? toPosition(lineCounter, node.range[0]) : undefined;
        throw new errors/* TemplateError */.$w(message, file, at?.line ?? 2, at?.column);
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

;// CONCATENATED MODULE: ./node_modules/liquidjs/dist/liquid.browser.mjs
/*
 * liquidjs@10.30.1, https://github.com/harttle/liquidjs
 * (c) 2016-2026 harttle
 * Released under the MIT License.
 */
class Token {
    constructor(kind, input, begin, end, file) {
        this.kind = kind;
        this.input = input;
        this.begin = begin;
        this.end = end;
        this.file = file;
    }
    getText() {
        return this.input.slice(this.begin, this.end);
    }
    getPosition() {
        let [row, col] = [1, 1];
        for (let i = 0; i < this.begin; i++) {
            if (this.input[i] === '\n') {
                row++;
                col = 1;
            }
            else
                col++;
        }
        return [row, col];
    }
    size() {
        return this.end - this.begin;
    }
}

class Drop {
    liquidMethodMissing(key, context) {
        return undefined;
    }
}

const toString$1 = Object.prototype.toString;
const toLowerCase = String.prototype.toLowerCase;
const liquid_browser_hasOwnProperty = Object.hasOwnProperty;
function isString(value) {
    return typeof value === 'string';
}
// eslint-disable-next-line @typescript-eslint/ban-types
function isFunction(value) {
    return typeof value === 'function';
}
function isPromise(val) {
    return val && isFunction(val.then);
}
function isIterator(val) {
    return val && isFunction(val.next) && isFunction(val.throw) && isFunction(val.return);
}
function stringify(value) {
    value = toValue(value);
    if (isString(value))
        return value;
    if (isNil(value))
        return '';
    if (isArray(value))
        return value.map(x => stringify(x)).join('');
    return String(value);
}
function advanceCodePoints(str, from, count) {
    let index = from;
    for (let i = 0; i < count && index < str.length; i++)
        index += str.codePointAt(index) > 0xFFFF ? 2 : 1;
    return index;
}
function codePointLength(str) {
    let length = 0;
    for (let index = 0; index < str.length; index = advanceCodePoints(str, index, 1))
        length++;
    return length;
}
function readArrayElement(arr, index, ownPropertyOnly) {
    if (index < 0)
        index = arr.length + index;
    if (ownPropertyOnly && !liquid_browser_hasOwnProperty.call(arr, index))
        return undefined;
    return arr[index];
}
function toEnumerable(val) {
    val = toValue(val);
    if (isArray(val))
        return val;
    if (isString(val) && val.length > 0)
        return [val];
    if (isIterable(val))
        return Array.from(val);
    if (isObject(val))
        return Object.keys(val).map((key) => [key, val[key]]);
    return [];
}
function toArray(val) {
    val = toValue(val);
    if (isNil(val))
        return [];
    if (isArray(val))
        return val;
    return [val];
}
function toValue(value) {
    return (value instanceof Drop && isFunction(value.valueOf)) ? value.valueOf() : value;
}
function toNumber(value) {
    return +toValue(value) || 0;
}
function isNumber(value) {
    return typeof value === 'number';
}
function toLiquid(value) {
    if (value && isFunction(value.toLiquid))
        return toLiquid(value.toLiquid());
    return value;
}
function isNil(value) {
    return value == null;
}
function isUndefined(value) {
    return value === undefined;
}
function isArray(value) {
    // be compatible with IE 8
    return toString$1.call(value) === '[object Array]';
}
function isArrayLike(value) {
    return value && isNumber(value.length);
}
function isIterable(value) {
    return isObject(value) && Symbol.iterator in value;
}
/*
 * Iterates over own enumerable string keyed properties of an object and invokes iteratee for each property.
 * The iteratee is invoked with three arguments: (value, key, object).
 * Iteratee functions may exit iteration early by explicitly returning false.
 * @param {Object} object The object to iterate over.
 * @param {Function} iteratee The function invoked per iteration.
 * @return {Object} Returns object.
 */
function forOwn(obj, iteratee) {
    obj = obj || {};
    for (const k in obj) {
        if (liquid_browser_hasOwnProperty.call(obj, k)) {
            if (iteratee(obj[k], k, obj) === false)
                break;
        }
    }
    return obj;
}
function last(arr) {
    return arr[arr.length - 1];
}
/*
 * Checks if value is the language type of Object.
 * (e.g. arrays, functions, objects, regexes, new Number(0), and new String(''))
 * @param {any} value The value to check.
 * @return {Boolean} Returns true if value is an object, else false.
 */
function isObject(value) {
    const type = typeof value;
    return value !== null && (type === 'object' || type === 'function');
}
function range(start, stop, step = 1) {
    const arr = [];
    for (let i = start; i < stop; i += step) {
        arr.push(i);
    }
    return arr;
}
function padStart(str, length, ch = ' ') {
    return pad(str, length, ch, (str, ch) => ch + str);
}
function padEnd(str, length, ch = ' ') {
    return pad(str, length, ch, (str, ch) => str + ch);
}
function pad(str, length, ch, add) {
    str = String(str);
    const n = length - str.length;
    if (n <= 0)
        return str;
    return add(str, ch.repeat(n));
}
function identify(val) {
    return val;
}
function changeCase(str) {
    const hasLowerCase = [...str].some(ch => ch >= 'a' && ch <= 'z');
    return hasLowerCase ? str.toUpperCase() : str.toLowerCase();
}
function ellipsis(str, N) {
    return str.length > N ? str.slice(0, N - 3) + '...' : str;
}
function orderedCompare(a, b) {
    if (isNil(a) && isNil(b))
        return 0;
    if (isNil(a))
        return 1;
    if (isNil(b))
        return -1;
    if (a < b)
        return -1;
    if (a > b)
        return 1;
    return 0;
}
// compare string in case-insensitive way, undefined values to the tail
function caseInsensitiveCompare(a, b) {
    if (isNil(a) && isNil(b))
        return 0;
    if (isNil(a))
        return 1;
    if (isNil(b))
        return -1;
    a = toLowerCase.call(a);
    b = toLowerCase.call(b);
    if (a < b)
        return -1;
    if (a > b)
        return 1;
    return 0;
}
function argumentsToValue(fn) {
    return function (...args) { return fn.call(this, ...args.map(toValue)); };
}
function argumentsToNumber(fn) {
    return function (...args) { return fn.call(this, ...args.map(toNumber)); };
}
/** Return an array containing unique elements from _array_. Works with nested arrays and objects. */
function* strictUniq(array) {
    const seen = new Set();
    for (const element of array) {
        const key = JSON.stringify(element);
        if (!seen.has(key)) {
            seen.add(key);
            yield element;
        }
    }
}

/**
 * targeting ES5, extends Error won't create a proper prototype chain, need a trait to keep track of classes
 */
const TRAIT = '__liquidClass__';
class LiquidError extends Error {
    constructor(err, token) {
        /**
         * note: for ES5 targeting, `this` will be replaced by return value of Error(),
         * thus everything on `this` will be lost, avoid calling `LiquidError` methods here
         */
        super(typeof err === 'string' ? err : err.message);
        this.context = '';
        if (typeof err !== 'string')
            Object.defineProperty(this, 'originalError', { value: err, enumerable: false });
        Object.defineProperty(this, 'token', { value: token, enumerable: false });
        Object.defineProperty(this, TRAIT, { value: 'LiquidError', enumerable: false });
    }
    update() {
        Object.defineProperty(this, 'context', { value: mkContext(this.token), enumerable: false });
        this.message = mkMessage(this.message, this.token);
        this.stack = this.message + '\n' + this.context +
            '\n' + this.stack;
        if (this.originalError)
            this.stack += '\nFrom ' + this.originalError.stack;
    }
    static is(obj) {
        return (obj === null || obj === void 0 ? void 0 : obj[TRAIT]) === 'LiquidError';
    }
}
class TokenizationError extends LiquidError {
    constructor(message, token) {
        super(message, token);
        this.name = 'TokenizationError';
        super.update();
    }
}
class ParseError extends LiquidError {
    constructor(err, token) {
        super(err, token);
        this.name = 'ParseError';
        this.message = err.message;
        super.update();
    }
}
class RenderError extends LiquidError {
    constructor(err, tpl) {
        super(err, tpl.token);
        this.name = 'RenderError';
        this.message = err.message;
        super.update();
    }
    static is(obj) {
        return obj.name === 'RenderError';
    }
}
class LiquidErrors extends LiquidError {
    constructor(errors) {
        super(errors[0], errors[0].token);
        this.errors = errors;
        this.name = 'LiquidErrors';
        const s = errors.length > 1 ? 's' : '';
        this.message = `${errors.length} error${s} found`;
        super.update();
    }
    static is(obj) {
        return obj.name === 'LiquidErrors';
    }
}
class UndefinedVariableError extends LiquidError {
    constructor(err, token) {
        super(err, token);
        this.name = 'UndefinedVariableError';
        this.message = err.message;
        super.update();
    }
}
// only used internally; raised where we don't have token information,
// so it can't be an UndefinedVariableError.
class InternalUndefinedVariableError extends Error {
    constructor(variableName) {
        super(`undefined variable: ${variableName}`);
        this.name = 'InternalUndefinedVariableError';
        this.variableName = variableName;
    }
}
class AssertionError extends Error {
    constructor(message) {
        super(message);
        this.name = 'AssertionError';
        this.message = message + '';
    }
}
function mkContext(token) {
    const [line, col] = token.getPosition();
    const lines = token.input.split('\n');
    const begin = Math.max(line - 2, 1);
    const end = Math.min(line + 3, lines.length);
    const context = range(begin, end + 1)
        .map(lineNumber => {
        const rowIndicator = (lineNumber === line) ? '>> ' : '   ';
        const num = padStart(String(lineNumber), String(end).length);
        let text = `${rowIndicator}${num}| `;
        const colIndicator = lineNumber === line
            ? '\n' + padStart('^', col + text.length)
            : '';
        text += lines[lineNumber - 1];
        text += colIndicator;
        return text;
    })
        .join('\n');
    return context;
}
function mkMessage(msg, token) {
    if (token.file)
        msg += `, file:${token.file}`;
    const [line, col] = token.getPosition();
    msg += `, line:${line}, col:${col}`;
    return msg;
}

// **DO NOT CHANGE THIS FILE**
//
// This file is generated by bin/character-gen.js
// bitmask character types to boost performance
const TYPES = [0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 4, 4, 4, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 2, 8, 0, 0, 0, 0, 8, 0, 0, 0, 64, 0, 65, 0, 0, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 0, 0, 2, 2, 2, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0];
const WORD = 1;
const BLANK = 4;
const QUOTE = 8;
const INLINE_BLANK = 16;
const NUMBER = 32;
const SIGN = 64;
const PUNCTUATION = 128;
function isWord(char) {
    const code = char.charCodeAt(0);
    return code >= 128 ? !TYPES[code] : !!(TYPES[code] & WORD);
}
TYPES[160] = TYPES[5760] = TYPES[6158] = TYPES[8192] = TYPES[8193] = TYPES[8194] = TYPES[8195] = TYPES[8196] = TYPES[8197] = TYPES[8198] = TYPES[8199] = TYPES[8200] = TYPES[8201] = TYPES[8202] = TYPES[8232] = TYPES[8233] = TYPES[8239] = TYPES[8287] = TYPES[12288] = BLANK;
TYPES[8220] = TYPES[8221] = PUNCTUATION;

function assert(predicate, message) {
    if (!predicate) {
        const msg = typeof message === 'function'
            ? message()
            : (message || `expect ${predicate} to be true`);
        throw new AssertionError(msg);
    }
}
function assertEmpty(predicate, message = `unexpected ${JSON.stringify(predicate)}`) {
    assert(!predicate, message);
}

class NullDrop extends Drop {
    *equals(value) {
        return isNil(yield toValue(value));
    }
    gt() {
        return false;
    }
    geq() {
        return false;
    }
    lt() {
        return false;
    }
    leq() {
        return false;
    }
    valueOf() {
        return null;
    }
}

class EmptyDrop extends Drop {
    *equals(value) {
        if (value instanceof EmptyDrop)
            return false;
        value = yield toValue(value);
        if (isString(value) || isArray(value))
            return value.length === 0;
        if (isObject(value))
            return Object.keys(value).length === 0;
        return false;
    }
    gt() {
        return false;
    }
    geq() {
        return false;
    }
    lt() {
        return false;
    }
    leq() {
        return false;
    }
    valueOf() {
        return '';
    }
    static is(value) {
        return value instanceof EmptyDrop;
    }
}

class BlankDrop extends EmptyDrop {
    *equals(value) {
        if (value === false)
            return true;
        if (isNil(yield toValue(value)))
            return true;
        if (isString(value))
            return /^\s*$/.test(value);
        return yield super.equals(value);
    }
    static is(value) {
        return value instanceof BlankDrop;
    }
}

class ForloopDrop extends Drop {
    constructor(length, collection, variable) {
        super();
        this.i = 0;
        this.length = length;
        this.name = `${variable}-${collection}`;
    }
    next() {
        this.i++;
    }
    index0() {
        return this.i;
    }
    index() {
        return this.i + 1;
    }
    first() {
        return this.i === 0;
    }
    last() {
        return this.i === this.length - 1;
    }
    rindex() {
        return this.length - this.i;
    }
    rindex0() {
        return this.length - this.i - 1;
    }
    valueOf() {
        return JSON.stringify(this);
    }
}

class SimpleEmitter {
    constructor() {
        this.buffer = '';
    }
    write(html) {
        this.buffer += stringify(html);
    }
}

class StreamedEmitter {
    constructor() {
        this.buffer = '';
        this.stream = null;
        throw new Error('streaming not supported in browser');
    }
}

class KeepingTypeEmitter {
    constructor() {
        this.buffer = '';
    }
    write(html) {
        html = toValue(html);
        // This will only preserve the type if the value is isolated.
        // I.E:
        // {{ my-port }} -> 42
        // {{ my-host }}:{{ my-port }} -> 'host:42'
        if (typeof html !== 'string' && this.buffer === '') {
            this.buffer = html;
        }
        else {
            this.buffer = stringify(this.buffer) + stringify(html);
        }
    }
}

class BlockDrop extends Drop {
    constructor(
    // the block render from layout template
    superBlockRender = () => '') {
        super();
        this.superBlockRender = superBlockRender;
    }
    /**
     * Provide parent access in child block by
     * {{ block.super }}
     */
    *super() {
        const emitter = new SimpleEmitter();
        yield this.superBlockRender(emitter);
        return emitter.buffer;
    }
}

function isComparable(arg) {
    return (arg &&
        isFunction(arg.equals) &&
        isFunction(arg.gt) &&
        isFunction(arg.geq) &&
        isFunction(arg.lt) &&
        isFunction(arg.leq));
}

const nil = new NullDrop();
const literalValues = {
    'true': true,
    'false': false,
    'nil': nil,
    'null': nil,
    'empty': new EmptyDrop(),
    'blank': new BlankDrop()
};

// Tries are built once per input object and reused: the Tokenizer rebuilds them
// on every instantiation, but `input` (operators/literalValues) is a stable
// reference. WeakMap-keying by `input` lets short-lived operator objects (and
// their tries) be garbage collected. The returned trie is treated as read-only
// by callers (matchTrie only reads it); do not mutate it.
const trieCache = new WeakMap();
function createTrie(input) {
    const cached = trieCache.get(input);
    if (cached)
        return cached;
    const trie = {};
    for (const [name, data] of Object.entries(input)) {
        let node = trie;
        for (let i = 0; i < name.length; i++) {
            const c = name[i];
            node[c] = node[c] || {};
            if (i === name.length - 1 && isWord(name[i])) {
                node[c].needBoundary = true;
            }
            node = node[c];
        }
        node.data = data;
        node.end = true;
    }
    trieCache.set(input, trie);
    return trie;
}

/******************************************************************************
Copyright (c) Microsoft Corporation.

Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH
REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY
AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT,
INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM
LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR
OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR
PERFORMANCE OF THIS SOFTWARE.
***************************************************************************** */

var __assign = function() {
    __assign = Object.assign || function __assign(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
            s = arguments[i];
            for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p)) t[p] = s[p];
        }
        return t;
    };
    return __assign.apply(this, arguments);
};

function __awaiter(thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
}

function toLiquidAsync(asyncFn, syncFn) {
    const syncImpl = syncFn || asyncFn;
    return (sync, ...args) => {
        return sync ? syncImpl(...args) : asyncFn(...args);
    };
}
// convert an async iterator to a Promise
function toPromise(val) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!isIterator(val))
            return val;
        let value;
        let done = false;
        let next = 'next';
        do {
            const state = val[next](value);
            done = !!state.done;
            value = state.value;
            next = 'next';
            try {
                if (isIterator(value))
                    value = toPromise(value);
                if (isPromise(value))
                    value = yield value;
            }
            catch (err) {
                next = 'throw';
                value = err;
            }
        } while (!done);
        return value;
    });
}
// convert an async iterator to a value in a synchronous manner
function toValueSync(val) {
    if (!isIterator(val))
        return val;
    let value;
    let done = false;
    let next = 'next';
    do {
        const state = val[next](value);
        done = !!state.done;
        value = state.value;
        next = 'next';
        if (isIterator(value)) {
            try {
                value = toValueSync(value);
            }
            catch (err) {
                next = 'throw';
                value = err;
            }
        }
    } while (!done);
    return value;
}

const rFormat = /%([-_0^#:]+)?(\d+)?([EO])?(.)/;
// prototype extensions
function daysInMonth(d) {
    const feb = isLeapYear(d) ? 29 : 28;
    return [31, feb, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
}
function getDayOfYear(d) {
    let num = 0;
    for (let i = 0; i < d.getMonth(); ++i) {
        num += daysInMonth(d)[i];
    }
    return num + d.getDate();
}
function getWeekOfYear(d, startDay) {
    // Days before the first startDay of the year belong to week 0
    const daysSinceStartDay = (d.getDay() - startDay + 7) % 7;
    return String(Math.floor((getDayOfYear(d) - 1 - daysSinceStartDay + 7) / 7));
}
function isLeapYear(d) {
    const year = d.getFullYear();
    return !!((year & 3) === 0 && (year % 100 || (year % 400 === 0 && year)));
}
function ordinal(d) {
    const date = d.getDate();
    if ([11, 12, 13].includes(date))
        return 'th';
    switch (date % 10) {
        case 1: return 'st';
        case 2: return 'nd';
        case 3: return 'rd';
        default: return 'th';
    }
}
function century(d) {
    return Math.floor(d.getFullYear() / 100);
}
// default to 0
const padWidths = {
    C: 2,
    d: 2,
    e: 2,
    H: 2,
    I: 2,
    j: 3,
    k: 2,
    l: 2,
    L: 3,
    m: 2,
    M: 2,
    S: 2,
    U: 2,
    W: 2,
    y: 2,
    Y: 4
};
const padSpaceChars = new Set('aAbBceklpP');
function getTimezoneOffset(d, opts) {
    const nOffset = Math.abs(d.getTimezoneOffset());
    const h = Math.floor(nOffset / 60);
    const m = nOffset % 60;
    return (d.getTimezoneOffset() > 0 ? '-' : '+') +
        padStart(h, 2, '0') +
        (opts.flags[':'] ? ':' : '') +
        padStart(m, 2, '0');
}
const formatCodes = {
    a: (d) => d.getShortWeekdayName(),
    A: (d) => d.getLongWeekdayName(),
    b: (d) => d.getShortMonthName(),
    B: (d) => d.getLongMonthName(),
    c: (d) => d.toLocaleString(),
    C: (d) => century(d),
    d: (d) => d.getDate(),
    e: (d) => d.getDate(),
    H: (d) => d.getHours(),
    I: (d) => String(d.getHours() % 12 || 12),
    j: (d) => getDayOfYear(d),
    k: (d) => d.getHours(),
    l: (d) => String(d.getHours() % 12 || 12),
    L: (d) => d.getMilliseconds(),
    m: (d) => d.getMonth() + 1,
    M: (d) => d.getMinutes(),
    N: (d, opts) => {
        var _a;
        const width = Number(opts.width) || 9;
        const str = padStart(String(d.getMilliseconds()), 3, '0').slice(0, width);
        (_a = opts.memoryLimit) === null || _a === void 0 ? void 0 : _a.use(width - str.length);
        return padEnd(str, width, '0');
    },
    p: (d) => (d.getHours() < 12 ? 'AM' : 'PM'),
    P: (d) => (d.getHours() < 12 ? 'am' : 'pm'),
    q: (d) => ordinal(d),
    s: (d) => Math.floor(d.dateValue() / 1000),
    S: (d) => d.getSeconds(),
    u: (d) => d.getDay() || 7,
    U: (d) => getWeekOfYear(d, 0),
    w: (d) => d.getDay(),
    W: (d) => getWeekOfYear(d, 1),
    x: (d) => d.toLocaleDateString(),
    X: (d) => d.toLocaleTimeString(),
    y: (d) => (d.getFullYear() % 100 + 100) % 100,
    Y: (d) => d.getFullYear(),
    z: getTimezoneOffset,
    Z: (d, opts) => d.getTimeZoneName() || getTimezoneOffset(d, opts),
    't': () => '\t',
    'n': () => '\n',
    '%': () => '%'
};
formatCodes.h = formatCodes.b;
function strftime(d, formatStr, memoryLimit) {
    let output = '';
    let remaining = formatStr;
    let match;
    while ((match = rFormat.exec(remaining))) {
        output += remaining.slice(0, match.index);
        remaining = remaining.slice(match.index + match[0].length);
        output += format(d, match, memoryLimit);
    }
    return output + remaining;
}
function format(d, match, memoryLimit) {
    const [input, flagStr = '', width, modifier, conversion] = match;
    const convert = formatCodes[conversion];
    if (!convert)
        return input;
    const flags = {};
    for (const flag of flagStr)
        flags[flag] = true;
    let ret = String(convert(d, { flags, width, modifier, memoryLimit }));
    let padChar = padSpaceChars.has(conversion) ? ' ' : '0';
    let padWidth = Number(width) || padWidths[conversion] || 0;
    if (flags['^'])
        ret = ret.toUpperCase();
    else if (flags['#'])
        ret = changeCase(ret);
    if (flags['_'])
        padChar = ' ';
    else if (flags['0'])
        padChar = '0';
    if (flags['-'])
        padWidth = 0;
    memoryLimit === null || memoryLimit === void 0 ? void 0 : memoryLimit.use(Number(padWidth) - ret.length);
    if (padChar === '0' && ret[0] === '-')
        return '-' + padStart(ret.slice(1), padWidth - 1, padChar);
    return padStart(ret, padWidth, padChar);
}

function getDateTimeFormat() {
    return (typeof Intl !== 'undefined' ? Intl.DateTimeFormat : undefined);
}

// one minute in milliseconds
const OneMinute = 60000;
/**
 * Need support both ISO8601 and RFC2822 as in major browsers & NodeJS
 * RFC2822: https://datatracker.ietf.org/doc/html/rfc2822#section-3.3
 */
const TIMEZONE_PATTERN = /([zZ]|([+-])(\d{2}):?(\d{2}))$/;
const monthNames = [
    'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
    'September', 'October', 'November', 'December'
];
const monthNamesShort = monthNames.map(name => name.slice(0, 3));
const dayNames = [
    'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'
];
const dayNamesShort = dayNames.map(name => name.slice(0, 3));
/**
 * A date implementation with timezone info, just like Ruby date
 *
 * Implementation:
 * - create a Date offset by it's timezone difference, avoiding overriding a bunch of methods
 * - rewrite getTimezoneOffset() to trick strftime
 */
class LiquidDate {
    constructor(init, locale, timezone) {
        this.locale = locale;
        this.DateTimeFormat = getDateTimeFormat();
        this.date = new Date(init);
        this.timezoneFixed = timezone !== undefined;
        if (timezone === undefined) {
            timezone = this.date.getTimezoneOffset();
        }
        this.timezoneOffset = isString(timezone) ? LiquidDate.getTimezoneOffset(timezone, this.date) : timezone;
        this.timezoneName = isString(timezone) ? timezone : '';
        const diff = (this.date.getTimezoneOffset() - this.timezoneOffset) * OneMinute;
        const time = this.date.getTime() + diff;
        this.displayDate = new Date(time);
    }
    getTime() {
        return this.displayDate.getTime();
    }
    /**
     * The underlying UTC timestamp in milliseconds, unaffected by the display
     * timezone. Use this (not `getTime()`) for timezone-invariant values like
     * `%s`: `getTime()` reads `displayDate`, which is deliberately shifted by
     * the display timezone offset so wall-clock getters can delegate to Date.
     */
    dateValue() {
        return this.date.getTime();
    }
    getMilliseconds() {
        return this.displayDate.getMilliseconds();
    }
    getSeconds() {
        return this.displayDate.getSeconds();
    }
    getMinutes() {
        return this.displayDate.getMinutes();
    }
    getHours() {
        return this.displayDate.getHours();
    }
    getDay() {
        return this.displayDate.getDay();
    }
    getDate() {
        return this.displayDate.getDate();
    }
    getMonth() {
        return this.displayDate.getMonth();
    }
    getFullYear() {
        return this.displayDate.getFullYear();
    }
    toLocaleString(locale, init) {
        if (init === null || init === void 0 ? void 0 : init.timeZone) {
            return this.date.toLocaleString(locale, init);
        }
        return this.displayDate.toLocaleString(locale, init);
    }
    toLocaleTimeString(locale) {
        return this.displayDate.toLocaleTimeString(locale);
    }
    toLocaleDateString(locale) {
        return this.displayDate.toLocaleDateString(locale);
    }
    getTimezoneOffset() {
        return this.timezoneOffset;
    }
    getTimeZoneName() {
        if (this.timezoneFixed)
            return this.timezoneName;
        if (!this.DateTimeFormat)
            return;
        return this.DateTimeFormat().resolvedOptions().timeZone;
    }
    getLongMonthName() {
        var _a;
        return (_a = this.format({ month: 'long' })) !== null && _a !== void 0 ? _a : monthNames[this.getMonth()];
    }
    getShortMonthName() {
        var _a;
        return (_a = this.format({ month: 'short' })) !== null && _a !== void 0 ? _a : monthNamesShort[this.getMonth()];
    }
    getLongWeekdayName() {
        var _a;
        return (_a = this.format({ weekday: 'long' })) !== null && _a !== void 0 ? _a : dayNames[this.displayDate.getDay()];
    }
    getShortWeekdayName() {
        var _a;
        return (_a = this.format({ weekday: 'short' })) !== null && _a !== void 0 ? _a : dayNamesShort[this.displayDate.getDay()];
    }
    valid() {
        return !isNaN(this.getTime());
    }
    format(options) {
        return this.DateTimeFormat && this.DateTimeFormat(this.locale, options).format(this.displayDate);
    }
    /**
     * Create a Date object fixed to it's declared Timezone. Both
     * - 2021-08-06T02:29:00.000Z and
     * - 2021-08-06T02:29:00.000+08:00
     * will always be displayed as
     * - 2021-08-06 02:29:00
     * regardless timezoneOffset in JavaScript realm
     *
     * The implementation hack:
     * Instead of calling `.getMonth()`/`.getUTCMonth()` respect to `preserveTimezones`,
     * we create a different Date to trick strftime, it's both simpler and more performant.
     * Given that a template is expected to be parsed fewer times than rendered.
     */
    static createDateFixedToTimezone(dateString, locale) {
        const m = dateString.match(TIMEZONE_PATTERN);
        // representing a UTC timestamp
        if (m && m[1] === 'Z') {
            return new LiquidDate(+new Date(dateString), locale, 0);
        }
        // has a timezone specified
        if (m && m[2] && m[3] && m[4]) {
            const [, , sign, hours, minutes] = m;
            const offset = (sign === '+' ? -1 : 1) * (parseInt(hours, 10) * 60 + parseInt(minutes, 10));
            return new LiquidDate(+new Date(dateString), locale, offset);
        }
        return new LiquidDate(dateString, locale);
    }
    static getTimezoneOffset(timezoneName, date) {
        const localDateString = date.toLocaleString('en-US', { timeZone: timezoneName });
        const utcDateString = date.toLocaleString('en-US', { timeZone: 'UTC' });
        const localDate = new Date(localDateString);
        const utcDate = new Date(utcDateString);
        return (+utcDate - +localDate) / (60 * 1000);
    }
}

class Limiter {
    constructor(resource, limit) {
        this.base = 0;
        this.message = `${resource} limit exceeded`;
        this.limit = limit;
    }
    use(count) {
        if (+count > 0) {
            assert(this.base + +count <= this.limit, this.message);
            this.base += +count;
        }
    }
    check(count) {
        if (+count > 0) {
            assert(+count <= this.limit, this.message);
        }
    }
}

class DelimitedToken extends Token {
    constructor(kind, [contentBegin, contentEnd], input, begin, end, trimLeft, trimRight, file) {
        super(kind, input, begin, end, file);
        this.trimLeft = false;
        this.trimRight = false;
        const tl = input[contentBegin] === '-';
        const tr = input[contentEnd - 1] === '-';
        let l = tl ? contentBegin + 1 : contentBegin;
        let r = tr ? contentEnd - 1 : contentEnd;
        while (l < r && (TYPES[input.charCodeAt(l)] & BLANK))
            l++;
        while (r > l && (TYPES[input.charCodeAt(r - 1)] & BLANK))
            r--;
        this.contentRange = [l, r];
        this.trimLeft = tl || trimLeft;
        this.trimRight = tr || trimRight;
    }
    get content() {
        return this.input.slice(this.contentRange[0], this.contentRange[1]);
    }
}

class TagToken extends DelimitedToken {
    constructor(input, begin, end, options, file) {
        const { trimTagLeft, trimTagRight, tagDelimiterLeft, tagDelimiterRight } = options;
        const [valueBegin, valueEnd] = [begin + tagDelimiterLeft.length, end - tagDelimiterRight.length];
        super(TokenKind.Tag, [valueBegin, valueEnd], input, begin, end, trimTagLeft, trimTagRight, file);
        this.tokenizer = new Tokenizer(input, options.operators, file, this.contentRange, options.groupedExpressions);
        this.name = this.tokenizer.readTagName();
        this.tokenizer.assert(this.name, `illegal tag syntax, tag name expected`);
        this.tokenizer.skipBlank();
        this.args = this.tokenizer.input.slice(this.tokenizer.p, this.contentRange[1]);
    }
}

class OutputToken extends DelimitedToken {
    constructor(input, begin, end, options, file) {
        const { trimOutputLeft, trimOutputRight, outputDelimiterLeft, outputDelimiterRight } = options;
        const valueRange = [begin + outputDelimiterLeft.length, end - outputDelimiterRight.length];
        super(TokenKind.Output, valueRange, input, begin, end, trimOutputLeft, trimOutputRight, file);
    }
}

class HTMLToken extends Token {
    constructor(input, begin, end, file) {
        super(TokenKind.HTML, input, begin, end, file);
        this.input = input;
        this.begin = begin;
        this.end = end;
        this.file = file;
        this.trimLeft = 0;
        this.trimRight = 0;
    }
    getContent() {
        return this.input.slice(this.begin + this.trimLeft, this.end - this.trimRight);
    }
}

class NumberToken extends Token {
    constructor(input, begin, end, file) {
        super(TokenKind.Number, input, begin, end, file);
        this.input = input;
        this.begin = begin;
        this.end = end;
        this.file = file;
        this.content = Number(this.getText());
    }
}

class IdentifierToken extends Token {
    constructor(input, begin, end, file) {
        super(TokenKind.Word, input, begin, end, file);
        this.input = input;
        this.begin = begin;
        this.end = end;
        this.file = file;
        this.content = this.getText();
    }
}

class LiteralToken extends Token {
    constructor(input, begin, end, file) {
        super(TokenKind.Literal, input, begin, end, file);
        this.input = input;
        this.begin = begin;
        this.end = end;
        this.file = file;
        this.literal = this.getText();
        this.content = literalValues[this.literal];
    }
}

const operatorPrecedences = {
    '==': 2,
    '!=': 2,
    '>': 2,
    '<': 2,
    '>=': 2,
    '<=': 2,
    'contains': 2,
    'not': 1,
    'and': 0,
    'or': 0
};
const operatorTypes = {
    '==': 0 /* OperatorType.Binary */,
    '!=': 0 /* OperatorType.Binary */,
    '>': 0 /* OperatorType.Binary */,
    '<': 0 /* OperatorType.Binary */,
    '>=': 0 /* OperatorType.Binary */,
    '<=': 0 /* OperatorType.Binary */,
    'contains': 0 /* OperatorType.Binary */,
    'not': 1 /* OperatorType.Unary */,
    'and': 0 /* OperatorType.Binary */,
    'or': 0 /* OperatorType.Binary */
};
class OperatorToken extends Token {
    constructor(input, begin, end, file) {
        super(TokenKind.Operator, input, begin, end, file);
        this.input = input;
        this.begin = begin;
        this.end = end;
        this.file = file;
        this.operator = this.getText();
    }
    getPrecedence() {
        return this.operator in operatorPrecedences ? operatorPrecedences[this.operator] : 1;
    }
}

class PropertyAccessToken extends Token {
    constructor(variable, props, input, begin, end, file) {
        super(TokenKind.PropertyAccess, input, begin, end, file);
        this.variable = variable;
        this.props = props;
    }
}

class FilterToken extends Token {
    constructor(name, args, input, begin, end, file) {
        super(TokenKind.Filter, input, begin, end, file);
        this.name = name;
        this.args = args;
    }
}

class HashToken extends Token {
    constructor(input, begin, end, name, value, file) {
        super(TokenKind.Hash, input, begin, end, file);
        this.input = input;
        this.begin = begin;
        this.end = end;
        this.name = name;
        this.value = value;
        this.file = file;
    }
}

const rHex = /[\da-fA-F]/;
const rOct = /[0-7]/;
const escapeChar = {
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\x0B'
};
function hexVal(c) {
    const code = c.charCodeAt(0);
    if (code >= 97)
        return code - 87;
    if (code >= 65)
        return code - 55;
    return code - 48;
}
function parseStringLiteral(str) {
    let ret = '';
    for (let i = 1; i < str.length - 1; i++) {
        if (str[i] !== '\\') {
            ret += str[i];
            continue;
        }
        if (escapeChar[str[i + 1]] !== undefined) {
            ret += escapeChar[str[++i]];
        }
        else if (str[i + 1] === 'u') {
            let val = 0;
            let j = i + 2;
            while (j <= i + 5 && rHex.test(str[j])) {
                val = val * 16 + hexVal(str[j++]);
            }
            i = j - 1;
            ret += String.fromCharCode(val);
        }
        else if (!rOct.test(str[i + 1])) {
            ret += str[++i];
        }
        else {
            let j = i + 1;
            let val = 0;
            while (j <= i + 3 && rOct.test(str[j])) {
                val = val * 8 + hexVal(str[j++]);
            }
            i = j - 1;
            ret += String.fromCharCode(val);
        }
    }
    return ret;
}

class QuotedToken extends Token {
    constructor(input, begin, end, file) {
        super(TokenKind.Quoted, input, begin, end, file);
        this.input = input;
        this.begin = begin;
        this.end = end;
        this.file = file;
        this.content = parseStringLiteral(this.getText());
    }
}

class RangeToken extends Token {
    constructor(input, begin, end, lhs, rhs, file) {
        super(TokenKind.Range, input, begin, end, file);
        this.input = input;
        this.begin = begin;
        this.end = end;
        this.lhs = lhs;
        this.rhs = rhs;
        this.file = file;
    }
}

/**
 * LiquidTagToken is different from TagToken by not having delimiters `{%` or `%}`
 */
class LiquidTagToken extends DelimitedToken {
    constructor(input, begin, end, options, file) {
        super(TokenKind.Tag, [begin, end], input, begin, end, false, false, file);
        this.tokenizer = new Tokenizer(input, options.operators, file, this.contentRange, options.groupedExpressions);
        this.name = this.tokenizer.readTagName();
        this.tokenizer.assert(this.name, 'illegal liquid tag syntax');
        this.tokenizer.skipBlank();
    }
    get args() {
        return this.tokenizer.input.slice(this.tokenizer.p, this.contentRange[1]);
    }
}

/**
 * value expression with optional filters
 * e.g.
 * {% assign foo="bar" | append: "coo" %}
 */
class FilteredValueToken extends Token {
    constructor(initial, filters, input, begin, end, file) {
        super(TokenKind.FilteredValue, input, begin, end, file);
        this.initial = initial;
        this.filters = filters;
        this.input = input;
        this.begin = begin;
        this.end = end;
        this.file = file;
    }
}

const polyfill = {
    now: () => Date.now()
};
function getPerformance() {
    return (typeof global === 'object' && global.performance) ||
        (typeof window === 'object' && window.performance) ||
        polyfill;
}

class Render {
    renderTemplatesToNodeStream(templates, ctx) {
        const emitter = new StreamedEmitter();
        Promise.resolve().then(() => toPromise(this.renderTemplates(templates, ctx, emitter)))
            .then(() => emitter.end(), err => emitter.error(err));
        return emitter.stream;
    }
    *renderTemplates(templates, ctx, emitter) {
        if (!emitter) {
            emitter = ctx.opts.keepOutputType ? new KeepingTypeEmitter() : new SimpleEmitter();
        }
        ctx.renderLimit.check(getPerformance().now());
        const errors = [];
        for (const tpl of templates) {
            ctx.renderLimit.check(getPerformance().now());
            try {
                // if tpl.render supports emitter, it'll return empty `html`
                const html = yield tpl.render(ctx, emitter);
                // if not, it'll return an `html`, write to the emitter for it
                html && emitter.write(html);
                if (ctx.breakCalled || ctx.continueCalled)
                    break;
            }
            catch (e) {
                const err = LiquidError.is(e) ? e : new RenderError(e, tpl);
                if (ctx.opts.catchAllErrors)
                    errors.push(err);
                else
                    throw err;
            }
        }
        if (errors.length) {
            throw new LiquidErrors(errors);
        }
        return emitter.buffer;
    }
}

function isKeyValuePair(arr) {
    return isArray(arr);
}

class Filter {
    constructor(token, options, liquid) {
        this.token = token;
        this.name = token.name;
        this.handler = isFunction(options)
            ? options
            : (isFunction(options === null || options === void 0 ? void 0 : options.handler) ? options.handler : identify);
        this.raw = !isFunction(options) && !!(options === null || options === void 0 ? void 0 : options.raw);
        this.args = token.args;
        this.liquid = liquid;
    }
    *render(value, context) {
        const argv = [];
        for (const arg of this.args) {
            if (isKeyValuePair(arg))
                argv.push([arg[0], yield evalToken(arg[1], context)]);
            else
                argv.push(yield evalToken(arg, context));
        }
        return yield this.handler.apply({ context, token: this.token, liquid: this.liquid }, [value, ...argv]);
    }
}

class Expression {
    constructor(tokens) {
        this.postfix = [...toPostfix(tokens)];
    }
    *evaluate(ctx, lenient) {
        assert(ctx, 'unable to evaluate: context not defined');
        const operands = [];
        for (const token of this.postfix) {
            if (isOperatorToken(token)) {
                const r = operands.pop();
                let result;
                if (operatorTypes[token.operator] === 1 /* OperatorType.Unary */) {
                    result = yield ctx.opts.operators[token.operator](r, ctx);
                }
                else {
                    const l = operands.pop();
                    result = yield ctx.opts.operators[token.operator](l, r, ctx);
                }
                operands.push(result);
            }
            else {
                operands.push(yield evalToken(token, ctx, lenient));
            }
        }
        return operands[0];
    }
    valid() {
        return !!this.postfix.length;
    }
}
/**
 * Evaluate `token`, preserving Drops.
 * Operators use this so `Comparable` drops (`empty`, `nil`, `blank`) and custom drops
 * are compared as drops rather than as their `valueOf()` result.
 */
function* evalToken(token, ctx, lenient = false) {
    if (!token)
        return;
    if ('content' in token)
        return token.content;
    if (isPropertyAccessToken(token))
        return yield evalPropertyAccessToken(token, ctx, lenient);
    if (isRangeToken(token))
        return yield evalRangeToken(token, ctx);
    if (isFilteredValueToken(token))
        return yield evalFilteredValueToken(token, ctx, lenient);
}
function* evalFilteredValueToken(token, ctx, lenient) {
    assert(ctx.liquid, 'FilteredValueToken evaluation requires liquid instance in context');
    lenient = lenient || (ctx.opts.lenientIf && token.filters.length > 0 && token.filters[0].name === 'default');
    let val = yield token.initial.evaluate(ctx, lenient);
    for (const filterToken of token.filters) {
        const filterImpl = ctx.liquid.filters[filterToken.name];
        assert(filterImpl || !ctx.liquid.options.strictFilters, () => `undefined filter: ${filterToken.name}`);
        const filter = new Filter(filterToken, filterImpl, ctx.liquid);
        val = yield filter.render(val, ctx);
    }
    return val;
}
/**
 * Evaluate `token` to the value filters and tags consume.
 * Awaits a promise returned by `Drop.valueOf()`.
 */
function* evalTokenValue(token, ctx, lenient = false) {
    return yield toValue(yield evalToken(token, ctx, lenient));
}
function* evalPropertyAccessToken(token, ctx, lenient) {
    const props = [];
    for (const prop of token.props) {
        props.push((yield evalTokenValue(prop, ctx, false)));
    }
    try {
        if (token.variable) {
            const variable = yield evalToken(token.variable, ctx, lenient);
            return yield ctx._getFromScope(variable, props);
        }
        else {
            return yield ctx._get(props);
        }
    }
    catch (e) {
        if (lenient && e.name === 'InternalUndefinedVariableError')
            return null;
        throw (new UndefinedVariableError(e, token));
    }
}
function evalQuotedToken(token) {
    return token.content;
}
function* evalRangeToken(token, ctx) {
    const low = (yield evalTokenValue(token.lhs, ctx));
    const high = (yield evalTokenValue(token.rhs, ctx));
    ctx.memoryLimit.use(high - low + 1);
    return range(+low, +high + 1);
}
function* toPostfix(tokens) {
    const ops = [];
    for (const token of tokens) {
        if (isOperatorToken(token)) {
            while (ops.length && ops[ops.length - 1].getPrecedence() > token.getPrecedence()) {
                yield ops.pop();
            }
            ops.push(token);
        }
        else
            yield token;
    }
    while (ops.length) {
        yield ops.pop();
    }
}

function isTruthy(val, ctx) {
    return !isFalsy(val, ctx);
}
function isFalsy(val, ctx) {
    val = toValue(val);
    if (ctx.opts.jsTruthy) {
        return !val;
    }
    else {
        return val === false || undefined === val || val === null;
    }
}

const defaultOperators = {
    '==': function* (l, r) { return yield equals(l, r); },
    '!=': function* (l, r) { return !(yield equals(l, r)); },
    '>': function* (l, r) {
        if (isComparable(l))
            return yield l.gt(r);
        if (isComparable(r))
            return yield r.lt(l);
        return (yield toValue(l)) > (yield toValue(r));
    },
    '<': function* (l, r) {
        if (isComparable(l))
            return yield l.lt(r);
        if (isComparable(r))
            return yield r.gt(l);
        return (yield toValue(l)) < (yield toValue(r));
    },
    '>=': function* (l, r) {
        if (isComparable(l))
            return yield l.geq(r);
        if (isComparable(r))
            return yield r.leq(l);
        return (yield toValue(l)) >= (yield toValue(r));
    },
    '<=': function* (l, r) {
        if (isComparable(l))
            return yield l.leq(r);
        if (isComparable(r))
            return yield r.geq(l);
        return (yield toValue(l)) <= (yield toValue(r));
    },
    'contains': function* (l, r) {
        l = yield toValue(l);
        if (isArray(l))
            return yield arrayIncludes(l, r);
        if (isFunction(l === null || l === void 0 ? void 0 : l.indexOf))
            return l.indexOf(yield toValue(r)) > -1;
        return false;
    },
    'not': function* (v, ctx) { return isFalsy(yield toValue(v), ctx); },
    'and': function* (l, r, ctx) { return isTruthy(yield toValue(l), ctx) && isTruthy(yield toValue(r), ctx); },
    'or': function* (l, r, ctx) { return isTruthy(yield toValue(l), ctx) || isTruthy(yield toValue(r), ctx); }
};
function* equals(lhs, rhs) {
    if (isComparable(lhs))
        return yield lhs.equals(rhs);
    if (isComparable(rhs))
        return yield rhs.equals(lhs);
    lhs = yield toValue(lhs);
    rhs = yield toValue(rhs);
    if (isArray(lhs)) {
        return isArray(rhs) && (yield arrayEquals(lhs, rhs));
    }
    return lhs === rhs;
}
function* arrayEquals(lhs, rhs) {
    if (lhs.length !== rhs.length)
        return false;
    for (let i = 0; i < lhs.length; i++) {
        if (!(yield equals(lhs[i], rhs[i])))
            return false;
    }
    return true;
}
function* arrayIncludes(arr, item) {
    for (const value of arr) {
        if (yield equals(value, item))
            return true;
    }
    return false;
}

class Node {
    constructor(key, value, next, prev) {
        this.key = key;
        this.value = value;
        this.next = next;
        this.prev = prev;
    }
}
class LRU {
    constructor(limit, size = 0) {
        this.limit = limit;
        this.size = size;
        this.cache = {};
        this.head = new Node('HEAD', null, null, null);
        this.tail = new Node('TAIL', null, null, null);
        this.head.next = this.tail;
        this.tail.prev = this.head;
    }
    write(key, value) {
        if (this.cache[key]) {
            this.cache[key].value = value;
        }
        else {
            const node = new Node(key, value, this.head.next, this.head);
            this.head.next.prev = node;
            this.head.next = node;
            this.cache[key] = node;
            this.size++;
            this.ensureLimit();
        }
    }
    read(key) {
        if (!this.cache[key])
            return;
        const { value } = this.cache[key];
        this.remove(key);
        this.write(key, value);
        return value;
    }
    remove(key) {
        const node = this.cache[key];
        node.prev.next = node.next;
        node.next.prev = node.prev;
        delete this.cache[key];
        this.size--;
    }
    clear() {
        this.head.next = this.tail;
        this.tail.prev = this.head;
        this.size = 0;
        this.cache = {};
    }
    ensureLimit() {
        if (this.size > this.limit)
            this.remove(this.tail.prev.key);
    }
}

function domResolve(root, path) {
    const base = document.createElement('base');
    base.href = root;
    const head = document.getElementsByTagName('head')[0];
    head.insertBefore(base, head.firstChild);
    const a = document.createElement('a');
    a.href = path;
    const resolved = a.href;
    head.removeChild(base);
    return resolved;
}
function resolve(root, filepath, ext) {
    if (root.length && last(root) !== '/')
        root += '/';
    const url = domResolve(root, filepath);
    return url.replace(/^(\w+:\/\/[^/]+)(\/[^?]+)/, (str, origin, path) => {
        const last = path.split('/').pop();
        if (/\.\w+$/.test(last))
            return str;
        return origin + path + ext;
    });
}
function readFile(url) {
    return __awaiter(this, void 0, void 0, function* () {
        return new Promise((resolve, reject) => {
            const xhr = new XMLHttpRequest();
            xhr.onload = () => {
                if (xhr.status >= 200 && xhr.status < 300) {
                    resolve(xhr.responseText);
                }
                else {
                    reject(new Error(xhr.statusText));
                }
            };
            xhr.onerror = () => {
                reject(new Error('An error occurred whilst receiving the response.'));
            };
            xhr.open('GET', url);
            xhr.send();
        });
    });
}
function readFileSync(url) {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url, false);
    xhr.send();
    if (xhr.status < 200 || xhr.status >= 300) {
        throw new Error(xhr.statusText);
    }
    return xhr.responseText;
}
function exists(filepath) {
    return __awaiter(this, void 0, void 0, function* () {
        return true;
    });
}
function existsSync(filepath) {
    return true;
}
function dirname(filepath) {
    return domResolve(filepath, '.');
}
const sep = '/';

var fs = /*#__PURE__*/Object.freeze({
  __proto__: null,
  resolve: resolve,
  readFile: readFile,
  readFileSync: readFileSync,
  exists: exists,
  existsSync: existsSync,
  dirname: dirname,
  sep: sep
});

function chargeJsonReplacerValue(memoryLimit, val) {
    if (typeof val === 'string') {
        memoryLimit.use(val.length);
    }
    else if (val === null || typeof val === 'number' || typeof val === 'boolean') {
        memoryLimit.use(JSON.stringify(val).length);
    }
    else if (Array.isArray(val)) {
        memoryLimit.use(val.length + 1);
    }
    else if (typeof val === 'object') {
        memoryLimit.use(2);
    }
}
function defaultFilter(value, defaultValue, ...args) {
    value = toValue(value);
    if (isArray(value) || isString(value))
        return value.length ? value : defaultValue;
    if (value === false && (new Map(args)).get('allow_false'))
        return false;
    return isFalsy(value, this.context) ? defaultValue : value;
}
function json(value, space = 0) {
    const memoryLimit = this.context.memoryLimit;
    return JSON.stringify(value, (_key, val) => {
        chargeJsonReplacerValue(memoryLimit, val);
        return val;
    }, space);
}
function inspect(value, space = 0) {
    const memoryLimit = this.context.memoryLimit;
    const ancestors = [];
    return JSON.stringify(value, function (_key, value) {
        if (typeof value !== 'object' || value === null) {
            chargeJsonReplacerValue(memoryLimit, value);
            return value;
        }
        // `this` is the object that value is contained in, i.e., its direct parent.
        while (ancestors.length > 0 && ancestors[ancestors.length - 1] !== this)
            ancestors.pop();
        if (ancestors.includes(value)) {
            memoryLimit.use('[Circular]'.length);
            return '[Circular]';
        }
        ancestors.push(value);
        chargeJsonReplacerValue(memoryLimit, value);
        return value;
    }, space);
}
function to_integer(value) {
    return Number(value);
}
const raw = {
    raw: true,
    handler: identify
};
var misc = {
    default: defaultFilter,
    raw,
    jsonify: json,
    to_integer,
    json,
    inspect
};

const escapeMap = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&#34;',
    "'": '&#39;'
};
const unescapeMap = {
    '&amp;': '&',
    '&lt;': '<',
    '&gt;': '>',
    '&#34;': '"',
    '&#39;': "'"
};
function liquid_browser_escape(str) {
    str = stringify(str);
    this.context.memoryLimit.use(str.length);
    return str.replace(/&|<|>|"|'/g, m => escapeMap[m]);
}
function xml_escape(str) {
    return liquid_browser_escape.call(this, str);
}
function liquid_browser_unescape(str) {
    str = stringify(str);
    this.context.memoryLimit.use(str.length);
    return str.replace(/&(amp|lt|gt|#34|#39);/g, m => unescapeMap[m]);
}
function escape_once(str) {
    return liquid_browser_escape.call(this, liquid_browser_unescape.call(this, str));
}
function newline_to_br(v) {
    const str = stringify(v);
    this.context.memoryLimit.use(str.length);
    return str.replace(/\r?\n/gm, '<br />\n');
}
// Raw-text blocks (HTML5) plus '<...>' as the catch-all kind; a regex
// equivalent is O(n^2) in V8 on unclosed openers.
function strip_html(v) {
    const str = stringify(v);
    this.context.memoryLimit.use(str.length);
    const blocks = new Map([['<script', '</script>'], ['<style', '</style>'], ['<!--', '-->'], ['<', '>']]);
    let out = '';
    let i = 0;
    while (i < str.length) {
        const lt = str.indexOf('<', i);
        if (lt < 0)
            return out + str.slice(i);
        out += str.slice(i, lt);
        for (const [opener, closer] of blocks) {
            if (!str.startsWith(opener, lt))
                continue;
            const e = str.indexOf(closer, lt + opener.length);
            if (e >= 0) {
                i = e + closer.length;
                break;
            }
            blocks.delete(opener);
        }
        if (i <= lt)
            return out + str.slice(lt);
    }
    return out;
}

var htmlFilters = /*#__PURE__*/Object.freeze({
  __proto__: null,
  escape: liquid_browser_escape,
  xml_escape: xml_escape,
  escape_once: escape_once,
  newline_to_br: newline_to_br,
  strip_html: strip_html
});

class MapFS {
    constructor(mapping) {
        this.mapping = mapping;
        this.sep = '/';
    }
    exists(filepath) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.existsSync(filepath);
        });
    }
    existsSync(filepath) {
        return !isNil(this.mapping[filepath]);
    }
    readFile(filepath) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.readFileSync(filepath);
        });
    }
    readFileSync(filepath) {
        const content = this.mapping[filepath];
        if (isNil(content))
            throw new Error(`ENOENT: ${filepath}`);
        return content;
    }
    dirname(filepath) {
        const segments = filepath.split(this.sep);
        segments.pop();
        return segments.join(this.sep);
    }
    resolve(dir, file, ext) {
        file += ext;
        if (dir === '.')
            return file;
        const segments = dir.split(/\/+/);
        for (const segment of file.split(this.sep)) {
            if (segment === '.' || segment === '')
                continue;
            else if (segment === '..') {
                if (segments.length > 1 || segments[0] !== '')
                    segments.pop();
            }
            else
                segments.push(segment);
        }
        return segments.join(this.sep);
    }
}

const defaultOptions = {
    root: ['.'],
    layouts: ['.'],
    partials: ['.'],
    relativeReference: true,
    jekyllInclude: false,
    keyValueSeparator: ':',
    cache: undefined,
    extname: '',
    fs: fs,
    dynamicPartials: true,
    jsTruthy: false,
    dateFormat: '%A, %B %-e, %Y at %-l:%M %P %z',
    locale: '',
    trimTagRight: false,
    trimTagLeft: false,
    trimOutputRight: false,
    trimOutputLeft: false,
    greedy: true,
    tagDelimiterLeft: '{%',
    tagDelimiterRight: '%}',
    outputDelimiterLeft: '{{',
    outputDelimiterRight: '}}',
    preserveTimezones: false,
    strictFilters: false,
    strictVariables: false,
    ownPropertyOnly: true,
    lenientIf: false,
    globals: {},
    keepOutputType: false,
    operators: defaultOperators,
    groupedExpressions: false,
    memoryLimit: Infinity,
    parseLimit: Infinity,
    renderLimit: Infinity
};
function normalize(options) {
    var _a, _b;
    if (options.hasOwnProperty('root')) {
        if (!options.hasOwnProperty('partials'))
            options.partials = options.root;
        if (!options.hasOwnProperty('layouts'))
            options.layouts = options.root;
    }
    if (options.hasOwnProperty('cache')) {
        let cache;
        if (typeof options.cache === 'number')
            cache = options.cache > 0 ? new LRU(options.cache) : undefined;
        else if (typeof options.cache === 'object')
            cache = options.cache;
        else
            cache = options.cache ? new LRU(1024) : undefined;
        options.cache = cache;
    }
    options = Object.assign(Object.assign(Object.assign({}, defaultOptions), (options.jekyllInclude ? { dynamicPartials: false } : {})), options);
    if ((!options.fs.dirname || !options.fs.sep) && options.relativeReference) {
        console.warn('[LiquidJS] `fs.dirname` and `fs.sep` are required for relativeReference, set relativeReference to `false` to suppress this warning');
        options.relativeReference = false;
    }
    options.root = normalizeDirectoryList(options.root);
    options.partials = normalizeDirectoryList(options.partials);
    options.layouts = normalizeDirectoryList(options.layouts);
    options.outputEscape = options.outputEscape && getOutputEscapeFunction(options.outputEscape);
    if (!options.locale) {
        options.locale = (_b = (_a = getDateTimeFormat()) === null || _a === void 0 ? void 0 : _a().resolvedOptions().locale) !== null && _b !== void 0 ? _b : 'en-US';
    }
    if (options.templates) {
        options.fs = new MapFS(options.templates);
        options.relativeReference = true;
        options.root = options.partials = options.layouts = '.';
    }
    return options;
}
function getOutputEscapeFunction(nameOrFunction) {
    if (nameOrFunction === 'escape')
        return liquid_browser_escape;
    if (nameOrFunction === 'json')
        return misc.json;
    assert(isFunction(nameOrFunction), '`outputEscape` need to be of type string or function');
    return nameOrFunction;
}
function normalizeDirectoryList(value) {
    let list = [];
    if (isArray(value))
        list = value;
    if (isString(value))
        list = [value];
    return list;
}

function whiteSpaceCtrl(tokens, options) {
    let inRaw = false;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (!isDelimitedToken(token))
            continue;
        if (!inRaw && token.trimLeft) {
            trimLeft(tokens[i - 1], options.greedy);
        }
        if (isTagToken(token)) {
            if (token.name === 'raw')
                inRaw = true;
            else if (token.name === 'endraw')
                inRaw = false;
        }
        if (!inRaw && token.trimRight) {
            trimRight(tokens[i + 1], options.greedy);
        }
    }
}
function trimLeft(token, greedy) {
    if (!token || !isHTMLToken(token))
        return;
    const mask = greedy ? BLANK : INLINE_BLANK;
    while (TYPES[token.input.charCodeAt(token.end - 1 - token.trimRight)] & mask)
        token.trimRight++;
}
function trimRight(token, greedy) {
    if (!token || !isHTMLToken(token))
        return;
    const mask = greedy ? BLANK : INLINE_BLANK;
    while (TYPES[token.input.charCodeAt(token.begin + token.trimLeft)] & mask)
        token.trimLeft++;
    if (token.input.charAt(token.begin + token.trimLeft) === '\n')
        token.trimLeft++;
}

class Tokenizer {
    constructor(input, operators = defaultOptions.operators, file, range, groupedExpressions = false) {
        this.input = input;
        this.file = file;
        this.rawBeginAt = -1;
        this.p = range ? range[0] : 0;
        this.N = range ? range[1] : input.length;
        this.opTrie = createTrie(operators);
        this.literalTrie = createTrie(literalValues);
        this.groupedExpressions = groupedExpressions;
    }
    readExpression() {
        return new Expression(this.readExpressionTokens());
    }
    *readExpressionTokens() {
        while (this.p < this.N) {
            const operator = this.readOperator();
            if (operator) {
                yield operator;
                continue;
            }
            const operand = this.readValue();
            if (operand) {
                yield operand;
                continue;
            }
            return;
        }
    }
    readOperator() {
        this.skipBlank();
        const end = this.matchTrie(this.opTrie);
        if (end === -1)
            return;
        return new OperatorToken(this.input, this.p, (this.p = end), this.file);
    }
    matchTrie(trie) {
        let node = trie;
        let i = this.p;
        let info;
        while (node[this.input[i]] && i < this.N) {
            node = node[this.input[i++]];
            if (node['end'])
                info = node;
        }
        if (!info)
            return -1;
        if (info['needBoundary'] && isWord(this.peek(i - this.p)))
            return -1;
        return i;
    }
    readFilteredValue() {
        const begin = this.p;
        const initial = this.readExpression();
        this.assert(initial.valid(), `invalid value expression: ${this.snapshot()}`);
        const filters = this.readFilters();
        return new FilteredValueToken(initial, filters, this.input, begin, this.p, this.file);
    }
    readFilters() {
        const filters = [];
        while (true) {
            const filter = this.readFilter();
            if (!filter)
                return filters;
            filters.push(filter);
        }
    }
    readFilter() {
        this.skipBlank();
        if (this.end())
            return null;
        if (this.peek() === ')' || this.peek() === ',')
            return null;
        this.assert(this.read() === '|', `expected "|" before filter`);
        const name = this.readIdentifier();
        if (!name.size()) {
            this.assert(this.end(), `expected filter name`);
            return null;
        }
        const args = [];
        this.skipBlank();
        if (this.peek() === ':') {
            do {
                ++this.p;
                const arg = this.readFilterArg();
                arg && args.push(arg);
                this.skipBlank();
                this.assert(this.end() || this.peek() === ',' || this.peek() === '|' || this.peek() === ')', () => `unexpected character ${this.snapshot()}`);
            } while (this.peek() === ',');
        }
        else if (this.peek() === '|' || this.peek() === ')' || this.peek() === ',' || this.end()) ;
        else {
            throw this.error('expected ":" after filter name');
        }
        return new FilterToken(name.getText(), args, this.input, name.begin, this.p, this.file);
    }
    readFilterArg() {
        const key = this.readValue();
        if (!key)
            return;
        this.skipBlank();
        if (this.peek() !== ':')
            return key;
        ++this.p;
        const value = this.readValue();
        return [key.getText(), value];
    }
    readTopLevelTokens(options = defaultOptions) {
        const tokens = [];
        while (this.p < this.N) {
            const token = this.readTopLevelToken(options);
            tokens.push(token);
        }
        whiteSpaceCtrl(tokens, options);
        return tokens;
    }
    readTopLevelToken(options) {
        const { tagDelimiterLeft, outputDelimiterLeft } = options;
        if (this.rawBeginAt > -1)
            return this.readEndrawOrRawContent(options);
        if (this.match(tagDelimiterLeft))
            return this.readTagToken(options);
        if (this.match(outputDelimiterLeft))
            return this.readOutputToken(options);
        return this.readHTMLToken([tagDelimiterLeft, outputDelimiterLeft]);
    }
    readHTMLToken(stopStrings) {
        const begin = this.p;
        while (this.p < this.N) {
            if (stopStrings.some(str => this.match(str)))
                break;
            ++this.p;
        }
        return new HTMLToken(this.input, begin, this.p, this.file);
    }
    readTagToken(options) {
        const { file, input } = this;
        const begin = this.p;
        if (this.readToDelimiter(options.tagDelimiterRight) === -1) {
            throw this.error(`tag ${this.snapshot(begin)} not closed`, begin);
        }
        const token = new TagToken(input, begin, this.p, options, file);
        if (token.name === 'raw')
            this.rawBeginAt = begin;
        return token;
    }
    readToDelimiter(delimiter, respectQuoted = false) {
        this.skipBlank();
        while (this.p < this.N) {
            if (respectQuoted && (this.peekType() & QUOTE)) {
                this.readQuoted();
                continue;
            }
            ++this.p;
            if (this.rmatch(delimiter))
                return this.p;
        }
        return -1;
    }
    readOutputToken(options = defaultOptions) {
        const { file, input } = this;
        const { outputDelimiterRight } = options;
        const begin = this.p;
        if (this.readToDelimiter(outputDelimiterRight, true) === -1) {
            throw this.error(`output ${this.snapshot(begin)} not closed`, begin);
        }
        return new OutputToken(input, begin, this.p, options, file);
    }
    readEndrawOrRawContent(options) {
        const { tagDelimiterLeft, tagDelimiterRight } = options;
        const begin = this.p;
        let leftPos = this.readTo(tagDelimiterLeft) - tagDelimiterLeft.length;
        while (this.p < this.N) {
            if (this.readIdentifier().getText() !== 'endraw') {
                leftPos = this.readTo(tagDelimiterLeft) - tagDelimiterLeft.length;
                continue;
            }
            while (this.p <= this.N) {
                if (this.rmatch(tagDelimiterRight)) {
                    const end = this.p;
                    if (begin === leftPos) {
                        this.rawBeginAt = -1;
                        return new TagToken(this.input, begin, end, options, this.file);
                    }
                    else {
                        this.p = leftPos;
                        return new HTMLToken(this.input, begin, leftPos, this.file);
                    }
                }
                if (this.rmatch(tagDelimiterLeft))
                    break;
                this.p++;
            }
        }
        throw this.error(`raw ${this.snapshot(this.rawBeginAt)} not closed`, begin);
    }
    readLiquidTagTokens(options = defaultOptions) {
        const tokens = [];
        while (this.p < this.N) {
            const token = this.readLiquidTagToken(options);
            token && tokens.push(token);
        }
        return tokens;
    }
    readLiquidTagToken(options) {
        this.skipBlank();
        if (this.end())
            return;
        const begin = this.p;
        this.readToDelimiter('\n');
        const end = this.p;
        return new LiquidTagToken(this.input, begin, end, options, this.file);
    }
    error(msg, pos = this.p) {
        return new TokenizationError(msg, new IdentifierToken(this.input, pos, this.N, this.file));
    }
    assert(pred, msg, pos) {
        if (!pred)
            throw this.error(typeof msg === 'function' ? msg() : msg, pos);
    }
    snapshot(begin = this.p) {
        return JSON.stringify(ellipsis(this.input.slice(begin, this.N), 32));
    }
    /**
     * @deprecated use #readIdentifier instead
     */
    readWord() {
        return this.readIdentifier();
    }
    readIdentifier() {
        this.skipBlank();
        const begin = this.p;
        while (!this.end() && isWord(this.peek()))
            ++this.p;
        return new IdentifierToken(this.input, begin, this.p, this.file);
    }
    readNonEmptyIdentifier() {
        const id = this.readIdentifier();
        return id.size() ? id : undefined;
    }
    readTagName() {
        this.skipBlank();
        // Handle inline comment tags
        if (this.input[this.p] === '#')
            return this.input.slice(this.p, ++this.p);
        return this.readIdentifier().getText();
    }
    readHashes(jekyllStyle) {
        const hashes = [];
        while (true) {
            const hash = this.readHash(jekyllStyle);
            if (!hash)
                return hashes;
            hashes.push(hash);
        }
    }
    readHash(jekyllStyle) {
        this.skipBlank();
        if (this.peek() === ',')
            ++this.p;
        const begin = this.p;
        const name = this.readNonEmptyIdentifier();
        if (!name)
            return;
        let value;
        this.skipBlank();
        const sep = isString(jekyllStyle) ? jekyllStyle : (jekyllStyle ? '=' : ':');
        if (this.peek() === sep) {
            ++this.p;
            value = this.readValue();
        }
        return new HashToken(this.input, begin, this.p, name, value, this.file);
    }
    remaining() {
        return this.input.slice(this.p, this.N);
    }
    advance(step = 1) {
        this.p += step;
    }
    end() {
        return this.p >= this.N;
    }
    read() {
        return this.input[this.p++];
    }
    readTo(end) {
        while (this.p < this.N) {
            ++this.p;
            if (this.rmatch(end))
                return this.p;
        }
        return -1;
    }
    readValue() {
        this.skipBlank();
        const begin = this.p;
        let variable = this.readLiteral() || this.readQuoted() || this.readNumber();
        if (!variable && this.peek() === '(') {
            variable = this.readGroupOrRange();
        }
        const props = this.readProperties(!variable);
        if (!props.length)
            return variable;
        return new PropertyAccessToken(variable, props, this.input, begin, this.p);
    }
    readScopeValue() {
        this.skipBlank();
        const begin = this.p;
        const props = this.readProperties();
        if (!props.length)
            return undefined;
        return new PropertyAccessToken(undefined, props, this.input, begin, this.p);
    }
    readProperties(isBegin = true) {
        const props = [];
        while (true) {
            if (this.peek() === '[') {
                this.p++;
                const prop = this.readValue() || new IdentifierToken(this.input, this.p, this.p, this.file);
                this.assert(this.readTo(']') !== -1, '[ not closed');
                props.push(prop);
                continue;
            }
            if (isBegin && !props.length) {
                const prop = this.readNonEmptyIdentifier();
                if (prop) {
                    props.push(prop);
                    continue;
                }
            }
            if (this.peek() === '.' && this.peek(1) !== '.') { // skip range syntax
                this.p++;
                const prop = this.readNonEmptyIdentifier();
                if (!prop)
                    break;
                props.push(prop);
                continue;
            }
            break;
        }
        return props;
    }
    readNumber() {
        this.skipBlank();
        let decimalFound = false;
        let digitFound = false;
        let n = 0;
        if (this.peekType() & SIGN)
            n++;
        while (this.p + n <= this.N) {
            if (this.peekType(n) & NUMBER) {
                digitFound = true;
                n++;
            }
            else if (this.peek(n) === '.' && this.peek(n + 1) !== '.') {
                if (decimalFound || !digitFound)
                    return;
                decimalFound = true;
                n++;
            }
            else
                break;
        }
        if (digitFound && !isWord(this.peek(n))) {
            const num = new NumberToken(this.input, this.p, this.p + n, this.file);
            this.advance(n);
            return num;
        }
    }
    readLiteral() {
        this.skipBlank();
        const end = this.matchTrie(this.literalTrie);
        if (end === -1)
            return;
        const literal = new LiteralToken(this.input, this.p, end, this.file);
        this.p = end;
        return literal;
    }
    readGroupOrRange() {
        this.skipBlank();
        const begin = this.p;
        if (this.peek() !== '(')
            return;
        ++this.p;
        const lhs = this.readValueOrThrow();
        this.skipBlank();
        if (this.peek() === '.' && this.peek(1) === '.') {
            this.p += 2;
            const rhs = this.readValueOrThrow();
            this.skipBlank();
            this.assert(this.read() === ')', 'invalid range syntax');
            return new RangeToken(this.input, begin, this.p, lhs, rhs, this.file);
        }
        if (this.groupedExpressions) {
            const initial = new Expression([lhs, ...this.readExpressionTokens()]);
            this.assert(initial.valid(), () => `invalid value expression: ${this.snapshot()}`);
            const filters = this.readFilters();
            this.skipBlank();
            this.assert(this.read() === ')', 'unbalanced parentheses');
            return new FilteredValueToken(initial, filters, this.input, begin, this.p, this.file);
        }
        throw this.error('invalid range syntax');
    }
    readValueOrThrow() {
        const value = this.readValue();
        this.assert(value, () => `unexpected token ${this.snapshot()}, value expected`);
        return value;
    }
    readQuoted() {
        this.skipBlank();
        const begin = this.p;
        if (!(this.peekType() & QUOTE))
            return;
        ++this.p;
        let escaped = false;
        while (this.p < this.N) {
            ++this.p;
            if (this.input[this.p - 1] === this.input[begin] && !escaped)
                break;
            if (escaped)
                escaped = false;
            else if (this.input[this.p - 1] === '\\')
                escaped = true;
        }
        return new QuotedToken(this.input, begin, this.p, this.file);
    }
    *readFileNameTemplate(options) {
        const { outputDelimiterLeft } = options;
        const htmlStopStrings = [',', ' ', '\r', '\n', '\t', outputDelimiterLeft];
        const htmlStopStringSet = new Set(htmlStopStrings);
        // break on ',' and ' ', outputDelimiterLeft only stops HTML token
        while (this.p < this.N && !htmlStopStringSet.has(this.peek())) {
            yield this.match(outputDelimiterLeft)
                ? this.readOutputToken(options)
                : this.readHTMLToken(htmlStopStrings);
        }
    }
    match(word) {
        for (let i = 0; i < word.length; i++) {
            if (word[i] !== this.input[this.p + i])
                return false;
        }
        return true;
    }
    rmatch(pattern) {
        for (let i = 0; i < pattern.length; i++) {
            if (pattern[pattern.length - 1 - i] !== this.input[this.p - 1 - i])
                return false;
        }
        return true;
    }
    peekType(n = 0) {
        return this.p + n >= this.N ? 0 : TYPES[this.input.charCodeAt(this.p + n)];
    }
    peek(n = 0) {
        return this.p + n >= this.N ? '' : this.input[this.p + n];
    }
    skipBlank() {
        while (this.peekType() & BLANK)
            ++this.p;
    }
}

class ParseStream {
    constructor(tokens, parseToken) {
        this.handlers = {};
        this.stopRequested = false;
        this.tokens = tokens;
        this.parseToken = parseToken;
    }
    on(name, cb) {
        this.handlers[name] = cb;
        return this;
    }
    trigger(event, arg) {
        const h = this.handlers[event];
        return h ? (h.call(this, arg), true) : false;
    }
    start() {
        this.trigger('start');
        let token;
        while (!this.stopRequested && (token = this.tokens.shift())) {
            if (this.trigger('token', token))
                continue;
            if (isTagToken(token) && this.trigger(`tag:${token.name}`, token)) {
                continue;
            }
            const template = this.parseToken(token, this.tokens);
            this.trigger('template', template);
        }
        if (!this.stopRequested)
            this.trigger('end');
        return this;
    }
    stop() {
        this.stopRequested = true;
        return this;
    }
}

class TemplateImpl {
    constructor(token) {
        this.token = token;
    }
}

class Tag extends TemplateImpl {
    constructor(token, remainTokens, liquid) {
        super(token);
        this.name = token.name;
        this.liquid = liquid;
        this.tokenizer = token.tokenizer;
    }
}

/**
 * Key-Value Pairs Representing Tag Arguments
 * Example:
 *    For the markup `, foo:'bar', coo:2 reversed %}`,
 *    hash['foo'] === 'bar'
 *    hash['coo'] === 2
 *    hash['reversed'] === undefined
 */
class Hash {
    constructor(input, jekyllStyle) {
        this.hash = {};
        const tokenizer = input instanceof Tokenizer ? input : new Tokenizer(input, {});
        for (const hash of tokenizer.readHashes(jekyllStyle)) {
            this.hash[hash.name.content] = hash.value;
        }
    }
    *render(ctx) {
        const hash = {};
        for (const key of Object.keys(this.hash)) {
            hash[key] = this.hash[key] === undefined ? true : yield evalToken(this.hash[key], ctx);
        }
        return hash;
    }
}

function createTagClass(options) {
    return class extends Tag {
        constructor(token, tokens, liquid) {
            super(token, tokens, liquid);
            if (isFunction(options.parse)) {
                options.parse.call(this, token, tokens);
            }
        }
        *render(ctx, emitter) {
            const hash = (yield new Hash(this.token.args, ctx.opts.keyValueSeparator).render(ctx));
            return yield options.render.call(this, ctx, emitter, hash);
        }
    };
}

class Value {
    /**
     * @param str the value to be valuated, eg.: "foobar" | truncate: 3
     */
    constructor(input, liquid) {
        this.filters = [];
        const token = typeof input === 'string'
            ? new Tokenizer(input, liquid.options.operators, undefined, undefined, liquid.options.groupedExpressions).readFilteredValue()
            : input;
        this.initial = token.initial;
        this.filters = token.filters.map(token => new Filter(token, this.getFilter(liquid, token.name), liquid));
    }
    *value(ctx, lenient) {
        lenient = lenient || (ctx.opts.lenientIf && this.filters.length > 0 && this.filters[0].name === 'default');
        let val = yield this.initial.evaluate(ctx, lenient);
        for (const filter of this.filters) {
            val = yield filter.render(val, ctx);
        }
        return val;
    }
    getFilter(liquid, name) {
        const impl = liquid.filters[name];
        assert(impl || !liquid.options.strictFilters, () => `undefined filter: ${name}`);
        return impl;
    }
}

class Output extends TemplateImpl {
    constructor(token, liquid) {
        var _a;
        super(token);
        const tokenizer = new Tokenizer(token.input, liquid.options.operators, token.file, token.contentRange, liquid.options.groupedExpressions);
        this.value = new Value(tokenizer.readFilteredValue(), liquid);
        const filters = this.value.filters;
        const outputEscape = liquid.options.outputEscape;
        if (!((_a = filters[filters.length - 1]) === null || _a === void 0 ? void 0 : _a.raw) && outputEscape) {
            const token = new FilterToken(toString.call(outputEscape), [], '', 0, 0);
            filters.push(new Filter(token, outputEscape, liquid));
        }
    }
    *render(ctx, emitter) {
        const val = yield toValue(yield this.value.value(ctx, false));
        emitter.write(val);
    }
    *arguments() {
        yield this.value;
    }
}

class HTML extends TemplateImpl {
    constructor(token) {
        super(token);
        this.str = token.getContent();
    }
    *render(ctx, emitter) {
        emitter.write(this.str);
    }
}

/**
 * A variable's segments and location, which can be coerced to a string.
 */
class Variable {
    constructor(segments, location) {
        this.segments = segments;
        this.location = location;
    }
    toString() {
        return segmentsString(this.segments, true);
    }
    /** Return this variable's segments as an array, possibly with nested arrays for nested paths. */
    toArray() {
        function* _visit(...segments) {
            for (const segment of segments) {
                if (segment instanceof Variable) {
                    yield Array.from(_visit(...segment.segments));
                }
                else {
                    yield segment;
                }
            }
        }
        return Array.from(_visit(...this.segments));
    }
}
/**
 * Group variables by the string representation of their root segment.
 */
class VariableMap {
    constructor() {
        this.map = new Map();
    }
    get(key) {
        const k = segmentsString([key.segments[0]]);
        if (!this.map.has(k)) {
            this.map.set(k, []);
        }
        return this.map.get(k);
    }
    has(key) {
        return this.map.has(segmentsString([key.segments[0]]));
    }
    push(variable) {
        this.get(variable).push(variable);
    }
    asObject() {
        return Object.fromEntries(this.map);
    }
}
const defaultStaticAnalysisOptions = {
    partials: true
};
function* _analyze(templates, partials, sync) {
    const variables = new VariableMap();
    const globals = new VariableMap();
    const locals = new VariableMap();
    const rootScope = new DummyScope(new Set());
    // Names of partial templates that we've already analyzed.
    const seen = new Set();
    function updateVariables(variable, scope) {
        variables.push(variable);
        const aliased = scope.alias(variable);
        if (aliased !== undefined) {
            const root = aliased.segments[0];
            // TODO: What if a a template renders a rendered template? Do we need scope.parent?
            if (isString(root) && !rootScope.has(root)) {
                globals.push(aliased);
            }
        }
        else {
            const root = variable.segments[0];
            if (isString(root) && !scope.has(root)) {
                globals.push(variable);
            }
        }
        // Recurse for nested Variables
        for (const segment of variable.segments) {
            if (segment instanceof Variable) {
                updateVariables(segment, scope);
            }
        }
    }
    function* visit(template, scope) {
        if (template.arguments) {
            for (const arg of template.arguments()) {
                for (const variable of extractVariables(arg)) {
                    updateVariables(variable, scope);
                }
            }
        }
        if (template.localScope) {
            for (const ident of template.localScope()) {
                scope.add(ident.content);
                scope.deleteAlias(ident.content);
                const [row, col] = ident.getPosition();
                locals.push(new Variable([ident.content], { row, col, file: ident.file }));
            }
        }
        if (template.children) {
            if (template.partialScope) {
                const partial = template.partialScope();
                if (partial === undefined) {
                    // Layouts, for example, can have children that are not partials.
                    for (const child of (yield template.children(partials, sync))) {
                        yield visit(child, scope);
                    }
                    return;
                }
                if (seen.has(partial.name))
                    return;
                const partialScopeNames = new Set();
                const partialScope = partial.isolated
                    ? new DummyScope(partialScopeNames)
                    : scope.push(partialScopeNames);
                for (const name of partial.scope) {
                    if (isString(name)) {
                        partialScopeNames.add(name);
                    }
                    else {
                        const [alias, argument] = name;
                        partialScopeNames.add(alias);
                        const variables = Array.from(extractVariables(argument));
                        if (variables.length) {
                            partialScope.setAlias(alias, variables[0].segments);
                        }
                    }
                }
                for (const child of (yield template.children(partials, sync))) {
                    yield visit(child, partialScope);
                    seen.add(partial.name);
                }
                partialScope.pop();
            }
            else {
                if (template.blockScope) {
                    scope.push(new Set(template.blockScope()));
                }
                for (const child of (yield template.children(partials, sync))) {
                    yield visit(child, scope);
                }
                if (template.blockScope) {
                    scope.pop();
                }
            }
        }
    }
    for (const template of templates) {
        yield visit(template, rootScope);
    }
    return {
        variables: variables.asObject(),
        globals: globals.asObject(),
        locals: locals.asObject()
    };
}
/**
 * Statically analyze a template and report variable usage.
 */
function analyze(template, options = {}) {
    const opts = Object.assign(Object.assign({}, defaultStaticAnalysisOptions), options);
    return toPromise(_analyze(template, opts.partials, false));
}
/**
 * Statically analyze a template and report variable usage.
 */
function analyzeSync(template, options = {}) {
    const opts = Object.assign(Object.assign({}, defaultStaticAnalysisOptions), options);
    return toValueSync(_analyze(template, opts.partials, true));
}
/**
 * A stack to manage scopes while traversing templates during static analysis.
 */
class DummyScope {
    constructor(globals) {
        this.stack = [{ names: globals, aliases: new Map() }];
    }
    /** Return true if `name` is in scope.  */
    has(name) {
        for (const scope of this.stack) {
            if (scope.names.has(name)) {
                return true;
            }
        }
        return false;
    }
    push(scope) {
        this.stack.push({ names: scope, aliases: new Map() });
        return this;
    }
    pop() {
        var _a;
        return (_a = this.stack.pop()) === null || _a === void 0 ? void 0 : _a.names;
    }
    // Add a name to the template scope.
    add(name) {
        this.stack[0].names.add(name);
    }
    /** Return the variable that `variable` aliases, or `variable` if it doesn't alias anything. */
    alias(variable) {
        const root = variable.segments[0];
        if (!isString(root))
            return undefined;
        const alias = this.getAlias(root);
        if (alias === undefined)
            return undefined;
        return new Variable([...alias, ...variable.segments.slice(1)], variable.location);
    }
    // TODO: `from` could be a path with multiple segments, like `include.x`.
    setAlias(from, to) {
        this.stack[this.stack.length - 1].aliases.set(from, to);
    }
    deleteAlias(name) {
        this.stack[this.stack.length - 1].aliases.delete(name);
    }
    getAlias(name) {
        for (const scope of this.stack) {
            if (scope.aliases.has(name)) {
                return scope.aliases.get(name);
            }
            // If a scope has defined `name`, then it masks aliases in parent scopes.
            if (scope.names.has(name)) {
                return undefined;
            }
        }
        return undefined;
    }
}
function* extractVariables(value) {
    if (isValueToken(value)) {
        yield* extractValueTokenVariables(value);
    }
    else if (value instanceof Value) {
        yield* extractFilteredValueVariables(value);
    }
}
function* extractFilteredValueVariables(value) {
    for (const token of value.initial.postfix) {
        if (isValueToken(token)) {
            yield* extractValueTokenVariables(token);
        }
    }
    for (const filter of value.filters) {
        for (const arg of filter.args) {
            if (isKeyValuePair(arg) && arg[1]) {
                yield* extractValueTokenVariables(arg[1]);
            }
            else if (isValueToken(arg)) {
                yield* extractValueTokenVariables(arg);
            }
        }
    }
}
function* extractValueTokenVariables(token) {
    if (isRangeToken(token)) {
        yield* extractValueTokenVariables(token.lhs);
        yield* extractValueTokenVariables(token.rhs);
    }
    else if (isFilteredValueToken(token)) {
        yield* extractGroupedExpressionTokenVariables(token);
    }
    else if (isPropertyAccessToken(token)) {
        yield extractPropertyAccessVariable(token);
    }
}
function* extractGroupedExpressionTokenVariables(token) {
    if (!isFilteredValueToken(token))
        return;
    for (const t of token.initial.postfix) {
        if (isValueToken(t))
            yield* extractValueTokenVariables(t);
    }
    for (const filter of token.filters) {
        for (const arg of filter.args) {
            if (isKeyValuePair(arg) && arg[1]) {
                yield* extractValueTokenVariables(arg[1]);
            }
            else if (isValueToken(arg)) {
                yield* extractValueTokenVariables(arg);
            }
        }
    }
}
function extractPropertyAccessVariable(token) {
    const segments = [];
    // token is not guaranteed to have `file` set. We'll try to get it from a prop if not.
    let file = token.file;
    // Here we're flattening the first segment of a path if it is a nested path.
    const root = token.props[0];
    file = file || root.file;
    if (isQuotedToken(root) || isNumberToken(root) || isWordToken(root)) {
        segments.push(root.content);
    }
    else if (isPropertyAccessToken(root)) {
        // Flatten paths that start with a nested path.
        segments.push(...extractPropertyAccessVariable(root).segments);
    }
    for (const prop of token.props.slice(1)) {
        file = file || prop.file;
        if (isQuotedToken(prop) || isNumberToken(prop) || isWordToken(prop)) {
            segments.push(prop.content);
        }
        else if (isPropertyAccessToken(prop)) {
            segments.push(extractPropertyAccessVariable(prop));
        }
    }
    const [row, col] = token.getPosition();
    return new Variable(segments, {
        row,
        col,
        file
    });
}
// This is used to detect segments that can be represented with dot notation
// when creating a string representation of VariableSegments.
const RE_PROPERTY = /^[\u0080-\uFFFFa-zA-Z_][\u0080-\uFFFFa-zA-Z0-9_-]*$/;
/**
 * Return a string representation of segments using dot notation where possible.
 * @param segments - The property names and array indices that make up a path to a variable.
 * @param bracketedRoot - If false (the default), don't surround the root segment with square brackets.
 */
function segmentsString(segments, bracketedRoot = false) {
    const buf = [];
    const root = segments[0];
    if (isString(root)) {
        if (!bracketedRoot || root.match(RE_PROPERTY)) {
            buf.push(`${root}`);
        }
        else {
            buf.push(`['${root}']`);
        }
    }
    for (const segment of segments.slice(1)) {
        if (segment instanceof Variable) {
            buf.push(`[${segmentsString(segment.segments)}]`);
        }
        else if (isString(segment)) {
            if (segment.match(RE_PROPERTY)) {
                buf.push(`.${segment}`);
            }
            else {
                buf.push(`['${segment}']`);
            }
        }
        else {
            buf.push(`[${segment}]`);
        }
    }
    return buf.join('');
}

var LookupType;
(function (LookupType) {
    LookupType["Partials"] = "partials";
    LookupType["Layouts"] = "layouts";
    LookupType["Root"] = "root";
})(LookupType || (LookupType = {}));
class Loader {
    constructor(options) {
        var _a, _b, _c, _d;
        this.options = options;
        if (options.relativeReference) {
            const sep = options.fs.sep;
            assert(sep, '`fs.sep` is required for relative reference');
            const prefixes = ['.' + sep, '..' + sep, './', '../'];
            this.shouldLoadRelative = (referencedFile) => prefixes.some(prefix => referencedFile.startsWith(prefix));
        }
        else {
            this.shouldLoadRelative = (_referencedFile) => false;
        }
        const fs = options.fs;
        this.contains = toLiquidAsync(((_a = fs.contains) === null || _a === void 0 ? void 0 : _a.bind(fs)) || (() => __awaiter(this, void 0, void 0, function* () { return true; })), ((_b = fs.containsSync) === null || _b === void 0 ? void 0 : _b.bind(fs)) || (() => true));
        this.exists = toLiquidAsync(((_c = fs.exists) === null || _c === void 0 ? void 0 : _c.bind(fs)) || (() => __awaiter(this, void 0, void 0, function* () { return false; })), (_d = fs.existsSync) === null || _d === void 0 ? void 0 : _d.bind(fs));
    }
    *lookup(file, type, sync, currentFile) {
        const dirs = this.options[type];
        for (const filepath of this.candidates(file, dirs, currentFile)) {
            let allowed = false;
            for (const dir of dirs) {
                if (yield this.contains(!!sync, dir, filepath)) {
                    allowed = true;
                    break;
                }
            }
            if (!allowed)
                continue;
            if (yield this.exists(!!sync, filepath))
                return filepath;
        }
        throw this.lookupError(file, dirs);
    }
    *candidates(file, dirs, currentFile) {
        const { fs, extname } = this.options;
        if (this.shouldLoadRelative(file) && currentFile) {
            const referenced = fs.resolve(this.dirname(currentFile), file, extname);
            yield referenced;
        }
        for (const dir of dirs) {
            const referenced = fs.resolve(dir, file, extname);
            yield referenced;
        }
        if (fs.fallback !== undefined) {
            const filepath = fs.fallback(file);
            if (filepath !== undefined)
                yield filepath;
        }
    }
    dirname(path) {
        const fs = this.options.fs;
        assert(fs.dirname, '`fs.dirname` is required for relative reference');
        return fs.dirname(path);
    }
    lookupError(file, roots) {
        const err = new Error('ENOENT');
        err.message = `ENOENT: Failed to lookup "${file}" in "${roots}"`;
        err.code = 'ENOENT';
        return err;
    }
}

class Parser {
    constructor(liquid) {
        var _a, _b;
        this.liquid = liquid;
        this.cache = this.liquid.options.cache;
        this.fs = this.liquid.options.fs;
        this.parseFile = this.cache ? this._parseFileCached : this._parseFile;
        this.loader = new Loader(this.liquid.options);
        this.parseLimit = new Limiter('parse length', liquid.options.parseLimit);
        this.readFile = toLiquidAsync(((_a = this.fs.readFile) === null || _a === void 0 ? void 0 : _a.bind(this.fs)) || (() => __awaiter(this, void 0, void 0, function* () { throw new Error('readFile not implemented'); })), (_b = this.fs.readFileSync) === null || _b === void 0 ? void 0 : _b.bind(this.fs));
    }
    parse(html, filepath) {
        html = String(html);
        this.parseLimit.use(html.length);
        const tokenizer = new Tokenizer(html, this.liquid.options.operators, filepath, undefined, this.liquid.options.groupedExpressions);
        const tokens = tokenizer.readTopLevelTokens(this.liquid.options);
        return this.parseTokens(tokens);
    }
    parseTokens(tokens) {
        let token;
        const templates = [];
        const errors = [];
        while ((token = tokens.shift())) {
            try {
                templates.push(this.parseToken(token, tokens));
            }
            catch (err) {
                if (this.liquid.options.catchAllErrors)
                    errors.push(err);
                else
                    throw err;
            }
        }
        if (errors.length)
            throw new LiquidErrors(errors);
        return templates;
    }
    parseToken(token, remainTokens) {
        try {
            if (isTagToken(token)) {
                const TagClass = this.liquid.tags[token.name];
                assert(TagClass, `tag "${token.name}" not found`);
                return new TagClass(token, remainTokens, this.liquid, this);
            }
            if (isOutputToken(token)) {
                return new Output(token, this.liquid);
            }
            return new HTML(token);
        }
        catch (e) {
            if (LiquidError.is(e))
                throw e;
            throw new ParseError(e, token);
        }
    }
    parseStream(tokens) {
        return new ParseStream(tokens, (token, tokens) => this.parseToken(token, tokens));
    }
    *_parseFileCached(file, sync, type = LookupType.Root, currentFile) {
        const cache = this.cache;
        const key = this.loader.shouldLoadRelative(file) ? currentFile + ',' + file : type + ':' + file;
        const tpls = yield cache.read(key);
        if (tpls)
            return tpls;
        const task = this._parseFile(file, sync, type, currentFile);
        // sync mode: exec the task and cache the result
        // async mode: cache the task before exec
        const taskOrTpl = sync ? yield task : toPromise(task);
        cache.write(key, taskOrTpl);
        // note: concurrent tasks will be reused, cache for failed task is removed until its end
        try {
            return yield taskOrTpl;
        }
        catch (err) {
            cache.remove(key);
            throw err;
        }
    }
    *_parseFile(file, sync, type = LookupType.Root, currentFile) {
        const filepath = yield this.loader.lookup(file, type, sync, currentFile);
        return this.parse(yield this.readFile(!!sync, filepath), filepath);
    }
}

var TokenKind;
(function (TokenKind) {
    TokenKind[TokenKind["Number"] = 1] = "Number";
    TokenKind[TokenKind["Literal"] = 2] = "Literal";
    TokenKind[TokenKind["Tag"] = 4] = "Tag";
    TokenKind[TokenKind["Output"] = 8] = "Output";
    TokenKind[TokenKind["HTML"] = 16] = "HTML";
    TokenKind[TokenKind["Filter"] = 32] = "Filter";
    TokenKind[TokenKind["Hash"] = 64] = "Hash";
    TokenKind[TokenKind["PropertyAccess"] = 128] = "PropertyAccess";
    TokenKind[TokenKind["Word"] = 256] = "Word";
    TokenKind[TokenKind["Range"] = 512] = "Range";
    TokenKind[TokenKind["Quoted"] = 1024] = "Quoted";
    TokenKind[TokenKind["Operator"] = 2048] = "Operator";
    TokenKind[TokenKind["FilteredValue"] = 4096] = "FilteredValue";
    TokenKind[TokenKind["GroupedExpression"] = 8192] = "GroupedExpression";
    TokenKind[TokenKind["Delimited"] = 12] = "Delimited";
})(TokenKind || (TokenKind = {}));

function isDelimitedToken(val) {
    return !!(getKind(val) & TokenKind.Delimited);
}
function isOperatorToken(val) {
    return getKind(val) === TokenKind.Operator;
}
function isHTMLToken(val) {
    return getKind(val) === TokenKind.HTML;
}
function isOutputToken(val) {
    return getKind(val) === TokenKind.Output;
}
function isTagToken(val) {
    return getKind(val) === TokenKind.Tag;
}
function isQuotedToken(val) {
    return getKind(val) === TokenKind.Quoted;
}
function isLiteralToken(val) {
    return getKind(val) === TokenKind.Literal;
}
function isNumberToken(val) {
    return getKind(val) === TokenKind.Number;
}
function isPropertyAccessToken(val) {
    return getKind(val) === TokenKind.PropertyAccess;
}
function isWordToken(val) {
    return getKind(val) === TokenKind.Word;
}
function isRangeToken(val) {
    return getKind(val) === TokenKind.Range;
}
function isFilteredValueToken(val) {
    return getKind(val) === TokenKind.FilteredValue;
}
function isValueToken(val) {
    // valueTokenBitMask = TokenKind.Number | TokenKind.Literal | TokenKind.Quoted | TokenKind.PropertyAccess | TokenKind.Range | TokenKind.FilteredValue
    return (getKind(val) & 5763) > 0;
}
function getKind(val) {
    return val ? val.kind : -1;
}

var typeGuards = /*#__PURE__*/Object.freeze({
  __proto__: null,
  isDelimitedToken: isDelimitedToken,
  isOperatorToken: isOperatorToken,
  isHTMLToken: isHTMLToken,
  isOutputToken: isOutputToken,
  isTagToken: isTagToken,
  isQuotedToken: isQuotedToken,
  isLiteralToken: isLiteralToken,
  isNumberToken: isNumberToken,
  isPropertyAccessToken: isPropertyAccessToken,
  isWordToken: isWordToken,
  isRangeToken: isRangeToken,
  isFilteredValueToken: isFilteredValueToken,
  isValueToken: isValueToken
});

function createScope(from) {
    const scope = Object.create(null);
    if (from)
        Object.assign(scope, from);
    return scope;
}

class Context {
    constructor(env = {}, opts = defaultOptions, renderOptions = {}, { memoryLimit, renderLimit, liquid } = {}) {
        var _a, _b, _c, _d, _e;
        /**
         * insert a Context-level empty scope,
         * for tags like `{% capture %}` `{% assign %}` to operate
         */
        this.scopes = [createScope()];
        this.registers = {};
        this.breakCalled = false;
        this.continueCalled = false;
        this.sync = !!renderOptions.sync;
        this.opts = opts;
        this.globals = (_a = renderOptions.globals) !== null && _a !== void 0 ? _a : opts.globals;
        this.environments = isObject(env) ? env : Object(env);
        this.strictVariables = (_b = renderOptions.strictVariables) !== null && _b !== void 0 ? _b : this.opts.strictVariables;
        this.ownPropertyOnly = (_c = renderOptions.ownPropertyOnly) !== null && _c !== void 0 ? _c : opts.ownPropertyOnly;
        this.memoryLimit = memoryLimit !== null && memoryLimit !== void 0 ? memoryLimit : new Limiter('memory alloc', (_d = renderOptions.memoryLimit) !== null && _d !== void 0 ? _d : opts.memoryLimit);
        this.renderLimit = renderLimit !== null && renderLimit !== void 0 ? renderLimit : new Limiter('template render', getPerformance().now() + ((_e = renderOptions.renderLimit) !== null && _e !== void 0 ? _e : opts.renderLimit));
        this.liquid = liquid;
    }
    getRegister(key, defaultValue = undefined) {
        return (this.registers[key] = this.registers[key] || defaultValue);
    }
    setRegister(key, value) {
        return (this.registers[key] = value);
    }
    saveRegister(...keys) {
        return keys.map(key => [key, this.getRegister(key)]);
    }
    restoreRegister(keyValues) {
        return keyValues.forEach(([key, value]) => this.setRegister(key, value));
    }
    getAll() {
        return [this.globals, this.environments, ...this.scopes]
            .reduce((ctx, val) => __assign(ctx, val), {});
    }
    /**
     * @deprecated use `_get()` or `getSync()` instead
     */
    get(paths) {
        return this.getSync(paths);
    }
    getSync(paths) {
        return toValueSync(this._get(paths));
    }
    *_get(paths) {
        const scope = this.findScope(paths[0]); // first prop should always be a string
        return yield this._getFromScope(scope, paths);
    }
    /**
     * @deprecated use `_get()` instead
     */
    getFromScope(scope, paths) {
        return toValueSync(this._getFromScope(scope, paths));
    }
    *_getFromScope(scope, paths, strictVariables = this.strictVariables) {
        if (isString(paths))
            paths = paths.split('.');
        for (let i = 0; i < paths.length; i++) {
            scope = yield this.readProperty(scope, paths[i]);
            if (strictVariables && isUndefined(scope)) {
                throw new InternalUndefinedVariableError(paths.slice(0, i + 1).join('.'));
            }
        }
        return scope;
    }
    push(ctx) {
        return this.scopes.push(ctx);
    }
    pop() {
        return this.scopes.pop();
    }
    bottom() {
        return this.scopes[0];
    }
    spawn(scope = {}) {
        return new Context(scope, this.opts, {
            sync: this.sync,
            globals: this.globals,
            strictVariables: this.strictVariables,
            ownPropertyOnly: this.ownPropertyOnly
        }, {
            renderLimit: this.renderLimit,
            memoryLimit: this.memoryLimit,
            liquid: this.liquid
        });
    }
    findScope(key) {
        for (let i = this.scopes.length - 1; i >= 0; i--) {
            const candidate = this.scopes[i];
            if (key in candidate)
                return candidate;
        }
        if (key in this.environments)
            return this.environments;
        return this.globals;
    }
    readProperty(obj, key) {
        obj = toLiquid(obj);
        key = toValue(key);
        if (isNil(obj))
            return obj;
        if (isArray(obj) && isNumber(key))
            return readArrayElement(obj, key, this.ownPropertyOnly);
        const value = readJSProperty(obj, key, this.ownPropertyOnly);
        if (value === undefined && obj instanceof Drop)
            return obj.liquidMethodMissing(key, this);
        if (isFunction(value))
            return value.call(obj);
        if (key === 'size')
            return readSize(obj);
        else if (key === 'first')
            return readFirst(obj, this.ownPropertyOnly);
        else if (key === 'last')
            return readLast(obj, this.ownPropertyOnly);
        return value;
    }
}
function readJSProperty(obj, key, ownPropertyOnly) {
    if (ownPropertyOnly && !liquid_browser_hasOwnProperty.call(obj, key) && !(obj instanceof Drop))
        return undefined;
    return obj[key];
}
function readFirst(obj, ownPropertyOnly) {
    if (isArray(obj))
        return readArrayElement(obj, 0, ownPropertyOnly);
    return readJSProperty(obj, 'first', ownPropertyOnly);
}
function readLast(obj, ownPropertyOnly) {
    if (isArray(obj))
        return readArrayElement(obj, -1, ownPropertyOnly);
    return readJSProperty(obj, 'last', ownPropertyOnly);
}
function readSize(obj) {
    if (liquid_browser_hasOwnProperty.call(obj, 'size') || obj['size'] !== undefined)
        return obj['size'];
    if (isArray(obj) || isString(obj))
        return obj.length;
    if (typeof obj === 'object')
        return Object.keys(obj).length;
}

var BlockMode;
(function (BlockMode) {
    /* store rendered html into blocks */
    BlockMode[BlockMode["OUTPUT"] = 0] = "OUTPUT";
    /* output rendered html directly */
    BlockMode[BlockMode["STORE"] = 1] = "STORE";
})(BlockMode || (BlockMode = {}));

const abs = argumentsToNumber(Math.abs);
const at_least = argumentsToNumber(Math.max);
const at_most = argumentsToNumber(Math.min);
const ceil = argumentsToNumber(Math.ceil);
const divided_by = argumentsToNumber((dividend, divisor, integerArithmetic = false) => integerArithmetic ? Math.floor(dividend / divisor) : dividend / divisor);
const floor = argumentsToNumber(Math.floor);
const minus = argumentsToNumber((v, arg) => v - arg);
const plus = argumentsToNumber((lhs, rhs) => lhs + rhs);
const modulo = argumentsToNumber((v, arg) => ((v % arg) + arg) % arg);
const times = argumentsToNumber((v, arg) => v * arg);
function shiftDecimal(n, exponent) {
    const [mantissa, power = '0'] = String(n).split('e');
    return Number(`${mantissa}e${Number(power) + exponent}`);
}
function round(v, arg = 0) {
    v = toNumber(v);
    arg = toNumber(arg);
    const scaled = shiftDecimal(Math.abs(v), arg);
    if (!(scaled <= Number.MAX_SAFE_INTEGER))
        return v;
    const rounded = shiftDecimal(Math.round(scaled), -arg);
    return v < 0 ? -rounded : rounded;
}

var mathFilters = /*#__PURE__*/Object.freeze({
  __proto__: null,
  abs: abs,
  at_least: at_least,
  at_most: at_most,
  ceil: ceil,
  divided_by: divided_by,
  floor: floor,
  minus: minus,
  plus: plus,
  modulo: modulo,
  times: times,
  round: round
});

const url_decode = (x) => decodeURIComponent(stringify(x).replace(/\+/g, ' '));
const url_encode = (x) => encodeURIComponent(stringify(x)).replace(/%20/g, '+');
const cgi_escape = (x) => encodeURIComponent(stringify(x))
    .replace(/%20/g, '+')
    .replace(/[!'()*]/g, c => '%' + c.charCodeAt(0).toString(16).toUpperCase());
const uri_escape = (x) => encodeURI(stringify(x))
    .replace(/%5B/g, '[')
    .replace(/%5D/g, ']');
const rSlugifyDefault = /[^\p{M}\p{L}\p{Nd}]+/ug;
const rSlugifyReplacers = {
    'raw': /\s+/g,
    'default': rSlugifyDefault,
    'pretty': /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/ug,
    'ascii': /[^A-Za-z0-9]+/g,
    'latin': rSlugifyDefault,
    'none': null
};
function slugify(str, mode = 'default', cased = false) {
    str = stringify(str);
    const replacer = rSlugifyReplacers[mode];
    if (replacer) {
        if (mode === 'latin')
            str = removeAccents(str);
        str = str.replace(replacer, '-').replace(/^-|-$/g, '');
    }
    return cased ? str : str.toLowerCase();
}
function removeAccents(str) {
    return str.replace(/[àáâãäå]/g, 'a')
        .replace(/[æ]/g, 'ae')
        .replace(/[ç]/g, 'c')
        .replace(/[èéêë]/g, 'e')
        .replace(/[ìíîï]/g, 'i')
        .replace(/[ð]/g, 'd')
        .replace(/[ñ]/g, 'n')
        .replace(/[òóôõöø]/g, 'o')
        .replace(/[ùúûü]/g, 'u')
        .replace(/[ýÿ]/g, 'y')
        .replace(/[ß]/g, 'ss')
        .replace(/[œ]/g, 'oe')
        .replace(/[þ]/g, 'th')
        .replace(/[ẞ]/g, 'SS')
        .replace(/[Œ]/g, 'OE')
        .replace(/[Þ]/g, 'TH');
}

var urlFilters = /*#__PURE__*/Object.freeze({
  __proto__: null,
  url_decode: url_decode,
  url_encode: url_encode,
  cgi_escape: cgi_escape,
  uri_escape: uri_escape,
  slugify: slugify
});

const join = argumentsToValue(function (v, arg) {
    const array = toArray(v);
    const sep = isNil(arg) ? ' ' : stringify(arg);
    let outputSize = sep.length * Math.max(array.length - 1, 0);
    for (let i = 0; i < array.length; i++)
        outputSize += String(array[i]).length;
    this.context.memoryLimit.use(outputSize);
    return Array.prototype.join.call(array, sep);
});
const last$1 = argumentsToValue(function (v) {
    return isArrayLike(v) ? readArrayElement(v, -1, this.context.ownPropertyOnly) : '';
});
const first = argumentsToValue(function (v) {
    return isArrayLike(v) ? readArrayElement(v, 0, this.context.ownPropertyOnly) : '';
});
const reverse = argumentsToValue(function (v) {
    const array = toArray(v);
    this.context.memoryLimit.use(array.length);
    return [...array].reverse();
});
function* sortBy(arr, property, comparator) {
    const values = [];
    const array = toArray(arr);
    this.context.memoryLimit.use(array.length);
    for (const item of array) {
        values.push([
            item,
            property ? yield this.context._getFromScope(item, stringify(property).split('.'), false) : item
        ]);
    }
    return values.sort((lhs, rhs) => comparator(lhs[1], rhs[1])).map(tuple => tuple[0]);
}
function* sort(arr, property) {
    return yield* sortBy.call(this, arr, property, orderedCompare);
}
function* sort_natural(arr, property) {
    return yield* sortBy.call(this, arr, property, caseInsensitiveCompare);
}
const size = (v) => (v && v.length) || 0;
function* map(arr, property) {
    const results = [];
    const array = toArray(arr);
    this.context.memoryLimit.use(array.length);
    for (const item of array) {
        results.push(yield this.context._getFromScope(item, stringify(property), false));
    }
    return results;
}
function* sum(arr, property) {
    let sum = 0;
    const array = toArray(arr);
    for (const item of array) {
        const data = Number(property ? yield this.context._getFromScope(item, stringify(property), false) : item);
        sum += Number.isNaN(data) ? 0 : data;
    }
    return sum;
}
function compact(arr) {
    const array = toArray(arr);
    this.context.memoryLimit.use(array.length);
    return Array.prototype.filter.call(array, x => !isNil(toValue(x)));
}
function concat(v, arg = []) {
    const lhs = toArray(v);
    const rhs = toArray(arg);
    this.context.memoryLimit.use(lhs.length + rhs.length);
    return Array.prototype.concat.call(lhs, rhs);
}
function push(v, arg) {
    return concat.call(this, v, [arg]);
}
function unshift(v, arg) {
    const array = toArray(v);
    this.context.memoryLimit.use(array.length);
    const clone = [...array];
    clone.unshift(arg);
    return clone;
}
function pop(v) {
    const array = toArray(v);
    this.context.memoryLimit.use(array.length);
    const clone = [...array];
    clone.pop();
    return clone;
}
function shift(v) {
    const array = toArray(v);
    this.context.memoryLimit.use(array.length);
    const clone = [...array];
    clone.shift();
    return clone;
}
function slice(v, begin, length = 1) {
    v = toValue(v);
    if (isNil(v))
        return [];
    if (!isArray(v))
        v = stringify(v);
    begin = begin < 0 ? (isArray(v) ? v.length : codePointLength(v)) + begin : begin;
    if (begin < 0 || length < 0)
        return isArray(v) ? [] : '';
    this.context.memoryLimit.use(length);
    if (isArray(v))
        return Array.prototype.slice.call(v, begin, begin + length);
    const start = advanceCodePoints(v, 0, begin);
    return v.slice(start, advanceCodePoints(v, start, length));
}
function* matches(value, expected) {
    if (this.context.opts.jekyllWhere) {
        if (EmptyDrop.is(expected))
            return yield equals(value, expected);
        if (isArray(value))
            return yield arrayIncludes(value, expected);
        return yield equals(value, expected);
    }
    if (expected === undefined)
        return isTruthy(value, this.context);
    return yield equals(value, expected);
}
function* filter(include, arr, property, expected) {
    arr = toArray(arr);
    this.context.memoryLimit.use(arr.length);
    const token = new Tokenizer(stringify(property)).readScopeValue();
    const result = [];
    for (const item of arr) {
        const value = yield evalToken(token, this.context.spawn(item));
        if ((yield matches.call(this, value, expected)) === include)
            result.push(item);
    }
    return result;
}
function* filter_exp(include, arr, itemName, exp) {
    const filtered = [];
    const keyTemplate = new Value(stringify(exp), this.liquid);
    const array = toArray(arr);
    this.context.memoryLimit.use(array.length);
    for (const item of array) {
        this.context.push({ [itemName]: item });
        const value = yield keyTemplate.value(this.context);
        this.context.pop();
        if (value === include)
            filtered.push(item);
    }
    return filtered;
}
function* where(arr, property, expected) {
    return yield* filter.call(this, true, arr, property, expected);
}
function* reject(arr, property, expected) {
    return yield* filter.call(this, false, arr, property, expected);
}
function* where_exp(arr, itemName, exp) {
    return yield* filter_exp.call(this, true, arr, itemName, exp);
}
function* reject_exp(arr, itemName, exp) {
    return yield* filter_exp.call(this, false, arr, itemName, exp);
}
function* group_by(arr, property) {
    const map = new Map();
    arr = toEnumerable(arr);
    const token = new Tokenizer(stringify(property)).readScopeValue();
    this.context.memoryLimit.use(arr.length);
    for (const item of arr) {
        const key = yield evalToken(token, this.context.spawn(item));
        if (!map.has(key))
            map.set(key, []);
        map.get(key).push(item);
    }
    return [...map.entries()].map(([name, items]) => ({ name, items }));
}
function* group_by_exp(arr, itemName, exp) {
    const map = new Map();
    const keyTemplate = new Value(stringify(exp), this.liquid);
    arr = toEnumerable(arr);
    this.context.memoryLimit.use(arr.length);
    for (const item of arr) {
        this.context.push({ [itemName]: item });
        const key = yield keyTemplate.value(this.context);
        this.context.pop();
        if (!map.has(key))
            map.set(key, []);
        map.get(key).push(item);
    }
    return [...map.entries()].map(([name, items]) => ({ name, items }));
}
function* search(arr, property, expected) {
    const token = new Tokenizer(stringify(property)).readScopeValue();
    const array = toArray(arr);
    for (let index = 0; index < array.length; index++) {
        const value = yield evalToken(token, this.context.spawn(array[index]));
        if (yield matches.call(this, value, expected))
            return [index, array[index]];
    }
}
function* search_exp(arr, itemName, exp) {
    const predicate = new Value(stringify(exp), this.liquid);
    const array = toArray(arr);
    for (let index = 0; index < array.length; index++) {
        this.context.push({ [itemName]: array[index] });
        const value = yield predicate.value(this.context);
        this.context.pop();
        if (value)
            return [index, array[index]];
    }
}
function* has(arr, property, expected) {
    const result = yield* search.call(this, arr, property, expected);
    return !!result;
}
function* has_exp(arr, itemName, exp) {
    const result = yield* search_exp.call(this, arr, itemName, exp);
    return !!result;
}
function* find_index(arr, property, expected) {
    const result = yield* search.call(this, arr, property, expected);
    return result ? result[0] : undefined;
}
function* find_index_exp(arr, itemName, exp) {
    const result = yield* search_exp.call(this, arr, itemName, exp);
    return result ? result[0] : undefined;
}
function* find(arr, property, expected) {
    const result = yield* search.call(this, arr, property, expected);
    return result ? result[1] : undefined;
}
function* find_exp(arr, itemName, exp) {
    const result = yield* search_exp.call(this, arr, itemName, exp);
    return result ? result[1] : undefined;
}
function uniq(arr) {
    arr = toArray(arr);
    this.context.memoryLimit.use(arr.length);
    return [...new Set(arr)];
}
function sample(v, count = 1) {
    v = toValue(v);
    if (isNil(v))
        return [];
    if (!isArray(v))
        v = stringify(v);
    this.context.memoryLimit.use(v.length);
    const shuffled = [...v].sort(() => Math.random() - 0.5);
    if (count === 1)
        return shuffled[0];
    return shuffled.slice(0, count);
}

var arrayFilters = /*#__PURE__*/Object.freeze({
  __proto__: null,
  join: join,
  last: last$1,
  first: first,
  reverse: reverse,
  sort: sort,
  sort_natural: sort_natural,
  size: size,
  map: map,
  sum: sum,
  compact: compact,
  concat: concat,
  push: push,
  unshift: unshift,
  pop: pop,
  shift: shift,
  slice: slice,
  where: where,
  reject: reject,
  where_exp: where_exp,
  reject_exp: reject_exp,
  group_by: group_by,
  group_by_exp: group_by_exp,
  has: has,
  has_exp: has_exp,
  find_index: find_index,
  find_index_exp: find_index_exp,
  find: find,
  find_exp: find_exp,
  uniq: uniq,
  sample: sample
});

function date(v, format, timezoneOffset) {
    var _a, _b;
    const size = ((_a = v === null || v === void 0 ? void 0 : v.length) !== null && _a !== void 0 ? _a : 0) + ((_b = timezoneOffset === null || timezoneOffset === void 0 ? void 0 : timezoneOffset.length) !== null && _b !== void 0 ? _b : 0);
    this.context.memoryLimit.use(size);
    const date = parseDate(v, this.context.opts, timezoneOffset);
    if (!date)
        return v;
    format = toValue(format);
    format = isNil(format) ? this.context.opts.dateFormat : stringify(format);
    this.context.memoryLimit.use(format.length);
    return strftime(date, format, this.context.memoryLimit);
}
function date_to_xmlschema(v) {
    return date.call(this, v, '%Y-%m-%dT%H:%M:%S%:z');
}
function date_to_rfc822(v) {
    const date = parseDate(v, this.context.opts, undefined, 'en-US');
    if (!date)
        return v;
    return strftime(date, '%a, %d %b %Y %H:%M:%S %z', this.context.memoryLimit);
}
function date_to_string(v, type, style) {
    return stringify_date.call(this, v, '%b', type, style);
}
function date_to_long_string(v, type, style) {
    return stringify_date.call(this, v, '%B', type, style);
}
function stringify_date(v, month_type, type, style) {
    const date = parseDate(v, this.context.opts);
    if (!date)
        return v;
    const ml = this.context.memoryLimit;
    if (type === 'ordinal') {
        const d = date.getDate();
        return style === 'US'
            ? strftime(date, `${month_type} ${d}%q, %Y`, ml)
            : strftime(date, `${d}%q ${month_type} %Y`, ml);
    }
    return strftime(date, `%d ${month_type} %Y`, ml);
}
function parseDate(v, opts, timezoneOffset, locale = opts.locale) {
    let date;
    const defaultTimezoneOffset = timezoneOffset !== null && timezoneOffset !== void 0 ? timezoneOffset : opts.timezoneOffset;
    v = toValue(v);
    if (isNil(v)) {
        return undefined;
    }
    else if (v === 'now' || v === 'today') {
        date = new LiquidDate(Date.now(), locale, defaultTimezoneOffset);
    }
    else if (isNumber(v)) {
        date = new LiquidDate(v * 1000, locale, defaultTimezoneOffset);
    }
    else if (isString(v)) {
        if (/^\d+$/.test(v)) {
            date = new LiquidDate(+v * 1000, locale, defaultTimezoneOffset);
        }
        else if (opts.preserveTimezones && timezoneOffset === undefined) {
            date = LiquidDate.createDateFixedToTimezone(v, locale);
        }
        else {
            date = new LiquidDate(v, locale, defaultTimezoneOffset);
        }
    }
    else {
        date = new LiquidDate(v, locale, defaultTimezoneOffset);
    }
    return date.valid() ? date : undefined;
}

var dateFilters = /*#__PURE__*/Object.freeze({
  __proto__: null,
  date: date,
  date_to_xmlschema: date_to_xmlschema,
  date_to_rfc822: date_to_rfc822,
  date_to_string: date_to_string,
  date_to_long_string: date_to_long_string
});

/**
 * String related filters
 *
 * * prefer stringify() to String() since `undefined`, `null` should eval ''
 */
const rCJKWord = /[\u4E00-\u9FFF\uF900-\uFAFF\u3400-\u4DBF\u3040-\u309F\u30A0-\u30FF\uAC00-\uD7AF]/gu;
// Word boundary followed by word characters (for detecting words)
const rNonCJKWord = /[^\u4E00-\u9FFF\uF900-\uFAFF\u3400-\u4DBF\u3040-\u309F\u30A0-\u30FF\uAC00-\uD7AF\s]+/gu;
function append(v, arg) {
    assert(arguments.length === 2, 'append expect 2 arguments');
    const lhs = stringify(v);
    const rhs = stringify(arg);
    this.context.memoryLimit.use(lhs.length + rhs.length);
    return lhs + rhs;
}
function prepend(v, arg) {
    assert(arguments.length === 2, 'prepend expect 2 arguments');
    const lhs = stringify(v);
    const rhs = stringify(arg);
    this.context.memoryLimit.use(lhs.length + rhs.length);
    return rhs + lhs;
}
function getTrimStart(str, chars) {
    let start = 0;
    for (const char of str) {
        if (!chars.has(char))
            break;
        start += char.length;
    }
    return start;
}
function getTrimEnd(str, chars, start = 0) {
    let end = str.length;
    while (end > start) {
        const size = end - start >= 2 && str.codePointAt(end - 2) > 0xFFFF ? 2 : 1;
        if (!chars.has(str.slice(end - size, end)))
            break;
        end -= size;
    }
    return end;
}
function lstrip(v, chars) {
    const str = stringify(v);
    this.context.memoryLimit.use(str.length);
    if (chars) {
        chars = stringify(chars);
        this.context.memoryLimit.use(chars.length);
        return str.slice(getTrimStart(str, new Set(chars)));
    }
    return str.trimStart();
}
function downcase(v) {
    const str = stringify(v);
    this.context.memoryLimit.use(str.length);
    return str.toLowerCase();
}
function upcase(v) {
    const str = stringify(v);
    this.context.memoryLimit.use(str.length);
    return stringify(str).toUpperCase();
}
function remove(v, arg) {
    const str = stringify(v);
    arg = stringify(arg);
    this.context.memoryLimit.use(str.length + arg.length);
    return str.split(arg).join('');
}
function remove_first(v, l) {
    const str = stringify(v);
    l = stringify(l);
    this.context.memoryLimit.use(str.length + l.length);
    return str.replace(l, '');
}
function remove_last(v, l) {
    const str = stringify(v);
    const pattern = stringify(l);
    this.context.memoryLimit.use(str.length + pattern.length);
    const index = str.lastIndexOf(pattern);
    if (index === -1)
        return str;
    return str.substring(0, index) + str.substring(index + pattern.length);
}
function rstrip(str, chars) {
    str = stringify(str);
    this.context.memoryLimit.use(str.length);
    if (chars) {
        chars = stringify(chars);
        this.context.memoryLimit.use(chars.length);
        return str.slice(0, getTrimEnd(str, new Set(chars)));
    }
    return str.trimEnd();
}
function split(v, arg) {
    const str = stringify(v);
    this.context.memoryLimit.use(str.length);
    const arr = str.split(stringify(arg));
    // align to ruby split, which is the behavior of shopify/liquid
    // see: https://ruby-doc.org/core-2.4.0/String.html#method-i-split
    while (arr.length && arr[arr.length - 1] === '')
        arr.pop();
    return arr;
}
function strip(v, chars) {
    const str = stringify(v);
    this.context.memoryLimit.use(str.length);
    if (chars) {
        const set = new Set(stringify(chars));
        this.context.memoryLimit.use(set.size);
        const start = getTrimStart(str, set);
        return str.slice(start, getTrimEnd(str, set, start));
    }
    return str.trim();
}
function strip_newlines(v) {
    const str = stringify(v);
    this.context.memoryLimit.use(str.length);
    return str.replace(/\r?\n/gm, '');
}
function squish(v) {
    const str = stringify(v);
    this.context.memoryLimit.use(str.length);
    return str.replace(/\s+/g, ' ').trim();
}
function capitalize(str) {
    str = stringify(str);
    this.context.memoryLimit.use(str.length);
    return str.charAt(0).toUpperCase() + str.slice(1).toLowerCase();
}
function replace(v, pattern, replacement) {
    const str = stringify(v);
    pattern = stringify(pattern);
    replacement = stringify(replacement);
    const parts = str.split(pattern);
    const outputSize = str.length + (parts.length - 1) * (replacement.length - pattern.length);
    this.context.memoryLimit.use(outputSize);
    return parts.join(replacement);
}
function replace_first(v, arg1, arg2) {
    const str = stringify(v);
    arg1 = stringify(arg1);
    arg2 = stringify(arg2);
    this.context.memoryLimit.use(str.length + arg1.length + arg2.length);
    return str.replace(arg1, () => arg2);
}
function replace_last(v, arg1, arg2) {
    const str = stringify(v);
    const pattern = stringify(arg1);
    const replacement = stringify(arg2);
    this.context.memoryLimit.use(str.length + pattern.length + replacement.length);
    const index = str.lastIndexOf(pattern);
    if (index === -1)
        return str;
    return str.substring(0, index) + replacement + str.substring(index + pattern.length);
}
function truncate(v, l = 50, o = '...') {
    const str = stringify(v);
    o = stringify(o);
    this.context.memoryLimit.use(str.length + o.length);
    if (str.length <= l || advanceCodePoints(str, 0, l) >= str.length)
        return v;
    return str.slice(0, advanceCodePoints(str, 0, Math.max(l - codePointLength(o), 0))) + o;
}
function truncatewords(v, words = 15, o = '...') {
    const str = stringify(v);
    o = stringify(o);
    this.context.memoryLimit.use(str.length + o.length);
    const arr = str.trimStart().split(/\s+/);
    if (words <= 0)
        words = 1;
    let ret = arr.slice(0, words).join(' ');
    if (arr.length >= words)
        ret += o;
    return ret;
}
function normalize_whitespace(v) {
    const str = stringify(v);
    this.context.memoryLimit.use(str.length);
    return str.replace(/\s+/g, ' ');
}
function number_of_words(input, mode) {
    const str = stringify(input);
    this.context.memoryLimit.use(str.length);
    input = str.trim();
    if (!input)
        return 0;
    switch (mode) {
        case 'cjk':
            // Count CJK characters and words
            return (input.match(rCJKWord) || []).length + (input.match(rNonCJKWord) || []).length;
        case 'auto':
            // Count CJK characters, if none, count words
            return rCJKWord.test(input)
                ? input.match(rCJKWord).length + (input.match(rNonCJKWord) || []).length
                : input.split(/\s+/).length;
        default:
            // Count words only
            return input.split(/\s+/).length;
    }
}
function array_to_sentence_string(input, connector = 'and') {
    const array = toArray(input);
    connector = stringify(connector);
    let outputSize = connector.length + array.length * 2;
    for (let i = 0; i < array.length; i++)
        outputSize += stringify(array[i]).length;
    this.context.memoryLimit.use(outputSize);
    switch (array.length) {
        case 0:
            return '';
        case 1:
            return array[0];
        case 2:
            return `${array[0]} ${connector} ${array[1]}`;
        default:
            return `${array.slice(0, -1).join(', ')}, ${connector} ${array[array.length - 1]}`;
    }
}

var stringFilters = /*#__PURE__*/Object.freeze({
  __proto__: null,
  append: append,
  prepend: prepend,
  lstrip: lstrip,
  downcase: downcase,
  upcase: upcase,
  remove: remove,
  remove_first: remove_first,
  remove_last: remove_last,
  rstrip: rstrip,
  split: split,
  strip: strip,
  strip_newlines: strip_newlines,
  squish: squish,
  capitalize: capitalize,
  replace: replace,
  replace_first: replace_first,
  replace_last: replace_last,
  truncate: truncate,
  truncatewords: truncatewords,
  normalize_whitespace: normalize_whitespace,
  number_of_words: number_of_words,
  array_to_sentence_string: array_to_sentence_string
});

function base64Encode(str) {
    const bytes = new TextEncoder().encode(str);
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary);
}
function base64Decode(str) {
    return new TextDecoder().decode(Uint8Array.from(atob(str), c => c.charCodeAt(0)));
}

/**
 * Base64 related filters
 *
 * Implements base64_encode and base64_decode filters for Shopify compatibility
 */
function base64_encode(value) {
    if (typeof Buffer !== 'undefined' && Buffer.isBuffer(value)) {
        this.context.memoryLimit.use(value.byteLength);
        return value.toString('base64');
    }
    const str = stringify(value);
    this.context.memoryLimit.use(str.length);
    return base64Encode(str);
}
function base64_decode(value) {
    const str = stringify(value);
    this.context.memoryLimit.use(str.length);
    assert(isBase64(str), 'invalid base64 provided to base64_decode');
    return base64Decode(str);
}
function isBase64(str) {
    str = str.replace(/[\t\n\f\r ]/g, '');
    if (str.length % 4 === 0)
        str = str.replace(/==?$/, '');
    return str.length % 4 !== 1 && /^[A-Za-z0-9+/]*$/.test(str);
}

var base64Filters = /*#__PURE__*/Object.freeze({
  __proto__: null,
  base64_encode: base64_encode,
  base64_decode: base64_decode
});

function bufferToHex(buffer) {
    const bytes = new Uint8Array(buffer);
    let hex = '';
    for (let i = 0; i < bytes.length; i++) {
        hex += bytes[i].toString(16).padStart(2, '0');
    }
    return hex;
}
function sha256(str) {
    return __awaiter(this, void 0, void 0, function* () {
        const data = new TextEncoder().encode(str);
        const digest = yield crypto.subtle.digest('SHA-256', data);
        return bufferToHex(digest);
    });
}
function hmacSha256(str, key) {
    return __awaiter(this, void 0, void 0, function* () {
        const encoder = new TextEncoder();
        const cryptoKey = yield crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
        const signature = yield crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(str));
        return bufferToHex(signature);
    });
}

/**
 * Crypto related filters
 *
 * Implements sha256 and hmac_sha256 filters for Shopify compatibility
 */
function sha256$1(value) {
    const str = stringify(value);
    this.context.memoryLimit.use(str.length);
    return sha256(str);
}
function hmac_sha256(value, key) {
    const str = stringify(value);
    const keyStr = stringify(key);
    this.context.memoryLimit.use(str.length + keyStr.length);
    return hmacSha256(str, keyStr);
}

var cryptoFilters = /*#__PURE__*/Object.freeze({
  __proto__: null,
  sha256: sha256$1,
  hmac_sha256: hmac_sha256
});

const filters = Object.assign(Object.assign(Object.assign(Object.assign(Object.assign(Object.assign(Object.assign(Object.assign(Object.assign({}, htmlFilters), mathFilters), urlFilters), arrayFilters), dateFilters), stringFilters), base64Filters), cryptoFilters), misc);

class AssignTag extends Tag {
    constructor(token, remainTokens, liquid) {
        super(token, remainTokens, liquid);
        this.identifier = this.tokenizer.readIdentifier();
        this.key = this.identifier.content;
        this.tokenizer.assert(this.key, 'expected variable name');
        this.tokenizer.skipBlank();
        this.tokenizer.assert(this.tokenizer.peek() === '=', 'expected "="');
        this.tokenizer.advance();
        this.value = new Value(this.tokenizer.readFilteredValue(), this.liquid);
    }
    *render(ctx) {
        ctx.bottom()[this.key] = yield this.value.value(ctx, this.liquid.options.lenientIf);
    }
    *arguments() {
        yield this.value;
    }
    *localScope() {
        yield this.identifier;
    }
}

const MODIFIERS = ['offset', 'limit', 'reversed'];
class ForTag extends Tag {
    constructor(token, remainTokens, liquid, parser) {
        super(token, remainTokens, liquid);
        const variable = this.tokenizer.readIdentifier();
        const inStr = this.tokenizer.readIdentifier();
        const collection = this.tokenizer.readValue();
        if (!variable.size() || inStr.content !== 'in' || !collection) {
            throw new Error(`illegal tag: ${token.getText()}`);
        }
        this.variable = variable.content;
        this.collection = collection;
        this.hash = new Hash(this.tokenizer, liquid.options.keyValueSeparator);
        this.templates = [];
        this.elseTemplates = [];
        let p;
        const stream = parser.parseStream(remainTokens)
            .on('start', () => (p = this.templates))
            .on('tag:else', tag => { assertEmpty(tag.args); p = this.elseTemplates; })
            .on('tag:endfor', tag => { assertEmpty(tag.args); stream.stop(); })
            .on('template', (tpl) => p.push(tpl))
            .on('end', () => { throw new Error(`tag ${token.getText()} not closed`); });
        stream.start();
    }
    *render(ctx, emitter) {
        const r = this.liquid.renderer;
        let collection = toEnumerable(yield evalToken(this.collection, ctx));
        if (!collection.length) {
            yield r.renderTemplates(this.elseTemplates, ctx, emitter);
            return;
        }
        const continueKey = 'continue-' + this.variable + '-' + this.collection.getText();
        ctx.push(createScope({ continue: ctx.getRegister(continueKey, {}) }));
        const hash = (yield this.hash.render(ctx));
        ctx.pop();
        const modifiers = this.liquid.options.orderedFilterParameters
            ? Object.keys(hash).filter(x => MODIFIERS.includes(x))
            : MODIFIERS.filter(x => hash[x] !== undefined);
        collection = modifiers.reduce((collection, modifier) => {
            if (modifier === 'offset')
                return offset(collection, hash['offset']);
            if (modifier === 'limit')
                return limit(collection, hash['limit']);
            return reversed(collection);
        }, collection);
        ctx.setRegister(continueKey, (hash['offset'] || 0) + collection.length);
        const scope = createScope({ forloop: new ForloopDrop(collection.length, this.collection.getText(), this.variable) });
        ctx.push(scope);
        for (const item of collection) {
            scope[this.variable] = item;
            ctx.continueCalled = ctx.breakCalled = false;
            yield r.renderTemplates(this.templates, ctx, emitter);
            if (ctx.breakCalled)
                break;
            scope.forloop.next();
        }
        ctx.continueCalled = ctx.breakCalled = false;
        ctx.pop();
    }
    *children() {
        const templates = this.templates.slice();
        if (this.elseTemplates) {
            templates.push(...this.elseTemplates);
        }
        return templates;
    }
    *arguments() {
        yield this.collection;
        for (const v of Object.values(this.hash.hash)) {
            if (isValueToken(v)) {
                yield v;
            }
        }
    }
    blockScope() {
        return [this.variable, 'forloop'];
    }
}
function reversed(arr) {
    return [...arr].reverse();
}
function offset(arr, count) {
    return arr.slice(count);
}
function limit(arr, count) {
    return arr.slice(0, count);
}

class CaptureTag extends Tag {
    constructor(tagToken, remainTokens, liquid, parser) {
        super(tagToken, remainTokens, liquid);
        this.templates = [];
        this.identifier = this.readVariable();
        this.variable = this.identifier.content;
        while (remainTokens.length) {
            const token = remainTokens.shift();
            if (isTagToken(token) && token.name === 'endcapture')
                return;
            this.templates.push(parser.parseToken(token, remainTokens));
        }
        throw new Error(`tag ${tagToken.getText()} not closed`);
    }
    readVariable() {
        let ident = this.tokenizer.readIdentifier();
        if (ident.content)
            return ident;
        ident = this.tokenizer.readQuoted();
        if (ident)
            return ident;
        throw this.tokenizer.error('invalid capture name');
    }
    *render(ctx) {
        const r = this.liquid.renderer;
        const html = yield r.renderTemplates(this.templates, ctx);
        ctx.bottom()[this.variable] = html;
    }
    *children() {
        return this.templates;
    }
    *localScope() {
        yield this.identifier;
    }
}

class CaseTag extends Tag {
    constructor(tagToken, remainTokens, liquid, parser) {
        super(tagToken, remainTokens, liquid);
        this.branches = [];
        this.elseTemplates = [];
        this.value = new Value(this.tokenizer.readFilteredValue(), this.liquid);
        this.elseTemplates = [];
        let p = [];
        let elseCount = 0;
        const stream = parser.parseStream(remainTokens)
            .on('tag:when', (token) => {
            if (elseCount > 0) {
                return;
            }
            p = [];
            const values = [];
            while (!token.tokenizer.end()) {
                values.push(token.tokenizer.readValueOrThrow());
                token.tokenizer.skipBlank();
                if (token.tokenizer.peek() === ',') {
                    token.tokenizer.readTo(',');
                }
                else {
                    token.tokenizer.readTo('or');
                }
            }
            this.branches.push({
                values,
                templates: p
            });
        })
            .on('tag:else', () => {
            elseCount++;
            p = this.elseTemplates;
        })
            .on('tag:endcase', () => stream.stop())
            .on('template', (tpl) => {
            if (p !== this.elseTemplates || elseCount === 1) {
                p.push(tpl);
            }
        })
            .on('end', () => {
            throw new Error(`tag ${tagToken.getText()} not closed`);
        });
        stream.start();
    }
    *render(ctx, emitter) {
        const r = this.liquid.renderer;
        const target = yield toValue(yield this.value.value(ctx, ctx.opts.lenientIf));
        let branchHit = false;
        for (const branch of this.branches) {
            for (const valueToken of branch.values) {
                const value = yield evalToken(valueToken, ctx, ctx.opts.lenientIf);
                if (yield equals(target, value)) {
                    yield r.renderTemplates(branch.templates, ctx, emitter);
                    branchHit = true;
                    break;
                }
            }
        }
        if (!branchHit) {
            yield r.renderTemplates(this.elseTemplates, ctx, emitter);
        }
    }
    *arguments() {
        yield this.value;
        yield* this.branches.flatMap(b => b.values);
    }
    *children() {
        const templates = this.branches.flatMap(b => b.templates);
        if (this.elseTemplates) {
            templates.push(...this.elseTemplates);
        }
        return templates;
    }
}

class CommentTag extends Tag {
    constructor(tagToken, remainTokens, liquid) {
        super(tagToken, remainTokens, liquid);
        while (remainTokens.length) {
            const token = remainTokens.shift();
            if (isTagToken(token) && token.name === 'endcomment')
                return;
        }
        throw new Error(`tag ${tagToken.getText()} not closed`);
    }
    render() { }
}

class RenderTag extends Tag {
    constructor(token, remainTokens, liquid, parser) {
        super(token, remainTokens, liquid);
        const tokenizer = this.tokenizer;
        this.file = parseFilePath(tokenizer, this.liquid, parser);
        this.currentFile = token.file;
        while (!tokenizer.end()) {
            tokenizer.skipBlank();
            const begin = tokenizer.p;
            const keyword = tokenizer.readIdentifier();
            if (keyword.content === 'with' || keyword.content === 'for') {
                tokenizer.skipBlank();
                // can be normal key/value pair, like "with: true"
                if (tokenizer.peek() !== ':') {
                    const value = tokenizer.readValue();
                    // can be normal key, like "with,"
                    if (value) {
                        const beforeAs = tokenizer.p;
                        const asStr = tokenizer.readIdentifier();
                        let alias;
                        if (asStr.content === 'as')
                            alias = tokenizer.readIdentifier();
                        else
                            tokenizer.p = beforeAs;
                        const binding = { value, alias: alias && alias.content };
                        if (keyword.content === 'with')
                            this.with = binding;
                        else
                            this.forBinding = binding;
                        tokenizer.skipBlank();
                        if (tokenizer.peek() === ',')
                            tokenizer.advance();
                        continue; // matched!
                    }
                }
            }
            /**
             * restore cursor if with/for not matched
             */
            tokenizer.p = begin;
            break;
        }
        this.hash = new Hash(tokenizer, liquid.options.keyValueSeparator);
    }
    *render(ctx, emitter) {
        const { liquid, hash } = this;
        const filepath = (yield renderFilePath(this.file, ctx, liquid));
        assert(filepath, () => `illegal file path "${filepath}"`);
        const childCtx = ctx.spawn();
        const scope = childCtx.bottom();
        __assign(scope, yield hash.render(ctx));
        if (this.with) {
            const { value, alias } = this.with;
            scope[alias || filepath] = yield evalToken(value, ctx);
        }
        if (this.forBinding) {
            const { value, alias } = this.forBinding;
            const collection = toEnumerable(yield evalToken(value, ctx));
            scope['forloop'] = new ForloopDrop(collection.length, value.getText(), alias);
            for (const item of collection) {
                scope[alias] = item;
                const templates = (yield liquid._parsePartialFile(filepath, childCtx.sync, this.currentFile));
                yield liquid.renderer.renderTemplates(templates, childCtx, emitter);
                scope['forloop'].next();
            }
        }
        else {
            const templates = (yield liquid._parsePartialFile(filepath, childCtx.sync, this.currentFile));
            yield liquid.renderer.renderTemplates(templates, childCtx, emitter);
        }
    }
    *children(partials, sync) {
        if (partials && isString(this.file)) {
            return (yield this.liquid._parsePartialFile(this.file, sync, this.currentFile));
        }
        return [];
    }
    partialScope() {
        if (isString(this.file)) {
            const names = Object.keys(this.hash.hash);
            if (this.with) {
                const { value, alias } = this.with;
                if (isString(alias)) {
                    names.push([alias, value]);
                }
                else if (isString(this.file)) {
                    names.push([this.file, value]);
                }
            }
            if (this.forBinding) {
                const { value, alias } = this.forBinding;
                if (isString(alias)) {
                    names.push([alias, value]);
                }
                else if (isString(this.file)) {
                    names.push([this.file, value]);
                }
            }
            return { name: this.file, isolated: true, scope: names };
        }
    }
    *arguments() {
        for (const v of Object.values(this.hash.hash)) {
            if (isValueToken(v)) {
                yield v;
            }
        }
        if (this.with) {
            const { value } = this.with;
            if (isValueToken(value)) {
                yield value;
            }
        }
        if (this.forBinding) {
            const { value } = this.forBinding;
            if (isValueToken(value)) {
                yield value;
            }
        }
    }
}
/**
 * @return null for "none",
 * @return Template[] for quoted with tags and/or filters
 * @return Token for expression (not quoted)
 * @throws TypeError if cannot read next token
 */
function parseFilePath(tokenizer, liquid, parser) {
    if (liquid.options.dynamicPartials) {
        const file = tokenizer.readValue();
        tokenizer.assert(file, 'illegal file path');
        if (file.getText() === 'none')
            return;
        if (isQuotedToken(file)) {
            // for filenames like "files/{{file}}", eval as liquid template
            const templates = parser.parse(evalQuotedToken(file));
            return optimize(templates);
        }
        return file;
    }
    const tokens = [...tokenizer.readFileNameTemplate(liquid.options)];
    const templates = optimize(parser.parseTokens(tokens));
    return templates === 'none' ? undefined : templates;
}
function optimize(templates) {
    // for filenames like "files/file.liquid", extract the string directly
    if (templates.length === 1 && isHTMLToken(templates[0].token))
        return templates[0].token.getContent();
    return templates;
}
function* renderFilePath(file, ctx, liquid) {
    if (typeof file === 'string')
        return file;
    if (Array.isArray(file))
        return liquid.renderer.renderTemplates(file, ctx);
    return yield evalToken(file, ctx);
}

class IncludeTag extends Tag {
    constructor(token, remainTokens, liquid, parser) {
        super(token, remainTokens, liquid);
        const { tokenizer } = token;
        this.file = parseFilePath(tokenizer, this.liquid, parser);
        this.currentFile = token.file;
        const begin = tokenizer.p;
        const withStr = tokenizer.readIdentifier();
        if (withStr.content === 'with') {
            tokenizer.skipBlank();
            if (tokenizer.peek() !== ':') {
                this.withVar = tokenizer.readValue();
            }
            else
                tokenizer.p = begin;
        }
        else
            tokenizer.p = begin;
        this.hash = new Hash(tokenizer, liquid.options.jekyllInclude || liquid.options.keyValueSeparator);
    }
    *render(ctx, emitter) {
        const { liquid, hash, withVar } = this;
        const { renderer } = liquid;
        const filepath = (yield renderFilePath(this.file, ctx, liquid));
        assert(filepath, () => `illegal file path "${filepath}"`);
        const saved = ctx.saveRegister('blocks', 'blockMode');
        ctx.setRegister('blocks', {});
        ctx.setRegister('blockMode', BlockMode.OUTPUT);
        const scope = createScope((yield hash.render(ctx)));
        if (withVar)
            scope[filepath] = yield evalToken(withVar, ctx);
        const templates = (yield liquid._parsePartialFile(filepath, ctx.sync, this.currentFile));
        ctx.push(ctx.opts.jekyllInclude ? createScope({ include: scope }) : scope);
        yield renderer.renderTemplates(templates, ctx, emitter);
        ctx.pop();
        ctx.restoreRegister(saved);
    }
    *children(partials, sync) {
        if (partials && isString(this.file)) {
            return (yield this.liquid._parsePartialFile(this.file, sync, this.currentFile));
        }
        return [];
    }
    partialScope() {
        if (isString(this.file)) {
            let names;
            if (this.liquid.options.jekyllInclude) {
                names = ['include'];
            }
            else {
                names = Object.keys(this.hash.hash);
                if (this.withVar) {
                    names.push([this.file, this.withVar]);
                }
            }
            return { name: this.file, isolated: false, scope: names };
        }
    }
    *arguments() {
        yield* Object.values(this.hash.hash).filter(isValueToken);
        if (isValueToken(this.file)) {
            yield this.file;
        }
        if (isValueToken(this.withVar)) {
            yield this.withVar;
        }
    }
}

class DecrementTag extends Tag {
    constructor(token, remainTokens, liquid) {
        super(token, remainTokens, liquid);
        this.identifier = this.tokenizer.readIdentifier();
        this.variable = this.identifier.content;
    }
    render(context, emitter) {
        const scope = context.environments;
        if (!isNumber(scope[this.variable])) {
            scope[this.variable] = 0;
        }
        emitter.write(stringify(--scope[this.variable]));
    }
    *localScope() {
        yield this.identifier;
    }
}

class CycleTag extends Tag {
    constructor(token, remainTokens, liquid) {
        super(token, remainTokens, liquid);
        this.candidates = [];
        const begin = this.tokenizer.p;
        const group = this.tokenizer.readValue();
        this.tokenizer.skipBlank();
        if (group) {
            if (this.tokenizer.peek() === ':') {
                this.group = group;
                this.tokenizer.advance();
            }
            else
                this.tokenizer.p = begin;
        }
        while (!this.tokenizer.end()) {
            const value = this.tokenizer.readFilteredValue();
            this.candidates.push(value);
            this.tokenizer.readTo(',');
        }
        this.tokenizer.assert(this.candidates.length, () => `empty candidates: "${token.getText()}"`);
    }
    *render(ctx, emitter) {
        var _a;
        const group = (yield evalToken(this.group, ctx));
        const fingerprint = `cycle:${group}:` + this.candidates.map(c => c.getText()).join(',');
        const groups = ctx.getRegister('cycle', {});
        let idx = groups[fingerprint];
        if (idx === undefined) {
            idx = groups[fingerprint] = 0;
        }
        const candidate = new Value(this.candidates[idx], this.liquid);
        idx = (idx + 1) % this.candidates.length;
        groups[fingerprint] = idx;
        let val = yield toValue(yield candidate.value(ctx, false));
        const outputEscape = this.liquid.options.outputEscape;
        if (outputEscape && !((_a = candidate.filters[candidate.filters.length - 1]) === null || _a === void 0 ? void 0 : _a.raw)) {
            val = yield outputEscape.call({ context: ctx, token: this.token, liquid: this.liquid }, val);
        }
        return val;
    }
    *arguments() {
        yield* this.candidates;
        if (this.group) {
            yield this.group;
        }
    }
}

class IfTag extends Tag {
    constructor(tagToken, remainTokens, liquid, parser) {
        super(tagToken, remainTokens, liquid);
        this.branches = [];
        let p = [];
        parser.parseStream(remainTokens)
            .on('start', () => this.branches.push({
            value: new Value(tagToken.tokenizer.readFilteredValue(), this.liquid),
            templates: (p = [])
        }))
            .on('tag:elsif', (token) => {
            assert(!this.elseTemplates, 'unexpected elsif after else');
            this.branches.push({
                value: new Value(token.tokenizer.readFilteredValue(), this.liquid),
                templates: (p = [])
            });
        })
            .on('tag:else', tag => {
            assertEmpty(tag.args);
            assert(!this.elseTemplates, 'duplicated else');
            p = this.elseTemplates = [];
        })
            .on('tag:endif', function (tag) { assertEmpty(tag.args); this.stop(); })
            .on('template', (tpl) => p.push(tpl))
            .on('end', () => { throw new Error(`tag ${tagToken.getText()} not closed`); })
            .start();
    }
    *render(ctx, emitter) {
        const r = this.liquid.renderer;
        for (const { value, templates } of this.branches) {
            const v = yield toValue(yield value.value(ctx, ctx.opts.lenientIf));
            if (isTruthy(v, ctx)) {
                yield r.renderTemplates(templates, ctx, emitter);
                return;
            }
        }
        yield r.renderTemplates(this.elseTemplates || [], ctx, emitter);
    }
    *children() {
        const templates = this.branches.flatMap(b => b.templates);
        if (this.elseTemplates) {
            templates.push(...this.elseTemplates);
        }
        return templates;
    }
    arguments() {
        return this.branches.map(b => b.value);
    }
}

class IncrementTag extends Tag {
    constructor(token, remainTokens, liquid) {
        super(token, remainTokens, liquid);
        this.identifier = this.tokenizer.readIdentifier();
        this.variable = this.identifier.content;
    }
    render(context, emitter) {
        const scope = context.environments;
        if (!isNumber(scope[this.variable])) {
            scope[this.variable] = 0;
        }
        const val = scope[this.variable];
        scope[this.variable]++;
        emitter.write(stringify(val));
    }
    *localScope() {
        yield this.identifier;
    }
}

class LayoutTag extends Tag {
    constructor(token, remainTokens, liquid, parser) {
        super(token, remainTokens, liquid);
        this.file = parseFilePath(this.tokenizer, this.liquid, parser);
        this.currentFile = token.file;
        this.args = new Hash(this.tokenizer, liquid.options.keyValueSeparator);
        this.templates = parser.parseTokens(remainTokens);
    }
    *render(ctx, emitter) {
        const { liquid, args, file } = this;
        const { renderer } = liquid;
        if (file === undefined) {
            ctx.setRegister('blockMode', BlockMode.OUTPUT);
            yield renderer.renderTemplates(this.templates, ctx, emitter);
            return;
        }
        const filepath = (yield renderFilePath(this.file, ctx, liquid));
        assert(filepath, () => `illegal file path "${filepath}"`);
        const templates = (yield liquid._parseLayoutFile(filepath, ctx.sync, this.currentFile));
        // render remaining contents and store rendered results
        ctx.setRegister('blockMode', BlockMode.STORE);
        const html = yield renderer.renderTemplates(this.templates, ctx);
        const blocks = ctx.getRegister('blocks', {});
        // set whole content to anonymous block if anonymous doesn't specified
        if (blocks[''] === undefined)
            blocks[''] = (parent, emitter) => emitter.write(html);
        ctx.setRegister('blockMode', BlockMode.OUTPUT);
        // render the layout file use stored blocks
        ctx.push(createScope((yield args.render(ctx))));
        yield renderer.renderTemplates(templates, ctx, emitter);
        ctx.pop();
    }
    *children(partials) {
        const templates = this.templates.slice();
        if (partials && isString(this.file)) {
            templates.push(...(yield this.liquid._parsePartialFile(this.file, true, this.currentFile)));
        }
        return templates;
    }
    *arguments() {
        for (const v of Object.values(this.args.hash)) {
            if (isValueToken(v)) {
                yield v;
            }
        }
        if (isValueToken(this.file)) {
            yield this.file;
        }
    }
    partialScope() {
        if (isString(this.file)) {
            return { name: this.file, isolated: false, scope: Object.keys(this.args.hash) };
        }
    }
}

class BlockTag extends Tag {
    constructor(token, remainTokens, liquid, parser) {
        super(token, remainTokens, liquid);
        this.templates = [];
        const match = /\w+/.exec(token.args);
        this.block = match ? match[0] : '';
        while (remainTokens.length) {
            const token = remainTokens.shift();
            if (isTagToken(token) && token.name === 'endblock')
                return;
            const template = parser.parseToken(token, remainTokens);
            this.templates.push(template);
        }
        throw new Error(`tag ${token.getText()} not closed`);
    }
    *render(ctx, emitter) {
        const blockRender = this.getBlockRender(ctx);
        if (ctx.getRegister('blockMode') === BlockMode.STORE) {
            ctx.getRegister('blocks', {})[this.block] = blockRender;
        }
        else {
            yield blockRender(new BlockDrop(), emitter);
        }
    }
    getBlockRender(ctx) {
        const self = this;
        const { liquid, templates } = this;
        const renderChild = ctx.getRegister('blocks', {})[this.block];
        const renderCurrent = function* (superBlock, emitter) {
            const stack = ctx.getRegister('blockStack', []);
            if (stack.includes(self))
                throw new Error('block tag cannot be nested');
            stack.push(self);
            ctx.push(createScope({ block: superBlock }));
            yield liquid.renderer.renderTemplates(templates, ctx, emitter);
            ctx.pop();
            stack.pop();
        };
        return renderChild
            ? (superBlock, emitter) => renderChild(new BlockDrop((emitter) => renderCurrent(superBlock, emitter)), emitter)
            : renderCurrent;
    }
    *children() {
        return this.templates;
    }
    blockScope() {
        return ['block'];
    }
}

class RawTag extends Tag {
    constructor(tagToken, remainTokens, liquid) {
        super(tagToken, remainTokens, liquid);
        this.tokens = [];
        while (remainTokens.length) {
            const token = remainTokens.shift();
            if (isTagToken(token) && token.name === 'endraw')
                return;
            this.tokens.push(token);
        }
        throw new Error(`tag ${tagToken.getText()} not closed`);
    }
    render() {
        return this.tokens.map((token) => token.getText()).join('');
    }
}

class TablerowloopDrop extends ForloopDrop {
    constructor(length, cols, collection, variable) {
        super(length, collection, variable);
        this.length = length;
        this.cols = cols;
    }
    row() {
        return Math.floor(this.i / this.cols) + 1;
    }
    col0() {
        return (this.i % this.cols);
    }
    col() {
        return this.col0() + 1;
    }
    col_first() {
        return this.col0() === 0;
    }
    col_last() {
        return this.col() === this.cols;
    }
}

class TablerowTag extends Tag {
    constructor(tagToken, remainTokens, liquid, parser) {
        super(tagToken, remainTokens, liquid);
        const variable = this.tokenizer.readIdentifier();
        this.tokenizer.skipBlank();
        const predicate = this.tokenizer.readIdentifier();
        const collectionToken = this.tokenizer.readValue();
        if (predicate.content !== 'in' || !collectionToken) {
            throw new Error(`illegal tag: ${tagToken.getText()}`);
        }
        this.variable = variable.content;
        this.collection = collectionToken;
        this.args = new Hash(this.tokenizer, liquid.options.keyValueSeparator);
        this.templates = [];
        let p;
        const stream = parser.parseStream(remainTokens)
            .on('start', () => (p = this.templates))
            .on('tag:endtablerow', () => stream.stop())
            .on('template', (tpl) => p.push(tpl))
            .on('end', () => {
            throw new Error(`tag ${tagToken.getText()} not closed`);
        });
        stream.start();
    }
    *render(ctx, emitter) {
        let collection = toEnumerable(yield evalToken(this.collection, ctx));
        const args = (yield this.args.render(ctx));
        const offset = args.offset || 0;
        const limit = (args.limit === undefined) ? collection.length : args.limit;
        collection = collection.slice(offset, offset + limit);
        const cols = args.cols || collection.length;
        const r = this.liquid.renderer;
        const tablerowloop = new TablerowloopDrop(collection.length, cols, this.collection.getText(), this.variable);
        const scope = createScope({ tablerowloop });
        ctx.push(scope);
        for (let idx = 0; idx < collection.length; idx++, tablerowloop.next()) {
            scope[this.variable] = collection[idx];
            if (tablerowloop.col0() === 0) {
                if (tablerowloop.row() !== 1)
                    emitter.write('</tr>');
                emitter.write(`<tr class="row${tablerowloop.row()}">`);
            }
            emitter.write(`<td class="col${tablerowloop.col()}">`);
            yield r.renderTemplates(this.templates, ctx, emitter);
            emitter.write('</td>');
        }
        if (collection.length)
            emitter.write('</tr>');
        ctx.pop();
    }
    *children() {
        return this.templates;
    }
    *arguments() {
        yield this.collection;
        for (const v of Object.values(this.args.hash)) {
            if (isValueToken(v)) {
                yield v;
            }
        }
    }
    blockScope() {
        return [this.variable, 'tablerowloop'];
    }
}

class UnlessTag extends Tag {
    constructor(tagToken, remainTokens, liquid, parser) {
        super(tagToken, remainTokens, liquid);
        this.branches = [];
        this.elseTemplates = [];
        let p = [];
        let elseCount = 0;
        parser.parseStream(remainTokens)
            .on('start', () => this.branches.push({
            value: new Value(tagToken.tokenizer.readFilteredValue(), this.liquid),
            test: isFalsy,
            templates: (p = [])
        }))
            .on('tag:elsif', (token) => {
            if (elseCount > 0) {
                p = [];
                return;
            }
            this.branches.push({
                value: new Value(token.tokenizer.readFilteredValue(), this.liquid),
                test: isTruthy,
                templates: (p = [])
            });
        })
            .on('tag:else', () => {
            elseCount++;
            p = this.elseTemplates;
        })
            .on('tag:endunless', function () { this.stop(); })
            .on('template', (tpl) => {
            if (p !== this.elseTemplates || elseCount === 1) {
                p.push(tpl);
            }
        })
            .on('end', () => { throw new Error(`tag ${tagToken.getText()} not closed`); })
            .start();
    }
    *render(ctx, emitter) {
        const r = this.liquid.renderer;
        for (const { value, test, templates } of this.branches) {
            const v = yield toValue(yield value.value(ctx, ctx.opts.lenientIf));
            if (test(v, ctx)) {
                yield r.renderTemplates(templates, ctx, emitter);
                return;
            }
        }
        yield r.renderTemplates(this.elseTemplates, ctx, emitter);
    }
    *children() {
        const children = this.branches.flatMap(b => b.templates);
        if (this.elseTemplates) {
            children.push(...this.elseTemplates);
        }
        return children;
    }
    arguments() {
        return this.branches.map(b => b.value);
    }
}

class BreakTag extends Tag {
    render(ctx, _emitter) {
        ctx.breakCalled = true;
    }
}

class ContinueTag extends Tag {
    render(ctx, _emitter) {
        ctx.continueCalled = true;
    }
}

class EchoTag extends Tag {
    constructor(token, remainTokens, liquid) {
        super(token, remainTokens, liquid);
        this.tokenizer.skipBlank();
        if (!this.tokenizer.end()) {
            this.value = new Value(this.tokenizer.readFilteredValue(), this.liquid);
        }
    }
    *render(ctx, emitter) {
        var _a;
        if (!this.value)
            return;
        let val = yield toValue(yield this.value.value(ctx, false));
        const outputEscape = this.liquid.options.outputEscape;
        if (outputEscape && !((_a = this.value.filters[this.value.filters.length - 1]) === null || _a === void 0 ? void 0 : _a.raw)) {
            val = yield outputEscape.call({ context: ctx, token: this.token, liquid: this.liquid }, val);
        }
        emitter.write(val);
    }
    *arguments() {
        if (this.value) {
            yield this.value;
        }
    }
}

class LiquidTag extends Tag {
    constructor(token, remainTokens, liquid, parser) {
        super(token, remainTokens, liquid);
        const tokens = this.tokenizer.readLiquidTagTokens(this.liquid.options);
        this.templates = parser.parseTokens(tokens);
    }
    *render(ctx, emitter) {
        yield this.liquid.renderer.renderTemplates(this.templates, ctx, emitter);
    }
    *children() {
        return this.templates;
    }
}

class InlineCommentTag extends Tag {
    constructor(tagToken, remainTokens, liquid) {
        super(tagToken, remainTokens, liquid);
        if (tagToken.args.search(/\n\s*[^#\s]/g) !== -1) {
            throw new Error('every line of an inline comment must start with a \'#\' character');
        }
    }
    render() { }
}

const tags = {
    assign: AssignTag,
    'for': ForTag,
    capture: CaptureTag,
    'case': CaseTag,
    comment: CommentTag,
    include: IncludeTag,
    render: RenderTag,
    decrement: DecrementTag,
    increment: IncrementTag,
    cycle: CycleTag,
    'if': IfTag,
    layout: LayoutTag,
    block: BlockTag,
    raw: RawTag,
    tablerow: TablerowTag,
    unless: UnlessTag,
    'break': BreakTag,
    'continue': ContinueTag,
    echo: EchoTag,
    liquid: LiquidTag,
    '#': InlineCommentTag
};

class Liquid {
    constructor(opts = {}) {
        this.renderer = new Render();
        this.filters = Object.create(null);
        this.tags = Object.create(null);
        this.options = normalize(opts);
        // eslint-disable-next-line deprecation/deprecation
        this.parser = new Parser(this);
        forOwn(tags, (conf, name) => this.registerTag(name, conf));
        forOwn(filters, (handler, name) => this.registerFilter(name, handler));
    }
    parse(html, filepath) {
        const parser = new Parser(this);
        return parser.parse(html, filepath);
    }
    _render(tpl, scope, renderOptions) {
        const ctx = scope instanceof Context ? scope : new Context(scope, this.options, renderOptions, { liquid: this });
        return this.renderer.renderTemplates(tpl, ctx);
    }
    render(tpl, scope, renderOptions) {
        return __awaiter(this, void 0, void 0, function* () {
            return toPromise(this._render(tpl, scope, Object.assign(Object.assign({}, renderOptions), { sync: false })));
        });
    }
    renderSync(tpl, scope, renderOptions) {
        return toValueSync(this._render(tpl, scope, Object.assign(Object.assign({}, renderOptions), { sync: true })));
    }
    renderToNodeStream(tpl, scope, renderOptions = {}) {
        const ctx = new Context(scope, this.options, renderOptions, { liquid: this });
        return this.renderer.renderTemplatesToNodeStream(tpl, ctx);
    }
    _parseAndRender(html, scope, renderOptions) {
        const tpl = this.parse(html);
        return this._render(tpl, scope, renderOptions);
    }
    parseAndRender(html, scope, renderOptions) {
        return __awaiter(this, void 0, void 0, function* () {
            return toPromise(this._parseAndRender(html, scope, Object.assign(Object.assign({}, renderOptions), { sync: false })));
        });
    }
    parseAndRenderSync(html, scope, renderOptions) {
        return toValueSync(this._parseAndRender(html, scope, Object.assign(Object.assign({}, renderOptions), { sync: true })));
    }
    _parsePartialFile(file, sync, currentFile) {
        return new Parser(this).parseFile(file, sync, LookupType.Partials, currentFile);
    }
    _parseLayoutFile(file, sync, currentFile) {
        return new Parser(this).parseFile(file, sync, LookupType.Layouts, currentFile);
    }
    _parseFile(file, sync, lookupType, currentFile) {
        return new Parser(this).parseFile(file, sync, lookupType, currentFile);
    }
    parseFile(file, lookupType) {
        return __awaiter(this, void 0, void 0, function* () {
            return toPromise(new Parser(this).parseFile(file, false, lookupType));
        });
    }
    parseFileSync(file, lookupType) {
        return toValueSync(new Parser(this).parseFile(file, true, lookupType));
    }
    *_renderFile(file, ctx, renderFileOptions) {
        const templates = (yield this._parseFile(file, renderFileOptions.sync, renderFileOptions.lookupType));
        return yield this._render(templates, ctx, renderFileOptions);
    }
    renderFile(file, ctx, renderFileOptions) {
        return __awaiter(this, void 0, void 0, function* () {
            return toPromise(this._renderFile(file, ctx, Object.assign(Object.assign({}, renderFileOptions), { sync: false })));
        });
    }
    renderFileSync(file, ctx, renderFileOptions) {
        return toValueSync(this._renderFile(file, ctx, Object.assign(Object.assign({}, renderFileOptions), { sync: true })));
    }
    renderFileToNodeStream(file, scope, renderOptions) {
        return __awaiter(this, void 0, void 0, function* () {
            const templates = yield this.parseFile(file);
            return this.renderToNodeStream(templates, scope, renderOptions);
        });
    }
    _evalValue(str, scope) {
        const value = new Value(str, this);
        const ctx = scope instanceof Context ? scope : new Context(scope, this.options, {}, { liquid: this });
        return value.value(ctx);
    }
    evalValue(str, scope) {
        return __awaiter(this, void 0, void 0, function* () {
            return toPromise(this._evalValue(str, scope));
        });
    }
    evalValueSync(str, scope) {
        return toValueSync(this._evalValue(str, scope));
    }
    registerFilter(name, filter) {
        this.filters[name] = filter;
    }
    unregisterFilter(name) {
        delete this.filters[name];
    }
    registerTag(name, tag) {
        this.tags[name] = isFunction(tag) ? tag : createTagClass(tag);
    }
    plugin(plugin) {
        return plugin.call(this, Liquid);
    }
    express() {
        const self = this; // eslint-disable-line
        let firstCall = true;
        return function (filePath, ctx, callback) {
            if (firstCall) {
                firstCall = false;
                const dirs = normalizeDirectoryList(this.root);
                self.options.root.unshift(...dirs);
                self.options.layouts.unshift(...dirs);
                self.options.partials.unshift(...dirs);
            }
            self.renderFile(filePath, ctx).then(html => callback(null, html), callback);
        };
    }
    analyze(template, options = {}) {
        return __awaiter(this, void 0, void 0, function* () {
            return analyze(template, options);
        });
    }
    analyzeSync(template, options = {}) {
        return analyzeSync(template, options);
    }
    parseAndAnalyze(html, filename, options = {}) {
        return __awaiter(this, void 0, void 0, function* () {
            return analyze(this.parse(html, filename), options);
        });
    }
    parseAndAnalyzeSync(html, filename, options = {}) {
        return analyzeSync(this.parse(html, filename), options);
    }
    /** Return an array of all variables without their properties. */
    variables(template, options = {}) {
        return __awaiter(this, void 0, void 0, function* () {
            const analysis = yield analyze(isString(template) ? this.parse(template) : template, options);
            return Object.keys(analysis.variables);
        });
    }
    /** Return an array of all variables without their properties. */
    variablesSync(template, options = {}) {
        const analysis = analyzeSync(isString(template) ? this.parse(template) : template, options);
        return Object.keys(analysis.variables);
    }
    /** Return an array of all variables including their properties/paths. */
    fullVariables(template, options = {}) {
        return __awaiter(this, void 0, void 0, function* () {
            const analysis = yield analyze(isString(template) ? this.parse(template) : template, options);
            return Array.from(new Set(Object.values(analysis.variables).flatMap((a) => a.map((v) => String(v)))));
        });
    }
    /** Return an array of all variables including their properties/paths. */
    fullVariablesSync(template, options = {}) {
        const analysis = analyzeSync(isString(template) ? this.parse(template) : template, options);
        return Array.from(new Set(Object.values(analysis.variables).flatMap((a) => a.map((v) => String(v)))));
    }
    /** Return an array of all variables, each as an array of properties/segments. */
    variableSegments(template, options = {}) {
        return __awaiter(this, void 0, void 0, function* () {
            const analysis = yield analyze(isString(template) ? this.parse(template) : template, options);
            return Array.from(strictUniq(Object.values(analysis.variables).flatMap((a) => a.map((v) => v.toArray()))));
        });
    }
    /** Return an array of all variables, each as an array of properties/segments. */
    variableSegmentsSync(template, options = {}) {
        const analysis = analyzeSync(isString(template) ? this.parse(template) : template, options);
        return Array.from(strictUniq(Object.values(analysis.variables).flatMap((a) => a.map((v) => v.toArray()))));
    }
    /** Return an array of all expected context variables without their properties. */
    globalVariables(template, options = {}) {
        return __awaiter(this, void 0, void 0, function* () {
            const analysis = yield analyze(isString(template) ? this.parse(template) : template, options);
            return Object.keys(analysis.globals);
        });
    }
    /** Return an array of all expected context variables without their properties. */
    globalVariablesSync(template, options = {}) {
        const analysis = analyzeSync(isString(template) ? this.parse(template) : template, options);
        return Object.keys(analysis.globals);
    }
    /** Return an array of all expected context variables including their properties/paths. */
    globalFullVariables(template, options = {}) {
        return __awaiter(this, void 0, void 0, function* () {
            const analysis = yield analyze(isString(template) ? this.parse(template) : template, options);
            return Array.from(new Set(Object.values(analysis.globals).flatMap((a) => a.map((v) => String(v)))));
        });
    }
    /** Return an array of all expected context variables including their properties/paths. */
    globalFullVariablesSync(template, options = {}) {
        const analysis = analyzeSync(isString(template) ? this.parse(template) : template, options);
        return Array.from(new Set(Object.values(analysis.globals).flatMap((a) => a.map((v) => String(v)))));
    }
    /** Return an array of all expected context variables, each as an array of properties/segments. */
    globalVariableSegments(template, options = {}) {
        return __awaiter(this, void 0, void 0, function* () {
            const analysis = yield analyze(isString(template) ? this.parse(template) : template, options);
            return Array.from(strictUniq(Object.values(analysis.globals).flatMap((a) => a.map((v) => v.toArray()))));
        });
    }
    /** Return an array of all expected context variables, each as an array of properties/segments. */
    globalVariableSegmentsSync(template, options = {}) {
        const analysis = analyzeSync(isString(template) ? this.parse(template) : template, options);
        return Array.from(strictUniq(Object.values(analysis.globals).flatMap((a) => a.map((v) => v.toArray()))));
    }
}

/* istanbul ignore file */
const version = '[VI]{version}[/VI]';



// EXTERNAL MODULE: ./src/template/filters.ts
var template_filters = __nccwpck_require__(1329);
;// CONCATENATED MODULE: ./src/template/engine.ts


// Bounds for a hostile template in a pull request. `renderLimit` alone does not stop a loop over a huge range
// (the range array is built before the first time check), so the memory budget also caps ranges.
const ENGINE_LIMITS = {
    parseLimit: 1e6, // characters per leaf
    // Wall-clock milliseconds per document render: generous, as a storm of runs sharing a machine's CPUs makes an
    // honest render take many times its usual few milliseconds; the memory budget stops most runaway templates first.
    renderLimit: 5000,
    memoryLimit: 1e7 // characters/array items allocated per document render
};
const FORBIDDEN_TAGS = ['include', 'render', 'layout'];
let sharedEngine;
/** The one Liquid instance, created on first use (creating it at import time would slow every start). */
function templateEngine() {
    sharedEngine ??= createEngine();
    return sharedEngine;
}
function createEngine() {
    const liquid = new Liquid({
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
        ...ENGINE_LIMITS
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
    for (const [name, filter] of Object.entries(template_filters/* TEMPLATE_FILTERS */.X))
        liquid.registerFilter(name, filter);
    return liquid;
}
/** Parses one leaf's Liquid text; throws the Liquid error (with a token position inside `text`). */
function parseLiquid(text) {
    return templateEngine().parse(text);
}
/** The single output of a leaf that is exactly `<< expr >>` (surrounding whitespace allowed), else undefined. */
function soleOutput(templates) {
    const outputs = templates.filter(t => t instanceof Output);
    const onlyBlankText = templates.every(t => t instanceof Output || (t.token.kind === TokenKind.HTML && t.token.getText().trim() === ''));
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
    const budget = new Context(env, liquid.options, { sync: true }, { liquid });
    // a fresh context per leaf, so an `assign` in one leaf is not visible in the next
    const leafContext = () => new Context(env, liquid.options, { sync: true }, { liquid, memoryLimit: budget.memoryLimit, renderLimit: budget.renderLimit });
    return {
        text: templates => String(toValueSync(liquid.renderer.renderTemplates(templates, leafContext()))),
        value: value => toValue(toValueSync(value.value(leafContext())))
    };
}
/** A Liquid error's own message (without liquidjs's ", line:x, col:y") and its row/column inside the leaf. */
function describeLiquidError(error) {
    const message = error instanceof Error ? error.message : String(error);
    const plain = message.replace(/, line:\d+, col:\d+$/, '');
    if (!LiquidError.is(error) || !error.token)
        return { message: plain };
    const [row, col] = error.token.getPosition();
    return { message: plain, row, col };
}

;// CONCATENATED MODULE: ./src/template/compile.ts



const LIQUID_MARKERS = /<<|<%/;
const FILTER_HINT = 'template filters are iso8601, code_block, json, adf, escape_markdown, truncate and the standard Liquid filters';
/** Parses the file, then every Liquid leaf, once. Throws TemplateError with file:line:col. */
function compileTemplate(source) {
    const document = source.document ?? parseTemplateDocument(source);
    const variableReaders = [];
    const keys = [];
    const root = compileNode(document.body, { file: source.file, variableReaders, keys }, []);
    let variables;
    return {
        file: source.file,
        frontMatter: document.frontMatter,
        // Found when first asked for (checks, unread vars): a send with a built-in template never needs them.
        get variables() {
            variables ??= variableReaders.flatMap(read => read());
            return variables;
        },
        keys,
        render: scope => renderDocument(root, scope, source.file)
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
            if (typeof node.value === 'string' && LIQUID_MARKERS.test(node.value))
                return compileLiquid(node.value, node.text, at, state);
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
    const output = soleOutput(templates);
    return output ? { kind: 'whole', at, locate, output } : { kind: 'text', at, locate, templates };
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
function renderDocument(root, scope, file) {
    const positions = new Map();
    const session = startRender(scope);
    const value = renderNode(root, '', { session, positions, file });
    // The document itself is never removed: an emptied top-level mapping/sequence stays, a removed scalar is null.
    if (value !== undefined)
        return { value, positions };
    const empty = root.kind === 'map' ? {} : root.kind === 'seq' ? [] : null;
    positions.set('', root.at);
    return { value: empty, positions };
}
/** The node's JSON value, or undefined when it is removed (missing whole-leaf value, or emptied by removals). */
function renderNode(node, path, state) {
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
            return renderLiquid(node, state, () => state.session.text(node.templates));
        case 'whole':
            // errors from filters carry no token: point at the output itself
            return renderLiquid(node, state, () => toJson(state.session.value(node.output.value)), node.output.token.getPosition());
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
        const value = renderNode(child, path ? `${path}.${key}` : key, state);
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
        const value = renderNode(item, `${path}[${result.length}]`, state);
        if (value !== undefined)
            result.push(value);
    }
    return items.length > 0 && result.length === 0 ? undefined : result;
}
function renderLiquid(node, state, render, [fallbackRow, fallbackCol] = []) {
    try {
        return render();
    }
    catch (error) {
        const { message, row = fallbackRow, col = fallbackCol } = describeLiquidError(error);
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


/***/ }),

/***/ 1329:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ TEMPLATE_FILTERS),
/* harmony export */   m: () => (/* binding */ escapeMarkdownText)
/* harmony export */ });
/* harmony import */ var _event_time_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3571);
/* harmony import */ var _markdown_to_adf_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8475);
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6689);



const FENCE = '```';
const ZERO_WIDTH_SPACE = '\u200b';
// Markdown/Discord characters that format text wherever they appear
const MARKDOWN_SPECIALS = /[\\*_~`|>#\-[\]()]/g;
// `+ item` and `1. item` only form lists at the start of a line
const LEADING_PLUS = /^(\s*)\+(?=\s)/gm;
const LEADING_ORDINAL = /^(\s*\d+)\.(?=\s)/gm;
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
    return (0,_event_time_js__WEBPACK_IMPORTED_MODULE_0__/* .toIso8601 */ .Y)(String(value)) ?? value;
}
/**
 * A fenced code block. Backtick runs inside are broken with zero-width spaces so the text cannot close the
 * block early; an optional language tag is reduced to the characters a fence info string can safely hold.
 */
function codeBlock(value, language = '') {
    if (isMissing(value))
        return value;
    const body = String(value)
        .replace(/`(?=`)/g, `\`${ZERO_WIDTH_SPACE}`)
        .replace(/[\r\n]+$/, '');
    const info = String(language).replace(/[^\w+#.-]/g, '');
    return charge(this, `${FENCE}${info}\n${body}\n${FENCE}`);
}
/** Backslash-escapes Markdown (Discord) formatting so alert text shows as written. */
function escapeMarkdown(value) {
    if (isMissing(value))
        return value;
    return charge(this, escapeMarkdownText(String(value)));
}
/** The `escape_markdown` filter's work, for code that writes Markdown itself (Linear comments). */
function escapeMarkdownText(text) {
    return text.replace(MARKDOWN_SPECIALS, '\\$&').replace(LEADING_PLUS, '$1\\+').replace(LEADING_ORDINAL, '$1\\.');
}
/** Replaces Liquid's `truncate`: counts code points and ends with `…` (see src/truncate.ts). */
function truncateText(value, max = 50) {
    if (isMissing(value))
        return value;
    const limit = Number(max);
    if (!Number.isInteger(limit) || limit < 0) {
        throw new Error(`truncate needs a whole number of characters, e.g. truncate: 200 (got "${String(max)}")`);
    }
    return (0,_truncate_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(String(value), limit);
}
/** Plain text or Markdown → an Atlassian Document Format document (Jira API v3 rich-text fields). */
function adf(value) {
    if (isMissing(value))
        return value;
    return (0,_markdown_to_adf_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownToAdf */ .G)(charge(this, String(value)));
}
/** The filters templates get on top of standard Liquid (whose `json` already is JSON.stringify). */
const TEMPLATE_FILTERS = {
    iso8601,
    code_block: codeBlock,
    escape_markdown: escapeMarkdown,
    truncate: truncateText,
    adf
};


/***/ }),

/***/ 6923:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eT: () => (/* binding */ builtinTemplateNames),
  PM: () => (/* binding */ loadTemplate)
});

// UNUSED EXPORTS: PRECOMPILED_FOLDER

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
/** A bare name ('discord') is a built-in when one exists; anything else is a file inside the workspace. */
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
    return {
        name: external_node_path_.basename(target, external_node_path_.extname(target)),
        file: external_node_path_.relative(root, target).split(external_node_path_.sep).join('/'),
        text: (0,external_node_fs_.readFileSync)(target, 'utf8'),
        builtin: false
    };
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

/***/ 8475:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ markdownToAdf)
/* harmony export */ });
// ---------------------------------------------------------------------------------------------
// Light Markdown → ADF
const FENCE_OPEN = /^ {0,3}(`{3,})([^`]*)$/;
const FENCE_CLOSE = /^ {0,3}(`{3,})\s*$/;
const HEADING = /^ {0,3}(#{1,6})[ \t]+(\S.*)$/;
const BULLET = /^ {0,3}[-*][ \t]+(.*)$/;
const ORDERED = /^ {0,3}(\d{1,9})\.[ \t]+(.*)$/;
const BLANK = /^\s*$/;
/**
 * Inline constructs, leftmost match wins; alternatives in priority order: `code`, [text](url), bare URL,
 * **strong**, *em*, _em_. `_em_` needs non-word characters outside, so `daily_etl_job` stays as written.
 */
const INLINE = /`([^`\n]+)`|\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)|(https?:\/\/[^\s<>"'`()[\]{}]+)|\*\*(?=\S)([^\n]+?)\*\*|\*(?=[^\s*])([^*\n]*?[^\s*])\*|(?<![\p{L}\p{N}_])_(?=[^\s_])([^_\n]*?[^\s_])_(?![\p{L}\p{N}_])/gu;
const URL_TRAILING_PUNCTUATION = /[.,;:!?]+$/;
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
        inline.push(...parseInline(lines[i], []));
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
    const pattern = new RegExp(INLINE.source, INLINE.flags);
    let last = 0;
    let match;
    while ((match = pattern.exec(text))) {
        appendText(nodes, text.slice(last, match.index), marks);
        last = match.index + match[0].length;
        const [whole, code, linkText, linkHref, url, strong, starEm, underscoreEm] = match;
        if (code !== undefined) {
            // The schema lets `code` combine only with `link`.
            appendText(nodes, code, [...marks.filter(m => m.type === 'link'), { type: 'code' }]);
        }
        else if (linkText !== undefined) {
            nodes.push(...parseInline(linkText, addMark(marks, { type: 'link', attrs: { href: linkHref } })));
        }
        else if (url !== undefined) {
            const href = url.replace(URL_TRAILING_PUNCTUATION, '');
            // Punctuation that ends a sentence is not part of the URL: give it back to the text.
            last -= url.length - href.length;
            if (/^https?:\/\/.+/.test(href))
                appendText(nodes, href, addMark(marks, { type: 'link', attrs: { href } }));
            else
                appendText(nodes, href, marks);
        }
        else if (strong !== undefined) {
            nodes.push(...parseInline(strong, addMark(marks, { type: 'strong' })));
        }
        else {
            nodes.push(...parseInline(starEm ?? underscoreEm ?? whole, addMark(marks, { type: 'em' })));
        }
        pattern.lastIndex = last;
    }
    appendText(nodes, text.slice(last), marks);
    return mergeAdjacentText(nodes);
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
    return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}


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
    let n = 0;
    for (const _ of text)
        n++;
    return n;
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
    if (measureLength(text, measure) <= max)
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
/* harmony export */   $z: () => (/* binding */ yamlParser),
/* harmony export */   D7: () => (/* binding */ loadYamlParser),
/* harmony export */   NC: () => (/* binding */ withYamlParser)
/* harmony export */ });
/* unused harmony export YamlParserNotLoaded */
let parser;
/**
 * The `yaml` package is a quarter of the bundle: it is loaded (a chunk of its own) only when a text that is not
 * JSON must be parsed, so a send with a built-in template and JSON-or-absent inputs never pays for it.
 */
async function loadYamlParser() {
    parser ??= await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
}
/** Thrown by `yamlParser()` before `loadYamlParser()`: the caller retries through `withYamlParser`. */
class YamlParserNotLoaded extends Error {
    constructor() {
        super('internal error: the YAML parser was used before it was loaded');
        this.name = 'YamlParserNotLoaded';
    }
}
function yamlParser() {
    if (!parser)
        throw new YamlParserNotLoaded();
    return parser;
}
/** Runs `parse` (which must have no side effects), loading the YAML parser and running it again if it needs one. */
async function withYamlParser(parse) {
    try {
        return parse();
    }
    catch (error) {
        if (!(error instanceof YamlParserNotLoaded))
            throw error;
        await loadYamlParser();
        return parse();
    }
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

/***/ 6897:
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

// EXTERNAL MODULE: ./src/hash.ts + 1 modules
var hash = __nccwpck_require__(5412);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/delivery/deliver.ts
var deliver = __nccwpck_require__(8973);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/platforms/types.ts
var types = __nccwpck_require__(4473);
// EXTERNAL MODULE: ./src/yaml-parser.ts
var yaml_parser = __nccwpck_require__(2186);
;// CONCATENATED MODULE: ./src/structured-text.ts


/**
 * Reads JSON or YAML text that must hold a mapping. JSON is tried first (what workflows usually pass, and no
 * YAML parser needed); YAML errors are reported by position and reason only, never by quoting the text,
 * since inputs such as `headers` hold credentials.
 */
function parseMappingText(text, source) {
    const value = parseJsonOrYaml(text, source);
    if ((value === null || value === undefined) && source.allowEmpty)
        return {};
    if (!isMapping(value)) {
        throw new errors/* InputError */.dz(source.input, `${source.place} must be a mapping of names to values, but it is ${describeKind(value)}`, source.hint);
    }
    return value;
}
function parseJsonOrYaml(text, source) {
    try {
        return JSON.parse(text);
    }
    catch {
        // Not JSON: YAML reads the rest (JSON is YAML), and its errors carry line and column.
    }
    const yaml = (0,yaml_parser/* yamlParser */.$z)();
    try {
        return yaml.parse(text, { uniqueKeys: true, schema: source.scalarsAsText ? 'failsafe' : 'core' });
    }
    catch (error) {
        throw new errors/* InputError */.dz(source.input, `${source.place} is not valid JSON or YAML${describeYamlError(error)}`, `Fix the syntax there. ${source.hint}`);
    }
}
function describeYamlError(error) {
    if (!(error instanceof (0,yaml_parser/* yamlParser */.$z)().YAMLParseError))
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
 * Sized from the slowest documented limit: a storm of 100 alerts to one Discord channel (30 messages a minute)
 * drains in about 4 minutes, so even the run that loses every race gets through, with more than 3× to spare.
 */
const DEFAULT_MAX_WAIT_SECONDS = 900;
function readConfig(input, env = {}) {
    return {
        platform: readPlatform(input('platform')),
        url: input('url') || undefined,
        headers: readHeaders(input('headers')),
        template: input('template') || undefined,
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
            token: input('token'),
            email: input('email'),
            repository: input('repository'),
            apiUrl: env.GITHUB_API_URL ?? ''
        },
        tracking: {
            dedupeKey: input('dedupe-key') || DEFAULT_DEDUPE_KEY,
            repeat: readChoice(input('repeat') || 'comment', 'repeat', ['comment', 'skip', 'new']),
            resolve: readChoice(input('resolve') || 'close', 'resolve', ['close', 'comment', 'ignore'])
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
        if (/[\r\n]/.test(headerValue)) {
            throw new errors/* InputError */.dz('headers', `the value of "${name}" contains a line break`, 'Put each header on its own line as Name: value');
        }
        headers[name.toLowerCase()] = headerValue;
    }
    return headers;
}
function readVars(text) {
    if (!text)
        return {};
    const hint = 'Write one variable a line, e.g. \'project: ENG\', or JSON such as \'{"team_id": "…"}\'';
    const vars = parseMappingText(text, { input: 'vars', place: 'the value', hint, allowEmpty: true });
    return JSON.parse(JSON.stringify(vars));
}

// EXTERNAL MODULE: ./src/platforms/registry.ts
var registry = __nccwpck_require__(5493);
// EXTERNAL MODULE: ./src/event/derive.ts
var derive = __nccwpck_require__(3837);
// EXTERNAL MODULE: ./src/event/normalise.ts
var normalise = __nccwpck_require__(3002);
// EXTERNAL MODULE: ./src/event/scope.ts
var event_scope = __nccwpck_require__(4592);
// EXTERNAL MODULE: ./src/event/tokens.ts + 5 modules
var tokens = __nccwpck_require__(2396);
;// CONCATENATED MODULE: ./src/event/source.ts




const EVENT_INPUT = "the 'event' input";
const MAPPING_HINT = 'Write the tokens as a mapping: {"alert_summary": "…", "run_status": "FAILURE"} or "alert_summary: …" lines';
const HOW_TO_PROVIDE = "Provide alert data in one of three ways: the 'event' input (the tokens as JSON or YAML), " +
    'a repository_dispatch event with the tokens in client_payload.alert (the Dagster+ webhook body), ' +
    "or a workflow_dispatch event with the tokens as inputs (or an 'alert' input holding them as JSON)";
/** The alert tokens from the first source that has any: the `event` input, then the dispatch event. */
function readAlertData(sources) {
    const found = findAlertData(sources);
    if (!found)
        throw new errors/* InputError */.dz('event', `no alert data found: ${describeAbsence(sources)}`, HOW_TO_PROVIDE);
    if (!hasTokenValue(found.data)) {
        const problem = `no alert data found: ${found.origin} has no Dagster+ token with a value`;
        throw new errors/* InputError */.dz('event', `${problem} (empty values and unreplaced {{token}} placeholders count as missing)`, HOW_TO_PROVIDE);
    }
    return found;
}
function findAlertData({ eventInput, eventName, eventPayload }) {
    if (eventInput.trim() !== '') {
        const root = parseMapping(eventInput, EVENT_INPUT);
        // The whole dispatch body or event file pasted in: its tokens live in client_payload.
        const tokens = isMapping(root.client_payload) ? root.client_payload : root;
        return { data: mergeNestedAlert(tokens, EVENT_INPUT), origin: EVENT_INPUT };
    }
    const payload = isMapping(eventPayload) ? eventPayload : {};
    if (eventName === 'repository_dispatch' && isMapping(payload.client_payload)) {
        const origin = 'repository_dispatch client_payload';
        return { data: mergeNestedAlert(payload.client_payload, origin), origin };
    }
    if (eventName === 'workflow_dispatch' && isMapping(payload.inputs)) {
        const origin = 'workflow_dispatch inputs';
        return { data: mergeNestedAlert(payload.inputs, origin), origin };
    }
    return undefined;
}
/** Top-level tokens merged with those under `alert` (a mapping, or mapping text); present `alert` values win. */
function mergeNestedAlert(tokens, origin) {
    const { alert, ...topLevel } = tokens;
    if ((0,normalise/* isMissingValue */.y)(alert))
        return topLevel;
    const where = `'alert' in ${origin}`;
    const nested = typeof alert === 'string' ? parseMapping(alert, where) : alert;
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

// EXTERNAL MODULE: ./src/template/compile.ts + 3 modules
var compile = __nccwpck_require__(7397);
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
    const events = frontMatter.events;
    if (!events)
        return true;
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
    const alert = type ? `a ${type} alert` : 'an alert without notification_type';
    return `Nothing sent: no template of this step is meant for ${alert}. This step serves ${served}; list a template for ${type ?? 'it'} in the template input to send it here.`;
}

;// CONCATENATED MODULE: ./src/relay.ts












/** inputs → event → template → render → fit → validate → deliver. Throws InputError/TemplateError/PayloadError/DeliveryError. */
async function relay(config, environment) {
    const alertData = await (0,yaml_parser/* withYamlParser */.NC)(() => readAlertData({
        eventInput: config.event,
        eventName: environment.eventName,
        eventPayload: environment.eventPayload
    }));
    const alert = (0,normalise/* normaliseAlert */.j)(alertData.data);
    environment.info(`Alert data from ${alertData.origin}`);
    const warnings = [];
    const warn = (problem) => {
        warnings.push(problem);
        environment.warn(problem);
    };
    const type = typeof alert.notification_type === 'string' ? alert.notification_type : undefined;
    const destination = await chooseDestination(config, environment.workspace, type);
    if ('notServed' in destination) {
        const { platform, notServed, templates } = destination;
        return {
            platform: platform.name,
            template: templates,
            status: 'skipped',
            url: '',
            id: '',
            attempts: 0,
            payload: null,
            response: '',
            warnings,
            notice: notServed
        };
    }
    const { platform, target, template, source } = destination;
    // Built-in templates are checked before they ship (the platform conformance suite); a user's template, or vars
    // that a template may not read, get the checks `check` makes. Loaded only then: most sends need none of it.
    if (!destination.allBuiltin || Object.keys(config.vars).length > 0) {
        const { applyTemplateFindings } = await __nccwpck_require__.e(/* import() */ 895).then(__nccwpck_require__.bind(__nccwpck_require__, 8895));
        await applyTemplateFindings(destination, config, warn);
    }
    for (const { tokens, consequence } of (0,derive/* missingTokens */.Bk)(alert)) {
        warn({
            path: 'event',
            message: `the ${alert.notification_type} alert has none of ${tokens.join(', ')}: ${consequence}. ${MISSING_TOKENS_FIX}`
        });
    }
    const derived = (0,derive/* deriveValues */.gL)(alert, environment.env);
    const scope = (0,event_scope/* templateScope */.N)(alert, derived, config.vars);
    const rendered = template.render(scope).value;
    const ctx = {
        target,
        settings: config.settings,
        headers: config.headers,
        vars: config.vars,
        authoredText: `${source.text}\n${JSON.stringify(config.vars)}`,
        state: new Map(),
        warn
    };
    const payload = platform.fit(rendered, ctx);
    const problems = platform.validate(payload, ctx);
    if (problems.length > 0)
        throw new errors/* PayloadError */.tG(platform.name, problems);
    const base = { platform: platform.name, template: template.file, payload, warnings };
    const { tracker } = platform;
    // the tracking flow is loaded only for issue platforms
    const tracking = tracker && { ...(await __nccwpck_require__.e(/* import() */ 826).then(__nccwpck_require__.bind(__nccwpck_require__, 6826))), ...(await __nccwpck_require__.e(/* import() */ 526).then(__nccwpck_require__.bind(__nccwpck_require__, 8526))) };
    const plan = tracking &&
        tracking.planTracking({ config: config.tracking, alert, derived, scope, now: environment.delivery.now() });
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
    const delivered = tracker && tracking && plan
        ? await tracking.deliverTracked({ platform, tracker, payload, ctx, plan, options, deps })
        : await (0,deliver/* deliver */.cK)(platform, payload, ctx, options, deps);
    return { ...base, ...delivered, rateLimitWaitSeconds: Math.round(rateLimitWaitMs / 100) / 10 };
}
const MISSING_TOKENS_FIX = 'Send every token in the Dagster+ webhook body: README "Dagster+ webhook set-up", examples/dagster-webhook-body.json or `dagster-alert-relay dispatch-body`';
/**
 * The platform comes from the `platform` input, else the `url`, else the templates' front matter; the template is
 * the first the `template` input lists that is meant for the alert's type (§4 routing), else the platform's built-in
 * for that endpoint. No listed template for the type: nothing to send.
 */
async function chooseDestination(config, workspace, type) {
    const listed = [];
    for (const ref of templateList(config.template))
        listed.push(await compiled(ref, workspace));
    const platform = await (0,registry/* loadPlatform */.Gp)(choosePlatform(config, listed).name);
    for (const { ref, template } of listed) {
        const declared = template.frontMatter.platform;
        const declaredPlatform = declared ? (0,registry/* platformOfDeclared */.$X)(declared) : undefined;
        if (declared && declaredPlatform?.name !== platform.name) {
            throw new errors/* InputError */.dz('template', `${template.file} is written for ${declared}, but the platform is ${platform.name}`, `Use a ${platform.name} template or set platform: ${declaredPlatform ? declaredPlatform.name : declared}`);
        }
        // Every listed template must fit the url, not only the one this alert happens to use.
        platform.resolveTarget(config.url, templateVariant(platform, ref, template), config.settings);
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
    const target = platform.resolveTarget(config.url, templateVariant(platform, chosen.ref, chosen.template), config.settings);
    return {
        platform,
        target,
        template: chosen.template,
        source: chosen.source,
        listed: listed.map(each => each.template),
        allBuiltin: listed.every(each => each.source.builtin)
    };
}
/** A variant in front matter (jira-v3) says which API version the template is for, as a file name can. */
function templateVariant(platform, ref, template) {
    const declared = template.frontMatter.platform;
    return declared && declared !== platform.name ? declared : ref;
}
async function compiled(ref, workspace) {
    const source = (0,load/* loadTemplate */.PM)(ref, workspace);
    return { ref, source, template: await (0,yaml_parser/* withYamlParser */.NC)(() => (0,compile/* compileTemplate */.G)(source)) };
}
function choosePlatform(config, listed) {
    if (config.platform)
        return (0,registry/* descriptorByName */.CD)(config.platform);
    const inferred = config.url ? (0,registry/* inferPlatform */.qW)(config.url) : undefined;
    if (inferred)
        return inferred;
    const declared = [
        ...new Set(listed.flatMap(each => each.template.frontMatter.platform === undefined
            ? []
            : [(0,registry/* platformOfDeclared */.$X)(each.template.frontMatter.platform) ?? each.template.frontMatter.platform]))
    ];
    if (declared.length > 1) {
        const which = listed
            .map(each => `${each.template.file}: ${each.template.frontMatter.platform ?? 'none'}`)
            .join(', ');
        throw new errors/* InputError */.dz('template', `the templates are written for different platforms (${which})`, 'Send to each platform from its own step, with its own templates');
    }
    if (declared[0] !== undefined && typeof declared[0] !== 'string')
        return declared[0];
    const why = config.url ? 'could not be inferred from the url' : 'is not set and there is no url to infer it from';
    throw new errors/* InputError */.dz('platform', why, `Set platform to one of: ${types/* PLATFORM_NAMES */.Z.join(', ')}`);
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/runner.ts



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
/** Appends Markdown (and a line end) to the job summary file; rejects when the file cannot be written. */
async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    try {
        await (0,promises_namespaceObject.access)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await (0,promises_namespaceObject.appendFile)(file, markdown + external_node_os_namespaceObject.EOL, { encoding: 'utf8' });
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

;// CONCATENATED MODULE: ./src/secrets.ts

/** Shorter values would redact common words and digits all over the log, so they are never registered. */
const MIN_SECRET_LENGTH = 4;
const MASK = '***';
/** Query parameters whose values are credentials (`?token=`, `api_key=`, `sig=`, `client_secret=`, …). */
const SECRET_QUERY_NAME = /token|key|secret|sig|pass/i;
const AUTHORIZATION_HEADER = /^(?:proxy-)?authorization$/i;
/** The forms a secret takes on its way into a URL or a JSON body, where a reply may echo it back. */
function encodedForms(value) {
    return [value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)];
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
/**
 * Every credential the action handles, in all the forms it may show up in: registered with the runner's
 * log masking (`values()`) and scrubbed from every message the action writes itself (`redact()`).
 */
class Secrets {
    registered = new Set();
    add(value) {
        for (const form of encodedForms(value)) {
            if (form.length >= MIN_SECRET_LENGTH)
                this.registered.add(form);
        }
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
    /** A login sent as `Basic base64(user:password)` (Jira's email and API token): the pair and its Base64 form. */
    addBasicLogin(user, password) {
        const pair = `${user}:${password}`;
        this.add(pair);
        this.add(Buffer.from(pair).toString('base64'));
    }
    /** Credentials inside a URL: the path parts platforms call credentials (webhook tokens), userinfo, secret-looking query values. */
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
        for (const [name, value] of parsed.searchParams) {
            if (SECRET_QUERY_NAME.test(name))
                this.add(value);
        }
    }
    /** Everything registered, longest first so a secret containing another is masked whole. */
    values() {
        return [...this.registered].sort((a, b) => b.length - a.length);
    }
    redact(text) {
        let redacted = text;
        for (const value of this.values())
            redacted = redacted.split(value).join(MASK);
        return redacted;
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

// EXTERNAL MODULE: ./src/summary.ts
var summary = __nccwpck_require__(8855);
;// CONCATENATED MODULE: ./src/main.ts











/** The only place that talks to the runner: inputs, outputs, masking, logs, the job summary. */
async function run() {
    const secrets = new Secrets();
    try {
        const config = await (0,yaml_parser/* withYamlParser */.NC)(() => readConfig(name => getInput(name), process.env));
        maskSecrets(config, secrets);
        if (config.mode === 'check')
            return await check(config);
        const outcome = await relay(config, {
            workspace: workspace(),
            env: process.env,
            eventName: process.env.GITHUB_EVENT_NAME ?? '',
            eventPayload: readEventFile(process.env.GITHUB_EVENT_PATH),
            delivery: (0,deliver/* defaultDeliveryDeps */.C2)(secrets, logLine, process.env),
            info: logLine,
            warn: problem => warning(secrets.redact(`${problem.path ? `${problem.path}: ` : ''}${problem.message}`))
        });
        report(outcome, secrets);
    }
    catch (error) {
        fail(error, secrets);
    }
}
/**
 * `mode: check`: every finding as an annotation, a line per template, the job summary; fails on any error.
 * Loaded only in check mode: its GraphQL parser would slow every send.
 */
async function check(config) {
    const { runCheck } = await Promise.all(/* import() */[__nccwpck_require__.e(929), __nccwpck_require__.e(717)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9717));
    // templates for any platform, written in YAML
    await Promise.all([(0,registry/* loadAllPlatforms */.q8)(), (0,yaml_parser/* loadYamlParser */.D7)()]);
    const result = runCheck({ template: config.template, workspace: workspace(), vars: config.vars });
    for (const finding of result.findings) {
        const properties = {
            title: finding.title,
            file: finding.file,
            startLine: finding.line,
            startColumn: finding.column
        };
        if (finding.severity === 'error')
            error(finding.message, properties);
        else
            warning(finding.message, properties);
    }
    for (const line of result.lines)
        info(line);
    writeSummary(result.summary);
    if (result.errors > 0)
        setFailed(`Template check failed: ${result.lines[result.lines.length - 1]}`);
}
/** Where the caller's repository is checked out: templates given as paths are read from there. */
function workspace() {
    return process.env.GITHUB_WORKSPACE || process.cwd();
}
function maskSecrets(config, secrets) {
    for (const [name, value] of Object.entries(config.headers))
        secrets.addHeader(name, value);
    if (config.url)
        secrets.addUrl(config.url);
    if (config.settings.signingSecret)
        secrets.addSigningSecret(config.settings.signingSecret);
    if (config.settings.token)
        secrets.add(config.settings.token);
    if (config.settings.email && config.settings.token)
        secrets.addBasicLogin(config.settings.email, config.settings.token);
    for (const value of secrets.values())
        setSecret(value);
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
function report(outcome, secrets) {
    const payload = secrets.redact(JSON.stringify(outcome.payload));
    const response = secrets.redact(outcome.response);
    setOutput('url', outcome.url);
    setOutput('id', outcome.id);
    setOutput('status', outcome.status);
    setOutput('attempts', String(outcome.attempts));
    setOutput('payload', payload);
    setOutput('response', response);
    if (outcome.status === 'dry-run')
        printUntrusted('Rendered payload (dry run, nothing sent)', secrets.redact(JSON.stringify(outcome.payload, null, 2)));
    const waited = outcome.rateLimitWaitSeconds ? ` (waited ${outcome.rateLimitWaitSeconds} s for rate limits)` : '';
    info(`${outcome.platform}: ${outcome.status}${outcome.url ? ` ${outcome.url}` : ''}${waited}`);
    if (outcome.notice)
        notice(secrets.redact(outcome.notice));
    writeSummary(secrets.redact((0,summary/* outcomeSummary */.hG)(outcome)));
}
function fail(error, secrets) {
    const message = secrets.redact(error instanceof Error ? error.message : String(error));
    const attempts = error instanceof errors/* DeliveryError */.VE ? error.attempts : 0;
    setOutput('status', 'failed');
    setOutput('attempts', String(attempts));
    if (error instanceof errors/* DeliveryError */.VE && error.response)
        setOutput('response', secrets.redact(error.response));
    const detail = error instanceof errors/* DeliveryError */.VE ? '' : ' (nothing was sent)';
    setFailed(`${message}${detail}`);
    writeSummary(secrets.redact((0,summary/* failureSummary */.jg)(message, attempts)));
}
/**
 * Log lines can carry a platform's reply text, which may echo alert text: folded to one line, no part of it
 * can start a line the runner would read as a workflow command (`::add-mask::`, `::error::`, …).
 */
function logLine(message) {
    info(message.replace(/[\r\n]+/g, ' '));
}
/**
 * Alert text may contain lines such as `::add-mask::` or `::error::`; stop-commands makes the runner
 * print them instead of executing them.
 */
function printUntrusted(title, text) {
    const token = (0,hash/* randomId */.z)();
    startGroup(title);
    info(`::stop-commands::${token}`);
    info(text);
    info(`::${token}::`);
    endGroup();
}
function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    appendSummary(markdown)
        .catch(error => warning(`Could not write the job summary: ${error instanceof Error ? error.message : error}`));
}

;// CONCATENATED MODULE: ./src/index.ts

run();


//# sourceMappingURL=index.js.map