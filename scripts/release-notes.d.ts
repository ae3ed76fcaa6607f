export function changelogSection(changelog: string, version: string): string | undefined

export function releaseNotes(release: { tag: string; packageVersion: string; changelog: string }): string
