// Teams Workflows webhooks post and never edit: asked for one message per problem, they say what can.
import { describe, expect, it } from '@jest/globals'
import { teams } from '../../../src/platforms/teams/index.js'

describe('Teams problem messages', () => {
  it('a Workflows webhook cannot edit: it names what can, and has no problem messages to load', () => {
    expect(teams.problemMessages).toBeUndefined()
    expect(teams.noProblemMessages).toMatch(/cannot edit.*Discord.*Slack with a bot token/)
  })
})
