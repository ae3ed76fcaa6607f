import type { KnownKeys } from '../types.js'

// Jira's limits, in UTF-16 units (Jira counts Java string length).

/** Create issue (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-post): the summary is one line of at most 255. */
export const SUMMARY_MAX = 255

/**
 * A description (plain text in v2, the text of its ADF document in v3) is a text field, at most 32767
 * (https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/ for ADF;
 * https://confluence.atlassian.com/adminjiraserver/advanced-jira-configuration-938847795.html, jira.text.field.character.limit).
 */
export const DESCRIPTION_MAX = 32767

/** A label: at most 255, no spaces (https://support.atlassian.com/jira-software-cloud/docs/add-labels-to-issues/). */
export const LABEL_MAX = 255

/** Create issue's body and the system fields a create can set (contracts/jira-cloud-platform-openapi-v3.json); Jira rejects any other field. */
export const KNOWN_KEYS: KnownKeys = {
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
