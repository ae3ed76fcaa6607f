/**
 * A small evaluator of GitHub Actions expressions, for testing a workflow's `if:` conditions: literals, context
 * property access, `!`, `==`, `!=`, `&&`, `||`, parentheses and the functions contains and fromJSON, with the
 * semantics GitHub documents (docs.github.com, "Evaluate expressions in workflows and actions"):
 * - `&&` and `||` return an operand (the first falsy / truthy one, else the last), not a boolean;
 * - falsy values are false, 0, -0, '', null and NaN;
 * - `==` ignores case between strings, and compares values of different types as numbers (null is 0, '' is 0,
 *   a string that is not a number NaN); arrays and objects equal only themselves;
 * - contains(search, item) looks for item as text in a string (ignoring case), or for an element equal to it in
 *   an array; a property of something that is not an object is null.
 */

type Value = null | boolean | number | string | Value[] | { [key: string]: Value }

type Node =
  | { kind: 'literal'; value: Value }
  | { kind: 'context'; path: string[] }
  | { kind: 'call'; name: string; args: Node[] }
  | { kind: 'not'; operand: Node }
  | { kind: 'binary'; op: '==' | '!=' | '&&' | '||'; left: Node; right: Node }

const TOKEN = /\s*(?:('(?:[^']|'')*')|(\d+(?:\.\d+)?)|([A-Za-z_][\w-]*)|(==|!=|&&|\|\||[!().,]))/y

function tokenize(source: string): string[] {
  const text = source.trim()
  const tokens: string[] = []
  TOKEN.lastIndex = 0
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex
    const match = TOKEN.exec(text)
    if (!match) throw new Error(`cannot read the expression at ${at}: ${text.slice(at, at + 20)}`)
    tokens.push(match[1] ?? match[2] ?? match[3] ?? match[4])
  }
  return tokens
}

function parseExpression(source: string): Node {
  const tokens = tokenize(source)
  let i = 0
  const peek = () => tokens[i]
  const take = (expected?: string) => {
    const token = tokens[i++]
    if (expected !== undefined && token !== expected) throw new Error(`expected ${expected}, found ${token}`)
    return token
  }
  const binary = (op: '||' | '&&', next: () => Node) => (): Node => {
    let left = next()
    while (peek() === op) {
      take()
      left = { kind: 'binary', op, left, right: next() }
    }
    return left
  }
  const primary = (): Node => {
    const token = take()
    if (token === '(') {
      const inner = or()
      take(')')
      return inner
    }
    if (token.startsWith("'")) return { kind: 'literal', value: token.slice(1, -1).replace(/''/g, "'") }
    if (/^\d/.test(token)) return { kind: 'literal', value: Number(token) }
    if (token === 'null') return { kind: 'literal', value: null }
    if (token === 'true' || token === 'false') return { kind: 'literal', value: token === 'true' }
    if (peek() === '(') {
      take('(')
      const args: Node[] = []
      while (peek() !== ')') {
        args.push(or())
        if (peek() === ',') take(',')
      }
      take(')')
      return { kind: 'call', name: token.toLowerCase(), args }
    }
    const path = [token]
    while (peek() === '.') {
      take('.')
      path.push(take())
    }
    return { kind: 'context', path }
  }
  const unary = (): Node => (peek() === '!' ? (take(), { kind: 'not', operand: unary() }) : primary())
  const equality = (): Node => {
    const left = unary()
    const op = peek()
    if (op !== '==' && op !== '!=') return left
    take()
    return { kind: 'binary', op, left, right: unary() }
  }
  const and = binary('&&', equality)
  const or = binary('||', and)
  const node = or()
  if (i !== tokens.length) throw new Error(`unexpected ${tokens[i]} in the expression`)
  return node
}

function truthy(value: Value): boolean {
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value)
  return !(value === null || value === false || value === '')
}

function asNumber(value: Value): number {
  if (value === null) return 0
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'number') return value
  if (typeof value === 'string') return value.trim() === '' ? 0 : Number(value)
  return NaN
}

function asText(value: Value): string {
  if (value === null) return ''
  if (typeof value === 'object') return ''
  return String(value)
}

function looselyEqual(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toUpperCase() === b.toUpperCase()
  if (typeof a === 'object' && a !== null) return a === b
  if (typeof b === 'object' && b !== null) return false
  if (typeof a === typeof b) return a === b
  return asNumber(a) === asNumber(b)
}

function evaluate(node: Node, context: Record<string, Value>): Value {
  switch (node.kind) {
    case 'literal':
      return node.value
    case 'context':
      return node.path.reduce<Value>(
        (value, key) =>
          value !== null && typeof value === 'object' && !Array.isArray(value) && key in value ? value[key] : null,
        context
      )
    case 'not':
      return !truthy(evaluate(node.operand, context))
    case 'binary': {
      const left = evaluate(node.left, context)
      if (node.op === '&&') return truthy(left) ? evaluate(node.right, context) : left
      if (node.op === '||') return truthy(left) ? left : evaluate(node.right, context)
      const equal = looselyEqual(left, evaluate(node.right, context))
      return node.op === '==' ? equal : !equal
    }
    case 'call': {
      const args = node.args.map(arg => evaluate(arg, context))
      if (node.name === 'fromjson') return JSON.parse(asText(args[0])) as Value
      if (node.name === 'contains') {
        const [search, item] = args
        if (Array.isArray(search)) return search.some(element => looselyEqual(element, item))
        return asText(search).toUpperCase().includes(asText(item).toUpperCase())
      }
      throw new Error(`the evaluator does not know ${node.name}()`)
    }
  }
}

/** The value of `expression` (an `if:` without `${{ }}`) in `context` (github, inputs, …). */
export function evaluateExpression(expression: string, context: Record<string, Value>): Value {
  return evaluate(parseExpression(expression), context)
}

/** Whether an `if:` condition lets the job or step run. */
export function conditionHolds(expression: string, context: Record<string, Value>): boolean {
  return truthy(evaluateExpression(expression, context))
}
