// @ts-check
export { startDiscord, snowflake } from './discord.js'
export { startJira } from './jira.js'
export { startLinear } from './linear.js'
