#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5939:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



Object.defineProperty(exports, "__esModule", ({
  value: true,
}));
exports.GraphQLError = void 0;
exports.formatError = formatError;
exports.printError = printError;

var _isObjectLike = __nccwpck_require__(892);

var _location = __nccwpck_require__(2245);

var _printLocation = __nccwpck_require__(6512);

/** @category Errors */
function toNormalizedOptions(args) {
  const firstArg = args[0];

  if (firstArg == null || 'kind' in firstArg || 'length' in firstArg) {
    return {
      nodes: firstArg,
      source: args[1],
      positions: args[2],
      path: args[3],
      originalError: args[4],
      extensions: args[5],
    };
  }

  return firstArg;
}
/**
 * A GraphQLError describes an Error found during the parse, validate, or
 * execute phases of performing a GraphQL operation. In addition to a message
 * and stack trace, it also includes information about the locations in a
 * GraphQL document and/or execution result that correspond to the Error.
 */

class GraphQLError extends Error {
  /**
   * An array of `{ line, column }` locations within the source GraphQL document
   * which correspond to this error.
   *
   * Errors during validation often contain multiple locations, for example to
   * point out two things with the same name. Errors during execution include a
   * single location, the field which produced the error.
   *
   * Enumerable, and appears in the result of JSON.stringify().
   */

  /**
   * An array describing the JSON-path into the execution response which
   * corresponds to this error. Only included for errors during execution.
   *
   * Enumerable, and appears in the result of JSON.stringify().
   */

  /** An array of GraphQL AST Nodes corresponding to this error. */

  /**
   * The source GraphQL document for the first location of this error.
   *
   * Note that if this Error represents more than one node, the source may not
   * represent nodes after the first node.
   */

  /**
   * An array of character offsets within the source GraphQL document
   * which correspond to this error.
   */

  /** Original error that caused this GraphQLError, if one exists. */

  /** Extension fields to add to the formatted error. */

  /**
   * Creates a GraphQLError instance.
   * @param message - Human-readable error message.
   * @param options - Error metadata such as source locations, response path, original error, and extensions.
   * This positional-arguments constructor overload is deprecated. Use the
   * `GraphQLError(message, options)` overload instead.
   * @example
   * ```ts
   * import { Kind } from 'graphql/language';
   * import assert from 'node:assert/strict';
   * // Create an error from AST nodes and response metadata.
   * import { parse } from 'graphql/language';
   * import { GraphQLError } from 'graphql/error';
   *
   * const document = parse('{ greeting }');
   * const operation = document.definitions[0];
   * assert(operation.kind === Kind.OPERATION_DEFINITION);
   * const fieldNode = operation.selectionSet.selections[0];
   * const error = new GraphQLError('Cannot query this field.', {
   *   nodes: fieldNode,
   *   path: ['greeting'],
   *   extensions: { code: 'FORBIDDEN' },
   * });
   *
   * error.message; // => 'Cannot query this field.'
   * error.locations; // => [{ line: 1, column: 3 }]
   * error.path; // => ['greeting']
   * error.extensions; // => { code: 'FORBIDDEN' }
   * ```
   * @example
   * ```ts
   * // This variant derives locations from source positions and preserves the original error.
   * import { Source } from 'graphql/language';
   * import { GraphQLError } from 'graphql/error';
   *
   * const source = new Source('{ greeting }');
   * const originalError = new Error('Database unavailable.');
   * const error = new GraphQLError('Resolver failed.', {
   *   source,
   *   positions: [2],
   *   path: ['greeting'],
   *   originalError,
   * });
   *
   * error.locations; // => [{ line: 1, column: 3 }]
   * error.path; // => ['greeting']
   * error.originalError; // => originalError
   * ```
   */

  /**
   * Creates a GraphQLError instance using the legacy positional constructor.
   * This deprecated overload will be removed in v17. Prefer the
   * `GraphQLErrorOptions` object overload, which keeps optional error metadata
   * in a single options bag.
   * @param message - Human-readable error message.
   * @param nodes - AST node or nodes associated with this error.
   * @param source - Source document used to derive error locations.
   * @param positions - Character offsets in the source document associated with
   * this error.
   * @param path - Response path where this error occurred during execution.
   * @param originalError - Original error that caused this GraphQLError, if one
   * exists.
   * @param extensions - Extension fields to include in the formatted error.
   * @example
   * ```ts
   * import { Source } from 'graphql/language';
   * import { GraphQLError } from 'graphql/error';
   *
   * const source = new Source('{ greeting }');
   * const originalError = new Error('Database unavailable.');
   * const error = new GraphQLError(
   *   'Resolver failed.',
   *   undefined,
   *   source,
   *   [2],
   *   ['greeting'],
   *   originalError,
   *   { code: 'INTERNAL' },
   * );
   *
   * error.locations; // => [{ line: 1, column: 3 }]
   * error.path; // => ['greeting']
   * error.originalError; // => originalError
   * error.extensions; // => { code: 'INTERNAL' }
   * ```
   * @deprecated Please use the `GraphQLErrorOptions` constructor overload instead.
   */
  constructor(message, ...rawArgs) {
    var _this$nodes, _nodeLocations$, _ref;

    const { nodes, source, positions, path, originalError, extensions } =
      toNormalizedOptions(rawArgs);
    super(message);
    this.name = 'GraphQLError';
    this.path = path !== null && path !== void 0 ? path : undefined;
    this.originalError =
      originalError !== null && originalError !== void 0
        ? originalError
        : undefined; // Compute list of blame nodes.

    this.nodes = undefinedIfEmpty(
      Array.isArray(nodes) ? nodes : nodes ? [nodes] : undefined,
    );
    const nodeLocations = undefinedIfEmpty(
      (_this$nodes = this.nodes) === null || _this$nodes === void 0
        ? void 0
        : _this$nodes.map((node) => node.loc).filter((loc) => loc != null),
    ); // Compute locations in the source for the given nodes/positions.

    this.source =
      source !== null && source !== void 0
        ? source
        : nodeLocations === null || nodeLocations === void 0
        ? void 0
        : (_nodeLocations$ = nodeLocations[0]) === null ||
          _nodeLocations$ === void 0
        ? void 0
        : _nodeLocations$.source;
    this.positions =
      positions !== null && positions !== void 0
        ? positions
        : nodeLocations === null || nodeLocations === void 0
        ? void 0
        : nodeLocations.map((loc) => loc.start);
    this.locations =
      positions && source
        ? (0, _location.getLocations)(
            positions.map((start) => ({
              source,
              start,
            })),
          )
        : nodeLocations && (0, _location.getLocations)(nodeLocations);
    const originalExtensions = (0, _isObjectLike.isObjectLike)(
      originalError === null || originalError === void 0
        ? void 0
        : originalError.extensions,
    )
      ? originalError === null || originalError === void 0
        ? void 0
        : originalError.extensions
      : undefined;
    this.extensions =
      (_ref =
        extensions !== null && extensions !== void 0
          ? extensions
          : originalExtensions) !== null && _ref !== void 0
        ? _ref
        : Object.create(null); // Only properties prescribed by the spec should be enumerable.
    // Keep the rest as non-enumerable.

    Object.defineProperties(this, {
      message: {
        writable: true,
        enumerable: true,
      },
      name: {
        enumerable: false,
      },
      nodes: {
        enumerable: false,
      },
      source: {
        enumerable: false,
      },
      positions: {
        enumerable: false,
      },
      originalError: {
        enumerable: false,
      },
    }); // Include (non-enumerable) stack trace.

    /* c8 ignore start */
    // FIXME: https://github.com/graphql/graphql-js/issues/2317

    if (
      originalError !== null &&
      originalError !== void 0 &&
      originalError.stack
    ) {
      Object.defineProperty(this, 'stack', {
        value: originalError.stack,
        writable: true,
        configurable: true,
      });
    } else if (Error.captureStackTrace) {
      Error.captureStackTrace(this, GraphQLError);
    } else {
      Object.defineProperty(this, 'stack', {
        value: Error().stack,
        writable: true,
        configurable: true,
      });
    }
    /* c8 ignore stop */
  }
  /**
   * Returns the value used by `Object.prototype.toString`.
   * @returns The built-in string tag for this object.
   */

  get [Symbol.toStringTag]() {
    return 'GraphQLError';
  }
  /**
   * Returns this error as a human-readable message with source locations.
   * @returns The formatted error string.
   * @example
   * ```ts
   * import { Source } from 'graphql/language';
   * import { GraphQLError } from 'graphql/error';
   *
   * const error = new GraphQLError('Cannot query field "name".', {
   *   source: new Source('{ name }'),
   *   positions: [2],
   * });
   *
   * error.toString(); // => 'Cannot query field "name".\n\nGraphQL request:1:3\n1 | { name }\n  |   ^'
   * ```
   */

  toString() {
    let output = this.message;

    if (this.nodes) {
      for (const node of this.nodes) {
        if (node.loc) {
          output += '\n\n' + (0, _printLocation.printLocation)(node.loc);
        }
      }
    } else if (this.source && this.locations) {
      for (const location of this.locations) {
        output +=
          '\n\n' +
          (0, _printLocation.printSourceLocation)(this.source, location);
      }
    }

    return output;
  }
  /**
   * Returns the JSON representation used when this object is serialized.
   * @returns The JSON-serializable representation.
   * @example
   * ```ts
   * import { GraphQLError } from 'graphql/error';
   *
   * const error = new GraphQLError('Resolver failed.', {
   *   path: ['viewer', 'name'],
   *   extensions: { code: 'INTERNAL' },
   * });
   *
   * error.toJSON(); // => { message: 'Resolver failed.', path: ['viewer', 'name'], extensions: { code: 'INTERNAL' } }
   * ```
   */

  toJSON() {
    const formattedError = {
      message: this.message,
    };

    if (this.locations != null) {
      formattedError.locations = this.locations;
    }

    if (this.path != null) {
      formattedError.path = this.path;
    }

    if (this.extensions != null && Object.keys(this.extensions).length > 0) {
      formattedError.extensions = this.extensions;
    }

    return formattedError;
  }
}

exports.GraphQLError = GraphQLError;

function undefinedIfEmpty(array) {
  return array === undefined || array.length === 0 ? undefined : array;
}
/** See: https://spec.graphql.org/draft/#sec-Errors */

/**
 * Prints a GraphQLError to a string, representing useful location information
 * about the error's position in the source. This deprecated helper is retained
 * for backwards compatibility; call `error.toString()` instead because
 * printError will be removed in v17.
 * @param error - The error to format.
 * @returns The printed string representation.
 * @example
 * ```ts
 * import { GraphQLError, printError } from 'graphql/error';
 *
 * const message = printError(new GraphQLError('Example error'));
 *
 * message; // => 'Example error'
 * ```
 * @deprecated Please use `error.toString` instead. Will be removed in v17
 */
function printError(error) {
  return error.toString();
}
/**
 * Given a GraphQLError, format it according to the rules described by the
 * Response Format, Errors section of the GraphQL Specification. This deprecated
 * helper is retained for backwards compatibility; call `error.toJSON()`
 * instead because formatError will be removed in v17.
 * @param error - The error to format.
 * @returns The JSON-serializable formatted error.
 * @example
 * ```ts
 * import { GraphQLError, formatError } from 'graphql/error';
 *
 * const formatted = formatError(new GraphQLError('Example error'));
 *
 * formatted; // => { message: 'Example error' }
 * ```
 * @deprecated Please use `error.toJSON` instead. Will be removed in v17
 */

function formatError(error) {
  return error.toJSON();
}


/***/ }),

/***/ 9619:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



Object.defineProperty(exports, "__esModule", ({
  value: true,
}));
exports.syntaxError = syntaxError;

var _GraphQLError = __nccwpck_require__(5939);

/** @category Errors */

/**
 * Produces a GraphQLError representing a syntax error, containing useful
 * descriptive information about the syntax error's position in the source.
 * @param source - The GraphQL source containing the syntax error.
 * @param position - Character offset where the syntax error was encountered.
 * @param description - Human-readable description of the syntax error.
 * @returns A GraphQLError located at the syntax error position.
 * @example
 * ```ts
 * import { Source } from 'graphql/language';
 * import { syntaxError } from 'graphql/error';
 *
 * const error = syntaxError(new Source('query {'), 7, 'Expected Name');
 *
 * error.message; // => 'Syntax Error: Expected Name'
 * error.locations; // => [{ line: 1, column: 8 }]
 * ```
 */
function syntaxError(source, position, description) {
  return new _GraphQLError.GraphQLError(`Syntax Error: ${description}`, {
    source,
    positions: [position],
  });
}


/***/ }),

/***/ 5383:
/***/ ((__unused_webpack_module, exports) => {



Object.defineProperty(exports, "__esModule", ({
  value: true,
}));
exports.devAssert = devAssert;

/** @internal */
function devAssert(condition, message) {
  const booleanCondition = Boolean(condition);

  if (!booleanCondition) {
    throw new Error(message);
  }
}


/***/ }),

/***/ 5742:
/***/ ((__unused_webpack_module, exports) => {



Object.defineProperty(exports, "__esModule", ({
  value: true,
}));
exports.inspect = inspect;
const MAX_ARRAY_LENGTH = 10;
const MAX_RECURSIVE_DEPTH = 2;
/**
 * Used to print values in error messages.
 *
 * @internal
 */

function inspect(value) {
  return formatValue(value, []);
}

function formatValue(value, seenValues) {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);

    case 'function':
      return value.name ? `[function ${value.name}]` : '[function]';

    case 'object':
      return formatObjectValue(value, seenValues);

    default:
      return String(value);
  }
}

function formatObjectValue(value, previouslySeenValues) {
  if (value === null) {
    return 'null';
  }

  if (previouslySeenValues.includes(value)) {
    return '[Circular]';
  }

  const seenValues = [...previouslySeenValues, value];

  if (isJSONable(value)) {
    const jsonValue = value.toJSON(); // check for infinite recursion

    if (jsonValue !== value) {
      return typeof jsonValue === 'string'
        ? jsonValue
        : formatValue(jsonValue, seenValues);
    }
  } else if (Array.isArray(value)) {
    return formatArray(value, seenValues);
  }

  return formatObject(value, seenValues);
}

function isJSONable(value) {
  return typeof value.toJSON === 'function';
}

function formatObject(object, seenValues) {
  const entries = Object.entries(object);

  if (entries.length === 0) {
    return '{}';
  }

  if (seenValues.length > MAX_RECURSIVE_DEPTH) {
    return '[' + getObjectTag(object) + ']';
  }

  const properties = entries.map(
    ([key, value]) => key + ': ' + formatValue(value, seenValues),
  );
  return '{ ' + properties.join(', ') + ' }';
}

function formatArray(array, seenValues) {
  if (array.length === 0) {
    return '[]';
  }

  if (seenValues.length > MAX_RECURSIVE_DEPTH) {
    return '[Array]';
  }

  const len = Math.min(MAX_ARRAY_LENGTH, array.length);
  const remaining = array.length - len;
  const items = [];

  for (let i = 0; i < len; ++i) {
    items.push(formatValue(array[i], seenValues));
  }

  if (remaining === 1) {
    items.push('... 1 more item');
  } else if (remaining > 1) {
    items.push(`... ${remaining} more items`);
  }

  return '[' + items.join(', ') + ']';
}

function getObjectTag(object) {
  const tag = Object.prototype.toString
    .call(object)
    .replace(/^\[object /, '')
    .replace(/]$/, '');

  if (tag === 'Object' && typeof object.constructor === 'function') {
    const name = object.constructor.name;

    if (typeof name === 'string' && name !== '') {
      return name;
    }
  }

  return tag;
}


/***/ }),

/***/ 5914:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



Object.defineProperty(exports, "__esModule", ({
  value: true,
}));
exports.instanceOf = void 0;

var _inspect = __nccwpck_require__(5742);

/* c8 ignore next 3 */
const isProduction =
  globalThis.process && // eslint-disable-next-line no-undef
  process.env.NODE_ENV === 'production';
/**
 * A replacement for instanceof which includes an error warning when multi-realm
 * constructors are detected.
 * See: https://expressjs.com/en/advanced/best-practice-performance.html#set-node_env-to-production
 * See: https://webpack.js.org/guides/production/
 *
 * @internal
 */

const instanceOf =
  /* c8 ignore next 6 */
  // FIXME: https://github.com/graphql/graphql-js/issues/2317
  isProduction
    ? function instanceOf(value, constructor) {
        return value instanceof constructor;
      }
    : function instanceOf(value, constructor) {
        if (value instanceof constructor) {
          return true;
        }

        if (typeof value === 'object' && value !== null) {
          var _value$constructor;

          // Prefer Symbol.toStringTag since it is immune to minification.
          const className = constructor.prototype[Symbol.toStringTag];
          const valueClassName = // We still need to support constructor's name to detect conflicts with older versions of this library.
            Symbol.toStringTag in value // @ts-expect-error TS bug see, https://github.com/microsoft/TypeScript/issues/38009
              ? value[Symbol.toStringTag]
              : (_value$constructor = value.constructor) === null ||
                _value$constructor === void 0
              ? void 0
              : _value$constructor.name;

          if (className === valueClassName) {
            const stringifiedValue = (0, _inspect.inspect)(value);
            throw new Error(`Cannot use ${className} "${stringifiedValue}" from another module or realm.

Ensure that there is only one instance of "graphql" in the node_modules
directory. If different versions of "graphql" are the dependencies of other
relied on modules, use "resolutions" to ensure only one version is installed.

https://yarnpkg.com/en/docs/selective-version-resolutions

Duplicate "graphql" modules cannot be used at the same time since different
versions may have different capabilities and behavior. The data from one
version used in the function from another could produce confusing and
spurious results.`);
          }
        }

        return false;
      };
exports.instanceOf = instanceOf;


/***/ }),

/***/ 892:
/***/ ((__unused_webpack_module, exports) => {



Object.defineProperty(exports, "__esModule", ({
  value: true,
}));
exports.isObjectLike = isObjectLike;

/**
 * Return true if `value` is object-like. A value is object-like if it's not
 * `null` and has a `typeof` result of "object".
 *
 * @internal
 */
function isObjectLike(value) {
  return typeof value == 'object' && value !== null;
}


/***/ }),

/***/ 2740:
/***/ ((__unused_webpack_module, exports) => {



Object.defineProperty(exports, "__esModule", ({
  value: true,
}));
exports.Token =
  exports.QueryDocumentKeys =
  exports.OperationTypeNode =
  exports.Location =
    void 0;
exports.isNode = isNode;

/** @category AST */

/**
 * Contains a range of UTF-8 character offsets and token references that
 * identify the region of the source from which the AST derived.
 */
class Location {
  /** The character offset at which this Node begins. */

  /** The character offset at which this Node ends. */

  /** The Token at which this Node begins. */

  /** The Token at which this Node ends. */

  /** The Source document the AST represents. */

  /**
   * Creates a Location instance.
   * @param startToken - The start token.
   * @param endToken - The end token.
   * @param source - Source document used to derive error locations.
   * @example
   * ```ts
   * import { Location, Source, Token, TokenKind } from 'graphql/language';
   *
   * const source = new Source('{ hello }');
   * const startToken = new Token(TokenKind.BRACE_L, 0, 1, 1, 1);
   * const endToken = new Token(TokenKind.BRACE_R, 8, 9, 1, 9);
   * const location = new Location(startToken, endToken, source);
   *
   * location.start; // => 0
   * location.end; // => 9
   * location.source.body; // => '{ hello }'
   * ```
   */
  constructor(startToken, endToken, source) {
    this.start = startToken.start;
    this.end = endToken.end;
    this.startToken = startToken;
    this.endToken = endToken;
    this.source = source;
  }
  /**
   * Returns the value used by `Object.prototype.toString`.
   * @returns The built-in string tag for this object.
   */

  get [Symbol.toStringTag]() {
    return 'Location';
  }
  /**
   * Returns a JSON representation of this location.
   * @returns The JSON-serializable representation.
   * @example
   * ```ts
   * import { parse } from 'graphql/language';
   *
   * const document = parse('{ hello }');
   * const location = document.loc?.toJSON(); // => { start: 0, end: 9 }
   * ```
   */

  toJSON() {
    return {
      start: this.start,
      end: this.end,
    };
  }
}
/**
 * Represents a range of characters represented by a lexical token
 * within a Source.
 */

exports.Location = Location;

class Token {
  /** The kind of Token. */

  /** The character offset at which this Node begins. */

  /** The character offset at which this Node ends. */

  /** The 1-indexed line number on which this Token appears. */

  /** The 1-indexed column number at which this Token begins. */

  /**
   * For non-punctuation tokens, represents the interpreted value of the token.
   *
   * Note: is undefined for punctuation tokens, but typed as string for
   * convenience in the parser.
   */

  /**
   * Tokens exist as nodes in a double-linked-list amongst all tokens
   * including ignored tokens. <SOF> is always the first node and <EOF>
   * the last.
   */

  /** Next token in the token stream, including ignored tokens. */

  /**
   * Creates a Token instance.
   * @param kind - Token kind produced by lexical analysis.
   * @param start - Character offset where this token begins.
   * @param end - Character offset where this token ends.
   * @param line - One-indexed line number where this token begins.
   * @param column - One-indexed column number where this token begins.
   * @param value - Interpreted value for non-punctuation tokens.
   * @example
   * ```ts
   * import { Token, TokenKind } from 'graphql/language';
   *
   * const token = new Token(TokenKind.NAME, 2, 7, 1, 3, 'hello');
   *
   * token.kind; // => TokenKind.NAME
   * token.value; // => 'hello'
   * token.toJSON(); // => { kind: 'Name', value: 'hello', line: 1, column: 3 }
   * ```
   */
  constructor(kind, start, end, line, column, value) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.line = line;
    this.column = column; // eslint-disable-next-line @typescript-eslint/no-non-null-assertion

    this.value = value;
    this.prev = null;
    this.next = null;
  }
  /**
   * Returns the value used by `Object.prototype.toString`.
   * @returns The built-in string tag for this object.
   */

  get [Symbol.toStringTag]() {
    return 'Token';
  }
  /**
   * Returns a JSON representation of this token.
   * @returns The JSON-serializable representation.
   * @example
   * ```ts
   * import { Lexer, Source } from 'graphql/language';
   *
   * const lexer = new Lexer(new Source('{ hello }'));
   * const token = lexer.advance().toJSON(); // => { kind: '{', value: undefined, line: 1, column: 1 }
   * ```
   */

  toJSON() {
    return {
      kind: this.kind,
      value: this.value,
      line: this.line,
      column: this.column,
    };
  }
}
/** The list of all possible AST node types. */

exports.Token = Token;

/** @internal */
const QueryDocumentKeys = {
  Name: [],
  Document: ['definitions'],
  OperationDefinition: [
    'description',
    'name',
    'variableDefinitions',
    'directives',
    'selectionSet',
  ],
  VariableDefinition: [
    'description',
    'variable',
    'type',
    'defaultValue',
    'directives',
  ],
  Variable: ['name'],
  SelectionSet: ['selections'],
  Field: ['alias', 'name', 'arguments', 'directives', 'selectionSet'],
  Argument: ['name', 'value'],
  FragmentSpread: ['name', 'directives'],
  InlineFragment: ['typeCondition', 'directives', 'selectionSet'],
  FragmentDefinition: [
    'description',
    'name', // Note: fragment variable definitions are deprecated and will removed in v17.0.0
    'variableDefinitions',
    'typeCondition',
    'directives',
    'selectionSet',
  ],
  IntValue: [],
  FloatValue: [],
  StringValue: [],
  BooleanValue: [],
  NullValue: [],
  EnumValue: [],
  ListValue: ['values'],
  ObjectValue: ['fields'],
  ObjectField: ['name', 'value'],
  Directive: ['name', 'arguments'],
  NamedType: ['name'],
  ListType: ['type'],
  NonNullType: ['type'],
  SchemaDefinition: ['description', 'directives', 'operationTypes'],
  OperationTypeDefinition: ['type'],
  ScalarTypeDefinition: ['description', 'name', 'directives'],
  ObjectTypeDefinition: [
    'description',
    'name',
    'interfaces',
    'directives',
    'fields',
  ],
  FieldDefinition: ['description', 'name', 'arguments', 'type', 'directives'],
  InputValueDefinition: [
    'description',
    'name',
    'type',
    'defaultValue',
    'directives',
  ],
  InterfaceTypeDefinition: [
    'description',
    'name',
    'interfaces',
    'directives',
    'fields',
  ],
  UnionTypeDefinition: ['description', 'name', 'directives', 'types'],
  EnumTypeDefinition: ['description', 'name', 'directives', 'values'],
  EnumValueDefinition: ['description', 'name', 'directives'],
  InputObjectTypeDefinition: ['description', 'name', 'directives', 'fields'],
  DirectiveDefinition: [
    'description',
    'name',
    'arguments',
    'directives',
    'locations',
  ],
  SchemaExtension: ['directives', 'operationTypes'],
  DirectiveExtension: ['name', 'directives'],
  ScalarTypeExtension: ['name', 'directives'],
  ObjectTypeExtension: ['name', 'interfaces', 'directives', 'fields'],
  InterfaceTypeExtension: ['name', 'interfaces', 'directives', 'fields'],
  UnionTypeExtension: ['name', 'directives', 'types'],
  EnumTypeExtension: ['name', 'directives', 'values'],
  InputObjectTypeExtension: ['name', 'directives', 'fields'],
  TypeCoordinate: ['name'],
  MemberCoordinate: ['name', 'memberName'],
  ArgumentCoordinate: ['name', 'fieldName', 'argumentName'],
  DirectiveCoordinate: ['name'],
  DirectiveArgumentCoordinate: ['name', 'argumentName'],
};
exports.QueryDocumentKeys = QueryDocumentKeys;
const kindValues = new Set(Object.keys(QueryDocumentKeys));
/** @internal */

function isNode(maybeNode) {
  const maybeKind =
    maybeNode === null || maybeNode === void 0 ? void 0 : maybeNode.kind;
  return typeof maybeKind === 'string' && kindValues.has(maybeKind);
}
/** An identifier in a GraphQL document. */

/**
 * The operation types supported by GraphQL executable definitions.
 * @category Kinds
 */
var OperationTypeNode;
exports.OperationTypeNode = OperationTypeNode;

(function (OperationTypeNode) {
  OperationTypeNode['QUERY'] = 'query';
  OperationTypeNode['MUTATION'] = 'mutation';
  OperationTypeNode['SUBSCRIPTION'] = 'subscription';
})(OperationTypeNode || (exports.OperationTypeNode = OperationTypeNode = {}));
/** A variable declaration in an operation or legacy fragment definition. */


/***/ }),

/***/ 7508:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



Object.defineProperty(exports, "__esModule", ({
  value: true,
}));
exports.dedentBlockStringLines = dedentBlockStringLines;
exports.isPrintableAsBlockString = isPrintableAsBlockString;
exports.printBlockString = printBlockString;

var _characterClasses = __nccwpck_require__(3271);

/**
 * Produces the value of a block string from its parsed raw value, similar to
 * CoffeeScript's block string, Python's docstring trim or Ruby's strip_heredoc.
 *
 * This implements the GraphQL spec's BlockStringValue() static algorithm.
 *
 * @internal
 */
function dedentBlockStringLines(lines) {
  var _firstNonEmptyLine2;

  let commonIndent = Number.MAX_SAFE_INTEGER;
  let firstNonEmptyLine = null;
  let lastNonEmptyLine = -1;

  for (let i = 0; i < lines.length; ++i) {
    var _firstNonEmptyLine;

    const line = lines[i];
    const indent = leadingWhitespace(line);

    if (indent === line.length) {
      continue; // skip empty lines
    }

    firstNonEmptyLine =
      (_firstNonEmptyLine = firstNonEmptyLine) !== null &&
      _firstNonEmptyLine !== void 0
        ? _firstNonEmptyLine
        : i;
    lastNonEmptyLine = i;

    if (i !== 0 && indent < commonIndent) {
      commonIndent = indent;
    }
  }

  return lines // Remove common indentation from all lines but first.
    .map((line, i) => (i === 0 ? line : line.slice(commonIndent))) // Remove leading and trailing blank lines.
    .slice(
      (_firstNonEmptyLine2 = firstNonEmptyLine) !== null &&
        _firstNonEmptyLine2 !== void 0
        ? _firstNonEmptyLine2
        : 0,
      lastNonEmptyLine + 1,
    );
}

function leadingWhitespace(str) {
  let i = 0;

  while (
    i < str.length &&
    (0, _characterClasses.isWhiteSpace)(str.charCodeAt(i))
  ) {
    ++i;
  }

  return i;
}
/** @internal */

function isPrintableAsBlockString(value) {
  if (value === '') {
    return true; // empty string is printable
  }

  let isEmptyLine = true;
  let hasIndent = false;
  let hasCommonIndent = true;
  let seenNonEmptyLine = false;

  for (let i = 0; i < value.length; ++i) {
    switch (value.codePointAt(i)) {
      case 0x0000:
      case 0x0001:
      case 0x0002:
      case 0x0003:
      case 0x0004:
      case 0x0005:
      case 0x0006:
      case 0x0007:
      case 0x0008:
      case 0x000b:
      case 0x000c:
      case 0x000e:
      case 0x000f:
        return false;
      // Has non-printable characters

      case 0x000d:
        //  \r
        return false;
      // Has \r or \r\n which will be replaced as \n

      case 10:
        //  \n
        if (isEmptyLine && !seenNonEmptyLine) {
          return false; // Has leading new line
        }

        seenNonEmptyLine = true;
        isEmptyLine = true;
        hasIndent = false;
        break;

      case 9: //   \t

      case 32:
        //  <space>
        hasIndent || (hasIndent = isEmptyLine);
        break;

      default:
        hasCommonIndent && (hasCommonIndent = hasIndent);
        isEmptyLine = false;
    }
  }

  if (isEmptyLine) {
    return false; // Has trailing empty lines
  }

  if (hasCommonIndent && seenNonEmptyLine) {
    return false; // Has internal indent
  }

  return true;
}
/**
 * Print a block string in the indented block form by adding a leading and
 * trailing blank line. However, if a block string starts with whitespace and is
 * a single-line, adding a leading blank line would strip that whitespace.
 *
 * @internal
 */

function printBlockString(value, options) {
  const escapedValue = value.replace(/"""/g, '\\"""'); // Expand a block string's raw value into independent lines.

  const lines = escapedValue.split(/\r\n|[\n\r]/g);
  const isSingleLine = lines.length === 1; // If common indentation is found we can fix some of those cases by adding leading new line

  const forceLeadingNewLine =
    lines.length > 1 &&
    lines
      .slice(1)
      .every(
        (line) =>
          line.length === 0 ||
          (0, _characterClasses.isWhiteSpace)(line.charCodeAt(0)),
      ); // Trailing triple quotes just looks confusing but doesn't force trailing new line

  const hasTrailingTripleQuotes = escapedValue.endsWith('\\"""'); // Trailing quote (single or double) or slash forces trailing new line

  const hasTrailingQuote = value.endsWith('"') && !hasTrailingTripleQuotes;
  const hasTrailingSlash = value.endsWith('\\');
  const forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
  const printAsMultipleLines =
    !(options !== null && options !== void 0 && options.minimize) && // add leading and trailing new lines only if it improves readability
    (!isSingleLine ||
      value.length > 70 ||
      forceTrailingNewline ||
      forceLeadingNewLine ||
      hasTrailingTripleQuotes);
  let result = ''; // Format a multi-line block quote to account for leading space.

  const skipLeadingNewLine =
    isSingleLine && (0, _characterClasses.isWhiteSpace)(value.charCodeAt(0));

  if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine) {
    result += '\n';
  }

  result += escapedValue;

  if (printAsMultipleLines || forceTrailingNewline) {
    result += '\n';
  }

  return '"""' + result + '"""';
}


/***/ }),

/***/ 3271:
/***/ ((__unused_webpack_module, exports) => {



Object.defineProperty(exports, "__esModule", ({
  value: true,
}));
exports.isDigit = isDigit;
exports.isLetter = isLetter;
exports.isNameContinue = isNameContinue;
exports.isNameStart = isNameStart;
exports.isWhiteSpace = isWhiteSpace;

/**
 * ```
 * WhiteSpace ::
 *   - "Horizontal Tab (U+0009)"
 *   - "Space (U+0020)"
 * ```
 * @internal
 */
function isWhiteSpace(code) {
  return code === 0x0009 || code === 0x0020;
}
/**
 * ```
 * Digit :: one of
 *   - `0` `1` `2` `3` `4` `5` `6` `7` `8` `9`
 * ```
 * @internal
 */

function isDigit(code) {
  return code >= 0x0030 && code <= 0x0039;
}
/**
 * ```
 * Letter :: one of
 *   - `A` `B` `C` `D` `E` `F` `G` `H` `I` `J` `K` `L` `M`
 *   - `N` `O` `P` `Q` `R` `S` `T` `U` `V` `W` `X` `Y` `Z`
 *   - `a` `b` `c` `d` `e` `f` `g` `h` `i` `j` `k` `l` `m`
 *   - `n` `o` `p` `q` `r` `s` `t` `u` `v` `w` `x` `y` `z`
 * ```
 * @internal
 */

function isLetter(code) {
  return (
    (code >= 0x0061 && code <= 0x007a) || // A-Z
    (code >= 0x0041 && code <= 0x005a) // a-z
  );
}
/**
 * ```
 * NameStart ::
 *   - Letter
 *   - `_`
 * ```
 * @internal
 */

function isNameStart(code) {
  return isLetter(code) || code === 0x005f;
}
/**
 * ```
 * NameContinue ::
 *   - Letter
 *   - Digit
 *   - `_`
 * ```
 * @internal
 */

function isNameContinue(code) {
  return isLetter(code) || isDigit(code) || code === 0x005f;
}


/***/ }),

/***/ 2582:
/***/ ((__unused_webpack_module, exports) => {



Object.defineProperty(exports, "__esModule", ({
  value: true,
}));
exports.DirectiveLocation = void 0;

/** @category Kinds */

/** The set of allowed directive location values. */
var DirectiveLocation;
exports.DirectiveLocation = DirectiveLocation;

(function (DirectiveLocation) {
  DirectiveLocation['QUERY'] = 'QUERY';
  DirectiveLocation['MUTATION'] = 'MUTATION';
  DirectiveLocation['SUBSCRIPTION'] = 'SUBSCRIPTION';
  DirectiveLocation['FIELD'] = 'FIELD';
  DirectiveLocation['FRAGMENT_DEFINITION'] = 'FRAGMENT_DEFINITION';
  DirectiveLocation['FRAGMENT_SPREAD'] = 'FRAGMENT_SPREAD';
  DirectiveLocation['INLINE_FRAGMENT'] = 'INLINE_FRAGMENT';
  DirectiveLocation['VARIABLE_DEFINITION'] = 'VARIABLE_DEFINITION';
  DirectiveLocation['SCHEMA'] = 'SCHEMA';
  DirectiveLocation['SCALAR'] = 'SCALAR';
  DirectiveLocation['OBJECT'] = 'OBJECT';
  DirectiveLocation['FIELD_DEFINITION'] = 'FIELD_DEFINITION';
  DirectiveLocation['ARGUMENT_DEFINITION'] = 'ARGUMENT_DEFINITION';
  DirectiveLocation['INTERFACE'] = 'INTERFACE';
  DirectiveLocation['UNION'] = 'UNION';
  DirectiveLocation['ENUM'] = 'ENUM';
  DirectiveLocation['ENUM_VALUE'] = 'ENUM_VALUE';
  DirectiveLocation['INPUT_OBJECT'] = 'INPUT_OBJECT';
  DirectiveLocation['INPUT_FIELD_DEFINITION'] = 'INPUT_FIELD_DEFINITION';
  DirectiveLocation['DIRECTIVE_DEFINITION'] = 'DIRECTIVE_DEFINITION';
})(DirectiveLocation || (exports.DirectiveLocation = DirectiveLocation = {}));
/**
 * Deprecated legacy alias for the enum type representing directive location
 * values. This alias will be removed in v17. In v17, `DirectiveLocation` is
 * exported as the single public symbol for both the runtime object and the
 * corresponding TypeScript type.
 * @deprecated Will be removed in v17. In v17, use `DirectiveLocation` as both
 * the runtime value and the type.
 */


/***/ }),

/***/ 1123:
/***/ ((__unused_webpack_module, exports) => {



Object.defineProperty(exports, "__esModule", ({
  value: true,
}));
exports.Kind = void 0;

/** @category Kinds */

/** The set of allowed kind values for AST nodes. */
var Kind;
exports.Kind = Kind;

(function (Kind) {
  Kind['NAME'] = 'Name';
  Kind['DOCUMENT'] = 'Document';
  Kind['OPERATION_DEFINITION'] = 'OperationDefinition';
  Kind['VARIABLE_DEFINITION'] = 'VariableDefinition';
  Kind['SELECTION_SET'] = 'SelectionSet';
  Kind['FIELD'] = 'Field';
  Kind['ARGUMENT'] = 'Argument';
  Kind['FRAGMENT_SPREAD'] = 'FragmentSpread';
  Kind['INLINE_FRAGMENT'] = 'InlineFragment';
  Kind['FRAGMENT_DEFINITION'] = 'FragmentDefinition';
  Kind['VARIABLE'] = 'Variable';
  Kind['INT'] = 'IntValue';
  Kind['FLOAT'] = 'FloatValue';
  Kind['STRING'] = 'StringValue';
  Kind['BOOLEAN'] = 'BooleanValue';
  Kind['NULL'] = 'NullValue';
  Kind['ENUM'] = 'EnumValue';
  Kind['LIST'] = 'ListValue';
  Kind['OBJECT'] = 'ObjectValue';
  Kind['OBJECT_FIELD'] = 'ObjectField';
  Kind['DIRECTIVE'] = 'Directive';
  Kind['NAMED_TYPE'] = 'NamedType';
  Kind['LIST_TYPE'] = 'ListType';
  Kind['NON_NULL_TYPE'] = 'NonNullType';
  Kind['SCHEMA_DEFINITION'] = 'SchemaDefinition';
  Kind['OPERATION_TYPE_DEFINITION'] = 'OperationTypeDefinition';
  Kind['SCALAR_TYPE_DEFINITION'] = 'ScalarTypeDefinition';
  Kind['OBJECT_TYPE_DEFINITION'] = 'ObjectTypeDefinition';
  Kind['FIELD_DEFINITION'] = 'FieldDefinition';
  Kind['INPUT_VALUE_DEFINITION'] = 'InputValueDefinition';
  Kind['INTERFACE_TYPE_DEFINITION'] = 'InterfaceTypeDefinition';
  Kind['UNION_TYPE_DEFINITION'] = 'UnionTypeDefinition';
  Kind['ENUM_TYPE_DEFINITION'] = 'EnumTypeDefinition';
  Kind['ENUM_VALUE_DEFINITION'] = 'EnumValueDefinition';
  Kind['INPUT_OBJECT_TYPE_DEFINITION'] = 'InputObjectTypeDefinition';
  Kind['DIRECTIVE_DEFINITION'] = 'DirectiveDefinition';
  Kind['SCHEMA_EXTENSION'] = 'SchemaExtension';
  Kind['DIRECTIVE_EXTENSION'] = 'DirectiveExtension';
  Kind['SCALAR_TYPE_EXTENSION'] = 'ScalarTypeExtension';
  Kind['OBJECT_TYPE_EXTENSION'] = 'ObjectTypeExtension';
  Kind['INTERFACE_TYPE_EXTENSION'] = 'InterfaceTypeExtension';
  Kind['UNION_TYPE_EXTENSION'] = 'UnionTypeExtension';
  Kind['ENUM_TYPE_EXTENSION'] = 'EnumTypeExtension';
  Kind['INPUT_OBJECT_TYPE_EXTENSION'] = 'InputObjectTypeExtension';
  Kind['TYPE_COORDINATE'] = 'TypeCoordinate';
  Kind['MEMBER_COORDINATE'] = 'MemberCoordinate';
  Kind['ARGUMENT_COORDINATE'] = 'ArgumentCoordinate';
  Kind['DIRECTIVE_COORDINATE'] = 'DirectiveCoordinate';
  Kind['DIRECTIVE_ARGUMENT_COORDINATE'] = 'DirectiveArgumentCoordinate';
})(Kind || (exports.Kind = Kind = {}));
/**
 * Deprecated legacy alias for the enum type representing the possible kind
 * values of AST nodes. This alias will be removed in v17. In v17, `Kind` is
 * exported as the single public symbol for both the runtime object and the
 * corresponding TypeScript type.
 * @deprecated Will be removed in v17. In v17, use `Kind` as both the runtime
 * value and the type.
 */


/***/ }),

/***/ 9278:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



Object.defineProperty(exports, "__esModule", ({
  value: true,
}));
exports.Lexer = void 0;
exports.createToken = createToken;
exports.isPunctuatorTokenKind = isPunctuatorTokenKind;
exports.printCodePointAt = printCodePointAt;
exports.readName = readName;

var _syntaxError = __nccwpck_require__(9619);

var _ast = __nccwpck_require__(2740);

var _blockString = __nccwpck_require__(7508);

var _characterClasses = __nccwpck_require__(3271);

var _tokenKind = __nccwpck_require__(1743);

/** @category Lexing */

/**
 * Given a Source object, creates a Lexer for that source.
 * A Lexer is a stateful stream generator in that every time
 * it is advanced, it returns the next token in the Source. Assuming the
 * source lexes, the final Token emitted by the lexer will be of kind
 * EOF, after which the lexer will repeatedly return the same EOF token
 * whenever called.
 */
class Lexer {
  /** Source document used to derive error locations. */

  /** Most recent non-ignored token returned by the lexer. */

  /** Current non-ignored token at the lexer cursor. */

  /** The (1-indexed) line containing the current token. */

  /** Character offset where the current line starts. */

  /** @internal */

  /** @internal */

  /**
   * Creates a Lexer instance.
   * @param source - Source document used to derive error locations.
   * @example
   * ```ts
   * import { Lexer, Source, TokenKind } from 'graphql/language';
   *
   * const lexer = new Lexer(new Source('{ hello }'));
   *
   * lexer.token.kind; // => TokenKind.SOF
   * lexer.advance().kind; // => TokenKind.BRACE_L
   * lexer.advance().value; // => 'hello'
   * lexer.advance().kind; // => TokenKind.BRACE_R
   * ```
   */
  constructor(source) {
    const startOfFileToken = new _ast.Token(
      _tokenKind.TokenKind.SOF,
      0,
      0,
      0,
      0,
    );
    this.source = source;
    this.lastToken = startOfFileToken;
    this.token = startOfFileToken;
    this.line = 1;
    this.lineStart = 0;
    this._maxComments = undefined;
    this._commentCount = 0;
  }
  /**
   * Returns the value used by `Object.prototype.toString`.
   * @returns The built-in string tag for this object.
   */

  get [Symbol.toStringTag]() {
    return 'Lexer';
  }
  /**
   * Advances the token stream to the next non-ignored token.
   * @returns The next non-ignored token.
   * @example
   * ```ts
   * import { Lexer, Source } from 'graphql/language';
   *
   * const lexer = new Lexer(new Source('{ hello }'));
   * const token = lexer.advance();
   *
   * token.kind; // => '{'
   * lexer.token; // => token
   * ```
   */

  advance() {
    this.lastToken = this.token;
    const token = (this.token = this.lookahead());
    return token;
  }
  /**
   * Looks ahead and returns the next non-ignored token, but does not change
   * the state of Lexer.
   * @returns The next non-ignored token without advancing the lexer.
   * @example
   * ```ts
   * import { Lexer, Source } from 'graphql/language';
   *
   * const lexer = new Lexer(new Source('{ hello }'));
   * const token = lexer.lookahead();
   *
   * token.kind; // => '{'
   * lexer.token.kind; // => '<SOF>'
   * ```
   */

  lookahead() {
    let token = this.token;

    if (token.kind !== _tokenKind.TokenKind.EOF) {
      do {
        if (token.next) {
          token = token.next;
        } else {
          // Read the next token and form a link in the token linked-list.
          const nextToken = readNextToken(this, token.end); // @ts-expect-error next is only mutable during parsing.

          token.next = nextToken; // @ts-expect-error prev is only mutable during parsing.

          nextToken.prev = token;
          token = nextToken;
        }
      } while (token.kind === _tokenKind.TokenKind.COMMENT);
    }

    return token;
  }
}
/** @internal */

exports.Lexer = Lexer;

function isPunctuatorTokenKind(kind) {
  return (
    kind === _tokenKind.TokenKind.BANG ||
    kind === _tokenKind.TokenKind.DOLLAR ||
    kind === _tokenKind.TokenKind.AMP ||
    kind === _tokenKind.TokenKind.PAREN_L ||
    kind === _tokenKind.TokenKind.PAREN_R ||
    kind === _tokenKind.TokenKind.DOT ||
    kind === _tokenKind.TokenKind.SPREAD ||
    kind === _tokenKind.TokenKind.COLON ||
    kind === _tokenKind.TokenKind.EQUALS ||
    kind === _tokenKind.TokenKind.AT ||
    kind === _tokenKind.TokenKind.BRACKET_L ||
    kind === _tokenKind.TokenKind.BRACKET_R ||
    kind === _tokenKind.TokenKind.BRACE_L ||
    kind === _tokenKind.TokenKind.PIPE ||
    kind === _tokenKind.TokenKind.BRACE_R
  );
}
/**
 * A Unicode scalar value is any Unicode code point except surrogate code
 * points. In other words, the inclusive ranges of values 0x0000 to 0xD7FF and
 * 0xE000 to 0x10FFFF.
 *
 * SourceCharacter ::
 *   - "Any Unicode scalar value"
 *
 * @internal
 */

function isUnicodeScalarValue(code) {
  return (
    (code >= 0x0000 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0x10ffff)
  );
}
/**
 * The GraphQL specification defines source text as a sequence of unicode scalar
 * values (which Unicode defines to exclude surrogate code points). However
 * JavaScript defines strings as a sequence of UTF-16 code units which may
 * include surrogates. A surrogate pair is a valid source character as it
 * encodes a supplementary code point (above U+FFFF), but unpaired surrogate
 * code points are not valid source characters.
 *
 * @internal
 */

function isSupplementaryCodePoint(body, location) {
  return (
    isLeadingSurrogate(body.charCodeAt(location)) &&
    isTrailingSurrogate(body.charCodeAt(location + 1))
  );
}

function isLeadingSurrogate(code) {
  return code >= 0xd800 && code <= 0xdbff;
}

function isTrailingSurrogate(code) {
  return code >= 0xdc00 && code <= 0xdfff;
}
/**
 * Prints the code point (or end of file reference) at a given location in a
 * source for use in error messages.
 *
 * Printable ASCII is printed quoted, while other points are printed in Unicode
 * code point form (ie. U+1234).
 *
 * @internal
 */

function printCodePointAt(lexer, location) {
  const code = lexer.source.body.codePointAt(location);

  if (code === undefined) {
    return _tokenKind.TokenKind.EOF;
  } else if (code >= 0x0020 && code <= 0x007e) {
    // Printable ASCII
    const char = String.fromCodePoint(code);
    return char === '"' ? "'\"'" : `"${char}"`;
  } // Unicode code point

  return 'U+' + code.toString(16).toUpperCase().padStart(4, '0');
}
/**
 * Create a token with line and column location information.
 *
 * @internal
 */

function createToken(lexer, kind, start, end, value) {
  const line = lexer.line;
  const col = 1 + start - lexer.lineStart;
  return new _ast.Token(kind, start, end, line, col, value);
}
/**
 * Gets the next token from the source starting at the given position.
 *
 * This skips over whitespace until it finds the next lexable token, then lexes
 * punctuators immediately or calls the appropriate helper function for more
 * complicated tokens.
 *
 * @internal
 */

function readNextToken(lexer, start) {
  const body = lexer.source.body;
  const bodyLength = body.length;
  let position = start;

  while (position < bodyLength) {
    const code = body.charCodeAt(position); // SourceCharacter

    switch (code) {
      // Ignored ::
      //   - UnicodeBOM
      //   - WhiteSpace
      //   - LineTerminator
      //   - Comment
      //   - Comma
      //
      // UnicodeBOM :: "Byte Order Mark (U+FEFF)"
      //
      // WhiteSpace ::
      //   - "Horizontal Tab (U+0009)"
      //   - "Space (U+0020)"
      //
      // Comma :: ,
      case 0xfeff: // <BOM>

      case 0x0009: // \t

      case 0x0020: // <space>

      case 0x002c:
        // ,
        ++position;
        continue;
      // LineTerminator ::
      //   - "New Line (U+000A)"
      //   - "Carriage Return (U+000D)" [lookahead != "New Line (U+000A)"]
      //   - "Carriage Return (U+000D)" "New Line (U+000A)"

      case 0x000a:
        // \n
        ++position;
        ++lexer.line;
        lexer.lineStart = position;
        continue;

      case 0x000d:
        // \r
        if (body.charCodeAt(position + 1) === 0x000a) {
          position += 2;
        } else {
          ++position;
        }

        ++lexer.line;
        lexer.lineStart = position;
        continue;
      // Comment

      case 0x0023:
        // #
        return readComment(lexer, position);
      // Token ::
      //   - Punctuator
      //   - Name
      //   - IntValue
      //   - FloatValue
      //   - StringValue
      //
      // Punctuator :: one of ! $ & ( ) ... : = @ [ ] { | }

      case 0x0021:
        // !
        return createToken(
          lexer,
          _tokenKind.TokenKind.BANG,
          position,
          position + 1,
        );

      case 0x0024:
        // $
        return createToken(
          lexer,
          _tokenKind.TokenKind.DOLLAR,
          position,
          position + 1,
        );

      case 0x0026:
        // &
        return createToken(
          lexer,
          _tokenKind.TokenKind.AMP,
          position,
          position + 1,
        );

      case 0x0028:
        // (
        return createToken(
          lexer,
          _tokenKind.TokenKind.PAREN_L,
          position,
          position + 1,
        );

      case 0x0029:
        // )
        return createToken(
          lexer,
          _tokenKind.TokenKind.PAREN_R,
          position,
          position + 1,
        );

      case 0x002e:
        // .
        if (
          body.charCodeAt(position + 1) === 0x002e &&
          body.charCodeAt(position + 2) === 0x002e
        ) {
          return createToken(
            lexer,
            _tokenKind.TokenKind.SPREAD,
            position,
            position + 3,
          );
        }

        break;

      case 0x003a:
        // :
        return createToken(
          lexer,
          _tokenKind.TokenKind.COLON,
          position,
          position + 1,
        );

      case 0x003d:
        // =
        return createToken(
          lexer,
          _tokenKind.TokenKind.EQUALS,
          position,
          position + 1,
        );

      case 0x0040:
        // @
        return createToken(
          lexer,
          _tokenKind.TokenKind.AT,
          position,
          position + 1,
        );

      case 0x005b:
        // [
        return createToken(
          lexer,
          _tokenKind.TokenKind.BRACKET_L,
          position,
          position + 1,
        );

      case 0x005d:
        // ]
        return createToken(
          lexer,
          _tokenKind.TokenKind.BRACKET_R,
          position,
          position + 1,
        );

      case 0x007b:
        // {
        return createToken(
          lexer,
          _tokenKind.TokenKind.BRACE_L,
          position,
          position + 1,
        );

      case 0x007c:
        // |
        return createToken(
          lexer,
          _tokenKind.TokenKind.PIPE,
          position,
          position + 1,
        );

      case 0x007d:
        // }
        return createToken(
          lexer,
          _tokenKind.TokenKind.BRACE_R,
          position,
          position + 1,
        );
      // StringValue

      case 0x0022:
        // "
        if (
          body.charCodeAt(position + 1) === 0x0022 &&
          body.charCodeAt(position + 2) === 0x0022
        ) {
          return readBlockString(lexer, position);
        }

        return readString(lexer, position);
    } // IntValue | FloatValue (Digit | -)

    if ((0, _characterClasses.isDigit)(code) || code === 0x002d) {
      return readNumber(lexer, position, code);
    } // Name

    if ((0, _characterClasses.isNameStart)(code)) {
      return readName(lexer, position);
    }

    throw (0, _syntaxError.syntaxError)(
      lexer.source,
      position,
      code === 0x0027
        ? 'Unexpected single quote character (\'), did you mean to use a double quote (")?'
        : isUnicodeScalarValue(code) || isSupplementaryCodePoint(body, position)
        ? `Unexpected character: ${printCodePointAt(lexer, position)}.`
        : `Invalid character: ${printCodePointAt(lexer, position)}.`,
    );
  }

  return createToken(lexer, _tokenKind.TokenKind.EOF, bodyLength, bodyLength);
}
/**
 * Reads a comment token from the source file.
 *
 * ```
 * Comment :: # CommentChar* [lookahead != CommentChar]
 *
 * CommentChar :: SourceCharacter but not LineTerminator
 * ```
 *
 * @internal
 */

function readComment(lexer, start) {
  const maxComments = lexer._maxComments;

  if (maxComments !== undefined) {
    const nextCommentCount = lexer._commentCount + 1;

    if (nextCommentCount > maxComments) {
      throw (0, _syntaxError.syntaxError)(
        lexer.source,
        start,
        `Document contains more than ${maxComments} comments. Parsing aborted.`,
      );
    }

    lexer._commentCount = nextCommentCount;
  }

  const body = lexer.source.body;
  const bodyLength = body.length;
  let position = start + 1;

  while (position < bodyLength) {
    const code = body.charCodeAt(position); // LineTerminator (\n | \r)

    if (code === 0x000a || code === 0x000d) {
      break;
    } // SourceCharacter

    if (isUnicodeScalarValue(code)) {
      ++position;
    } else if (isSupplementaryCodePoint(body, position)) {
      position += 2;
    } else {
      break;
    }
  }

  return createToken(
    lexer,
    _tokenKind.TokenKind.COMMENT,
    start,
    position,
    body.slice(start + 1, position),
  );
}
/**
 * Reads a number token from the source file, either a FloatValue or an IntValue
 * depending on whether a FractionalPart or ExponentPart is encountered.
 *
 * ```
 * IntValue :: IntegerPart [lookahead != {Digit, `.`, NameStart}]
 *
 * IntegerPart ::
 *   - NegativeSign? 0
 *   - NegativeSign? NonZeroDigit Digit*
 *
 * NegativeSign :: -
 *
 * NonZeroDigit :: Digit but not `0`
 *
 * FloatValue ::
 *   - IntegerPart FractionalPart ExponentPart [lookahead != {Digit, `.`, NameStart}]
 *   - IntegerPart FractionalPart [lookahead != {Digit, `.`, NameStart}]
 *   - IntegerPart ExponentPart [lookahead != {Digit, `.`, NameStart}]
 *
 * FractionalPart :: . Digit+
 *
 * ExponentPart :: ExponentIndicator Sign? Digit+
 *
 * ExponentIndicator :: one of `e` `E`
 *
 * Sign :: one of + -
 * ```
 *
 * @internal
 */

function readNumber(lexer, start, firstCode) {
  const body = lexer.source.body;
  let position = start;
  let code = firstCode;
  let isFloat = false; // NegativeSign (-)

  if (code === 0x002d) {
    code = body.charCodeAt(++position);
  } // Zero (0)

  if (code === 0x0030) {
    code = body.charCodeAt(++position);

    if ((0, _characterClasses.isDigit)(code)) {
      throw (0, _syntaxError.syntaxError)(
        lexer.source,
        position,
        `Invalid number, unexpected digit after 0: ${printCodePointAt(
          lexer,
          position,
        )}.`,
      );
    }
  } else {
    position = readDigits(lexer, position, code);
    code = body.charCodeAt(position);
  } // Full stop (.)

  if (code === 0x002e) {
    isFloat = true;
    code = body.charCodeAt(++position);
    position = readDigits(lexer, position, code);
    code = body.charCodeAt(position);
  } // E e

  if (code === 0x0045 || code === 0x0065) {
    isFloat = true;
    code = body.charCodeAt(++position); // + -

    if (code === 0x002b || code === 0x002d) {
      code = body.charCodeAt(++position);
    }

    position = readDigits(lexer, position, code);
    code = body.charCodeAt(position);
  } // Numbers cannot be followed by . or NameStart

  if (code === 0x002e || (0, _characterClasses.isNameStart)(code)) {
    throw (0, _syntaxError.syntaxError)(
      lexer.source,
      position,
      `Invalid number, expected digit but got: ${printCodePointAt(
        lexer,
        position,
      )}.`,
    );
  }

  return createToken(
    lexer,
    isFloat ? _tokenKind.TokenKind.FLOAT : _tokenKind.TokenKind.INT,
    start,
    position,
    body.slice(start, position),
  );
}
/**
 * Returns the new position in the source after reading one or more digits.
 *
 * @internal
 */

function readDigits(lexer, start, firstCode) {
  if (!(0, _characterClasses.isDigit)(firstCode)) {
    throw (0, _syntaxError.syntaxError)(
      lexer.source,
      start,
      `Invalid number, expected digit but got: ${printCodePointAt(
        lexer,
        start,
      )}.`,
    );
  }

  const body = lexer.source.body;
  let position = start + 1; // +1 to skip first firstCode

  while ((0, _characterClasses.isDigit)(body.charCodeAt(position))) {
    ++position;
  }

  return position;
}
/**
 * Reads a single-quote string token from the source file.
 *
 * ```
 * StringValue ::
 *   - `""` [lookahead != `"`]
 *   - `"` StringCharacter+ `"`
 *
 * StringCharacter ::
 *   - SourceCharacter but not `"` or `\` or LineTerminator
 *   - `\u` EscapedUnicode
 *   - `\` EscapedCharacter
 *
 * EscapedUnicode ::
 *   - `{` HexDigit+ `}`
 *   - HexDigit HexDigit HexDigit HexDigit
 *
 * EscapedCharacter :: one of `"` `\` `/` `b` `f` `n` `r` `t`
 * ```
 *
 * @internal
 */

function readString(lexer, start) {
  const body = lexer.source.body;
  const bodyLength = body.length;
  let position = start + 1;
  let chunkStart = position;
  let value = '';

  while (position < bodyLength) {
    const code = body.charCodeAt(position); // Closing Quote (")

    if (code === 0x0022) {
      value += body.slice(chunkStart, position);
      return createToken(
        lexer,
        _tokenKind.TokenKind.STRING,
        start,
        position + 1,
        value,
      );
    } // Escape Sequence (\)

    if (code === 0x005c) {
      value += body.slice(chunkStart, position);
      const escape =
        body.charCodeAt(position + 1) === 0x0075 // u
          ? body.charCodeAt(position + 2) === 0x007b // {
            ? readEscapedUnicodeVariableWidth(lexer, position)
            : readEscapedUnicodeFixedWidth(lexer, position)
          : readEscapedCharacter(lexer, position);
      value += escape.value;
      position += escape.size;
      chunkStart = position;
      continue;
    } // LineTerminator (\n | \r)

    if (code === 0x000a || code === 0x000d) {
      break;
    } // SourceCharacter

    if (isUnicodeScalarValue(code)) {
      ++position;
    } else if (isSupplementaryCodePoint(body, position)) {
      position += 2;
    } else {
      throw (0, _syntaxError.syntaxError)(
        lexer.source,
        position,
        `Invalid character within String: ${printCodePointAt(
          lexer,
          position,
        )}.`,
      );
    }
  }

  throw (0, _syntaxError.syntaxError)(
    lexer.source,
    position,
    'Unterminated string.',
  );
} // The string value and lexed size of an escape sequence.

function readEscapedUnicodeVariableWidth(lexer, position) {
  const body = lexer.source.body;
  let point = 0;
  let size = 3; // Cannot be larger than 12 chars (\u{00000000}).

  while (size < 12) {
    const code = body.charCodeAt(position + size++); // Closing Brace (})

    if (code === 0x007d) {
      // Must be at least 5 chars (\u{0}) and encode a Unicode scalar value.
      if (size < 5 || !isUnicodeScalarValue(point)) {
        break;
      }

      return {
        value: String.fromCodePoint(point),
        size,
      };
    } // Append this hex digit to the code point.

    point = (point << 4) | readHexDigit(code);

    if (point < 0) {
      break;
    }
  }

  throw (0, _syntaxError.syntaxError)(
    lexer.source,
    position,
    `Invalid Unicode escape sequence: "${body.slice(
      position,
      position + size,
    )}".`,
  );
}

function readEscapedUnicodeFixedWidth(lexer, position) {
  const body = lexer.source.body;
  const code = read16BitHexCode(body, position + 2);

  if (isUnicodeScalarValue(code)) {
    return {
      value: String.fromCodePoint(code),
      size: 6,
    };
  } // GraphQL allows JSON-style surrogate pair escape sequences, but only when
  // a valid pair is formed.

  if (isLeadingSurrogate(code)) {
    // \u
    if (
      body.charCodeAt(position + 6) === 0x005c &&
      body.charCodeAt(position + 7) === 0x0075
    ) {
      const trailingCode = read16BitHexCode(body, position + 8);

      if (isTrailingSurrogate(trailingCode)) {
        // JavaScript defines strings as a sequence of UTF-16 code units and
        // encodes Unicode code points above U+FFFF using a surrogate pair of
        // code units. Since this is a surrogate pair escape sequence, just
        // include both codes into the JavaScript string value. Had JavaScript
        // not been internally based on UTF-16, then this surrogate pair would
        // be decoded to retrieve the supplementary code point.
        return {
          value: String.fromCodePoint(code, trailingCode),
          size: 12,
        };
      }
    }
  }

  throw (0, _syntaxError.syntaxError)(
    lexer.source,
    position,
    `Invalid Unicode escape sequence: "${body.slice(position, position + 6)}".`,
  );
}
/**
 * Reads four hexadecimal characters and returns the positive integer that 16bit
 * hexadecimal string represents. For example, "000f" will return 15, and "dead"
 * will return 57005.
 *
 * Returns a negative number if any char was not a valid hexadecimal digit.
 *
 * @internal
 */

function read16BitHexCode(body, position) {
  // readHexDigit() returns -1 on error. ORing a negative value with any other
  // value always produces a negative value.
  return (
    (readHexDigit(body.charCodeAt(position)) << 12) |
    (readHexDigit(body.charCodeAt(position + 1)) << 8) |
    (readHexDigit(body.charCodeAt(position + 2)) << 4) |
    readHexDigit(body.charCodeAt(position + 3))
  );
}
/**
 * Reads a hexadecimal character and returns its positive integer value (0-15).
 *
 * '0' becomes 0, '9' becomes 9
 * 'A' becomes 10, 'F' becomes 15
 * 'a' becomes 10, 'f' becomes 15
 *
 * Returns -1 if the provided character code was not a valid hexadecimal digit.
 *
 * HexDigit :: one of
 *   - `0` `1` `2` `3` `4` `5` `6` `7` `8` `9`
 *   - `A` `B` `C` `D` `E` `F`
 *   - `a` `b` `c` `d` `e` `f`
 *
 * @internal
 */

function readHexDigit(code) {
  return code >= 0x0030 && code <= 0x0039 // 0-9
    ? code - 0x0030
    : code >= 0x0041 && code <= 0x0046 // A-F
    ? code - 0x0037
    : code >= 0x0061 && code <= 0x0066 // a-f
    ? code - 0x0057
    : -1;
}
/**
 * | Escaped Character | Code Point | Character Name               |
 * | ----------------- | ---------- | ---------------------------- |
 * | `"`               | U+0022     | double quote                 |
 * | `\`               | U+005C     | reverse solidus (back slash) |
 * | `/`               | U+002F     | solidus (forward slash)      |
 * | `b`               | U+0008     | backspace                    |
 * | `f`               | U+000C     | form feed                    |
 * | `n`               | U+000A     | line feed (new line)         |
 * | `r`               | U+000D     | carriage return              |
 * | `t`               | U+0009     | horizontal tab               |
 *
 * @internal
 */

function readEscapedCharacter(lexer, position) {
  const body = lexer.source.body;
  const code = body.charCodeAt(position + 1);

  switch (code) {
    case 0x0022:
      // "
      return {
        value: '\u0022',
        size: 2,
      };

    case 0x005c:
      // \
      return {
        value: '\u005c',
        size: 2,
      };

    case 0x002f:
      // /
      return {
        value: '\u002f',
        size: 2,
      };

    case 0x0062:
      // b
      return {
        value: '\u0008',
        size: 2,
      };

    case 0x0066:
      // f
      return {
        value: '\u000c',
        size: 2,
      };

    case 0x006e:
      // n
      return {
        value: '\u000a',
        size: 2,
      };

    case 0x0072:
      // r
      return {
        value: '\u000d',
        size: 2,
      };

    case 0x0074:
      // t
      return {
        value: '\u0009',
        size: 2,
      };
  }

  throw (0, _syntaxError.syntaxError)(
    lexer.source,
    position,
    `Invalid character escape sequence: "${body.slice(
      position,
      position + 2,
    )}".`,
  );
}
/**
 * Reads a block string token from the source file.
 *
 * ```
 * StringValue ::
 *   - `"""` BlockStringCharacter* `"""`
 *
 * BlockStringCharacter ::
 *   - SourceCharacter but not `"""` or `\"""`
 *   - `\"""`
 * ```
 *
 * @internal
 */

function readBlockString(lexer, start) {
  const body = lexer.source.body;
  const bodyLength = body.length;
  let lineStart = lexer.lineStart;
  let position = start + 3;
  let chunkStart = position;
  let currentLine = '';
  const blockLines = [];

  while (position < bodyLength) {
    const code = body.charCodeAt(position); // Closing Triple-Quote (""")

    if (
      code === 0x0022 &&
      body.charCodeAt(position + 1) === 0x0022 &&
      body.charCodeAt(position + 2) === 0x0022
    ) {
      currentLine += body.slice(chunkStart, position);
      blockLines.push(currentLine);
      const token = createToken(
        lexer,
        _tokenKind.TokenKind.BLOCK_STRING,
        start,
        position + 3, // Return a string of the lines joined with U+000A.
        (0, _blockString.dedentBlockStringLines)(blockLines).join('\n'),
      );
      lexer.line += blockLines.length - 1;
      lexer.lineStart = lineStart;
      return token;
    } // Escaped Triple-Quote (\""")

    if (
      code === 0x005c &&
      body.charCodeAt(position + 1) === 0x0022 &&
      body.charCodeAt(position + 2) === 0x0022 &&
      body.charCodeAt(position + 3) === 0x0022
    ) {
      currentLine += body.slice(chunkStart, position);
      chunkStart = position + 1; // skip only slash

      position += 4;
      continue;
    } // LineTerminator

    if (code === 0x000a || code === 0x000d) {
      currentLine += body.slice(chunkStart, position);
      blockLines.push(currentLine);

      if (code === 0x000d && body.charCodeAt(position + 1) === 0x000a) {
        position += 2;
      } else {
        ++position;
      }

      currentLine = '';
      chunkStart = position;
      lineStart = position;
      continue;
    } // SourceCharacter

    if (isUnicodeScalarValue(code)) {
      ++position;
    } else if (isSupplementaryCodePoint(body, position)) {
      position += 2;
    } else {
      throw (0, _syntaxError.syntaxError)(
        lexer.source,
        position,
        `Invalid character within String: ${printCodePointAt(
          lexer,
          position,
        )}.`,
      );
    }
  }

  throw (0, _syntaxError.syntaxError)(
    lexer.source,
    position,
    'Unterminated string.',
  );
}
/**
 * Reads an alphanumeric + underscore name from the source.
 *
 * ```
 * Name ::
 *   - NameStart NameContinue* [lookahead != NameContinue]
 * ```
 *
 * @internal
 */

function readName(lexer, start) {
  const body = lexer.source.body;
  const bodyLength = body.length;
  let position = start + 1;

  while (position < bodyLength) {
    const code = body.charCodeAt(position);

    if ((0, _characterClasses.isNameContinue)(code)) {
      ++position;
    } else {
      break;
    }
  }

  return createToken(
    lexer,
    _tokenKind.TokenKind.NAME,
    start,
    position,
    body.slice(start, position),
  );
}


/***/ }),

/***/ 2245:
/***/ ((__unused_webpack_module, exports) => {



Object.defineProperty(exports, "__esModule", ({
  value: true,
}));
exports.getLocation = getLocation;
exports.getLocations = getLocations;

/** @category Source */

/** Represents a location in a Source. */

/**
 * Takes a Source and a UTF-8 character offset, and returns the corresponding
 * line and column as a SourceLocation.
 * @param source - The source document that contains the position.
 * @param position - The UTF-8 character offset in the source body.
 * @returns The 1-indexed line and column for the given source position.
 * @example
 * ```ts
 * import { Source, getLocation } from 'graphql/language';
 *
 * const source = new Source('type Query { hello: String }');
 * const location = getLocation(source, 13); // => { line: 1, column: 14 }
 * ```
 */
function getLocation(source, position) {
  const lineRegexp = /\r\n|[\n\r]/g;
  let line = 1;
  let column = position + 1;
  let match;

  while ((match = lineRegexp.exec(source.body)) && match.index < position) {
    line++;
    column = position + 1 - (match.index + match[0].length);
  }

  return {
    line,
    column,
  };
}
/** @internal */

function getLocations(locations) {
  if (locations.length < 2) {
    return locations.map(({ source, start }) => getLocation(source, start));
  }

  const bySource = new Map();
  locations.forEach(({ source, start }, index) => {
    let positions = bySource.get(source);

    if (positions === undefined) {
      positions = [];
      bySource.set(source, positions);
    }

    positions.push({
      position: start,
      index,
    });
  });
  const result = new Array(locations.length);

  for (const [source, positions] of bySource) {
    const lineRegexp = /\r\n|[\n\r]/g;
    let match = lineRegexp.exec(source.body);
    let line = 1;
    let lastLineStart = 0; // These arrays are local; sorting never changes the caller's input.

    positions.sort((a, b) => a.position - b.position);

    for (const { position, index } of positions) {
      while (match !== null && match.index < position) {
        lastLineStart = match.index + match[0].length;
        line++;
        match = lineRegexp.exec(source.body);
      }

      result[index] = {
        line,
        column: position + 1 - lastLineStart,
      };
    }
  }

  return result;
}


/***/ }),

/***/ 4929:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


__webpack_unused_export__ = ({
  value: true,
});
__webpack_unused_export__ = void 0;
exports.qg = parse;
__webpack_unused_export__ = parseConstValue;
__webpack_unused_export__ = parseSchemaCoordinate;
__webpack_unused_export__ = parseType;
__webpack_unused_export__ = parseValue;

var _syntaxError = __nccwpck_require__(9619);

var _ast = __nccwpck_require__(2740);

var _directiveLocation = __nccwpck_require__(2582);

var _kinds = __nccwpck_require__(1123);

var _lexer = __nccwpck_require__(9278);

var _schemaCoordinateLexer = __nccwpck_require__(6137);

var _source = __nccwpck_require__(203);

var _tokenKind = __nccwpck_require__(1743);

/** @category Parsing */

/**
 * Given a GraphQL source, parses it into a Document.
 * Throws GraphQLError if a syntax error is encountered.
 * @param source - A GraphQL source string or source object.
 * @param options - Optional parser configuration.
 * @returns The parsed GraphQL document AST.
 * @example
 * ```ts
 * // Parse a GraphQL document with the default parser options.
 * import { parse } from 'graphql/language';
 *
 * const document = parse('{ hero { name } }');
 *
 * document.kind; // => 'Document'
 * ```
 * @example
 * ```ts
 * // This variant enables parser options and provides an explicit lexer.
 * import { Lexer, Source, parse } from 'graphql/language';
 *
 * const document = parse('fragment A($var: Boolean) on Query { field }', {
 *   allowLegacyFragmentVariables: true,
 *   maxLexicalTokens: 20,
 *   noLocation: true,
 * });
 * const directiveDocument = parse('directive @foo @bar on FIELD', {
 *   experimentalDirectivesOnDirectiveDefinitions: true,
 * });
 * const source = new Source('{ hero }');
 * const lexerDocument = parse(source, { lexer: new Lexer(source) });
 *
 * document.definitions[0].kind; // => 'FragmentDefinition'
 * document.loc; // => undefined
 * directiveDocument.definitions[0].kind; // => 'DirectiveDefinition'
 * lexerDocument.definitions[0].kind; // => 'OperationDefinition'
 * ```
 */
function parse(source, options) {
  const parser = new Parser(source, options);
  const document = parser.parseDocument();
  Object.defineProperty(document, 'tokenCount', {
    enumerable: false,
    value: parser.tokenCount,
  });
  return document;
}
/**
 * Given a string containing a GraphQL value (ex. `[42]`), parse the AST for
 * that value.
 * Throws GraphQLError if a syntax error is encountered.
 *
 * This is useful within tools that operate upon GraphQL Values directly and
 * in isolation of complete GraphQL documents.
 *
 * Consider providing the results to the utility function: valueFromAST().
 * @param source - A GraphQL source string or source object containing a value.
 * @param options - Optional parser configuration.
 * @returns The parsed GraphQL value AST.
 * @example
 * ```ts
 * import { parseValue } from 'graphql/language';
 *
 * const value = parseValue('[42]');
 *
 * value.kind; // => 'ListValue'
 * ```
 */

function parseValue(source, options) {
  const parser = new Parser(source, options);
  parser.expectToken(_tokenKind.TokenKind.SOF);
  const value = parser.parseValueLiteral(false);
  parser.expectToken(_tokenKind.TokenKind.EOF);
  return value;
}
/**
 * Similar to parseValue(), but raises a parse error if it encounters a
 * variable. The return type will be a constant value.
 * @param source - A GraphQL source string or source object containing a constant value.
 * @param options - Optional parser configuration.
 * @returns The parsed GraphQL constant value AST.
 * @example
 * ```ts
 * import { parseConstValue } from 'graphql/language';
 *
 * const value = parseConstValue('{ enabled: true }');
 *
 * value.kind; // => 'ObjectValue'
 * parseConstValue('$variable'); // throws an error
 * ```
 */

function parseConstValue(source, options) {
  const parser = new Parser(source, options);
  parser.expectToken(_tokenKind.TokenKind.SOF);
  const value = parser.parseConstValueLiteral();
  parser.expectToken(_tokenKind.TokenKind.EOF);
  return value;
}
/**
 * Given a string containing a GraphQL Type (ex. `[Int!]`), parse the AST for
 * that type.
 * Throws GraphQLError if a syntax error is encountered.
 *
 * This is useful within tools that operate upon GraphQL Types directly and
 * in isolation of complete GraphQL documents.
 *
 * Consider providing the results to the utility function: typeFromAST().
 * @param source - A GraphQL source string or source object containing a type reference.
 * @param options - Optional parser configuration.
 * @returns The parsed GraphQL type AST.
 * @example
 * ```ts
 * import { parseType } from 'graphql/language';
 *
 * const type = parseType('[String!]');
 *
 * type.kind; // => 'ListType'
 * ```
 */

function parseType(source, options) {
  const parser = new Parser(source, options);
  parser.expectToken(_tokenKind.TokenKind.SOF);
  const type = parser.parseTypeReference();
  parser.expectToken(_tokenKind.TokenKind.EOF);
  return type;
}
/**
 * Given a string containing a GraphQL Schema Coordinate (ex. `Type.field`),
 * parse the AST for that schema coordinate.
 * Throws GraphQLError if a syntax error is encountered.
 *
 * Consider providing the results to the utility function:
 * resolveASTSchemaCoordinate(). Or calling resolveSchemaCoordinate() directly
 * with an unparsed source.
 * @param source - A GraphQL source string or source object containing a schema coordinate.
 * @returns The parsed GraphQL schema coordinate AST.
 * @example
 * ```ts
 * import { parseSchemaCoordinate } from 'graphql/language';
 *
 * const coordinate = parseSchemaCoordinate('Query.hero');
 *
 * coordinate.kind; // => 'MemberCoordinate'
 * ```
 */

function parseSchemaCoordinate(source) {
  const sourceObj = (0, _source.isSource)(source)
    ? source
    : new _source.Source(source);
  const lexer = new _schemaCoordinateLexer.SchemaCoordinateLexer(sourceObj);
  const parser = new Parser(source, {
    lexer,
  });
  parser.expectToken(_tokenKind.TokenKind.SOF);
  const coordinate = parser.parseSchemaCoordinate();
  parser.expectToken(_tokenKind.TokenKind.EOF);
  return coordinate;
}
/**
 * This class is exported only to assist people in implementing their own parsers
 * without duplicating too much code and should be used only as last resort for cases
 * such as experimental syntax or if certain features could not be contributed upstream.
 *
 * It is still part of the internal API and is versioned, so any changes to it are never
 * considered breaking changes. If you still need to support multiple versions of the
 * library, please use the `versionInfo` variable for version detection.
 *
 * @internal
 */

class Parser {
  constructor(source, options = {}) {
    const { lexer, ..._options } = options;

    if (lexer) {
      this._lexer = lexer;
    } else {
      const sourceObj = (0, _source.isSource)(source)
        ? source
        : new _source.Source(source);
      this._lexer = new _lexer.Lexer(sourceObj);
    }

    this._options = _options;
    this._tokenCounter = 0;
    this._lexer._maxComments =
      options === null || options === void 0 ? void 0 : options.maxComments;
    this._lexer._commentCount = 0;
    const maxSourceLength =
      options === null || options === void 0 ? void 0 : options.maxSourceLength;

    if (
      maxSourceLength !== undefined &&
      this._lexer.source.body.length > maxSourceLength
    ) {
      throw (0, _syntaxError.syntaxError)(
        this._lexer.source,
        maxSourceLength,
        `Source contains more than ${maxSourceLength} UTF-16 code units. Parsing aborted.`,
      );
    }
  }

  get tokenCount() {
    return this._tokenCounter;
  }
  /**
   * Converts a name lex token into a name parse node.
   *
   * @internal
   */

  parseName() {
    const token = this.expectToken(_tokenKind.TokenKind.NAME);
    return this.node(token, {
      kind: _kinds.Kind.NAME,
      value: token.value,
    });
  } // Implements the parsing rules in the Document section.

  /**
   * Document : Definition+
   *
   * @internal
   */

  parseDocument() {
    return this.node(this._lexer.token, {
      kind: _kinds.Kind.DOCUMENT,
      definitions: this.many(
        _tokenKind.TokenKind.SOF,
        this.parseDefinition,
        _tokenKind.TokenKind.EOF,
      ),
    });
  }
  /**
   * Definition :
   *   - ExecutableDefinition
   *   - TypeSystemDefinition
   *   - TypeSystemExtension
   *
   * ExecutableDefinition :
   *   - OperationDefinition
   *   - FragmentDefinition
   *
   * TypeSystemDefinition :
   *   - SchemaDefinition
   *   - TypeDefinition
   *   - DirectiveDefinition
   *
   * TypeDefinition :
   *   - ScalarTypeDefinition
   *   - ObjectTypeDefinition
   *   - InterfaceTypeDefinition
   *   - UnionTypeDefinition
   *   - EnumTypeDefinition
   *   - InputObjectTypeDefinition
   *
   * @internal
   */

  parseDefinition() {
    if (this.peek(_tokenKind.TokenKind.BRACE_L)) {
      return this.parseOperationDefinition();
    } // Many definitions begin with a description and require a lookahead.

    const hasDescription = this.peekDescription();
    const keywordToken = hasDescription
      ? this._lexer.lookahead()
      : this._lexer.token;

    if (hasDescription && keywordToken.kind === _tokenKind.TokenKind.BRACE_L) {
      throw (0, _syntaxError.syntaxError)(
        this._lexer.source,
        this._lexer.token.start,
        'Unexpected description, descriptions are not supported on shorthand queries.',
      );
    }

    if (keywordToken.kind === _tokenKind.TokenKind.NAME) {
      switch (keywordToken.value) {
        case 'schema':
          return this.parseSchemaDefinition();

        case 'scalar':
          return this.parseScalarTypeDefinition();

        case 'type':
          return this.parseObjectTypeDefinition();

        case 'interface':
          return this.parseInterfaceTypeDefinition();

        case 'union':
          return this.parseUnionTypeDefinition();

        case 'enum':
          return this.parseEnumTypeDefinition();

        case 'input':
          return this.parseInputObjectTypeDefinition();

        case 'directive':
          return this.parseDirectiveDefinition();
      }

      switch (keywordToken.value) {
        case 'query':
        case 'mutation':
        case 'subscription':
          return this.parseOperationDefinition();

        case 'fragment':
          return this.parseFragmentDefinition();
      }

      if (hasDescription) {
        throw (0, _syntaxError.syntaxError)(
          this._lexer.source,
          this._lexer.token.start,
          'Unexpected description, only GraphQL definitions support descriptions.',
        );
      }

      switch (keywordToken.value) {
        case 'extend':
          return this.parseTypeSystemExtension();
      }
    }

    throw this.unexpected(keywordToken);
  } // Implements the parsing rules in the Operations section.

  /**
   * OperationDefinition :
   *  - SelectionSet
   *  - OperationType Name? VariableDefinitions? Directives? SelectionSet
   *
   * @internal
   */

  parseOperationDefinition() {
    const start = this._lexer.token;

    if (this.peek(_tokenKind.TokenKind.BRACE_L)) {
      return this.node(start, {
        kind: _kinds.Kind.OPERATION_DEFINITION,
        operation: _ast.OperationTypeNode.QUERY,
        description: undefined,
        name: undefined,
        variableDefinitions: [],
        directives: [],
        selectionSet: this.parseSelectionSet(),
      });
    }

    const description = this.parseDescription();
    const operation = this.parseOperationType();
    let name;

    if (this.peek(_tokenKind.TokenKind.NAME)) {
      name = this.parseName();
    }

    return this.node(start, {
      kind: _kinds.Kind.OPERATION_DEFINITION,
      operation,
      description,
      name,
      variableDefinitions: this.parseVariableDefinitions(),
      directives: this.parseDirectives(false),
      selectionSet: this.parseSelectionSet(),
    });
  }
  /**
   * OperationType : one of query mutation subscription
   *
   * @internal
   */

  parseOperationType() {
    const operationToken = this.expectToken(_tokenKind.TokenKind.NAME);

    switch (operationToken.value) {
      case 'query':
        return _ast.OperationTypeNode.QUERY;

      case 'mutation':
        return _ast.OperationTypeNode.MUTATION;

      case 'subscription':
        return _ast.OperationTypeNode.SUBSCRIPTION;
    }

    throw this.unexpected(operationToken);
  }
  /**
   * VariableDefinitions : ( VariableDefinition+ )
   *
   * @internal
   */

  parseVariableDefinitions() {
    return this.optionalMany(
      _tokenKind.TokenKind.PAREN_L,
      this.parseVariableDefinition,
      _tokenKind.TokenKind.PAREN_R,
    );
  }
  /**
   * VariableDefinition : Variable : Type DefaultValue? Directives[Const]?
   *
   * @internal
   */

  parseVariableDefinition() {
    return this.node(this._lexer.token, {
      kind: _kinds.Kind.VARIABLE_DEFINITION,
      description: this.parseDescription(),
      variable: this.parseVariable(),
      type:
        (this.expectToken(_tokenKind.TokenKind.COLON),
        this.parseTypeReference()),
      defaultValue: this.expectOptionalToken(_tokenKind.TokenKind.EQUALS)
        ? this.parseConstValueLiteral()
        : undefined,
      directives: this.parseConstDirectives(),
    });
  }
  /**
   * Variable : $ Name
   *
   * @internal
   */

  parseVariable() {
    const start = this._lexer.token;
    this.expectToken(_tokenKind.TokenKind.DOLLAR);
    return this.node(start, {
      kind: _kinds.Kind.VARIABLE,
      name: this.parseName(),
    });
  }
  /**
   * ```
   * SelectionSet : { Selection+ }
   * ```
   *
   * @internal
   */

  parseSelectionSet() {
    return this.node(this._lexer.token, {
      kind: _kinds.Kind.SELECTION_SET,
      selections: this.many(
        _tokenKind.TokenKind.BRACE_L,
        this.parseSelection,
        _tokenKind.TokenKind.BRACE_R,
      ),
    });
  }
  /**
   * Selection :
   *   - Field
   *   - FragmentSpread
   *   - InlineFragment
   *
   * @internal
   */

  parseSelection() {
    return this.peek(_tokenKind.TokenKind.SPREAD)
      ? this.parseFragment()
      : this.parseField();
  }
  /**
   * Field : Alias? Name Arguments? Directives? SelectionSet?
   *
   * Alias : Name :
   *
   * @internal
   */

  parseField() {
    const start = this._lexer.token;
    const nameOrAlias = this.parseName();
    let alias;
    let name;

    if (this.expectOptionalToken(_tokenKind.TokenKind.COLON)) {
      alias = nameOrAlias;
      name = this.parseName();
    } else {
      name = nameOrAlias;
    }

    return this.node(start, {
      kind: _kinds.Kind.FIELD,
      alias,
      name,
      arguments: this.parseArguments(false),
      directives: this.parseDirectives(false),
      selectionSet: this.peek(_tokenKind.TokenKind.BRACE_L)
        ? this.parseSelectionSet()
        : undefined,
    });
  }
  /**
   * Arguments[Const] : ( Argument[?Const]+ )
   *
   * @internal
   */

  parseArguments(isConst) {
    const item = isConst ? this.parseConstArgument : this.parseArgument;
    return this.optionalMany(
      _tokenKind.TokenKind.PAREN_L,
      item,
      _tokenKind.TokenKind.PAREN_R,
    );
  }
  /**
   * Argument[Const] : Name : Value[?Const]
   *
   * @internal
   */

  parseArgument(isConst = false) {
    const start = this._lexer.token;
    const name = this.parseName();
    this.expectToken(_tokenKind.TokenKind.COLON);
    return this.node(start, {
      kind: _kinds.Kind.ARGUMENT,
      name,
      value: this.parseValueLiteral(isConst),
    });
  }

  parseConstArgument() {
    return this.parseArgument(true);
  } // Implements the parsing rules in the Fragments section.

  /**
   * Corresponds to both FragmentSpread and InlineFragment in the spec.
   *
   * FragmentSpread : ... FragmentName Directives?
   *
   * InlineFragment : ... TypeCondition? Directives? SelectionSet
   *
   * @internal
   */

  parseFragment() {
    const start = this._lexer.token;
    this.expectToken(_tokenKind.TokenKind.SPREAD);
    const hasTypeCondition = this.expectOptionalKeyword('on');

    if (!hasTypeCondition && this.peek(_tokenKind.TokenKind.NAME)) {
      return this.node(start, {
        kind: _kinds.Kind.FRAGMENT_SPREAD,
        name: this.parseFragmentName(),
        directives: this.parseDirectives(false),
      });
    }

    return this.node(start, {
      kind: _kinds.Kind.INLINE_FRAGMENT,
      typeCondition: hasTypeCondition ? this.parseNamedType() : undefined,
      directives: this.parseDirectives(false),
      selectionSet: this.parseSelectionSet(),
    });
  }
  /**
   * FragmentDefinition :
   *   - fragment FragmentName on TypeCondition Directives? SelectionSet
   *
   * TypeCondition : NamedType
   *
   * @internal
   */

  parseFragmentDefinition() {
    const start = this._lexer.token;
    const description = this.parseDescription();
    this.expectKeyword('fragment'); // Legacy support for defining variables within fragments changes
    // the grammar of FragmentDefinition:
    //   - fragment FragmentName VariableDefinitions? on TypeCondition Directives? SelectionSet

    if (this._options.allowLegacyFragmentVariables === true) {
      return this.node(start, {
        kind: _kinds.Kind.FRAGMENT_DEFINITION,
        description,
        name: this.parseFragmentName(),
        variableDefinitions: this.parseVariableDefinitions(),
        typeCondition: (this.expectKeyword('on'), this.parseNamedType()),
        directives: this.parseDirectives(false),
        selectionSet: this.parseSelectionSet(),
      });
    }

    return this.node(start, {
      kind: _kinds.Kind.FRAGMENT_DEFINITION,
      description,
      name: this.parseFragmentName(),
      typeCondition: (this.expectKeyword('on'), this.parseNamedType()),
      directives: this.parseDirectives(false),
      selectionSet: this.parseSelectionSet(),
    });
  }
  /**
   * FragmentName : Name but not `on`
   *
   * @internal
   */

  parseFragmentName() {
    if (this._lexer.token.value === 'on') {
      throw this.unexpected();
    }

    return this.parseName();
  } // Implements the parsing rules in the Values section.

  /**
   * Value[Const] :
   *   - [~Const] Variable
   *   - IntValue
   *   - FloatValue
   *   - StringValue
   *   - BooleanValue
   *   - NullValue
   *   - EnumValue
   *   - ListValue[?Const]
   *   - ObjectValue[?Const]
   *
   * BooleanValue : one of `true` `false`
   *
   * NullValue : `null`
   *
   * EnumValue : Name but not `true`, `false` or `null`
   *
   * @internal
   */

  parseValueLiteral(isConst) {
    const token = this._lexer.token;

    switch (token.kind) {
      case _tokenKind.TokenKind.BRACKET_L:
        return this.parseList(isConst);

      case _tokenKind.TokenKind.BRACE_L:
        return this.parseObject(isConst);

      case _tokenKind.TokenKind.INT:
        this.advanceLexer();
        return this.node(token, {
          kind: _kinds.Kind.INT,
          value: token.value,
        });

      case _tokenKind.TokenKind.FLOAT:
        this.advanceLexer();
        return this.node(token, {
          kind: _kinds.Kind.FLOAT,
          value: token.value,
        });

      case _tokenKind.TokenKind.STRING:
      case _tokenKind.TokenKind.BLOCK_STRING:
        return this.parseStringLiteral();

      case _tokenKind.TokenKind.NAME:
        this.advanceLexer();

        switch (token.value) {
          case 'true':
            return this.node(token, {
              kind: _kinds.Kind.BOOLEAN,
              value: true,
            });

          case 'false':
            return this.node(token, {
              kind: _kinds.Kind.BOOLEAN,
              value: false,
            });

          case 'null':
            return this.node(token, {
              kind: _kinds.Kind.NULL,
            });

          default:
            return this.node(token, {
              kind: _kinds.Kind.ENUM,
              value: token.value,
            });
        }

      case _tokenKind.TokenKind.DOLLAR:
        if (isConst) {
          this.expectToken(_tokenKind.TokenKind.DOLLAR);

          if (this._lexer.token.kind === _tokenKind.TokenKind.NAME) {
            const varName = this._lexer.token.value;
            throw (0, _syntaxError.syntaxError)(
              this._lexer.source,
              token.start,
              `Unexpected variable "$${varName}" in constant value.`,
            );
          } else {
            throw this.unexpected(token);
          }
        }

        return this.parseVariable();

      default:
        throw this.unexpected();
    }
  }

  parseConstValueLiteral() {
    return this.parseValueLiteral(true);
  }

  parseStringLiteral() {
    const token = this._lexer.token;
    this.advanceLexer();
    return this.node(token, {
      kind: _kinds.Kind.STRING,
      value: token.value,
      block: token.kind === _tokenKind.TokenKind.BLOCK_STRING,
    });
  }
  /**
   * ListValue[Const] :
   *   - [ ]
   *   - [ Value[?Const]+ ]
   *
   * @internal
   */

  parseList(isConst) {
    const item = () => this.parseValueLiteral(isConst);

    return this.node(this._lexer.token, {
      kind: _kinds.Kind.LIST,
      values: this.any(
        _tokenKind.TokenKind.BRACKET_L,
        item,
        _tokenKind.TokenKind.BRACKET_R,
      ),
    });
  }
  /**
   * ```
   * ObjectValue[Const] :
   *   - { }
   *   - { ObjectField[?Const]+ }
   * ```
   *
   * @internal
   */

  parseObject(isConst) {
    const item = () => this.parseObjectField(isConst);

    return this.node(this._lexer.token, {
      kind: _kinds.Kind.OBJECT,
      fields: this.any(
        _tokenKind.TokenKind.BRACE_L,
        item,
        _tokenKind.TokenKind.BRACE_R,
      ),
    });
  }
  /**
   * ObjectField[Const] : Name : Value[?Const]
   *
   * @internal
   */

  parseObjectField(isConst) {
    const start = this._lexer.token;
    const name = this.parseName();
    this.expectToken(_tokenKind.TokenKind.COLON);
    return this.node(start, {
      kind: _kinds.Kind.OBJECT_FIELD,
      name,
      value: this.parseValueLiteral(isConst),
    });
  } // Implements the parsing rules in the Directives section.

  /**
   * Directives[Const] : Directive[?Const]+
   *
   * @internal
   */

  parseDirectives(isConst) {
    const directives = [];

    while (this.peek(_tokenKind.TokenKind.AT)) {
      directives.push(this.parseDirective(isConst));
    }

    return directives;
  }

  parseConstDirectives() {
    return this.parseDirectives(true);
  }
  /**
   * ```
   * Directive[Const] : @ Name Arguments[?Const]?
   * ```
   *
   * @internal
   */

  parseDirective(isConst) {
    const start = this._lexer.token;
    this.expectToken(_tokenKind.TokenKind.AT);
    return this.node(start, {
      kind: _kinds.Kind.DIRECTIVE,
      name: this.parseName(),
      arguments: this.parseArguments(isConst),
    });
  } // Implements the parsing rules in the Types section.

  /**
   * Type :
   *   - NamedType
   *   - ListType
   *   - NonNullType
   *
   * @internal
   */

  parseTypeReference() {
    const start = this._lexer.token;
    let type;

    if (this.expectOptionalToken(_tokenKind.TokenKind.BRACKET_L)) {
      const innerType = this.parseTypeReference();
      this.expectToken(_tokenKind.TokenKind.BRACKET_R);
      type = this.node(start, {
        kind: _kinds.Kind.LIST_TYPE,
        type: innerType,
      });
    } else {
      type = this.parseNamedType();
    }

    if (this.expectOptionalToken(_tokenKind.TokenKind.BANG)) {
      return this.node(start, {
        kind: _kinds.Kind.NON_NULL_TYPE,
        type,
      });
    }

    return type;
  }
  /**
   * NamedType : Name
   *
   * @internal
   */

  parseNamedType() {
    return this.node(this._lexer.token, {
      kind: _kinds.Kind.NAMED_TYPE,
      name: this.parseName(),
    });
  } // Implements the parsing rules in the Type Definition section.

  peekDescription() {
    return (
      this.peek(_tokenKind.TokenKind.STRING) ||
      this.peek(_tokenKind.TokenKind.BLOCK_STRING)
    );
  }
  /**
   * Description : StringValue
   *
   * @internal
   */

  parseDescription() {
    if (this.peekDescription()) {
      return this.parseStringLiteral();
    }
  }
  /**
   * ```
   * SchemaDefinition : Description? schema Directives[Const]? { OperationTypeDefinition+ }
   * ```
   *
   * @internal
   */

  parseSchemaDefinition() {
    const start = this._lexer.token;
    const description = this.parseDescription();
    this.expectKeyword('schema');
    const directives = this.parseConstDirectives();
    const operationTypes = this.many(
      _tokenKind.TokenKind.BRACE_L,
      this.parseOperationTypeDefinition,
      _tokenKind.TokenKind.BRACE_R,
    );
    return this.node(start, {
      kind: _kinds.Kind.SCHEMA_DEFINITION,
      description,
      directives,
      operationTypes,
    });
  }
  /**
   * OperationTypeDefinition : OperationType : NamedType
   *
   * @internal
   */

  parseOperationTypeDefinition() {
    const start = this._lexer.token;
    const operation = this.parseOperationType();
    this.expectToken(_tokenKind.TokenKind.COLON);
    const type = this.parseNamedType();
    return this.node(start, {
      kind: _kinds.Kind.OPERATION_TYPE_DEFINITION,
      operation,
      type,
    });
  }
  /**
   * ScalarTypeDefinition : Description? scalar Name Directives[Const]?
   *
   * @internal
   */

  parseScalarTypeDefinition() {
    const start = this._lexer.token;
    const description = this.parseDescription();
    this.expectKeyword('scalar');
    const name = this.parseName();
    const directives = this.parseConstDirectives();
    return this.node(start, {
      kind: _kinds.Kind.SCALAR_TYPE_DEFINITION,
      description,
      name,
      directives,
    });
  }
  /**
   * ObjectTypeDefinition :
   *   Description?
   *   type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
   *
   * @internal
   */

  parseObjectTypeDefinition() {
    const start = this._lexer.token;
    const description = this.parseDescription();
    this.expectKeyword('type');
    const name = this.parseName();
    const interfaces = this.parseImplementsInterfaces();
    const directives = this.parseConstDirectives();
    const fields = this.parseFieldsDefinition();
    return this.node(start, {
      kind: _kinds.Kind.OBJECT_TYPE_DEFINITION,
      description,
      name,
      interfaces,
      directives,
      fields,
    });
  }
  /**
   * ImplementsInterfaces :
   *   - implements `&`? NamedType
   *   - ImplementsInterfaces & NamedType
   *
   * @internal
   */

  parseImplementsInterfaces() {
    return this.expectOptionalKeyword('implements')
      ? this.delimitedMany(_tokenKind.TokenKind.AMP, this.parseNamedType)
      : [];
  }
  /**
   * ```
   * FieldsDefinition : { FieldDefinition+ }
   * ```
   *
   * @internal
   */

  parseFieldsDefinition() {
    return this.optionalMany(
      _tokenKind.TokenKind.BRACE_L,
      this.parseFieldDefinition,
      _tokenKind.TokenKind.BRACE_R,
    );
  }
  /**
   * FieldDefinition :
   *   - Description? Name ArgumentsDefinition? : Type Directives[Const]?
   *
   * @internal
   */

  parseFieldDefinition() {
    const start = this._lexer.token;
    const description = this.parseDescription();
    const name = this.parseName();
    const args = this.parseArgumentDefs();
    this.expectToken(_tokenKind.TokenKind.COLON);
    const type = this.parseTypeReference();
    const directives = this.parseConstDirectives();
    return this.node(start, {
      kind: _kinds.Kind.FIELD_DEFINITION,
      description,
      name,
      arguments: args,
      type,
      directives,
    });
  }
  /**
   * ArgumentsDefinition : ( InputValueDefinition+ )
   *
   * @internal
   */

  parseArgumentDefs() {
    return this.optionalMany(
      _tokenKind.TokenKind.PAREN_L,
      this.parseInputValueDef,
      _tokenKind.TokenKind.PAREN_R,
    );
  }
  /**
   * InputValueDefinition :
   *   - Description? Name : Type DefaultValue? Directives[Const]?
   *
   * @internal
   */

  parseInputValueDef() {
    const start = this._lexer.token;
    const description = this.parseDescription();
    const name = this.parseName();
    this.expectToken(_tokenKind.TokenKind.COLON);
    const type = this.parseTypeReference();
    let defaultValue;

    if (this.expectOptionalToken(_tokenKind.TokenKind.EQUALS)) {
      defaultValue = this.parseConstValueLiteral();
    }

    const directives = this.parseConstDirectives();
    return this.node(start, {
      kind: _kinds.Kind.INPUT_VALUE_DEFINITION,
      description,
      name,
      type,
      defaultValue,
      directives,
    });
  }
  /**
   * InterfaceTypeDefinition :
   *   - Description? interface Name Directives[Const]? FieldsDefinition?
   *
   * @internal
   */

  parseInterfaceTypeDefinition() {
    const start = this._lexer.token;
    const description = this.parseDescription();
    this.expectKeyword('interface');
    const name = this.parseName();
    const interfaces = this.parseImplementsInterfaces();
    const directives = this.parseConstDirectives();
    const fields = this.parseFieldsDefinition();
    return this.node(start, {
      kind: _kinds.Kind.INTERFACE_TYPE_DEFINITION,
      description,
      name,
      interfaces,
      directives,
      fields,
    });
  }
  /**
   * UnionTypeDefinition :
   *   - Description? union Name Directives[Const]? UnionMemberTypes?
   *
   * @internal
   */

  parseUnionTypeDefinition() {
    const start = this._lexer.token;
    const description = this.parseDescription();
    this.expectKeyword('union');
    const name = this.parseName();
    const directives = this.parseConstDirectives();
    const types = this.parseUnionMemberTypes();
    return this.node(start, {
      kind: _kinds.Kind.UNION_TYPE_DEFINITION,
      description,
      name,
      directives,
      types,
    });
  }
  /**
   * UnionMemberTypes :
   *   - = `|`? NamedType
   *   - UnionMemberTypes | NamedType
   *
   * @internal
   */

  parseUnionMemberTypes() {
    return this.expectOptionalToken(_tokenKind.TokenKind.EQUALS)
      ? this.delimitedMany(_tokenKind.TokenKind.PIPE, this.parseNamedType)
      : [];
  }
  /**
   * EnumTypeDefinition :
   *   - Description? enum Name Directives[Const]? EnumValuesDefinition?
   *
   * @internal
   */

  parseEnumTypeDefinition() {
    const start = this._lexer.token;
    const description = this.parseDescription();
    this.expectKeyword('enum');
    const name = this.parseName();
    const directives = this.parseConstDirectives();
    const values = this.parseEnumValuesDefinition();
    return this.node(start, {
      kind: _kinds.Kind.ENUM_TYPE_DEFINITION,
      description,
      name,
      directives,
      values,
    });
  }
  /**
   * ```
   * EnumValuesDefinition : { EnumValueDefinition+ }
   * ```
   *
   * @internal
   */

  parseEnumValuesDefinition() {
    return this.optionalMany(
      _tokenKind.TokenKind.BRACE_L,
      this.parseEnumValueDefinition,
      _tokenKind.TokenKind.BRACE_R,
    );
  }
  /**
   * EnumValueDefinition : Description? EnumValue Directives[Const]?
   *
   * @internal
   */

  parseEnumValueDefinition() {
    const start = this._lexer.token;
    const description = this.parseDescription();
    const name = this.parseEnumValueName();
    const directives = this.parseConstDirectives();
    return this.node(start, {
      kind: _kinds.Kind.ENUM_VALUE_DEFINITION,
      description,
      name,
      directives,
    });
  }
  /**
   * EnumValue : Name but not `true`, `false` or `null`
   *
   * @internal
   */

  parseEnumValueName() {
    if (
      this._lexer.token.value === 'true' ||
      this._lexer.token.value === 'false' ||
      this._lexer.token.value === 'null'
    ) {
      throw (0, _syntaxError.syntaxError)(
        this._lexer.source,
        this._lexer.token.start,
        `${getTokenDesc(
          this._lexer.token,
        )} is reserved and cannot be used for an enum value.`,
      );
    }

    return this.parseName();
  }
  /**
   * InputObjectTypeDefinition :
   *   - Description? input Name Directives[Const]? InputFieldsDefinition?
   *
   * @internal
   */

  parseInputObjectTypeDefinition() {
    const start = this._lexer.token;
    const description = this.parseDescription();
    this.expectKeyword('input');
    const name = this.parseName();
    const directives = this.parseConstDirectives();
    const fields = this.parseInputFieldsDefinition();
    return this.node(start, {
      kind: _kinds.Kind.INPUT_OBJECT_TYPE_DEFINITION,
      description,
      name,
      directives,
      fields,
    });
  }
  /**
   * ```
   * InputFieldsDefinition : { InputValueDefinition+ }
   * ```
   *
   * @internal
   */

  parseInputFieldsDefinition() {
    return this.optionalMany(
      _tokenKind.TokenKind.BRACE_L,
      this.parseInputValueDef,
      _tokenKind.TokenKind.BRACE_R,
    );
  }
  /**
   * TypeSystemExtension :
   *   - SchemaExtension
   *   - TypeExtension
   *
   * TypeExtension :
   *   - ScalarTypeExtension
   *   - ObjectTypeExtension
   *   - InterfaceTypeExtension
   *   - UnionTypeExtension
   *   - EnumTypeExtension
   *   - InputObjectTypeDefinition
   *   - DirectiveDefinitionExtension
   *
   * @internal
   */

  parseTypeSystemExtension() {
    const keywordToken = this._lexer.lookahead();

    if (keywordToken.kind === _tokenKind.TokenKind.NAME) {
      switch (keywordToken.value) {
        case 'schema':
          return this.parseSchemaExtension();

        case 'scalar':
          return this.parseScalarTypeExtension();

        case 'type':
          return this.parseObjectTypeExtension();

        case 'interface':
          return this.parseInterfaceTypeExtension();

        case 'union':
          return this.parseUnionTypeExtension();

        case 'enum':
          return this.parseEnumTypeExtension();

        case 'input':
          return this.parseInputObjectTypeExtension();

        case 'directive':
          if (this._options.experimentalDirectivesOnDirectiveDefinitions) {
            return this.parseDirectiveDefinitionExtension();
          }

          break;
      }
    }

    throw this.unexpected(keywordToken);
  }
  /**
   * ```
   * SchemaExtension :
   *  - extend schema Directives[Const]? { OperationTypeDefinition+ }
   *  - extend schema Directives[Const]
   * ```
   *
   * @internal
   */

  parseSchemaExtension() {
    const start = this._lexer.token;
    this.expectKeyword('extend');
    this.expectKeyword('schema');
    const directives = this.parseConstDirectives();
    const operationTypes = this.optionalMany(
      _tokenKind.TokenKind.BRACE_L,
      this.parseOperationTypeDefinition,
      _tokenKind.TokenKind.BRACE_R,
    );

    if (directives.length === 0 && operationTypes.length === 0) {
      throw this.unexpected();
    }

    return this.node(start, {
      kind: _kinds.Kind.SCHEMA_EXTENSION,
      directives,
      operationTypes,
    });
  }
  /**
   * ScalarTypeExtension :
   *   - extend scalar Name Directives[Const]
   *
   * @internal
   */

  parseScalarTypeExtension() {
    const start = this._lexer.token;
    this.expectKeyword('extend');
    this.expectKeyword('scalar');
    const name = this.parseName();
    const directives = this.parseConstDirectives();

    if (directives.length === 0) {
      throw this.unexpected();
    }

    return this.node(start, {
      kind: _kinds.Kind.SCALAR_TYPE_EXTENSION,
      name,
      directives,
    });
  }
  /**
   * ObjectTypeExtension :
   *  - extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
   *  - extend type Name ImplementsInterfaces? Directives[Const]
   *  - extend type Name ImplementsInterfaces
   *
   * @internal
   */

  parseObjectTypeExtension() {
    const start = this._lexer.token;
    this.expectKeyword('extend');
    this.expectKeyword('type');
    const name = this.parseName();
    const interfaces = this.parseImplementsInterfaces();
    const directives = this.parseConstDirectives();
    const fields = this.parseFieldsDefinition();

    if (
      interfaces.length === 0 &&
      directives.length === 0 &&
      fields.length === 0
    ) {
      throw this.unexpected();
    }

    return this.node(start, {
      kind: _kinds.Kind.OBJECT_TYPE_EXTENSION,
      name,
      interfaces,
      directives,
      fields,
    });
  }
  /**
   * InterfaceTypeExtension :
   *  - extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
   *  - extend interface Name ImplementsInterfaces? Directives[Const]
   *  - extend interface Name ImplementsInterfaces
   *
   * @internal
   */

  parseInterfaceTypeExtension() {
    const start = this._lexer.token;
    this.expectKeyword('extend');
    this.expectKeyword('interface');
    const name = this.parseName();
    const interfaces = this.parseImplementsInterfaces();
    const directives = this.parseConstDirectives();
    const fields = this.parseFieldsDefinition();

    if (
      interfaces.length === 0 &&
      directives.length === 0 &&
      fields.length === 0
    ) {
      throw this.unexpected();
    }

    return this.node(start, {
      kind: _kinds.Kind.INTERFACE_TYPE_EXTENSION,
      name,
      interfaces,
      directives,
      fields,
    });
  }
  /**
   * UnionTypeExtension :
   *   - extend union Name Directives[Const]? UnionMemberTypes
   *   - extend union Name Directives[Const]
   *
   * @internal
   */

  parseUnionTypeExtension() {
    const start = this._lexer.token;
    this.expectKeyword('extend');
    this.expectKeyword('union');
    const name = this.parseName();
    const directives = this.parseConstDirectives();
    const types = this.parseUnionMemberTypes();

    if (directives.length === 0 && types.length === 0) {
      throw this.unexpected();
    }

    return this.node(start, {
      kind: _kinds.Kind.UNION_TYPE_EXTENSION,
      name,
      directives,
      types,
    });
  }
  /**
   * EnumTypeExtension :
   *   - extend enum Name Directives[Const]? EnumValuesDefinition
   *   - extend enum Name Directives[Const]
   *
   * @internal
   */

  parseEnumTypeExtension() {
    const start = this._lexer.token;
    this.expectKeyword('extend');
    this.expectKeyword('enum');
    const name = this.parseName();
    const directives = this.parseConstDirectives();
    const values = this.parseEnumValuesDefinition();

    if (directives.length === 0 && values.length === 0) {
      throw this.unexpected();
    }

    return this.node(start, {
      kind: _kinds.Kind.ENUM_TYPE_EXTENSION,
      name,
      directives,
      values,
    });
  }
  /**
   * InputObjectTypeExtension :
   *   - extend input Name Directives[Const]? InputFieldsDefinition
   *   - extend input Name Directives[Const]
   *
   * @internal
   */

  parseInputObjectTypeExtension() {
    const start = this._lexer.token;
    this.expectKeyword('extend');
    this.expectKeyword('input');
    const name = this.parseName();
    const directives = this.parseConstDirectives();
    const fields = this.parseInputFieldsDefinition();

    if (directives.length === 0 && fields.length === 0) {
      throw this.unexpected();
    }

    return this.node(start, {
      kind: _kinds.Kind.INPUT_OBJECT_TYPE_EXTENSION,
      name,
      directives,
      fields,
    });
  }

  parseDirectiveDefinitionExtension() {
    const start = this._lexer.token;
    this.expectKeyword('extend');
    this.expectKeyword('directive');
    this.expectToken(_tokenKind.TokenKind.AT);
    const name = this.parseName();
    const directives = this.parseConstDirectives();

    if (directives.length === 0) {
      throw this.unexpected();
    }

    return this.node(start, {
      kind: _kinds.Kind.DIRECTIVE_EXTENSION,
      name,
      directives,
    });
  }
  /**
   * ```
   * DirectiveDefinition :
   *   - Description? directive @ Name ArgumentsDefinition? `repeatable`? on DirectiveLocations
   * ```
   *
   * @internal
   */

  parseDirectiveDefinition() {
    const start = this._lexer.token;
    const description = this.parseDescription();
    this.expectKeyword('directive');
    this.expectToken(_tokenKind.TokenKind.AT);
    const name = this.parseName();
    const args = this.parseArgumentDefs();
    const directives = this._options
      .experimentalDirectivesOnDirectiveDefinitions
      ? this.parseConstDirectives()
      : [];
    const repeatable = this.expectOptionalKeyword('repeatable');
    this.expectKeyword('on');
    const locations = this.parseDirectiveLocations();
    return this.node(start, {
      kind: _kinds.Kind.DIRECTIVE_DEFINITION,
      description,
      name,
      arguments: args,
      directives,
      repeatable,
      locations,
    });
  }
  /**
   * DirectiveLocations :
   *   - `|`? DirectiveLocation
   *   - DirectiveLocations | DirectiveLocation
   *
   * @internal
   */

  parseDirectiveLocations() {
    return this.delimitedMany(
      _tokenKind.TokenKind.PIPE,
      this.parseDirectiveLocation,
    );
  }
  /*
   * DirectiveLocation :
   *   - ExecutableDirectiveLocation
   *   - TypeSystemDirectiveLocation
   *
   * ExecutableDirectiveLocation : one of
   *   `QUERY`
   *   `MUTATION`
   *   `SUBSCRIPTION`
   *   `FIELD`
   *   `FRAGMENT_DEFINITION`
   *   `FRAGMENT_SPREAD`
   *   `INLINE_FRAGMENT`
   *
   * TypeSystemDirectiveLocation : one of
   *   `SCHEMA`
   *   `SCALAR`
   *   `OBJECT`
   *   `FIELD_DEFINITION`
   *   `ARGUMENT_DEFINITION`
   *   `INTERFACE`
   *   `UNION`
   *   `ENUM`
   *   `ENUM_VALUE`
   *   `INPUT_OBJECT`
   *   `INPUT_FIELD_DEFINITION`
   *   `DIRECTIVE_DEFINITION`
   */

  parseDirectiveLocation() {
    const start = this._lexer.token;
    const name = this.parseName();

    if (
      Object.prototype.hasOwnProperty.call(
        _directiveLocation.DirectiveLocation,
        name.value,
      )
    ) {
      return name;
    }

    throw this.unexpected(start);
  } // Schema Coordinates

  /**
   * SchemaCoordinate :
   *   - Name
   *   - Name . Name
   *   - Name . Name ( Name : )
   *   - \@ Name
   *   - \@ Name ( Name : )
   * @returns Parsed schema coordinate AST.
   * @example
   * ```ts
   * import assert from 'node:assert/strict';
   * import { Kind, parseSchemaCoordinate } from 'graphql/language';
   *
   * const typeCoordinate = parseSchemaCoordinate('User.name');
   * const directiveCoordinate = parseSchemaCoordinate('@include(if:)');
   * assert(typeCoordinate.kind === Kind.MEMBER_COORDINATE);
   * assert(directiveCoordinate.kind === Kind.DIRECTIVE_ARGUMENT_COORDINATE);
   *
   * typeCoordinate.name.value; // => 'User'
   * typeCoordinate.memberName?.value; // => 'name'
   * directiveCoordinate.name.value; // => 'include'
   * directiveCoordinate.argumentName?.value; // => 'if'
   * ```
   */

  parseSchemaCoordinate() {
    const start = this._lexer.token;
    const ofDirective = this.expectOptionalToken(_tokenKind.TokenKind.AT);
    const name = this.parseName();
    let memberName;

    if (!ofDirective && this.expectOptionalToken(_tokenKind.TokenKind.DOT)) {
      memberName = this.parseName();
    }

    let argumentName;

    if (
      (ofDirective || memberName) &&
      this.expectOptionalToken(_tokenKind.TokenKind.PAREN_L)
    ) {
      argumentName = this.parseName();
      this.expectToken(_tokenKind.TokenKind.COLON);
      this.expectToken(_tokenKind.TokenKind.PAREN_R);
    }

    if (ofDirective) {
      if (argumentName) {
        return this.node(start, {
          kind: _kinds.Kind.DIRECTIVE_ARGUMENT_COORDINATE,
          name,
          argumentName,
        });
      }

      return this.node(start, {
        kind: _kinds.Kind.DIRECTIVE_COORDINATE,
        name,
      });
    } else if (memberName) {
      if (argumentName) {
        return this.node(start, {
          kind: _kinds.Kind.ARGUMENT_COORDINATE,
          name,
          fieldName: memberName,
          argumentName,
        });
      }

      return this.node(start, {
        kind: _kinds.Kind.MEMBER_COORDINATE,
        name,
        memberName,
      });
    }

    return this.node(start, {
      kind: _kinds.Kind.TYPE_COORDINATE,
      name,
    });
  } // Core parsing utility functions

  /**
   * Returns a node that, if configured to do so, sets a "loc" field as a
   * location object, used to identify the place in the source that created a
   * given parsed object.
   *
   * @internal
   */

  node(startToken, node) {
    if (this._options.noLocation !== true) {
      node.loc = new _ast.Location(
        startToken,
        this._lexer.lastToken,
        this._lexer.source,
      );
    }

    return node;
  }
  /**
   * Determines if the next token is of a given kind
   *
   * @internal
   */

  peek(kind) {
    return this._lexer.token.kind === kind;
  }
  /**
   * If the next token is of the given kind, return that token after advancing the lexer.
   * Otherwise, do not change the parser state and throw an error.
   *
   * @internal
   */

  expectToken(kind) {
    const token = this._lexer.token;

    if (token.kind === kind) {
      this.advanceLexer();
      return token;
    }

    throw (0, _syntaxError.syntaxError)(
      this._lexer.source,
      token.start,
      `Expected ${getTokenKindDesc(kind)}, found ${getTokenDesc(token)}.`,
    );
  }
  /**
   * If the next token is of the given kind, return "true" after advancing the lexer.
   * Otherwise, do not change the parser state and return "false".
   *
   * @internal
   */

  expectOptionalToken(kind) {
    const token = this._lexer.token;

    if (token.kind === kind) {
      this.advanceLexer();
      return true;
    }

    return false;
  }
  /**
   * If the next token is a given keyword, advance the lexer.
   * Otherwise, do not change the parser state and throw an error.
   *
   * @internal
   */

  expectKeyword(value) {
    const token = this._lexer.token;

    if (token.kind === _tokenKind.TokenKind.NAME && token.value === value) {
      this.advanceLexer();
    } else {
      throw (0, _syntaxError.syntaxError)(
        this._lexer.source,
        token.start,
        `Expected "${value}", found ${getTokenDesc(token)}.`,
      );
    }
  }
  /**
   * If the next token is a given keyword, return "true" after advancing the lexer.
   * Otherwise, do not change the parser state and return "false".
   *
   * @internal
   */

  expectOptionalKeyword(value) {
    const token = this._lexer.token;

    if (token.kind === _tokenKind.TokenKind.NAME && token.value === value) {
      this.advanceLexer();
      return true;
    }

    return false;
  }
  /**
   * Helper function for creating an error when an unexpected lexed token is encountered.
   *
   * @internal
   */

  unexpected(atToken) {
    const token =
      atToken !== null && atToken !== void 0 ? atToken : this._lexer.token;
    return (0, _syntaxError.syntaxError)(
      this._lexer.source,
      token.start,
      `Unexpected ${getTokenDesc(token)}.`,
    );
  }
  /**
   * Returns a possibly empty list of parse nodes, determined by the parseFn.
   * This list begins with a lex token of openKind and ends with a lex token of closeKind.
   * Advances the parser to the next lex token after the closing token.
   *
   * @internal
   */

  any(openKind, parseFn, closeKind) {
    this.expectToken(openKind);
    const nodes = [];

    while (!this.expectOptionalToken(closeKind)) {
      nodes.push(parseFn.call(this));
    }

    return nodes;
  }
  /**
   * Returns a list of parse nodes, determined by the parseFn.
   * It can be empty only if open token is missing otherwise it will always return non-empty list
   * that begins with a lex token of openKind and ends with a lex token of closeKind.
   * Advances the parser to the next lex token after the closing token.
   *
   * @internal
   */

  optionalMany(openKind, parseFn, closeKind) {
    if (this.expectOptionalToken(openKind)) {
      const nodes = [];

      do {
        nodes.push(parseFn.call(this));
      } while (!this.expectOptionalToken(closeKind));

      return nodes;
    }

    return [];
  }
  /**
   * Returns a non-empty list of parse nodes, determined by the parseFn.
   * This list begins with a lex token of openKind and ends with a lex token of closeKind.
   * Advances the parser to the next lex token after the closing token.
   *
   * @internal
   */

  many(openKind, parseFn, closeKind) {
    this.expectToken(openKind);
    const nodes = [];

    do {
      nodes.push(parseFn.call(this));
    } while (!this.expectOptionalToken(closeKind));

    return nodes;
  }
  /**
   * Returns a non-empty list of parse nodes, determined by the parseFn.
   * This list may begin with a lex token of delimiterKind followed by items separated by lex tokens of tokenKind.
   * Advances the parser to the next lex token after last item in the list.
   *
   * @internal
   */

  delimitedMany(delimiterKind, parseFn) {
    this.expectOptionalToken(delimiterKind);
    const nodes = [];

    do {
      nodes.push(parseFn.call(this));
    } while (this.expectOptionalToken(delimiterKind));

    return nodes;
  }

  advanceLexer() {
    const { maxLexicalTokens = this._options.maxTokens } = this._options;

    const token = this._lexer.advance();

    if (token.kind !== _tokenKind.TokenKind.EOF) {
      ++this._tokenCounter;

      if (
        maxLexicalTokens !== undefined &&
        this._tokenCounter > maxLexicalTokens
      ) {
        throw (0, _syntaxError.syntaxError)(
          this._lexer.source,
          token.start,
          `Document contains more that ${maxLexicalTokens} tokens. Parsing aborted.`,
        );
      }
    }
  }
}
/**
 * A helper function to describe a token as a string for debugging.
 *
 * @internal
 */

__webpack_unused_export__ = Parser;

function getTokenDesc(token) {
  const value = token.value;
  return getTokenKindDesc(token.kind) + (value != null ? ` "${value}"` : '');
}
/**
 * A helper function to describe a token kind as a string for debugging.
 *
 * @internal
 */

function getTokenKindDesc(kind) {
  return (0, _lexer.isPunctuatorTokenKind)(kind) ? `"${kind}"` : kind;
}


/***/ }),

/***/ 6512:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



Object.defineProperty(exports, "__esModule", ({
  value: true,
}));
exports.printLocation = printLocation;
exports.printSourceLocation = printSourceLocation;

var _location = __nccwpck_require__(2245);

/** @category Source */

/**
 * Render a helpful description of the location in the GraphQL Source document.
 * @param location - The AST location to print.
 * @returns A formatted source excerpt with line and column information.
 * @example
 * ```ts
 * import { parse, printLocation } from 'graphql/language';
 *
 * const document = parse('type Query { hello: String }');
 * const location = document.definitions[0].loc;
 *
 * if (location) {
 *   const printed = printLocation(location); // => 'GraphQL request:1:1\n1 | type Query { hello: String }\n  | ^'
 * }
 * ```
 */
function printLocation(location) {
  return printSourceLocation(
    location.source,
    (0, _location.getLocation)(location.source, location.start),
  );
}
/**
 * Render a helpful description of the location in the GraphQL Source document.
 * @param source - The source document that contains the location.
 * @param sourceLocation - The 1-indexed line and column to print.
 * @returns A formatted source excerpt with line and column information.
 * @example
 * ```ts
 * import { Source, printSourceLocation } from 'graphql/language';
 *
 * const source = new Source('type Query { hello: String }');
 * const printed = printSourceLocation(source, { line: 1, column: 14 }); // => 'GraphQL request:1:14\n1 | type Query { hello: String }\n  |              ^'
 * ```
 */

function printSourceLocation(source, sourceLocation) {
  const firstLineColumnOffset = source.locationOffset.column - 1;
  const body = ''.padStart(firstLineColumnOffset) + source.body;
  const lineIndex = sourceLocation.line - 1;
  const lineOffset = source.locationOffset.line - 1;
  const lineNum = sourceLocation.line + lineOffset;
  const columnOffset = sourceLocation.line === 1 ? firstLineColumnOffset : 0;
  const columnNum = sourceLocation.column + columnOffset;
  const locationStr = `${source.name}:${lineNum}:${columnNum}\n`;
  const lines = body.split(/\r\n|[\n\r]/g);
  const locationLine = lines[lineIndex]; // Special case for minified documents

  if (locationLine.length > 120) {
    const subLineIndex = Math.floor(columnNum / 80);
    const subLineColumnNum = columnNum % 80;
    const subLines = [];

    for (let i = 0; i < locationLine.length; i += 80) {
      subLines.push(locationLine.slice(i, i + 80));
    }

    return (
      locationStr +
      printPrefixedLines([
        [`${lineNum} |`, subLines[0]],
        ...subLines.slice(1, subLineIndex + 1).map((subLine) => ['|', subLine]),
        ['|', '^'.padStart(subLineColumnNum)],
        ['|', subLines[subLineIndex + 1]],
      ])
    );
  }

  return (
    locationStr +
    printPrefixedLines([
      // Lines specified like this: ["prefix", "string"],
      [`${lineNum - 1} |`, lines[lineIndex - 1]],
      [`${lineNum} |`, locationLine],
      ['|', '^'.padStart(columnNum)],
      [`${lineNum + 1} |`, lines[lineIndex + 1]],
    ])
  );
}

function printPrefixedLines(lines) {
  const existingLines = lines.filter(([_, line]) => line !== undefined);
  const padLen = Math.max(...existingLines.map(([prefix]) => prefix.length));
  return existingLines
    .map(([prefix, line]) => prefix.padStart(padLen) + (line ? ' ' + line : ''))
    .join('\n');
}


/***/ }),

/***/ 6137:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



Object.defineProperty(exports, "__esModule", ({
  value: true,
}));
exports.SchemaCoordinateLexer = void 0;

var _syntaxError = __nccwpck_require__(9619);

var _ast = __nccwpck_require__(2740);

var _characterClasses = __nccwpck_require__(3271);

var _lexer = __nccwpck_require__(9278);

var _tokenKind = __nccwpck_require__(1743);

/**
 * Given a Source schema coordinate, creates a Lexer for that source.
 * A SchemaCoordinateLexer is a stateful stream generator in that every time
 * it is advanced, it returns the next token in the Source. Assuming the
 * source lexes, the final Token emitted by the lexer will be of kind
 * EOF, after which the lexer will repeatedly return the same EOF token
 * whenever called.
 *
 * @internal
 */
class SchemaCoordinateLexer {
  /** The previously focused non-ignored token. */

  /** The currently focused non-ignored token. */

  /**
   * The (1-indexed) line containing the current token.
   * Since a schema coordinate may not contain newline, this value is always 1.
   */
  line = 1;
  /**
   * The character offset at which the current line begins.
   * Since a schema coordinate may not contain newline, this value is always 0.
   */

  lineStart = 0;

  constructor(source) {
    const startOfFileToken = new _ast.Token(
      _tokenKind.TokenKind.SOF,
      0,
      0,
      0,
      0,
    );
    this.source = source;
    this.lastToken = startOfFileToken;
    this.token = startOfFileToken;
  }

  get [Symbol.toStringTag]() {
    return 'SchemaCoordinateLexer';
  }
  /**
   * Advances the token stream to the next non-ignored token.
   *
   * @internal
   */

  advance() {
    this.lastToken = this.token;
    const token = (this.token = this.lookahead());
    return token;
  }
  /**
   * Looks ahead and returns the next non-ignored token, but does not change
   * the current Lexer token.
   *
   * @internal
   */

  lookahead() {
    let token = this.token;

    if (token.kind !== _tokenKind.TokenKind.EOF) {
      // Read the next token and form a link in the token linked-list.
      const nextToken = readNextToken(this, token.end); // @ts-expect-error next is only mutable during parsing.

      token.next = nextToken; // @ts-expect-error prev is only mutable during parsing.

      nextToken.prev = token;
      token = nextToken;
    }

    return token;
  }
}
/**
 * Gets the next token from the source starting at the given position.
 *
 * @internal
 */

exports.SchemaCoordinateLexer = SchemaCoordinateLexer;

function readNextToken(lexer, start) {
  const body = lexer.source.body;
  const bodyLength = body.length;
  const position = start;

  if (position < bodyLength) {
    const code = body.charCodeAt(position);

    switch (code) {
      case 0x002e:
        // .
        return (0, _lexer.createToken)(
          lexer,
          _tokenKind.TokenKind.DOT,
          position,
          position + 1,
        );

      case 0x0028:
        // (
        return (0, _lexer.createToken)(
          lexer,
          _tokenKind.TokenKind.PAREN_L,
          position,
          position + 1,
        );

      case 0x0029:
        // )
        return (0, _lexer.createToken)(
          lexer,
          _tokenKind.TokenKind.PAREN_R,
          position,
          position + 1,
        );

      case 0x003a:
        // :
        return (0, _lexer.createToken)(
          lexer,
          _tokenKind.TokenKind.COLON,
          position,
          position + 1,
        );

      case 0x0040:
        // @
        return (0, _lexer.createToken)(
          lexer,
          _tokenKind.TokenKind.AT,
          position,
          position + 1,
        );
    } // Name

    if ((0, _characterClasses.isNameStart)(code)) {
      return (0, _lexer.readName)(lexer, position);
    }

    throw (0, _syntaxError.syntaxError)(
      lexer.source,
      position,
      `Invalid character: ${(0, _lexer.printCodePointAt)(lexer, position)}.`,
    );
  }

  return (0, _lexer.createToken)(
    lexer,
    _tokenKind.TokenKind.EOF,
    bodyLength,
    bodyLength,
  );
}


/***/ }),

/***/ 203:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



Object.defineProperty(exports, "__esModule", ({
  value: true,
}));
exports.Source = void 0;
exports.isSource = isSource;

var _devAssert = __nccwpck_require__(5383);

var _inspect = __nccwpck_require__(5742);

var _instanceOf = __nccwpck_require__(5914);

/** @category Source */

/**
 * A representation of source input to GraphQL. The `name` and `locationOffset` parameters are
 * optional, but they are useful for clients who store GraphQL documents in source files.
 * For example, if the GraphQL input starts at line 40 in a file named `Foo.graphql`, it might
 * be useful for `name` to be `"Foo.graphql"` and location to be `{ line: 40, column: 1 }`.
 * The `line` and `column` properties in `locationOffset` are 1-indexed.
 */
class Source {
  /** The GraphQL source text. */

  /** Name used in diagnostics for this source, such as a file path or request name. */

  /** One-indexed line and column where this source begins. */

  /**
   * Creates a Source instance.
   * @param body - The GraphQL source text.
   * @param name - Name used in diagnostics for this source.
   * @param locationOffset - One-indexed line and column where this source begins.
   * @example
   * ```ts
   * import { Source } from 'graphql/language';
   *
   * const source = new Source('type Query { greeting: String }', 'schema.graphql', {
   *   line: 10,
   *   column: 1,
   * });
   *
   * source.body; // => 'type Query { greeting: String }'
   * source.name; // => 'schema.graphql'
   * source.locationOffset; // => { line: 10, column: 1 }
   * ```
   */
  constructor(
    body,
    name = 'GraphQL request',
    locationOffset = {
      line: 1,
      column: 1,
    },
  ) {
    typeof body === 'string' ||
      (0, _devAssert.devAssert)(
        false,
        `Body must be a string. Received: ${(0, _inspect.inspect)(body)}.`,
      );
    this.body = body;
    this.name = name;
    this.locationOffset = locationOffset;
    this.locationOffset.line > 0 ||
      (0, _devAssert.devAssert)(
        false,
        'line in locationOffset is 1-indexed and must be positive.',
      );
    this.locationOffset.column > 0 ||
      (0, _devAssert.devAssert)(
        false,
        'column in locationOffset is 1-indexed and must be positive.',
      );
  }
  /**
   * Returns the value used by `Object.prototype.toString`.
   * @returns The built-in string tag for this object.
   */

  get [Symbol.toStringTag]() {
    return 'Source';
  }
}
/**
 * Test if the given value is a Source object.
 *
 * @internal
 */

exports.Source = Source;

function isSource(source) {
  return (0, _instanceOf.instanceOf)(source, Source);
}


/***/ }),

/***/ 1743:
/***/ ((__unused_webpack_module, exports) => {



Object.defineProperty(exports, "__esModule", ({
  value: true,
}));
exports.TokenKind = void 0;

/** @category Lexing */

/**
 * An exported enum describing the different kinds of tokens that the
 * lexer emits.
 */
var TokenKind;
exports.TokenKind = TokenKind;

(function (TokenKind) {
  TokenKind['SOF'] = '<SOF>';
  TokenKind['EOF'] = '<EOF>';
  TokenKind['BANG'] = '!';
  TokenKind['DOLLAR'] = '$';
  TokenKind['AMP'] = '&';
  TokenKind['PAREN_L'] = '(';
  TokenKind['PAREN_R'] = ')';
  TokenKind['DOT'] = '.';
  TokenKind['SPREAD'] = '...';
  TokenKind['COLON'] = ':';
  TokenKind['EQUALS'] = '=';
  TokenKind['AT'] = '@';
  TokenKind['BRACKET_L'] = '[';
  TokenKind['BRACKET_R'] = ']';
  TokenKind['BRACE_L'] = '{';
  TokenKind['PIPE'] = '|';
  TokenKind['BRACE_R'] = '}';
  TokenKind['NAME'] = 'Name';
  TokenKind['INT'] = 'Int';
  TokenKind['FLOAT'] = 'Float';
  TokenKind['STRING'] = 'String';
  TokenKind['BLOCK_STRING'] = 'BlockString';
  TokenKind['COMMENT'] = 'Comment';
})(TokenKind || (exports.TokenKind = TokenKind = {}));
/**
 * Deprecated legacy alias for the enum type representing token kind values.
 * This alias will be removed in v17. In v17, `TokenKind` is exported as the
 * single public symbol for both the runtime object and the corresponding
 * TypeScript type.
 * @deprecated Will be removed in v17. In v17, use `TokenKind` as both the
 * runtime value and the type.
 */


/***/ }),

/***/ 751:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ closestName)
/* harmony export */ });
/** The name in `known` nearest to `name` within `maxEdits` (typos such as alert_sumary, colour, mentoin), if any. */
function closestName(name, known, maxEdits = 2) {
    let best;
    for (const candidate of known) {
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

/***/ 2276:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E6: () => (/* binding */ sampleContext),
/* harmony export */   Ll: () => (/* binding */ checkVars),
/* harmony export */   oT: () => (/* binding */ templatePlatform)
/* harmony export */ });
/* unused harmony export NO_SETTINGS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _platforms_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5493);
/* harmony import */ var _platforms_types_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4473);



const NAMED_PLATFORM = new RegExp(`^(${_platforms_types_js__WEBPACK_IMPORTED_MODULE_2__/* .PLATFORM_NAMES */ .Z.join('|')})`);
/** The platform a template is written for: its front matter `platform`, else its file name (`<platform>-jobs.yml`). */
function templatePlatform(file, frontMatter) {
    // As strict as a send (relay.ts), so a template that passes the check also sends.
    const declared = frontMatter.platform;
    if (declared !== undefined) {
        const platform = (0,_platforms_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .platformOfDeclared */ .$X)(declared);
        if (platform)
            return {
                platform: (0,_platforms_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .platformByName */ .Yv)(platform.name),
                from: 'front matter',
                templateName: declared === platform.name ? file : declared
            };
        return {
            problem: `front matter platform "${declared}" is not supported: use one of ${(0,_platforms_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .declarableNames */ .Gz)().join(', ')}`,
            inFrontMatter: true
        };
    }
    const named = NAMED_PLATFORM.exec(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(file))?.[1];
    if (named && isPlatformName(named))
        return { platform: (0,_platforms_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .platformByName */ .Yv)(named), from: 'file name', templateName: file };
    return {
        problem: `cannot tell which platform ${file} is for: start the file with front matter ` +
            `("---", "platform: ${_platforms_types_js__WEBPACK_IMPORTED_MODULE_2__/* .PLATFORM_NAMES */ .Z[0]}" (or ${_platforms_types_js__WEBPACK_IMPORTED_MODULE_2__/* .PLATFORM_NAMES */ .Z.slice(1).join(', ')}), "---"), ` +
            `or name it after the platform (${(0,_platforms_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .declarableNames */ .Gz)()
                .map(name => `${name}-….yml`)
                .join(', ')}; an API version's name picks that version)`,
        inFrontMatter: false
    };
}
function isPlatformName(name) {
    return _platforms_types_js__WEBPACK_IMPORTED_MODULE_2__/* .PLATFORM_NAMES */ .Z.includes(name);
}
/** The `vars` input over the platform's sample values of its required vars. */
function checkVars(platform, vars) {
    return { ...platform?.sampleVars, ...vars };
}
/** No settings inputs in check mode: the platform's checks must not depend on them. */
const NO_SETTINGS = {
    signingSecret: '',
    resultUrl: '',
    token: '',
    repository: '',
    email: '',
    apiUrl: ''
};
function sampleTarget(platform, templateName, payload) {
    return platform.sampleTarget?.(templateName, payload) ?? platform.resolveTarget(undefined, templateName);
}
/**
 * What fit/validate need, with no credentials and a target like the one a send would use (throws InputError when
 * the platform cannot work without a real destination). `templateName` is PlatformChoice's; `source` is the template
 * text: its mentions may ping.
 */
function sampleContext(platform, templateName, payload, vars, source, warn) {
    return {
        target: sampleTarget(platform, templateName, payload),
        settings: NO_SETTINGS,
        headers: {},
        vars,
        authoredText: `${source}\n${JSON.stringify(vars)}`,
        state: new Map(),
        now: () => new Date(),
        warn
    };
}


/***/ }),

/***/ 8868:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ templateErrorFinding),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   Uj: () => (/* binding */ positionOfPath),
/* harmony export */   fN: () => (/* binding */ locationText),
/* harmony export */   oQ: () => (/* binding */ ownMessage)
/* harmony export */ });
/** The position of a JSON path ('embeds[0].fields[2].value') in the template: the path, else its nearest ancestor. */
function positionOfPath(path, positions) {
    for (let current = path;; current = parentPath(current)) {
        const found = positions.get(current);
        if (found)
            return found;
        if (current === '')
            return { line: 1, column: 1 };
    }
}
function parentPath(path) {
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut > 0 ? path.slice(0, cut) : '';
}
/** `file:line:col` as compilers print it. */
function locationText(finding) {
    if (!finding.file)
        return '';
    if (!finding.line)
        return finding.file;
    return `${finding.file}:${finding.line}${finding.column ? `:${finding.column}` : ''}`;
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0 };
    for (const finding of findings)
        counts[finding.severity]++;
    return counts;
}
/** A template that does not parse or compile, at the error's position. */
function templateErrorFinding(error, title) {
    return {
        file: error.file,
        line: error.line ?? 1,
        column: error.column ?? 1,
        severity: 'error',
        title,
        message: ownMessage(error)
    };
}
/** A TemplateError's message without the `file:line:col: ` it starts with. */
function ownMessage(error) {
    const prefix = error.line
        ? `${error.file}:${error.line}${error.column ? `:${error.column}` : ''}: `
        : `${error.file}: `;
    return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}


/***/ }),

/***/ 6120:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Z4: () => (/* binding */ checkSummary),
  mC: () => (/* binding */ findingLine),
  zp: () => (/* binding */ templateLine),
  RR: () => (/* binding */ terminalReport),
  sX: () => (/* binding */ totalsLine)
});

// EXTERNAL MODULE: ./src/event/tokens.ts + 5 modules
var tokens = __nccwpck_require__(2396);
// EXTERNAL MODULE: ./src/check/findings.ts
var check_findings = __nccwpck_require__(8868);
;// CONCATENATED MODULE: ./src/summary.ts
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

;// CONCATENATED MODULE: ./src/check/report.ts



/** GitHub refuses job summaries over 1 MiB; previews stop well before that. */
const SUMMARY_BUDGET = 800_000;
const PREVIEW_MAX = 20_000;
const MARKS = { ok: '✅', warning: '⚠️', error: '❌' };
/** One line per template: its outcome, platform and counts. */
function templateLine(report) {
    const { error, warning } = (0,check_findings/* countBySeverity */.Ot)(report.findings);
    const mark = error > 0 ? MARKS.error : warning > 0 ? MARKS.warning : MARKS.ok;
    const types = report.results.length > 0 ? `, ${plural(report.results.length, 'event type')}` : '';
    const counts = error + warning === 0
        ? 'ok'
        : [error && plural(error, 'error'), warning && plural(warning, 'warning')].filter(Boolean).join(', ');
    return `${mark} ${report.file} (${report.platform ?? 'platform unknown'}${types}): ${counts}`;
}
/** The verdict in one line: what was checked and how many problems. */
function totalsLine(templates, findings) {
    const { error, warning } = (0,check_findings/* countBySeverity */.Ot)(findings);
    const checked = `Checked ${plural(templates, 'template')}`;
    if (error + warning === 0)
        return `${checked}: no problems`;
    return `${checked}: ${plural(error, 'error')}, ${plural(warning, 'warning')}`;
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/** `file:line:col: error: title: message`, as compilers print a diagnostic. */
function findingLine(finding) {
    const where = (0,check_findings/* locationText */.fN)(finding);
    return `${where ? `${where}: ` : ''}${finding.severity}: ${finding.title}: ${finding.message}`;
}
/** Every finding as a diagnostic line, then one line per template and the totals. */
function terminalReport(templates, findings) {
    const problems = findings.map(findingLine);
    return [
        ...problems,
        ...(problems.length > 0 ? [''] : []),
        ...templates.map(templateLine),
        totalsLine(templates.length, findings)
    ].join('\n');
}
/** The job summary: a template × event type table, every problem, and a rendered preview per template. */
function checkSummary(templates, findings) {
    const parts = ['### Dagster Alert Relay: template check', '', totalsLine(templates.length, findings), ''];
    if (templates.length > 0)
        parts.push(resultTable(templates), '');
    if (findings.length > 0)
        parts.push('**Problems**', '', ...findings.map(problemItem), '');
    let size = parts.join('\n').length;
    let left = 0;
    for (const report of templates) {
        const preview = previewBlock(report);
        if (!preview)
            continue;
        if (size + preview.length > SUMMARY_BUDGET) {
            left++;
            continue;
        }
        parts.push(preview);
        size += preview.length;
    }
    if (left > 0)
        parts.push(`_${plural(left, 'preview')} left out to keep the summary within GitHub's size limit._`, '');
    return parts.join('\n');
}
function resultTable(templates) {
    const checked = new Set(templates.flatMap(report => report.results.map(result => result.type)));
    const types = tokens/* NOTIFICATION_TYPES */.I9.map(type => type.type).filter(type => checked.has(type));
    const header = `| Template | Platform | ${types.join(' | ')} |`;
    const rule = `|---|---|${types.map(() => ':-:|').join('')}`;
    const rows = templates.map(report => {
        const byType = new Map(report.results.map(result => [result.type, result.result]));
        // A template that does not compile has no per-type results: every column fails.
        const cell = (type) => report.results.length === 0 ? MARKS.error : byType.has(type) ? MARKS[byType.get(type)] : '·';
        return `| ${report_code(report.file)} | ${report.platform ?? '—'} | ${types.map(cell).join(' | ')} |`;
    });
    return [header, rule, ...rows, '', "✅ ok · ⚠️ warnings · ❌ errors · `·` not one of the template's events"].join('\n');
}
function problemItem(finding) {
    const where = (0,check_findings/* locationText */.fN)(finding);
    return `- ${MARKS[finding.severity]} ${where ? `${report_code(where)} ` : ''}**${escapeHtml(finding.title)}**: ${escapeHtml(finding.message)}`;
}
function previewBlock(report) {
    if (!report.preview)
        return undefined;
    let json = JSON.stringify(report.preview.payload, null, 2);
    if (json.length > PREVIEW_MAX)
        json = `${json.slice(0, PREVIEW_MAX)}\n… (${json.length - PREVIEW_MAX} more characters)`;
    const title = `${escapeHtml(report.file)}: ${report.preview.type} sample alert`;
    return [`<details><summary>${title}</summary>`, '', fenced('json', json), '', '</details>', ''].join('\n');
}
function report_code(text) {
    return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}
/** Messages can quote template or alert text (`<@&123>`, `</details>`): shown as text, never as HTML. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}


/***/ }),

/***/ 8828:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  FQ: () => (/* binding */ templateFindings)
});

// UNUSED EXPORTS: atSendTime, findingsError

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/event/tokens.ts + 5 modules
var tokens = __nccwpck_require__(2396);
;// CONCATENATED MODULE: ./src/check/literal-syntax.ts

// `{{ token }}` is Dagster+'s syntax (replaced in the webhook body, never in a template); `${{ … }}` is GitHub's
// (evaluated in workflow files, never in a template). Both print as written.
const DAGSTER_TOKEN = /(?<!\$)\{\{\s*([A-Za-z_]\w*)\s*\}\}/g;
const GITHUB_EXPRESSION = /\$\{\{[^}]*\}\}/g;
/**
 * Dagster+ or GitHub expression syntax written in a template where `<< >>` was meant. Front matter and comment lines
 * are skipped; a Dagster token is an error (the alert would show `{{alert_summary}}`), a GitHub expression a warning.
 */
function literalSyntaxFindings(file, text) {
    const lines = text.split(/\r\n?|\n/);
    const closing = /^---[ \t]*$/.test(lines[0]) ? lines.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(line)) : -1;
    const findings = [];
    lines.forEach((line, index) => {
        if (index <= closing || /^\s*#/.test(line))
            return;
        for (const match of line.matchAll(DAGSTER_TOKEN)) {
            if (!tokens/* TOKENS */.xZ.has(match[1]))
                continue;
            const message = `${match[0]} is Dagster+ syntax and prints as written in a template: write << ${match[1]} >>`;
            findings.push({
                file,
                line: index + 1,
                column: (match.index ?? 0) + 1,
                severity: 'error',
                title: 'Dagster+ token syntax',
                message
            });
        }
        for (const match of line.matchAll(GITHUB_EXPRESSION)) {
            const message = `${match[0]} is not evaluated in a template and prints as written: pass such values through the vars input (<< vars.NAME >>)`;
            findings.push({
                file,
                line: index + 1,
                column: (match.index ?? 0) + 1,
                severity: 'warning',
                title: 'GitHub expression syntax',
                message
            });
        }
    });
    return findings;
}

// EXTERNAL MODULE: ./src/check/closest-name.ts
var closest_name = __nccwpck_require__(751);
// EXTERNAL MODULE: ./src/platforms/registry.ts
var registry = __nccwpck_require__(5493);
;// CONCATENATED MODULE: ./src/check/unknown-keys.ts


/**
 * Template keys the platform's service does not know, at their line, with the nearest known key: an error where the
 * service rejects the request, a warning where it silently drops the key and what it holds.
 */
function unknownKeyFindings(file, keys, platform) {
    const result = { findings: [], meant: new Set() };
    const known = platform.knownKeys;
    if (!known)
        return result;
    const present = new Set(keys.map(key => key.path.join('.')));
    const name = (0,registry/* displayName */.QC)(platform);
    for (const key of keys) {
        const level = levelOf(known.tree, key.path.slice(0, -1));
        const own = key.path[key.path.length - 1];
        if (!level || lookUp(level, own) !== undefined)
            continue;
        const names = Object.keys(level);
        const guess = (0,closest_name/* closestName */.N)(own, names.filter(candidate => !candidate.endsWith('*')));
        const where = key.path.length > 1 ? ` in ${key.path.slice(0, -1).join('.')}` : '';
        const effect = known.unknown === 'rejects'
            ? `${name} would reject the request`
            : `${name} ignores it, so what it holds is never shown`;
        const hint = guess ? `did you mean ${guess}?` : `${name} knows ${names.join(', ')}`;
        result.findings.push({
            file,
            line: key.line,
            column: key.column,
            severity: known.unknown === 'rejects' ? 'error' : 'warning',
            title: 'Unknown key',
            message: `${own} is not a key ${name} knows${where}: ${effect}; ${hint}`
        });
        const meant = guess && [...key.path.slice(0, -1), guess].join('.');
        if (meant && !present.has(meant))
            result.meant.add(meant);
    }
    return result;
}
/** The known keys under `path`; undefined where they are not checked (a free-form value, or an unknown key above). */
function levelOf(tree, path) {
    let level = tree;
    for (const segment of path) {
        if (level === true || level === undefined)
            return undefined;
        level = lookUp(level, segment);
    }
    return level === true ? undefined : level;
}
function lookUp(level, key) {
    if (Object.hasOwn(level, key))
        return level[key];
    const pattern = Object.keys(level).find(name => name.endsWith('*') && key.startsWith(name.slice(0, -1)));
    return pattern === undefined ? undefined : level[pattern];
}

// EXTERNAL MODULE: ./src/check/variables.ts
var variables = __nccwpck_require__(7193);
;// CONCATENATED MODULE: ./src/check/template-findings.ts





/**
 * What `check`, `render` and a send all find in a template before rendering it: unknown variables, Dagster+ or GitHub
 * syntax where `<< >>` was meant, and keys the platform does not know. `types`: the template's declared events.
 */
function templateFindings(source, template, platform, types) {
    const keys = platform
        ? unknownKeyFindings(source.file, template.keys, platform)
        : { findings: [], meant: new Set() };
    const findings = [
        ...(0,variables/* variableFindings */.n)(source.file, template.variables, types),
        ...literalSyntaxFindings(source.file, source.text),
        ...keys.findings
    ];
    return { findings, meant: keys.meant };
}
/**
 * The findings as a send weighs them: an unknown variable renders empty with a warning that names it (check mode
 * calls it an error, so it is fixed before it ships); a send never loses an alert to a misspelt name.
 */
function atSendTime(findings) {
    return findings.map(finding => finding.unknownVariable === undefined
        ? finding
        : {
            ...finding,
            severity: 'warning',
            title: `unknown variable '${finding.unknownVariable}' renders empty`,
            message: finding.message
        });
}
/** A send stops at the findings `check` calls errors: one TemplateError at the first, listing them all. */
function findingsError(findings) {
    const errors = findings.filter(finding => finding.severity === 'error');
    if (errors.length === 0)
        return undefined;
    const [first, ...others] = errors;
    const more = others.map(finding => `\n  ${locationText(finding)}: ${finding.title}: ${finding.message}`).join('');
    return new TemplateError(`${first.title}: ${first.message}${more}`, first.file ?? '', first.line, first.column);
}


/***/ }),

/***/ 5272:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ unreadVarFindings)
/* harmony export */ });
/* harmony import */ var _closest_name_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(751);

/**
 * `vars` keys that nothing reads: a warning each, with the nearest name that is read (`mentoin:` was meant as
 * `mention:` and is silently ignored).
 */
function unreadVarFindings(given, readers) {
    const read = new Set(readers.flatMap(reader => reader.platform?.varsRead ?? []));
    for (const ref of readers.flatMap(reader => reader.variables)) {
        const [head, name] = ref.name.split('.');
        if (head !== 'vars')
            continue;
        // `<< vars >>` or `vars[name]` may read any of them
        if (name === undefined)
            return [];
        read.add(name);
    }
    return given
        .filter(name => !read.has(name))
        .map(name => {
        const guess = (0,_closest_name_js__WEBPACK_IMPORTED_MODULE_0__/* .closestName */ .N)(name, read);
        const hint = guess
            ? `did you mean ${guess}?`
            : read.size > 0
                ? `the vars read are ${[...read].join(', ')}`
                : 'no var is read';
        return {
            severity: 'warning',
            title: 'Unread var',
            message: `vars: ${name} is read by no template, so it changes nothing: ${hint}`
        };
    });
}


/***/ }),

/***/ 7193:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ SAMPLE_ENV),
/* harmony export */   n: () => (/* binding */ variableFindings)
/* harmony export */ });
/* harmony import */ var _event_derive_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1386);
/* harmony import */ var _event_normalise_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3002);
/* harmony import */ var _event_scope_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4592);
/* harmony import */ var _event_tokens_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2396);
/* harmony import */ var _closest_name_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(751);





/** The runner values `github.*` is built from, as on a real run; check mode and the CLI render with them. */
const SAMPLE_ENV = {
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/data-platform',
    GITHUB_RUN_ID: '1234567890'
};
let githubKeys;
/** The keys `github` has on a real run, read from the derivation itself. */
function githubFields() {
    githubKeys ??= Object.keys((0,_event_derive_js__WEBPACK_IMPORTED_MODULE_0__/* .deriveValues */ .gL)((0,_event_normalise_js__WEBPACK_IMPORTED_MODULE_3__/* .normaliseAlert */ .j)((0,_event_tokens_js__WEBPACK_IMPORTED_MODULE_2__/* .sampleAlert */ .$Q)(_event_tokens_js__WEBPACK_IMPORTED_MODULE_2__/* .NOTIFICATION_TYPES */ .I9[0].type)), SAMPLE_ENV).github);
    return githubKeys;
}
/**
 * Static checks of what a template reads. Unknown names are errors (at send time they render empty); a token that
 * none of the template's declared event types carries is a warning, since it always renders empty for them.
 * `vars.*` is not checked: vars come from the calling workflow.
 */
function variableFindings(file, variables, types) {
    const known = (0,_event_scope_js__WEBPACK_IMPORTED_MODULE_1__/* .knownVariableNames */ .g)();
    const carried = types && new Set([..._event_tokens_js__WEBPACK_IMPORTED_MODULE_2__/* .GLOBAL_TOKENS */ .Dn.map(token => token.name), ...types.flatMap(type => type.tokens)]);
    const findings = [];
    const seen = new Set();
    for (const ref of variables) {
        const place = `${ref.line}:${ref.column}`;
        if (seen.has(place))
            continue;
        seen.add(place);
        const [head, member] = ref.name.split('.');
        const at = { file, line: ref.line, column: ref.column };
        if (!known.has(head)) {
            findings.push({
                ...at,
                severity: 'error',
                title: 'Unknown variable',
                message: unknownMessage(head, [...known]),
                unknownVariable: head
            });
        }
        else if (head === 'github' && member !== undefined && !githubFields().includes(member)) {
            const message = `github.${member} does not exist: github has ${githubFields().join(', ')}`;
            findings.push({ ...at, severity: 'error', title: 'Unknown variable', message, unknownVariable: ref.name });
        }
        else if (head === 'alert' && member !== undefined && !_event_tokens_js__WEBPACK_IMPORTED_MODULE_2__/* .TOKENS */ .xZ.has(member)) {
            findings.push({
                ...at,
                severity: 'error',
                title: 'Unknown variable',
                message: `alert.${unknownMessage(member, [..._event_tokens_js__WEBPACK_IMPORTED_MODULE_2__/* .TOKENS */ .xZ.keys()])}`,
                unknownVariable: ref.name
            });
        }
        else if (types && carried && _event_tokens_js__WEBPACK_IMPORTED_MODULE_2__/* .TOKENS */ .xZ.has(head) && !carried.has(head)) {
            const message = `${head} is never sent for ${types.map(type => type.type).join(', ')} alerts (the template's events), so it always renders empty`;
            findings.push({ ...at, severity: 'warning', title: 'Token not sent for these events', message });
        }
    }
    return findings;
}
function unknownMessage(name, known) {
    const guess = (0,_closest_name_js__WEBPACK_IMPORTED_MODULE_4__/* .closestName */ .N)(name, known);
    const hint = guess ? `did you mean ${guess}? ` : '';
    return (`${name} is not a variable templates can read (it would render empty): ${hint}` +
        'use a Dagster+ token (alert_summary, run_status, …), a derived value (alert_status, status_color, …), vars.NAME or github.*');
}


/***/ }),

/***/ 3377:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  z: () => (/* binding */ check)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/check/report.ts + 1 modules
var report = __nccwpck_require__(6120);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/template/load.ts + 1 modules
var load = __nccwpck_require__(6923);
// EXTERNAL MODULE: ./src/event/tokens.ts + 5 modules
var tokens = __nccwpck_require__(2396);
// EXTERNAL MODULE: ./src/template/compile.ts + 4 modules
var compile = __nccwpck_require__(6247);
// EXTERNAL MODULE: ./src/check/destination.ts
var destination = __nccwpck_require__(2276);
// EXTERNAL MODULE: ./src/check/findings.ts
var check_findings = __nccwpck_require__(8868);
// EXTERNAL MODULE: ./src/event/derive.ts + 2 modules
var derive = __nccwpck_require__(1386);
// EXTERNAL MODULE: ./src/event/normalise.ts
var normalise = __nccwpck_require__(3002);
// EXTERNAL MODULE: ./src/event/scope.ts
var event_scope = __nccwpck_require__(4592);
// EXTERNAL MODULE: ./src/platforms/registry.ts
var registry = __nccwpck_require__(5493);
// EXTERNAL MODULE: ./node_modules/graphql/error/GraphQLError.js
var GraphQLError = __nccwpck_require__(5939);
// EXTERNAL MODULE: ./node_modules/graphql/language/parser.js
var parser = __nccwpck_require__(4929);
;// CONCATENATED MODULE: ./src/check/graphql-syntax.ts


/**
 * A GraphQL document in the payload (at `key`, e.g. `query`) checked by a real parser. A platform's own validation
 * reads the operation with light checks (the send path stays free of the `graphql` package); check mode can afford
 * the parser and catches every syntax error.
 */
function graphqlSyntaxProblems(payload, key) {
    const document = typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? payload[key] : undefined;
    if (typeof document !== 'string' || document.trim() === '')
        return [];
    try {
        (0,parser/* parse */.qg)(document, { noLocation: true });
        return [];
    }
    catch (error) {
        if (!(error instanceof GraphQLError.GraphQLError))
            throw error;
        const at = error.locations?.[0];
        const where = at ? ` (line ${at.line}, column ${at.column} of the ${key})` : '';
        return [{ path: key, message: `is not valid GraphQL: ${error.message.replace(/^Syntax Error: /, '')}${where}` }];
    }
}

// EXTERNAL MODULE: ./src/check/variables.ts
var variables = __nccwpck_require__(7193);
;// CONCATENATED MODULE: ./src/check/render-variants.ts










/** The alerts each type is rendered with: a realistic one, and one whose free text is long and hostile. */
const VARIANTS = [
    { name: 'sample', alert: tokens/* sampleAlert */.$Q },
    { name: 'hostile', alert: tokens/* hostileAlert */.z$ }
];
/** The problems of all renders of one template, merged. */
class Occurrences {
    byKey = new Map();
    add(severity, title, problem, at, seen) {
        // The same problem differs only in numbers between alerts (lengths): one finding for all of them.
        const key = [severity, at.line, at.column, problem.path, problem.message.replace(/\d+/g, '#')].join('|');
        const occurrence = this.byKey.get(key) ?? {
            severity,
            title,
            problem,
            at,
            types: new Set(),
            variants: new Set(),
            unrendered: true
        };
        occurrence.types.add(seen.type);
        occurrence.variants.add(seen.variant);
        occurrence.unrendered &&= seen.unrendered === true;
        this.byKey.set(key, occurrence);
    }
    /**
     * A fit warning at a path the template never produces, for every type's sample alert, means a required value
     * (an issue's title) is only ever the platform's placeholder: an error in the template.
     */
    severityOf(occurrence, types) {
        const always = occurrence.variants.has('sample') && occurrence.types.size === types.length;
        return occurrence.severity === 'warning' && occurrence.unrendered && always ? 'error' : occurrence.severity;
    }
    findings(file, types) {
        return [...this.byKey.values()].map(occurrence => {
            const severity = this.severityOf(occurrence, types);
            const { path, message } = occurrence.problem;
            const text = severity === occurrence.severity ? message : `the template never sets it (${message})`;
            return {
                file,
                line: occurrence.at.line,
                column: occurrence.at.column,
                severity,
                title: severity === occurrence.severity ? occurrence.title : 'Required value missing',
                message: `${path ? `${path}: ` : ''}${text} (${whenSeen(occurrence, types)})`
            };
        });
    }
    /** Each type's worst outcome; a type not rendered (rendering stopped at an error) fails. */
    results(types, rendered) {
        const results = new Map(types.map(type => [type.type, rendered.has(type.type) ? 'ok' : 'error']));
        for (const occurrence of this.byKey.values()) {
            const severity = this.severityOf(occurrence, types);
            for (const type of occurrence.types)
                if (results.get(type) !== 'error')
                    results.set(type, severity);
        }
        return results;
    }
}
const alertCache = new Map();
/** The same alerts serve every template: built once per type and variant (the hostile trace is 10 KB). */
function renderedAlert(variant, type) {
    const key = `${variant.name}:${type}`;
    let cached = alertCache.get(key);
    if (!cached) {
        const alert = (0,normalise/* normaliseAlert */.j)(variant.alert(type));
        cached = { alert, derived: (0,derive/* deriveValues */.gL)(alert, variables/* SAMPLE_ENV */.H) };
        alertCache.set(key, cached);
    }
    return cached;
}
/** Renders, fits and validates the template for the sample and hostile alert of every type; problems merged. */
function renderAll(template, source, platform, templateName, types, vars, meant) {
    const occurrences = new Occurrences();
    const rendered = new Set();
    let preview;
    const done = () => ({
        findings: occurrences.findings(source.file, types),
        results: occurrences.results(types, rendered),
        preview
    });
    for (const type of types) {
        for (const variant of VARIANTS) {
            const seen = { type: type.type, variant: variant.name };
            const { alert, derived } = renderedAlert(variant, type.type);
            const scope = (0,event_scope/* templateScope */.N)(alert, derived, vars);
            let result;
            try {
                result = template.render(scope);
            }
            catch (error) {
                if (!(error instanceof errors/* TemplateError */.$w))
                    throw error;
                // A render error (a loop past the limits, a filter failing) repeats for every alert: report it once, stop.
                const at = { line: error.line ?? 1, column: error.column ?? 1 };
                occurrences.add('error', 'Template fails to render', { path: '', message: (0,check_findings/* ownMessage */.oQ)(error) }, at, seen);
                return done();
            }
            if (!platform) {
                preview ??= { type: type.type, payload: result.value };
                continue;
            }
            const warnings = [];
            let ctx;
            try {
                ctx = (0,destination/* sampleContext */.E6)(platform, templateName, result.value, vars, source.text, problem => warnings.push(problem));
            }
            catch (error) {
                if (!(error instanceof errors/* InputError */.dz))
                    throw error;
                occurrences.add('error', `Cannot check ${platform.name} templates`, { path: '', message: error.message }, { line: 1, column: 1 }, seen);
                return done();
            }
            const payload = platform.fit(result.value, ctx);
            const problems = [
                ...platform.validate(payload, ctx),
                ...(platform.graphqlDocumentKey ? graphqlSyntaxProblems(payload, platform.graphqlDocumentKey) : [])
            ];
            const { positions } = result;
            const name = (0,registry/* displayName */.QC)(platform);
            // Fitting hostile text (long, multi-line) is what fitting is for; only a realistic alert's changes deserve a warning.
            if (variant.name === 'sample') {
                for (const problem of warnings) {
                    const unrendered = !positions.has(problem.path);
                    occurrences.add('warning', `Adjusted for ${name}`, problem, (0,check_findings/* positionOfPath */.Uj)(problem.path, positions), {
                        ...seen,
                        unrendered
                    });
                }
            }
            // A required key reported missing because it is misspelt: the unknown key's finding already says so, at its line.
            for (const problem of problems.filter(problem => !meant.has(problem.path.replace(/\[\d+\]/g, ''))))
                occurrences.add('error', `${name} would reject this`, problem, (0,check_findings/* positionOfPath */.Uj)(problem.path, positions), seen);
            preview ??= { type: type.type, payload };
        }
        rendered.add(type.type);
    }
    return done();
}
/** "every event type" or "event type JOB, TICK", and whether only the hostile alert showed it. */
function whenSeen(occurrence, types) {
    const seen = types.map(type => type.type).filter(type => occurrence.types.has(type));
    const which = seen.length === types.length && types.length > 1 ? 'every event type' : `event type ${seen.join(', ')}`;
    if (occurrence.variants.has('sample'))
        return which;
    return `${which}, with the hostile sample alert only: 10 KB stack trace, quotes, mentions, template syntax`;
}

// EXTERNAL MODULE: ./src/check/template-findings.ts + 2 modules
var template_findings = __nccwpck_require__(8828);
;// CONCATENATED MODULE: ./src/check/check-template.ts







/**
 * Parses and compiles a template once, checks what it reads, then renders, fits and validates it for the sample and
 * hostile alert of every event type it is for. Never throws for a problem in the template: it becomes a finding.
 */
function checkTemplate(source, options) {
    const file = source.file;
    let template;
    try {
        template = (0,compile/* compileTemplate */.G)(source);
    }
    catch (error) {
        if (!(error instanceof errors/* TemplateError */.$w))
            throw error;
        const named = (0,destination/* templatePlatform */.oT)(file, {});
        const platform = 'platform' in named ? named.platform.name : undefined;
        return { file, platform, results: [], findings: [(0,check_findings/* templateErrorFinding */.An)(error, 'Invalid template')] };
    }
    const frontMatter = frontMatterLocator(source.text);
    const staticFindings = [];
    const types = eventTypes(template.frontMatter, file, frontMatter, staticFindings);
    const choice = (0,destination/* templatePlatform */.oT)(file, template.frontMatter);
    const platform = 'platform' in choice ? choice.platform : undefined;
    const templateName = 'platform' in choice ? choice.templateName : file;
    if ('problem' in choice) {
        const at = choice.inFrontMatter ? frontMatter.valueOf('platform') : { line: 1, column: 1 };
        staticFindings.push({ file, ...at, severity: 'error', title: 'Unknown platform', message: choice.problem });
    }
    const shared = (0,template_findings/* templateFindings */.FQ)(source, template, platform, template.frontMatter.events && types);
    staticFindings.push(...shared.findings);
    const renders = renderAll(template, source, platform, templateName, types, (0,destination/* checkVars */.Ll)(platform, options.vars), shared.meant);
    const findings = [...staticFindings, ...renders.findings];
    const staticError = staticFindings.some(finding => finding.severity === 'error');
    const results = types.map(type => ({
        type: type.type,
        result: staticError ? 'error' : (renders.results.get(type.type) ?? 'error')
    }));
    return {
        file,
        platform: platform?.name,
        results,
        findings,
        preview: renders.preview,
        reads: { variables: template.variables, platform }
    };
}
/** The front matter's `events` as notification types (unknown names are findings), else every type. */
function eventTypes(frontMatter, file, locator, findings) {
    if (frontMatter.events === undefined)
        return [...tokens/* NOTIFICATION_TYPES */.I9];
    const known = tokens/* NOTIFICATION_TYPES */.I9.map(type => type.type).join(', ');
    if (frontMatter.events.length === 0) {
        const message = `front matter events is empty: list the notification types the template is for (${known}), or remove it to check all`;
        findings.push({ file, ...locator.valueOf('events'), severity: 'error', title: 'Unknown event type', message });
        return [...tokens/* NOTIFICATION_TYPES */.I9];
    }
    const types = [];
    for (const name of frontMatter.events) {
        const type = (0,tokens/* notificationType */.IO)(name);
        if (type && !types.includes(type))
            types.push(type);
        if (!type) {
            const message = `front matter events: "${name}" is not a Dagster+ notification type; use ${known}`;
            findings.push({ file, ...locator.word(name, 'events'), severity: 'error', title: 'Unknown event type', message });
        }
    }
    return types.length > 0 ? types : [...tokens/* NOTIFICATION_TYPES */.I9];
}
/** Positions inside the front matter, which the compiled template does not keep. */
function frontMatterLocator(text) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
    const closing = /^---[ \t]*$/.test(lines[0]) ? lines.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(line)) : -1;
    const keyLine = (key) => {
        const index = lines.findIndex((line, i) => i > 0 && i < closing && new RegExp(`^\\s*${key}\\s*:`).test(line));
        return index < 0 ? 0 : index;
    };
    return {
        valueOf(key) {
            const index = keyLine(key);
            const match = new RegExp(`^(\\s*${key}\\s*:\\s*)\\S`).exec(lines[index]);
            return { line: index + 1, column: match ? match[1].length + 1 : 1 };
        },
        word(word, key) {
            for (let i = keyLine(key); i < Math.max(closing, 1); i++) {
                const column = lines[i].indexOf(word, i === keyLine(key) ? lines[i].indexOf(':') + 1 : 0);
                if (column >= 0)
                    return { line: i + 1, column: column + 1 };
            }
            return this.valueOf(key);
        }
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/check/find-templates.ts



/** Where check mode looks when the `template` input is empty. */
const DEFAULT_TEMPLATE_FOLDER = '.github/dagster-templates';
/** What a folder contributes: files a template can be written in. */
const TEMPLATE_EXTENSIONS = new Set(['.yml', '.yaml', '.json']);
/** Never searched: they hold no templates and can be huge. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);
/** Bounds the walk, so a glob over a huge repository cannot stall the check. */
const MAX_ENTRIES = 50_000;
const GLOB_CHARACTERS = /[*?[{]/;
/** The `template` input in check mode: one path, glob or folder a line; `!pattern` excludes. */
function templatePatterns(input) {
    const patterns = (input ?? '')
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line !== '' && !line.startsWith('#'));
    return patterns.length > 0 ? patterns : [DEFAULT_TEMPLATE_FOLDER];
}
/** Resolves paths, folders (their .yml/.yaml/.json files, recursively), globs and built-in names. */
function findTemplates(patterns, workspace) {
    const root = external_node_path_.resolve(workspace);
    const found = new Set();
    const excluded = new Set();
    const unmatched = [];
    for (const pattern of patterns) {
        const exclude = pattern.startsWith('!');
        const wanted = find_templates_normalise(exclude ? pattern.slice(1) : pattern);
        if (escapesWorkspace(wanted)) {
            unmatched.push({ pattern, reason: 'is outside the workspace; templates must be files in the repository' });
            continue;
        }
        const matches = resolvePattern(wanted, root);
        if (exclude)
            matches.forEach(file => excluded.add(file));
        else if (matches.length > 0)
            matches.forEach(file => found.add(file));
        else
            unmatched.push({ pattern, reason: describeNoMatch(wanted, root) });
    }
    return { files: [...found].filter(file => !excluded.has(file)).sort(), unmatched };
}
function find_templates_normalise(pattern) {
    return pattern
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/\/+$/, '');
}
function escapesWorkspace(pattern) {
    return external_node_path_.posix.isAbsolute(pattern) || /^[A-Za-z]:/.test(pattern) || pattern.split('/').includes('..');
}
function resolvePattern(pattern, root) {
    if (GLOB_CHARACTERS.test(pattern))
        return matchGlob(pattern, root);
    const kind = entryKind(external_node_path_.join(root, pattern));
    if (kind === 'file')
        return [pattern];
    if (kind === 'folder')
        return walk(root, pattern).filter(file => TEMPLATE_EXTENSIONS.has(external_node_path_.posix.extname(file).toLowerCase()));
    return (0,load/* builtinTemplateNames */.eT)().includes(pattern) ? [pattern] : [];
}
function describeNoMatch(pattern, root) {
    if (GLOB_CHARACTERS.test(pattern))
        return 'matches no file in the workspace';
    if (entryKind(external_node_path_.join(root, pattern)) === 'folder')
        return 'is a folder with no .yml, .yaml or .json file';
    return `is neither a file or folder in the workspace nor a built-in template (${(0,load/* builtinTemplateNames */.eT)().join(', ')})`;
}
function entryKind(file) {
    try {
        const stats = (0,external_node_fs_.statSync)(file);
        return stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : undefined;
    }
    catch {
        return undefined;
    }
}
/** Files matching a glob: `*` and `?` within one path segment, `**` across segments, `{a,b}`, `[abc]`. */
function matchGlob(pattern, root) {
    const segments = pattern.split('/');
    const firstGlob = segments.findIndex(segment => GLOB_CHARACTERS.test(segment));
    const base = segments.slice(0, firstGlob).join('/');
    if (base && entryKind(external_node_path_.join(root, base)) !== 'folder')
        return [];
    const regex = globToRegExp(pattern);
    return walk(root, base).filter(file => regex.test(file));
}
function globToRegExp(glob) {
    let source = '';
    let braces = 0;
    for (let i = 0; i < glob.length; i++) {
        const ch = glob[i];
        if (glob.startsWith('**/', i)) {
            source += '(?:[^/]*/)*';
            i += 2;
        }
        else if (glob.startsWith('**', i)) {
            source += '.*';
            i += 1;
        }
        else if (ch === '*')
            source += '[^/]*';
        else if (ch === '?')
            source += '[^/]';
        else if (ch === '{') {
            braces++;
            source += '(?:';
        }
        else if (ch === '}' && braces > 0) {
            braces--;
            source += ')';
        }
        else if (ch === ',' && braces > 0)
            source += '|';
        else if (ch === '[' && glob.indexOf(']', i + 2) > i) {
            const end = glob.indexOf(']', i + 2);
            const body = glob
                .slice(i + 1, end)
                .replace(/^!/, '^')
                .replace(/\\/g, '\\\\');
            source += `[${body}]`;
            i = end;
        }
        else
            source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${source}${')'.repeat(braces)}$`);
}
/** Workspace-relative paths of the files under `folder` ('' for the root), symlinked folders not followed. */
function walk(root, folder) {
    const files = [];
    const pending = [folder];
    let seen = 0;
    while (pending.length > 0 && seen < MAX_ENTRIES) {
        const current = pending.pop();
        for (const entry of readEntries(external_node_path_.join(root, current))) {
            if (++seen > MAX_ENTRIES)
                break;
            const relative = current ? `${current}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (!SKIPPED_FOLDERS.has(entry.name))
                    pending.push(relative);
            }
            else if (entry.isFile() || (entry.isSymbolicLink() && entryKind(external_node_path_.join(root, relative)) === 'file')) {
                files.push(relative);
            }
        }
    }
    return files;
}
function readEntries(folder) {
    try {
        return (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true });
    }
    catch {
        return [];
    }
}

// EXTERNAL MODULE: ./src/check/unread-vars.ts
var unread_vars = __nccwpck_require__(5272);
;// CONCATENATED MODULE: ./src/check/run.ts







/** `mode: check`: finds the templates, checks each, and reports. Sends nothing, reads no secret. */
function runCheck(options) {
    const found = findTemplates(templatePatterns(options.template), options.workspace);
    const findings = found.unmatched.map(({ pattern, reason }) => ({
        severity: 'error',
        title: 'No template found',
        message: `template "${pattern}" ${reason}`
    }));
    const templates = [];
    for (const ref of found.files) {
        try {
            templates.push(checkTemplate((0,load/* loadTemplate */.PM)(ref, options.workspace), { vars: options.vars }));
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.dz))
                throw error;
            findings.push({ file: ref, severity: 'error', title: 'Template not readable', message: error.message });
        }
    }
    findings.push(...templates.flatMap(report => report.findings));
    const readers = templates.flatMap(report => (report.reads ? [report.reads] : []));
    if (readers.length > 0)
        findings.push(...(0,unread_vars/* unreadVarFindings */.f)(Object.keys(options.vars), readers));
    const { error, warning } = (0,check_findings/* countBySeverity */.Ot)(findings);
    return {
        templates,
        findings,
        errors: error,
        warnings: warning,
        lines: [...templates.map(report/* templateLine */.zp), (0,report/* totalsLine */.sX)(templates.length, findings)],
        summary: (0,report/* checkSummary */.Z4)(templates, findings)
    };
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __nccwpck_require__(3567);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __nccwpck_require__(776);
;// CONCATENATED MODULE: ./src/cli/check.ts





/** `check`: the action's mode: check, on the command line. */
const check = {
    help: `Usage: ${command/* COMMAND */.Wr} check [path|glob|folder …] [--vars <yaml>]

Checks every template (default: .github/dagster-templates) against sample and hostile alerts of each of its
event types, as the action's mode: check does. Prints file:line:col: severity: message; exit code 1 on errors.
  --vars  template variables as YAML/JSON, laid over the sample values of required ones`,
    run(args, io) {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args,
            options: { vars: { type: 'string' } },
            allowPositionals: true,
            strict: true
        });
        const result = runCheck({ template: positionals.join('\n'), workspace: io.cwd, vars: (0,options/* readVars */.nK)(values.vars) });
        io.out((0,report/* terminalReport */.RR)(result.templates, result.findings));
        return result.errors > 0 ? command/* EXIT */.dc.failed : command/* EXIT */.dc.ok;
    }
};


/***/ }),

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wr: () => (/* binding */ COMMAND),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/** What every CLI command shares: the outside world it touches, its exit codes and its usage error. */
const COMMAND = 'dagster-alert-relay';
/** Exit codes: 0 fine, 1 the template or payload has errors, 2 the command line is wrong. */
const EXIT = { ok: 0, failed: 1, usage: 2 };
/** A wrong command line: printed with the command's help, exit code 2. */
class UsageError extends Error {
}


/***/ }),

/***/ 4739:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ dispatchBody)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _event_tokens_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2396);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3567);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(776);




const GITHUB_API = 'https://api.github.com';
/** `dispatch-body`: the Dagster+ webhook (URL, headers, body) that starts a repository_dispatch. */
const dispatchBody = {
    help: `Usage: ${_command_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMAND */ .Wr} dispatch-body [--repo owner/name] [--types JOB,ASSET_HEALTH] [--event-type dagster-alert] [--body-only]

Prints what to enter in a Dagster+ alert policy webhook so it starts a repository_dispatch workflow: the URL,
the headers and the JSON body with every token of the chosen notification types nested under
client_payload.alert (GitHub allows at most 10 top-level client_payload keys).
  --repo        the repository whose workflow runs (default OWNER/REPO)
  --types       notification types, comma separated (default: all)
  --event-type  the repository_dispatch type the workflow listens for (default dagster-alert, at most ${_options_js__WEBPACK_IMPORTED_MODULE_3__/* .EVENT_TYPE_MAX */ .b3} characters)
  --body-only   leave out the URL and headers (stdout is the JSON body either way)`,
    run(args, io) {
        const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args,
            options: {
                repo: { type: 'string', default: 'OWNER/REPO' },
                types: { type: 'string' },
                'event-type': { type: 'string', default: 'dagster-alert' },
                'body-only': { type: 'boolean', default: false }
            },
            strict: true
        });
        const repo = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .readRepo */ .f7)(values.repo);
        const eventType = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .readEventType */ .Jl)(values['event-type']);
        const body = { event_type: eventType, client_payload: { alert: dispatchTokens(values.types) } };
        const json = JSON.stringify(body, null, 2);
        // The request line and headers go to stderr, so stdout is the body alone: `dispatch-body > body.json` posts as is.
        if (!values['body-only']) {
            io.err([
                `POST ${GITHUB_API}/repos/${repo}/dispatches`,
                `Authorization: Bearer <fine-grained token with Contents: write on ${repo}>`,
                'Accept: application/vnd.github+json',
                'X-GitHub-Api-Version: 2022-11-28',
                'Content-Type: application/json',
                ''
            ].join('\n'));
        }
        io.out(json);
        return _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok;
    }
};
/** `{token: "{{token}}"}` for the global tokens and every token of the chosen types, in catalogue order. */
function dispatchTokens(types) {
    const chosen = types
        ? types.split(',').map(name => {
            const found = (0,_event_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .notificationType */ .IO)(name);
            if (!found)
                throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--types: '${name.trim()}' is not a notification type; use ${_event_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .NOTIFICATION_TYPES */ .I9.map(t => t.type).join(', ')}`);
            return found;
        })
        : _event_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .NOTIFICATION_TYPES */ .I9;
    const wanted = new Set([..._event_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .GLOBAL_TOKENS */ .Dn.map(token => token.name), ...chosen.flatMap(type => type.tokens)]);
    return Object.fromEntries([..._event_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .TOKENS */ .xZ.keys()].filter(name => wanted.has(name)).map(name => [name, `{{${name}}}`]));
}


/***/ }),

/***/ 486:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runCli)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/* harmony import */ var _platforms_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5493);
/* harmony import */ var _yaml_parser_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2186);
/* harmony import */ var _template_liquid_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(584);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(3377);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(3567);
/* harmony import */ var _dispatch_body_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(4739);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(6259);
/* harmony import */ var _sample_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(3194);











const COMMANDS = new Map([
    ['render', _render_js__WEBPACK_IMPORTED_MODULE_9__/* .render */ .X],
    ['check', _check_js__WEBPACK_IMPORTED_MODULE_6__/* .check */ .z],
    ['dispatch-body', _dispatch_body_js__WEBPACK_IMPORTED_MODULE_8__/* .dispatchBody */ .L],
    ['sample', _sample_js__WEBPACK_IMPORTED_MODULE_10__/* .sample */ .X]
]);
const USAGE = `Usage: ${_command_js__WEBPACK_IMPORTED_MODULE_7__/* .COMMAND */ .Wr} <command> [options]

Commands:
  render         render a template for an alert and print the payload the action would send
  check          check templates like the action's mode: check (no request, no secret)
  dispatch-body  print the Dagster+ webhook that starts a repository_dispatch: URL and headers (stderr), JSON body (stdout)
  sample         print a filled repository_dispatch body of one alert type, to post as a test alert

Run '${_command_js__WEBPACK_IMPORTED_MODULE_7__/* .COMMAND */ .Wr} <command> --help' for a command's options.`;
/** Runs one command line; returns the exit code. */
function runCli(args, io) {
    const [command, ...rest] = args;
    const chosen = command === undefined ? undefined : COMMANDS.get(command);
    try {
        if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
            io.out(USAGE);
            return command === undefined ? _command_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.usage : _command_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.ok;
        }
        if (!chosen)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`unknown command '${command}'`);
        if (rest.includes('--help') || rest.includes('-h')) {
            io.out(chosen.help);
            return _command_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.ok;
        }
        return chosen.run(rest, io);
    }
    catch (error) {
        if (error instanceof _command_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb || isParseArgsError(error)) {
            io.err(`${_command_js__WEBPACK_IMPORTED_MODULE_7__/* .COMMAND */ .Wr}: ${error.message}\n${chosen ? chosen.help : USAGE}`);
            return _command_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.usage;
        }
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz) {
            io.err(`error: ${error.message}`);
            return _command_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.failed;
        }
        throw error;
    }
}
/** node:util parseArgs rejects unknown options and missing values with ERR_PARSE_ARGS_* errors (read by code, not class). */
function isParseArgsError(error) {
    const code = typeof error === 'object' && error !== null ? error.code : undefined;
    return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
/** True when this file is the program being run (also through npm's bin symlink), not imported by a test. */
function isMain() {
    const entry = process.argv[1];
    if (!entry)
        return false;
    try {
        return (0,node_url__WEBPACK_IMPORTED_MODULE_1__.pathToFileURL)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(entry)).href === import.meta.url;
    }
    catch {
        return false;
    }
}
if (isMain()) {
    const io = {
        cwd: process.cwd(),
        out: text => process.stdout.write(`${text}\n`),
        err: text => process.stderr.write(`${text}\n`),
        readInput: file => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file === '-' ? 0 : file, 'utf8')
    };
    // the commands read templates for any platform, in YAML
    await Promise.all([(0,_platforms_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .loadAllPlatforms */ .q8)(), (0,_yaml_parser_js__WEBPACK_IMPORTED_MODULE_4__/* .loadYamlParser */ .D)(), (0,_template_liquid_js__WEBPACK_IMPORTED_MODULE_5__/* .loadLiquidEngine */ .n)()]);
    process.exitCode = runCli(process.argv.slice(2), io);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 776:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jl: () => (/* binding */ readEventType),
/* harmony export */   b3: () => (/* binding */ EVENT_TYPE_MAX),
/* harmony export */   f7: () => (/* binding */ readRepo),
/* harmony export */   nK: () => (/* binding */ readVars),
/* harmony export */   rI: () => (/* binding */ sampleType)
/* harmony export */ });
/* harmony import */ var _event_tokens_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2396);
/* harmony import */ var _structured_text_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7710);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3567);
/** Option values more than one command reads, checked; a wrong one is a UsageError naming the option. */



const EVENT_TYPE_MAX = 100;
/** --vars: template variables as YAML or JSON. */
function readVars(text) {
    if (!text)
        return {};
    const hint = 'Write one variable a line, e.g. \'project: ENG\', or JSON such as \'{"team_id": "…"}\'';
    const vars = (0,_structured_text_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMappingText */ .Z)(text, { input: 'vars', place: '--vars', hint, allowEmpty: true });
    return JSON.parse(JSON.stringify(vars));
}
/** --type: the notification type named (default: the first of `events` that is one, else JOB). */
function sampleType(type, events) {
    const wanted = type ?? events?.find(event => (0,_event_tokens_js__WEBPACK_IMPORTED_MODULE_0__/* .notificationType */ .IO)(event)) ?? 'JOB';
    const found = (0,_event_tokens_js__WEBPACK_IMPORTED_MODULE_0__/* .notificationType */ .IO)(wanted);
    if (!found)
        throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--type ${wanted} is not a notification type; use one of ${_event_tokens_js__WEBPACK_IMPORTED_MODULE_0__/* .NOTIFICATION_TYPES */ .I9.map(t => t.type).join(', ')}`);
    return found.type;
}
/** --event-type: a repository_dispatch type within GitHub's length limit. */
function readEventType(eventType) {
    if (eventType.trim() === '' || eventType.length > EVENT_TYPE_MAX) {
        throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--event-type must be 1 to ${EVENT_TYPE_MAX} characters (GitHub's limit), got ${eventType.length}`);
    }
    return eventType;
}
/** --repo: owner/name. */
function readRepo(repo) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(repo))
        throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--repo must be owner/name, got '${repo}'`);
    return repo;
}


/***/ }),

/***/ 6259:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  X: () => (/* binding */ render)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/check/destination.ts
var destination = __nccwpck_require__(2276);
// EXTERNAL MODULE: ./src/check/findings.ts
var check_findings = __nccwpck_require__(8868);
// EXTERNAL MODULE: ./src/check/report.ts + 1 modules
var report = __nccwpck_require__(6120);
// EXTERNAL MODULE: ./src/check/template-findings.ts + 2 modules
var template_findings = __nccwpck_require__(8828);
// EXTERNAL MODULE: ./src/check/unread-vars.ts
var unread_vars = __nccwpck_require__(5272);
// EXTERNAL MODULE: ./src/check/variables.ts
var variables = __nccwpck_require__(7193);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/event/derive.ts + 2 modules
var derive = __nccwpck_require__(1386);
// EXTERNAL MODULE: ./src/event/normalise.ts
var normalise = __nccwpck_require__(3002);
// EXTERNAL MODULE: ./src/event/scope.ts
var scope = __nccwpck_require__(4592);
// EXTERNAL MODULE: ./src/structured-text.ts
var structured_text = __nccwpck_require__(7710);
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
        const tokens = (0,structured_text/* isMapping */.p)(root.client_payload) ? root.client_payload : root;
        return { data: mergeNestedAlert(tokens, EVENT_INPUT), origin: EVENT_INPUT };
    }
    const payload = (0,structured_text/* isMapping */.p)(eventPayload) ? eventPayload : {};
    if (eventName === 'repository_dispatch' && (0,structured_text/* isMapping */.p)(payload.client_payload)) {
        const origin = 'repository_dispatch client_payload';
        return { data: mergeNestedAlert(payload.client_payload, origin), origin };
    }
    if (eventName === 'workflow_dispatch' && (0,structured_text/* isMapping */.p)(payload.inputs)) {
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
    if (!(0,structured_text/* isMapping */.p)(nested))
        throw new errors/* InputError */.dz('event', `${where} must be a mapping of names to values, but it is ${Array.isArray(nested) ? 'a list' : `a ${typeof nested}`}`, MAPPING_HINT);
    const present = Object.entries(nested).filter(([, value]) => !(0,normalise/* isMissingValue */.y)(value));
    return { ...topLevel, ...Object.fromEntries(present) };
}
function parseMapping(text, where) {
    return (0,structured_text/* parseMappingText */.Z)(text, {
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
    const payload = (0,structured_text/* isMapping */.p)(eventPayload) ? eventPayload : {};
    if (eventName === 'repository_dispatch' && !(0,structured_text/* isMapping */.p)(payload.client_payload)) {
        return `${emptyInput} the repository_dispatch event has no client_payload`;
    }
    if (eventName === 'workflow_dispatch' && !(0,structured_text/* isMapping */.p)(payload.inputs)) {
        return `${emptyInput} the workflow_dispatch event has no inputs`;
    }
    return `${emptyInput} this run was triggered by '${eventName}'`;
}
// At least one Dagster+ token must have a value (is_sample alone says nothing about an alert), so a
// workflow_dispatch with only unrelated inputs is "no alert data", not an empty alert.
function hasTokenValue(data) {
    return Object.entries(data).some(([name, value]) => name !== 'is_sample' && tokens/* TOKENS */.xZ.has(name) && !(0,normalise/* isMissingValue */.y)(value));
}

// EXTERNAL MODULE: ./src/template/compile.ts + 4 modules
var compile = __nccwpck_require__(6247);
// EXTERNAL MODULE: ./src/template/load.ts + 1 modules
var load = __nccwpck_require__(6923);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __nccwpck_require__(3567);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __nccwpck_require__(776);
;// CONCATENATED MODULE: ./src/cli/render.ts

















/** `render`: the payload a send would post for an alert, with the findings check reports. */
const render = {
    help: `Usage: ${command/* COMMAND */.Wr} render --template <name|file> [--event <file|->] [--type <TYPE>] [--vars <yaml>]

Renders the template, fits it to the platform's limits and validates it, then prints the JSON payload.
  --template  built-in name (${(0,load/* builtinTemplateNames */.eT)().join(', ')}) or a template file
  --event     alert data as JSON or YAML (a Dagster+ webhook body or the tokens); '-' reads standard input
  --type      without --event: render the sample alert of this notification type (default: the template's
              first event, else JOB); one of ${tokens/* NOTIFICATION_TYPES */.I9.map(type => type.type).join(', ')}
  --vars      template variables as YAML/JSON (e.g. 'project: ENG'); required ones get sample values
Findings (as check reports them), warnings and problems go to standard error; exit code 1 when the template
has an error check reports (a send would stop there too) or the payload would be rejected.`,
    run: renderTemplate
};
function renderTemplate(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: {
            template: { type: 'string' },
            event: { type: 'string' },
            type: { type: 'string' },
            vars: { type: 'string' }
        },
        strict: true
    });
    if (!values.template)
        throw new command/* UsageError */.eb('render needs --template');
    const source = (0,load/* loadTemplate */.PM)(values.template, io.cwd);
    let template;
    try {
        template = (0,compile/* compileTemplate */.G)(source);
    }
    catch (error) {
        if (!(error instanceof errors/* TemplateError */.$w))
            throw error;
        io.err((0,report/* findingLine */.mC)((0,check_findings/* templateErrorFinding */.An)(error, 'Invalid template')));
        return command/* EXIT */.dc.failed;
    }
    const alert = (0,normalise/* normaliseAlert */.j)(values.event ? readEvent(values.event, io) : (0,tokens/* sampleAlert */.$Q)((0,options/* sampleType */.rI)(values.type, template.frontMatter.events)));
    const choice = (0,destination/* templatePlatform */.oT)(source.file, template.frontMatter);
    const platform = 'platform' in choice ? choice.platform : undefined;
    const given = (0,options/* readVars */.nK)(values.vars);
    // The findings check and a send make: an error here is one that stops a send.
    const types = template.frontMatter.events?.flatMap(event => (0,tokens/* notificationType */.IO)(event) ?? []);
    const findings = [
        ...(0,template_findings/* templateFindings */.FQ)(source, template, platform, types).findings,
        ...(0,unread_vars/* unreadVarFindings */.f)(Object.keys(given), [{ variables: template.variables, platform }])
    ];
    for (const finding of findings)
        io.err((0,report/* findingLine */.mC)(finding));
    const findingsFail = findings.some(finding => finding.severity === 'error');
    const vars = (0,destination/* checkVars */.Ll)(platform, given);
    const sampled = Object.keys(vars).filter(name => !(name in given));
    if (sampled.length > 0)
        io.err(`note: sample vars used: ${sampled.map(name => `${name}=${JSON.stringify(vars[name])}`).join(', ')} (set --vars to change)`);
    let rendered;
    try {
        rendered = template.render((0,scope/* templateScope */.N)(alert, (0,derive/* deriveValues */.gL)(alert, variables/* SAMPLE_ENV */.H), vars)).value;
    }
    catch (error) {
        if (!(error instanceof errors/* TemplateError */.$w))
            throw error;
        io.err((0,report/* findingLine */.mC)((0,check_findings/* templateErrorFinding */.An)(error, 'Template fails to render')));
        return command/* EXIT */.dc.failed;
    }
    if (!platform) {
        io.err(`warning: ${'problem' in choice ? choice.problem : ''}; printing the payload unfitted and unvalidated`);
        io.out(JSON.stringify(rendered, null, 2));
        return findingsFail ? command/* EXIT */.dc.failed : command/* EXIT */.dc.ok;
    }
    const ctx = (0,destination/* sampleContext */.E6)(platform, 'platform' in choice ? choice.templateName : source.file, rendered, vars, source.text, problem => io.err(`warning: ${problem.path || 'payload'}: ${problem.message}`));
    const payload = platform.fit(rendered, ctx);
    const problems = platform.validate(payload, ctx);
    io.out(JSON.stringify(payload, null, 2));
    if (problems.length === 0)
        return findingsFail ? command/* EXIT */.dc.failed : command/* EXIT */.dc.ok;
    io.err(`error: ${new errors/* PayloadError */.tG(platform.name, problems).message}`);
    return command/* EXIT */.dc.failed;
}
function readEvent(file, io) {
    let text;
    try {
        text = io.readInput(file);
    }
    catch (error) {
        throw new command/* UsageError */.eb(`cannot read --event ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return readAlertData({ eventInput: text, eventName: '', eventPayload: undefined }).data;
}


/***/ }),

/***/ 3194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ sample)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _event_tokens_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2396);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3567);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(776);




/** `sample`: a repository_dispatch body carrying a filled alert, to post as a test alert. */
const sample = {
    help: `Usage: ${_command_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMAND */ .Wr} sample [--type ASSET_HEALTH] [--status failure|recovery] [--event-type dagster-alert] [--repo owner/name]

Prints a repository_dispatch body carrying a realistic alert of one notification type, every token filled as
Dagster+ fills it, to test the whole path before Dagster+ is wired:
  ${_command_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMAND */ .Wr} sample --type ASSET_HEALTH | gh api repos/OWNER/REPO/dispatches --input -
  --type        notification type (default JOB); one of ${_event_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .NOTIFICATION_TYPES */ .I9.map(type => type.type).join(', ')}
  --status      failure (default), or recovery: the alert that ends the same problem (closes its issue);
                recovery exists for ${_event_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .RECOVERY_TYPES */ .Yf.join(', ')}
  --event-type  the repository_dispatch type the workflow listens for (default dagster-alert)
  --repo        the repository in the gh command shown on standard error (default OWNER/REPO)`,
    run(args, io) {
        const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args,
            options: {
                type: { type: 'string', default: 'JOB' },
                status: { type: 'string', default: 'failure' },
                'event-type': { type: 'string', default: 'dagster-alert' },
                repo: { type: 'string', default: 'OWNER/REPO' }
            },
            strict: true
        });
        const type = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .sampleType */ .rI)(values.type, undefined);
        if (values.status !== 'failure' && values.status !== 'recovery')
            throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--status must be failure or recovery, got '${values.status}'`);
        const alert = values.status === 'recovery' ? (0,_event_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .sampleRecovery */ ._G)(type) : (0,_event_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .sampleAlert */ .$Q)(type);
        if (!alert)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--status recovery: ${type} alerts have no recovery; types with one: ${_event_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .RECOVERY_TYPES */ .Yf.join(', ')}`);
        const eventType = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .readEventType */ .Jl)(values['event-type']);
        const repo = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .readRepo */ .f7)(values.repo);
        io.err(`Post it as a test alert: ${_command_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMAND */ .Wr} sample --type ${type} --status ${values.status} | gh api repos/${repo}/dispatches --input -`);
        io.out(JSON.stringify({ event_type: eventType, client_payload: { alert } }, null, 2));
        return _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok;
    }
};


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ TemplateError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   tG: () => (/* binding */ PayloadError)
/* harmony export */ });
/* unused harmony export DeliveryError */
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

/***/ 1386:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  jZ: () => (/* binding */ DERIVED_NAMES),
  gL: () => (/* binding */ deriveValues)
});

// UNUSED EXPORTS: missingTokens, neededTokens

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

// EXTERNAL MODULE: ./src/event/time.ts
var time = __nccwpck_require__(3571);
// EXTERNAL MODULE: ./src/event/tokens.ts + 5 modules
var tokens = __nccwpck_require__(2396);
;// CONCATENATED MODULE: ./src/event/derive.ts



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
const ALL_SUBJECT_TOKENS = [...new Set(tokens/* NOTIFICATION_TYPES */.I9.flatMap(t => t.subject))];
const FINGERPRINT_LENGTH = 16;
function deriveValues(alert, env) {
    const type = (0,tokens/* notificationType */.IO)(textOf(alert.notification_type) ?? '');
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
    const type = notificationType(textOf(alert.notification_type) ?? '');
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
    return sha256Hex(problem).slice(0, FINGERPRINT_LENGTH);
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
    return text === undefined ? undefined : (0,time/* toIso8601 */.Y)(text);
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
/* harmony import */ var _derive_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1386);
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
  Yf: () => (/* reexport */ RECOVERY_TYPES),
  xZ: () => (/* reexport */ TOKENS),
  z$: () => (/* reexport */ hostileAlert),
  IO: () => (/* reexport */ notificationType),
  $Q: () => (/* reexport */ sampleAlert),
  _G: () => (/* reexport */ sampleRecovery)
});

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
function requireType(type) {
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
function sampleAlert(type) {
    const notification = requireType(type);
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

/***/ 2712:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   hd: () => (/* binding */ onDemand)
/* harmony export */ });
/* unused harmony exports ModuleNotLoaded, withOnDemandModules */
/** Thrown by `get()` before `load()`: the caller retries through `withOnDemandModules`. */
class ModuleNotLoaded extends Error {
    module;
    constructor(module, what) {
        super(`internal error: ${what} was used before it was loaded`);
        this.module = module;
        this.name = 'ModuleNotLoaded';
    }
}
function onDemand(what, importModule) {
    let loaded;
    const module = {
        load: async () => (loaded ??= await importModule()),
        get: () => {
            if (loaded === undefined)
                throw new ModuleNotLoaded(module, what);
            return loaded;
        }
    };
    return module;
}
/**
 * Runs `work` (which must have no side effects), loading each on-demand module it finds missing and running it
 * again, until it completes: one retry per module at most.
 */
async function withOnDemandModules(work) {
    for (;;) {
        try {
            return work();
        }
        catch (error) {
            if (!(error instanceof ModuleNotLoaded))
                throw error;
            await error.module.load();
        }
    }
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
/* harmony export */   Gz: () => (/* binding */ declarableNames),
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   Yv: () => (/* binding */ platformByName),
/* harmony export */   q8: () => (/* binding */ loadAllPlatforms)
/* harmony export */ });
/* unused harmony exports descriptorByName, inferPlatform, urlCredentialPatterns, loadPlatform */
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
    const parsed = parseUrl(url, 'Use a full https:// URL');
    const platforms = Object.values(PLATFORMS);
    for (const platform of platforms) {
        const mistake = platform.lookAlike?.(parsed);
        if (mistake)
            throw new InputError('url', mistake.problem, mistake.fix);
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
/* harmony export */   q$: () => (/* binding */ isHttpUrl)
/* harmony export */ });
/* unused harmony exports isLoopback, parseUrl */
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

/***/ 7710:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ parseMappingText),
/* harmony export */   p: () => (/* binding */ isMapping)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _yaml_parser_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2186);


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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(source.input, `${source.place} must be a mapping of names to values, but it is ${describeKind(value)}`, source.hint);
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
    const yaml = (0,_yaml_parser_js__WEBPACK_IMPORTED_MODULE_1__/* .yamlParser */ .$)();
    try {
        return yaml.parse(text, { uniqueKeys: true, schema: source.scalarsAsText ? 'failsafe' : 'core' });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(source.input, `${source.place} is not valid JSON or YAML${describeYamlError(error)}`, `Fix the syntax there. ${source.hint}`);
    }
}
function describeYamlError(error) {
    if (!(error instanceof (0,_yaml_parser_js__WEBPACK_IMPORTED_MODULE_1__/* .yamlParser */ .$)().YAMLParseError))
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


/***/ }),

/***/ 6247:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G: () => (/* binding */ compileTemplate)
});

// UNUSED EXPORTS: isLiquidText

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
    const { isAlias, isMap, isScalar, isSeq } = (0,yaml_parser/* yamlParser */.$)();
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
    if (!(0,yaml_parser/* yamlParser */.$)().isScalar(key))
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
    const { Scalar } = (0,yaml_parser/* yamlParser */.$)();
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
    const yaml = (0,yaml_parser/* yamlParser */.$)();
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
    const { isMap, isScalar, isSeq } = (0,yaml_parser/* yamlParser */.$)();
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

// EXTERNAL MODULE: ./src/template/liquid.ts
var liquid = __nccwpck_require__(584);
// EXTERNAL MODULE: ./src/template/filters.ts
var filters = __nccwpck_require__(1329);
// EXTERNAL MODULE: ./src/template/render-limits.ts
var render_limits = __nccwpck_require__(981);
;// CONCATENATED MODULE: ./src/template/standard-filters.ts

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
            const text = (0,filters/* charge */.Ji)(this, stringify(value));
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
            return (0,filters/* charge */.Ji)(this, stringify(value)).trim();
        }
    },
    strip_newlines: {
        arity: [0, 0],
        filter(value) {
            return (0,filters/* charge */.Ji)(this, stringify(value)).replace(/\r?\n/gm, '');
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

;// CONCATENATED MODULE: ./src/template/program.ts



/** The filters a program may name: the template filters and the standard ones it implements. */
const PROGRAM_FILTERS = {
    ...Object.fromEntries(Object.entries(STANDARD_FILTERS).map(([name, { filter }]) => [name, filter])),
    ...filters/* TEMPLATE_FILTERS */.XE
};
function startProgramRender(scope) {
    const call = { context: { memoryLimit: new render_limits/* MemoryBudget */.N() } };
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
        return stringify(evaluate(node.output, run));
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
        if (isFalsy(evaluate(branch.test, run)) === Boolean(branch.unless))
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
            stack.push(isFalsy(stack.pop()));
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
    and: (left, right) => !isFalsy(left) && !isFalsy(right),
    or: (left, right) => !isFalsy(left) || !isFalsy(right)
};
/** An operator the interpreter evaluates (the precompiler leaves any other in Liquid). */
function isOperator(name) {
    return name === 'not' || Object.hasOwn(OPERATORS, name);
}

;// CONCATENATED MODULE: ./src/template/render.ts



/** Renders a compiled document for one scope: Liquid leaves through liquidjs, precompiled ones by their program. */
function renderDocument(root, scope, file) {
    const positions = new Map();
    let session;
    const state = {
        // only a template with Liquid leaves has loaded the engine (compileLiquid), and only it starts a Liquid render
        liquid: () => (session ??= liquid/* liquid */.R.get().startRender(scope)),
        programs: startProgramRender(scope),
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
const FILTER_HINT = 'template filters are iso8601, code_block, json, adf, escape_markdown, truncate and the standard Liquid filters';
/**
 * Parses the file, then every Liquid leaf, once. Throws TemplateError with file:line:col, and ModuleNotLoaded
 * when a leaf needs the Liquid engine before it is loaded (run it through withOnDemandModules).
 */
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
            if (node.program)
                return compileProgram(node.program, node.text, at, state);
            if (isLiquidText(node.value))
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
    const { parseLiquid, describeLiquidError, globalVariables, soleOutput } = liquid/* liquid */.R.get();
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
function compileProgram(program, layout, at, state) {
    const locate = leafLocator(layout, at);
    state.variableReaders.push(() => program.variables.map(variable => ({ name: variable.path, ...locate(variable.row, variable.col) })));
    return { kind: 'program', at, locate, program };
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

/***/ 1329:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ji: () => (/* binding */ charge),
/* harmony export */   XE: () => (/* binding */ TEMPLATE_FILTERS),
/* harmony export */   m4: () => (/* binding */ escapeMarkdownText)
/* harmony export */ });
/* harmony import */ var _event_time_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3571);
/* harmony import */ var _markdown_to_adf_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8475);
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6689);



const FENCE = '```';
const ZERO_WIDTH_SPACE = '\u200b';
// Chat Markdown characters that format text wherever they appear
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
/** Backslash-escapes chat Markdown formatting so alert text shows as written. */
function escapeMarkdown(value) {
    if (isMissing(value))
        return value;
    return charge(this, escapeMarkdownText(String(value)));
}
/** The `escape_markdown` filter's work, for code that writes Markdown itself (issue comments). */
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
/** Plain text or Markdown → an Atlassian Document Format document (rich-text fields that take ADF). */
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

/***/ 584:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ liquid),
/* harmony export */   n: () => (/* binding */ loadLiquidEngine)
/* harmony export */ });
/* harmony import */ var _on_demand_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2712);

/**
 * liquidjs and the code around it (src/template/engine.ts), a third of the bundle: loaded only for a Liquid leaf
 * the build did not precompile (every leaf of a user's template, none of a built-in's).
 */
const liquid = (0,_on_demand_js__WEBPACK_IMPORTED_MODULE_0__/* .onDemand */ .hd)('the Liquid engine', () => Promise.all(/* import() */[__nccwpck_require__.e(30), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8054)));
/** For callers that compile synchronously whatever template they are given (check mode, the CLI, tests). */
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

/***/ 981:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ MemoryBudget),
/* harmony export */   a: () => (/* binding */ RENDER_LIMITS)
/* harmony export */ });
// Bounds for a hostile template in a pull request, shared by the Liquid engine and the precompiled built-ins.
// `renderLimit` alone does not stop a loop over a huge range (the range array is built before the first time
// check), so the memory budget also caps ranges.
const RENDER_LIMITS = {
    parseLimit: 1e6, // characters per leaf
    // Wall-clock milliseconds per document render: generous, as a storm of runs sharing a machine's CPUs makes an
    // honest render take many times its usual few milliseconds; the memory budget stops most runaway templates first.
    renderLimit: 5000,
    memoryLimit: 1e7 // characters/array items allocated per document render
};
/** Counts what a document render allocates; throws as liquidjs's own limiter does. */
class MemoryBudget {
    limit;
    used = 0;
    constructor(limit = RENDER_LIMITS.memoryLimit) {
        this.limit = limit;
    }
    use(count) {
        if (!(+count > 0))
            return;
        if (this.used + +count > this.limit)
            throw new Error('memory alloc limit exceeded');
        this.used += +count;
    }
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
/* harmony export */   $: () => (/* binding */ yamlParser),
/* harmony export */   D: () => (/* binding */ loadYamlParser)
/* harmony export */ });
/* harmony import */ var _on_demand_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2712);

/**
 * The `yaml` package is a quarter of the bundle: it is loaded (a chunk of its own) only when a text that is not
 * JSON must be parsed, so a send with a built-in template and JSON-or-absent inputs never pays for it.
 */
const yaml = (0,_on_demand_js__WEBPACK_IMPORTED_MODULE_0__/* .onDemand */ .hd)('the YAML parser', () => __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19)));
async function loadYamlParser() {
    await yaml.load();
}
function yamlParser() {
    return yaml.get();
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

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

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
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
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__runCli = __webpack_exports__.a;
/******/ export { __webpack_exports__runCli as runCli };
/******/ 

//# sourceMappingURL=index.js.map