import type { PlatformSettings } from '../types.js'

/** The `token` input defaults to the workflow's GitHub token, whose value starts so; it is never another service's credential. */
const GITHUB_TOKEN = /^(gh[opsur]_|github_pat_)/

/** The `token` input as another service's credential: '' when unset or left at the workflow's GitHub token. */
export function serviceToken(settings: PlatformSettings): string {
  const token = settings.token.trim()
  return GITHUB_TOKEN.test(token) ? '' : token
}
