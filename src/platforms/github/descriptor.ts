import type { PlatformDescriptor, UrlMistake } from '../types.js'

function matches(url: URL): boolean {
  return url.hostname.toLowerCase() === 'api.github.com' || /^\/api\/v3\/?$/.test(url.pathname)
}

/** A repository's page (https://github.com/OWNER/REPO/issues), copied instead of leaving url to the API base. */
export function lookAlike(url: URL): UrlMistake | undefined {
  const page = /^\/([\w.-]+)\/([\w.-]+)(\/|$)/.exec(url.pathname)
  if (!/^(www\.)?github\.com$/i.test(url.hostname) || !page) return undefined
  return {
    problem: `${url.origin}/${page[1]}/${page[2]}… is a repository's page on GitHub's website, not the API`,
    fix: `Set platform: github and repository: ${page[1]}/${page[2]}, and leave url unset (the API base defaults to the runner's)`
  }
}

export const githubDescriptor: PlatformDescriptor = {
  name: 'github',
  displayName: 'GitHub',
  matches,
  lookAlike,
  load: () => import('./index.js').then(module => module.github)
}
