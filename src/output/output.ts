import { randomId } from '../hash.js'
import { oneLine, plainLines } from './line-breaks.js'
import * as runner from './runner.js'
import type { Secrets } from '../secrets/secrets.js'
import { renderMarkdown, type Markdown } from './summary-markdown.js'

/** Where an annotation points: a file and position in it, and a title. */
export interface AnnotationPlace {
  title?: string
  file?: string
  line?: number
  column?: number
}

/**
 * The one way out (DESIGN §12): every log line, annotation, output and job summary the action writes passes
 * here, where every registered secret form is redacted, line ends are folded where the runner reads one line
 * (log lines, annotation titles and files, group titles) and the summary's values are escaped. Nothing else
 * calls runner.ts's writers.
 */
export class Output {
  constructor(private readonly secrets: Secrets) {}

  /** Tells the runner to mask every registered secret form in later log lines. */
  maskSecrets(): void {
    for (const value of this.secrets.values()) runner.setSecret(value)
  }

  /** One log line: text that reads as a workflow command (`::add-mask::…`) is printed, never run. */
  info(text: string): void {
    runner.info(this.logLine(text))
  }

  warning(text: string, place: AnnotationPlace = {}): void {
    runner.warning(this.message(text), this.annotation(place))
  }

  error(text: string, place: AnnotationPlace = {}): void {
    runner.error(this.message(text), this.annotation(place))
  }

  notice(text: string): void {
    runner.notice(this.message(text))
  }

  /** The step fails (exit code 1) with this error. */
  fail(text: string): void {
    runner.setFailed(this.message(text))
  }

  /**
   * Text of many lines that may hold workflow-command lines (a rendered payload), in a collapsed group: inside a
   * stop-commands block, whose end no text can guess, the runner prints lines instead of running them.
   */
  untrustedBlock(title: string, text: string): void {
    const token = randomId()
    runner.startGroup(oneLine(title))
    runner.info(`::stop-commands::${token}`)
    runner.info(this.secrets.redact(text))
    runner.info(`::${token}::`)
    runner.endGroup()
  }

  setOutput(name: string, value: string): void {
    runner.setOutput(name, this.secrets.redact(value))
  }

  /** Appends to the job summary when the runner has one; a summary that cannot be written is a warning. */
  summary(document: Markdown): void {
    if (!process.env.GITHUB_STEP_SUMMARY) return
    try {
      runner.appendSummary(renderMarkdown(document, text => this.secrets.redact(text)))
    } catch (error) {
      this.warning(`Could not write the job summary: ${error instanceof Error ? error.message : error}`)
    }
  }

  /**
   * Folded to one line; the runner trims leading white space (Unicode's, NEL and LS included) before it looks
   * for `::`, so a line that would then start a command gets a zero-width space in front and is only printed.
   */
  private logLine(text: string): string {
    const line = oneLine(this.secrets.redact(text))
    return /^\s*::/.test(line) ? `\u200b${line}` : line
  }

  /** Annotation text keeps its lines (the runner escapes them), each kind of line end written as one. */
  private message(text: string): string {
    return plainLines(this.secrets.redact(text))
  }

  private annotation(place: AnnotationPlace): runner.AnnotationProperties {
    const single = (text: string | undefined) => (text === undefined ? undefined : oneLine(this.secrets.redact(text)))
    return { title: single(place.title), file: single(place.file), startLine: place.line, startColumn: place.column }
  }
}
