/**
 * What the official Adaptive Cards schemas (https://adaptivecards.io/schemas/, microsoft/AdaptiveCards
 * `schemas/1.{1..5}.0/adaptive-card.json`) allow, written down as facts: the element and action types, their
 * properties with what each holds, the required ones, and the version that brought or dropped each. Versions are
 * the minor number of 1.x. There are two families: 1.0–1.1 (the 1.1 schema: any extra property is allowed,
 * word values are exact) and 1.2–1.5 (no extra property; word values in any letter case, and a value that is not
 * text passes a word-valued property, as those schemas' patterns let it).
 *
 * Where a schema's text says other than its authors meant, the facts follow the intent, and the differential test
 * reads the schema the same way: a case-insensitive pattern `^(a)|(b)$` is a whole-value match of a or b; 1.1's
 * one-item `items` tuple is a list of elements; 1.1's `oneOf` for `selectAction` is `anyOf` (every OpenUrl also
 * matches its Submit shape). 1.0 has no schema: it is 1.1 without what the 1.1 schema marks as new in 1.1.
 */

export type Minor = 0 | 1 | 2 | 3 | 4 | 5

/** A named kind of object (a definition), or a family of them told apart by `type`. */
export type Shape = string

/** What a property holds. */
export type Value =
  | 'string'
  | 'number'
  | 'boolean'
  | 'boolean|null'
  | 'object'
  | 'string|object'
  | 'string|number'
  /** The schema puts no bound on it. */
  | 'anything'
  /** An element or action to show instead, or "drop": any value but text other than "drop". */
  | 'fallback'
  /** `requires`: feature names and versions, an object whose values are text. */
  | 'string-map'
  | 'strings'
  | { words: string }
  | { one: Shape }
  | { list: Shape }
  /** Text, or an object of the shape. */
  | { textOr: Shape }
  /** A list of text or objects of the shape. */
  | { textsOr: Shape }

/** A property: name, value, the version that brought it and the last version that has it. */
type Property = [name: string, value: Value, since?: Minor, until?: Minor]

/** A required property, or one required only between two versions. */
type Required = string | [name: string, since: Minor, until: Minor]

export interface Definition {
  /** The `type` it must have when it has one (families require it). */
  type?: string
  properties: Property[]
  required?: Required[]
  since?: Minor
  /** What to use in an older card instead of this type. */
  instead?: string
}

interface Family {
  /** What a member is called in messages ("element", "action"). */
  noun: string
  /** Member types, by `type`. */
  members: Record<string, Shape>
  /** Text items are members too (a RichTextBlock's inlines). */
  text?: boolean
  /** 1.1's actions: a member is valid when it fits one of these shapes, whatever its `type` says. */
  anyOf?: Shape[]
}

export interface Dialect {
  /** Properties the facts do not list are allowed. */
  open: boolean
  /** Word values must be text and match exactly. */
  exactWords: boolean
  definitions: Record<Shape, Definition>
  families: Record<Shape, Family>
  /** The card at the top of the attachment. */
  card: Shape
}

/** Word values. A member written [word, since] came in that version. */
export const WORDS: Record<string, (string | [string, Minor])[]> = {
  ActionMode: ['primary', 'secondary'],
  ActionStyle: ['default', 'positive', 'destructive'],
  AssociatedInputs: ['Auto', 'None'],
  BlockElementHeight: ['auto', 'stretch'],
  ChoiceInputStyle: ['compact', 'expanded'],
  Colors: ['default', 'dark', 'light', 'accent', 'good', 'warning', 'attention'],
  ContainerStyle: ['default', 'emphasis', 'good', 'attention', 'warning', 'accent'],
  EmphasisStyle: ['default', 'emphasis'],
  FontSize: ['default', 'small', 'medium', 'large', 'extraLarge'],
  FontType: ['default', 'monospace'],
  FontWeight: ['default', 'lighter', 'bolder'],
  HorizontalAlignment: ['left', 'center', 'right'],
  ImageFillMode: ['cover', 'repeatHorizontally', 'repeatVertically', 'repeat'],
  ImageSize: ['auto', 'stretch', 'small', 'medium', 'large'],
  ImageStyle: ['default', 'person'],
  Spacing: ['default', 'none', 'small', 'medium', 'large', 'extraLarge', 'padding'],
  TextBlockStyle: ['default', 'heading'],
  TextInputStyle: ['text', 'tel', 'url', 'email', ['password', 5]],
  VerticalAlignment: ['top', 'center', 'bottom']
}

const words = (name: string): Value => ({ words: name })

// ─── 1.0 and 1.1 ────────────────────────────────────────────────────────────────────────────────

const FIRST_ELEMENT: Property[] = [
  ['id', 'string'],
  ['spacing', words('Spacing')],
  ['separator', 'boolean']
]
const FIRST_INPUT: Required[] = ['type', 'id']
const FIRST_ACTION: Property[] = [
  ['type', 'string'],
  ['title', 'string'],
  ['iconUrl', 'string', 1]
]
const FIRST_CARD: Property[] = [
  ['actions', { list: 'action' }],
  ['body', { list: 'element' }],
  ['selectAction', { one: 'selectAction' }, 1]
]

const FIRST: Dialect = {
  open: true,
  exactWords: true,
  card: 'RootCard',
  definitions: {
    RootCard: {
      type: 'AdaptiveCard',
      properties: [
        ...FIRST_CARD,
        ['version', 'string'],
        ['fallbackText', 'string'],
        ['backgroundImage', 'string'],
        ['speak', 'string'],
        ['lang', 'string']
      ],
      required: ['type', 'version']
    },
    AdaptiveCard: { type: 'AdaptiveCard', properties: FIRST_CARD, required: ['type'] },
    // Any action with a text `type` is valid as long as it fits one of these three.
    'Action.Submit': { properties: [...FIRST_ACTION, ['data', 'string|object']], required: ['type'] },
    'Action.ShowCard': { properties: [...FIRST_ACTION, ['card', { one: 'AdaptiveCard' }]], required: ['type', 'card'] },
    'Action.OpenUrl': { properties: [...FIRST_ACTION, ['url', 'string']], required: ['type', 'url'] },
    TextBlock: {
      type: 'TextBlock',
      properties: [
        ...FIRST_ELEMENT,
        ['color', words('Colors')],
        ['horizontalAlignment', words('HorizontalAlignment')],
        ['isSubtle', 'boolean'],
        ['maxLines', 'number'],
        ['size', words('FontSize')],
        ['text', 'string'],
        ['weight', words('FontWeight')],
        ['wrap', 'boolean']
      ],
      required: ['type', 'text']
    },
    Media: {
      type: 'Media',
      since: 1,
      properties: [...FIRST_ELEMENT, ['sources', { list: 'MediaSource' }], ['poster', 'string'], ['altText', 'string']],
      required: ['type', 'sources']
    },
    MediaSource: {
      properties: [
        ['mimeType', 'string'],
        ['url', 'string']
      ],
      required: ['mimeType', 'url']
    },
    Image: {
      type: 'Image',
      properties: [
        ...FIRST_ELEMENT,
        ['altText', 'string'],
        ['backgroundColor', 'string', 1],
        ['height', 'string', 1],
        ['horizontalAlignment', words('HorizontalAlignment')],
        ['selectAction', { one: 'selectAction' }, 1],
        ['size', words('ImageSize')],
        ['style', words('ImageStyle')],
        ['url', 'string'],
        ['width', 'string', 1]
      ],
      required: ['type', 'url']
    },
    Container: {
      type: 'Container',
      properties: [
        ...FIRST_ELEMENT,
        ['items', { list: 'element' }],
        ['selectAction', { one: 'selectAction' }, 1],
        ['style', words('EmphasisStyle')],
        ['verticalContentAlignment', 'string', 1]
      ],
      required: ['type', 'items']
    },
    ColumnSet: {
      type: 'ColumnSet',
      properties: [...FIRST_ELEMENT, ['columns', { list: 'Column' }], ['selectAction', { one: 'selectAction' }, 1]],
      required: ['type']
    },
    Column: {
      type: 'Column',
      properties: [
        ...FIRST_ELEMENT,
        ['items', { list: 'element' }],
        ['selectAction', { one: 'selectAction' }, 1],
        ['style', words('EmphasisStyle')],
        ['width', 'string|number']
      ],
      required: ['type', 'items']
    },
    FactSet: {
      type: 'FactSet',
      properties: [...FIRST_ELEMENT, ['facts', { list: 'Fact' }]],
      required: ['type', 'facts']
    },
    Fact: {
      type: 'Fact',
      properties: [
        ['title', 'string'],
        ['value', 'string']
      ],
      required: ['title', 'value']
    },
    ImageSet: {
      type: 'ImageSet',
      properties: [...FIRST_ELEMENT, ['images', { list: 'Image' }], ['imageSize', words('ImageSize')]],
      required: ['type', 'images']
    },
    'Input.Text': {
      type: 'Input.Text',
      properties: [
        ...FIRST_ELEMENT,
        ['isMultiline', 'boolean'],
        ['maxLength', 'number'],
        ['placeholder', 'string'],
        ['style', words('TextInputStyle')],
        ['value', 'string']
      ],
      required: FIRST_INPUT
    },
    'Input.Number': {
      type: 'Input.Number',
      properties: [
        ...FIRST_ELEMENT,
        ['max', 'number'],
        ['min', 'number'],
        ['placeholder', 'string'],
        ['value', 'number']
      ],
      required: FIRST_INPUT
    },
    'Input.Date': {
      type: 'Input.Date',
      properties: [
        ...FIRST_ELEMENT,
        ['max', 'string'],
        ['min', 'string'],
        ['placeholder', 'string'],
        ['value', 'string']
      ],
      required: FIRST_INPUT
    },
    'Input.Time': {
      type: 'Input.Time',
      properties: [
        ...FIRST_ELEMENT,
        ['max', 'string'],
        ['min', 'string'],
        ['placeholder', 'string'],
        ['value', 'string']
      ],
      required: FIRST_INPUT
    },
    'Input.Toggle': {
      type: 'Input.Toggle',
      properties: [
        ...FIRST_ELEMENT,
        ['title', 'string'],
        ['value', 'string'],
        ['valueOff', 'string'],
        ['valueOn', 'string']
      ],
      required: [...FIRST_INPUT, 'title']
    },
    'Input.ChoiceSet': {
      type: 'Input.ChoiceSet',
      properties: [
        ...FIRST_ELEMENT,
        ['choices', { list: 'Input.Choice' }],
        ['isMultiSelect', 'boolean'],
        ['style', words('ChoiceInputStyle')],
        ['value', 'string']
      ],
      required: [...FIRST_INPUT, 'choices']
    },
    'Input.Choice': {
      type: 'Input.Choice',
      properties: [
        ['title', 'string'],
        ['value', 'string']
      ],
      required: ['title', 'value']
    }
  },
  families: {
    action: { noun: 'action', members: {}, anyOf: ['Action.Submit', 'Action.ShowCard', 'Action.OpenUrl'] },
    selectAction: { noun: 'select action', members: {}, anyOf: ['Action.Submit', 'Action.OpenUrl'] },
    element: {
      noun: 'card element',
      members: Object.fromEntries(
        [
          'TextBlock',
          'Media',
          'Image',
          'Container',
          'ColumnSet',
          'FactSet',
          'ImageSet',
          'Input.Text',
          'Input.Number',
          'Input.Date',
          'Input.Time',
          'Input.Toggle',
          'Input.ChoiceSet'
        ].map(type => [type, type])
      )
    }
  }
}

// ─── 1.2 to 1.5 ─────────────────────────────────────────────────────────────────────────────────

const TOGGLEABLE: Property[] = [
  ['id', 'string'],
  ['isVisible', 'boolean'],
  ['requires', 'string-map']
]
const PLACED: Property[] = [
  ['separator', 'boolean'],
  ['spacing', words('Spacing')]
]
const ELEMENT: Property[] = [
  ...TOGGLEABLE,
  ...PLACED,
  ['fallback', 'fallback'],
  ['height', words('BlockElementHeight')]
]
const INPUT: Property[] = [
  ...ELEMENT,
  ['errorMessage', 'string', 3],
  ['isRequired', 'boolean', 3],
  ['label', 'string', 3]
]
const ACTION: Property[] = [
  ['title', 'string'],
  ['iconUrl', 'string'],
  ['style', words('ActionStyle')],
  ['fallback', 'fallback'],
  ['requires', 'string-map'],
  ['id', 'string', 5],
  ['tooltip', 'string', 5],
  ['isEnabled', 'boolean', 5],
  ['mode', words('ActionMode'), 5]
]
/** A container's looks: Container, Column and TableCell. */
const BOX: Property[] = [
  ['items', { list: 'element' }],
  ['selectAction', { one: 'selectAction' }],
  ['style', words('ContainerStyle')],
  ['verticalContentAlignment', words('VerticalAlignment')],
  ['bleed', 'boolean'],
  ['backgroundImage', { textOr: 'BackgroundImage' }],
  ['minHeight', 'string']
]
/** Alignment of a table's cells: Table, its columns and rows. */
const CELLS: Property[] = [
  ['horizontalCellContentAlignment', words('HorizontalAlignment')],
  ['verticalCellContentAlignment', words('VerticalAlignment')]
]
const CARD: Property[] = [
  ['version', 'string'],
  ['refresh', { one: 'Refresh' }, 4],
  ['authentication', { one: 'Authentication' }, 4],
  ['body', { list: 'element' }],
  ['actions', { list: 'action' }],
  ['selectAction', { one: 'selectAction' }],
  ['style', words('ContainerStyle'), 2, 2],
  ['fallbackText', 'string'],
  ['backgroundImage', { textOr: 'BackgroundImage' }],
  ['minHeight', 'string'],
  ['rtl', 'boolean|null', 5],
  ['speak', 'string'],
  ['lang', 'string'],
  ['verticalContentAlignment', words('VerticalAlignment')],
  ['$schema', 'string']
]
const DATA: Property[] = [
  ['data', 'string|object'],
  ['associatedInputs', words('AssociatedInputs')]
]

const LATER: Dialect = {
  open: false,
  exactWords: false,
  card: 'AdaptiveCard',
  definitions: {
    AdaptiveCard: { type: 'AdaptiveCard', properties: CARD },
    'Action.OpenUrl': { type: 'Action.OpenUrl', properties: [...ACTION, ['url', 'string']], required: ['url'] },
    'Action.ShowCard': { type: 'Action.ShowCard', properties: [...ACTION, ['card', { one: 'AdaptiveCard' }]] },
    'Action.Submit': {
      type: 'Action.Submit',
      properties: [...ACTION, ['data', 'string|object'], ['associatedInputs', words('AssociatedInputs'), 3]]
    },
    'Action.ToggleVisibility': {
      type: 'Action.ToggleVisibility',
      properties: [...ACTION, ['targetElements', { textsOr: 'TargetElement' }]],
      required: [['targetElements', 4, 5]],
      since: 2
    },
    'Action.Execute': {
      type: 'Action.Execute',
      properties: [...ACTION, ['verb', 'string'], ...DATA],
      since: 4,
      instead: 'Action.Submit'
    },
    TargetElement: {
      type: 'TargetElement',
      properties: [
        ['elementId', 'string'],
        ['isVisible', 'boolean|null']
      ],
      required: ['elementId']
    },
    TextBlock: {
      type: 'TextBlock',
      properties: [
        ...ELEMENT,
        ['text', 'string'],
        ['color', words('Colors')],
        ['fontType', words('FontType')],
        ['horizontalAlignment', words('HorizontalAlignment')],
        ['isSubtle', 'boolean', 2, 4],
        ['isSubtle', 'boolean|null', 5],
        ['maxLines', 'number'],
        ['size', words('FontSize')],
        ['weight', words('FontWeight')],
        ['wrap', 'boolean'],
        ['style', words('TextBlockStyle'), 5]
      ],
      required: ['text']
    },
    Image: {
      type: 'Image',
      properties: [
        ...TOGGLEABLE,
        ...PLACED,
        ['fallback', 'fallback'],
        ['url', 'string'],
        ['altText', 'string'],
        ['backgroundColor', 'string'],
        ['height', 'anything'],
        ['horizontalAlignment', words('HorizontalAlignment')],
        ['selectAction', { one: 'selectAction' }],
        ['size', words('ImageSize')],
        ['style', words('ImageStyle')],
        ['width', 'string']
      ],
      required: ['url']
    },
    ImageSet: {
      type: 'ImageSet',
      properties: [...ELEMENT, ['images', { list: 'Image' }], ['imageSize', words('ImageSize')]],
      required: ['images']
    },
    Media: {
      type: 'Media',
      properties: [...ELEMENT, ['sources', { list: 'MediaSource' }], ['poster', 'string'], ['altText', 'string']],
      required: ['sources']
    },
    MediaSource: {
      type: 'MediaSource',
      properties: [
        ['mimeType', 'string'],
        ['url', 'string']
      ],
      required: ['mimeType', 'url']
    },
    RichTextBlock: {
      type: 'RichTextBlock',
      properties: [...ELEMENT, ['inlines', { list: 'inline' }], ['horizontalAlignment', words('HorizontalAlignment')]],
      required: ['inlines'],
      since: 2,
      instead: 'TextBlock'
    },
    TextRun: {
      type: 'TextRun',
      properties: [
        ['text', 'string'],
        ['color', words('Colors')],
        ['fontType', words('FontType')],
        ['highlight', 'boolean'],
        ['isSubtle', 'boolean', 2, 4],
        ['isSubtle', 'boolean|null', 5],
        ['italic', 'boolean'],
        ['selectAction', { one: 'selectAction' }],
        ['size', words('FontSize')],
        ['strikethrough', 'boolean'],
        ['underline', 'boolean', 3],
        ['weight', words('FontWeight')]
      ],
      required: ['text']
    },
    Container: {
      type: 'Container',
      properties: [...ELEMENT, ...BOX, ['rtl?', 'boolean|null', 5]],
      required: ['items']
    },
    ColumnSet: {
      type: 'ColumnSet',
      properties: [
        ...ELEMENT,
        ['columns', { list: 'Column' }],
        ['selectAction', { one: 'selectAction' }],
        ['style', words('ContainerStyle')],
        ['bleed', 'boolean'],
        ['backgroundImage', { textOr: 'BackgroundImage' }, 2, 2],
        ['minHeight', 'string'],
        ['horizontalAlignment', words('HorizontalAlignment'), 3]
      ]
    },
    Column: {
      type: 'Column',
      properties: [
        ...TOGGLEABLE,
        ...PLACED,
        ...BOX,
        ['fallback', 'fallback'],
        ['rtl', 'boolean|null', 5],
        ['width', 'string|number']
      ]
    },
    FactSet: { type: 'FactSet', properties: [...ELEMENT, ['facts', { list: 'Fact' }]], required: ['facts'] },
    Fact: {
      type: 'Fact',
      properties: [
        ['title', 'string'],
        ['value', 'string']
      ],
      required: ['title', 'value']
    },
    ActionSet: {
      type: 'ActionSet',
      properties: [...ELEMENT, ['actions', { list: 'action' }]],
      required: ['actions'],
      since: 2,
      instead: "the card's actions"
    },
    Table: {
      type: 'Table',
      properties: [
        ...ELEMENT,
        ...CELLS,
        ['columns', { list: 'TableColumnDefinition' }],
        ['rows', { list: 'TableRow' }],
        ['firstRowAsHeader', 'boolean'],
        ['showGridLines', 'boolean'],
        ['gridStyle', words('ContainerStyle')]
      ],
      since: 5,
      instead: 'ColumnSet or FactSet'
    },
    TableColumnDefinition: { type: 'TableColumnDefinition', properties: [...CELLS, ['width', 'string|number']] },
    TableRow: {
      type: 'TableRow',
      properties: [...CELLS, ['cells', { list: 'TableCell' }], ['style', words('ContainerStyle')]]
    },
    TableCell: { type: 'TableCell', properties: [...BOX, ['rtl?', 'boolean|null']], required: ['items'] },
    'Input.Text': {
      type: 'Input.Text',
      properties: [
        ...INPUT,
        ['isMultiline', 'boolean'],
        ['maxLength', 'number'],
        ['placeholder', 'string'],
        ['regex', 'string', 3],
        ['style', words('TextInputStyle')],
        ['inlineAction', { one: 'selectAction' }],
        ['value', 'string']
      ],
      required: ['id']
    },
    'Input.Number': {
      type: 'Input.Number',
      properties: [...INPUT, ['max', 'number'], ['min', 'number'], ['placeholder', 'string'], ['value', 'number']],
      required: ['id']
    },
    'Input.Date': {
      type: 'Input.Date',
      properties: [...INPUT, ['max', 'string'], ['min', 'string'], ['placeholder', 'string'], ['value', 'string']],
      required: ['id']
    },
    'Input.Time': {
      type: 'Input.Time',
      properties: [...INPUT, ['max', 'string'], ['min', 'string'], ['placeholder', 'string'], ['value', 'string']],
      required: ['id']
    },
    'Input.Toggle': {
      type: 'Input.Toggle',
      properties: [
        ...INPUT,
        ['title', 'string'],
        ['value', 'string'],
        ['valueOff', 'string'],
        ['valueOn', 'string'],
        ['wrap', 'boolean']
      ],
      required: ['id', 'title']
    },
    'Input.ChoiceSet': {
      type: 'Input.ChoiceSet',
      properties: [
        ...INPUT,
        ['choices', { list: 'Input.Choice' }],
        ['isMultiSelect', 'boolean'],
        ['style', words('ChoiceInputStyle')],
        ['value', 'string'],
        ['placeholder', 'string', 3],
        ['wrap', 'boolean']
      ],
      required: ['id', ['choices', 2, 4]]
    },
    'Input.Choice': {
      type: 'Input.Choice',
      properties: [
        ['title', 'string'],
        ['value', 'string']
      ],
      required: ['title', 'value']
    },
    BackgroundImage: {
      type: 'BackgroundImage',
      properties: [
        ['url', 'string'],
        ['fillMode', words('ImageFillMode')],
        ['horizontalAlignment', words('HorizontalAlignment')],
        ['verticalAlignment', words('VerticalAlignment')]
      ],
      required: ['url']
    },
    Refresh: {
      type: 'Refresh',
      properties: [
        ['action', { one: 'Action.Execute' }],
        ['userIds', 'strings']
      ]
    },
    Authentication: {
      type: 'Authentication',
      properties: [
        ['text', 'string'],
        ['connectionName', 'string'],
        ['tokenExchangeResource', { one: 'TokenExchangeResource' }],
        ['buttons', { list: 'AuthCardButton' }]
      ]
    },
    TokenExchangeResource: {
      type: 'TokenExchangeResource',
      properties: [
        ['id', 'string'],
        ['uri', 'string'],
        ['providerId', 'string']
      ],
      required: ['id', 'uri', 'providerId']
    },
    AuthCardButton: {
      properties: [
        ['type', 'string'],
        ['title', 'string'],
        ['image', 'string'],
        ['value', 'string']
      ],
      required: ['type', 'value']
    }
  },
  families: {
    element: {
      noun: 'card element',
      members: Object.fromEntries(
        [
          'ActionSet',
          'ColumnSet',
          'Container',
          'FactSet',
          'Image',
          'ImageSet',
          'Input.ChoiceSet',
          'Input.Date',
          'Input.Number',
          'Input.Text',
          'Input.Time',
          'Input.Toggle',
          'Media',
          'RichTextBlock',
          'Table',
          'TextBlock'
        ].map(type => [type, type])
      )
    },
    action: {
      noun: 'action',
      members: Object.fromEntries(
        ['Action.Execute', 'Action.OpenUrl', 'Action.ShowCard', 'Action.Submit', 'Action.ToggleVisibility'].map(
          type => [type, type]
        )
      )
    },
    selectAction: {
      noun: 'select action (no Action.ShowCard)',
      members: Object.fromEntries(
        ['Action.Execute', 'Action.OpenUrl', 'Action.Submit', 'Action.ToggleVisibility'].map(type => [type, type])
      )
    },
    inline: { noun: 'inline (text or a TextRun)', members: { TextRun: 'TextRun' }, text: true }
  }
}

/** The facts a card of this version is checked against. */
export function dialectOf(minor: Minor): Dialect {
  return minor <= 1 ? FIRST : LATER
}
