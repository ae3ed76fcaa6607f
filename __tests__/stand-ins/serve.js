#!/usr/bin/env node
// @ts-check
/**
 * Starts the Discord, Jira and Linear stand-ins on loopback ports and prints, as one JSON line, what the
 * action needs to talk to them. Runs until SIGINT or SIGTERM. Used by `npm run demo` and to try the action
 * locally:  node __tests__/stand-ins/serve.js
 */
import { startDiscord } from './discord.js'
import { startJira } from './jira.js'
import { startLinear } from './linear.js'

const [discord, jira, linear] = await Promise.all([startDiscord(), startJira(), startLinear()])

const connection = {
  discord: { url: discord.url, webhookUrl: discord.webhookUrl(), guildId: discord.state.webhook.guildId },
  jira: {
    url: jira.url,
    issueUrl: jira.issueUrl(3),
    email: jira.state.email,
    apiToken: jira.state.apiToken,
    authorization: jira.authorization,
    project: jira.state.projects[0].key
  },
  linear: { url: linear.graphqlUrl, apiKey: linear.state.apiKey, teamId: linear.state.teams[0].id }
}
process.stdout.write(`${JSON.stringify(connection)}\n`)

async function stop() {
  await Promise.all([discord.close(), jira.close(), linear.close()])
  process.exit(0)
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
