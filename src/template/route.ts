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
  return !frontMatter.events || eventsServe(frontMatter.events, type)
}

/**
 * Whether a list of notification types (a template's front matter `events`, the `events` input) serves alerts of
 * `type`: it names the type, ignoring case, or lists every type (then an alert of any type, or of none, is served).
 */
export function eventsServe(events: readonly string[], type: string | undefined): boolean {
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
  return `Nothing sent: no template of this step is meant for ${alertOfType(type)}. This step serves ${served}; list a template for ${type ?? 'it'} in the template input to send it here.`
}

/** Why an alert of a type the `events` input leaves out was not sent (no template was loaded, no request made). */
export function notInEventsNotice(events: readonly string[], type: string | undefined): string {
  const add = notificationType(type ?? '')
    ? `add ${type} to the events input`
    : 'list every type in the events input, or remove it (only then is an alert of another type, or of none, served)'
  return `Nothing sent: the events input of this step (${events.join(', ')}) does not include ${alertOfType(type)}; ${add} to send it here.`
}

function alertOfType(type: string | undefined): string {
  return type ? `${/^[AEIOU]/i.test(type) ? 'an' : 'a'} ${type} alert` : 'an alert without notification_type'
}
