import type { KnownKeys, RateLimitHeaders } from '../types.js'

// GitHub's limits. GitHub counts characters as code points.

/** An issue's title ("title is too long (maximum is 256 characters)"): https://docs.github.com/en/rest/issues/issues#create-an-issue */
export const TITLE_MAX = 256
/** An issue's body ("body is too long (maximum is 65536 characters)"): https://docs.github.com/en/rest/issues/issues#create-an-issue */
export const BODY_MAX = 65536
/** A label's name ("name is too long (maximum is 50 characters)"): https://docs.github.com/en/rest/issues/labels#create-a-label */
export const LABEL_MAX = 50
/** People on one issue: https://docs.github.com/en/issues/tracking-your-work-with-issues/using-issues/assigning-issues-and-pull-requests-to-other-github-users */
export const ASSIGNEES_MAX = 10
/**
 * The largest page of a list (`per_page`): https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api.
 * Enough for every open issue a storm of one problem's alerts can leave before they are reconciled.
 */
export const PAGE_MAX = 100
/**
 * The wait after a secondary rate limit that names none, "at least one minute":
 * https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit
 */
export const SECONDARY_LIMIT_WAIT_SECONDS = 60

/** Create an issue's parameters; GitHub ignores any other key. */
export const KNOWN_KEYS: KnownKeys = {
  unknown: 'ignores',
  tree: { title: true, body: true, labels: true, assignees: true, assignee: true, milestone: true, type: true }
}

/** GitHub's primary limit: `x-ratelimit-reset` is when `x-ratelimit-remaining` refills, in epoch seconds. */
export const RATE_LIMIT_HEADERS: readonly RateLimitHeaders[] = [
  { remaining: 'x-ratelimit-remaining', reset: 'x-ratelimit-reset', resetIn: 'epoch-seconds' }
]
