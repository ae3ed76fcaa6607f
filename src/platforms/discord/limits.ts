/** Discord's documented limits, in characters (code points) or items. */
export const LIMITS = {
  /** https://discord.com/developers/docs/resources/webhook#execute-webhook (content: up to 2000 characters) */
  content: 2000,
  /** https://discord.com/developers/docs/resources/webhook#execute-webhook (username; the API answers 1–80 characters) */
  username: 80,
  /** https://discord.com/developers/docs/resources/webhook#execute-webhook (embeds: up to 10) */
  embeds: 10,
  /** https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
  title: 256,
  /** https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
  description: 4096,
  /** https://discord.com/developers/docs/resources/message#embed-object-embed-limits (up to 25 field objects) */
  fields: 25,
  /** https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
  fieldName: 256,
  /** https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
  fieldValue: 1024,
  /** https://discord.com/developers/docs/resources/message#embed-object-embed-limits (footer.text) */
  footer: 2048,
  /** https://discord.com/developers/docs/resources/message#embed-object-embed-limits (author.name) */
  author: 256,
  /** https://discord.com/developers/docs/resources/webhook#execute-webhook (thread_name: a forum post's name, 1–100 characters) */
  threadName: 100,
  /** https://discord.com/developers/docs/resources/message#embed-object-embed-limits (all embeds of a message together) */
  embedTotal: 6000,
  /** https://discord.com/developers/docs/resources/message#allowed-mentions-object (users and roles: up to 100 ids each) */
  mentionIds: 100,
  /** https://discord.com/developers/docs/resources/message#embed-object-embed-structure (color: an RGB integer, 0xffffff at most) */
  color: 0xffffff
} as const
