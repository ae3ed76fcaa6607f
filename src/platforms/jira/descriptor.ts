import type { PlatformDescriptor, UrlMistake } from '../types.js'

function matches(url: URL): boolean {
  return /\.(atlassian\.net|jira\.com)$/i.test(url.hostname) || /\/rest\/api\/[23]\/issue\/?$/.test(url.pathname)
}

/** A page of the Jira app (an issue at /browse/KEY-1, a board or project under /jira/…), copied instead of the site URL. */
export function lookAlike(url: URL): UrlMistake | undefined {
  const cloud = /\.(atlassian\.net|jira\.com)$/i.test(url.hostname)
  // On a Cloud site every app page starts so; elsewhere (a server with a context path) only an issue link is certain.
  const page = cloud
    ? /^()\/(browse|jira|projects|secure)(\/|$)/.exec(url.pathname)
    : /^(.*?)\/(browse)\/[A-Z][A-Z0-9_]*-\d+/i.exec(url.pathname)
  if (!page) return undefined
  const site = url.origin + page[1]
  return {
    problem: `${site}/${page[2]}/… is a page of the Jira app (an issue, board or project), not the issue endpoint`,
    fix: `Set url to ${site}/rest/api/2/issue (or ${site}/rest/api/3/issue, or just ${site}) and choose the project with vars: project: KEY`
  }
}

export const jiraDescriptor: PlatformDescriptor = {
  name: 'jira',
  displayName: 'Jira',
  variantNames: ['jira-v2', 'jira-v3'],
  matches,
  lookAlike,
  load: () => import('./index.js').then(module => module.jira)
}
