// @ts-check
export { startDiscord, snowflake } from './discord.js'
export { startJira } from './jira.js'
export { startLinear } from './linear.js'
export { startWebhook, newSigningSecret, verifyStandardWebhook } from './webhook.js'
export { startTeams } from './teams.js'
export { startSlack, blockKitErrors, slackPings } from './slack.js'
export { startGitHub } from './github.js'
