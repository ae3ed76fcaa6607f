// End to end: the committed bundle posts to the Discord stand-in as a GitHub runner would run it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction } from '../../scripts/action-runner.js'
import { startDiscord, type DiscordStandIn } from '../stand-ins/index.js'
import { discordInputs, dispatchEvent, expectDelivered, requestsFromNow, SAMPLE_ALERT, withMethod } from './fixtures.js'

let discord: DiscordStandIn

beforeAll(async () => {
  discord = await startDiscord()
})

afterAll(async () => {
  await discord.close()
})

function messageLink(channelId: string, messageId: string): string {
  return `https://discord.com/channels/${discord.state.webhook.guildId}/${channelId}/${messageId}`
}

describe('Discord, end to end', () => {
  it('posts one message, looks up the webhook once, and outputs the message link Discord would show', async () => {
    const sent = requestsFromNow(discord)
    const result = await runAction({ inputs: discordInputs(discord), event: dispatchEvent() })

    const message = discord.state.messages.at(-1)
    expect(message).toBeDefined()
    const [post] = withMethod(sent(), 'POST')
    expectDelivered(result, post, 'sent')
    expect(sent().map(request => request.method)).toEqual(['POST', 'GET'])
    expect(post.query).toEqual({ wait: 'true' })
    expect(result.outputs.id).toBe(message?.id)
    expect(result.outputs.url).toBe(messageLink(discord.state.webhook.channelId, result.outputs.id))
    expect(JSON.parse(result.outputs.response)).toMatchObject({ id: message?.id, channel_id: message?.channelId })
    expect(message?.payload).toEqual(post.json)
    expect(message?.payload).toMatchObject({
      embeds: [{ title: SAMPLE_ALERT.alert_summary, url: SAMPLE_ALERT.run_link, timestamp: '2026-01-08T10:00:00Z' }]
    })
  })

  it('links a message posted into a thread to the thread, keeping thread_id next to wait=true', async () => {
    const threadId = discord.state.webhook.threadIds[0]
    const sent = requestsFromNow(discord)
    const result = await runAction({
      inputs: { ...discordInputs(discord), url: `${discord.webhookUrl()}?thread_id=${threadId}` },
      event: dispatchEvent()
    })

    const [post] = withMethod(sent(), 'POST')
    expectDelivered(result, post, 'sent')
    expect(post.query).toEqual({ wait: 'true', thread_id: threadId })
    expect(discord.state.messages.at(-1)?.channelId).toBe(threadId)
    expect(result.outputs.url).toBe(messageLink(threadId, result.outputs.id))
  })

  it('reports a wrong thread_id as such, not as a deleted webhook', async () => {
    const result = await runAction({
      inputs: { ...discordInputs(discord), url: `${discord.webhookUrl()}?thread_id=1234567890` },
      event: dispatchEvent()
    })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/Unknown Channel \(Discord code 10003\): the webhook works, but thread 1234567890/)
    expect(result.stdout).not.toMatch(/webhook was deleted/)
  })

  it('posts to a forum channel with vars.thread_name, as a new post the url output links to', async () => {
    const forum = await startDiscord({ forum: true })
    try {
      const bare = await runAction({ inputs: { platform: 'discord', url: forum.webhookUrl() }, event: dispatchEvent() })
      expect(bare.code).toBe(1)
      expect(bare.stdout).toMatch(/Discord code 220001\): the webhook's channel is a forum/)
      const result = await runAction({
        inputs: { platform: 'discord', url: forum.webhookUrl(), vars: 'thread_name: Dagster alert' },
        event: dispatchEvent()
      })
      expect(result.code).toBe(0)
      const message = forum.state.messages.at(-1)
      expect(message?.payload).toMatchObject({ thread_name: 'Dagster alert' })
      expect(message?.channelId).toBe(message?.id)
      expect(result.outputs.url).toBe(
        `https://discord.com/channels/${forum.state.webhook.guildId}/${message?.id}/${message?.id}`
      )
    } finally {
      await forum.close()
    }
  })

  it('pings the role named in vars.mention, and nobody else', async () => {
    const role = '123456789012345678'
    const pingsBefore = discord.state.pings.length
    const result = await runAction({
      inputs: { ...discordInputs(discord), vars: `mention: "<@&${role}>"` },
      event: dispatchEvent({ ...SAMPLE_ALERT, alert_summary: 'Job failed, tell @everyone and <@123456789012345679>' })
    })

    expect(result.code).toBe(0)
    const message = discord.state.messages.at(-1)
    expect(discord.state.pings.slice(pingsBefore)).toEqual([{ messageId: message?.id, mention: `<@&${role}>` }])
    expect(message?.payload.content).toEqual(expect.stringContaining(`<@&${role}>`))
  })

  it('delivers, and warns, when the job summary cannot be written', async () => {
    const result = await runAction({
      inputs: discordInputs(discord),
      event: dispatchEvent(),
      env: { GITHUB_STEP_SUMMARY: '/nonexistent-folder/summary' }
    })
    expect(result.code).toBe(0)
    expect(result.outputs.status).toBe('sent')
    expect(result.stdout).toContain('::warning::Could not write the job summary: Unable to access summary file')
  })

  it('dry-run renders and validates, outputs the payload, and sends nothing', async () => {
    const sent = requestsFromNow(discord)
    const result = await runAction({ inputs: { ...discordInputs(discord), 'dry-run': 'true' }, event: dispatchEvent() })

    expect(result.code).toBe(0)
    expect(sent()).toEqual([])
    expect(result.outputs).toMatchObject({ status: 'dry-run', url: '', id: '', attempts: '0', response: '' })
    const payload = JSON.parse(result.outputs.payload)
    expect(payload.embeds[0].title).toBe(SAMPLE_ALERT.alert_summary)
    expect(result.stdout).toContain(JSON.stringify(payload, null, 2))
    expect(result.summary).toContain('dry run (nothing sent)')
    expect(result.summary).toContain(JSON.stringify(payload, null, 2))
  })

  it('applies a username and avatar from vars', async () => {
    const result = await runAction({
      inputs: { ...discordInputs(discord), vars: 'username: Data Alerts\navatar_url: https://example.com/bot.png' },
      event: dispatchEvent()
    })

    expect(result.code).toBe(0)
    expect(discord.state.messages.at(-1)?.payload).toMatchObject({
      username: 'Data Alerts',
      avatar_url: 'https://example.com/bot.png'
    })
  })
})
