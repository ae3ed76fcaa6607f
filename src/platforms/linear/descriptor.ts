import type { PlatformDescriptor, UrlMistake } from '../types.js'

/** Linear's one GraphQL endpoint. */
export const DEFAULT_ENDPOINT = 'https://api.linear.app/graphql'

function matches(url: URL): boolean {
  return url.hostname === 'api.linear.app'
}

/** A page of the Linear app (https://linear.app/WORKSPACE/…), copied instead of the API endpoint. */
export function lookAlike(url: URL): UrlMistake | undefined {
  if (!/^(www\.)?linear\.app$/i.test(url.hostname)) return undefined
  return {
    problem: `${url.origin}/… is a page of the Linear app, not Linear's API`,
    fix: `Set platform: linear and leave url unset (the API is ${DEFAULT_ENDPOINT}); name the team with vars: team_id: … and pass the API key in headers`
  }
}

export const linearDescriptor: PlatformDescriptor = {
  name: 'linear',
  displayName: 'Linear',
  matches,
  lookAlike,
  load: () => import('./index.js').then(module => module.linear)
}
