// A problem's members between runs: recorded per fingerprint, bounded, resolved only when none is failing, and
// carried through a commit message that is validated when read back.
import { describe, expect, it } from '@jest/globals'
import {
  isResolved,
  MAX_LISTED_MEMBERS,
  memberCounts,
  newProblem,
  recordSighting,
  withMessage,
  type Sighting
} from '../src/memory/problem-state.js'
import { parseStateMessage, stateMessage } from '../src/memory/state-message.js'

const at = (minute: number) => new Date(Date.UTC(2026, 4, 1, 10, minute)).toISOString()
const sighting = (fingerprint: string, status: Sighting['status'], minute = 0): Sighting => ({
  fingerprint,
  status,
  at: at(minute)
})

describe('problem state', () => {
  it('a member repeats, recovers; the problem resolves only when the last member recovers', () => {
    let state = newProblem('policy', sighting('a', 'failing', 0))
    state = recordSighting(state, sighting('b', 'failing', 1))
    state = recordSighting(state, sighting('a', 'failing', 2))
    expect(state.members.find(member => member.fingerprint === 'a')).toMatchObject({
      occurrences: 2,
      firstSeen: at(0),
      lastSeen: at(2)
    })
    state = recordSighting(state, sighting('a', 'recovered', 3))
    expect(isResolved(state)).toBe(false)
    state = recordSighting(state, sighting('b', 'recovered', 4))
    expect(isResolved(state)).toBe(true)
    expect(state).toMatchObject({ openedAt: at(0), updatedAt: at(4) })
    // An alert recorded late does not move last seen back.
    expect(recordSighting(state, sighting('b', 'recovered', 1)).members[0].lastSeen).toBe(at(4))
  })

  it('lists at most MAX_LISTED_MEMBERS, dropping recovered ones first, and counts the rest', () => {
    let state = newProblem('storm', sighting('r0', 'failing'))
    state = recordSighting(state, sighting('r0', 'recovered', 1))
    for (let i = 0; i < MAX_LISTED_MEMBERS + 5; i++) state = recordSighting(state, sighting(`f${i}`, 'failing', 2))
    expect(state.members).toHaveLength(MAX_LISTED_MEMBERS)
    expect(state.members.some(member => member.fingerprint === 'r0')).toBe(false)
    expect(memberCounts(state)).toEqual({ failing: MAX_LISTED_MEMBERS + 5, recovered: 1 })
    // An unlisted member's recovery moves one count; the problem stays open while any is failing.
    state = recordSighting(state, sighting('f0', 'recovered', 3))
    expect(memberCounts(state)).toEqual({ failing: MAX_LISTED_MEMBERS + 4, recovered: 2 })
    expect(isResolved(state)).toBe(false)
  })

  it('round-trips through a commit message, and refuses one it did not write', () => {
    const state = withMessage(newProblem('orders\nwith a line break', sighting('a', 'failing')), {
      platform: 'discord',
      channel: '1',
      thread: '2',
      message: '3',
      postedAt: at(0)
    })
    const message = stateMessage(state)
    expect(message.split('\n')[0]).toBe('dagster-alert-relay problem state v1: orders with a line break')
    expect(parseStateMessage(message)).toEqual(state)
    for (const broken of [
      'no body',
      'summary\n\nnot json',
      'summary\n\n{"format":"other"}',
      message.replace('"failing"', '"burning"'),
      message.replace('"occurrences":1', '"occurrences":-1'),
      message.replace('"postedAt":"', '"postedAt":"not a time')
    ]) {
      expect(parseStateMessage(broken)).toBeUndefined()
    }
  })
})
