import type { Problem } from '../../errors.js'
import { markdownToAdf, type AdfDoc, type AdfNode } from '../../template/markdown-to-adf.js'
import { noteAsText } from '../../tracking/notes.js'
import type { FollowUpNote } from '../../tracking/contract.js'
import { fitText, measureLength, truncate } from '../../truncate.js'
import { isObject, type JsonObject } from '../shared/json.js'
import { neutralise } from '../shared/mentions.js'
import type { PlatformContext, Target } from '../types.js'
import type { Json } from '../../json.js'
import { dropEmptyNodes, textNodes } from './adf/prune.js'
import { validateAdf } from './adf/validate.js'
import { DESCRIPTION_MAX } from './limits.js'
import { versionOf } from './target.js'

type Warn = PlatformContext['warn']

const DESCRIPTION = 'fields.description'

/**
 * A wiki-markup mention: `[~accountid:…]` or `[~name]` (Jira Server), also as a link's target (`[text|~name]`).
 * Nothing inside may be a bracket or a line break, so each attempt stops at the next `[` (linear time).
 */
const WIKI_MENTION = /\[(?:[^[\]|\n]*\|)?~[^[\]\n]*\]/g

/**
 * Wiki markup where only the mentions the author wrote (template, vars) notify anyone: any other is written with
 * an escaped bracket (`\[~name]`), which Jira shows as the text `[~name]`.
 */
function neutraliseWikiMentions(text: string, authoredText: string): string {
  return neutralise(text, authoredText, WIKI_MENTION, mention => `\\${mention}`)
}

/** What differs between the REST API versions: v2 takes plain text, v3 Atlassian Document Format. */
interface TextFormat {
  /** Fits a non-empty `fields.description`; a shape the version does not take is left for validate. */
  fitDescription(fields: JsonObject, ctx: PlatformContext): void
  validateDescription(description: Json, path: string): Problem[]
  /** A repeat or recovery comment's body; its text is alert text, neutralised as a description is. */
  comment(note: FollowUpNote, ctx: PlatformContext): Json
}

// v2 text is wiki markup: Jira renders it, mentions included. (ADF makes a mention only from a `mention` node,
// which text never becomes.)
const PLAIN_TEXT: TextFormat = {
  fitDescription(fields, ctx) {
    if (typeof fields.description !== 'string') return
    const neutral = neutraliseWikiMentions(fields.description, ctx.authoredText)
    fields.description = fitText(neutral, DESCRIPTION_MAX, DESCRIPTION, ctx.warn, 'utf16')
  },
  validateDescription(description, path) {
    if (typeof description !== 'string') {
      return [
        {
          path,
          message:
            'REST API v2 takes a plain-text description; for a rich-text (ADF) description use url …/rest/api/3/issue'
        }
      ]
    }
    const length = measureLength(description, 'utf16')
    return length > DESCRIPTION_MAX
      ? [{ path, message: `is ${length} characters long; Jira allows ${DESCRIPTION_MAX}` }]
      : []
  },
  comment: (note, ctx) => neutraliseWikiMentions(noteAsText(note), ctx.authoredText)
}

const ADF: TextFormat = {
  fitDescription(fields, { warn }) {
    const description = fields.description
    if (typeof description === 'string') {
      warn({
        path: DESCRIPTION,
        message: 'text converted to Atlassian Document Format (REST API v3 takes ADF, not plain text)'
      })
      setAdfDescription(fields, markdownToAdf(description), warn)
    } else if (isObject(description) && Array.isArray(description.content)) {
      setAdfDescription(fields, description as unknown as AdfDoc, warn)
    }
  },
  validateDescription: validateAdf,
  comment: note => noteAsAdf(note) as unknown as Json
}

export function textFormat(target: Target): TextFormat {
  return versionOf(target) === 3 ? ADF : PLAIN_TEXT
}

export function fitDescription(fields: JsonObject, ctx: PlatformContext): void {
  if (typeof fields.description === 'string' && fields.description.trim() === '') {
    delete fields.description
    ctx.warn({ path: DESCRIPTION, message: 'was empty and is left out' })
    return
  }
  textFormat(ctx.target).fitDescription(fields, ctx)
}

export function validateDescription(description: Json | undefined, target: Target): Problem[] {
  if (description === undefined || description === null) return []
  return textFormat(target).validateDescription(description, DESCRIPTION)
}

function setAdfDescription(fields: JsonObject, doc: AdfDoc, warn: Warn): void {
  // Empty nodes are the template's way of leaving out missing values, like removed keys: no warning for those.
  const { doc: cleaned, unlinked } = dropEmptyNodes(doc, DESCRIPTION)
  for (const markPath of unlinked) warn({ path: markPath, message: 'link without href removed (its text stays)' })
  if (cleaned.content.length === 0) {
    delete fields.description
    warn({
      path: DESCRIPTION,
      message: 'nothing left after removing empty parts (missing values); description left out'
    })
    return
  }
  truncateAdfText(cleaned, DESCRIPTION, warn)
  fields.description = cleaned as unknown as Json
}

/**
 * Shortens the longest texts until the document's text fits Jira's description limit. Not shared/budget's common
 * cap: that would shorten every long text to the same length, where this keeps the shorter ones whole. Longest first
 * (the first of equals), each text once: one sort, where finding the longest again for each cut is quadratic.
 */
function truncateAdfText(doc: AdfDoc, path: string, warn: Warn): void {
  const texts = textNodes(doc, path)
  let total = texts.reduce((sum, { node }) => sum + measureLength(node.text ?? '', 'utf16'), 0)
  const longestFirst = [...texts].sort((a, b) => (b.node.text ?? '').length - (a.node.text ?? '').length)
  for (const longest of longestFirst) {
    const before = longest.node.text ?? ''
    if (total <= DESCRIPTION_MAX || before.length <= 1) break // fits, or nothing left to cut
    // Never below one unit: an empty text node would be rejected.
    const after = truncate(before, Math.max(1, before.length - (total - DESCRIPTION_MAX)), 'utf16')
    longest.node.text = after
    total -= before.length - after.length
    warn({
      path: `${longest.path}.text`,
      message: `truncated from ${before.length} to ${after.length} characters (the description's text is limited to ${DESCRIPTION_MAX})`
    })
  }
}

/** Bold heading, then one line per detail with its link (Jira REST v3 comment body). */
export function noteAsAdf(note: FollowUpNote): AdfDoc {
  const details: AdfNode[] = note.lines.flatMap(({ label, text, href }, index) => [
    ...(index > 0 ? [{ type: 'hardBreak' }] : []),
    { type: 'text', text: `${label}: ` },
    { type: 'text', text, ...(href && { marks: [{ type: 'link', attrs: { href } }] }) }
  ])
  const heading: AdfNode = {
    type: 'paragraph',
    content: [{ type: 'text', text: note.heading, marks: [{ type: 'strong' }] }]
  }
  return {
    type: 'doc',
    version: 1,
    content: details.length > 0 ? [heading, { type: 'paragraph', content: details }] : [heading]
  }
}
