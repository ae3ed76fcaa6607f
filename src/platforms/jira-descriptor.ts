import type { PlatformDescriptor } from './types.js'

export function matches(url: URL): boolean {
  return /\.(atlassian\.net|jira\.com)$/i.test(url.hostname) || /\/rest\/api\/[23]\/issue\/?$/.test(url.pathname)
}

export const jiraDescriptor: PlatformDescriptor = { name: 'jira', matches, load: () => import('./jira.js').then(module => module.jira) }
