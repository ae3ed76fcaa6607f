import { InputError } from '../../errors.js'
import { parseEndpoint } from '../shared/endpoint.js'
import type { PlatformContext, PlatformSettings, Target } from '../types.js'
import { lookAlike } from './descriptor.js'

/** The REST API of github.com; GitHub Enterprise Server answers at https://HOST/api/v3. */
const GITHUB_API_URL = 'https://api.github.com'

const URL_FIX =
  'Leave url unset for github.com (the API base https://api.github.com); on GitHub Enterprise Server set url: ${{ github.api_url }} (https://HOST/api/v3)'
const REPOSITORY_FIX =
  'Set repository to owner/name, e.g. acme/data-platform, or leave it unset for the repository the workflow runs in'
const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/

/**
 * `url` is the API base; unset, the runner's (`settings.apiUrl`, https://HOST/api/v3 on GitHub Enterprise Server),
 * else https://api.github.com. The repository comes from the `repository` input.
 */
export function resolveTarget(
  url: string | undefined,
  _template: string | undefined,
  settings?: PlatformSettings
): Target {
  const fallback = settings?.apiUrl.trim() || GITHUB_API_URL
  const parsed = parseEndpoint(url, { fallback, hint: URL_FIX, lookAlike })
  if (parsed.username || parsed.password)
    throw new InputError('url', 'must not contain credentials', `Pass the token in the token input. ${URL_FIX}`)
  if (/^(www\.)?github\.com$/i.test(parsed.hostname)) {
    throw new InputError('url', `${parsed.origin} is GitHub's website, not its API`, URL_FIX)
  }
  if (/\/repos(\/|$)/.test(parsed.pathname)) {
    throw new InputError(
      'url',
      `is the API base, not a repository's endpoint (${parsed.pathname})`,
      `${REPOSITORY_FIX}. ${URL_FIX}`
    )
  }
  return { endpoint: new URL(`${parsed.origin}${parsed.pathname}`), defaultTemplate: 'github-issue' }
}

/** `<api>/repos/{owner}/{name}<path>`; throws InputError for a repository that is not owner/name. */
export function repositoryUrl(ctx: PlatformContext, path: string): string {
  const base = `${ctx.target.endpoint.origin}${ctx.target.endpoint.pathname.replace(/\/+$/, '')}`
  return `${base}/repos/${repositoryOf(ctx)}${path}`
}

/** The `repository` input as owner/name; never empty on a runner, which defaults it to the current repository. */
function repositoryOf(ctx: PlatformContext): string {
  const repository = ctx.settings.repository.trim()
  if (repository === '') throw new InputError('repository', 'is not set', REPOSITORY_FIX)
  if (!REPOSITORY.test(repository))
    throw new InputError('repository', `"${repository}" is not owner/name`, REPOSITORY_FIX)
  return repository
}
