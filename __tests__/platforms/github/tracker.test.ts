import { beforeAll, describe, expect, it } from '@jest/globals'
import { github } from '../../../src/platforms/github/index.js'
import { markerLabel } from '../../../src/platforms/github/tracker.js'
import { TrackerError, type FollowUpNote, type IssueMarker, type TrackerCall } from '../../../src/tracking/contract.js'
import type { PlatformSettings } from '../../../src/platforms/types.js'
import type { Json } from '../../../src/json.js'
import type { GitHubIssue, GitHubStandIn } from '../../stand-ins/index.js'
import { useStandIn } from './context.js'

const tracker = github.tracker!

describe('github tracker against the stand-in', () => {
  const standIn = useStandIn()
  const { send, hubContext } = standIn
  let hub: GitHubStandIn
  beforeAll(() => {
    hub = standIn.hub()
  })

  const marker: IssueMarker = {
    label: 'dagster-fp-0123456789abcdef',
    createId: 'c0ffee00-0000-4000-8000-000000000000',
    sample: false
  }
  const note: FollowUpNote = {
    heading: 'Dagster+ alert fired again: Job daily_etl failed',
    lines: [{ label: 'Dagster+ run', text: 'abc', href: 'https://acme.dagster.cloud/prod/runs/abc' }]
  }

  function call(
    payload: Json = { title: 'Job failed', labels: ['dagster'] },
    settings: Partial<PlatformSettings> = {}
  ): TrackerCall {
    return { marker, payload, ctx: hubContext(settings), send }
  }

  const trackedOf = (issue: GitHubIssue) => ({
    ref: String(issue.number),
    id: String(issue.number),
    url: issue.html_url,
    created: issue.created_at,
    sequence: issue.number
  })

  it("marks the create with the marker label, merged with the template's", async () => {
    expect(await tracker.markCreate(call())).toEqual({ title: 'Job failed', labels: ['dagster', marker.label] })
    expect(await tracker.markCreate(call({ title: 't', labels: [marker.label] }))).toEqual({
      title: 't',
      labels: [marker.label]
    })
    expect(await tracker.markCreate(call({ title: 't' }))).toEqual({ title: 't', labels: [marker.label] })
  })

  it("keeps a marker label within GitHub's 50 characters", () => {
    expect(markerLabel({ ...marker, label: `dagster-fp-${'a'.repeat(64)}` })).toBe(`dagster-fp-${'a'.repeat(39)}`)
  })

  it('finds the open issues of the problem, oldest first, not closed ones, pull requests or other problems', async () => {
    const older = hub.seed({ title: 'older', labels: [marker.label] })
    hub.seed({ title: 'closed', labels: [marker.label], state: 'closed', state_reason: 'completed' })
    hub.seed({
      title: 'a pull request',
      labels: [marker.label],
      pull_request: { html_url: 'https://github.com/acme/data-platform/pull/1' }
    })
    hub.seed({ title: 'another problem', labels: ['dagster-fp-ffffffffffffffff'] })
    const newer = hub.seed({ title: 'newer', labels: [marker.label.toUpperCase()] })

    const open = await tracker.findOpen(call())
    expect(open).toEqual([older, newer].map(issue => trackedOf(issue)))
    const search = hub.requests.at(-1)!
    expect(search.method).toBe('GET')
    expect(search.path).toBe('/repos/acme/data-platform/issues')
    expect(search.query).toEqual({
      labels: marker.label,
      state: 'open',
      sort: 'created',
      direction: 'asc',
      per_page: '100'
    })

    // An issue made after the search (by a create whose reply was lost) is the one not known before.
    const made = hub.seed({ title: 'made', labels: [marker.label] })
    expect(await tracker.findCreated(call(), open)).toEqual(trackedOf(made))
    expect(await tracker.findCreated(call(), await tracker.findOpen(call()))).toBeUndefined()
  })

  it('comments in Markdown and closes as completed', async () => {
    const seeded = hub.seed({ title: 'open one', labels: [marker.label] })
    const issue = trackedOf(seeded)
    await tracker.comment(call(), issue, note)
    expect(seeded.comments.map(comment => comment.body)).toEqual([
      '**Dagster+ alert fired again: Job daily\\_etl failed**\n\nDagster+ run: [abc](https://acme.dagster.cloud/prod/runs/abc)'
    ])
    await tracker.close(call(), issue)
    expect(seeded).toMatchObject({ state: 'closed', state_reason: 'completed' })
    expect(hub.requests.at(-1)).toMatchObject({ method: 'PATCH', json: { state: 'closed', state_reason: 'completed' } })
  })

  it('neutralises mentions in the alert text of a repeat or recovery comment', async () => {
    const seeded = hub.seed({ title: 'open one', labels: [marker.label] })
    const mentioning: FollowUpNote = {
      heading: 'Dagster+ alert fired again: @alice broke it, ask @acme/data-eng',
      lines: [{ label: 'Owner', text: '@bob' }]
    }
    await tracker.comment(call(), trackedOf(seeded), mentioning)
    expect(seeded.comments.map(comment => comment.body)).toEqual([
      '**Dagster+ alert fired again: @\u2060alice broke it, ask @\u2060acme/data\\-eng**\n\nOwner: @\u2060bob'
    ])
  })

  it('looks only in the repository the create goes to', async () => {
    const elsewhere = hub.seed({
      title: 'same label, other repository',
      labels: [marker.label],
      repository: 'acme/other'
    })
    expect(await tracker.findOpen(call())).not.toContainEqual(expect.objectContaining({ url: elsewhere.html_url }))
    expect(hub.requests.at(-1)?.path).toBe('/repos/acme/data-platform/issues')
  })

  it('closes a duplicate: a "Duplicate of #N" comment, then closed as duplicate of the original\'s REST id', async () => {
    const original = hub.seed({ title: 'first', labels: [marker.label] })
    const duplicate = hub.seed({ title: 'second', labels: [marker.label] })
    const open = await tracker.findOpen(call())
    const [first, second] = [original, duplicate].map(issue => open.find(found => found.url === issue.html_url)!)
    await tracker.closeAsDuplicate(call(), second, first)

    expect(duplicate.comments.map(comment => comment.body)).toEqual([`Duplicate of #${original.number}`])
    expect(duplicate).toMatchObject({ state: 'closed', state_reason: 'duplicate', duplicate_of: original.id })
    expect(hub.requests.at(-1)?.json).toEqual({
      state: 'closed',
      state_reason: 'duplicate',
      duplicate_issue_id: original.id
    })
    expect(original.state).toBe('open')
  })

  it("a refusal is a TrackerError with GitHub's text and the reply", async () => {
    const missing = {
      ref: '9999',
      id: '9999',
      url: 'https://github.com/acme/data-platform/issues/9999',
      created: '',
      sequence: 9999
    }
    const error = await tracker.comment(call(), missing, note).then(
      () => undefined,
      (thrown: unknown) => thrown
    )
    expect(error).toBeInstanceOf(TrackerError)
    expect((error as TrackerError).reply?.status).toBe(404)
    expect((error as TrackerError).detail).toMatch(/^Not Found\. /)
    const refused = await tracker.findOpen(call(undefined, { token: 'ghs_wrong' })).catch((thrown: unknown) => thrown)
    expect(refused).toMatchObject({
      what: 'search for open issues',
      detail: expect.stringMatching(/^Bad credentials\. /)
    })
  })
})
