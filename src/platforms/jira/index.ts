import type { KnownKeys, PlatformBehaviour } from '../types.js'
import { parse, request } from './api.js'
import { fit } from './fit.js'
import { resolveTarget, sampleTarget } from './target.js'
import { jiraTracker } from './tracker.js'
import { validate } from './validate.js'

/** Create issue's body and the system fields a create can set (contracts/jira-cloud-platform-openapi-v3.json); Jira rejects any other field. */
const KNOWN_KEYS: KnownKeys = {
  unknown: 'rejects',
  tree: {
    fields: {
      project: { key: true, id: true },
      issuetype: { name: true, id: true },
      summary: true,
      description: true,
      labels: true,
      priority: { name: true, id: true },
      assignee: true,
      reporter: true,
      components: true,
      fixVersions: true,
      versions: true,
      duedate: true,
      environment: true,
      parent: true,
      security: true,
      timetracking: true,
      'customfield_*': true
    },
    update: true,
    properties: true,
    transition: true,
    historyMetadata: true
  }
}

export const jira: PlatformBehaviour = {
  resolveTarget,
  fit,
  validate,
  request,
  parse,
  tracker: jiraTracker,
  checkHints: { knownKeys: KNOWN_KEYS, sampleVars: { project: 'ENG' }, sampleTarget }
}
