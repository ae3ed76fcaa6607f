import { InputError, TemplateError, type Problem } from '../errors.js'
import { deriveValues, type Derived } from '../event/derive.js'
import { normaliseAlert, type Alert } from '../event/normalise.js'
import { templateScope } from '../event/scope.js'
import { hostileAlert, sampleAlert, type NotificationType } from '../event/tokens.js'
import type { Platform } from '../platforms/types.js'
import type { Json } from '../json.js'
import type { Finding, Severity } from '../pipeline/findings/finding.js'
import { SAMPLE_ENV } from '../pipeline/findings/variables.js'
import { producePayload, type Produced } from '../pipeline/payload.js'
import { LONGEST_STATE, problemStates, type ProblemState } from '../pipeline/problem-states.js'
import { sampleDestination } from '../pipeline/sample-destination.js'
import type { CompiledTemplate, RenderResult, SourcePosition } from '../template/compile.js'
import type { TemplateSource } from '../template/load.js'
import { ownMessage, positionOfPath, type PreviewState, type TemplateReport, type TypeResult } from './findings.js'
import type { TemplateShare } from './limits.js'

/** A template that used up its share of the check (or the check its own limits) before every render was done. */
const LIMIT_TITLE = 'Check limit exceeded'
const START = { line: 1, column: 1 }

/** The alerts each type is rendered with: a realistic one, and one whose free text is long and hostile. */
const VARIANTS = [
  { name: 'sample', alert: sampleAlert },
  { name: 'hostile', alert: hostileAlert }
] as const
type Variant = (typeof VARIANTS)[number]['name']

export interface Renders {
  findings: Finding[]
  results: Map<string, TypeResult>
  preview?: TemplateReport['preview']
}

/** Which render showed a problem; `unrendered` when the template produced nothing at the problem's path. */
interface Sighting {
  type: string
  variant: Variant
  unrendered?: boolean
}

/** A problem seen in one or more renders, reported once with the types and alerts it appeared for. */
interface Occurrence {
  severity: Severity
  title: string
  problem: Problem
  at: SourcePosition
  types: Set<string>
  variants: Set<Variant>
  unrendered: boolean
}

/** The problems of all renders of one template, merged. */
class Occurrences {
  private readonly byKey = new Map<string, Occurrence>()

  add(severity: Severity, title: string, problem: Problem, at: SourcePosition, seen: Sighting): void {
    // The same problem differs only in numbers between alerts (lengths): one finding for all of them.
    const key = [severity, at.line, at.column, problem.path, problem.message.replace(/\d+/g, '#')].join('|')
    const occurrence = this.byKey.get(key) ?? {
      severity,
      title,
      problem,
      at,
      types: new Set(),
      variants: new Set(),
      unrendered: true
    }
    occurrence.types.add(seen.type)
    occurrence.variants.add(seen.variant)
    occurrence.unrendered &&= seen.unrendered === true
    this.byKey.set(key, occurrence)
  }

  /**
   * A fit warning at a path the template never produces, for every type's sample alert, means a required value
   * (an issue's title) is only ever the platform's placeholder: an error in the template.
   */
  private severityOf(occurrence: Occurrence, types: NotificationType[]): Severity {
    const always = occurrence.variants.has('sample') && occurrence.types.size === types.length
    return occurrence.severity === 'warning' && occurrence.unrendered && always ? 'error' : occurrence.severity
  }

  findings(file: string, types: NotificationType[]): Finding[] {
    return [...this.byKey.values()].map(occurrence => {
      const severity = this.severityOf(occurrence, types)
      const { path, message } = occurrence.problem
      const text = severity === occurrence.severity ? message : `the template never sets it (${message})`
      return {
        file,
        line: occurrence.at.line,
        column: occurrence.at.column,
        severity,
        title: severity === occurrence.severity ? occurrence.title : 'Required value missing',
        message: `${path ? `${path}: ` : ''}${text} (${whenSeen(occurrence, types)})`
      }
    })
  }

  /** Each type's worst outcome; a type not rendered (rendering stopped at an error) fails. */
  results(types: NotificationType[], rendered: Set<string>): Map<string, TypeResult> {
    const results = new Map<string, TypeResult>(
      types.map(type => [type.type, rendered.has(type.type) ? 'ok' : 'error'])
    )
    for (const occurrence of this.byKey.values()) {
      const severity = this.severityOf(occurrence, types)
      for (const type of occurrence.types) if (results.get(type) !== 'error') results.set(type, severity)
    }
    return results
  }
}

const alertCache = new Map<string, { alert: Alert; derived: Derived }>()

/** The same alerts serve every template: built once per type and variant (the hostile trace is 10 KB). */
function renderedAlert(variant: (typeof VARIANTS)[number], type: string): { alert: Alert; derived: Derived } {
  const key = `${variant.name}:${type}`
  let cached = alertCache.get(key)
  if (!cached) {
    const alert = normaliseAlert(variant.alert(type))
    cached = { alert, derived: deriveValues(alert, SAMPLE_ENV) }
    alertCache.set(key, cached)
  }
  return cached
}

/** Renders, fits and validates the template for the sample and hostile alert of every type; problems merged. */
export function renderAll(
  template: CompiledTemplate,
  source: TemplateSource,
  platform: Platform | undefined,
  templateName: string,
  types: NotificationType[],
  vars: Record<string, Json>,
  meant: ReadonlySet<string>,
  share: TemplateShare
): Renders {
  const occurrences = new Occurrences()
  const rendered = new Set<string>()
  let preview: TemplateReport['preview']
  const done = () => ({
    findings: occurrences.findings(source.file, types),
    results: occurrences.results(types, rendered),
    preview
  })
  const destination = platform && sampleDestination(platform, templateName)
  const name = platform ? platform.descriptor.displayName : ''
  for (const type of types) {
    for (const variant of VARIANTS) {
      const seen = { type: type.type, variant: variant.name }
      const spent = share.spent()
      if (spent) {
        occurrences.add('error', LIMIT_TITLE, { path: '', message: spent }, { line: 1, column: 1 }, seen)
        return done()
      }
      const { alert, derived } = renderedAlert(variant, type.type)
      const scope = templateScope(alert, derived, vars)
      const warnings: Problem[] = []
      let produced: Produced | RenderResult
      try {
        produced = destination
          ? producePayload(template, { scope, vars }, destination, problem => warnings.push(problem), share)
          : template.render(scope, share)
      } catch (error) {
        if (error instanceof TemplateError) {
          // A render error (a loop past the limits, a filter failing) repeats for every alert: report it once, stop.
          const at = { line: error.line ?? 1, column: error.column ?? 1 }
          const title = share.spent() ? LIMIT_TITLE : 'Template fails to render'
          occurrences.add('error', title, { path: '', message: ownMessage(error) }, at, seen)
          return done()
        }
        if (!(error instanceof InputError) || !destination) throw error
        const title = `Cannot check ${destination.platform.descriptor.name} templates`
        occurrences.add('error', title, { path: '', message: error.message }, { line: 1, column: 1 }, seen)
        return done()
      }
      if ('value' in produced) {
        preview ??= { type: type.type, payload: produced.value }
        continue
      }
      const {
        payload,
        problems,
        rendered: { positions }
      } = produced
      // Fitting hostile text (long, multi-line) is what fitting is for; only a realistic alert's changes deserve a warning.
      if (variant.name === 'sample') {
        for (const problem of warnings) {
          const unrendered = !positions.has(problem.path)
          occurrences.add('warning', `Adjusted for ${name}`, problem, positionOfPath(problem.path, positions), {
            ...seen,
            unrendered
          })
        }
      }
      // A required key reported missing because it is misspelt: the unknown key's finding already says so, at its line.
      for (const problem of problems.filter(problem => !meant.has(problem.path.replace(/\[\d+\]/g, ''))))
        occurrences.add('error', `${name} would reject this`, problem, positionOfPath(problem.path, positions), seen)
      // The message as its problem's message (repeat: comment, resolve: close), once the message itself is fine: every
      // state for the preview, the longest for the hostile alert (where limits bite), within check mode's time.
      const only = preview === undefined ? undefined : variant.name === 'hostile' ? LONGEST_STATE : 'none'
      const states =
        (problems.length === 0 &&
          platform &&
          only !== 'none' &&
          problemStates(platform, produced, alert, derived, only)) ||
        []
      for (const state of states)
        for (const problem of 'refused' in state ? state.refused : [])
          occurrences.add('error', `${name} would reject the problem's message`, stateRefusal(problem), START, seen)
      preview ??= { type: type.type, payload, ...(states.length > 0 && { states: shownStates(states) }) }
    }
    rendered.add(type.type)
  }
  return done()
}

/**
 * A problem of the problem's message: in the message the problem's part comes first, so its paths are not the
 * template's; reported at the template's start.
 */
function stateRefusal(problem: Problem): Problem {
  return {
    path: problem.path,
    message: `with repeat: comment or resolve: close, ${problem.message} (the message as its problem's message, in the states check mode shows: a repeat, a member added, resolved)`
  }
}

/** The states the preview shows: those the platform accepts. */
function shownStates(states: ProblemState[]): PreviewState[] {
  return states.flatMap(state => ('payload' in state ? [{ caption: state.caption, payload: state.payload }] : []))
}

/** "every event type" or "event type JOB, TICK", and whether only the hostile alert showed it. */
function whenSeen(occurrence: Occurrence, types: NotificationType[]): string {
  const seen = types.map(type => type.type).filter(type => occurrence.types.has(type))
  const which = seen.length === types.length && types.length > 1 ? 'every event type' : `event type ${seen.join(', ')}`
  if (occurrence.variants.has('sample')) return which
  return `${which}, with the hostile sample alert only: 10 KB stack trace, quotes, mentions, template syntax`
}
