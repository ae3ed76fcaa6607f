// The Jira tracker against the stand-in, with a plain sender: the requests it makes, how the create payload is
// marked, and the errors it raises.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { jira as jiraPlatform } from '../../../src/platforms/jira/index.js'
import { noteAsAdf } from '../../../src/platforms/jira/text-format.js'
import type { Json } from '../../../src/json.js'
import type { Send } from '../../../src/http.js'
import { TrackerError, type IssueTracker, type TrackedIssue, type TrackerCall } from '../../../src/tracking/contract.js'
import { platformContext } from '../../helpers/platform-context.js'
import { marker, NOTE, send } from '../../helpers/tracker-calls.js'
import { startJira, type JiraStandIn } from '../../stand-ins/index.js'

let jira: JiraStandIn

beforeAll(async () => {
  jira = await startJira({
    projects: [
      { key: 'ENG', id: '10042' },
      { key: 'DATA', id: '10043' }
    ]
  })
})

afterAll(async () => {
  await jira.close()
})

function jiraCall(payload: Json, version: 2 | 3 = 3, mark = marker()): TrackerCall {
  const target = jiraPlatform.resolveTarget(jira.issueUrl(version), undefined)
  return {
    marker: mark,
    payload,
    ctx: platformContext({ target, headers: { authorization: jira.authorization } }).ctx,
    send
  }
}

describe('notes', () => {
  it('ADF links the details', () => {
    expect(noteAsAdf(NOTE).content[1].content?.[1]).toEqual({
      type: 'text',
      text: 'run_1',
      marks: [{ type: 'link', attrs: { href: 'https://d/runs/(1)' } }]
    })
  })
})

describe('Jira tracker', () => {
  const tracker = jiraPlatform.tracker as IssueTracker
  const payload = (labels?: Json) => ({
    fields: {
      project: { id: '10042' },
      issuetype: { name: 'Bug' },
      summary: 'x',
      ...(labels !== undefined && { labels })
    }
  })

  it('adds the marker label after the template labels, once', async () => {
    const call = jiraCall(payload(['dagster']))
    const marked = (await tracker.markCreate(call)) as { fields: { labels: string[] } }
    expect(marked.fields.labels).toEqual(['dagster', call.marker.label])
    const again = (await tracker.markCreate({ ...call, payload: marked })) as { fields: { labels: string[] } }
    expect(again.fields.labels).toEqual(['dagster', call.marker.label])
    expect(
      ((await tracker.markCreate(jiraCall(payload()))) as { fields: { labels: string[] } }).fields.labels
    ).toHaveLength(1)
  })

  async function createJira(call: TrackerCall): Promise<string> {
    const body = JSON.stringify(await tracker.markCreate(call))
    const reply = await send({
      method: 'POST',
      url: jira.issueUrl(3),
      headers: { authorization: jira.authorization, 'content-type': 'application/json' },
      body
    })
    return JSON.parse(reply.body).key as string
  }

  it("finds open issues by label in the payload's project, oldest first, and not Done ones", async () => {
    const call = jiraCall(payload())
    const [older, newer, closed] = [await createJira(call), await createJira(call), await createJira(call)]
    jira.state.issues.find(issue => issue.key === closed)!.status = jira.state.workflow[2].status

    const open = await tracker.findOpen(call)
    expect(open.map(issue => issue.id)).toEqual([older, newer])
    const stored = jira.state.issues.find(issue => issue.key === older)!
    expect(open[0]).toEqual({
      ref: older,
      id: older,
      url: `${jira.url}/browse/${older}`,
      created: stored.created,
      sequence: Number(stored.id)
    })
    expect(await tracker.findCreated(call, [open[0]])).toMatchObject({ id: newer })
    expect(jira.requests.at(-1)?.query.jql).toBe(
      `project = 10042 AND labels = "${call.marker.label}" AND statusCategory != Done ORDER BY created ASC`
    )
  })

  it("never finds another project's issue with the same label", async () => {
    const mark = marker()
    const eng = await createJira(jiraCall(payload(), 3, mark))
    const data = { fields: { project: { key: 'DATA' }, issuetype: { name: 'Bug' }, summary: 'x' } }
    expect(await tracker.findOpen(jiraCall(data, 3, mark))).toEqual([])
    expect(jira.requests.at(-1)?.query.jql).toMatch(/^project = "DATA" AND labels = /)
    expect((await tracker.findOpen(jiraCall(payload(), 3, mark))).map(issue => issue.id)).toEqual([eng])
  })

  it('a payload without a project cannot be searched', async () => {
    await expect(tracker.findOpen(jiraCall({ fields: { summary: 'x' } }))).rejects.toThrow(
      'the create payload names no project'
    )
  })

  describe('closing as a duplicate', () => {
    async function pair(): Promise<[TrackedIssue, TrackedIssue, TrackerCall]> {
      const call = jiraCall(payload(), 2)
      await createJira(call)
      await createJira(call)
      const [original, duplicate] = await tracker.findOpen(call)
      return [original, duplicate, call]
    }

    it('links "duplicates" and transitions to Done without a resolution when the screen has none', async () => {
      const [original, duplicate, call] = await pair()
      await tracker.closeAsDuplicate(call, duplicate, original)

      const link = jira.requests.find(request => request.path === '/rest/api/2/issueLink')
      expect(link?.json).toEqual({
        type: { name: 'Duplicate' },
        inwardIssue: { key: duplicate.id },
        outwardIssue: { key: original.id }
      })
      expect(jira.requests.at(-2)).toMatchObject({ method: 'GET', query: { expand: 'transitions.fields' } })
      expect(jira.requests.at(-1)?.json).toEqual({ transition: { id: '31' } })
      const stored = jira.state.issues.find(issue => issue.key === duplicate.id)!
      expect(stored).toMatchObject({ status: { category: 'done' }, resolution: null })
      expect(jira.state.issues.find(issue => issue.key === original.id)?.status.category).toBe('new')
    })

    it("sets resolution Duplicate where the transition's screen offers it", async () => {
      const workflow = jira.state.workflow
      jira.state.workflow = workflow.map(transition =>
        transition.status.category === 'done' ? { ...transition, screen: ['resolution' as const] } : transition
      )
      try {
        const [original, duplicate, call] = await pair()
        await tracker.closeAsDuplicate(call, duplicate, original)
        expect(jira.requests.at(-1)?.json).toEqual({
          transition: { id: '31' },
          fields: { resolution: { name: 'Duplicate' } }
        })
        expect(jira.state.issues.find(issue => issue.key === duplicate.id)?.resolution).toEqual({
          id: '10002',
          name: 'Duplicate'
        })
      } finally {
        jira.state.workflow = workflow
      }
    })

    it('retries without the resolution when Jira says it cannot be set (the screen list over-reported)', async () => {
      const [original, duplicate, call] = await pair()
      const statuses: number[] = []
      const overReporting: Send = async request => {
        const reply = await send(request)
        if (request.method === 'POST') statuses.push(reply.status)
        if (!request.url.includes('expand=transitions.fields')) return reply
        const listed = JSON.parse(reply.body) as { transitions: Record<string, unknown>[] }
        for (const transition of listed.transitions)
          transition.fields = { resolution: { allowedValues: [{ name: 'Duplicate' }] } }
        return { ...reply, body: JSON.stringify(listed) }
      }
      await tracker.closeAsDuplicate({ ...call, send: overReporting }, duplicate, original)
      expect(jira.requests.slice(-2).map(request => request.json)).toEqual([
        { transition: { id: '31' }, fields: { resolution: { name: 'Duplicate' } } },
        { transition: { id: '31' } }
      ])
      expect(statuses).toEqual([201, 400, 204])
      expect(jira.state.issues.find(issue => issue.key === duplicate.id)?.status.category).toBe('done')
    })

    it("a missing Duplicate link type is a TrackerError in Jira's words, before anything is closed", async () => {
      const [original, duplicate, call] = await pair()
      const types = jira.state.linkTypes
      jira.state.linkTypes = types.filter(type => type.name !== 'Duplicate')
      try {
        await expect(tracker.closeAsDuplicate(call, duplicate, original)).rejects.toMatchObject({
          detail: expect.stringContaining("No issue link type with name 'Duplicate' found.")
        })
        expect(jira.state.issues.find(issue => issue.key === duplicate.id)?.status.category).toBe('new')
      } finally {
        jira.state.linkTypes = types
      }
    })
  })

  it('escapes a mention in the alert text of a v2 (wiki markup) comment', async () => {
    const call = jiraCall(payload(), 2)
    const key = await createJira(call)
    const issue = { ref: key, id: key, url: '', created: '', sequence: 0 }
    const note = { heading: 'Dagster+ alert fired again: [~accountid:5b10a2844c20165700ede21g] broke it', lines: [] }
    await tracker.comment(call, issue, note)
    expect(jira.state.issues.find(stored => stored.key === key)?.comments.map(comment => comment.body)).toEqual([
      'Dagster+ alert fired again: \\[~accountid:5b10a2844c20165700ede21g] broke it'
    ])
  })

  it("a refused comment raises Jira's own text", async () => {
    const missing = { ref: 'ENG-999', id: 'ENG-999', url: '', created: '', sequence: 0 }
    const error = await tracker.comment(jiraCall(payload(), 2), missing, NOTE).catch(caught => caught)
    expect(error).toBeInstanceOf(TrackerError)
    expect(error).toMatchObject({
      what: 'comment on ENG-999',
      detail: 'Issue does not exist or you do not have permission to see it.',
      reply: { status: 404 }
    })
  })
})
