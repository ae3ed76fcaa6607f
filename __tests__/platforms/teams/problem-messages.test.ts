// Teams Workflows webhooks post and never edit: asked for one message per problem, they say what can.
import { describe, expect, it } from '@jest/globals'
import { teams } from '../../../src/platforms/teams/index.js'
import { platformContext } from '../../helpers/platform-context.js'

describe('Teams problem messages', () => {
  it('a Workflows webhook cannot edit: it names what can', async () => {
    const { ctx } = platformContext({
      target: teams.resolveTarget(
        'https://prod.westus.logic.azure.com/workflows/1/triggers/manual/paths/invoke?sig=x',
        undefined
      )
    })
    const messages = await teams.problemMessages!()
    expect(messages.chat({ payload: {}, ctx, send: async () => ({ status: 200, headers: {}, body: '' }) })).toEqual({
      cannot: expect.stringMatching(/cannot edit.*Discord.*Slack with a bot token/)
    })
  })
})
