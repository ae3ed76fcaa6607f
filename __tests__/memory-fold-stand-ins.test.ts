// One message per problem against the Discord and GitHub stand-ins at their real limits, with every window scaled
// (timeScale): a problem's life, a group recovering on its last member, simultaneous first alerts, a storm of 100,
// and a refused refs API.
import { afterEach, describe, expect, it } from '@jest/globals'
import { createsContent, foldSetup, foldStorm, type FoldSetup } from './helpers/fold-harness.js'

const SCALE = 0.05
let setup: FoldSetup | undefined
afterEach(async () => {
  await setup?.close()
  setup = undefined
})

const embed = (setup: FoldSetup, index = 0) =>
  (setup.discord.state.messages[index].payload.embeds as { title: string; description: string; color: number }[])[0]

describe('one message per problem, against the stand-ins', () => {
  it('fail → repeat → repeat → recover leaves one message, edited in place to resolved', async () => {
    setup = await foldSetup({ timeScale: SCALE })
    expect((await setup.run({ fingerprint: 'orders_daily' })).kind).toBe('posted')
    expect((await setup.run({ fingerprint: 'orders_daily' })).kind).toBe('edited')
    const third = await setup.run({ fingerprint: 'orders_daily', text: 'third failure' })
    expect(third).toMatchObject({ kind: 'edited', view: { occurrences: 3, state: 'failing' } })
    const recovered = await setup.run({ fingerprint: 'orders_daily', status: 'recovered' })
    expect(recovered).toMatchObject({
      kind: 'edited',
      view: { state: 'resolved', counts: { failing: 0, recovered: 1 } }
    })
    expect(setup.discord.state.messages).toHaveLength(1)
    expect(setup.discord.state.messages[0].edits).toHaveLength(3)
    expect(embed(setup).title).toMatch(/^Resolved after \d+ min: policy:orders$/)
    expect(setup.warnings).toEqual([])
  })

  it('in a forum: one post per problem, edited, with a reply in its thread for each change', async () => {
    setup = await foldSetup({ timeScale: SCALE, forum: true })
    await setup.run({ fingerprint: 'a' })
    await setup.run({ fingerprint: 'a' })
    await setup.run({ fingerprint: 'a', status: 'recovered' })
    const [post, ...replies] = setup.discord.state.messages
    expect(post.edits).toHaveLength(2)
    expect(replies.map(reply => [reply.channelId, reply.payload.content])).toEqual([
      [post.id, 'a failing again'],
      [post.id, 'a recovered']
    ])
  })

  it('a group of three resolves only when the last member recovers', async () => {
    setup = await foldSetup({ timeScale: SCALE })
    for (const member of ['a', 'b', 'c']) await setup.run({ fingerprint: member })
    expect((await setup.run({ fingerprint: 'a', status: 'recovered' })).kind).toBe('edited')
    expect(embed(setup).title).toBe('2 failing, 1 recovered: policy:orders')
    await setup.run({ fingerprint: 'b', status: 'recovered' })
    expect(embed(setup).title).toBe('1 failing, 2 recovered: policy:orders')
    const last = await setup.run({ fingerprint: 'c', status: 'recovered' })
    expect(last).toMatchObject({ view: { state: 'resolved' } })
    expect(embed(setup).title).toMatch(/^Resolved after/)
    expect(setup.discord.state.messages).toHaveLength(1)
  })

  it('20 simultaneous first alerts of one problem leave exactly one message', async () => {
    setup = await foldSetup({ timeScale: SCALE })
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => setup!.run({ fingerprint: 'orders_daily' })))
    expect(setup.discord.state.messages).toHaveLength(1)
    expect(outcomes.filter(outcome => outcome.kind === 'posted')).toHaveLength(1)
    expect(outcomes.every(outcome => outcome.kind !== 'posted-alone')).toBe(true)
    expect(setup.warnings).toEqual([])
  })

  it('100 simultaneous alerts of one group: one message naming all 100 within 120 s (scaled), within GitHub limits', async () => {
    setup = await foldSetup({ timeScale: SCALE })
    const figures = await foldStorm(setup, 100, SCALE)
    expect(figures.failedRuns).toBe(0)
    expect(figures.notShownOnReturn).toBe(0)
    expect(figures.outcomes['posted-alone']).toBeUndefined()
    expect(figures.messages).toBe(1)
    const names = embed(setup).description
    for (let i = 0; i < 100; i++) expect(names).toContain(`asset_${String(i).padStart(3, '0')}`)
    expect(figures.allVisibleMs).toBeLessThan(120_000 * SCALE)
    // GitHub's documented limits for the job token, which the stand-in enforces: none was refused for good.
    expect(figures.contentPeakPerMinute).toBeLessThanOrEqual(80)
    expect(figures.stateRequests).toBeLessThan(1000)
    // A run asks for the lease only when a listing shows none: asking blindly cost about one refused (and
    // content-creating) request per run of a storm (25 here), enough to push the last members past 120 s.
    expect(figures.refCreationsRefused).toBeLessThan(18)
    expect(setup.warnings).toEqual([])
  }, 60_000)

  it('a refused refs API (403): every alert is still delivered, as a message of its own, with a warning', async () => {
    setup = await foldSetup({
      timeScale: SCALE,
      github: { repositories: [{ fullName: 'acme/data-platform', refsForbidden: true }] }
    })
    const outcomes = await Promise.all(['a', 'b', 'a'].map(fingerprint => setup!.run({ fingerprint })))
    expect(outcomes.map(outcome => outcome.kind)).toEqual(['posted-alone', 'posted-alone', 'posted-alone'])
    expect(setup.discord.state.messages).toHaveLength(3)
    expect(setup.warnings).toHaveLength(3)
    expect(setup.warnings[0]).toMatch(/403 Resource not accessible by integration.*contents: write/)
    expect(setup.log.filter(createsContent).filter(entry => entry.url.startsWith(setup!.github.url))).toEqual([])
  })

  it("beyond GitHub's budget (the hour's 1,000 requests spent): every alert is delivered on its own, with a warning", async () => {
    setup = await foldSetup({ timeScale: SCALE })
    const spent = { kind: 'rate-limit', style: 'primary', retryAfter: 3600, method: 'GET' } as const
    setup.github.fault(...Array.from({ length: 10 }, () => spent))
    const outcomes = await Promise.all(Array.from({ length: 10 }, (_, i) => setup!.run({ fingerprint: `asset_${i}` })))
    expect(outcomes.every(outcome => outcome.kind === 'posted-alone')).toBe(true)
    expect(setup.discord.state.messages).toHaveLength(10)
    expect(setup.warnings).toEqual(Array.from({ length: 10 }, () => expect.stringContaining('API rate limit exceeded')))
  })
})
