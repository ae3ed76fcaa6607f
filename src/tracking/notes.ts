import { escapeMarkdownText } from '../template/filters.js'
import type { FollowUpNote } from './contract.js'

// How a follow-up note is written in each issue tracker's comment format.

/** A note as plain text, one line each, links spelled out (plain-text comment APIs). */
export function noteAsText(note: FollowUpNote): string {
  const lines = note.lines.map(
    ({ label, text, href }) => `${label}: ${href && href !== text ? `${text} (${href})` : text}`
  )
  return [note.heading, ...lines].join('\n')
}

/** Bold heading, one line per detail; alert text escaped so it shows as written. */
export function noteAsMarkdown(note: FollowUpNote): string {
  const lines = note.lines.map(({ label, text, href }) => {
    const shown = escapeMarkdownText(text)
    return `${label}: ${href ? `[${shown}](${href.replace(/[()\s]/g, percentEncoded)})` : shown}`
  })
  return [`**${escapeMarkdownText(note.heading)}**`, '', ...lines].join('\n')
}

/** `(` → `%28`: parentheses and spaces would end a Markdown link's URL early. */
function percentEncoded(character: string): string {
  return `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
}
