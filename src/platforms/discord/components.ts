import { measureLength } from '../../truncate.js'
import type { Findings } from '../shared/findings.js'
import { isObject, type JsonObject } from '../shared/json.js'
import type { Json } from '../../json.js'
import { isSnowflake } from './snowflake.js'

/**
 * The message components a webhook message may hold, written down from Discord's execute-webhook contract
 * (discord-api-spec `IncomingWebhookRequestPartial.components` and its `…ForMessageRequest` schemas;
 * https://discord.com/developers/docs/components/reference). Beyond the schema, from the docs: a webhook made in a
 * channel's settings cannot send interactive components (buttons other than link buttons, select menus), a message
 * without the IS_COMPONENTS_V2 flag holds only action rows (at most 5), and one with it at most 40 components in all
 * (nested ones count) whose text displays hold at most 4000 characters together.
 */

/** What a property holds. */
type Holds =
  | 'boolean'
  | 'snowflake'
  | { text: [min: number, max: number] }
  | { url: number }
  | { integer: [min: number, max: number] }
  | { oneOf: Readonly<Record<number, string>> }
  | { object: Part }
  | { objects: Part; min: number; max: number }
  /** One component of these types. */
  | { component: readonly number[] }
  /** A list of components of these types. */
  | { components: readonly number[]; min: number; max: number }

interface Part {
  properties: Readonly<Record<string, Holds>>
  required: readonly string[]
}

interface Kind extends Part {
  name: string
  /** Why a webhook message cannot hold it and what to use instead. */
  refused?: string
}

const ID: Holds = { integer: [0, 2 ** 31 - 1] }
const MEDIA: Part = { properties: { url: { url: 2048 } }, required: ['url'] }
const EMOJI: Part = {
  properties: { id: 'snowflake', name: { text: [0, 32] }, animated: 'boolean' },
  required: ['name']
}
const GALLERY_ITEM: Part = {
  properties: { media: { object: MEDIA }, description: { text: [1, 1024] }, spoiler: 'boolean' },
  required: ['media']
}

const LINK_STYLE = 5
const BUTTON_STYLES = { 1: 'primary', 2: 'secondary', 3: 'success', 4: 'danger', 5: 'link', 6: 'premium' }

const INTERACTIVE =
  "is interactive: a webhook made in a channel's settings cannot send it, and nothing here would answer a click; " +
  'use a link button (type 2, style 5, with a url) or a text display instead'

/** The components by `type` (https://discord.com/developers/docs/components/reference#component-object-component-types). */
const KINDS: Readonly<Record<number, Kind>> = {
  1: {
    name: 'action row',
    // Select menus (3, 5–8) belong here too; a webhook cannot send them (see `refused`).
    properties: { id: ID, components: { components: [2, 3, 5, 6, 7, 8], min: 1, max: 5 } },
    required: ['components']
  },
  2: {
    name: 'button',
    properties: {
      id: ID,
      style: { oneOf: BUTTON_STYLES },
      label: { text: [0, 80] },
      url: { url: 512 },
      emoji: { object: EMOJI },
      disabled: 'boolean',
      custom_id: { text: [1, 100] },
      sku_id: 'snowflake'
    },
    required: ['style']
  },
  3: { name: 'string select', properties: {}, required: [], refused: INTERACTIVE },
  5: { name: 'user select', properties: {}, required: [], refused: INTERACTIVE },
  6: { name: 'role select', properties: {}, required: [], refused: INTERACTIVE },
  7: { name: 'mentionable select', properties: {}, required: [], refused: INTERACTIVE },
  8: { name: 'channel select', properties: {}, required: [], refused: INTERACTIVE },
  9: {
    name: 'section',
    properties: { id: ID, components: { components: [10], min: 1, max: 3 }, accessory: { component: [2, 11] } },
    required: ['components', 'accessory']
  },
  10: { name: 'text display', properties: { id: ID, content: { text: [1, 4000] } }, required: ['content'] },
  11: {
    name: 'thumbnail',
    properties: { id: ID, media: { object: MEDIA }, description: { text: [1, 1024] }, spoiler: 'boolean' },
    required: ['media']
  },
  12: {
    name: 'media gallery',
    properties: { id: ID, items: { objects: GALLERY_ITEM, min: 1, max: 10 } },
    required: ['items']
  },
  13: {
    name: 'file',
    properties: {},
    required: [],
    refused:
      'shows a file uploaded with the message (attachment://…), and the relay uploads none: ' +
      'link the file from a text display, or show an image with a media gallery (type 12)'
  },
  14: {
    name: 'separator',
    properties: { id: ID, spacing: { oneOf: { 1: 'small', 2: 'large' } }, divider: 'boolean' },
    required: []
  },
  17: {
    name: 'container',
    properties: {
      id: ID,
      components: { components: [1, 9, 10, 12, 13, 14], min: 1, max: 40 },
      accent_color: { integer: [0, 0xffffff] },
      spoiler: 'boolean'
    },
    required: ['components']
  }
}

/** Top-level components with the IS_COMPONENTS_V2 flag, and without it (action rows only). */
const TOP_LEVEL_V2 = [1, 9, 10, 12, 13, 14, 17]
const TOP_LEVEL = [1]
const LIMITS = {
  /** https://discord.com/developers/docs/components/reference (legacy messages: up to 5 action rows) */
  actionRows: 5,
  /** https://discord.com/developers/docs/components/reference (IS_COMPONENTS_V2: up to 40 components in all) */
  components: 40,
  /** https://discord.com/developers/docs/components/reference (text across all text displays: 4000) */
  text: 4000
} as const

const named = (type: number) => `${KINDS[type].name} (${type})`

/**
 * Checks a message's `components` (`v2`: the IS_COMPONENTS_V2 flag is set), adding what Discord would reject to
 * `findings` with the path, the value and the fix.
 */
export function checkComponents(value: Json | undefined, v2: boolean, findings: Findings): void {
  const walk = new ComponentWalk(findings, v2)
  walk.list(value, 'components', v2 ? TOP_LEVEL_V2 : TOP_LEVEL, 0, v2 ? LIMITS.components : LIMITS.actionRows)
  if (!v2) return
  if (walk.count > LIMITS.components) {
    findings.add(
      'components',
      `hold ${walk.count} components in all (nested ones count); Discord allows at most ${LIMITS.components} in a message`
    )
  }
  if (walk.text > LIMITS.text) {
    findings.add(
      'components',
      `the text displays hold ${walk.text} characters in all; Discord allows at most ${LIMITS.text} in a message`
    )
  }
}

class ComponentWalk {
  count = 0
  text = 0

  constructor(
    private readonly findings: Findings,
    private readonly v2: boolean
  ) {}

  list(value: Json | undefined, path: string, allowed: readonly number[], min: number, max: number): void {
    this.findings
      .list(value, path, max, 'components', min)
      .forEach((item, i) => this.component(item, `${path}[${i}]`, allowed))
  }

  component(value: Json, path: string, allowed: readonly number[]): void {
    const component = this.findings.object(value, path, true)
    if (!component) return
    const type = component.type
    const kind = typeof type === 'number' ? KINDS[type] : undefined
    if (!kind || !allowed.includes(type as number)) return this.misplaced(type, path, allowed)
    this.count++
    if (kind.refused) return this.findings.add(path, `a ${named(type as number)} ${kind.refused}`)
    this.part(component, kind, path)
    if (type === 2) this.button(component, path)
    if (type === 10 && typeof component.content === 'string') this.text += measureLength(component.content)
  }

  private misplaced(type: Json | undefined, path: string, allowed: readonly number[]): void {
    const here = allowed.map(named).join(', ')
    if (type === undefined || type === null) return this.findings.add(`${path}.type`, `is required: one of ${here}`)
    if (typeof type === 'number' && KINDS[type] && !this.v2 && TOP_LEVEL_V2.includes(type)) {
      return this.findings.add(
        `${path}.type`,
        `a ${named(type)} needs the IS_COMPONENTS_V2 flag: set flags: 32768 (and leave out content, embeds and poll), ` +
          `or use ${here} only`
      )
    }
    const what =
      typeof type === 'number' && KINDS[type]
        ? `a ${named(type)} cannot be here`
        : `${JSON.stringify(type)} is not a component type a webhook message may hold`
    this.findings.add(`${path}.type`, `${what}: use one of ${here}`)
  }

  private part(object: JsonObject, part: Part, path: string): void {
    for (const key of part.required) {
      if (object[key] === undefined || object[key] === null) this.findings.add(`${path}.${key}`, 'is required')
    }
    for (const [key, holds] of Object.entries(part.properties)) {
      const value = object[key]
      if (value !== undefined && value !== null) this.value(value, holds, `${path}.${key}`)
    }
  }

  private value(value: Json, holds: Holds, path: string): void {
    const findings = this.findings
    if (holds === 'boolean') return findings.boolean(value, path)
    if (holds === 'snowflake') {
      if (!isSnowflake(value))
        findings.add(path, `must be an id written as a string of digits, got ${JSON.stringify(value)}`)
      return
    }
    if ('text' in holds) {
      findings.text(value, path, holds.text[1])
      if (typeof value === 'string' && holds.text[0] > 0 && value.trim() === '') findings.add(path, 'must not be empty')
      return
    }
    if ('url' in holds) return findings.url(value, path, holds.url)
    if ('integer' in holds) {
      const [min, max] = holds.integer
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
        findings.add(path, `must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`)
      return
    }
    if ('oneOf' in holds) {
      if (typeof value !== 'number' || !(value in holds.oneOf)) {
        const choices = Object.entries(holds.oneOf).map(([number, name]) => `${number} (${name})`)
        findings.add(path, `must be one of ${choices.join(', ')}, got ${JSON.stringify(value)}`)
      }
      return
    }
    if ('object' in holds) {
      const object = findings.object(value, path)
      if (object) this.part(object, holds.object, path)
      return
    }
    if ('objects' in holds) {
      return findings.list(value, path, holds.max, 'items', holds.min).forEach((item, i) => {
        const object = findings.object(item, `${path}[${i}]`, true)
        if (object) this.part(object, holds.objects, `${path}[${i}]`)
      })
    }
    if ('component' in holds) return this.component(value, path, holds.component)
    this.list(value, path, holds.components, holds.min, holds.max)
  }

  /** Only a link button (style 5: a url, no custom_id) works from a channel's webhook. */
  private button(button: JsonObject, path: string): void {
    if (typeof button.style === 'number' && button.style in BUTTON_STYLES && button.style !== LINK_STYLE)
      return this.findings.add(`${path}.style`, `${button.style} makes a button that ${INTERACTIVE}`)
    if (button.style !== LINK_STYLE) return
    if (button.custom_id !== undefined && button.custom_id !== null)
      this.findings.add(`${path}.custom_id`, 'is not allowed on a link button (style 5): remove it')
    if (button.url === undefined || button.url === null)
      this.findings.add(`${path}.url`, 'is required: a link button (style 5) opens this http(s) URL')
    const label = typeof button.label === 'string' ? button.label.trim() : ''
    if (label === '' && !isObject(button.emoji))
      this.findings.add(`${path}.label`, 'is required: a button needs a label or an emoji to show')
  }
}
