// The Dagster+ set-up page's webhook body and its table of needed tokens must not drift from the code.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { ACTION_ROOT } from '../src/action-root.js'
import { neededTokens } from '../src/event/derive.js'
import { NOTIFICATION_TYPES, TOKENS } from '../src/event/tokens.js'

const setUp = readFileSync(path.join(ACTION_ROOT, 'docs/dagster-plus-setup.md'), 'utf8')

describe('docs/dagster-plus-setup.md', () => {
  it('shows the complete body: every token of every type, as examples/dagster-webhook-body.json', () => {
    const shown = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(setUp)?.[1] ?? '{}') as {
      client_payload: { alert: Record<string, string> }
    }
    const example = JSON.parse(
      readFileSync(path.join(ACTION_ROOT, 'examples/dagster-webhook-body.json'), 'utf8')
    ) as unknown
    expect(shown).toEqual(example)
    expect(Object.keys(shown.client_payload.alert)).toEqual([...TOKENS.keys()])
  })

  it('lists, per notification type, the tokens the fingerprint and the status need, as the code reads them', () => {
    const cell = (tokens: string[]) => tokens.map(token => `\`${token}\``).join(' or ') || '—'
    for (const type of NOTIFICATION_TYPES) {
      const needed = neededTokens(type)
      expect(setUp).toContain(`| \`${type.type}\` | ${cell(needed.subject)} | ${cell(needed.status)} |`)
    }
  })
})
