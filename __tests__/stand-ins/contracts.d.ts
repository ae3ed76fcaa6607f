export function discordOpenApi(): { components: object } | undefined
export function linearSchemaSdl(): string | undefined
