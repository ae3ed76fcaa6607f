import { NOTIFICATION_TYPES, notificationType } from '../event/tokens.js'
import type { FrontMatter } from './document.js'

/** The `template` input of a send: one name or path a line (blank lines and `#` comments skipped). */
export function templateList(input: string | undefined): string[] {
  return (input ?? '')
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '' && !line.startsWith('#'))
}

/**
 * Whether a template is meant for alerts of `type` (the alert's notification_type): its `events` name the type. A
 * template without `events`, or whose `events` list every type, is meant for any alert, one of a type not (yet) in
 * the catalogue or without a type included.
 */
export function isMeantFor(frontMatter: FrontMatter, type: string | undefined): boolean {
  const events = frontMatter.events
  if (!events) return true
  const declared = new Set(events.map(event => notificationType(event)?.type))
  const wanted = notificationType(type ?? '')
  if (wanted && declared.has(wanted.type)) return true
  return NOTIFICATION_TYPES.every(known => declared.has(known.type))
}

/** The first template meant for `type`, in the order the `template` input lists them. */
export function routeByEventType<T extends { frontMatter: FrontMatter }>(
  templates: readonly T[],
  type: string | undefined
): T | undefined {
  return templates.find(template => isMeantFor(template.frontMatter, type))
}

/** Why an alert no listed template is for was not sent, and which types each template serves. */
export function notServedNotice(
  templates: readonly { file: string; frontMatter: FrontMatter }[],
  type: string | undefined
): string {
  const served = templates
    .map(template => `${(template.frontMatter.events ?? []).join(', ')} (${template.file})`)
    .join('; ')
  const alert = type ? `${/^[AEIOU]/i.test(type) ? 'an' : 'a'} ${type} alert` : 'an alert without notification_type'
  return `Nothing sent: no template of this step is meant for ${alert}. This step serves ${served}; list a template for ${type ?? 'it'} in the template input to send it here.`
}
