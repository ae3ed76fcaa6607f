/** A problem with what the user configured: names the input, what is wrong and what to do. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    problem: string,
    fix: string
  ) {
    super(`Input '${input}': ${problem}. ${fix}`)
    this.name = 'InputError'
  }
}

/** A template that cannot be parsed or rendered; `line`/`column` are 1-based positions in `file`. */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    readonly column?: number
  ) {
    super(line ? `${file}:${line}${column ? `:${column}` : ''}: ${message}` : `${file}: ${message}`)
    this.name = 'TemplateError'
  }
}

/** A rendered payload the platform would reject (after fitting); problems name the JSON path. */
export class PayloadError extends Error {
  constructor(
    readonly platform: string,
    readonly problems: Problem[]
  ) {
    super(
      `The rendered ${platform} payload would be rejected:\n${problems.map(p => `  - ${p.path || '(body)'}: ${p.message}`).join('\n')}`
    )
    this.name = 'PayloadError'
  }
}

/** Nothing was delivered. `message` carries the platform's own error text, already redacted. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly attempts: number,
    readonly response?: string
  ) {
    super(message)
    this.name = 'DeliveryError'
  }
}

/** A finding about a payload: `path` is a JSON path such as `embeds[0].title` ('' for the whole body). */
export interface Problem {
  path: string
  message: string
}
