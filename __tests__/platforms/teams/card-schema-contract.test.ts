import { describe, expect, it } from '@jest/globals'
import { Ajv, type ValidateFunction } from 'ajv'
import fc from 'fast-check'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ACTION_ROOT } from '../../../src/action-root.js'
import { deriveValues } from '../../../src/event/derive.js'
import { normaliseAlert } from '../../../src/event/normalise.js'
import { templateScope } from '../../../src/event/scope.js'
import { hostileAlert, NOTIFICATION_TYPES, sampleAlert } from '../../../src/event/tokens.js'
import { checkCard } from '../../../src/platforms/teams/card-check.js'
import type { Minor } from '../../../src/platforms/teams/card-schema.js'
import { teams } from '../../../src/platforms/teams/index.js'
import type { Json } from '../../../src/json.js'
import { compileTemplate } from '../../../src/template/compile.js'
import { loadTemplate } from '../../../src/template/load.js'
import { cardOf, context, type JsonObject } from './helpers.js'

/**
 * Differential test: the card facts (`card-schema.ts`) and the official Adaptive Cards schemas must give every
 * card the same verdict. The schemas are read with ajv, with three upstream slips read as meant (the same reading
 * `card-schema.ts` states): case-insensitive word patterns written `^(a)|(b)$` with `[x|X]` classes match a whole
 * value; 1.1's one-item `items` tuple applies to every element; 1.1's `oneOf` for `selectAction` is `anyOf`.
 * Formats (`uri`, `uri-reference`) are not compared: Teams' own rule (http(s) links) is stricter where it matters.
 */
const EXTRACTS = path.resolve(ACTION_ROOT, '..', 'shared', 'contracts', 'extracts')
const MINORS: Minor[] = [1, 2, 3, 4, 5]
const schemaFile = (minor: Minor) => path.join(EXTRACTS, `adaptive-card-1.${minor}.0.schema.json`)
const present = MINORS.every(minor => existsSync(schemaFile(minor)))
const describeWithSchemas = present ? describe : describe.skip

type Schema = { [key: string]: unknown }

/** A pattern that matches a word in any letter case, whole. */
function wordPattern(words: string[]): string {
  const letters = (word: string) =>
    word.replace(/[a-z]/gi, letter => `[${letter.toLowerCase()}${letter.toUpperCase()}]`)
  return `^(${words.map(letters).join('|')})$`
}

/** The schema as its authors meant it (see above). */
function readAsMeant(node: unknown, minor: Minor): unknown {
  if (Array.isArray(node)) return node.map(item => readAsMeant(item, minor))
  if (typeof node !== 'object' || node === null) return node
  const schema = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, readAsMeant(value, minor)])
  ) as Schema
  const anyOf = schema.anyOf as Schema[] | undefined
  const words = anyOf?.find(branch => Array.isArray(branch.enum))?.enum as string[] | undefined
  if (anyOf && words) {
    schema.anyOf = anyOf.map(branch => (typeof branch.pattern === 'string' ? { pattern: wordPattern(words) } : branch))
  }
  if (minor === 1 && Array.isArray(schema.items)) schema.items = schema.items[0]
  if (minor === 1 && schema.oneOf) {
    schema.anyOf = schema.oneOf
    delete schema.oneOf
  }
  return schema
}

function officialValidator(minor: Minor): ValidateFunction {
  const schema = readAsMeant(JSON.parse(readFileSync(schemaFile(minor), 'utf8')), minor) as Schema
  delete schema.$schema
  delete schema.id
  return new Ajv({ strict: false, validateFormats: false }).compile(schema)
}

// ─── generated cards ────────────────────────────────────────────────────────────────────────────

const text = (value: string) => ({ type: 'TextBlock', text: value })
const open = { type: 'Action.OpenUrl', title: 'Open', url: 'https://x.example' }
const submit = { type: 'Action.Submit', title: 'Send', data: { a: 1 } }

/** One of each element, with many of its properties, as a 1.5 card may hold them. */
const ELEMENTS: JsonObject[] = [
  {
    type: 'TextBlock',
    text: 'Hello',
    size: 'Large',
    weight: 'bolder',
    color: 'attention',
    wrap: true,
    isSubtle: false,
    maxLines: 2,
    fontType: 'Monospace',
    horizontalAlignment: 'center',
    spacing: 'None',
    separator: true,
    id: 't'
  },
  { type: 'TextBlock', text: 'Heading', style: 'heading' },
  {
    type: 'Image',
    url: 'https://x.example/a.png',
    size: 'small',
    style: 'person',
    altText: 'a',
    height: 'auto',
    width: '20px',
    selectAction: open
  },
  {
    type: 'FactSet',
    facts: [
      { title: 'a', value: 'b' },
      { title: 'c', value: 'd', type: 'Fact' }
    ]
  },
  {
    type: 'Container',
    style: 'emphasis',
    bleed: true,
    verticalContentAlignment: 'center',
    minHeight: '50px',
    items: [text('in')],
    selectAction: submit
  },
  {
    type: 'ColumnSet',
    columns: [
      { type: 'Column', width: 'auto', items: [text('c1')] },
      { width: 2, items: [text('c2')], style: 'good' }
    ],
    horizontalAlignment: 'left'
  },
  { type: 'ImageSet', imageSize: 'medium', images: [{ type: 'Image', url: 'https://x.example/b.png' }] },
  { type: 'ActionSet', actions: [open, submit] },
  {
    type: 'RichTextBlock',
    inlines: ['plain', { type: 'TextRun', text: 'run', italic: true, underline: true, size: 'small' }]
  },
  {
    type: 'Media',
    sources: [{ mimeType: 'video/mp4', url: 'https://x.example/v.mp4' }],
    poster: 'https://x.example/p'
  },
  {
    type: 'Table',
    columns: [{ width: 1 }, { width: 2 }],
    rows: [{ type: 'TableRow', cells: [{ type: 'TableCell', items: [text('a')] }, { items: [text('b')] }] }],
    gridStyle: 'accent',
    firstRowAsHeader: true
  },
  { type: 'Input.Text', id: 'i1', placeholder: 'p', isMultiline: true, style: 'email', maxLength: 10 },
  { type: 'Input.Text', id: 'i2', style: 'password', label: 'L', isRequired: true, errorMessage: 'e', regex: 'x' },
  { type: 'Input.Number', id: 'n', min: 0, max: 9, value: 3 },
  { type: 'Input.Date', id: 'd', value: '2024-01-01' },
  { type: 'Input.Time', id: 'tm', value: '10:00' },
  { type: 'Input.Toggle', id: 'tg', title: 'T', valueOn: 'y', valueOff: 'n' },
  { type: 'Input.ChoiceSet', id: 'cs', choices: [{ title: 'A', value: 'a' }], style: 'expanded', isMultiSelect: true },
  { type: 'Input.ChoiceSet', id: 'cs2', placeholder: 'pick', wrap: true },
  { type: 'TextBlock', text: 'fallback', fallback: 'drop', requires: { feature: '1.0' }, isVisible: true },
  { type: 'TextBlock', text: 'old', height: 'stretch' }
]

/** Elements every version from 1.1 on knows, so that older cards are often valid too. */
const PLAIN: JsonObject[] = [
  text('plain'),
  { type: 'TextBlock', text: 'sized', size: 'small', weight: 'bolder', wrap: true },
  { type: 'Image', url: 'https://x.example/a.png', size: 'small' },
  { type: 'FactSet', facts: [{ title: 'a', value: 'b' }] },
  { type: 'Container', style: 'emphasis', items: [text('in')] },
  { type: 'ColumnSet', columns: [{ type: 'Column', items: [text('c')], width: 'auto' }] },
  { type: 'Input.Number', id: 'n', min: 0 },
  { type: 'Input.Toggle', id: 'tg', title: 'T' }
]

const ACTIONS: JsonObject[] = [
  open,
  submit,
  { type: 'Action.ShowCard', title: 'More', card: { type: 'AdaptiveCard', body: [text('more')] } },
  { type: 'Action.ToggleVisibility', title: 'Toggle', targetElements: ['t', { elementId: 't', isVisible: false }] },
  { type: 'Action.Execute', title: 'Run', verb: 'go', data: 'x' },
  { type: 'Action.Submit', title: 'Styled', style: 'positive', associatedInputs: 'auto' },
  { type: 'Action.OpenUrl', url: 'https://x.example', tooltip: 'tip', mode: 'secondary', isEnabled: true, id: 'a' }
]

/** Values a mutation writes: words of every enum in other cases, wrong types, objects, elements. */
const VALUES: Json[] = [
  '',
  'x',
  'large',
  'LARGE',
  'largest',
  'Drop',
  'drop',
  'default',
  'password',
  'auto',
  'https://x.example',
  '1.5',
  0,
  2.5,
  true,
  false,
  null,
  {},
  [],
  ['x'],
  { a: 'b' },
  text('t'),
  [text('t')],
  open,
  [open],
  { type: 'Table' },
  { type: 'Column', items: [] },
  { title: 'a', value: 'b' },
  { url: 'https://x.example/c.png' }
]

const NAMES = [
  'type',
  'text',
  'size',
  'style',
  'items',
  'url',
  'facts',
  'id',
  'fallback',
  'height',
  'rtl',
  'rtl?',
  'tooltip',
  'selectAction',
  'isSubtle',
  'backgroundImage',
  'columns',
  'unknownProperty',
  'version',
  'spacing',
  'title'
]
const TYPES = [
  'TextBlock',
  'Image',
  'Table',
  'ActionSet',
  'Column',
  'Action.Execute',
  'Action.ShowCard',
  'Action.OpenUrl',
  'Action.Submit',
  'Bogus',
  'Input.Text'
]

type Mutation = { at: number; op: 'delete' | 'set' | 'add' | 'retype'; value: number; name: number }

/** Every (object, key) pair in the card, in a stable order, for a mutation to pick from. */
function places(value: Json, found: [JsonObject | Json[], string | number][] = []): typeof found {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      found.push([value, i])
      places(item, found)
    })
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      found.push([value, key])
      places(item, found)
    }
  }
  return found
}

function mutate(card: JsonObject, mutation: Mutation): void {
  const all = places(card)
  const [holder, key] = all[mutation.at % all.length]
  const value = structuredClone(VALUES[mutation.value % VALUES.length])
  if (Array.isArray(holder)) {
    if (mutation.op === 'delete') holder.splice(key as number, 1)
    else holder[key as number] = value
    return
  }
  const object = holder as JsonObject
  if (mutation.op === 'delete') delete object[key]
  else if (mutation.op === 'set') object[key] = value
  else if (mutation.op === 'add') object[NAMES[mutation.name % NAMES.length]] = value
  else object.type = TYPES[mutation.name % TYPES.length]
}

const cards = fc
  .record({
    body: fc.oneof(fc.subarray(ELEMENTS, { maxLength: 3 }), fc.subarray(PLAIN, { maxLength: 3 })),
    actions: fc.oneof(fc.subarray(ACTIONS, { maxLength: 2 }), fc.subarray(ACTIONS.slice(0, 2))),
    extras: fc.oneof(
      fc.subarray(['selectAction', 'fallbackText', 'backgroundImage', 'rtl', 'refresh', 'style', 'lang']),
      fc.constant<string[]>([])
    ),
    mutations: fc.array(
      fc.record({
        at: fc.nat(),
        op: fc.constantFrom<Mutation['op']>('delete', 'set', 'add', 'retype'),
        value: fc.nat(),
        name: fc.nat()
      }),
      { maxLength: 2 }
    )
  })
  .map(({ body, actions, extras, mutations }) => ({ shape: { body, actions, extras }, mutations }))

const EXTRA_VALUES: JsonObject = {
  selectAction: open,
  fallbackText: 'fallback',
  backgroundImage: { url: 'https://x.example/bg.png', fillMode: 'repeat' },
  rtl: false,
  refresh: { action: { type: 'Action.Execute', verb: 'r' }, userIds: ['u'] },
  style: 'emphasis',
  lang: 'en'
}

function build(minor: Minor, shape: { body: JsonObject[]; actions: JsonObject[]; extras: string[] }): JsonObject {
  const card: JsonObject = { type: 'AdaptiveCard', version: `1.${minor}`, body: structuredClone(shape.body) }
  if (shape.actions.length > 0) card.actions = structuredClone(shape.actions)
  for (const extra of shape.extras) card[extra] = structuredClone(EXTRA_VALUES[extra])
  return card
}

describeWithSchemas(
  'Adaptive Card facts against the official schemas (needs ../shared/contracts/extracts/adaptive-card-1.x.0.schema.json)',
  () => {
    const official = present ? new Map(MINORS.map(minor => [minor, officialValidator(minor)])) : new Map()

    it.each(MINORS)('1.%i: every generated card, valid or mutated, gets the schema verdict', minor => {
      const verdicts = { accepted: 0, refused: 0 }
      fc.assert(
        fc.property(cards, ({ shape, mutations }) => {
          const card = build(minor, shape)
          for (const mutation of mutations) mutate(card, mutation)
          const schema = official.get(minor)!
          const accepted = schema(card)
          const ours = checkCard(card, minor, '')
          verdicts[accepted ? 'accepted' : 'refused']++
          expect({ card, ours: ours.length === 0 ? 'accepted' : ours }).toEqual({
            card,
            ours: accepted ? 'accepted' : expect.arrayContaining([expect.anything()])
          })
        }),
        { numRuns: 1000, seed: 15 + minor }
      )
      // Both verdicts are well represented, so the comparison can fail either way.
      expect(verdicts.accepted).toBeGreaterThan(100)
      expect(verdicts.refused).toBeGreaterThan(100)
    })

    it('the built-in Teams template renders cards the 1.4 schema accepts (without the msteams extension)', () => {
      const template = compileTemplate(loadTemplate('teams', ACTION_ROOT))
      const alerts = NOTIFICATION_TYPES.flatMap(({ type }) => [sampleAlert(type), hostileAlert(type)])
      for (const raw of alerts) {
        const alert = normaliseAlert(raw)
        const { ctx } = context()
        const payload = teams.fit(template.render(templateScope(alert, deriveValues(alert, {}), {})).value, ctx)
        const { msteams: _extension, ...card } = cardOf(payload)
        const schema = official.get(4)!
        expect({ alert: raw, valid: schema(card), errors: schema.errors ?? null }).toEqual({
          alert: raw,
          valid: true,
          errors: null
        })
        expect(teams.validate(payload, ctx)).toEqual([])
      }
    })
  }
)
