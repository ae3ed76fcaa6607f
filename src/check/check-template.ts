import { TemplateError } from '../errors.js'
import { NOTIFICATION_TYPES, notificationType, type NotificationType } from '../event/tokens.js'
import type { Json } from '../json.js'
import { templateFindings } from '../pipeline/findings/template-findings.js'
import type { Finding } from '../pipeline/findings/finding.js'
import { templatePlatform } from '../pipeline/platform-choice.js'
import { withSampleVars } from '../pipeline/sample-destination.js'
import { compileTemplate, type CompiledTemplate, type FrontMatter, type SourcePosition } from '../template/compile.js'
import { frontMatterBounds } from '../template/document.js'
import type { TemplateSource } from '../template/load.js'
import { countBySeverity, templateErrorFinding, type TemplateReport } from './findings.js'
import { CheckBudget, type TemplateShare } from './limits.js'
import { renderAll } from './render-variants.js'

export interface CheckTemplateOptions {
  /** The `vars` input; laid over the platform's sample vars. */
  vars: Record<string, Json>
  /** The template's share of the check's time and memory (default: a check of this template alone). */
  share?: TemplateShare
}

/**
 * Parses and compiles a template once, checks what it reads, then renders, fits and validates it for the sample and
 * hostile alert of every event type it is for. Never throws for a problem in the template: it becomes a finding.
 */
export function checkTemplate(source: TemplateSource, options: CheckTemplateOptions): TemplateReport {
  const file = source.file
  const share = options.share ?? new CheckBudget().share()
  let template: CompiledTemplate
  try {
    template = compileTemplate(source)
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error
    const named = templatePlatform({ file, frontMatter: {} })
    const platform = 'platform' in named ? named.platform.descriptor.name : undefined
    return { file, platform, results: [], findings: [templateErrorFinding(error, 'Invalid template')] }
  }
  const frontMatter = frontMatterLocator(source.text)
  const staticFindings: Finding[] = []
  const types = eventTypes(template.frontMatter, file, frontMatter, staticFindings)
  const choice = templatePlatform(template)
  const platform = 'platform' in choice ? choice.platform : undefined
  const templateName = 'platform' in choice ? choice.templateName : file
  if ('problem' in choice) {
    const at = choice.inFrontMatter ? frontMatter.valueOf('platform') : { line: 1, column: 1 }
    staticFindings.push({ file, ...at, severity: 'error', title: 'Unknown platform', message: choice.problem })
  }
  const shared = templateFindings(source, template, platform, template.frontMatter.events && types)
  for (const finding of shared.findings) staticFindings.push(finding)

  const renders = renderAll(
    template,
    source,
    platform,
    templateName,
    types,
    withSampleVars(platform, options.vars),
    shared.meant,
    share
  )
  const findings = [...staticFindings, ...renders.findings]
  const staticError = staticFindings.some(finding => finding.severity === 'error')
  const results = types.map(type => ({
    type: type.type,
    result: staticError ? 'error' : (renders.results.get(type.type) ?? 'error')
  }))
  return {
    file,
    platform: platform?.descriptor.name,
    results,
    findings: listed(findings, share.limits.findings, file),
    preview: renders.preview,
    reads: { variables: template.variables, platform }
  }
}

/** The first `most` findings, then one that counts the rest: a template can make a hundred thousand. */
function listed(findings: Finding[], most: number, file: string): Finding[] {
  if (findings.length <= most) return findings
  const rest = countBySeverity(findings.slice(most))
  return [
    ...findings.slice(0, most),
    {
      file,
      line: 1,
      column: 1,
      severity: rest.error > 0 ? 'error' : 'warning',
      title: 'More problems',
      message: `${rest.error} more errors and ${rest.warning} more warnings in this template, not listed: check mode lists ${most} per template; fix those listed and check again`
    }
  ]
}

/** The front matter's `events` as notification types (unknown names are findings), else every type. */
function eventTypes(
  frontMatter: FrontMatter,
  file: string,
  locator: FrontMatterLocator,
  findings: Finding[]
): NotificationType[] {
  if (frontMatter.events === undefined) return [...NOTIFICATION_TYPES]
  const known = NOTIFICATION_TYPES.map(type => type.type).join(', ')
  if (frontMatter.events.length === 0) {
    const message = `front matter events is empty: list the notification types the template is for (${known}), or remove it to check all`
    findings.push({ file, ...locator.valueOf('events'), severity: 'error', title: 'Unknown event type', message })
    return [...NOTIFICATION_TYPES]
  }
  const types: NotificationType[] = []
  for (const name of frontMatter.events) {
    const type = notificationType(name)
    if (type && !types.includes(type)) types.push(type)
    if (!type) {
      const message = `front matter events: "${name}" is not a Dagster+ notification type; use ${known}`
      findings.push({ file, ...locator.word(name, 'events'), severity: 'error', title: 'Unknown event type', message })
    }
  }
  return types.length > 0 ? types : [...NOTIFICATION_TYPES]
}

interface FrontMatterLocator {
  /** Where a key's value starts (its key when the value is on later lines). */
  valueOf(key: string): SourcePosition
  /** Where `word` first appears after `key`. */
  word(word: string, key: string): SourcePosition
}

/** Positions inside the front matter, which the compiled template does not keep. */
function frontMatterLocator(text: string): FrontMatterLocator {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/)
  const { opening, closing } = frontMatterBounds(lines) ?? { opening: 0, closing: -1 }
  const keyLine = (key: string) => {
    const index = lines.findIndex((line, i) => i > opening && i < closing && new RegExp(`^\\s*${key}\\s*:`).test(line))
    return index < 0 ? 0 : index
  }
  return {
    valueOf(key) {
      const index = keyLine(key)
      const match = new RegExp(`^(\\s*${key}\\s*:\\s*)\\S`).exec(lines[index])
      return { line: index + 1, column: match ? match[1].length + 1 : 1 }
    },
    word(word, key) {
      for (let i = keyLine(key); i < Math.max(closing, 1); i++) {
        const column = lines[i].indexOf(word, i === keyLine(key) ? lines[i].indexOf(':') + 1 : 0)
        if (column >= 0) return { line: i + 1, column: column + 1 }
      }
      return this.valueOf(key)
    }
  }
}
