// Discord without one message per problem (repeat: new, resolve: comment): each alert is a message of its own.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { discordInputs } from './e2e/fixtures.js'
import { again, deliverAlert, failedRun, recovered } from './helpers/tracking.js'
import { startDiscord, type DiscordStandIn } from './stand-ins/index.js'

let discord: DiscordStandIn

beforeAll(async () => {
  discord = await startDiscord()
})

afterAll(async () => {
  await discord.close()
})

it('Discord with repeat: new and resolve: comment sends every alert, repeats and recoveries included', async () => {
  const first = failedRun()
  const inputs = { ...discordInputs(discord), repeat: 'new', resolve: 'comment', 'dedupe-key': '<< job_name >>' }
  for (const alert of [first, again(first, 2), recovered(first, 3)]) {
    const result = await deliverAlert(inputs, alert)
    expect(result.outputs.status).toBe('sent')
  }
  expect(discord.state.messages).toHaveLength(3)
})
