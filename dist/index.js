import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8694:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;
/*
 * liquidjs@10.30.1, https://github.com/harttle/liquidjs
 * (c) 2016-2026 harttle
 * Released under the MIT License.
 */


__webpack_unused_export__ = ({ value: true });

var stream = __nccwpck_require__(2203);
var path = __nccwpck_require__(6928);
var fs$1 = __nccwpck_require__(9896);
var crypto = __nccwpck_require__(6982);

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
const hasOwnProperty = Object.hasOwnProperty;
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
function promisify(fn) {
    return function (...args) {
        return new Promise((resolve, reject) => {
            fn(...args, (err, result) => {
                err ? reject(err) : resolve(result);
            });
        });
    };
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
    if (ownPropertyOnly && !hasOwnProperty.call(arr, index))
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
        if (hasOwnProperty.call(obj, k)) {
            if (iteratee(obj[k], k, obj) === false)
                break;
        }
    }
    return obj;
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
        return obj?.[TRAIT] === 'LiquidError';
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
        this.stream = new stream.PassThrough();
    }
    write(html) {
        this.stream.write(stringify(html));
    }
    error(err) {
        this.stream.emit('error', err);
    }
    end() {
        this.stream.end();
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

function toLiquidAsync(asyncFn, syncFn) {
    const syncImpl = syncFn || asyncFn;
    return (sync, ...args) => {
        return sync ? syncImpl(...args) : asyncFn(...args);
    };
}
// convert an async iterator to a Promise
async function toPromise(val) {
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
                value = await value;
        }
        catch (err) {
            next = 'throw';
            value = err;
        }
    } while (!done);
    return value;
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
        const width = Number(opts.width) || 9;
        const str = padStart(String(d.getMilliseconds()), 3, '0').slice(0, width);
        opts.memoryLimit?.use(width - str.length);
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
    memoryLimit?.use(Number(padWidth) - ret.length);
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
        if (init?.timeZone) {
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
        return this.format({ month: 'long' }) ?? monthNames[this.getMonth()];
    }
    getShortMonthName() {
        return this.format({ month: 'short' }) ?? monthNamesShort[this.getMonth()];
    }
    getLongWeekdayName() {
        return this.format({ weekday: 'long' }) ?? dayNames[this.displayDate.getDay()];
    }
    getShortWeekdayName() {
        return this.format({ weekday: 'short' }) ?? dayNamesShort[this.displayDate.getDay()];
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
        super(exports.Yp.Tag, [valueBegin, valueEnd], input, begin, end, trimTagLeft, trimTagRight, file);
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
        super(exports.Yp.Output, valueRange, input, begin, end, trimOutputLeft, trimOutputRight, file);
    }
}

class HTMLToken extends Token {
    constructor(input, begin, end, file) {
        super(exports.Yp.HTML, input, begin, end, file);
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
        super(exports.Yp.Number, input, begin, end, file);
        this.input = input;
        this.begin = begin;
        this.end = end;
        this.file = file;
        this.content = Number(this.getText());
    }
}

class IdentifierToken extends Token {
    constructor(input, begin, end, file) {
        super(exports.Yp.Word, input, begin, end, file);
        this.input = input;
        this.begin = begin;
        this.end = end;
        this.file = file;
        this.content = this.getText();
    }
}

class LiteralToken extends Token {
    constructor(input, begin, end, file) {
        super(exports.Yp.Literal, input, begin, end, file);
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
        super(exports.Yp.Operator, input, begin, end, file);
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
        super(exports.Yp.PropertyAccess, input, begin, end, file);
        this.variable = variable;
        this.props = props;
    }
}

class FilterToken extends Token {
    constructor(name, args, input, begin, end, file) {
        super(exports.Yp.Filter, input, begin, end, file);
        this.name = name;
        this.args = args;
    }
}

class HashToken extends Token {
    constructor(input, begin, end, name, value, file) {
        super(exports.Yp.Hash, input, begin, end, file);
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
        super(exports.Yp.Quoted, input, begin, end, file);
        this.input = input;
        this.begin = begin;
        this.end = end;
        this.file = file;
        this.content = parseStringLiteral(this.getText());
    }
}

class RangeToken extends Token {
    constructor(input, begin, end, lhs, rhs, file) {
        super(exports.Yp.Range, input, begin, end, file);
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
        super(exports.Yp.Tag, [begin, end], input, begin, end, false, false, file);
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
        super(exports.Yp.FilteredValue, input, begin, end, file);
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
            : (isFunction(options?.handler) ? options.handler : identify);
        this.raw = !isFunction(options) && !!options?.raw;
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
        if (isFunction(l?.indexOf))
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

const requireResolve = (partial) => __WEBPACK_EXTERNAL_createRequire(import.meta.url).resolve(partial, { paths: ['.'] });

const statAsync = promisify(fs$1.stat);
const readFileAsync = promisify(fs$1.readFile);
async function exists(filepath) {
    try {
        await statAsync(filepath);
        return true;
    }
    catch (err) {
        return false;
    }
}
function readFile(filepath) {
    return readFileAsync(filepath, 'utf8');
}
function existsSync(filepath) {
    try {
        fs$1.statSync(filepath);
        return true;
    }
    catch (err) {
        return false;
    }
}
function readFileSync(filepath) {
    return fs$1.readFileSync(filepath, 'utf8');
}
function resolve(root, file, ext) {
    if (!path.extname(file))
        file += ext;
    return path.resolve(root, file);
}
function fallback(file) {
    try {
        return requireResolve(file);
    }
    catch (e) { }
}
function dirname(filepath) {
    return path.dirname(filepath);
}
const realpathAsync = promisify(fs$1.realpath);
async function contains(root, file) {
    try {
        const realRoot = await realpathAsync(root);
        const realFile = await realpathAsync(file);
        const prefix = realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep;
        return realFile.startsWith(prefix);
    }
    catch {
        return false;
    }
}
function containsSync(root, file) {
    try {
        const realRoot = fs$1.realpathSync(root);
        const realFile = fs$1.realpathSync(file);
        const prefix = realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep;
        return realFile.startsWith(prefix);
    }
    catch {
        return false;
    }
}

var fs = /*#__PURE__*/Object.freeze({
  __proto__: null,
  exists: exists,
  readFile: readFile,
  existsSync: existsSync,
  readFileSync: readFileSync,
  resolve: resolve,
  fallback: fallback,
  dirname: dirname,
  contains: contains,
  containsSync: containsSync,
  sep: path.sep
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
function escape(str) {
    str = stringify(str);
    this.context.memoryLimit.use(str.length);
    return str.replace(/&|<|>|"|'/g, m => escapeMap[m]);
}
function xml_escape(str) {
    return escape.call(this, str);
}
function unescape(str) {
    str = stringify(str);
    this.context.memoryLimit.use(str.length);
    return str.replace(/&(amp|lt|gt|#34|#39);/g, m => unescapeMap[m]);
}
function escape_once(str) {
    return escape.call(this, unescape.call(this, str));
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
  escape: escape,
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
    async exists(filepath) {
        return this.existsSync(filepath);
    }
    existsSync(filepath) {
        return !isNil(this.mapping[filepath]);
    }
    async readFile(filepath) {
        return this.readFileSync(filepath);
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
    options = { ...defaultOptions, ...(options.jekyllInclude ? { dynamicPartials: false } : {}), ...options };
    if ((!options.fs.dirname || !options.fs.sep) && options.relativeReference) {
        console.warn('[LiquidJS] `fs.dirname` and `fs.sep` are required for relativeReference, set relativeReference to `false` to suppress this warning');
        options.relativeReference = false;
    }
    options.root = normalizeDirectoryList(options.root);
    options.partials = normalizeDirectoryList(options.partials);
    options.layouts = normalizeDirectoryList(options.layouts);
    options.outputEscape = options.outputEscape && getOutputEscapeFunction(options.outputEscape);
    if (!options.locale) {
        options.locale = getDateTimeFormat()?.().resolvedOptions().locale ?? 'en-US';
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
        return escape;
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
        super(token);
        const tokenizer = new Tokenizer(token.input, liquid.options.operators, token.file, token.contentRange, liquid.options.groupedExpressions);
        this.value = new Value(tokenizer.readFilteredValue(), liquid);
        const filters = this.value.filters;
        const outputEscape = liquid.options.outputEscape;
        if (!filters[filters.length - 1]?.raw && outputEscape) {
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
    const opts = { ...defaultStaticAnalysisOptions, ...options };
    return toPromise(_analyze(template, opts.partials, false));
}
/**
 * Statically analyze a template and report variable usage.
 */
function analyzeSync(template, options = {}) {
    const opts = { ...defaultStaticAnalysisOptions, ...options };
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
        return this.stack.pop()?.names;
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

(function (LookupType) {
    LookupType["Partials"] = "partials";
    LookupType["Layouts"] = "layouts";
    LookupType["Root"] = "root";
})(exports.Rv || (exports.Rv = {}));
class Loader {
    constructor(options) {
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
        this.contains = toLiquidAsync(fs.contains?.bind(fs) || (async () => true), fs.containsSync?.bind(fs) || (() => true));
        this.exists = toLiquidAsync(fs.exists?.bind(fs) || (async () => false), fs.existsSync?.bind(fs));
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
        this.liquid = liquid;
        this.cache = this.liquid.options.cache;
        this.fs = this.liquid.options.fs;
        this.parseFile = this.cache ? this._parseFileCached : this._parseFile;
        this.loader = new Loader(this.liquid.options);
        this.parseLimit = new Limiter('parse length', liquid.options.parseLimit);
        this.readFile = toLiquidAsync(this.fs.readFile?.bind(this.fs) || (async () => { throw new Error('readFile not implemented'); }), this.fs.readFileSync?.bind(this.fs));
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
    *_parseFileCached(file, sync, type = exports.Rv.Root, currentFile) {
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
    *_parseFile(file, sync, type = exports.Rv.Root, currentFile) {
        const filepath = yield this.loader.lookup(file, type, sync, currentFile);
        return this.parse(yield this.readFile(!!sync, filepath), filepath);
    }
}

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
})(exports.Yp || (exports.Yp = {}));

function isDelimitedToken(val) {
    return !!(getKind(val) & exports.Yp.Delimited);
}
function isOperatorToken(val) {
    return getKind(val) === exports.Yp.Operator;
}
function isHTMLToken(val) {
    return getKind(val) === exports.Yp.HTML;
}
function isOutputToken(val) {
    return getKind(val) === exports.Yp.Output;
}
function isTagToken(val) {
    return getKind(val) === exports.Yp.Tag;
}
function isQuotedToken(val) {
    return getKind(val) === exports.Yp.Quoted;
}
function isLiteralToken(val) {
    return getKind(val) === exports.Yp.Literal;
}
function isNumberToken(val) {
    return getKind(val) === exports.Yp.Number;
}
function isPropertyAccessToken(val) {
    return getKind(val) === exports.Yp.PropertyAccess;
}
function isWordToken(val) {
    return getKind(val) === exports.Yp.Word;
}
function isRangeToken(val) {
    return getKind(val) === exports.Yp.Range;
}
function isFilteredValueToken(val) {
    return getKind(val) === exports.Yp.FilteredValue;
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

function createScope(from) {
    const scope = Object.create(null);
    if (from)
        Object.assign(scope, from);
    return scope;
}

class Context {
    constructor(env = {}, opts = defaultOptions, renderOptions = {}, { memoryLimit, renderLimit, liquid } = {}) {
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
        this.globals = renderOptions.globals ?? opts.globals;
        this.environments = isObject(env) ? env : Object(env);
        this.strictVariables = renderOptions.strictVariables ?? this.opts.strictVariables;
        this.ownPropertyOnly = renderOptions.ownPropertyOnly ?? opts.ownPropertyOnly;
        this.memoryLimit = memoryLimit ?? new Limiter('memory alloc', renderOptions.memoryLimit ?? opts.memoryLimit);
        this.renderLimit = renderLimit ?? new Limiter('template render', getPerformance().now() + (renderOptions.renderLimit ?? opts.renderLimit));
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
    if (ownPropertyOnly && !hasOwnProperty.call(obj, key) && !(obj instanceof Drop))
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
    if (hasOwnProperty.call(obj, 'size') || obj['size'] !== undefined)
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
const last = argumentsToValue(function (v) {
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
  last: last,
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
    const size = (v?.length ?? 0) + (timezoneOffset?.length ?? 0);
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
    const defaultTimezoneOffset = timezoneOffset ?? opts.timezoneOffset;
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
    return Buffer.from(str, 'utf8').toString('base64');
}
function base64Decode(str) {
    return Buffer.from(str, 'base64').toString('utf8');
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

function sha256(str) {
    return crypto.createHash('sha256').update(str, 'utf8').digest('hex');
}
function hmacSha256(str, key) {
    return crypto.createHmac('sha256', key).update(str, 'utf8').digest('hex');
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

const filters = {
    ...htmlFilters,
    ...mathFilters,
    ...urlFilters,
    ...arrayFilters,
    ...dateFilters,
    ...stringFilters,
    ...base64Filters,
    ...cryptoFilters,
    ...misc
};

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
        if (outputEscape && !candidate.filters[candidate.filters.length - 1]?.raw) {
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
        if (!this.value)
            return;
        let val = yield toValue(yield this.value.value(ctx, false));
        const outputEscape = this.liquid.options.outputEscape;
        if (outputEscape && !this.value.filters[this.value.filters.length - 1]?.raw) {
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
    async render(tpl, scope, renderOptions) {
        return toPromise(this._render(tpl, scope, { ...renderOptions, sync: false }));
    }
    renderSync(tpl, scope, renderOptions) {
        return toValueSync(this._render(tpl, scope, { ...renderOptions, sync: true }));
    }
    renderToNodeStream(tpl, scope, renderOptions = {}) {
        const ctx = new Context(scope, this.options, renderOptions, { liquid: this });
        return this.renderer.renderTemplatesToNodeStream(tpl, ctx);
    }
    _parseAndRender(html, scope, renderOptions) {
        const tpl = this.parse(html);
        return this._render(tpl, scope, renderOptions);
    }
    async parseAndRender(html, scope, renderOptions) {
        return toPromise(this._parseAndRender(html, scope, { ...renderOptions, sync: false }));
    }
    parseAndRenderSync(html, scope, renderOptions) {
        return toValueSync(this._parseAndRender(html, scope, { ...renderOptions, sync: true }));
    }
    _parsePartialFile(file, sync, currentFile) {
        return new Parser(this).parseFile(file, sync, exports.Rv.Partials, currentFile);
    }
    _parseLayoutFile(file, sync, currentFile) {
        return new Parser(this).parseFile(file, sync, exports.Rv.Layouts, currentFile);
    }
    _parseFile(file, sync, lookupType, currentFile) {
        return new Parser(this).parseFile(file, sync, lookupType, currentFile);
    }
    async parseFile(file, lookupType) {
        return toPromise(new Parser(this).parseFile(file, false, lookupType));
    }
    parseFileSync(file, lookupType) {
        return toValueSync(new Parser(this).parseFile(file, true, lookupType));
    }
    *_renderFile(file, ctx, renderFileOptions) {
        const templates = (yield this._parseFile(file, renderFileOptions.sync, renderFileOptions.lookupType));
        return yield this._render(templates, ctx, renderFileOptions);
    }
    async renderFile(file, ctx, renderFileOptions) {
        return toPromise(this._renderFile(file, ctx, { ...renderFileOptions, sync: false }));
    }
    renderFileSync(file, ctx, renderFileOptions) {
        return toValueSync(this._renderFile(file, ctx, { ...renderFileOptions, sync: true }));
    }
    async renderFileToNodeStream(file, scope, renderOptions) {
        const templates = await this.parseFile(file);
        return this.renderToNodeStream(templates, scope, renderOptions);
    }
    _evalValue(str, scope) {
        const value = new Value(str, this);
        const ctx = scope instanceof Context ? scope : new Context(scope, this.options, {}, { liquid: this });
        return value.value(ctx);
    }
    async evalValue(str, scope) {
        return toPromise(this._evalValue(str, scope));
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
    async analyze(template, options = {}) {
        return analyze(template, options);
    }
    analyzeSync(template, options = {}) {
        return analyzeSync(template, options);
    }
    async parseAndAnalyze(html, filename, options = {}) {
        return analyze(this.parse(html, filename), options);
    }
    parseAndAnalyzeSync(html, filename, options = {}) {
        return analyzeSync(this.parse(html, filename), options);
    }
    /** Return an array of all variables without their properties. */
    async variables(template, options = {}) {
        const analysis = await analyze(isString(template) ? this.parse(template) : template, options);
        return Object.keys(analysis.variables);
    }
    /** Return an array of all variables without their properties. */
    variablesSync(template, options = {}) {
        const analysis = analyzeSync(isString(template) ? this.parse(template) : template, options);
        return Object.keys(analysis.variables);
    }
    /** Return an array of all variables including their properties/paths. */
    async fullVariables(template, options = {}) {
        const analysis = await analyze(isString(template) ? this.parse(template) : template, options);
        return Array.from(new Set(Object.values(analysis.variables).flatMap((a) => a.map((v) => String(v)))));
    }
    /** Return an array of all variables including their properties/paths. */
    fullVariablesSync(template, options = {}) {
        const analysis = analyzeSync(isString(template) ? this.parse(template) : template, options);
        return Array.from(new Set(Object.values(analysis.variables).flatMap((a) => a.map((v) => String(v)))));
    }
    /** Return an array of all variables, each as an array of properties/segments. */
    async variableSegments(template, options = {}) {
        const analysis = await analyze(isString(template) ? this.parse(template) : template, options);
        return Array.from(strictUniq(Object.values(analysis.variables).flatMap((a) => a.map((v) => v.toArray()))));
    }
    /** Return an array of all variables, each as an array of properties/segments. */
    variableSegmentsSync(template, options = {}) {
        const analysis = analyzeSync(isString(template) ? this.parse(template) : template, options);
        return Array.from(strictUniq(Object.values(analysis.variables).flatMap((a) => a.map((v) => v.toArray()))));
    }
    /** Return an array of all expected context variables without their properties. */
    async globalVariables(template, options = {}) {
        const analysis = await analyze(isString(template) ? this.parse(template) : template, options);
        return Object.keys(analysis.globals);
    }
    /** Return an array of all expected context variables without their properties. */
    globalVariablesSync(template, options = {}) {
        const analysis = analyzeSync(isString(template) ? this.parse(template) : template, options);
        return Object.keys(analysis.globals);
    }
    /** Return an array of all expected context variables including their properties/paths. */
    async globalFullVariables(template, options = {}) {
        const analysis = await analyze(isString(template) ? this.parse(template) : template, options);
        return Array.from(new Set(Object.values(analysis.globals).flatMap((a) => a.map((v) => String(v)))));
    }
    /** Return an array of all expected context variables including their properties/paths. */
    globalFullVariablesSync(template, options = {}) {
        const analysis = analyzeSync(isString(template) ? this.parse(template) : template, options);
        return Array.from(new Set(Object.values(analysis.globals).flatMap((a) => a.map((v) => String(v)))));
    }
    /** Return an array of all expected context variables, each as an array of properties/segments. */
    async globalVariableSegments(template, options = {}) {
        const analysis = await analyze(isString(template) ? this.parse(template) : template, options);
        return Array.from(strictUniq(Object.values(analysis.globals).flatMap((a) => a.map((v) => v.toArray()))));
    }
    /** Return an array of all expected context variables, each as an array of properties/segments. */
    globalVariableSegmentsSync(template, options = {}) {
        const analysis = analyzeSync(isString(template) ? this.parse(template) : template, options);
        return Array.from(strictUniq(Object.values(analysis.globals).flatMap((a) => a.map((v) => v.toArray()))));
    }
}

/* istanbul ignore file */
const version = '10.30.1';

__webpack_unused_export__ = AssertionError;
__webpack_unused_export__ = AssignTag;
__webpack_unused_export__ = BlockTag;
__webpack_unused_export__ = BreakTag;
__webpack_unused_export__ = CaptureTag;
__webpack_unused_export__ = CaseTag;
__webpack_unused_export__ = CommentTag;
exports.ob = Context;
__webpack_unused_export__ = ContinueTag;
__webpack_unused_export__ = CycleTag;
__webpack_unused_export__ = DecrementTag;
__webpack_unused_export__ = Drop;
__webpack_unused_export__ = EchoTag;
__webpack_unused_export__ = Expression;
__webpack_unused_export__ = Filter;
__webpack_unused_export__ = ForTag;
__webpack_unused_export__ = Hash;
__webpack_unused_export__ = IfTag;
__webpack_unused_export__ = IncludeTag;
__webpack_unused_export__ = IncrementTag;
__webpack_unused_export__ = InlineCommentTag;
__webpack_unused_export__ = LayoutTag;
exports.HX = Liquid;
exports.HN = LiquidError;
__webpack_unused_export__ = LiquidTag;
exports.k7 = Output;
__webpack_unused_export__ = ParseError;
__webpack_unused_export__ = ParseStream;
__webpack_unused_export__ = Parser;
__webpack_unused_export__ = RawTag;
__webpack_unused_export__ = RenderError;
__webpack_unused_export__ = RenderTag;
__webpack_unused_export__ = TablerowTag;
__webpack_unused_export__ = Tag;
__webpack_unused_export__ = TagToken;
__webpack_unused_export__ = Token;
__webpack_unused_export__ = TokenizationError;
__webpack_unused_export__ = Tokenizer;
__webpack_unused_export__ = typeGuards;
__webpack_unused_export__ = UndefinedVariableError;
__webpack_unused_export__ = UnlessTag;
__webpack_unused_export__ = Value;
__webpack_unused_export__ = Variable;
__webpack_unused_export__ = analyze;
__webpack_unused_export__ = analyzeSync;
__webpack_unused_export__ = assert;
__webpack_unused_export__ = createTrie;
__webpack_unused_export__ = defaultOperators;
__webpack_unused_export__ = defaultOptions;
__webpack_unused_export__ = evalQuotedToken;
__webpack_unused_export__ = evalToken;
__webpack_unused_export__ = evalTokenValue;
__webpack_unused_export__ = filters;
__webpack_unused_export__ = isFalsy;
__webpack_unused_export__ = isTruthy;
__webpack_unused_export__ = tags;
__webpack_unused_export__ = toPromise;
exports.BA = toValue;
exports.qr = toValueSync;
__webpack_unused_export__ = version;


/***/ }),

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


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
/* harmony export */   g: () => (/* binding */ deriveValues),
/* harmony export */   j: () => (/* binding */ DERIVED_NAMES)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3571);
/* harmony import */ var _tokens_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(96);



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
    return {
        alert_status: status,
        status_color: tone ? TONE_COLORS[tone] : OTHER_COLOR,
        ...(startIso && { start_time_iso: startIso }),
        ...(endIso && { end_time_iso: endIso }),
        fingerprint: fingerprint(alert, type),
        github: githubContext(env),
        is_recovery: tone === 'recovery'
    };
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
    const status = value.trim().toUpperCase().replace(/[\s-]+/g, '_');
    const aliases = token === 'freshness_status' ? FRESHNESS_ALIASES : STATUS_ALIASES;
    return aliases[status] ?? status;
}
/** A hash of the problem, not the occurrence: the same for its failure and its recovery, whatever the run or time. */
function fingerprint(alert, type) {
    const deployment = textOf(alert.deployment_name) ?? textOf(alert.deployment_url) ?? '';
    const policy = textOf(alert.alert_policy_id) ?? textOf(alert.alert_policy_name) ?? '';
    const problem = JSON.stringify([deployment, policy, subject(alert, type)]);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(problem).digest('hex').slice(0, FINGERPRINT_LENGTH);
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
/* harmony import */ var _tokens_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(96);


/** What `<< … >>` can see: the alert tokens, the derived values, `vars`, and the whole alert as `alert`. */
function templateScope(alert, derived, vars) {
    // An undefined derived value must stay absent, so templates drop its key instead of printing it.
    const present = Object.entries(derived).filter(([, value]) => value !== undefined);
    return { ...alert, ...Object.fromEntries(present), vars, alert };
}
/** Every variable name a template may use without a warning, whether or not this alert has it. */
function knownVariableNames() {
    return new Set([..._tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .TOKENS */ .xZ.keys(), ..._derive_js__WEBPACK_IMPORTED_MODULE_0__/* .DERIVED_NAMES */ .j, 'vars', 'alert', 'github']);
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

/***/ 96:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ sampleAlert),
/* harmony export */   Dn: () => (/* binding */ GLOBAL_TOKENS),
/* harmony export */   I9: () => (/* binding */ NOTIFICATION_TYPES),
/* harmony export */   IO: () => (/* binding */ notificationType),
/* harmony export */   xZ: () => (/* binding */ TOKENS),
/* harmony export */   z$: () => (/* binding */ hostileAlert)
/* harmony export */ });
/**
 * The Dagster+ alert token catalogue: the one table behind sample alerts, known variable names, docs and the
 * dispatch-body generator. Tokens and notification types follow Dagster+'s webhook guide.
 */
const DEPLOYMENT_URL = 'https://acme.dagster.cloud/prod';
const RUN_ID = '4f1c2a9e-7b3d-4c8e-a5f6-2d9b0e1c3a7f';
const RUN_LINK = `${DEPLOYMENT_URL}/runs/${RUN_ID}`;
const LOCATION_LINK = `${DEPLOYMENT_URL}/locations/analytics_pipelines`;
const ASSET_LINK = `${DEPLOYMENT_URL}/assets/analytics/daily_orders`;
function lines(...texts) {
    return texts.join('\n');
}
const STEP_FAILURE = lines('dagster._core.errors.DagsterExecutionStepExecutionError: Error occurred while executing op "load_data":', '', 'psycopg2.errors.UndefinedTable: relation "raw.orders" does not exist', 'LINE 1: SELECT * FROM raw.orders WHERE order_date = \'2026-01-08\'');
const IMPORT_FAILURE = 'dagster._core.errors.DagsterImportError: Encountered ImportError: `No module named \'pandas\'` while importing module analytics_pipelines';
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
    spec('materialization_status', 'status', 'Health of the asset\'s materializations.', 'DEGRADED'),
    spec('checks_status', 'status', 'Health of the asset\'s checks.', 'WARNING'),
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
const RUN_TOKENS = ['run_id', 'run_link', 'failure_message', 'user_name', 'user_email'];
const ASSET_TOKENS = ['asset_key', 'asset_name'];
const ASSET_SUBJECT = ['asset_key', 'asset_name'];
const NOTIFICATION_TYPES = [
    {
        type: 'JOB',
        title: 'Job run (success, failure, long-running)',
        tokens: ['job_name', 'run_id', 'run_link', 'run_status', 'failure_message', 'user_name', 'user_email', 'partition_name',
            'schedule_name', 'sensor_name', 'elapsed_time', 'start_time', 'end_time'],
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
function requireType(type) {
    const found = notificationType(type);
    if (!found) {
        const known = NOTIFICATION_TYPES.map(t => t.type).join(', ');
        throw new Error(`Unknown notification type '${type}'; known types: ${known}`);
    }
    return found;
}
/** A realistic alert of `type` (a failure-like one) with every global and type token set. */
function sampleAlert(type) {
    const notification = requireType(type);
    const names = [...GLOBAL_TOKENS.map(t => t.name), ...notification.tokens];
    const alert = Object.fromEntries(names.map(name => [name, notification.examples[name] ?? tokenSpec(name).example]));
    return { ...alert, notification_type: notification.type, is_sample: 'false' };
}
function tokenSpec(name) {
    const found = TOKENS.get(name);
    if (!found)
        throw new Error(`Token '${name}' is missing from the catalogue`);
    return found;
}
// Text a template must print literally and a platform must not act on: template and workflow syntax, replacement
// patterns, mentions, quotes, backslashes, control characters and astral-plane / ZWJ emoji.
const HOSTILE_TEXT = [
    '"double" \'single\' `tick` back\\slash \\n \\u0000 tab\there 🚨🔥👩‍💻',
    '<< alert_summary >> <%- raw %> {{ run_id }} ${{ secrets.GITHUB_TOKEN }} $& $1 $\' </script>',
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
    const sample = sampleAlert(type);
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


/***/ }),

/***/ 1185:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GT: () => (/* binding */ markdownToAdf),
/* harmony export */   by: () => (/* binding */ textNodes),
/* harmony export */   cb: () => (/* binding */ validateAdf),
/* harmony export */   wG: () => (/* binding */ dropEmptyNodes)
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
// ---------------------------------------------------------------------------------------------
// Structural validation
const INLINE_NODES = ['text', 'hardBreak', 'mention', 'emoji', 'date', 'status', 'inlineCard'];
const LIST_ITEM_BLOCKS = ['paragraph', 'bulletList', 'orderedList', 'codeBlock'];
const CELL_BLOCKS = ['paragraph', 'heading', 'bulletList', 'orderedList', 'codeBlock', 'blockquote', 'panel', 'rule'];
/** The nodes this check knows, with where they may appear (a subset of the ADF schema's `full.json`). */
const NODE_RULES = {
    paragraph: { children: INLINE_NODES, blockMarks: true },
    heading: { children: INLINE_NODES, requiredAttrs: ['level'], blockMarks: true },
    codeBlock: { children: ['text'], blockMarks: true },
    bulletList: { children: ['listItem'], needsContent: true },
    orderedList: { children: ['listItem'], needsContent: true },
    listItem: { children: LIST_ITEM_BLOCKS, needsContent: true },
    blockquote: { children: LIST_ITEM_BLOCKS, needsContent: true },
    panel: { children: ['paragraph', 'heading', 'bulletList', 'orderedList', 'codeBlock', 'rule'], needsContent: true, requiredAttrs: ['panelType'] },
    rule: {},
    table: { children: ['tableRow'], needsContent: true, blockMarks: true },
    tableRow: { children: ['tableCell', 'tableHeader'] },
    tableCell: { children: CELL_BLOCKS, needsContent: true },
    tableHeader: { children: CELL_BLOCKS, needsContent: true },
    text: {},
    hardBreak: {},
    mention: { requiredAttrs: ['id'] },
    emoji: { requiredAttrs: ['shortName'] },
    date: { requiredAttrs: ['timestamp'] },
    status: { requiredAttrs: ['text', 'color'] },
    inlineCard: {}
};
const DOC_BLOCKS = ['paragraph', 'heading', 'codeBlock', 'bulletList', 'orderedList', 'blockquote', 'panel', 'rule', 'table'];
const TEXT_MARKS = ['strong', 'em', 'code', 'link', 'strike', 'underline', 'textColor', 'subsup', 'backgroundColor'];
/** Marks `code` may be combined with. */
const CODE_COMPANIONS = ['code', 'link'];
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The facts about an ADF document that decide whether Jira accepts it, checked by hand (fast, no schema
 * engine at run time). `path` prefixes every problem's path, e.g. `fields.description`.
 */
function validateAdf(doc, path) {
    const problems = [];
    if (!isObject(doc))
        return [{ path, message: 'must be an ADF document: {"type": "doc", "version": 1, "content": [...]}' }];
    if (doc.type !== 'doc')
        problems.push({ path: `${path}.type`, message: `must be "doc", not ${JSON.stringify(doc.type)}` });
    if (doc.version !== 1)
        problems.push({ path: `${path}.version`, message: `must be 1, not ${JSON.stringify(doc.version)}` });
    for (const key of Object.keys(doc)) {
        if (!['type', 'version', 'content'].includes(key))
            problems.push({ path: `${path}.${key}`, message: 'is not allowed on the doc node' });
    }
    if (!Array.isArray(doc.content)) {
        problems.push({ path: `${path}.content`, message: 'must be an array of block nodes' });
    }
    else {
        checkChildren(doc.content, DOC_BLOCKS, 'doc', `${path}.content`, problems);
    }
    return problems;
}
function checkChildren(children, allowed, parent, path, problems) {
    children.forEach((child, index) => checkNode(child, allowed, parent, `${path}[${index}]`, problems));
}
function checkNode(node, allowed, parent, path, problems) {
    if (!isObject(node) || typeof node.type !== 'string') {
        problems.push({ path, message: 'must be an ADF node: an object with a string "type"' });
        return;
    }
    const rule = NODE_RULES[node.type];
    if (!rule) {
        problems.push({ path: `${path}.type`, message: `unknown or unsupported ADF node type "${node.type}"` });
        return;
    }
    if (!allowed.includes(node.type)) {
        problems.push({ path: `${path}.type`, message: `a ${node.type} node cannot appear inside ${parent} (allowed: ${allowed.join(', ')})` });
        return;
    }
    checkKeys(node, rule, path, problems);
    checkAttrs(node, rule, path, problems);
    if (node.type === 'text')
        checkText(node, parent, path, problems);
    if (rule.children)
        checkContent(node, rule, path, problems);
}
function checkKeys(node, rule, path, problems) {
    // Text is the one node without attrs.
    const allowedKeys = node.type === 'text' ? ['type', 'text', 'marks'] : ['type', 'attrs'];
    if (rule.children)
        allowedKeys.push('content');
    if (rule.blockMarks)
        allowedKeys.push('marks');
    for (const key of Object.keys(node)) {
        if (!allowedKeys.includes(key))
            problems.push({ path: `${path}.${key}`, message: `is not allowed on a ${node.type} node` });
    }
    if (rule.blockMarks && node.marks !== undefined && !Array.isArray(node.marks)) {
        problems.push({ path: `${path}.marks`, message: 'must be an array' });
    }
}
function checkAttrs(node, rule, path, problems) {
    if (node.attrs === undefined) {
        if (rule.requiredAttrs)
            problems.push({ path: `${path}.attrs`, message: `a ${node.type} node needs attrs ${rule.requiredAttrs.join(', ')}` });
        return;
    }
    if (!isObject(node.attrs)) {
        problems.push({ path: `${path}.attrs`, message: 'must be an object' });
        return;
    }
    for (const key of rule.requiredAttrs ?? []) {
        if (node.attrs[key] === undefined)
            problems.push({ path: `${path}.attrs.${key}`, message: `is required on a ${node.type} node` });
    }
    const level = node.attrs.level;
    if (node.type === 'heading' && level !== undefined && !(typeof level === 'number' && level >= 1 && level <= 6)) {
        problems.push({ path: `${path}.attrs.level`, message: 'must be a number from 1 to 6' });
    }
}
function checkText(node, parent, path, problems) {
    if (typeof node.text !== 'string' || node.text === '') {
        problems.push({ path: `${path}.text`, message: 'must be a non-empty string (Jira rejects empty text nodes)' });
    }
    if (node.marks === undefined)
        return;
    if (!Array.isArray(node.marks)) {
        problems.push({ path: `${path}.marks`, message: 'must be an array' });
        return;
    }
    if (parent === 'codeBlock' && node.marks.length > 0) {
        problems.push({ path: `${path}.marks`, message: 'text inside a codeBlock cannot have marks' });
        return;
    }
    const types = node.marks.map(mark => (isObject(mark) ? mark.type : undefined));
    node.marks.forEach((mark, index) => checkMark(mark, `${path}.marks[${index}]`, problems));
    if (types.includes('code') && types.some(type => !CODE_COMPANIONS.includes(String(type)))) {
        problems.push({ path: `${path}.marks`, message: 'the code mark can only be combined with link' });
    }
}
function checkMark(mark, path, problems) {
    if (!isObject(mark) || typeof mark.type !== 'string') {
        problems.push({ path, message: 'must be a mark: an object with a string "type"' });
        return;
    }
    if (!TEXT_MARKS.includes(mark.type)) {
        problems.push({ path: `${path}.type`, message: `unknown or unsupported mark "${mark.type}"` });
        return;
    }
    if (mark.type === 'link' && !(isObject(mark.attrs) && typeof mark.attrs.href === 'string')) {
        problems.push({ path: `${path}.attrs.href`, message: 'a link mark needs attrs.href (the URL)' });
    }
}
function checkContent(node, rule, path, problems) {
    if (node.content === undefined) {
        if (rule.needsContent)
            problems.push({ path: `${path}.content`, message: `a ${node.type} node needs at least one child` });
        return;
    }
    if (!Array.isArray(node.content)) {
        problems.push({ path: `${path}.content`, message: 'must be an array' });
        return;
    }
    if (rule.needsContent && node.content.length === 0) {
        problems.push({ path: `${path}.content`, message: `a ${node.type} node needs at least one child` });
    }
    checkChildren(node.content, rule.children ?? [], node.type, `${path}.content`, problems);
}
// ---------------------------------------------------------------------------------------------
// Clean-up of rendered documents
/** Nodes that mean nothing without children (a paragraph whose values were all missing). */
const CONTAINERS = new Set(Object.keys(NODE_RULES).filter(type => NODE_RULES[type].children));
/**
 * Removes what missing template values leave behind: text nodes without text, then containers with nothing
 * but line breaks in them, and link marks without href. Returns the paths of the removed link marks: losing
 * a link on text that stays is a visible change, while removed empty nodes showed nothing anyway.
 */
function dropEmptyNodes(doc, path) {
    const unlinked = [];
    const content = pruneChildren(doc.content, `${path}.content`, unlinked);
    return { doc: { ...doc, content }, unlinked };
}
function pruneChildren(children, path, unlinked) {
    return children.flatMap((child, index) => pruneNode(child, `${path}[${index}]`, unlinked) ?? []);
}
/** The keys a block or inline node may carry; a node with others was written wrong and is left for validation. */
const NODE_KEYS = new Set(['type', 'content', 'attrs', 'marks']);
function pruneNode(node, path, unlinked) {
    if (!isObject(node))
        return node; // not ADF: left for validation to report
    if (node.type === 'text')
        return pruneText(node, path, unlinked);
    // Only nodes emptied by missing values are dropped; a malformed one (`text:` on a paragraph) must be reported.
    if (Object.keys(node).some(key => !NODE_KEYS.has(key)))
        return node;
    if (!CONTAINERS.has(node.type) || (node.content !== undefined && !Array.isArray(node.content)))
        return node;
    const content = pruneChildren(node.content ?? [], `${path}.content`, unlinked);
    if (!content.some(child => child.type !== 'hardBreak'))
        return undefined;
    return { ...node, content };
}
function pruneText(node, path, unlinked) {
    // Absent or empty: the value was missing. Any other non-text value is a template error for validation.
    if (node.text === undefined || node.text === '')
        return undefined;
    if (typeof node.text !== 'string')
        return node;
    if (!Array.isArray(node.marks))
        return node;
    const marks = node.marks.filter((mark, index) => {
        const hrefless = isObject(mark) && mark.type === 'link' && !(isObject(mark.attrs) && typeof mark.attrs.href === 'string' && mark.attrs.href !== '');
        if (hrefless)
            unlinked.push(`${path}.marks[${index}]`);
        return !hrefless;
    });
    if (marks.length === node.marks.length)
        return node;
    const { marks: _removed, ...rest } = node;
    return marks.length > 0 ? { ...rest, marks } : rest;
}
/** Every text node of `node` (depth first) with its path. */
function textNodes(node, path) {
    if (node.type === 'text')
        return typeof node.text === 'string' ? [{ node: node, path }] : [];
    if (!Array.isArray(node.content))
        return [];
    return node.content.flatMap((child, index) => (isObject(child) ? textNodes(child, `${path}.content[${index}]`) : []));
}


/***/ }),

/***/ 1722:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  q: () => (/* binding */ inferPlatform),
  Y: () => (/* binding */ platformByName)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/event/time.ts
var time = __nccwpck_require__(3571);
// EXTERNAL MODULE: ./src/truncate.ts
var truncate = __nccwpck_require__(6689);
;// CONCATENATED MODULE: ./src/platforms/endpoint.ts

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
        throw new errors/* InputError */.dz('url', 'is not a valid URL', hint);
    }
}
/**
 * The `url` input as an endpoint: https (http only on loopback, or anywhere with `allowPlainHttp`), without
 * its #fragment. Path and host checks stay with each platform.
 */
function parseEndpoint(text, rules) {
    const given = text?.trim() || rules.fallback;
    if (!given)
        throw new errors/* InputError */.dz('url', `is required for ${rules.required ?? 'this platform'}`, rules.hint);
    const url = parseUrl(given, rules.hint);
    if (rules.allowPlainHttp) {
        if (url.protocol !== 'https:' && url.protocol !== 'http:') {
            throw new errors/* InputError */.dz('url', `must be an http(s) URL, got ${url.protocol}`, rules.hint);
        }
    }
    else if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) {
        throw new errors/* InputError */.dz('url', `${(rules.mask ?? schemeAndHost)(url)} must use https`, rules.hint);
    }
    url.hash = '';
    return url;
}
function schemeAndHost(url) {
    return `${url.protocol}//${url.host}`;
}

;// CONCATENATED MODULE: ./src/platforms/json.ts
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The JSON a reply body holds, or undefined when it is not JSON (a proxy's error page, an empty body). */
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** The payload POSTed as JSON to the target, with the `headers` input (which may set its own content-type). */
function postJson(payload, ctx) {
    return {
        method: 'POST',
        url: ctx.target.endpoint.toString(),
        headers: { 'content-type': 'application/json', ...ctx.headers },
        body: JSON.stringify(payload)
    };
}
/** A value's kind for messages: `null`, `a list`, `an object`, `a string`, … */
function typeOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

;// CONCATENATED MODULE: ./src/platforms/discord.ts





const DISCORD_HOSTS = new Set(['discord.com', 'discordapp.com'].flatMap(host => [host, `ptb.${host}`, `canary.${host}`]));
/** The execute-webhook path; the last segment is the token, a credential. */
const WEBHOOK_PATH = /^\/api(?:\/v\d+)?\/webhooks\/(\d+)\/([\w-]+)\/?$/;
const WEBHOOK_PREFIX = /^(\/api(?:\/v\d+)?\/webhooks\/[^/]+\/)/;
const WEBHOOK_URL_HINT = 'Set it to the channel webhook URL (Server Settings › Integrations › Webhooks), stored as a secret';
/** Discord's documented limits, in characters (code points). */
const LIMITS = {
    content: 2000,
    username: 80,
    embeds: 10,
    title: 256,
    description: 4096,
    fields: 25,
    fieldName: 256,
    fieldValue: 1024,
    footer: 2048,
    author: 256,
    embedTotal: 6000,
    mentionIds: 100,
    color: 0xffffff
};
/** Shown instead of an empty field name or value, which Discord rejects. */
const PLACEHOLDER = '—';
const MENTION_TYPES = ['users', 'roles', 'everyone'];
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const SNOWFLAKE = /^\d+$/;
const HEX_COLOR = /^#([0-9a-f]{6})$/i;
const DECIMAL_COLOR = /^\d+$/;
/** Discord's "Unknown Webhook" and "Invalid Webhook Token" error codes. */
const WEBHOOK_GONE_CODES = new Set([10015, 50027]);
const REPLY_TEXT_LIMIT = 1024;
// ─── helpers ────────────────────────────────────────────────────────────────────────────────────
function isBlank(value) {
    return typeof value !== 'string' || value.trim() === '';
}
function isIsoTimestamp(text) {
    if (!ISO_8601.test(text))
        return false;
    const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}Z`;
    return !Number.isNaN(new Date(zoned).getTime());
}
/** The webhook URL as it may be shown: the token (and anything after the webhook id) masked. */
function maskWebhookUrl(url) {
    const prefix = WEBHOOK_PREFIX.exec(url.pathname)?.[1];
    return prefix ? `${url.origin}${prefix}***` : `${url.origin}/…`;
}
/** The page a person opens for a message: https://discord.com/channels/{guild}/{channel}/{message}. */
function messageLink(guildId, channelId, messageId) {
    return `https://discord.com/channels/${guildId}/${channelId}/${messageId}`;
}
// ─── target ─────────────────────────────────────────────────────────────────────────────────────
function matches(url) {
    return DISCORD_HOSTS.has(url.hostname.toLowerCase()) && WEBHOOK_PATH.test(url.pathname);
}
function resolveTarget(url, _template) {
    const endpoint = parseEndpoint(url, { required: 'Discord', hint: WEBHOOK_URL_HINT, mask: maskWebhookUrl });
    if (!WEBHOOK_PATH.test(endpoint.pathname)) {
        throw new errors/* InputError */.dz('url', `${maskWebhookUrl(endpoint)} is not a Discord webhook URL (its path must be /api/webhooks/{id}/{token})`, WEBHOOK_URL_HINT);
    }
    // wait=true makes Discord answer with the message, whose id and channel the outputs need.
    endpoint.searchParams.set('wait', 'true');
    return { endpoint, defaultTemplate: 'discord' };
}
/** The webhook itself (GET answers with its guild): the endpoint without wait/thread_id or other query. */
function webhookUrl(endpoint) {
    const url = new URL(endpoint);
    url.search = '';
    return url.toString();
}
// ─── fit ────────────────────────────────────────────────────────────────────────────────────────
/** A fitted copy of the payload: limits applied, empty values Discord rejects dropped, mentions restricted. */
function fit(payload, ctx) {
    if (!isObject(payload))
        return payload;
    const fitted = structuredClone(payload);
    const warn = ctx.warn.bind(ctx);
    if (typeof fitted.content === 'string')
        fitted.content = (0,truncate/* fitText */.vY)(fitted.content, LIMITS.content, 'content', warn);
    fitUsername(fitted, warn);
    dropUnusableUrl(fitted, 'avatar_url', 'avatar_url', warn);
    if (Array.isArray(fitted.embeds)) {
        fitted.embeds = dropExtraItems(fitted.embeds, LIMITS.embeds, 'embeds', 'embeds', warn);
        fitted.embeds.forEach((embed, i) => {
            if (isObject(embed))
                fitEmbed(embed, `embeds[${i}]`, warn);
        });
        fitEmbedTotal(fitted.embeds, warn);
    }
    if (!('allowed_mentions' in fitted))
        fitted.allowed_mentions = authoredMentions(ctx.authoredText);
    return fitted;
}
function fitUsername(payload, warn) {
    if (typeof payload.username !== 'string')
        return;
    if (payload.username.trim() === '') {
        delete payload.username;
        warn({ path: 'username', message: "empty; removed, so the webhook's own name is used" });
        return;
    }
    payload.username = (0,truncate/* fitText */.vY)(payload.username, LIMITS.username, 'username', warn);
}
/** Removes `key` when it is an empty string, which Discord rejects where a URL or date is expected. */
function dropEmptyString(object, key, path, warn) {
    if (object[key] !== '')
        return;
    delete object[key];
    warn({ path, message: 'empty; removed (Discord rejects an empty value here)' });
}
/**
 * Removes a link Discord would reject (empty, or not http(s)): links come from alert data, and a bad one
 * must cost the link, not the whole alert.
 */
function dropUnusableUrl(object, key, path, warn) {
    const value = object[key];
    if (value === '')
        return dropEmptyString(object, key, path, warn);
    if (typeof value !== 'string' || isHttpUrl(value))
        return;
    delete object[key];
    warn({ path, message: `'${value.slice(0, 80)}' is not an http(s) URL; removed (Discord rejects it)` });
}
function dropExtraItems(items, max, what, path, warn) {
    if (items.length <= max)
        return items;
    warn({ path, message: `${items.length} ${what}, Discord allows ${max}; dropped the last ${items.length - max}` });
    return items.slice(0, max);
}
function fitEmbed(embed, path, warn) {
    if (typeof embed.title === 'string')
        embed.title = (0,truncate/* fitText */.vY)(embed.title, LIMITS.title, `${path}.title`, warn);
    if (typeof embed.description === 'string') {
        embed.description = (0,truncate/* fitText */.vY)(embed.description, LIMITS.description, `${path}.description`, warn);
    }
    dropUnusableUrl(embed, 'url', `${path}.url`, warn);
    fitColor(embed, path, warn);
    fitTimestamp(embed, path, warn);
    fitFields(embed, path, warn);
    fitNamedPart(embed, 'footer', 'text', LIMITS.footer, path, warn);
    fitNamedPart(embed, 'author', 'name', LIMITS.author, path, warn);
    for (const part of ['image', 'thumbnail'])
        fitMedia(embed, part, path, warn);
}
function fitColor(embed, path, warn) {
    const color = embed.color;
    if (typeof color !== 'string')
        return;
    const hex = HEX_COLOR.exec(color.trim())?.[1];
    const value = hex ? parseInt(hex, 16) : DECIMAL_COLOR.test(color.trim()) ? Number(color.trim()) : undefined;
    if (value === undefined)
        return;
    embed.color = value;
    warn({ path: `${path}.color`, message: `converted '${color}' to the integer ${value}` });
}
function fitTimestamp(embed, path, warn) {
    const timestamp = embed.timestamp;
    if (typeof timestamp !== 'string' || isIsoTimestamp(timestamp))
        return;
    if (timestamp === '')
        return dropEmptyString(embed, 'timestamp', `${path}.timestamp`, warn);
    const iso = (0,time/* toIso8601 */.Y)(timestamp);
    if (iso) {
        embed.timestamp = iso;
        warn({ path: `${path}.timestamp`, message: `'${timestamp}' is not ISO 8601; converted to ${iso}` });
    }
    else {
        delete embed.timestamp;
        warn({ path: `${path}.timestamp`, message: `'${timestamp}' is not a time Discord can read; removed` });
    }
}
function fitFields(embed, path, warn) {
    if (!Array.isArray(embed.fields))
        return;
    const kept = [];
    embed.fields.forEach((field, i) => {
        const fieldPath = `${path}.fields[${i}]`;
        // A whole-leaf value that was missing removed the `value` key: the field goes with it, as Discord needs both.
        if (isObject(field) && (field.value === undefined || field.value === null)) {
            warn({ path: fieldPath, message: `has no value; field${typeof field.name === 'string' ? ` '${field.name}'` : ''} removed` });
            return;
        }
        if (isObject(field))
            fitField(field, fieldPath, warn);
        kept.push(field);
    });
    embed.fields = dropExtraItems(kept, LIMITS.fields, 'fields', `${path}.fields`, warn);
}
function fitField(field, path, warn) {
    for (const [key, max] of [['name', LIMITS.fieldName], ['value', LIMITS.fieldValue]]) {
        const text = field[key];
        if (text !== undefined && text !== null && typeof text !== 'string')
            continue;
        if (isBlank(text)) {
            field[key] = PLACEHOLDER;
            warn({ path: `${path}.${key}`, message: `empty; replaced with '${PLACEHOLDER}' (Discord requires a field ${key})` });
        }
        else {
            field[key] = (0,truncate/* fitText */.vY)(text, max, `${path}.${key}`, warn);
        }
    }
}
/** footer/author: removed when their required text is empty, else truncated; their empty URLs dropped. */
function fitNamedPart(embed, part, key, max, path, warn) {
    const object = embed[part];
    if (!isObject(object))
        return;
    const partPath = `${path}.${part}`;
    if (object[key] === undefined || object[key] === null || object[key] === '') {
        delete embed[part];
        warn({ path: partPath, message: `has no ${key}; removed (Discord requires ${part} ${key})` });
        return;
    }
    if (typeof object[key] === 'string')
        object[key] = (0,truncate/* fitText */.vY)(object[key], max, `${partPath}.${key}`, warn);
    for (const urlKey of ['url', 'icon_url'])
        dropUnusableUrl(object, urlKey, `${partPath}.${urlKey}`, warn);
}
function fitMedia(embed, part, path, warn) {
    const object = embed[part];
    if (!isObject(object))
        return;
    if (typeof object.url !== 'string' || !isHttpUrl(object.url)) {
        delete embed[part];
        warn({ path: `${path}.${part}`, message: `has no http(s) url; removed (Discord requires ${part} url)` });
    }
}
/** The strings Discord counts towards the 6000 characters all embeds of a message may hold. */
function embedText(embed) {
    const fields = Array.isArray(embed.fields) ? embed.fields.filter(isObject) : [];
    const parts = [
        embed.title,
        embed.description,
        ...fields.flatMap(field => [field.name, field.value]),
        isObject(embed.footer) ? embed.footer.text : undefined,
        isObject(embed.author) ? embed.author.name : undefined
    ];
    return parts.filter((part) => typeof part === 'string');
}
/** The characters Discord counts across all embeds of a message (limit 6000). */
function embedsLength(embeds) {
    return embeds.filter(isObject).flatMap(embedText).reduce((sum, text) => sum + (0,truncate/* measureLength */.X6)(text), 0);
}
/** Descriptions (they hold the alert text) and field values; a field value keeps at least its ellipsis. */
function shrinkables(embeds) {
    const found = [];
    const add = (path, text, floor, set) => found.push({ path, text, length: (0,truncate/* measureLength */.X6)(text), floor, set });
    embeds.forEach((embed, i) => {
        if (!isObject(embed))
            return;
        if (typeof embed.description === 'string')
            add(`embeds[${i}].description`, embed.description, 0, text => (embed.description = text));
        if (!Array.isArray(embed.fields))
            return;
        embed.fields.forEach((field, j) => {
            if (isObject(field) && typeof field.value === 'string') {
                add(`embeds[${i}].fields[${j}].value`, field.value, 1, text => (field.value = text));
            }
        });
    });
    return found;
}
/** How many characters capping every text at `cap` (but never below its floor) removes. */
function removedByCap(texts, cap) {
    return texts.reduce((sum, t) => sum + Math.max(0, t.length - Math.max(cap, t.floor)), 0);
}
/**
 * Brings all embeds within 6000 characters by capping the longest descriptions and field values at one
 * common length, the largest cap that removes enough: the longest text (usually the alert text) shrinks
 * first, and short facts are touched only when the long texts alone cannot make room.
 */
function fitEmbedTotal(embeds, warn) {
    const excess = embedsLength(embeds) - LIMITS.embedTotal;
    if (excess <= 0)
        return;
    const texts = shrinkables(embeds);
    let low = 0;
    let high = Math.max(0, ...texts.map(t => t.length));
    // Largest cap that still removes `excess` (removedByCap falls as the cap grows); 0 when nothing does.
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (removedByCap(texts, mid) >= excess)
            low = mid;
        else
            high = mid - 1;
    }
    const why = problem => warn({ ...problem, message: `${problem.message}, to keep all embeds within ${LIMITS.embedTotal} characters` });
    for (const text of texts) {
        const cap = Math.max(low, text.floor);
        if (text.length > cap)
            text.set((0,truncate/* fitText */.vY)(text.text, cap, text.path, why));
    }
}
/**
 * Only the mentions the workflow author wrote (template and vars) may notify anyone; `@everyone` or `<@id>`
 * arriving inside alert text stays plain text.
 */
function authoredMentions(authoredText) {
    const users = [...new Set([...authoredText.matchAll(/<@!?(\d+)>/g)].map(match => match[1]))];
    const roles = [...new Set([...authoredText.matchAll(/<@&(\d+)>/g)].map(match => match[1]))];
    const parse = /@(?:everyone|here)\b/.test(authoredText) ? ['everyone'] : [];
    return { parse, roles, users };
}
// ─── validate ───────────────────────────────────────────────────────────────────────────────────
/** Collects problems; each check names the JSON path and what Discord expects there. */
class Findings {
    problems = [];
    add(path, message) {
        this.problems.push({ path, message });
    }
    /** An optional string: when present, a string of at most `max` characters (and at least `min`). */
    text(value, path, max, min = 0) {
        if (value === undefined || value === null)
            return;
        if (typeof value !== 'string')
            return this.add(path, `must be a string, got ${typeOf(value)}`);
        const length = (0,truncate/* measureLength */.X6)(value);
        if (length > max)
            this.add(path, `is ${length} characters long; Discord allows at most ${max}`);
        if (min > 0 && value.trim() === '')
            this.add(path, 'must not be empty');
    }
    url(value, path) {
        if (value === undefined || value === null)
            return;
        if (typeof value !== 'string' || !isHttpUrl(value))
            this.add(path, 'must be an http(s) URL');
    }
    boolean(value, path) {
        if (value !== undefined && value !== null && typeof value !== 'boolean')
            this.add(path, `must be true or false, got ${typeOf(value)}`);
    }
    list(value, path, max, what) {
        if (value === undefined || value === null)
            return [];
        if (!Array.isArray(value)) {
            this.add(path, `must be a list, got ${typeOf(value)}`);
            return [];
        }
        if (value.length > max)
            this.add(path, `has ${value.length} ${what}; Discord allows at most ${max}`);
        return value;
    }
    object(value, path) {
        if (value === undefined || value === null)
            return undefined;
        if (isObject(value))
            return value;
        this.add(path, `must be an object, got ${typeOf(value)}`);
        return undefined;
    }
}
function validate(payload) {
    const findings = new Findings();
    if (!isObject(payload)) {
        findings.add('', `the message must be a JSON object, got ${typeOf(payload)}`);
        return findings.problems;
    }
    if (!hasSomethingToShow(payload)) {
        findings.add('', 'the message is empty: Discord needs content, embeds, components or a poll ("Cannot send an empty message")');
    }
    findings.text(payload.content, 'content', LIMITS.content);
    validateUsername(payload.username, findings);
    findings.url(payload.avatar_url, 'avatar_url');
    findings.boolean(payload.tts, 'tts');
    findings.list(payload.embeds, 'embeds', LIMITS.embeds, 'embeds').forEach((embed, i) => validateEmbed(embed, `embeds[${i}]`, findings));
    if (Array.isArray(payload.embeds)) {
        const total = embedsLength(payload.embeds);
        if (total > LIMITS.embedTotal) {
            findings.add('embeds', `hold ${total} characters in all; Discord allows at most ${LIMITS.embedTotal} across all embeds`);
        }
    }
    validateAllowedMentions(payload.allowed_mentions, findings);
    return findings.problems;
}
function hasSomethingToShow(payload) {
    const { content, embeds, components, poll } = payload;
    return ((typeof content === 'string' && content.trim() !== '') ||
        (Array.isArray(embeds) && embeds.length > 0) ||
        (Array.isArray(components) && components.length > 0) ||
        isObject(poll));
}
function validateUsername(username, findings) {
    findings.text(username, 'username', LIMITS.username, 1);
    if (typeof username === 'string' && /discord|clyde/i.test(username)) {
        findings.add('username', "must not contain 'discord' or 'clyde' (Discord rejects such webhook names); set vars.username to another name");
    }
}
function validateEmbed(value, path, findings) {
    const embed = findings.object(value, path);
    if (!embed)
        return;
    findings.text(embed.title, `${path}.title`, LIMITS.title);
    findings.text(embed.description, `${path}.description`, LIMITS.description);
    findings.url(embed.url, `${path}.url`);
    validateColor(embed.color, `${path}.color`, findings);
    const timestamp = embed.timestamp;
    if (timestamp !== undefined && timestamp !== null && (typeof timestamp !== 'string' || !isIsoTimestamp(timestamp))) {
        findings.add(`${path}.timestamp`, 'must be an ISO 8601 time such as 2026-01-08T10:00:00Z (use << start_time_iso >>)');
    }
    findings.list(embed.fields, `${path}.fields`, LIMITS.fields, 'fields').forEach((field, i) => validateField(field, `${path}.fields[${i}]`, findings));
    const footer = findings.object(embed.footer, `${path}.footer`);
    if (footer) {
        requireText(footer.text, `${path}.footer.text`, LIMITS.footer, findings);
        findings.url(footer.icon_url, `${path}.footer.icon_url`);
    }
    const author = findings.object(embed.author, `${path}.author`);
    if (author) {
        requireText(author.name, `${path}.author.name`, LIMITS.author, findings);
        for (const key of ['url', 'icon_url'])
            findings.url(author[key], `${path}.author.${key}`);
    }
    for (const part of ['image', 'thumbnail']) {
        const media = findings.object(embed[part], `${path}.${part}`);
        if (!media)
            continue;
        if (media.url === undefined || media.url === null)
            findings.add(`${path}.${part}.url`, 'is required');
        else
            findings.url(media.url, `${path}.${part}.url`);
    }
}
function requireText(value, path, max, findings) {
    if (value === undefined || value === null)
        return findings.add(path, 'is required');
    findings.text(value, path, max, 1);
}
function validateColor(color, path, findings) {
    if (color === undefined || color === null)
        return;
    if (typeof color !== 'number' || !Number.isInteger(color) || color < 0 || color > LIMITS.color) {
        findings.add(path, `must be an integer from 0 to ${LIMITS.color} (decimal RGB, e.g. 15158332 for red), got ${JSON.stringify(color)}`);
    }
}
function validateField(value, path, findings) {
    const field = findings.object(value, path);
    if (!field)
        return;
    requireText(field.name, `${path}.name`, LIMITS.fieldName, findings);
    requireText(field.value, `${path}.value`, LIMITS.fieldValue, findings);
    findings.boolean(field.inline, `${path}.inline`);
}
function validateAllowedMentions(value, findings) {
    const mentions = findings.object(value, 'allowed_mentions');
    if (!mentions)
        return;
    const parse = findings.list(mentions.parse, 'allowed_mentions.parse', MENTION_TYPES.length, 'types');
    parse.forEach((type, i) => {
        if (typeof type !== 'string' || !MENTION_TYPES.includes(type)) {
            findings.add(`allowed_mentions.parse[${i}]`, `must be one of ${MENTION_TYPES.join(', ')}, got ${JSON.stringify(type)}`);
        }
    });
    for (const kind of ['users', 'roles']) {
        const path = `allowed_mentions.${kind}`;
        const ids = findings.list(mentions[kind], path, LIMITS.mentionIds, 'ids');
        ids.forEach((id, i) => {
            if (typeof id !== 'string' || !SNOWFLAKE.test(id))
                findings.add(`${path}[${i}]`, `must be an id written as a string of digits, got ${JSON.stringify(id)}`);
        });
        if (ids.length > 0 && parse.includes(kind)) {
            findings.add(path, `cannot be combined with '${kind}' in allowed_mentions.parse (Discord rejects both); keep one of them`);
        }
    }
    findings.boolean(mentions.replied_user, 'allowed_mentions.replied_user');
}
// ─── request and reply ──────────────────────────────────────────────────────────────────────────
/**
 * The channel each delivered message landed in, kept from `parse` for `complete` (which builds the link).
 * Keyed by the delivery's context so it needs no change to `Delivered` and is forgotten with the context.
 * The message's own channel is the right one for the link: in a thread it is the thread.
 */
const deliveredChannels = new WeakMap();
function parse(reply, ctx) {
    const body = parseJson(reply.body);
    if (reply.status >= 200 && reply.status < 300) {
        const message = isObject(body) ? body : {};
        if (typeof message.channel_id === 'string')
            deliveredChannels.set(ctx, message.channel_id);
        return { ok: true, id: typeof message.id === 'string' ? message.id : '', url: '', status: 'sent' };
    }
    if (reply.status === 429)
        return rateLimited(body, reply.body);
    const error = isObject(body) ? body : undefined;
    if (reply.status === 401 || reply.status === 404 || (typeof error?.code === 'number' && WEBHOOK_GONE_CODES.has(error.code))) {
        return { ok: false, message: webhookGone(error) };
    }
    return { ok: false, message: error ? describeError(error) : replyText(reply.body) };
}
function rateLimited(body, text) {
    if (!isObject(body))
        return { ok: false, message: `Discord rate limit: ${replyText(text)}` };
    const seconds = typeof body.retry_after === 'number' && body.retry_after >= 0 ? body.retry_after : undefined;
    const said = typeof body.message === 'string' ? body.message : 'You are being rate limited.';
    const wait = seconds === undefined ? '' : `, retry after ${seconds} s`;
    return {
        ok: false,
        message: `Discord rate limit (global: ${body.global === true ? 'yes' : 'no'}${wait}): ${said}`,
        ...(seconds !== undefined && { retryAfterSeconds: seconds })
    };
}
function webhookGone(error) {
    const said = error && typeof error.message === 'string' ? `${error.message}${codeOf(error)}: ` : '';
    return `${said}the webhook URL is wrong or the webhook was deleted. ${WEBHOOK_URL_HINT.replace('Set it', 'Set the url input')}`;
}
function codeOf(error) {
    return typeof error.code === 'number' ? ` (Discord code ${error.code})` : '';
}
/** `Invalid Form Body (Discord code 50035) — embeds.0.title: Must be 256 or fewer in length.` */
function describeError(error) {
    const said = typeof error.message === 'string' ? error.message : 'Discord reported an error';
    const details = fieldErrors(error.errors, []);
    return `${said}${codeOf(error)}${details.length > 0 ? ` — ${details.join('; ')}` : ''}`;
}
/** Discord nests field errors by path: {embeds: {0: {title: {_errors: [{code, message}]}}}} → `embeds.0.title: …`. */
function fieldErrors(errors, path) {
    if (!isObject(errors))
        return [];
    const here = Array.isArray(errors._errors)
        ? errors._errors.filter(isObject).map(entry => `${path.join('.') || '(body)'}: ${String(entry.message ?? entry.code)}`)
        : [];
    const nested = Object.entries(errors)
        .filter(([key]) => key !== '_errors')
        .flatMap(([key, value]) => fieldErrors(value, [...path, key]));
    return [...here, ...nested];
}
function replyText(text) {
    return text.trim() === '' ? '(empty reply)' : (0,truncate/* truncate */.xv)(text.trim(), REPLY_TEXT_LIMIT);
}
// ─── complete ───────────────────────────────────────────────────────────────────────────────────
/** Looks up the webhook's guild to build the message link; the message is out, so a failure only warns. */
async function complete(delivered, ctx, send) {
    if (!delivered.id)
        return delivered;
    const linkUnknown = (why) => {
        ctx.warn({ path: 'url', message: `the message was sent, but its link is unknown (${why}); the url output stays empty` });
        return delivered;
    };
    let reply;
    try {
        reply = await send({ method: 'GET', url: webhookUrl(ctx.target.endpoint), headers: { ...ctx.headers } });
    }
    catch (error) {
        return linkUnknown(`looking up the webhook failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    const webhook = parseJson(reply.body);
    if (reply.status !== 200 || !isObject(webhook))
        return linkUnknown(`looking up the webhook answered HTTP ${reply.status}`);
    if (typeof webhook.guild_id !== 'string')
        return linkUnknown('the webhook belongs to no server');
    const channel = deliveredChannels.get(ctx) ?? ctx.target.endpoint.searchParams.get('thread_id') ?? webhook.channel_id;
    if (typeof channel !== 'string')
        return linkUnknown('Discord did not say which channel the message is in');
    return { ...delivered, url: messageLink(webhook.guild_id, channel, delivered.id) };
}
const discord = {
    name: 'discord',
    matches,
    resolveTarget,
    fit,
    validate,
    request: postJson,
    parse,
    complete,
    sampleTarget: file => resolveTarget('https://discord.com/api/webhooks/123456789012345678/check-mode-placeholder', file)
};

// EXTERNAL MODULE: ./src/template/filters.ts
var filters = __nccwpck_require__(1329);
// EXTERNAL MODULE: ./src/platforms/tracker.ts
var tracker = __nccwpck_require__(908);
;// CONCATENATED MODULE: ./src/platforms/linear-tracker.ts




/** A few: more open issues than this for one problem means something else is wrong. */
const SEARCH_LIMIT = 10;
const LABEL_COLOR = '#4f46e5';
const ERROR_TEXT_MAX = 1024;
// The marker label is fetched with the search, so a create right after it needs no lookup of its own.
const OPEN_ISSUES = `query DagsterAlertOpenIssues($teamId: ID!, $label: String!) {
  issues(first: ${SEARCH_LIMIT}, filter: {team: {id: {eq: $teamId}}, labels: {some: {name: {eq: $label}}}, state: {type: {nin: ["completed", "canceled"]}}}) {
    nodes { id identifier url createdAt }
  }
  issueLabels(first: ${SEARCH_LIMIT}, filter: {name: {eq: $label}}) { nodes { id team { id } } }
}`;
const LABELS_NAMED = `query DagsterAlertLabel($name: String!) {
  issueLabels(first: ${SEARCH_LIMIT}, filter: {name: {eq: $name}}) { nodes { id team { id } } }
}`;
const CREATE_LABEL = `mutation DagsterAlertLabelCreate($input: IssueLabelCreateInput!) {
  issueLabelCreate(input: $input) { success issueLabel { id } }
}`;
const ISSUE_BY_ID = `query DagsterAlertIssue($id: String!) {
  issue(id: $id) { id identifier url }
}`;
const CREATE_COMMENT = `mutation DagsterAlertComment($input: CommentCreateInput!) {
  commentCreate(input: $input) { success }
}`;
const COMPLETED_STATES = `query DagsterAlertCompletedStates($teamId: ID!) {
  workflowStates(filter: {team: {id: {eq: $teamId}}, type: {eq: "completed"}}) { nodes { id name position } }
}`;
const UPDATE_STATE = `mutation DagsterAlertResolve($id: String!, $input: IssueUpdateInput!) {
  issueUpdate(id: $id, input: $input) { success }
}`;
/**
 * Linear issues of one problem carry a team label named after the marker, created on first use; a create
 * sends the marker's UUID as the issue id, so a retried create is recognised by looking that id up.
 */
function linearTracker(create) {
    async function graphql(call, what, query, variables) {
        const reply = await call.send(create.request({ query, variables }, call.ctx));
        const errors = create.errorText(reply);
        if (errors)
            throw new tracker/* TrackerError */.B(what, errors, reply);
        const data = field(parseJson(reply.body), 'data');
        if (reply.status >= 300 || !isObject(data))
            throw new tracker/* TrackerError */.B(what, (0,truncate/* truncate */.xv)(reply.body || '(empty reply)', ERROR_TEXT_MAX), reply);
        return data;
    }
    function teamOf(call, what) {
        const teamId = create.teamIdOf(call.payload);
        if (!teamId)
            throw new tracker/* TrackerError */.B(what, 'the create payload names no team (variables.teamId)');
        return teamId;
    }
    /** Labels named after a marker, as the search found them (a create after a search then needs no lookup). */
    const labelsFound = new WeakMap();
    async function labelId(call) {
        const teamId = teamOf(call, 'lookup of the issue label');
        const name = call.marker.label;
        const found = labelsFound.get(call.marker) ?? nodes(field(await graphql(call, `lookup of the label ${name}`, LABELS_NAMED, { name }), 'issueLabels'));
        // A workspace label (no team) or this team's own can go on the team's issues.
        const usable = found.find(label => {
            const team = field(label, 'team');
            return !isObject(team) || team.id === teamId;
        });
        if (typeof usable?.id === 'string')
            return usable.id;
        const description = 'Dagster Alert Relay: the issues of one Dagster+ alert problem';
        const input = { name, teamId, color: LABEL_COLOR, description };
        const made = field(await graphql(call, `creation of the label ${name}`, CREATE_LABEL, { input }), 'issueLabelCreate');
        const id = field(field(made, 'issueLabel'), 'id');
        if (typeof id !== 'string')
            throw new tracker/* TrackerError */.B(`creation of the label ${name}`, 'Linear answered without the label id');
        return id;
    }
    return {
        searchLags: false,
        async findOpen(call) {
            // A sample gets no label (it is recognised by its id): there is nothing of its kind to find.
            if (call.marker.sample)
                return [];
            const teamId = teamOf(call, 'search for open issues');
            const data = await graphql(call, 'search for open issues', OPEN_ISSUES, { teamId, label: call.marker.label });
            labelsFound.set(call.marker, nodes(field(data, 'issueLabels')));
            return nodes(field(data, 'issues'))
                .sort((a, b) => String(b.createdAt ?? '').localeCompare(String(a.createdAt ?? '')))
                .flatMap(issue => trackedIssue(issue));
        },
        async markCreate(call) {
            const labelIds = call.marker.sample ? [] : [await labelId(call)];
            return create.withIssueMarker(call.payload, { id: call.marker.createId, labelIds });
        },
        async findCreated(call) {
            const what = 'lookup of the issue by its id';
            try {
                const data = await graphql(call, what, ISSUE_BY_ID, { id: call.marker.createId });
                return trackedIssue(field(data, 'issue'))[0];
            }
            catch (error) {
                // Linear answers an unknown id with "Entity not found": nothing was created.
                if (error instanceof tracker/* TrackerError */.B && /not found/i.test(error.detail))
                    return undefined;
                throw error;
            }
        },
        async comment(call, issue, note) {
            const what = `comment on ${issue.id}`;
            const data = await graphql(call, what, CREATE_COMMENT, { input: { issueId: issue.ref, body: noteAsMarkdown(note) } });
            requireSuccess(data, 'commentCreate', what);
        },
        async close(call, issue) {
            const what = `closing of ${issue.id}`;
            const teamId = teamOf(call, what);
            const states = nodes(field(await graphql(call, what, COMPLETED_STATES, { teamId }), 'workflowStates'));
            const done = states.sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))[0];
            if (typeof done?.id !== 'string') {
                throw new tracker/* TrackerError */.B(what, 'the team has no workflow state of type completed; add one, or set resolve: comment');
            }
            const data = await graphql(call, what, UPDATE_STATE, { id: issue.ref, input: { stateId: done.id } });
            requireSuccess(data, 'issueUpdate', what);
        }
    };
}
/** Bold heading, one line per detail; alert text escaped so it shows as written. */
function noteAsMarkdown(note) {
    const lines = note.lines.map(({ label, text, href }) => {
        const shown = (0,filters/* escapeMarkdownText */.m)(text);
        return `${label}: ${href ? `[${shown}](${href.replace(/[()\s]/g, percentEncoded)})` : shown}`;
    });
    return [`**${(0,filters/* escapeMarkdownText */.m)(note.heading)}**`, '', ...lines].join('\n');
}
/** `(` → `%28`: parentheses and spaces would end a Markdown link's URL early. */
function percentEncoded(character) {
    return `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}
function trackedIssue(node) {
    if (!isObject(node) || typeof node.id !== 'string' || typeof node.identifier !== 'string' || typeof node.url !== 'string')
        return [];
    return [{ ref: node.id, id: node.identifier, url: node.url }];
}
function requireSuccess(data, mutation, what) {
    if (field(data, mutation) && field(field(data, mutation), 'success') !== false)
        return;
    throw new tracker/* TrackerError */.B(what, `Linear answered ${mutation} success: false`);
}
function nodes(connection) {
    const list = field(connection, 'nodes');
    return Array.isArray(list) ? list.filter(isObject) : [];
}
function field(value, key) {
    return isObject(value) ? value[key] : undefined;
}

;// CONCATENATED MODULE: ./src/platforms/github-tracker.ts



/** A few: more open issues than this for one problem means something else is wrong. */
const github_tracker_SEARCH_LIMIT = 10;
/** GitHub refuses longer label names. */
const LABEL_MAX = 50;
/**
 * GitHub issues of one problem carry the marker label, which GitHub creates along with the first issue that
 * names it. They are found with the repository's issue list filtered by that label: unlike the search API, the
 * list shows a new issue at once. Pull requests share the list and are skipped.
 */
function githubTracker(api) {
    async function exchange(call, what, method, path, body) {
        const reply = await call.send(api.repoRequest(call.ctx, method, path, body));
        if (reply.status < 200 || reply.status >= 300)
            throw new tracker/* TrackerError */.B(what, api.errorText(reply, call.ctx), reply);
        return parseJson(reply.body);
    }
    async function findOpen(call) {
        const query = new URLSearchParams({
            labels: markerLabel(call.marker),
            state: 'open',
            sort: 'created',
            direction: 'desc',
            per_page: String(github_tracker_SEARCH_LIMIT)
        });
        const listed = await exchange(call, 'search for open issues', 'GET', `/issues?${query}`);
        const items = Array.isArray(listed) ? listed : [];
        return items.flatMap(item => (isObject(item) && item.pull_request === undefined ? github_tracker_trackedIssue(item) : []));
    }
    return {
        searchLags: false,
        findOpen,
        async markCreate(call) {
            const payload = call.payload;
            if (!isObject(payload))
                return payload;
            const label = markerLabel(call.marker);
            const labels = Array.isArray(payload.labels) ? payload.labels : [];
            return { ...payload, labels: labels.includes(label) ? labels : [...labels, label] };
        },
        async findCreated(call, known) {
            const before = new Set(known.map(issue => issue.ref));
            return (await findOpen(call)).find(issue => !before.has(issue.ref));
        },
        async comment(call, issue, note) {
            await exchange(call, `comment on ${issue.id}`, 'POST', `/issues/${issue.ref}/comments`, { body: noteAsMarkdown(note) });
        },
        async close(call, issue) {
            await exchange(call, `closing of ${issue.id}`, 'PATCH', `/issues/${issue.ref}`, { state: 'closed', state_reason: 'completed' });
        }
    };
}
/** The marker label within GitHub's limit (a `dedupe-key` that is a long hash makes a long label); the same for find and create. */
function markerLabel(marker) {
    return marker.label.slice(0, LABEL_MAX);
}
/** An issue as the REST API returns it: `{number, html_url, …}`; the number is what the API and `gh` take. */
function github_tracker_trackedIssue(issue) {
    if (!isObject(issue) || !Number.isInteger(issue.number) || typeof issue.html_url !== 'string' || issue.html_url === '')
        return [];
    const number = String(issue.number);
    return [{ ref: number, id: number, url: issue.html_url }];
}

;// CONCATENATED MODULE: ./src/platforms/issue-title.ts

/**
 * Fits `holder[key]` in place: line breaks and tabs become spaces, an empty title becomes the placeholder, a long
 * one is shortened; each change warns. A value that is not text is left for validation to report.
 */
function fitIssueTitle(holder, rules, warn) {
    const { key, path, platform, placeholder } = rules;
    const value = holder[key];
    if (value !== undefined && typeof value !== 'string')
        return;
    const original = value ?? '';
    let title = original.replace(/ *[\r\n\t\v\f\u2028\u2029]+ */g, ' ');
    if (title !== original)
        warn({ path, message: `line breaks and tabs replaced by spaces (a ${platform} ${key} is one line)` });
    title = title.trim();
    if (title === '') {
        warn({ path, message: `was empty; set to "${placeholder}" because ${platform} requires a ${key}` });
        title = placeholder;
    }
    holder[key] = (0,truncate/* fitText */.vY)(title, rules.max, path, warn, rules.measure);
}

;// CONCATENATED MODULE: ./src/platforms/github.ts






/** The REST API of github.com; GitHub Enterprise Server answers at https://HOST/api/v3. */
const GITHUB_API_URL = 'https://api.github.com';
const API_VERSION = '2022-11-28';
// GitHub counts characters (code points).
const TITLE_MAX = 256;
const BODY_MAX = 65536;
const github_LABEL_MAX = 50;
const ASSIGNEES_MAX = 10;
/** GitHub's title: one line, required. */
const TITLE_RULES = { key: 'title', path: 'title', platform: 'GitHub', placeholder: '(no title)', max: TITLE_MAX };
const github_ERROR_TEXT_MAX = 1024;
/** GitHub's advice after a secondary rate limit that names no wait: at least a minute. */
const SECONDARY_LIMIT_WAIT_SECONDS = 60;
/** The fields of "create an issue"; anything else is a typo GitHub would ignore without a word. */
const ISSUE_FIELDS = ['title', 'body', 'labels', 'assignees', 'milestone', 'type'];
const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/;
/** A fenced code block (as `code_block` writes them): fence line, content, the same fence. */
const FENCED_BLOCK = /^(`{3,}|~{3,})[^\n]*\n([\s\S]*?)\n\1[ \t]*$/gm;
const FENCE_LINE = /^(`{3,}|~{3,})/gm;
const CLOSING_FENCE = '\n```';
const URL_FIX = 'Leave url unset for github.com (the API base https://api.github.com); on GitHub Enterprise Server set url: ${{ github.api_url }} (https://HOST/api/v3)';
const TOKEN_FIX = 'Leave token unset to use the workflow token ${{ github.token }} (the job needs permissions: issues: write), or set ' +
    'token: ${{ secrets.NAME }} to a fine-grained token with Issues: read and write on the repository';
const REPOSITORY_FIX = 'Set repository to owner/name, e.g. acme/data-platform, or leave it unset for the repository the workflow runs in';
/** Words for GitHub's validation error codes (https://docs.github.com/rest: "Client errors"). */
const VALIDATION_CODES = {
    missing: 'does not exist',
    missing_field: 'is required but missing',
    invalid: 'is invalid',
    already_exists: 'already exists',
    unprocessable: 'cannot be processed'
};
const github = {
    name: 'github',
    displayName: 'GitHub',
    matches: github_matches,
    resolveTarget: github_resolveTarget,
    fit: github_fit,
    validate: github_validate,
    request,
    parse: github_parse,
    tracker: githubTracker({ repoRequest, errorText })
};
function github_matches(url) {
    return url.hostname.toLowerCase() === 'api.github.com' || /^\/api\/v3\/?$/.test(url.pathname);
}
// ---------------------------------------------------------------------------------------------
// Target
/** `url` is the API base (default https://api.github.com); the repository comes from the `repository` input. */
function github_resolveTarget(url, _template) {
    // Runners set GITHUB_API_URL (https://HOST/api/v3 on GitHub Enterprise Server), as @actions/github reads it.
    const fallback = process.env.GITHUB_API_URL?.trim() || GITHUB_API_URL;
    const parsed = parseEndpoint(url, { fallback, hint: URL_FIX });
    if (parsed.username || parsed.password)
        throw new errors/* InputError */.dz('url', 'must not contain credentials', `Pass the token in the token input. ${URL_FIX}`);
    if (/^(www\.)?github\.com$/i.test(parsed.hostname)) {
        throw new errors/* InputError */.dz('url', `${parsed.origin} is GitHub's website, not its API`, URL_FIX);
    }
    if (/\/repos(\/|$)/.test(parsed.pathname)) {
        throw new errors/* InputError */.dz('url', `is the API base, not a repository's endpoint (${parsed.pathname})`, `${REPOSITORY_FIX}. ${URL_FIX}`);
    }
    return { endpoint: new URL(`${parsed.origin}${parsed.pathname}`), defaultTemplate: 'github-issue' };
}
function apiBase(target) {
    return `${target.endpoint.origin}${target.endpoint.pathname.replace(/\/+$/, '')}`;
}
// ---------------------------------------------------------------------------------------------
// Fit
function github_fit(payload, ctx) {
    if (!isObject(payload))
        return payload; // validate reports the shape
    const issue = { ...payload };
    fitIssueTitle(issue, TITLE_RULES, ctx.warn);
    if (typeof issue.body === 'string')
        issue.body = neutraliseMentions(issue.body, ctx.authoredText);
    fitBody(issue, ctx.warn);
    fitLabels(issue, ctx.warn);
    fitAssignees(issue, ctx.warn);
    return issue;
}
/** Code blocks and code spans, where GitHub links no mention. */
const CODE = /(```[\s\S]*?```|`[^`\n]*`)/;
/** `@login` or `@org/team` not preceded by a word character (so e-mail addresses stay as they are). */
const MENTION = /(^|[^\w@/.`])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[\w.-]+)?)/g;
const WORD_JOINER = '\u2060';
/**
 * Only the mentions written in the template or `vars` notify anyone: an `@name` from alert text (a job named
 * after its owner, a stack trace line) gets an invisible word joiner after the `@`, which GitHub does not link.
 */
function neutraliseMentions(body, authoredText) {
    return body
        .split(CODE)
        .map((part, index) => index % 2 === 1 ? part : part.replace(MENTION, (whole, before, name) => (authoredText.includes(`@${name}`) ? whole : `${before}@${WORD_JOINER}${name}`)))
        .join('');
}
function fitBody(issue, warn) {
    const body = issue.body;
    if (typeof body !== 'string')
        return;
    const before = (0,truncate/* measureLength */.X6)(body);
    if (before <= BODY_MAX)
        return;
    issue.body = shortenMarkdown(body, BODY_MAX);
    const message = `truncated from ${before} to ${(0,truncate/* measureLength */.X6)(issue.body)} characters (limit ${BODY_MAX}), inside the longest code block when there is one`;
    warn({ path: 'body', message });
}
/**
 * Markdown within `max` code points. The longest fenced code block (a stack trace, usually) is cut first, keeping
 * its fences and whatever follows it (links); otherwise the end is cut and an open fence closed.
 */
function shortenMarkdown(text, max) {
    const excess = (0,truncate/* measureLength */.X6)(text) - max;
    if (excess <= 0)
        return text;
    const longest = [...text.matchAll(FENCED_BLOCK)].sort((a, b) => b[2].length - a[2].length)[0];
    if (longest) {
        const content = longest[2];
        const kept = (0,truncate/* measureLength */.X6)(content) - excess;
        if (kept >= 1) {
            const start = longest.index + longest[0].indexOf('\n') + 1;
            return text.slice(0, start) + (0,truncate/* truncate */.xv)(content, kept) + text.slice(start + content.length);
        }
    }
    const cut = (0,truncate/* truncate */.xv)(text, max);
    const fences = cut.match(FENCE_LINE)?.length ?? 0;
    return fences % 2 === 0 ? cut : (0,truncate/* truncate */.xv)(text, max - CLOSING_FENCE.length) + CLOSING_FENCE;
}
/** Labels as a list (text is split at commas and line breaks: names may contain spaces), trimmed, within 50, no duplicates. */
function fitLabels(issue, warn) {
    const labels = typeof issue.labels === 'string' ? splitList(issue.labels, /[,\n]/) : issue.labels;
    if (!Array.isArray(labels))
        return; // absent, or a shape validate reports
    const fitted = [];
    labels.forEach((label, index) => {
        const path = `labels[${index}]`;
        if (typeof label !== 'string' && typeof label !== 'number')
            return void fitted.push(label);
        const name = String(label).trim();
        if (name === '')
            return warn({ path, message: 'empty label dropped' });
        const short = (0,truncate/* fitText */.vY)(name, github_LABEL_MAX, path, warn);
        // GitHub label names are unique regardless of case.
        if (fitted.some(other => typeof other === 'string' && other.toLowerCase() === short.toLowerCase())) {
            return warn({ path, message: `duplicate label "${short}" dropped` });
        }
        fitted.push(short);
    });
    setOrDelete(issue, 'labels', fitted);
}
/** Logins as a list (text is split at commas and spaces), without a leading @, at most 10. */
function fitAssignees(issue, warn) {
    const listed = typeof issue.assignees === 'string' ? splitList(issue.assignees, /[\s,]+/) : issue.assignees;
    if (!Array.isArray(listed))
        return;
    const logins = [];
    for (const item of listed) {
        const login = typeof item === 'string' ? item.trim().replace(/^@/, '') : item;
        if (login === '')
            continue;
        if (typeof login === 'string' && logins.some(other => typeof other === 'string' && other.toLowerCase() === login.toLowerCase()))
            continue;
        logins.push(login);
    }
    if (logins.length > ASSIGNEES_MAX) {
        warn({ path: 'assignees', message: `${logins.length} assignees; GitHub takes ${ASSIGNEES_MAX}, so the first ${ASSIGNEES_MAX} are kept` });
        logins.length = ASSIGNEES_MAX;
    }
    setOrDelete(issue, 'assignees', logins);
}
function splitList(text, separator) {
    return text
        .split(separator)
        .map(part => part.trim())
        .filter(part => part !== '');
}
function setOrDelete(issue, key, list) {
    if (list.length > 0)
        issue[key] = list;
    else
        delete issue[key];
}
// ---------------------------------------------------------------------------------------------
// Validate
function github_validate(payload) {
    if (!isObject(payload))
        return [{ path: '', message: 'must be a JSON object with the issue fields (title, body, labels, assignees)' }];
    const unknown = Object.keys(payload)
        .filter(key => !ISSUE_FIELDS.includes(key))
        .map(key => ({ path: key, message: `is not a field of a GitHub issue (${ISSUE_FIELDS.join(', ')}); GitHub would ignore it` }));
    return [
        ...unknown,
        ...validateTitle(payload.title),
        ...validateBody(payload.body),
        ...validateNames('labels', payload.labels, github_LABEL_MAX),
        ...validateNames('assignees', payload.assignees, Infinity),
        ...validateAssigneeCount(payload.assignees),
        ...validateMilestone(payload.milestone),
        ...(payload.type === undefined || payload.type === null || typeof payload.type === 'string'
            ? []
            : [{ path: 'type', message: `must be an issue type name, not ${kindOf(payload.type)}` }])
    ];
}
function validateTitle(title) {
    const path = 'title';
    if (title === undefined)
        return [{ path, message: 'is missing: GitHub requires a title' }];
    if (typeof title !== 'string')
        return [{ path, message: `must be a string, not ${kindOf(title)}` }];
    if (title.trim() === '')
        return [{ path, message: 'must not be empty' }];
    if (/[\r\n]/.test(title))
        return [{ path, message: 'must be one line' }];
    const length = (0,truncate/* measureLength */.X6)(title);
    return length > TITLE_MAX ? [{ path, message: `is ${length} characters long; GitHub allows ${TITLE_MAX}` }] : [];
}
function validateBody(body) {
    const path = 'body';
    if (body === undefined || body === null)
        return [];
    if (typeof body !== 'string')
        return [{ path, message: `must be Markdown text, not ${kindOf(body)}` }];
    const length = (0,truncate/* measureLength */.X6)(body);
    return length > BODY_MAX ? [{ path, message: `is ${length} characters long; GitHub allows ${BODY_MAX}` }] : [];
}
/** Label names or assignee logins: a list of non-empty strings within `max`. */
function validateNames(path, names, max) {
    if (names === undefined)
        return [];
    if (!Array.isArray(names))
        return [{ path, message: `must be a list of names, not ${kindOf(names)}` }];
    return names.flatMap((name, index) => {
        const itemPath = `${path}[${index}]`;
        if (typeof name !== 'string')
            return [{ path: itemPath, message: `must be a string, not ${kindOf(name)}` }];
        if (name.trim() === '')
            return [{ path: itemPath, message: 'must not be empty' }];
        const length = (0,truncate/* measureLength */.X6)(name);
        return length > max ? [{ path: itemPath, message: `is ${length} characters long; GitHub allows ${max}` }] : [];
    });
}
function validateAssigneeCount(assignees) {
    if (!Array.isArray(assignees) || assignees.length <= ASSIGNEES_MAX)
        return [];
    return [{ path: 'assignees', message: `has ${assignees.length} logins; GitHub allows ${ASSIGNEES_MAX}` }];
}
function validateMilestone(milestone) {
    if (milestone === undefined || milestone === null)
        return [];
    if (Number.isInteger(milestone) || (typeof milestone === 'string' && /^\d+$/.test(milestone)))
        return [];
    return [{ path: 'milestone', message: `must be a milestone number, not ${JSON.stringify(milestone)}` }];
}
// ---------------------------------------------------------------------------------------------
// Request and reply
function request(payload, ctx) {
    return repoRequest(ctx, 'POST', '/issues', payload);
}
/** A REST request to `<api>/repos/{owner}/{name}<path>`, authorised with the token input (an Authorization header wins). */
function repoRequest(ctx, method, path, body) {
    const headers = {
        accept: 'application/vnd.github+json',
        'x-github-api-version': API_VERSION,
        ...authorization(ctx),
        ...ctx.headers
    };
    if (body !== undefined)
        headers['content-type'] = 'application/json';
    return {
        method,
        url: `${apiBase(ctx.target)}/repos/${repositoryOf(ctx)}${path}`,
        headers,
        ...(body !== undefined && { body: JSON.stringify(body) })
    };
}
function authorization(ctx) {
    if (ctx.headers.authorization)
        return {};
    const token = ctx.settings.token.trim();
    if (token === '')
        throw new errors/* InputError */.dz('token', 'GitHub needs a token and none is set', TOKEN_FIX);
    if (/\s/.test(token))
        throw new errors/* InputError */.dz('token', 'contains spaces: give the token alone, without "Bearer" or "token" before it', TOKEN_FIX);
    return { authorization: `Bearer ${token}` };
}
/** The `repository` input as owner/name; never empty on a runner, which defaults it to the current repository. */
function repositoryOf(ctx) {
    const repository = ctx.settings.repository.trim();
    if (repository === '')
        throw new errors/* InputError */.dz('repository', 'is not set', REPOSITORY_FIX);
    if (!REPOSITORY.test(repository))
        throw new errors/* InputError */.dz('repository', `"${repository}" is not owner/name`, REPOSITORY_FIX);
    return repository;
}
function github_parse(reply, ctx) {
    const body = parseJson(reply.body);
    if (reply.status >= 200 && reply.status < 300) {
        const [issue] = github_tracker_trackedIssue(body);
        if (issue)
            return { ok: true, url: issue.url, id: issue.id, status: 'created' };
        return { ok: false, message: `the reply has no issue number and html_url: ${github_replyText(reply.body)}` };
    }
    const limited = rateLimit(reply, body);
    return { ok: false, message: errorText(reply, ctx), ...(limited && { retry: true, ...limited }) };
}
/**
 * A primary or secondary rate limit (403 or 429) and the wait it asks for: until `x-ratelimit-reset` when
 * `x-ratelimit-remaining` is 0; a `Retry-After` header is read by delivery itself; else a minute.
 */
function rateLimit(reply, body) {
    if (reply.status !== 403 && reply.status !== 429)
        return undefined;
    const exhausted = reply.headers['x-ratelimit-remaining']?.trim() === '0';
    const retryAfter = reply.headers['retry-after'] !== undefined;
    if (!exhausted && !retryAfter && !/rate limit/i.test(messageOf(body)))
        return undefined;
    const reset = Number(reply.headers['x-ratelimit-reset']);
    if (exhausted && Number.isFinite(reset))
        return { retryAfterSeconds: Math.max(0, reset - serverNowSeconds(reply)) };
    return retryAfter ? {} : { retryAfterSeconds: SECONDARY_LIMIT_WAIT_SECONDS };
}
/** GitHub's clock (the reply's Date), so a runner clock that is off does not skew the wait until the reset. */
function serverNowSeconds(reply) {
    const date = Date.parse(reply.headers.date ?? '');
    return (Number.isNaN(date) ? Date.now() : date) / 1000;
}
/** `{message, errors: [{resource, field, code, message?, value?}]}` field by field, then what usually fixes the status. */
function errorText(reply, ctx) {
    const body = parseJson(reply.body);
    const said = isObject(body) ? githubErrorText(body) : github_replyText(reply.body);
    const hint = hintFor(reply, ctx);
    const text = hint ? `${said}${/[.!?…]$/.test(said) ? '' : '.'} ${hint}` : said;
    return (0,truncate/* truncate */.xv)(text, github_ERROR_TEXT_MAX);
}
function githubErrorText(body) {
    const errors = Array.isArray(body.errors) ? body.errors.map(fieldError) : [];
    const message = messageOf(body).trim().replace(/\s+/g, ' ');
    return [message, errors.join('; ')].filter(part => part !== '').join(': ') || '(no error text)';
}
/** GitHub's own message names the field ("title is too long …"); a bare code is put in words after resource and field. */
function fieldError(error) {
    if (!isObject(error))
        return typeof error === 'string' ? error : JSON.stringify(error);
    if (typeof error.message === 'string' && error.message !== '')
        return error.message;
    const where = [error.resource, error.field].filter(part => typeof part === 'string').join(' ');
    const code = typeof error.code === 'string' ? error.code : 'invalid';
    const value = error.value === undefined ? '' : ` (${JSON.stringify(error.value)})`;
    return `${where ? `${where} ` : ''}${VALIDATION_CODES[code] ?? code}${value}`;
}
function hintFor(reply, ctx) {
    const repository = ctx.settings.repository.trim();
    switch (reply.status) {
        case 401:
            return 'The token was refused: check the token input (expired, revoked, or the wrong secret)';
        case 403:
            return rateLimit(reply, parseJson(reply.body))
                ? ''
                : `The token may not write issues in ${repository}: give the job permissions: issues: write, or for another ` +
                    'repository use a token with Issues: read and write on it (the workflow token reaches only its own repository)';
        case 404:
            return (`Check the repository input (${repository}): it does not exist, or the token cannot see it ` +
                '(the workflow token reaches only the repository the workflow runs in)');
        case 410:
            return `Issues are turned off in ${repository}: turn them on (Settings → General → Features → Issues) or set repository to another one`;
        case 422:
            return /assignee/i.test(reply.body) ? 'Assignees must be users who can be assigned in the repository (collaborators)' : '';
        default:
            return '';
    }
}
function messageOf(body) {
    return isObject(body) && typeof body.message === 'string' ? body.message : '';
}
/** A reply that is not GitHub's JSON (a proxy's error page) as one line within 1 KiB. */
function github_replyText(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line === '' ? '(empty reply)' : (0,truncate/* truncate */.xv)(line, github_ERROR_TEXT_MAX);
}
// ---------------------------------------------------------------------------------------------
function kindOf(value) {
    if (value === null)
        return 'null';
    return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}

// EXTERNAL MODULE: ./src/platforms/adf.ts
var adf = __nccwpck_require__(1185);
;// CONCATENATED MODULE: ./src/platforms/jira-tracker.ts



/** A few: more open issues than this for one problem means something else is wrong. */
const jira_tracker_SEARCH_LIMIT = 10;
const jira_tracker_ERROR_TEXT_MAX = 1024;
/**
 * Jira issues of one problem carry the marker label. They are found with the enhanced JQL search
 * (`/rest/api/3/search/jql`), whose index can lag a new issue by a moment; comments and transitions use the
 * API version of the configured endpoint (plain text for v2, ADF for v3).
 */
function jiraTracker(site) {
    function request(call, method, path, body) {
        const headers = { accept: 'application/json', ...call.ctx.headers };
        if (body !== undefined)
            headers['content-type'] = 'application/json';
        return { method, url: `${site.siteOf(call.ctx.target)}${path}`, headers, ...(body !== undefined && { body: JSON.stringify(body) }) };
    }
    async function exchange(call, what, method, path, body) {
        const reply = await call.send(request(call, method, path, body));
        if (reply.status < 200 || reply.status >= 300)
            throw new tracker/* TrackerError */.B(what, site.errorText(reply, call.ctx), reply);
        return parseJson(reply.body);
    }
    function issuePath(call, issue, rest) {
        return `/rest/api/${site.versionOf(call.ctx.target)}/issue/${encodeURIComponent(issue.ref)}/${rest}`;
    }
    async function findOpen(call) {
        const query = new URLSearchParams({ jql: openIssuesJql(call), fields: 'summary,created', maxResults: String(jira_tracker_SEARCH_LIMIT) });
        const found = await exchange(call, 'search for open issues', 'GET', `/rest/api/3/search/jql?${query}`);
        const issues = isObject(found) && Array.isArray(found.issues) ? found.issues : [];
        return issues.flatMap(issue => {
            if (!isObject(issue) || typeof issue.key !== 'string' || issue.key === '')
                return [];
            const url = `${site.siteOf(call.ctx.target)}/browse/${encodeURIComponent(issue.key)}`;
            return [{ ref: issue.key, id: issue.key, url }];
        });
    }
    return {
        searchLags: true,
        findOpen,
        async markCreate(call) {
            const payload = call.payload;
            if (!isObject(payload) || !isObject(payload.fields))
                return payload;
            const labels = Array.isArray(payload.fields.labels) ? payload.fields.labels : [];
            const marked = labels.includes(call.marker.label) ? labels : [...labels, call.marker.label];
            return { ...payload, fields: { ...payload.fields, labels: marked } };
        },
        async findCreated(call, known) {
            const before = new Set(known.map(issue => issue.ref));
            return (await findOpen(call)).find(issue => !before.has(issue.ref));
        },
        async comment(call, issue, note) {
            const body = site.versionOf(call.ctx.target) === 3 ? noteAsAdf(note) : (0,tracker/* noteAsText */.y)(note);
            await exchange(call, `comment on ${issue.id}`, 'POST', issuePath(call, issue, 'comment'), { body });
        },
        async close(call, issue) {
            const what = `closing of ${issue.id}`;
            const listed = await exchange(call, what, 'GET', issuePath(call, issue, 'transitions'));
            const transitions = isObject(listed) && Array.isArray(listed.transitions) ? listed.transitions.filter(isObject) : [];
            const done = transitions.find(transition => statusCategory(transition) === 'done');
            if (!done || (typeof done.id !== 'string' && typeof done.id !== 'number')) {
                const names = transitions.map(transition => String(transition.name)).join(', ') || 'none';
                const detail = `no transition from its status leads to a Done status (available: ${names}); add one to the workflow, or set resolve: comment`;
                throw new tracker/* TrackerError */.B(what, (0,truncate/* truncate */.xv)(detail, jira_tracker_ERROR_TEXT_MAX));
            }
            await exchange(call, what, 'POST', issuePath(call, issue, 'transitions'), { transition: { id: String(done.id) } });
        }
    };
}
/** Open issues of the problem, newest first; the label alone bounds the query, as it names one problem. */
function openIssuesJql(call) {
    return `labels = ${jqlString(call.marker.label)} AND statusCategory != Done ORDER BY created DESC`;
}
function jqlString(text) {
    return `"${text.replace(/["\\]/g, '\\$&')}"`;
}
function statusCategory(transition) {
    const to = transition.to;
    const category = isObject(to) ? to.statusCategory : undefined;
    return isObject(category) ? category.key : undefined;
}
/** Bold heading, then one line per detail with its link (Jira REST v3 comment body). */
function noteAsAdf(note) {
    const details = note.lines.flatMap(({ label, text, href }, index) => [
        ...(index > 0 ? [{ type: 'hardBreak' }] : []),
        { type: 'text', text: `${label}: ` },
        { type: 'text', text, ...(href && { marks: [{ type: 'link', attrs: { href } }] }) }
    ]);
    const heading = { type: 'paragraph', content: [{ type: 'text', text: note.heading, marks: [{ type: 'strong' }] }] };
    return { type: 'doc', version: 1, content: details.length > 0 ? [heading, { type: 'paragraph', content: details }] : [heading] };
}

;// CONCATENATED MODULE: ./src/platforms/jira.ts







// Jira counts UTF-16 units (Java strings).
const SUMMARY_MAX = 255;
const DESCRIPTION_MAX = 32767;
const jira_LABEL_MAX = 255;
/** Jira's summary: one line, required, at most 255 UTF-16 units. */
const SUMMARY_RULES = { key: 'summary', path: 'fields.summary', platform: 'Jira', placeholder: '(no summary)', max: SUMMARY_MAX, measure: 'utf16' };
const jira_ERROR_TEXT_MAX = 1024;
const ISSUE_ENDPOINT = /^(.*)\/rest\/api\/([23])\/issue$/;
const jira_URL_FIX = 'Set url to https://your-site.atlassian.net/rest/api/2/issue or the site URL';
const HEADERS_FIX = 'Set headers to `Authorization: Basic <base64 of email:api_token>` from a secret';
const jira = {
    name: 'jira',
    matches: jira_matches,
    resolveTarget: jira_resolveTarget,
    fit: jira_fit,
    validate: jira_validate,
    request: jira_request,
    parse: jira_parse,
    tracker: jiraTracker({ siteOf, versionOf, errorText: followUpErrorText }),
    sampleVars: { project: 'ENG' },
    sampleTarget
};
/** Check mode: the version the file name says (jira-v3…), else the one the description needs (ADF object: v3). */
function sampleTarget(templateFile, payload) {
    const fields = isObject(payload) ? payload.fields : undefined;
    const adf = isObject(fields) && isObject(fields.description);
    const version = versionOfTemplate(templateFile) ?? (adf ? 3 : 2);
    return jira_resolveTarget(`https://example.atlassian.net/rest/api/${version}/issue`, templateFile);
}
function jira_matches(url) {
    return /\.(atlassian\.net|jira\.com)$/i.test(url.hostname) || /\/rest\/api\/[23]\/issue\/?$/.test(url.pathname);
}
// ---------------------------------------------------------------------------------------------
// Target
function jira_resolveTarget(url, template) {
    const parsed = parseSiteUrl(url);
    const { site, version: endpointVersion } = splitEndpoint(parsed);
    const templateVersion = versionOfTemplate(template);
    if (endpointVersion === 2 && templateVersion === 3) {
        throw new errors/* InputError */.dz('template', `'${template}' writes a rich-text (ADF) description for REST API v3, but url points at /rest/api/2/issue, which takes plain text`, `Either set url to ${site}/rest/api/3/issue, or set template to jira-v2`);
    }
    const version = endpointVersion ?? templateVersion ?? 2;
    return {
        endpoint: new URL(`${site}/rest/api/${version}/issue${parsed.search}`),
        defaultTemplate: version === 3 ? 'jira-v3' : 'jira-v2'
    };
}
function parseSiteUrl(text) {
    const url = parseEndpoint(text, { required: 'Jira', hint: jira_URL_FIX });
    if (url.username || url.password) {
        throw new errors/* InputError */.dz('url', 'must not contain credentials', `${HEADERS_FIX}, and keep url to the site address`);
    }
    return url;
}
/** The site (origin plus any context path) and the API version when `url` is an issue endpoint. */
function splitEndpoint(url) {
    const path = url.pathname.replace(/\/+$/, '');
    const endpoint = ISSUE_ENDPOINT.exec(path);
    if (endpoint)
        return { site: url.origin + endpoint[1], version: Number(endpoint[2]) };
    if (/\/rest(\/|$)/.test(path)) {
        throw new errors/* InputError */.dz('url', `path ${url.pathname} is not the issue endpoint /rest/api/2/issue or /rest/api/3/issue`, jira_URL_FIX);
    }
    return { site: url.origin + path };
}
/** `jira-v3`, `jira-v3-compact.yml`, `.github/…/jira-v2.yml` → 3 / 3 / 2; other names say nothing. */
function versionOfTemplate(template) {
    const name = template?.split('/').pop() ?? '';
    if (name.startsWith('jira-v3'))
        return 3;
    if (name.startsWith('jira-v2'))
        return 2;
    return undefined;
}
function versionOf(target) {
    return target.endpoint.pathname.endsWith('/3/issue') ? 3 : 2;
}
/** The configured site: issue links are built from it, never from the reply's `self` (an internal host). */
function siteOf(target) {
    return target.endpoint.origin + target.endpoint.pathname.replace(/\/rest\/api\/[23]\/issue$/, '');
}
// ---------------------------------------------------------------------------------------------
// Fit
function jira_fit(payload, ctx) {
    if (!isObject(payload) || !isObject(payload.fields))
        return payload; // validate reports the shape
    const fields = structuredClone(payload.fields);
    fitIssueTitle(fields, SUMMARY_RULES, ctx.warn);
    fitDescription(fields, versionOf(ctx.target), ctx.warn);
    jira_fitLabels(fields, ctx.warn);
    fitPriority(fields, ctx.warn);
    return { ...payload, fields };
}
function fitDescription(fields, version, warn) {
    const path = 'fields.description';
    const description = fields.description;
    if (typeof description === 'string') {
        if (description.trim() === '') {
            delete fields.description;
            warn({ path, message: 'was empty and is left out' });
        }
        else if (version === 2) {
            fields.description = (0,truncate/* fitText */.vY)(description, DESCRIPTION_MAX, path, warn, 'utf16');
        }
        else {
            warn({ path, message: 'text converted to Atlassian Document Format (REST API v3 takes ADF, not plain text)' });
            setAdfDescription(fields, (0,adf/* markdownToAdf */.GT)(description), warn);
        }
    }
    else if (version === 3 && isObject(description) && Array.isArray(description.content)) {
        setAdfDescription(fields, description, warn);
    }
}
function setAdfDescription(fields, doc, warn) {
    const path = 'fields.description';
    // Empty nodes are the template's way of leaving out missing values, like removed keys: no warning for those.
    const { doc: cleaned, unlinked } = (0,adf/* dropEmptyNodes */.wG)(doc, path);
    for (const markPath of unlinked)
        warn({ path: markPath, message: 'link without href removed (its text stays)' });
    if (cleaned.content.length === 0) {
        delete fields.description;
        warn({ path, message: 'nothing left after removing empty parts (missing values); description left out' });
        return;
    }
    truncateAdfText(cleaned, path, warn);
    fields.description = cleaned;
}
/** Shortens the longest texts until the document's text fits Jira's description limit. */
function truncateAdfText(doc, path, warn) {
    const texts = (0,adf/* textNodes */.by)(doc, path);
    let total = texts.reduce((sum, { node }) => sum + (0,truncate/* measureLength */.X6)(node.text ?? '', 'utf16'), 0);
    for (let round = 0; round < texts.length && total > DESCRIPTION_MAX; round++) {
        const longest = texts.reduce((a, b) => ((b.node.text ?? '').length > (a.node.text ?? '').length ? b : a));
        const before = longest.node.text ?? '';
        // Never below one unit: an empty text node would be rejected.
        const after = (0,truncate/* truncate */.xv)(before, Math.max(1, before.length - (total - DESCRIPTION_MAX)), 'utf16');
        longest.node.text = after;
        total -= before.length - after.length;
        warn({
            path: `${longest.path}.text`,
            message: `truncated from ${before.length} to ${after.length} characters (the description's text is limited to ${DESCRIPTION_MAX})`
        });
    }
}
function jira_fitLabels(fields, warn) {
    const path = 'fields.labels';
    let labels = fields.labels;
    if (typeof labels === 'string') {
        labels = splitLabelList(labels);
        warn({ path, message: `text split into the list ${JSON.stringify(labels)}` });
    }
    if (!Array.isArray(labels))
        return; // absent, or a shape validate reports
    const fitted = [];
    labels.forEach((label, index) => {
        const fittedLabel = typeof label === 'string' || typeof label === 'number' ? fitLabel(String(label), `${path}[${index}]`, warn) : label;
        if (typeof fittedLabel === 'string' && fitted.includes(fittedLabel)) {
            warn({ path: `${path}[${index}]`, message: `duplicate label "${fittedLabel}" dropped` });
        }
        else if (fittedLabel !== undefined) {
            fitted.push(fittedLabel);
        }
    });
    if (fitted.length > 0) {
        fields.labels = fitted;
    }
    else {
        delete fields.labels;
        if (labels.length > 0)
            warn({ path, message: 'no label left; labels left out' });
    }
}
/** One label without spaces and within the limit; undefined when nothing is left of it. */
function fitLabel(label, path, warn) {
    const trimmed = label.trim();
    if (trimmed === '') {
        warn({ path, message: 'empty label dropped' });
        return undefined;
    }
    const dashed = trimmed.replace(/\s+/g, '-');
    if (dashed !== trimmed)
        warn({ path, message: `spaces replaced by '-' ("${dashed}"): Jira labels cannot contain spaces` });
    return (0,truncate/* fitText */.vY)(dashed, jira_LABEL_MAX, path, warn, 'utf16');
}
/** `"a, b c"` → comma separated when there is a comma (`b c` becomes `b-c` later), else whitespace separated. */
function splitLabelList(text) {
    const parts = text.includes(',') ? text.split(',') : text.split(/\s+/);
    return parts.map(part => part.trim()).filter(part => part !== '');
}
function fitPriority(fields, warn) {
    const priority = fields.priority;
    if (isObject(priority) && !hasValue(priority, 'name') && !hasValue(priority, 'id')) {
        delete fields.priority;
        warn({ path: 'fields.priority', message: 'has no name or id; left out so Jira uses the default priority' });
    }
}
// ---------------------------------------------------------------------------------------------
// Validate
function jira_validate(payload, ctx) {
    if (!isObject(payload))
        return [{ path: '', message: 'must be a JSON object with "fields"' }];
    const fields = payload.fields;
    if (!isObject(fields)) {
        return [{ path: 'fields', message: 'must be an object holding the issue fields (project, issuetype, summary, …)' }];
    }
    return [
        ...validateReference(fields, 'project', ['key', 'id'], 'set vars: project: KEY (the Jira project key, e.g. ENG)', true),
        ...validateReference(fields, 'issuetype', ['name', 'id'], 'set vars: issue_type: Bug (an issue type of the project)', true),
        ...validateSummary(fields.summary),
        ...validateDescription(fields.description, versionOf(ctx.target)),
        ...validateLabels(fields.labels),
        ...validateReference(fields, 'priority', ['name', 'id'], 'set vars: priority: High, or leave priority out', false)
    ];
}
/** A field that refers to a Jira object by one of `keys`, e.g. `project: {key: ENG}`. */
function validateReference(fields, name, keys, fix, required) {
    const path = `fields.${name}`;
    const value = fields[name];
    const shape = keys.map(key => `{"${key}": …}`).join(' or ');
    if (value === undefined)
        return required ? [{ path, message: `is missing: ${fix}` }] : [];
    if (!isObject(value))
        return [{ path, message: `must be an object like ${shape}, not ${jira_kindOf(value)}` }];
    if (!keys.some(key => hasValue(value, key)))
        return [{ path, message: `needs a non-empty ${keys.join(' or ')}: ${fix}` }];
    return [];
}
function validateSummary(summary) {
    const path = 'fields.summary';
    if (summary === undefined)
        return [{ path, message: 'is missing: Jira requires a summary' }];
    if (typeof summary !== 'string')
        return [{ path, message: `must be a string, not ${jira_kindOf(summary)}` }];
    if (summary.trim() === '')
        return [{ path, message: 'must not be empty' }];
    if (/[\r\n]/.test(summary))
        return [{ path, message: 'must be one line' }];
    const length = (0,truncate/* measureLength */.X6)(summary, 'utf16');
    if (length > SUMMARY_MAX)
        return [{ path, message: `is ${length} characters long; Jira allows ${SUMMARY_MAX}` }];
    return [];
}
function validateDescription(description, version) {
    const path = 'fields.description';
    if (description === undefined || description === null)
        return [];
    if (version === 3)
        return (0,adf/* validateAdf */.cb)(description, path);
    if (typeof description !== 'string') {
        return [{ path, message: 'REST API v2 takes a plain-text description; for a rich-text (ADF) description use url …/rest/api/3/issue' }];
    }
    const length = (0,truncate/* measureLength */.X6)(description, 'utf16');
    return length > DESCRIPTION_MAX ? [{ path, message: `is ${length} characters long; Jira allows ${DESCRIPTION_MAX}` }] : [];
}
function validateLabels(labels) {
    const path = 'fields.labels';
    if (labels === undefined)
        return [];
    if (!Array.isArray(labels))
        return [{ path, message: `must be a list of labels, not ${jira_kindOf(labels)}` }];
    return labels.flatMap((label, index) => {
        const itemPath = `${path}[${index}]`;
        if (typeof label !== 'string')
            return [{ path: itemPath, message: `must be a string, not ${jira_kindOf(label)}` }];
        if (label === '')
            return [{ path: itemPath, message: 'must not be empty' }];
        if (/\s/.test(label))
            return [{ path: itemPath, message: `"${label}" contains spaces, which Jira labels cannot` }];
        if (label.length > jira_LABEL_MAX)
            return [{ path: itemPath, message: `is ${label.length} characters long; Jira allows ${jira_LABEL_MAX}` }];
        return [];
    });
}
// ---------------------------------------------------------------------------------------------
// Request and reply
function jira_request(payload, ctx) {
    requireAuthorization(ctx.headers);
    return {
        method: 'POST',
        url: ctx.target.endpoint.href,
        headers: { accept: 'application/json', ...ctx.headers, 'content-type': 'application/json' },
        body: JSON.stringify(payload)
    };
}
/**
 * Throws InputError('headers') unless the headers carry usable Jira credentials. `request` calls it;
 * callers may call it earlier (before rendering) to fail fast. Never echoes the header value.
 */
function requireAuthorization(headers) {
    const value = headers.authorization?.trim();
    if (!value)
        throw new errors/* InputError */.dz('headers', 'Jira needs an Authorization header', HEADERS_FIX);
    const basic = /^basic\s+(.*)$/i.exec(value);
    if (basic && !isBase64Credentials(basic[1].trim())) {
        throw new errors/* InputError */.dz('headers', 'the Authorization header says Basic, but what follows is not the Base64 of email:api_token', HEADERS_FIX);
    }
}
function isBase64Credentials(text) {
    return /^[A-Za-z0-9+/]+={0,2}$/.test(text) && Buffer.from(text, 'base64').toString('utf8').includes(':');
}
function jira_parse(reply, ctx) {
    const body = parseJson(reply.body);
    if (reply.status >= 200 && reply.status < 300) {
        const key = isObject(body) && typeof body.key === 'string' && body.key !== '' ? body.key : undefined;
        if (key)
            return { ok: true, id: key, url: `${siteOf(ctx.target)}/browse/${encodeURIComponent(key)}`, status: 'created' };
        return { ok: false, message: `Jira answered HTTP ${reply.status} without an issue key: ${plainText(reply.body) || '(empty reply)'}` };
    }
    return { ok: false, message: withHint(jira_errorText(reply), jira_hintFor(reply, ctx)) };
}
/** A refused search, comment or transition: Jira's text, with the hint for credentials or a wrong url (not the create-permission one). */
/** Search, comment and transition replies: the credentials hint fits them, the create's endpoint and permission hints do not. */
function followUpErrorText(reply, ctx) {
    return withHint(jira_errorText(reply), reply.status === 401 ? jira_hintFor(reply, ctx) : '');
}
function withHint(details, hint) {
    if (!details)
        return hint || '(no error text)';
    return hint ? `${details}${/[.!?…]$/.test(details) ? '' : '.'} ${hint}` : details;
}
/** Jira's error text of a reply, else the error page's text, within 1 KiB. */
function jira_errorText(reply) {
    const body = parseJson(reply.body);
    return (0,truncate/* truncate */.xv)((isObject(body) && jiraErrorText(body)) || plainText(reply.body), jira_ERROR_TEXT_MAX);
}
/** `{errorMessages: [...], errors: {field: message}}` (or a gateway's `{message}`) as one line. */
function jiraErrorText(body) {
    const messages = Array.isArray(body.errorMessages) ? body.errorMessages.filter(m => typeof m === 'string') : [];
    const fieldErrors = isObject(body.errors) ? Object.entries(body.errors).map(([field, message]) => `${field}: ${String(message)}`) : [];
    const gateway = typeof body.message === 'string' ? [body.message] : [];
    return [...messages, ...fieldErrors, ...(messages.length + fieldErrors.length === 0 ? gateway : [])].join('; ');
}
function jira_hintFor(reply, ctx) {
    switch (reply.status) {
        case 401:
            return /^bearer\s/i.test(ctx.headers.authorization ?? '')
                ? `The Authorization header is Bearer, which Jira Cloud API tokens do not accept. ${HEADERS_FIX}`
                : `Check the credentials. ${HEADERS_FIX} (an Atlassian API token, not the account password)`;
        case 403:
            return /AUTHENTICATION_DENIED/i.test(reply.headers['x-seraph-loginreason'] ?? '')
                ? 'Jira wants a CAPTCHA after failed logins: sign in once in a browser as that account, then retry'
                : 'The account behind the Authorization header may lack the Create Issues permission in this project';
        case 404:
            return `Check url (site ${siteOf(ctx.target)}, endpoint ${ctx.target.endpoint.pathname}) and that the project exists and the account can see it`;
        default:
            return '';
    }
}
/** An HTML or text error page as readable text: tags removed, whitespace collapsed, first 1 KiB. */
function plainText(body) {
    const text = body
        .slice(0, 64 * jira_ERROR_TEXT_MAX) // bounds the regex work on huge pages
        .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
        .replace(/<[^>]*>/g, ' ')
        .replace(/&nbsp;/g, ' ')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ')
        .trim();
    return (0,truncate/* truncate */.xv)(text, jira_ERROR_TEXT_MAX);
}
// ---------------------------------------------------------------------------------------------
function hasValue(record, key) {
    const value = record[key];
    return (typeof value === 'string' && value.trim() !== '') || typeof value === 'number';
}
function jira_kindOf(value) {
    if (value === null)
        return 'null';
    return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}

;// CONCATENATED MODULE: ./src/platforms/linear.ts





const DEFAULT_ENDPOINT = 'https://api.linear.app/graphql';
/** Linear's schema documents no title limit; 255 is the usual issue-tracker cap and keeps titles readable. */
const linear_TITLE_MAX = 255;
/** Linear documents no description limit; this is far beyond a useful alert yet a safe request size. */
const linear_DESCRIPTION_MAX = 100_000;
/** Linear's back end is JavaScript, so lengths are counted in UTF-16 units (never fewer than code points). */
const MEASURE = 'utf16';
const linear_ERROR_TEXT_MAX = 1024;
const TITLE_PLACEHOLDER = 'Dagster+ alert (no summary)';
const PRIORITY_NAMES = {
    none: 0,
    'no priority': 0,
    urgent: 1,
    high: 2,
    medium: 3,
    normal: 3,
    low: 4
};
const PRIORITY_HELP = '0 none, 1 urgent, 2 high, 3 medium, 4 low';
const INT_MAX = 2 ** 31 - 1;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TEAM_ID_HELP = 'Set `vars: team_id: <team UUID>`. To find the UUID, POST {"query": "query { teams { nodes { id key name } } }"} ' +
    'to https://api.linear.app/graphql with your API key in Authorization';
const SELECTION_HELP = 'select `success issue { id identifier url }` so the action can output the issue URL and identifier';
const MUTATION_EXAMPLE = 'mutation CreateIssue($title: String!, $teamId: String!) ' +
    '{ issueCreate(input: {title: $title, teamId: $teamId}) { success issue { id identifier url } } }';
/** Fields of IssueCreateInput whose values this module checks (types from Linear's schema). */
const ISSUE_INPUT_FIELDS = {
    title: 'String',
    description: 'String',
    priority: 'Int',
    labelIds: '[String!]',
    teamId: 'String!'
};
/** The query with `#` comments blanked (outside strings), so commented-out text never satisfies a check. */
function withoutComments(query) {
    let out = '';
    let inString = false;
    for (let i = 0; i < query.length; i++) {
        const ch = query[i];
        if (inString) {
            if (ch === '\\')
                out += ch + (query[++i] ?? '');
            else
                out += ch;
            if (ch === '"')
                inString = false;
            continue;
        }
        if (ch === '#') {
            while (i + 1 < query.length && query[i + 1] !== '\n')
                i++;
            continue;
        }
        if (ch === '"')
            inString = true;
        out += ch;
    }
    return out;
}
/** Index of the bracket closing the one at `open` (any of `{([`), skipping strings; text.length when unbalanced. */
function closingIndex(text, open) {
    let depth = 0;
    let inString = false;
    for (let i = open; i < text.length; i++) {
        const ch = text[i];
        if (inString) {
            if (ch === '\\')
                i++;
            else if (ch === '"')
                inString = false;
        }
        else if (ch === '"')
            inString = true;
        else if ('{(['.includes(ch))
            depth++;
        else if ('})]'.includes(ch) && --depth === 0)
            return i;
    }
    return text.length;
}
function parseType(text) {
    const nonNull = text.endsWith('!');
    const inner = nonNull ? text.slice(0, -1) : text;
    if (inner.startsWith('[') && inner.endsWith(']')) {
        const of = parseType(inner.slice(1, -1));
        return of && { kind: 'list', of, nonNull };
    }
    return /^[_A-Za-z]\w*$/.test(inner) ? { kind: 'named', name: inner, nonNull } : undefined;
}
function parseVariableDefinitions(text) {
    const definitions = new Map();
    for (const chunk of text.split('$').slice(1)) {
        const match = /^(\w+)\s*:\s*([^=@,]*)(=)?/.exec(chunk);
        if (!match)
            continue;
        const typeText = match[2].replace(/\s+/g, '');
        definitions.set(match[1], { type: parseType(typeText), typeText, hasDefault: match[3] === '=' });
    }
    return definitions;
}
/** Field names at the top level of a selection set, each with its own sub-selection ('' for a leaf). */
function topLevelFields(block) {
    const fields = new Map();
    let last = '';
    for (let i = 0; i < block.length; i++) {
        const ch = block[i];
        if (ch === '{' || ch === '(') {
            const end = closingIndex(block, i);
            if (ch === '{' && last)
                fields.set(last, block.slice(i + 1, end));
            i = end;
        }
        else if (/[_A-Za-z]/.test(ch)) {
            last = /^\w+/.exec(block.slice(i))?.[0] ?? ch;
            fields.set(last, '');
            i += last.length - 1;
        }
    }
    return fields;
}
function readIssueInput(args) {
    const input = { fieldVariables: new Map(), fieldLiterals: new Map() };
    const whole = /\binput\s*:\s*\$(\w+)/.exec(args);
    if (whole)
        return { ...input, variable: whole[1] };
    const object = /\binput\s*:\s*\{/.exec(args);
    if (!object)
        return input;
    const open = object.index + object[0].length - 1;
    const fields = args.slice(open + 1, closingIndex(args, open));
    for (const [, field, value] of fields.matchAll(/\b(\w+)\s*:\s*("(?:[^"\\]|\\.)*"|\$\w+|[^\s,{}()[\]]+)/g)) {
        if (value.startsWith('$'))
            input.fieldVariables.set(field, value.slice(1));
        else
            input.fieldLiterals.set(field, value);
    }
    return input;
}
function readIssueCreate(body) {
    const call = /\bissueCreate\s*\(/.exec(body);
    if (!call)
        return undefined;
    const argsOpen = call.index + call[0].length - 1;
    const argsClose = closingIndex(body, argsOpen);
    const selectionOpen = body.indexOf('{', argsClose);
    const selection = selectionOpen < 0 ? '' : body.slice(selectionOpen + 1, closingIndex(body, selectionOpen));
    return { input: readIssueInput(body.slice(argsOpen + 1, argsClose)), selection: topLevelFields(selection) };
}
/** The `mutation` operation of a query, or undefined when there is none. */
function readMutation(query) {
    const source = withoutComments(query);
    const head = /\bmutation\b\s*(\w+)?\s*/.exec(source);
    if (!head)
        return undefined;
    let rest = source.slice(head.index + head[0].length);
    let definitions = '';
    if (rest.startsWith('(')) {
        const close = closingIndex(rest, 0);
        definitions = rest.slice(1, close);
        rest = rest.slice(close + 1);
    }
    return {
        name: head[1],
        variables: parseVariableDefinitions(definitions),
        used: new Set([...rest.matchAll(/\$(\w+)/g)].map(match => match[1])),
        issueCreate: readIssueCreate(rest)
    };
}
/** The path inside `variables` that feeds an IssueCreateInput field, when a variable feeds it. */
function locate(mutation, field) {
    const input = mutation.issueCreate?.input;
    if (!input)
        return undefined;
    if (input.variable)
        return [input.variable, field];
    const variable = input.fieldVariables.get(field);
    return variable === undefined ? undefined : [variable];
}
// ---------------------------------------------------------------------------------------------
// Small JSON helpers
function pathText(path) {
    return ['variables', ...path].join('.');
}
/** The object holding the last key of `path`, if every step exists. */
function holder(variables, path) {
    let node = variables;
    for (const key of path.slice(0, -1))
        node = isObject(node) ? node[key] : undefined;
    return isObject(node) ? node : undefined;
}
function valueAt(variables, path) {
    return holder(variables, path)?.[path[path.length - 1]];
}
function queryProblem(message) {
    return { path: 'query', message };
}
function isEmpty(value) {
    if (value === null || value === undefined)
        return true;
    if (typeof value === 'string')
        return value.trim() === '';
    if (Array.isArray(value))
        return value.length === 0;
    return isObject(value) && Object.keys(value).length === 0;
}
/** A short, printable rendering of a value for messages. */
function shown(value) {
    return (0,truncate/* truncate */.xv)(JSON.stringify(value), 40);
}
function slotAt(variables, path) {
    const parent = holder(variables, path);
    const key = path[path.length - 1];
    return parent && { parent, key, value: parent[key], path: pathText(path) };
}
function fitTitle({ parent, key, value, path }, warn) {
    if (value !== undefined && value !== null && typeof value !== 'string')
        return;
    // Linear stores newlines in titles but shows them badly: one line reads better.
    const oneLine = (value ?? '').replace(/\s+/g, ' ').trim();
    if (oneLine === '') {
        warn({ path, message: `was empty; used the placeholder '${TITLE_PLACEHOLDER}'` });
        parent[key] = TITLE_PLACEHOLDER;
        return;
    }
    if (oneLine !== value)
        warn({ path, message: 'line breaks and repeated spaces collapsed so the title is one line' });
    parent[key] = (0,truncate/* fitText */.vY)(oneLine, linear_TITLE_MAX, path, warn, MEASURE);
}
function linear_fitDescription({ parent, key, value, path }, warn) {
    if (typeof value === 'string')
        parent[key] = (0,truncate/* fitText */.vY)(value, linear_DESCRIPTION_MAX, path, warn, MEASURE);
}
/** Linear's priority as a number: "2" and "High" both become 2; undefined when it cannot be one. */
function priorityNumber(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim().toLowerCase();
    return /^-?\d+$/.test(text) ? Number(text) : PRIORITY_NAMES[text];
}
function isPriority(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 4;
}
function linear_fitPriority({ parent, key, value, path }, warn) {
    if (value === undefined || isEmpty(value) || isPriority(value))
        return;
    const priority = priorityNumber(value);
    if (isPriority(priority)) {
        warn({ path, message: `converted ${shown(value)} to the number ${priority} (Linear's priority is an Int)` });
        parent[key] = priority;
        return;
    }
    warn({ path, message: `${shown(value)} is not a Linear priority (${PRIORITY_HELP}); removed` });
    delete parent[key];
}
function fitLabelIds({ parent, key, value, path }, warn) {
    if (typeof value !== 'string')
        return;
    const ids = value.split(/[\s,]+/).filter(id => id !== '');
    warn({ path, message: `split the text into a list of ${ids.length} label id(s)` });
    parent[key] = ids;
}
/** Removes empty values of optional variables (or optional input fields), which Linear would reject or blank. */
function dropEmptyOptionals(variables, mutation, warn) {
    const drop = (parent, key, path) => {
        if (!(key in parent) || !isEmpty(parent[key]))
            return;
        warn({ path: pathText(path), message: 'was empty; removed so Linear leaves the field unset' });
        delete parent[key];
    };
    for (const [name, definition] of mutation.variables) {
        if (!definition.type?.nonNull)
            drop(variables, name, [name]);
    }
    const inputVariable = mutation.issueCreate?.input.variable;
    const input = inputVariable === undefined ? undefined : variables[inputVariable];
    if (inputVariable === undefined || !isObject(input))
        return;
    for (const field of Object.keys(input)) {
        if (!ISSUE_INPUT_FIELDS[field]?.endsWith('!'))
            drop(input, field, [inputVariable, field]);
    }
}
function linear_fit(payload, ctx) {
    if (!isObject(payload) || typeof payload.query !== 'string' || !isObject(payload.variables))
        return payload;
    const mutation = readMutation(payload.query);
    if (!mutation)
        return payload;
    const variables = structuredClone(payload.variables);
    const fitters = [
        ['title', fitTitle],
        ['description', linear_fitDescription],
        ['priority', linear_fitPriority],
        ['labelIds', fitLabelIds]
    ];
    for (const [field, fitField] of fitters) {
        const path = locate(mutation, field);
        const slot = path && slotAt(variables, path);
        if (slot)
            fitField(slot, ctx.warn);
    }
    dropEmptyOptionals(variables, mutation, ctx.warn);
    return { ...payload, variables };
}
// ---------------------------------------------------------------------------------------------
// validate
function typeText(type) {
    const inner = type.kind === 'list' ? `[${typeText(type.of)}]` : type.name;
    return type.nonNull ? `${inner}!` : inner;
}
const SCALARS = {
    Int: value => typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= INT_MAX,
    Float: value => typeof value === 'number' && Number.isFinite(value),
    String: value => typeof value === 'string',
    ID: value => typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value)),
    Boolean: value => typeof value === 'boolean'
};
const SCALAR_NAMES = {
    Int: 'a whole number (Int)',
    Float: 'a number (Float)',
    String: 'a string',
    ID: 'an ID string',
    Boolean: 'true or false'
};
/** Problems with one value against its GraphQL type; `skip` is a path checked elsewhere (the team). */
function checkValue(value, type, path, skip) {
    if (path === skip)
        return [];
    if (value === undefined || value === null) {
        if (!type.nonNull)
            return [];
        const state = value === null ? 'null' : 'missing';
        const fix = 'Supply one, or declare the variable without "!"';
        return [{ path, message: `is required (${typeText(type)}) but ${state}: the template rendered no value for it. ${fix}` }];
    }
    if (type.kind === 'list') {
        // GraphQL accepts a single value where a list is expected.
        if (!Array.isArray(value))
            return checkValue(value, type.of, path, skip);
        return value.flatMap((item, i) => checkValue(item, type.of, `${path}[${i}]`, skip));
    }
    const isValid = SCALARS[type.name];
    if (isValid && !isValid(value))
        return [{ path, message: `must be ${SCALAR_NAMES[type.name]}, got ${shown(value)}` }];
    if (type.name === 'IssueCreateInput')
        return checkIssueInputObject(value, path, skip);
    return [];
}
function checkIssueInputObject(value, path, skip) {
    if (!isObject(value))
        return [{ path, message: `must be an object of IssueCreateInput fields, got ${shown(value)}` }];
    return Object.entries(ISSUE_INPUT_FIELDS).flatMap(([field, type]) => checkValue(value[field], parseType(type), `${path}.${field}`, skip));
}
function checkTeamValue(path, value) {
    if (isEmpty(value))
        return [{ path, message: `the Linear team is missing. ${TEAM_ID_HELP}` }];
    if (typeof value === 'string' && UUID.test(value))
        return [];
    const looksLikeKey = typeof value === 'string' && /^[A-Za-z][A-Za-z0-9]{0,6}$/.test(value);
    const hint = looksLikeKey ? ` — '${value}' looks like the team key, not the team's UUID` : '';
    return [{ path, message: `must be the team's UUID (like 8708e927-…)${hint}. ${TEAM_ID_HELP}` }];
}
function checkTeam(mutation, variables) {
    const input = mutation.issueCreate?.input;
    if (!input)
        return [];
    const path = locate(mutation, 'teamId');
    if (path)
        return checkTeamValue(pathText(path), valueAt(variables, path));
    const literal = input.fieldLiterals.get('teamId');
    if (literal === undefined) {
        return [queryProblem(`issueCreate's input has no teamId: pass \`teamId: $teamId\`. ${TEAM_ID_HELP}`)];
    }
    return checkTeamValue('query', literal.startsWith('"') ? JSON.parse(literal) : literal);
}
function checkOperation(payload, mutation) {
    const problems = [];
    const { operationName } = payload;
    if (operationName !== undefined && operationName !== null && operationName !== mutation.name) {
        problems.push({
            path: 'operationName',
            message: `is ${shown(operationName)} but the mutation is named ${mutation.name ? `'${mutation.name}'` : 'nothing'}; ` +
                'make them match or remove operationName'
        });
    }
    for (const name of mutation.variables.keys()) {
        if (mutation.used.has(name))
            continue;
        problems.push(queryProblem(`declares $${name} but never uses it; Linear rejects unused variables: use it or remove it`));
    }
    for (const name of mutation.used) {
        if (mutation.variables.has(name))
            continue;
        problems.push(queryProblem(`uses $${name} without declaring it: add \`$${name}: Type\` to the mutation's variable list`));
    }
    for (const [name, definition] of mutation.variables) {
        if (!definition.type)
            problems.push(queryProblem(`cannot read the type '${definition.typeText}' of $${name}`));
    }
    return problems;
}
function checkSelection(mutation) {
    if (!mutation.issueCreate)
        return [queryProblem(`does not call issueCreate: write ${MUTATION_EXAMPLE}`)];
    const issue = mutation.issueCreate.selection.get('issue');
    const issueFields = topLevelFields(issue ?? '');
    const missing = ['url', 'identifier'].filter(field => !issueFields.has(field));
    if (missing.length === 0)
        return [];
    return [queryProblem(`issueCreate does not select issue ${missing.join(' and ')}: ${SELECTION_HELP}`)];
}
function checkVariables(mutation, variables) {
    const teamPath = locate(mutation, 'teamId');
    const skip = teamPath ? pathText(teamPath) : '';
    return [...mutation.variables].flatMap(([name, definition]) => {
        const value = variables[name];
        if (!definition.type || (value === undefined && definition.hasDefault))
            return [];
        return checkValue(value, definition.type, pathText([name]), skip);
    });
}
function linear_validate(payload, ctx) {
    if (!isObject(payload))
        return [{ path: '', message: 'the body must be a JSON object with `query` and `variables`' }];
    const { query } = payload;
    if (typeof query !== 'string' || query.trim() === '')
        return [queryProblem('must be a non-empty GraphQL mutation string')];
    const variables = payload.variables ?? {};
    if (!isObject(variables)) {
        return [{ path: 'variables', message: `must be an object of variable values, got ${shown(variables)}` }];
    }
    const mutation = readMutation(query);
    if (!mutation)
        return [queryProblem(`has no \`mutation\`: write ${MUTATION_EXAMPLE}`)];
    for (const name of Object.keys(variables)) {
        if (mutation.variables.has(name))
            continue;
        ctx.warn({ path: pathText([name]), message: 'is not declared by the mutation, so Linear ignores it: declare it or remove it' });
    }
    return [
        ...checkOperation(payload, mutation),
        ...checkSelection(mutation),
        ...checkVariables(mutation, variables),
        ...checkTeam(mutation, variables)
    ];
}
// ---------------------------------------------------------------------------------------------
// resolveTarget, request
function linear_resolveTarget(url) {
    const fix = `Use ${DEFAULT_ENDPOINT} (or leave url unset)`;
    const endpoint = parseEndpoint(url, { fallback: DEFAULT_ENDPOINT, hint: fix });
    if (!/\/graphql\/?$/.test(endpoint.pathname)) {
        throw new errors/* InputError */.dz('url', `has the path '${endpoint.pathname}', not Linear's GraphQL endpoint (…/graphql)`, fix);
    }
    return { endpoint, defaultTemplate: 'linear' };
}
/** The Authorization value to send: a personal API key goes bare, since Linear rejects `Bearer lin_api_…`. */
function linear_authorization(ctx) {
    const value = ctx.headers.authorization?.trim();
    if (!value) {
        throw new errors/* InputError */.dz('headers', 'has no Authorization value, so Linear cannot know who creates the issue ' +
            '(an empty value usually means the secret is not set)', 'Set headers to `Authorization: lin_api_…` from a secret');
    }
    const bearerKey = /^bearer\s+(lin_api_\S*)$/i.exec(value);
    if (!bearerKey)
        return value;
    ctx.warn({
        path: 'headers.authorization',
        message: 'removed "Bearer " before the personal API key: Linear accepts API keys only bare (OAuth tokens keep "Bearer ")'
    });
    return bearerKey[1];
}
function linear_request(payload, ctx) {
    return {
        method: 'POST',
        url: ctx.target.endpoint.href,
        headers: { ...ctx.headers, 'content-type': 'application/json', authorization: linear_authorization(ctx) },
        body: JSON.stringify(payload)
    };
}
function linear_text(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function graphqlErrors(body) {
    const errors = isObject(body) ? body.errors : undefined;
    if (!Array.isArray(errors))
        return [];
    return errors.filter(isObject).map(error => {
        const extensions = isObject(error.extensions) ? error.extensions : {};
        return {
            message: linear_text(error.message),
            userPresentableMessage: linear_text(extensions.userPresentableMessage),
            code: linear_text(extensions.code),
            type: linear_text(extensions.type)
        };
    });
}
function isRateLimit(error) {
    return error.code === 'RATELIMITED' || /rate ?limit/i.test(`${error.type} ${error.message}`);
}
function isAuthProblem(error) {
    const byCode = error.code === 'AUTHENTICATION_ERROR' || error.code === 'FORBIDDEN';
    return byCode || /authenticat|forbidden/i.test(`${error.type} ${error.message}`);
}
/** Each error as `message (user message) [CODE]`, the whole within 1 KiB. */
function describeErrors(errors, reply) {
    if (errors.length === 0)
        return (0,truncate/* truncate */.xv)(reply.body || '(empty reply)', linear_ERROR_TEXT_MAX);
    const parts = errors.map(error => {
        const userMessage = error.userPresentableMessage;
        const extra = userMessage && userMessage !== error.message ? ` (${userMessage})` : '';
        const code = error.code ? ` [${error.code}]` : '';
        return `${error.message ?? error.type ?? 'unknown error'}${extra}${code}`;
    });
    return (0,truncate/* truncate */.xv)(parts.join('; '), linear_ERROR_TEXT_MAX);
}
/**
 * Seconds until an exhausted Linear budget refills. Linear sends `X-RateLimit-*-Reset` as epoch
 * milliseconds; a value that can only be seconds is read as seconds.
 */
function rateLimitWait(headers) {
    const waits = ['requests', 'complexity', 'endpoint-requests'].flatMap(budget => {
        const remaining = headers[`x-ratelimit-${budget}-remaining`];
        const reset = Number(headers[`x-ratelimit-${budget}-reset`]);
        if (remaining === undefined || Number(remaining) > 0 || !Number.isFinite(reset) || reset <= 0)
            return [];
        const resetMs = reset < 1e11 ? reset * 1000 : reset;
        return [Math.ceil((resetMs - Date.now()) / 1000)];
    });
    const wait = Math.max(0, ...waits);
    return wait > 0 ? wait : undefined;
}
function createdIssue(body) {
    const data = isObject(body) ? body.data : undefined;
    const result = isObject(data) ? data.issueCreate : undefined;
    return isObject(result) ? result : undefined;
}
function linear_parse(reply) {
    const body = parseJson(reply.body);
    const errors = graphqlErrors(body);
    const result = createdIssue(body);
    const issue = isObject(result?.issue) ? result.issue : undefined;
    if (reply.status === 429 || errors.some(isRateLimit)) {
        return {
            ok: false,
            retry: true,
            retryAfterSeconds: rateLimitWait(reply.headers),
            message: `rate limited: ${describeErrors(errors, reply)}`
        };
    }
    const plainAuthText = errors.length === 0 && reply.status === 400 && /authenticat/i.test(reply.body);
    if (reply.status === 401 || plainAuthText || errors.some(isAuthProblem)) {
        return {
            ok: false,
            message: `the credentials were refused: ${describeErrors(errors, reply)}. Send a personal API key bare ` +
                '(`Authorization: lin_api_…`, without "Bearer "; OAuth tokens as `Bearer …`) ' +
                'and give it write (or admin) scope'
        };
    }
    if (errors.length > 0) {
        const created = linear_text(issue?.url) ? ` (Linear did create ${linear_text(issue?.url)}; check it before re-running)` : '';
        return { ok: false, message: `${describeErrors(errors, reply)}${created}` };
    }
    if (!result) {
        const ok = reply.status >= 200 && reply.status < 300;
        return { ok: false, message: ok ? `the reply has no data.issueCreate: ${describeErrors(errors, reply)}` : describeErrors(errors, reply) };
    }
    if (result.success === false) {
        return { ok: false, message: 'Linear answered issueCreate success: false; no issue was created' };
    }
    const url = linear_text(issue?.url);
    const id = linear_text(issue?.identifier);
    if (!url || !id) {
        // The issue exists; a retry would create a second one.
        const message = `Linear created the issue but its reply has no issue url/identifier: the template's mutation must ${SELECTION_HELP}`;
        return { ok: false, retry: false, message };
    }
    return { ok: true, url, id, status: 'created' };
}
// ---------------------------------------------------------------------------------------------
// Issue tracking: what the create payload must carry (linear-tracker.ts makes the requests)
/** The team the create payload files its issue in. */
function teamIdOf(payload) {
    if (!isObject(payload) || typeof payload.query !== 'string')
        return undefined;
    const mutation = readMutation(payload.query);
    const path = mutation && locate(mutation, 'teamId');
    if (path) {
        const value = valueAt(isObject(payload.variables) ? payload.variables : {}, path);
        return typeof value === 'string' ? value : undefined;
    }
    const literal = mutation?.issueCreate?.input.fieldLiterals.get('teamId');
    return literal?.startsWith('"') ? JSON.parse(literal) : literal;
}
const MARKER_VARIABLES = {
    id: { name: 'relayIssueId', type: 'String' },
    labelIds: { name: 'relayLabelIds', type: '[String!]' }
};
/**
 * The create payload with the marker fields in issueCreate's input: through the variable that feeds a field,
 * else a variable added to the mutation (comments in the query are dropped on the way).
 */
function withIssueMarker(payload, fields) {
    if (!isObject(payload) || typeof payload.query !== 'string')
        return payload;
    let query = withoutComments(payload.query);
    const mutation = readMutation(query);
    const input = mutation?.issueCreate?.input;
    if (!mutation || !input)
        return payload;
    const variables = isObject(payload.variables) ? structuredClone(payload.variables) : {};
    const added = [];
    for (const field of ['id', 'labelIds']) {
        const path = locate(mutation, field);
        if (!path && issueCreateArguments(query).includes(field)) {
            const fix = `Pass it as a variable (${field}: $${field}) so the action can add the issue's ${field === 'id' ? 'id' : 'label'}`;
            throw new errors/* InputError */.dz('template', `issueCreate's ${field} is written into the query`, fix);
        }
        const slot = path && slotAt(variables, path);
        if (slot)
            slot.parent[slot.key] = field === 'id' ? fields.id : mergedIds(slot.value, fields.labelIds);
        else if (!input.variable)
            added.push(field);
    }
    for (const field of added)
        variables[MARKER_VARIABLES[field].name] = fields[field];
    if (added.length > 0)
        query = declareInputVariables(query, added);
    return { ...payload, query, variables };
}
/** Every `name:` inside issueCreate's arguments, whatever its value (a literal list included); strings left out. */
function issueCreateArguments(query) {
    const call = /\bissueCreate\s*\(/.exec(query);
    if (!call)
        return [];
    const open = call.index + call[0].length - 1;
    const args = query.slice(open, closingIndex(query, open)).replace(/"(?:[^"\\]|\\.)*"/g, '""');
    return [...args.matchAll(/\b(\w+)\s*:/g)].map(match => match[1]);
}
function mergedIds(value, ids) {
    // fit has turned a text list into an array already
    const current = Array.isArray(value) ? value : [];
    return [...current, ...ids.filter(id => !current.includes(id))];
}
/** Adds `field: $variable` to issueCreate's input object and declares each variable. */
function declareInputVariables(query, fields) {
    const call = /\bissueCreate\s*\(/.exec(query);
    const head = /\bmutation\b\s*(\w+)?\s*/.exec(query);
    if (!call || !head)
        return query;
    const argsOpen = call.index + call[0].length - 1;
    const object = /\binput\s*:\s*\{/.exec(query.slice(argsOpen, closingIndex(query, argsOpen)));
    if (!object)
        return query;
    const inputAt = argsOpen + object.index + object[0].length;
    const uses = fields.map(field => `${field}: $${MARKER_VARIABLES[field].name}, `).join('');
    query = `${query.slice(0, inputAt)}${uses}${query.slice(inputAt)}`;
    const definitions = fields.map(field => `$${MARKER_VARIABLES[field].name}: ${MARKER_VARIABLES[field].type}`).join(', ');
    const after = head.index + head[0].length;
    if (query[after] !== '(')
        return `${query.slice(0, after)}(${definitions}) ${query.slice(after)}`;
    const close = closingIndex(query, after);
    return `${query.slice(0, close)}, ${definitions}${query.slice(close)}`;
}
/** A follow-up reply's errors as parse words them (credentials refused, …), or undefined when it has none. */
function linear_followUpErrorText(reply) {
    if (graphqlErrors(parseJson(reply.body)).length === 0 && reply.status < 300)
        return undefined;
    const verdict = linear_parse(reply);
    return verdict.ok ? undefined : verdict.message;
}
const linear = {
    name: 'linear',
    matches: url => url.hostname === 'api.linear.app',
    resolveTarget: linear_resolveTarget,
    fit: linear_fit,
    validate: linear_validate,
    request: linear_request,
    parse: linear_parse,
    tracker: linearTracker({ request: linear_request, teamIdOf, withIssueMarker, errorText: linear_followUpErrorText }),
    sampleVars: { team_id: '8708e927-1234-4c6a-9a3e-0123456789ab' }
};

;// CONCATENATED MODULE: ./src/platforms/slack.ts




/** Where requests go when `url` is not set: the Web API method, with a bot token in the headers. */
const POST_MESSAGE_URL = 'https://slack.com/api/chat.postMessage';
const WEBHOOK_HOSTS = new Set(['hooks.slack.com', 'hooks.slack-gov.com']);
const API_HOSTS = new Set(['slack.com', 'slack-gov.com']);
/** An incoming webhook: /services/{team}/{bot}/{secret}; the last segment is a credential. */
const slack_WEBHOOK_PATH = /^\/services\/([^/]+)\/([^/]+)\/([^/]+)\/?$/;
const POST_MESSAGE_PATH = /^\/api\/chat\.postMessage\/?$/;
/** Workflow Builder webhooks take workflow variables, not messages. */
const TRIGGER_PATH = /^\/triggers\//;
const URL_HINT = 'Set url to an incoming webhook URL (https://hooks.slack.com/services/…, stored as a secret), or to ' +
    `${POST_MESSAGE_URL} with headers \`Authorization: Bearer xoxb-…\` and vars: channel`;
const TOKEN_HINT = 'Set headers to `Authorization: Bearer xoxb-…` (the bot token of your Slack app) from a secret';
const CHANNEL_HINT = "set vars: channel: C0123456789 (the channel ID, shown in the channel's details)";
/** Block Kit and chat.postMessage limits. */
const slack_LIMITS = {
    text: 40000,
    blocks: 50,
    blockId: 255,
    header: 150,
    sectionText: 3000,
    fields: 10,
    fieldText: 2000,
    contextElements: 10,
    textObject: 3000,
    actionElements: 25,
    buttonText: 75,
    buttonUrl: 3000,
    buttonValue: 2000,
    actionId: 255
};
/**
 * Slack does not say how it counts characters; UTF-16 units are never fewer than code points, so a text within
 * a limit by this measure is within it by either.
 */
const slack_MEASURE = 'utf16';
const TEXT_TYPES = ['plain_text', 'mrkdwn'];
const BUTTON_STYLES = ['primary', 'danger'];
const slack_REPLY_TEXT_LIMIT = 1024;
/** Mentions that notify people: <!here>, <!channel>, <!everyone>, <!group>, <!subteam^ID>, <@U…>, each with an optional |label. */
const SPECIAL_MENTION = /<(?:@[^<>]*|!(?:here|channel|everyone|group|subteam\^)[^<>]*)>/gi;
/** Written without brackets, these may still be parsed as mentions in mrkdwn (Slack's "automatic parsing"). */
const BARE_BROADCAST = /@(here|channel|everyone)\b/gi;
/** Invisible, and breaks `@here` so no parser sees the word. */
const slack_WORD_JOINER = '\u2060';
// ─── helpers ────────────────────────────────────────────────────────────────────────────────────
function slack_replyText(text) {
    return text.trim() === '' ? '(empty reply)' : (0,truncate/* truncate */.xv)(text.trim(), slack_REPLY_TEXT_LIMIT);
}
function isIncomingWebhook(endpoint) {
    return slack_WEBHOOK_PATH.test(endpoint.pathname);
}
/** The URL as it may be shown: the webhook secret masked, an API method's path, no query; any other path may hold a secret. */
function maskSlackUrl(url) {
    const webhook = slack_WEBHOOK_PATH.exec(url.pathname);
    if (webhook)
        return `${url.origin}/services/${webhook[1]}/${webhook[2]}/***`;
    return /^\/api\/[\w.]+$/.test(url.pathname) ? `${url.origin}${url.pathname}` : `${url.origin}/…`;
}
// ─── target ─────────────────────────────────────────────────────────────────────────────────────
function slack_matches(url) {
    const host = url.hostname.toLowerCase();
    // Every hooks.slack.com URL is claimed, so a workflow trigger gets Slack's explanation rather than "cannot infer".
    return WEBHOOK_HOSTS.has(host) || (API_HOSTS.has(host) && POST_MESSAGE_PATH.test(url.pathname));
}
function slack_resolveTarget(url, _template) {
    const endpoint = parseEndpoint(url, { fallback: POST_MESSAGE_URL, hint: URL_HINT, mask: maskSlackUrl });
    if (TRIGGER_PATH.test(endpoint.pathname)) {
        throw new errors/* InputError */.dz('url', `${endpoint.origin}/triggers/… is a Workflow Builder webhook, which takes workflow variables, not messages`, URL_HINT);
    }
    if (!slack_WEBHOOK_PATH.test(endpoint.pathname) && !POST_MESSAGE_PATH.test(endpoint.pathname)) {
        throw new errors/* InputError */.dz('url', `${maskSlackUrl(endpoint)} is neither a Slack incoming webhook (/services/T…/B…/…) nor chat.postMessage`, URL_HINT);
    }
    return { endpoint, defaultTemplate: 'slack' };
}
// ─── mentions ───────────────────────────────────────────────────────────────────────────────────
/**
 * Only mentions the workflow author wrote (template and vars) may notify anyone: any other `<!here>`, `<@U…>`, …
 * is escaped the way Slack escapes text (`&lt;!here&gt;` shows as `<!here>`), and a bare `@here` gets an
 * invisible word joiner.
 */
function slack_neutraliseMentions(text, authoredText) {
    return text
        .replace(SPECIAL_MENTION, special => (authoredText.includes(special) ? special : `&lt;${special.slice(1, -1)}&gt;`))
        .replace(BARE_BROADCAST, (word, name) => (authoredText.includes(word) ? word : `@${slack_WORD_JOINER}${name}`));
}
/** Every mrkdwn text object, wherever a block nests it; plain_text never notifies anyone. */
function neutraliseBlocks(value, authoredText) {
    if (Array.isArray(value))
        return value.forEach(item => neutraliseBlocks(item, authoredText));
    if (!isObject(value))
        return;
    if (value.type === 'mrkdwn' && typeof value.text === 'string')
        value.text = slack_neutraliseMentions(value.text, authoredText);
    for (const child of Object.values(value))
        neutraliseBlocks(child, authoredText);
}
// ─── fit ────────────────────────────────────────────────────────────────────────────────────────
/**
 * A fitted copy of the payload: mentions restricted, texts truncated, excess items dropped (each with a warning).
 * Blank texts are removed silently, with whatever they leave empty: Slack rejects them and nothing visible is lost.
 */
function slack_fit(payload, ctx) {
    if (!isObject(payload))
        return payload;
    const fitted = structuredClone(payload);
    const warn = ctx.warn.bind(ctx);
    const channel = ctx.vars.channel;
    if (!isIncomingWebhook(ctx.target.endpoint) && fitted.channel === undefined && typeof channel === 'string' && channel.trim()) {
        fitted.channel = channel.trim();
    }
    for (const key of ['username', 'icon_url', 'icon_emoji', 'thread_ts']) {
        if (typeof fitted[key] === 'string' && fitted[key].trim() === '')
            delete fitted[key];
    }
    fitTopText(fitted, ctx.authoredText, warn);
    if (Array.isArray(fitted.blocks)) {
        neutraliseBlocks(fitted.blocks, ctx.authoredText);
        const kept = fitted.blocks.flatMap((block, i) => fitBlock(block, `blocks[${i}]`, warn));
        fitted.blocks = dropExtra(kept, slack_LIMITS.blocks, 'blocks', 'blocks', warn);
        if (fitted.text === undefined && kept.length > 0) {
            warn({ path: 'text', message: 'is missing: Slack shows it in notifications and to screen readers; add a one-line text next to blocks' });
        }
    }
    return fitted;
}
function fitTopText(payload, authoredText, warn) {
    if (typeof payload.text !== 'string')
        return;
    if (payload.text.trim() === '') {
        delete payload.text;
        return;
    }
    payload.text = (0,truncate/* fitText */.vY)(slack_neutraliseMentions(payload.text, authoredText), slack_LIMITS.text, 'text', warn, slack_MEASURE);
}
function dropExtra(items, max, what, path, warn) {
    if (items.length <= max)
        return items;
    warn({ path, message: `${items.length} ${what}, Slack allows ${max}; dropped the last ${items.length - max}` });
    return items.slice(0, max);
}
/** A text object (or bare string) with nothing to show. */
function isBlankText(value) {
    if (value === undefined || value === null)
        return true;
    if (typeof value === 'string')
        return value.trim() === '';
    if (!isObject(value))
        return false;
    return value.text === undefined || value.text === null || (typeof value.text === 'string' && value.text.trim() === '');
}
function fitTextObject(value, max, path, warn) {
    if (isObject(value) && typeof value.text === 'string')
        value.text = (0,truncate/* fitText */.vY)(value.text, max, `${path}.text`, warn, slack_MEASURE);
}
/** The block, fitted, or nothing when it has nothing left to show. */
function fitBlock(block, path, warn) {
    if (!isObject(block))
        return [block];
    switch (block.type) {
        case 'header':
            if (isBlankText(block.text))
                return [];
            fitTextObject(block.text, slack_LIMITS.header, `${path}.text`, warn);
            return [block];
        case 'section':
            return fitSection(block, path, warn);
        case 'context':
            return fitContext(block, path, warn);
        case 'actions':
            return fitActions(block, path, warn);
        default:
            return [block];
    }
}
function fitSection(block, path, warn) {
    if ('text' in block && isBlankText(block.text))
        delete block.text;
    if (Array.isArray(block.fields)) {
        const fields = block.fields.filter(field => !isBlankText(field));
        fields.forEach((field, i) => fitTextObject(field, slack_LIMITS.fieldText, `${path}.fields[${i}]`, warn));
        if (fields.length === 0)
            delete block.fields;
        else
            block.fields = dropExtra(fields, slack_LIMITS.fields, 'fields', `${path}.fields`, warn);
    }
    if (block.text === undefined && block.fields === undefined)
        return [];
    fitTextObject(block.text, slack_LIMITS.sectionText, `${path}.text`, warn);
    return [block];
}
function fitContext(block, path, warn) {
    if (!Array.isArray(block.elements))
        return [block];
    const elements = block.elements.filter(element => !(isObject(element) && TEXT_TYPES.includes(String(element.type)) && isBlankText(element)));
    if (elements.length === 0)
        return [];
    elements.forEach((element, i) => fitTextObject(element, slack_LIMITS.textObject, `${path}.elements[${i}]`, warn));
    block.elements = dropExtra(elements, slack_LIMITS.contextElements, 'elements', `${path}.elements`, warn);
    return [block];
}
function fitActions(block, path, warn) {
    if (!Array.isArray(block.elements))
        return [block];
    const elements = block.elements.flatMap((element, i) => fitButton(element, `${path}.elements[${i}]`, warn));
    if (elements.length === 0)
        return [];
    block.elements = dropExtra(elements, slack_LIMITS.actionElements, 'elements', `${path}.elements`, warn);
    return [block];
}
/** A link button whose link the alert did not have does nothing: it goes, with a warning (its label is lost). */
function fitButton(element, path, warn) {
    if (!isObject(element) || element.type !== 'button')
        return [element];
    if (element.url === '')
        delete element.url;
    if (element.url === undefined && element.action_id === undefined) {
        warn({ path, message: 'has no url (the alert has no link for it); button removed' });
        return [];
    }
    fitTextObject(element.text, slack_LIMITS.buttonText, `${path}.text`, warn);
    return [element];
}
// ─── validate ───────────────────────────────────────────────────────────────────────────────────
/** Collects problems; each check names the JSON path and what Slack expects there. */
class slack_Findings {
    problems = [];
    add(path, message) {
        this.problems.push({ path, message });
    }
    /** An optional string of at most `max` characters. */
    string(value, path, max = Infinity) {
        if (value === undefined || value === null)
            return;
        if (typeof value !== 'string')
            return this.add(path, `must be a string, got ${typeOf(value)}`);
        const length = (0,truncate/* measureLength */.X6)(value, slack_MEASURE);
        if (length > max)
            this.add(path, `is ${length} characters long; Slack allows at most ${max}`);
    }
    url(value, path, max = Infinity) {
        if (value === undefined || value === null)
            return;
        if (typeof value !== 'string' || !isHttpUrl(value))
            return this.add(path, 'must be an http(s) URL');
        this.string(value, path, max);
    }
    boolean(value, path) {
        if (value !== undefined && value !== null && typeof value !== 'boolean')
            this.add(path, `must be true or false, got ${typeOf(value)}`);
    }
    /** A list (absent: empty) of at most `max` items; `min` 1 makes an empty list a problem too. */
    list(value, path, max, what, min = 0) {
        if (value === undefined || value === null)
            return [];
        if (!Array.isArray(value)) {
            this.add(path, `must be a list, got ${typeOf(value)}`);
            return [];
        }
        if (value.length > max)
            this.add(path, `has ${value.length} ${what}; Slack allows at most ${max}`);
        if (value.length < min)
            this.add(path, `must hold at least ${min} of ${what}`);
        return value;
    }
    object(value, path) {
        if (isObject(value))
            return value;
        this.add(path, value === undefined || value === null ? 'is required' : `must be an object, got ${typeOf(value)}`);
        return undefined;
    }
    /** A Block Kit text object: {type: plain_text|mrkdwn, text (1..max)}; `plainOnly` where Slack takes plain_text only. */
    textObject(value, path, max, plainOnly = false) {
        const object = this.object(value, path);
        if (!object)
            return;
        const types = plainOnly ? ['plain_text'] : TEXT_TYPES;
        if (typeof object.type !== 'string' || !types.includes(object.type)) {
            this.add(`${path}.type`, `must be ${types.join(' or ')}, got ${JSON.stringify(object.type ?? null)}`);
        }
        if (typeof object.text !== 'string' || object.text.trim() === '')
            this.add(`${path}.text`, 'must be a non-empty string');
        else
            this.string(object.text, `${path}.text`, max);
        if ('emoji' in object && object.type !== 'plain_text')
            this.add(`${path}.emoji`, 'is only allowed on plain_text');
        if ('verbatim' in object && object.type !== 'mrkdwn')
            this.add(`${path}.verbatim`, 'is only allowed on mrkdwn');
        this.boolean(object.emoji, `${path}.emoji`);
        this.boolean(object.verbatim, `${path}.verbatim`);
    }
}
function slack_validate(payload, ctx) {
    const findings = new slack_Findings();
    if (!isObject(payload)) {
        findings.add('', `the message must be a JSON object, got ${typeOf(payload)}`);
        return findings.problems;
    }
    if (!slack_hasSomethingToShow(payload))
        findings.add('', 'the message is empty: Slack needs text or blocks (it answers no_text)');
    findings.string(payload.text, 'text', slack_LIMITS.text);
    validateChannel(payload.channel, ctx, findings);
    findings.string(payload.username, 'username');
    findings.url(payload.icon_url, 'icon_url');
    findings.string(payload.icon_emoji, 'icon_emoji');
    findings.string(payload.thread_ts, 'thread_ts');
    for (const key of ['unfurl_links', 'unfurl_media', 'mrkdwn', 'reply_broadcast'])
        findings.boolean(payload[key], key);
    const blocks = findings.list(payload.blocks, 'blocks', slack_LIMITS.blocks, 'blocks');
    blocks.forEach((block, i) => validateBlock(block, `blocks[${i}]`, findings));
    validateBlockIds(blocks, findings);
    return findings.problems;
}
function slack_hasSomethingToShow(payload) {
    const { text, blocks, attachments } = payload;
    return (typeof text === 'string' && text.trim() !== '') || (Array.isArray(blocks) && blocks.length > 0) || (Array.isArray(attachments) && attachments.length > 0);
}
function validateChannel(channel, ctx, findings) {
    // An incoming webhook posts to the channel it was created for (and ignores `channel`).
    if (isIncomingWebhook(ctx.target.endpoint))
        return findings.string(channel, 'channel');
    if (typeof channel !== 'string' || channel.trim() === '') {
        findings.add('channel', `is required for chat.postMessage: ${CHANNEL_HINT}, and invite the app's bot to that channel`);
    }
}
function validateBlock(value, path, findings) {
    const block = findings.object(value, path);
    if (!block)
        return;
    findings.string(block.block_id, `${path}.block_id`, slack_LIMITS.blockId);
    switch (block.type) {
        case 'header':
            return findings.textObject(block.text, `${path}.text`, slack_LIMITS.header, true);
        case 'section':
            return validateSection(block, path, findings);
        case 'context':
            return validateContext(block, path, findings);
        case 'actions':
            return validateActions(block, path, findings);
        case undefined:
        case null:
            return findings.add(`${path}.type`, 'is required (header, section, context, actions, divider, …)');
        default:
            // Other Block Kit blocks (divider, image, rich_text, …) are Slack's to check.
            if (typeof block.type !== 'string')
                findings.add(`${path}.type`, `must be a string, got ${typeOf(block.type)}`);
    }
}
function validateSection(block, path, findings) {
    if (block.text === undefined && block.fields === undefined)
        return findings.add(path, 'a section needs text or fields');
    if (block.text !== undefined)
        findings.textObject(block.text, `${path}.text`, slack_LIMITS.sectionText);
    const fields = findings.list(block.fields, `${path}.fields`, slack_LIMITS.fields, 'fields', 1);
    fields.forEach((field, i) => findings.textObject(field, `${path}.fields[${i}]`, slack_LIMITS.fieldText));
}
function validateContext(block, path, findings) {
    if (block.elements === undefined)
        return findings.add(`${path}.elements`, 'is required');
    const elements = findings.list(block.elements, `${path}.elements`, slack_LIMITS.contextElements, 'elements', 1);
    elements.forEach((element, i) => {
        const elementPath = `${path}.elements[${i}]`;
        if (isObject(element) && element.type === 'image')
            return findings.string(element.alt_text, `${elementPath}.alt_text`, 2000);
        findings.textObject(element, elementPath, slack_LIMITS.textObject);
    });
}
function validateActions(block, path, findings) {
    if (block.elements === undefined)
        return findings.add(`${path}.elements`, 'is required');
    const elements = findings.list(block.elements, `${path}.elements`, slack_LIMITS.actionElements, 'elements', 1);
    elements.forEach((element, i) => {
        const elementPath = `${path}.elements[${i}]`;
        const object = findings.object(element, elementPath);
        if (object?.type === 'button')
            validateButton(object, elementPath, findings);
    });
}
function validateButton(button, path, findings) {
    findings.textObject(button.text, `${path}.text`, slack_LIMITS.buttonText, true);
    findings.url(button.url, `${path}.url`, slack_LIMITS.buttonUrl);
    findings.string(button.value, `${path}.value`, slack_LIMITS.buttonValue);
    findings.string(button.action_id, `${path}.action_id`, slack_LIMITS.actionId);
    if (button.style !== undefined && !BUTTON_STYLES.includes(String(button.style))) {
        findings.add(`${path}.style`, `must be primary or danger, got ${JSON.stringify(button.style)}`);
    }
}
function validateBlockIds(blocks, findings) {
    const seen = new Set();
    blocks.forEach((block, i) => {
        const id = isObject(block) ? block.block_id : undefined;
        if (typeof id !== 'string')
            return;
        if (seen.has(id))
            findings.add(`blocks[${i}].block_id`, `'${id}' is used by an earlier block; block_id must be unique`);
        seen.add(id);
    });
}
// ─── request ────────────────────────────────────────────────────────────────────────────────────
/** The Authorization value for the Web API: a bare `xox…-` token gets the `Bearer ` Slack requires. */
function slack_authorization(ctx) {
    const value = ctx.headers.authorization?.trim();
    if (!value) {
        throw new errors/* InputError */.dz('headers', 'has no Authorization value, so chat.postMessage cannot know which Slack app posts (an empty value usually means the secret is not set)', `${TOKEN_HINT}, or set url to an incoming webhook URL`);
    }
    return /^xox\w-/.test(value) ? `Bearer ${value}` : value;
}
/** The channel each request asked for, for error messages; keyed by the delivery's context. */
const requestedChannels = new WeakMap();
function slack_request(payload, ctx) {
    // Slack warns (missing_charset) about JSON without a charset.
    const headers = { ...ctx.headers, 'content-type': 'application/json; charset=utf-8' };
    if (!isIncomingWebhook(ctx.target.endpoint)) {
        headers.authorization = slack_authorization(ctx);
        if (headers.authorization !== ctx.headers.authorization?.trim()) {
            ctx.warn({ path: 'headers.authorization', message: 'added "Bearer " before the token: Slack accepts tokens only as Bearer' });
        }
        if (isObject(payload) && typeof payload.channel === 'string')
            requestedChannels.set(ctx, payload.channel);
    }
    return { method: 'POST', url: ctx.target.endpoint.toString(), headers, body: JSON.stringify(payload) };
}
// ─── parse ──────────────────────────────────────────────────────────────────────────────────────
const WEBHOOK_GONE = 'the webhook URL is wrong or the webhook was removed. Set the url input to an incoming webhook URL (your Slack app › Incoming Webhooks), stored as a secret';
/** Incoming webhooks answer errors as a bare code in a text body. */
const WEBHOOK_ERRORS = {
    invalid_payload: 'Slack could not read the message (not JSON, or a field of the wrong shape)',
    no_text: 'the message has no text or blocks',
    invalid_blocks: 'Slack rejected the blocks (Block Kit); run with dry-run to see the payload',
    invalid_blocks_format: 'Slack rejected the blocks (Block Kit); run with dry-run to see the payload',
    action_prohibited: 'a workspace admin restricted posting through this webhook',
    posting_to_general_channel_denied: "only admins may post to the webhook's channel",
    no_service: WEBHOOK_GONE,
    no_team: WEBHOOK_GONE,
    invalid_token: WEBHOOK_GONE,
    team_disabled: 'the Slack workspace of this webhook is disabled',
    channel_not_found: "the webhook's channel was deleted; create an incoming webhook for another channel",
    channel_is_archived: "the webhook's channel is archived; unarchive it or create an incoming webhook for another channel",
    user_not_found: 'the webhook posts to a user who no longer exists'
};
function slack_parse(reply, ctx) {
    return isIncomingWebhook(ctx.target.endpoint) ? parseWebhookReply(reply) : parseApiReply(reply, ctx);
}
/** 200 `ok` is a sent message; an incoming webhook says nothing else, so there is no id and no link. */
function parseWebhookReply(reply) {
    if (reply.status >= 200 && reply.status < 300)
        return { ok: true, id: '', url: '', status: 'sent' };
    const code = reply.body.trim();
    if (reply.status === 429)
        return { ok: false, message: `rate limited: ${slack_replyText(reply.body)}` };
    const hint = WEBHOOK_ERRORS[code];
    return { ok: false, message: hint ? `${code}: ${hint}` : slack_replyText(reply.body) };
}
/** The channel each delivered message landed in (Slack's ID), kept from `parse` for `complete`. */
const slack_deliveredChannels = new WeakMap();
/** Web API errors arrive as HTTP 200 `{ok: false, error}`: a failure, whatever the status says. */
function parseApiReply(reply, ctx) {
    const body = parseJson(reply.body);
    const answer = isObject(body) ? body : undefined;
    const error = typeof answer?.error === 'string' ? answer.error : undefined;
    if (reply.status === 429 || error === 'ratelimited' || error === 'rate_limited') {
        return { ok: false, retry: true, message: `rate limited: ${error ?? slack_replyText(reply.body)}` };
    }
    if (!answer) {
        const ok = reply.status >= 200 && reply.status < 300;
        return { ok: false, message: ok ? `the reply is not a Slack API answer: ${slack_replyText(reply.body)}` : slack_replyText(reply.body) };
    }
    if (answer.ok !== true) {
        return { ok: false, message: describeApiError(error ?? 'unknown_error', answer, requestedChannels.get(ctx)), ...(error === 'service_unavailable' && { retry: true }) };
    }
    if (typeof answer.channel === 'string')
        slack_deliveredChannels.set(ctx, answer.channel);
    const warnings = slackWarnings(answer);
    if (warnings.length > 0)
        ctx.warn({ path: '', message: `Slack sent the message with warnings: ${warnings.join(', ')}` });
    return { ok: true, id: typeof answer.ts === 'string' ? answer.ts : '', url: '', status: 'sent' };
}
function slackWarnings(answer) {
    const metadata = isObject(answer.response_metadata) ? answer.response_metadata : {};
    const listed = Array.isArray(metadata.warnings) ? metadata.warnings.filter(w => typeof w === 'string') : [];
    const single = typeof answer.warning === 'string' ? answer.warning.split(',') : [];
    return [...new Set([...single, ...listed])];
}
const TOKEN_REFUSED = `Slack refused the token. ${TOKEN_HINT}; reinstall the app if the token was revoked`;
const RESTRICTED = (channel) => `a workspace setting or admin does not let this app post in ${channel}`;
/** What to do about the common chat.postMessage errors. */
const API_ERROR_HINTS = {
    not_authed: () => `no token reached Slack. ${TOKEN_HINT}`,
    invalid_auth: () => TOKEN_REFUSED,
    account_inactive: () => TOKEN_REFUSED,
    token_revoked: () => TOKEN_REFUSED,
    token_expired: () => TOKEN_REFUSED,
    missing_scope: (_channel, answer) => `the token lacks the scope ${typeof answer.needed === 'string' ? answer.needed : 'chat:write'}` +
        `${typeof answer.provided === 'string' ? ` (it has ${answer.provided})` : ''}; add it under OAuth & Permissions and reinstall the app`,
    not_in_channel: channel => `the app's bot is not a member of ${channel}: invite it (/invite @YourApp in the channel), or add the chat:write.public scope for public channels`,
    channel_not_found: channel => `Slack cannot find ${channel}, or the token cannot see it: ${CHANNEL_HINT}; invite the bot to private channels`,
    is_archived: channel => `${channel} is archived: unarchive it or set vars: channel to another channel`,
    msg_too_long: () => 'the message text is too long',
    no_text: () => 'the message has no text or blocks',
    invalid_blocks: () => 'Slack rejected the blocks (Block Kit); run with dry-run to see the payload',
    invalid_blocks_format: () => 'Slack rejected the blocks (Block Kit); run with dry-run to see the payload',
    restricted_action: RESTRICTED,
    restricted_action_read_only_channel: RESTRICTED,
    ekm_access_denied: RESTRICTED,
    team_access_not_granted: RESTRICTED
};
/** `not_in_channel: the app's bot is not a member of C0123…: invite it …` plus Slack's own detail lines. */
function describeApiError(error, answer, channel = 'the channel') {
    const hint = API_ERROR_HINTS[error]?.(channel, answer);
    const metadata = isObject(answer.response_metadata) ? answer.response_metadata : {};
    const details = Array.isArray(metadata.messages) ? metadata.messages.filter(m => typeof m === 'string') : [];
    return `${error}${hint ? `: ${hint}` : ''}${details.length > 0 ? ` — ${details.join('; ')}` : ''}`;
}
// ─── complete ───────────────────────────────────────────────────────────────────────────────────
/** Asks chat.getPermalink for the message link; the message is out, so a failure only warns. */
async function slack_complete(delivered, ctx, send) {
    if (isIncomingWebhook(ctx.target.endpoint) || !delivered.id)
        return delivered;
    const linkUnknown = (why) => {
        ctx.warn({ path: 'url', message: `the message was sent, but its link is unknown (${why}); the url output stays empty` });
        return delivered;
    };
    const channel = slack_deliveredChannels.get(ctx);
    if (!channel)
        return linkUnknown('Slack did not say which channel the message is in');
    const lookup = new URL('chat.getPermalink', ctx.target.endpoint);
    lookup.search = new URLSearchParams({ channel, message_ts: delivered.id }).toString();
    let reply;
    try {
        reply = await send({ method: 'GET', url: lookup.toString(), headers: { ...ctx.headers, authorization: slack_authorization(ctx) } });
    }
    catch (error) {
        return linkUnknown(`chat.getPermalink failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    const answer = parseJson(reply.body);
    if (!isObject(answer))
        return linkUnknown(`chat.getPermalink answered HTTP ${reply.status}`);
    if (answer.ok !== true)
        return linkUnknown(`chat.getPermalink answered ${typeof answer.error === 'string' ? answer.error : 'ok: false'}`);
    if (typeof answer.permalink !== 'string' || !isHttpUrl(answer.permalink))
        return linkUnknown('chat.getPermalink gave no permalink');
    return { ...delivered, url: answer.permalink };
}
const slack = {
    name: 'slack',
    matches: slack_matches,
    resolveTarget: slack_resolveTarget,
    fit: slack_fit,
    validate: slack_validate,
    request: slack_request,
    parse: slack_parse,
    complete: slack_complete,
    sampleVars: { channel: 'C0123456789' }
};

;// CONCATENATED MODULE: ./src/platforms/teams.ts




/** Workflows webhook hosts: Azure Logic Apps (older flows) and Power Platform environments (newer flows). */
const WORKFLOW_HOSTS = [/\.logic\.azure\.com$/i, /\.environment\.api\.powerplatform\.com$/i];
const teams_TRIGGER_PATH = /\/workflows\/[^/]+\/triggers\/[^/]+\/paths\/invoke\/?$/i;
const teams_URL_HINT = "Set it to the URL of a Teams workflow's \"When a Teams webhook request is received\" trigger " +
    '(channel › Workflows › "Send webhook alerts to a channel"), copied whole and stored as a secret';
/**
 * Teams accepts messages of up to 28 KB. Measured as bytes of the JSON body, and read as 28,000 rather than
 * 28,672 so the message fits whichever Microsoft means.
 */
const MESSAGE_LIMIT_BYTES = 28_000;
/** Shrinking to fit never takes a text below this many characters while a longer one is left. */
const MIN_TEXT_LENGTH = 100;
const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
/** Adaptive Card versions Teams renders. */
const CARD_VERSIONS = new Set(['1.0', '1.1', '1.2', '1.3', '1.4', '1.5']);
const teams_REPLY_TEXT_LIMIT = 1024;
/** A value the template left out: its key removed (null, absent) or rendered empty. */
function isMissing(value) {
    return value === undefined || value === null || value === '';
}
function teams_typeOf(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
function bodyBytes(value) {
    return Buffer.byteLength(JSON.stringify(value));
}
/** The URL as it may be shown: the query, which holds the `sig` credential, left out. */
function maskWorkflowUrl(url) {
    return `${url.origin}${url.pathname}${url.search ? '?…' : ''}`;
}
// ─── target ─────────────────────────────────────────────────────────────────────────────────────
function isWorkflowHost(url) {
    return WORKFLOW_HOSTS.some(host => host.test(url.hostname));
}
function teams_matches(url) {
    return isWorkflowHost(url) && teams_TRIGGER_PATH.test(url.pathname);
}
function teams_resolveTarget(url, _template) {
    const endpoint = parseEndpoint(url, { required: 'Teams', hint: teams_URL_HINT, mask: maskWorkflowUrl });
    if (isWorkflowHost(endpoint) && !endpoint.searchParams.get('sig')) {
        throw new errors/* InputError */.dz('url', `${maskWorkflowUrl(endpoint)} has no sig parameter, the signature that lets it post`, teams_URL_HINT);
    }
    return { endpoint, defaultTemplate: 'teams' };
}
// ─── fit: leave out what is missing ─────────────────────────────────────────────────────────────
/**
 * A fitted copy: card parts whose values the template left out are dropped (a fact without value, a TextBlock
 * without text, a link without url), like removed keys and without warnings; then the body is brought within
 * 28 KB by shortening the longest texts first, with warnings.
 */
function teams_fit(payload, ctx) {
    if (!isObject(payload))
        return payload;
    const fitted = structuredClone(payload);
    if (Array.isArray(fitted.attachments)) {
        for (const attachment of fitted.attachments) {
            if (isObject(attachment) && isObject(attachment.content))
                pruneCard(attachment.content);
        }
    }
    fitSize(fitted, ctx.warn.bind(ctx));
    return fitted;
}
function pruneCard(card) {
    if (Array.isArray(card.body))
        card.body = pruneElements(card.body);
    pruneList(card, 'actions', pruneAction);
}
function pruneElements(elements) {
    return elements.flatMap(element => pruneElement(element) ?? []);
}
/** Replaces `object[key]` by its pruned items; removes the key when none is left. Returns whether any is left. */
function pruneList(object, key, prune) {
    const items = object[key];
    if (!Array.isArray(items))
        return true;
    const kept = items.flatMap(item => prune(item) ?? []);
    if (kept.length > 0)
        object[key] = kept;
    else
        delete object[key];
    return kept.length > 0;
}
/** The element without its left-out parts, or undefined when nothing of it is left to show. */
function pruneElement(element) {
    // Anything that is not an element object is validate's to report.
    if (!isObject(element))
        return element;
    switch (element.type) {
        case 'TextBlock':
            return isMissing(element.text) ? undefined : element;
        case 'Image':
            return isMissing(element.url) ? undefined : element;
        case 'FactSet':
            return pruneList(element, 'facts', fact => (isObject(fact) && (isMissing(fact.title) || isMissing(fact.value)) ? undefined : fact))
                ? element
                : undefined;
        case 'RichTextBlock':
            return pruneList(element, 'inlines', inline => (isMissing(inline) || (isObject(inline) && isMissing(inline.text)) ? undefined : inline))
                ? element
                : undefined;
        case 'Container':
        case 'Column':
            return pruneList(element, 'items', pruneElement) ? element : undefined;
        case 'ColumnSet':
            return pruneList(element, 'columns', pruneElement) ? element : undefined;
        case 'ActionSet':
            return pruneList(element, 'actions', pruneAction) ? element : undefined;
        default:
            return element;
    }
}
function pruneAction(action) {
    return isObject(action) && action.type === 'Action.OpenUrl' && isMissing(action.url) ? undefined : action;
}
/** Every text a reader sees (TextBlock and TextRun text, fact values), with its JSON path. */
function teams_shrinkables(value, path, found = []) {
    if (Array.isArray(value)) {
        value.forEach((item, i) => teams_shrinkables(item, `${path}[${i}]`, found));
        return found;
    }
    if (!isObject(value))
        return found;
    if ((value.type === 'TextBlock' || value.type === 'TextRun') && typeof value.text === 'string')
        found.push(textOf(value, 'text', path));
    if (value.type === 'FactSet' && Array.isArray(value.facts)) {
        value.facts.forEach((fact, i) => {
            if (isObject(fact) && typeof fact.value === 'string')
                found.push(textOf(fact, 'value', `${path}.facts[${i}]`));
        });
    }
    for (const [key, child] of Object.entries(value)) {
        if (typeof child === 'object' && child !== null)
            teams_shrinkables(child, path ? `${path}.${key}` : key, found);
    }
    return found;
}
function textOf(object, key, path) {
    return { path: `${path}.${key}`, text: object[key], set: text => (object[key] = text) };
}
/** The most characters of `text` (ending in `…`) whose JSON form takes at most `maxBytes`, never below `floor`. */
function charactersWithin(text, maxBytes, floor) {
    const length = [...text].length;
    let low = Math.min(floor, length);
    let high = length;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (bodyBytes((0,truncate/* truncate */.xv)(text, mid)) <= maxBytes)
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}
/** Shortens the longest texts (the alert text, usually) until the whole body is within the limit. */
function fitSize(payload, warn) {
    if (bodyBytes(payload) <= MESSAGE_LIMIT_BYTES)
        return;
    const why = problem => warn({ ...problem, message: `${problem.message}, to keep the message within Teams' 28 KB` });
    const texts = teams_shrinkables(payload, '').sort((a, b) => bodyBytes(b.text) - bodyBytes(a.text));
    for (const text of texts) {
        const excess = bodyBytes(payload) - MESSAGE_LIMIT_BYTES;
        if (excess <= 0)
            return;
        const length = charactersWithin(text.text, bodyBytes(text.text) - excess, MIN_TEXT_LENGTH);
        text.set((0,truncate/* fitText */.vY)(text.text, length, text.path, why));
    }
}
// ─── validate ───────────────────────────────────────────────────────────────────────────────────
function teams_validate(payload) {
    const problems = [];
    const add = (path, message) => problems.push({ path, message });
    if (!isObject(payload))
        return [{ path: '', message: `the message must be a JSON object, got ${teams_typeOf(payload)}` }];
    if (payload.type !== 'message')
        add('type', `must be "message", got ${JSON.stringify(payload.type ?? null)}`);
    const attachments = payload.attachments;
    if (!Array.isArray(attachments) || attachments.length === 0) {
        add('attachments', 'must be a list of at least one Adaptive Card attachment');
    }
    else {
        attachments.forEach((attachment, i) => validateAttachment(attachment, `attachments[${i}]`, add));
    }
    const bytes = bodyBytes(payload);
    if (bytes > MESSAGE_LIMIT_BYTES) {
        add('', `the message takes ${bytes} bytes; Teams accepts at most 28 KB (${MESSAGE_LIMIT_BYTES} bytes): shorten the template's texts`);
    }
    return problems;
}
function validateAttachment(attachment, path, add) {
    if (!isObject(attachment))
        return add(path, `must be an object, got ${teams_typeOf(attachment)}`);
    if (attachment.contentType !== CARD_CONTENT_TYPE) {
        add(`${path}.contentType`, `must be "${CARD_CONTENT_TYPE}", got ${JSON.stringify(attachment.contentType ?? null)}`);
    }
    const card = attachment.content;
    if (!isObject(card))
        return add(`${path}.content`, `must be an Adaptive Card object, got ${teams_typeOf(card)}`);
    validateCard(card, `${path}.content`, add);
}
function validateCard(card, path, add) {
    if (card.type !== 'AdaptiveCard')
        add(`${path}.type`, `must be "AdaptiveCard", got ${JSON.stringify(card.type ?? null)}`);
    if (typeof card.version !== 'string' || !CARD_VERSIONS.has(card.version)) {
        add(`${path}.version`, `must be an Adaptive Card version Teams renders, "1.0" to "1.5" as text (e.g. "1.4"), got ${JSON.stringify(card.version ?? null)}`);
    }
    const body = listAt(card, 'body', path, add);
    const actions = listAt(card, 'actions', path, add);
    body.forEach((element, i) => validateElement(element, `${path}.body[${i}]`, add));
    actions.forEach((action, i) => validateAction(action, `${path}.actions[${i}]`, add));
    if (body.length === 0 && actions.length === 0)
        add(path, 'the card shows nothing: it needs body elements or actions');
}
/** An optional list member; [] when absent, a problem when it is something else. */
function listAt(object, key, path, add) {
    const value = object[key];
    if (value === undefined || value === null)
        return [];
    if (Array.isArray(value))
        return value;
    add(`${path}.${key}`, `must be a list, got ${teams_typeOf(value)}`);
    return [];
}
function teams_requireText(value, path, add) {
    if (typeof value !== 'string')
        add(path, `must be text, got ${teams_typeOf(value)}`);
    else if (value.trim() === '')
        add(path, 'must not be empty');
}
function validateElement(element, path, add) {
    if (!isObject(element))
        return add(path, `must be a card element object, got ${teams_typeOf(element)}`);
    if (typeof element.type !== 'string')
        return add(`${path}.type`, 'is required (e.g. "TextBlock", "FactSet", "Container")');
    const children = (key, check) => listAt(element, key, path, add).forEach((item, i) => check(item, `${path}.${key}[${i}]`));
    switch (element.type) {
        case 'TextBlock':
            return teams_requireText(element.text, `${path}.text`, add);
        case 'FactSet':
            if (!Array.isArray(element.facts))
                return add(`${path}.facts`, 'must be a list of {title, value}');
            return children('facts', (fact, factPath) => validateFact(fact, factPath, add));
        case 'Image':
            if (!isHttpUrl(element.url))
                add(`${path}.url`, 'must be an http(s) URL');
            return;
        case 'RichTextBlock':
            return children('inlines', (inline, inlinePath) => {
                if (typeof inline !== 'string')
                    teams_requireText(isObject(inline) ? inline.text : undefined, `${inlinePath}.text`, add);
            });
        case 'Container':
        case 'Column':
            return children('items', (item, itemPath) => validateElement(item, itemPath, add));
        case 'ColumnSet':
            return children('columns', (column, columnPath) => validateElement(column, columnPath, add));
        case 'ActionSet':
            return children('actions', (action, actionPath) => validateAction(action, actionPath, add));
    }
}
function validateFact(fact, path, add) {
    if (!isObject(fact))
        return add(path, `must be an object {title, value}, got ${teams_typeOf(fact)}`);
    for (const key of ['title', 'value']) {
        if (typeof fact[key] !== 'string')
            add(`${path}.${key}`, `must be text, got ${teams_typeOf(fact[key])}`);
    }
}
function validateAction(action, path, add) {
    if (!isObject(action))
        return add(path, `must be an action object, got ${teams_typeOf(action)}`);
    if (typeof action.type !== 'string')
        return add(`${path}.type`, 'is required (e.g. "Action.OpenUrl")');
    if (action.title !== undefined && typeof action.title !== 'string')
        add(`${path}.title`, `must be text, got ${teams_typeOf(action.title)}`);
    if (action.type === 'Action.OpenUrl' && !isHttpUrl(action.url))
        add(`${path}.url`, 'must be an http(s) URL');
}
// ─── request and reply ──────────────────────────────────────────────────────────────────────────
/** Workflows answer 202 with no body: the post happens afterwards, so there is no message link to output. */
function teams_parse(reply) {
    if (reply.status >= 200 && reply.status < 300)
        return { ok: true, status: 'sent', id: '', url: '' };
    const said = teams_errorText(reply.body);
    switch (reply.status) {
        case 401:
        case 403:
            return { ok: false, message: `${said}. The URL's signature (sig) is wrong or the workflow is turned off: ${teams_URL_HINT.replace('Set it', 'set the url input')}` };
        case 404:
            return { ok: false, message: `${said}. The workflow was deleted or the URL is incomplete: ${teams_URL_HINT.replace('Set it', 'set the url input')}` };
        case 413:
            return { ok: false, message: `${said}. The message is larger than Teams accepts (28 KB): shorten the template's texts` };
        default:
            return { ok: false, message: said };
    }
}
/** `{"error":{"code","message"}}` (Logic Apps / Power Platform) as `message (code)`, else the text itself. */
function teams_errorText(body) {
    try {
        const error = JSON.parse(body).error;
        if (isObject(error) && typeof error.message === 'string') {
            return (0,truncate/* truncate */.xv)(`${error.message}${typeof error.code === 'string' ? ` (${error.code})` : ''}`, teams_REPLY_TEXT_LIMIT);
        }
    }
    catch {
        // not JSON: the text as it came
    }
    return body.trim() === '' ? '(empty reply)' : (0,truncate/* truncate */.xv)(body.trim(), teams_REPLY_TEXT_LIMIT);
}
const teams = {
    name: 'teams',
    matches: teams_matches,
    resolveTarget: teams_resolveTarget,
    fit: teams_fit,
    validate: teams_validate,
    request: postJson,
    parse: teams_parse,
    sampleTarget: file => teams_resolveTarget('https://example.logic.azure.com/workflows/check-mode/triggers/manual/paths/invoke?sig=placeholder', file)
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/platforms/webhook.ts




const webhook_URL_HINT = "Set url to your receiver's endpoint, e.g. https://alerts.example.com/hooks/dagster, and platform to webhook";
const SECRET_HINT = 'Use a Standard Webhooks secret: whsec_ followed by the base64 of 24 to 64 random bytes, ' +
    'e.g. the output of: echo "whsec_$(openssl rand -base64 32)"';
const SECRET_PREFIX = 'whsec_';
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** The spec asks for at least 24 random bytes; shorter keys still verify, so they only warn. */
const MIN_KEY_BYTES = 24;
const webhook_REPLY_TEXT_LIMIT = 1024;
// ─── target ─────────────────────────────────────────────────────────────────────────────────────
/** A generic URL says nothing about its receiver: `webhook` is only ever chosen with `platform: webhook`. */
function webhook_matches() {
    return false;
}
/** Internal receivers often live on plain http inside a network, so both schemes are allowed. */
function webhook_resolveTarget(url, _template) {
    const endpoint = parseEndpoint(url, { required: 'webhook', hint: webhook_URL_HINT, allowPlainHttp: true });
    return { endpoint, defaultTemplate: 'webhook' };
}
// ─── signing (Standard Webhooks) ────────────────────────────────────────────────────────────────
/**
 * The HMAC key of a `signing-secret`: the base64 after `whsec_`. Without the prefix the text is read as base64
 * too, as the reference libraries do, so a receiver using them verifies either spelling alike.
 */
function signingKey(secret) {
    const encoded = secret.trim().startsWith(SECRET_PREFIX) ? secret.trim().slice(SECRET_PREFIX.length) : secret.trim();
    // The secret itself is never part of a message.
    if (encoded === '' || !BASE64.test(encoded)) {
        throw new errors/* InputError */.dz('signing-secret', 'is not a Standard Webhooks secret (whsec_ followed by base64)', SECRET_HINT);
    }
    return Buffer.from(encoded, 'base64');
}
/** `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, the symmetric signature of the spec. */
function standardSignature(key, id, timestamp, body) {
    return `v1,${(0,external_node_crypto_.createHmac)('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}
/**
 * One `webhook-id` per delivery, so a receiver can drop a retry it already processed: kept with the delivery's
 * context, whatever number of times the request is built for it.
 */
const deliveryIds = new WeakMap();
function deliveryId(ctx) {
    let id = deliveryIds.get(ctx);
    if (!id) {
        // base64url has no '.', which would be ambiguous in the signed "id.timestamp.body" text.
        id = `msg_${(0,external_node_crypto_.randomBytes)(18).toString('base64url')}`;
        deliveryIds.set(ctx, id);
    }
    return id;
}
function signatureHeaders(body, ctx) {
    const secret = ctx.settings.signingSecret;
    if (!secret)
        return {};
    const id = deliveryId(ctx);
    const timestamp = Math.floor(Date.now() / 1000);
    return {
        'webhook-id': id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': standardSignature(signingKey(secret), id, timestamp, body)
    };
}
// ─── fit, validate, request ─────────────────────────────────────────────────────────────────────
/** The receiver is the user's own: no limits to apply. */
function webhook_fit(payload) {
    return payload;
}
/** Checks the body is a JSON document, and the signing secret before anything is sent (dry runs too). */
function webhook_validate(payload, ctx) {
    const secret = ctx.settings.signingSecret;
    if (secret) {
        const bytes = signingKey(secret).length;
        if (bytes < MIN_KEY_BYTES) {
            ctx.warn({ path: 'signing-secret', message: `is ${bytes} bytes long; Standard Webhooks asks for at least ${MIN_KEY_BYTES} random bytes` });
        }
    }
    if (payload !== null && typeof payload === 'object')
        return [];
    return [{ path: '', message: `the body must be a JSON object or list, got ${payload === null ? 'nothing' : `a ${typeof payload}`}; check the template` }];
}
function webhook_request(payload, ctx) {
    const body = JSON.stringify(payload);
    return {
        method: 'POST',
        url: ctx.target.endpoint.toString(),
        // The signature headers come last: a `headers` input cannot replace what was signed.
        headers: { 'content-type': 'application/json', ...ctx.headers, ...signatureHeaders(body, ctx) },
        body
    };
}
// ─── reply ──────────────────────────────────────────────────────────────────────────────────────
function webhook_parse(reply, ctx) {
    if (reply.status >= 200 && reply.status < 300) {
        return { ok: true, status: 'sent', id: deliveryIds.get(ctx) ?? '', url: resultUrl(reply.body, ctx) };
    }
    const text = reply.body.trim() === '' ? '(empty reply)' : (0,truncate/* truncate */.xv)(reply.body.trim(), webhook_REPLY_TEXT_LIMIT);
    if (reply.status === 410) {
        return { ok: false, message: `the receiver no longer accepts these webhooks (410 Gone): ${text}. Check the url input` };
    }
    return { ok: false, message: text };
}
/** The `result-url` value in the reply (e.g. `data.html_url`); '' with a warning when it is not there. */
function resultUrl(body, ctx) {
    const path = ctx.settings.resultUrl.trim();
    if (!path)
        return '';
    const missing = (why) => {
        ctx.warn({ path: 'result-url', message: `${why}; the url output stays empty` });
        return '';
    };
    let reply;
    try {
        reply = JSON.parse(body);
    }
    catch {
        return missing('the reply is not JSON');
    }
    const value = webhook_valueAt(reply, path);
    if (value === undefined)
        return missing(`the reply has nothing at '${path}'`);
    if (typeof value !== 'string' || value.trim() === '')
        return missing(`'${path}' in the reply is not text`);
    return value;
}
/** The value at a dotted path; list items by index (`data.items.0.url`, also written `data.items[0].url`). */
function webhook_valueAt(value, path) {
    let current = value;
    for (const key of path.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean)) {
        if (Array.isArray(current))
            current = /^\d+$/.test(key) ? current[Number(key)] : undefined;
        else if (current !== null && typeof current === 'object' && Object.hasOwn(current, key))
            current = current[key];
        else
            return undefined;
    }
    return current;
}
const webhook = {
    name: 'webhook',
    matches: webhook_matches,
    resolveTarget: webhook_resolveTarget,
    fit: webhook_fit,
    validate: webhook_validate,
    request: webhook_request,
    parse: webhook_parse,
    sampleTarget: file => webhook_resolveTarget('https://example.com/dagster-alert-relay/check-mode-placeholder', file)
};

;// CONCATENATED MODULE: ./src/platforms/registry.ts








/** Every platform, by name. Adding a platform adds its module here and nowhere else in the pipeline. */
const PLATFORMS = { discord: discord, jira: jira, linear: linear, webhook: webhook, teams: teams, slack: slack, github: github };
function platformByName(name) {
    return PLATFORMS[name];
}
/** The platform a `url` input belongs to, if it is recognisable. */
function inferPlatform(url) {
    const parsed = parseUrl(url, 'Use a full https:// URL');
    return Object.values(PLATFORMS).find(platform => platform.matches(parsed));
}


/***/ }),

/***/ 908:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ TrackerError),
/* harmony export */   y: () => (/* binding */ noteAsText)
/* harmony export */ });
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
/** A note as plain text, one line each, links spelled out (Jira v2 comments). */
function noteAsText(note) {
    const lines = note.lines.map(({ label, text, href }) => `${label}: ${href && href !== text ? `${text} (${href})` : text}`);
    return [note.heading, ...lines].join('\n');
}


/***/ }),

/***/ 4473:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ PLATFORM_NAMES)
/* harmony export */ });
/** Every platform name users can write; the registry maps each to its module. */
const PLATFORM_NAMES = ['discord', 'jira', 'linear', 'webhook', 'teams', 'slack', 'github'];


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
        ['Attempts', String(outcome.attempts)]
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
    return ['', '**Warnings**', '', ...warnings.map(w => `- ${code(w.path || 'payload')}: ${escapeCell(w.message)}`)].join('\n');
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

/***/ 8938:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G: () => (/* binding */ compileTemplate)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/template/document.ts


const FENCE_LINE = /^---[ \t]*$/;
const FRONT_MATTER_KEYS = 'platform, events, description';
function parseTemplateDocument(source) {
    // CRLF → LF keeps every line and column where it was
    const lines = source.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
    const closing = FENCE_LINE.test(lines[0]) ? lines.findIndex((line, i) => i > 0 && FENCE_LINE.test(line)) : -1;
    // Blank lines stand in for what precedes each part, so YAML positions are already file positions.
    const bodyLines = closing > 0 ? [...lines.slice(0, closing + 1).fill(''), ...lines.slice(closing + 1)] : lines;
    const body = parseYaml(bodyLines.join('\n'), source.file);
    if (!body.doc.contents) {
        throw new errors/* TemplateError */.$w('the template has no body: write the payload as YAML or JSON', source.file, bodyLines.length);
    }
    const frontMatter = closing > 0 ? readFrontMatter(parseYaml(['', ...lines.slice(1, closing)].join('\n'), source.file), source.file) : {};
    return {
        frontMatter,
        body: body.doc.contents,
        positionAt: offset => toPosition(body.lineCounter, offset),
        lineText: line => lines[line - 1] ?? '',
        lineCount: lines.length
    };
}
function parseYaml(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter });
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
    const contents = doc.contents;
    function fail(message, node) {
        const at = node?.range ? toPosition(lineCounter, node.range[0]) : undefined;
        throw new errors/* TemplateError */.$w(message, file, at?.line ?? 2, at?.column);
    }
    if (!contents)
        return {};
    if (!(0,dist/* isMap */.jh)(contents))
        return fail(`front matter must be a mapping of ${FRONT_MATTER_KEYS}`, contents);
    const frontMatter = {};
    for (const pair of contents.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        const value = pair.value;
        const text = (0,dist/* isScalar */.jn)(value) && typeof value.value === 'string' ? value.value : undefined;
        if (key === 'platform' || key === 'description') {
            if (text === undefined)
                fail(`front matter "${key}" must be text`, value ?? pair.key);
            frontMatter[key] = text;
        }
        else if (key === 'events') {
            const events = (0,dist/* isSeq */.oP)(value) ? value.items.map(item => ((0,dist/* isScalar */.jn)(item) && typeof item.value === 'string' ? item.value : undefined)) : [];
            if (!(0,dist/* isSeq */.oP)(value) || events.includes(undefined)) {
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

// EXTERNAL MODULE: ./node_modules/liquidjs/dist/liquid.node.js
var liquid_node = __nccwpck_require__(8694);
// EXTERNAL MODULE: ./src/template/filters.ts
var filters = __nccwpck_require__(1329);
;// CONCATENATED MODULE: ./src/template/engine.ts


// Bounds for a hostile template in a pull request. `renderLimit` alone does not stop a loop over a huge range
// (the range array is built before the first time check), so the memory budget also caps ranges.
const ENGINE_LIMITS = {
    parseLimit: 1e6, // characters per leaf
    renderLimit: 1000, // milliseconds per document render
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
    const liquid = new liquid_node/* Liquid */.HX({
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
    for (const [name, filter] of Object.entries(filters/* TEMPLATE_FILTERS */.X))
        liquid.registerFilter(name, filter);
    return liquid;
}
/** Parses one leaf's Liquid text; throws the Liquid error (with a token position inside `text`). */
function parseLiquid(text) {
    return templateEngine().parse(text);
}
/** The single output of a leaf that is exactly `<< expr >>` (surrounding whitespace allowed), else undefined. */
function soleOutput(templates) {
    const outputs = templates.filter(t => t instanceof liquid_node/* Output */.k7);
    const onlyBlankText = templates.every(t => t instanceof liquid_node/* Output */.k7 || (t.token.kind === liquid_node/* TokenKind */.Yp.HTML && t.token.getText().trim() === ''));
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
    // increment/decrement write into the scope object: give them a copy so the caller's scope stays as it was
    const env = { ...scope };
    const budget = new liquid_node/* Context */.ob(env, liquid.options, { sync: true }, { liquid });
    // a fresh context per leaf, so an `assign` in one leaf is not visible in the next
    const leafContext = () => new liquid_node/* Context */.ob(env, liquid.options, { sync: true }, { liquid, memoryLimit: budget.memoryLimit, renderLimit: budget.renderLimit });
    return {
        text: templates => String((0,liquid_node/* toValueSync */.qr)(liquid.renderer.renderTemplates(templates, leafContext()))),
        value: value => (0,liquid_node/* toValue */.BA)((0,liquid_node/* toValueSync */.qr)(value.value(leafContext())))
    };
}
/** A Liquid error's own message (without liquidjs's ", line:x, col:y") and its row/column inside the leaf. */
function describeLiquidError(error) {
    const message = error instanceof Error ? error.message : String(error);
    const plain = message.replace(/, line:\d+, col:\d+$/, '');
    if (!liquid_node/* LiquidError */.HN.is(error) || !error.token)
        return { message: plain };
    const [row, col] = error.token.getPosition();
    return { message: plain, row, col };
}

;// CONCATENATED MODULE: ./src/template/compile.ts




const LIQUID_MARKERS = /<<|<%/;
const FILTER_HINT = 'template filters are iso8601, code_block, json, adf, escape_markdown, truncate and the standard Liquid filters';
/** Parses the file, then every Liquid leaf, once. Throws TemplateError with file:line:col. */
function compileTemplate(source) {
    const document = parseTemplateDocument(source);
    const variables = [];
    const root = compileNode(document.body, { document, file: source.file, variables });
    return {
        file: source.file,
        frontMatter: document.frontMatter,
        variables,
        render: scope => renderDocument(root, scope, source.file)
    };
}
function compileNode(node, state) {
    const at = state.document.positionAt(node.range?.[0] ?? 0);
    if ((0,dist/* isMap */.jh)(node)) {
        const entries = node.items.map(pair => compileEntry(pair, at, state));
        return { kind: 'map', at, entries };
    }
    if ((0,dist/* isSeq */.oP)(node))
        return { kind: 'seq', at, items: node.items.map(item => compileNode(item, state)) };
    if ((0,dist/* isScalar */.jn)(node))
        return compileScalar(node, at, state);
    if ((0,dist/* isAlias */.Vj)(node)) {
        throw new errors/* TemplateError */.$w(`YAML aliases (*${node.source}) are not supported in templates; repeat the value instead`, state.file, at.line, at.column);
    }
    throw new errors/* TemplateError */.$w('unsupported YAML node', state.file, at.line, at.column);
}
/** Keys are never templated; they keep their spelling (`1.0`, `~`) as JSON object keys. */
function compileEntry(pair, mapAt, state) {
    const key = pair.key;
    if (!(0,dist/* isScalar */.jn)(key)) {
        const at = key?.range ? state.document.positionAt(key.range[0]) : mapAt;
        throw new errors/* TemplateError */.$w('mapping keys must be plain text', state.file, at.line, at.column);
    }
    const name = key.source ?? String(key.value);
    const value = pair.value;
    if (value)
        return [name, compileNode(value, state)];
    const keyAt = state.document.positionAt(key.range?.[0] ?? 0);
    return [name, { kind: 'literal', at: keyAt, value: null }];
}
function compileScalar(node, at, state) {
    const value = node.value;
    if (typeof value === 'string')
        return LIQUID_MARKERS.test(value) ? compileLiquid(node, value, at, state) : { kind: 'literal', at, value };
    if (value === null || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) {
        return { kind: 'literal', at, value };
    }
    throw new errors/* TemplateError */.$w(`the value ${node.source ?? String(value)} cannot be written as JSON`, state.file, at.line, at.column);
}
function compileLiquid(node, text, at, state) {
    const locate = leafLocator(node, at, state.document);
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
    for (const variable of globalVariables(templates)) {
        state.variables.push({ name: variable.path, ...locate(variable.row, variable.col) });
    }
    const output = soleOutput(templates);
    return output ? { kind: 'whole', at, locate, output } : { kind: 'text', at, locate, templates };
}
/**
 * Best-effort mapping from the leaf's (unescaped) text to the file: exact for the first line of plain and
 * quoted scalars and for every line of a `|` block; other multi-line scalars report the leaf's own position.
 */
function leafLocator(node, at, document) {
    if (node.type === dist/* Scalar */.X5.BLOCK_LITERAL) {
        const indent = blockIndent(at.line, document);
        return (row, col) => ({ line: at.line + row, column: indent + col });
    }
    const opening = node.type === dist/* Scalar */.X5.QUOTE_DOUBLE || node.type === dist/* Scalar */.X5.QUOTE_SINGLE ? 1 : 0;
    return (row, col) => (row === 1 ? { line: at.line, column: at.column + opening + col - 1 } : at);
}
/** A `|` block's indentation: that of its first non-blank content line. */
function blockIndent(headerLine, document) {
    for (let line = headerLine + 1;; line++) {
        const text = document.lineText(line);
        if (text.trim() !== '' || line > document.lineCount)
            return /^ */.exec(text)?.[0].length ?? 0;
    }
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
/* harmony import */ var _event_time_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3571);
/* harmony import */ var _platforms_adf_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1185);
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6689);



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
    return (0,_event_time_js__WEBPACK_IMPORTED_MODULE_1__/* .toIso8601 */ .Y)(String(value)) ?? value;
}
/**
 * A fenced code block. Backtick runs inside are broken with zero-width spaces so the text cannot close the
 * block early; an optional language tag is reduced to the characters a fence info string can safely hold.
 */
function codeBlock(value, language = '') {
    if (isMissing(value))
        return value;
    const body = String(value).replace(/`(?=`)/g, `\`${ZERO_WIDTH_SPACE}`).replace(/[\r\n]+$/, '');
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
    return (0,_truncate_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(String(value), limit);
}
/** Plain text or Markdown → an Atlassian Document Format document (Jira API v3 rich-text fields). */
function adf(value) {
    if (isMissing(value))
        return value;
    return (0,_platforms_adf_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownToAdf */ .GT)(charge(this, String(value)));
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
  e: () => (/* binding */ builtinTemplateNames),
  P: () => (/* binding */ loadTemplate)
});

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
        return { name: wanted, file, text: (0,external_node_fs_.readFileSync)(external_node_path_.join(ACTION_ROOT, file), 'utf8'), builtin: true };
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

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

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

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
exports.XT = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
exports.X5 = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


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

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
;// CONCATENATED MODULE: ./src/shims/undici.ts
/**
 * Build-time stand-in for `undici` (mapped in tsconfig `paths`, which ncc honours).
 *
 * `@actions/http-client` imports undici's ProxyAgent only for `getProxyFetch`/`getAgentDispatcher`,
 * which this action never calls; bundling undici costs ~50 ms of start-up on every run.
 * Proxies still work: HttpClient routes http/https requests through `tunnel`, not undici.
 */
class ProxyAgent {
    constructor() {
        throw new Error('undici ProxyAgent is not bundled in Dagster Alert Relay (fetch proxying is unused)');
    }
}

;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class lib_HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_.dirname(filePath);
                        const upperName = external_path_.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/truncate.ts
var truncate = __nccwpck_require__(6689);
;// CONCATENATED MODULE: ./src/delivery/retry-policy.ts
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

;// CONCATENATED MODULE: ./src/delivery/transport.ts

/** No reply came back: the attempt ran out of time, or the connection could not be made or broke. */
class TransportError extends Error {
    kind;
    constructor(message, kind) {
        super(message);
        this.kind = kind;
        this.name = 'TransportError';
    }
}
const USER_AGENT = 'dagster-alert-relay';
/**
 * Hands the current attempt's abort signal to the request http-client is about to make, so a missed
 * deadline destroys the request and its socket instead of leaving them to finish in the background.
 * http-client runs `prepareRequest` synchronously inside `request()`, which is when `signal` is set.
 */
class AttemptSignal {
    signal;
    prepareRequest(options) {
        if (this.signal)
            options.signal = this.signal;
    }
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return Promise.reject(new Error('dagster-alert-relay does not answer authentication challenges'));
    }
}
/**
 * The one HTTP client of the action. http-client routes through the runner's proxy settings; redirects are
 * never followed so credentials never reach another host. Keep-alive lets a follow-up (Discord's guild
 * lookup) reuse the connection; Node unrefs idle pooled sockets, so they never keep the process alive.
 */
function createTransport() {
    const attemptSignal = new AttemptSignal();
    let client;
    return (request, timeoutMs) => {
        client ??= new lib_HttpClient(USER_AGENT, [attemptSignal], { allowRedirects: false, keepAlive: true });
        return withDeadline(timeoutMs, signal => {
            attemptSignal.signal = signal;
            try {
                return exchange(client, request);
            }
            finally {
                attemptSignal.signal = undefined;
            }
        });
    };
}
/**
 * Runs `attempt` with a deadline over the whole exchange (connect, headers and body): http-client's own
 * socket timeout only measures idle time, so a server trickling a byte at a time would never hit it.
 */
async function withDeadline(timeoutMs, attempt) {
    const controller = new AbortController();
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => {
            controller.abort();
            reject(new TransportError(`no complete reply within ${timeoutMs / 1000} s`, 'timeout'));
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
async function exchange(client, request) {
    const host = new URL(request.url).host;
    try {
        const response = await client.request(request.method, request.url, request.body ?? null, request.headers);
        const body = await readBody(response.message);
        return { status: response.message.statusCode ?? 0, headers: flattenHeaders(response.message.headers), body };
    }
    catch (error) {
        throw asTransportError(error, host);
    }
}
function asTransportError(error, host) {
    const message = error instanceof Error ? error.message : String(error);
    // http-client's idle timeout; only reachable when the attempt timeout is longer than it (3 minutes).
    if (message.startsWith('Request timeout'))
        return new TransportError(`${host} stopped answering`, 'timeout');
    return new TransportError(`connection to ${host} failed: ${message}`, 'connection');
}
/** http-client's own `readBody` never settles when the connection breaks mid-body, so read it here. */
function readBody(message) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        message.on('data', (chunk) => chunks.push(chunk));
        message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        message.on('error', reject);
        message.on('close', () => {
            if (!message.complete)
                reject(new Error('the connection closed before the reply was complete'));
        });
    });
}
function flattenHeaders(headers) {
    return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]));
}

;// CONCATENATED MODULE: ./src/delivery/deliver.ts




/** How much of a platform's error text goes into a message: enough to act on, not a whole HTML error page. */
const PLATFORM_TEXT_LIMIT = 1024;
/**
 * Sends a rendered payload: retries what may succeed later, waits as the service asks or with jittered
 * backoff, keeps all waits within max-wait, and lets the platform read each reply and finish up after
 * success. Every message it produces is redacted.
 */
async function deliver(platform, payload, ctx, options, deps, hooks = {}) {
    const name = displayName(platform);
    const budget = hooks.budget ?? new WaitBudget(name, options, deps);
    // One context object for request, parse and complete: platforms keep per-delivery state by it (the webhook-id,
    // Discord's channel). Warnings of requests rebuilt per retry are shown once.
    const delivery = warningOnce(ctx);
    // Built before anything is sent, so missing credentials stop the delivery at once; rebuilt for each retry so
    // time-bound parts (a Standard Webhooks timestamp and signature) are fresh.
    const firstRequest = platform.request(payload, delivery);
    const sendFollowUp = followUpSender(name, budget, options, deps);
    // Only after an attempt that may have reached the service is it asked whether that attempt delivered.
    let mayHaveArrived = false;
    const { value, attempts } = await budget.run('delivery', async (n) => {
        const earlier = mayHaveArrived ? await hooks.deliveredBeforeRetry?.(sendFollowUp) : undefined;
        if (earlier)
            return { done: true, value: { delivered: earlier } };
        const request = n === 1 ? firstRequest : platform.request(payload, delivery);
        const outcome = await attemptDelivery(platform, request, delivery, options, deps);
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
function defaultDeliveryDeps(secrets, log) {
    return {
        transport: createTransport(),
        secrets,
        // Not unref'd: while waiting to retry, this timer is the only thing keeping the action running.
        sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
        random: Math.random,
        now: () => new Date(),
        log
    };
}
async function attemptDelivery(platform, request, ctx, options, deps) {
    const sent = await send(request, options, deps);
    if (sent instanceof TransportError)
        return transportFailure(sent);
    const verdict = platform.parse(sent, ctx);
    if (!verdict.ok)
        return replyFailure(displayName(platform), 'delivery', sent, verdict, deps);
    const delivered = { url: verdict.url, id: verdict.id, status: verdict.status };
    return { done: true, value: { delivered, reply: sent } };
}
/**
 * The follow-up `send` handed to `platform.complete` and the issue tracker: same transport, retry policy and
 * wait budget. `retryReading` lets the platform retry replies whose status alone does not say so.
 */
function followUpSender(name, budget, options, deps, retryReading) {
    return async (request) => {
        const { value } = await budget.run('follow-up request', async () => {
            const sent = await send(request, options, deps);
            if (sent instanceof TransportError)
                return transportFailure(sent);
            const verdict = retryReading?.(sent);
            if (verdict)
                return replyFailure(name, 'follow-up request', sent, verdict, deps);
            // Whatever else came back is the platform's to read.
            if (!isRetryableStatus(sent.status))
                return { done: true, value: sent };
            return replyFailure(name, 'follow-up request', sent, { ok: false, message: sent.body }, deps);
        });
        return value;
    };
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
        const name = displayName(platform);
        deps.log(deps.secrets.redact(`${name} follow-up after delivery failed (${message}); keeping ${delivered.url}`));
        return delivered;
    }
}
async function send(request, options, deps) {
    try {
        return await deps.transport(request, options.timeoutSeconds * 1000);
    }
    catch (error) {
        if (error instanceof TransportError)
            return error;
        throw error;
    }
}
function transportFailure(error) {
    const reason = error.kind === 'timeout' ? `timeout: ${error.message}` : error.message;
    // A timeout or a reset may come after the service stored the request; a refused connection never reached it.
    const mayHaveArrived = !/ECONNREFUSED|ENOTFOUND|EAI_AGAIN/.test(error.message);
    return { done: false, retryable: true, reason, mayHaveArrived };
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
    const detail = (0,truncate/* truncate */.xv)(deps.secrets.redact(verdict.message), PLATFORM_TEXT_LIMIT);
    const reason = `HTTP ${reply.status}: ${detail}`;
    if (!(verdict.retry ?? isRetryableStatus(reply.status))) {
        return { done: false, retryable: false, response, message: `${name} did not accept the ${what} (HTTP ${reply.status}, not retried): ${detail}` };
    }
    const askedWait = waitAskedFor(reply, verdict.retryAfterSeconds, deps.now());
    // 408, 425 and 429 say the request was not processed; a 5xx may come after it was.
    return { done: false, retryable: true, reason, response, askedWait, mayHaveArrived: reply.status >= 500 };
}
/** The longest wait the reply asks for, in its header or its body; never shorter than either. */
function waitAskedFor(reply, bodySeconds, now) {
    const asked = [];
    const headerSeconds = retryAfterSeconds(reply.headers, now);
    if (headerSeconds !== undefined)
        asked.push({ seconds: headerSeconds, source: 'Retry-After' });
    // A platform may hand on whatever the body said; only a real duration counts.
    if (bodySeconds !== undefined && Number.isFinite(bodySeconds) && bodySeconds >= 0) {
        asked.push({ seconds: bodySeconds, source: 'retry_after in the reply body' });
    }
    return asked.sort((a, b) => b.seconds - a.seconds)[0];
}
/** Attempts of each request, and the max-wait budget all of them share. */
class WaitBudget {
    service;
    options;
    deps;
    waitedMs = 0;
    constructor(service, options, deps) {
        this.service = service;
        this.options = options;
        this.deps = deps;
    }
    /** Runs `attempt` (given its number, from 1) until it is done, fails for good, runs out of attempts or out of wait. */
    async run(what, attempt) {
        const { maxAttempts } = this.options;
        for (let n = 1;; n++) {
            const outcome = await attempt(n);
            if (outcome.done)
                return { value: outcome.value, attempts: n };
            if (!outcome.retryable)
                throw this.failure(outcome.message, n, outcome.response);
            if (n >= maxAttempts) {
                throw this.failure(`${this.service} ${what} failed after ${attempts(n)}: ${outcome.reason}. The service may be down or ` +
                    'overloaded: check its status, raise max-attempts or max-wait, or let the alert fire again', n, outcome.response);
            }
            const waitMs = this.nextWait(what, outcome, n);
            const line = `attempt ${n + 1}/${maxAttempts} in ${seconds(waitMs)} s: ${outcome.reason}`;
            this.deps.log(this.deps.secrets.redact(line));
            await this.deps.sleep(waitMs);
            this.waitedMs += waitMs;
        }
    }
    /** Waits `ms` when that much of max-wait is left (true), else does not wait at all (false). */
    async pause(ms) {
        if (ms > this.options.maxWaitSeconds * 1000 - this.waitedMs)
            return false;
        await this.deps.sleep(ms);
        this.waitedMs += ms;
        return true;
    }
    /** A wait the service asks for is honoured exactly or not at all; a backoff is clamped to what is left. */
    nextWait(what, outcome, n) {
        const { maxWaitSeconds } = this.options;
        const leftMs = maxWaitSeconds * 1000 - this.waitedMs;
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
        return Math.min(backoffMs(n - 1, this.deps.random), leftMs);
    }
    failure(message, attemptCount, response) {
        return new errors/* DeliveryError */.VE(this.deps.secrets.redact(message), attemptCount, response);
    }
}
function displayName(platform) {
    return platform.displayName ?? capitalise(platform.name);
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function attempts(n) {
    return n === 1 ? '1 attempt' : `${n} attempts`;
}
/** Seconds with one decimal at most: "1.3", "300". */
function seconds(ms) {
    return String(Math.round(ms / 100) / 10);
}

// EXTERNAL MODULE: ./src/platforms/types.ts
var types = __nccwpck_require__(4473);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
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
    try {
        return (0,dist/* parse */.qg)(text, { uniqueKeys: true, schema: source.scalarsAsText ? 'failsafe' : 'core' });
    }
    catch (error) {
        throw new errors/* InputError */.dz(source.input, `${source.place} is not valid JSON or YAML${describeYamlError(error)}`, `Fix the syntax there. ${source.hint}`);
    }
}
function describeYamlError(error) {
    if (!(error instanceof dist/* YAMLParseError */.XT))
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
function readConfig(input) {
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
        maxWaitSeconds: readNumber(input('max-wait'), 'max-wait', { default: 120, min: 0, max: 3600 }),
        settings: {
            signingSecret: input('signing-secret'),
            resultUrl: input('result-url'),
            token: input('token'),
            repository: input('repository')
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
    const hint = "Write one variable a line, e.g. 'project: ENG', or JSON such as '{\"team_id\": \"…\"}'";
    const vars = parseMappingText(text, { input: 'vars', place: 'the value', hint, allowEmpty: true });
    return JSON.parse(JSON.stringify(vars));
}

// EXTERNAL MODULE: ./src/event/derive.ts
var derive = __nccwpck_require__(3837);
// EXTERNAL MODULE: ./src/event/normalise.ts
var normalise = __nccwpck_require__(3002);
// EXTERNAL MODULE: ./src/event/scope.ts
var event_scope = __nccwpck_require__(4592);
// EXTERNAL MODULE: ./src/event/tokens.ts
var tokens = __nccwpck_require__(96);
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
    return parseMappingText(text, { input: 'event', place: where, hint: MAPPING_HINT, allowEmpty: false, scalarsAsText: true });
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

// EXTERNAL MODULE: ./src/platforms/registry.ts + 13 modules
var registry = __nccwpck_require__(1722);
// EXTERNAL MODULE: ./src/template/compile.ts + 2 modules
var compile = __nccwpck_require__(8938);
// EXTERNAL MODULE: ./src/template/load.ts + 1 modules
var load = __nccwpck_require__(6923);
;// CONCATENATED MODULE: ./src/tracking/plan.ts




const LABEL_PREFIX = 'dagster-fp-';
const SAMPLE_LABEL_PREFIX = 'dagster-test-';
const HASH_LENGTH = 16;
/** A key that already is a hash (the default, `fingerprint`) is used as it is, so the label shows the fingerprint. */
const HASH_KEY = /^[0-9a-f]{8,64}$/;
const NOTE_SUMMARY_MAX = 500;
const DEDUPE_KEY_FIX = 'Use values every alert of the problem has, e.g. "<< alert_policy_name >>/<< job_name >>", or leave it unset (<< fingerprint >>)';
function planTracking({ config, alert, derived, scope, now }) {
    const sample = alert.is_sample === true;
    const intent = sample ? 'sample' : derived.is_recovery ? 'resolve' : 'open';
    const keyHash = hashOf(renderDedupeKey(config.dedupeKey, scope));
    const label = `${sample ? SAMPLE_LABEL_PREFIX : LABEL_PREFIX}${keyHash}`;
    const marker = { label, createId: occurrenceId(label, alert, derived), sample };
    return { intent, marker, repeat: config.repeat, resolve: config.resolve, note: followUpNote(intent, alert, derived, now) };
}
/** The `dedupe-key` template rendered for this alert; a key that renders empty would merge unrelated problems. */
function renderDedupeKey(template, scope) {
    let value;
    try {
        value = (0,compile/* compileTemplate */.G)({ name: 'dedupe-key', file: 'dedupe-key', text: JSON.stringify(template), builtin: false }).render(scope).value;
    }
    catch (error) {
        if (!(error instanceof errors/* TemplateError */.$w))
            throw error;
        // Reported as an input error, like every other bad input: "Input 'dedupe-key': …"
        throw new errors/* InputError */.dz('dedupe-key', `"${template}" is not a valid template: ${error.message.replace(/^dedupe-key:(\d+:)*\s*/, '')}`, DEDUPE_KEY_FIX);
    }
    const key = value === null ? '' : typeof value === 'string' ? value.trim() : JSON.stringify(value);
    if (key === '')
        throw new errors/* InputError */.dz('dedupe-key', `"${template}" renders empty for this alert`, DEDUPE_KEY_FIX);
    return key;
}
function hashOf(key) {
    return HASH_KEY.test(key) ? key : sha256(key).slice(0, HASH_LENGTH);
}
/**
 * A UUID (in v4 layout, as Linear asks) from the marker, the alert's tokens and the GitHub run: a retried
 * create (or a re-run of the same workflow run) sends the same id, a new alert a new one.
 */
function occurrenceId(label, alert, derived) {
    const tokens = Object.keys(alert)
        .sort()
        .map(name => [name, alert[name]]);
    const hex = sha256(JSON.stringify([label, tokens, derived.github.run_url ?? ''])).slice(0, 32).split('');
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    const text = hex.join('');
    return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}
function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
function followUpNote(intent, alert, derived, now) {
    const summary = (0,truncate/* truncate */.xv)(textOf(alert.alert_summary) ?? textOf(alert.alert_policy_name) ?? 'Dagster+ alert', NOTE_SUMMARY_MAX);
    const heading = intent === 'resolve' ? `Recovered: ${summary}` : `Dagster+ alert fired again: ${summary}`;
    const runLink = textOf(alert.run_link);
    const lines = [
        { label: 'Status', text: derived.alert_status },
        ...(runLink ? [{ label: 'Dagster+ run', text: textOf(alert.run_id) ?? runLink, href: runLink }] : []),
        { label: 'Time', text: derived.start_time_iso ?? now.toISOString().replace(/\.\d{3}Z$/, 'Z') },
        ...(derived.github.run_url ? [{ label: 'GitHub run', text: derived.github.run_url, href: derived.github.run_url }] : [])
    ];
    return { heading, lines };
}
function textOf(value) {
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
/** What a dry run of a tracked issue cannot know, since it sends nothing, not even the search. */
function dryRunNotice(plan) {
    const what = plan.intent === 'sample'
        ? 'a sample alert always creates its own [test] issue'
        : `whether this alert would create an issue, comment on the open one or close it is unknown without searching for open issues labelled ${plan.marker.label}`;
    return `dry run: nothing was sent; ${what}`;
}

// EXTERNAL MODULE: ./src/platforms/tracker.ts
var tracker = __nccwpck_require__(908);
;// CONCATENATED MODULE: ./src/tracking/track.ts





/** Pauses between searches for an issue a lost reply may have created: Jira's search index lags new issues. */
const LAG_PAUSES_MS = [1000, 2000];
/** Before trusting "no open issue" from a lagging search, one more look after this pause. */
const CONFIRM_PAUSE_MS = 1000;
/** As much of the service's error text as a message carries. */
const DETAIL_MAX = 1024;
/**
 * At most one open issue per problem: a repeat comments on (or skips) the open issue, a recovery closes it,
 * anything else creates one, and a create whose reply was lost is looked for before it is sent again.
 * Every request shares the delivery's retry policy and max-wait; every message is redacted.
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
        return flow.resolve(open);
    }
    // Dedupe must never cost an alert: a search the service refuses (no search endpoint, no permission to search)
    // leaves a warning and the alert becomes a new issue. A sample's own marker matches no real issue; its search
    // only tells a later retry which issues were there before.
    const open = await flow.bestEffort([], () => flow.findOpen(plan.intent !== 'sample'), 'creating a new issue');
    if (plan.intent === 'sample')
        return flow.create(open);
    if (open.length === 0 || plan.repeat === 'new')
        return flow.create(open);
    if (plan.repeat === 'skip')
        return flow.skipped(`repeat is skip: ${open[0].id} is already open for this problem`, open[0]);
    return flow.commentOn(open[0]);
}
class TrackingFlow {
    delivery;
    name;
    budget;
    deps;
    call;
    ctx;
    requests = 0;
    constructor(delivery) {
        this.delivery = delivery;
        const { platform, options, plan, payload } = delivery;
        // Requests after the first repeat the platform's warnings (Linear's "Bearer removed"): each is shown once.
        const ctx = warningOnce(delivery.ctx);
        this.ctx = ctx;
        this.name = displayName(platform);
        // Counts what reaches the network, so an outcome can report the attempts its own request took.
        this.deps = { ...delivery.deps, transport: (request, timeoutMs) => (this.requests++, delivery.deps.transport(request, timeoutMs)) };
        this.budget = new WaitBudget(this.name, options, this.deps);
        const send = followUpSender(this.name, this.budget, options, this.deps, retryReading(platform, ctx));
        this.call = { marker: plan.marker, payload, ctx, send };
    }
    /** The create request is built first: missing or malformed credentials stop the flow before any request. */
    checkCredentials() {
        this.delivery.platform.request(this.delivery.payload, this.ctx);
    }
    /** Open issues of the problem; with `confirmEmpty`, an empty answer from a lagging search index is confirmed once. */
    async findOpen(confirmEmpty) {
        const { tracker } = this.delivery;
        const open = await this.step('search for open issues', () => tracker.findOpen(this.call));
        if (open.length > 0 || !tracker.searchLags || !confirmEmpty)
            return open;
        if (!(await this.budget.pause(CONFIRM_PAUSE_MS)))
            return open;
        this.log(`no open issue labelled ${this.call.marker.label}; searching once more, as a new issue can take a moment to show up`);
        return this.step('search for open issues', () => tracker.findOpen(this.call));
    }
    async create(known) {
        const { platform, tracker, options } = this.delivery;
        const { ctx } = this;
        const unmarked = this.delivery.payload;
        const payload = await this.bestEffort(unmarked, () => this.step('preparation of the issue', () => tracker.markCreate(this.call)), 'creating it without the dedupe marker');
        const deliveredBeforeRetry = async () => {
            const found = await this.bestEffort(undefined, () => this.findCreated(known), 'sending it again');
            return found && { url: found.url, id: found.id, status: 'created' };
        };
        try {
            const result = await deliver(platform, payload, ctx, options, this.deps, { budget: this.budget, deliveredBeforeRetry });
            return { status: 'created', url: result.url, id: result.id, attempts: result.attempts, response: result.response, payload };
        }
        catch (error) {
            // A retry that failed (Linear: "id already exists") may be the echo of an earlier attempt that did create it.
            if (!(error instanceof errors/* DeliveryError */.VE) || error.attempts < 2)
                throw error;
            const found = await this.findCreated(known);
            if (!found)
                throw error;
            return { status: 'created', url: found.url, id: found.id, attempts: error.attempts, response: '', payload };
        }
    }
    async commentOn(issue) {
        const { tracker, plan } = this.delivery;
        const attempts = await this.counted(() => this.step(`comment on ${issue.id}`, () => tracker.comment(this.call, issue, plan.note)));
        this.log(`${issue.id} is already open for this problem: added the occurrence as a comment`);
        return this.outcome('commented', issue, attempts);
    }
    /** Comments on every open issue of the problem and, unless resolve is comment, closes it; the newest is the output. */
    async resolve(open) {
        const { tracker, plan } = this.delivery;
        let attempts = 0;
        for (const issue of open) {
            attempts = await this.counted(() => this.step(`comment on ${issue.id}`, () => tracker.comment(this.call, issue, plan.note)));
            if (plan.resolve === 'comment')
                continue;
            const closing = `closing of ${issue.id} (the recovery comment was added)`;
            attempts = await this.counted(() => this.step(closing, () => tracker.close(this.call, issue)));
            this.log(`recovered: closed ${issue.id}`);
        }
        return this.outcome(plan.resolve === 'comment' ? 'commented' : 'resolved', open[0], attempts);
    }
    /** `action`'s result, or `fallback` with a warning when the service refused it: for steps an alert must not fail on. */
    async bestEffort(fallback, action, instead) {
        try {
            return await action();
        }
        catch (error) {
            if (!(error instanceof errors/* DeliveryError */.VE))
                throw error;
            this.ctx.warn({ path: '', message: `${error.message}; ${instead}` });
            return fallback;
        }
    }
    skipped(notice, issue) {
        return { ...this.outcome('skipped', issue, 0), notice };
    }
    outcome(status, issue, attempts) {
        return { status, url: issue?.url ?? '', id: issue?.id ?? '', attempts, response: '', payload: this.delivery.payload };
    }
    /** The issue an attempt whose reply was lost created, searching again while a lagging index may hide it. */
    async findCreated(known) {
        const { tracker } = this.delivery;
        const tries = tracker.searchLags ? LAG_PAUSES_MS.length + 1 : 1;
        for (let n = 0; n < tries; n++) {
            if (n > 0 && !(await this.budget.pause(LAG_PAUSES_MS[n - 1])))
                break;
            const found = await this.step('search for the issue a lost reply may have created', () => tracker.findCreated(this.call, known));
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
    /** Runs one tracker request, turning the service's refusal into a redacted DeliveryError that names the step. */
    async step(what, action) {
        try {
            return await action();
        }
        catch (error) {
            if (!(error instanceof tracker/* TrackerError */.B))
                throw error;
            const { secrets } = this.deps;
            const { reply } = error;
            const detail = (0,truncate/* truncate */.xv)(error.detail, DETAIL_MAX);
            const message = reply
                ? `${this.name} did not accept the ${what} (HTTP ${reply.status}, not retried): ${detail}`
                : `${this.name}: the ${what} could not be done: ${detail}`;
            throw new errors/* DeliveryError */.VE(secrets.redact(message), 1, reply && secrets.redact(reply.body));
        }
    }
    log(message) {
        this.deps.log(this.deps.secrets.redact(`${this.name}: ${message}`));
    }
}
/**
 * Follow-up replies worth retrying, in the platform's words: by status (5xx, 429) or because the platform says
 * so although the status does not (Linear's HTTP 200 rate limit). Others are the tracker's to read.
 */
function retryReading(platform, ctx) {
    return reply => {
        const verdict = platform.parse(reply, ctx);
        return !verdict.ok && (verdict.retry ?? isRetryableStatus(reply.status)) ? verdict : undefined;
    };
}

;// CONCATENATED MODULE: ./src/relay.ts












/** inputs → event → template → render → fit → validate → deliver. Throws InputError/TemplateError/PayloadError/DeliveryError. */
async function relay(config, environment) {
    const alertData = readAlertData({ eventInput: config.event, eventName: environment.eventName, eventPayload: environment.eventPayload });
    const alert = (0,normalise/* normaliseAlert */.j)(alertData.data);
    environment.info(`Alert data from ${alertData.origin}`);
    const { platform, target, template, source } = chooseDestination(config, environment.workspace);
    const warnings = [];
    const warn = (problem) => {
        warnings.push(problem);
        environment.warn(problem);
    };
    unknownVariables(template).forEach(warn);
    const derived = (0,derive/* deriveValues */.g)(alert, environment.env);
    const scope = (0,event_scope/* templateScope */.N)(alert, derived, config.vars);
    const rendered = template.render(scope).value;
    const ctx = {
        target,
        settings: config.settings,
        headers: config.headers,
        vars: config.vars,
        authoredText: `${source.text}\n${JSON.stringify(config.vars)}`,
        warn
    };
    const payload = platform.fit(rendered, ctx);
    const problems = platform.validate(payload, ctx);
    if (problems.length > 0)
        throw new errors/* PayloadError */.tG(platform.name, problems);
    const base = { platform: platform.name, template: template.file, payload, warnings };
    const { tracker } = platform;
    const plan = tracker && planTracking({ config: config.tracking, alert, derived, scope, now: environment.delivery.now() });
    if (config.dryRun)
        return { ...base, status: 'dry-run', url: '', id: '', attempts: 0, response: '', ...(plan && { notice: dryRunNotice(plan) }) };
    const options = { maxAttempts: config.maxAttempts, timeoutSeconds: config.timeoutSeconds, maxWaitSeconds: config.maxWaitSeconds };
    if (tracker && plan)
        return { ...base, ...(await deliverTracked({ platform, tracker, payload, ctx, plan, options, deps: environment.delivery })) };
    const result = await deliver(platform, payload, ctx, options, environment.delivery);
    return { ...base, ...result };
}
/**
 * The platform comes from the `platform` input, else the `url`, else the template's front matter;
 * the template from the `template` input, else the platform's built-in for that endpoint.
 */
function chooseDestination(config, workspace) {
    let platform = config.platform ? (0,registry/* platformByName */.Y)(config.platform) : config.url ? (0,registry/* inferPlatform */.q)(config.url) : undefined;
    let source;
    let template;
    if (!platform && config.template) {
        source = (0,load/* loadTemplate */.P)(config.template, workspace);
        template = (0,compile/* compileTemplate */.G)(source);
        const declared = template.frontMatter.platform;
        if (declared && types/* PLATFORM_NAMES */.Z.includes(declared))
            platform = (0,registry/* platformByName */.Y)(declared);
    }
    if (!platform) {
        const why = config.url ? 'could not be inferred from the url' : 'is not set and there is no url to infer it from';
        throw new errors/* InputError */.dz('platform', why, `Set platform to one of: ${types/* PLATFORM_NAMES */.Z.join(', ')}`);
    }
    const target = platform.resolveTarget(config.url, config.template);
    if (!source || !template) {
        source = (0,load/* loadTemplate */.P)(config.template ?? target.defaultTemplate, workspace);
        template = (0,compile/* compileTemplate */.G)(source);
    }
    const declared = template.frontMatter.platform;
    if (declared && declared !== platform.name) {
        throw new errors/* InputError */.dz('template', `${template.file} is written for ${declared}, but the platform is ${platform.name}`, `Use a ${platform.name} template or set platform: ${declared}`);
    }
    return { platform, target, template, source };
}
/** Top-level names the template reads that neither the alert catalogue, the derived values nor `vars` provide. */
function unknownVariables(template) {
    const known = (0,event_scope/* knownVariableNames */.g)();
    const reported = new Set();
    const warnings = [];
    for (const ref of template.variables) {
        const head = ref.name.split('.')[0];
        if (known.has(head) || reported.has(head))
            continue;
        reported.add(head);
        warnings.push({
            path: `${template.file}:${ref.line}:${ref.column}`,
            message: `unknown variable '${head}' renders empty; templates can read the Dagster+ tokens, derived values and vars.NAME`
        });
    }
    return warnings;
}

;// CONCATENATED MODULE: ./src/secrets.ts
/** Shorter values would redact common words and digits all over the log, so they are never registered. */
const MIN_SECRET_LENGTH = 4;
const MASK = '***';
/** Query parameters whose values are credentials (`?token=`, `api_key=`, `sig=`, `client_secret=`, …). */
const SECRET_QUERY_NAME = /token|key|secret|sig|pass/i;
/** Discord webhook path: the last segment is the credential. */
const DISCORD_WEBHOOK_PATH = /\/api(?:\/v\d+)?\/webhooks\/\d+\/([^/?#]+)/;
/** Slack incoming webhook path /services/T…/B…/SECRET: the last segment is the credential. */
const SLACK_WEBHOOK_PATH = /^\/services\/[^/]+\/[^/]+\/([^/?#]+)/;
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
    /** Credentials inside a URL: the Discord and Slack webhook secrets, userinfo, and secret-looking query values. */
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
        const webhookToken = DISCORD_WEBHOOK_PATH.exec(parsed.pathname)?.[1];
        if (webhookToken)
            this.addDecoded(webhookToken);
        const slackSecret = SLACK_WEBHOOK_PATH.exec(parsed.pathname)?.[1];
        if (slackSecret)
            this.addDecoded(slackSecret);
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
var src_summary = __nccwpck_require__(8855);
;// CONCATENATED MODULE: ./src/main.ts









/** The only place that talks to the runner: inputs, outputs, masking, logs, the job summary. */
async function run() {
    const secrets = new Secrets();
    try {
        const config = readConfig(name => getInput(name));
        maskSecrets(config, secrets);
        if (config.mode === 'check')
            return await check(config);
        const outcome = await relay(config, {
            workspace: workspace(),
            env: process.env,
            eventName: process.env.GITHUB_EVENT_NAME ?? '',
            eventPayload: readEventFile(process.env.GITHUB_EVENT_PATH),
            delivery: defaultDeliveryDeps(secrets, logLine),
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
    const { runCheck } = await Promise.all(/* import() */[__nccwpck_require__.e(929), __nccwpck_require__.e(502)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8502));
    const result = runCheck({ template: config.template, workspace: workspace(), vars: config.vars });
    for (const finding of result.findings) {
        const properties = { title: finding.title, file: finding.file, startLine: finding.line, startColumn: finding.column };
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
    for (const value of secrets.values())
        core_setSecret(value);
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
    info(outcome.url ? `${outcome.platform}: ${outcome.status} ${outcome.url}` : `${outcome.platform}: ${outcome.status}`);
    if (outcome.notice)
        notice(secrets.redact(outcome.notice));
    writeSummary(secrets.redact((0,src_summary/* outcomeSummary */.hG)(outcome)));
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
    writeSummary(secrets.redact((0,src_summary/* failureSummary */.jg)(message, attempts)));
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
    const token = (0,external_node_crypto_.randomUUID)();
    startGroup(title);
    info(`::stop-commands::${token}`);
    info(text);
    info(`::${token}::`);
    endGroup();
}
function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    summary.addRaw(markdown, true);
    summary.write().catch(error => warning(`Could not write the job summary: ${error instanceof Error ? error.message : error}`));
}

;// CONCATENATED MODULE: ./src/index.ts

run();


//# sourceMappingURL=index.js.map