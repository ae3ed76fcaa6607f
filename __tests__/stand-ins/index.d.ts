export * from './http.js'
export * from './discord.js'
export * from './jira.js'
export * from './linear.js'
